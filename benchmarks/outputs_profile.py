"""Where the outputs stage's CPU goes: one build's outputs profiled by component.

    python benchmarks/outputs_profile.py CORPUS_DIR [--work DIR] [--top 25]

One fresh process builds the corpus with every output, as `kg build
CORPUS --jobs 1` does (`kg.api.build_reports`, a first build); only the
outputs stage (kg.build._assemble: linking, assembly, graph.nq/graph.ttl,
Oxigraph, LadybugDB, graph.html) is profiled, not extraction.  The main
thread is profiled on its own CPU clock (cProfile with `time.thread_time`),
so the load of other processes does not count, though the profiler's own
cost does (several-fold on Python code, less on C).  Oxigraph's bulk
loads and LadybugDB's COPY run in other threads, whose CPU is printed as the
process's CPU during the stage minus the main thread's.  Printed:

- the process's CPU, the main thread's, the other threads', and the wall
  seconds of each stage the build records (`BuildStats.stage_seconds`);
- the main thread's CPU by component: each function's own time (and that of
  the built-ins it calls, shared among its callers as the profile records
  them) summed by the govkg module group it belongs to (COMPONENTS), the
  rest by package;
- the `--top` functions by own time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# govkg's modules by the output they serve (first match wins)
COMPONENTS = (
    ("build and manifest", ("kg/build.py", "kg/api.py", "kg/fsutil.py", "kg/emit/digest.py", "kg/corpus/manifest.py")),
    ("linking and assembly", ("kg/corpus/",)),
    ("terms parsed (shared)", ("kg/emit/terms.py", "kg/emit/union.py")),
    ("Turtle / N-Quads", ("kg/emit/turtle.py", "kg/rdffile.py", "kg/streams.py")),
    ("Oxigraph", ("kg/stores/oxigraph_store.py", "kg/stores/named.py", "kg/stores/swap.py", "kg/stores/loads.py", "pyoxigraph")),
    ("LadybugDB", ("kg/emit/property_graph.py", "kg/stores/ladybug_store.py", "kg/stores/cypher_", "kg/stores/mapping.py",
                   "kg/stores/names.py", "kg/stores/threads.py", "ladybug")),
    ("graph.html", ("kg/views/",)),
    ("rest of govkg", ("kg/",)),
)

DRIVER = """
import cProfile, json, sys, time, resource
import kg.build
from kg.api import build_reports
prof, spent = cProfile.Profile(time.thread_time), {}
assemble = kg.build._assemble

def profiled(*args, **kwargs):  # the outputs stage only
    main0, cpu0, wall0 = time.thread_time(), time.process_time(), time.perf_counter()
    prof.enable()
    try:
        return assemble(*args, **kwargs)
    finally:
        prof.disable()
        spent.update(main=time.thread_time() - main0, process=time.process_time() - cpu0, wall=time.perf_counter() - wall0)

kg.build._assemble = profiled
built = build_reports([sys.argv[1]], sys.argv[2], jobs=1, dataset=False, facts=False)
s = built.result.stats
prof.dump_stats(sys.argv[3])
print(json.dumps({**spent, "stages": s.stage_seconds, "extracted": s.extracted, "extract_cpu": s.extract_cpu,
                  "reports": s.reports, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def component_of(filename: str) -> str:
    """The COMPONENTS group of a profiled function's file, else its package
    (site-packages' first folder) or `Python` for the standard library.

    >>> component_of("/x/kg/views/model.py"), component_of("/p/site-packages/rdflib/term.py")
    ('graph.html', 'rdflib')
    """
    path = filename.replace(os.sep, "/")
    for name, parts in COMPONENTS:
        if any(part in path for part in parts):
            return name
    if "site-packages/" in path:
        return path.split("site-packages/")[1].split("/")[0]
    return "Python"


def by_component(stats) -> dict[str, float]:
    """Own seconds summed by component; a built-in's (`~` file) shared among
    its callers by the time the profile records under each."""
    out: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, callers) in stats.stats.items():
        if filename == "~" and callers:
            total = sum(c[2] for c in callers.values()) or 1.0
            for (cfile, _, _), c in callers.items():
                key = component_of(cfile)
                out[key] = out.get(key, 0.0) + own * c[2] / total
            continue
        key = component_of(filename)
        out[key] = out.get(key, 0.0) + own
    return out


def main() -> None:
    import pstats

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--work", type=Path, help="build folder (default: a temporary one)")
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="kg-outputs-profile-"))
    out, prof = work / "build", work / "outputs.prof"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", DRIVER, str(a.corpus), str(out), str(prof)], env=env,
                          capture_output=True, text=True, check=True)
    f = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{f['reports']} reports, {f['extracted']} extracted ({f['extract_cpu']:.2f} s CPU, not profiled); load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; peak RSS {f['peak_mib']} MiB")
    print(f"outputs stage CPU: process {f['process']:.2f} s, main thread {f['main']:.2f} s (profiled), other threads "
          f"{f['process'] - f['main']:.2f} s; wall {f['wall']:.2f} s")
    print("stages (wall): " + ", ".join(f"{k} {v:.2f}" for k, v in f["stages"].items()))
    stats = pstats.Stats(str(prof))
    parts = sorted(by_component(stats).items(), key=lambda kv: -kv[1])
    total = sum(v for _, v in parts) or 1.0
    print("main thread's CPU by component:")
    for name, seconds in parts:
        if seconds >= 0.005:
            print(f"  {name:24s} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    print(f"top {a.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(a.top)
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
