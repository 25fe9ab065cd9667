"""Slices of a view: the neighbourhood of chosen officials, places or issues.

`kg view --focus 吕鸣` starts from the official(s) of that name and keeps
everything within `depth` edges (in either direction).  Reports link to every
fact they state, so a walk passes into a report but never out of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.errors import UsageError
from kg.person_names import ambiguous, by_key, given_name, match_person, shared  # noqa: F401 (given_name: views import it here)
from kg.views.model import ViewGraph, clean, post_title
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


class SharedName(UsageError):
    """`--focus NAME` where several officials the graph keeps apart are named
    NAME exactly: the message lists each by its key, posts and reports
    (kg.person_names.shared), and `--focus KEY` draws one."""


class PartialName(UsageError):
    """`--focus NAME` where no official is named NAME but some names contain it
    (王建 in 王建设): another person, so never drawn in their stead; the message
    lists the names that contain it."""


# a person's name that merely contains the one typed is another person; a place's or an
# issue's name that contains it is the thing meant, written shorter (新华 for 新华居民区)
PARTIAL_REFUSED = {"--focus"}
SHOWN = 8  # names listed in a message before "and N more"


def matches(view: ViewGraph, selector: Selector) -> tuple[list[str], str]:
    """The nodes `selector` names and how, the first of these that names any:
    nodes of its flag's kind named exactly `selector.name` (or one of
    `selector.also`, its other spellings) -> (keys, "exact"); for --focus,
    the officials kg.person_names.match_person finds (exact, the given name
    of a transcribed name: 艾尔肯 for 艾尔肯·吐尼亚孜 -> "given", the start of
    a name: 王建 for 王建设 -> "prefix"); issues whose
    category is so named (停车, the issue scheme's concept) -> "category";
    places whose name is it and a type word (新华 for 新华街道, not for
    新华路街道: kg.extract.place_identity.core) -> "core"; those whose own name
    contains it (新华 in 新华路街道, not in 新华路街道松柏社区, a place inside
    it written with its parent) -> "part"; failing that, any of their names
    -> "part"; for --issue, the issues whose category's name contains it
    (防汛 of 排水与防汛) -> "category part"; for --place, when no place is so named, the posts whose area
    (gov:jurisdiction, a place no report names as such: 锡林浩特市 of
    锡林浩特市市长) holds it -> "jurisdiction"; none -> ([], "").  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={"a": ViewNode("a", "王建设", "Official", names={"王建设"}),
    ...                         "b": ViewNode("b", "新华街道", "Subdistrict", names={"新华街道"}),
    ...                         "c": ViewNode("c", "新华路街道", "Subdistrict", names={"新华路街道"})})
    >>> matches(view, Selector("--focus", "王建设")), matches(view, Selector("--focus", "王建"))
    ((['a'], 'exact'), (['a'], 'prefix'))
    >>> matches(view, Selector("--place", "新华")), matches(view, Selector("--place", "新华路"))
    ((['b'], 'core'), (['c'], 'core'))
    >>> view.nodes["d"] = ViewNode("d", "艾山·买买提", "Official", names={"艾山·买买提"})
    >>> matches(view, Selector("--focus", "艾山")), matches(view, Selector("--focus", "买买提"))
    ((['d'], 'given'), (['d'], 'part'))
    """
    forms, candidates = _forms(selector), _candidates(view, selector)
    own = {n.key: (n.names - set(n.categories)) | {n.label} for n in candidates}
    if selector.flag == "--focus":  # a person: the rule kg query's official= follows too (kg.person_names)
        if chosen := by_key([selector.name], own):  # one of several of a name, by its key (the end of its IRI)
            return [chosen], "exact"
        keys, how = match_person(forms, own)
        if keys:
            return keys, how
    tiers = (
        ("exact", lambda n: any(f in own[n.key] for f in forms)),
        ("category", lambda n: any(f in n.categories for f in forms)),
        ("core", lambda n: n.kind.split(":", 1)[0] in PLACE_KINDS and any(_core(name) in forms for name in own[n.key])),
        ("part", lambda n: any(f in (n.full or n.label) for f in forms)),
        ("part", lambda n: any(f in name for f in forms for name in own[n.key])),
        # last, the issues whose category's name holds it (防汛 of 排水与防汛): drawn as the category's,
        # and said so (drawn_by), for no issue's own name holds it (session 31)
        ("category part", lambda n: any(f in name for f in forms for name in n.categories)),
        # and the issues whose category has it as another name of its own (skos:altLabel or
        # hiddenLabel: 电瓶车 of 电动车充电; LEFTOVERS32 users 7), matched whole
        ("category term", lambda n: any(f in n.category_terms for f in forms)),
    )
    for how, named in tiers:
        keys = [n.key for n in candidates if named(n)]
        if keys:
            return keys, how
    if selector.flag == "--place":  # a place named only as a post's area (锡林浩特市市长): no place node, the posts
        keys = [n.key for n in view.nodes.values() if n.jurisdiction and any(f in n.jurisdiction for f in forms)]
        if keys:
            return keys, "jurisdiction"
    return [], ""


def _core(name: str) -> str:
    """A place's name without its type words (kg.extract.place_identity.core: 新华街道 -> 新华)."""
    from kg.extract.place_identity import core

    return core(name)


