"""Everything after extraction: `kg build` with all its outputs, and an incremental rebuild.

    python benchmarks/outputs.py                     # 600 and 10,000 reports, synthetic and mixed
    python benchmarks/outputs.py --sizes 600 --corpora seed --no-rebuild
    python benchmarks/outputs.py --sizes 600 --keep /tmp/bench
    git archive main | tar -x -C /tmp/main-tree       # another revision, to compare with:
    python benchmarks/outputs.py --sizes 600 --against /tmp/main-tree --runs 2

Three corpora, each printed on its own (`--corpora`, default synthetic and
mixed):

- `synthetic`: kg.synthetic's reports (the genre's sentences of a visit and
  nothing else, half of them damaged): ~316 characters, ~0.8 KB a report,
  every sentence a fact.
- `seed`: the bundled seed report (seeds/, the genre as received: every line
  damaged, with the background paragraphs and remarks real reports carry),
  one copy per report, each copy given its own officials (every written
  form of the five names the seed's extraction finds replaced by a
  kg.synthetic name, in Traditional script where the seed wrote it so), so
  no copy is a duplicate of another (a build keeps one report per content)
  and the linker meets as many officials as a real corpus of that size
  would; places and dates stay the seed's: 3,100 characters, 7.4 KB a report.
- `mixed`: seed copies and synthetic reports in the one folder, as many of
  each as makes the corpus's size per report the issue's: it measured "600
  reports of the genre, 2.6 MB", 4.3 KB a report (ISSUE_KB), about half of
  them seed copies.

Extraction scales with the text and the outputs with the facts, so the
synthetic corpus (a fifth of the issue's size per report, facts only)
under-weights extraction and the seed (1.7 times it) over-weights it; the
mixed corpus matches the issue's size per report without padding a report
with text the genre would not have.  Each build runs in a fresh process
through kg.api.build_reports with --jobs 1 and every output on (graph.ttl and graph.nq, the Oxigraph and LadybugDB stores,
graph.html), exactly what `kg build DIR --out OUT --jobs 1` does.  Printed per corpus and size (with the corpus's MB, KB and characters a
report, facts and triples a report, and the load average):

- extraction: planning and the per-report step (read -> repair -> extract ->
  resolve -> the report's quads, cached), and of it read -> resolve alone;
- outputs: everything after it (linking, assembly, graph.nq/graph.ttl, both
  stores, graph.html), in absolute seconds, per stage, and as a ratio to
  extraction (the baseline of this benchmark: target <= 0.25);
- end to end: wall seconds of the process (interpreter start included),
  reports/s (target >= 250/s at 10,000), CPU seconds, peak RSS.

Then, on each corpus at its largest size (unless --no-rebuild), one report is changed (a visit by a new official
appended) and the folder rebuilt: time, how many reports were assembled anew
(the others' assembled form comes from the cache), what changed in the stores (graphs
whose digest moved, statements, nodes and relationships before and after),
and one question to each store and the page about the new official.  A
rebuild of the unchanged folder closes the run.  With `--against TREE` (a
checkout of another revision) each first build is run with both trees,
alternately, `--runs` times, on the same corpus, and the medians compared,
with a line of this tree's ratios to the other's (no incremental part then).  Timings on a shared machine
vary from run to run: compare the ratios, and CPU seconds, more than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.synthetic import random_name, to_traditional, write_corpus  # noqa: E402

SEED = ROOT / "seeds" / "hongkou-2025-02-05.txt"
CORPORA = ("synthetic", "seed", "mixed")
ISSUE_KB = 2.6e6 / 600 / 1e3  # the issue's corpus: 600 reports, 2.6 MB

DRIVER = """
import json, sys, time
from kg.api import build_reports
started = time.perf_counter()
built = build_reports([sys.argv[1]], sys.argv[2], jobs=1, dataset=False, facts=False)
s, c = built.result.stats, built.result.store_changes
print(json.dumps({
    "reports": s.reports, "extracted": s.extracted, "reassembled": getattr(s, "reassembled", None), "failed": len(built.failures), "triples": s.triples,
    "extract": s.extract_seconds, "facts": s.facts_seconds, "outputs": s.output_seconds, "stages": s.stage_seconds,
    "extract_cpu": s.extract_cpu, "outputs_cpu": s.output_cpu,
    "in_process": time.perf_counter() - started,
    "changes": None if c is None else {"rewritten": c.rewritten, "graphs": c.graphs, "iris": len(c.iris)},
    "fact_counts": {k: sum(r.get("counts", {}).get(k, 0) for r in built.result.manifest.reports.values())
              for k in ("officials", "places", "visits", "issues")},
    "peak_kib": int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]),
}))
"""

NEW_VISIT = "\n2025年6月3日，副区长钱立新来到东湖街道山一居民区，听取居民关于楼道照明的意见建议。\n"
NEW_OFFICIAL = "钱立新"


def seed_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` copies of the seed report in `folder`, each with its own
    officials (see the module's docstring): every written form of
    each official the seed's extraction finds (its name, and the Traditional
    spelling the report used: `Official.original_labels`) is replaced by a
    new name drawn by kg.synthetic.random_name, written in Traditional
    script where the seed's was.  Raises SystemExit when the seed names no
    official (nothing to vary: the copies would be duplicates).

    >>> paths = seed_corpus(Path("/tmp/seed-copies"), 2)  # doctest: +SKIP
    >>> len({p.read_text() for p in paths})  # doctest: +SKIP
    2
    """
    import random

    from kg.pipeline import Pipeline
    from kg.read import read_report

    raw = read_report(SEED)
    officials = Pipeline().run_text(raw, "seed").officials.values()
    # longest first, so a name inside another written form is not replaced on its own
    forms = sorted({(form, o.name) for o in officials for form in (o.name, *o.original_labels) if form in raw.text},
                   key=lambda pair: (-len(pair[0]), pair))
    if not forms:
        sys.exit(f"{SEED}: no official found to vary")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        new = {}
        for _, name in forms:
            while name not in new:
                drawn = random_name(rng)
                if drawn not in new.values() and all(drawn not in f for f, _ in forms):
                    new[name] = drawn
        text = raw.text
        for form, name in forms:
            text = text.replace(form, new[name] if form == name else to_traditional(new[name]))
        path = folder / f"{SEED.stem}-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def make_corpus(kind: str, folder: Path, size: int) -> None:
    """Write `size` reports of corpus `kind` (CORPORA) into `folder`.  For
    `mixed`, the share of seed copies is what brings the mean size per report
    to ISSUE_KB, given the seed's size and the synthetic reports' mean (read
    off a sample of 200 drawn apart from the corpus)."""
    if kind == "seed":
        seed_corpus(folder, size, seed=size)
    elif kind == "synthetic":
        write_corpus(folder, size, seed=size)
    else:
        import random

        from kg.synthetic import synthetic_report

        rng = random.Random(-size)
        small = statistics.mean(len(synthetic_report(rng, damaged=rng.random() < 0.5).encode("utf-8")) for _ in range(200)) / 1e3
        large = SEED.stat().st_size / 1e3
        copies = round(size * (ISSUE_KB - small) / (large - small))
        seed_corpus(folder, copies, seed=size)
        write_corpus(folder, size - copies, seed=size)


