"""Slices of a view: the neighbourhood of chosen officials, places or issues.

`kg view --focus 吕鸣` starts from the official(s) of that name and keeps
everything within `depth` edges (in either direction).  Reports link to every
fact they state, so a walk passes into a report but never out of it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.errors import UsageError
from kg.views.model import ViewGraph, clean
from kg.views.style import CLASS_LOOKS

PLACE_KINDS = {k for k in CLASS_LOOKS if k not in ("Official", "Post", "Visit", "Issue", "Report")}
DEFAULT_DEPTH = 2
HUB_KINDS = {"Report"}


@dataclass(frozen=True)
class Selector:
    flag: str  # the command-line flag, for messages
    name: str
    also: tuple[str, ...] = ()  # other spellings of the name (kg.repair.spellings)

    def accepts(self, kind: str) -> bool:
        return _accepts(self.flag, kind)


def _accepts(flag: str, kind: str) -> bool:
    base = kind.split(":", 1)[0]
    return {"--focus": base == "Official", "--place": base in PLACE_KINDS, "--issue": base == "Issue"}[flag]


def flag_for(kind: str) -> str | None:
    """The `kg view` flag that selects nodes of `kind` by name, or None.

    Example: flag_for("Subdistrict") == "--place"; flag_for("Official") == "--focus"."""
    return next((f for f in ("--focus", "--place", "--issue") if _accepts(f, kind)), None)


def seeds(view: ViewGraph, selector: Selector) -> list[str]:
    """Nodes named exactly `name`; failing that, those whose name contains it."""
    forms = [f for f in dict.fromkeys(clean(name) for name in (selector.name, *selector.also)) if f]
    candidates = [n for n in view.nodes.values() if selector.accepts(n.kind)]
    exact = [n.key for n in candidates if any(f in n.names or f == n.label for f in forms)]
    if exact:
        return exact
    partial = [n.key for n in candidates if any(f in name for f in forms for name in n.names | {n.label})]
    if not partial:  # the names likeliest meant, as kg query gives them (kg.stores.names)
        from kg.stores.names import likeliest

        hints = likeliest(tuple(forms), sorted({name for n in candidates for name in n.names | {n.label}}))
        raise UsageError(f"{selector.flag} {selector.name!r}: nothing of that name in the graph" + (f" ({hints})" if hints else ""))
    return partial


def neighbourhood(view: ViewGraph, start: list[str], depth: int) -> ViewGraph:
    adjacent = defaultdict(set)
    for e in view.edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    keep, frontier = set(start), list(start)
    for _ in range(depth):
        nxt = []
        for key in frontier:
            if view.nodes[key].kind in HUB_KINDS and key not in start:
                continue
            for other in adjacent[key] - keep:
                keep.add(other)
                nxt.append(other)
        frontier = nxt
    return ViewGraph(
        nodes={k: n for k, n in view.nodes.items() if k in keep},
        edges=[e for e in view.edges if e.source in keep and e.target in keep],
        notes=list(view.notes),
    )


def select(view: ViewGraph, selectors: list[Selector], depth: int | None) -> ViewGraph:
    if not selectors:
        return view
    start = []
    for selector in selectors:
        start += [k for k in seeds(view, selector) if k not in start]
    return neighbourhood(view, start, DEFAULT_DEPTH if depth is None else depth)
