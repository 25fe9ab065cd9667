"""Corpus scale: many reports, one graph.

- `record.extract_record(path, key)`: the pure per-report step (file in,
  quads and mentions out), for `kg build` or any map engine;
- `link.Linker`: entity resolution across reports;
- `manifest`, `assemble`: the incremental build folder and the graph
  assembled from its cache.
"""

from kg.corpus.record import Record, extract_record, try_extract

__all__ = ["Record", "extract_record", "try_extract"]
