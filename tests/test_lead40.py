"""Session 40, the lead's invented shapes: a paragraph about an estate and the spots of its works.

1. A place name ends before a word of the year or the present (`place_stops.txt`: 今年, 目前):
   `X小区今年列入改造计划` names X小区, never `X小区今年列入老旧小区`.
2. A sentence opening at a spot of a works or a yard (`place_site_parts.txt`: 在施工现场，) is set
   inside the place its paragraph is about (`Reader._set_elsewhere`), as 在生产车间 is inside a company.
3. People gathering round the official, or the official taking their hands (`visit_verbs.tsv`,
   presence: 被居民围住, 握住老人的手), tell the official is where the paragraph is.
4. An official's name ending right before a verb is a word boundary the analyser may not move
   (`word_edges.verb_as_written`: LAC reads 韩立/平察/看 in 韩立平察看了): the verb is written as a verb.
5. A village group written alone after the report named it with its village and town
   (`place_parse._group_of_named_village`: 石门镇杏林村上坪组的晒坝上… 镇长来到上坪组) is that group.
6. 一道 (together) after an official is no act of speaking though it ends in 道
   (`visit_reported.in_reported_words`): 甲与乙一道，深入X is a visit of both.
7. An official spoken to by someone at the place (`visit_told_to_words.txt`: 他告诉县长甲，…;
   村民向甲反映) is present where the paragraph is (`Reader.told_to`); the official telling
   someone (甲告诉他) is not thereby placed.
8. Running round places (`visit_verbs.tsv`: 跑 only as 跑了/跑遍) is a move: 一天跑了A村、B村两个村.
9. Items announced by a count of matters (N件事, counted by 件) or by a head noun with who raised
   them between it and the colon (两个问题群众反映强烈：A；B: `issue_words.head_then_items`) are issues
   of the raising the paragraph tells; an official's own 三件事 are not.
10. A speech verb's complement closed by a colon (`issue_frames.SAID_OUT`: 一口气说了出来：A；B) opens
   what was said, whatever adverb stands before the verb; the official's own plans so told are no issues.
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEAD = "5月9日，副区长韩立平到青柳街道调研老旧小区改造。\n\n"


def test_a_year_word_ends_the_estate_name_a_paragraph_opens_with():
    f = facts_of(LEAD + "梧桐苑小区今年列入老旧小区改造计划。韩立平察看了外墙保温施工。\n\n随后，韩立平来到杏花社区。")
    assert ("韩立平", "梧桐苑小区") in visits(f)
    assert not any("列入" in place for _, place in visits(f))


def test_a_present_word_ends_the_name_too():
    f = facts_of("6月2日，区长曹明远到青石街道调研。\n\n梧桐苑小区目前列入老旧小区改造计划。曹明远察看了工程进度。")
    assert ("曹明远", "梧桐苑小区") in visits(f)


def test_a_name_holding_no_year_word_is_read_whole():
    f = facts_of(LEAD + "韩立平来到今朝花园小区，察看外墙保温施工。")
    assert ("韩立平", "今朝花园小区") in visits(f)


def test_a_works_spot_is_inside_the_estate_the_paragraph_is_about():
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕。在施工现场，韩立平察看了路面恢复情况。"
                 "居民反映，单元门禁经常损坏。\n\n随后，韩立平来到杏花社区。")
    assert ("韩立平", "梧桐苑小区") in visits(f)
    assert any(place == "梧桐苑小区" and "门禁" in label for place, label in issues(f))


def test_a_room_of_another_unit_still_sets_the_sentence_elsewhere():
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕。在街道会议室，韩立平听取了工作汇报。")
    assert ("韩立平", "梧桐苑小区") not in visits(f)


def test_residents_gathering_round_the_official_tell_presence():
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕。在施工现场，韩立平被几位居民围住了。"
                 "居民说，楼前车位被建材占着。")
    assert ("韩立平", "梧桐苑小区") in visits(f)


def test_a_paragraph_about_an_estate_with_no_official_in_it_is_no_stop():
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕，居民被施工噪音围住了生活。")
    assert ("韩立平", "梧桐苑小区") not in visits(f)


def test_the_analyser_may_not_move_the_end_of_an_official_s_name():
    from kg.extract.word_edges import read_across
    from kg.analyse import tokenize

    text = "韩立平察看了管网铺设情况。"
    assert read_across(tokenize(text, [(0, len(text))]), 3, 5)  # the analyser's own reading straddles the name's end
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕。韩立平察看了管网铺设情况。")
    assert ("韩立平", "梧桐苑小区") in visits(f)


def test_a_verb_read_across_words_after_no_name_is_still_no_verb():
    f = facts_of(LEAD + "梧桐苑小区的雨污分流管网已铺设完毕。韩立平作了解答。")
    assert ("韩立平", "梧桐苑小区") not in visits(f)


def test_a_village_group_written_again_alone_is_the_group_named_first():
    f = facts_of("10月5日傍晚，青川区石门镇杏林村上坪组的晒坝上坐满了村民。镇长曹明远来到上坪组，和村民拉家常。")
    assert ("曹明远", "上坪组") in visits(f)


def test_a_team_written_with_a_group_word_is_no_village_group():
    f = facts_of("10月5日傍晚，青川区石门镇杏林村上坪组的晒坝上坐满了村民。镇长曹明远带领调研组来到杏林村。")
    assert not any(place == "调研组" for _, place in visits(f))


def test_together_ending_in_the_speech_verb_is_no_speech():
    f = facts_of("3月上旬，乡长严立新与副乡长杜晓光一道，深入柏树村开展入户走访。")
    assert {("严立新", "柏树村"), ("杜晓光", "柏树村")} <= visits(f)


def test_a_speaker_s_words_after_a_comma_still_hold_no_visit():
    f = facts_of("乡长严立新来到柏树村。村支书杜晓光说道，村民每天要走到镇上买菜。")
    assert ("严立新", "镇上") not in visits(f) and ("杜晓光", "柏树村") not in visits(f)


TOUR = "9月26日，县长孟庆林到柳河乡调研。\n\n"


def test_an_official_a_farmer_tells_is_at_the_farmer_s_village():
    f = facts_of(TOUR + "在柳河乡榆树村，种粮大户关玉山正在地头看收割。他告诉孟庆林，今年烘干塔不够用。")
    assert ("孟庆林", "榆树村") in visits(f)


def test_an_official_telling_someone_is_not_placed_by_it():
    f = facts_of(TOUR + "在柳河乡榆树村，种粮大户关玉山正在地头看收割。孟庆林告诉他，烘干塔明年会增加。")
    assert ("孟庆林", "榆树村") not in visits(f)


def test_running_round_villages_visits_each():
    f = facts_of("6月14日，镇党委书记罗立新一天跑了石桥村、白鹤村两个村，把办公桌搬到田间。")
    assert {("罗立新", "石桥村"), ("罗立新", "白鹤村")} <= visits(f)


def test_running_alone_is_no_move():
    f = facts_of("6月14日，镇党委书记罗立新来到石桥村。村民说，娃娃每天跑好几里路到白鹤村上学。")
    assert ("罗立新", "白鹤村") not in visits(f)


def test_matters_counted_by_jian_after_a_cadre_s_report_are_issues():
    f = facts_of("9月26日，县长孟庆林来到榆树村东岗屯。村支书关玉山汇报，东岗屯有70户。"
                 "屯里眼下有两件事群众盼得急：屯内水渠多年没有清淤；屯口的路灯坏了。")
    labels = {label for place, label in issues(f) if place == "东岗屯"}
    assert any("水渠" in label for label in labels) and any("路灯" in label for label in labels)


def test_an_official_s_own_counted_matters_are_no_issues():
    f = facts_of("9月26日，县长孟庆林来到榆树村东岗屯。孟庆林说，今年要办好两件事：疏通屯内水渠；修好屯口路灯。")
    assert not issues(f)


def test_what_a_group_head_blurted_out_after_a_colon_is_raised():
    f = facts_of("9月2日，镇长邹海来到柳林村西坡组，组长董振把几件事一股脑儿说了出来：自来水水压低；通组路坑洼不平。")
    labels = {label for place, label in issues(f) if place == "西坡组"}
    assert any("水压低" in label for label in labels) and any("坑洼" in label for label in labels)


def test_an_official_s_plans_blurted_out_are_no_issues():
    f = facts_of("9月2日，镇长邹海来到柳林村西坡组。邹海把下一步打算一口气说了出来：硬化通组路；新建蓄水池。")
    assert not issues(f)


def test_matters_laid_out_one_by_one_before_a_colon_are_raised():
    # a layout verb after a long adverb (`issue_layout_verbs.txt`: 摆), beyond the reach of a head's
    # gap before its colon (`head_then_items`): only the laid-out frame reads the items
    f = facts_of("5月6日，镇长邹海来到柳林村西坡组。组长董振把群众反映集中的事情一条一条地摆了出来：一是灌溉渠塌了两处；二是自来水水压低。")
    assert any("灌溉渠塌了两处" in label for place, label in issues(f) if place == "西坡组")
