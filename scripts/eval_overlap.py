"""Find text copied from the evaluation reports: every run of N (default 10)
characters of ../shared/eval/reports (non-ASCII runs, line by line) that also
occurs in the given folders.  Prints `file:line: run` per hit and the count.

Usage: python scripts/eval_overlap.py ../shared/eval/reports tests kg [N=10 in the environment]
"""

import os
import sys
from pathlib import Path


def runs(text: str, n: int):
    for line in text.splitlines():
        line = line.strip()
        for i in range(len(line) - n + 1):
            run = line[i:i + n]
            if run.strip() and not run.isascii():
                yield run


def main() -> int:
    n = int(os.environ.get("N", 10))
    source, *folders = sys.argv[1:]
    grams = {r for p in sorted(Path(source).glob("*")) for r in runs(p.read_text(encoding="utf-8", errors="replace"), n)}
    hits = 0
    for folder in folders:
        for f in sorted(Path(folder).rglob("*")):
            if not f.is_file() or f.suffix == ".pyc":
                continue
            try:
                text = f.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for number, line in enumerate(text.splitlines(), 1):
                found = next((line[i:i + n] for i in range(len(line) - n + 1) if line[i:i + n] in grams), None)
                if found:
                    print(f"{f}:{number}: {found!r}")
                    hits += 1
    print(f"{hits} hit line(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
