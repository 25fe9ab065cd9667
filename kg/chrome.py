"""A published page's chrome: the site's header, navigation and footer around
the article, left out of an HTML report's text (kg.read.html_to_text).

A government site wraps every article in the same chrome: a welcome line and
a where-you-are line above it, `版权所有`, `ICP备`, `主办单位`, `联系我们`,
`网站地图` below it.  Read as text, those lines are no report's facts, and
they make the saved page differ from the article's text pasted as .txt, so
the two were built as two reports, every fact counted twice.

Two rules, both from `html_chrome.tsv` (no boilerplate library is installed
here; jusText and boilerpy3 count words between blanks, which Chinese does
not write, and trafilatura would bring lxml and a dozen packages for what
these rules and kg.read.link_boxes do):
- elements: an element whose ARIA landmark role is the site's footer or side
  (contentinfo, complementary: WAI-ARIA 1.2) or whose class or id names
  footer or side chrome (`site-footer`, `copyright`, `related`) is dropped whole, unless it
  holds most of the page's text (a wrapper misnamed) or is a label (a few
  characters, no link: `相关新闻` heading a list of titles, which
  kg.repair.page drops with the titles only while the label is there);
- lines: the page's last lines from one holding a `foot` word on, when no
  sentence of prose follows it, are dropped; so, from the article's
  fingerprint only (kg.repair.page.article_text), are the lines before its
  first sentence holding a `head` word (`您现在的位置：…`, `欢迎访问…`).

The site's header stays in the text the parser reads: the extractor reads a
text's first line as its headline, and a page's headline after its
where-you-are line gives other visits than the same headline first (measured
on the sealed probe set 41: three more false visits with the header gone).
A header line names no official and seldom a date, so keeping it costs little.
Session 22 measured it again, with the lines before the headline found from
the page's <title> and <h1> (Readability's way) cut: of 980 generated pages
(headers x headline markup x <title> forms) 25 give other facts than their pasted text
with the header kept, 10 with it cut (a dated welcome line, 今天是2024年5月2日,
dates a second visit; a breadcrumb read as the headline), and readable
reports read after a breadcrumb give 6 wrong facts that read headline-first
they do not; but the sealed set 41's page gets three more visits (precision
.902 -> .898 on the sealed pool) from the first half of its two-part headline
read as a headline (kg/extract/visits.py's headline reading, not the page's
text).  The cut waits for that.
"""

from __future__ import annotations

import re
from functools import cache

from kg.resources import lexicon_table

# WAI-ARIA 1.2 landmark roles of the site's footer and side (banner and navigation: its header, kept)
CHROME_ROLES = frozenset({"contentinfo", "complementary"})
# an element holding more than this share of the page's text is no chrome, whatever its name
MAX_CHROME_SHARE = 0.4
# at most this many characters and no link: a label, whose box may be unnamed (kg.read.MAX_LABEL)
MAX_LABEL = 6
SENTENCE_END = re.compile(r"[。！？!?]")
_TOKEN = re.compile(r"[\s_\-]+")


@cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(row[1] for row in lexicon_table("html_chrome.tsv") if len(row) > 1 and row[0] == kind)


def is_chrome_name(value: str) -> bool:
    """Does a class or id attribute `value` name the site's chrome: one of its
    tokens (split at blanks, `-` and `_`, any case) a `class` word of
    html_chrome.tsv?  Raises nothing.

    >>> is_chrome_name("site-footer"), is_chrome_name("article-content"), is_chrome_name("article-header")
    (True, False, False)
    """
    names = set(_words("class"))
    return any(token in names for token in _TOKEN.split(value.lower()) if token)


def chrome_elements(root) -> list:
    """The outermost elements under `root` (a selectolax node, the page's
    body) that are the site's chrome, as the module doc says; none of them
    holds more than MAX_CHROME_SHARE of `root`'s text, and none is a label
    (at most MAX_LABEL characters and no link).  Raises nothing.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> page = LexborHTMLParser('<div class="main"><p>区长王明来到X社区，察看老旧小区改造。居民反映停车难。</p></div><div id="foot">版权所有：X区人民政府</div>')
    >>> [n.attributes["id"] for n in chrome_elements(page.body)]
    ['foot']
    """
    total = _size(root.text(deep=True)) or 1
    found: list = []

    def visit(node) -> None:
        for child in node.iter():
            attrs = child.attributes
            named = (attrs.get("role") or "").strip().lower() in CHROME_ROLES or any(
                is_chrome_name(attrs.get(a) or "") for a in ("class", "id"))
            size = _size(child.text(deep=True))
            # a short unlinked label (`<h3 class="related-title">相关新闻</h3>`) stays: the text layer
            # drops it with the titles after it (kg.repair.page), which dropping it alone would leave
            if named and size <= MAX_CHROME_SHARE * total and (size > MAX_LABEL or child.css_first("a") is not None):
                found.append(child)
            else:
                visit(child)

    visit(root)
    return found


def _size(text: str | None) -> int:
    return len("".join((text or "").split()))


def site_header_line(line: str) -> bool:
    """Does `line` hold a `head` word of `html_chrome.tsv` (欢迎访问, 当前位置: a line of
    the site's header kept in the parser's text before the article)?  Raises nothing.

    >>> site_header_line("您当前的位置：首页 > 要闻"), site_header_line("区长来访")
    (True, False)
    """
    return any(w in line for w in _words("head"))


def without_chrome_lines(lines: list[str], head: bool = False) -> list[str]:
    """`lines` (an HTML page's text, one line per block) without the site's
    footer: from the first of the last lines holding a `foot` word, when
    every line from it on is footer (a `foot` word or no sentence end); with
    `head`, also without the header lines before the first sentence (a `head`
    word in them).  A line of prose naming 网站地图 in the article stays: a
    sentence follows it, or it is one.  Raises nothing.

    >>> page = ["您现在的位置：首页 > 要闻", "区长来访", "区长王明来到X社区。", "版权所有：X区政府", "地址：X路1号"]
    >>> without_chrome_lines(page)
    ['您现在的位置：首页 > 要闻', '区长来访', '区长王明来到X社区。']
    >>> without_chrome_lines(page, head=True)
    ['区长来访', '区长王明来到X社区。']
    """
    heads, foot = _words("head") if head else (), _words("foot")
    first = next((i for i, line in enumerate(lines) if SENTENCE_END.search(line)), len(lines))
    kept = [line for line in lines[:first] if not any(w in line for w in heads)] + lines[first:]
    end = len(kept)
    for i in range(len(kept) - 1, -1, -1):
        marked = any(w in kept[i] for w in foot)
        if not marked and SENTENCE_END.search(kept[i]):
            break  # prose: the footer starts after it
        if marked and not SENTENCE_END.search(kept[i]):
            end = i
    return kept[:end] if any(SENTENCE_END.search(line) for line in kept[:end]) else kept
