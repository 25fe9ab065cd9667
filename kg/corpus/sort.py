"""Sort and deduplicate more lines than should sit in memory.

The union graph of a corpus is every report's statements, sorted (so the
output is byte-for-byte deterministic) and without duplicates (an official's
label is stated by every report naming them).  Lines are kept in memory up
to `chunk`, then sorted into a run file; the runs are merged at the end.
"""

from __future__ import annotations

import heapq
import tempfile
from pathlib import Path
from typing import Iterable, Iterator


class SortedLines:
    def __init__(self, tmp_dir: Path, chunk: int = 20_000):
        self.tmp_dir = Path(tmp_dir)
        self.chunk = chunk
        self.pending: set[str] = set()
        self.runs: list[Path] = []

    def add(self, lines: Iterable[str]) -> None:
        self.pending.update(lines)
        if len(self.pending) >= self.chunk:
            self._spill()

    def add_one(self, line: str) -> None:
        self.pending.add(line)
        if len(self.pending) >= self.chunk:
            self._spill()

    def add_run(self, path: Path) -> None:
        """A file of sorted, unique lines made elsewhere, merged in (and deleted) at the end."""
        self.runs.append(Path(path))

    def _spill(self) -> None:
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="run-", suffix=".txt", dir=self.tmp_dir)
        with open(fd, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in sorted(self.pending))
        self.runs.append(Path(name))
        self.pending = set()

    def __iter__(self) -> Iterator[str]:
        if not self.runs:
            yield from sorted(self.pending)
            return
        files = [open(run, encoding="utf-8") for run in self.runs]
        try:
            streams = [(line[:-1] for line in f) for f in files]
            last = None
            for line in heapq.merge(sorted(self.pending), *streams):
                if line != last:
                    yield line
                    last = line
        finally:
            for f in files:
                f.close()
            for run in self.runs:
                run.unlink(missing_ok=True)
            self.runs = []
