"""Faults of the p126 probe (north-east urban community work), session 38: invented fixtures,
each with a precision twin.  See /work/briefs/FAULTS38_p126_out.md."""

import pytest

from tests.extraction import COUNTY_VISIT, facts_of, issues, kept_by_rules, labels_in_village, visits

pytestmark = pytest.mark.fast

TOUR = "3月2日，区委书记周海波到青山街道蹲点调研。"


def test_a_street_holds_the_estate_written_after_its_de():
    # 来到X街的Y小区: the estate is the stop, inside the street (not the street itself)
    f = facts_of(TOUR + "下午，周海波来到民主东街的松园里小区。楼长反映，楼道里堆满杂物。")
    assert ("周海波", "松园里小区") in visits(f)
    assert ("松园里小区", "楼道里堆满杂物") in issues(f)


def test_a_street_before_a_generic_thing_stays_the_stop():
    # precision twin: 和平街的居民 / 的垃圾站 name no place inside the street
    f = facts_of(TOUR + "下午，周海波来到民主东街的垃圾站。")
    assert not any(place == "垃圾站" for _, place in visits(f))


def test_a_place_named_after_a_dash_is_the_stop():
    f = facts_of(TOUR + "中午，周海波在社区的“长者食堂”试点——柳北社区康乐餐厅，和老人们一起吃了午餐。"
                 "社区党委书记王敏介绍，餐厅场地只有60平方米，高峰时排队要等半个小时。")
    assert ("周海波", "康乐餐厅") in visits(f)
    assert ("康乐餐厅", "高峰时排队要等半个小时") in issues(f)


def test_a_counted_set_before_a_dash_keeps_its_members():
    # precision twin: X的两个项目——A和B names two stops, not one
    f = facts_of("3月2日，县长郑海来到云溪镇的两个民生项目——云溪村卫生室和金桂花园社区。")
    assert {p for _, p in visits(f)} >= {"云溪村卫生室", "金桂花园社区"}


def test_a_counted_thing_is_no_place_name():
    # 盼着在小区旁边的空地上建一处社区食堂: a wish, no visited site; the paragraph's wishes
    # stay at the estate toured
    f = facts_of(TOUR + "第一站是松园小区。老人们说，楼顶漏水。\n\n"
                 "网格员小李告诉周海波，居民最盼的是两件事：一是希望小区纳入明年改造计划，"
                 "二是盼着在小区旁边的空地上建一处社区食堂。")
    places = {p for p, _ in issues(f)}
    assert places == {"松园小区"}
    assert not any("一处" in p for _, p in visits(f))


def test_an_ordinal_place_keeps_its_name():
    # precision twin: 第一所 is an ordinal, the school a place
    f = facts_of("3月2日，县长郑海来到城关第一小学。老师反映，操场跑道破损。")
    assert ("郑海", "城关第一小学") in visits(f)


def test_a_deputy_who_directs_the_community_raises_there_to_the_party():
    # 在X座谈时，区人大代表、社区居委会主任A反映了…: the visiting party is at X
    text = ("10月26日，区人大常委会主任韩丽率部分区人大代表来到永安街道，调研老旧小区改造。\n\n"
            "在春风社区春和小区，韩丽察看了外墙保温施工。\n\n"
            "在北岭社区座谈时，区人大代表、社区居委会主任于红反映了楼道内管线杂乱等问题。")
    f = facts_of(text)
    assert ("韩丽", "北岭社区") in visits(f)
    assert ("北岭社区", "楼道内管线杂乱") in issues(f)


def test_a_deputy_speaking_in_a_meeting_they_convene_is_not_a_raiser():
    # precision twin: the deputy is the subject of a meeting verb, no raising act: the
    # visit stays theirs alone (no visit for the lead from this clause)
    text = ("10月26日，区人大常委会主任韩丽来到永安街道，调研老旧小区改造。\n\n"
            "在北岭社区，区人大代表、社区居委会主任于红主持召开了议事会。")
    f = facts_of(text)
    assert ("韩丽", "北岭社区") not in visits(f)


def test_a_head_noun_with_a_predicate_does_not_close_the_list():
    labels = labels_in_village("村民代表反映了加装电梯意见难统一、楼道内管线杂乱、楼前空地缺少晾晒场所等问题。")
    assert labels == {"加装电梯意见难统一", "楼道内管线杂乱", "楼前空地缺少晾晒场所"}


def test_a_bare_head_noun_still_closes_its_list():
    # precision twin: 停车问题 (no predicate after the head) is the topic 停车
    assert labels_in_village("村民反映了停车问题。") == {"停车"}


