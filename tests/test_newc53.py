"""Session 53 (NEWC53): faults a newcomer found.  Fixtures invented, two wordings in different shapes each.
"""

import datetime as dt

import pytest

from kg.repair.lost import mark_lost_characters
from kg.text import TrackedText
from tests.extraction import dated_visits, facts_of

pytestmark = pytest.mark.fast


# 1. a bracketed dateline opening a sentence is the page's: the date after it dates the visit
@pytest.mark.parametrize("text, place, date", [
    ("2023年5月1日，区委召开全会。\n（2024-04-15）4月14日，区长王明来到东湖街道新华社区，察看改造进展。",
     "新华社区", dt.date(2024, 4, 14)),
    ("【2025年1月3日】12月30日上午，县长陈刚深入柳塘镇青石村，走访困难群众。", "青石村", dt.date(2024, 12, 30)),
])
def test_a_bracketed_dateline_gives_way_to_the_date_after_it(text, place, date):
    assert dated_visits(facts_of(text)) == [(place, date)]


def test_a_bracketed_dateline_alone_still_dates_its_story():
    got = dated_visits(facts_of("（2024年6月1日）区长王明来到东湖街道新华社区，察看改造进展。"))
    assert got == [("新华社区", dt.date(2024, 6, 1))], got


# 2. a lost character right after a word ending in a surname's character is an ordinary word's (□), not a name's (某)
@pytest.mark.parametrize("text, want", [
    ("居民反映老年??堂离家太远。", "居民反映老年□□堂离家太远。"),
    ("村里的青年?动中心还没建好。", "村里的青年□动中心还没建好。"),
    ("国家??项目落地后，道路?灯也修好了。", "国家□□项目落地后，道路□灯也修好了。"),
])
def test_a_lost_character_after_a_common_word_is_no_name_part(text, want):
    assert mark_lost_characters(TrackedText(text)).text == want


@pytest.mark.parametrize("text, want", [
    ("镇长江??来到青石村。", "镇长江某某来到青石村。"),   # 长江 is a word, but a title's holder starts at 江
    ("区长王??明来到东湖街道。", "区长王某某明来到东湖街道。"),
])
def test_a_lost_character_in_a_name_after_a_title_is_still_the_names(text, want):
    assert mark_lost_characters(TrackedText(text)).text == want


# 3. one name in two cities' districts of one name (福州市鼓楼区, 南京市鼓楼区) is two people, one in each
def _officials_named(built, name):
    rows = built.query(f'SELECT DISTINCT ?o WHERE {{ ?o a gov:Official ; rdfs:label "{name}"@zh }}').rows
    return len(rows)


@pytest.mark.parametrize("texts", [
    {"a.txt": "2024年5月10日，福州市鼓楼区区长王明来到东街街道，察看改造进展。",
     "b.txt": "2024年6月2日，南京市鼓楼区区长王明来到宁海路街道，走访居民。",
     "c.txt": "2024年6月9日，南京市鼓楼区区长王明来到湖南路街道，看望老人。"},
    {"a.txt": "6月1日上午，甲省青山市城关区副区长李红深入东关街道新民社区，听取意见。\n2025年6月3日",
     "b.txt": "2025年7月8日，乙省白水市城关区副区长李红一行走进西关街道，走访商户。"},
])
def test_one_name_in_two_cities_districts_of_one_name_is_two_people(texts):
    import kg
    assert _officials_named(kg.build_texts(texts), next(iter(
        {"王明"} if "王明" in texts["a.txt"] else {"李红"}))) == 2


def test_one_name_in_one_citys_district_written_with_and_without_the_city_is_one_person():
    import kg
    built = kg.build_texts({"a.txt": "2024年5月10日，福州市鼓楼区区长王明来到东街街道，察看改造进展。",
                            "b.txt": "2024年6月2日，鼓楼区区长王明来到温泉街道，走访居民。"})
    assert _officials_named(built, "王明") == 1


# 4. a report that files issues but tells no visit (a meeting's) says so, naming where they were filed
@pytest.mark.parametrize("text, place", [
    ("2024年5月10日，区长王明主持召开区政府常务会议。会上，新华社区居民代表反映小区停车难、路灯不亮。", "新华社区"),
    ("2025年3月2日，县委书记陈刚在县委会议室召开座谈会，柳塘镇青石村党支部书记反映，村里饮水困难。", "青石村"),
])
def test_issues_filed_with_no_visit_are_warned_of(text, place):
    import kg
    built = kg.build_texts({"m.txt": text})
    assert any("filed with no visit told" in w and place in w for w in built.warnings), built.warnings


def test_issues_raised_on_a_visit_give_no_such_warning():
    import kg
    built = kg.build_texts({"v.txt": "2024年5月10日，区长王明来到东湖街道新华社区，居民反映小区停车难。"})
    assert not any("filed with no visit told" in w for w in built.warnings), built.warnings


# 5. a city (遵义市, 青山市) is a District node: the kind's label names cities as well as districts and counties
@pytest.mark.parametrize("lang, word", [("zh", "市"), ("en", "city")])
def test_the_district_kind_label_names_cities(lang, word):
    from kg.views.vocabulary import Vocabulary, kind_label
    assert word in kind_label("District", Vocabulary(lang))


def test_a_city_visited_shows_its_kind_as_a_city_in_the_view(tmp_path):
    import kg
    kg.build_texts({"c.txt": "2024年7月2日，省长王明来到青山市，调研城市更新工作。随后来到青山市白沙区老城街道，走访居民。"},
                   out=str(tmp_path / "out"))
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "区/县/市：青山市" in html and "区县：" not in html


# 6. visits-by-official gives every post the report names at the visit (or, with none named there, every post held)
@pytest.mark.parametrize("text, post", [
    ("2025年2月5日，区委副书记、区长吕鸣来到曲阳路街道巴林居委会，走访居民。", "区委副书记、区长"),
    ("2024年9月1日，县委书记、县人大常委会主任周涛深入柳塘镇青石村，察看秋收。", "县人大常委会主任、县委书记"),
])
def test_visits_by_official_gives_every_post_named_at_the_visit(text, post):
    import kg
    rows = kg.build_texts({"r.txt": text}).query("visits-by-official").rows
    assert {row[4] for row in rows} == {post}, rows


def test_the_stores_join_the_posts_alike(tmp_path):
    import kg
    from kg.stores import ladybug_store, named, oxigraph_store

    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "2025-02-05.txt").write_text(
        "2025年2月5日，区委副书记、区长、区政府党组书记吕鸣来到曲阳路街道巴林居委会，走访居民。", encoding="utf-8")
    (tmp_path / "r" / "2025-03-05.txt").write_text("2025年3月5日，区长吕鸣来到曲阳路街道东体小区，察看改造。", encoding="utf-8")
    kg.build_reports([tmp_path / "r"], out=tmp_path / "out")
    sparql = oxigraph_store.query(oxigraph_store.open_store(tmp_path / "out"),
                                  named.bind_sparql(named.resolve("visits-by-official", "sparql"), {}))
    cypher = ladybug_store.query(tmp_path / "out", named.resolve("visits-by-official", "cypher").text, {})
    assert [row[4] for row in sparql.rows] == [row[4] for row in cypher.rows] == ["区委副书记、区政府党组书记、区长", "区长"]
