"""NEWCOMER51: invented reports of session 51's newcomer, and what they found.

1. A county written whole right before 乡村, 乡镇 or 县乡 (深入石泉县乡村走访, 来到石泉县乡下的明星村)
   was read as a township 石泉县乡 inside 石泉县, and visited: 县乡, 乡村 and 乡镇 are words, and no
   township is named by a whole county's name (`place_segments._county_then_township_word`).
   旧县乡 (one character before 县) stays a township.
2. `kg view --issue 供暖` in a graph with no heating issue said only "nothing of that name in the
   graph": now it says which scheme category the word names (公共设施, by its other name), that no
   issue of the graph is in it, and the graph's categories with their counts (`select.issue_hint`).
3. official-trail listed a day's visits by the place's name (东山口社区 before 盘福社区), not in the
   order the report tells them (盘福社区, 随后 东山口社区): both languages now order a day's visits by
   their report and their evidenceStart.
4. A report in GBK (or Big5) that a tool read as Latin-1 and saved as UTF-8 (`2025Äê3ÔÂ6ÈÕ`) was
   refused as "not a Chinese report (no Chinese characters in the text)": it is decoded back whole
   (`mojibake._undo_legacy_latin`), with a warning naming both encodings.
5. Built again after that change, it was still refused, "unchanged since the last build": the
   extractor's fingerprint (kg.corpus.manifest.EXTRACTOR_SOURCES) left out the modules kg/read.py
   calls (mojibake, mixed, chrome), kg/analyse, which the rules call, and kg/corpus/guessed.py,
   whose warning a record keeps.
6. `kg view --place 新华社区`, where two reports name two communities so called that the graph keeps
   apart (青柳区's, 东湖街道's), drew both without a word: a warning now lists them as the page
   labels them, and the label that draws one (`select.same_named_places`).
"""

import pytest

import kg
from tests.conftest import run_kg

pytestmark = pytest.mark.fast


def places_and_visits(text: str) -> tuple[set[str], set[str]]:
    built = kg.build_texts({"2025-03-12.txt": text})
    facts = built.facts["2025-03-12.txt"]
    return set(facts.places), {v.place for v in facts.visits}


@pytest.mark.parametrize("text", [
    "2025年3月12日，石泉县县委书记王建华深入石泉县乡村走访，来到池河镇明星村，村民反映路灯不足。",
    "2025年3月12日，县长王建华深入石泉县乡镇走访，来到池河镇明星村，村民反映路灯不足。",
])
def test_a_county_before_xiangcun_or_xiangzhen_is_no_township(text):
    places, visits = places_and_visits(text)
    assert not any("石泉县乡" in key or key.endswith("subdistrict:乡") or key.endswith("subdistrict:乡镇") for key in places), places
    assert visits == {"district:石泉/subdistrict:池河镇/community:明星村"}


def test_a_county_before_xiangxia_is_no_township():
    places, visits = places_and_visits("2025年3月12日，县委书记王建华来到石泉县乡下的明星村，村民反映路灯不足。")
    assert not any("乡" in key for key in places), places


def test_a_township_named_with_xian_stays():
    places, visits = places_and_visits("2025年3月12日，县委书记王建华来到旧县乡明星村，村民反映路灯不足。")
    assert visits == {"subdistrict:旧县乡/community:明星村"}


def test_view_issue_naming_nothing_lists_what_is_there(tmp_path):
    corpus, out = tmp_path / "reports", tmp_path / "out"
    corpus.mkdir()
    (corpus / "2025-07-03.txt").write_text(
        "7月3日，朝阳区区长张培来到劲松街道农光里社区，居民反映加装电梯推进缓慢、社区停车难。\n", encoding="utf-8")
    assert run_kg("build", corpus, "--out", out, "--no-store", "--no-html", "--date", "2025-07-03").returncode == 0
    proc = run_kg("view", out, "--issue", "供暖", "--out", tmp_path / "v.html")
    assert proc.returncode == 2, proc.stderr
    assert "nothing of that name in the graph" in proc.stderr
    assert "供暖 names the scheme's issue category 公共设施, which no issue of the graph is in" in proc.stderr, proc.stderr
    assert "the graph's issue categories: " in proc.stderr and "停车 ×1" in proc.stderr and "加装电梯 ×1" in proc.stderr, proc.stderr
    proc = run_kg("view", out, "--issue", "采暖", "--out", tmp_path / "v.html")
    assert proc.returncode == 2 and "names the scheme" not in proc.stderr and "停车 ×1" in proc.stderr, proc.stderr


YUEXIU = ("2025年2月18日，越秀区委书记林国强来到北京街道盘福社区，居民反映夜间噪音扰民。"
          "随后，林国强来到农林街道东山口社区，居民提出希望改善社区医疗服务。\n")


