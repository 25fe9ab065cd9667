"""Page chrome: lines of a published page that link to other pages.

A news page ends with `上一篇：副区长李某到X社区调研`, `相关新闻` and a list of
titles.  Those titles tell other officials' visits; read as text they give the
report officials and visits it does not have.  The lines are dropped (the
words opening them are `page_link_markers.txt`); the report's own text, its
byline and its editors' lines stay.

A page's metadata lines (`发布时间：2024-06-03 来源：… 作者：…`, `责任编辑：…`,
`【字号：大 中 小】【打印】`: `page_meta_labels.txt`) stay in the text (a
publication date dates the report), but `without_meta_lines` leaves them out
of what tells one article from another (kg.corpus.record.text_digest).
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


# a date and time written with separators may open a publication line (2024-06-03 10:12 来源：…)
STAMP = r"(?:(?:19|20)\d{2}[-/.－／]\d{1,2}[-/.－／]\d{1,2}(?:[ \t\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[ \t\u3000]*)?"


@cache
def _meta_lines() -> re.Pattern:
    labels = sorted(set(lexicon("page_meta_labels.txt")), key=lambda w: (-len(w), w))
    found = "|".join(map(re.escape, labels)) or "(?!)"
    # a label, then what ends it as a label (a colon, a bracket, a space, the line's end), and no sentence end
    return re.compile(rf"(?m)^{STAMP}{OPEN}(?:{found})(?=[：:】\]）)|/ \t\u3000]|$)[^\n。！？!?]*(?:\n|$)")


def without_meta_lines(text: str) -> str:
    """`text` without the metadata lines a published page adds (who wrote,
    edited or published it, when, how often read, the page's tools), which
    open with a `page_meta_labels.txt` word followed by a colon, bracket,
    space or the line's end, and hold no sentence end; a line of prose that
    opens with such a word (`来源于群众的意见很多。`) stays.  Raises nothing.

    >>> without_meta_lines("发布时间：2024-06-03 来源：区融媒体中心\\n区长王明来到X社区。\\n责任编辑：孙晴\\n")
    '区长王明来到X社区。\\n'
    >>> without_meta_lines("来源于群众的意见很多。\\n")
    '来源于群众的意见很多。\\n'
    """
    return _meta_lines().sub("", text)


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


def article_text(text: str) -> str:
    """`text` without its metadata lines (`without_meta_lines`) and without
    the site's header and footer lines a page pasted whole as text keeps
    (kg.chrome.without_chrome_lines: `您现在的位置：…` before the first
    sentence, `版权所有…`, `ICP备…` after the last): what tells one article
    from another (kg.corpus.record.text_digest), so a page saved as .html and
    the same page selected and pasted as .txt are one article.  Raises nothing.

    >>> article_text("您现在的位置：首页 > 要闻\\n区长王明来到X社区。\\n责任编辑：孙晴\\n版权所有：X区政府\\n")
    '区长王明来到X社区。'
    """
    from kg.chrome import without_chrome_lines

    return "\n".join(without_chrome_lines([line for line in without_meta_lines(text).split("\n") if line.strip()], head=True))
