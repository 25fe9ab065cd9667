"""What a newcomer met in session 31, through the real `kg build` / `kg query` /
`kg view`, `kg.build_texts` and `Build.query`, and the real stores:

6. a byte copy left out of a build became a report of its own once the
   report it copied was edited: every fact of the earlier version counted
   again, with no warning (now said, in a fresh build as in an incremental one);
9. issues raised on a day with no year vanished from issues-without-later-visit;
10. two officials of one name read alike in visits-by-official and on a page;
11. `kg view --place DISTRICT` drew the places inside it and none of their
    visits, officials or issues;
13. a .docx given by name, or a PDF saved as .txt, was not told what to do as
    a folder's .docx is; the summary's counts left out the copies;
14. `kg view out --focus 吕` wrote view-吕.html, named after what was typed.

Every fixture is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from tests.conftest import run_kg
from tests.test_users30 import open_rows


def build(folder: Path, out: Path, *more) -> "subprocess.CompletedProcess":  # noqa: F821
    proc = run_kg("build", folder, "--out", out, "--no-store", "--no-html", *more)
    assert proc.returncode == 0, proc.stderr
    return proc


def warnings_of(proc) -> list[str]:
    return [line.removeprefix("kg build: warning: ") for line in proc.stderr.splitlines() if line.startswith("kg build: warning: ")]


def summary_counts(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["summary"]["counts"]


# ---------------------------------------------------------------- 6. a copy of a report edited since

REPORT = ("2024年4月9日，区长韩立新来到青禾街道柳湾社区调研。居民反映小区停车难。"
          "随后，韩立新来到青禾街道桂园社区，居民反映路灯损坏。\n")


@pytest.fixture
def copied(tmp_path):
    """`r.txt` and its byte copy `r (1).txt`, built once into `out`; then
    `r.txt` edited after its opening sentence."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("r.txt", "r (1).txt"):
        (folder / name).write_text(REPORT, encoding="utf-8")
    build(folder, tmp_path / "out")
    (folder / "r.txt").write_text(REPORT.replace("路灯损坏", "路灯损坏多日"), encoding="utf-8")
    return folder, tmp_path / "out"


def version_warning(folder: Path) -> str:
    return (f"{folder / 'r (1).txt'}: opens as r.txt does but differs after it: two versions of one report? "
            f"Both are built, and what they share counts twice (delete the older file)")


def test_an_edited_report_beside_its_old_copy_is_said_alike_in_a_fresh_and_an_incremental_build(copied, tmp_path):
    # the copy is no longer a copy: both are built (as a fresh build of the folder does), and said
    folder, out = copied
    again = build(folder, out)
    fresh = build(folder, tmp_path / "fresh")
    assert version_warning(folder) in warnings_of(again)
    assert version_warning(folder) in warnings_of(fresh)
    assert summary_counts(out) == summary_counts(tmp_path / "fresh")  # docs/corpus.md: incremental == fresh


def test_reports_that_open_otherwise_are_no_versions(tmp_path):
    # precision: two reports of one official on other days open otherwise
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT.replace("4月9日", "4月16日").replace("柳湾社区", "竹溪社区"), encoding="utf-8")
    proc = build(folder, tmp_path / "out")
    assert not [w for w in warnings_of(proc) if "versions" in w], warnings_of(proc)


# ---------------------------------------------------------------- 9. undated issues in issues-without-later-visit

UNDATED = {
    # a month and day, no year (the build warns): the issue cannot be told followed up or not
    "u1.txt": "6月3日，区长韩立新来到青禾街道柳湾社区调研。居民反映小区停车难。",
    # dated, followed up by a later visit: not listed
    "u2.txt": "2024年3月1日，区长韩立新来到白石街道竹溪社区，居民反映小区路灯损坏。",
    "u3.txt": "2024年4月2日，副区长周远帆来到白石街道竹溪社区，察看路灯维修情况。",
    # dated, no later visit: listed, before the undated one
    "u4.txt": "2024年2月1日，区长韩立新来到石埠街道桃源社区，居民反映楼道堆物多。",
}
UNDATED_OPEN = [("桃源社区", "石埠街道", "楼道堆物多", "2024-02-01"), ("柳湾社区", "青禾街道", "小区停车难", None)]


@pytest.mark.fast
def test_an_undated_issue_is_listed_with_no_date_after_the_dated_ones():
    assert open_rows(kg.build_texts(UNDATED).query("issues-without-later-visit")) == UNDATED_OPEN


