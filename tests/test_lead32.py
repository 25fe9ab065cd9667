"""Session 32 (lead): a raiser who takes the turn in an official's paragraph, and
worry nouns heading the items they name.

Fixtures are invented.
"""

import pytest

from kg.extract import issue_words
from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast

LEDE = "3月5日，区委书记邱振海来到青桐社区调研。\n"
REMARK = "邱振海说，要把民生实事办好。"


def labels(text: str) -> list[str]:
    return [i.label for i in facts_of(text).issues]


@pytest.mark.parametrize(
    "turn, issue",
    [
        ("随后，居民代表张华提出，小区停车难。", "小区停车难"),
        ("接着，村民李大姐反映，小区路灯不亮。", "小区路灯不亮"),
        ("居民们纷纷表示，希望增设充电桩。", "增设充电桩"),
    ],
)
def test_residents_take_the_turn_in_an_officials_paragraph(turn, issue):
    # a paragraph opened by an official's remark is theirs until a raiser opens a
    # sentence with a raising act
    assert issue in labels(LEDE + REMARK + turn)


@pytest.mark.parametrize(
    "remark",
    [
        "他强调，要把居民反映的停车难问题解决好。",  # the raiser is inside the official's clause
        "居民反映的停车难问题要抓紧解决。",  # a relative clause: no raising act of theirs
    ],
)
def test_the_official_keeps_the_turn(remark):
    assert labels(LEDE + REMARK + remark) == []


@pytest.mark.parametrize("noun", ["担忧", "顾虑", "心事", "期待"])
def test_a_worry_noun_heads_items(noun):
    # in the lede's paragraph: no turn opened by a colon helps (居民X：A)
    text = LEDE.strip() + f"居民李阿姨说出了自己的{noun}：小区没有监控，晚上不安全。"
    assert "小区没有监控" in labels(text)


def test_worry_nouns_are_head_words():
    assert {"担忧", "烦心事", "问题"} <= set(issue_words.head_words())


def test_a_worry_noun_of_the_official_heads_nothing():
    # the official's own worry is no residents' issue
    assert labels(LEDE.strip() + "邱振海说出了自己的担忧：个别干部作风不实，服务意识不强。") == []


@pytest.mark.parametrize(
    "said",
    [
        "居民们纷纷向邱振海吐苦水，小区停车位太少。",  # a verb the act class does not hold
        "居民们向他念叨，小区停车位太少。",  # the person spoken to is a pronoun
        "居民们纷纷向邱振海“吐苦水”，小区停车位太少。",  # the verb in scare quotes
    ],
)
def test_an_open_class_verb_spoken_to_an_official(said):
    assert "小区停车位太少" in labels(LEDE.strip() + said)


@pytest.mark.parametrize(
    "said",
    [
        "居民们在广场上跳舞，小区停车位太少。",  # 在 + a place is no one spoken to
        "居民们纷纷向邱振海“点赞”，小区环境变好了。",  # spoken to, but no problem stated
    ],
)
def test_no_speech_without_an_addressee_or_a_problem(said):
    assert labels(LEDE.strip() + said) == []


PARAGRAPH = "11月12日，区人大代表钟立群来到红枫居民区。\n"


@pytest.mark.parametrize("before", ["楼组长沈先生则关注加装电梯的进度。", "居民沈先生来了。"])
def test_a_residents_pronoun_before_an_open_class_verb(before):
    text = PARAGRAPH + before + "他表示，方案公示了两个多月仍没有下文。"
    assert labels(text) == ["方案公示了两个多月仍没有下文"]


@pytest.mark.parametrize(
    "text",
    [
        "钟立群认真记录。他表示，对于居民反映的问题，要梳理汇总，及时转交相关部门办理。",  # the official's pronoun
        "居民沈先生来了。他笑着表示，现在小区环境好多了。",  # a resident stating no problem
    ],
)
def test_a_pronoun_raises_nothing_without_a_resident_or_a_problem(text):
    assert labels(PARAGRAPH + text) == []


SEAT = "3月5日上午，区委书记邱振海来到青桐社区走访调研，与居民代表座谈。"


@pytest.mark.parametrize(
    "said, issues",
    [
        # a verb anchor before a clause opened by a topic marker yields to the topic frame
        ("居民代表纷纷发言，就小区停车难问题提出意见。", ["小区停车难"]),
        ("居民代表纷纷发言，就小区停车难、电梯老化等问题提出意见。", ["小区停车难", "电梯老化"]),
        # a speech verb's complement is no part of the first item
        ("大家你一言我一语，说出了小区停车难、充电难等烦心事。", ["小区停车难", "充电难"]),
        # a count before the colon announcing the items
        ("群众提出的问题主要有3个：停车难、充电难、如厕难。", ["停车难", "充电难", "如厕难"]),
        # a quoted head noun closes a list with the head after it
        ("居民们围绕停车难、充电难等“急难愁盼”问题建言献策。", ["停车难", "充电难"]),
    ],
)
def test_item_boundaries(said, issues):
    assert labels(SEAT + said) == issues


