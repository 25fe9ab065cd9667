"""Session 39, FAULTS39 p137: three kinds of fault found on an opened blind set.

1. 至 after a way of travelling (步行至X, 驱车至X: `visit_travel_manners.txt`) is a move
   verb of the visit frame; 至 alone (截至, 甚至, 从A至B) is none.
2. A sentence opening 在X， whose next clause opens, no one named, with a word of seeing
   (`visit_sight_words.txt`: 只见, 抬头就能看到) tells the touring party is at X.
3. A table's issue column headed by a raising clause of its own (群众反映的问题, 居民提出的
   诉求) is read as one headed 反映问题 is (`issue_content._table_head`).
Invented fixtures; each with a precision twin.
"""

import pytest

from kg.extract.visit_verbs import tour_verbs, visit_verbs
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

TOUR = "4月9日，市政协副主席周明远带领市政协委员孙立新到青溪镇调研。"


def test_zhi_after_walking_is_a_move_to_the_place():
    facts = facts_of(TOUR + "随后，一行人徒步至白鹭社区枫林小区，察看雨污分流改造。")
    assert ("周明远", "枫林小区") in visits(facts) and ("孙立新", "枫林小区") in visits(facts)


def test_precision_zhi_alone_is_no_visit_verb():
    verbs, kinds = visit_verbs()
    assert verbs.search("驱车至") and kinds["至"] == "move"
    assert not verbs.search("截至目前") and not verbs.search("甚至") and not tour_verbs().search("从东村至西村")
    facts = facts_of(TOUR + "截至目前，白鹭社区枫林小区已完成改造。")
    assert ("周明远", "枫林小区") not in visits(facts)


def test_a_sight_after_at_place_tells_the_party_is_there():
    facts = facts_of(TOUR + "一行人来到白鹭社区枫林小区，察看加装电梯进展。\n\n在白鹭社区旧街片区，抬头就能看到晾衣绳横跨巷道。")
    assert ("周明远", "旧街片区") in visits(facts)


def test_precision_a_sight_far_into_its_clause_tells_nothing():
    facts = facts_of(TOUR + "一行人来到白鹭社区枫林小区，察看加装电梯进展。\n\n在白鹭社区旧街片区，居民们每天出门都能看到晾衣绳横跨巷道。")
    assert ("周明远", "旧街片区") not in visits(facts)


TABLE = (TOUR + "委员们先后来到白鹭社区枫林小区和青溪镇柳塘村，与群众座谈。现将群众反映的问题汇总如下：\n"
         "序号｜地点｜{head}\n1｜枫林小区｜楼道照明灯长期不亮\n2｜柳塘村｜村口垃圾池无人清运\n")


def test_a_table_headed_by_a_raising_clause_lists_issues():
    found = issues(facts_of(TABLE.format(head="居民提出的诉求")))
    assert ("枫林小区", "楼道照明灯长期不亮") in found and ("柳塘村", "村口垃圾池无人清运") in found


def test_precision_a_table_headed_by_a_response_lists_none():
    found = issues(facts_of(TABLE.format(head="部门给出的答复")))
    assert ("枫林小区", "楼道照明灯长期不亮") not in found
