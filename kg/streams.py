"""Standard output and error that outlive their reader.

`kg build ... 2>&1 | head -1` closes the pipe after the first progress line;
Python ignores SIGPIPE, so the next write raises BrokenPipeError and the build
would stop half done.  `guard()` wraps sys.stdout and sys.stderr so a closed
reader never aborts work:

- a lost stderr (progress lines, warnings) is swallowed: the work goes on;
- a lost stdout raises `ReaderGone`: what a command prints on stdout is its
  result, said after the work (a build's summary) or being the work itself
  (`kg query`, `kg export`), which may stop as `head` asks.

Either way the stream's descriptor is pointed at /dev/null, as Python's
documentation advises ("Note on SIGPIPE", the signal module), so the
interpreter's last flush at exit says nothing, and `lost()` tells `kg` to exit
with 141 (128 + SIGPIPE), what the shell reports for a Unix tool whose reader
went away (`seq 100000 | head -1`).
"""

from __future__ import annotations

import errno
import os
import sys


class ReaderGone(BrokenPipeError):
    """Standard output's reader closed it (`| head`): stop writing, exit 141."""


EXIT_CODE = 128 + 13  # 128 + SIGPIPE, as the shell reports a tool killed by it


class Guarded:
    """A text stream whose writes survive a closed reader.  `stop=True`
    raises ReaderGone at the first lost write (stdout); `stop=False`
    drops this and every later write (stderr).  Everything else (fileno,
    isatty, encoding) is the wrapped stream's.

    Example: `Guarded(sys.stderr, stop=False).write("x\\n")` -> 2, whether or
    not anyone still reads stderr."""

    def __init__(self, stream, stop: bool):
        self._stream, self._stop, self.lost = stream, stop, False

    def write(self, text: str) -> int:
        if not self.lost:
            try:
                return self._stream.write(text)
            except OSError as exc:
                self._lose(exc)
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.lost:
            try:
                self._stream.flush()
            except OSError as exc:
                self._lose(exc)

    def _lose(self, exc: OSError) -> None:
        if not isinstance(exc, BrokenPipeError) and exc.errno != errno.EPIPE:
            raise exc  # a full disk, a bad descriptor: a real error, said as one
        self.lost = True
        try:
            # what the stream still buffers now goes nowhere, and the interpreter's
            # last flush at exit finds nothing to complain about
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass
        if self._stop:
            raise ReaderGone(errno.EPIPE, "the reader of standard output closed it") from None

    def __getattr__(self, name):
        return getattr(self._stream, name)


def guard() -> None:
    """Wrap sys.stdout (stop at a lost write) and sys.stderr (go on) once.
    A stream that is None (its descriptor closed when Python started) stays
    None: print() then writes nothing.  Example: `guard(); print("x")`."""
    if sys.stdout is not None and not isinstance(sys.stdout, Guarded):
        sys.stdout = Guarded(sys.stdout, stop=True)
    if sys.stderr is not None and not isinstance(sys.stderr, Guarded):
        sys.stderr = Guarded(sys.stderr, stop=False)


def lost() -> bool:
    """Whether a guarded stdout or stderr lost its reader during this run."""
    return any(isinstance(s, Guarded) and s.lost for s in (sys.stdout, sys.stderr))
