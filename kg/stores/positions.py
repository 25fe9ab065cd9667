"""Where a query error is, told in the text the user wrote.

A store's parser places its error in the text it was sent: for SPARQL that
is the user's query plus what kg.stores.named.bind_sparql inserts (a PREFIX
line, a VALUES block), and Oxigraph's parser (a PEG parser) says where it
gave up, which is often past the mistake: at the end of the query, or in the
space after the last token it read.  `placed` maps the position back into
the user's text, steps back from blank space to the token there, names the
file the query came from as `FILE:LINE:COLUMN:` (the form editors jump to),
and quotes the words around the place.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

# Oxigraph: `error at 5:2: expected ...` (line and column from 1);
# LadybugDB (ANTLR): `... (line: 3, offset: 0)` (column from 0)
_SPARQL = re.compile(r"\bat (\d+):(\d+)")
_CYPHER = re.compile(r"\(line: (\d+), offset: (\d+)\)")
# a token, as near as a rule for both languages gets: a string, an IRI, a
# name (?var, gov:Visit, o.label; dots inside only, a final one ends a triple),
# or one character of punctuation
_TOKEN = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|[?$]?[\w:-]+(?:\.[\w:-]+)*|\S""")


def own_offset(bound: str, own: str, line: int, column: int) -> int | None:
    """The offset in `own` of line:column (both from 1) of `bound`, a text
    made from `own` by insertions only; None when the place is outside `bound`
    or inside the inserted text.  Example: `own_offset("P\\nab", "ab", 2, 2)` -> 1."""
    lines = bound.split("\n")
    if not 1 <= line <= len(lines) or column < 1:
        return None
    at = sum(len(text) + 1 for text in lines[:line - 1]) + column - 1
    if bound == own:
        return min(at, len(own))
    for a, b, size in difflib.SequenceMatcher(None, bound, own, autojunk=False).get_matching_blocks():
        if a <= at <= a + size and size:
            return b + at - a
    return None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Line and column (both from 1) of `offset` in `text`.
    Example: `line_column("ab\\ncd", 4)` -> `(2, 2)`."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def token_at(text: str, offset: int) -> int:
    """Where a parser stopping at `offset` stopped: `offset` itself when a
    character is there; in blank space or at the end of the text (a parser
    that read past the mistake), the start of the last token before it.
    Example: `token_at("FILTER( }\\n", 10)` -> 8 (the `}`)."""
    if offset < len(text) and not text[offset].isspace():
        return offset
    starts = [m.start() for m in _TOKEN.finditer(text, 0, offset)]
    return starts[-1] if starts else offset