def _forms(selector: Selector) -> list[str]:
    """The name and its other spellings, cleaned as labels are, once each."""
    return [f for f in dict.fromkeys(clean(name) for name in (selector.name, *selector.also)) if f]


def _candidates(view: ViewGraph, selector: Selector) -> list:
    """The nodes of the kind the selector's flag draws."""
    return [n for n in view.nodes.values() if selector.accepts(n.kind)]


def matched_names(view: ViewGraph, keys: list[str]) -> str:
    """The labels of `keys`, sorted, at most SHOWN of them then "and N more": for messages.

    >>> from kg.views.model import ViewNode
    >>> matched_names(ViewGraph(nodes={"a": ViewNode("a", "王建设", "Official")}), ["a"])
    '王建设'
    """
    labels = sorted({view.nodes[k].label for k in keys})
    more = f" and {len(labels) - SHOWN} more" if len(labels) > SHOWN else ""
    return ", ".join(labels[:SHOWN]) + more


def seeds(view: ViewGraph, selector: Selector) -> list[str]:
    """The keys of the nodes `selector` draws from (matches): the exact name
    wins; for --focus, the one official whose given name or name's start it
    is (kg.person_names: the rule kg query's official= follows too); a name
    only contained in others' draws those for --place and --issue (the caller
    says which, select's `warn`), and is refused for --focus.
    Raises PartialName (a UsageError) for `--focus 王建` when 王建设 and 王建国
    are in the graph (several people: their names listed), and for
    `--focus 建设`, the inside of a name; UsageError when nothing is named
    so, with the names likeliest meant (kg.stores.names).

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={k: ViewNode(k, k, "Official", names={k}) for k in ("王建设", "王建国")})
    >>> seeds(view, Selector("--focus", "王建设")), seeds(view, Selector("--focus", "王建国"))
    (['王建设'], ['王建国'])
    >>> seeds(view, Selector("--focus", "王建"))
    Traceback (most recent call last):
    kg.views.select.PartialName: --focus '王建': no one is named exactly 王建; officials whose name starts with it: 王建国, 王建设: give the full name
    >>> seeds(view, Selector("--focus", "建设"))
    Traceback (most recent call last):
    kg.views.select.PartialName: --focus '建设': no official is named 建设; the name is part of 王建设, another person: give the full name (--focus 王建设)
    """
    keys, how = matches(view, selector)
    if how == "exact" and len(keys) > 1 and selector.flag == "--focus":  # people the linker kept apart
        raise SharedName(f"{selector.flag} {selector.name!r}: " + shared(selector.name, officials_about(view, keys), "--focus {}"))
    if how == "exact":
        return keys
    if how in ("given", "prefix"):  # one person so named is meant; of several, which is not ours to guess
        if len(keys) == 1:
            return keys
        raise PartialName(f"{selector.flag} {selector.name!r}: " + ambiguous(selector.name, how, [view.nodes[k].label for k in keys]))
    if selector.flag in PARTIAL_REFUSED and _is_surname(selector.name):
        surname_of(view, selector)  # raises: 周 is no one's name, only where names start
    if keys and selector.flag in PARTIAL_REFUSED:
        names = matched_names(view, keys)
        one = f" (--focus {names})" if len(keys) == 1 else ""
        whom = "another person" if len(keys) == 1 else "other people"
        raise PartialName(f"{selector.flag} {selector.name!r}: no official is named {selector.name}; "
                          f"the name is part of {names}, {whom}: give the full name{one}")
    if not keys:  # the names likeliest meant, as kg query gives them (kg.stores.names)
        from kg.stores.names import likeliest

        names = sorted({name for n in _candidates(view, selector) for name in n.names | {n.label}})
        hints = likeliest(tuple(_forms(selector)), names)
        if selector.flag == "--issue":  # what is there to draw instead (NEWCOMER50: 供暖 in a graph with no such issue)
            hints = "; ".join(h for h in (hints, issue_hint(view, selector)) if h)
        raise UsageError(f"{selector.flag} {selector.name!r}: nothing of that name in the graph" + (f" ({hints})" if hints else ""))
    return keys


