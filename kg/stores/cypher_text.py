"""The columns a Cypher query names, read from its text.

Neo4j names a column the user did not alias by the expression as written
(`RETURN label(r), count(*)` gives the columns `label(r)` and `count(*)`);
LadybugDB names it by its own rewrite of the expression
(`LABEL(r._ID,[,,,BROADER,...])`, `COUNT_STAR()`).  `written_columns` reads
the projection of the query's RETURN clause so kg query prints the columns
the user wrote, whichever store answered.
"""

from __future__ import annotations

import re

_OPEN, _CLOSE = "([{", ")]}"
_KEYWORD = re.compile(r"[A-Za-z_]\w*")
# clauses that end a RETURN's projection (a UNION starts another query)
_ENDS = {"ORDER", "SKIP", "LIMIT", "UNION"}


def _string_end(text: str, i: int) -> int:
    """The offset after the string or quoted name opening at `i` (its quote
    character; a backslash escapes in strings, not in `quoted names`).

    >>> _string_end("'ab' AS x", 0)
    4
    """
    c, j, n = text[i], i + 1, len(text)
    while j < n and text[j] != c:
        j += 2 if text[j] == "\\" and c != "`" else 1
    return j + 1


def _without_comments(text: str) -> str:
    """`text` with its comments (`//` to the line's end, `/* */`) blanked out, offsets kept."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"`":
            i = _string_end(text, i)
        elif text.startswith("//", i) or text.startswith("/*", i):
            end = text.find("\n", i) if text[i + 1] == "/" else text.find("*/", i + 2) + 2
            end = n if end < (1 if text[i + 1] == "/" else 2) else end
            out[i:end] = " " * (end - i)
            i = end
        else:
            i += 1
    return "".join(out)


def blank_strings(text: str) -> str:
    """`text` with its comments, strings and quoted names' quotes blanked,
    offsets kept: what is left is the query's own words (a quoted name
    keeps its name, `Visit` -> ` Visit `).

    >>> blank_strings("MATCH (n:`Visit`) WHERE n.name = '(x:Y)' // (:Z)")
    'MATCH (n: Visit ) WHERE n.name =                '
    """
    text = _without_comments(text)
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        if text[i] in "'\"`":
            end = _string_end(text, i)
            if text[i] == "`":
                out[i], out[min(end, n) - 1] = " ", " "
            else:
                out[i:end] = " " * (min(end, n) - i)
            i = end
        else:
            i += 1
    return "".join(out)


def _top_level(text: str):
    """(offset, character, depth) for each character of `text` (without
    comments: _without_comments) outside strings and quoted names; depth
    counts the brackets open around it."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"`":
            yield i, c, depth  # the opening quote stands for the whole string
            i = _string_end(text, i)
            continue
        if c in _CLOSE:
            depth -= 1
        yield i, c, depth
        if c in _OPEN:
            depth += 1
        i += 1


def return_items(statement: str) -> list[str] | None:
    """The items of the first query part's last RETURN, as written (spaces
    collapsed; `DISTINCT` left out), or None when there is none or it is
    `RETURN *`.  Example: `return_items("MATCH (n) RETURN n.name, count(*) AS k ORDER BY k")`
    -> `["n.name", "count(*) AS k"]`."""
    statement = _without_comments(statement)
    words = []  # (start, end, WORD) of the words at depth 0
    commas = []
    for i, c, depth in _top_level(statement):
        if depth != 0:
            continue
        if c == ",":
            commas.append(i)
        elif (c.isalpha() or c == "_") and (i == 0 or not (statement[i - 1].isalnum() or statement[i - 1] in "_.$")):
            m = _KEYWORD.match(statement, i)
            words.append((m.start(), m.end(), m.group().upper()))
    union = next((s for s, _, w in words if w == "UNION"), len(statement))
    returns = [(s, e) for s, e, w in words if w == "RETURN" and s < union]
    if not returns:
        return None
    start = returns[-1][1]
    end = next((s for s, _, w in words if s > start and w in _ENDS), len(statement))
    end = min(end, statement.find(";", start) if ";" in statement[start:end] else end)
    cuts = [start] + [i + 1 for i in commas if start < i < end] + [end + 1]
    items = [" ".join(statement[a:b - 1].split()) for a, b in zip(cuts, cuts[1:])]
    if items and re.match(r"(?i)DISTINCT\b", items[0]):
        items[0] = items[0][len("DISTINCT"):].strip()
    if items == ["*"] or not all(items):
        return None
    return items


def column_names(statement: str) -> list[str]:
    """The names of the columns the statement's RETURN gives, by Neo4j's rule
    (an alias, else the expression as written); [] when they cannot be read
    (`RETURN *`, no RETURN).  For a server that names no column when no row
    comes back (ArcadeDB's Bolt answer to 0 rows).
    Example: `column_names("MATCH (n) RETURN n.name, count(*) AS k")` -> `["n.name", "k"]`."""
    names = []
    for item in return_items(statement) or []:
        aliased = [s for s, _, d in _top_level(item) if d == 0 and re.match(r"(?i)AS\s", item[s:s + 3]) and s and item[s - 1].isspace()]
        names.append(item[aliased[-1] + 3:].strip().strip("`") if aliased else item)
    return names


def written_columns(statement: str, columns: list[str]) -> list[str]:
    """`columns`, an engine's names for the query's columns, with each one
    the user did not alias named by its expression as written (Neo4j's rule);
    unchanged when the RETURN items cannot be read or do not match in number.
    Example: `written_columns("MATCH ()-[r]->() RETURN label(r)", ["LABEL(r._ID,[...])"])`
    -> `["label(r)"]`."""
    items = return_items(statement)
    if items is None or len(items) != len(columns):
        return columns
    named = []
    for item, column in zip(items, columns):
        aliased = [s for s, _, d in _top_level(item) if d == 0 and re.match(r"(?i)AS\s", item[s:s + 3]) and s and item[s - 1].isspace()]
        named.append(column if aliased else item)
    return named
