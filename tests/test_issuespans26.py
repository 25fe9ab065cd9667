"""Issue spans of session 26 (ISSUES26B): background clauses of reported speech taken as
issues (a season coming, where a place lies by what it borders, what a population is made
of, the residents' health), a speech verb's degree after 得 (说得最多的), and raisings
missed (an agent noun followed by a name, a span 从X到Y that states its own
complaint).  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

VISIT = "2025年7月3日，区长柏文来到青岚街道桂香小区，走访居民。"
VILLAGE = "2025年7月3日，县长柏文来到青岚镇石屏村，走访农户。"


def labels(text: str, visit: str = VISIT) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


@pytest.mark.fast
@pytest.mark.parametrize("season", ["梅雨季一到", "汛期一到", "冬天一到", "台风季一到"])
def test_a_season_coming_ending_its_clause_is_the_time_of_the_complaint(season):
    got = labels(f"居民钱守义说，{season}，楼后的化粪池常常满溢。")
    assert got == {"楼后的化粪池常常满溢"}


@pytest.mark.fast
def test_a_clause_opened_by_a_season_coming_and_stating_a_problem_stays():
    got = labels("居民钱守义说，一到梅雨季楼后的化粪池就往外冒。")
    assert got == {"一到梅雨季楼后的化粪池就往外冒"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "verb, items",
    [
        ("说得最多的", "一是电梯老出故障，二是楼道照明不足"),
        ("讲得最多的", "一是电梯老出故障，二是楼道照明不足"),
        ("说得最多的是", "电梯老出故障、楼道照明不足"),
    ],
)
def test_a_speech_verb_with_its_degree_after_de_names_the_content(verb, items):
    got = labels(f"居民们{verb}，{items}。" if not verb.endswith("是") else f"居民们{verb}{items}。")
    assert got == {"电梯老出故障", "楼道照明不足"}


@pytest.mark.fast
@pytest.mark.parametrize("text", ["柏文说得很清楚，要把好事办好。", "居民说的情况，街道都记下了。"])
def test_a_speech_verb_with_a_complement_or_before_de_raises_nothing(text):
    assert labels(text) == set()


@pytest.mark.fast
@pytest.mark.parametrize(
    "where",
    ["小区毗邻货运编组站", "小区紧邻批发市场", "小区邻近高架快速路", "小区背靠铸造厂"],
)
def test_what_a_place_borders_before_the_complaint_sets_its_scene(where):
    got = labels(f"社区主任孔秋萍说，{where}，夜里噪声很大。")
    assert got == {"夜里噪声很大"}


@pytest.mark.fast
def test_a_place_bordering_a_nuisance_in_one_clause_is_the_complaint():
    got = labels("社区主任孔秋萍说，小区紧邻高架快速路噪声大，希望加装隔音屏。")
    assert "小区紧邻高架快速路噪声大" in got


@pytest.mark.fast
@pytest.mark.parametrize(
    "background",
    [
        "村里留守人口以老人为主",
        "村里住户以留守老人为主",
        "很多人患有高血压",
        "村里常住人口以老人为主，不少老人患有慢性病",
    ],
)
def test_who_lives_there_and_their_health_set_the_scene_of_the_complaint(background):
    got = labels(f"村党支部书记简永福说，{background}，看病得跑到县城，希望开设村卫生室。", VILLAGE)
    assert got == {"看病得跑到县城", "开设村卫生室"}


@pytest.mark.fast
def test_a_population_stated_with_a_problem_stays():
    got = labels("村党支部书记简永福说，村里以老人为主的留守户缺少照料。", VILLAGE)
    assert got == {"村里以老人为主的留守户缺少照料"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "speaker", ["参农龚德顺说", "参农邵长贵反映", "菜农龚德顺说", "果农汪春生反映", "养殖户邵长贵反映"]
)
def test_an_agent_noun_followed_by_a_name_raises(speaker):
    # (the analyser may read 参农 as a verb: the agent noun's form still names a raiser)
    got = labels(f"{speaker}，今年收购价压得太低，冷库也不够用。", VILLAGE)
    assert "今年收购价压得太低" in got


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, noun",
    [("院里，参农龚德顺说，参价低。", "参农"), ("会上，快递员邵长贵反映，没地方停车。", "快递员"), ("会上，承包户汪春生表示，水渠堵了。", "承包户")],
)
def test_the_agent_noun_before_a_name_is_the_raiser(text, noun):
    from kg.extract.issue_raisers import agent_raisers

    assert [text[a:b] for a, b in agent_raisers(text)] == [noun]


@pytest.mark.fast
@pytest.mark.parametrize("text", ["会上，执法人员龚德顺说，要加强巡查。", "院里，菜农今天上午说，菜价低。", "会上，督导员邵长贵表示，将跟进。"])
def test_no_agent_raiser_for_an_officials_noun_or_words_that_are_no_name(text):
    from kg.extract.issue_raisers import agent_raisers

    assert agent_raisers(text) == []


@pytest.mark.fast
@pytest.mark.parametrize(
    "span, label",
    [
        ("从村口到学校那段土路没有路灯", "土路没有路灯"),
        ("从公交站到小区那一段人行道坑洼不平", "人行道坑洼不平"),
        ("从桥头到菜场的路缺少护栏", "路缺少护栏"),
    ],
)
def test_a_span_stating_its_own_problem_is_the_complaint(span, label):
    # (the span is the complaint's setting: the label is the thing and its problem)
    got = labels(f"村民邬家兴说，{span}，晚上孩子都不敢走。", VILLAGE)
    assert got == {label}


@pytest.mark.fast
def test_a_span_stating_no_problem_still_sets_the_scene():
    got = labels("村民邬家兴说，从村口到学校那段土路，一下雨就泥泞不堪。", VILLAGE)
    assert got == {"一下雨就泥泞不堪"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence, label",
    [
        ("村口的石桥年久失修，是村民们最揪心的事。", "村口的石桥年久失修"),
        ("楼顶一下雨就漏，是住户们最头疼的问题。", "楼顶一下雨就漏"),
        ("菜场搬走以后买菜难，是老人们最闹心的事情。", "菜场搬走以后买菜难"),
        ("小区没有充电桩，是业主们一直关心的问题。", "小区没有充电桩"),
    ],
)
def test_a_complaint_named_before_the_raisers_worry_is_raised(sentence, label):
    assert labels(sentence, VILLAGE) == {label}


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence",
    [
        "柏文指出，村口的石桥年久失修，是村民们最揪心的事。",
        "柏文要求，要把村民们最揪心的事办好。",
        "这是村民们最揪心的事。",
        "石桥修好了，是村民们最高兴的事。",
    ],
)
def test_no_worry_frame_in_an_officials_remark_a_pointer_or_without_a_worry(sentence):
    assert labels(sentence, VILLAGE) == set()


@pytest.mark.fast
@pytest.mark.parametrize("act", ["反??", "反?", "提??", "建??"])
def test_a_raising_act_with_a_lost_character_before_a_comma_raises(act):
    # (a file saved through a narrower encoding writes ? for a character: 反映 -> 反??)
    got = labels(f"在楼下，住户们围上来{act}，楼道扶手松动，屋顶漏雨。")
    assert got == {"楼道扶手松动", "屋顶漏雨"}


@pytest.mark.fast
@pytest.mark.parametrize("text", ["在楼下，住户们围上来说??，楼道扶手松动。", "在楼下，住户们反??楼道扶手的事。"])
def test_no_lost_act_where_its_first_character_opens_acts_of_two_shapes_or_no_comma_follows(text):
    # 说 opens the speech verb 说 and 说起/说到: which was lost is not known
    assert labels(text) == set()