@pytest.mark.fast
def test_the_undated_rule_is_stated_in_both_query_files():
    from kg.resources import queries_dir

    for suffix in (".rq", ".cypher"):
        text = (queries_dir() / f"issues-without-later-visit{suffix}").read_text(encoding="utf-8")
        assert "no date" in text and "empty date" in text, suffix


@pytest.fixture(scope="module")
def undated_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("undated")
    for name, text in UNDATED.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    proc = run_kg("build", root, "--out", root / "out", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert "u1.txt" in proc.stderr  # the build warns of the day with no year
    return root / "out"


def test_kg_query_lists_the_undated_issue_with_an_empty_date(undated_folder):
    for how in ([], ["--cypher"]):
        proc = run_kg("query", undated_folder, *how, "issues-without-later-visit")
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.splitlines()
        assert lines[-1] == "(2 rows)", how
        assert lines[-2].split("|")[-1].strip() == "" and "小区停车难" in lines[-2], how


def every_store(folder: Path, server, name: str) -> list:
    """The tables of the named query `name` from Oxigraph (SPARQL) and LadybugDB
    (Cypher) of the build in `folder`, and from ArcadeDB over Bolt (the Neo4j
    driver, `server`) loaded from it: three tables that must give the same rows."""
    from kg.stores import ladybug_store, named, neo4j_store, oxigraph_store

    server.wipe()
    proc = run_kg("load", "neo4j", "--from", folder, *server.load_args(), env=server.env())
    assert proc.returncode == 0, proc.stderr
    store = oxigraph_store.open_store(folder)
    sparql, cypher = named.resolve(name, "sparql"), named.resolve(name, "cypher")
    with neo4j_store.session(server.uri, server.user, server.password, server.database) as s:
        tables = [oxigraph_store.query(store, named.bind_sparql(sparql, {})), ladybug_store.query(folder, cypher.text, {}),
                  neo4j_store.query(s, cypher.text, {})]
    server.wipe()
    return tables


def test_every_store_lists_the_undated_issue_alike(undated_folder, arcadedb_server):
    for table in every_store(undated_folder, arcadedb_server, "issues-without-later-visit"):
        assert open_rows(table) == UNDATED_OPEN


# ---------------------------------------------------------------- 10. officials of one name told apart

NAMESAKES = {
    "z1.txt": "2024年5月6日，静安区委书记张伟来到静安寺街道华山社区调研。居民反映小区停车难。",
    "z2.txt": "2024年5月8日，闵行区区长张伟来到江川路街道鹤北社区调研。居民反映路灯损坏。",
    # precision: one official in two reports (the same post, the same district) is one person, drawn bare
    "z3.txt": "2024年5月9日，浦东新区副区长韩立新来到花木街道牡丹社区调研。",
    "z4.txt": "2024年6月9日，浦东新区副区长韩立新来到花木街道钻石社区调研。",
}
NAMESAKE_VISITS = [
    ("张伟", "华山社区", "静安寺街道", "2024-05-06", "静安区委书记"),
    ("张伟", "鹤北社区", "江川路街道", "2024-05-08", "闵行区区长"),
    ("韩立新", "牡丹社区", "花木街道", "2024-05-09", "浦东新区副区长"),
    ("韩立新", "钻石社区", "花木街道", "2024-06-09", "浦东新区副区长"),
]


@pytest.fixture(scope="module")
def namesakes():
    return kg.build_texts(NAMESAKES)


@pytest.mark.fast
def test_visits_by_official_gives_the_post_named_at_each_visit(namesakes):
    table = namesakes.query("visits-by-official")
    assert table.columns == ["official", "place", "within", "date", "post"]
    assert open_rows(table) == NAMESAKE_VISITS


def page_labels(built, *selectors) -> list[str]:
    """The labels of the nodes of the page `built`'s graph draws, for `selectors`
    (kg.views.select.Selector) as kg view's flags give them."""
    from rdflib import Graph

    from kg.views.html import ViewOptions, render
    from tests.test_view import page_data

    union = Graph()
    for s, p, o, _ in built.dataset.quads():
        union.add((s, p, o))
    return [node["label"] for node in page_data(render(union, ViewOptions(selectors=selectors)))["nodes"]]


@pytest.mark.fast
def test_a_page_labels_officials_of_one_name_with_their_posts(namesakes):
    labels = page_labels(namesakes)
    assert {"张伟（静安区委书记）", "张伟（闵行区区长）"} <= set(labels)
    assert "张伟" not in labels
    # precision: one person in two reports keeps the bare name
    assert labels.count("韩立新") == 1 and not any(label.startswith("韩立新（") for label in labels)


@pytest.fixture(scope="module")
def namesake_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("namesakes")
    for name, text in NAMESAKES.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    proc = run_kg("build", root, "--out", root / "out", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    return root / "out"


def test_every_store_gives_the_posts_alike_and_the_page_tells_the_namesakes_apart(namesake_folder, arcadedb_server):
    for table in every_store(namesake_folder, arcadedb_server, "visits-by-official"):
        assert open_rows(table) == NAMESAKE_VISITS
    html = (namesake_folder / "graph.html").read_text(encoding="utf-8")
    assert "张伟（静安区委书记）" in html and "张伟（闵行区区长）" in html


# ---------------------------------------------------------------- 11. --place of a place holding places

DISTRICT = {
    "x1.txt": "2024年5月6日，徐汇区区长李明来到徐汇区天平路街道永嘉社区调研。居民反映小区停车难。",
    "x2.txt": "2024年5月7日，副区长赵刚来到徐汇区湖南路街道复兴社区，居民反映垃圾清运不及时。",
    # elsewhere: never drawn for 徐汇区
    "x3.txt": "2024年5月8日，静安区委书记张伟来到静安区静安寺街道华山社区调研。居民反映路灯损坏。",
}


@pytest.fixture(scope="module")
def district():
    return kg.build_texts(DISTRICT)


@pytest.mark.fast
def test_place_of_a_district_draws_what_happened_in_the_places_it_holds(district):
    from kg.views.select import Selector

    labels = set(page_labels(district, Selector("--place", "徐汇区")))
    assert {"徐汇区", "天平路街道", "永嘉社区", "湖南路街道", "复兴社区"} <= labels
    assert {"李明", "赵刚", "小区停车难", "垃圾清运不及时", "2024-05-06", "2024-05-07"} <= labels
    # precision: another district's places, officials and issues stay out
    assert not labels & {"静安区", "华山社区", "张伟", "路灯损坏"}


@pytest.mark.fast
def test_place_of_a_subdistrict_draws_its_communities_not_its_neighbours(district):
    from kg.views.select import Selector

    labels = set(page_labels(district, Selector("--place", "天平路街道")))
    assert {"永嘉社区", "李明", "小区停车难"} <= labels
    # precision: a neighbouring subdistrict's community and what happened there are not inside it
    assert not labels & {"复兴社区", "赵刚", "垃圾清运不及时"}


def test_kg_view_place_of_a_district_draws_its_visits(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in DISTRICT.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    build(folder, tmp_path / "out")
    page = tmp_path / "x.html"
    proc = run_kg("view", tmp_path / "out", "--place", "徐汇区", "--out", page)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    from tests.test_view import page_data

    kinds = {node["label"]: node.get("kind") or node.get("group") for node in page_data(page.read_text(encoding="utf-8"))["nodes"]}
    assert {"李明", "赵刚"} <= set(kinds) and "华山社区" not in kinds
    assert sum(kind == "Visit" for kind in kinds.values()) >= 1


# ---------------------------------------------------------------- 13. one advice, by name or in a folder; copies counted

WORD = "a word-processor document: save it as .txt (or .html) and build again"
PDF = "a PDF: extract its text (pdftotext FILE.pdf) and build the .txt"


def zipped(path: Path, entry: str) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(entry, "<document/>")


@pytest.mark.fast
@pytest.mark.parametrize("name, make, said", [
    ("notes.docx", lambda p: zipped(p, "word/document.xml"), f"binary file (a zip archive), not a text report: {WORD}"),
    # an RTF saved as .docx reads as text with no Chinese: the same advice
    ("notes.docx", lambda p: p.write_bytes(b"{\\rtf1\\ansi \\u24352? notes}\n"),
     f"not a Chinese report (no Chinese characters in the text): {WORD}"),
    # a report file whose bytes are a PDF, or a .docx: the advice for what they are
    ("scan.txt", lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256))), f"binary file (a PDF document), not a text report: {PDF}"),
    ("notes.txt", lambda p: zipped(p, "word/document.xml"), f"binary file (a zip archive), not a text report: {WORD}"),
])
def test_a_file_that_is_no_report_is_told_what_to_do(tmp_path, name, make, said):
    from kg.errors import ReportError
    from kg.read import read_report

    make(tmp_path / name)
    with pytest.raises(ReportError) as refused:
        read_report(tmp_path / name)
    assert refused.value.reason == said


