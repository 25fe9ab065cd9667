"""Session 44 (p156): the kinds of the opened set p156, on invented sentences.

1. A transcribed name's part after its dot read as transcription syllables up to the clause's first
   word (`official_transcribed._syllables_to_clause_word`): an adverb (先后), a preposition (在), a
   raising or remark act (补充说), a braving phrase (冒着大雪，) — wherever the tagger cut the name.
2. 他/她 whose antecedent is a relaying deputy (区人大代表X) relays the residents' issues it raises,
   as the named deputy does (`Raisers.pronoun_is_raiser`, `relayers_raise`); not a remark.
3. A table announced by a head noun whose match takes the colon in (问题清单如下：) is read from the
   colon (`IssueFrames.read_anchor`).
4. No organ between a name and a title holds a person's act (`name_glued_to_title`): a city's
   name before 市政协副主席甲带领政协委员 is no member's name.
5. A resident described by age (78岁的甲老人说) speaking in the sentence after a scene at X tells
   the party is at X (`visit_stops.described_resident_speaks`).
6. A transcribed name after a raiser word (牧民乌兰图雅) is a named resident
   (`issue_raisers.transcribed_residents`).
7. The head 代表 alone before a name, opening its clause, in a report whose official holds
   区人大代表, is that post's short form (`officials.short_post_before_name`).
Invented fixtures; each with a twin the change must leave alone.
"""

import pytest

from tests.extraction import facts_of, issues, official_names, posts, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("after", ["先后到", "冒着大雪，先后到"])
def test_a_dotted_name_ends_before_an_adverb_or_a_braving_phrase(after):
    f = facts_of(f"3月9日，乡长吐尔逊江·阿吾提{after}库木村、英巴格村走访。村民反映，村里的水渠渗漏严重。")
    assert official_names(f) == {"吐尔逊江·阿吾提"}
    assert visits(f) == {("吐尔逊江·阿吾提", "库木村"), ("吐尔逊江·阿吾提", "英巴格村")}


def test_a_dotted_name_ends_before_a_preposition_or_a_remark():
    f = facts_of("3月9日，县长王立新来到库木村。村党支部书记古丽娜·阿不都在会上说，村里的水渠渗漏严重。"
                 "驻村干部买买提·吐尔地补充说，村里的路灯坏了。")
    assert {"古丽娜·阿不都", "买买提·吐尔地"} <= official_names(f)


def test_a_dotted_name_before_its_act_is_unchanged():
    f = facts_of("3月9日，副县长艾尔肯·吐尔洪来到库木村走访。村民反映，村里的水渠渗漏严重。")
    assert visits(f) == {("艾尔肯·吐尔洪", "库木村")}


RELAY = "5月3日，区人大代表周晓岚来到青松社区听取意见。周晓岚常年联系这个社区，{}"


def test_a_relaying_deputys_pronoun_relays_the_residents_demands():
    f = facts_of(RELAY.format("她向大家归纳了居民的主要诉求：楼道灯坏了没人修，小区停车位不够。"))
    assert {label for _, label in issues(f)} >= {"楼道灯坏了没人修", "小区停车位不够"}


def test_a_relaying_deputys_pronoun_remarking_raises_nothing():
    f = facts_of(RELAY.format("她表示，将把大家的期盼带到区人代会上。"))
    assert issues(f) == set()


TABLE = ("6月5日，区政协副主席钱立群带领委员来到东湖社区，召开议事会。\n\n居民代表先后发言。经梳理，形成问题清单如下：\n\n"
         "序号\t{}\t建议责任单位\n1\t菜市场门口摊点占道\t区城管局\n2\t小区东门路灯损坏\t街道办\n")


@pytest.mark.parametrize("head", ["居民诉求", "问题"])
def test_a_table_announced_by_a_head_noun_and_its_colon_is_read(head):
    f = facts_of(TABLE.format(head))
    assert {label for _, label in issues(f)} == {"菜市场门口摊点占道", "小区东门路灯损坏"}


def test_a_city_name_before_a_leaders_post_and_act_is_no_members_name():
    f = facts_of("6月5日，高平市政协副主席钱立群带领部分政协委员来到东湖社区调研。居民反映，小区路灯坏了。")
    assert official_names(f) == {"钱立群"}


def test_a_name_glued_to_its_organ_and_title_is_still_read():
    f = facts_of("6月5日，欧阳建国县政协主席来到东湖社区调研。居民反映，小区路灯坏了。")
    assert official_names(f) == {"欧阳建国"}


AGED = ("8月2日，区委书记袁卫国来到河西街道调研。\n\n在富康社区老年活动中心，老人们正在下棋。"
        "{}说，活动中心冬天没有暖气，希望尽快安装。")


def test_a_resident_described_by_age_speaking_next_tells_the_stop():
    f = facts_of(AGED.format("76岁的都兰英老人"))
    assert ("袁卫国", "富康社区老年活动中心") in visits(f)


def test_a_name_and_a_residents_word_without_an_age_tell_no_stop():
    f = facts_of(AGED.format("都兰英老人"))
    assert ("袁卫国", "富康社区老年活动中心") not in visits(f)


def test_a_transcribed_name_after_a_raiser_word_speaks_as_a_resident():
    f = facts_of("7月3日，旗长王立新来到查干诺尔嘎查走访。\n\n邻居乌兰其其格接过话头，说嘎查通往草场的土路一下雨就陷车。")
    assert {label for _, label in issues(f)} == {"嘎查通往草场的土路一下雨就陷车"}


DEPUTY = "9月4日，区人大代表孙立华来到青松社区。{}吴建民补充说，居民反映小区内路灯不亮。"


def test_a_deputys_title_alone_before_a_name_is_the_short_post():
    f = facts_of(DEPUTY.format("代表"))
    assert posts(f).get("吴建民") == ["代表"]


def test_a_residents_deputy_before_a_name_is_no_post():
    f = facts_of(DEPUTY.format("居民代表"))
    assert "吴建民" not in posts(f)


ANSWER = ("3月2日晚，白沙村五组村民陆德福家的院子里热闹起来。驻村第一书记林志远把院坝会开到了群众家门口，"
          "村党支部书记周和二十多位村民围坐在一起。\n\n村民陆春梅说，组里的灌溉渠渗漏严重。\n\n"
          "林志远逐一记下，{}对灌溉渠维修，他说，已经同镇里对接，将上报镇水利站勘查。")


def test_an_officials_reply_on_a_matter_raised_is_no_issue():
    """8. A sentence opened by the matter an official answers (对X，他说), after the paragraph
    tells the issues answered (能答复的当场答复), is the official's reply (`IssueReader.answers_matter`)."""
    f = facts_of(ANSWER.format("能答复的当场答复。"))
    assert {label for _, label in issues(f)} == {"组里的灌溉渠渗漏严重"}


def test_a_matter_topic_with_no_answering_told_is_still_read():
    f = facts_of(ANSWER.format("并表示会尽快处理。"))
    assert "已经同镇里对接" in {label for _, label in issues(f)}


HEARD = ("9月4日，区人大代表孙立华来到青松社区。居民代表反映，小区停车位不够。代表吴建民补充说，"
         "他在走访中也{}居民反映小区内路灯不亮。")


def test_residents_heard_raising_inside_a_deputys_words_raise():
    """9. Residents after a verb of hearing (`issue_hearing_verbs.txt`: 听到不少居民反映) inside a deputy's
    words are the raising act's subject (`issue_raisers.heard_lead`)."""
    f = facts_of(HEARD.format("听到不少"))
    assert "小区内路灯不亮" in {label for _, label in issues(f)}
