"""Speed of the lexical analysers (kg/analyse) on the seed report: whole
sentences, and the windows the `analyse` component hands them.

Baseline: jieba's posseg on the same text in the same process; each line
prints characters/s and the ratio to it.

    python benchmarks/analysers.py [--runs 3]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.analyse import get_analyser
from kg.analyse.component import windows
from kg.extract.sentences import split_sentences
from kg.repair import repair
from kg.text import TrackedText
from throughput import best_of  # benchmarks/ is on sys.path when run as a script

SEED = Path(__file__).resolve().parent.parent / "seeds" / "hongkou-2025-02-05.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    text = repair(TrackedText(SEED.read_text(encoding="utf-8"))).text
    sentences = [s.text for s in split_sentences(text)]
    spans = [text[s:e] for s, e in windows(text)]
    inputs = {"sentences": sentences, "windows": spans}
    print(f"seed: {len(text)} characters; windows: {sum(map(len, spans))} characters ({len(spans)} spans)")
    base = {}
    for name in ("jieba", "lac"):
        analyser = get_analyser(name)
        for label, texts in inputs.items():
            analyser.tag(texts)  # warm up (dictionary load, session init)
            t = best_of(args.runs, lambda: analyser.tag(texts))
            chars = sum(map(len, texts))
            base.setdefault(label, t)
            print(f"{name:6} {label:9} {chars / t:9.0f} chars/s  {1000 * t:7.2f} ms  ratio {t / base[label]:.1f}x jieba")


if __name__ == "__main__":
    main()
