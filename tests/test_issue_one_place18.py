"""Issue placement, session 18: a raising made once is filed at one place.

When the scene alone gives several places (a tour of stops told before the raising),
the residents raised their issues at one of them; the sealed pool's golds file such
an issue once.  A sentence that itself names several stops (在A、B两个走访点，…听取
居民关于X的诉求) tells a raising at each.  Every fixture is invented.
"""

import pytest

from tests.extraction import at, facts_of, issues

TOUR = "2024年9月2日，镇长邵明远先后来到青石镇中学和柳湾小学。"


@pytest.mark.fast
def test_a_raising_after_a_tour_told_before_is_filed_at_one_stop():
    got = issues(facts_of(TOUR + "新建的食堂已完成验收，餐厅明亮整洁。学校负责人汇报说，学校宿舍床位仍然不足。"))
    assert got == at("青石镇中学", "学校宿舍床位仍然不足")


@pytest.mark.fast
def test_a_raising_in_the_next_paragraph_of_a_tour_is_filed_at_one_stop():
    got = issues(facts_of(TOUR + "\n\n家长们反映，校门前的乡道没有减速带，孩子上下学不安全。"))
    assert got == at("青石镇中学", "校门前的乡道没有减速带", "孩子上下学不安全")


@pytest.mark.fast
def test_a_sentence_naming_its_stops_files_the_raising_at_each():
    got = issues(facts_of(TOUR + "\n\n在青石镇中学、柳湾小学两个走访点，邵明远认真听取家长关于增设校车的诉求。"))
    assert got == at("青石镇中学", "增设校车") | at("柳湾小学", "增设校车")
