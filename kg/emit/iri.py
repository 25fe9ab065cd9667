"""Deterministic, readable IRIs: `{base}{kind}/{pinyin-slug}-{hash}`.

The slug keeps IRIs legible to people (official/lv-ming-…); the hash of the
full key keeps different entities with the same reading apart.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from kg.text import HAN

DEFAULT_BASE = "https://w3id.org/govkg/id/"
# what an IRI may not contain (RFC 3987 as N-Triples restricts it)
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
NON_SLUG = re.compile(r"[^a-z0-9]+")
TOKENS = re.compile(f"[{HAN}]|[^{HAN}]+")


@lru_cache(maxsize=16384)
def slug(text: str, limit: int = 40) -> str:
    latin = "-".join(_reading(token) if len(token) == 1 else token for token in TOKENS.findall(text))
    latin = NON_SLUG.sub("-", latin.lower()).strip("-")
    return latin[:limit].rstrip("-") or "x"


@lru_cache(maxsize=None)
def _reading(char: str) -> str:
    """A character's pinyin without tone (itself when it has none), as pypinyin's
    `lazy_pinyin(char, style=Style.NORMAL)` gives it (ü as v).  Read one character
    at a time: phrase-aware readings cost ~30x more and IRIs only need to be
    legible and stable."""
    if not char.strip():
        return "-"
    # here: the readings (kg.repair and its patterns) are for minting; a build that
    # mints nothing (an unchanged rebuild) imports this module for `digest` alone
    from kg.repair.pinyin import char_readings, toneless

    readings = char_readings(char)
    return toneless(readings[0]) if readings else char


def digest(key: str, size: int = 8) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:size]


def mint(base: str, kind: str, key: str, readable: str | None = None) -> str:
    return f"{base}{kind}/{slug(readable or key)}-{digest(key)}"


# Entities a report names are written with report-independent mention IRIs
# (`urn:govkg:place:…`); the corpus linker maps each to its canonical IRI when
# the graph is assembled (kg.corpus.link), so the per-report step stays pure.
MENTION_PREFIX = "urn:govkg:"
MENTION = re.compile(r"<urn:govkg:[^>]+>")


# IRIs may hold Chinese as it is; only what N-Triples forbids (and the separators) is %-escaped
_IRI_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in '%:<>"{}|^`\\' + "".join(map(chr, range(0x21)))})


def mention(kind: str, *parts: str) -> str:
    return "<" + MENTION_PREFIX + kind + ":" + ":".join(p.translate(_IRI_ESCAPES) for p in parts) + ">"