def test_official_trail_gives_a_days_visits_in_the_reports_order(tmp_path):
    corpus, out = tmp_path / "reports", tmp_path / "out"
    corpus.mkdir()
    (corpus / "2025-02-18.txt").write_text(YUEXIU, encoding="utf-8")
    assert run_kg("build", corpus, "--out", out, "--no-html").returncode == 0
    for engine in ("--sparql", "--cypher"):
        proc = run_kg("query", out, engine, "official-trail", "--param", "official=林国强", "--format", "csv")
        assert proc.returncode == 0, proc.stderr
        places = [line.split(",")[1] for line in proc.stdout.splitlines()[1:] if line]
        assert places and places[0] == "盘福社区" and places[-1] == "东山口社区", (engine, proc.stdout)


@pytest.mark.parametrize("codec, through", [("gbk", "GB18030/GBK"), ("big5", "Big5")])
def test_a_legacy_report_read_as_latin1_is_decoded_back(tmp_path, codec, through):
    corpus, out = tmp_path / "reports", tmp_path / "out"
    corpus.mkdir()
    text = "2025年3月6日，区长卫明远来到白沙街道新竹社区，居民反映停车难。\n"
    if codec == "big5":
        text = "2025年3月6日，區長衛明遠來到白沙街道新竹社區，居民反映停車難。\n"
    (corpus / "2025-03-06.txt").write_text(text.encode(codec).decode("latin-1"), encoding="utf-8")
    proc = run_kg("build", corpus, "--out", out, "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert f"mojibake repaired: the text was {through} read as Latin-1/Windows-1252" in proc.stderr, proc.stderr
    visits = kg.build_reports([str(corpus)]).facts["2025-03-06.txt"].visits
    assert [(v.official, v.place_label, str(v.date)) for v in visits] == [("卫明远", "新竹社区", "2025-03-06")]


def test_latin_text_is_no_legacy_mojibake():
    from kg.mojibake import undo_mojibake
    from kg.read import chinese_share

    assert undo_mojibake("Le café de la gare, résumé.", chinese_share) is None


# modules the extractor's code imports that shape no record: exceptions, file lookup, the
# statements' splitting for the outputs (kg.emit.union: outside the fingerprint by design)
NO_RECORD = {"kg.errors", "kg.resources", "kg.emit", "kg.emit.union", "kg.fsutil"}


def test_the_extractors_fingerprint_covers_every_module_it_imports():
    """5. A report refused by one version (the Latin-1-read GBK of 4) was still refused after
    kg/mojibake.py changed, "unchanged since the last build": the fingerprint that makes a
    build extract again covered kg/read.py but not the modules it calls (mojibake, mixed,
    chrome), nor kg/analyse, which the rules call.  Every kg module that the fingerprint's
    files import must be in it (or shape no record)."""
    import ast

    from kg.corpus.manifest import EXTRACTOR_SOURCES
    from kg.resources import PACKAGE

    covered = [PACKAGE / name for name in EXTRACTOR_SOURCES]

    def inside(path):
        return any(path == c or c in path.parents for c in covered)

    files = [p for c in covered for p in ([c] if c.is_file() else sorted(c.rglob("*.py")))]
    missing = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                if not name.startswith("kg.") or name in NO_RECORD:
                    continue
                parts = name.split(".")[1:]
                module = PACKAGE.joinpath(*parts)
                target = module.with_suffix(".py") if module.with_suffix(".py").is_file() else module / "__init__.py"
                if target.is_file() and not inside(target):
                    missing.add(f"{name} (imported by {path.relative_to(PACKAGE)})")
    assert not missing, sorted(missing)


def test_view_place_naming_two_places_says_so(tmp_path):
    corpus, out = tmp_path / "reports", tmp_path / "out"
    corpus.mkdir()
    (corpus / "2025-06-04-a.txt").write_text("2025年6月4日，青柳区区长卫明远来到新华社区，居民反映小区门口占道经营严重。\n", encoding="utf-8")
    (corpus / "2025-06-10-b.txt").write_text("2025年6月10日，云溪区委书记蒋成舟来到东湖街道新华社区，居民反映楼顶漏水。\n", encoding="utf-8")
    assert run_kg("build", corpus, "--out", out, "--no-store", "--no-html").returncode == 0
    proc = run_kg("view", out, "--place", "新华社区", "--out", tmp_path / "v.html")
    assert proc.returncode == 0, proc.stderr
    assert "--place '新华社区': 2 places of that name, which the graph keeps apart: 新华社区（东湖街道）, 新华社区（青柳区）" in proc.stderr, proc.stderr
    proc = run_kg("view", out, "--place", "新华社区（东湖街道）", "--out", tmp_path / "v.html")
    assert proc.returncode == 0 and "places of that name" not in proc.stderr, proc.stderr
