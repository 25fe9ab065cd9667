"""Atomic file output: write beside the target, then rename over it, so a
failed or killed build never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside `target`; on success it replaces `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def walk_files(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under `root`, and the folders that could not be read with
    the reason (Path.rglob skips those silently)."""
    files: list[Path] = []
    unreadable: list[tuple[Path, str]] = []

    def record(exc: OSError) -> None:
        unreadable.append((Path(exc.filename), (exc.strerror or str(exc)).lower()))

    for folder, _dirs, names in os.walk(root, onerror=record):
        files.extend(Path(folder, name) for name in names)
    return sorted(files), unreadable
