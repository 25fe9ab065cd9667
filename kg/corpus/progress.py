"""Progress of a long build: a bar on a terminal, plain lines otherwise.

Plain lines (to a log or a CI console) come every tenth of the work, so a
10,000-report build writes ten lines, not ten thousand.
"""

from __future__ import annotations

import sys
import time


QUIET_BELOW = 20  # a handful of reports needs no progress lines


class Progress:
    """Progress of `total` steps: a bar (`bar` True, or None on a terminal),
    else a plain line every tenth; nothing at all when `bar` is False and
    `quiet` (kg.api's builds: a notebook cell is no console to log to)."""

    def __init__(self, total: int, label: str, stream=None, bar: bool | None = None, quiet: bool = False):
        self.total, self.label, self.done, self.quiet = total, label, 0, quiet and not bar
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self.step = max(1, total // 10)
        self.started = time.perf_counter()
        self._rich = None

    def __enter__(self) -> "Progress":
        if self.bar and self.total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self._rich = Bar(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=True,
            )
            self._rich.start()
            self._task = self._rich.add_task(self.label, total=self.total)
        return self

    def advance(self, n: int = 1) -> None:
        before, self.done = self.done, self.done + n
        if self._rich is not None:
            self._rich.update(self._task, completed=self.done)
        elif not self.quiet and self.total >= QUIET_BELOW and (self.done // self.step > before // self.step or self.done == self.total):
            rate = self.done / max(time.perf_counter() - self.started, 1e-9)
            print(f"kg: {self.label} {self.done}/{self.total} ({rate:.0f}/s)", file=self.stream, flush=True)

    def __exit__(self, *exc) -> None:
        if self._rich is not None:
            self._rich.stop()
