"""Which official a typed name means: one rule for `kg view --focus` (kg.views.select)
and the name parameters of `kg query` / `Build.query` (`official=…`, kg.stores.names).

The tiers, the first that names anyone wins:

1. "exact": one of a person's names is what was typed (several people of one
   name are all meant: nothing typed tells them apart);
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
