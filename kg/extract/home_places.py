"""A place that qualifies a person: where the speaker lives, not where the report is.

`石门村村民李秀兰说…` told at a liaison station: 石门村 is the villager's home, an
attribute of the speaker, as in `翠湖小区居民周大妈`, `枫林社区业主代表`.  Such a
place sets no scene for the paragraph and makes no stop; what the speaker raises
stays at the venue where the officials are.  (It is still registered as a place.)

Source: PLACES27 brief, kind 4 (a resident's home place sets the sentence's scene).
"""

from __future__ import annotations

from kg.extract.lexicons import pattern


def qualifies_person(text: str, end: int) -> bool:
    """Is the place written ending at `end` followed right away (maybe after 的) by
    a residents' word (`issue_raisers.txt`: 村民, 居民, 业主, 住户 …), so that it
    tells where that person lives?

    >>> qualifies_person("石门村村民李秀兰说", 3), qualifies_person("翠湖小区的业主反映", 4)
    (True, True)
    >>> qualifies_person("石门村，村民李秀兰说", 3), qualifies_person("石门村党支部书记说", 3)
    (False, False)
    """
    at = end + 1 if text.startswith("的", end) else end
    return pattern("issue_raisers.txt").match(text, at) is not None
