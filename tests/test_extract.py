"""Each extraction pattern, on fixtures written for these tests."""

import datetime as dt

import pytest

from kg.errors import ReportError
from tests.extraction import facts_of, issues, parent_name, posts, visits


# ------------------------------------------------------------------ visits
@pytest.mark.parametrize("verb", ["来到", "前往", "赴", "深入", "走访", "走进", "实地察看"])
def test_visit_verbs(verb):
    f = facts_of(f"区长王明{verb}东湖街道新华居民区，了解情况。")
    assert visits(f) == {("王明", "新华居民区")}


def test_nested_place_names_give_a_hierarchy():
    f = facts_of("区长王明来到东湖街道新华居委长乐大楼小区。")
    assert visits(f) == {("王明", "长乐大楼小区")}
    assert parent_name(f, "长乐大楼小区") == "新华居委"
    assert parent_name(f, "新华居委") == "东湖街道"
    types = {p.name: p.type for p in f.places.values()}
    assert types == {"东湖街道": "Subdistrict", "新华居委": "ResidentsCommittee", "长乐大楼小区": "HousingEstate"}


def test_same_place_with_and_without_prefix_is_one_node():
    f = facts_of("区长王明来到东湖街道新华居民区。随后，王明再次来到新华社区，与居民交流。")
    assert len([p for p in f.places.values() if p.type == "ResidentsCommittee"]) == 1


def test_list_of_places_shares_the_first_ones_parent():
    f = facts_of("副主任赵强一行先后来到青山镇和美家园、安康家苑和园林C区。")
    assert visits(f) == {("赵强", "和美家园"), ("赵强", "安康家苑"), ("赵强", "园林C区")}
    assert {parent_name(f, p) for p in ("和美家园", "安康家苑", "园林C区")} == {"青山镇"}


def test_place_located_in_another():
    f = facts_of("区委副书记孙杰来到位于南湖街道的一处快递服务站点，看望快递员。")
    assert visits(f) == {("孙杰", "快递服务站点")}
    assert parent_name(f, "快递服务站点") == "南湖街道"


def test_implied_visit_from_place_context_and_presence():
    f = facts_of("区政协主席周敏来到东湖街道。\n在西湖街道明月一期的小广场，居民们正在跳舞。周敏驻足观看，与居民交流。")
    assert ("周敏", "明月一期") in visits(f)


def test_paragraph_about_a_place_then_an_official_present():
    f = facts_of("区长王明来到西湖街道。\n西湖街道将晨光居委会打造成居民会客厅。王明实地查看会客厅建设情况。")
    assert ("王明", "晨光居委会") in visits(f)
    assert ("王明", "西湖街道") not in visits(f)  # the subdistrict is coarser than a stop inside it


def test_generic_places_are_not_visits():
    f = facts_of("区长王明来到东湖街道新华居民区。在驿站内，王明依次看了社区食堂和便民服务区。")
    assert visits(f) == {("王明", "新华居民区")}


def test_pronoun_and_party_resolve_to_the_official():
    f = facts_of("区长王明主持会议。会后，他带队赴东湖街道新华居民区。\n随后，一行人来到西湖街道晨光社区。")
    assert visits(f) == {("王明", "新华居民区"), ("王明", "晨光社区")}


def test_officials_listed_together_visit_together():
    f = facts_of("区委书记陈立、区长黄刚一同来到长风街道华光新村。")
    assert visits(f) == {("陈立", "华光新村"), ("黄刚", "华光新村")}


def test_quantified_subdistrict_list_pruned_by_stops_inside():
    f = facts_of("区长王明先后走进东湖、西湖两个街道。\n在东湖街道，王明来到新华居民区。\n在西湖街道，王明来到晨光社区。")
    assert visits(f) == {("王明", "新华居民区"), ("王明", "晨光社区")}
    assert parent_name(f, "晨光社区") == "西湖街道"


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "text, default, expected",
    [
        ("2024年3月8日上午，区长王明来到东湖街道。", None, dt.date(2024, 3, 8)),
        ("3月8日，区长王明来到东湖街道，开展2023年一季度走访。", None, dt.date(2023, 3, 8)),
        ("3月8日，区长王明来到东湖街道。", dt.date(2022, 1, 1), dt.date(2022, 3, 8)),
        ("日前，区长王明来到东湖街道。", None, None),
        # as pages write numbers: full-width digits, Chinese numerals, a separator-written publication date
        ("２０２４年３月８日，区长王明来到东湖街道。", None, dt.date(2024, 3, 8)),
        ("二〇二四年三月二十八日，区长王明来到东湖街道。", None, dt.date(2024, 3, 28)),
        ("十二月一日，区长王明来到东湖街道，开展二〇二三年冬季走访。", None, dt.date(2023, 12, 1)),
        ("发布时间：2024-03-09 10:12\n3月8日，区长王明来到东湖街道。", None, dt.date(2024, 3, 8)),
        ("发布时间：2024/3/9\n日前，区长王明来到东湖街道。", None, dt.date(2024, 3, 9)),
        ("区长王明来到东湖街道，电话010-2024-3811。", None, None),
    ],
)
def test_dates(text, default, expected):
    f = facts_of(text, default_date=default)
    assert f.date == expected
    assert all(v.date == expected for v in f.visits)


