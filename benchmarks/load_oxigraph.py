"""1M-triple load: Oxigraph's bulk loader vs rdflib parsing the same N-Triples.

    python benchmarks/load_oxigraph.py               # 1,000,000 triples
    python benchmarks/load_oxigraph.py --triples 200000

The N-Triples file is made here in the shape govkg writes (officials
visiting places, visit events with dates and labels).  Timed in the same
run: `Store(dir).bulk_load(path=...)` into an on-disk store (what `kg build`
and `kg load oxigraph` rely on), and `rdflib.Graph().parse(...)` into memory
(the baseline: what a pure-rdflib pipeline would do before it could query).
Printed: seconds, triples/s, and the ratio rdflib time / Oxigraph time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import tempfile
import time
from pathlib import Path

GOV = "https://w3id.org/govkg/ontology#"
ID = "https://w3id.org/govkg/bench/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def write_ntriples(path: Path, triples: int) -> int:
    """About `triples` distinct triples: officials, places, then visits; returns the number written."""
    officials, places = 5000, 20000
    with path.open("w", encoding="utf-8") as out:
        for o in range(officials):
            out.write(f"<{ID}official/{o}> <{RDF_TYPE}> <{GOV}Official> .\n<{ID}official/{o}> <{LABEL}> \"官员{o}\"@zh .\n")
        for p in range(places):
            out.write(f"<{ID}place/{p}> <{RDF_TYPE}> <{GOV}ResidentsCommittee> .\n<{ID}place/{p}> <{LABEL}> \"居民区{p}\"@zh .\n")
        written = 2 * (officials + places)
        visit = 0
        while written < triples:
            o, p = (visit // places) % officials, visit % places  # (o, p) pairs stay distinct
            official, place, node = f"<{ID}official/{o}>", f"<{ID}place/{p}>", f"<{ID}visit/{visit}>"
            day = (dt.date(2020, 1, 1) + dt.timedelta(days=visit % 2000)).isoformat()
            out.write(
                f"{node} <{RDF_TYPE}> <{GOV}Visit> .\n"
                f"{node} <{GOV}visitor> {official} .\n"
                f"{node} <{GOV}visitedPlace> {place} .\n"
                f'{node} <{GOV}date> "{day}"^^<{XSD_DATE}> .\n'
                f'{node} <{LABEL}> "官员{o}走访居民区{p}"@zh .\n'
                f"{official} <{GOV}visited> {place} .\n"
            )
            written += 6
            visit += 1
    return written


def time_oxigraph(nt: Path, store_dir: Path) -> tuple[float, int]:
    from pyoxigraph import RdfFormat, Store

    start = time.perf_counter()
    store = Store(str(store_dir))
    store.bulk_load(path=str(nt), format=RdfFormat.N_TRIPLES)
    store.flush()
    elapsed = time.perf_counter() - start
    size = len(store)
    del store
    gc.collect()
    return elapsed, size


def time_rdflib(nt: Path) -> tuple[float, int]:
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    graph.parse(str(nt), format="nt")
    elapsed = time.perf_counter() - start
    return elapsed, len(graph)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="govkg-bench-oxigraph-"))
    try:
        nt = work / "data.nt"
        lines = write_ntriples(nt, args.triples)
        print(f"N-Triples: {lines} lines ({nt.stat().st_size / 1e6:.0f} MB)")
        ox_s, ox_n = time_oxigraph(nt, work / "store")
        print(f"oxigraph bulk_load : {ox_s:7.2f} s  {ox_n} distinct triples  {ox_n / ox_s:10.0f} triples/s")
        rd_s, rd_n = time_rdflib(nt)
        print(f"rdflib parse       : {rd_s:7.2f} s  {rd_n} distinct triples  {rd_n / rd_s:10.0f} triples/s")
        assert ox_n == rd_n, "the two loaders disagree on the data"
        print(f"ratio rdflib/oxigraph: {rd_s / ox_s:.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