@pytest.mark.fast
@pytest.mark.parametrize("name, data, said", [
    # precision: a report file of text with no Chinese, or an unknown binary, gets no advice it does not fit
    ("notes.txt", b"meeting notes, in English\n", "not a Chinese report (no Chinese characters in the text)"),
    ("tool.txt", b"\x7fELF\x02\x01\x01" + bytes(range(256)), "binary file (an executable), not a text report"),
    ("data.txt", b"PK\x03\x04" + bytes(range(256)), "binary file (a zip archive), not a text report: an archive: unpack it and build the folder"),
])
def test_a_file_whose_bytes_give_no_advice_gets_none_it_does_not_fit(tmp_path, name, data, said):
    from kg.errors import ReportError
    from kg.read import read_report

    (tmp_path / name).write_bytes(data)
    with pytest.raises(ReportError) as refused:
        read_report(tmp_path / name)
    assert refused.value.reason == said


def test_cli_gives_one_advice_by_name_and_in_a_folder_and_counts_the_copies(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    zipped(folder / "notes.docx", "word/document.xml")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    for name in ("r.txt", "r (1).txt"):
        (folder / name).write_text(REPORT, encoding="utf-8")
    proc = run_kg("build", folder / "notes.docx", "--out", tmp_path / "one", "--no-store", "--no-html")
    assert proc.returncode == 1 and proc.stderr.splitlines()[0].endswith(WORD), proc.stderr
    proc = run_kg("build", folder, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 1, proc.stderr
    assert f"kg build: warning: {folder / 'notes.docx'}: not a report, skipped: {WORD}" in proc.stderr.splitlines()
    assert f"kg build: error: {folder / 'scan.txt'}: binary file (a PDF document), not a text report: {PDF}" in proc.stderr.splitlines()
    # 3 report files read: 1 extracted, 1 failed, 1 a copy: the counts add up
    assert ("1 extracted, 0 unchanged, 1 failed, 1 left out as a copy of another report (named in a warning above)"
            in proc.stdout), proc.stdout
    assert "read 3 report file(s)" in proc.stdout


def test_the_summary_says_nothing_of_copies_when_there_are_none(tmp_path):
    # precision: the read line of a folder without copies is as before
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")
    proc = build(folder, tmp_path / "out")
    assert "1 extracted, 0 unchanged, 0 failed;" in proc.stdout and "left out" not in proc.stdout, proc.stdout


# ---------------------------------------------------------------- 14. a page named after what it draws

PAGES = {
    "p1.txt": "2024年5月6日，区长吕鸣来到新华街道新华居民区调研。居民反映小区停车难。",
    "p2.txt": "2024年5月7日，副区长周远帆来到石埠街道桃源社区调研。居民反映楼道堆物多。",
}


@pytest.fixture(scope="module")
def pages_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    for name, text in PAGES.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    build(root, root / "out")
    return root / "out"


@pytest.mark.parametrize("args, page", [
    (["--focus", "吕"], "view-吕鸣.html"),         # the start of one official's name: the official's
    (["--focus", "呂鳴"], "view-吕鸣.html"),       # the name in Traditional: as the graph writes it
    (["--place", "桃源"], "view-桃源社区.html"),   # the place's name without its type word
    (["--focus", "周远帆"], "view-周远帆.html"),   # the exact name, as before
    # precision: a name that draws several things, or a category, keeps the name typed
    (["--place", "新华"], "view-新华.html"),
    (["--issue", "停车"], "view-停车.html"),
])
def test_a_page_is_named_after_what_it_draws(pages_folder, args, page):
    before = set(p.name for p in pages_folder.iterdir())
    proc = run_kg("view", pages_folder, *args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"html: {pages_folder / page}\n"
    assert (pages_folder / page).is_file()
    assert set(p.name for p in pages_folder.iterdir()) - before <= {page}


def test_a_page_chosen_by_a_key_keeps_the_key(tmp_path):
    # precision: officials of one name, one chosen by its key: the shared name would not tell their pages apart
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("z1.txt", "z2.txt"):
        (folder / name).write_text(NAMESAKES[name] + "\n", encoding="utf-8")
    build(folder, tmp_path / "out")
    refused = run_kg("view", tmp_path / "out", "--focus", "张伟")
    assert refused.returncode == 2, refused.stderr
    key = refused.stderr.split("give one by its key (--focus ")[1].split(")")[0]
    proc = run_kg("view", tmp_path / "out", "--focus", key)
    assert proc.returncode == 0 and proc.stdout == f"html: {tmp_path / 'out' / f'view-{key}.html'}\n", proc.stdout + proc.stderr
