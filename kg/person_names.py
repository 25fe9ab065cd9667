"""Which official a typed name means: one rule for `kg view --focus` (kg.views.select)
and the name parameters of `kg query` / `Build.query` (`official=…`, kg.stores.names).

The tiers, the first that names anyone wins:

1. "exact": one of a person's names is what was typed (several people of one
   name, whom the corpus linker kept apart, are refused by the caller with
   their keys, posts and reports: `shared`; the key, the end of the person's
   IRI, names one of them: `by_key`);
2. "given": the given name of a transcribed name, its part before the name
   dot (巴特尔 for 巴特尔·额尔敦): what the person is called by;
3. "prefix": the start of a person's name (康 for 康志远, 巴特 for 巴特尔·额尔敦).

A "given" or "prefix" tier that names several people is refused by the caller
with their names (`ambiguous`): 达瓦 typed among 达瓦·多吉 and 达瓦·拉则 means one
of them, and which is not for the program to guess.  A name found only inside
another (志远 in 康志远) names no one here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

K = TypeVar("K")
SHOWN = 8  # names listed in a message before "and N more"
# the people a tier found, for messages: "no one is named exactly X; {WHAT[how]}: A, B"
WHAT = {"given": "officials whose given name it is (a transcribed name's part before its dot)",
        "prefix": "officials whose name starts with it"}


def given_name(name: str) -> str | None:
    """The given name of a transcribed name (Uyghur, Kazakh, Mongolian,
    Tibetan names written in Han characters: given name, a name dot, the
    father's or a second name): its part before the first name dot
    (kg.analyse.component.NAME_DOTS); None for a name with no dot (王建设).

    >>> given_name("艾尔肯·吐尼亚孜"), given_name("古丽•买买提"), given_name("王建设")
    ('艾尔肯', '古丽', None)
    """
    from kg.analyse.component import NAME_DOTS

    cut = min((name.find(d) for d in NAME_DOTS if d in name), default=-1)
    return name[:cut] if cut > 0 else None


def match_person(forms: Iterable[str], people: Mapping[K, Iterable[str]]) -> tuple[list[K], str]:
    """The people `forms` (a typed name and its other spellings) mean, of
    `people` (each person's key -> their names), and the tier that found them
    (module doc): `(keys, "exact" | "given" | "prefix")`, or `([], "")`.
    Keys come in the order of `people`.  Raises nothing.

    >>> people = {1: ["巴特尔·额尔敦"], 2: ["达瓦·多吉"], 3: ["达瓦·拉则"], 4: ["康志远"], 5: ["达瓦"]}
    >>> match_person(["巴特尔"], people), match_person(["康"], people), match_person(["达瓦"], people)
    (([1], 'given'), ([4], 'prefix'), ([5], 'exact'))
    >>> del people[5]; match_person(["达瓦"], people), match_person(["志远"], people)
    (([2, 3], 'given'), ([], ''))
    """
    forms = [f for f in dict.fromkeys(forms) if f]
    named = {key: set(names) for key, names in people.items()}
    tiers = (
        ("exact", lambda names: any(f in names for f in forms)),
        ("given", lambda names: any(given_name(n) in forms for n in names)),
        ("prefix", lambda names: any(n.startswith(f) for f in forms for n in names)),
    )
    for how, fits in tiers:
        keys = [key for key, names in named.items() if fits(names)]
        if keys:
            return keys, how
    return [], ""


def key_of(iri: str) -> str:
    """An official's key as the user types it: the last segment of its IRI.

    >>> key_of("https://w3id.org/govkg/id/official/liu-jian-3e09f6e4")
    'liu-jian-3e09f6e4'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def by_key(forms: Iterable[str], iris: Iterable[str]) -> str | None:
    """The IRI of `iris` that one of `forms` names, as the whole IRI or its
    key (key_of), or None: how one of several officials of one name is chosen.

    >>> by_key(["liu-jian-3e09f6e4"], ["https://w3id.org/govkg/id/official/liu-jian-3e09f6e4"])
    'https://w3id.org/govkg/id/official/liu-jian-3e09f6e4'
    >>> by_key(["刘建"], ["https://w3id.org/govkg/id/official/liu-jian-3e09f6e4"]) is None
    True
    """
    forms = set(forms)
    return next((iri for iri in iris if iri in forms or key_of(iri) in forms), None)


def shared(typed: str, people: Mapping[str, tuple[Iterable[str], Iterable[str]]], choose: str) -> str:
    """The end of the message refusing `typed`, the exact name of several
    officials the graph keeps apart (linked across reports by post and place,
    docs/corpus.md): each by its key (key_of its IRI) with its posts and the
    reports that name it, `people` mapping each IRI to (posts, reports);
    `choose` is the option with `{}` for a key (`official={}`, `--focus {}`).

    >>> shared("刘建", {"https://x/official/liu-jian-1": (["区长"], ["a.txt"]),
    ...                 "https://x/official/liu-jian-2": (["县委书记", "县长"], ["b.txt", "c.txt"])}, "official={}")
    '2 officials are named 刘建, whom the graph keeps apart: liu-jian-1 (区长; a.txt), liu-jian-2 (县委书记, 县长; b.txt, c.txt): give one by its key (official=liu-jian-1)'
    """
    def told(posts, reports) -> str:
        reports = sorted(set(reports))
        more = f" and {len(reports) - 2} more" if len(reports) > 2 else ""
        return "; ".join(part for part in (", ".join(sorted(set(posts))), ", ".join(reports[:2]) + more) if part)

    listed = sorted((key_of(iri), told(*about)) for iri, about in people.items())
    more = f" and {len(listed) - SHOWN} more" if len(listed) > SHOWN else ""
    said = ", ".join(f"{key} ({about})" if about else key for key, about in listed[:SHOWN])
    return (f"{len(listed)} officials are named {typed}, whom the graph keeps apart: {said}{more}: "
            f"give one by its key ({choose.format(listed[0][0])})")


def ambiguous(typed: str, how: str, names: Iterable[str]) -> str:
    """The end of the message refusing `typed`, which a "given" or "prefix"
    tier (`how`) found in several people's `names`: the caller puts its flag
    or parameter before it.

    >>> ambiguous("祁", "prefix", ["祁远航", "祁明澄"])
    'no one is named exactly 祁; officials whose name starts with it: 祁明澄, 祁远航: give the full name'
    """
    listed = sorted(set(names))
    more = f" and {len(listed) - SHOWN} more" if len(listed) > SHOWN else ""
    return f"no one is named exactly {typed}; {WHAT[how]}: {', '.join(listed[:SHOWN])}{more}: give the full name"