def test_year_from_file_name():
    f = facts_of("3月8日，区长王明来到东湖街道。", name="report-2021-03-08.txt")
    assert f.date == dt.date(2021, 3, 8)


# ------------------------------------------------------------------ repair in context
def test_damaged_report_extracts_like_a_clean_one():
    damaged = "??3月8日，鎮(zhèn)長(zhǎng)王明來到東湖街道新華居民區(qū),聽取居民關於加裝電梯的意見。"
    clean = "3月8日，镇长王明来到东湖街道新华居民区，听取居民关于加装电梯的意见。"
    a, b = facts_of(damaged), facts_of(clean)
    assert visits(a) == visits(b) == {("王明", "新华居民区")}
    assert issues(a) == issues(b) == {("新华居民区", "加装电梯")}
    assert posts(a) == posts(b) == {"王明": ["镇长"]}


def test_evidence_offsets_point_into_the_original_text():
    damaged = "??3月8日,區(qū)長王明來到東湖街道新華居民區(qū),聽取居民關於加裝電梯的意見。"
    f = facts_of(damaged)
    ev = f.visits[0].evidence
    assert "王明" in ev.sentence
    assert damaged[ev.start:ev.end].startswith("3月8日,區(qū)長王明")


def test_no_facts_is_an_error():
    with pytest.raises(ReportError, match="no facts"):
        facts_of("今天天气很好，我们去公园散步。")


def test_a_listed_team_with_a_party_word_all_visit():
    f = facts_of("区人大常委会主任马华，副主任汪丽、许斌一行来到江浦路街道辽源居民区。")
    assert visits(f) == {("马华", "辽源居民区"), ("汪丽", "辽源居民区"), ("许斌", "辽源居民区")}


def test_site_words_after_a_listed_place_do_not_end_the_list():
    f = facts_of("区委书记郑东一行先后来到幸福小区加装电梯现场和新华路菜场。")
    assert visits(f) == {("郑东", "幸福小区"), ("郑东", "新华路菜场")}



def test_words_ending_in_a_visit_verb_are_not_visits():
    f = facts_of("区长王明来到东湖街道。要确保做到新华社区全覆盖，让居民受到幸福小区的欢迎。")
    assert visits(f) == {("王明", "东湖街道")}



def test_an_official_at_a_place_is_a_visit_whatever_they_do_there():
    f = facts_of("区长王明在东湖街道新华社区主持召开座谈会，听取居民关于停车难的意见。")
    assert visits(f) == {("王明", "新华社区")}
    assert issues(f) == {("新华社区", "停车难")}


def test_a_place_in_an_officials_speech_is_not_a_visit():
    f = facts_of("区长王明来到东湖街道新华社区。\n王明要求，在西湖街道晨光社区推广新华社区的经验。")
    assert visits(f) == {("王明", "新华社区")}


def test_dao_after_a_verb():
    f = facts_of("区长王明深入到东湖街道新华社区，了解到居民安康小区的情况。")
    assert visits(f) == {("王明", "新华社区")}


def test_a_shared_suffix_completes_bare_names_only():
    f = facts_of("区长王明先后走访了东风新村、幸福苑、阳光家园三个小区。")
    assert visits(f) == {("王明", "东风新村"), ("王明", "幸福苑"), ("王明", "阳光家园")}


def test_a_topic_joined_to_a_generic_place_is_not_a_place():
    f = facts_of("区委书记文东深入东湖街道，调研接诉即办和老旧小区综合整治工作。\n在东湖街道新华社区，文东详细了解整治进展。")
    assert visits(f) == {("文东", "新华社区")}
