"""Many reports, one graph: entities linked across reports, and every fact
traceable to its report and the characters it was read from."""

from __future__ import annotations

import hashlib
import re
import textwrap

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.namespaces import GOV, OA
from tests.conftest import ROOT, run_kg


@pytest.fixture(scope="module")
def graph(linking_build) -> Graph:
    return Graph().parse(linking_build / "graph.ttl")


@pytest.fixture(scope="module")
def dataset(linking_build) -> Dataset:
    return Dataset(default_union=True).parse(linking_build / "graph.nq", format="nquads")


def nodes(g: Graph, cls, label: str) -> set:
    return {s for s in g.subjects(RDFS.label, Literal(label, lang="zh")) if (s, RDF.type, cls) in g}


def test_one_official_across_reports_with_posts_dated(graph):
    (wang,) = nodes(graph, GOV.Official, "王明")
    rows = graph.query(
        """SELECT ?title ?jurisdiction ?date WHERE {
               ?o gov:holdsPost ?post . ?post rdfs:label ?title ; gov:jurisdiction ?jurisdiction ;
                     gov:postDuring ?visit . ?visit gov:date ?date }""",
        initNs={"gov": GOV, "rdfs": RDFS}, initBindings={"o": wang},
    )
    held = sorted((str(r.date), str(r.title), str(r.jurisdiction)) for r in rows)
    # 东湖区区长 in 2024; 区委书记 (written 区委书记 and 东湖区委书记) in 2025
    assert held == [("2024-03-01", "区长", "东湖区"), ("2025-04-02", "区委书记", "东湖区"), ("2025-05-06", "区委书记", "东湖区")]
    visits = set(graph.subjects(GOV.visitor, wang))
    assert len(visits) == 3
    assert list(graph.objects(wang, GOV.mergeReason)), "the merge is explained"


def test_one_place_written_with_and_without_prefixes(graph):
    (shanyi,) = {s for s in graph.subjects(RDF.type, GOV.ResidentsCommittee) if "山一" in str(graph.value(s, RDFS.label))}
    assert graph.value(shanyi, RDFS.label) == Literal("山一居民区", lang="zh")
    alt = {str(a) for a in graph.objects(shanyi, SKOS.altLabel)}
    assert {"东湖街道山一居民区", "山一居委", "东湖街道山一居委"} <= alt and "山一居民区" not in alt
    assert {str(graph.value(p, RDFS.label)) for p in graph.objects(shanyi, GOV.partOf)} == {"东湖街道"}
    assert len(set(graph.subjects(GOV.visitedPlace, shanyi))) == 3
    reasons = [str(r) for r in graph.objects(shanyi, GOV.mergeReason)]
    assert any("community:山一社区" in r for r in reasons), reasons  # the key: core + kind


def test_same_name_in_two_districts_stays_two_people(graph):
    lihua = nodes(graph, GOV.Official, "李华")
    assert len(lihua) == 2
    jurisdictions = {
        frozenset(str(j) for post in graph.objects(person, GOV.holdsPost) for j in graph.objects(post, GOV.jurisdiction))
        for person in lihua
    }
    assert jurisdictions == {frozenset({"东湖区"}), frozenset({"西湖区"})}


def test_same_place_name_in_two_subdistricts_stays_apart(graph):
    xinhua = nodes(graph, GOV.ResidentsCommittee, "新华居民区")
    parents = {str(graph.value(p, RDFS.label)) for x in xinhua for p in graph.objects(x, GOV.partOf)}
    assert parents == {"东湖街道", "西湖街道"}
    # the bare 新华居民区 of r6 fits both: its own node, with a note saying why
    bare = [x for x in xinhua if (x, GOV.partOf, None) not in graph]
    assert len(xinhua) == 3 and len(bare) == 1
    assert "not merged" in str(graph.value(bare[0], SKOS.editorialNote))


def test_every_fact_lives_in_its_reports_named_graph(dataset, linking_corpus):
    reports = {str(dataset.value(r, GOV.fileName)): r for r in dataset.subjects(RDF.type, GOV.Report)}
    assert set(reports) == {p.name for p in linking_corpus.iterdir()}
    for name, report in reports.items():
        data = (linking_corpus / name).read_bytes()
        named = dataset.graph(report)
        assert (report, RDF.type, PROV.Entity) in named
        assert str(named.value(report, GOV.contentHash)) == hashlib.sha256(data).hexdigest()
        assert named.value(report, DCTERMS.date) is not None
        # its visits and issues are in its graph, and only there
        facts = {f for f in named.subjects(GOV.sourceReport, report) if {GOV.Visit, GOV.Issue} & set(named.objects(f, RDF.type))}
        assert facts
        for other in dataset.graphs():
            if other.identifier not in (report, dataset.default_graph.identifier):
                assert not facts & set(other.subjects()), f"{name}: facts leak into {other.identifier}"


def test_evidence_points_at_the_original_characters(dataset, linking_corpus):
    checked = 0
    for fact, span in dataset.subject_objects(GOV.evidenceSpan):
        report = dataset.value(span, OA.hasSource)
        text = (linking_corpus / str(dataset.value(report, GOV.fileName))).read_text(encoding="utf-8")
        selectors = {dataset.value(s, RDF.type): s for s in dataset.objects(span, OA.hasSelector)}
        position, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        start, end = int(dataset.value(position, OA.start)), int(dataset.value(position, OA.end))
        assert str(dataset.value(quote, OA.exact)) == text[start:end]
        assert (int(dataset.value(fact, GOV.evidenceStart)), int(dataset.value(fact, GOV.evidenceEnd))) == (start, end)
        assert str(dataset.value(fact, GOV.evidence)) in text[start:end]
        checked += 1
    assert checked >= 6 + 7  # every visit and every issue


