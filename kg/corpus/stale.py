"""Outputs an earlier build wrote that this one did not: they no longer match the graph.

`kg build --no-html` (or `--no-store`) into a folder whose earlier build
wrote graph.html (or the stores) would otherwise leave that page beside a
graph it no longer shows, and a user opening it would trust it.  When the
graph is assembled again without them, they are removed, with one line
saying so.  Only govkg's own outputs go: those the folder's manifest lists
(`Manifest.outputs`), inside the folder under a name a build writes
(kg.corpus.manifest.BUILT); nothing a user made is touched.  Building again
without the flag writes them afresh from the cache (nothing is extracted).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.corpus.manifest import BUILT

# the flag that turns each output off, for the line telling how to have it again
FLAGS = {"html": "--no-html", "store": "--no-store", "cypher": "--no-store"}


def drop_stale_outputs(folder: Path, earlier: dict[str, str], current: dict[str, str]) -> list[str]:
    """Remove the outputs listed in `earlier` (name -> path relative to `folder`,
    the manifest's `outputs` before this build) that `current` no longer lists,
    with what belongs to them (`NAME.state.json`, `NAME.wal` beside them), and
    the store folder once empty.  Returns one notice line, or [] when nothing
    was removed.  A listed path outside `folder` or under a name no build
    writes is left alone.  Errors while removing are not raised: what could
    not be removed is named in the line as left in place.

    Example: earlier `{"html": "graph.html", "turtle": "graph.ttl"}`, current
    `{"turtle": "graph.ttl"}` -> removes out/graph.html and returns
    `["removed out/graph.html, written by an earlier build: this build no longer keeps it in step with the graph (build again without --no-html ...)"]`."""
    folder = Path(folder)
    removed, kept, flags = [], [], []
    for name, rel in sorted(earlier.items()):
        if name in current or not isinstance(rel, str):
            continue
        path = folder / rel
        parts = Path(rel).parts
        if not parts or parts[0] not in BUILT or ".." in parts or not path.resolve().is_relative_to(folder.resolve()):
            continue
        if not path.exists():
            continue
        try:
            for companion in _companions(path):
                companion.unlink(missing_ok=True)
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(str(path))
        except OSError:
            kept.append(str(path))
        if FLAGS.get(name) and FLAGS[name] not in flags:
            flags.append(FLAGS[name])
        _remove_if_empty(path.parent, folder)
    if not removed and not kept:
        return []
    it = "it" if len(removed) + len(kept) == 1 else "them"
    again = f"build again without {' / '.join(flags)} to have {it} back; nothing is extracted" if flags else f"build again to have {it} back"
    line = f"removed {', '.join(removed)}, written by an earlier build: this build no longer keeps {it} in step with the graph ({again})" if removed else ""
    if kept:
        line += ("; " if line else "") + f"could not remove {', '.join(kept)}, written by an earlier build: it may not match the graph"
    return [line]


def _companions(path: Path) -> list[Path]:
    """The files an output keeps beside itself: its state (`oxigraph.state.json`
    for store/oxigraph, `ladybug.state.json` for store/ladybug.db) and its log
    (`ladybug.db.wal`)."""
    return [path.with_name(path.stem + ".state.json"), path.with_name(path.name + ".wal")]


def _remove_if_empty(path: Path, folder: Path) -> None:
    try:
        if path.resolve() != folder.resolve() and path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    except OSError:  # in use or not ours to remove: an empty folder is harmless
        pass
