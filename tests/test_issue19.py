"""Session 19: what is and is not a residents' issue (the fresh readable probes 56-57).
Fixtures are invented; each runs the whole pipeline (kg.build_texts)."""

from __future__ import annotations

import pytest

import kg

VISIT = "2025年4月9日，副区长程立新来到桂湾街道枫林社区走访。"


def _issues(text: str) -> set[str]:
    built = kg.build_texts({"r.txt": text})
    return {issue.label for f in built.facts.values() for issue in f.issues}


@pytest.mark.fast
def test_the_officials_directive_on_the_raised_opinions_raises_nothing():
    # 意见建议 after 的 is the noun of 群众提出的 (kg.extract.issue_frames: head prefix + 的),
    # and the words after it are what officials are told to do with it
    labels = _issues(VISIT + "居民们反映，小区路灯不亮。\n\n调研中，程立新指出，基层治理要落细落实。他强调，"
                     "民生实事要从群众最关心的问题入手。各部门要把走访中群众提出的意见建议梳理归类，"
                     "明确牵头单位和办结时间，做到条条有答复。")
    assert "小区路灯不亮" in labels, labels
    assert not any("牵头单位" in label or "条条有答复" in label for label in labels), labels


@pytest.mark.fast
def test_an_estates_kind_and_age_is_background_not_a_complaint():
    # 老旧小区 names a kind of estate (issue_items.ESTATE_KIND): no problem word for DATED
    labels = _issues(VISIT + "社区书记唐慧汇报说，枫林社区是1996年建成的老旧小区，目前最要紧的是两件事：楼道墙皮脱落，雨污管道混接。")
    assert {"楼道墙皮脱落", "雨污管道混接"} <= labels, labels
    assert not any("建成" in label for label in labels), labels


@pytest.mark.fast
def test_geng_inside_a_clause_is_a_comparative_not_another_complaint():
    # 更 marks another complaint only opening its clause (issue_clause_markers.tsv parallel-open)
    labels = _issues(VISIT + "有家长建议，延长少年宫开放时间，与学生放学时间更好衔接。")
    assert "延长少年宫开放时间" in labels, labels
    assert not any("衔接" in label for label in labels), labels


@pytest.mark.fast
def test_a_wish_written_with_pan_zhe_is_a_request():
    # 盼着 is a request marker (issue_clause_markers.tsv): the later clause is asked for
    labels = _issues(VISIT + "一位老住户说：“屋顶老了，老鼠也多，盼着政府能统一组织一次灭鼠。”")
    assert any("统一组织一次灭鼠" in label for label in labels), labels


@pytest.mark.fast
def test_an_accounts_topic_is_no_issue_and_an_opinion_head_closes_a_label():
    # 汇报了X近期工作: the account's topic (issues.ACCOUNT_TOPIC); …的建议 is trimmed (issue_items._ITEM_HEAD)
    labels = _issues(VISIT + "社区书记唐慧汇报了社区“两委”近期工作，并提出希望在广场东侧增设一处充电棚的建议。")
    assert "在广场东侧增设一处充电棚" in labels, labels
    assert not any("近期" in label for label in labels), labels


@pytest.mark.fast
def test_a_things_age_written_before_it_is_no_part_of_the_label():
    # issue_items.AGED_MODIFIER: 那条上世纪80年代修的X — the age modifies, the complaint is about X
    labels = _issues(VISIT + "村民代表李大山反映，村里那条上世纪80年代修的排洪沟淤堵严重。")
    assert "排洪沟淤堵严重" in labels, labels


@pytest.mark.fast
def test_bu_shao_is_a_quantity_not_a_lack():
    # issue_words.problem: 少 after 不 is 不少 (many); an account's clause of how many is background
    labels = _issues(VISIT + "社区书记唐慧介绍，辖区还有不少同一年代的砖混楼栋，居民普遍希望对楼道电线进行更换。")
    assert any("楼道电线进行更换" in label for label in labels), labels
    assert not any("砖混楼栋" in label for label in labels), labels