def test_evidence_offsets_survive_repair(tmp_path):
    """A Traditional-script report with pinyin annotations: the quote is the text as received."""
    original = "2024年9月1日，東湖區(qū)區長(zhǎng)王明來到東湖街道青藤居民區(qū)，聽取居民關於加裝電梯的意見建議。\n"
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "t.txt").write_text(original, encoding="utf-8")
    proc = run_kg("build", tmp_path / "r", "--out", tmp_path / "o", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    ds = Dataset(default_union=True).parse(tmp_path / "o" / "graph.nq", format="nquads")
    (visit,) = ds.subjects(RDF.type, GOV.Visit)
    quote = next(s for s in ds.objects(ds.value(visit, GOV.evidenceSpan), OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in ds)
    exact = str(ds.value(quote, OA.exact))
    assert exact in original and "王明來到" in exact
    assert "王明来到" in str(ds.value(visit, GOV.evidence))  # the sentence as repaired


def test_graph_conforms_to_the_shapes(linking_build):
    proc = run_kg("validate", linking_build / "graph.ttl")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_iris_are_deterministic(linking_corpus, linking_build, tmp_path):
    again = tmp_path / "again"
    proc = run_kg("build", linking_corpus, "--out", again, "--no-store", "--no-html", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert (again / "graph.ttl").read_bytes() == (linking_build / "graph.ttl").read_bytes()
    assert (again / "graph.nq").read_bytes() == (linking_build / "graph.nq").read_bytes()


def test_records_made_elsewhere_give_the_same_graph(linking_corpus, linking_build, tmp_path):
    """The per-report step is pure: map it with any engine, ship the records as
    JSON, ingest them, and the graph is the one `kg build` writes."""
    from kg.build import BuildOptions, ingest, write_outputs
    from kg.corpus import Record, extract_record

    shipped = [extract_record(p, p.name).to_json() for p in sorted(linking_corpus.iterdir())]
    options = BuildOptions(out=tmp_path / "out", store=False, html=False)
    result = ingest((Record.from_json(line) for line in shipped), options)
    write_outputs(result, options.out, options)
    assert (options.out / "graph.ttl").read_bytes() == (linking_build / "graph.ttl").read_bytes()
    assert (options.out / "graph.nq").read_bytes() == (linking_build / "graph.nq").read_bytes()


def test_assembly_spilling_to_disk_gives_the_same_bytes(linking_build, tmp_path):
    """With sort buffers of a few statements the graph is assembled from sorted run
    files on disk (as a big corpus is): same bytes, no run files left."""
    import shutil

    from kg.corpus.assemble import assemble
    from kg.corpus.manifest import Manifest

    copy = tmp_path / "copy"
    shutil.copytree(linking_build, copy)
    manifest = Manifest.open(copy)
    assembly = assemble(manifest, manifest.settings["base"], chunk=7)
    manifest.close()
    assert assembly.triples == len(Graph().parse(copy / "graph.ttl"))
    for name in ("graph.ttl", "graph.nq"):
        assert (copy / name).read_bytes() == (linking_build / name).read_bytes()
    assert not list((copy / "cache" / "sort").glob("*"))


def test_parallel_assembly_gives_the_same_bytes(linking_build, tmp_path, monkeypatch):
    """Slices of the reports rewritten in forked workers, appended in order."""
    import shutil

    import kg.corpus.assemble as assemble_module
    from kg.corpus.manifest import Manifest

    monkeypatch.setattr(assemble_module, "PARALLEL_THRESHOLD", 1)
    copy = tmp_path / "copy"
    shutil.copytree(linking_build, copy)
    manifest = Manifest.open(copy)
    assemble_module.assemble(manifest, manifest.settings["base"], jobs=2)
    manifest.close()
    for name in ("graph.ttl", "graph.nq"):
        assert (copy / name).read_bytes() == (linking_build / name).read_bytes()
    assert not list((copy / "cache" / "parts").glob("*")) and not list((copy / "cache" / "sort").glob("*"))


def test_the_dask_example_lists_every_format_govkg_reads(tmp_path, monkeypatch):
    """docs/corpus.md's Dask example, its listing run as written (Dask itself is
    no govkg dependency): it must hand every report of a folder to the map."""
    text = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", text, re.DOTALL) if "ingest(" in b]
    lines = block.splitlines()
    imports = [line for line in lines if line.startswith(("from ", "import ")) and "dask" not in line]
    body = lines[next(i for i, line in enumerate(lines) if line.strip().startswith("root = ")):]
    body = body[: next(i for i, line in enumerate(body) if line.strip().startswith("files = ")) + 1]
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.md", "c.html", "sub/d.htm", "e.text", "f.xhtml", "notes.docx"):
        (tmp_path / "reports" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "reports" / name).write_text("2024年3月1日，区长韩松来到桐林社区。\n", encoding="utf-8")
    scope: dict = {}
    exec("\n".join(imports + [textwrap.dedent("\n".join(body))]), scope)
    assert sorted(key for _, key in scope["files"]) == ["a.txt", "b.md", "c.html", "e.text", "f.xhtml", "sub/d.htm"]
