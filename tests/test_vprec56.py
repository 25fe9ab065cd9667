"""Session 56 (vprec56): visit precision, one stop counted twice.

1. A housing estate named after a residents' committee on the tour (来到X居民区 … 走进X小区)
   lies in it (`kg.resolve.nest_namesake_estates`): the estate is the stop and the committee
   its frame, not two stops.  An estate of another name, and a committee where residents
   spoke first, are left as they were.
   A presence verb inside a short quoted term (对“书记接待日”上提出的事回访: the day's
   name) is no act done at the committee (`kg.extract.visit_presence.in_quoted_term`),
   which kept the committee a stop of its own.
2. An escort heading a subdistrict (在B街道党工委书记乙陪同下，甲来到C社区) places the
   sentence's stops written with no area in that subdistrict
   (`kg.extract.visits.Reader._escort_area`): a tour of two subdistricts no longer
   leaves the second subdistrict a stop beside its community.

Every fixture is invented for these tests.
"""

import pytest

from tests.extraction import facts_of, parent_name, visits

pytestmark = pytest.mark.fast

NAMESAKE = (
    "5月6日下午，城关街道党工委书记李明远再次来到桂花居民区，对居民上次提出的8件事逐项“回头看”。"
    "街道办事处副主任王芳陪同。\n\n"
    "走进{estate}，最先看到的变化是3号楼前新建的充电棚。居民反映的小区缺少充电设施问题已经解决。\n\n"
    "交流中，居民们又提出小区路灯损坏。"
)


@pytest.mark.parametrize("estate", ["桂花小区", "桂花新村"])
def test_estate_named_after_the_committee_is_the_stop(estate):
    facts = facts_of(NAMESAKE.format(estate=estate))
    assert visits(facts) == {("李明远", estate)}
    assert parent_name(facts, estate) == "桂花居民区"


def test_quoted_day_name_is_no_act_at_the_committee():
    text = NAMESAKE.replace("对居民上次提出的8件事", "对7月份“书记接待日”上居民提出的8件事").format(estate="桂花小区")
    assert visits(facts_of(text)) == {("李明远", "桂花小区")}


def test_plain_move_into_namesake_estate():
    text = "5月6日下午，城关街道党工委书记李明远来到桂花社区。\n\n李明远走进{estate}，察看新建的充电棚。居民们提出小区路灯损坏。"
    assert visits(facts_of(text.format(estate="桂花小区"))) == {("李明远", "桂花小区")}
    # an estate of another name is not nested in the committee by its name
    assert parent_name(facts_of(text.format(estate="翠竹小区")), "翠竹小区") != "桂花社区"


ESCORTS = (
    "6月1日上午，区长陈建华带队深入南湖、北湖两个街道检查防汛工作。\n\n"
    "在南湖街道党工委书记刘一鸣陪同下，陈建华首先来到柳林社区。居民反映排水不畅。\n\n"
    "随后，在北湖街道党工委书记赵子龙陪同下，陈建华来到桃源社区的桃源菜市场。商户反映顶棚漏雨。"
)


def test_escort_heading_a_subdistrict_holds_the_stop():
    facts = facts_of(ESCORTS)
    assert visits(facts) == {("陈建华", "柳林社区"), ("陈建华", "桃源菜市场")}
    assert parent_name(facts, "桃源社区") == "北湖街道"
    # an escort heading no subdistrict places nothing
    other = facts_of(ESCORTS.replace("北湖街道党工委书记赵子龙", "区水务局局长赵子龙"))
    assert parent_name(other, "桃源社区") != "北湖街道"
