"""Session 44's faster paths give the answers of the slower ones they stand in for:
`suffix_at`'s look-up of the last character before its cache, the remembered
`place_parse._parse_at`.  Real components, no mocks; no timings (those live in
benchmarks/throughput.py)."""

from __future__ import annotations

import random

import pytest

from kg.extract import place_parse
from kg.extract.place_suffixes import SUFFIX_WINDOW, suffix_at, suffix_ends, suffix_of, suffixes

pytestmark = pytest.mark.fast

TEXTS = [
    "来到新华社区开展调研", "当天是雁鸣路街道的活动", "走进社区", "来到大将镇龙妙村", "后洋村第一书记陈志远和村干部",
    "来到同安社区同和里小区", "李集村和镇区", "梧桐街道新华社区", "第八师一四九团12连", "科尔沁盟\n", "上庄\n来到",
    "走进柳湾村上滩组。次日来到下屋组", "柳湾村上滩组的晒坝上坐满了人。镇长来到上滩组", "书记一到柳湾村就直奔上滩组",
    "幸福里居民区今年", "青山县县长来到城关镇镇政府", "松涛小区“书记工作室”", "X社区老旧小区改造项目",
]


def _suffix_at_sliced(text: str, end: int):
    """`suffix_at` as b933bb6 wrote it: every position's tail sliced and looked up."""
    return suffix_of(text[end - SUFFIX_WINDOW if end > SUFFIX_WINDOW else 0:end])


def test_suffix_at_with_its_last_character_test_answers_as_the_sliced_tail():
    rng = random.Random(44)
    alphabet = list("第一二三四五六七八九十百0123456789abcA团连师区居府庭寨屯营堡庄家湾里院期组社东南西北中小花园新村苑路街巷道山城古盟管理加同会议来到\n ")
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    for text in texts:
        for end in range(-2, len(text) + 3):  # (ends outside the text too: the slow path, as before)
            assert suffix_at(text, end) == _suffix_at_sliced(text, end), (text, end)


def test_suffix_ends_hold_every_suffixs_last_character_and_a_newline():
    plain, regex, _ = suffixes()
    ends = suffix_ends()
    assert all(s[-1] in ends for s in plain if s)
    assert "\n" in ends and "开" not in ends
    # a character outside the set ends no suffix, plain or regex (as a tail of any length)
    for char in "议来到开展调研的了说":
        for head in ("", "第八", "科尔沁", "新华社"):
            assert suffix_of(head + char) is None


def test_remembered_parse_at_answers_as_parsed_afresh():
    for text in TEXTS:
        for pos in range(len(text)):
            for limit in (None, len(text) - 1):
                fresh = place_parse._parse_at.__wrapped__(text, pos, limit)
                assert place_parse._parse_at(text, pos, limit) == fresh
                assert place_parse._parse_at(text, pos, limit) == fresh  # (now from the memory)
                assert place_parse.parse_at(text, pos, limit) == place_parse.parse_at(text, pos, limit)


def test_a_bare_group_after_many_groups_is_read_once_per_position():
    """The memory's reason: `_group_of_named_village` parses again before every group
    written earlier; a report naming many groups parsed each position again and again."""
    groups = "".join(f"走进柳湾村上{c}组。" for c in "东南西北中前后左右")
    text = groups + "次日来到下屋组"
    place_parse._parse_at.cache_clear()
    chunk = place_parse.parse_at(text, len(text) - 3)
    assert chunk is not None and [s.text for s in chunk.segments] == ["柳湾村", "下屋组"]
    assert place_parse._parse_at.cache_info().misses < 40 * len(text)
