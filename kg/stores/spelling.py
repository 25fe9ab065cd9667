"""The name nearest a misspelt one, for the hints of `kg query` (a SPARQL
term govkg never defines, a Cypher label or relationship type the store lacks)."""

from __future__ import annotations


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions).

    >>> distance("visted", "visited"), distance("VISITED", "visited")
    (1, 7)
    """
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def nearest(name: str, names) -> str | None:
    """Of `names`, the nearest to `name` by edit distance ignoring letter case,
    then counting it (then the first in sorted order); None when even that one
    is farther than a third of the name's letters (at least 2): a guess that
    far is no help.

    >>> nearest("VISTED", ["VISITED", "VISITOR", "Visit"]), nearest("official", ["Official", "Post"])
    ('VISITED', 'Official')
    >>> nearest("xyz", ["Official", "Post"]) is None
    True
    """
    ranked = sorted(names, key=lambda n: (distance(name.lower(), n.lower()), distance(name, n), n))
    if ranked and distance(name.lower(), ranked[0].lower()) <= max(2, len(name) // 3):
        return ranked[0]
    return None
