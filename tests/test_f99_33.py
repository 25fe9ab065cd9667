"""Session 33 (FAULTS33_p99): a duty/reception record's fields read as prose.  A record
lists 时间：/地点：/来访人：/反映问题：/处理意见： one per line; the wrap repair joined
them into one sentence (every field's place and complaint then ran together), and the
处理意见 field (the office's answer) was read as a head noun announcing issues.  Each
mechanism has a precision twin.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from kg.repair.wrap import join_wrapped_lines
from kg.text import TrackedText
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

LEAD = "6月3日，副县长吴志远到城关镇柳湾社区开展下沉接访，城关镇镇长钱丽陪同。\n\n"

RECORD = (
    "【记录一】\n"
    "时间：2026年6月3日 9:00—9:30\n"
    "地点：柳湾社区便民服务站\n"
    "来访人：居民王某某等2人\n"
    "反映问题：小区路灯长期不亮；楼道堆放杂物。\n"
    "处理意见：责成镇综治办两日内协调物业维修；楼道杂物由社区组织清理，月底前完成。\n"
)


def labels_of(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(text))}


# --- field lines of a record are lines of their own, not a hard wrap


def test_record_field_lines_are_not_joined():
    text = "时间：6月3日上午\n地点：柳湾社区\n来访人：居民王某\n反映问题：路灯不亮。\n"
    assert join_wrapped_lines(TrackedText(text)).text == text


def test_a_wrapped_paragraph_is_still_joined():
    # precision twin: a line opening with a label and colon, the next line going on
    # in prose (no label), is a wrap as before
    text = "会上，居民代表说：小区东门外路灯长期不亮，\n楼道里堆放杂物多，希望尽快清理。\n村民反映：道路年久失修，\n雨天出行很不方便。\n"
    joined = join_wrapped_lines(TrackedText(text)).text
    assert "不亮，楼道" in joined, joined


# --- 处理意见： is the office's answer, 反映问题： the residents' complaint


def test_a_records_complaint_field_is_read_and_its_answer_is_not():
    got = labels_of(LEAD + RECORD)
    assert "小区路灯长期不亮" in got, got
    assert "楼道堆放杂物" in got, got
    assert not any("责成" in label or "月底前" in label or "协调物业" in label for label in got), got


def test_residents_opinions_field_stays_issues():
    # precision twin: 意见 headed by the residents (群众意见：) still announces issues
    record = RECORD.replace("处理意见：责成镇综治办两日内协调物业维修；楼道杂物由社区组织清理，月底前完成。",
                            "群众意见：小区门口菜市场占道经营严重。")
    got = labels_of(LEAD + record)
    assert any("占道经营" in label for label in got), got


def test_field_records_keep_the_leads_place():
    facts = facts_of(LEAD + RECORD)
    placed = {place for place, _ in issues(facts)}
    assert placed and all("柳湾社区" in place for place in placed), placed
