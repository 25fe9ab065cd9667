"""Session 32 (FAULTS32, opened probe p88): fault kinds of unread reports, as mechanisms.

1. A size between a hazard's verb and its kind (存在很大安全隐患, 有较大的安全隐患) names
   no kind (`kg/lexicons/issue_hazard_degrees.txt`): after a complaint the clause is its
   cost, as 存在安全隐患 is (`kg.extract.issue_effects`); the size hid that the hazard was
   of no kind, so it was kept as a hazard of a named kind.  A named kind after a size
   (存在很大的火灾隐患) stays a state of its own, as 存在火灾隐患 does.
2. A speaker's finding closing the first clause of reported speech (她在入户走访中发现，A)
   tells how the speaker came to know; the complaint is the clause after it
   (`issue_clause_markers.tsv` setting-end: 发现, 注意到, 了解到).  It was kept as an
   issue, and the complaint after it dropped as a later clause.
3. A sentence summing up the residents' words of the sentence before (村民代表们谈了想法。
   归纳起来主要有三个方面：一是A；二是B) names no speaker of its own: its subject goes on
   (`kg/lexicons/issue_summary_openers.txt`, `issue_words.summary_opener`,
   `IssueReader.summed_up`), so the points are the residents' issues.  Before, the list
   had no speaker and was lost whole.  Not when the sentence before was an official's or
   an account of work done.
4. A verb of carrying out works after a unit (道里区共实施老旧小区改造项目37个) ends the
   unit's name (`place_stops.txt`: 实施, 推进, 完成): read on, 共实施老旧小区 was an estate
   named after the district, and the lede's 调研老旧小区改造 a visit to it.
5. A deputy or CPPCC member the report names, proposing (陈卫建议，对X实行托管), makes
   their own suggestion, as 代表们建议 does (`IssueReader.member_proposes`): read as a
   relayer of voters' words, the proposal was kept as an issue.  What they relay
   (陈卫反映，X) and what residents' representatives propose stay issues.
6. A clause telling how far a service is to reach (买菜要走很远的路: an activity, a modal,
   going; `issue_coping.reaches`) asks for no act on its noun: read as asking, it was
   the remedy of an earlier complaint about 路 at the same place (`IssueReader.said_again`)
   and dropped.  A request on the same matter (希望加装电梯) is still said again.
7. A bare 可 opening a clause is a contrast as 可是 is (外墙是漂亮了，可楼顶防水没做:
   `issue_clause_markers.tsv` contrast-bare), and is trimmed from the label; a word
   opening with 可 (`issue_ke_words.txt`: 可以, 可口) is no contrast and keeps it.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits, labels_in_village

pytestmark = pytest.mark.fast

labels_of = labels_in_village


# --- 1. a graded hazard of no kind after a complaint is the complaint's cost


@pytest.mark.parametrize(
    "text, complaint, effect",
    [
        ("村民刘芳说，村里的老电线到处乱拉，存在很大安全隐患。", "老电线到处乱拉", "隐患"),
        ("村民刘芳反映，村口石桥的护栏断了两截，存在较大的安全隐患。", "护栏断了两截", "隐患"),
        ("村民刘芳说，晒场边的水塘没有围挡，有很大的安全隐患。", "水塘没有围挡", "隐患"),
    ],
)
def test_a_graded_hazard_of_no_kind_after_a_complaint_is_no_issue(text, complaint, effect):
    got = labels_of(text)
    assert any(complaint in label for label in got), got
    assert not any(effect in label for label in got), got


def test_a_graded_hazard_of_a_named_kind_stands():
    got = labels_of("村民刘芳说，村里的老电线到处乱拉，存在很大的火灾隐患。")
    assert any("火灾隐患" in label for label in got), got


def test_a_graded_hazard_alone_stands():
    # no complaint before it: the hazard is what was raised
    got = labels_of("村民刘芳反映，村口石桥存在很大安全隐患。")
    assert any("隐患" in label for label in got), got


# --- 2. a speaker's finding opens the complaint, no issue of its own


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("网格员周敏说，她在入户走访中发现，不少老人把电暖器放在床边烤衣服。", "电暖器放在床边"),
        ("网格员周敏反映，她在巡查中发现，一些农户家里的燃气管道老化。", "燃气管道老化"),
        ("网格员周敏反映，我们走访时注意到，村里的路灯坏了好几盏。", "路灯坏了好几盏"),
    ],
)
def test_a_finding_clause_opens_the_complaint_after_it(text, complaint):
    got = labels_of(text)
    assert any(complaint in label for label in got), got
    assert not any(word in label for label in got for word in ("发现", "注意到")), got


def test_a_problem_not_found_by_anyone_stays_a_complaint():
    # 没人发现 closes a clause that states the problem itself (丢了好久): it stands
    got = labels_of("村民周敏反映，村口的井盖丢了好久都没人发现，晚上很危险。")
    assert any("井盖丢了" in label for label in got), got


# --- 3. a summing-up sentence goes on with the residents of the sentence before


@pytest.mark.parametrize(
    "text, wanted",
    [
        (
            "在村里召开的座谈会上，村民代表们谈了各自的想法。归纳起来主要有三个方面：一是果园管护缺少人手；二是苹果销路窄；三是主路排水不畅。",
            {"果园管护缺少人手", "苹果销路窄", "主路排水不畅"},
        ),
        (
            "座谈会上，村民们提了不少意见。概括起来有两点：一是村卫生室药品不全；二是通组路太窄。",
            {"村卫生室药品不全", "通组路太窄"},
        ),
    ],
)
def test_a_summing_up_sentence_lists_the_residents_issues(text, wanted):
    got = labels_of(text)
    assert all(any(w in label for label in got) for w in wanted), got


@pytest.mark.parametrize(
    "text",
    [
        # an account of work done, summed up: no residents spoke
        "郑海听取了村干部的汇报。归纳起来主要有三个方面：一是建成了冷库；二是修通了主路。",
        # the official's own points after the residents spoke
        "村民代表们谈了各自的想法。郑海指出：一是要抓产业；二是要抓治理。",
        # an official sums up
        "郑海指出，村民代表们的意见很中肯。概括起来有两点：一是要抓产业；二是要抓治理。",
    ],
)
def test_a_summing_up_of_no_residents_words_is_no_issue(text):
    assert labels_of(text) == set()


# --- 4. a verb of carrying out works ends a unit's name

LEDE = "2024年10月8日，区长于海来到青石街道，实地调研老旧小区改造工作。\n\n"


@pytest.mark.parametrize("verb", ["共实施", "推进", "已完成"])
def test_an_account_of_works_after_a_district_names_no_estate(verb):
    facts = facts_of(LEDE + f"今年，松江区{verb}老旧小区改造项目37个。\n\n于海首先来到安平社区康宁小区察看。")
    names = {p.name for p in facts.places.values()}
    assert not any("老旧小区" in n for n in names), names
    assert ("于海", "康宁小区") in visits(facts)


def test_an_estate_named_after_its_district_stays():
    facts = facts_of("2024年10月8日，区长于海来到松江区安平小区察看。")
    assert ("于海", "安平小区") in visits(facts)


# --- 5. a named deputy's or member's own proposal is no issue

MEMBERS = "2024年9月12日，区政协副主席杨光带领区政协委员王芸、陈卫、赵丽等，来到农科社区绿城小区调研。\n\n"


def test_a_named_members_proposal_is_no_issue():
    got = labels_of_report(MEMBERS + "在随后召开的座谈会上，陈卫建议，对无主管楼院由街道引进国有物业企业实行托管。")
    assert not any("托管" in label for label in got), got


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("在绿城小区，陈卫反映，小区的下水管道经常堵塞。", "下水管道经常堵塞"),
        ("在绿城小区，居民代表孙平建议，在小区增设充电桩。", "增设充电桩"),
    ],
)
def test_what_a_member_relays_and_residents_propose_stay_issues(text, wanted):
    got = labels_of_report(MEMBERS + text)
    assert any(wanted in label for label in got), got


def labels_of_report(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


# --- 6. a reach hardship is no request restating an earlier complaint


def test_a_reach_hardship_after_a_complaint_on_the_same_noun_stands():
    got = labels_of(
        "村民王芳说，村里停车位少，一到晚上车辆乱停乱放，经常把路都堵死了。\n\n也有村民谈到，村里的小卖部关门后，买菜要走很远的路。"
    )
    assert any("停车位少" in label for label in got), got
    assert any("买菜要走很远的路" in label for label in got), got


def test_a_request_on_the_same_matter_is_still_said_again():
    got = labels_of("村民王芳说，村里的老楼没有电梯。\n\n也有村民谈到，希望尽快加装电梯。")
    assert any("没有电梯" in label for label in got), got
    assert not any("加装电梯" in label for label in got), got


# --- 7. a bare 可 is a contrast


def test_a_bare_ke_opens_the_complaint_after_a_concession():
    got = labels_of("村民马兰说，改造后外墙是漂亮了，可楼顶防水没一起做。")
    assert "楼顶防水没一起做" in got, got
    assert not any("漂亮" in label for label in got), got


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民马兰说，村口路灯坏了好几盏，可以尽快修一下吗？", "村口路灯坏了好几盏"),
        ("村民马兰说，可口的饭菜吃不上，村里的老年食堂关了。", "可口的饭菜吃不上"),
    ],
)
def test_a_word_opening_with_ke_is_no_contrast(text, wanted):
    got = labels_of(text)
    assert wanted in got, got
