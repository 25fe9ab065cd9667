"""Session 35 (FAULTS35_p108, opened probe p108): a reception record written as a list of entries.

1. A record of reception days written as blocks of field lines (接待时间：…/接待地点：X/
   接待代表：区人大代表甲、乙/反映问题：…) names each entry's officials in a people field
   (`record_people_fields.txt`) below the entry's place field (`record_entry_place_fields.txt`
   and `record_place_fields.txt`): they are at that place (`visits.Reader.record_people_visits`),
   and the entry's problems are raised there.  Before, no visit at all was read and every
   problem went to the report's headline place.
2. A touring party's record entry with its own people field (地点：X / 接访领导：甲) is the
   entry's people's stop, not the party's (`visits.Reader._entry_names_people`).
3. 接待点 (a deputies' reception point) is a type word of a facility (`place_suffixes.tsv`),
   as 联络点 is: X社区代表接待点 is not cut at the community.
4. A deputy a record's people field names is not taken along to a later entry naming a colleague
   alone (`credit_participants` skips `record_people`).
5. An estate's own facility (X小区人大代表联络站) is a site inside the estate, as an enterprise's
   own hospital is (`place_segments.facility_of_enterprise`); before, it was read as a work on the estate.
6. A type word written alone (来到联络站) is the station the report names in full before, its
   proper name found past the generic words before the type word (人大代表家门口: `GENERIC_REACH`,
   `visits.Reader._written_in_full`); before, the 12-character reach ended inside those words.
7. A name the analyser reads as an adverb (任重/d), listed after a title among names, is a name
   (`official_lists._word_as_listed_name`), as right after a title; an adverb of acts (马上) is not.
Fixtures are invented.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

RECORD = """东湖街道人大代表联络站2026年接待情况通报

（一）
接待时间：2026年4月8日
接待地点：东湖街道人大代表联络站
接待代表：区人大代表王明远、刘芳
反映问题：小区路灯损坏；菜场周边占道经营。

（二）
接待时间：2026年5月13日
接待地点：西岭社区代表接待点
接待代表：市人大代表赵志刚
反映问题：小区停车位不足。

（三）
接待时间：2026年6月10日
接待地点：南湖社区代表接待点
接待代表：区人大代表刘芳
反映问题：楼道堆放杂物。
"""


def test_record_entries_are_visits_of_their_people():
    f = facts_of(RECORD)
    assert visits(f) == {
        ("王明远", "东湖街道人大代表联络站"), ("刘芳", "东湖街道人大代表联络站"),
        ("赵志刚", "西岭社区代表接待点"), ("刘芳", "南湖社区代表接待点"),
    }  # (not 王明远 at 南湖: a later entry names its own people, `credit_participants` takes no one along)
    assert ("西岭社区代表接待点", "小区停车位不足") in issues(f)
    assert ("东湖街道人大代表联络站", "小区路灯损坏") in issues(f)


def test_people_field_without_place_field_is_no_visit():
    # precision twin: a people field whose entry names no place field visits nothing
    text = RECORD.replace("接待地点：东湖街道人大代表联络站\n", "").replace("接待地点：西岭社区代表接待点\n", "").replace("接待地点：南湖社区代表接待点\n", "")
    assert not visits(facts_of(text))


TOUR = "5月9日，副区长陈立新到南岗街道北坪社区开展下沉接访。\n\n"
ENTRY = "【记录一】\n时间：2026年5月9日\n地点：北坪社区便民服务站\n{people}反映问题：小区路灯损坏。\n"


def test_touring_party_record_entry_with_own_people():
    v = visits(facts_of(TOUR + ENTRY.format(people="接访领导：街道办事处主任孙国华\n")))
    assert ("孙国华", "北坪社区便民服务站") in v, v
    assert ("陈立新", "北坪社区便民服务站") not in v, v


def test_touring_party_record_entry_without_people_has_no_other_visitor():
    # precision twin: with no people field the entry adds no one; the party's stop stays
    v = visits(facts_of(TOUR + ENTRY.format(people="")))
    assert {who for who, _ in v} == {"陈立新"}, v


def test_an_estates_own_station_is_the_estates_stop():
    # 5. an estate's own facility (X小区人大代表联络站) is the estate's stop, not a work done on
    # it (the convention of tests/test_visits29: 梅林新村党群服务中心 is 梅林新村; the lead took
    # back f108's site-inside reading, which broke it)
    v = visits(facts_of("3月2日，区人大代表王明远来到东湖街道清河小区人大代表联络站，开展接待选民活动。居民反映小区路灯损坏。"))
    assert v == {("王明远", "清河小区")}, v


def test_a_work_on_an_estate_stays_the_estate():
    # precision twin: a work's type word (项目) after the estate is a work done on it; the stop is the estate
    v = visits(facts_of("3月2日，区人大代表王明远来到东湖街道清河小区加装电梯项目，察看施工进度。"))
    assert v == {("王明远", "清河小区")}, v


LEDE = "代表接待日见闻\n\n3月12日下午，东城区和平街道清一社区人大代表家门口联络站{scene}。市人大代表王明远来到{to}，开展集中接待选民活动。"


def test_a_type_word_alone_is_the_station_named_in_full_before():
    # 6. 来到联络站 after the lede names the station in full with long generic words before its type
    # word (人大代表家门口联络站): the proper name is looked for past those words (`GENERIC_REACH`)
    v = visits(facts_of(LEDE.format(scene="里座无虚席", to="联络站")))
    assert v == {("王明远", "清一社区人大代表家门口联络站")}, v


def test_a_type_word_alone_names_no_other_place():
    # precision twin: a type word the report never writes in full (服务中心) gives no station
    v = visits(facts_of(LEDE.format(scene="里座无虚席", to="服务中心")))
    assert not any("联络站" in place for _, place in v), v


def test_a_listed_name_read_as_an_adverb_is_a_name():
    # 7. the last of three deputies under one title, a name the analyser reads as an adverb
    # (任重/d), is a name as it is right after a title (`official_lists._word_as_listed_name`)
    f = facts_of("代表进社区\n\n8月26日，市人大代表曹明，区人大代表葛晓东、聂林、任重走进东湖街道清河社区，开展活动。")
    assert "任重" in f.officials and ("任重", "清河社区") in visits(f)


def test_a_listed_adverb_of_acts_is_no_name():
    # precision twin: an adverb that an act takes (马上, name_follow_adverbs.txt) stays an adverb
    f = facts_of("代表进社区\n\n8月26日，市人大代表曹明，区人大代表葛晓东、聂林、马上走进东湖街道清河社区，开展活动。")
    assert "马上" not in f.officials
