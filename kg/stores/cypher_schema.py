"""What to tell a user whose Cypher names a node label or relationship type
the graph does not have there: misspelt (`-[:VISTED]->`), or of the other
kind (`-[:Official]->`, `(p:VISITED)`).

LadybugDB refuses those with its own words (`Table VISTED does not exist`,
`Cannot bind Official as a relationship pattern label`): `hint` adds what to
write instead, from the store's schema.  A Bolt server (Neo4j) runs them and
answers 0 rows: `warning` reads the names a query uses (`used_names`) and
checks them against the labels and types govkg writes (kg.stores.mapping).
Both say the same: the nearest name of the kind wanted, or what the name is
and the patterns that use it right, then the names of the kind wanted.
"""

from __future__ import annotations

import re

from kg.stores.spelling import nearest

# LadybugDB's words for a name it cannot use: group 1 the name; "bind … relationship" means it is
# a node label written in […], "bind … node" a relationship type written in (…)
_MISSING = re.compile(r"Table (\w+) does not exist")
_MISPLACED = re.compile(r"Cannot bind (\w+) as a (relationship|node) pattern label")
# in a query whose strings and comments are blanked: a node pattern's labels `(o:Official:X`,
# `(:Visit`, and a relationship pattern's types `[r:VISITED|VISITOR`, `[:PART_OF*1..3`
_NODE = re.compile(r"\(\s*(?:[A-Za-z_]\w*|`[^`]*`)?\s*((?::\s*`?\w+`?\s*)+)")
_RELATION = re.compile(r"\[\s*(?:[A-Za-z_]\w*|`[^`]*`)?\s*:\s*(`?\w+`?(?:\s*\|\s*:?\s*`?\w+`?)*)")


def advice(name: str, as_relation: bool, labels: list[str], joins: dict[str, list[tuple[str, str]]],
           misplaced: bool = False) -> str:
    """What to write instead of `name`, used as a relationship type
    (`as_relation`) or a node label, in parentheses: the nearest name of that
    kind (kg.stores.spelling.nearest); else, when `name` is (`misplaced`) or
    is nearest a name of the other kind, that it is that kind, with the
    patterns that use it right; then the names of the kind wanted.  `labels`
    are the graph's node labels, `joins` each relationship type's (from
    label, to label) pairs.

    >>> joins = {"VISITOR": [("Visit", "Official")], "VISITED": [("Official", "Place")]}
    >>> advice("VISTED", True, ["Official", "Place", "Visit"], joins)
    " (did you mean VISITED? the graph's relationship types: VISITED, VISITOR)"
    >>> print(advice("Official", True, ["Official", "Place", "Visit"], joins, misplaced=True))
     (Official is a node label, not a relationship type: (Official)-[:VISITED]->(Place), (Visit)-[:VISITOR]->(Official); the graph's relationship types: VISITED, VISITOR)
    """
    types = sorted(joins)
    said = "relationship types" if as_relation else "node labels"
    wanted = types if as_relation else labels
    names = f"the graph's {said}: {', '.join(wanted)}"
    guess = None if misplaced else nearest(name, wanted)
    if guess:
        return f" (did you mean {guess}? {names})"
    other = name if misplaced else nearest(name, labels if as_relation else types)
    if other is None:
        return f" ({names})"
    if as_relation:
        uses = [f"({a})-[:{t}]->({b})" for t in types for a, b in joins[t] if other in (a, b)]
        what = f"{other} is a node label, not a relationship type"
    else:
        uses = [f"({a})-[:{other}]->({b})" for a, b in joins.get(other, [])]
        what = f"{other} is a relationship type, not a node label"
    if other != name:
        what = what.replace(" is ", ", the nearest name, is ", 1)
    return f" ({what}{': ' + ', '.join(uses) if uses else ''}; {names})"


def hint(message: str, text: str, labels: list[str], joins: dict[str, list[tuple[str, str]]]) -> str:
    """The advice for LadybugDB's error `message` on Cypher `text`, or '' when
    the message is not about a label or type: a name the store lacks is used as
    a relationship type when it stands inside `[…]`, else as a label.

    Raises nothing.

    >>> joins = {"VISITOR": [("Visit", "Official")], "VISITED": [("Official", "Place")]}
    >>> labels = ["Official", "Place", "Visit"]
    >>> hint("Binder exception: Table VISTED does not exist.", "MATCH ()-[:VISTED]->()", labels, joins)
    " (did you mean VISITED? the graph's relationship types: VISITED, VISITOR)"
    >>> print(hint("Binder exception: Cannot bind VISITED as a node pattern label.", "", labels, joins))
     (VISITED is a relationship type, not a node label: (Official)-[:VISITED]->(Place); the graph's node labels: Official, Place, Visit)
    """
    misplaced = _MISPLACED.search(message)
    missing = _MISSING.search(message)
    if misplaced:
        return advice(misplaced.group(1), misplaced.group(2) == "relationship", labels, joins, misplaced=True)
    if missing:
        name = missing.group(1)
        as_relation = re.search(rf"\[[^\]]*[:|]\s*`?{re.escape(name)}`?(?!\w)", text) is not None
        return advice(name, as_relation, labels, joins)
    return ""


