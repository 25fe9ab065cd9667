"""PLACES24: units named by a common word on a heading line of their own, the
key of a unit too short to lose its type word, a community's site named in
quotes.  Every fixture is invented for these tests."""

from kg.extract.place_proper_part import word_named_unit
from tests.extraction import facts_of, visits

TOUR = "4月9日，区长韦东到基层调研。\n\n{}\n\n区长韦东走进居民家中，居民反映停车难。"


# ------------------------------------------------- a heading line named by a common word
def test_a_village_named_by_a_verb_on_a_heading_line_is_a_stop():
    # 建设/v 村 to the analyser: the grammar's name (a common word before a village's type word) holds
    for heading in ("建设村", "（一）建设村", "一、建设村", "第一站：建设村"):
        assert ("韦东", "建设村") in visits(facts_of(TOUR.format(heading))), heading


def test_a_community_with_a_commendatory_name_on_a_heading_line_is_a_stop():
    # place_verb_names.txt: 团结/v 社区, 发展/v 村 are read as verbs by the analyser
    assert ("韦东", "团结社区") in visits(facts_of(TOUR.format("(二)团结社区")))
    assert ("韦东", "发展村") in visits(facts_of(TOUR.format("二、发展村")))


def test_a_verb_acting_on_a_unit_or_an_estate_named_by_a_work_is_no_heading_stop():
    assert not word_named_unit("扎根社区") and not word_named_unit("建设小区")
    for heading in ("一、扎根社区", "建设家园"):
        f = facts_of(TOUR.format(heading))
        assert not visits(f), heading
        assert heading[-4:] not in {p.name for p in f.places.values()}


# ------------------------------------------------- keys follow the name as written
def test_an_ordinal_village_keeps_one_type_word_in_its_key():
    f = facts_of("4月9日，区长韦东来到白石乡三村，与村民座谈。")
    [village] = [p for p in f.places.values() if p.type == "VillagersCommittee"]
    assert village.key == "subdistrict:白石乡/community:三村"
    assert village.name == "白石乡三村"


# ------------------------------------------------- a community's site named in quotes
def test_a_quoted_site_after_a_community_is_its_facility_labelled_without_quotes():
    f = facts_of("4月9日，区长韦东来到古北社区“家站点”，与居民座谈。")
    site = next(p for p in f.places.values() if p.name == "家站点")
    assert site.type == "Facility" and f.places[site.parent].name == "古北社区"
    assert visits(f) == {("韦东", "家站点")}


def test_a_quoted_estate_word_after_a_village_is_its_facility():
    f = facts_of("4月9日，区长韦东在和平村“幸福家园”调研，村民反映道路破损。")
    site = next(p for p in f.places.values() if p.name == "幸福家园")
    assert site.type == "Facility"


# ------------------------------------------------- hamlets and corps units
def test_a_hamlet_named_after_its_households_is_named():
    # 家 counts firms (三家企业), never hamlets: 五家屯, 三家子村 are names
    from kg.extract.place_proper_part import is_named
    from kg.extract.place_segments import segment
    assert is_named(segment("五家屯")) and is_named(segment("三家子村"))
    assert not is_named(segment("三家村")) and not is_named(segment("三家小区"))
    assert ("韦东", "五家屯") in visits(facts_of("4月9日，区长韦东来到五家屯，与群众代表座谈。"))


def test_a_numbered_corps_regiment_and_its_company_are_places():
    # place_suffixes.tsv: a regiment numbered with three numerals (一四二团, 一〇三团), a company in it
    assert ("韦东", "一二一团") in visits(facts_of("4月9日，区长韦东在一二一团调研，群众反映道路破损。"))
    f = facts_of("4月9日，区长韦东来到五家渠市一〇三团，与群众代表座谈。")
    assert ("韦东", "一〇三团") in visits(f)
    assert ("韦东", "一四二团十连") in visits(facts_of("4月9日，区长韦东来到一四二团十连，与群众代表座谈。"))
    assert not visits(facts_of("4月9日，区长韦东来到集团一连串项目现场。"))
