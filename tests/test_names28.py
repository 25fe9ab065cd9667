"""Places and names a newcomer found wrong (session 28), on the real pipeline:

1. A numbered section or phase of an estate (X一区, X二期, X3号院, XB区) lost its
   number in its key, so two reports' sections were one place across reports
   (kg.resolve.numbered_name).
2. A dot typed between the parts of a transcribed name (艾尔肯.吐尼亚孜) cut the
   name; it is the name's separator (kg.repair.punctuation.name_dots), and a
   query finds the name typed so (kg.repair.spellings).
3. A county whose name the analyser reads as a verb or a preposition (疏附/v|县)
   lost its name in the post (县县长); the title's shape reads it
   (kg.extract.post_jurisdiction).

Every fixture is invented (names, places, counties of their own).
"""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits


def keys_visited(facts) -> list[str]:
    return [v.place for v in facts.visits]


# ---------------------------------------------------------------- 1. numbered sections keep their number

VISIT = "2024年5月6日，区长{who}来到{where}，察看老旧小区改造。居民反映停车难。\n"


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [
    ("翠柳苑一区", "翠柳苑二区"),
    ("金梧花园一期", "金梧花园二期"),
    ("枫丹新村三区", "枫丹新村七区"),
    ("锦棠府A区", "锦棠府B区"),
    ("松涛苑3号院", "松涛苑5号院"),
])
def test_numbered_sections_of_one_estate_stay_two_places_across_reports(first, second):
    import kg

    built = kg.build_texts({"a.txt": VISIT.format(who="韩青岳", where=first),
                            "b.txt": VISIT.format(who="钟明远", where=second)})
    (a,), (b,) = keys_visited(built.facts["a.txt"]), keys_visited(built.facts["b.txt"])
    assert a != b and "~" not in a + b
    assert built.counts["places"] == 2, built.counts
    assert not [w for w in built.warnings if "joined by the name alone" in w]


@pytest.mark.fast
@pytest.mark.parametrize("where, key", [
    ("翠柳苑一区", "site:翠柳苑一区"),
    ("翠柳苑一区小区", "site:翠柳苑一区"),  # the type word after the numbered one goes
    ("金梧花园二期", "site:金梧花园二期"),
    ("锦棠府B区", "site:锦棠府B区"),  # no kind word after a name that keeps its own
])
def test_a_numbered_section_is_keyed_by_its_number(where, key):
    assert keys_visited(facts_of(VISIT.format(who="韩青岳", where=where))) == [key]


@pytest.mark.fast
def test_the_same_numbered_section_of_two_bare_reports_is_joined_and_said():
    import kg

    built = kg.build_texts({"a.txt": VISIT.format(who="韩青岳", where="翠柳苑一区"),
                            "b.txt": VISIT.format(who="钟明远", where="翠柳苑一区小区")})
    assert built.counts["places"] == 1, built.counts
    joined = [w for w in built.warnings if "joined by the name alone" in w]
    assert len(joined) == 1 and joined[0].startswith("翠柳苑一区"), built.warnings


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [
    ("翠柳苑小区", "翠柳苑"),  # no number: the type word alone says nothing of identity
    ("金梧花园小区", "金梧花园"),
])
def test_an_estate_without_a_number_is_keyed_as_before(first, second):
    assert keys_visited(facts_of(VISIT.format(who="韩青岳", where=first))) \
        == keys_visited(facts_of(VISIT.format(who="韩青岳", where=second)))


@pytest.mark.fast
def test_two_sections_in_one_report_are_two_keys_without_a_disambiguator():
    facts = facts_of("2024年5月6日，区长韩青岳来到翠柳苑一区和翠柳苑二区，察看老旧小区改造。\n")
    assert sorted(keys_visited(facts)) == ["site:翠柳苑一区", "site:翠柳苑二区"]


# ---------------------------------------------------------------- 2. a dot typed inside a transcribed name


