"""Page chrome: lines of a published page that link to other pages.

A news page ends with `上一篇：副区长李某到X社区调研`, `相关新闻` and a list of
titles.  Those titles tell other officials' visits; read as text they give the
report officials and visits it does not have.  The lines are dropped (the
words opening them are `page_link_markers.txt`); the report's own text, its
byline and its editors' lines stay.
"""

from __future__ import annotations

import re
from functools import cache

from kg.resources import lexicon
from kg.text import TrackedText

OPEN = r"[ \t\u3000]*[【\[（(]?"
CLOSE = r"[】\]）)]?[ \t\u3000]*[：:]?"


@cache
def _links() -> re.Pattern:
    found = sorted({w for line in lexicon("page_link_markers.txt") for w in line.split()}, key=lambda w: (-len(w), w))
    markers = "|".join(map(re.escape, found)) or "(?!)"
    # a list's header alone on its line, with the title lines after it (no sentence end in them)
    header = rf"^{OPEN}(?:{markers}){CLOSE}[ \t\u3000]*\n(?:[^\n。！？!?]*(?:\n|$))*"
    line = rf"^{OPEN}(?:{markers}){CLOSE}[^\n]*(?:\n|$)"
    return re.compile(f"(?m){header}|{line}")


def opens_page_link(text: str, pos: int) -> bool:
    r"""Does the line of `text` starting at `pos` open a page link or a list of
    them (a `page_link_markers.txt` word first)?  `kg.repair.wrap` never joins
    such a line to the one before it.

    >>> opens_page_link("区长来到X社区\n上一篇：李华到Y社区", 8)
    True
    """
    return _links().match(text, pos) is not None


def strip_page_links(text: TrackedText) -> TrackedText:
    """Drop the lines linking to other pages.

    >>> strip_page_links(TrackedText("区长王明来到X社区。\\n上一篇：副区长李华到Y社区调研\\n")).text
    '区长王明来到X社区。\\n'
    """
    return text.sub(_links(), "")
