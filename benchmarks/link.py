"""The cross-report linker at scale: kg.corpus.link.Linker over replicated mentions.

    python benchmarks/link.py                                  # the seed, 9,900 copies
    python benchmarks/link.py /path/to/reports --copies 300    # a folder's reports, 300 copies each

Each report of FOLDER is extracted once (read -> resolve) and its mentions
(kg.corpus.mentions.report_mentions) are copied COPIES times.  Every copy
renames each district the reports name (东湖 -> 东湖乙丙, in posts and chains
too), so the same community and street names recur across many districts:
the shape of a national corpus, where 新华社区 lies in hundreds of districts.
Printed: CPU seconds (median of --runs) of taking the mentions in and
deciding (Linker.add + finish), of writing the entities graph
(Linker.entity_triples), the triple count and a digest of the triples, so
that two trees can be compared for speed and for identical output.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the copy number written in ten Han characters, so a renamed district is still read as a name
TAGS = "甲乙丙丁戊己庚辛壬癸"


def tag(n: int, width: int) -> str:
    """`n` in base ten with TAGS as digits, `width` digits: tag(12, 3) == '甲乙丙'."""
    return "".join(TAGS[int(d)] for d in str(n).zfill(width))


def folder_mentions(folder: Path) -> list[dict]:
    """The mentions of every report of `folder` (sorted by file name); bad reports are skipped."""
    from kg.corpus.mentions import report_mentions
    from kg.corpus.record import extract_facts
    from kg.errors import ReportError

    out = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        try:
            _, facts = extract_facts(path)
        except ReportError:
            continue
        out.append(report_mentions(facts))
    return out


def replicate(mentions: list[dict], copies: int) -> list[dict]:
    """`copies` copies of every report's mentions, each copy with its own district names.

    Every district core the reports name is replaced, wherever it is written
    (chains, posts, the districts map), by the core plus the copy's tag; the
    longest cores first, so that a core inside another is not replaced twice."""
    cores = sorted({core for m in mentions for core in m["districts"]}, key=lambda c: (-len(c), c))
    texts = [json.dumps(m, ensure_ascii=False) for m in mentions]
    width = len(str(max(copies - 1, 0)))
    out = []
    for n in range(copies):
        marks = {core: f"\0{i}\0" for i, core in enumerate(cores)}
        for text in texts:
            for core, mark in marks.items():
                text = text.replace(core, mark)
            for i, core in enumerate(cores):
                text = text.replace(f"\0{i}\0", core + tag(n, width))
            out.append(json.loads(text))
    return out


def run(mentions: list[dict], runs: int) -> tuple[float, float, int, str]:
    """(median CPU s of add + finish, median CPU s of entity_triples, triples, digest)."""
    from kg.corpus.link import Linker
    from kg.emit.iri import DEFAULT_BASE

    link, write = [], []
    for _ in range(runs):
        ms = copy.deepcopy(mentions)  # Linker.add interns strings in place
        started = time.process_time()
        linker = Linker(DEFAULT_BASE)
        for m in ms:
            linker.add(m)
        linker.finish()
        decided = time.process_time()
        triples = list(linker.entity_triples())
        link.append(decided - started)
        write.append(time.process_time() - decided)
    digest = hashlib.sha1(repr(triples).encode()).hexdigest()[:12]
    return statistics.median(link), statistics.median(write), len(triples), digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=ROOT / "seeds")
    ap.add_argument("--copies", type=int, help="copies of each report (default: 9,900 reports in all)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    mentions = folder_mentions(args.folder)
    if not mentions:
        sys.exit(f"no report could be read in {args.folder}")
    copies = args.copies or max(1, 9900 // len(mentions))
    replica = replicate(mentions, copies)
    districts = {core for m in replica for core in m["districts"]}
    print(f"{len(replica)} reports ({len(mentions)} x {copies}), {len(districts)} district names")
    link, write, n, digest = run(replica, args.runs)
    print(f"link (add + finish) {link:.2f} s CPU, entity triples {write:.2f} s CPU, {n} triples, digest {digest}")


if __name__ == "__main__":
    main()
