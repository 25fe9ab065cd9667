"""A name given to a named question that names nothing in the graph.

`kg query --sparql official-trail --param official=吕明` (for 吕鸣) is a good
question about nobody: 0 rows, read as "no visits".  A `name` parameter whose
own name is a node label of the graph (`official` -> Official, from
kg.stores.mapping) is looked up among that label's names when the answer has
no row; a name not there gets one warning line with the names likeliest meant.
"""

from __future__ import annotations

import re

from kg.repair.lost import LOST
from kg.stores.spelling import distance, nearest

# a name and its candidates: at most this many holding what was typed are said
SHOWN = 5


def label_of(parameter: str, labels) -> str | None:
    """The node label a `name` parameter names (`official` -> `Official`), or None.

    >>> label_of("official", ["Official", "Place"]), label_of("who", ["Official"]) is None
    ('Official', True)
    """
    return next((label for label in labels if label.lower() == parameter.lower()), None)


def lookup_sparql(label: str) -> str:
    """The SPARQL question for every name (label and altLabel) of a class's nodes, with its node."""
    return ("PREFIX gov: <https://w3id.org/govkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            f"SELECT DISTINCT ?x ?name WHERE {{ ?x a gov:{label} ; rdfs:label|skos:altLabel ?name }}")


def lookup_cypher(label: str) -> str:
    """The Cypher question for every name (name and altLabels) of a label's nodes, with its node's IRI, a row a node."""
    return f"MATCH (x:{label}) RETURN x.uri AS uri, x.name AS name, x.altLabels AS alt"


def about_sparql(iris) -> str:
    """The SPARQL question for the posts (with their jurisdictions) and the reports (keys) of the officials `iris`: what tells apart officials of one name."""
    values = " ".join(f"<{iri}>" for iri in iris)
    return ("PREFIX gov: <https://w3id.org/govkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            f"SELECT DISTINCT ?x ?post ?area ?report WHERE {{ VALUES ?x {{ {values} }}\n"
            "  OPTIONAL { ?x gov:holdsPost ?p . ?p rdfs:label ?post OPTIONAL { ?p gov:jurisdiction ?area } }\n"
            "  OPTIONAL { { ?v gov:visitor ?x ; gov:sourceReport ?r } UNION { ?x gov:holdsPost ?q . ?q gov:sourceReport ?r }\n"
            "             ?r gov:reportKey ?report } }")


def about_cypher(iris) -> str:
    """The Cypher question for what about_sparql asks, a row per post and report."""
    import json

    return (f"MATCH (x:Official) WHERE x.uri IN {json.dumps(sorted(iris), ensure_ascii=False)}\n"
            "OPTIONAL MATCH (x)-[:HOLDS_POST]->(p:Post)\nOPTIONAL MATCH (v:Visit)-[:VISITOR]->(x)\n"
            "OPTIONAL MATCH (v)-[:SOURCE_REPORT]->(r:Report)\nOPTIONAL MATCH (p)-[:SOURCE_REPORT]->(q:Report)\n"
            "RETURN x.uri AS x, p.name AS post, p.jurisdiction AS area, r.reportKey AS report, q.reportKey AS named")


def nodes_in(rows) -> dict[object, list[str]]:
    """Each node's names from lookup rows, a node's IRI first: SPARQL rows
    `(node, name)` grouped by node (lookup_sparql), Cypher rows `(node, name,
    altLabels)` a node each (lookup_cypher).  Empty cells are left out.

    >>> nodes_in([("n1", "巴特尔·额尔敦"), ("n1", "巴特尔"), ("n2", "吕鸣")])
    {'n1': ['巴特尔·额尔敦', '巴特尔'], 'n2': ['吕鸣']}
    >>> nodes_in([("n3", "吕鸣", None), ("n4", "达瓦·多吉", ["达瓦多吉"])])
    {'n3': ['吕鸣'], 'n4': ['达瓦·多吉', '达瓦多吉']}
    """
    found: dict[object, dict[str, None]] = {}
    for row in rows:
        key, cells = row[0], row[1:]
        for cell in cells:
            for name in cell if isinstance(cell, (list, tuple)) else [cell]:
                if isinstance(name, str) and name:
                    found.setdefault(key, {})[name] = None
    return {key: list(names) for key, names in found.items()}


def names_in(nodes: dict[object, list[str]]) -> list[str]:
    """Every name of `nodes` (nodes_in), once each."""
    return list(dict.fromkeys(name for names in nodes.values() for name in names))


def unmatched(parameter: str, label: str, forms: tuple[str, ...], names: list[str]) -> str | None:
    """One line when none of `forms` (the spellings of the value given,
    kg.repair.spellings) is among `names` (every name of the `label` nodes),
    with the names likeliest meant: the nearest by edit distance
    (kg.stores.spelling.nearest) that keeps a letter of what was typed, and
    those holding what was typed, or taken whole into it; None when a form is there (the question's 0 rows
    come from something else).

    >>> unmatched("official", "Official", ("吕明",), ["吕鸣", "姜爱锋"])
    'no Official in the graph is named 吕明, so official=吕明 matches nothing (did you mean 吕鸣?)'
    >>> unmatched("official", "Official", ("吕",), ["吕鸣", "姜爱锋"])
    'no Official in the graph is named 吕, so official=吕 matches nothing (names holding it: 吕鸣)'
    >>> unmatched("official", "Official", ("吕鸣",), ["吕鸣"]) is None, unmatched("official", "Official", ("张三",), ["吕鸣"])
    (True, 'no Official in the graph is named 张三, so official=张三 matches nothing')
    """
    if any(form in names for form in forms):
        return None
    typed = forms[0]
    said = f"no {label} in the graph is named {typed}, so {parameter}={typed} matches nothing"
    return said + (f" ({hints})" if (hints := likeliest(forms, names)) else "")


def _keeps_some(typed: str, guess: str) -> bool:
    """Does `guess` keep some of what was typed outside the end both share (a type
    word: 社区, 街道, 村)?  锦秀社区 → 锦绣社区 keeps 锦; 锦绣社区 → 光塔社区 keeps only
    社区, which every community's name has, so it is no guess (newcomer33, finding 8).

    >>> _keeps_some("锦秀社区", "锦绣社区"), _keeps_some("锦绣社区", "光塔社区"), _keeps_some("马晓", "马骁")
    (True, False, True)
    """
    shared = 0
    while shared < min(len(typed), len(guess)) and typed[-1 - shared] == guess[-1 - shared]:
        shared += 1
    stem, other = typed[: len(typed) - shared], guess[: len(guess) - shared]
    return distance(stem, other) < len(stem) if stem else distance(typed, guess) < len(typed)


def likeliest(forms: tuple[str, ...], names) -> str:
    """The names likeliest meant by a name typed in `forms` (its spellings)
    that is not among `names`: the nearest by edit distance that keeps a
    letter of what was typed, then those holding what was typed or taken
    whole into it; "" when none is near.  Said by `kg query` (unmatched) and
    `kg view --focus/--place/--issue` (kg.views.select).  Raises nothing.

    >>> likeliest(("马晓",), ["马骁", "孙晴"])
    'did you mean 马骁?'
    >>> likeliest(("张三",), ["马骁"])
    ''
    """
    # a name whose lost characters the report's repair wrote as 某 fits what was typed there first
    guess = next((n for n in names if any(lost_fits(f, n) for f in forms)), None)
    # a guess keeps some of what was typed: two letters of a two-letter name changed is another name
    guess = guess or next((g for form in forms if (g := nearest(form, names)) and _keeps_some(form, g)), None)
    holding = sorted(n for n in names if n != guess and any(f in n for f in forms))
    inside = sorted(n for n in names if n != guess and n not in holding and any(n in f for f in forms))
    hints = []
    if guess:
        lost = f", whose {LOST} stand for characters its report lost" if LOST in guess else ""
        hints.append(f"did you mean {guess}{lost}?")
    for said, found in (("names holding it", holding), ("names inside it", inside)):
        if found:
            more = f", … {len(found) - SHOWN} more" if len(found) > SHOWN else ""
            hints.append(f"{said}: {', '.join(found[:SHOWN])}{more}")
    return "; ".join(hints)


def lost_fits(typed: str, name: str) -> bool:
    """Does `typed` read as `name`, a name with characters lost in its report
    (kg.repair.lost writes each as 某 after the surname: 林??平 -> 林某某平),
    each run of 某 standing for any characters, none too?  A name with no 某
    fits nothing, and 某 alone (王某, a person left unnamed) fits no full name.

    >>> lost_fits("林平", "林某某平"), lost_fits("林小平", "林某某平"), lost_fits("林平", "林平")
    (True, True, False)
    >>> lost_fits("王明", "王某"), lost_fits("张平", "林某某平")
    (False, False)
    """
    parts = re.split(f"{LOST}+", name)
    if len(parts) < 2 or not parts[-1] or typed == name:
        return False  # no 某, or one at the end: an unnamed person (王某), no lost letters
    return re.fullmatch(".*".join(map(re.escape, parts)), typed) is not None


def unmatched_lines(query, given: dict[str, str], table, ask) -> list[str]:
    """The `unmatched` line of each `name` parameter of a named question
    (`query`, kg.stores.named.Query, with the values `given`, else the
    defaults) whose own name is a node label, when the answer `table` has no
    row; `ask(text)` runs a lookup (lookup_sparql or lookup_cypher, by the
    question's language) on the engine that answered and returns its table.
    A name that is there gets a line too, saying that it is (for
    official-trail: the official led no visit), so that 0 rows never reads
    as a misspelt name.  A lookup the engine refuses (a StoreError) says
    nothing: the answer stands.  Raises nothing of its own."""
    if table.rows or not query.params:
        return []
    from kg.repair import spellings
    from kg.stores.errors import StoreError
    from kg.stores.mapping import schema

    lines = []
    for name, param in query.params.items():
        label = label_of(name, schema().nodes) if param.type == "name" else None
        value = given.get(name, param.default)
        if label is None or not value:
            continue
        try:
            nodes = _lookup(query.language, label, ask)
        except StoreError:
            continue
        names = names_in(nodes) + [iri for iri in nodes if iri == value]  # an IRI kg.stores.names.resolved put there
        if line := unmatched(name, label, spellings(value), names):
            lines.append(line)
        else:  # the name is there: 0 rows is about them, and must not read as a misspelt name
            why = (": they led no visit the graph records (an official who accompanied another, or only took part, leads none)"
                   if query.name == "official-trail" else "")
            lines.append(f"{name}={value}: {value} is an {label} of the graph, but the question has no row for them{why}")
    return lines


def _lookup(language: str, label: str, ask) -> dict[object, list[str]]:
    """The names of each `label` node, asked with `ask` in `language` (nodes_in).  Raises StoreError."""
    return nodes_in(ask(lookup_sparql(label) if language == "sparql" else lookup_cypher(label)).rows)


def _about(language: str, iris, ask) -> dict[str, tuple[list[str], list[str]]]:
    """Each official of `iris` -> (its posts, its reports), asked with `ask`
    (about_sparql, about_cypher); what a lookup the engine refuses leaves out is empty.
    A post is its title after its jurisdiction, as visits-by-official writes it
    (kg.views.model.post_title: 静安区委书记, 闵行区区长)."""
    from kg.stores.errors import StoreError
    from kg.views.model import post_title

    about: dict[str, tuple[list[str], list[str]]] = {iri: ([], []) for iri in iris}
    try:
        rows = ask(about_sparql(iris) if language == "sparql" else about_cypher(iris)).rows
    except StoreError:
        return about
    for iri, post, area, *reports in rows:
        if iri in about:
            about[iri][0].extend([post_title(str(area or ""), str(post))] if post else [])
            about[iri][1].extend(r for r in reports if r)
    return about


def resolved(query, given: dict[str, str], ask) -> tuple[dict[str, str], list[str]]:
    """`given` (parameter values as typed) with each official's name that is
    no official's own replaced by the name of the one official it means, by
    the rule `kg view --focus` follows (kg.person_names.match_person: the
    given name of a transcribed name, 巴特尔 for 巴特尔·额尔敦, else the start
    of one official's name), and a line saying so for each.  `query` is a
    kg.stores.named.Query, `ask` as for unmatched_lines; only parameters of
    type `name` named after the Official label are read.  A lookup the
    engine refuses changes nothing.  A value that is an official's key (the
    end of its IRI, kg.person_names.key_of) or IRI is replaced by the IRI, which
    the question matches as it matches a name.  Raises ParameterError (a
    StoreError and a UsageError) when the name typed is the exact name of
    several officials (each listed with its key, posts and reports:
    kg.person_names.shared), or starts, or is the given name of, several
    officials' names (listed): which one is meant is not for the program to guess.

    Example: `official=巴特尔` with 巴特尔·额尔敦 in the graph -> (`{"official":
    "巴特尔·额尔敦"}`, [`official=巴特尔: no one is named exactly 巴特尔; answering for
    巴特尔·额尔敦, whose given name it is (…)`]); `official=达瓦` with 达瓦·多吉 and
    达瓦·拉则 -> StoreError `official=达瓦: no one is named exactly 达瓦; officials
    whose given name it is (…): 达瓦·多吉, 达瓦·拉则: give the full name`.
    """
    from kg.person_names import ambiguous, by_key, match_person, shared
    from kg.repair import spellings
    from kg.stores.errors import ParameterError, StoreError

    given, lines = dict(given), []
    for name, param in query.params.items():
        value = given.get(name)
        if param.type != "name" or not value or label_of(name, ["Official"]) is None:
            continue
        try:
            nodes = _lookup(query.language, "Official", ask)
        except StoreError:
            continue
        if chosen := by_key(spellings(value), nodes):  # one of several of a name, by its key: the IRI the question matches
            given[name] = chosen
            continue
        keys, how = match_person(spellings(value), nodes)
        if how == "exact" and len(keys) > 1:  # people the linker kept apart: which one is meant is the user's to say
            raise ParameterError(f"{name}={value}: " + shared(value, _about(query.language, keys, ask), f"{name}={{}}"))
        if how in ("", "exact"):
            continue
        # each official by the longest of their names that starts with what was typed: the full name
        meant = sorted({min(nodes[k], key=lambda n: (not n.startswith(value), -len(n), n)) for k in keys})
        if len(keys) > 1:
            raise ParameterError(f"{name}={value}: " + ambiguous(value, how, meant))
        whose = "whose given name it is (a transcribed name's part before its dot)" if how == "given" else (
            "the only official whose name starts with it")
        lines.append(f"{name}={value}: no one is named exactly {value}; answering for {meant[0]}, {whose}")
        given[name] = meant[0]
    return given, lines
