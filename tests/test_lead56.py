"""Session 56 (lead): the issue scheme's split keywords for an elevator that fails, and a
nursery's intake.  Fixtures invented."""
import pytest

from kg.extract.issue_scheme import categorise

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("issue", ["电梯经常坏", "三号楼电梯又坏了", "电梯时常停运", "电梯总出故障"])
def test_an_elevator_that_fails_is_its_upkeep_with_words_between(issue):
    # the fault word a few letters after 电梯 (a split keyword, issue_scheme.MAX_GAP)
    assert categorise(issue) == "ElevatorUpkeep"


@pytest.mark.parametrize("issue", ["楼里没有电梯", "希望加装电梯", "电梯口堆满杂物"])
def test_an_elevator_wanted_is_still_a_retrofit(issue):
    assert categorise(issue) == "ElevatorRetrofit"


def test_a_nursery_intake_is_childcare():
    assert categorise("孩子入托名额不够") == "Education"


# ---- a bare town type word (在镇中心小学) names the town the report has named as a place

from tests.extraction import facts_of  # noqa: E402

HEKOU = ("3月14日，青河镇党委书记沈立走访石桥村和镇中心小学。\n\n"
         "在石桥村，沈立强调，要求镇村干部在汛期前完成沟渠清淤。村民反映，机耕路没有硬化。\n\n"
         "在镇中心小学，学校负责人反映，学校门口缺少斑马线。\n")


def test_a_bare_town_word_names_the_town_named_before_not_a_verb_and_its_type_word():
    facts = facts_of(HEKOU)
    names = {p.name for p in facts.places.values()}
    assert "要求镇" not in names and not any(n.startswith("要求") for n in names)
    assert {(facts.places[i.place].name, i.label) for i in facts.issues} >= {("青河镇中心小学", "学校门口缺少斑马线")}


# ---- web text pasted into a .txt: its inline markup is read, not kept in labels

import kg  # noqa: E402
from kg.read import PASTED_MARKUP_NOTE  # noqa: E402


def _built(text):
    b = kg.build_texts({"pasted.txt": text}, date="2025-09-03", dataset=False)
    f = b.facts["pasted.txt"]
    return {(f.places[i.place].name, i.label) for i in f.issues}, b.warnings


def test_pasted_tags_scripts_and_references_are_read_as_text_with_a_note():
    issues, warnings = _built("2025年9月3日，区长林川来到柳岸社区走访。居民反映，小区内<b>路灯</b>不亮，"
                              "楼道&nbsp;灯也坏了<script>var x=1;</script>&#65292;垃圾桶太少。")
    labels = {label for _, label in issues}
    assert "小区内路灯不亮" in labels and "楼道灯也坏了" in labels
    assert not any("<" in label or "&" in label or "var" in label for label in labels)
    assert any("pasted.txt" in w and PASTED_MARKUP_NOTE in w for w in warnings)


def test_a_reports_own_angle_brackets_are_no_markup():
    issues, warnings = _built("2025年9月3日，区长林川来到柳岸社区走访。居民反映，限高<5吨>的标志被撞坏了。")
    assert not any(PASTED_MARKUP_NOTE in w for w in warnings)


# ---- follow-ups: after an official's remark, and a follow-up visit's purpose

def _issues(text):
    f = facts_of(text)
    return {(f.places[i.place].name, i.label, i.outcome) for i in f.issues}


def test_a_follow_up_told_after_an_officials_remark_keeps_its_issue_and_outcome():
    text = ("2025年9月3日，副区长林川来到松坪村走访。林川指出，要把群众反映的问题建立台账。"
            "此前村民反映的灌渠渗漏问题，已于7月修补完毕。")
    assert _issues(text) == {("松坪村", "灌渠渗漏", "已于7月修补完毕")}
    # the remark going on (a directive on a matter raised, nothing done) is still no issue
    assert _issues("2025年9月3日，副区长林川来到松坪村走访。林川要求，各部门要主动作为。"
                   "对群众反映的灌渠渗漏问题要尽快解决。") == set()


def test_a_follow_up_visits_purpose_is_no_issue():
    text = "2025年9月3日，副区长林川来到松坪村，回访村民反映问题落实情况。村民反映，村口路灯不亮。"
    assert {label for _, label, _ in _issues(text)} == {"村口路灯不亮"}
