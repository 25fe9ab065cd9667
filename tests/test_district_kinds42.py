"""Session 42 (newcomer): a county and a district of one name (青溪县 in one report, 青溪区 in
another) are one district node (a district is keyed by its name without the type word: a county
made a district keeps its name); the build says so, naming both written forms
(`kg.corpus.joined.district_kind_joins`).  Invented fixtures."""

import pytest

import kg

pytestmark = pytest.mark.fast

DISTRICT = "5月6日，青溪区区长王明来到柳岸社区走访。居民反映，楼道灯坏了很久。"
COUNTY = "5月7日，青溪县委书记李红梅深入柳林镇上庄村调研。村民反映，道路坑洼不平。"


def _district_warnings(texts):
    return [w for w in kg.build_texts(texts).warnings if "are one district" in w]


def test_a_county_and_a_district_of_one_name_are_said_joined():
    warnings = _district_warnings({"a.txt": DISTRICT, "b.txt": COUNTY})
    assert len(warnings) == 1 and "青溪区" in warnings[0] and "青溪县" in warnings[0]


def test_one_form_written_everywhere_is_no_join():
    assert _district_warnings({"a.txt": DISTRICT, "b.txt": DISTRICT.replace("柳岸社区", "杏园社区")}) == []