def run_build(corpus: Path, out: Path, root: Path = ROOT) -> dict:
    """One build in a fresh process, with the code of the tree `root`: its
    figures, plus wall and CPU seconds and peak RSS (MiB).  The peak is the
    process's own high-water mark (VmHWM), not wait4's ru_maxrss: that one
    counts this process's resident memory at the spawn too (vfork and exec
    carry the parent's high-water mark over), which after store_figures has
    opened both stores here made a rebuild's peak look ~150 MiB larger."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=root, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    stdout, stderr = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed:\n{stderr[-3000:]}")
    figures = json.loads(stdout.strip().splitlines()[-1])
    figures.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime, peak=figures.pop("peak_kib") // 1024)
    return figures


def report(label: str, size: int, f: dict) -> None:
    """The issue's rows for one build: extraction, outputs (and their ratio),
    end-to-end reports/s, peak RSS; plus what the outputs stage alone does per
    report, and the end-to-end ceiling extraction sets."""
    ratio = f["outputs"] / f["extract"] if f["extract"] else float("inf")
    stages = ", ".join(f"{k} {v:.2f}" for k, v in f["stages"].items())
    built = max(f["reports"], 1)
    print(f"  {label}: {f['reports']:.0f} reports built, {f['failed']:.0f} failed, {f['triples']:.0f} triples")
    counts = f.get("fact_counts")
    if counts:
        print("    facts a report: " + ", ".join(f"{k} {v / built:.1f}" for k, v in counts.items())
              + f"; {f['triples'] / built:.0f} triples a report in the union")
    cpu_ratio = f["outputs_cpu"] / f["extract_cpu"] if f["extract_cpu"] else float("inf")
    print(f"    extraction {f['extract']:.2f} s wall, {f['extract_cpu']:.2f} s CPU (read -> resolve {f['facts']:.2f} s) "
          f"= {size / f['extract_cpu']:.0f} reports per CPU-second")
    print(f"    outputs    {f['outputs']:.2f} s wall = {ratio:.2f} x extraction; {f['outputs_cpu']:.2f} s CPU = {cpu_ratio:.2f} x "
          f"(target <= 0.25)   [wall: {stages}]")
    print(f"               alone: {1000 * f['outputs_cpu'] / built:.1f} ms CPU a report = {built / f['outputs_cpu']:.0f} reports "
          f"per CPU-second ({1000 * f['outputs'] / built:.1f} ms wall)")
    print(f"    end to end {f['wall']:.2f} s wall = {size / f['wall']:.0f} reports/s (target >= 250 at 10,000); "
          f"CPU {f['cpu']:.2f} s = {size / f['cpu']:.0f} reports per CPU-second; peak RSS {f['peak']} MiB")
    print(f"    ceiling: with free outputs one process would do at most {size / f['extract_cpu']:.0f} reports per CPU-second "
          f"(extraction's rate), and 250/s needs extraction and outputs together <= 4 ms CPU a report "
          f"(here {1000 * (f['extract_cpu'] + f['outputs_cpu']) / size:.1f} ms)")


def store_figures(out: Path) -> dict:
    """Counts and the new official's visits, asked of each store and of the page."""
    from kg.stores import ladybug_store, oxigraph_store

    store = oxigraph_store.open_store(out)
    counts = oxigraph_store.counts(store)
    sparql = oxigraph_store.query(store, f"""
        PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT (COUNT(?v) AS ?n) WHERE {{ ?v gov:visitor/rdfs:label "{NEW_OFFICIAL}"@zh }}""").rows[0][0]
    del store
    cypher = ladybug_store.query(out, "MATCH (v:Visit)-[:VISITOR]->(o:Official {name: $name}) RETURN count(v)", {"name": NEW_OFFICIAL}).rows[0][0]
    counts.update(ladybug_store.counts(out))
    counts.update(sparql_visits=sparql, cypher_visits=cypher, page_mentions=(out / "graph.html").read_text(encoding="utf-8").count(NEW_OFFICIAL))
    return counts


