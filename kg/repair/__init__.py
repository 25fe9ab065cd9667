"""Repair: damaged report text in, clean Simplified Chinese out.

Each repair is a component `TrackedText -> TrackedText`; `REPAIRS` is the
default order (artefacts before pinyin, pinyin before script conversion since
annotations follow the Traditional character they read; lost characters before
punctuation, which would make their `?` a question mark).
"""

from __future__ import annotations

from functools import partial

from kg.repair.artefacts import strip_artefacts
from kg.repair.lost import mark_lost_characters
from kg.repair.numerals import enclosed_list_markers
from kg.repair.page import strip_page_links
from kg.repair.pinyin import strip_pinyin_annotations
from kg.repair.punctuation import fullwidth_punctuation
from kg.repair.script import to_simplified
from kg.repair.wrap import join_padded_names
from kg.text import TrackedText

# (a padded name, 區長李 明, is read after script conversion: the titles are Simplified)
REPAIRS = (strip_artefacts, mark_lost_characters, strip_pinyin_annotations, to_simplified, join_padded_names,
           fullwidth_punctuation, enclosed_list_markers, strip_page_links)


# an HTML page's repairs: its lines are blocks the page ended, no wrapped lines to join
PAGE_REPAIRS = (partial(strip_artefacts, wrapped=False), *REPAIRS[1:])


def repair(text: str | TrackedText, steps=REPAIRS) -> TrackedText:
    tracked = text if isinstance(text, TrackedText) else TrackedText(text)
    for step in steps:
        tracked = step(tracked)
    return tracked


def spellings(name: str) -> tuple[str, ...]:
    """The forms to look a user-given name up by: as typed, and normalised the
    way reports are (the repair steps: invisible characters dropped, Traditional
    converted when it is Traditional).  Labels hold the normalised form and
    altLabels the source's own, so either finds the entity.
    Example: `spellings("杭迎偉") -> ("杭迎偉", "杭迎伟")`, `spellings("王明") -> ("王明",)`."""
    typed = name.strip()
    return tuple(dict.fromkeys(form for form in (typed, repair(typed).text.strip()) if form))
