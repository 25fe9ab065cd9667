"""Session 53 (NEWC53B): faults a second newcomer found.  Fixtures invented, several wordings each.
"""

import datetime as dt

import pytest

from tests.extraction import dated_visits, facts_of

pytestmark = pytest.mark.fast


# 1. a date after the story's source (a bracketed source name, a byline's 讯/电, a dispatch's own
# date) dates the visit, not the page's full publication date further down
@pytest.mark.parametrize("text, place, date", [
    ("【义乌发布】3月12日讯 3月12日下午，市长王晓东来到稠城街道下车门社区走访调研。\n2024年3月13日 来源：义乌市融媒体中心",
     "下车门社区", dt.date(2024, 3, 12)),
    ("本报讯（记者 张三）5月8日，区长王明来到东湖街道新华社区，察看改造进展。\n发布日期：2024年5月10日",
     "新华社区", dt.date(2024, 5, 8)),
    ("青溪县融媒体中心讯 11月20日上午，县委书记周建国来到堌阳镇徐场村调研。\n2023年11月21日",
     "徐场村", dt.date(2023, 11, 20)),
    ("新华社东湖6月2日电 区长李刚来到湖滨街道和平社区，看望慰问群众。\n2024年6月3日", "和平社区", dt.date(2024, 6, 2)),
])
def test_a_date_after_the_source_dates_the_visit(text, place, date):
    got = dated_visits(facts_of(text))
    assert got == [(place, date)], got


def test_a_bracketed_source_before_a_later_day_keeps_each_day():
    got = dated_visits(facts_of("【东湖发布】3月12日，区长王明来到东湖街道新华社区。3月14日，区长王明来到东湖街道和平社区。\n2024年3月15日"))
    assert got == [("和平社区", dt.date(2024, 3, 14)), ("新华社区", dt.date(2024, 3, 12))], got


# 2. kg view --place NAME of several same-named places: the hint names a label that draws one,
# never the bare name typed (a 鼓楼区 in no city the graph knows is shown as 鼓楼区)
def test_the_hint_for_same_named_places_names_a_label_that_draws_one():
    from kg.views.model import ViewGraph, ViewNode
    from kg.views.select import Selector, same_named_places

    view = ViewGraph(nodes={
        "nj": ViewNode("nj", "鼓楼区", "District", names={"鼓楼区"}),
        "xz": ViewNode("xz", "鼓楼区（徐州市）", "District", names={"鼓楼区"}),
        "fz": ViewNode("fz", "鼓楼区（福州市）", "District", names={"鼓楼区"}),
    })
    line = same_named_places(view, Selector("--place", "鼓楼区"), ["nj", "xz", "fz"])
    assert "--place '鼓楼区' draws one" not in line, line
    assert line.endswith("(--place '鼓楼区（徐州市）' draws one)"), line
    bare = ViewGraph(nodes={k: ViewNode(k, "鼓楼区", "District", names={"鼓楼区"}) for k in ("a", "b")})
    line = same_named_places(bare, Selector("--place", "鼓楼区"), ["a", "b"])
    assert line.endswith("drawing them all"), line


# 3. one district written 青溪县 in one report and 青溪区 in a later one (a county made a district):
# a post titled 县长/青溪县委书记 has 青溪县 for its jurisdiction, not the most written form (visits-by-official
# read 青溪区县委书记, 青溪区县长)
def test_a_county_post_keeps_the_county_form_of_a_district_renamed():
    import kg
    from rdflib import RDFS

    from kg.namespaces import GOV

    built = kg.build_texts({
        "a.txt": "2024年2月20日，青溪县委书记赵明、县长钱立新一同来到青溪县石门镇新华社区，调研老旧小区改造工作。",
        "b.txt": "2024年6月11日，青溪区区长钱立新来到青溪区石门街道新华社区，回访居民。",
        "c.txt": "2024年7月2日，青溪区区长钱立新来到青溪区石门街道和平社区，看望慰问群众。",
    })
    got = sorted({(str(built.dataset.value(post, RDFS.label, any=True)), str(area))
                  for post, _, area, _ in built.dataset.quads((None, GOV.jurisdiction, None, None))})
    assert ("县委书记", "青溪县") in got and ("县长", "青溪县") in got and ("区长", "青溪区") in got, got


# 4. a file named by the day its dateline tells (the day of its visits) is not warned about for the
# page's later full date below: the warning said "the text's date is used", the visits took the name's
@pytest.mark.parametrize("name, text, warned", [
    ("yiwu-2024-03-12.txt", "【义乌发布】3月12日讯 3月12日下午，市长王晓东来到稠城街道下车门社区走访调研。\n2024年3月13日 来源：义乌市融媒体中心", False),
    ("2024-05-08-dj.txt", "本报讯（记者 张三）5月8日，区长王明来到东湖街道新华社区。\n发布日期：2024年5月10日", False),
    ("2024-02-01-a.txt", "本报讯（记者 张三）5月8日，区长王明来到东湖街道新华社区。\n发布日期：2024年5月10日", True),
])
def test_a_file_named_by_its_datelines_day_is_not_warned_about(name, text, warned):
    from kg.corpus.name_date import name_date_warning

    assert (name_date_warning(name, text) is not None) == warned, name_date_warning(name, text)
