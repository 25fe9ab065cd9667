"""Session 31 (FAULTS31, opened probe p86): word-class and frame gaps.

1. 盼着 (to long for, with its aspect marker) opens a residents' wish as 盼望 and 期盼 do
   (`kg/lexicons/issue_acts.tsv`); it was only a later-clause request marker
   (`issue_clause_markers.tsv`), so a raising written with it gave nothing.
2. An employer's housing area written with 区 (X厂宿舍区) is an estate, as 家属区 is
   (`kg/lexicons/place_suffixes.tsv`): read by its last character it was a district, so
   the visit and the issues went to the community it lies in.
3. A clause ending in 成 + 一 + a noun (乱成一团, 连成一片) is a result, the complaint itself:
   read as 一 + a verb (管子一堵，污水就返上来) it was the condition of the clause with 就
   after it, which became the complaint in its place.
4. A clause opened by a hypothetical (万一, 一旦) after a complaint tells the risk it brings,
   its cost, no second complaint (`issue_effect_links.txt`); one before a comma sets the
   condition of the complaint after it, as 如果 does (`issue_clause_markers.tsv`).
5. An official asking after a field closed by a bare head noun (了解老旧小区改造后的管理情况)
   names no problem: the estate's kind (老旧小区) is no problem word there
   (`issue_items.states_problem`), as it is not in an account.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, visits, labels_in_village

pytestmark = pytest.mark.fast

labels_of = labels_in_village


# --- 1. 盼着 opens a wish


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("村民代表盼着村里能修一座晒谷场，解决雨天晒粮难题。", "修一座晒谷场"),
        ("群众还盼着把通组公路加宽，方便拉运柑橘。", "把通组公路加宽"),
        ("老党员们盼着村里建一个卫生室。", "建一个卫生室"),
    ],
)
def test_a_wish_written_with_pan_zhe_is_an_issue(text, wanted):
    got = labels_of(text)
    assert any(wanted in label for label in got), got


@pytest.mark.parametrize(
    "text",
    [
        "郑海说，盼着乡亲们的日子越过越红火。",
        "郑海盼着青山村早日建成示范村。",
    ],
)
def test_an_officials_wish_with_pan_zhe_is_no_issue(text):
    assert labels_of(text) == set()


# --- 2. X宿舍区 is an estate


def test_a_dormitory_area_is_the_stop_and_holds_the_issues():
    f = facts_of(
        "4月2日，区长韩启明来到河湾街道柏树社区，走进纺织厂宿舍区，察看改造工作。"
        "居民说，楼道灯坏了好几个月。"
    )
    assert visits(f) == {("韩启明", "纺织厂宿舍区")}
    assert issues(f) == {("纺织厂宿舍区", "楼道灯坏了好几个月")}
    estate = next(p for p in f.places.values() if p.name == "纺织厂宿舍区")
    assert estate.type == "HousingEstate"
    assert f.places[estate.parent].name == "柏树社区"


def test_a_district_named_with_qu_stays_a_district():
    f = facts_of("4月2日，市长韩启明来到城西区河湾街道柏树社区调研。")
    district = next(p for p in f.places.values() if p.name == "城西区")
    assert district.type == "District"
    assert visits(f) == {("韩启明", "柏树社区")}


# --- 3. 乱成一团 is the complaint, not the condition of the 就 clause after it


@pytest.mark.parametrize(
    "text, complaint, after",
    [
        ("村民老葛说：“巷子上空的网线乱成一团，一刮大风就往下掉。”", "网线乱成一团", "往下掉"),
        ("村民老葛说，村口的违建棚子连成一片，一着火就烧一排。", "违建棚子连成一片", "烧一排"),
    ],
)
def test_a_result_with_yi_is_the_complaint(text, complaint, after):
    got = labels_of(text)
    assert any(complaint in label for label in got), got
    assert not any(after in label for label in got), got


def test_a_momentary_verb_with_yi_still_sets_the_condition():
    got = labels_of("村民老葛说，下水道一堵，脏水就漫进院子。")
    assert not any(label.startswith("下水道一堵") for label in got), got
    assert any("脏水就漫进院子" in label for label in got), got


# --- 4. 万一/一旦: the risk of the complaint before, or the condition of the one after


@pytest.mark.parametrize(
    "text, complaint, risk",
    [
        ("村民老葛说，后山的护坡塌了一角，万一下暴雨房子很危险。", "护坡塌了一角", "下暴雨"),
        ("村民老葛说，老街的消防栓坏了好几个，一旦起火根本没法救。", "消防栓坏了好几个", "起火"),
    ],
)
def test_a_hypothetical_risk_after_a_complaint_is_no_issue(text, complaint, risk):
    got = labels_of(text)
    assert any(complaint in label for label in got), got
    assert not any(risk in label for label in got), got


def test_a_hypothetical_before_a_comma_is_the_condition_of_the_complaint():
    got = labels_of("村民老葛说，万一半夜有人发病，村里连个医生都没有。")
    assert not any("发病" in label for label in got), got
    assert any("连个医生都没有" in label for label in got), got


def test_a_first_clause_with_yidan_and_its_own_problem_stands():
    got = labels_of("村民老葛说，村口一旦下雨就积水很深。")
    assert any("积水" in label for label in got), got


# --- 5. an inquiry into an old estate's work names no problem

INQUIRY = "9月14日上午，区长苗卫东来到河湾街道柏树社区调研，"


def inquiry_issues(text: str) -> set[tuple[str, str]]:
    return issues(facts_of(INQUIRY + text))


@pytest.mark.parametrize("field", ["了解老旧小区改造后的物业管理情况。", "了解老旧小区加装电梯推进情况。"])
def test_an_inquiry_into_an_old_estates_work_is_no_issue(field):
    assert inquiry_issues(field) == set()


def test_an_inquiry_into_an_old_estates_problems_still_names_them():
    got = inquiry_issues("了解老旧楼栋屋顶漏水、老旧管网破损等问题。")
    assert {label for _, label in got} == {"老旧楼栋屋顶漏水", "老旧管网破损"}, got