# LadybugDB's words for a property a node does not have: group 1 the property, group 2 the variable
_NO_PROPERTY = re.compile(r"Cannot find property (\w+) for (\w+)")
# what a user guesses for a node's label (rdfs:label), which the stores call `name` (README's schema)
LABEL_GUESSES = {"label", "labels", "rdfs_label", "title", "text", "prefLabel", "pref_label"}


def node_label_of(variable: str, text: str) -> str | None:
    """The node label Cypher `text` gives `variable` in a pattern (`(i:Issue)`), or None.

    >>> node_label_of("i", "MATCH (i:Issue)-[:RAISED_AT]->(p) RETURN i.label"), node_label_of("p", "MATCH (p) RETURN p")
    ('Issue', None)
    """
    from kg.stores.cypher_text import blank_strings

    m = re.search(rf"\(\s*{re.escape(variable)}\s*:\s*`?(\w+)", blank_strings(text))
    return m.group(1) if m else None


def property_hint(message: str, text: str, properties) -> str:
    """What to write instead of a property LadybugDB's error `message` says
    a node of Cypher `text` lacks (`Cannot find property label for i`), or ''
    for another message: a node's label is its `name` (for the guesses of
    LABEL_GUESSES), then the properties of the variable's node label, from
    `properties(label)` (a list, empty for a label the graph lacks).  Raises nothing.

    >>> cols = {"Issue": ["uri", "name", "altLabels", "evidence"]}
    >>> property_hint("Binder exception: Cannot find property label for i.", "MATCH (i:Issue) RETURN i.label", lambda l: cols.get(l, []))
    " (a node's label, rdfs:label, is its property name; Issue has the properties uri, name, altLabels, evidence)"
    >>> property_hint("Binder exception: Cannot find property dat for i.", "MATCH (i:Issue) RETURN i.dat", lambda l: cols.get(l, []))
    ' (Issue has the properties uri, name, altLabels, evidence)'
    """
    m = _NO_PROPERTY.search(message)
    if m is None:
        return ""
    prop, variable = m.groups()
    said = ["a node's label, rdfs:label, is its property name"] if prop in LABEL_GUESSES else []
    label = node_label_of(variable, text)
    if label and (has := properties(label)):
        guess = nearest(prop, has) if prop not in LABEL_GUESSES else None
        said.append((f"did you mean {guess}? " if guess else "") + f"{label} has the properties {', '.join(has)}")
    return f" ({'; '.join(said)})" if said else ""


def used_names(text: str) -> list[tuple[str, bool]]:
    """(name, used as a relationship type?) for each node label and
    relationship type Cypher `text` writes in a pattern, once each, in order;
    strings and comments are skipped.

    >>> used_names("MATCH (o:Official)-[:VISITED|VISITOR*1..2]->(:Place) WHERE o.name = '(x:Y)' RETURN o // (:Z)")
    [('Official', False), ('VISITED', True), ('VISITOR', True), ('Place', False)]
    """
    from kg.stores.cypher_text import blank_strings

    code = blank_strings(text)
    found: dict[tuple[str, bool], int] = {}
    for pattern, as_relation in ((_NODE, False), (_RELATION, True)):
        for m in pattern.finditer(code):
            for name in re.findall(r"\w+", m.group(1)):
                found.setdefault((name, as_relation), m.start(1))
    return sorted(found, key=found.get)


def warning(text: str, labels: list[str], joins: dict[str, list[tuple[str, str]]]) -> str | None:
    """One line for the first node label or relationship type of Cypher `text`
    (used_names) that is not one of `labels` or of `joins`' types, with its
    advice; None when every name is one of them.

    >>> print(warning("MATCH (v:Visit)-[:Official]->(o) RETURN o", ["Official", "Visit"], {"VISITOR": [("Visit", "Official")]}))
    Official is not a relationship type of the graph, so nothing matches it (Official is a node label, not a relationship type: (Visit)-[:VISITOR]->(Official); the graph's relationship types: VISITOR)
    """
    for name, as_relation in used_names(text):
        if name not in (joins if as_relation else labels):
            kind = "relationship type" if as_relation else "node label"
            misplaced = name in (labels if as_relation else joins)
            return (f"{name} is not a {kind} of the graph, so nothing matches it"
                    f"{advice(name, as_relation, labels, joins, misplaced=misplaced)}")
    return None
