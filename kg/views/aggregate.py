"""Big graphs folded into one node per subdistrict.

Places, visits and issues join the group of the subdistrict they lie in
(failing that the district, failing that the outermost place above them);
posts fold into their official, reports drop out.  What is left: officials,
the groups with their counts, who visited which group how often, and which
group lies in which.  Each group (and each official) keeps the names of what
was folded into it, deduplicated (`ViewNode.inside`), so the page's search
can still find a community or an issue and point at the node that holds it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.namespaces import GOV
from kg.views.model import ViewEdge, ViewGraph, ViewNode
from kg.views.select import PLACE_KINDS
from kg.views.style import UI
from kg.views.vocabulary import Vocabulary, kind_label

GROUP_KINDS = ("Subdistrict", "District")
PART_OF, VISITOR, VISITED_PLACE, VISITED = (str(GOV[p]) for p in ("partOf", "visitor", "visitedPlace", "visited"))
RAISED_ISSUE, RAISED_DURING, HOLDS_POST = str(GOV.raisedIssue), str(GOV.raisedDuring), str(GOV.holdsPost)


def _group_of_places(view: ViewGraph) -> dict[str, str]:
    parent = {e.source: e.target for e in view.edges if e.predicate == PART_OF}

    def group(key: str) -> str:
        chain, seen = [key], {key}
        while chain[-1] in parent and parent[chain[-1]] not in seen:
            seen.add(parent[chain[-1]])
            chain.append(parent[chain[-1]])
        for kind in GROUP_KINDS:
            for k in chain:
                if view.nodes.get(k) and view.nodes[k].kind == kind:
                    return k
        return chain[-1] if chain[-1] in view.nodes else key

    return {k: group(k) for k, n in view.nodes.items() if n.kind in PLACE_KINDS}


def folded_names(view: ViewGraph, into: Iterable[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(head key -> the sorted, deduplicated names of the nodes folded into it,
    name -> the kind of a member of that name: a place's kind first, then an issue's).

    `into`: (member key, head key) pairs, a member possibly under several heads
    (a post two officials hold).  A name is the member's whole written name
    (`full`, else its label); visits are left out (their label is a date, and
    they are found by their official's and place's names), and so is the
    head's own name.  Example: ({"s1": ["加装电梯", "新华居民区"]},
    {"加装电梯": "Issue:Housing", "新华居民区": "ResidentsCommittee"}).
    """
    names: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for key, head in into:
        node = view.nodes[key]
        if key != head and node.kind != "Visit":
            name = node.full or node.label
            names[head].add(name)
            if name not in kinds or node.kind in PLACE_KINDS or kinds[name] == "Post":
                kinds[name] = node.kind
    for head, held in names.items():
        head_node = view.nodes[head]
        held -= {head_node.full or head_node.label}
    inside = {head: sorted(held) for head, held in names.items() if held}
    return inside, {name: kinds[name] for held in inside.values() for name in held}


def aggregate(view: ViewGraph, vocab: Vocabulary) -> ViewGraph:
    group = _group_of_places(view)
    # visits and issues join the group of their place
    for e in view.edges:
        if e.predicate == VISITED_PLACE and e.target in group:
            group[e.source] = group[e.target]
        elif e.predicate == RAISED_ISSUE and e.source in group:
            group[e.target] = group[e.source]
    for e in view.edges:
        if e.predicate == RAISED_DURING and e.source not in group and e.target in group:
            group[e.source] = group[e.target]

    members = defaultdict(Counter)
    for key, head in group.items():
        members[head][view.nodes[key].kind] += 1
    posts = [(e.target, e.source) for e in view.edges if e.predicate == HOLDS_POST and view.nodes[e.source].kind == "Official"]
    inside, folded_kinds = folded_names(view, [*group.items(), *posts])

    out = ViewGraph(notes=list(view.notes), folded=folded_kinds)
    ui = UI[vocab.lang]
    for head, counts in sorted(members.items()):
        node = view.nodes[head]
        kinds = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))
        summary = ui["list_sep"].join(f"{kind_label(k, vocab)} {n}" for k, n in kinds)
        out.nodes[head] = ViewNode(
            key=head, label=node.label, kind=node.kind, names=set(node.names), full=node.full,
            tip=node.tip[:1] + [ui["group_members"].format(counts=summary)] + node.tip[1:],
            weight=sum(counts.values()), inside=inside.get(head, []),
        )
    for key, node in view.nodes.items():
        if node.kind == "Official":
            out.nodes[key] = replace(node, inside=inside.get(key, []))

    visits = Counter()
    for e in view.edges:
        if e.predicate == VISITOR and e.source in group:
            visits[(e.target, group[e.source])] += 1
    pairs = Counter()
    for e in view.edges:
        if e.predicate == VISITED and e.target in group:
            pairs[(e.source, group[e.target], e.predicate, e.label)] += 1
        elif e.predicate == PART_OF and e.source in group and e.target in group and group[e.source] != group[e.target]:
            pairs[(group[e.source], group[e.target], e.predicate, e.label)] += 1
    for (src, dst, predicate, label), n in sorted(pairs.items()):
        if src not in out.nodes or dst not in out.nodes:
            continue
        # a count of visits to a group says something; a count of partOf edges does not
        n = max(n, visits.get((src, dst), 0)) if predicate == VISITED else 1
        shown = f"{label} ×{n}" if n > 1 else label
        tip = [f"{out.nodes[src].label} —{shown}→ {out.nodes[dst].label}"]
        out.edges.append(ViewEdge(src, dst, predicate, shown, tip, count=n))
    return out
