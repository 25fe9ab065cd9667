"""The assembly's cache: an incremental build re-assembles the reports that
changed and those the linker now links differently, reuses every other
report's assembled form, and ends exactly where a fresh build of the same
folder ends (graph files byte for byte, both stores row for row)."""

from __future__ import annotations

from pathlib import Path

from kg.build import BuildOptions, build_corpus
from kg.synthetic import write_corpus as write_synthetic
from tests.plugins.corpus import write_corpus
from tests.test_one_pass import dump_stores


def graph_lines(out: Path, graph: str) -> list[str]:
    """The statements of one named graph in graph.nq."""
    return [line for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines() if line.endswith(f"<{graph}> .")]


def build(corpus: Path, out: Path):
    return build_corpus([corpus], BuildOptions(out=out, jobs=1, progress=False))


def test_only_changed_and_relinked_reports_are_assembled_again(tmp_path):
    corpus = write_corpus(tmp_path / "reports")
    write_synthetic(corpus, 24, seed=7)
    out = tmp_path / "out"
    first = build(corpus, out)
    assert first.stats.reassembled == first.stats.reports  # nothing kept yet

    # a new official at a place already known: this report alone
    with open(corpus / "r2.txt", "a", encoding="utf-8") as f:
        f.write("2025年4月9日，副区长钱立新来到东湖街道山一居民区，听取居民关于楼道照明的意见建议。\n")
    second = build(corpus, out)
    assert second.incremental and second.stats.extracted == 1
    assert second.stats.reassembled == 1

    # 张强 of r6 has no district; a report naming 张强 of 西湖区 makes him that one
    # (the only 张强 with a district): r6 is linked differently and assembled again
    r6 = second.manifest.reports["r6.txt"]["graph"]
    before = graph_lines(out, r6)
    (corpus / "r7.txt").write_text("2024年9月1日，西湖区委副书记张强来到西湖街道新华居民区，听取居民关于停车难的意见建议。\n",
                                   encoding="utf-8")
    third = build(corpus, out)
    assert third.incremental and third.stats.extracted == 1
    assert third.stats.reassembled == 2
    assert graph_lines(out, r6) != before

    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    for name in ("graph.ttl", "graph.nq", "graph.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert dump_stores(out) == dump_stores(fresh)
