"""Parser throughput: the seed report repeated to 1 MB (one document), and
N separate reports (default 600, one process) with the cost of each
pipeline component: the seed N times (3,100 characters, every line damaged:
Traditional script, 182 pinyin annotations, ASCII punctuation), and N
distinct synthetic reports of the genre (kg.synthetic, half of them
damaged; ~320 characters), which no cache of repeated text can favour.
Each reports line gives wall seconds and CPU seconds of this process (a
busy machine disturbs CPU time less); component shares are CPU time.  The
lexical analyser's line is its CPU time inside those components (most of
officials, visits and issues), with the calls, spans and characters the
components asked it to tag.

Baseline: a bare pass over the same text in the same process: OpenCC
Traditional -> Simplified plus one regex scan for title+name candidates,
the least any parser of these reports must do.  Printed as a ratio.
The target for the reports run is >= 50 reports/s (the parser's stated floor).

With `--against TREE` (a checkout of another revision) the reports runs
are also made by each tree in fresh processes, alternately (a change in the
machine's load hits both), and the medians printed with their ratio: the
figure of a change measured in one script.

    python benchmarks/throughput.py [--mb 1] [--reports 600] [--against TREE --runs 3] [--folder DIR]

`--folder DIR` adds the per-component lines for real reports (DIR's files,
read as a build reads them, cycled to --reports): the seed is one report,
every line of it damaged; real reports are shorter and mostly clean.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.analyse import get_analyser  # noqa: E402
from kg.emit.rdf import report_graph  # noqa: E402
from kg.pipeline import COMPONENTS, Pipeline  # noqa: E402
from kg.read import RawReport  # noqa: E402
from kg.repair.script import simplify  # noqa: E402
from kg.errors import ReportError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hongkou-2025-02-05.txt"
TITLE_NAME = re.compile(r"(?:书记|区长|主任|主席)[\u4e00-\u9fff]{2,3}")


def corpus(megabytes: float) -> str:
    seed = SEED.read_text(encoding="utf-8")
    copies = int(megabytes * 1_000_000 // len(seed.encode("utf-8"))) + 1
    return "\n".join([seed] * copies)


def best_of(runs: int, func, clock=time.perf_counter) -> float:
    """The shortest of `runs` timings of func() in seconds, read on `clock`."""
    times = []
    for _ in range(runs):
        start = clock()
        func()
        times.append(clock() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reports", type=int, default=600, help="separate reports for the reports/s line (0: skip)")
    ap.add_argument("--against", type=Path, help="a checkout of another revision: its reports runs beside this tree's")
    ap.add_argument("--folder", type=Path, help="a folder of real reports: their per-component cost too (cycled to --reports)")
    args = ap.parse_args()
    if args.against:
        for kind in ("seed", "synthetic", *([str(args.folder.resolve())] if args.folder else [])):
            compare(kind, args.reports, args.against.resolve(), args.runs)
    if args.reports:
        seed = SEED.read_text(encoding="utf-8")
        per_report([seed] * args.reports, f"{args.reports} x seed ({len(seed)} characters)")
        per_report(synthetic(args.reports), f"{args.reports} synthetic reports")
        if args.folder:
            real = folder_texts(args.folder)
            per_report([real[i % len(real)] for i in range(args.reports)],
                       f"{args.reports} real reports ({len(real)} of {args.folder} cycled)")
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


# run by each tree in a fresh process: reports/CPU-s of one corpus, and the analyser's share
DRIVER = """
import hashlib, json, random, sys, time
from pathlib import Path
from kg.analyse import get_analyser
from kg.errors import ReportError
from kg.pipeline import Pipeline
from kg.read import RawReport
corpus, count, seed = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
if corpus == "seed":
    texts = [seed.read_text(encoding="utf-8")] * count
elif corpus != "synthetic":  # a folder of real reports, cycled to count
    from kg.read import read_report
    real = []
    for path in sorted(Path(corpus).iterdir()):
        if path.is_file() and not path.name.startswith("."):
            try:
                real.append(read_report(path).text)
            except ReportError:
                pass
    texts = [real[i % len(real)] for i in range(count)]
else:
    from kg.synthetic import synthetic_report
    rng = random.Random(600)
    texts = [synthetic_report(rng, damaged=rng.random() < 0.5) for _ in range(count)]
raws = [RawReport(seed, t, hashlib.sha256(t.encode()).hexdigest(), "utf-8") for t in texts]
pipeline = Pipeline()
pipeline.run_text(raws[0], "warm")
analyser = get_analyser()
tagger = {"s": 0.0, "chars": 0, "calls": 0}
untimed = analyser.tag
def timed(texts):
    start = time.process_time()
    out = untimed(texts)
    tagger["s"] += time.process_time() - start
    tagger["chars"] += sum(map(len, texts))
    tagger["calls"] += 1
    return out
analyser.tag = timed
start, cpu = time.perf_counter(), time.process_time()
for i, raw in enumerate(raws):
    try:
        pipeline.run_text(raw, f"r{i}")
    except ReportError:
        pass
