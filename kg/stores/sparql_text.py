"""What SPARQL text holds besides names, for govkg's checks of a user's query:
strings and comments (never names), IRIs in `<…>`, PREFIX declarations.

One set of patterns serves kg.stores.named (prefixes used but not declared,
which blanks IRIs too) and kg.stores.vocabulary (terms govkg never defines,
which keeps IRIs: a term may be written in full).
"""

from __future__ import annotations

import re

# strings (long ones first), comments, and IRIs (group 1: an IRI may hold a #, never a comment)
SKIPPED = re.compile(r"""(<[^<>\s"{}|^`]*>)|'{3}.*?'{3}|"{3}.*?"{3}|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\#[^\n]*""",
                     re.DOTALL)
# a PREFIX declaration: its name (group 1; None for the empty prefix `:`) and its IRI (group 2, None
# in text whose IRIs are blanked)
DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:(?:\s*<([^<>\s]*)>)?")


def code_of(text: str, keep_iris: bool = False, string: str = " ") -> str:
    """`text` with its comments blanked, its strings written as `string`, and
    its IRIs blanked too unless `keep_iris`: what is left holds the names.

    >>> code_of('SELECT * { ?s <http://x/#a> "gov:x" } # gov:y')
    'SELECT * { ?s     }  '
    >>> code_of('?s <http://x/#a> "gov:x"', keep_iris=True, string="0")
    '?s <http://x/#a> 0'
    """
    def one(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) if keep_iris else " "
        return string if m.group(0)[0] in "'\"" else " "

    return SKIPPED.sub(one, text)
