"""Session 33 (LABELS33): issue labels no gold has, by mechanism.  Each shape the reader
now passes over has a twin that must stay an issue.  Every fixture is invented; the
tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

COMMUNITY = "2024年5月6日，区委书记郑海来到松林街道翠竹社区调研。"
VILLAGE = "2024年5月6日，县长郑海来到石门镇青山村调研。"


def labels_of(text: str, visit: str = VILLAGE) -> set[str]:
    return {label for _, label in issues(facts_of(visit + text))}


# --- a broad topic closed by 等 + a field head before a discussion verb names fields


def test_fields_of_the_talk_are_no_issues():
    got = labels_of("座谈会上，村民代表围绕养老、托育、文化活动等方面畅所欲言，提出了村里没有幼儿园、文化广场太小等问题。")
    assert {"村里没有幼儿园", "文化广场太小"} <= got, got
    assert not got & {"养老", "托育", "文化活动"}, got


def test_fields_raised_by_an_act_stay_issues():
    # a raising act after the field list lists what was raised
    got = labels_of("座谈会上，村民代表对养老服务、文化广场建设等方面提出了建议。")
    assert {"养老服务", "文化广场建设"} <= got, got


def test_matters_closed_by_a_matter_head_stay_issues():
    got = labels_of("座谈会上，村民代表围绕村道破损、路灯不亮等问题畅所欲言。")
    assert {"村道破损", "路灯不亮"} <= got, got


# --- a population's make-up is the setting of the complaint


@pytest.mark.parametrize("makeup", ["村里住户多为老年人和留守儿童", "我们这个组都是老人"])
def test_a_population_make_up_is_no_issue(makeup):
    got = labels_of(f"村民老李反映，{makeup}，卫生室没有医生。")
    assert "卫生室没有医生" in got, got
    assert makeup not in got, got


def test_a_thing_after_the_copula_stays_an_issue():
    got = labels_of("村民老李反映，路面都是坑，下雨天没法走。")
    assert "路面都是坑" in got, got


# --- the lie of the land is where the place lies


def test_the_lie_of_the_land_is_the_setting():
    got = labels_of("村民老李反映，上组、下组两个组地势高，枯水期自来水经常断供。")
    assert got == {"枯水期自来水经常断供"}, got
    got = labels_of("村民老李反映，组里地势低，排水沟好些年没清淤了。")
    assert got == {"排水沟好些年没清淤了"}, got


def test_the_lie_of_the_land_naming_who_suffers_stays_an_issue():
    got = labels_of("村民老李反映，地势高的农户经常停水。")
    assert "地势高的农户经常停水" in got, got


# --- a proposal's purpose is never revived as a complaint


def test_a_purpose_clause_is_no_issue():
    got = labels_of("居民顾先生建议，在河边步道增设几处休憩座椅，方便散步的老人。", COMMUNITY)
    assert "在河边步道增设几处休憩座椅" in got, got
    assert "方便散步的老人" not in got, got


# --- a stretch with no predicate sets the scene: one item with the complaint


def test_a_bare_stretch_is_one_item_with_its_complaint():
    got = labels_of("村民们打开了话匣子。\n“村委会门口到小学那段路，路灯坏了大半年了。”\n“篮球场没有遮阳棚。”")
    assert got == {"路灯坏了大半年了", "篮球场没有遮阳棚"}, got
    got = labels_of("村民老李说，村口到小学那段路，路灯坏了大半年了。")
    assert got == {"路灯坏了大半年了"}, got


def test_a_stretch_with_its_predicate_stays_whole():
    got = labels_of("村民老李说，村口到小学那段路坑坑洼洼。")
    assert got == {"村口到小学那段路坑坑洼洼"}, got


# --- praise of a home or a change; a form of address


def test_praise_of_a_home_is_no_issue():
    got = labels_of("“新房子宽敞亮堂，比老屋强多了。”居民老王说，最不习惯的是楼下没有晾衣服的地方。", COMMUNITY)
    assert not any("宽敞" in g for g in got), got
    assert any("楼下没有晾衣服的地方" in g for g in got), got
    got = labels_of("居民老王拉着他的手说，加装电梯是大家盼了多年的好事，开工那天好几户邻居都下楼来看。他也提出，希望施工队晚上别加班。", COMMUNITY)
    assert got == {"施工队晚上别加班"}, got


def test_a_home_lacking_room_stays_an_issue():
    got = labels_of("居民老王说，房子不够宽敞，一家五口挤在两间屋里。", COMMUNITY)
    assert "房子不够宽敞" in got, got


@pytest.mark.parametrize("address", ["代表同志", "区长同志"])
def test_a_form_of_address_is_no_issue(address):
    got = labels_of(f"居民老王拉着他的手说：“{address}，小区的路灯坏了半年了。”", COMMUNITY)
    assert got == {"小区的路灯坏了半年了"}, got


# --- the speaker's body and a child's school are who speaks, not what is wrong


def test_the_speakers_knee_is_no_issue():
    got = labels_of("住在6楼的周婆婆说，自己膝盖不好，一个月都难得下一次楼，最盼望的就是加装电梯。", COMMUNITY)
    assert "自己膝盖不好" not in got and "加装电梯" in got, got
    got = labels_of("周婆婆说，小区的路灯不好，晚上出门要摸黑。", COMMUNITY)
    assert "小区的路灯不好" in got, got


def test_a_child_at_school_named_by_its_level_is_no_issue():
    got = labels_of("牧民老王提出，孩子在县里上高中，每学期住宿费加生活费负担重。")
    assert got == {"每学期住宿费加生活费负担重"}, got
    got = labels_of("牧民老王提出，村里没有幼儿园，孩子上幼儿园要跑十几里路。")
    assert "村里没有幼儿园" in got, got


# --- an item opening with a causal link names only an effect


def test_a_worried_effect_is_no_issue():
    got = labels_of("村民老李反映，今年小麦收割后秸秆没地方堆放，担心引发火灾。")
    assert got == {"今年小麦收割后秸秆没地方堆放"}, got


def test_a_cause_named_before_its_link_stays_an_issue():
    got = labels_of("村民老李反映，落水管安装引发阳台渗水。")
    assert got == {"落水管安装引发阳台渗水"}, got


# --- an interview answer about the aftermath of a visit raises nothing


INTERVIEW = (
    "村里的事，就是大事\n"
    "4月中旬，县长郑海到石门镇青山村调研，走进上组和下组，和村民拉起了家常。日前，记者来到青山村，采访了青山村党支部书记李长河。\n"
    "记者：县长那天到组里，乡亲们最关心的是什么？\n"
    "李长河：上组的村民说得最多的是路灯。组里的路灯坏了一大半，老人晚上不敢出门。\n"
    "记者：现在进展怎么样了？\n"
    "李长河：镇里派人来看过了，新路灯正在做预算，月底前装好。\n"
    "记者：下一步村里有什么打算？\n"
    "李长河：我们打算和镇上的农机合作社合作，把集体经济做大。\n"
)


def test_answers_on_progress_and_plans_are_no_issues():
    got = {label for _, label in issues(facts_of(INTERVIEW))}
    assert any("路灯坏了一大半" in g for g in got), got
    # nothing of the two answers (镇里派人来看过了，…月底前装好; 我们打算…合作): what was done or planned
    assert not any(word in g for g in got for word in ("看过", "预算", "装好", "合作")), got


def test_an_answer_on_what_residents_raised_stays():
    text = INTERVIEW.replace("记者：现在进展怎么样了？", "记者：下组呢？").replace("镇里派人来看过了，新路灯正在做预算，月底前装好。", "下组的饮水管老化，经常爆管。")
    got = {label for _, label in issues(facts_of(text))}
    assert any("饮水管老化" in g for g in got), got


# --- an extremity clause after a complaint tells how far it goes


@pytest.mark.parametrize(
    "complaint, extremity",
    [
        ("组里那段砂石路一下雨就泥泞不堪", "电动车都骑不了"),
        ("村卫生室没有医生", "平时看个感冒都得跑到镇上"),
        ("组里手机信号差", "在屋里打电话都要跑到坡上去"),
    ],
)
def test_an_extremity_clause_is_no_issue(complaint, extremity):
    got = labels_of(f"村民老李反映，{complaint}，{extremity}。")
    assert complaint in got, got
    assert extremity not in got, got


def test_all_of_a_kind_stated_bad_stays_an_issue():
    # 都 meaning "all" before a state is a second complaint
    got = labels_of("居民老李反映，楼道灯坏了，几个垃圾桶都坏了。", COMMUNITY)
    assert {"楼道灯坏了", "几个垃圾桶都坏了"} <= got, got
