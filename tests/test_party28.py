"""Session 28, NEWC28A: who goes on to the next stop.  A stop's party is what its own
subject says it is: a deputy met at a stop (与县人大代表B一起接待选民) is not carried to
a later stop whose subject names the lead alone, but is by a subject carrying the
party (A一行, A等, 代表们) or by a stop naming no one; a list of officials joined by
，before a split word (分别, 分头) splits as one joined by 、 does; `kg view --focus`
takes a transcribed name's given name.  Every fixture is invented; the tests run the
real pipeline."""

from __future__ import annotations

import pytest

from kg.views.model import ViewGraph, ViewNode
from kg.views.select import PartialName, Selector, given_name, seeds
from tests.extraction import facts_of, posts, visits

# a lead and two deputies receiving voters at a station: the deputies are met there
STATION = "2024年9月3日，{lead_post}{lead}来到{town}人大代表联络站，与{dep_post}{dep}、{dep2}一起接待选民。"
CASES = [
    dict(lead_post="县人大常委会主任", lead="潘启明", town="云岭镇", dep_post="县人大代表", dep="左晓雯", dep2="石家豪",
         stop="竹溪村", hear="听取村民关于饮水安全的意见"),
    dict(lead_post="区人大常委会副主任", lead="戴冬青", town="松岗街道", dep_post="区人大代表", dep="霍一鸣", dep2="柯雨桐",
         stop="松岗街道枫林社区", hear="察看老旧小区改造"),
    dict(lead_post="市人大常委会主任", lead="邵南星", town="望江镇", dep_post="市人大代表", dep="骆晴川", dep2="顾海帆",
         stop="望江镇白鹭村", hear="了解冬季防火工作"),
]


def _tour(case: dict, subject: str, glue: str = "随后，") -> set[tuple[str, str]]:
    text = STATION.format(**case) + f"{glue}{subject}来到{case['stop']}，{case['hear']}。"
    return visits(facts_of(text))


def _stop(case: dict) -> str:
    # the place name the visit carries (the most specific one written)
    return case["stop"].removeprefix("松岗街道").removeprefix("望江镇")


@pytest.mark.fast
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("subject", ["{lead}", "他"])
def test_a_later_stop_whose_subject_names_the_lead_alone_leaves_the_deputies_behind(case, subject):
    got = _tour(case, subject.format(**case))
    assert (case["lead"], _stop(case)) in got
    assert (case["dep"], _stop(case)) not in got and (case["dep2"], _stop(case)) not in got
    # they were at the station, where they are named
    assert (case["dep"], f"{case['town']}人大代表联络站") in got


@pytest.mark.fast
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("subject, glue", [("{lead}一行", "随后，"), ("{lead}等", "随后，"), ("代表们", "随后，"), ("", "随后，"), ("", "接着又")])
def test_a_later_stop_whose_subject_carries_the_party_takes_the_deputies_along(case, subject, glue):
    # precision of the rule above: a party word, 等, a plural, or no subject at all (the party goes on)
    got = _tour(case, subject.format(**case), glue)
    assert {(case["lead"], _stop(case)), (case["dep"], _stop(case)), (case["dep2"], _stop(case))} <= got


@pytest.mark.fast
@pytest.mark.parametrize("case", CASES[:2])
def test_each_stop_is_read_on_its_own_subject(case):
    # the lead alone, then a stop naming no one (as the stop before), then the party again
    text = (STATION.format(**case) + f"随后，{case['lead']}来到{case['stop']}，{case['hear']}。"
            "接着来到青石村，察看水渠。" + f"下午，{case['lead']}一行来到红叶村，与村民座谈。")
    got = visits(facts_of(text))
    assert (case["dep"], "青石村") not in got and (case["lead"], "青石村") in got
    assert {(case["dep"], "红叶村"), (case["lead"], "红叶村")} <= got


@pytest.mark.fast
def test_a_deputy_named_with_the_lead_at_a_later_stop_keeps_the_station():
    case = CASES[0]
    got = _tour(case, f"{case['lead']}和{case['dep']}")
    assert {(case["dep"], "云岭镇人大代表联络站"), (case["dep"], "竹溪村")} <= got
    assert (case["dep2"], "竹溪村") not in got


