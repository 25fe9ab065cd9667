"""Listed verbs found as raw substrings, checked against the analyser's words.

The verb lexicons (`visit_verbs.tsv`, `issue_inquiry_verbs.txt`) are matched as
substrings of the text, which finds a verb also where its characters belong to
two words: `作了解答` holds `了解` (作/v 了/u 解答/vn: the aspect particle 了 of
作, then the noun 解答), `走了解放路` holds it too.  The lexical analyser (LAC)
tells these apart: a substring that it reads across a word boundary, with a
word of its own running past the substring's edge, is not the verb.  A verb
read as part of a longer word (`座谈` in `座谈会`) or as whole words (`实地/察看`)
is the verb as before.
"""

from __future__ import annotations

from kg.extract.place_check import analysed_around


def read_across(tokens, start: int, end: int) -> bool:
    """Do the analyser's `tokens` read text[start:end] across a word boundary:
    a word ends strictly inside the span, and a word runs across one of the
    span's edges (the span is neither one word or part of one, nor whole words)?

    Shapes: 作/了|解答 (了解 in 作了解答: True), 走/了|解放路 (True),
    了解/小区 (whole word: False), 座谈会 (座谈 inside one word: False),
    实地/察看 (实地察看 as two whole words: False).

    >>> from kg.analyse import Token
    >>> toks = [Token("作", "v", 0, 1), Token("了", "u", 1, 2), Token("解答", "vn", 2, 4)]
    >>> read_across(toks, 1, 3), read_across(toks, 2, 4)
    (True, False)
    >>> read_across([Token("座谈会", "n", 0, 3)], 0, 2)
    False
    """
    inner = any(start < t.start < end for t in tokens)
    straddles = any(t.start < edge < t.end for t in tokens for edge in (start, end))
    return inner and straddles


def verb_as_written(doc, start: int, end: int) -> bool:
    """Is the listed verb found at doc.text[start:end] a word of the text as
    the analyser reads it (not `read_across` a word boundary)?  One-character
    verbs have no inner boundary and are not analysed.  The clause around is
    analysed on demand (`place_check.analysed_around`).  An official's name
    ending at `start` (`doc.ext.name_mentions`) is a word boundary the analyser
    may not move: its words straddling it are read as ending there (韩立/平察/看
    in `韩立平察看了`: the analyser's surname-and-given-name split is wrong where
    the name's last character and the verb's first make a word of their own).

    Example: in `王明作了解答。` the `了解` at 3:5 is not a verb as written."""
    if end - start < 2:
        return True
    tokens = analysed_around(doc, start, end)
    if any(e == start for _, e, _ in doc.ext.name_mentions):
        tokens = [t for t in tokens if not t.start < start < t.end]
    return not read_across(tokens, start, end)
