"""Traditional -> Simplified with OpenCC.

`tw2s` rather than `t2s`: it also turns the aspect particle 著 into 着
(開展著 -> 开展着) while leaving 著名 alone.
"""

from __future__ import annotations

from functools import cache

from kg.text import TrackedText


@cache
def converter(config: str):
    """An OpenCC converter (`tw2s`, `s2tw`, ...), built once per process."""
    import opencc

    return opencc.OpenCC(config)


def simplify(text: str) -> str:
    return converter("tw2s").convert(text)


@cache
def simplified_char(char: str) -> str:
    return simplify(char)


def to_simplified(text: TrackedText) -> TrackedText:
    return text.map_chars(simplify)
