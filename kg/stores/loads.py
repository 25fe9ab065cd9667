"""What `kg load` put into an embedded store, by source: so loading a build again
replaces what it loaded before instead of keeping reports it no longer has.

A record beside the store (`STORE.loads.json`, next to `oxigraph.state.json`
when the store is a build's) maps each source loaded (a build folder or an
RDF file, by resolved path) to the named graphs it held (report graphs, the
entities graph, the issue scheme).  `kg load oxigraph` drops the graphs an
earlier load of the same source brought and this one no longer has (a
report changed is replaced by name already); `kg load ladybug`, whose property
graph merges the reports into shared nodes, empties a store that holds loads of
that source alone before loading it again, and refuses one that holds other
sources too (kg.commands.load says how).
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.fsutil import atomic_write_text

SUFFIX = ".loads.json"


def record_path(store: Path) -> Path:
    """Where the record of `store` (an Oxigraph folder or a LadybugDB file) is.
    Example: `record_path(Path("kb/oxi"))` -> `Path("kb/oxi.loads.json")`."""
    store = Path(store)
    return store.parent / (store.name + SUFFIX)


def source_key(source: Path) -> str:
    """The name a source is remembered by: its resolved path.
    Example: `source_key(Path("out"))` -> `'/home/me/out'`."""
    return str(Path(source).resolve())


def read(store: Path) -> dict[str, list[str]]:
    """source key -> graph IRIs it loaded; {} when the store has no record (new,
    made by kg build, or by a govkg before records) or the record is unreadable."""
    try:
        data = json.loads(record_path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    loads = data.get("loads") if isinstance(data, dict) else None
    return {k: list(v) for k, v in loads.items() if isinstance(v, list)} if isinstance(loads, dict) else {}


def dropped(store: Path, source: Path, graphs) -> list[str]:
    """Graphs an earlier load of `source` into `store` brought that `graphs`
    (this load's) lacks and no other source loaded: the reports removed from
    the build since.  Example: record `{"/b": ["g1", "g2"]}`,
    `dropped(store, Path("/b"), ["g1"])` -> `["g2"]`."""
    loads = read(store)
    key = source_key(source)
    others = {g for k, held in loads.items() if k != key for g in held}
    return sorted(set(loads.get(key, ())) - set(graphs) - others)


def held_by_others(store: Path, source: Path, graphs, same_everywhere=()) -> dict[str, list[str]]:
    """Other sources whose earlier loads into `store` brought a graph of `graphs`
    (this load's), with those graphs, leaving out `same_everywhere` (the issue
    scheme, identical in every build): loading would replace them by name (two
    builds both have an entities graph).  Example: record `{"/a": ["e", "g1"]}`,
    `held_by_others(store, Path("/b"), ["e", "g2"])` -> `{"/a": ["e"]}`."""
    key = source_key(source)
    mine = set(graphs) - set(same_everywhere)
    out = {k: sorted(mine & set(held)) for k, held in read(store).items() if k != key}
    return {k: v for k, v in out.items() if v}


def remember(store: Path, source: Path, graphs) -> None:
    """Write that `source`'s load into `store` brought `graphs` (replacing
    what was said of it before).  Raises OSError when the record cannot be written."""
    loads = read(store)
    loads[source_key(source)] = sorted(set(graphs))
    atomic_write_text(record_path(store), json.dumps({"loads": loads}, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
