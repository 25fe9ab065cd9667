"""Issue lists and request shapes of session 28 (from a newcomer's invented reports and
FAULTS28): a topic list written with ，and closed by 等; a petition list (等群众诉求) an
official follows up; 和 read by the analyser; an open 、-list of complaints; a wish asking
a level for help; a quoted wish restating the matter raised.  Every fixture is invented;
the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

VISIT = "2025年3月12日，区长韩立新来到松溪街道柳荫社区，"
VILLAGE = "2025年3月12日，县长韩立新来到青石镇柳溪村，察看了村里的果品合作社。"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


# 1. ，between the noun phrases of a topic list closed by 等 + a head noun


@pytest.mark.fast
@pytest.mark.parametrize(
    "topic, expected",
    [
        ("听取居民对修缮单元门禁，楼道堆放杂物等问题的意见建议。", {"修缮单元门禁", "楼道堆放杂物"}),
        ("听取居民对路灯不亮，小区车位紧张，垃圾清运不及时等问题的意见。", {"路灯不亮", "小区车位紧张", "垃圾清运不及时"}),
        ("听取居民关于增设充电桩，楼顶渗水等方面的诉求。", {"增设充电桩", "楼顶渗水"}),
    ],
)
def test_a_comma_separates_a_topic_list_closed_by_deng(topic, expected):
    assert labels(VISIT + topic) == expected


@pytest.mark.fast
def test_a_comma_topic_list_reads_as_the_same_list_with_dunhao():
    comma = labels(VISIT + "听取居民对修缮单元门禁，楼道堆放杂物等问题的意见建议。")
    dunhao = labels(VISIT + "听取居民对修缮单元门禁、楼道堆放杂物等问题的意见建议。")
    assert comma == dunhao == {"修缮单元门禁", "楼道堆放杂物"}


@pytest.mark.fast
def test_a_clause_with_its_own_subject_after_the_comma_is_no_list_item():
    # 居民提出了X等建议 is a clause with its own subject and act: the topic before it is
    # no item of a list
    found = labels(VISIT + "对小区停车管理，居民提出了增设充电桩等建议。")
    assert "小区停车管理" not in found


# 2. a petition list (等 + 群众/居民诉求) followed up by an official


@pytest.mark.fast
@pytest.mark.parametrize(
    "verb, tail",
    [
        ("了解了", "的办理情况"),
        ("跟进", "的落实情况"),
        ("详细了解", "的办理进度"),
    ],
)
def test_a_petition_list_an_official_follows_up_is_raised(verb, tail):
    found = labels(VISIT + f"{verb}楼道照明不亮、单元门禁失灵等居民诉求{tail}。")
    assert found == {"楼道照明不亮", "单元门禁失灵"}


@pytest.mark.fast
def test_a_petition_list_without_a_problem_word_is_raised():
    # (供暖温度偏低 holds no problem word of the lexicon: the raising head decides)
    found = labels(VISIT + "了解了老楼供暖温度偏低、小区外墙掉皮等群众诉求的办理情况。")
    assert found == {"老楼供暖温度偏低", "小区外墙掉皮"}


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence",
    [
        "了解了老楼供暖温度偏低、小区外墙掉皮等工作的推进情况。",
        "跟进了楼道照明、单元门禁等工作的落实情况。",
    ],
)
def test_a_list_of_work_an_official_follows_up_is_no_raising(sentence):
    assert labels(VISIT + sentence) == set()


# 3. 和 as the analyser reads it


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("村民希望解决冬季取暖和灌溉渠道维修问题。", {"冬季取暖", "灌溉渠道维修"}),
        ("居民反映冬季取暖和道路照明问题。", {"冬季取暖", "道路照明"}),
        ("村民们围绕老年助餐、冬季取暖和饮水安全等提出意见建议。", {"老年助餐", "冬季取暖", "饮水安全"}),
    ],
)
def test_he_after_nuan_splits_where_the_analyser_reads_a_conjunction(sentence, expected):
    assert labels(VISIT + sentence) == expected


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("居民反映楼里冬天不暖和。", "楼里冬天不暖和"),
        ("居民反映邻里关系不和谐。", "邻里关系不和谐"),
    ],
)
def test_he_inside_a_word_splits_nothing(sentence, expected):
    assert labels(VISIT + sentence) == {expected}


# 4. a quoted wish restating the matter raised, and the speaker's health before it


@pytest.mark.fast
@pytest.mark.parametrize("wish", ["最盼望的就是早日装上电梯", "就盼着尽快装上电梯"])
def test_a_quoted_wish_restating_the_raised_build_is_one_issue(wish):
    found = labels(
        VISIT + "与居民代表交流。网格员介绍，居民反映最集中的是加装电梯和楼道照明问题。"
        f"居民赵春兰说：“我住在七楼，腿脚不好，{wish}。”"
    )
    assert found == {"加装电梯", "楼道照明"}


@pytest.mark.fast
def test_a_wish_to_build_another_thing_stands():
    found = labels(
        VISIT + "与居民代表交流。网格员介绍，居民反映最集中的是加装电梯问题。"
        "居民赵春兰说：“小区晚上太黑，盼着早日装上路灯。”"
    )
    assert "加装电梯" in found and any("路灯" in f for f in found)


# 5. an open 、-list of short complaints after a raising act and a colon


@pytest.mark.fast
@pytest.mark.parametrize(
    "who",
    ["社区书记白晓燕向韩立新汇报了社区近期收集的民意", "白晓燕向韩立新汇报了近期收集的民意", "居民代表向韩立新反映"],
)
def test_an_open_dunhao_list_of_complaints_is_a_list_of_items(who):
    found = labels(
        "2025年3月12日，区长韩立新来到松溪街道柳荫社区。\n"
        f"在柳荫社区服务站，{who}：老旧楼栋屋顶渗水、背街小巷路灯不亮、冬季清雪人手不够；辖区有40多名独居老人，希望增设一处助餐点。"
    )
    assert {"老旧楼栋屋顶渗水", "背街小巷路灯不亮", "冬季清雪人手不够"} <= found


@pytest.mark.fast
def test_an_open_list_without_problems_is_no_list_of_items():
    # a briefing's nouns (no problem in any part) are no complaints
    found = labels(
        "2025年3月12日，区长韩立新来到松溪街道柳荫社区。\n"
        "在柳荫社区服务站，社区书记白晓燕向韩立新介绍了社区近期的工作：新建的社区食堂、翻新的老年活动室、扩建的儿童游乐场地。"
    )
    assert not {"新建的社区食堂", "翻新的老年活动室", "扩建的儿童游乐场地"} & found


# 6. a wish asking a level for help: the remaining object decides


@pytest.mark.fast
@pytest.mark.parametrize(
    "wish, expected",
    [
        ("希望县里帮助对接电商平台", "对接电商平台"),
        ("希望县里帮我们联系收购商", "联系收购商"),
        ("希望县里帮助建一座冷库", "建一座冷库"),
    ],
)
def test_a_help_request_naming_an_act_is_an_issue(wish, expected):
    found = labels(VILLAGE + f"村党支部书记周长福说，合作社的果品储存难，运输成本高，{wish}。")
    assert expected in found


@pytest.mark.fast
@pytest.mark.parametrize(
    "wish",
    ["希望县里协调相关部门给予资金支持", "希望上级给予帮助", "希望政府帮助协调", "希望区里加大扶持力度"],
)
def test_a_help_request_naming_only_help_is_no_issue(wish):
    found = labels(VILLAGE + f"村党支部书记周长福说，合作社的果品储存难，运输成本高，{wish}。")
    assert found == {"合作社的果品储存难", "运输成本高"}
