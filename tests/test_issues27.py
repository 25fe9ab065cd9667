"""Session 27, what a raising is: background clauses (a thing's age, who is away),
a briefing on a place's situation, officials counted by their post head, a topic
closed before the comma of its discussion verb, and a problem noun as a raising's
whole content.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

DEPUTIES = "2024年5月9日，县人大代表韩立新、苏婉来到柳河镇杏林村，开展代表进村活动。\n\n"
COMMUNITY = "近日，江北区人大代表韩立新、苏婉来到望江街道梧桐社区，开展“进社区·听民意”活动。"


def labels(text: str, opening: str = DEPUTIES) -> set[str]:
    return {label for _, label in issues(facts_of(opening + text + "\n"))}


# 1. background: a dated clause with any verb of laying or building, and who is away

@pytest.mark.fast
@pytest.mark.parametrize(
    "dated, complaint",
    [
        ("院里的排水管是二十多年前埋的", "现在动不动就堵"),
        ("巷子里的路灯是前些年安的", "现在一半都不亮了"),
        ("村口的水井是七十年代打的", "现在水质越来越差"),
        ("屯里的电线杆是九十年代架的", "现在好几根都歪了"),
    ],
)
def test_a_clause_dating_a_thing_laid_is_background(dated, complaint):
    got = labels(f"“{dated}，{complaint}。”村民吴秋菊说。")
    assert complaint in got and dated not in got


@pytest.mark.fast
@pytest.mark.parametrize(
    "away, complaint",
    [
        ("村里的年轻人大多外出打工", "留守老人看病难"),
        ("屯里的青壮年基本都在外务工", "老人吃饭难"),
        ("组里的劳动力大部分进城务工了", "地没人种、水渠没人修"),
    ],
)
def test_who_is_away_before_a_complaint_is_background(away, complaint):
    got = labels(f"村民吴秋菊反映，{away}，{complaint}。")
    assert away not in got and got


@pytest.mark.fast
@pytest.mark.parametrize("alone", ["村里的年轻人大多外出打工了", "外出务工人员返乡就业难"])
def test_who_is_away_alone_or_with_a_problem_of_its_own_stays(alone):
    # only a standing fact before a complaint is its background
    assert alone in labels(f"村民吴秋菊反映，{alone}。")


@pytest.mark.fast
@pytest.mark.parametrize(
    "briefing",
    [
        "社区老旧楼栋多、停车位紧张的基本情况",
        "社区独居老人多、配套设施少等基本情况",
        "社区的概况",
    ],
)
def test_an_account_closed_by_a_situation_noun_is_a_briefing(briefing):
    assert labels(f"社区党委书记罗晓梅介绍了{briefing}。", COMMUNITY) == set()


@pytest.mark.fast
def test_an_account_closed_by_a_bare_situation_word_still_raises():
    # 情况 alone is what a complaint is about (路灯不亮的情况), not a briefing's noun
    got = labels("社区党委书记罗晓梅反映了小区路灯不亮、停车位紧张等情况。", COMMUNITY)
    assert got


# 2. officials counted by their post head

@pytest.mark.fast
@pytest.mark.parametrize(
    "officials",
    ["两位代表", "几位代表", "两名代表"],
)
def test_officials_counted_by_their_post_head_raise_nothing(officials):
    got = labels(
        f"村民吴秋菊反映村里的灌溉渠年久失修。{officials}认真记录，能当场答复的逐一答复，表示将形成建议提交县人大常委会。"
    )
    assert got == {"村里的灌溉渠年久失修"}


@pytest.mark.fast
def test_residents_representatives_counted_still_raise():
    # 两位村民代表: the counted head is not the officials' post head
    got = labels("两位村民代表反映，村里的灌溉渠年久失修。")
    assert "村里的灌溉渠年久失修" in got


# 3. a topic closed by its head noun, then a comma and the discussion verb

@pytest.mark.fast
@pytest.mark.parametrize(
    "verb",
    ["说出了自己的想法", "纷纷谈了各自的看法", "展开讨论"],
)
def test_a_closed_topic_takes_the_discussion_verb_after_its_comma(verb):
    got = labels(f"村民们围绕桥梁加固、饮水安全和垃圾清运等问题，{verb}。")
    assert got == {"桥梁加固", "饮水安全", "垃圾清运"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "after",
    ["代表们一一作了解答", "说出了自己的想法"],
)
def test_a_topic_of_work_or_an_officials_answer_raises_nothing(after):
    # 等工作 is a field of work; the officials' answer is no discussion verb of the topic
    got = labels(f"村民们围绕乡村振兴等工作，{after}。" if after.startswith("说") else f"围绕灌溉渠维修等问题，{after}。")
    assert got == set()


# 6. a problem noun as the whole content of a raising

@pytest.mark.fast
@pytest.mark.parametrize(
    "text, label",
    [
        ("村民反映内涝。", "内涝"),
        ("居民反映噪音。", "噪音"),
        ("居民们反映异味，希望尽快处理。", "异味"),
        ("村民反映，停电。", "停电"),
    ],
)
def test_a_problem_noun_as_the_whole_content_is_the_issue(text, label):
    assert label in labels(text)


@pytest.mark.fast
@pytest.mark.parametrize("text", ["居民反映困难。", "居民反映楼道。", "居民反映物业。"])
def test_a_vague_or_plain_noun_alone_is_no_issue(text):
    assert labels(text) == set()


# 4. 已 + done verb + 的 modifies a noun; a deficiency in a cadre's account raises

@pytest.mark.fast
@pytest.mark.parametrize(
    "account, label",
    [
        ("村里已建成的灌溉渠道覆盖不全，部分农田仍靠天吃饭", "村里已建成的灌溉渠道覆盖不全"),
        ("村里已修好的机耕道又被大车压坏了", "村里已修好的机耕道又被大车压坏了"),
        ("部分农户的养殖废水仍直排河沟", "部分农户的养殖废水仍直排河沟"),
    ],
)
def test_work_done_as_a_modifier_reports_nothing_done(account, label):
    assert label in labels(f"村党支部书记庞国栋介绍，{account}。")


@pytest.mark.fast
@pytest.mark.parametrize("done", ["村里的灌溉渠道已全部建成", "村道已经修好了"])
def test_work_done_as_the_predicate_raises_nothing(done):
    assert labels(f"村民吴秋菊反映，{done}。") == set()


# 5. a wish's gain; a request for whom

@pytest.mark.fast
@pytest.mark.parametrize(
    "gain",
    ["晚上孩子发烧就不用往镇上跑", "老人看病不用再跑县城", "大家赶集就能方便些"],
)
def test_the_gain_of_a_wish_is_no_complaint(gain):
    got = labels(f"村民吴秋菊说，希望村卫生室能配一名常驻医生，{gain}。")
    assert got == {"村卫生室能配一名常驻医生"}


@pytest.mark.fast
def test_a_clause_after_a_wish_stating_a_problem_still_complains():
    got = labels("村民吴秋菊说，希望村卫生室能配一名常驻医生，现在看病不方便。")
    assert "现在看病不方便" in got


@pytest.mark.fast
@pytest.mark.parametrize("asked", ["能不能帮我们硬化一下", "能不能给大家修一修", "可不可以替我们想想办法"])
def test_a_request_for_whom_naming_nothing_is_no_issue(asked):
    got = labels(f"“村里这段土路一下雨就是烂泥塘，{asked}？”村民吴秋菊说。")
    assert asked not in got and got

