"""Session 44 (FAULTS44, p157): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A bare community-level type word and a side of it (`place_unit_sides.txt`: 村后, 村东)
   before a site's type word places the site in the unit just named (村后街: the village's
   back street), as 村中 does; it names no site, and the village keeps the issues
   (`place_proper_part._unit_middle`).
2. A later clause about the residents named by a relative clause (跳舞的, 子女上班的人家) or
   by two people words (老人孩子) that tells how they cope or how put out they are (只能摸黑,
   很不方便, 休息不好) restates the complaint (`issue_coping.people`, `copes`, `feels`).
3. A clause of no subject saying the thing was never repaired (到现在还没修) is the
   complaint's history (`issue_pursuits.tsv` unsolved, `issue_words.pursued`).
4. A wish before a contrast (盼着能加装电梯，可一楼住户…) is no concession: it stays an item
   (`ContentReader`, `wished`).
5. After 一边说， the clause opened by 一边 is the speaker's other act, not what was said
   (`issues.ALONGSIDE`).
6. A thing still of a substandard kind (生产路还是土路) states a problem in a cadre's
   account (`issue_substandard.tsv`, `issue_words.substandard`, read by `IssueReader.problems`).
7. A bare quotation after residents' speech, followed by an official's name and a speech
   verb (“…”王明说。), is the official's words, not the residents' going on
   (`IssueReader.official_said`).
8. An indefinite amount of help (给予一定补贴) asked of a higher level is help in general
   (`issue_support_words.tsv` measure, 补贴 help); 给 of 给予 is no preposition
   (`issue_words.addressee_subject`).
9. An activity confined to a spot (锻炼只能在马路边上) restates the lack before it
   (`issue_coping.confined`, `issue_coping.tsv` only + spot).
"""

import pytest

from kg.extract import issue_coping
from kg.extract.place_proper_part import has_proper_part
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "5月8日，县长赵卫东来到石门村调研。{body}"


def labels(text):
    return {label for _, label in issues(facts_of(VISIT.format(body=text)))}


def test_a_side_of_the_village_names_no_street():
    assert not has_proper_part("村后街")
    assert not has_proper_part("村东广场")
    assert has_proper_part("东关街")  # a street named so
    facts = facts_of(VISIT.format(body="走到村后街，几位村民说，巷子里的下水道堵了半个月。"))
    assert any(place == "石门村" and "下水道堵了" in label for place, label in issues(facts))


def test_the_residents_coping_or_put_out_restate_the_complaint():
    got = labels("村民们说，活动室周末不开门，上夜班的人家只能自己带孩子；路口没有红绿灯，老人孩子很不方便。")
    assert any("活动室周末不开门" in l for l in got)
    assert not any("带孩子" in l or "很不方便" in l for l in got)
    assert issue_coping.copes("唱戏的只能摸黑")
    assert issue_coping.feels("家里有病人的住户休息不好")
    # a thing or an activity stands: its harm is its own
    assert not issue_coping.feels("出行不方便")
    assert not issue_coping.copes("种的西瓜只能低价卖掉")


# (text, a piece the issues keep, a piece no issue holds or None)
CASES = [
    # 3. never repaired, no subject: the complaint's history
    ("村民说，桥头的护栏去年撞断了两根，到现在还没修。", "护栏去年撞断了两根", "到现在"),
    # 4. a wish before a contrast is no concession
    ("几位老人说，楼里老人多，盼着能装个扶手，可楼上几户有顾虑。", "装个扶手", None),
    # 5. the act alongside the speech is not what was said
    ("“井盖松了，踩上去直晃。”开小卖部的周大姐一边说，一边把大家领到井边。", "井盖松了", "领到井边"),
    # 6. a road still of dirt is a problem in an account
    ("村党支部书记刘长顺汇报说，村里的自来水管老化；另外，通往果园的机耕路还是土路，下雨天泥泞难行。", "机耕路还是土路", None),
    # 7. an official named after a quotation said it
    ("村民说，村口的桥栏杆松了。“干部不是摆样子的。”赵卫东说。", "桥栏杆松了", "摆样子"),
    # 8. some subsidy asked of a higher level is help in general
    ("村民代表提出，卫生室冬天取暖费用高，希望上级给予一定补贴。", "取暖费用高", "补贴"),
    # 9. an activity confined to a spot restates the lack
    ("村民说，村里没有像样的篮球场，年轻人打球只能在打谷场上。", "没有像样的篮球场", "打谷场"),
]


@pytest.mark.parametrize(("text", "kept", "gone"), CASES)
def test_kinds_of_p157(text, kept, gone):
    got = labels(text)
    assert any(kept in label for label in got)
    assert gone is None or not any(gone in label for label in got)


def test_a_spot_confines_an_activity_only():
    assert not issue_coping.confined("看病要在县城")
