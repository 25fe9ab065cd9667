"""Session 53 (NEWC53): faults a newcomer found.  Fixtures invented, two wordings in different shapes each.
"""

import datetime as dt

import pytest

from tests.extraction import facts_of

pytestmark = pytest.mark.fast


def _dates(facts):
    return sorted((facts.places[v.place].name, v.date) for v in facts.visits)


# 1. a bracketed dateline opening a sentence is the page's: the date after it dates the visit
@pytest.mark.parametrize("text, place, date", [
    ("2023年5月1日，区委召开全会。\n（2024-04-15）4月14日，区长王明来到东湖街道新华社区，察看改造进展。",
     "新华社区", dt.date(2024, 4, 14)),
    ("【2025年1月3日】12月30日上午，县长陈刚深入柳塘镇青石村，走访困难群众。", "青石村", dt.date(2024, 12, 30)),
])
def test_a_bracketed_dateline_gives_way_to_the_date_after_it(text, place, date):
    assert _dates(facts_of(text)) == [(place, date)]


def test_a_bracketed_dateline_alone_still_dates_its_story():
    got = _dates(facts_of("（2024年6月1日）区长王明来到东湖街道新华社区，察看改造进展。"))
    assert got == [("新华社区", dt.date(2024, 6, 1))], got
