"""Session 56, place56: a newcomer's invented reports, places' parenting and identity.

1. An estate named after a site its people worked at (渔港新村小区, 码头花园: a common noun as
   its proper part) gave no place at all; it is a named estate
   (`place_proper_part.site_named_estate`); a phrase of type words alone (小区花园) stays unnamed.
2. A district written bare (南湖区召开会议) stayed in no city although the official's post writes
   临江市南湖区区长: the post's chain gives the city above it
   (`post_jurisdiction.attach_under_post_areas`).
3. A headline's bare community (调研城南社区) read under the county of the post (江源县委书记),
   then written 城关镇城南社区 in the body, stayed under the county: the written chain, the finer
   one, places it in the town (`places.PlaceRegistry._deeper_written`).
"""

import pytest

import kg

pytestmark = pytest.mark.fast


def facts_of(text: str):
    built = kg.build_texts({"2025-03-12.txt": text})
    return built.facts["2025-03-12.txt"], built.warnings


def parents(facts) -> dict[str, str | None]:
    """Place label -> its parent's label."""
    by_key = {p.key: p for p in facts.places.values()}
    return {p.name: (by_key[p.parent].name if p.parent in by_key else None) for p in facts.places.values()}


@pytest.mark.parametrize("text, estate", [
    ("2025年3月12日，县长王海平来到渔港新村小区走访，居民反映路灯不亮。", "渔港新村小区"),
    ("2025年3月12日，区长赵立群走进码头花园，察看了楼道改造。", "码头花园"),
])
def test_estate_named_after_a_site(text, estate):
    facts, _ = facts_of(text)
    assert estate in {facts.places[v.place].name for v in facts.visits}
    # a phrase of type words alone (小区花园: the estate's garden) stays no named place
    facts, _ = facts_of(text.replace(estate, "小区花园"))
    assert not facts.visits


def test_bare_district_under_the_posts_city():
    facts, _ = facts_of("南湖区召开安全生产会议。2025年3月12日，临江市南湖区区长周启明来到东湖街道新华社区调研。")
    assert parents(facts).get("南湖区") == "临江市"


def test_headline_community_in_the_town_the_body_writes():
    facts, _ = facts_of("江源县委书记李明远调研城南社区\n\n2025年3月12日，江源县委书记李明远来到城关镇城南社区，"
                        "察看了老旧小区改造情况。居民反映楼道灯损坏。")
    assert parents(facts)["城南社区"] == "城关镇"
    assert parents(facts)["城关镇"] == "江源县"


def test_no_place_warning_names_the_phrase_briefly():
    """4 (the warning): 来到小区花园 gives no place; the line names the phrase and stays short."""
    _, warnings = facts_of("2025年3月12日，县长王海平来到小区花园走访，居民反映路灯不亮，楼道堆满杂物。")
    assert len(warnings) == 1 and "「来到小区花园走访」" in warnings[0], warnings
    assert len(warnings[0]) < 350, len(warnings[0])  # (600 before)


def test_summary_names_what_its_place_count_counts():
    from types import SimpleNamespace as O
    from kg.commands.build import summary

    stats = O(extract_seconds=1.0, seconds=1.0, read=1, reports=1, triples=10, quads=11, extracted=1, resumed=0,
              unchanged=0, copies=0, added=["a.txt"], replaced=[], redated_changed=[], removed=[], kept=[])
    result = O(stats=stats, counts=lambda: {"officials": 1, "places": 3, "visits": 1, "issues": 0},
               failures=[], up_to_date=False, skipped=[])
    line = summary(result).splitlines()[0]
    assert "3 places (all the reports name, visited or not), 1 visits," in line, line


def test_lost_run_is_not_counted_as_so_many_characters():
    """5: `??` is most often one character (a GBK character's two bytes): the line says a run of
    marks is one lost character or more, not that each mark is one."""
    _, warnings = facts_of("2025年3月12日，区长王??明来到东湖街道新华社区调研。")
    said = [w for w in warnings if "characters lost" in w]
    assert said and "stands for each lost character" not in said[0] and "a run of marks is one lost character or more" in said[0], said
