"""The outputs stage alone, at several corpus sizes: CPU per report must stay flat.

    python benchmarks/outputs_scale.py BUILD CORPUS                  # every output
    python benchmarks/outputs_scale.py BUILD CORPUS --without store cypher
    python benchmarks/outputs_scale.py BUILD CORPUS --tree /tmp/main-tree --profile /tmp/p.prof

BUILD is a build folder of CORPUS made earlier (say `kg build CORPUS --out
BUILD --no-store --no-html`, any --jobs): its extraction is reused, so a run
costs only the outputs stage.  The folder is copied, its assembled reports
dropped from the cache and its outputs forgotten, and the copy built again
with `--jobs 1` in this process, as a first build would assemble it (not
incrementally).  Printed as one JSON line: reports, outputs-stage wall and
CPU seconds, CPU milliseconds a report, wall seconds per stage, the cyclic
collector's collections and CPU, and peak RSS.

`--without` leaves outputs out (kg.build.OUTPUTS names: store, cypher, html):
run at two sizes, the output whose CPU a report grows is the superlinear one.
`--tree` runs another checkout's code on the same folder (compare revisions
alternately: the machine's load moves CPU figures by 10-20 %).  `--profile`
writes a cProfile of the stage, timed by process CPU.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path, help="a build folder of CORPUS (its cached extraction is reused)")
    ap.add_argument("corpus", type=Path, help="the folder of reports it was built from")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose code runs (default: this one)")
    ap.add_argument("--without", nargs="*", default=[], choices=["store", "cypher", "html"], help="outputs left out")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the stage (process CPU) here")
    args = ap.parse_args()
    sys.path.insert(0, str(args.tree))

    import kg.build as build
    from kg.corpus.manifest import MANIFEST, RECORDS

    work = Path(tempfile.mkdtemp(prefix="kg-outputs-scale-"))
    try:
        out = work / "build"
        shutil.copytree(args.build, out, ignore=shutil.ignore_patterns("store", "graph.*"))
        with sqlite3.connect(out / RECORDS) as db:  # every report assembled anew, as in a first build
            db.execute("DELETE FROM assembled")
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        manifest["assembled"], manifest["outputs"] = None, {}
        (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        for name in args.without:
            build.OUTPUTS[name] = None
        build.INCREMENTAL_SHARE = -1  # nothing was extracted: without this the stores would be updated in place

        collected = {"collections": 0, "cpu": 0.0}
        started = {}

        def count(phase, info):
            if phase == "start":
                started["cpu"] = time.process_time()
            else:
                collected["collections"] += 1
                collected["cpu"] += time.process_time() - started["cpu"]

        gc.callbacks.append(count)
        if args.profile:
            import cProfile

            profile = cProfile.Profile(time.process_time)
            profile.enable()
        result = build.build_corpus([args.corpus], build.BuildOptions(out=out, jobs=1))
        if args.profile:
            profile.disable()
            profile.dump_stats(args.profile)
        s = result.stats
        print(json.dumps({
            "tree": str(args.tree), "reports": s.reports, "without": args.without,
            "outputs_wall": round(s.output_seconds, 2), "outputs_cpu": round(s.output_cpu, 2),
            "ms_cpu_a_report": round(1000 * s.output_cpu / max(s.reports, 1), 2),
            "stages_wall": {k: round(v, 2) for k, v in s.stage_seconds.items()},
            "gc": {"collections": collected["collections"], "cpu": round(collected["cpu"], 2)},
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        }))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