# ------------------------------------------------------------------ 分别 after a list joined by ，
SPLIT = [  # (post, name, post, name, split verb, area, its village, area, its village)
    ("县委书记", "钱立夫", "县长", "贺明远", "分别深入", "青原镇", "柳塘村", "白沙乡", "石门村"),
    ("区委书记", "苗少华", "区长", "蔺子航", "分头深入", "南湖街道", "荷风社区", "北山街道", "松涛社区"),
    ("旗委书记", "巴特尔", "旗长", "阿拉腾·其木格", "分别前往", "查干苏木", "乌兰嘎查", "宝力格镇", "哈达嘎查"),
]


@pytest.mark.fast
@pytest.mark.parametrize("row", SPLIT)
@pytest.mark.parametrize("sep, first", [("，", ""), ("，", "首先"), ("、", ""), (",", "")])
def test_officials_listed_before_a_split_word_each_go_their_own_way(row, sep, first):
    post1, name1, post2, name2, verb, area1, stop1, area2, stop2 = row
    got = visits(facts_of(
        f"2024年5月8日，{post1}{name1}{sep}{post2}{name2}{verb}{area1}和{area2}调研。"
        f"{name1}{first}来到{area1}{stop1}，了解情况。{name2}来到{area2}{stop2}，了解情况。"
    ))
    assert (name1, stop1) in got and (name2, stop2) in got
    assert (name2, stop1) not in got and (name1, stop2) not in got


@pytest.mark.fast
@pytest.mark.parametrize("name", ["阿拉腾·其木格", "古丽娜·吐尔洪", "其木格", "热依汗古丽"])
@pytest.mark.parametrize("split", ["分别深入", "分头深入", "分别来到", "各自前往"])
def test_a_split_word_closes_the_name_before_it(name, split):
    # 分别 after a name stands where 一同 does: the name ends there (not 阿拉腾·其木格分别)
    facts = facts_of(f"2024年5月8日，旗委书记巴特尔，旗长{name}{split}查干苏木和宝力格镇调研。")
    assert posts(facts) == {"巴特尔": ["旗委书记"], name: ["旗长"]}


@pytest.mark.fast
@pytest.mark.parametrize("row", SPLIT[:2])
def test_a_party_that_did_not_split_stays_together(row):
    # precision: the same two officials touring together, no split word, one named alone later
    post1, name1, post2, name2, _, area1, stop1, _, _ = row
    got = visits(facts_of(
        f"2024年5月8日，{post1}{name1}、{post2}{name2}一同来到{area1}调研。"
        f"在{stop1}，{name1}察看了村容村貌。"
    ))
    assert (name2, stop1) in got


@pytest.mark.fast
def test_a_comma_before_an_official_of_another_clause_splits_no_list():
    # precision: 分别 after a name whose clause does not list the one before
    got = visits(facts_of(
        "2024年5月8日，县长贺明远来到青原镇，随后副县长钱立夫、戴冬青分别深入柳塘村和石门村调研。"
        "贺明远来到青原镇的荷塘村，了解情况。"
    ))
    assert ("贺明远", "荷塘村") in got
    assert ("钱立夫", "荷塘村") not in got


# ------------------------------------------------------------------ --focus a given name
def _view(*names: str) -> ViewGraph:
    return ViewGraph(nodes={f"n{k}": ViewNode(f"n{k}", n, "Official", names={n}) for k, n in enumerate(names)})


@pytest.mark.fast
@pytest.mark.parametrize(
    "full, given",
    [("艾尔肯·吐尼亚孜", "艾尔肯"), ("古丽米拉•买买提", "古丽米拉"), ("阿拉腾・其木格", "阿拉腾"), ("努尔兰‧哈斯木", "努尔兰")],
)
def test_focus_on_a_transcribed_names_given_name_draws_the_person(full, given):
    assert given_name(full) == given
    view = _view(full, "王建设")
    assert [view.nodes[k].label for k in seeds(view, Selector("--focus", given))] == [full]


@pytest.mark.fast
@pytest.mark.parametrize("typed", ["吐尼亚孜", "尔肯", "建设"])
def test_focus_on_another_part_of_a_name_is_still_refused(typed):
    # precision: only the part before the dot is the given name; the inside of a Han name is another
    # person (session 29: the start of one official's name, 艾尔 or 王建, draws them: kg.person_names)
    with pytest.raises(PartialName):
        seeds(_view("艾尔肯·吐尼亚孜", "王建设"), Selector("--focus", typed))
