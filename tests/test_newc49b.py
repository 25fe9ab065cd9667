"""NEWCOMER49b: invented reports of session 49's second newcomer, and what they found.

1. A complaint whose problem word the analyser tags a noun (饮用水/n 水质/n 差/n) listed (、) before
   another complaint (饮用水水质差、雨后浑浊) was taken for a bare noun phrase sharing the predicate
   after it (`IssueReader.co_subject`) and dropped: a label holding a problem word states
   something, so it is no co-subject (`issue_coping.noun_phrase`).
2. Two sites (or a site and a unit) joined by 和 whose second name opens with a name word (和兴, 和平: `place_name_words.txt`)
   were read as one site (工人村生活馆和兴华公园: a site 生活馆和兴华公园), or lost with their village
   (东风村文化馆和兴华公园: only 东风村): a site's type word before the joiner and a site named by two
   characters or more after it join two items, as two units do (`place_window.joins_units`).
3. A Markdown report's bullet list (`- A；`, `* A；`) after 提出了以下问题： gave no issue: the readers
   of a list's points know `•` and ordinals at a line's start, not `-` or `*`.  The Markdown
   reader now writes a bullet list's mark as `•`, one character for one (`read._bullets`).
4. How far a service is to reach, told with the speaker as subject (我们看病要跑到县城), was taken
   for the speaker's own doing beside the complaint after it (`issue_coping.own_doing`) and
   dropped: a reaching clause (`issue_coping.reaches`) is a harm of its own.
"""

import pytest

from kg.extract.issue_coping import noun_phrase, own_doing
from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, complaint", [
    ("村民向他反映，村里饮用水水质差、雨后浑浊，村小学教室漏雨。", "饮用水水质差"),
    ("居民们说，小区停车位少、晚上乱停车，希望物业管起来。", "停车位少"),
])
def test_a_complaint_listed_before_another_is_no_co_subject(text, complaint):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels


def test_precision_twin_a_bare_noun_before_the_predicate_is_still_a_co_subject():
    labels = labels_in_village("村民说，村里的老井、水塘去年就干了，浇地很困难。")
    assert not any(label.endswith("老井") for label in labels), labels
    assert noun_phrase("村里的老井") and not noun_phrase("饮用水水质差")


# 2. two sites joined by 和 before a name word

@pytest.mark.parametrize("text, first, second", [
    ("2024年3月20日，区委书记张明宇走访工人村生活馆和兴华公园。\n", "生活馆", "兴华公园"),
    ("2024年3月20日，区委书记张明宇来到东风村文化馆和兴华公园。\n", "东风村文化馆", "兴华公园"),
    ("2024年3月20日，区委书记张明宇来到青山镇文化站和兴隆村。\n", "青山镇文化站", "兴隆村"),
])
def test_two_sites_joined_before_a_name_word_are_two_stops(text, first, second):
    assert visits(facts_of(text)) == {("张明宇", first), ("张明宇", second)}


def test_issues_at_the_second_site_stay_there():
    facts = facts_of("2024年3月20日，区委书记张明宇走访工人村生活馆和兴华公园。在兴华公园，晨练的居民反映，公园厕所少。\n")
    assert ("兴华公园", "公园厕所少") in issues(facts)


def test_precision_twin_a_site_named_with_the_word_after_a_village_is_one_site():
    # (a village, not a site, before the joiner: 和平 opens the site's own name)
    assert visits(facts_of("2024年3月20日，区委书记张明宇来到东风村和平广场。\n")) == {("张明宇", "和平广场")}


# 3. a Markdown bullet list

MD_LIST = ("2024年4月18日，副县长周建军来到桃花村，召开村民座谈会。\n\n村民们提出了以下问题：\n\n"
           "{0} 村里的灌溉渠年久失修；\n{0} 通村公路太窄，会车困难。\n")


@pytest.mark.parametrize("mark", ["-", "*", "+"])
def test_a_markdown_bullet_lists_points_are_issues(mark):
    import kg
    built = kg.build_texts({"a.md": MD_LIST.format(mark)})
    labels = {i.label for f in built.facts.values() for i in f.issues}
    assert {"村里的灌溉渠年久失修", "通村公路太窄"} <= labels, labels


def test_precision_twin_a_markdown_stop_list_keeps_its_stops():
    import kg
    built = kg.build_texts({"b.md": "2024年4月18日，副县长周建军先后来到：\n\n- 桃花村：村民反映，灌溉渠年久失修。\n"
                                    "- 石门村：村民反映，通村公路太窄。\n"})
    facts = next(iter(built.facts.values()))
    assert issues(facts) == {("桃花村", "灌溉渠年久失修"), ("石门村", "通村公路太窄")}
    from kg.read import markdown_to_text
    assert markdown_to_text("气温-5度\n-5度\n---\n") == "气温-5度\n-5度\n---\n"


# 4. how far a service is, told by the speaker

@pytest.mark.parametrize("text, reach", [
    ("村民老李说，我们看病要跑到县城，村卫生室没有医生。", "看病要跑到县城"),
    ("村民说，我们买菜要走两公里，村里的小卖部也关了。", "买菜要走两公里"),
])
def test_how_far_a_service_is_stays_a_complaint_beside_another(text, reach):
    labels = labels_in_village(text)
    assert any(reach in label for label in labels), labels


def test_precision_twin_the_speakers_own_doing_still_goes():
    assert own_doing("他家养了五百多头猪") and not own_doing("我们看病要跑到县城")
