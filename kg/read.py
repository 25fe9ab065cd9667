"""Read a report file into text.

Readers are plugins keyed by file suffix (as rdflib keys parsers by format):
`READERS['.html']` turns an HTML page into its article text, the default
reader decodes plain text.  Decoding tries UTF-8 (with or without BOM), then
a GB18030 or Big5 part joined to a UTF-8 one (kg.mixed), then GB18030, then
Big5, and refuses binary files with a clear reason; mojibake is decoded back
(kg.mojibake).  What reading did beyond decoding is in `RawReport.notes`,
which the build prints as warnings.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from kg.chrome import chrome_elements, without_chrome_lines
from kg.errors import ReportError
from kg.mixed import bytes_range, legacy_between, split_encodings, utf8_runs
from kg.mojibake import repair_mojibake
from kg.text import HAN, HAN_RUN, LIST_BULLETS, LIST_DASH

# A news report is tens of kilobytes; megabytes are a dump, a book or a
# mistake, and extraction time grows faster than linearly with length.
MAX_BYTES = 1024 * 1024
# Magic numbers of files that are certainly not reports.
BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class RawReport:
    path: Path
    text: str
    sha256: str
    encoding: str
    form: str = "text"  # the reader that gave `text`: "HTML", "Markdown" or "text" (kg.corpus.forms names it)
    # what reading did beyond decoding, for the build's warnings: parts in two encodings
    # (kg.mixed), mojibake undone (kg.mojibake)
    notes: tuple[str, ...] = ()


# Byte-order marks and the encoding each one announces, longest first (the
# UTF-32 LE mark begins with the UTF-16 LE one).  Windows Notepad saves
# "Unicode" as UTF-16 LE with a BOM; GB18030's BOM is 84 31 95 33.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),
)


def decode(data: bytes, path) -> tuple[str, str]:
    """`decode_noted` without its notes: `(text, encoding)`.
    Example: `decode("区长".encode("gb18030"), p) -> ("区长", "gb18030")`."""
    text, encoding, _ = decode_noted(data, path)
    return text, encoding


def decode_noted(data: bytes, path) -> tuple[str, str, tuple[str, ...]]:
    """The text of a report file's bytes, the encoding read and what the
    build must say about it: `(text, encoding, notes)`.

    A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE,
    GB18030) and is not part of the text, so a file saved with any of them
    gives the same text, and the same character offsets, as its plain UTF-8
    copy: offsets count characters (code points) of the decoded text.
    Without a BOM: UTF-16 when NULs fall at every other byte (`_utf16_without_bom`),
    else UTF-8, then GB18030 or Big5 (whichever reads as the common characters).
    A file whose start is GB18030 (or Big5) and whose rest UTF-8, or the other
    way round (two files joined: kg.mixed), has each part decoded in its own
    encoding, with a note naming the byte where the encoding changes
    (encoding `gb18030+utf-8`); one mixing them in more places is refused.
    Raises ReportError for binary, damaged, mixed or undecodable bytes.
    Example: `decode_noted("\ufeff区长".encode("utf-16-le"), p) -> ("区长", "utf-16-le", ())`.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReportError(path, f"damaged {encoding.upper()}: {exc.reason} at byte {exc.start + len(bom)} "
                                        f"(the file starts with a {encoding.upper()} byte-order mark)") from None
            if (odd := _unreadable_count(text)) > max(2, len(text) // 100):
                # (a UTF-16 or UTF-32 mark before bytes of anything else decodes without an error,
                # into unassigned and private-use characters: damaged, not a report with no facts)
                raise ReportError(path, f"damaged {encoding.upper()}: {odd} of {len(text)} characters after its "
                                        "byte-order mark are unassigned, private-use or control characters "
                                        "(binary data after the mark?); save the report as UTF-8")
            return text, encoding, ()
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise ReportError(path, f"binary file ({kind}), not a text report")
    if b"\x00" in data[:4096]:
        if utf16 := _utf16_without_bom(data, path):
            return (*utf16, ())
        raise ReportError(path, "binary file (contains NUL bytes), not a text report")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if split := split_encodings(data, LEGACY_ENCODINGS, chinese_share):
        offset, first, second, text = split
        return text, f"{first}+{second}", (mixed_note(offset, first, second),)
    if (runs := utf8_runs(data, chinese_share)) and (legacy := legacy_between(data, LEGACY_ENCODINGS, chinese_share)):
        # in more than two parts: no offset splits it, and no one decoding reads it
        raise ReportError(path, f"mixed encodings: UTF-8 text at {bytes_range(runs)} among {_name(legacy)} text "
                                f"(first byte that is not UTF-8: {utf8_error.start}); files joined? "
                                "save each part in one encoding (UTF-8) and build again")
    if _mostly_utf8(data):
        # Valid UTF-8 all but a few bytes: a damaged file, not another encoding
        # (GB18030 would "decode" it into plausible-looking nonsense).
        if utf8_error.reason == "unexpected end of data":
            raise ReportError(path, f"truncated UTF-8: the file ends inside a character (byte {utf8_error.start}); "
                                    "incomplete download?")
        raise ReportError(path, f"damaged UTF-8: {utf8_error.reason} at byte {utf8_error.start}")
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            candidates.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if candidates:
        # Big5 bytes often decode as GB18030 too, into rare characters: keep the
        # decoding whose characters are the common ones.
        return (*max(candidates, key=lambda c: _common_share(c[0])), ())
    if damaged := _damaged_legacy(data):
        # like damaged UTF-8: refused, since which characters the bad bytes held is unknown
        encoding, exc, places = damaged
        name = _ENCODING_NAMES.get(encoding, encoding.upper())
        if places == 1 and exc.end >= len(data):
            raise ReportError(path, f"truncated {name}: the file ends inside a character (byte {exc.start}); "
                                    "incomplete download?")
        raise ReportError(path, f"damaged {name}: {exc.reason} at byte {exc.start}"
                                f"{f' and {places - 1} more place(s)' if places > 1 else ''}; the rest reads as "
                                f"{name} (re-save or download the file again)")
    raise ReportError(
        path,
        f"cannot decode: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
        f"{' or '.join(_ENCODING_NAMES.get(e, e.upper()) for e in LEGACY_ENCODINGS)}",
    )


LEGACY_ENCODINGS = ("gb18030", "big5")  # order breaks ties
_ENCODING_NAMES = {"big5": "Big5"}  # as the docs and its users write it; the others upper-cased


def _name(encoding: str) -> str:
    """An encoding as messages write it: `_name("big5")` -> `"Big5"`, `_name("utf-8")` -> `"UTF-8"`."""
    return _ENCODING_NAMES.get(encoding, encoding.upper())


def mixed_note(offset: int, first: str, second: str) -> str:
    """The build's note on a file in two encodings (kg.mixed.split_encodings).

    >>> mixed_note(120, "gb18030", "utf-8")
    'mixed encodings: bytes 0-119 are GB18030 and bytes 120 on are UTF-8 (two files joined?); each part was decoded in its own encoding: check the text where they meet'
    """
    return (f"mixed encodings: bytes 0-{offset - 1} are {_name(first)} and bytes {offset} on are {_name(second)} "
            "(two files joined?); each part was decoded in its own encoding: check the text where they meet")


def _utf16_without_bom(data: bytes, path) -> tuple[str, str] | None:
    """`(text, encoding)` for UTF-16 saved without a byte-order mark, else None.

    Such a file shows itself by its NUL bytes: every ASCII character (digits,
    line breaks) is one byte and a NUL, so the NULs fall all on odd offsets
    (UTF-16 LE) or all on even ones (BE), which no binary format keeps up.  It
    is read when it decodes into Chinese text (`chinese_share`: Han characters,
    MIN_COMMON of them common ones; next to no control or unassigned
    characters); such text damaged in a place or two (a cut
    surrogate, an odd length) raises ReportError saying to save it as UTF-8.  Source: Unicode 15, 3.10
    (UTF-16 encoding schemes); the NUL pattern is the one libmagic and chardet
    test.  Example: `_utf16_without_bom("2024年区长\\n".encode("utf-16-le"), p)`
    -> `("2024年区长\\n", "utf-16-le")`."""
    sample = data[:4096]
    at_odd, at_even = sample[1::2].count(0), sample[0::2].count(0)
    if at_odd and not at_even:
        encoding = "utf-16-le"
    elif at_even and not at_odd:
        encoding = "utf-16-be"
    else:
        return None
    name = encoding.upper().replace("UTF-16-", "UTF-16 ")
    text = data.decode(encoding, errors="replace")
    if not HAN_RUN.search(text) or _unreadable_count(text) > max(2, len(text) // 100) or not chinese_share(text):
        return None  # not Chinese text in UTF-16 either (ASCII pairs read as rare characters): binary
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise ReportError(path, f"looks like {name} without a byte-order mark, damaged ({exc.reason} at "
                                f"byte {exc.start}); save it as UTF-8") from None


def _unreadable_count(text: str) -> int:
    """How many characters of `text` no report holds: replacement characters, control
    characters other than tab and line breaks, unassigned, private-use and surrogate
    code points (Unicode general categories Cc, Cn, Co, Cs).  Text decoded from bytes of
    another kind (binary, or ASCII pairs read as UTF-16) is full of them.

    >>> _unreadable_count("区长、来到"), _unreadable_count(chr(0xE000) + chr(1) + "区")
    (0, 2)
    """
    import unicodedata

    return sum(1 for c in text if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r")


def _damaged_legacy(data: bytes) -> tuple[str, UnicodeDecodeError, int] | None:
    """(encoding, first error, number of bad places) when `data` is one of
    LEGACY_ENCODINGS but for a few bytes (as `_mostly_utf8` tells for UTF-8),
    else None.  As for whole files, Big5 bytes read as GB18030 too, into rare
    characters: of the encodings that fit, the one whose characters are the
    common ones wins."""
    fits = []
    for encoding in LEGACY_ENCODINGS:
        text = data[:1 << 20].decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        good = sum(1 for c in text if ord(c) > 0x7F) - bad
        if good >= 8 and bad <= good // 10:
            try:
                data.decode(encoding)
            except UnicodeDecodeError as exc:
                fits.append((_common_share(text), encoding, exc, bad))
    if not fits:
        return None
    _, encoding, exc, bad = max(fits, key=lambda f: f[0])
    return encoding, exc, bad


def _mostly_utf8(data: bytes) -> bool:
    """Are nearly all non-ASCII bytes valid UTF-8?  Legacy Chinese encodings
    almost never form valid UTF-8 sequences by chance."""
    sample = data[:1 << 20]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return good >= 8 and bad <= good // 10


# Text reads as Chinese when at least this share of its Han characters are common ones
# (GB2312 level 1, `_common_share`).  Running Chinese is nearly all such characters (the
# 3,500 of the 现代汉语常用字表, 1988, cover 99.48 % of the 2-million-character corpus it
# was counted on), a report's names bring a few rare ones, and a wrong decoding (Big5 read
# as GB18030, UTF-8 as GBK, ASCII pairs as UTF-16) gives mostly rare ones (GB2312 level 2
# and beyond): 0.8 leaves the names room.  Set for the UTF-16 test (commit 3c17b426), the
# one threshold of kg.mixed and kg.mojibake too (through `chinese_share`).
MIN_COMMON = 0.8


def chinese_share(text: str) -> float:
    """`_common_share(text)` when `text` reads as Chinese (MIN_COMMON or more
    of its Han characters common), else 0.0: true exactly when it does, and
    the share ranks the readings that do.  The one "reads as Chinese" test of
    reading: UTF-16 without a BOM (`_utf16_without_bom`), each part of a file
    in two encodings (kg.mixed) and a mojibake run decoded back (kg.mojibake)
    take it as their `chinese` (kg.read imports them: they cannot import it).

    >>> chinese_share("区长来到东湖街道"), chinese_share("café")
    (1.0, 0.0)
    >>> chinese_share("区长来到东湖街道".encode("utf-8").decode("gbk"))  # rare characters
    0.0
    """
    share = _common_share(text)
    return share if share >= MIN_COMMON else 0.0


def _common_share(text: str) -> float:
    """The share of Han characters among the 3,755 most common (GB2312 level 1),
    after Traditional -> Simplified."""
    from kg.repair.script import simplify

    han = "".join(HAN_RUN.findall(text[:20000]))
    if not han:
        return 0.0
    return sum(map(_is_common_han, simplify(han))) / len(han)


def _is_common_han(char: str) -> bool:
    try:
        encoded = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


# Elements whose text is code, chrome or hidden: never report text.  A <header>
# goes only where it is the site's banner (site_headers): an article's own header
# holds its headline.
DROPPED_ELEMENTS = ("script", "style", "noscript", "template", "svg", "math", "object", "embed", "canvas",
                    "nav", "footer", "aside", "form", "iframe")
# A <header> inside one of these is that section's header (its heading, date,
# byline), not the page's banner: HTML-AAM 1.0, `header` maps to role banner
# only when "not a descendant of an article, aside, main, nav or section element".
SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})


def site_headers(tree) -> list:
    """The <header> elements of `tree` (a parsed selectolax page) that are the
    site's banner (its logo, name, menu): those inside no SECTIONING element
    (HTML-AAM's rule for role banner).  An article's <header> (`<article>
    <header><h1>headline</h1>…`) is not one: its headline is the report's
    first line.  Raises nothing.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> page = LexborHTMLParser("<header>青川融媒</header><article><header><h1>区长走访丰乐社区</h1></header></article>")
    >>> [h.text() for h in site_headers(page)]
    ['青川融媒']
    """
    found = []
    for node in tree.css("header"):
        up = node.parent
        while up is not None and up.tag not in SECTIONING:
            up = up.parent
        if up is None:
            found.append(node)
    return found
# A .txt (or .md) file that IS an HTML page (a scraper saved the page source)
# is read as HTML, so its scripts are dropped rather than read as sentences:
# one that starts, after blanks, an XML declaration or comments, with the
# doctype or <html>.  Markup elsewhere is text the report quotes (a report on
# web pages citing `</script>`): read as written, never cut out.
HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


# Elements that end a line of text (HTML's block-level and table elements, and
# <br>): everything else (span, strong, a, font, em, img ...) is inline and
# never breaks a sentence.  Source: the HTML Living Standard's rendering
# section (display: block / list-item / table-*).
BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html legend li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split()
)
# Whitespace in the page source is layout: a run of it is one space, except a
# run holding a line break between two wide characters, which is nothing
# (CSS Text 3, segment break transformation: Chinese puts no spaces between
# words, and pages wrap their source lines anywhere).
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_WIDE = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’—…]")


