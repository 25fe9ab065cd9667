"""Parser throughput on the seed report repeated to 1 MB.

Baseline: a bare pass over the same text in the same process: OpenCC
Traditional -> Simplified plus one regex scan for title+name candidates,
the least any parser of these reports must do.  Printed as a ratio.

    python benchmarks/throughput.py [--mb 1]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from pathlib import Path

from kg.emit.rdf import report_graph
from kg.pipeline import Pipeline
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
    args = ap.parse_args()
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


if __name__ == "__main__":
    main()
