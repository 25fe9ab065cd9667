"""Session 28, word classes moved out of code into lexicons: who of the residents is
away (issue_group_adverbs.txt, issue_away_words.txt, issue_away_pursuits.txt), a
share of a group (issue_group_shares.txt), words of ease in praise of a change
(issue_ease_words.txt), and the duty words read for a capacity
frame and for an assignment title (post_duty_words.tsv).  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts

DEPUTIES = "2024年5月9日，县人大代表韩立新、苏婉来到柳河镇杏林村，开展代表进村活动。\n\n"
DAY = "2025年7月9日，"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(DEPUTIES + text + "\n"))}


# 1. who is away, and where the family is: background before a complaint


@pytest.mark.fast
@pytest.mark.parametrize(
    "background, complaint",
    [
        # an adverb of extent and an away word (and what they do there)
        ("寨子里的后生大多外出打工了", "留守老人吃水难"),
        ("组里的劳力大部分都进城做工", "田地撂荒没人管"),
        ("屯里的年轻人常年在外经商", "老人看病难"),
        ("湾里的青壮年几乎都去外地谋生", "村道没人修"),
        # where the family works or studies (在 + a place + a pursuit)
        ("她儿子在县城上班", "家里的土墙房漏雨"),
        ("闺女在省城打工", "院墙裂缝越来越大"),
        ("孙子在镇上读书", "通组路一下雨就泥泞"),
    ],
)
def test_who_is_away_and_where_the_family_is_are_background(background, complaint):
    got = labels(f"村民符秀兰说，{background}，{complaint}。")
    assert got == {complaint}


@pytest.mark.fast
@pytest.mark.parametrize("stays", ["外地务工人员子女入学难", "进城打工的村民工钱被拖欠"])
def test_an_away_word_with_a_problem_of_its_own_stays(stays):
    # precision: no adverb of extent ends in the away word; the problem is the complaint
    assert stays in labels(f"村民符秀兰反映，{stays}。")


# 2. a share of a group: the residents' health is the setting, not the complaint


@pytest.mark.fast
@pytest.mark.parametrize(
    "health",
    ["不少老人患有风湿病", "多位老人都患有关节炎", "有些老人得了慢性病", "大部分老人身患疾病"],
)
def test_the_health_of_a_share_of_residents_sets_the_scene(health):
    got = labels(f"村民符秀兰说，{health}，村卫生室缺少药品。")
    assert got == {"村卫生室缺少药品"}


@pytest.mark.fast
def test_a_share_of_residents_with_a_problem_is_the_complaint():
    # precision: no illness verb, the share's clause states the problem
    assert labels("村民符秀兰说，不少老人看病要跑到县城。") == {"不少老人看病要跑到县城"}


# 3. words of ease: a change praised is a circumstance


@pytest.mark.fast
@pytest.mark.parametrize("praise", ["屋里亮堂多了", "路灯装好后晚上走路安全多了", "现在去镇上坐车方便了"])
def test_a_word_of_ease_praising_a_change_is_no_issue(praise):
    assert labels(f"村民符秀兰说，{praise}，希望再修个公厕。") == {"再修个公厕"}


@pytest.mark.fast
def test_a_word_of_ease_denied_is_the_complaint():
    # precision: 不 before the word of ease (不通畅) states the problem
    assert "现在巷子不通畅了" in labels("村民符秀兰说，现在巷子不通畅了，车都开不进来。")


# 4. duty words: one class, a column for the use each word allows


def post_list(text: str) -> dict[str, list[str]]:
    return posts(facts_of(f"{DAY}{text}\n"))


@pytest.mark.fast
@pytest.mark.parametrize("capacity", ["以挂村干部身份", "以驻企干部身份", "以联户领导的身份", "以联系领导身份", "作为包片干部"])
def test_every_duty_word_in_a_capacity_frame_is_a_role(capacity):
    # a posting word (挂村, 驻企) is a duty too: in a capacity frame no post, as 联系领导
    assert post_list(f"副县长钟林{capacity}来到石桥村调研。") == {"钟林": ["副县长"]}


@pytest.mark.fast
@pytest.mark.parametrize("title, name", [("驻镇干部", "林海涛"), ("挂村干部", "邵文斌"), ("下派第一书记", "贺明辉")])
def test_a_posting_word_before_a_cadre_head_is_a_title(title, name):
    assert post_list(f"副县长钟林来到石桥村，{title}{name}陪同。") == {"钟林": ["副县长"], name: [title]}


@pytest.mark.fast
@pytest.mark.parametrize("duty", ["联系干部", "分管干部", "包保干部", "结对干部"])
def test_a_duty_over_a_field_makes_no_title(duty):
    # precision: the role-only words (联系, 分管…) before 干部 name no post
    assert post_list(f"副县长钟林来到石桥村，{duty}宋晓东陪同。") == {"钟林": ["副县长"]}


@pytest.mark.fast
def test_a_capacity_frame_with_a_post_of_its_own_keeps_it():
    # precision: no duty word, the post in the frame is a post
    assert post_list("副县长钟林以区人大代表身份来到石桥村调研。") == {"钟林": ["副县长", "区人大代表"]}