def html_to_text(html: str) -> str:
    """The article text of an HTML page, in the page's flow: one line per block.

    Block elements (p, div, li, td, h1-h6, figcaption ...) and <br> end a line;
    inline elements (span, strong, a, font ...) never do, so a sentence split
    across inline tags stays one sentence.  Scripts, styles, navigation,
    the site's header (`site_headers`: an article's own <header>, its headline,
    stays), footers and forms are dropped, and so are boxes of links
    (`link_boxes`: a side cell headed 热点, a list of related titles) and the
    site's footer (kg.chrome: an element named `site-footer` or `copyright`,
    the lines from `版权所有`/`ICP备` on); the
    article is the <article> or <main> element when the page has one, else the <body>.
    Example: `html_to_text("<div>韩立新<span>来到</span>松林社区。<br>次日</div>")`
    -> `"韩立新来到松林社区。\n次日"`.
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in site_headers(tree):  # before the sections holding the others go (aside, nav)
        node.decompose()
    for selector in DROPPED_ELEMENTS:
        for node in tree.css(selector):
            node.decompose()
    for node in chrome_elements(tree.body or tree.root):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    for node in link_boxes(root):
        node.decompose()
    lines: list[list[str]] = [[]]
    _flow(root, lines)
    out = (_inline_text("".join(parts)) for parts in lines)
    return "\n".join(without_chrome_lines([line for line in out if line]))


# Elements that hold a box of a page: a link box is dropped whole, its heading
# with it.  Paragraphs and headings are not boxes: a paragraph that is one
# link is article text (a linked headline), one link never makes a box.
BOXES = frozenset("div section td th table tbody tr ul ol dl li center".split())
# A box is links when more than half its text is link text (Kohlschütter,
# Frankhauser and Nejdl 2010, "Boilerplate detection using shallow text
# features": link density separates navigation from article text; Readability
# drops blocks of density > 0.5 as well), with at least two links.
MAX_LINK_DENSITY = 0.5
MIN_BOX_LINKS = 2
# The label of a box: the element right before it, without links, of a few
# characters (热点, 相关链接, 推荐阅读); an article's headline is longer.
MAX_LABEL = 6


def link_boxes(root) -> list:
    """The outermost boxes under `root` (a selectolax node) that are made of
    links: a side cell headed 热点 with its titles, a related-links list, a
    menu in a table cell.  A box is a BOXES element holding at least
    MIN_BOX_LINKS links whose link text is more than MAX_LINK_DENSITY of its
    text (characters other than blanks); the element right before such a box,
    when it holds no link and at most MAX_LABEL characters
    (`<h3>热点</h3><ul>…</ul>`), is its label and goes with it.  The article's
    paragraphs stay: their text is their own, a linked name in them is a few
    characters of many.  Raises nothing.
    Example: for `<div><p>韩立新来到松林社区。</p><div>热点<a>甲</a><a>乙</a></div></div>`
    the inner div is the one box."""
    found: list = []
    _link_stats(root, found)
    labels = []
    for box in found:
        before = box.prev
        while before is not None and before.tag in ("-text", "-comment") and not (before.text_content or "").strip():
            before = before.prev
        if before is not None and not before.tag.startswith("-") and before.css_first("a") is None \
                and 0 < _count(before.text(deep=True)) <= MAX_LABEL:
            labels.append(before)
    return found + labels


def _link_stats(node, found: list, depth: int = 0) -> tuple[int, int, int]:
    """(text characters, link text characters, links) under `node`; appends to
    `found` the outermost link boxes (see `link_boxes`)."""
    text = links_text = links = 0
    mark = len(found)
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text += _count(child.text_content)
        elif tag.startswith("-"):
            continue
        elif tag == "a":
            size = _count(child.text(deep=True))
            text += size
            links_text += size
            links += 1
        elif depth < 200:  # deeper nesting than any page has is read without boxes
            sizes = _link_stats(child, found, depth + 1)
            text, links_text, links = text + sizes[0], links_text + sizes[1], links + sizes[2]
        else:
            text += _count(child.text(deep=True))
    if node.tag in BOXES and links >= MIN_BOX_LINKS and links_text > MAX_LINK_DENSITY * text:
        del found[mark:]  # the outermost box goes whole
        found.append(node)
    return text, links_text, links


def _count(text: str | None) -> int:
    return len("".join((text or "").split()))


def _flow(node, lines: list[list[str]]) -> None:
    """Append the text under `node` to `lines`, starting a new line at blocks."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            lines[-1].append(child.text_content or "")
        elif tag == "br":
            lines.append([])
        elif tag.startswith("-"):  # comments, doctype
            continue
        elif tag in CELLS and child.prev is not None and _cell_before(child):
            # a row's later cell: on the row's line, set off by an ideographic space as a text
            # table's cells are (序号　问题　责任单位), so that a table's rows read as one
            # (`repair.artefacts.table_lines`, `issue_content.ContentReader.table_items`)
            while len(lines) > 1 and not "".join(lines[-1]).strip():
                lines.pop()  # (the cell before closed its line)
            lines[-1].append("\u3000")
            _flow(child, lines)
            lines.append([])
        elif tag == "li":
            # a list item's marker is text the page shows (`list_marker`): the issue reader
            # reads marked lines after a colon as a list's items (issue_content.NUMBERED_LINE)
            first = len(lines)
            lines.append([])
            _flow(child, lines)
            for line in lines[first:]:
                if shown := "".join(line).strip():
                    if not LISTED.match(shown):
                        line.insert(0, list_marker(child))
                    break
            lines.append([])
        elif tag in BLOCKS:
            lines.append([])
            _flow(child, lines)
            lines.append([])
        else:
            _flow(child, lines)


