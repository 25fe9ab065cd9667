"""Build a corpus: report paths in, one RDF dataset (a named graph per report) out.

Outputs are plugins: `OUTPUTS` maps a name to a writer `(result, out_dir,
options) -> path`; stores and views add theirs here, and a writer whose
module is not installed is skipped.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from kg.emit.iri import DEFAULT_BASE
from kg.emit.rdf import new_graph, report_graph
from kg.errors import ReportError
from kg.facts import ReportFacts
from kg.fsutil import atomic_write_text, walk_files
from kg.pipeline import Pipeline

REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md"}


@dataclass
class BuildOptions:
    default_date: object = None
    base: str | None = None
    store: bool = True
    html: bool = True

    @property
    def iri_base(self) -> str:
        return self.base or DEFAULT_BASE


@dataclass
class BuildResult:
    reports: list[ReportFacts] = field(default_factory=list)
    graphs: list[Graph] = field(default_factory=list)
    failures: list[ReportError] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        merged = self.union()
        from kg.namespaces import GOV
        from rdflib.namespace import RDF

        def n(cls):
            return len(set(merged.subjects(RDF.type, cls)))

        places = {s for cls in ("Place", "District", "Subdistrict", "ResidentsCommittee", "HousingEstate", "Facility", "Venue", "Enterprise") for s in merged.subjects(RDF.type, GOV[cls])}
        return {"officials": n(GOV.Official), "places": len(places), "visits": n(GOV.Visit), "issues": n(GOV.Issue)}

    def union(self) -> Graph:
        g = new_graph()
        for rg in self.graphs:
            for triple in rg:
                g.add(triple)
        return g

    def dataset(self) -> Dataset:
        ds = Dataset()
        for prefix, ns in new_graph().namespaces():
            ds.bind(prefix, ns)
        for rg in self.graphs:
            named = ds.graph(rg.identifier)
            for triple in rg:
                named.add(triple)
        return ds


def report_paths(paths) -> tuple[list[tuple[Path, str]], list[ReportError]]:
    """(file, key) pairs in a stable order; keys are paths relative to the folder given."""
    found, errors = [], []
    for root in paths:
        root = Path(root)
        if root.is_dir():
            all_files, unreadable = walk_files(root)
            errors.extend(ReportError(folder, f"{reason}: folder skipped") for folder, reason in unreadable)
            files = [p for p in all_files if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES]
            if not files and not unreadable:
                errors.append(ReportError(root, "folder holds no report files (.txt, .html)"))
            found.extend((f, f.relative_to(root).as_posix()) for f in files)
        elif root.exists():
            found.append((root, root.name))
        else:
            errors.append(ReportError(root, "no such file or folder"))
    return found, errors


def build_corpus(paths, options: BuildOptions) -> BuildResult:
    pipeline = Pipeline()
    result = BuildResult()
    files, result.failures = report_paths(paths)
    for path, key in files:
        try:
            facts = pipeline(path, key=key, default_date=options.default_date)
        except ReportError as exc:
            result.failures.append(exc)
            continue
        result.reports.append(facts)
        result.graphs.append(report_graph(facts, options.iri_base))
    return result


def write_turtle(result: BuildResult, out_dir: Path, options: BuildOptions) -> Path:
    target = out_dir / "graph.ttl"
    atomic_write_text(target, result.union().serialize(format="turtle"))
    return target


# name -> writer or "module:function"; order is the order they run
OUTPUTS = {
    "turtle": write_turtle,
    "store": "kg.stores.oxigraph_store:write_build",
    "cypher": "kg.stores.ladybug_store:write_build",
    "html": "kg.views.html:write_build",
}


def write_outputs(result: BuildResult, out_dir: Path, options: BuildOptions) -> dict[str, Path]:
    written = {}
    for name, writer in OUTPUTS.items():
        if name == "store" and not options.store or name == "html" and not options.html:
            continue
        if isinstance(writer, str):
            module, func = writer.split(":")
            try:
                writer = getattr(importlib.import_module(module), func)
            except ModuleNotFoundError:
                continue
        path = writer(result, Path(out_dir), options)
        if path:
            written[name] = path
    return written
