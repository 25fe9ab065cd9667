"""What residents did not raise, though it is said near them (invented fixtures): the
official's questions and words, results and praise, how things were and are now."""

import pytest

from kg.extract.issue_items import keep
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

OPENING = "2026年4月8日，区长韩立新来到柏林社区走访。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(OPENING + text))}


def test_a_question_the_official_asks_the_residents_is_no_issue():
    # 问大家：/询问居民： the residents are asked; their answer after it is theirs
    got = labels("韩立新问大家：“最近小区里晾衣服还方便吗？”")
    assert not got, got
    got = labels("韩立新询问居民：“冬天屋里冷不冷？”居民说：“屋里暖和，就是楼道窗户关不严。”")
    assert "冬天屋里冷不冷" not in got, got
    assert "楼道窗户关不严" in got, got


def test_residents_spoken_to_with_a_speech_verb_do_not_speak():
    # 对社区干部说: the official speaks to the cadres; the quotation before it is the official's
    got = labels("“邻里的事再小也是大事。”韩立新对社区干部说，要把居民反映的问题一件件落实好。")
    assert not got, got
    got = labels("韩立新对居民说：“大家有什么难处，尽管提出来。”")
    assert not got, got


def test_a_quotation_introduced_by_the_officials_remark_is_theirs():
    got = labels("韩立新指出，“家门口的小事就是大事”，要切实解决居民出行难问题。")
    assert not got, got


def test_the_official_speaking_while_meeting_residents_is_no_raiser():
    # 在与居民交谈时说: the residents are met (与…), the official speaks
    got = labels("韩立新在与居民交谈时说，屋顶防水是今年的民生实事，要抓紧推进。")
    assert not got, got


def test_a_problem_reported_solved_and_the_work_before_it_are_no_issues():
    got = labels("社区书记周红说，去年以来，社区通过翻修屋面、疏通管网，彻底解决了老楼雨天漏水的难题。")
    assert not got, got
    got = labels("居民代表说，相关部门将尽快解决楼道照明问题。")
    assert not got, got


def test_how_things_are_now_after_how_they_were_is_no_issue():
    got = labels("居民杜大姐说，以前小区晾衣难，现在新装了晾衣架，晒被子方便多了。")
    assert not got, got
    # a condition of the time (自从…) before praise: no issue; before a complaint: the complaint
    got = labels("村民陶大伯说，自从村里修了路，出门方便多了。")
    assert not got, got
    got = labels("居民杜大姐说，自从早市搬走，买菜要走二十多分钟。")
    assert got == {"买菜要走二十多分钟"}, got


def test_praise_and_thanks_are_no_issues():
    got = labels("居民们纷纷说，区长真是为百姓办实事。居民万大爷说，这几年小区变化很大。居民胡阿姨说，现在社区服务好。")
    assert not got, got


def test_background_before_a_request_is_no_issue():
    # 社区老年人多: how things stand, before what is asked for (many of a group in need,
    # 独居老人多, is an issue since CLAUSES30 rule 3: tests/test_clauses30.py)
    got = labels("社区书记周红说，社区老年人多，希望能增设一处助餐点。")
    assert "社区老年人多" not in got, got
    assert any("增设一处助餐点" in g for g in got), got


def test_a_topic_list_closed_by_deng_and_a_noun_that_is_no_head_noun():
    # 围绕A、B等工作进行了深入交流: 等 closes the list; the light verb is no part of it
    got = labels("大家围绕楼道微更新、非机动车停放等工作进行了深入交流。")
    assert got == {"楼道微更新", "非机动车停放"}, got


def test_a_modified_raising_act_with_you_before_its_items():
    # 反映比较集中的有A、B: 比较 + a degree word, then 有 opening the items
    got = labels("居民反映比较集中的有小区门禁失灵、地下车库渗水。")
    assert got == {"小区门禁失灵", "地下车库渗水"}, got


def test_items_that_name_no_issue():
    assert not keep("也有一些新的烦心事")  # issues announced, none named
    assert not keep("我们小区是上世纪八十年代建的老房子")  # the age of a thing
    assert not keep("现在村子漂亮了")  # praise of now
    assert keep("现在停车更难了")
    assert keep("如今路况不好")


def test_an_account_announcing_issues_by_a_head_noun_lists_them_all():
    # 介绍了…几类诉求：一是…: the head noun says these are issues; an account's problem
    # words are not needed, and a point's condition (…搬迁后，) is none
    got = labels(
        "居委会主任许静介绍了近期收集到的几类诉求：一是老公房加装电梯推进慢；"
        "二是小区夜间停车位不足；三是早市搬迁后，老人买菜要走二十多分钟。"
    )
    assert {"老公房加装电梯推进慢", "小区夜间停车位不足", "老人买菜要走二十多分钟"} <= got, got
    assert "早市搬迁后" not in got, got
    # with no head noun announcing them, an account raises only what states a problem
    got = labels("居委会主任许静介绍，社区今年新建了两处口袋公园，楼道灯坏了半年没人修。")
    assert got == {"楼道灯坏了半年没人修"}, got


def test_an_official_relaying_residents_after_a_time_word():
    # 许金锁介绍，…，当前群众反映最强烈的是…: the residents' raising inside the account
    # of an official (a deputy), the raisers' clause opened by a time word
    text = (
        "2026年4月8日，乡人大主席韩立新、乡人大代表许金锁来到柏林村。许金锁介绍，柏林村是传统农业村，"
        "当前群众反映最强烈的是两个问题：一是村里的机井老化；二是村西生产路多年没有硬化。"
    )
    got = {label for _, label in issues(facts_of(text))}
    assert {"村里的机井老化", "村西生产路多年没有硬化"} <= got, got


def test_items_after_a_clause_on_the_issues_and_a_link():
    # 提出的问题既有大事也有小事，包括A、B、C等: the head noun, a short clause on what the
    # issues are like, then the link to the items
    got = labels("居民们提出的问题既有“大事”也有“小事”，包括柏林中学门口早晚拥堵、屋顶光伏能不能统一安装、街头流浪猫增多等。")
    assert {"柏林中学门口早晚拥堵", "屋顶光伏能不能统一安装", "街头流浪猫增多"} <= got, got

