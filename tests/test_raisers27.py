"""Session 27 (newcomer's item 6): a list of raisers, each a title and a name, joined by
、 or 和, raises as any one of them does: an organ word of an earlier item (业委会's 委)
does not make a later item's unit title (物业经理) an official's.  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

VISIT = "2025年4月11日，副区长韦思远来到桂香社区走访。"
ISSUE = "楼顶水箱锈蚀严重"


def raised(raisers: str) -> set[tuple[str, str]]:
    return issues(facts_of(f"{VISIT}{raisers}反映，{ISSUE}。\n"))


@pytest.mark.fast
@pytest.mark.parametrize("first", ["业委会主任葛长青", "社区党委书记葛长青", "居委会副主任葛长青", "居民葛长青"])
@pytest.mark.parametrize("join", ["、", "和"])
@pytest.mark.parametrize("second", ["物业经理蓝晓燕", "养老院院长蓝晓燕", "卫生服务站站长蓝晓燕"])
def test_a_list_of_raisers_raises(first, join, second):
    assert raised(first + join + second) == {("桂香社区", ISSUE)}


@pytest.mark.fast
@pytest.mark.parametrize("second", ["物业经理蓝晓燕", "养老院院长蓝晓燕"])
def test_each_raiser_alone_raises(second):
    assert raised(second) == {("桂香社区", ISSUE)}


@pytest.mark.fast
@pytest.mark.parametrize("official", ["区法院院长蓝晓燕", "区卫健局局长蓝晓燕", "街道卫生站站长蓝晓燕"])
@pytest.mark.parametrize("first", ["", "业委会主任葛长青、", "业委会主任葛长青和"])
def test_a_unit_head_under_an_organ_in_their_own_item_is_no_raiser(first, official):
    # precision: the organ written in the title's own item (区法院, 街道) still makes it an official's
    assert raised(first + official) == set()
