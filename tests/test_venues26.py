"""Venues, sites and stops (session 26): a forum in a hall named by its owner
(X社区居民议事厅) is at that hall; stops written as a list of pictograph-marked
lines (📍 X小区); a round of several places told in one sentence is no stop at
each; a staff noun after a title (区级领导|干部) is no name.  Every fixture is
invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, posts, visits


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


# ---- 1. a hall named by its owner is a site of that owner -----------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "hall",
    ["居民议事厅", "民主议事厅", "协商议事厅", "村民议事堂"],
)
def test_a_forum_in_a_hall_named_by_its_community_is_at_the_hall(hall):
    facts = facts_of(
        f"5月8日，区人大常委会副主任邹海燕来到青萝街道。\n\n"
        f"座谈会在青萝街道松涛社区{hall}举行。居民代表反映，小区路面坑洼不平，楼道灯长期不亮。\n"
    )
    site = next(n for n in place_names(facts) if n.endswith(hall))
    assert site.removesuffix(hall) in ("", "松涛社区")
    assert parent_name(facts, site) == "松涛社区"
    assert {place for place, _ in issues(facts)} == {site}


@pytest.mark.fast
@pytest.mark.parametrize("hall", ["议事厅", "居民议事厅"])
def test_a_hall_with_no_owner_named_is_the_community_itself(hall):
    # precision: 在社区议事厅 names no owner, the forum is at the community visited
    facts = facts_of(
        f"5月8日，区长邹海燕来到青萝街道松涛社区。\n\n"
        f"在社区{hall}，居民代表提出了修补破损路面、增设休闲座椅等建议。\n"
    )
    assert not any(n.endswith("议事厅") for n in place_names(facts))
    assert {place for place, _ in issues(facts)} == {"松涛社区"}
    assert visits(facts) == {("邹海燕", "松涛社区")}


# ---- 2. stops written as pictograph-marked lines --------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize("mark", ["📍 ", "📌", "🌲 ", "🚩 "])
def test_a_pictograph_marked_line_naming_a_place_is_a_stop(mark):
    facts = facts_of(
        "6月3日，街道党工委书记钟晓岚一行来到了桂香社区。\n\n"
        f"{mark}桂香社区银杏苑小区\n\n"
        "这是一个建成二十多年的老小区，钟晓岚察看了小区的排水设施。\n\n"
        f"{mark}桂香社区日间照料中心\n\n"
        "在日间照料中心，钟晓岚与老人们拉起了家常。\n"
    )
    assert ("钟晓岚", "银杏苑小区") in visits(facts)
    assert any(p.endswith("日间照料中心") for who, p in visits(facts) if who == "钟晓岚")
    assert ("钟晓岚", "桂香社区") not in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("line", ["🔔 后续进展，我们会持续关注！", "📢 小编提醒", "✅ 办理结果"])
def test_a_pictograph_line_naming_no_place_is_no_stop(line):
    # precision: a marked line of the page's own (a notice, a reminder) names no stop
    facts = facts_of(
        "6月3日，街道党工委书记钟晓岚一行来到了桂香社区银杏苑小区，察看了小区的排水设施。\n\n"
        f"{line}\n\n"
        "居民们纷纷表示满意。\n"
    )
    assert visits(facts) == {("钟晓岚", "银杏苑小区")}


# ---- 3. a round of several places told in one sentence is no stop at each -------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "verb",
    ["走访群众，召开村民代表座谈会", "察看民生项目，听取意见建议", "调研，与群众座谈交流"],
)
def test_a_round_of_villages_then_a_site_of_one_leaves_the_site(verb):
    facts = facts_of(
        f"4月12日，镇党委书记邱文涛到石门村、枫林村{verb}。\n\n"
        "在石门村党群服务中心，邱文涛与村民代表围坐一起。村民代表提出，村里的灌溉渠淤塞。\n\n"
        "在枫林村，邱文涛察看了茶叶种植基地。\n"
    )
    got = visits(facts)
    assert ("邱文涛", "石门村党群服务中心") in got
    assert ("邱文涛", "枫林村") in got
    assert ("邱文涛", "石门村") not in got


@pytest.mark.fast
def test_one_village_where_something_was_done_stays_beside_a_site_inside_it():
    # precision: the meeting is at the one village named, a stop of its own
    facts = facts_of(
        "4月12日，镇党委书记邱文涛到石门村召开村民代表座谈会，听取意见建议。\n\n"
        "随后，邱文涛来到石门村茶叶专业合作社，察看茶叶加工车间。\n"
    )
    got = visits(facts)
    assert ("邱文涛", "石门村") in got


# ---- 4. a staff noun after a title is no name ------------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "phrase",
    ["区级领导干部夜访社区", "镇村干部走访群众", "县直机关干部深入村组", "街道工作人员走访住户"],
)
def test_a_staff_noun_after_a_title_is_no_official(phrase):
    facts = facts_of(
        "5月9日，区委书记唐立群来到松涛社区，走访困难群众。\n\n"
        f"据了解，今年以来，青川区已组织{phrase}30余次，收集各类问题120余件。\n"
    )
    assert set(posts(facts)) == {"唐立群"}


@pytest.mark.fast
def test_a_name_opening_with_the_same_surname_is_still_an_official():
    # precision: 干 is a surname; a name, not the staff noun, stays an official
    facts = facts_of("5月9日，区长干志强来到松涛社区，走访困难群众。\n")
    assert posts(facts).get("干志强") == ["区长"]


# ---- 5. members consulting at an organisation's event are at its venue -----------------------

@pytest.mark.fast
@pytest.mark.parametrize("act", ["与居民代表开展协商", "同居民代表进行协商", "与居民代表座谈"])
def test_members_consulting_at_an_event_are_at_its_named_venue(act):
    facts = facts_of(
        "日前，青川区政协在柳岸街道举办“有事好商量”协商活动。"
        f"区政协委员方雅琴、董国良、宋莉{act}。区政协副主席韦建中参加活动。\n\n"
        "活动在柳岸街道桐花社区居民议事厅举行。居民代表反映，小区充电桩太少。\n"
    )
    got = visits(facts)
    hall = next(n for n in place_names(facts) if n.endswith("居民议事厅"))
    for member in ("方雅琴", "董国良", "宋莉"):
        assert (member, hall) in got
        assert (member, "柳岸街道") not in got


@pytest.mark.fast
def test_an_official_only_named_at_the_event_is_not_at_its_venue():
    # precision: a leader quoted on the event (指出) took no part there; nobody visits the street
    facts = facts_of(
        "日前，青川区政协在柳岸街道举办“有事好商量”协商活动。"
        "区政协委员方雅琴与居民代表开展协商。\n\n"
        "活动在柳岸街道桐花社区居民议事厅举行。区委书记韦建中此前指出，要把协商成果用好。\n"
    )
    got = visits(facts)
    assert not any(who == "韦建中" for who, _ in got)
    assert not any(place == "柳岸街道" for _, place in got)


# ---- 6. who came along with the party, told before their names -------------------------------

@pytest.mark.fast
@pytest.mark.parametrize(
    "along",
    ["同行的还有街道办事处主任严修平。", "和她一起来的，还有街道办事处主任严修平。", "一同前往的有街道办事处主任严修平。"],
)
def test_an_official_told_coming_along_makes_the_party_s_stops(along):
    facts = facts_of(
        "3月2日，街道党工委书记钟晓岚一行来到了桂香社区。\n\n"
        f"{along}\n\n"
        "📍 桂香社区银杏苑小区\n\n"
        "这是一个老小区，钟晓岚察看了小区的排水设施。\n"
    )
    assert ("严修平", "银杏苑小区") in visits(facts)


@pytest.mark.fast
@pytest.mark.parametrize("line", ["街道办事处主任严修平陪同。", "街道办事处主任严修平表示，将尽快整改。"])
def test_an_official_not_told_coming_along_is_no_member(line):
    # precision: a companion keeps its own frame; a speaker is no member of the party
    facts = facts_of(
        "3月2日，街道党工委书记钟晓岚一行来到了桂香社区银杏苑小区，察看了小区的排水设施。\n\n"
        f"{line}\n"
    )
    assert not any(who == "严修平" for who, _ in visits(facts))
