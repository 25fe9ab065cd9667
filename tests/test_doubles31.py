"""Session 31 (DOUBLES31): one complaint, one issue.  A complaint and the request that
answers it in the same raising (楼里没有电梯，希望尽快加装电梯), a later request for an act
on a matter already filed at the place, and a problem the next speaker restates with a
demonstrative (这条路坑坑洼洼) are one issue: the first said.  The matter is the head noun
the analyser reads (`kg.extract.issue_restated.matter`), not a list of objects.  Two matters,
two problems of one thing, one matter at two places, and a complaint told after a topic of
another raising stay apart.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.extract import issue_restated
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

COMMUNITY = "2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。"


def labels_of(text: str, visit: str = COMMUNITY) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


@pytest.mark.parametrize(
    "complaint, wish",
    [
        ("楼里没有电梯", "希望尽快加装电梯"),
        ("停车位不足", "希望增设停车位"),
        ("小区路灯坏了", "希望尽快修好路灯"),
        ("小区没有健身器材", "希望增设健身器材"),
        ("小区停车位紧张", "建议在空地上增设停车位"),
        ("村口没有公厕", "能不能给我们建个公厕"),
        ("附近没有固定的充电柜", "他希望能在驿站门口增设一组充电柜"),
    ],
)
def test_a_request_answering_the_complaint_before_it_is_the_same_issue(complaint, wish):
    got = labels_of(f"居民田阿姨反映，{complaint}，{wish}。")
    assert complaint in got, got
    assert not any(wish[-2:] in label and label != complaint for label in got), got


def test_a_later_request_for_a_filed_topic_is_the_same_issue():
    got = labels_of("座谈中，居民提出了增设停车位、垃圾分类等问题。\n\n有居民建议，在小区空地上增设停车位，方便大家停车。")
    assert {"增设停车位", "垃圾分类"} <= got, got
    assert not any(label.startswith("在小区空地上") for label in got), got


def test_a_problem_restated_by_the_next_speaker_is_the_same_issue():
    got = labels_of("一位居民说，小区门口的路破损严重。另一位居民接着说，这条路坑坑洼洼，很难走。")
    assert "小区门口的路破损严重" in got, got
    assert not any(label.startswith("这条路") for label in got), got


# --- precision: what stays two


@pytest.mark.parametrize(
    "first, second",
    [
        ("小区路灯不亮", "希望增设停车位"),
        ("垃圾房异味大", "希望增设健身器材"),
        ("楼道照明不足", "希望规范停车位管理"),
    ],
)
def test_two_matters_in_one_sentence_stay_two(first, second):
    got = labels_of(f"居民田阿姨反映，{first}，{second}。")
    assert first in got, got
    assert any(second[2:] in label for label in got), got


def test_two_problems_of_one_thing_stay_two():
    got = labels_of("居民反映了小区围墙开裂、围墙墙皮脱落等问题。")
    assert {"小区围墙开裂", "围墙墙皮脱落"} <= got, got


def test_a_request_naming_a_new_matter_beside_a_filed_one_stays():
    got = labels_of("一位居民说：“晚上太黑，能不能给我们装上路灯？”\n\n群众提的意见最终归纳为修路及安装路灯、土地流转费两大类问题。")
    assert any("修路" in label for label in got), got


def test_a_complaint_after_a_topic_of_another_raising_stays():
    got = labels_of("座谈中，居民提出了加装电梯、停车难等问题。居民李大爷说：“我们楼没有电梯，上下楼太难了。”")
    assert {"加装电梯", "我们楼没有电梯"} <= got, got


def test_the_same_matter_at_two_places_stays_two():
    text = (
        "2024年5月6日，区委书记郑海先后来到松林街道翠竹社区和青桐社区调研。\n\n"
        "在翠竹社区，居民反映，楼里没有电梯。\n\n"
        "在青桐社区，居民希望尽快加装电梯。"
    )
    got = issues(facts_of(text))
    assert ("翠竹社区", "楼里没有电梯") in got, got
    assert any(place == "青桐社区" and "电梯" in label for place, label in got), got


def test_matter_reads_heads_requests_and_demonstratives():
    m = issue_restated.matter([("这", "r"), ("条", "q"), ("路", "n"), ("坑坑洼洼", "a")])
    assert (m.heads, m.asks, m.refers) == (frozenset({"路"}), False, True)
    m = issue_restated.matter([("在", "p"), ("辖区", "n"), ("内", "f"), ("办", "v"), ("一所", "m"), ("老年大学", "ORG")])
    assert (m.heads, m.asks) == (frozenset({"老年大学"}), True)
    # a noun compound is one matter: the management of the spaces is no space
    assert not issue_restated.same_matter(
        issue_restated.matter([("规范", "v"), ("停车位", "n"), ("管理", "vn")]),
        issue_restated.matter([("停车位", "n"), ("不足", "a")]),
    )
