"""Corpus scale: many reports, one graph.

- `record.extract_record(path, key)`: the pure per-report step (file in,
  quads and mentions out), for `kg build` or any map engine;
- `link.Linker`: entity resolution across reports;
- `manifest`, `assemble`: the incremental build folder and the graph
  assembled from its cache.
"""

__all__ = ["Record", "extract_record", "try_extract"]


def __getattr__(name: str):
    # imported on first use (PEP 562): kg.corpus.record brings rdflib and the
    # extractors, which a build that extracts nothing (an unchanged rebuild,
    # kg remove) never needs, though it reads kg.corpus.manifest
    if name in __all__:
        from kg.corpus import record

        return getattr(record, name)
    raise AttributeError(f"module 'kg.corpus' has no attribute {name!r}")
