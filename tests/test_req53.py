"""Session 53 (lead): a clause asking for something (`issue_clause_markers.tsv` request:
希望, 盼望, 期盼, 盼着) after the complaint is asked for, never the background the
`standing` guard drops (盼望X能开设课后Y read as told after an event, 课后).  Fixtures invented."""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

HEAD = "区长走访青石社区\n\n2025年4月9日，青溪区区长林志远来到青石街道青石社区调研。"


@pytest.mark.parametrize("said, asked", [
    ("家长代表潘大姐提出，幼儿园下午四点就放学，盼望幼儿园能开设课后托管班。", "开设课后托管班"),
    ("居民王大爷说，孩子下午三点半就放学了，期盼社区能开办课后辅导班。", "开办课后辅导班"),
])
def test_a_request_after_the_complaint_is_read(said, asked):
    got = {label for _, label in issues(facts_of(HEAD + said + "\n林志远表示，要抓紧解决。"))}
    assert any(asked in label for label in got), got


def test_a_background_clause_after_the_complaint_stays_out():
    # (the guard the request is exempt from: a unit set up recently is background)
    text = HEAD + "居民王大爷说，楼道灯坏了一个多月没人修，社区刚成立不久。\n林志远表示，要抓紧解决。"
    got = {label for _, label in issues(facts_of(text))}
    assert "楼道灯坏了一个多月没人修" in got and not any("刚成立" in label for label in got), got
