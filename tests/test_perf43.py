"""Session 43's faster paths give the answers of the slower ones they stand in for:
the one-sequence Viterbi (`lac.path_of`) and its plain-float prefix, the analyser's memory
of recent texts, the regex suffixes filtered by their last character, the scheme's terms
filtered by their first part, and the cached name window and segmentation.  Real
components, no mocks; no timings (those live in benchmarks/throughput.py)."""

from __future__ import annotations

import random
import re
from array import array

import numpy as np
import pytest

from kg.analyse import get_analyser
from kg.analyse.lac import MEMO, path_of, viterbi
from kg.extract import issue_scheme
from kg.extract.place_segments import segment
from kg.extract.place_suffixes import _last_chars, _regex_by_last, suffix_of, suffixes
from kg.extract.place_window import name_window

pytestmark = pytest.mark.fast


def full_table(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The textbook Viterbi path of one sequence (every step through the whole
    tags x tags table, in the arrays' dtype; ties to the lower tag id)."""
    score, back = emissions[0].copy(), []
    for t in range(1, len(emissions)):
        total = score[:, None] + transitions
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + emissions[t]
    path = [int(score.argmax())]
    for prev in reversed(back):
        path.append(int(prev[path[-1]]))
    return path[::-1]


@pytest.fixture(scope="module")
def lac():
    return get_analyser("lac")


SENTENCES = [
    "区长王海平来到松涛社区",
    "街道党工委副书记周海燕、办事处主任钱明陪同调研",
    "居民们反映了楼道堆物和停车难等问题。",
    "随后，一行人走访了竹林村和河口村，察看了村里的饮水工程",
    "老旧小区加装电梯、电动自行车充电难，是群众关心的事",
    "王明同居民座谈",
]


def real_scores(lac, text: str) -> np.ndarray:
    """The encoder's (1, len(text), 59) float32 scores of `text`, as `tag` gets them."""
    table = lac.char_ids
    ids = table[np.minimum([ord(c) for c in text], len(table) - 1)][None]
    return lac.session.run(None, {"token_ids": ids, "length": np.array([len(text)])})[0]


def test_path_of_is_the_full_tables_path_on_real_scores(lac):
    for text in SENTENCES:
        scores = real_scores(lac, text)
        assert scores.dtype == np.float32
        path = path_of(scores[0], lac.transitions)
        assert path == full_table(scores[0], lac.transitions)
        assert path == viterbi(scores, lac.transitions, np.array([len(text)]))[0].tolist()


def test_path_of_is_the_full_tables_path_on_random_float32_tables():
    rng = np.random.default_rng(43)
    decoded = 0
    for _ in range(600):
        steps, tags = int(rng.integers(1, 20)), int(rng.integers(2, 9))
        if rng.random() < 0.3:  # small integers: exact ties
            emissions = rng.integers(0, 3, size=(steps, tags)).astype(np.float32)
            transitions = rng.integers(0, 2, size=(tags, tags)).astype(np.float32)
        else:
            emissions = (rng.normal(size=(steps, tags)) * rng.choice([0.05, 1, 6, 500])).astype(np.float32)
            transitions = (rng.normal(size=(tags, tags)) * rng.choice([0.05, 0.2, 2])).astype(np.float32)
        assert path_of(emissions, transitions) == full_table(emissions, transitions)
        top2 = np.sort(emissions, axis=-1)[:, -2:]
        decoded += int((top2[:, 1] - top2[:, 0] <= 2 * np.ptp(transitions)).sum())
    assert decoded > 500  # the runs between anchors were exercised, not only the argmax


def test_path_of_refuses_other_dtypes_and_viterbi_still_decodes_them():
    emissions = np.array([[1.0, 0.9], [0.2, 0.3], [0.5, 0.5]])
    transitions = np.array([[0.0, 0.4], [0.3, 0.0]])
    with pytest.raises(ValueError):
        path_of(emissions, transitions)
    assert viterbi(emissions[None], transitions, np.array([3]))[0].tolist() == full_table(emissions, transitions)


def test_prefix_in_plain_floats_rounds_as_numpys_float32_cumsum():
    """`_decode_run` sums the path up to a run in Python floats rounded to float32 after
    each addition; the result must be np.cumsum's float32 value bit for bit."""
    rng = np.random.default_rng(7)
    for _ in range(2000):
        parts = (rng.normal(size=int(rng.integers(1, 40))) * 10.0 ** rng.integers(-8, 4, size=1)).astype(np.float32)
        rounded = array("f", [float(parts[0])])
        for value in parts[1:].tolist():
            rounded[0] += value
        assert np.float32(rounded[0]).tobytes() == np.cumsum(parts)[-1].tobytes()


def test_tag_answers_a_text_again_from_memory_with_the_same_tags(lac):
    lac._memo.clear()
    first = lac.tag(SENTENCES)
    assert all(text in lac._memo for text in SENTENCES if text)
    again = lac.tag(SENTENCES[::-1])[::-1]
    assert again == first
    again[0].append(("changed", "n"))  # a caller's own list: the memory is not changed
    assert lac.tag(SENTENCES[:1]) == first[:1]
    lac._memo.clear()
    assert lac.tag(SENTENCES) == first  # as encoded afresh


def test_tag_memory_keeps_the_last_memo_texts_only(lac):
    lac._memo.clear()
    texts = [f"第{i}号楼居民" for i in range(MEMO + 20)]
    tagged = lac.tag(texts)
    assert len(lac._memo) == MEMO
    assert texts[0] not in lac._memo and texts[-1] in lac._memo
    lac._memo.clear()
    assert [lac.tag([t])[0] for t in texts[:3]] == tagged[:3]


def _suffix_searching_every_regex(tail: str):
    """`suffix_of` as 5466b24 wrote it: every regex suffix searched."""
    plain, regex, longest = suffixes()
    best = None
    for length in range(min(longest, len(tail)), 0, -1):
        hit = plain.get(tail[len(tail) - length:])
        if hit:
            best = (length, *hit)
            break
    for rx, type_, level in regex:
        m = rx.search(tail)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), type_, level)
    return best


