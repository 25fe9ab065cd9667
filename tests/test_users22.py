"""What a demanding user hits on the command line (session 22), on the real
`kg` command line and a real build folder with its stores:

1. `kg view out --focus NAME` where NAME is a place or an issue says so and
   names the option that draws it (--place, --issue), not only "nothing of that name".
2. `kg query out` without a question is an answer: what the folder holds and
   the named questions, on standard output, exit 0.
3. `kg query out --sparql visits-by-official` and `kg query out visits-by-official`
   ask the folder given (a build folder as kg view takes it, a named question
   as --sparql); a word that is neither is refused, naming it.

4. A page whose article has its own <header> (`<article><header><h1>…`,
   as WordPress and most CMS write it) keeps its headline: only the site's
   banner <header> (inside no article, main, section, aside or nav) is left out.

Fixtures are invented here (names, places of their own).
"""

from __future__ import annotations

import pytest

import kg
from kg.read import html_to_text
from tests.conftest import run_kg

pytestmark = pytest.mark.fast

REPORT = ("青川区区长走访丰乐居民区\n"
          "2024年6月3日，青川区区长庞立川来到丰乐街道丰乐居民区，察看老旧小区改造。"
          "居民反映小区停车难，庞立川要求街道尽快解决。\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A folder holding `out`, a build folder with both stores and no page."""
    root = tmp_path_factory.mktemp("users22")
    (root / "reports").mkdir()
    (root / "reports" / "fengle.txt").write_text(REPORT, encoding="utf-8")
    proc = run_kg("build", root / "reports", "--out", root / "out", "--no-html")
    assert proc.returncode == 0, proc.stderr
    return root


# ---------------------------------------------------------------- 1. kg view: the option a name needs


def test_view_focus_on_a_place_or_issue_names_the_option_that_draws_it(built):
    for flag, name, said in (("--focus", "丰乐居民区", "no official of that name; 丰乐居民区 is a place (ResidentsCommittee) "
                                                    "in the graph: use --place 丰乐居民区"),
                             ("--focus", "停车难", "no official of that name; 停车难 is an issue in the graph: use --issue 停车难"),
                             ("--place", "庞立川", "no place of that name; 庞立川 is an official in the graph: use --focus 庞立川")):
        proc = run_kg("view", "out", flag, name, cwd=built)
        assert proc.returncode == 2 and proc.stderr == f"kg view: error: {flag} '{name}': {said}\n", proc.stderr
    assert not list(built.glob("out/view-*.html"))  # nothing written
    # a name of nothing at all: said as before; the right option draws the slice
    proc = run_kg("view", "out", "--focus", "钟无名", cwd=built)
    assert proc.returncode == 2 and "nothing of that name in the graph" in proc.stderr and "use --" not in proc.stderr
    proc = run_kg("view", "out", "--place", "丰乐居民区", cwd=built)
    assert proc.returncode == 0 and "view-丰乐居民区.html" in proc.stdout, proc.stderr


# ---------------------------------------------------------------- 2. kg query without a question


def test_query_without_a_question_lists_what_the_folder_holds_and_the_questions(built):
    for args in (("query", "out"), ("query", "--store", "out"), ("query",)):
        proc = run_kg(*args, cwd=built)
        assert proc.returncode == 0 and proc.stderr == "", proc.stderr
        assert proc.stdout.startswith("out: holds 2 stores: SPARQL in out/store/oxigraph"), proc.stdout
        assert "\nnamed questions (--sparql NAME or --cypher NAME):\nco-visits: " in proc.stdout
        assert "\nvisits-by-official: " in proc.stdout
    # a folder that answers nothing is still an error that says what it is
    proc = run_kg("query", "reports", cwd=built)
    assert proc.returncode == 2 and "reports: neither a build folder" in proc.stderr, proc.stderr


# ---------------------------------------------------------------- 3. kg query FOLDER QUESTION


def test_query_takes_the_folder_and_a_named_question_as_given(built):
    for args in (("out", "--sparql", "visits-by-official"), ("out", "visits-by-official"), ("--store", "out", "visits-by-official"),
                 ("out", "--store", "out", "--sparql", "visits-by-official")):
        proc = run_kg("query", *args, "--format", "csv", cwd=built)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines()[:2] == ["official,place,within,date,post", "庞立川,丰乐居民区,丰乐街道,2024-06-03,青川区区长"], proc.stdout
    # a Cypher-only name is asked as Cypher, a SPARQL one given as --cypher too
    proc = run_kg("query", "out", "--cypher", "officials-and-posts", "--format", "csv", cwd=built)
    assert proc.returncode == 0 and "庞立川" in proc.stdout, proc.stderr


def test_query_refuses_a_word_that_is_no_folder_nor_question_and_two_folders(built):
    proc = run_kg("query", "out", "visits-by-oficial", cwd=built)
    assert proc.returncode == 2 and proc.stderr.startswith(
        "kg query: error: visits-by-oficial: neither a folder nor a named question (kg query --list lists them)"), proc.stderr
    proc = run_kg("query", "out", "reports", "--sparql", "visits-by-official", cwd=built)
    assert proc.returncode == 2 and "out, reports: kg query reads one build folder" in proc.stderr, proc.stderr
    (built / "mine.rq").write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n", encoding="utf-8")
    proc = run_kg("query", "out", "mine.rq", cwd=built)
    assert proc.returncode == 2 and proc.stderr == ("kg query: error: mine.rq: a file, not a build folder; a query's file is "
                                                    "given as --sparql mine.rq or --cypher mine.rq\n"), proc.stderr
    proc = run_kg("query", "out", "co-visits", "--sparql", "visits-by-official", cwd=built)
    assert proc.returncode == 2 and "co-visits: a named question, but the query is already given (--sparql)" in proc.stderr


# ---------------------------------------------------------------- 4. an article's own header


HEADLINE = "青川区区长走访丰乐居民区"
ARTICLE = REPORT.split("\n", 1)[1].strip()
WORDPRESS = (f'<!doctype html><html><head><title>{HEADLINE} | 丰乐发布</title></head><body>'
             '<header id="masthead"><p class="site-title">丰乐发布</p><p>丰乐街道党工委宣传办官方平台</p></header>'
             f'<main><article><header class="entry-header"><h1>{HEADLINE}</h1><div class="entry-meta">2024年6月4日 作者：丰乐发布</div>'
             f'</header><div class="entry-content"><p>{ARTICLE}</p></div></article></main></body></html>')


def test_an_articles_own_header_keeps_its_headline_and_the_site_banner_goes():
    text = html_to_text(WORDPRESS)
    assert text.split("\n") == [HEADLINE, "2024年6月4日 作者：丰乐发布", ARTICLE], text
    # a banner <header> inside no section goes, wherever it stands; one in a <section> is that section's
    section = WORDPRESS.replace("<main><article>", "<div><section>").replace("</article></main>", "</section></div>")
    assert html_to_text(section).split("\n")[0] == HEADLINE
    assert "官方平台" not in html_to_text(section)


def test_a_page_with_its_article_header_gives_the_facts_of_its_pasted_text():
    page = kg.build_texts({"fengle.html": WORDPRESS}).facts["fengle.html"]
    pasted = kg.build_texts({"fengle.txt": f"{HEADLINE}\n{ARTICLE}\n"}).facts["fengle.txt"]
    assert [(v.official, v.place) for v in page.visits] == [(v.official, v.place) for v in pasted.visits] != []
    assert sorted(i.label for i in page.issues) == sorted(i.label for i in pasted.issues) != []