def test_a_topic_marker_inside_a_word_opens_no_topic():
    # 就医 is a word: the verb anchor reads the clause
    assert labels(SEAT + "村民们纷纷表示，就医很不方便。") == ["就医很不方便"]


def test_a_pronoun_at_a_spot_of_a_place_is_there():
    # 在X门口，他…: the touring official's pronoun opening the clause after a spot of X
    text = "5月6日，区长韩东冒雨来到丰收社区，察看积水点排水情况。在锦绣小区门口，他详细询问了排水泵站的运行情况。"
    assert ("韩东", "锦绣小区") in visits(facts_of(text))


def test_a_spot_with_no_one_in_its_clause_is_no_stop():
    text = "5月6日，区长韩东冒雨来到丰收社区，察看积水点排水情况。在锦绣小区门口，积水已经排干。"
    assert ("韩东", "锦绣小区") not in visits(facts_of(text))


def test_a_villages_office_is_the_village():
    # 村部 written after the village's name stands for the village, as 村委会 does
    text = ("4月18日上午，市人大代表文志勇先到南桥村老屋村民小组，察看路面破损情况。"
            "随后在南桥村村部召开选民座谈会。座谈中，村民代表反映，村卫生室只有1名村医。")
    facts = facts_of(text)
    assert ("文志勇", "南桥村") in visits(facts)
    assert [(facts.places[i.place].name, i.label) for i in facts.issues] == [("南桥村", "村卫生室只有1名村医")]


def test_an_organ_of_government_is_no_village_office():
    assert "农业农村部" not in {p.name for p in facts_of("4月18日，县长文志勇来到南桥村。他要求农业农村部门加大防控力度。").places.values()}


VILLAGE = "3月11日上午，镇党委书记梁嘉铭来到腾冲村，与村民拉家常。\n"


@pytest.mark.parametrize("opened", ["村民们你一言我一语。", "村民们纷纷发言：", "梁嘉铭话音刚落，村民们就打开了话匣子。"])
def test_bare_quotations_after_raisers_begin_to_speak(opened):
    text = VILLAGE + opened + "\n“村里的老人饭堂只有20个座位。”\n“路灯坏了大半年了。”"
    assert labels(text) == ["村里的老人饭堂只有20个座位", "路灯坏了大半年了"]


@pytest.mark.parametrize(
    "text",
    [
        "梁嘉铭走进村民家中。\n“村里的老人饭堂只有20个座位。”",  # the raisers are no subject
        "村民们纷纷发言。\n“感谢党和政府，现在日子越过越好了。”",  # no problem said
        "村民们纷纷发言。\n梁嘉铭认真记录。\n“路灯坏了大半年了。”",  # a paragraph between
    ],
)
def test_no_voice_for_a_bare_quotation(text):
    assert labels(VILLAGE + text) == []


def test_a_type_character_opening_a_common_word_cuts_no_name():
    # 市 of 市民 (citizens) is no city: 社区新市民服务大厅 holds no place 社区新市
    text = "7月3日，县委书记潘永康来到惠民社区。\n7月4日上午，潘永康来到社区新市民服务大厅，察看办事窗口。群众反映，办事要两头跑。"
    facts = facts_of(text)
    assert not any(p.name.endswith("市") or p.name.startswith("民") for p in facts.places.values())
    assert [(facts.places[i.place].name, i.label) for i in facts.issues] == [("惠民社区", "办事要两头跑")]


def test_a_proper_name_before_the_type_character_keeps_its_cut():
    from kg.extract.place_lists import parse_list

    text = "来到惠民社区新市民服务中心，"
    assert [[s.text for s in c.segments] for c in parse_list(text, 2, len(text))] == [["惠民社区", "新市民服务中心"]]


@pytest.mark.parametrize("area", ["雁塔区小寨路街道", "小寨路街道"])
def test_a_community_after_a_move_to_another_area_lies_in_it(area):
    # 随后来到B街道，在C社区…: C lies in B, not in the last stop's subdistrict (newcomer32)
    text = ("5月6日，市长叶牛平来到碑林区长安路街道南稍门社区，察看老旧小区改造。\n"
            f"叶牛平随后来到{area}，在兴善寺东街社区与居民交流，了解到社区养老服务设施不足的问题。")
    facts = facts_of(text)
    community = next(p for p in facts.places.values() if p.name == "兴善寺东街社区")
    assert facts.places[community.parent].name == "小寨路街道"
    assert [(facts.places[i.place].name) for i in facts.issues] == ["兴善寺东街社区"]


@pytest.mark.parametrize(
    "said, issues",
    [
        ("居民李大妈说，今年小区集中供暖很暖和。", []),  # comfort said: praise
        ("居民李大妈说，今年小区暖气不暖和，屋里才十几度。", ["今年小区暖气不暖和"]),  # negated: a complaint
    ],
)
def test_comfort_said_is_praise(said, issues):
    assert labels("区长郑国平来到河东街道幸福里社区，走访困难家庭。" + said) == issues
