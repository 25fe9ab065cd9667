"""Issue frames, session 14: a speaker's words after a colon without quotation marks.

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import VILLAGE, at, issues_in_village as issues_in, kept_by_rules


@pytest.mark.fast
def test_a_line_opened_by_a_named_resident_and_a_colon_is_their_speech():
    # minutes written a speaker a line: 居民X：A，B
    text = "座谈会上，大家畅所欲言，主要意见如下：\n\n居民郝春梅：村口的路灯坏了半年，晚上出门不安全。\n\n楼栋长邱立新：村里的垃圾桶太少，经常满溢。"
    got = issues_in(text)
    # 晚上出门不安全 is the effect of the complaint before it (kg.extract.issue_effects), no issue
    assert got == at("石屏村", "村口的路灯坏了半年", "村里的垃圾桶太少")
    # the rules keep the second item; the learned filter's kept-item model (drop_below .5, session 47)
    # weighs an item with neither a problem word nor a scheme keyword after it, and drops this one
    assert "经常满溢" in kept_by_rules(VILLAGE + "\n\n" + text)


@pytest.mark.fast
def test_a_speech_verb_before_the_colon_introduces_unquoted_words():
    got = issues_in("议事会上，三组组长邬阿姨第一个开口：村道两边杂草丛生，沟渠也堵了。")
    assert got == at("石屏村", "村道两边杂草丛生", "沟渠也堵了")


@pytest.mark.fast
def test_a_label_before_a_colon_is_no_speaker():
    # a raiser word or a title alone before the colon labels a headline or a list item;
    # no person speaks there
    assert issues_in("村民代表：村口的路灯坏了半年。") == set()
    assert issues_in("驻村第一书记：把群众的小事当成自己的大事。") == set()
    # an official's words after a colon are theirs
    assert issues_in("柏文当场作了分工：村道维修由镇里牵头，路灯下周修好。") == set()


@pytest.mark.fast
def test_a_line_opened_by_its_speaker_is_one_turn():
    # 居民X：A。B？ — the sentences after the first are the same speaker's words
    text = "座谈会上，主要意见如下：\n\n居民郝春梅：村口的公厕臭味大，夏天不敢开窗。能不能挪远一点，或者加装除臭设备？\n\n会后，柏文察看了公厕。"
    got = issues_in(text)
    assert got == at("石屏村", "村口的公厕臭味大", "加装除臭设备")


@pytest.mark.fast
def test_raisers_alone_are_no_issue():
    # 针对居民们的意见: the topic names who raised, not what
    assert issues_in("针对村民们的意见，柏文逐一作了答复。") == set()
    from kg.extract.issue_items import keep

    assert not keep("居民们") and not keep("村民代表们") and keep("村民停车难")


@pytest.mark.fast
def test_going_on_with_a_measure_is_no_issue():
    # 希望继续加强整治: the work asked to go on; the complaint is the clause before
    got = issues_in("村民代表邬伯反映，村里的河塘水质还不够好，希望继续加强整治。")
    assert got == at("石屏村", "村里的河塘水质还不够好")


@pytest.mark.fast
def test_quotations_one_after_another_before_their_speaker_are_all_theirs():
    got = issues_in("“村里的路什么时候能修？”“卫生室能不能周末开门？”村民们七嘴八舌地说。")
    assert got == at("石屏村", "村里的路什么时候能修", "卫生室能不能周末开门")


@pytest.mark.fast
def test_a_deputy_who_is_a_village_cadre_speaks_for_the_village():
    # 县人大代表、X村党支部书记Y说: what a cadre says raises the residents' issues, and the
    # raiser word ending the deputy's post (代表) is their title, not another speaker
    got = issues_in("座谈会上，县人大代表、石屏村党支部书记邬立春说，村里到镇上的路太窄。")
    assert got == at("石屏村", "村里到镇上的路太窄")
    # a deputy holding a post of government, or no other post, says their own words
    assert issues_in("座谈会上，县人大代表、县农业农村局副局长邬立春说，村里到镇上的路太窄。") == set()
    assert issues_in("座谈会上，县人大代表邬立春说，村里到镇上的路太窄。") == set()


@pytest.mark.fast
def test_a_pronoun_before_a_bare_say_speaks_when_it_is_a_resident():
    # 他说X with no comma: 他 is the resident named before, or the official
    got = issues_in("村民邬立春第一个发言，他说村里到镇上的路太窄。")
    assert got == at("石屏村", "村里到镇上的路太窄")
    assert issues_in("柏文第一个发言，他说村里到镇上的路太窄。") == set()


@pytest.mark.fast
def test_a_deputy_heading_a_company_says_their_own_words():
    # 公司总经理 heads a stop's organisation (`is_cadre` counts it), but a deputy so is
    # no village's cadre: what they say is theirs
    assert issues_in("座谈会上，县人大代表、石屏农业开发有限公司总经理邬立春说，村里到镇上的路太窄。") == set()


@pytest.mark.fast
def test_a_headline_opened_by_a_name_and_a_colon_is_no_speech():
    from tests.extraction import facts_of, issues

    text = "【代表在行动】邬立春：把“民生清单”揣进口袋里\n\n2024年4月8日，市人大代表、石屏农业开发有限公司董事长邬立春来到青岚镇石屏村，听取村民意见。"
    assert issues(facts_of(text)) == set()
