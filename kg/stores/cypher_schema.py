"""What to tell a user whose Cypher names a node label or relationship type
the store does not have there: misspelt (`-[:VISTED]->`), or of the other
kind (`-[:Official]->`, `(p:VISITED)`).

LadybugDB answers those with its own words (`Table VISTED does not exist`,
`Cannot bind Official as a relationship pattern label`); kg.stores.ladybug_store
adds the hint this module writes from the store's schema: its node labels,
and each relationship type with the labels it joins.
"""

from __future__ import annotations

import re

from kg.stores.spelling import nearest

# LadybugDB's words for a name it cannot use: group 1 the name; "bind … relationship" means it is
# a node label written in […], "bind … node" a relationship type written in (…)
_MISSING = re.compile(r"Table (\w+) does not exist")
_MISPLACED = re.compile(r"Cannot bind (\w+) as a (relationship|node) pattern label")


def hint(message: str, text: str, labels: list[str], joins: dict[str, list[tuple[str, str]]]) -> str:
    """The hint for LadybugDB's error `message` on Cypher `text`, or '' when the
    message is not about a label or type.  `labels` are the store's node labels;
    `joins` maps each relationship type to the (from label, to label) pairs it
    joins.  A name the store lacks gets the nearest of the kind its place wants
    (kg.stores.spelling.nearest; a type inside `[…]`, else a label); a name of
    the other kind, or one nearest a name of the other kind, is said to be that
    kind, with the patterns that use it right; then the names of the kind wanted.

    Raises nothing.

    >>> joins = {"VISITOR": [("Visit", "Official")], "VISITED": [("Official", "Place")]}
    >>> labels = ["Official", "Place", "Visit"]
    >>> hint("Binder exception: Table VISTED does not exist.", "MATCH ()-[:VISTED]->()", labels, joins)
    " (did you mean VISITED? the graph's relationship types: VISITED, VISITOR)"
    >>> print(hint("Binder exception: Cannot bind Official as a relationship pattern label.", "", labels, joins))
     (Official is a node label, not a relationship type: (Official)-[:VISITED]->(Place), (Visit)-[:VISITOR]->(Official); the graph's relationship types: VISITED, VISITOR)
    >>> print(hint("Binder exception: Cannot bind VISITED as a node pattern label.", "", labels, joins))
     (VISITED is a relationship type, not a node label: (Official)-[:VISITED]->(Place); the graph's node labels: Official, Place, Visit)
    """
    types = sorted(joins)
    misplaced = _MISPLACED.search(message)
    missing = _MISSING.search(message)
    if misplaced:
        name, as_relation = misplaced.group(1), misplaced.group(2) == "relationship"
    elif missing:
        name = missing.group(1)
        as_relation = re.search(rf"\[[^\]]*[:|]\s*`?{re.escape(name)}`?(?!\w)", text) is not None
    else:
        return ""
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
