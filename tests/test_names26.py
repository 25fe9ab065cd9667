"""Names of session 26: the names sharing a title after a comma-joined head
(主任甲，副主任乙、丙一行), transcribed names (Mongolian, Tibetan, Uyghur) as list
items and as short words the analyser reads as common nouns, a name the
analyser glues to the next item's organ, and the heads of state farms.
Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits

HEADS = [
    ("市人大常委会主任", "副主任"),
    ("县委书记", "副书记"),
    ("旗长", "副旗长"),
]
PAIRS = [
    ("王立新", "周海峰"),
    ("斯琴高娃", "王立新"),
    ("周海峰", "阿拉坦仓"),
    ("次仁卓玛", "格桑"),
    ("孟根其其格", "刘振宇"),
]


@pytest.mark.fast
@pytest.mark.parametrize("head, deputy", HEADS)
@pytest.mark.parametrize("second, third", PAIRS)
@pytest.mark.parametrize("join", ["、", "和"])
def test_deputies_listed_after_a_comma_joined_head_share_the_title(head, deputy, second, third, join):
    facts = facts_of(f"6月3日，{head}高建华，{deputy}{second}{join}{third}一行来到青松镇红柳村，走访农户。\n")
    got = posts(facts)
    assert got["高建华"] == [head]
    assert got[second] == [deputy] and got[third] == [deputy]
    assert {(n, "红柳村") for n in ("高建华", second, third)} <= visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("name", ["图雅", "那顺", "格日勒图", "萨仁高娃"])
def test_a_transcribed_name_filling_a_post_item_before_the_next_post(name):
    # no act after the name: the next item's post says a name stood there
    facts = facts_of(f"6月3日，旗委书记{name}，副书记周海峰一行来到红柳嘎查，走访牧户。\n")
    assert posts(facts).get(name) == ["旗委书记"]
    assert posts(facts).get("周海峰") == ["副书记"]


@pytest.mark.fast
@pytest.mark.parametrize("title", ["嘎查达", "苏木达", "村长"])
@pytest.mark.parametrize("name, act", [("图雅", "说"), ("巴雅尔", "介绍"), ("宝力道", "说")])
def test_a_short_transcribed_name_read_as_one_noun_before_a_remark(title, name, act):
    facts = facts_of(f"8月2日，旗长高建华来到红柳嘎查调研。{title}{name}{act}，嘎查的道路需要硬化。\n")
    assert posts(facts).get(name) == [title]


@pytest.mark.fast
@pytest.mark.parametrize("word", ["多次", "格外", "亲自"])
def test_a_word_of_transcription_characters_after_a_title_is_no_name(word):
    facts = facts_of(f"8月2日，旗长高建华来到红柳嘎查调研。副旗长{word}来到嘎查察看道路。\n")
    assert set(posts(facts)) == {"高建华"}


@pytest.mark.fast
@pytest.mark.parametrize("other", ["居民代表", "村民", "群众"])
def test_residents_joined_by_a_conjunction_share_no_title(other):
    facts = facts_of(f"6月3日，县委书记高建华，副书记周海峰和{other}一行来到红柳村。\n")
    assert set(posts(facts)) == {"高建华", "周海峰"}


@pytest.mark.fast
@pytest.mark.parametrize("after", ["交谈", "握手", "一起"])
def test_a_name_after_a_conjunction_with_no_act_of_the_list_stays_untitled(after):
    # 书记甲和乙交谈: 乙 may be anyone the secretary talks with
    facts = facts_of(f"6月3日，县委书记高建华来到红柳村。副书记周海峰和刘振宇{after}。\n")
    assert "刘振宇" not in posts(facts)


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [("张家明", "戈晓燕"), ("吴平安", "刘振宇"), ("何建平", "赵雪梅")])
def test_posts_and_names_joined_by_a_conjunction_each_keep_their_posts(first, second):
    facts = facts_of(
        "6月1日，区委常委、宣传部部长高建华到青松街道开展调研。陪同调研的有街道党工委书记、"
        f"人大工委主任{first}和街道党工委委员、办事处副主任{second}。\n"
    )
    got = posts(facts)
    assert got.get(first) == ["街道党工委书记", "人大工委主任"]
    assert got.get(second) == ["街道党工委委员", "办事处副主任"]


@pytest.mark.fast
@pytest.mark.parametrize("farm", ["青松农场", "红柳林场", "白杨牧场"])
def test_the_head_of_a_state_farm_with_its_party_post_is_an_official(farm):
    facts = facts_of(f"10月6日，县长高建华一行到{farm}调研秋收。{farm}党委书记、场长周海峰陪同。\n")
    assert posts(facts).get("周海峰") == [f"{farm}党委书记", "场长"]


@pytest.mark.fast
def test_a_farm_head_with_no_organ_is_a_unit_head():
    facts = facts_of("10月6日，县长高建华一行到青松农场调研秋收。场长周海峰介绍了情况。\n")
    assert "周海峰" not in posts(facts)


@pytest.mark.fast
@pytest.mark.parametrize("market", ["农贸市场", "菜市场"])
def test_a_market_going_on_is_no_farm_head(market):
    facts = facts_of(f"10月6日，县长高建华来到红柳村，{market}长期占道经营。\n")
    assert set(posts(facts)) == {"高建华"}


HOSTED = (
    "5月14日上午，在青松街道党工委书记王海的陪同下，区人大常委会副主任高建华一行3人和4名区人大代表"
    "来到{place}，围绕街道近期工作开展走访调研。\n\n{place}于2021年3月新成立。在青松街道党工委的支持下，"
    "{unit}正全力创建和谐{unit}。{unit}第一书记周海峰和{posts}刘振宇带着大家参观{unit}阵地，详细介绍了建设情况。"
    "王海对{unit}阵地建设提出了建议。\n"
)


@pytest.mark.fast
@pytest.mark.parametrize(
    "place, unit, posts",
    [
        ("青松第一社区", "社区", "社区书记、主任"),
        ("青松第一社区", "社区", "社区党委书记、主任"),
        ("红柳新村", "村", "村党支部书记、主任"),
    ],
)
def test_a_stops_cadre_with_a_bare_title_after_the_units_post_hosts_and_does_not_visit(place, unit, posts):
    # 社区书记、主任: the bare 主任 is the same unit's, so the cadre hosts the visit
    facts = facts_of(HOSTED.format(place=place, unit=unit, posts=posts))
    assert ("刘振宇", place) not in visits(facts)
    assert ("高建华", place) in visits(facts)


@pytest.mark.fast
def test_an_official_of_a_higher_organ_with_a_bare_title_still_visits():
    # 区委书记、主任: the first post is no stop's own, so the bare title hosts nothing
    facts = facts_of("5月14日上午，区委副书记、主任刘振宇来到青松第一社区，开展走访调研。\n")
    assert ("刘振宇", "青松第一社区") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("name", ["乌日娜", "萨仁高娃", "图雅", "阿不都热合曼"])
@pytest.mark.parametrize(
    "shape",
    [
        "陪同人员有{name}（旗委副书记）、刘海峰（苏木党委书记）。",
        "陪同人员有刘海峰（苏木党委书记）、{name}（旗委副书记）。",
        "在{name}（旗委副书记）的陪同下察看了道路。",
    ],
)
def test_a_transcribed_name_before_its_bracketed_post_with_no_title_before_it(name, shape):
    facts = facts_of("5月8日，县长王立新来到红柳嘎查调研。" + shape.format(name=name) + "\n")
    assert posts(facts).get(name) == ["旗委副书记"]


@pytest.mark.fast
@pytest.mark.parametrize("organ", ["旗交通局", "苏木卫生院", "旗林草局"])
def test_an_organ_before_a_bracketed_title_is_no_name(organ):
    facts = facts_of(f"5月8日，县长王立新来到红柳嘎查调研。陪同人员有{organ}（主要负责人）。\n")
    assert set(posts(facts)) == {"王立新"}
