"""Issue recall: raisers, raising acts and content shapes the frame reads.

Every fixture is invented for its test (names, places and wording).  Each test
states the whole set of issues its text holds, so an extra issue fails as surely
as a missing one.
"""

import pytest

from tests.extraction import at, facts_of, issues, kept_by_rules

VISIT = "副镇长邵明川来到枫溪农贸市场。"


def issues_in(text: str, visit: str = VISIT) -> set[tuple[str, str]]:
    return issues(facts_of(visit + text))


# ------------------------------------------------------------------ raisers
@pytest.mark.parametrize(
    "text, issue",
    [
        # the subject the analyser reads is the head after 的, past a relative clause
        # and before 向 + the official spoken to
        ("隔壁卖豆腐的徐大婶也向副镇长诉苦，市场顶棚漏雨。", "市场顶棚漏雨"),
        ("枫溪街的个体户莫师傅提出，市场周边缺少公共厕所。", "市场周边缺少公共厕所"),
        # a resident's family named by relation, and the head of a building's residents
        ("摊主老葛的女儿反映，市场夜间没有照明。", "市场夜间没有照明"),
        ("一位楼栋长提出，市场后门的垃圾没人清运。", "市场后门的垃圾没人清运"),
    ],
)
def test_raisers_the_word_list_lacks(text, issue):
    assert issues_in(text) == at("枫溪农贸市场", issue)


def test_an_organisation_after_a_possessive_does_not_speak():
    text = "镇上的供电公司提出，市场线路将于下月改造。"
    assert issues_in(text) == set()


def test_a_party_spoken_to_is_no_speaker():
    # the visiting deputies (代表们, the head of their posts) and a visiting party
    # (委员们) written after 对 are spoken to; the resident before them speaks
    visit = "区人大代表贺兰青、蒲志远来到枫溪农贸市场。"
    text = "鱼贩老鲍对代表们说：“冷柜离摊位太远，鱼放不住。”"
    # (the rules keep both; the learned filter's kept-item model (session 36) judges the later clause)
    assert ("枫溪农贸市场", "冷柜离摊位太远") in issues_in(text, visit)
    assert {"冷柜离摊位太远", "鱼放不住"} <= kept_by_rules(visit + text)
    text = "正在买菜的居民柏师傅对委员们说，市场地面太滑。"
    assert issues_in(text) == at("枫溪农贸市场", "市场地面太滑")


def test_the_head_of_the_unit_visited_speaks_for_it():
    # a named person whose post heads the unit a stop is (中心主任) is its host
    visit = "副区长邵明川来到枫溪颐养中心。"
    text = "中心主任龚秀芝介绍了情况。她坦言，中心的护理员招不到人。"
    assert issues_in(text, visit) == at("枫溪颐养中心", "中心的护理员招不到人")
    # a post under an organ of government is an official's
    text = "区民政局办公室主任龚秀芝坦言，中心的护理员招不到人。"
    assert issues_in(text, visit) == set()


def test_items_announced_by_a_head_noun_after_the_act():
    visit = "副区长邵明川来到枫溪颐养中心。"
    text = "院长坦言，中心目前存在两个方面的困难：床位不够用；护理员流失严重。"
    assert issues_in(text, visit) == at("枫溪颐养中心", "床位不够用", "护理员流失严重")


def test_a_place_name_starting_with_a_preposition_is_no_meeting():
    # 住在同安苑的X: 同 opens a place name, not 同 + the people met
    text = "住在同安苑小区的滕大叔反映，单元门的门禁坏了。"
    assert issues_in(text) == at("枫溪农贸市场", "单元门的门禁坏了")


def test_a_person_named_after_a_raiser_word_is_the_subject():
    # 沿街商户、开茶馆的X说: the raiser word qualifies the person the analyser names
    text = "沿街商户、在市场口开茶馆的詹师傅说，门口的护栏挡住了客人。"
    assert issues_in(text) == at("枫溪农贸市场", "门口的护栏挡住了客人")


def test_the_speaker_opening_a_later_clause_is_trimmed():
    # (the request names another matter: a request for the toilet the complaint lacks is
    # the same issue since session 31, tests/test_doubles31.py)
    text = "摊主们反映，市场里没有公厕，他们希望尽快疏通排水沟。"
    assert issues_in(text) == at("枫溪农贸市场", "市场里没有公厕", "尽快疏通排水沟")