def issue_hint(view: ViewGraph, selector: Selector) -> str:
    """For `--issue NAME` that names no issue of the graph: the issue category of
    the scheme (ontology/issues.ttl) the name is a name of (its label, or another
    name: 供暖 of 公共设施), which no issue of the graph is in, and the graph's
    categories with their issues' counts, most first (what --issue draws), or
    that the graph holds no issue.  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={"i": ViewNode("i", "社区停车难", "Issue:Parking", category="停车")})
    >>> issue_hint(view, Selector("--issue", "供暖"))
    "供暖 names the scheme's issue category 公共设施, which no issue of the graph is in; the graph's issue categories: 停车 ×1 (--issue CATEGORY draws its issues)"
    >>> issue_hint(ViewGraph(), Selector("--issue", "某某"))
    'the graph holds no issue'
    """
    from kg.views.vocabulary import scheme_categories_named

    said = []
    if categories := scheme_categories_named(tuple(_forms(selector))):
        said.append(f"{selector.name} names the scheme's issue categor{'ies' if len(categories) > 1 else 'y'} "
                    f"{', '.join(categories)}, which no issue of the graph is in")
    counts = Counter(n.category for n in view.nodes.values() if n.kind.split(":", 1)[0] == "Issue" and n.category)
    if counts:
        shown = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        more = f" and {len(shown) - SHOWN} more" if len(shown) > SHOWN else ""
        said.append("the graph's issue categories: " + ", ".join(f"{c} ×{k}" for c, k in shown[:SHOWN]) + more
                    + " (--issue CATEGORY draws its issues)")
    elif not any(n.kind.split(":", 1)[0] == "Issue" for n in view.nodes.values()):
        said.append("the graph holds no issue")
    return "; ".join(said)


