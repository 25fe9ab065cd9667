"""Session 31 (rural): stops of mountain-village and relocation-estate tours.

Kinds found on the opened probe p87 (FAULTS31b_out.md): a deliberation room of a
community made a stop of its own; an estate named by its kind (X苑安置小区) cut
to X苑 as if 安置小区 were a work done on it; a village's numbered 社 (3社, the
Sichuan/Chongqing word for a villagers' group) not read as a place.  Fixtures are
invented.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# ---- a deliberation room (议事厅, 议事室) is a room of the community: the community is the stop

@pytest.mark.parametrize("room", ["议事厅", "居民议事室", "议事室"])
def test_deliberation_room_is_a_room_of_the_community(room):
    text = ("1月16日，市长林海下沉到东街道金桂社区和石榴社区走访。\n\n"
            f"在石榴社区{room}，林海主持召开居民代表座谈会。居民代表们反映了老旧小区停车难等诉求。")
    got = visits(facts_of(text))
    assert ("林海", "石榴社区") in got
    assert not any(p.endswith(("厅", "室")) for _, p in got), got
    assert any(place == "石榴社区" and "停车难" in label for place, label in issues(facts_of(text)))


def test_a_named_hall_stays_a_place():
    # a facility named by its own name (a 会客厅 of a subdistrict's firms) is no room of a community
    text = "6月3日，区长林海来到东街道中小企业会客厅，听取企业诉求。"
    assert ("林海", "东街道中小企业会客厅") in visits(facts_of(text)) or \
        ("林海", "中小企业会客厅") in visits(facts_of(text))


# ---- an estate named by its kind words (安置, 易地扶贫搬迁) is one estate, no work on a place

@pytest.mark.parametrize("estate, name", [("康宁苑安置小区", "康宁苑"), ("康宁苑易地扶贫搬迁安置小区", "康宁苑"),
                                         ("同心里搬迁安置小区", "同心里")])
def test_estate_named_by_its_kind_keeps_its_written_form(estate, name):
    # named by its name (PLACES27: 幸福家园安置小区 is 幸福家园), labelled as written too
    text = (f"2024年8月9日，县委书记林海深入城东街道{estate}，走访搬迁群众。\n\n"
            "在小区广场，搬迁群众王大妈说，小区里没有菜市场。")
    f = facts_of(text)
    assert visits(f) == {("林海", name)}
    place = f.places[f.visits[0].place]
    assert any(label.endswith(estate) for label in place.alt_labels), place.alt_labels
    assert (name, "小区里没有菜市场") in issues(f)


def test_work_on_an_estate_is_still_the_estate():
    # a work done on a named estate (a project) still makes the estate the stop
    text = "2024年8月9日，区长林海来到竹韵小区加装电梯项目现场调研。"
    assert ("林海", "竹韵小区") in visits(facts_of(text))


# ---- a numbered 社 of a village is a place in it (the Sichuan/Chongqing villagers' group)

def test_numbered_she_of_a_village_are_stops():
    text = ("7月19日，副县长林海到石桥村调研。\n\n"
            "林海一行先后来到石桥村3社和5社，走访了脱贫户。在3社脱贫户白明家，白明说，门诊报销比例偏低。\n\n"
            "在5社，社长王五说，饮水管道老化，经常爆管。")
    f = facts_of(text)
    assert {("林海", "石桥村3社"), ("林海", "石桥村5社")} <= visits(f)
    got = issues(f)
    assert any(p == "石桥村5社" and "饮水管道老化" in label for p, label in got), got


@pytest.mark.parametrize("word", ["供销社", "合作社", "报社", "公社"])
def test_she_without_a_number_is_no_group(word):
    text = f"7月19日，副县长林海到石桥村调研，村{word}负责人陪同。"
    got = visits(facts_of(text))
    assert not any(p.endswith(word) for _, p in got), got


# ---- a meeting convened at the village committee: the name ends before 召集

def test_name_ends_before_convening():
    text = ("4月8日，镇党委书记林海到石桥村蹲点。\n\n"
            "第三天，林海在石桥村村委会召集村“两委”干部和驻村工作队座谈。村党支部书记李四提出，村里缺少冷库。")
    f = facts_of(text)
    assert not any("召集" in p or "两委" in p for _, p in visits(f)), visits(f)
    assert ("石桥村", "村里缺少冷库") in issues(f)


# ---- a village's group written alone after a sibling group named with the village

SIBLINGS = ("4月8日，镇党委书记林海到石桥村蹲点。\n\n"
            "第一天，林海走进石桥村上坪组。村民王大说，组里的小卖部关了。\n\n"
            "第二天，林海来到{group}，开起了屋场会。村民们说，组里的水渠被洪水冲垮了。")


def test_group_written_alone_lies_in_the_named_village():
    f = facts_of(SIBLINGS.format(group="下屋组"))
    assert ("林海", "下屋组") in visits(f) or ("林海", "石桥村下屋组") in visits(f), visits(f)
    assert any(p.endswith("下屋组") and "水渠" in label for p, label in issues(f)), issues(f)


@pytest.mark.parametrize("team", ["调研组", "工作组", "督查组"])
def test_a_team_written_alone_is_no_group(team):
    f = facts_of(SIBLINGS.format(group=team))
    assert not any(p.endswith(team) for _, p in visits(f)), visits(f)


def test_a_named_group_visited_in_the_village_is_a_place():
    # session 36: the object of a visit verb after a village was named is the village's group
    text = "4月8日，镇党委书记林海到石桥村蹲点。\n\n第二天，林海来到下屋组，开起了屋场会。"
    assert ("林海", "下屋组") in visits(facts_of(text))


@pytest.mark.parametrize("team", ["攻坚组", "工作组", "调研组"])
def test_a_team_visited_is_no_group(team):
    # precision twin: a team (group_words.txt) is no group of the village
    text = f"4月8日，镇党委书记林海到石桥村蹲点。\n\n第二天，林海来到{team}，开起了碰头会。"
    assert not any(p.endswith(team) for _, p in visits(facts_of(text)))


# ---- a village's hamlets named by a side word (上寨, 下寨): places in the village

HAMLETS = ("3月14日，乡长林海来到石桥村上寨、下寨，走访群众。\n\n"
           "在上寨，村民王大说，寨子里的消防池年久失修。\n\n"
           "来到下寨，村民李二说，寨里的串户路太窄。")


def test_side_hamlets_listed_after_their_village_are_stops():
    got = visits(facts_of(HAMLETS))
    assert any(p.endswith("上寨") for _, p in got) and any(p.endswith("下寨") for _, p in got), got


def test_issue_told_at_the_second_hamlet_is_filed_there():
    got = issues(facts_of(HAMLETS))
    assert any(p.endswith("下寨") and "串户路" in label for p, label in got), got
    assert not any(p.endswith("上寨") and "串户路" in label for p, label in got), got


@pytest.mark.parametrize("word", ["山寨", "村寨"])
def test_a_common_word_ending_in_zhai_is_no_hamlet(word):
    text = f"3月14日，乡长林海来到石桥村，走访{word}群众。"
    assert not any(p.endswith(word) for _, p in visits(facts_of(text)))


def test_side_hamlet_alone_without_a_village_part_named_is_no_place():
    text = "3月14日，乡长林海来到石桥村，走访群众。\n\n来到下寨，村民李二说，串户路太窄。"
    assert not any(p.endswith("下寨") for _, p in visits(facts_of(text)))