def line_before(text: str, start: int) -> int | None:
    """The line (from 1) of the last token before `start` when `start` opens
    its line and that token is on an earlier line, else None: a parser that
    finds a line's first word unexpected was often left wanting by the line
    before (a `)`, `.` or `}` missing at its end).
    Example: `line_before("FILTER(?x\n}", 10)` -> 1; `line_before("a b", 2)` -> None."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return None
    tokens = [m for m in _TOKEN.finditer(text, 0, line_start)]
    return line_column(text, tokens[-1].start())[0] if tokens else None


def near(text: str, start: int) -> str:
    """The token at `start` and the two before it, as one line of at most
    40 characters.  Example: `near("SELECT * { FILTER( }", 19)` -> `"FILTER( }"`."""
    tokens = [m for m in _TOKEN.finditer(text, 0, start)][-2:]
    here = _TOKEN.match(text, start)
    first = tokens[0].start() if tokens else start
    words = " ".join(text[first:here.end() if here else start].split())
    return words if len(words) <= 40 else "…" + words[-39:]


# LadybugDB's binder (names checked against the schema after parsing) says
# what name it could not bind but not where: the place is where the query
# writes that name (outside strings and comments), found by how Cypher writes
# each kind: a property after its variable (`o.nmae`) or as a map key
# (`{nmae: 1}`), a table as a label or relationship type (`:Oficial`,
# `[:A|HOLDS]`), a variable as a word of its own.
_BINDER = (
    (re.compile(r"Cannot find property (\w+) for (\w+)"),
     lambda prop, var: (rf"(?<![\w$]){var}\s*\.\s*`?{prop}`?(?!\w)", rf"[{{,]\s*`?{prop}`?\s*:")),
    (re.compile(r"Table (\w+) does not exist"), lambda name: (rf"[:|]\s*`?{name}`?(?!\w)",)),
    (re.compile(r"Variable (\w+) is not in scope"), lambda name: (rf"(?<![\w$.:`]){name}(?![\w`])",)),
)


def _code(text: str) -> str:
    """`text` with the insides of its strings and its comments blanked (offsets
    kept), so a name is looked for only where the query writes names."""
    out, i, n = list(text), 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out[i + 1:min(j, n)] = " " * (min(j, n) - i - 1)
            i = j + 1
        elif text.startswith("//", i) or text.startswith("/*", i):
            end = text.find("\n", i) if text[i + 1] == "/" else text.find("*/", i + 2)
            end = n if end < 0 else end + (2 if text[i + 1] == "*" else 0)
            out[i:end] = " " * (end - i)
            i = end
        else:
            i += 1
    return "".join(out)


def binder_offset(message: str, own: str) -> int | None:
    """Where in the Cypher text `own` the name a binder error `message` is
    about is first written (see _BINDER), or None for another message or a
    name not found.  Example: `binder_offset("Binder exception: Cannot find
    property nmae for o.", "MATCH (o)\nRETURN o.nmae")` -> 17 (the `o` of `o.nmae`)."""
    code = _code(own)
    for pattern, places in _BINDER:
        if m := pattern.search(message):
            for place in places(*map(re.escape, m.groups())):
                if found := re.search(place, code):
                    start = found.start()
                    return start + len(found.group(0)) - len(found.group(0).lstrip("[{,:| \t\n"))
            return None
    return None


def placed(message: str, bound: str, own: str, source: Path | None = None) -> str:
    """`message`, a store's error about the query text `bound`, placed in
    `own`, the text the user wrote (or the file `source` holds): the position
    in the message is the user's own line:column, at the word the parser
    stopped on (token_at), with the words there quoted; a file's query is
    named first, as `FILE:LINE:COLUMN: message`.  A message without a
    position (or one inside govkg's inserted text) keeps its words, after
    `FILE: ` when there is a file.
    Examples: `placed("SPARQL syntax error: error at 4:1: expected X", q, q, Path("a.rq"))`
    with q = `"SELECT * {\\n ?s ?p ?o .\\n FILTER( }\\n"` ->
    `"a.rq:3:10: SPARQL syntax error: expected X (near 'FILTER( }')"`;
    without the file -> `"SPARQL syntax error: error at 3:10: expected X (near 'FILTER( }')"`."""
    where = f"{source}: " if source is not None else ""
    m = _SPARQL.search(message) or _CYPHER.search(message)
    if m is None:
        return _bound_name(message, own, source)
    line, column = int(m.group(1)), int(m.group(2)) + (m.re is _CYPHER)
    offset = own_offset(bound, own, line, column)
    if offset is None:
        return where + message
    start = token_at(own, offset)
    line, column = line_column(own, start)
    words = near(own, start)
    before = line_before(own, start)
    hint = f"; or at the end of line {before}" if before else ""
    words = f" (near {words!r}{hint})" if words else ""
    if source is not None:
        # the position leads the line; what stays of the message says what is wrong
        head = re.sub(r"\berror\s*$", "", message[:m.start()]).rstrip(" :")
        rest = message[m.end():].lstrip(" :")
        return f"{source}:{line}:{column}: {head}" + (f": {rest}" if rest else "") + words
    told = f"at {line}:{column}" if m.re is _SPARQL else f"(line: {line}, offset: {column - 1})"
    return f"{message[:m.start()]}{told}{message[m.end():]}{words}"


def _bound_name(message: str, own: str, source: Path | None) -> str:
    """`message` without a position, placed at the name a binder error is about
    (binder_offset) as `placed` places a parser's: `FILE:LINE:COLUMN: message
    (near '…')`, or `message (line: L, offset: C)` for a query given as text."""
    offset = binder_offset(message, own)
    if offset is None:
        return (f"{source}: " if source is not None else "") + message
    line, column = line_column(own, offset)
    words = near(own, offset)
    words = f" (near {words!r})" if words else ""
    if source is not None:
        return f"{source}:{line}:{column}: {message}{words}"
    return f"{message} (line: {line}, offset: {column - 1}){words}"
