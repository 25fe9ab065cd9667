"""The corpora benchmarks/outputs.py builds: what each copy of the seed holds,
and the mixed corpus's size per report."""

from __future__ import annotations

import pytest

from benchmarks.outputs import ISSUE_KB, ROOT, SEED, make_corpus, seed_corpus
from kg.pipeline import Pipeline
from kg.read import read_report


@pytest.mark.fast
def test_seed_copies_are_distinct_reports_with_the_seeds_facts_and_their_own_officials(tmp_path):
    pipeline = Pipeline()
    seed = pipeline.run_text(read_report(SEED), "seed")
    paths = seed_corpus(tmp_path / "copies", 3, seed=7)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 3  # a build keeps one report per content: copies must differ
    seen: set[str] = set()
    for path in paths:
        facts = pipeline.run_text(read_report(path), path.name)
        # the seed's visits, issues and places; its officials renamed (a drawn name whose
        # surname is also a word, 暨强杰, may give one more: the extractor's reading, not the copy's)
        counts, expected = facts.counts(), seed.counts()
        assert counts["officials"] >= expected.pop("officials")
        assert {k: counts[k] for k in expected} == expected
        assert not set(facts.officials) & set(seed.officials)  # every official renamed
        seen |= set(facts.officials)
    for text in texts:  # no written form of the seed's names is left, Traditional ones included
        assert not [form for o in seed.officials.values() for form in (o.name, *o.original_labels) if form in text]
    assert len(seen) > len(seed.officials)  # the copies name different officials


def test_mixed_corpus_has_the_issues_size_per_report(tmp_path):
    folder = tmp_path / "mixed"
    make_corpus("mixed", folder, 60)
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 60
    copies = [f for f in files if f.name.startswith(SEED.stem)]
    assert 0 < len(copies) < 60
    kb = sum(f.stat().st_size for f in files) / len(files) / 1e3
    assert abs(kb - ISSUE_KB) < 0.1 * ISSUE_KB


def test_outputs_scale_reassembles_a_build_folders_cached_extraction(tmp_path):
    import json
    import subprocess
    import sys

    from kg.build import BuildOptions, build_corpus
    from kg.synthetic import write_corpus

    write_corpus(tmp_path / "in", 3, seed=5)
    build_corpus([tmp_path / "in"], BuildOptions(out=tmp_path / "built", store=False, html=False, jobs=1))
    before = sorted(p.name for p in (tmp_path / "built").iterdir())
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "outputs_scale.py"), str(tmp_path / "built"), str(tmp_path / "in"),
                          "--without", "store", "cypher", "html"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["reports"] == 3 and figures["ms_cpu_a_report"] > 0 and "assembly" in figures["stages_wall"]
    assert sorted(p.name for p in (tmp_path / "built").iterdir()) == before  # the folder given is only copied


@pytest.mark.fast
def test_ladybug_write_files_each_statement_the_store_writes_under_its_phase():
    # the statements kg.stores.ladybug_store sends, as its code makes them: a change of
    # their shape must not move their cost to another line of benchmarks/ladybug_write.py
    from benchmarks.ladybug_write import PHASES, phase
    from kg.stores import cypher_load, ladybug_store

    sch = ladybug_store.schema()
    assert {phase(s) for s in ladybug_store.ddl(sch, fresh=True)} == {"DDL"}
    assert {phase(s) for s in ladybug_store.ddl(sch)} == {"DDL"}  # ALTER TABLE too
    assert phase("; ".join(ladybug_store.ddl(sch, fresh=True))) == "DDL"
    node = cypher_load.node_statement("Report", sch, cypher_load.LADYBUG, create=True)
    edge = cypher_load.edge_statement("VISITOR", "Visit", "Official", create=True)
    assert (phase(node), phase(edge)) == ("node CREATE", "edge CREATE")
    copy = f"COPY Visit FROM '/tmp/x/Visit.csv' ({ladybug_store.CSV_OPTIONS})"
    assert [phase(s) for s in (copy, "CHECKPOINT", "BEGIN TRANSACTION", "COMMIT")] == \
        ["COPY", "CHECKPOINT", "BEGIN/COMMIT", "BEGIN/COMMIT"]
    assert phase("MATCH (n) RETURN count(n)") == "other statements"
    assert {phase(s) for s in ("CHECKPOINT", node, edge)} <= set(PHASES)
