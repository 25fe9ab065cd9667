"""Traditional -> Simplified with OpenCC, only for text that is Traditional.

`tw2s` rather than `t2s`: it also turns the aspect particle 著 into 着
(開展著 -> 开展着) while leaving 著名 alone.

Converting a report already in Simplified would rewrite what was right:
於, 乾, 著 and 昇 are Simplified characters too (於明华 is a name, 乾县 a
place, 显著 a word).  So a text is converted only when it is Traditional:
when at least `TRADITIONAL_SHARE` of its Han characters are Traditional-only,
i.e. changed by OpenCC and outside GB2312 (the Simplified character set; 於,
乾 and 著 are in it, 區, 會 and 們 are not).  Measured with
`python scripts/script_share.py FILE_OR_FOLDER...` (one share per report) on 33 evaluation reports of the genre:
the 22 Simplified ones score 0.000, the 11 Traditional ones 0.286-0.393; the
Simplified kinds reports score 0.000 and a Simplified report full of 於/乾/
著/昇 0.005.  5% sits in that gap with room on both sides.

Each line (a passage) is decided on its own evidence when it has some: it
is converted when it is Traditional by the same rule with at least
`MIN_PASSAGE_EVIDENCE` Traditional-only characters (a Traditional passage
quoted in a Simplified report), kept when it holds at least that many
Simplified-only characters (ones OpenCC's s2tw changes: 区, 书, 们).  A
line with less evidence either way (a name alone, a line of characters both
scripts share) follows the whole text's decision, so one rare character in a
name never flips a line.
"""

from __future__ import annotations

from functools import cache

from kg.text import HAN_RUN, TrackedText

TRADITIONAL_SHARE = 0.05
MIN_PASSAGE_EVIDENCE = 3


@cache
def converter(config: str):
    """An OpenCC converter (`tw2s`, `s2tw`, ...), built once per process."""
    import opencc

    return opencc.OpenCC(config)


def simplify(text: str) -> str:
    """`text` converted to Simplified, unconditionally (OpenCC tw2s)."""
    return converter("tw2s").convert(text)


@cache
def simplified_char(char: str) -> str:
    return simplify(char)


@cache
def traditional_only(char: str) -> bool:
    """Is `char` written only in Traditional text: OpenCC changes it and GB2312
    (the Simplified set) lacks it?  `traditional_only("區") -> True`,
    `traditional_only("於") -> False` (於 is Simplified too)."""
    if simplified_char(char) == char:
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def traditional_count(text: str) -> tuple[int, int]:
    """(Traditional-only characters, Han characters) in `text`."""
    han = "".join(HAN_RUN.findall(text))
    return sum(map(traditional_only, han)), len(han)


def traditional_share(text: str) -> float:
    """The share (0..1) of `text`'s Han characters that are Traditional-only;
    0.0 for text without Han characters."""
    hits, total = traditional_count(text)
    return hits / total if total else 0.0


def is_traditional(text: str, min_evidence: int = 1) -> bool:
    """Is `text` written in Traditional characters (see the module doc for the
    rule and how it was measured)?  `is_traditional("區長來到社區") -> True`,
    `is_traditional("於明华来到乾安社区") -> False`."""
    return _traditional(*traditional_count(text), min_evidence)


def _traditional(hits: int, total: int, min_evidence: int) -> bool:
    return hits >= min_evidence and total > 0 and hits / total >= TRADITIONAL_SHARE


@cache
def simplified_only(char: str) -> bool:
    """Is `char` a Simplified form that Traditional text writes otherwise
    (OpenCC s2tw changes it)?  `simplified_only("区") -> True`, `simplified_only("社") -> False`."""
    return converter("s2tw").convert(char) != char


def to_simplified(text: TrackedText) -> TrackedText:
    """The repair step: each Traditional line converted, Simplified lines kept,
    lines without enough evidence as the whole text goes (see the module doc).
    A Simplified text comes back unchanged."""
    # each line counted once; Han runs never cross a line, so the whole text's count is their sum
    lines = text.text.split("\n")
    counts = {line: traditional_count(line) for line in lines}
    hits = sum(counts[line][0] for line in lines)
    if not hits:
        return text  # no Traditional-only character: no line converts
    whole = _traditional(hits, sum(counts[line][1] for line in lines), 1)

    def convert(line: str) -> str:
        if _traditional(*counts[line], MIN_PASSAGE_EVIDENCE):
            return simplify(line)
        if not whole:
            return line
        if sum(map(simplified_only, "".join(HAN_RUN.findall(line)))) >= MIN_PASSAGE_EVIDENCE:
            return line
        return simplify(line)

    return text.map_chars(convert)


def original_forms(text: TrackedText, name: str) -> set[str]:
    """How `name` (a name in the repaired text) is written in the original
    where script conversion changed it: `{"陳昇"}` for 陈升 in a Traditional
    report, `set()` when it is written as it is.  Only same-length spans whose
    conversion gives `name` back count (the spelling, not a neighbour).
    Each character is read where it came from, so annotations the repair
    dropped between them (`劉(liú)冬梅`) are not part of the form."""
    forms, start = set(), text.text.find(name)
    while start >= 0 and name:
        forms.add("".join(text.original[text.origin[i]:text.origin[i] + 1] for i in range(start, start + len(name))))
        start = text.text.find(name, start + 1)
    forms.discard(name)
    # each distinct form converted once (OpenCC costs ~15 µs a call, and a name is written alike at each mention)
    return {written for written in forms if simplify(written) == name}


def main(argv=None) -> int:
    """Print each report's Traditional share and the decision, to re-measure the rule."""
    import sys
    from pathlib import Path

    from kg.errors import ReportError
    from kg.read import read_report

    for arg in argv if argv is not None else sys.argv[1:]:
        root = Path(arg)
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if not path.is_file():
                continue
            try:
                text = read_report(path).text
            except ReportError as exc:
                print(f"{exc}")
                continue
            share = traditional_share(text)
            print(f"{share:.3f} {'Traditional' if is_traditional(text) else 'Simplified '} {path}")
    return 0
