"""What the lexical analyser reads, per report, and who asks for it.

    python benchmarks/analyser_use.py --folder ../../shared/eval/reports [--passes 3] [--callers 15]

Runs the pipeline over the folder's reports (each a separate report, `--passes` times; the first
pass also warms the lexicons and the model, so it is left out) and prints, per report:

- the report's characters, and the characters handed to the analyser: the analyse component's
  windows, `analyse_spans`' parts (split into text read for the first time and words of an
  earlier reading taken in again at a part's edge, `component._edge_start`/`_edge_end`), and
  the texts tagged alone (`tag_text`, labels and clauses read by themselves);
- texts answered from the analyser's memory (`LacAnalyser._memo`) and those it encoded;
- encoder runs (one per length of a call: a batch holds one length) and the CPU time of the
  encoder (ONNX Runtime) against the Python of `tag` around it (decoding, words);
- the callers that ask for the most characters (the four frames above `tag`).

A measuring tool, like throughput.py: it changes nothing, and its figures are what speed57b
(session 57) reported in docs/performance.md.  The analyser's own name is printed; for another
one (`KG_ANALYSER=jieba`) the memory and run lines are left out.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.analyse import get_analyser  # noqa: E402
import kg.analyse.component as component  # noqa: E402
from kg.errors import ReportError  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.read import RawReport  # noqa: E402

SEED = ROOT / "seeds" / "hongkou-2025-02-05.txt"


def overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """Characters of [start, end) inside the (disjoint) `spans`.

    >>> overlap([(0, 5), (8, 10)], 3, 9)
    3
    """
    return sum(max(0, min(b, end) - max(a, start)) for a, b in spans)


def caller(depth: int = 4) -> str:
    """The kg frames above the analyser's `tag` (innermost first), as `module.function`."""
    frame, names = sys._getframe(2), []
    while frame is not None and len(names) < depth:
        code = frame.f_code
        if "/kg/" in code.co_filename and not code.co_filename.endswith("analyse/__init__.py"):
            names.append(f"{Path(code.co_filename).stem}.{code.co_name}")
        frame = frame.f_back
    return " < ".join(names) or "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, required=True, help="a folder of report files")
    ap.add_argument("--passes", type=int, default=3, help="passes over the folder after the warm one")
    ap.add_argument("--callers", type=int, default=15, help="how many callers to list")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from throughput import folder_texts

    texts = folder_texts(args.folder)
    raws = [RawReport(SEED, t, hashlib.sha256(t.encode()).hexdigest(), "utf-8") for t in texts]
    pipeline = Pipeline()
    analyser = get_analyser()
    figures = collections.Counter()
    by_caller = collections.Counter()
    # the analysed spans before the current analyse_spans call; the windows being read
    state = {"part": None, "windows": False}
    untimed_tag, untimed_spans = analyser.tag, component.analyse_spans
    memo = getattr(analyser, "_memo", None)
    run = getattr(analyser, "_run", None)

    def tag(batch):
        if state["part"] is not None:
            source = "part"
        elif state["windows"]:
            source = "windows"
        else:
            source = "alone"
        fresh = [t for t in batch if memo is None or t not in memo]
        figures[f"chars {source}"] += sum(map(len, fresh))
        figures["memo chars"] += sum(map(len, batch)) - sum(map(len, fresh))
        figures["calls"] += 1
        by_caller[caller()] += sum(map(len, fresh))
        start = time.process_time()
        out = untimed_tag(batch)
        figures["tag s"] += time.process_time() - start
        return out

    def timed_run(names, feed):
        start = time.process_time()
        out = run(names, feed)
        figures["run s"] += time.process_time() - start
        figures["runs"] += 1
        return out

    def spans(doc, wanted):
        state["part"] = list(doc.ext.analysed)
        try:
            return untimed_spans(doc, wanted)
        finally:
            state["part"] = None

    def tokenize(text, parts, analyser=None):
        if state["part"] is not None:
            # (of the parts encoded: those answered from memory are counted there)
            figures["part again"] += sum(overlap(state["part"], s, e) for s, e in parts if memo is None or text[s:e] not in memo)
            return untimed_tokenize(text, parts, analyser)
        state["windows"] = True  # (called from analyse_component)
        try:
            return untimed_tokenize(text, parts, analyser)
        finally:
            state["windows"] = False

    untimed_tokenize = component.tokenize
    for i, raw in enumerate(raws):  # the warm pass: lexicons, the model, the readers' caches
        try:
            pipeline.run_text(raw, f"w{i}")
        except ReportError:
            pass
    analyser.tag = tag
    if run is not None:
        analyser._run = timed_run
    component.analyse_spans, component.tokenize = spans, tokenize
    # (the readers import analyse_spans by name: theirs is replaced too)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("kg.") and getattr(module, "analyse_spans", None) is untimed_spans:
            module.analyse_spans = spans
    start = time.process_time()
    for i, raw in enumerate(raws * args.passes):
        try:
            pipeline.run_text(raw, f"r{i}")
        except ReportError:
            pass
    cpu = time.process_time() - start
    n = len(raws) * args.passes
    sent = figures["chars windows"] + figures["chars part"] + figures["chars alone"]
    print(f"{len(raws)} reports x {args.passes}, analyser {analyser.name}: per report")
    print(f"  {sum(map(len, texts)) / len(texts):.0f} characters; {sent / n:.0f} encoded "
          f"(windows {figures['chars windows'] / n:.0f}, on demand {figures['chars part'] / n:.0f} of which "
          f"{figures['part again'] / n:.0f} taken in again at a part's edge, alone {figures['chars alone'] / n:.0f}); "
          f"{figures['memo chars'] / n:.0f} answered from memory")
    print(f"  {figures['calls'] / n:.1f} calls, {figures['runs'] / n:.1f} encoder runs; CPU {1000 * cpu / n:.2f} ms, of which "
          f"tag {1000 * figures['tag s'] / n:.2f} ms (encoder {1000 * figures['run s'] / n:.2f}, "
          f"Python around it {1000 * (figures['tag s'] - figures['run s']) / n:.2f})")
    print("  characters encoded by caller:")
    for name, chars in by_caller.most_common(args.callers):
        print(f"    {chars / n:6.1f}  {name}")


if __name__ == "__main__":
    main()
