"""A touring party is at the meeting a sentence opens with (随后在V召开的座谈会上): invented fixtures."""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def test_the_party_on_tour_is_at_the_meeting_held_at_a_station():
    f = facts_of(
        "5月8日，区人大常委会主任罗文华来到青枫河生态廊道工程现场，察看工程进度。\n"
        "随后在青枫区人大代表中心联络站举行的座谈会上，居民代表反映，背街小巷路灯不亮。\n"
    )
    got = visits(f)
    assert ("罗文华", "青枫区人大代表中心联络站") in got or ("罗文华", "人大代表中心联络站") in got, got


def test_a_meeting_told_inside_a_clause_makes_no_visit():
    # the meeting is told as background (此前…), not opening the sentence: no visit there
    f = facts_of(
        "5月8日，区人大常委会主任罗文华来到青枫河生态廊道工程现场，察看工程进度。\n"
        "据介绍，此前在青枫区人大代表中心联络站召开的座谈会上，居民代表曾提出路灯不亮的问题。\n"
    )
    got = visits(f)
    assert all("联络站" not in place for _, place in got), got
