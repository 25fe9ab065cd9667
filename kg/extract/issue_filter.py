"""The learned issue filter: which candidate items of a raising become issues.

Inputs: a candidate item (its label, and where the content reader got it:
`kg.extract.issue_content.Candidate`) and the raising it belongs to (`Raising`:
the anchor's kind, the act's shape, the speaker, the sentence).  Output: a
probability that the item is a residents' issue, and the decision.

The features are CLASS-LEVEL only: the frame and shape that made the candidate,
the raiser's kind, its position relative to the act and to the other items, its
length, and its memberships in the word classes of `kg/lexicons/` (problem words,
the issue scheme's keywords, positive words, requests, acts, measures…).  No word
or character of the text is a feature, so the model cannot memorise a phrasing.

The weights are data: `kg/lexicons/issue_filter.json` (feature names, weights,
bias, thresholds, the sets it was trained on and the date), written by
`scripts/train_issue_filter.py` (logistic regression on the READABLE eval sets,
each candidate labelled by the scorer's own `issue_match` against the report's
gold issues, place ignored).  One model decides on the candidates the hand rules
passed over (`why` later/account: `DECIDED`); the file's `kept` model, when present,
judges the items they kept and drops those below its `drop_below`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, cached_property

from kg.extract import issue_words
from kg.extract.issue_content import Candidate, troubled
from kg.extract.issue_scheme import FALLBACK, categorise
from kg.extract.lexicons import alternation, kind_words
from kg.resources import lexicon_path
from kg.text import HAN

MODEL_FILE = "issue_filter.json"
KINDS = ("topic", "act", "head", "quote", "colon", "met", "verb", "continues")
SHAPES = ("any", "say", "account", "tell", "relative")
WHYS = ("kept", "every", "later", "list", "account")
# the candidates the hand rules passed over: a later clause read as background, an
# account's item stating no problem (kg.extract.issues.IssueReader.passed_over)
DECIDED = ("later", "account")
# the names of the features read from the analyser's tags (pos_features, parallel_features)
POS_FEATURE_PREFIXES = ("pos_", "first_adj", "first_adverb", "first_function", "first_noun", "first_number", "first_person",
                        "first_pronoun", "first_time", "first_verb", "last_", "par_", "words")
DIGIT = re.compile(r"[\d一二三四五六七八九十两百千万]")


@dataclass(frozen=True)
class Raising:
    """One raising in a sentence: the anchor's kind (`KINDS`), the act's shape
    (`issue_acts.tsv`; "" for no act), the speaker's kind, whether the subject was
    inherited from the sentence before, whether it is an account, whether an
    official is named in the sentence, the act's offset and the sentence's bounds."""

    kind: str
    shape: str
    speaker_pos: int
    raiser: bool
    person: bool
    placed: bool
    inherited: bool
    account: bool
    official_named: bool
    act: int
    start: int
    end: int


def features(label: str, cand: Candidate | None, r: Raising, rank: int, n_items: int, at: int, contrasted: bool) -> dict[str, float]:
    """The named class-level features of one candidate item.

    `cand` is None for an item not read from clauses (a topic list, items after a
    head noun: why "list"); `rank` is its index among the raising's candidates,
    `n_items` their count, `at` its offset in the text (-1 when not found).

    >>> from kg.extract.issue_content import Candidate
    >>> r = Raising("act", "any", 3, True, False, False, False, False, False, 5, 0, 30)
    >>> f = features("楼道灯坏了很久", Candidate("楼道灯坏了很久", 0, 2, False, "kept"), r, 0, 1, 8, False)
    >>> f["problem"], f["why_kept"], f["after_act"]
    (1.0, 1.0, 1.0)
    """
    problem = bool(issue_words.problem().search(label))
    scheme = categorise(label) != FALLBACK
    why = cand.why if cand else "list"
    f: dict[str, float] = {f"kind_{k}": float(r.kind == k) for k in KINDS}
    f.update({f"shape_{s}": float(r.shape == s) for s in SHAPES})
    f.update({f"why_{w}": float(why == w) for w in WHYS})
    clause = cand.clause if cand else rank
    f["clause_index"] = min(clause, 4) / 4
    f["first_clause"] = float(clause == 0)
    f["clauses"] = min(cand.clauses if cand else n_items, 6) / 6
    f["quote"] = float(bool(cand and cand.quote) or r.kind in ("quote", "colon"))
    f["no_speaker"] = float(r.speaker_pos < 0)
    f["raiser"] = float(r.raiser)
    f["person"] = float(r.person)
    f["placed_raiser"] = float(r.placed)
    f["inherited"] = float(r.inherited)
    f["account"] = float(r.account)
    f["official_named"] = float(r.official_named)
    f["n_items"] = min(n_items, 6) / 6
    f["rank"] = min(rank, 6) / 6
    f["final_sibling"] = float(rank == n_items - 1)
    f["length"] = min(len(label), 24) / 24
    f["short"] = float(len(label) <= 5)
    f["long"] = float(len(label) >= 15)
    f["problem"] = float(problem)
    f["scheme"] = float(scheme)
    f["neither"] = float(not problem and not scheme)
    f["positive"] = float(bool(issue_words.positive().search(label)))
    f["request"] = float(bool(issue_words.request().search(label)))
    f["act_word"] = float(bool(issue_words.acts().search(label)))
    f["official_act"] = float(bool(issue_words.remark_acts().search(label)))
    f["measure"] = float(bool(issue_words.measure().match(label)))
    f["troubled"] = float(troubled(label))
    f["question"] = float(bool(issue_words.question().search(label)))
    f["enumerated"] = float("、" in label)
    f["figure"] = float(bool(DIGIT.search(label)))
    f["contrasted"] = float(contrasted)
    f["head_end"] = float(label.endswith(issue_words.head_words()))
    f["after_act"] = float(at >= r.act)
    f["distance"] = min(abs(at - r.act), 60) / 60 if at >= 0 else 1.0
    f["sentence_pos"] = (at - r.start) / max(1, r.end - r.start) if at >= 0 else 1.0
    later = why in DECIDED
    f["later_problem"] = float(later and problem)
    f["later_scheme"] = float(later and scheme)
    f["later_quote"] = f["quote"] * later
    f["later_account"] = f["account"] * later
    f.update(consequence_features(label))
    return f


# the punctuation opening an item's clause, in classes (the raising's own frame: a list
# joined by 、, a point after ；, a clause after ，, an answer after ？)
OPENING_MARKS = {"，": "comma", ",": "comma", "；": "point", ";": "point", "、": "list", "：": "colon", ":": "colon",
                 "。": "stop", "？": "stop", "?": "stop", "！": "stop", "!": "stop", "“": "quote", "「": "quote"}
OPENING_GAP = 8  # characters looked back for the mark: a trimmed opener (但是, 再加上) is shorter


@cache
def consequence_patterns() -> tuple[re.Pattern, ...]:
    """The marks of a consequence or background clause (`issue_consequence_marks.tsv`), in
    the order of `consequence_features`: a restrictive modal, a potential complement
    (V不C), a condition and its result, a plenty closing the item, who is affected opening it."""
    def k(kind: str) -> str:
        return alternation(kind_words("issue_consequence_marks.tsv", kind))

    affected = alternation((*issue_words.raiser_words(), *kind_words("issue_consequence_marks.tsv", "affected")))
    return (
        re.compile(k("modal")),
        re.compile(rf"[{HAN}]不(?!{k('not_complement')})(?:{k('complement')})"),
        re.compile(rf"(?:{k('condition')})[^，。；]{{0,8}}?(?:{k('result')})"),
        re.compile(rf"(?:{k('plenty')})$"),
        re.compile(rf"(?:{affected})"),
    )


def consequence_features(label: str) -> dict[str, float]:
    """Does the item read as what a complaint costs or as its background: a restrictive
    modal (只能, 还得), a potential complement (进不来, 买不到), a condition with its result
    (一下雨就…), a plenty closing it (留守老人多), who is affected opening it (老人, 货车,
    the raiser words)?  `unmarked`: none of them, a plain complaint (a feature the trainer's
    `--kept-exempt` may name).  Marks, not rules: the kept-item model weighs them (session 36).

    >>> f = consequence_features("大货车开不进来")
    >>> f["effect_potential"], f["effect_modal"], f["effect_any"]
    (1.0, 0.0, 1.0)
    >>> consequence_features("整改不到位")["effect_potential"], consequence_features("村里留守老人多")["background_plenty"]
    (0.0, 1.0)
    """
    modal, potential, condition, plenty, affected = consequence_patterns()
    f = {
        "effect_modal": float(bool(modal.search(label))),
        "effect_potential": float(bool(potential.search(label))),
        "effect_condition": float(bool(condition.search(label))),
        "effect_people": float(bool(affected.match(label))),
        "background_plenty": float(bool(plenty.search(label))),
    }
    f["effect_any"] = float(any(f[n] for n in ("effect_modal", "effect_potential", "effect_condition", "effect_people")))
    f["unmarked"] = float(not f["effect_any"] and not f["background_plenty"])
    return f


def context_features(text: str, at: int, earlier: list[str], r: Raising) -> dict[str, float]:
    """Where a candidate stands among its siblings and in its sentence: the class of the
    mark opening its clause (`OPENING_MARKS`; "none" when the item opens the sentence),
    whether words were trimmed between that mark and the item (a clause opener: 但是,
    导致), whether an earlier item of the same raising states a problem
    (`issue_problem_words.txt`), and its distance from the speaker.  `at` is the item's
    offset (-1 when not found), `earlier` the labels of the raising's candidates before it.

    >>> r = Raising("act", "any", 0, True, False, False, False, False, False, 4, 0, 30)
    >>> text = "居民反映，楼道灯坏了，但是电梯也旧"
    >>> f = context_features(text, text.find("电梯"), ["楼道灯坏了"], r)
    >>> f["mark_comma"], f["opener_trimmed"], f["earlier_problem"]
    (1.0, 1.0, 1.0)
    """
    mark, gap = "none", 0
    if at >= 0:
        i = at - 1
        while i >= max(r.start, at - OPENING_GAP) and text[i] not in OPENING_MARKS:
            i -= 1
        if i >= max(r.start, at - OPENING_GAP):
            mark, gap = OPENING_MARKS[text[i]], at - i - 1
    f = {f"mark_{m}": float(mark == m) for m in ("none", *sorted(set(OPENING_MARKS.values())))}
    f["opener_trimmed"] = float(gap > 0)
    f["earlier_problem"] = float(any(issue_words.problem().search(e) for e in earlier))
    f["earliest_problem"] = float(bool(earlier) and bool(issue_words.problem().search(earlier[0])))
    f["speaker_distance"] = min(abs(at - r.speaker_pos), 60) / 60 if at >= 0 and r.speaker_pos >= 0 else 1.0
    return f


# Han characters of an item held by the item just before it (sibling_features): two in a row
SHARED_RUN = 2
SIBLING_GAP = 6  # characters at most between an item and the one before it for the two to be one complaint's clauses


def sibling_features(text: str, label: str, at: int, earlier: list[str], r: Raising) -> dict[str, float]:
    """Where an item stands beside the item just before it in its raising (session 50): a
    second clause of one complaint tells what it costs (一天只敢下一趟楼), its background
    (社区60岁以上老人有2700多人) or a detail (一直没人修).  `prev_problem`: the item before
    states a problem (`issue_problem_words.txt`); `prev_adjacent`: it ends at most
    `SIBLING_GAP` characters before this one, a mark of `OPENING_MARKS` between (the next
    clause, or the next sentence's first: `。另外，` is a gap too); `prev_first`: it is the raising's first item; `bare_after_problem`:
    adjacent to a problem item and no problem word or scheme keyword of its own; `shares_prev`:
    two Han characters in a row of this item are also in the one before (the clause goes on
    about the same thing: 雪后路面结冰 after 清雪不及时; a likeness of the two, no character as a
    feature); `figure_clause`: a figure (`DIGIT`, 一 too) and no problem word (a count, a size, an age);
    `people_inside`: who is affected (`issue_consequence_marks.tsv` affected, the raiser
    words) named inside the item, not opening it.  All 0 for a raising's first item.

    >>> r = Raising("act", "any", 0, True, False, False, False, False, False, 4, 0, 40)
    >>> text = "居民反映，楼道灯坏了半年，一天只敢下一趟楼"
    >>> f = sibling_features(text, "一天只敢下一趟楼", text.find("一天"), ["楼道灯坏了半年"], r)
    >>> f["prev_problem"], f["prev_adjacent"], f["bare_after_problem"], f["shares_prev"], f["figure_clause"]
    (1.0, 1.0, 1.0, 0.0, 1.0)
    """
    f = dict.fromkeys(("prev_problem", "prev_adjacent", "prev_first", "bare_after_problem", "shares_prev"), 0.0)
    problem = bool(issue_words.problem().search(label))
    f["figure_clause"] = float(bool(DIGIT.search(label)) and not problem)
    affected = consequence_patterns()[4]
    f["people_inside"] = float(any(m.start() > 0 for m in affected.finditer(label)))
    if not earlier:
        return f
    prev = earlier[-1]
    f["prev_problem"] = float(bool(issue_words.problem().search(prev)))
    f["prev_first"] = float(len(earlier) == 1)
    if at >= 0:
        w = text.rfind(prev, r.start, at)
        gap = text[w + len(prev):at] if w >= 0 else ""
        f["prev_adjacent"] = float(w >= 0 and len(gap) <= SIBLING_GAP and any(ch in OPENING_MARKS for ch in gap))
    f["bare_after_problem"] = float(f["prev_adjacent"] and f["prev_problem"] and not problem and categorise(label) == FALLBACK)
    runs = {label[i:i + SHARED_RUN] for i in range(len(label) - SHARED_RUN + 1)}
    f["shares_prev"] = float(any(re.fullmatch(f"[{HAN}]+", x) and x in prev for x in runs))
    return f


def word_edge_features(tokens, at: int, label: str) -> dict[str, float]:
    """Does the item begin or end inside a word of the text as the analyser reads it in
    context (`tokens`: the document's tokens, sorted by offset, around the item)?  A
    fragment cut inside a word (并联|审批 read from 联审批, 一个|地方 from 个地方) is no
    complaint: `cut_start` when a token runs across the item's first character and the
    one before it, `cut_end` across its last character and the one after.  The words
    themselves are no feature, only where their edges fall (session 52).

    >>> from kg.analyse import Token
    >>> toks = [Token("并联", "v", 0, 2), Token("审批", "vn", 2, 4)]
    >>> word_edge_features(toks, 1, "联审批")["cut_start"], word_edge_features(toks, 2, "审批")["cut_start"]
    (1.0, 0.0)
    """
    f = {"cut_start": 0.0, "cut_end": 0.0}
    if at < 0:
        return f
    end = at + len(label)
    for t in tokens:
        if t.start < at < t.end:
            f["cut_start"] = 1.0
        if t.start < end < t.end:
            f["cut_end"] = 1.0
    return f


EDGE_FEATURES = ("cut_start", "cut_end")


# the analyser's tags (kg.analyse: LAC's tag set) in coarse classes
POS_CLASSES = {
    "noun": ("n", "nz", "nw", "vn", "an", "s", "f", "LOC", "ORG"),
    "verb": ("v", "vd"),
    "adj": ("a", "ad"),
    "adverb": ("d",),
    "time": ("t", "TIME"),
    "pronoun": ("r",),
    "number": ("m", "q"),
    "person": ("PER",),
    "function": ("p", "c", "u", "xc"),
}
TAG_CLASS = {t: c for c, ts in POS_CLASSES.items() for t in ts}


def pos_features(tags: list[str]) -> dict[str, float]:
    """The POS pattern of a candidate (its words' tags, `kg.analyse`): the share of each
    coarse class (`POS_CLASSES`), the class of its first and last word, its word count.

    >>> f = pos_features(["n", "v", "n"])
    >>> f["pos_noun"], f["first_noun"], f["last_noun"], f["words"]
    (0.667, 1.0, 1.0, 0.375)
    """
    classes = [TAG_CLASS.get(t, "other") for t in tags if t != "w"]
    n = max(1, len(classes))
    f = {f"pos_{c}": round(classes.count(c) / n, 3) for c in POS_CLASSES}
    for c in POS_CLASSES:
        f[f"first_{c}"] = float(bool(classes) and classes[0] == c)
        f[f"last_{c}"] = float(bool(classes) and classes[-1] == c)
    f["words"] = min(len(classes), 8) / 8
    return f


def parallel_features(tags: list[str], other: list[str]) -> dict[str, float]:
    """How alike the POS patterns of a candidate and of the raising's first kept item are
    (parallel clauses list complaints alike: 楼道灯不亮，电梯老坏): the cosine of their
    coarse-class shares, and whether their first and last classes agree.

    >>> parallel_features(["n", "a"], ["n", "d", "a"])["par_same_last"]
    1.0
    """
    a, b = pos_features(tags), pos_features(other)
    va = [a[f"pos_{c}"] for c in POS_CLASSES]
    vb = [b[f"pos_{c}"] for c in POS_CLASSES]
    norm = math.sqrt(sum(x * x for x in va) * sum(x * x for x in vb))
    return {
        "par_cosine": round(sum(x * y for x, y in zip(va, vb)) / norm, 3) if norm else 0.0,
        "par_same_first": float(any(a[f"first_{c}"] and b[f"first_{c}"] for c in POS_CLASSES)),
        "par_same_last": float(any(a[f"last_{c}"] and b[f"last_{c}"] for c in POS_CLASSES)),
    }


def tag_labels(labels: list[str]) -> list[list[str]]:
    """The analyser's tags of each label, in one batch (`kg.analyse.get_analyser`)."""
    if not labels:
        return []
    from kg.analyse import get_analyser

    return [[t for _, t in words] for words in get_analyser().tag(labels)]


@dataclass(frozen=True)
class Model:
    """Logistic regression weights read from `kg/lexicons/issue_filter.json`: one model
    for the candidates the hand rules passed over (`DECIDED`), judged against
    `threshold`, and one for the items they kept (`kept_names`…), dropped below
    `drop_below` (no kept model: the first model, 0 never drops).  `kept_scope`
    names the reasons (`why`) of the kept items the second model judges (empty:
    every kept item); items kept for another reason always stay (a topic list's
    items, `why` list: the old trees' lists were 88 % true, and judging them
    dropped the seed's 加装电梯), and so does an item with a feature named in
    `kept_exempt` set (`problem`: a problem word is the hand rules' own evidence;
    the model's cross-validated gain came all from items without one, and judging
    those with one dropped plain complaints such as 桥板烂了)."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    drop_below: float
    kept_names: tuple[str, ...] = ()
    kept_weights: tuple[float, ...] = ()
    kept_bias: float = 0.0
    kept_scope: tuple[str, ...] = ()
    kept_exempt: tuple[str, ...] = ()  # features that, when set, keep an item the kept model would judge

    def probability(self, f: dict[str, float], kept: bool = False) -> float:
        """P(issue) = sigmoid(bias + Σ weight·feature); a feature missing from `f` is 0.
        `kept`: the kept items' model, when the file has one."""
        names, weights, bias = (self.kept_names, self.kept_weights, self.kept_bias) if kept and self.kept_names else (self.names, self.weights, self.bias)
        z = bias + sum(w * f.get(n, 0.0) for n, w in zip(names, weights))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def judges(self, why: str) -> bool:
        """Does the model decide on a candidate the content reader gave for reason `why`
        (one passed over, or a kept one in the kept model's scope)?  Only those need
        features, and the analyser's tags (the costly part).

        >>> m = Model((), (), 0.0, 0.5, 0.3, ("pos_noun",), (1.0,), 0.0, ("kept",))
        >>> m.judges("later"), m.judges("kept"), m.judges("list")
        (True, True, False)
        """
        if why in DECIDED:
            return True
        return self.drop_below > 0 and (not self.kept_scope or why in self.kept_scope)

    def needs_tags(self, why: str) -> bool:
        """Does the model judging a candidate given for reason `why` read its POS pattern
        (`pos_features`, `parallel_features`)?  Only then is the analyser run on it (costly).

        >>> m = Model(("pos_noun",), (1.0,), 0.0, 0.5, 0.3, ("effect_modal",), (-1.0,))
        >>> m.needs_tags("later"), m.needs_tags("kept")
        (True, False)
        """
        return self._reads_tags[why not in DECIDED]

    @cached_property
    def _reads_tags(self) -> tuple[bool, bool]:
        """(the first model reads a POS feature, the kept model does): `needs_tags`'s answer
        for each, found once (it was a scan of the ~100 feature names at every candidate:
        session 57, speed57).  A frozen dataclass's fields never change."""
        return tuple(any(n.startswith(POS_FEATURE_PREFIXES) for n in names) for names in (self.names, self.kept_names))

    def needs_edges(self, why: str) -> bool:
        """Does the model judging a candidate given for reason `why` read where the text's
        words begin and end around it (`word_edge_features`)?  Only then is its sentence
        analysed for it.

        >>> Model(("cut_start",), (-2.0,), 0.0, 0.5, 0.3).needs_edges("later")
        True
        """
        return self._reads_edges[why not in DECIDED]

    @cached_property
    def _reads_edges(self) -> tuple[bool, bool]:
        """(the first model reads a word-edge feature, the kept model does): `needs_edges`'s
        answer for each, found once, as `_reads_tags` (session 57, speed57)."""
        return tuple(any(n in EDGE_FEATURES for n in names) for names in (self.names, self.kept_names))

    def exempt(self, f: dict[str, float], why: str) -> bool:
        """Is a kept item with features `f` kept whatever the kept model says (a feature
        of `kept_exempt` set)?  Candidates passed over (`DECIDED`) never are.

        >>> Model((), (), 0.0, 0.5, 0.3, kept_exempt=("problem",)).exempt({"problem": 1.0}, "kept")
        True
        """
        return why not in DECIDED and any(f.get(n) for n in self.kept_exempt)

    def emits(self, f: dict[str, float], why: str) -> bool:
        """Is the candidate an issue?  Candidates passed over by the hand rules (later,
        account: `DECIDED`) need `threshold`; the others are dropped only below `drop_below`.

        >>> m = Model(("problem",), (2.0,), -1.0, 0.5, 0.3, ("pos_noun",), (3.0,), -2.0)
        >>> m.emits({"problem": 1.0}, "later"), m.emits({"pos_noun": 0.0}, "kept"), m.emits({"pos_noun": 1.0}, "kept")
        (True, False, True)
        >>> Model(("problem",), (2.0,), -1.0, 0.5, 0.3, ("pos_noun",), (3.0,), -2.0, ("kept",)).emits({"pos_noun": 0.0}, "list")
        True
        """
        if why in DECIDED:
            return self.probability(f) >= self.threshold
        if not self.judges(why) or self.exempt(f, why):
            return True
        return self.probability(f, kept=True) >= self.drop_below


@cache
def model() -> Model | None:
    """The shipped model, or None when its file is absent (then nothing passed over is
    emitted and nothing kept is dropped: the hand rules alone)."""
    path = lexicon_path(MODEL_FILE)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    kept = data.get("kept", {})
    return Model(
        tuple(data["features"]), tuple(data["weights"]), data["bias"], data["threshold"], kept.get("drop_below", data.get("drop_below", 0.0)),
        tuple(kept.get("features", ())), tuple(kept.get("weights", ())), kept.get("bias", 0.0), tuple(kept.get("scope", ())),
        tuple(kept.get("exempt", ())),
    )
