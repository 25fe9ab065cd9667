"""Visits, session 12 (helper VISITS12): a verb of asking (询问) tells where
the official is only with the people asked (询问了X村的村民), not at a place the
paragraph names (asking, like speech, may be anywhere).

Every fixture is invented for these tests.
"""

import pytest

from kg.extract.visit_verbs import _asks
from tests.extraction import facts_of, visits


@pytest.mark.fast
def test_asking_is_its_own_kind_of_presence_verb():
    assert _asks().fullmatch("询问") and not _asks().fullmatch("座谈")


@pytest.mark.fast
def test_asking_about_a_place_named_in_the_paragraph_is_no_visit_to_it():
    f = facts_of(
        "5月6日，副区长钟明远来到青松社区，察看养老服务中心。\n\n"
        "据介绍，街道今年计划在白杨村新建一处日间照料中心。钟明远详细询问了项目的资金来源和建设进度。"
    )
    assert visits(f) == {("钟明远", "青松社区")}


@pytest.mark.fast
def test_asking_alone_where_the_paragraph_opens_is_no_presence_but_looking_is():
    opening = "5月6日，副区长钟明远来到白杨村，听取村干部汇报。\n\n在白杨村梨园基地，果农们正忙着采摘。"
    asked = facts_of(opening + "钟明远询问今年的收成。")
    looked = facts_of(opening + "钟明远察看了分拣车间。")
    assert not any(place.endswith("梨园基地") for _, place in visits(asked))
    assert any(place.endswith("梨园基地") for _, place in visits(looked))


@pytest.mark.fast
def test_asking_a_places_residents_is_still_a_visit_to_it():
    f = facts_of("5月6日，副区长钟明远询问了白杨村的村民，了解秋收情况。村民反映，烘干设备不够用。")
    assert ("钟明远", "白杨村") in visits(f)


@pytest.mark.fast
def test_a_talk_at_the_paragraphs_place_is_still_a_visit():
    # (an activity verb, not asking: 座谈 where the paragraph opens)
    f = facts_of("5月6日，在白杨村，副区长钟明远与村民座谈。村民反映，烘干设备不够用。")
    assert ("钟明远", "白杨村") in visits(f)