# ------------------------------------------------------------------ discussion with the people met
def test_topics_discussed_with_the_people_met():
    visit = "区人大代表蒲志远来到枫溪社区。"
    assert issues_in("蒲志远与居民交流了小区充电桩不足问题。", visit) == at("枫溪社区", "小区充电桩不足")
    text = "蒲志远同居民代表就楼道堆物、绿化缺管等问题进行了讨论。"
    assert issues_in(text, visit) == at("枫溪社区", "楼道堆物", "绿化缺管")
    # no head noun closing the object, or no residents met: no issue
    assert issues_in("蒲志远与居民交流了社区治理工作。", visit) == set()
    assert issues_in("蒲志远与街道干部交流了小区充电桩不足问题。", visit) == set()


# ------------------------------------------------------------------ raising acts
def test_telling_an_official():
    # 告诉 + the person told, then the content after the comma
    # (a fee that rose, 涨, is a problem word: the count in its clause is no background)
    text = "菜农小柴告诉邵明川，市场摊位费一年涨了两次，冷库也太小。"
    assert issues_in(text) == at("枫溪农贸市场", "市场摊位费一年涨了两次", "冷库也太小")
    # what is told is an account: praise states no problem
    assert issues_in("菜农小柴告诉邵明川，市场的管理比以前好多了。") == set()
    # the official telling residents is no raising
    assert issues_in("邵明川告诉摊主们，市场改造将在年底完成。") == set()


def test_a_short_phrase_after_an_act_of_degree():
    assert issues_in("摊主们反映最多的是缺车位。") == at("枫溪农贸市场", "缺车位")


# ------------------------------------------------------------------ clause markers
def test_alternatives_and_urgent_needs_are_further_issues():
    text = "居民提出，市场能不能延长营业时间，或者增设早市。"
    # (the rules keep both; the learned filter's kept-item model (session 36) judges the later clause)
    assert ("枫溪农贸市场", "市场能不能延长营业时间") in issues_in(text)
    assert {"市场能不能延长营业时间", "增设早市"} <= kept_by_rules(VISIT + text)
    text = "摊主说，雨天棚顶漏水，急需更换顶棚。"
    assert issues_in(text) == at("枫溪农贸市场", "雨天棚顶漏水", "急需更换顶棚")
    text = "摊主说，市场的环境还不错，可就是冷库太小。"
    assert issues_in(text) == at("枫溪农贸市场", "冷库太小")


def test_a_community_cadre_read_as_the_subject_speaks():
    # the subject the analyser reads holds a community cadre's name: a raiser
    visit = "区长沈一鸣来到柳荫居民区。"
    text = "居民区党总支书记芮晓红向沈一鸣介绍，小区已有三幢加装了电梯，但其余楼栋意见不统一，迟迟推进不了。"
    # (the rules keep both; the learned filter's kept-item model (session 36) judges the later clause)
    assert ("柳荫居民区", "其余楼栋意见不统一") in issues_in(text, visit)
    assert {"其余楼栋意见不统一", "迟迟推进不了"} <= kept_by_rules(visit + text)


def test_a_bare_speech_verb_right_after_its_raisers():
    # 有的说A，有的说B: each speaker's words run to the next one's
    assert issues_in("摊主们七嘴八舌。有的说冷库小，有的说车位少。") == at("枫溪农贸市场", "冷库小", "车位少")
    text = "大家说菜价实惠，就是市场里太闷热了。"
    assert issues_in(text) == at("枫溪农贸市场", "市场里太闷热了")
    # 说 inside a longer word (说明) is no speech verb; an official's bare 说 is no raising
    assert issues_in("大家说明了来意。") == set()
    assert issues_in("邵明川说要尽快解决停车难。") == set()


def test_a_person_of_an_organisation_complains_in_quotes():
    # 公司创始人X向邵主任“吐槽”：“…”: the act in quotes, its words after the colon; the
    # person the analyser names after the organisation speaks, the official addressed
    # by surname and title after 向 is spoken to
    text = "园区一家公司的创始人小顾向邵主任“吐槽”：“招来的技术员留不住。”"
    assert issues_in(text) == at("枫溪农贸市场", "招来的技术员留不住")
    # the organisation alone is no speaker
    assert issues_in("供电公司向邵主任“吐槽”：“线路改造的资金不够。”") == set()