def test_suffix_of_filtered_by_last_character_is_every_regexs_answer():
    rng = random.Random(43)
    alphabet = list("第一二三四五六七八九十百0123456789abcA团连师区居府庭寨屯营堡庄家湾里院期组社东南西北中小花园新村苑路街巷道山城古盟管理加同\n")
    tails = ["第八师", "一四九团", "团12连", "上庄", "村庄", "家湾", "国家湾", "幸福里", "道里", "花园东区", "3期", "五组", "A区",
             "联盟", "科尔沁盟", "第十二管理区", "上庄\n", "x盟\n"]
    tails += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for tail in tails:
        assert suffix_of.__wrapped__(tail) == _suffix_searching_every_regex(tail), tail


def test_last_characters_of_a_regex():
    from re import _parser

    def last(p):
        found = _last_chars(_parser.parse(p))
        return None if found is None else "".join(sorted(found))

    assert last("(?<![联同结加])盟") == "盟"
    assert last("(?:小区|花园)[东西]区") == "区"
    assert last("(?<=家)(?:湾|院子)") == "子湾"
    assert last("[一二三\\d]+组") == "组"
    assert last("\\d") is None and last("[^a]") is None and last("a(?=b)") is None and last("ab?") is None
    by_last, unknown = _regex_by_last()
    regex = suffixes()[1]
    for char, chosen in by_last.items():  # the filtered lists keep the lexicon's order (ties go to the first)
        assert list(chosen) == [r for r in regex if r in chosen]


def _categorise_trying_every_term(label: str) -> str:
    """`issue_scheme._categorise` as 5466b24 wrote it: every term's spans tried."""
    cuts = []

    def cut():
        if not cuts:
            cuts.append(issue_scheme.word_cuts(label))
        return cuts[0]

    for term in issue_scheme.terms():
        for start, end in issue_scheme.spans(label, term.parts):
            if term.whole:
                if issue_scheme.headed(start, end, cut()):
                    return term.concept
                continue
            if start == 0 or end == len(label) or end - start < 2 or not issue_scheme.straddles(start, end, cut()):
                return term.concept
    return issue_scheme.FALLBACK


def test_categorise_with_terms_filtered_by_first_part_is_unchanged():
    labels = ["加装电梯", "热水管道破裂", "自来水管老化", "电动自行车充电难", "电瓶车没处停", "电动门坏了",
              "小区里的树长得太高", "树立典型", "老年助餐", "楼道堆物", "停车难", "路灯不亮", "下水道堵塞", "", "无"]
    for label in labels:
        assert issue_scheme._categorise.__wrapped__(label) == _categorise_trying_every_term(label), label


def test_cached_name_window_and_segment_answer_as_computed_afresh():
    texts = ["来到新华社区开展调研", "当天是雁鸣路街道的活动", "走进社区", "来到大将镇龙妙村", "后洋村第一书记陈志远和村干部",
             "来到同安社区同和里小区", "李集村和镇区", "梧桐街道新华社区"]
    for text in texts:
        for pos in range(len(text)):
            for limit in (None, len(text) - 1):
                assert name_window(text, pos, limit) == name_window.__wrapped__(text, pos, limit)
                assert name_window(text, pos, limit) == name_window.__wrapped__(text, pos, limit)  # (now from the cache)
        for end in range(1, len(text) + 1):
            assert segment(text[:end]) == segment.__wrapped__(text[:end])


def test_a_span_is_tagged_alike_alone_and_in_a_batch_of_its_length(lac):
    """What the memory relies on: a text's tags do not depend on the batch it was in."""
    same_length = ["区长王海平来到松涛社区", "镇长李文秀走进竹园小区", "书记赵立冬看望老党员们"]
    lac._memo.clear()
    together = lac.tag(same_length)
    lac._memo.clear()
    assert [lac.tag([t])[0] for t in same_length] == together
    assert re.fullmatch(r"[\u4e00-\u9fff]+", "".join(w for w, _ in together[0]))
