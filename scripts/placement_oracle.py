"""Measure issue placement apart from issue reading: of the gold issues whose label
was found, how many sit at the wrong place, and what recall and precision would
be with every found label at its gold place.

Usage (from the repository root):

    python scripts/placement_oracle.py SET_DIR BUILD_DIR [--build] [-v]

SET_DIR holds gold/ and reports/ (../shared/eval, ../shared/eval/kinds, a probe
set); BUILD_DIR/<id>/graph.ttl are the graphs (`--build` makes them first with
`python -m kg build … --no-store --no-html`, PYTHONPATH this repository).  The
matching is the scorer's own (`score.py` beside the gold folder's set, found at
../shared/eval/score.py).  `-v` prints each misplaced or unmatched issue: never
use it on a set you must not read (check/, sealed probes) — the summary line
says nothing about their text.

Summary line, e.g.:
    gold 88 hit 57 (R 0.65) misplaced 3 (oracle R 0.68) | pred 72 ok 59 (P 0.82) label-ok 62 (oracle P 0.86)
`misplaced`: gold issues whose label was predicted, at no gold place; of those,
how many gold places no predicted visit reached (a visit reading miss, not a
placement one).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))


def build(set_dir: Path, out: Path, golds: list[Path]) -> None:
    """Build each gold's report into out/<id>/ (two at a time)."""

    def one(gp: Path) -> None:
        text = next((set_dir / "reports").glob(gp.stem + ".*"))
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(text), "--out", str(out / gp.stem), "--no-store", "--no-html"],
            capture_output=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT,
        )

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(one, golds))


def main() -> int:
    import score as S  # the evaluation's scorer: the same matching rules
    from rdflib import Graph

    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(args) != 2:
        print(__doc__)
        return 2
    set_dir, out = Path(args[0]), Path(args[1])
    verbose = "-v" in sys.argv
    golds = sorted((set_dir / "gold").glob("*.json"))
    if "--build" in sys.argv:
        build(set_dir, out, golds)
    t = dict(gold=0, hit=0, misplaced=0, unvisited=0, pred=0, ok=0, label_ok=0)
    for gp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        ttl = out / gp.stem / "graph.ttl"
        t["gold"] += len(gold["issues"])
        if not ttl.exists():
            continue
        g = Graph()
        g.parse(ttl, format="turtle")
        facts = S.facts(g)
        got, visited = facts["issues"], [o for _, o in facts["visits"]]

        def at_place(labels, issue) -> bool:
            aliases = next((v.get("aliases", []) for v in gold["visits"] if v["place"] == issue["place"]), [])
            return S.place_match(labels, issue["place"], aliases)

        def same_label(labels, issue) -> bool:
            return S.issue_match(labels, issue["issue"], issue.get("aliases", []))

        for i in gold["issues"]:
            found = [s for s, o in got if same_label(o, i)]
            hit = any(at_place(s, i) for s in found)
            t["hit"] += hit
            if found and not hit:
                t["misplaced"] += 1
                t["unvisited"] += not any(at_place(o, i) for o in visited)
                if verbose:
                    print(f"{gp.stem}: MISPLACED {i['issue']} gold@{i['place']} got@{sorted(set().union(*found))}")
        for s, o in got:
            t["pred"] += 1
            t["ok"] += any(at_place(s, i) and same_label(o, i) for i in gold["issues"])
            t["label_ok"] += any(same_label(o, i) for i in gold["issues"])
    r = lambda n, d: f"{n / d:.2f}" if d else "-"  # noqa: E731
    print(
        f"gold {t['gold']} hit {t['hit']} (R {r(t['hit'], t['gold'])}) misplaced {t['misplaced']}, "
        f"{t['unvisited']} at a place no visit reached (oracle R {r(t['hit'] + t['misplaced'], t['gold'])}) | "
        f"pred {t['pred']} ok {t['ok']} (P {r(t['ok'], t['pred'])}) label-ok {t['label_ok']} (oracle P {r(t['label_ok'], t['pred'])})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
