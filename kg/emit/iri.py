"""Deterministic, readable IRIs: `{base}{kind}/{pinyin-slug}-{hash}`.

The slug keeps IRIs legible to people (official/lv-ming-…); the hash of the
full key keeps different entities with the same reading apart.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/govkg/id/"
NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str, limit: int = 40) -> str:
    from pypinyin import Style, lazy_pinyin

    latin = "-".join(lazy_pinyin(text, style=Style.NORMAL, errors="default"))
    latin = NON_SLUG.sub("-", latin.lower()).strip("-")
    return latin[:limit].rstrip("-") or "x"


def digest(key: str, size: int = 8) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:size]


def mint(base: str, kind: str, key: str, readable: str | None = None) -> str:
    return f"{base}{kind}/{slug(readable or key)}-{digest(key)}"


# Entities a report names are written with report-independent mention IRIs
# (`urn:govkg:place:…`); the corpus linker maps each to its canonical IRI when
# the graph is assembled (kg.corpus.link), so the per-report step stays pure.
MENTION_PREFIX = "urn:govkg:"
MENTION = re.compile(r"<urn:govkg:[^>]+>")


def mention(kind: str, *parts: str) -> str:
    return "<" + MENTION_PREFIX + kind + ":" + ":".join(quote(p, safe="") for p in parts) + ">"