wall, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({"wall": wall, "cpu": cpu, "tagger": tagger["s"], "chars": tagger["chars"] / count, "calls": tagger["calls"] / count}))
"""


def run_tree(root: Path, corpus: str, count: int) -> dict:
    """DRIVER in a fresh process with the code of the tree `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", DRIVER, corpus, str(count), str(SEED)], capture_output=True,
                          text=True, cwd=root, env=env)
    if proc.returncode:
        sys.exit(f"{root}: the run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare(corpus: str, count: int, other: Path, runs: int) -> None:
    """`count` reports of `corpus` by this tree and by `other`, alternately,
    `runs` times each; medians and the ratio of reports per CPU-second."""
    rows: dict[Path, list[dict]] = {other: [], ROOT: []}
    for _ in range(runs):
        for root in rows:
            rows[root].append(run_tree(root, corpus, count))
    print(f"{count} {corpus} reports, one process, each tree {runs} times alternately (medians):")
    rates = {}
    for root, figures in rows.items():
        cpu = statistics.median(f["cpu"] for f in figures)
        tag = statistics.median(f["tagger"] for f in figures)
        rates[root] = count / cpu
        print(f"  {root}: {count / cpu:.0f} reports per CPU-second ({1000 * cpu / count:.2f} ms a report;"
              f" the analyser {1000 * tag / count:.2f} ms, {figures[0]['calls']:.1f} calls, {figures[0]['chars']:.0f} characters)")
    print(f"  ratio this tree / {other.name}: {rates[ROOT] / rates[other]:.2f}x reports per CPU-second")


def synthetic(count: int, seed: int = 600) -> list[str]:
    """`count` distinct synthetic reports (kg.synthetic), half of them damaged."""
    from kg.synthetic import synthetic_report

    rng = random.Random(seed)
    return [synthetic_report(rng, damaged=rng.random() < 0.5) for _ in range(count)]


def folder_texts(folder: Path) -> list[str]:
    """The decoded text of each report file in `folder` (as a build reads
    them: kg.read.read_report), in name order; files it refuses are left out.
    Raises SystemExit when none is left."""
    from kg.read import read_report

    texts = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            try:
                texts.append(read_report(path).text)
            except ReportError:
                pass
    if not texts:
        sys.exit(f"{folder}: no report files")
    return texts


def per_report(texts: list[str], label: str) -> None:
    """Parse each text as a separate report; print reports/s (wall and CPU)
    and each component's share of CPU time, timed by wrapping the registered
    functions.  Reports with no facts count (they were parsed)."""
    raws = [RawReport(SEED, t, hashlib.sha256(t.encode()).hexdigest(), "utf-8") for t in texts]
    pipeline = Pipeline()
    pipeline.run_text(raws[0], "warm")  # lexicons, OpenCC, the analyser's model
    spent = dict.fromkeys(pipeline.names, 0.0)
    originals = {name: COMPONENTS[name].func for name in pipeline.names}

    def timed(name, func):
        def run(doc):
            start = time.process_time()
            func(doc)
            spent[name] += time.process_time() - start

        return run

    for name, func in originals.items():
        COMPONENTS[name] = COMPONENTS[name].__class__(name, timed(name, func), COMPONENTS[name].requires, COMPONENTS[name].assigns)
    # the lexical analyser, called from several components: its own line
    analyser = get_analyser()
    tagger = {"s": 0.0, "calls": 0, "spans": 0, "chars": 0}
    untimed_tag = analyser.tag

    def timed_tag(texts):
        start = time.process_time()
        out = untimed_tag(texts)
        tagger["s"] += time.process_time() - start
        tagger["calls"] += 1
        tagger["spans"] += len(texts)
        tagger["chars"] += sum(map(len, texts))
        return out

    analyser.tag = timed_tag
    failed = 0
    try:
        start, cpu = time.perf_counter(), time.process_time()
        for i, raw in enumerate(raws):
            try:
                pipeline.run_text(raw, f"r{i}")
            except ReportError:
                failed += 1
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        del analyser.tag  # the class's own method again
        for name, func in originals.items():
            COMPONENTS[name] = COMPONENTS[name].__class__(name, func, COMPONENTS[name].requires, COMPONENTS[name].assigns)
    chars = sum(map(len, texts))
    # CPU time over every text, as the reports line it is compared with (wall time on a busy machine is not)
    t_base = best_of(3, lambda: [TITLE_NAME.findall(simplify(t)) for t in texts], time.process_time)
    count = len(texts)
    print(f"reports: {label}, {chars / count:.0f} characters each on average, {failed} without facts:")
    print(f"  {total:.2f} s wall = {count / total:.0f} reports/s; {cpu:.2f} s CPU = {count / cpu:.0f} reports per CPU-second"
          f" (target >= 50/s); ratio {cpu / t_base:.1f}x baseline")
    for name in pipeline.names:
        print(f"  {name:<10} {1000 * spent[name] / count:7.2f} ms/report  {100 * spent[name] / cpu:5.1f} %")
    print(f"  of which the lexical analyser ({analyser.name}) {1000 * tagger['s'] / count:.2f} ms/report"
          f" {100 * tagger['s'] / cpu:5.1f} %: {tagger['calls'] / count:.1f} calls, {tagger['spans'] / count:.1f} spans,"
          f" {tagger['chars'] / count:.0f} characters per report"
          f" ({1e6 * tagger['s'] / max(1, tagger['chars']):.1f} µs a character)")


if __name__ == "__main__":
    main()
