"""Session 36 (lead): places in apposition after a generic class phrase, settling-in verbs,
programme-named facilities, and the learned filter's kept-item model.  Fixtures invented."""

import pytest

from kg.extract import issue_filter
from kg.extract.place_lists import appositive_end
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LEAD = "县委副书记钟远山"


def test_a_named_estate_after_its_class_phrase_is_the_stop():
    # 安置小区|青松新村: the generic class phrase names no place; the name after it does
    f = facts_of(f"{LEAD}来到易地搬迁安置小区青松新村。群众反映，小区没有红白理事场所。")
    assert visits(f) == {("钟远山", "青松新村")}
    assert issues(f) == {("青松新村", "小区没有红白理事场所")}


def test_a_named_estate_after_a_village_and_its_class_phrase_lies_in_the_village():
    f = facts_of(f"{LEAD}来到柏溪村的安置小区青松新村。群众反映，小区没有红白理事场所。")
    assert visits(f) == {("钟远山", "青松新村")}


def test_a_class_phrase_alone_names_no_stop():
    # precision twin: nothing named after the class phrase
    f = facts_of(f"{LEAD}来到柏溪村的安置小区。群众反映，小区没有红白理事场所。")
    assert visits(f) == {("钟远山", "柏溪村")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("安置小区青松新村，", 4),
        ("易地搬迁安置点", 0),  # no name after it
        ("青松新村小区", 0),  # a named estate itself
        ("社区服务中心和青松扶贫车间", 0),  # a list of two places, no apposition
        ("街道在各居民区推行“家门口”服务站", 0),  # a stop word ends the head
        ("书记镇长进村居", 0),  # a one-letter type word ends no head
    ],
)
def test_appositive_end(text, expected):
    assert appositive_end(text, 0) == expected


def test_settling_in_for_a_stay_is_a_visit():
    f = facts_of(f"5月下旬，{LEAD}住进石门镇柏溪村，开始为期三天的蹲点调研。村民反映，村里的班车一天只有一趟。")
    assert visits(f) == {("钟远山", "柏溪村")}


def test_residents_settling_in_make_no_visit():
    # precision twin: the verb is a visit only of an official
    f = facts_of("去年，村民王大山住进了柏溪村的安置小区。村民反映，村里的班车一天只有一趟。")
    assert visits(f) == set()


def test_a_facility_named_by_a_programme_is_the_estates_scene():
    # 新市民服务中心: named by the relocated residents it serves, no place of its own
    f = facts_of("县长罗景明来到城南街道青松安置点。在安置点的新市民服务中心，罗景明与群众座谈。"
                 "楼栋长反映了小学学位紧张的问题。")
    assert visits(f) == {("罗景明", "青松安置点")}
    assert issues(f) == {("青松安置点", "小学学位紧张")}


def test_a_named_facility_in_the_estate_stays_a_stop():
    # precision twin: a proper name before the type word is a place of its own
    f = facts_of("县长罗景明来到城南街道青松安置点。在安置点的金穗服务中心，罗景明与群众座谈。"
                 "楼栋长反映了小学学位紧张的问题。")
    assert ("罗景明", "金穗服务中心") in visits(f)
    assert issues(f) == {("金穗服务中心", "小学学位紧张")}


# ---- the learned filter's kept-item model: consequence marks, first clauses exempt

VILLAGE_VISIT = "镇长钱松年来到柳塘村。"


def test_the_consequences_after_a_complaint_are_dropped_by_the_kept_model():
    f = facts_of(VILLAGE_VISIT + "村民说，村里的冷库太小，辣椒放不住，只能低价卖给贩子。")
    assert issues(f) == {("柳塘村", "村里的冷库太小")}


def test_a_second_complaint_after_a_complaint_stays():
    # precision twin: a later clause with no consequence mark is a complaint of its own
    f = facts_of(VILLAGE_VISIT + "村民说，村里的冷库太小，村口的路灯也坏了。")
    assert issues(f) == {("柳塘村", "村里的冷库太小"), ("柳塘村", "村口的路灯也坏了")}


def test_a_consequence_said_first_is_the_complaint():
    # the first clause of a raising is exempt from the kept model: it is the complaint itself
    f = facts_of(VILLAGE_VISIT + "村民说，辣椒放不住，只能低价卖给贩子。")
    assert ("柳塘村", "辣椒放不住") in issues(f)


@pytest.mark.parametrize(
    "label, mark",
    [
        ("大货车开不进来", "effect_potential"),
        ("老人只能走楼梯", "effect_modal"),
        ("一下雨就泥泞难行", "effect_condition"),
        ("老人孩子出门不方便", "effect_people"),
        ("村里留守老人多", "background_plenty"),
    ],
)
def test_consequence_marks(label, mark):
    f = issue_filter.consequence_features(label)
    assert f[mark] == 1.0 and f["unmarked"] == 0.0


@pytest.mark.parametrize("label", ["整改不到位", "路灯不亮", "污水管道堵塞"])
def test_a_plain_complaint_carries_no_consequence_mark(label):
    assert issue_filter.consequence_features(label)["unmarked"] == 1.0


def test_the_analyser_is_run_only_for_a_model_reading_the_pos_pattern():
    shipped = issue_filter.model()
    assert shipped.needs_tags("later")  # the passed-over model reads the POS pattern
    assert not shipped.needs_tags("kept")  # the kept model reads class-level marks only
