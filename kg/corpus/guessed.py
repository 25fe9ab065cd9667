"""The warning for a report whose names or issue labels were read with characters lost.

A file saved through an encoding that could not hold a character has `?`
(or U+FFFD) for it: `王??明`.  kg.repair.lost writes each such mark as `某`
after a surname (王某某明) or `□` elsewhere, so the name is read at all; but
the label is then a guess, not the name the report gave, and two reports
naming the same official are no longer linked.  An issue's label is the report's own
wording, so `噪音??扰民` becomes the label 噪音□□扰民: searched for, it is not found.  A user must learn that at
build time, with the text as received and what it became, as the other
per-report warnings say what is missing (kg.corpus.undated, kg.corpus.unnamed).
"""

from __future__ import annotations

from kg.facts import ReportFacts
from kg.repair.lost import LOST, UNREADABLE
from kg.text import TrackedText

SHOWN = 3  # names quoted in the line; the rest are counted


def guessed_names(facts: ReportFacts, text: TrackedText) -> list[tuple[str, str]]:
    """`(as received, as read)` for each official's or place's name of `facts`
    that holds a character written for a lost one (kg.repair.lost: `某`, `□`)
    where `text` (the repaired report, kg.pipeline.Doc.text) had `?` or U+FFFD,
    or stands right before or after one (`王明?来到` read as 王明: the name
    may be cut), in the order the report names them.  A name with 某 of its own
    (王某, as written) is none such.

    >>> from kg.facts import Official
    >>> from kg.repair.lost import mark_lost_characters
    >>> repaired = mark_lost_characters(TrackedText("区长王??明来到东湖街道，副区长李某陪同，副区长张华?、刘洋陪同。"))
    >>> people = {n: Official(n, n) for n in ("王某某明", "李某", "张华", "刘洋")}
    >>> guessed_names(ReportFacts("a.txt", "a.txt", "0" * 64, None, officials=people), repaired)
    [('王??明', '王某某明'), ('张华?', '张华')]
    """
    return guessed(text, [o.name for o in facts.officials.values()] + [p.name for p in facts.places.values()])


def guessed_labels(facts: ReportFacts, text: TrackedText) -> list[tuple[str, str]]:
    """`(as received, as read)` for each issue label of `facts` read with a lost
    character in it or right beside it, as `guessed_names` does for names.

    >>> from kg.facts import Evidence, Issue
    >>> from kg.repair.lost import mark_lost_characters
    >>> repaired = mark_lost_characters(TrackedText("居民反映噪音??扰民。"))
    >>> issue = Issue(place="p", label="噪音□□扰民", concept="Noise", visit=None, evidence=Evidence("", 0, 0))
    >>> guessed_labels(ReportFacts("a.txt", "a.txt", "0" * 64, None, issues=[issue]), repaired)
    [('噪音??扰民', '噪音□□扰民')]
    """
    return guessed(text, [i.label for i in facts.issues])


def guessed(text: TrackedText, wordings: list[str]) -> list[tuple[str, str]]:
    """`(as received, as read)` for each of `wordings` (names or labels) found in `text` (repaired)
    where the file had `?` or U+FFFD inside it or right beside it, in text order."""
    marks = (LOST, UNREADABLE)
    repaired = text.text
    found: list[tuple[int, str, str]] = []
    unique = list(dict.fromkeys(w for w in wordings if w))
    # the marks inside another wording's own span are that one's lost characters, not cut from a
    # neighbour (望岳街道??家村社区: the marks open □□家村社区, and 望岳街道 is whole)
    held = {at: name for name in unique if any(mark in name for mark in marks) for at in _spans(repaired, name)}

    def beside(pos: int, name: str) -> bool:
        return 0 <= pos < len(repaired) and repaired[pos] in marks and held.get(pos, name) == name

    for name in unique:
        at = repaired.find(name)
        while at >= 0:
            # the name, and a lost character right before or after it, which the name left out (邵远? -> 邵远)
            first, last = at - beside(at - 1, name), at + len(name) - 1
            last += beside(last + 1, name)
            received = text.original[text.origin[first]:text.origin[last] + 1]
            # a ? the file had where the wording was read, not one inside a note the repair
            # dropped between its characters (社區(q?)缺少: a pinyin note's lost vowel, kg.repair.pinyin)
            if any(text.original[text.origin[i]:text.origin[i] + 1] in ("?", "\ufffd") for i in range(first, last + 1)):
                found.append((at, received, name))
                break
            at = repaired.find(name, at + 1)
    return [(received, name) for _, received, name in sorted(found)]


def _spans(text: str, wording: str):
    """The offsets of `text` that the occurrences of `wording` cover."""
    at = text.find(wording)
    while at >= 0:
        yield from range(at, at + len(wording))
        at = text.find(wording, at + 1)


def guessed_names_warning(facts: ReportFacts, text: TrackedText) -> str | None:
    """One line naming the names and issue labels read with characters lost
    (`guessed_names`, `guessed_labels`), as received and as read, or None when
    there are none.  Raises nothing.

    >>> from kg.facts import Official
    >>> from kg.repair.lost import mark_lost_characters
    >>> repaired = mark_lost_characters(TrackedText("区长王??明来到东湖街道。"))
    >>> guessed_names_warning(ReportFacts("a.txt", "a.txt", "0" * 64, None, officials={"a": Official("a", "王某某明")}), repaired)
    'characters lost in 1 name (? or U+FFFD in the file): 「王??明」 read as 王某某明 (某 or □ stands for each mark; a run of marks is one lost character or more, ?? most often one: an encoder writes a ? for each byte of a character it cannot hold, two in GBK); check it against the source and correct the file'

    A run of marks is not counted as that many characters: how many were lost is not known,
    and mojibake most often leaves two marks for one character (a GBK character's two bytes
    each written `?`: kg.repair.lost; a run of k marks is ceil(k/2) to k characters, the rule
    kg.extract.lost_names fits names by).  The repair writes one 某 or □ for each mark, so
    offsets stay one to one; the line says so.  Source: session 56, place56 (a newcomer read
    `??` as two lost characters).
    """
    names, labels = guessed_names(facts, text), guessed_labels(facts, text)
    pairs = names + labels
    if not pairs:
        return None
    counted = " and ".join(f"{len(found)} {what}{'s' * (len(found) != 1)}" for found, what in ((names, "name"), (labels, "issue label")) if found)
    shown = "、".join(f"「{received}」 read as {name}" for received, name in pairs[:SHOWN])
    more = f" and {len(pairs) - SHOWN} more" if len(pairs) > SHOWN else ""
    return (f"characters lost in {counted} (? or U+FFFD in the file): {shown}{more} "
            f"({LOST} or {UNREADABLE} stands for each mark; a run of marks is one lost character or more, ?? most often one: "
            f"an encoder writes a ? for each byte of a character it cannot hold, two in GBK); check {'them' if len(pairs) > 1 else 'it'} against the source and correct the file")
