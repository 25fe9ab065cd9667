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


# --- a bare village group after 直奔, its village written earlier in the sentence


def visit_places(text: str) -> list[str]:
    return [v.place for v in facts_of(text).visits]


def test_a_bare_group_after_its_village_in_the_sentence_is_a_stop():
    text = "7月8日，县长马建军一到石门镇青松村就赶到上坝组，村民反映灌溉水渠渗漏严重。"
    places = visit_places(text)
    assert any(p.endswith("site:上坝") or "上坝组" in p for p in places), places
    assert any(place.endswith("上坝组") for place, _ in issues(facts_of(text))), issues(facts_of(text))


def test_a_group_without_its_village_in_the_sentence_is_no_place():
    # precision twin: the village is named in an earlier sentence only; the bare group
    # is no stop (as before), and a team (调研组) never is
    text = "7月8日，县长马建军到石门镇青松村调研。随后，县长马建军直奔上坝组，村民反映灌溉水渠渗漏严重。"
    assert not any("上坝" in p for p in visit_places(text)), visit_places(text)
    text = "7月8日，县长马建军一到石门镇青松村就直奔调研组驻地，询问村民灌溉水渠渗漏情况。"
    assert not any("调研" in p for p in visit_places(text)), visit_places(text)


# --- a record's place field (地点：X) is a stop of the touring official

RECORD_AT_ESTATE = (
    "\n【记录二】\n"
    "时间：2026年6月3日 10:00—10:40\n"
    "地点：柳湾社区翠竹苑小区（现场接访）\n"
    "来访人：业主代表李某\n"
    "反映问题：小区消防通道被占用。\n"
)


def test_a_records_place_field_is_a_stop_and_files_its_issues():
    facts = facts_of(LEAD + RECORD + RECORD_AT_ESTATE)
    assert any("翠竹苑" in v.place for v in facts.visits), [v.place for v in facts.visits]
    placed = dict((label, place) for place, label in issues(facts))
    assert placed.get("小区消防通道被占用", "").endswith("翠竹苑小区"), placed


def test_a_place_field_at_the_units_facility_stays_at_the_unit():
    # precision twin: the first record's 地点 is the community's own service station: no
    # stop at the facility, its issues stay at the community (also after the estate's record)
    facts = facts_of(LEAD + RECORD_AT_ESTATE + RECORD.replace("【记录一】", "【记录三】"))
    assert not any("服务站" in v.place for v in facts.visits), [v.place for v in facts.visits]
    placed = dict((label, place) for place, label in issues(facts))
    assert placed.get("小区路灯长期不亮", "").endswith("柳湾社区"), placed


# --- a Q&A's question: its interrogative is no issue


def test_a_questions_interrogative_is_no_issue():
    text = "10月15日，镇党委书记周明到石桥镇青杠坪村走访。\n记者：群众反映比较集中的是哪些问题？\n"
    got = labels_of(text)
    assert not any(label.startswith(("哪些", "什么")) for label in got), got


def test_an_issue_holding_an_interrogative_word_stays():
    # precision twin: 没什么 inside a complaint is no question
    got = labels_of("10月15日，镇党委书记周明到石桥镇青杠坪村走访。村民反映，孩子放学后没什么地方去。")
    assert any("没什么地方去" in label for label in got), got