def officials_about(view: ViewGraph, keys: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """Each official of `keys` -> (its posts' titles, after their jurisdiction
    as kg.views.model.post_title writes them, and the names of the reports its
    visits and posts come from): what tells apart officials of one name.

    >>> from kg.views.model import ViewEdge, ViewNode
    >>> g = "https://w3id.org/govkg/ontology#"
    >>> view = ViewGraph(nodes={k: ViewNode(k, label, kind) for k, label, kind in (
    ...     ("o", "王明", "Official"), ("p", "区长", "Post"), ("v", "走访", "Visit"), ("r", "a.txt", "Report"))},
    ...     edges=[ViewEdge("o", "p", g + "holdsPost", ""), ViewEdge("v", "o", g + "visitor", ""), ViewEdge("v", "r", g + "sourceReport", "")])
    >>> officials_about(view, ["o"])
    {'o': (['区长'], ['a.txt'])}
    """
    def local(edge) -> str:
        return edge.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    reports_of = defaultdict(list)
    for e in view.edges:
        if local(e) == "sourceReport":
            reports_of[e.source].append(view.nodes[e.target].full or view.nodes[e.target].label)
    about = {}
    for key in keys:
        posts = [e.target for e in view.edges if e.source == key and local(e) == "holdsPost"]
        visits = [e.source for e in view.edges if e.target == key and local(e) == "visitor"]
        about[key] = ([post_title(view.nodes[p].jurisdiction, view.nodes[p].label) for p in posts],
                      [r for node in posts + visits for r in reports_of[node]])
    return about


def surname_of(view: ViewGraph, selector: Selector) -> None:
    """Raise PartialName for `--focus 周`, a surname alone that is no one's
    full name: naming the officials whose name starts with it (周建国; not 李周,
    whose name only contains it), or, when none does, saying so with the
    graph's officials, never a place or an issue that merely contains the
    character (周边绿化: kg.commands.view's other-flag hint is not asked).

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={"a": ViewNode("a", "周建国", "Official", names={"周建国"}),
    ...                         "b": ViewNode("b", "李周", "Official", names={"李周"})})
    >>> surname_of(view, Selector("--focus", "周"))
    Traceback (most recent call last):
    kg.views.select.PartialName: --focus '周': no one is named exactly 周; officials whose name starts with it: 周建国: give the full name (--focus 周建国)
    >>> surname_of(view, Selector("--focus", "欧阳"))
    Traceback (most recent call last):
    kg.views.select.PartialName: --focus '欧阳': no official's name starts with 欧阳; the graph's officials: 周建国, 李周
    """
    forms, officials = _forms(selector), _candidates(view, selector)
    starting = [n.key for n in officials if any(name.startswith(f) for f in forms for name in n.names | {n.label})]
    if starting:
        names = matched_names(view, starting)
        one = f" (--focus {names})" if len(starting) == 1 else ""
        raise PartialName(f"{selector.flag} {selector.name!r}: no one is named exactly {selector.name}; "
                          f"officials whose name starts with it: {names}: give the full name{one}")
    everyone = matched_names(view, [n.key for n in officials]) or "none"
    raise PartialName(f"{selector.flag} {selector.name!r}: no official's name starts with {selector.name}; "
                      f"the graph's officials: {everyone}")


def _is_surname(name: str) -> bool:
    """Is `name` a surname alone (one character, or a word of surnames.txt: 欧阳), not a full name?"""
    from kg.resources import lexicon

    return len(name) == 1 or name in {w for line in lexicon("surnames.txt") for w in line.split()}


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


def drawn_by(view: ViewGraph, selector: Selector, keys: list[str], how: str) -> str:
    """The warning line for `selector` drawing `keys` by a name not their own
    (`how`, from matches): the category named (`--issue 停车`: its label and
    the issues drawn), the place named with its type word, or what contains
    the name.  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={"b": ViewNode("b", "新华街道", "Subdistrict"), "c": ViewNode("c", "新华路街道", "Subdistrict")})
    >>> drawn_by(view, Selector("--place", "新华"), ["b"], "core")
    "--place '新华': nothing is named 新华 exactly; drawing what contains it: 新华街道 (the name with its type word; not drawn, longer names that contain it: 新华路街道)"
    >>> drawn_by(ViewGraph(nodes={"d": ViewNode("d", "艾山·买买提", "Official")}), Selector("--focus", "艾山"), ["d"], "given")
    "--focus '艾山': the given name of 艾山·买买提 (a transcribed name's part before its dot): drawing that official"
    >>> drawn_by(ViewGraph(nodes={"e": ViewNode("e", "康志远", "Official")}), Selector("--focus", "康"), ["e"], "prefix")
    "--focus '康': nothing is named 康 exactly; drawing 康志远, the only official whose name starts with it"
    >>> wet = ViewNode("w", "路面积水", "Issue", categories={"排水与防汛": "排水与防汛", "Drainage": "排水与防汛"})
    >>> drawn_by(ViewGraph(nodes={"w": wet}), Selector("--issue", "防汛"), ["w"], "category part")
    "--issue '防汛': no issue's name holds 防汛; it is part of the name of the issue category 排水与防汛: drawing its 1 issue: 路面积水 (matched by category, not by label)"
    """
    head = f"{selector.flag} {selector.name!r}: nothing is named {selector.name} exactly; "
    if how == "jurisdiction":
        posts = sorted({f"{view.nodes[k].label} ({view.nodes[k].jurisdiction})" for k in keys})
        return (f"{selector.flag} {selector.name!r}: no place of the reports is named {selector.name}; it is the area "
                f"(gov:jurisdiction) of the post{'s' * (len(posts) > 1)} {', '.join(posts[:SHOWN])}: drawing "
                f"{'them' if len(posts) > 1 else 'it'}")
    if how == "given":
        return (f"{selector.flag} {selector.name!r}: the given name of {matched_names(view, keys)} "
                f"(a transcribed name's part before its dot): drawing {'them' if len(keys) > 1 else 'that official'}")
    if how == "prefix":
        return f"{head}drawing {matched_names(view, keys)}, the only official whose name starts with it"
    if how == "category":
        labels = sorted({view.nodes[k].categories[f] for k in keys for f in _forms(selector) if f in view.nodes[k].categories})
        return (f"{selector.flag} {selector.name!r}: no issue is named {selector.name}; it names the issue category "
                f"{', '.join(labels)}: drawing its {issue_count(view, keys)}")
    if how == "category part":  # matched by the category's name, not the issues': their labels need not hold it
        labels = sorted({label for k in keys for name, label in view.nodes[k].categories.items()
                         if any(f in name for f in _forms(selector))})
        return (f"{selector.flag} {selector.name!r}: no issue's name holds {selector.name}; it is part of the name of "
                f"the issue categor{'ies' if len(labels) > 1 else 'y'} {', '.join(labels)}: drawing "
                f"{'their' if len(labels) > 1 else 'its'} {issue_count(view, keys)} (matched by category, not by label)")
    if how == "category term":
        labels = sorted({view.nodes[k].category_terms[f] for k in keys for f in _forms(selector) if f in view.nodes[k].category_terms})
        return (f"{selector.flag} {selector.name!r}: no issue's name holds {selector.name}; it is another name "
                f"(skos:altLabel/hiddenLabel) of the issue categor{'ies' if len(labels) > 1 else 'y'} {', '.join(labels)}: "
                f"drawing {'their' if len(labels) > 1 else 'its'} {issue_count(view, keys)} (matched by category, not by label)")
    said = head + f"drawing what contains it: {matched_names(view, keys)}"
    longer = [k for k in _contain(view, selector) if k not in keys] if how == "core" else []
    if longer:  # the name with a type word won over longer names that contain it: those are named
        said += f" (the name with its type word; not drawn, longer names that contain it: {matched_names(view, longer)})"
    return said


def issue_count(view: ViewGraph, keys: list[str]) -> str:
    """`keys` (issue nodes) counted and named for a message: an issue node is
    one raised at one place in one report, so one label can stand for several
    (停车难 raised in three communities); when it does, the count of distinct
    labels is said beside the count of issues, and each such label gets its
    count, so the number and the list agree.  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={k: ViewNode(k, label, "Issue") for k, label in
    ...                         (("a", "停车难"), ("b", "停车难"), ("c", "停车难"), ("d", "车位少"))})
    >>> issue_count(view, ["a"]), issue_count(view, ["a", "d"])
    ('1 issue: 停车难', '2 issues: 停车难, 车位少')
    >>> issue_count(view, ["a", "b", "c", "d"])
    '4 issues under 2 distinct labels (one issue per place and report that raised it): 停车难 ×3, 车位少'
    """
    counted = Counter(view.nodes[k].label for k in keys)
    plural = "s" * (len(keys) != 1)
    if len(counted) == len(keys):
        return f"{len(keys)} issue{plural}: {matched_names(view, keys)}"
    shown = [f"{label} ×{n}" if n > 1 else label for label, n in sorted(counted.items())]
    more = f" and {len(shown) - SHOWN} more" if len(shown) > SHOWN else ""
    return (f"{len(keys)} issue{plural} under {len(counted)} distinct label{'s' * (len(counted) != 1)} "
            f"(one issue per place and report that raised it): {', '.join(shown[:SHOWN])}{more}")


def _contain(view: ViewGraph, selector: Selector) -> list[str]:
    """The nodes of the selector's kind whose own name contains its name."""
    forms = _forms(selector)
    return [n.key for n in _candidates(view, selector) if any(f in (n.full or n.label) for f in forms)]


def select(view: ViewGraph, selectors: list[Selector], depth: int | None, warn=None, drawn: dict | None = None) -> ViewGraph:
    """The part of `view` within `depth` edges (DEFAULT_DEPTH when None) of
    what `selectors` name (seeds), a place's counted from it and from every
    place inside it (within_places) unless `depth` is 0; `view` itself when
    there are none.  For a
    selector drawn by a name only contained in others' (`--place 新华` for
    新华居民区), `warn(line)` is called with the line saying which names were
    drawn.  `drawn`, when given, gets each selector -> the name of what it
    drew (page_name).  Raises UsageError (seeds).

    >>> select(ViewGraph(), [], None).nodes
    {}
    """
    if not selectors:
        return view
    start = []
    for selector in selectors:
        keys = seeds(view, selector)
        how = matches(view, selector)[1]
        if drawn is not None:
            drawn[selector] = page_name(view, selector, keys, how)
        if warn is not None and how != "exact":  # drawn by another name than its own: said, with what was drawn
            warn(drawn_by(view, selector, keys, how))
        elif warn is not None and selector.flag == "--place" and len(keys) > 1:  # 新华社区 of two subdistricts
            warn(same_named_places(view, selector, keys))
        if warn is not None and selector.flag == "--focus":
            for key in keys:
                if not led_visit(view, key):  # a page with no trail must say why, not look broken
                    warn(f"--focus {selector.name!r}: {view.nodes[key].label} led no visit in the graph (an official who "
                         "accompanied another, or only took part, leads none): drawing their posts and reports")
        if selector.flag == "--issue":
            keys, said = with_categories(view, selector, keys, how)
            if said and warn is not None:
                warn(said)
            if drawn is not None:  # the page is named (and titled) after all it draws, its categories' issues too
                drawn[selector] = page_name(view, selector, keys, how)
        if selector.flag == "--place" and how != "jurisdiction" and depth != 0:  # --depth 0: only what is named
            keys = within_places(view, keys)
        start += [k for k in keys if k not in start]
    return neighbourhood(view, start, DEFAULT_DEPTH if depth is None else depth)


def same_named_places(view: ViewGraph, selector: Selector, keys: list[str]) -> str:
    """The warning for `--place NAME` naming several places exactly, which the
    graph keeps apart (新华社区 of two subdistricts): all are drawn, listed as
    the page shows them (with the place that contains each, kg.views.model),
    and each such label draws one.  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={k: ViewNode(k, f"新华社区（{k}）", "ResidentsCommittee", names={"新华社区"}) for k in ("东湖街道", "青柳区")})
    >>> same_named_places(view, Selector("--place", "新华社区"), ["东湖街道", "青柳区"])
    "--place '新华社区': 2 places of that name, which the graph keeps apart: 新华社区（东湖街道）, 新华社区（青柳区）: drawing them all (--place '新华社区（东湖街道）' draws one)"

    A place in nothing the graph knows is shown by its bare name, which draws them all:

    >>> view.nodes["无"] = ViewNode("无", "新华社区", "ResidentsCommittee", names={"新华社区"})
    >>> same_named_places(view, Selector("--place", "新华社区"), ["无", "青柳区"])
    "--place '新华社区': 2 places of that name, which the graph keeps apart: 新华社区, 新华社区（青柳区）: drawing them all (--place '新华社区（青柳区）' draws one)"
    """
    names = matched_names(view, keys)
    # (a place shown by its bare name, in nothing the graph knows, is no label that draws one: the name
    # typed draws them all again; NEWC53B 2)
    first = next((label for label in sorted(view.nodes[k].label for k in keys) if label != selector.name), None)
    return (f"{selector.flag} {selector.name!r}: {len(keys)} places of that name, which the graph keeps apart: {names}: "
            "drawing them all" + (f" ({selector.flag} '{first}' draws one)" if first else ""))


def page_name(view: ViewGraph, selector: Selector, keys: list[str], how: str) -> str:
    """The name a page drawn for `selector` is named after (kg view's
    view-NAME.html): the name of the one thing drawn when the name typed is
    not its own (`--focus 吕` drawing 吕鸣, `--place 新华` drawing 新华街道,
    `--focus 呂鳴` in Traditional), so two ways of asking for it write one
    page; the name typed when it chose by a key (one of several officials of
    one name: their shared name would not tell their pages apart), when it
    names several things (a category of issues, a part of several names), or
    posts by their area.  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> view = ViewGraph(nodes={"o": ViewNode("o", "吕鸣", "Official", names={"吕鸣"}),
    ...                         "a": ViewNode("a", "新华街道", "Subdistrict"), "b": ViewNode("b", "新华路街道", "Subdistrict")})
    >>> page_name(view, Selector("--focus", "吕"), ["o"], "prefix"), page_name(view, Selector("--place", "新华"), ["a", "b"], "part")
    ('吕鸣', '新华')
    """
    labels = {view.nodes[k].label for k in keys}
    if len(labels) != 1 or how in ("category", "category term", "jurisdiction") or by_key([selector.name], keys):
        return selector.name
    return labels.pop()


def within_places(view: ViewGraph, keys: list[str]) -> list[str]:
    """`keys` (places) with every place inside them (gov:partOf, any number of
    steps: the subdistricts of a district, their communities, the estates of
    those) and the posts whose area (gov:jurisdiction) is one of their names
    (徐汇区区长 for 徐汇区): what `--place` draws from, so a district or a
    subdistrict draws the visits, officials and issues of the places it holds
    as a community draws its own (otherwise `--depth` edges from 徐汇区 reach
    its communities and stop before their visits).  Order: `keys` first, then
    the rest by key.  Raises nothing.

    >>> from kg.views.model import ViewEdge, ViewNode
    >>> part = "https://w3id.org/govkg/ontology#partOf"
    >>> view = ViewGraph(nodes={k: ViewNode(k, label, kind, names={label}, jurisdiction=area) for k, label, kind, area in (
    ...     ("d", "徐汇区", "District", ""), ("s", "天平路街道", "Subdistrict", ""), ("c", "永嘉社区", "ResidentsCommittee", ""),
    ...     ("o", "湖南路街道", "Subdistrict", ""), ("p", "区长", "Post", "徐汇区"))},
    ...     edges=[ViewEdge("s", "d", part, ""), ViewEdge("c", "s", part, "")])
    >>> within_places(view, ["d"]), within_places(view, ["s"])
    (['d', 'c', 'p', 's'], ['s', 'c'])
    """
    inner = defaultdict(set)
    for e in view.edges:
        if e.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1] == "partOf":
            inner[e.target].add(e.source)
    held, todo = set(keys), list(keys)
    while todo:
        for other in inner[todo.pop()] - held:
            held.add(other)
            todo.append(other)
    names = {name for k in held for name in view.nodes[k].names | {view.nodes[k].label}}
    held |= {n.key for n in view.nodes.values() if n.kind == "Post" and n.jurisdiction in names}
    return list(keys) + sorted(held - set(keys))


