"""Session 39, the lead's invented shapes: requests a resident makes of benefit schemes and costs.

1. A request to be brought under a benefit scheme (希望纳入…报销范围: `issue_benefit_words.txt`,
   `issue_items.planned`) names what is asked; a request that the complaint before be put on a
   plan of works (尽快纳入维修计划) still names nothing new.
2. A share after a verb changing it (提高报销比例: `issue_change_verbs.txt`) is a request's
   object, no statistic of an account (老年人占比超过四成 still is).
3. A cost that is large (药费开销大: 大 in `issue_cost_rise_words.txt`) weighs as a heavy one does,
   so a resident telling it to the visitor (告诉县长，X: the account reading) states a problem;
   大 opening another word (大幅, 大量) is no predicate.
4. A unit named after a site whose type word is its whole name (创业园社区) is named, however
   generic the type word's first word (`place_proper_part.has_proper_part`); the site alone is not.
5. A paragraph opening with a place is about it only when the analyser reads one there: a name part
   cut at a preposition before an organ (`记者从县住建局获悉`: 记者从县) is no place
   (`place_check.clause_cut`, now read on the topic too: `Reader.read_paragraph`).
Invented fixtures; each with a precision twin.
"""

import pytest

from kg.extract.issue_items import planned, statistic
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


def test_a_request_to_come_under_a_benefit_scheme_is_an_issue():
    labels = labels_in_village("村民周德才说，自己常年吃药，希望能纳入门诊慢特病报销范围。")
    assert any("纳入门诊慢特病报销范围" in label for label in labels)


def test_a_request_to_put_the_complaint_on_a_works_plan_names_nothing_new():
    labels = labels_in_village("村民反映，通组路坑坑洼洼，希望尽快纳入维修计划。")
    assert not any("维修计划" in label for label in labels)
    assert planned("尽快纳入维修计划") and not planned("早日列入临时救助名单范围")


def test_a_share_asked_to_change_is_no_statistic():
    assert any("报销比例" in label for label in labels_in_village("村民们希望提高大病医保报销比例。"))
    assert not statistic("希望降低自付比例") and statistic("全村老年人占比超过四成")


def test_a_large_cost_told_to_the_visitor_states_a_problem():
    labels = labels_in_village("村民吴秀英告诉县长，孩子在县城读书，每个月的花销大。")
    assert any("花销大" in label for label in labels)


def test_a_cost_falling_by_a_large_margin_is_told_by_no_large_cost():
    assert not any("费用" in label for label in labels_in_village("村民吴秀英告诉县长，今年取暖费用大幅下降。"))


# --- 4. a unit named after a site whose type word is its whole name (place_proper_part)


def test_a_community_named_after_a_park_is_a_named_stop():
    from tests.extraction import facts_of, visits

    f = facts_of("3月18日，副市长邓志强到高新区调研，先后走访了创业园社区、枫林湾小区。")
    assert {("邓志强", "创业园社区"), ("邓志强", "枫林湾小区")} <= visits(f)


def test_a_park_of_a_generic_kind_alone_is_no_stop():
    from tests.extraction import facts_of, visits

    assert not visits(facts_of("3月18日，副市长邓志强走访了创业园，察看了孵化企业。"))


# --- 5. a paragraph's topic place is checked by the analyser (place_check.clause_cut)


def test_a_source_told_before_an_organ_is_no_place_the_paragraph_is_about():
    from tests.extraction import facts_of, visits

    f = facts_of("记者从县住建局获悉，青松小区的外墙已安排资金维修。此前，副县长韩冰曾到该小区走访，听取居民意见。")
    assert not any(place.endswith("从县") for _, place in visits(f))


def test_a_county_opening_its_paragraph_is_still_its_topic():
    from tests.extraction import facts_of, visits

    f = facts_of("青山县位于省境西部。\n\n3月2日，副县长韩冰来到青山县石桥镇调研。")
    assert ("韩冰", "石桥镇") in visits(f)
