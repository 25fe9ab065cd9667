"""Session 30 (RAISERS30): raising frames the issue reader missed or over-read.

* a superlative topic frame: what the raisers talked about, wanted or feared most,
  named after 的 and a copula (大家谈得最多的是X, 村民最盼的是Y, 居民最关心的一是A，二是B);
* a topic list of two items joined by a comma and closed by 的 + an opinion head
  (关于加装电梯，停车难的意见建议: an ASCII comma repaired to ，);
* a request to find a way to do the act the complaint asks for (一起想办法修缮): it
  names nothing of its own.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import at, issues_in_village

PLACE = "石屏村"


# --- the superlative topic frame ---------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, label",
    [
        ("座谈会上，村民们谈得最多的是村道坑洼不平。", "村道坑洼不平"),
        ("围坐在院子里，大家聊得最多的，是灌溉水渠年久失修。", "灌溉水渠年久失修"),
        ("村民们最盼的是早日开通进城公交。", "早日开通进城公交"),
        ("老人们最怕的就是冬天停水。", "冬天停水"),
        ("村民们议得最多的是垃圾清运不及时。", "垃圾清运不及时"),
        ("群众最需要的是一个日间照料中心。", "一个日间照料中心"),
    ],
)
def test_a_superlative_topic_frame_raises_its_content(text, label):
    assert issues_in_village(text) == at(PLACE, label)


@pytest.mark.fast
def test_an_enumeration_after_a_superlative_frame_gives_each_point():
    text = "村民们最关心的一是自来水水压不足，二是卫生室缺少常用药。"
    assert issues_in_village(text) == at(PLACE, "自来水水压不足", "卫生室缺少常用药")


@pytest.mark.fast
def test_reported_speech_holding_the_frame_gives_the_content_alone():
    # 支书说，群众最盼的是X: the label is X, not the frame and X
    text = "村支书田守义说，群众最盼的是村里的卫生室配上医生。"
    assert issues_in_village(text) == at(PLACE, "村里的卫生室配上医生")


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        # a talk verb's content naming only a theme (no problem, no request) is no issue
        "在院子里，村民们围着柏文，聊得最多的是茶叶种植。",
        "村民们最关心的是就业。",
        # the official's own talk and wish
        "座谈中，柏文谈得最多的是如何发展产业。",
        "柏文强调，群众最盼的是把路修好，各部门要抓紧落实。",
        # one-character verbs inside other words, and no copula after 的
        "柏文要求，要把群众急难愁盼的事抓紧办好。",
        "柏文要求，群众最急最盼的事要抓紧办好。",
        "村民们说明了来意，柏文一一作了解答。",
        "座谈会上，村民们最理想的是村里的茶园。",
    ],
)
def test_a_superlative_frame_raises_nothing_where_no_resident_raises(text):
    assert issues_in_village(text) == set()


# --- a comma-joined topic list closed by 的 + an opinion head ----------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, labels",
    [
        ("柏文听取了村民关于加装电梯,停车难的意见建议。", ("加装电梯", "停车难")),
        ("柏文听取了村民关于加装电梯，停车难的意见建议。", ("加装电梯", "停车难")),
        ("柏文认真听取了大家关于修缮祠堂，增设路灯的意见。", ("修缮祠堂", "增设路灯")),
        ("柏文听取了村民关于改造危房，饮水困难的诉求。", ("改造危房", "饮水困难")),
    ],
)
def test_two_topic_items_joined_by_a_comma_are_both_raised(text, labels):
    assert issues_in_village(text) == at(PLACE, *labels)


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "关于停车难，居民意见很大。",
        "柏文听取了村民关于垃圾分类，各组长的意见。",
        "柏文听取了村民关于产业发展，乡村旅游的想法。",
    ],
)
def test_a_comma_piece_naming_no_matter_lists_nothing(text):
    assert not {label for _, label in issues_in_village(text)} & {"各组长", "乡村旅游", "居民意见很大"}


# --- finding a way to do the act asked for ---------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize("wish", ["希望镇里一起想办法修缮", "希望县里想想办法解决", "盼着村里想办法修一修"])
def test_a_request_to_find_a_way_names_nothing_of_its_own(wish):
    text = f"村民田大爷反映，村里的老石桥年久失修，{wish}。"
    assert issues_in_village(text) == at(PLACE, "村里的老石桥年久失修")


@pytest.mark.fast
def test_finding_a_way_to_do_a_named_thing_is_raised():
    text = "村民田大爷反映，村里的老石桥年久失修，希望镇里想办法修建一座新桥。"
    found = issues_in_village(text)
    assert ("石屏村", "村里的老石桥年久失修") in found and len(found) == 2


# --- the goal of a request --------------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    "wish, label",
    [
        ("希望盘活闲置的村小校舍，办成村里的老年活动中心", "盘活闲置的村小校舍"),
        ("希望修缮村里的老祠堂，并改造成村史馆", "修缮村里的老祠堂"),
        ("希望把村东的旧仓库腾出来，改建成农产品展销厅", "把村东的旧仓库腾出来"),
    ],
)
def test_what_a_request_would_turn_a_thing_into_is_part_of_it(wish, label):
    assert issues_in_village(f"村民田大爷提出，{wish}。") == at(PLACE, label)


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, label",
    [
        # a clause opening like a goal but stating a problem complains on its own
        ("村民田大爷提出，希望加装路灯，建成才三年的村道已经开裂。", "建成才三年的村道已经开裂"),
        # 成了: a change that happened, no goal
        ("村民田大爷提出，希望把村道修一修，改成了单行道以后绕路太远。", "改成了单行道以后绕路太远"),
    ],
)
def test_a_clause_opening_like_a_goal_but_complaining_stays(text, label):
    assert ("石屏村", label) in issues_in_village(text)


# --- a quotation ended by a turn-end phrase ---------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize("turn", ["话音刚落", "话音未落", "说罢"])
def test_an_opening_quotation_before_a_turn_end_is_not_the_next_speakers(turn):
    text = f"“今晚就想听大家说说难处。”{turn}，村民代表田大爷第一个开口：村里的灌溉渠年久失修，漏水严重。"
    assert issues_in_village(text) == at(PLACE, "村里的灌溉渠年久失修", "漏水严重")


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, label",
    [
        # the speaker named with the turn end: the quotation is theirs
        ("“村里的路灯坏了半年了。”村民田大爷话音刚落，村民老周接着说，垃圾清运不及时。", "村里的路灯坏了半年了"),
        # a quotation with its speaker after it, no turn end
        ("“村里的路灯坏了半年了。”村民田大爷说。", "村里的路灯坏了半年了"),
    ],
)
def test_a_quotation_whose_speaker_is_named_after_it_stays(text, label):
    assert ("石屏村", label) in issues_in_village(text)