VISIT_PREDICATES = {"visitor", "visited"}  # gov: properties joining an official to the visits they led


def led_visit(view: ViewGraph, key: str) -> bool:
    """Does the official `key` lead a visit of `view` (an edge of
    VISIT_PREDICATES touching it)?  Raises nothing.

    >>> from kg.views.model import ViewEdge, ViewNode
    >>> view = ViewGraph(nodes={"o": ViewNode("o", "王明", "Official")},
    ...                  edges=[ViewEdge("v", "o", "https://w3id.org/govkg/ontology#visitor", "visitor")])
    >>> led_visit(view, "o"), led_visit(ViewGraph(nodes=view.nodes), "o")
    (True, False)
    """
    return any(key in (e.source, e.target) and e.predicate.rsplit("#", 1)[-1].rsplit("/", 1)[-1] in VISIT_PREDICATES
               for e in view.edges)


def with_categories(view: ViewGraph, selector: Selector, keys: list[str], how: str) -> tuple[list[str], str | None]:
    """`--issue NAME` drawing `keys` (`how`, from matches), and the issue
    categories a user looking for NAME would want too: (keys, the line saying so
    or None).  An issue named NAME exactly whose name is also a category's
    (加装电梯, the scheme's concept) draws that category's issues as well, since
    the exact name would otherwise hide the category for good; an issue named
    exactly whose own category holds other issues names it and its
    `--issue`; a name found inside issue labels (排水 in 小区排水不畅) draws the
    issues of the categories whose label holds it (排水与防汛) or that have it as
    another name (skos:altLabel/hiddenLabel, whole: 托育 of 教育与托育) too, and
    names them (session 57).  A
    category's name already drawn (how "category" or "category part") adds nothing.  The
    categories are the issue scheme's (ontology/issues.ttl), as the graph
    links them (gov:category).  Raises nothing.

    >>> from kg.views.model import ViewNode
    >>> def issue(k, label, cat):
    ...     return ViewNode(k, label, "Issue:Housing", names={label, cat}, categories={cat: cat}, category=cat)
    >>> view = ViewGraph(nodes={"a": issue("a", "加装电梯", "加装电梯"), "b": issue("b", "加梯难", "加装电梯")})
    >>> with_categories(view, Selector("--issue", "加装电梯"), ["a"], "exact")
    (['a', 'b'], "--issue '加装电梯': 加装电梯 also names the issue category 加装电梯, drawn too: its 2 issues: 加梯难, 加装电梯")
    >>> with_categories(view, Selector("--issue", "加梯难"), ["b"], "exact")[1]
    "--issue '加梯难': its issue category 加装电梯 holds 1 more issue: 加装电梯 (--issue 加装电梯 draws them all)"
    >>> with_categories(view, Selector("--issue", "电梯"), ["a"], "part")
    (['a', 'b'], "--issue '电梯': the issue category 加装电梯 holds 2 issues: 加梯难, 加装电梯, drawn too (--issue 加装电梯 draws them alone)")
    """
    if how in ("category", "category part", "category term"):  # drawn_by said the category already
        return keys, None
    forms, issues = _forms(selector), _candidates(view, selector)
    head = f"{selector.flag} {selector.name!r}: "
    if how == "exact":
        named = [n.key for n in issues if any(f in n.categories for f in forms)]
        if any(k not in keys for k in named):
            labels = sorted({view.nodes[k].categories[f] for k in named for f in forms if f in view.nodes[k].categories})
            return keys + [k for k in named if k not in keys], (
                f"{head}{selector.name} also names the issue category {', '.join(labels)}, drawn too: "
                f"its {issue_count(view, named)}")
        said = []
        for category in sorted({view.nodes[k].category for k in keys} - {""}):
            others = [n.key for n in issues if n.category == category and n.key not in keys]
            if others:
                said.append(f"its issue category {category} holds {issue_count(view, others).replace(' issue', ' more issue', 1)} "
                            f"(--issue {category} draws them all)")
        return keys, (head + "; ".join(said)) if said else None
    # a name found inside issue labels matches the issues' categories too (session 57, newc57: --issue 托育
    # drew 增设普惠托育点 and left 孩子没人带 of 教育与托育 out): a category whose label holds it (排水 of
    # 排水与防汛) or that has it as another name of its own (托育, a hiddenLabel of 教育与托育), matched whole
    labels = sorted({label for n in issues for label in n.categories.values() if any(f in label for f in forms)}
                    | {n.category_terms[f] for n in issues for f in forms if f in n.category_terms})
    said, drawn = [], list(keys)
    for label in labels:
        held = [n.key for n in issues if label in n.categories.values()]
        drawn += [k for k in held if k not in drawn]
        said.append(f"the issue category {label} holds {issue_count(view, held)}, drawn too (--issue {label} draws them alone)")
    return drawn, (head + "; ".join(said)) if said else None
