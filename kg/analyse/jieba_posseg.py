"""jieba's `posseg` (HMM + dictionary; dictionary shipped in the wheel) as an
analyser, its ICTCLAS tags mapped onto LAC's: nr* -> PER, ns -> LOC,
nt -> ORG, t -> TIME, x (punctuation) -> w; other parts of speech kept.
Kept for comparison with LAC (docs/parser.md): it is faster but finds fewer
unseen names.
"""

from __future__ import annotations

import logging
from typing import Sequence

from kg.analyse import register

ENTITY_PREFIXES = (("nr", "PER"), ("ns", "LOC"), ("nt", "ORG"))


def lac_tag(flag: str) -> str:
    """jieba's tag in LAC's tag set (`nrfg` -> `PER`, `x` -> `w`)."""
    for prefix, tag in ENTITY_PREFIXES:
        if flag.startswith(prefix):
            return tag
    if flag == "t":
        return "TIME"
    if flag == "x":
        return "w"
    return flag


@register("jieba")
class JiebaAnalyser:
    """>>> JiebaAnalyser().tag(["区长王明来到新华社区"])  # doctest: +SKIP"""

    name = "jieba"

    def __init__(self):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)  # it logs its dictionary loading to stderr
        self.tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return [[(p.word, lac_tag(p.flag)) for p in self.tokenizer.cut(t)] for t in texts]