# an item that shows its own marker (● 路灯, 1. 路灯, （一）路灯, 一是路灯): no second one
LISTED = re.compile(rf"(?:[{LIST_BULLETS}]|{LIST_DASH}|\d{{1,2}}[.．、)）]|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]+[、是])")


def list_marker(item) -> str:
    """The marker a browser shows before the list item `item` (a selectolax <li> node):
    its number and a full stop in an <ol> (counted from the list's `start`, default 1:
    `3. `), a bullet (`• `) in any other list.  Source: the HTML Living Standard's rendering
    section (ol: list-style-type decimal; ul, menu: disc).

    Example: `<ol start="2"><li>A</li><li>B</li></ol>` -> `"2. "` and `"3. "`.
    """
    parent = item.parent
    if parent is None or parent.tag != "ol":
        return "• "
    try:
        number = int((parent.attributes.get("start") or "1").strip())
    except ValueError:
        number = 1
    node = item.prev
    while node is not None:
        number += node.tag == "li"
        node = node.prev
    return f"{number}. "


# A table's cells: a row's cells after its first share the row's line (`_flow`)
CELLS = frozenset({"td", "th"})


def _cell_before(node) -> bool:
    """Does a cell (td, th) come before `node` in its row?  Only cells holding no block of
    their own count (a layout table's cell holding paragraphs starts its own lines)."""
    prev = node.prev
    while prev is not None and prev.tag not in CELLS:
        prev = prev.prev
    return prev is not None and not any(n.tag in BLOCKS and n.tag not in CELLS for n in node.traverse(include_text=False))


