"""Parser throughput: the seed report repeated to 1 MB (one document), and
the seed parsed as N separate reports (default 600, one process) with the
cost of each pipeline component.

Baseline: a bare pass over the same text in the same process: OpenCC
Traditional -> Simplified plus one regex scan for title+name candidates,
the least any parser of these reports must do.  Printed as a ratio.
The target for the reports run is >= 50 reports/s (issue 9).

    python benchmarks/throughput.py [--mb 1] [--reports 600]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from pathlib import Path

from kg.emit.rdf import report_graph
from kg.pipeline import COMPONENTS, Pipeline
from kg.read import RawReport
from kg.repair.script import simplify

SEED = Path(__file__).resolve().parent.parent / "seeds" / "hongkou-2025-02-05.txt"
TITLE_NAME = re.compile(r"(?:书记|区长|主任|主席)[\u4e00-\u9fff]{2,3}")


def corpus(megabytes: float) -> str:
    seed = SEED.read_text(encoding="utf-8")
    copies = int(megabytes * 1_000_000 // len(seed.encode("utf-8"))) + 1
    return "\n".join([seed] * copies)


def best_of(runs: int, func) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reports", type=int, default=600, help="separate reports for the reports/s line (0: skip)")
    args = ap.parse_args()
    if args.reports:
        per_report(args.reports)
    text = corpus(args.mb)
    size = len(text.encode("utf-8"))
    raw = RawReport(SEED, text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    pipeline = Pipeline()

    def baseline():
        return TITLE_NAME.findall(simplify(text))

    def parse():
        return pipeline.run_text(raw, "bench")

    def parse_and_emit():
        return report_graph(pipeline.run_text(raw, "bench")).serialize(format="turtle")

    parse()  # warm caches (lexicons, OpenCC, pypinyin)
    t_base = best_of(args.runs, baseline)
    t_parse = best_of(args.runs, parse)
    t_emit = best_of(max(1, args.runs - 1), parse_and_emit)
    facts = parse()
    mb = size / 1e6
    print(f"input: seed x{text.count(SEED.name) or size // len(SEED.read_bytes())} = {mb:.2f} MB")
    print(f"baseline (t2s + regex): {t_base:.3f} s  {mb / t_base:.1f} MB/s")
    print(f"pipeline (read->resolve): {t_parse:.3f} s  {mb / t_parse:.2f} MB/s  ratio {t_parse / t_base:.1f}x baseline")
    print(f"pipeline + Turtle: {t_emit:.3f} s  {mb / t_emit:.2f} MB/s  ratio {t_emit / t_base:.1f}x baseline")
    print(f"facts: {facts.counts()}")


def per_report(count: int) -> None:
    """Parse the seed `count` times as separate reports; print reports/s and
    each component's share, timed by wrapping the registered functions."""
    seed = SEED.read_text(encoding="utf-8")
    raw = RawReport(SEED, seed, hashlib.sha256(seed.encode()).hexdigest(), "utf-8")
    pipeline = Pipeline()
    pipeline.run_text(raw, "warm")  # lexicons, OpenCC, the analyser's model
    spent = dict.fromkeys(pipeline.names, 0.0)
    originals = {name: COMPONENTS[name].func for name in pipeline.names}

    def timed(name, func):
        def run(doc):
            start = time.perf_counter()
            func(doc)
            spent[name] += time.perf_counter() - start

        return run

    for name, func in originals.items():
        COMPONENTS[name] = COMPONENTS[name].__class__(name, timed(name, func), COMPONENTS[name].requires, COMPONENTS[name].assigns)
    try:
        start = time.perf_counter()
        for i in range(count):
            pipeline.run_text(raw, f"r{i}")
        total = time.perf_counter() - start
    finally:
        for name, func in originals.items():
            COMPONENTS[name] = COMPONENTS[name].__class__(name, func, COMPONENTS[name].requires, COMPONENTS[name].assigns)
    t_base = best_of(3, lambda: TITLE_NAME.findall(simplify(seed)))
    print(f"reports: {count} x seed ({len(seed)} characters): {total:.2f} s  {count / total:.0f} reports/s (target >= 50)"
          f"  ratio {total / count / t_base:.1f}x baseline")
    for name in pipeline.names:
        print(f"  {name:<10} {1000 * spent[name] / count:7.2f} ms/report  {100 * spent[name] / total:5.1f} %")


if __name__ == "__main__":
    main()