# ------------------------------------------------------------------ a subject left out
def test_a_raising_with_no_subject_goes_on_with_the_residents_before():
    # Chinese drops the subject that goes on: the next sentence's act is the same raiser's
    text = "摊主柯美兰反映，市场的排水沟堵了半个月。还希望在市场门口划几个临时停车位。"
    assert issues_in(text) == at("枫溪农贸市场", "市场的排水沟堵了半个月", "在市场门口划几个临时停车位")
    # after an official's remark, the act with no subject is the official's
    text = "邵明川指出，市场的排水沟要尽快疏通。同时希望摊主们共同维护市场环境卫生。"
    assert issues_in(text) == set()
    # the clauses before the act of such a sentence are the same speaker's words
    text = "摊主柯美兰反映，市场的排水沟堵了半个月。后门的道闸也经常失灵，希望尽快修好。"
    # (希望尽快修好 asks that it be dealt with, no issue of its own: issue_items.bare_request)
    assert issues_in(text) == at("枫溪农贸市场", "市场的排水沟堵了半个月", "后门的道闸也经常失灵")
    # a sentence in between that raises nothing ends the residents' turn
    text = "摊主柯美兰反映，市场的排水沟堵了半个月。邵明川随后察看了排水沟。同时希望尽快修好市场大门。"
    assert issues_in(text) == at("枫溪农贸市场", "市场的排水沟堵了半个月")


def test_residents_raising_inside_an_official_remark_is_theirs():
    # a deputy tells what residents raised: the residents open their clause and raise
    visit = "区人大代表严冬梅来到枫溪农贸市场。"
    text = "严冬梅说，她这个月走访了附近十几户居民，大家集中反映了两件事：冷库不够用、夜间照明不足。"
    assert issues_in(text, visit) == at("枫溪农贸市场", "冷库不够用", "夜间照明不足")
    # a raiser word inside the official's own words (代表建议) is no subject
    text = "严冬梅表示，会把收集到的问题整理成代表建议，督促有关部门解决。"
    assert issues_in(text, visit) == set()


def test_a_count_and_a_colon_announce_the_items():
    # 反映三件事：A、B、C: the count's noun is no item; the items follow the colon
    text = "摊主们反映了三件事：冷库不够用、市场顶棚漏雨、后门的垃圾没人清运。"
    assert issues_in(text) == at("枫溪农贸市场", "冷库不够用", "市场顶棚漏雨", "后门的垃圾没人清运")


def test_a_quotation_split_by_a_community_cadre_is_theirs():
    # “A，”X说，“B”: a community cadre named after the quotation's first part speaks it
    visit = "副区长邵明川来到枫溪社区。"
    text = "社区党委书记鲁晓燕陪同察看。“我们最发愁的是活动室太小，”鲁晓燕说，“下雨天老人们没地方去。”"
    assert issues_in(text, visit) == at("枫溪社区", "我们最发愁的是活动室太小", "下雨天老人们没地方去")


# ------------------------------------------------------------------ session 11: a second frame, lists before a consequence
@pytest.mark.fast
@pytest.mark.parametrize(
    "text, expected",
    [
        # other raisers opening an act of their own end the first speech: the next frame
        ("有摊主向副镇长反映冷库老化的问题，希望尽快解决；还有摊主提出停车位太少。", {"冷库老化", "停车位太少"}),
        ("摊主代表提出冷库老化，另有摊主反映停车位太少。", {"冷库老化", "停车位太少"}),
        # 不及时 ends in 时 without being a time clause (issue_condition_end_words.txt)
        ("摊主反映，地面排水不畅、垃圾清运不及时，影响经营。", {"地面排水不畅", "垃圾清运不及时"}),
        # a list opening the speech is complaints, not one counting background clause
        # (存在安全隐患: the effect of the complaint before it, kg.extract.issue_effects; a
        # hazard of a named kind, 存在火灾隐患, is an issue since CLAUSES30 rule 2)
        ("摊主反映，过道杂物多、电线私拉乱接，存在安全隐患。", {"过道杂物多", "电线私拉乱接"}),
    ],
)
def test_the_next_raising_and_a_list_before_its_consequence(text, expected):
    assert issues_in(text) == at("枫溪农贸市场", *expected)


@pytest.mark.fast
def test_a_later_clause_telling_how_often_a_thing_goes_wrong_is_a_complaint():
    # issue_trouble_words.txt (总是, 经常): the later clause complains though it holds no problem word
    assert issues_in("摊主反映，市场顶棚老化，下雨天总是往下滴水。") == at("枫溪农贸市场", "市场顶棚老化", "下雨天总是往下滴水")
