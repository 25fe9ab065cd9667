"""Property-based tests: synthetic reports with random damage go through the
real pipeline in-process, then the build's own emitters: read -> repair ->
extract -> resolve -> N-Quads (kg.emit.rdf) -> streamed Turtle (kg.emit.turtle)
-> rdflib parse -> SHACL (kg.validate).

The generator knows what it wrote (`sample.plan`), so the tests check content
too (tests/recovery.py): every official, post and date exactly, per report,
where the damage leaves them readable; and over 2,000 reports, at least a
stated share of what was written for every kind of fact, clean and damaged."""

from __future__ import annotations

import hashlib
import io
import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from rdflib import Dataset, Graph, Literal

from kg.emit.rdf import report_graph, report_quads
from kg.emit.turtle import write_turtle
from kg.errors import ReportError
from kg.namespaces import OA
from kg.pipeline import Pipeline
from kg.read import RawReport
from kg.repair.artefacts import INVISIBLE
from kg import synthetic as syn
from kg.validate import validate
from tests.recovery import KINDS, found, precision, recall, recovered, written
from tests.strategies import damaged_reports

PIPELINE = Pipeline()


def raw_report(text: str) -> RawReport:
    data = text.encode("utf-8")
    return RawReport(path=Path("synthetic.txt"), text=text, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8")


def streamed_turtle(graph: Graph) -> str:
    """graph.ttl as `kg build` writes it: sorted N-Triples lines through kg.emit.turtle."""
    lines = sorted(set(graph.serialize(format="nt").splitlines(keepends=True)) - {"\n"})
    out = io.StringIO()
    write_turtle(lines, out)
    return out.getvalue()


# 2,000 examples, derandomized so a CI failure reproduces; ~3 minutes on 2 cores,
# most of it pySHACL's RDFS inference.
@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")  # rdflib's own
@settings(max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_reports())
def test_damaged_reports_give_valid_conforming_turtle(sample):
    try:
        facts = PIPELINE.run_text(raw_report(sample.text), key="synthetic.txt")
    except ReportError as exc:
        # The generator always writes officials and places, so "no facts found"
        # fails, except where noise characters may have broken every name and
        # post; test_recovery_meets_the_stated_floors bounds how often that is.
        assert "noise" in sample.damage and exc.reason.startswith("no facts found"), f"{exc}\n{sample.text}"
        event("no facts found (noise)")
        return

    if "noise" not in sample.damage:
        # script, pinyin, punctuation and indents are all repaired: exact
        want, got = written(sample.plan), found(facts)
        for kind in ("officials", "posts", "date"):
            assert got[kind] == want[kind], f"{kind}: wrote {want[kind]}, got {got[kind]}\n{sample.text}"

    quads = report_quads(facts, sample.text)
    assert len(Dataset().parse(data="\n".join(quads), format="nquads")) == len(quads)

    graph = report_graph(facts, original=sample.text)
    parsed = Graph().parse(data=streamed_turtle(graph), format="turtle")
    assert set(parsed) == set(graph) and len(parsed) > 0, sample.text
    # invisible and bidi controls from the noise never reach a name, label or
    # evidence sentence; only oa:exact quotes the original file verbatim
    assert not {str(o) for _, p, o in parsed if p != OA.exact and isinstance(o, Literal) and INVISIBLE.search(o)}

    validation = validate(parsed)
    assert validation.conforms, f"{validation.report}\n{sample.text}"


# Recovery over many reports, clean and damaged: the share of what the generator
# wrote that extraction gave back (recall) and of what it gave that was written
# (precision), per kind; "no facts found" counts as nothing found.
SAMPLE_SIZE = 2000
SAMPLE_SEED = 12
# Floors: each a little under the share measured on this sample (`pytest -s -k
# floors` prints the table), so a change that loses facts fails here; raise
# them as the parser gets better.  Places, visits and issues are matched by the
# evaluation's rules (tests/recovery.py), and the generator writes and expects
# places as readers annotate them (an organ stands for its place, an unnamed
# site is named by the place before it; kg/synthetic.py place_names).
# Measured 2026-11-30 16:10 (main with visits3/issues3 merged), generator
# aligned with those conventions and after the officials fixes it led to
# (repetition before a person's act, a post after the name joined to it, no
# title inside a visited place, one-mention names placed by the act after them):
#                    officials  posts  places  visits  issues  date
#   clean recall         1.000  1.000   0.946   0.911   0.902  1.000
#   clean precision      1.000  1.000   0.971   0.914   0.899  1.000
#   damaged recall       0.952  0.905   0.874   0.787   0.790  0.938
#   damaged precision    0.990  0.956   0.963   0.823   0.808  0.999
# Floors for places, visits and issues sit .015-.02 under (other parser work
# moves them by about .01), the rest closer.
# (before the alignment places, visits and issues read .43/.49/.21 and the
# floors stood at .40/.46/.20, officials and posts at .985/.975).
# What is left of places and visits is the parser's: after X居委会 a site is cut
# at 居委 (会松柏养老院), a community before an unnamed site stays in its name
# (和平村养老院 gives no 和平村), and 社区食堂 after X村 is read as 社区; of
# issues, 党建工作 comes back as 党建 (shorter than the scorer's four characters).
# Damaged officials and posts are noise inside names and titles.
FLOORS = {
    "clean": {
        "recall": {"officials": 0.998, "posts": 0.998, "places": 0.93, "visits": 0.895, "issues": 0.885, "date": 0.998},
        "precision": {"officials": 0.998, "posts": 0.998, "places": 0.955, "visits": 0.895, "issues": 0.88, "date": 0.998},
    },
    "damaged": {
        "recall": {"officials": 0.94, "posts": 0.89, "places": 0.86, "visits": 0.77, "issues": 0.775, "date": 0.92},
        "precision": {"officials": 0.98, "posts": 0.94, "places": 0.945, "visits": 0.805, "issues": 0.79, "date": 0.995},
    },
}
# Share of damaged reports allowed to give "no facts found": noise inside every
# post title (measured 10 of 2,000, 0.5 %).
NO_FACTS_CEILING = 0.01


def _measure(size: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED) -> tuple[dict[str, Counter], Counter]:
    rng = random.Random(seed)
    counts = {"clean": Counter(), "damaged": Counter()}
    no_facts = Counter()
    for _ in range(size):
        plan = syn.random_plan(rng)
        clean = syn.render(plan)
        for variant, text in (("clean", clean), ("damaged", syn.damage(clean, rng))):
            try:
                facts = PIPELINE.run_text(raw_report(text), key="synthetic.txt")
            except ReportError:
                facts = None
                no_facts[variant] += 1
            counts[variant] += recovered(plan, facts)
    return counts, no_facts


def _table(counts: dict[str, Counter]) -> str:
    lines = [f"{'':18}" + "".join(f"{k:>10}" for k in KINDS)]
    for variant, c in counts.items():
        for name, measure in (("recall", recall), ("precision", precision)):
            lines.append(f"{variant + ' ' + name:18}" + "".join(f"{v:10.3f}" for v in measure(c).values()))
    return "\n".join(lines)


@pytest.mark.fast
def test_recovery_meets_the_stated_floors():
    counts, no_facts = _measure()
    table = _table(counts)
    print(f"\nrecovery on {SAMPLE_SIZE} synthetic reports (seed {SAMPLE_SEED}):\n{table}\nno facts found: {dict(no_facts)}")
    assert no_facts["clean"] == 0, table
    assert no_facts["damaged"] <= NO_FACTS_CEILING * SAMPLE_SIZE, no_facts
    below = [
        f"{variant} {name} {kind}: {got:.3f} < {floor}"
        for variant, measures in FLOORS.items()
        for name, measure in (("recall", recall), ("precision", precision))
        for kind, got in measure(counts[variant]).items()
        if got < measures[name][kind] for floor in [measures[name][kind]]
    ]
    assert not below, "\n".join(below) + "\n" + table
