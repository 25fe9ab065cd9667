"""Replace a store as a whole: fill a fresh copy beside it, then swap it in.

A build killed at any point leaves either the previous store or the new one
at the target path (and at worst a temporary sibling, removed by the next
run), never a half-filled store.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def fresh_sibling(target: Path) -> Path:
    """A clean temporary path beside `target`; leftovers of killed runs are removed first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*"):
        _remove(stale)
    return target.parent / f".{target.name}.{os.getpid()}.new"


def swap_in(fresh: Path, target: Path, companions: tuple[str, ...] = ()) -> None:
    """Put `fresh` at `target`.  A file is renamed over the old one (atomic);
    a folder needs two renames, with the old one parked as a sibling first.
    `companions` are suffixes of files belonging to the old target (a write-ahead
    log): they would be replayed onto the new store, so they go first."""
    for suffix in companions:
        _remove(target.with_name(target.name + suffix))
    if fresh.is_dir() and target.exists():
        parked = target.parent / f".{target.name}.{os.getpid()}.old"
        os.rename(target, parked)
        os.rename(fresh, target)
        _remove(parked)
    else:
        os.replace(fresh, target)
