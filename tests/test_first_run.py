"""A small first run (issue 10): the command line loads only what the command it
runs needs, and reads as it did with every command declared."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import cli

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh interpreter holds after `kg ARGV` (its exit ignored)."""
    code = ("import sys, kg.cli\n"
            "try:\n    kg.cli.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=ROOT, timeout=120)
    return set(proc.stdout.splitlines()[-1].split()) if proc.returncode == 0 else pytest.fail(proc.stderr)


@pytest.mark.fast
def test_a_command_imports_only_its_own_module():
    loaded = _modules_after(["query", "--help"])
    assert "kg.commands.query" in loaded
    assert not {"kg.build", "kg.corpus.assemble", "kg.commands.build", "kg.commands.load"} & loaded
    loaded = _modules_after(["build", "--help"])
    assert "kg.commands.build" in loaded and "kg.build" not in loaded and "kg.commands.query" not in loaded


@pytest.mark.fast
def test_a_rebuild_that_extracts_nothing_loads_neither_rdflib_nor_the_extractors(tmp_path):
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    (reports / "a.txt").write_text("2024年5月6日，区长罗静怡来到碧溪镇，察看春耕备耕情况。\n", encoding="utf-8")
    first = _modules_after(["build", str(reports), "--out", str(out), "--no-store", "--no-html"])
    assert {"rdflib", "kg.corpus.record", "kg.corpus.assemble", "kg.pipeline"} <= first
    again = _modules_after(["build", str(reports), "--out", str(out), "--no-store", "--no-html"])
    assert "kg.build" in again
    assert not {m for m in again if m == "rdflib" or m.startswith(("kg.extract", "kg.analyse", "kg.repair", "kg.corpus.record",
                                                                   "kg.corpus.assemble", "kg.pipeline"))}


@pytest.mark.fast
def test_a_build_with_every_output_imports_neither_asyncio_nor_the_page_s_notebook_libraries(tmp_path):
    """ladybug and pyvis import them at their top for features kg does not use (kg.stand_ins)."""
    reports, out = tmp_path / "reports", tmp_path / "out"
    reports.mkdir()
    (reports / "b.txt").write_text("2024年6月3日，副区长钱慕白来到石桥社区，察看老旧小区改造进度。\n", encoding="utf-8")
    loaded = _modules_after(["build", str(reports), "--out", str(out)])
    assert {"ladybug", "pyvis.network", "kg.stores.ladybug_store"} <= loaded
    assert not {"asyncio", "IPython", "networkx", "jsonpickle", "jinja2"} & loaded


@pytest.mark.fast
def test_every_command_reads_as_when_all_are_declared(capsys):
    def help_of(ap, argv):
        with pytest.raises(SystemExit):
            ap.parse_args(argv)
        return capsys.readouterr().out

    full = cli.parser()
    assert set(full._subparsers._group_actions[0].choices) == set(cli.COMMANDS)
    assert help_of(cli.parser(["--help"]), ["--help"]) == help_of(full, ["--help"])
    for name in cli.COMMANDS:
        assert help_of(cli.parser([name, "--help"]), [name, "--help"]) == help_of(cli.parser(), [name, "--help"])
    # the options before a command take no value: the command is the first other word
    assert cli.parser(["--debug", "remove", "a.txt"]).parse_args(["--debug", "remove", "a.txt"]).reports == ["a.txt"]


@pytest.mark.fast
def test_an_unknown_command_is_refused_with_the_full_list(capsys):
    with pytest.raises(SystemExit):
        cli.parser(["bogus"]).parse_args(["bogus"])
    err = capsys.readouterr().err
    assert "invalid choice: 'bogus'" in err and all(repr(name) in err for name in cli.COMMANDS)


@pytest.mark.fast
def test_a_scratch_store_is_copied_whole_and_every_file_and_folder_synced(tmp_path, monkeypatch):
    import os

    from kg.stores import swap

    source = tmp_path / "store"
    (source / "inner").mkdir(parents=True)
    contents = {f"{i:06d}.sst": os.urandom(3000 + i) for i in range(12)}
    contents["inner/CURRENT"] = b"MANIFEST-000005\n"
    contents["LOCK"] = b""
    for name, data in contents.items():
        (source / name).write_bytes(data)
    synced = []
    real = os.fsync
    monkeypatch.setattr(swap.os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd)))
    target = tmp_path / "copy"
    swap.copy_synced(source, target)
    assert {p.relative_to(target).as_posix(): p.read_bytes() for p in target.rglob("*") if p.is_file()} == contents
    assert sorted(synced) == sorted([str(target / name) for name in contents] + [str(target / "inner"), str(target)])
    assert synced.index(str(target / "inner")) < synced.index(str(target))  # a folder after those inside it
    with pytest.raises(FileExistsError):  # the target must not exist
        swap.copy_synced(source, target)


@pytest.mark.fast
def test_the_ontology_and_the_issue_scheme_describe_no_subject_in_common():
    """What lets the views and the store schema read each file on its own (each
    parsed once per process) instead of their union: a node's triples are all
    in one of them, and only the ontology declares classes and properties."""
    from rdflib.namespace import OWL, RDF

    from kg import ontology
    from kg.stores.mapping import schema
    from kg.views.vocabulary import Vocabulary, local_name

    onto, scheme = ontology.graph(ontology.ONTOLOGY), ontology.graph(ontology.ISSUE_SCHEME)
    assert onto and scheme and not set(onto.subjects()) & set(scheme.subjects())
    declared = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    assert not any(kind in declared for kind in scheme.objects(None, RDF.type))
    assert {"Official", "Place", "Concept"} <= set(schema().nodes)
    union = ontology.vocabulary()
    for lang in ("zh", "en"):
        vocab = Vocabulary(lang)
        for node in set(union.subjects()):  # as the union answers
            assert vocab.top_concept(node) == _top_in(union, node)
            assert vocab.label(node) == (_label_in(union, node, lang) or local_name(node))


def _top_in(graph, concept):
    from rdflib.namespace import SKOS

    seen, current = {concept}, concept
    while (parent := graph.value(current, SKOS.broader)) is not None and parent not in seen:
        seen.add(parent)
        current = parent
    return current


def _label_in(graph, node, lang):
    from kg.views.vocabulary import _label

    return _label(graph, node, lang)
