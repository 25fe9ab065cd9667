"""Session 33 (FAULTS33_p98): two background shapes read as issues on the opened probe p98,
kind B of LABELS33 (the setting before the complaint).  Each shape has a recall twin that
must stay an issue.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels_of(text: str, visit: str = VILLAGE) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


# --- a kin word heading a clause of illness: the speaker's family, the reason for the wish


@pytest.mark.parametrize("health", ["老伴患有高血压", "老母亲常年吃药"])
def test_a_relatives_illness_is_no_issue(health):
    got = labels_of(f"在低保户王大爷家中，王大爷说，{health}，希望村里能建个卫生室。")
    assert any("卫生室" in label for label in got), got
    assert health not in got, got


def test_a_complaint_about_the_sick_stays_an_issue():
    # no kin word: the residents' lack of care is the complaint
    got = labels_of("村民王大爷反映，村里慢性病人买药难，希望村里能建个卫生室。")
    assert "村里慢性病人买药难" in got, got


# --- a head count of a group of people: how many live there, the setting


@pytest.mark.parametrize("count", ["组里七十岁以上的老人有一百多个", "我们组独居老人有六十多位"])
def test_a_head_count_is_no_issue(count):
    got = labels_of(f"村民代表李大姐说：“{count}，希望村里办个日间照料中心。”")
    assert any("日间照料中心" in label for label in got), got
    assert count not in got, got


def test_a_count_of_things_stays_an_issue():
    # a count of things, not of people: what is wrong with the place
    got = labels_of("村民代表李大姐说：“村里危房有三十多套，希望尽快改造。”")
    assert any("危房" in label for label in got), got


# --- a phase of a work before 中的 is when the matters arose (the topic's time), no item


def test_a_phase_topic_is_no_issue():
    got = labels_of("居民们围拢过来，说起了改造中的新情况。居民老李说，楼道的扶手被拆了，到现在还没装回去。", visit="2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。")
    assert any("扶手" in label for label in got), got
    assert not any(label.startswith("改造中") for label in got), got


def test_a_thing_after_the_phase_stays_an_issue():
    # a named matter after 中的 (施工中的噪音) is the complaint
    got = labels_of("居民老李反映，施工中的噪音扰民严重。", visit="2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。")
    assert any("噪音扰民" in label for label in got), got