def state(out: Path) -> dict:
    return json.loads((out / "store" / "oxigraph.state.json").read_text(encoding="utf-8"))["graphs"]


def incremental(corpus: Path, out: Path) -> None:
    victim = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    before, digests = store_figures(out), state(out)
    with open(victim, "a", encoding="utf-8") as f:
        f.write(NEW_VISIT)
    f = run_build(corpus, out)
    after, now = store_figures(out), state(out)
    moved = sorted(g for g in set(digests) | set(now) if digests.get(g) != now.get(g))
    print(f"\none report changed ({victim.name}: a visit by {NEW_OFFICIAL} appended), folder rebuilt (load average {os.getloadavg()[0]:.1f}):")
    print(f"  {f['wall']:.2f} s wall, {f['cpu']:.2f} s CPU ({f['extracted']} extracted in {f['extract']:.2f} s; "
          f"{f['reassembled']} assembled anew, the rest from the cache; outputs {f['outputs']:.2f} s wall, {f['outputs_cpu']:.2f} s CPU "
          f"[{', '.join(f'{k} {v:.2f}' for k, v in f['stages'].items())}]); peak RSS {f['peak']} MiB")
    print(f"  stores updated in place: {not f['changes']['rewritten']}; named graphs whose content changed: "
          f"{len(moved)} of {len(now)} ({', '.join(g.rsplit('/', 1)[-1] for g in moved)}); IRIs re-mapped in LadybugDB: {f['changes']['iris']}")
    for key in before:
        print(f"    {key:15} {before[key]:>9} -> {after[key]}")