def test_problems_raised_most_as_a_relative_clause_are_no_content():
    assert labels_in_village("县长郑海对群众反映集中的问题开展回头看。") == set()


def test_problems_raised_most_then_a_copula_name_the_content():
    # precision twin: 反映最多的问题是X reads X
    assert labels_in_village("村民反映最多的问题是村道坑洼不平。") == {"村道坑洼不平"}


def test_how_often_problems_come_names_no_matter():
    assert labels_in_village("今年以来，镇里对高频诉求实行专项治理。") == set()


def test_a_continued_point_before_a_new_raising_is_read():
    # 另外X，居民希望Y: X goes on with the speech before, Y is the residents' own raising
    labels = labels_in_village("网格员小王告诉郑海，村里两栋楼屋面漏雨；另外村口的公交站台被私家车占用，居民希望能划线管理。")
    assert "村口的公交站台被私家车占用" in labels


def test_a_continuation_opening_with_its_raisers_stays_theirs():
    # precision twin: 还有选民围绕X提出了建议: the raisers open the clause, nothing goes on
    labels = labels_in_village("村民反映，路灯不亮；还有选民围绕停车难等问题提出了建议。")
    assert "路灯不亮" in labels and not any("选民" in label for label in labels)


def test_a_benefit_reaching_only_some_is_a_complaint():
    assert labels_in_village("村民反映，政府的助餐补贴只覆盖80岁以上老人。") == {"政府的助餐补贴只覆盖80岁以上老人"}


def test_a_figure_with_no_limit_is_a_statistic():
    # precision twin: the figure alone states no problem
    assert labels_in_village("村民反映，政府的助餐补贴发给80岁以上老人。") == set()


def test_a_problem_someone_finally_mends_is_praise():
    f = facts_of("“楼顶漏了好几年，今年总算有人来修了！”说起小区的变化，青山社区居民刘梅笑得合不拢嘴。\n\n"
                 "12月3日，区长石海来到青山社区松林小区。居民代表王立说，冬季路面结冰没人撒融雪剂。")
    assert not any("楼顶" in label for _, label in issues(f))


def test_a_problem_nobody_mends_is_raised():
    # precision twin
    f = facts_of("12月3日，区长石海来到青山社区松林小区。居民说：“楼顶漏了好几年，一直没人修。”")
    assert any("楼顶漏了好几年" in label for _, label in issues(f))


def test_a_pronoun_holding_the_official_as_object_is_the_resident():
    # 她拉着<official>的手说: 她 is not that official, but the resident whose home it is
    text = COUNTY_VISIT + "\n\n郑海走进独居老人洪秀兰家。她拉着郑海的手说，家里的暖气今年烧得不错，就是厨房那组暖气片一直不热。"
    assert "厨房那组暖气片一直不热" in {label for _, label in issues(facts_of(text))}


def test_a_pronoun_of_the_official_is_no_raiser():
    # precision twin: 她 opening the sentence after the official acted, no official as object
    text = ("12月3日，县长柳红来到石门镇青山村调研。\n\n"
            "柳红走进村民家中。她说，暖气片不热的问题一定尽快解决。")
    assert not issues(facts_of(text))


def test_a_clause_announcing_the_items_is_no_issue():
    labels = labels_in_village("老党员说，楼里的暖气今年倒是热了，可村里问题还不少，包括楼顶防水层老化、院内下水道经常返味。")
    assert labels == {"楼顶防水层老化", "院内下水道经常返味"}


def test_a_bare_listing_after_a_head_noun_keeps_its_items():
    # precision twin: 遇到了不少难题，问题包括A、B: the listing read as before (FAULTS37_p112)
    labels = labels_in_village("楼长告诉郑海，大家盼电梯盼了好几年，但也遇到了不少难题，问题包括施工期间出行不便以及维保费用如何分摊。")
    assert {"施工期间出行不便", "维保费用如何分摊"} <= labels
    assert not any("难题" in label for label in labels)


def test_a_guess_at_the_cause_is_no_issue():
    text = COUNTY_VISIT + "村民说，家里的暖气今年烧得不错，就是厨房那组暖气片一直不热，怀疑是管道里有空气。"
    assert kept_by_rules(text) == {"厨房那组暖气片一直不热"}


def test_a_guess_alone_is_still_read():
    # precision twin: no complaint before it, the guess is what was said
    assert labels_in_village("村民说，可能是管道里有空气。") == {"可能是管道里有空气"}