@pytest.mark.fast
@pytest.mark.parametrize("written, name", [
    ("县长阿力江.托合提", "阿力江·托合提"),
    ("副县长努尔兰．买买提", "努尔兰·买买提"),
    ("县委书记热依拉•吐尔逊", "热依拉·吐尔逊"),
    ("副县长巴特尔‧朝鲁", "巴特尔·朝鲁"),
])
def test_a_dot_typed_between_the_parts_of_a_transcribed_name_joins_them(written, name):
    facts = facts_of(f"2024年5月6日，{written}来到青岭镇石屏村，察看庭院经济。村民反映灌溉渠道破损。\n")
    assert name in posts(facts), posts(facts)
    assert (name, "石屏村") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("text, kept", [
    ("2026.5.20，县长王青岳来到石屏村调研。", "2026.5.20"),  # a date
    ("县长王青岳来到石屏村，查看3.5公里通村路。", "3.5公里"),  # a decimal
    ("县长王青岳来到石屏村，网址为www.qingling.gov.cn。", "www.qingling.gov.cn"),  # a URL
])
def test_a_dot_in_a_date_a_decimal_or_a_url_stays(text, kept):
    from kg.repair import repair

    assert kept in repair(text).text


@pytest.mark.fast
def test_a_full_stop_typed_as_a_dot_is_still_a_full_stop():
    from kg.repair import repair

    # a stop between words that are no name's syllables
    assert repair("县长王青岳陪同.随后来到石屏村").text == "县长王青岳陪同。随后来到石屏村"


@pytest.mark.fast
@pytest.mark.parametrize("typed", ["阿力江.托合提", "阿力江•托合提", "阿力江·托合提"])
def test_a_query_finds_the_name_whatever_dot_is_typed(typed):
    import kg

    built = kg.build_texts({"r.txt": "2024年5月6日，县长阿力江.托合提来到青岭镇石屏村，村民反映灌溉渠道破损。\n"})
    assert built.query("official-trail", official=typed).rows


# ---------------------------------------------------------------- 3. a county the analyser reads as a verb


# two-character names of verbs' and prepositions' characters (the analyser splits them, or reads
# them as a verb, a preposition or a person)
COUNTIES = ["在田", "把关", "被山", "对口", "让水", "往南", "据山", "办山", "出山", "守城", "给水", "附岭"]


@pytest.mark.fast
@pytest.mark.parametrize("county", COUNTIES)
def test_a_county_named_before_its_doubled_title_or_organ_keeps_its_name(county):
    facts = facts_of(f"2024年5月16日，{county}县县长韩青岳来到青岭镇石屏村调研。{county}县委副书记钟明远陪同。\n")
    assert posts(facts) == {"韩青岳": [f"{county}县县长"], "钟明远": [f"{county}县委副书记"]}


@pytest.mark.fast
@pytest.mark.parametrize("post", ["{c}镇镇长", "{c}县县委书记", "{c}县政府副县长", "{c}镇党委书记"])
def test_other_doubled_titles_and_organs_keep_the_name(post):
    for county in ("对口", "往南"):
        facts = facts_of(f"2024年5月16日，{post.format(c=county)}韩青岳来到石屏村调研。\n")
        assert posts(facts) == {"韩青岳": [post.format(c=county)]}, (county, posts(facts))


@pytest.mark.fast
@pytest.mark.parametrize("text, post", [
    ("2024年5月16日，县长韩青岳来到石屏村，陪同县委副书记钟明远察看水渠。", "县委副书记"),  # a verb whose object is the official
    ("2024年5月16日，邀请县委副书记钟明远来到石屏村调研。", "县委副书记"),
    ("2024年5月16日，韩青岳来到石屏村，并与县委副书记钟明远座谈。", "县委副书记"),  # function words
    ("2024年5月16日，县长韩青岳来到石屏村。随后县委书记钟明远来到青岭村。", "县委书记"),
    ("2024年5月16日，县长韩青岳来到石屏村。当天县委书记钟明远来到青岭村。", "县委书记"),
    ("2024年5月16日，钟明远以县人大代表身份来到石屏村调研。", "县人大代表"),  # a person's name and a preposition
    ("2024年5月16日，县长韩青岳来到石屏村，与社区党委书记钟明远交流。", "社区党委书记"),  # 区 ends the level word 社区
])
def test_words_before_a_bare_organ_are_no_county(text, post):
    assert posts(facts_of(text + "\n"))["钟明远"] == [post]
