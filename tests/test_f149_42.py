"""Session 42 (FAULTS42, p149): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A verb whose object is an official (带领, 陪同: `post_jurisdiction._introducing_verbs`)
   between a name and a title opens the led people's post, not the name's own written
   after it (甲带领政协委员乙、丙: 乙 and 丙 are the members led, who visit with 甲;
   `official_mentions._post_after_name`).
2. A housing compound named by its street and a compass side (X路南院, Y街北院:
   `place_suffixes.tsv`) is a site; written after its community it is the stop.
3. A one-character stop word (同, 与, 向) right after a named community opens a site's
   name when a site's type word follows a proper name (同安社区同和里小区:
   `place_window._stop_opens_site_name`).
4. 村委 is a generic word as 居委 is: 村委大院 names no place (`place_generic_words.txt`).
5. Items that are no issue: a bare batch of matters (一批问题: `VAGUE_HEAD`), a place's
   building date and kind (是五十年代建成的老纺织厂宿舍院: `DATED`), how often a cadre urged
   (劝了几回: `ATTEMPTS`).
"""

import pytest

from kg.extract.issue_items import keep
from kg.extract.place_window import name_window
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

LED = "5月6日，河口区政协副主席杜文清带领{post}许明涛、钟雅丽来到青石社区，与居民座谈。"


@pytest.mark.parametrize("post", ["政协委员", "区政协委员"])
def test_members_led_under_a_bare_post_visit_with_the_leader(post):
    got = visits(facts_of(LED.format(post=post)))
    assert {("杜文清", "青石社区"), ("许明涛", "青石社区"), ("钟雅丽", "青石社区")} <= got


def test_precision_a_post_written_after_a_name_still_joins_it():
    # 周正|街道党工委副书记|带领: no verb before the title, the name's own post
    got = visits(facts_of("5月6日，由周正街道党工委副书记带领，区政协委员许明涛来到青石社区，与居民座谈。"))
    assert ("许明涛", "青石社区") in got


YARD = ("4月2日，区委书记韩立春走进柳荫社区和松涛社区，与居民拉家常。\n"
        "在柳荫社区{yard}，几位老人围了上来。居民刘阿姨拉着韩立春说：“楼道里的扶手锈断了，没人来修。”\n"
        "随后，韩立春来到松涛社区。")


def test_a_compound_named_by_its_street_and_side_is_the_stop():
    facts = facts_of(YARD.format(yard="长江路北院"))
    # the stop, and what the resident said there is raised there
    raised = {place for place, label in issues(facts) if "扶手锈断了" in label}
    assert ("韩立春", "长江路北院") in visits(facts) and raised == {"长江路北院"}


def test_precision_a_side_word_after_no_road_names_no_compound():
    # 医院|南院: no road's type word before the side
    assert name_window("来到医院南院，", 2) in ("医院南院", "医院")
    facts = facts_of(YARD.format(yard="南院"))
    assert not any(place == "南院" for _, place in visits(facts))


def test_a_stop_word_opens_an_estate_after_its_community():
    facts = facts_of("7月9日晚，街道党工委书记林海波来到永丰社区同乐里小区，与乘凉的居民拉起家常。居民说，楼顶漏水。")
    assert ("林海波", "同乐里小区") in visits(facts)


def test_precision_a_stop_word_before_people_or_a_company_stays_a_preposition():
    assert name_window("来到永丰社区同物业公司负责人交流", 2) == "永丰社区"
    assert name_window("来到永丰社区与辖区企业座谈", 2) == "永丰社区"
    assert name_window("来到永丰社区同社区干部交流", 2) == "永丰社区"


def test_the_village_committee_compound_is_no_place():
    facts = facts_of("5月8日晚，镇长高志军来到后林村，在村委大院里和村民代表围坐在一起。村民说，村道坑洼不平。")
    assert ("高志军", "后林村") in visits(facts)
    assert not any("村委大院" in place for _, place in visits(facts))


@pytest.mark.parametrize("item", ["一批", "大院是上世纪六十年代建成的老纺织厂宿舍院", "劝了好几回也没用"])
def test_announcements_settings_and_urging_are_no_issues(item):
    assert not keep(item)


@pytest.mark.parametrize("item", ["楼道堆放杂物多", "外墙管道锈蚀渗漏", "院里的路灯坏了一批"])
def test_precision_matters_stay_issues(item):
    assert keep(item)


ANNOUNCED = ("10月9日，区人大常委会主任赵德明带领{party}，深入青河街道视察背街小巷整治工作。\n"
             "代表们首先来到柳林社区桃源小区。有居民反映，下水道返味。\n"
             "视察结束后，代表们在青河街道代表联络站召开座谈会。区人大代表孟庆云提出，部分小巷缺少路灯。")


@pytest.mark.parametrize("party,toured", [("部分区人大代表", True), ("街道干部", False)])
def test_deputies_announced_in_the_first_stops_sentence_tour_from_the_start(party, toured):
    # 带领部分区人大代表，深入X街道: the party is announced with the first (area) stop; with no
    # deputies announced (precision), the deputy named at the meeting joins there only
    got = visits(facts_of(ANNOUNCED.format(party=party)))
    assert (("孟庆云", "桃源小区") in got) is toured


@pytest.mark.parametrize("item,kept", [("乡亲们都在外面租房住", False), ("租房补贴发放不及时", True)])
def test_residents_renting_away_from_home_is_background(item, kept):
    # 在外面租房住 (issue_away_pursuits.txt): where they stay, as 在外地打工 is; the rent's
    # subsidy paid late is a complaint
    assert keep(item) is kept