def median_figures(runs: list[dict]) -> dict:
    """Each number the median over runs (stages too); other fields from the first run."""
    f = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, (int, float)):
            f[key] = statistics.median(r[key] for r in runs)
    f["stages"] = {k: statistics.median(r["stages"][k] for r in runs) for k in runs[0]["stages"]}
    return f


def compare(corpus: Path, work: Path, size: int, other: Path, runs: int) -> None:
    """First builds with this tree and with `other`, alternately (a change in the machine's load hits both)."""
    figures: dict[str, list] = {"this tree": [], f"{other}": []}
    for _ in range(runs):
        for (label, rows), root in zip(figures.items(), (ROOT, other)):
            out = work / f"build-{corpus.name}-compare"
            shutil.rmtree(out, ignore_errors=True)
            rows.append(run_build(corpus, out, root))
    medians = {label: median_figures(rows) for label, rows in figures.items()}
    for label, f in medians.items():
        report(f"{label} (median of {runs})", size, f)
    mine, theirs = medians.values()
    ratios = ", ".join(f"{name} {mine[key] / theirs[key]:.2f}x" for name, key in (
        ("extraction CPU", "extract_cpu"), ("outputs CPU", "outputs_cpu"), ("outputs wall", "outputs"),
        ("end-to-end CPU", "cpu"), ("end-to-end wall", "wall"), ("peak RSS", "peak")) if theirs[key])
    print(f"  this tree / {other.name}: {ratios}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[600, 10000])
    ap.add_argument("--corpora", nargs="+", choices=CORPORA, default=["synthetic", "mixed"],
                    help="which corpora (default synthetic and mixed; the module's docstring says what each is)")
    ap.add_argument("--keep", type=Path, help="write corpora and builds here (default: a temporary folder)")
    ap.add_argument("--against", type=Path, help="a checkout of another revision to compare first builds with")
    ap.add_argument("--runs", type=int, default=1, help="first builds per tree with --against (medians)")
    ap.add_argument("--no-rebuild", action="store_true", help="skip the one-report-changed and unchanged rebuilds")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-outputs-bench-"))
    print(f"cores: {os.cpu_count()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; work folder: {work}")
    for kind in args.corpora:
        for size in args.sizes:
            corpus = work / f"{kind}-{size}"
            if not corpus.is_dir():
                make_corpus(kind, corpus, size)
            files = list(corpus.glob("*.txt"))
            megabytes = sum(p.stat().st_size for p in files) / 1e6
            characters = sum(len(p.read_text(encoding="utf-8")) for p in files) / max(len(files), 1)
            out = work / f"build-{kind}-{size}"
            shutil.rmtree(out, ignore_errors=True)
            print(f"\n{size} {kind} reports ({megabytes:.1f} MB, {1000 * megabytes / size:.1f} KB and {characters:.0f} characters "
                  f"a report), kg build --jobs 1 with every output; load average {os.getloadavg()[0]:.1f}:")
            if args.against:
                compare(corpus, work, size, args.against.resolve(), args.runs)
                continue
            report("first build", size, run_build(corpus, out))
        if args.against or args.no_rebuild:
            continue
        size = max(args.sizes)
        corpus, out = work / f"{kind}-{size}", work / f"build-{kind}-{size}"
        incremental(corpus, out)
        f = run_build(corpus, out)
        print(f"\nrebuild of the unchanged {size}-report {kind} folder: {f['wall']:.2f} s wall, {f['extracted']} extracted, "
              f"outputs {f['outputs']:.2f} s; peak RSS {f['peak']} MiB; load average {os.getloadavg()[0]:.1f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