def _inline_text(text: str) -> str:
    def space(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if ("\n" in m.group(0) or "\r" in m.group(0)) and _WIDE.match(before) and _WIDE.match(after):
            return ""
        return " "

    return _WHITESPACE.sub(space, text).strip()


def _plain(text: str) -> str:
    return text


# Web text pasted into a plain-text file keeps bits of its markup: elements of the HTML
# vocabulary (HTML Living Standard, section 4: phrasing content, paragraphs, lists and cells)
# written as pairs, a script or style holding code, and character references (&nbsp;,
# &amp;, &#12288;).  A report may also write about markup (讲解网页中<script>标签的风险):
# so only a pair enclosing text with no tag inside (<b>路灯</b>; pairs nested are undone
# from the inside out), a script or style whose content holds no Chinese (code) and
# the references count, and only then a lone <br>; a single tag named in a sentence, or
# 《》 and `<5吨>`, stay as written.
_PASTED_NAMES = ("a|abbr|b|big|cite|code|del|div|em|font|h[1-6]|i|ins|li|mark|ol|p|q|s|small|span|strike|strong|sub|sup|"
                 "table|tbody|td|th|tr|u|ul")
_PASTED_PAIR = re.compile(rf"<({_PASTED_NAMES})\b[^<>]*>([^<>]*)</\1\s*>", re.IGNORECASE)
_PASTED_BLOCKS = frozenset(("div", "li", "p", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))
_PASTED_CODE = re.compile(r"<(script|style)\b[^<>]*>([^<>]*?)</\1\s*>", re.IGNORECASE)
_PASTED_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PASTED_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_LAYOUT_SPACE = re.compile("(?<=[%s])\xa0+(?=[%s])" % (HAN, HAN))
_CHINESE = re.compile(f"[{HAN}]")
PASTED_MARKUP_NOTE = ("HTML markup in a plain-text report (web text pasted?): its tags and scripts were dropped and "
                      "its character references (&nbsp;, &amp;) read as the characters they stand for")


def _unpaired(m: re.Match) -> str:
    return m.group(2) + ("\n" if m.group(1).lower() in _PASTED_BLOCKS else "")


def _uncoded(m: re.Match) -> str:
    return m.group(0) if _CHINESE.search(m.group(2)) else ""


def pasted_markup_to_text(text: str) -> str:
    """A plain-text report's `text` without the HTML markup pasted into it: element pairs
    of the HTML vocabulary read as their text (`_PASTED_PAIR`; a block's end as a line
    break), a script's or style's code dropped (content with no Chinese), and, once any
    of those or a character reference is found, a `<br>` read as a line break and the
    references as their characters (`html.unescape`; a non-breaking space between two
    Chinese characters dropped, elsewhere a space).  The text as given when it holds no
    such markup: a report writing about a tag keeps it.  Source: a newcomer's report
    (session 56): a tag split an issue's words and a script's code was read as text.
    Kept apart from `html_to_text` on purpose: a plain-text report's own line
    structure (one paragraph a line) must survive, and a page parser collapses
    whitespace as a browser does.

    >>> pasted_markup_to_text("小区内<b>路灯</b>不亮，楼道&nbsp;灯也坏了<script>alert(1)</script>")
    '小区内路灯不亮，楼道灯也坏了'
    >>> pasted_markup_to_text("讲解网页中<script>标签的风险，提醒<p>与</script>不可混用")
    '讲解网页中<script>标签的风险，提醒<p>与</script>不可混用'
    """
    out = _PASTED_CODE.sub(_uncoded, text)
    while (unpaired := _PASTED_PAIR.sub(_unpaired, out)) != out:
        out = unpaired
    if out == text and not _PASTED_REFERENCE.search(text):
        return text
    out = html.unescape(_PASTED_BREAK.sub("\n", out))
    return _LAYOUT_SPACE.sub("", out).replace("\xa0", " ")


# Markdown's links and images (CommonMark 0.31, sections 6.3-6.4 and 4.7):
# `[text](url "title")` and `![alt](url)` keep their text, `[text][ref]` too;
# a reference definition line `[ref]: url` and an autolink `<https://...>`
# are only addresses.  The text is the report's own words (a linked official
# or place); the URL is never text a sentence holds.
_MD_DEST = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # (url "title"), one level of parentheses inside
_MD_LINK = re.compile(rf"!?\[([^\[\]\n]*)\](?:{_MD_DEST}|\[[^\[\]\n]*\])")
_MD_DEFINITION = re.compile(r"(?m)^[ ]{0,3}\[[^\[\]\n]+\]:[ \t]*\S+[^\n]*(?:\n|$)")
_MD_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.IGNORECASE)
# Emphasis (CommonMark 0.31, section 6.2): `*…*`, `**…**`, `***…***` and the
# same with `_` mark words the report still says; the marks are no text.  A
# run opens before a non-space and closes after one, on one line; not a
# backslash-escaped mark, not a list bullet (`* ` is followed by a space).
# `_` inside an ASCII word (snake_case) is no emphasis there; between Han
# characters it is what a Chinese writer means by it (区长来到__东湖街道__).
_MD_STAR = re.compile(r"(?<![\\*])(\*{1,3})(?=[^\s*])(.+?)(?<=[^\s*\\])\1(?!\*)")
_MD_UNDERSCORE = re.compile(r"(?<![\\_A-Za-z0-9])(_{1,3})(?=[^\s_])(.+?)(?<=[^\s_\\])\1(?![_A-Za-z0-9])")
# Strikethrough (GFM 0.29, section 6.5): `~~…~~` reads as its words, as HTML's
# <del> and <s> do (html_to_text): whether a struck word is withdrawn or only
# marked, govkg does not guess, and the words stay evidence.  Only the double
# mark: a single `~` is a range in Chinese text (3~5月).
_MD_STRIKE = re.compile(r"(?<![\\~])~~(?=[^\s~])(.+?)(?<=[^\s~\\])~~(?!~)")
# ... but never glued into one word with the text right after it: a struck
# name and the name written after it (`区长~~李强~~王明`, a correction) are two
# names, not 李强王明.  They are kept apart as a list (`李强、王明`: both words
# stay, which one stands is not guessed), except where the struck words end
# with an administrative type word (`~~柳溪镇~~石桥村`): a written place name
# goes on after those (kg/extract/places.py cuts names there), so the struck
# area reads as the place's area, as it is written.
# A code span (CommonMark 0.31, section 6.1): `` `新华社区` `` reads as its text,
# one space inside each end dropped; a backtick run opens and the same run closes it, on one line.
_MD_CODE = re.compile(r"(?<![`\\])(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def _code_text(m: re.Match) -> str:
    inner = m.group(2)
    return inner[1:-1] if len(inner) > 2 and inner[0] == inner[-1] == " " and inner.strip() else inner


def _drop_emphasis(text: str) -> str:
    """`text` without its emphasis marks, nested ones too (`**甲 *乙* 丙**`)."""
    while True:
        plain = _MD_UNDERSCORE.sub(r"\2", _MD_STAR.sub(r"\2", text))
        if plain == text:
            return plain
        text = plain


def markdown_to_text(text: str) -> str:
    """A Markdown report's text with its links and images read as their text:
    `[王明](http://x)` -> `王明`, `![东湖街道](a.png)` -> `东湖街道`, `[王明][1]`
    -> `王明`; reference definitions (`[1]: http://x`) and autolinks
    (`<http://x>`) are dropped; emphasis reads as its words: `**西城街道**`,
    `*西城街道*` and `__西城街道__` -> `西城街道` (a mark inside an ASCII word,
    `a_b_c`, or escaped, `\\*`, stays); strikethrough and code spans read as
    their words too: `~~西城街道~~` and `` `西城街道` `` -> `西城街道` (a struck
    word stays, as HTML's <del> does, but is kept apart from a name right
    after it: `~~李强~~王明` -> `李强、王明`; a single `~`, 3~5月, is no mark).
    A bullet list's marks (`- `, `* `, `+ ` opening a line) read as the bullet `•` the
    readers of a list's points know (`问题如下：\\n- A；\\n- B`: each line a point).
    Everything else stays as written
    (headings and lists do not break a sentence's words).
    Example: `markdown_to_text("区长[王明](http://x/a_(b))来到**[东湖街道][d]**。\\n[d]: http://y\\n")`
    -> `"区长王明来到东湖街道。\\n"`."""
    text = _MD_DEFINITION.sub("", text)
    text = _MD_CODE.sub(_code_text, text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    return _bullets(_drop_emphasis(_MD_STRIKE.sub(_struck, _MD_AUTOLINK.sub("", text))))


# a bullet list item's marks (CommonMark 0.31, section 5.2): `-`, `*` or `+` then a space or tab
MD_BULLETS = "-*+"


def _bullets(text: str) -> str:
    r"""`text` with each line opened by a bullet list mark (up to three spaces before it, a
    space or tab after it) opened by `•` instead, one character for one: the extractors read
    a line opened by `•` as a point of a list, and `-` or `*` as nothing (a list's issues
    were lost).  Source: NEWCOMER49b.

    >>> _bullets("问题如下：\n- 路灯不亮；\n  * 停车难\n-5度\n--- \n")
    '问题如下：\n• 路灯不亮；\n  • 停车难\n-5度\n--- \n'
    """
    lines = text.split("\n")
    for n, line in enumerate(lines):
        body = line.lstrip(" ")
        at = len(line) - len(body)
        if at <= 3 and body[:1] and body[0] in MD_BULLETS and body[1:2] in (" ", "\t"):
            lines[n] = line[:at] + "•" + body[1:]
    return "\n".join(lines)


def _struck(m: re.Match) -> str:
    """A struck passage's words, then `、` when Han text follows it right
    away and it does not end with an area's type word (see _MD_STRIKE)."""
    words, after = m.group(1), m.string[m.end():m.end() + 1]
    plain = _drop_emphasis(words)
    if after and HAN_RUN.match(after) and HAN_RUN.match(plain[-1:]) and not plain.endswith(_area_words()):
        return words + "、"
    return words


@lru_cache(maxsize=1)
def _area_words() -> tuple[str, ...]:
    """The administrative type words (place_suffixes.tsv, levels district,
    subdistrict and community: 区, 镇, 街道, 社区, 村 …) a written place name goes on after."""
    from kg.resources import lexicon_table

    levels = ("district", "subdistrict", "community")
    return tuple(sorted({row[0] for row in lexicon_table("place_suffixes.tsv")
                         if len(row) > 2 and row[2] in levels and not row[0].startswith("re:")}, key=len, reverse=True))


READERS: dict[str, Callable[[str], str]] = {
    ".html": html_to_text,
    ".htm": html_to_text,
    ".xhtml": html_to_text,
    ".md": markdown_to_text,
}

# the file types a folder's reports are found by (kg.build.report_paths): plain
# text read as it is, the rest through READERS
REPORT_SUFFIXES = frozenset({".txt", ".text", *READERS})


def report_formats() -> str:
    """The report file types, for messages, from REPORT_SUFFIXES (the one list):
    `".htm, .html, .md, .text, .txt, .xhtml"`."""
    return ", ".join(sorted(REPORT_SUFFIXES))


# Files a folder of reports often holds besides them, and what to do with each:
# govkg reads text (REPORT_SUFFIXES), never office documents or scans.
_OTHER_TYPES = {
    (".doc", ".docx", ".wps", ".odt", ".rtf", ".pages"): "a word-processor document: save it as .txt (or .html) and build again",
    (".pdf",): "a PDF: extract its text (pdftotext FILE.pdf) and build the .txt",
    (".xls", ".xlsx", ".et", ".ods", ".csv", ".tsv"): "a spreadsheet or table, not a report",
    (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp"): "an image: govkg reads text, not scans",
    (".zip", ".rar", ".7z", ".gz", ".tar"): "an archive: unpack it and build the folder",
}
SKIP_REASONS = {suffix: reason for suffixes, reason in _OTHER_TYPES.items() for suffix in suffixes}


def is_hidden(path: Path) -> bool:
    """Is a file of a folder (`path`, relative to the folder) hidden: its name or a folder on
    its way starts with '.' (.git/, .ipynb_checkpoints/ copies, macOS ._x.txt)?  Such files are
    never reports, whatever their suffix.
    Example: `is_hidden(Path(".ipynb_checkpoints/a-checkpoint.txt"))` -> True."""
    return any(part.startswith(".") and part not in (".", "..") for part in Path(path).parts)


def skip_reason(path: Path) -> str:
    """Why a file of a folder (`path`, relative to the folder) is not read as a
    report, and what to do about it.
    Example: `skip_reason(Path("a/notes.docx"))` -> `"a word-processor document: save it as .txt ..."`."""
    path = Path(path)
    if is_hidden(path):
        return "hidden file"
    if not path.suffix:
        return "no file extension: if it is a text report, name it NAME.txt"
    return SKIP_REASONS.get(path.suffix.lower(), f"not a report file type ({path.suffix}): govkg reads {report_formats()}")


# The first line of kg/views/page.js, inlined in every page `kg view` and `kg build`
# write: it tells govkg's own page from a report saved as HTML (kg.commands.view
# refuses to write over a page without it).
PAGE_MARKER = "govkg view: draws the graph"
# A page inlines vis-network (~470 KB) before its own script: a smaller .html is no
# such page, and a folder walk reads no report just to look for the marker.
PAGE_MIN_BYTES = 200_000
OWN_PAGE = "a page govkg wrote (kg view or kg build's graph.html): an output, not a report"


def is_own_page(path: Path) -> bool:
    """Is `path` (an .html file of a folder of reports) a page govkg wrote
    (`kg view --out reports/view.html`)?  Read only when it is as large as a
    page is (PAGE_MIN_BYTES); unreadable files are not pages (reading them
    says why).  Example: `is_own_page(Path("reports/view.html"))` -> True."""
    if Path(path).suffix.lower() not in (".html", ".htm"):  # what kg view writes
        return False
    try:
        if Path(path).stat().st_size < PAGE_MIN_BYTES:
            return False
        return PAGE_MARKER.encode("utf-8") in Path(path).read_bytes()
    except OSError:
        return False


def too_large(size: int) -> str:
    """The reason given for a file over MAX_BYTES, in exact bytes (a file just
    over the limit rounds to the limit in MiB):
    `too_large(1_100_379)` -> `"too large for a report (1,100,379 bytes = 1.05 MiB; the limit is 1,048,576 bytes = 1 MiB;
    a report is one article: split a file of many into one file each)"`."""
    return (f"too large for a report ({size:,} bytes = {size / 2**20:.3g} MiB; "
            f"the limit is {MAX_BYTES:,} bytes = {MAX_BYTES / 2**20:g} MiB; a report is one article: "
            f"split a file of many into one file each)")


def read_report(path: Path) -> RawReport:
    path = Path(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ReportError(path, "is a folder, not a report file")
        if not stat.S_ISREG(mode):  # reading a FIFO or a device would block or never end
            raise ReportError(path, "not a regular file")
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)  # never more, even if the file grows meanwhile
            if len(data) > MAX_BYTES:
                size = os.fstat(file.fileno()).st_size
                raise ReportError(path, too_large(size))
    except FileNotFoundError:
        raise ReportError(path, "no such file") from None
    except PermissionError:
        raise ReportError(path, "permission denied") from None
    except IsADirectoryError:
        raise ReportError(path, "is a folder, not a report file") from None
    except OSError as exc:
        raise ReportError(path, f"cannot read ({exc.strerror or exc})") from None
    if not data:
        raise ReportError(path, "empty file")
    if not data.strip():
        # (spaces and line breaks only: a copy that lost its text, said as what it is)
        raise ReportError(path, "empty file (only spaces and line breaks)")
    try:
        return _read_text(path, data)
    except ReportError as exc:
        # a .docx or .pdf given by name, a PDF saved as .txt: say what to do, not only what it is
        if advice := what_to_do(path, data, exc.reason):
            raise ReportError(path, f"{exc.reason}: {advice}") from None
        raise


# what a binary file's content (BINARY_SIGNATURES) is, as a file type of _OTHER_TYPES: its advice
_CONTENT_TYPES = {"a PDF document": ".pdf", "a PNG image": ".png", "a JPEG image": ".jpg", "a GIF image": ".gif",
                  "a gzip archive": ".gz"}
# entries a zip archive of an office document holds (OOXML, OpenDocument): the type it is saved as
_ZIPPED_DOCUMENTS = ((b"word/", ".docx"), (b"xl/", ".xlsx"), (b"application/vnd.oasis.opendocument.text", ".odt"),
                     (b"application/vnd.oasis.opendocument.spreadsheet", ".ods"))


def what_to_do(path: Path, data: bytes, reason: str) -> str | None:
    """What to do with a file read as a report that is none (`reason`, the
    ReportError's): the advice a folder walk gives for its file type
    (SKIP_REASONS: `notes.docx` given by name is told what `reports/`
    tells of it, whatever its content: zipped XML, RTF, text with no
    Chinese), else, for a binary file, the advice for what its bytes are
    (a PDF saved as `scan.txt`: pdftotext; a .docx saved as .txt: save it
    as text), else None.  Raises nothing.

    >>> what_to_do(Path("scan.txt"), b"%PDF-1.4 ...", "binary file (a PDF document), not a text report")
    'a PDF: extract its text (pdftotext FILE.pdf) and build the .txt'
    >>> what_to_do(Path("notes.docx"), b"{\\rtf1 hello}", "not a Chinese report (no Chinese characters in the text)")
    'a word-processor document: save it as .txt (or .html) and build again'
    >>> what_to_do(Path("a.txt"), b"hello", "not a Chinese report (no Chinese characters in the text)") is None
    True
    """
    if reason == OWN_PAGE:
        return None
    if advice := SKIP_REASONS.get(path.suffix.lower()):
        return advice
    if not reason.startswith("binary file"):
        return None
    suffix = next((s for kind, s in _CONTENT_TYPES.items() if f"({kind})" in reason), None)
    if "(a zip archive)" in reason:
        suffix = next((s for entry, s in _ZIPPED_DOCUMENTS if entry in data), ".zip")
    return SKIP_REASONS.get(suffix) if suffix else None


def _read_text(path: Path, data: bytes) -> RawReport:
    """The report in the bytes `data` of the file `path` (read_report's
    work once the bytes are read).  Raises ReportError when they are no
    report: binary, undecodable, no text, no Chinese."""
    text, encoding, notes = decode_noted(data, path)
    # UTF-8 once read as Latin-1 or GBK and saved again: decoded back, or refused when bytes were lost
    text, undone = repair_mojibake(text, path, chinese_share)
    notes += undone
    reader = READERS.get(path.suffix.lower(), _plain)
    if reader in (_plain, markdown_to_text) and HTML_START.match(text):
        reader = html_to_text
    if reader is _plain and (unmarked := pasted_markup_to_text(text)) != text:
        text, notes = unmarked, notes + (PASTED_MARKUP_NOTE,)
    page = text
    text = reader(text)
    if not text.strip():
        if reader is not html_to_text:
            raise ReportError(path, "no text in the file")
        if PAGE_MARKER in page:
            raise ReportError(path, OWN_PAGE)
        # a page whose article a script fills in has none in its HTML source
        scripted = re.search(r"<script\b", page, re.IGNORECASE)
        raise ReportError(path, "no text in the HTML page" + (
            " (its scripts write the text in the browser: save the page as the browser shows it, or its text as .txt)"
            if scripted else ""))
    if not HAN_RUN.search(text):
        raise ReportError(path, "not a Chinese report (no Chinese characters in the text)")
    form = "HTML" if reader is html_to_text else "Markdown" if reader is markdown_to_text else "text"
    return RawReport(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, form=form,
                     notes=notes)
