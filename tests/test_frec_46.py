"""Session 46 (frec): issues missed at a stop the parser found — the raiser, the raising act,
the content shape or the item's bounds not read.  Each mechanism with invented fixtures in
two wordings (one in another shape) and a twin the change must leave alone.

1. A colon closing its line announces the numbered lines after it (…念给区长听：\\n1.A；\\n2.B):
   the lines are the speaker's words (`ContentReader.speech_after_colon`,
   `listed_lines_end`); an official's numbered requirements stay theirs.
2. A verb the analyser reads opening the subject, nouns and a person after it
   (种植/v 大户/n X/PER告诉…), is a modifier of the person's noun: the person speaks
   (`Raisers._modifies_person`).
3. A topic that is only a locative (说起家里的情况, 说起了心里的事) names no matter; the
   quotation after it is the content (`issue_content.locative_only`).  A thing said to be
   old of its make (房子是老砖房子) is its age, no issue (`issue_items.DATED`).
4. A wish told as a hypothetical (要是X就好了, 如果X该多好: `issue_wish_frame.tsv`) asks for
   X, the label X; a condition (要是下雨，…) stays one.  The speaker's age and weak legs
   (年纪大了腿脚没劲) is their health (`issue_items.OWN_HEALTH`).
5. A name before 的 (拉着王明的手) is no antecedent of a later 她/他
   (`Raisers.pronoun_is_raiser`).
6. A contrast concedes the attempt right before it, not the problems told before that
   (化粪池老化，经常堵塞，社区协调过几次，但一直没有根治); praise is still conceded.
7. 了解到的X is a noun's relative clause, not a clause learned (`RaisingFrames.learned`).
8. A 、-list closed by 等 + a head of trouble (`issue_trouble_heads.txt`: 问题, 诉求) names
   every item raised, in an account too; the link opening it (主要有) is no part of the
   first item; a list of work (等工作) names none.
9. A span of the day (放学时段, 高峰期: `issue_clause_markers.tsv` condition-end) times the
   complaint after it.
10. A resident named by courtesy (郑先生, 钱女士: `issue_raisers.txt`) says the quotation
    opening the paragraph before them.
11. A pastoral village's herding group (牧业小组, 村小组: `issue_cadre_units.txt`) is the
    residents' unit, no visiting party ending the speech; numbers listed before the unit they
    share (第二、第四村小组, 3、5号楼) stay one item (`issue_items.NUMBER_TWIN`).
12. Meeting the official (看到X就…) and coming up to speak (凑过来：) are the raiser's gestures
    (`issue_raiser_gestures.tsv`): the one met is no speaker; young residents (青年) raise.
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VILLAGE = "2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。\n"
STREET = "5月6日上午，青山街道办事处主任李红走进柳岸社区，开展走访活动。\n"


def _labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


# 1. numbered lines after a colon closing its line


def test_numbered_lines_after_a_colon_closing_the_residents_line_are_raised():
    text = VILLAGE + "在村委会院子里，几位老党员把大家的意见归成三条，交给柏文：\n1.村口的石桥栏杆断了；\n2.水渠堵塞，庄稼浇不上水；\n3.希望建个老年活动室。"
    labels = _labels(text)
    assert {"村口的石桥栏杆断了", "水渠堵塞"} <= labels
    assert any("老年活动室" in label for label in labels)


def test_bracketed_numbered_lines_read_out_to_the_official_are_raised():
    text = STREET + "座谈会上，楼栋长们把收集的诉求写在一张纸上，当场读给李红听：\n（一）楼道灯坏了两个月；\n（二）化粪池经常外溢。"
    assert {"楼道灯坏了两个月", "化粪池经常外溢"} <= _labels(text)


def test_precision_an_officials_numbered_requirements_raise_nothing():
    text = STREET + "座谈会上，李红把需要办的事列了出来，要求社区抓紧办：\n1.楼道灯两周内修好；\n2.化粪池下月清掏。"
    assert not _labels(text)


# 2. an occupation named by its work before a person


def test_a_verb_qualifying_the_speakers_noun_leaves_the_person_the_speaker():
    text = VILLAGE + "在石屏村茶园，茶树刚刚冒出新芽。种植大户吉克木呷告诉柏文：“茶叶采得多，就是加工厂太远。”"
    assert "加工厂太远" in _labels(text)


def test_the_modifier_shape_needs_nouns_then_one_person_closing_the_subject():
    from kg.analyse import Token
    from kg.extract.issue_raisers import Raisers

    def toks(*pairs):
        return [Token(w, t, 0, 0) for w, t in pairs]

    assert Raisers._modifies_person(toks(("能手", "n"), ("卓玛", "PER")))
    assert [t.word for t in Raisers._subject(toks(("养殖", "v"), ("能手", "n"), ("卓玛", "PER")))] == ["养殖", "能手", "卓玛"]
    # a verb and its object person (看望/v 老人/n 卓玛/PER 时): no noun phrase closing the subject
    assert not Raisers._modifies_person(toks(("老人", "n"), ("卓玛", "PER"), ("时", "n")))
    assert not Raisers._modifies_person(toks(("卓玛", "PER")))


# 3. a locative topic; a thing's make said old


def test_a_locative_topic_names_no_matter_and_the_quotation_is_read():
    text = VILLAGE + "在村民家里，说起家里的情况，老人指着屋顶说：“房子是老砖房子，屋顶漏雨好几年了。”"
    labels = _labels(text)
    assert "屋顶漏雨好几年了" in labels
    assert "家里" not in labels and "房子是老砖房子" not in labels


def test_the_heart_as_topic_before_a_quotation_names_no_matter():
    text = STREET + "王大妈拉着李红的手，说起了心里的事：“楼下的垃圾站味道太大，夏天都不敢开窗。”"
    labels = _labels(text)
    assert "楼下的垃圾站味道太大" in labels and "心里" not in labels


def test_precision_a_problem_before_the_neutral_head_is_still_raised():
    assert "路灯不亮" in _labels(VILLAGE + "在村民家里，说起路灯不亮的情况，老人摇了摇头。")


# 4. wishes told as hypotheticals


def test_a_quoted_hypothetical_wish_after_the_speakers_health_is_a_request():
    labels = _labels(STREET + "王大妈说，年纪大了腿脚没劲，“要是楼道里装个扶手就好了”。")
    assert "楼道里装个扶手" in labels
    assert not any("腿脚" in label for label in labels)


def test_a_wish_ending_in_how_good_it_would_be_is_a_request():
    labels = _labels(STREET + "张大爷说，菜场离得远，“如果小区门口能有个便民菜店该多好”。")
    assert any(label.startswith("小区门口") and label.endswith("便民菜店") for label in labels)


def test_precision_a_condition_opened_by_the_same_word_stays_a_condition():
    from kg.extract import issue_words

    assert issue_words.wish().match("要是下雨") is None
    assert "门口的路就走不了" in _labels(STREET + "张大爷说，要是下雨，门口的路就走不了。")


# 5. a possessive is no antecedent


def test_a_name_before_de_is_no_antecedent_of_the_pronoun():
    text = STREET + "王大妈一个人住。拉着李红的手，老人家说起了心里的事：“楼道灯坏了半个月。”她又指着楼梯说，“要是楼梯上装个扶手就好了”。"
    assert "楼梯上装个扶手" in _labels(text)


def test_precision_an_official_named_as_subject_keeps_the_pronoun():
    text = STREET + "李红拉着王大妈的手坐下。她说，“要是楼梯上装个扶手就好了”。"
    assert "楼梯上装个扶手" not in _labels(text)


# 6. a contrast concedes the attempt, not the problems before it


def test_a_contrast_after_an_attempt_keeps_the_problems_told_before():
    text = STREET + "社区书记周敏向李红介绍，小区的雨水管网老化，经常倒灌，物业修过几回，但一直没有根治。"
    assert {"小区的雨水管网老化", "经常倒灌"} <= _labels(text)


def test_a_contrast_in_a_residents_words_keeps_the_problem_before_the_attempt():
    assert "排水沟淤塞严重" in _labels(STREET + "居民老陈说，排水沟淤塞严重，社区清过两次，可还是一下雨就漫到路上。")


def test_precision_praise_before_a_contrast_is_still_conceded():
    assert _labels(STREET + "居民老陈说，小区环境还可以，就是晚上路灯太暗。") == {"晚上路灯太暗"}


# 7. 了解到的X is a relative clause


def test_what_was_learned_as_a_nouns_modifier_leaves_the_list_to_the_act():
    text = STREET + "座谈会上，居民代表们结合平时了解到的情况，反映了菜场摊位不足、公厕保洁、夜间照明等问题。"
    assert {"菜场摊位不足", "公厕保洁", "夜间照明"} <= _labels(text)


def test_precision_a_clause_learned_is_still_read():
    assert "小区二次供水设施老化" in _labels(STREET + "李红了解到，小区二次供水设施老化，居民用水困难。")


# 8. heads of trouble name every listed item


def test_an_accounts_list_closed_by_a_trouble_head_keeps_every_item():
    text = STREET + "座谈会上，社区书记周敏汇报了居民近期反映较多的几件事，主要有加装电梯资金分摊、楼道照明、快递乱堆放等问题。"
    labels = _labels(text)
    assert {"加装电梯资金分摊", "楼道照明", "快递乱堆放"} <= labels


def test_a_list_of_demands_in_an_account_keeps_every_item():
    text = STREET + "社区主任周敏介绍，居民集中提出了增设休闲座椅、延长食堂营业时间、开设书法班等诉求。"
    labels = _labels(text)
    assert any("休闲座椅" in label for label in labels) and any("书法班" in label for label in labels)


def test_precision_an_accounts_list_of_work_names_no_issue():
    assert not _labels(STREET + "座谈会上，社区书记周敏汇报了近期的几项工作，主要有楼道照明改造、快递柜安装等工作。")


# 9. a span of the day times the complaint


def test_a_span_of_the_day_is_the_time_of_the_complaint_after_it():
    labels = _labels(STREET + "网格员刘芳反映，早晚上学时段，接送孩子的电动车堵满了校门口。")
    assert "接送孩子的电动车堵满了校门口" in labels and "早晚上学时段" not in labels


def test_a_peak_period_is_the_time_of_the_complaint_after_it():
    labels = _labels(STREET + "网格员刘芳反映，每逢集日高峰期，摊贩占道经营，车辆进不来。")
    assert "摊贩占道经营" in labels and not any("高峰期" in label for label in labels)


# 10. residents named by courtesy


def test_a_resident_named_by_courtesy_says_the_quotation_before_them():
    text = STREET + "“我们楼的外墙瓷砖掉了好几块，下面就是人行道。”活动刚开始，住在3号楼的郑先生就拿出了照片。"
    assert "我们楼的外墙瓷砖掉了好几块" in _labels(text)


def test_a_woman_named_by_courtesy_speaking_first_says_the_quotation():
    assert "楼顶的水箱十多年没清洗了" in _labels(STREET + "“楼顶的水箱十多年没清洗了。”住在5号楼的钱女士第一个开了口。")


def test_precision_an_official_named_after_the_quotation_says_it():
    assert not _labels(STREET + "“楼顶的水箱要尽快清洗。”李红对郑先生说。")


# 11. herding groups; numbers sharing a unit


def test_a_village_group_in_a_point_is_the_residents_unit_and_its_numbers_one_item():
    text = VILLAGE + "村支书杨林代表村民提出了几件事：一是通往第二、第四村小组的机耕路年久失修，拖拉机开不进去；二是村卫生室缺少药品。"
    labels = _labels(text)
    assert "通往第二、第四村小组的机耕路年久失修" in labels and "村卫生室缺少药品" in labels


def test_numbers_sharing_their_unit_are_not_cut_apart():
    from kg.extract.issue_items import split_items

    assert split_items("通往第三、第五牧业小组的砂石路一下大雪就堵") == ["通往第三、第五牧业小组的砂石路一下大雪就堵"]
    assert split_items("路灯不亮、路面不平") == ["路灯不亮", "路面不平"]


# 12. gestures of meeting and coming up; young residents


def test_the_official_seen_before_the_complaint_is_no_speaker():
    text = VILLAGE + "80岁的王秀英老人正在门口晒太阳，看到柏文就拉起了家常：“自来水一到晚上就没有水压，做饭都要提前接好。”"
    assert "自来水一到晚上就没有水压" in _labels(text)


def test_a_young_resident_coming_up_to_speak_says_the_quotation():
    text = VILLAGE + "在果园里，返乡创业的青年曾小军也凑过来：“果子品质好，就是没有冷库，集中上市时压价厉害。”"
    assert "没有冷库" in _labels(text)


def test_precision_an_official_coming_up_to_speak_raises_nothing():
    assert not _labels(VILLAGE + "在果园里，柏文走上前来：“要把冷库建好。”")
