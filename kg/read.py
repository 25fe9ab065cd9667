"""Read a report file into text.

Readers are plugins keyed by file suffix (as rdflib keys parsers by format):
`READERS['.html']` turns an HTML page into its article text, the default
reader decodes plain text.  Decoding tries UTF-8 (with or without BOM), then
GB18030, then Big5, and refuses binary files with a clear reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kg.errors import ReportError

MAX_BYTES = 50 * 1024 * 1024
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


def decode(data: bytes, path) -> tuple[str, str]:
    for magic, kind in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise ReportError(path, f"binary file ({kind}), not a text report")
    if b"\x00" in data[:4096]:
        raise ReportError(path, "binary file (contains NUL bytes), not a text report")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for encoding in ("gb18030", "big5"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ReportError(
        path,
        f"cannot decode: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), GB18030 or Big5",
    )


def html_to_text(html: str) -> str:
    """The article text of an HTML page: scripts, styles and navigation dropped."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for selector in ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"):
        for node in tree.css(selector):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    blocks = []
    for node in root.css("h1, h2, h3, p, li, td, div"):
        # take only leaf-ish blocks so nested divs do not repeat their text
        if node.tag == "div" and node.css_first("p, div, h1, h2, h3, li, td") is not None:
            continue
        text = node.text(separator="", strip=True)
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [root.text(separator="\n", strip=True)]
    return "\n".join(blocks)


def _plain(text: str) -> str:
    return text


READERS: dict[str, Callable[[str], str]] = {
    ".html": html_to_text,
    ".htm": html_to_text,
    ".xhtml": html_to_text,
}


def read_report(path: Path) -> RawReport:
    path = Path(path)
    try:
        if path.is_dir():
            raise ReportError(path, "is a folder, not a report file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportError(path, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(path, "no such file") from None
    except PermissionError:
        raise ReportError(path, "permission denied") from None
    except IsADirectoryError:
        raise ReportError(path, "is a folder, not a report file") from None
    except OSError as exc:
        raise ReportError(path, f"cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReportError(path, "empty file")
    text, encoding = decode(data, path)
    reader = READERS.get(path.suffix.lower(), _plain)
    if reader is _plain and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        reader = html_to_text
    text = reader(text)
    if not text.strip():
        raise ReportError(path, "no text in the file")
    return RawReport(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)
