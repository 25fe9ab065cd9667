"""Session 41 (FAULTS41, p143): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A bare community-level type word and 中 before a site's type word (村中祠堂, 村中广场)
   locates the site in the unit just named, as 村里/村内 do; it names no site, and the
   unit stays the stop (`place_proper_part._unit_middle`).
2. A table's header cell may close its head noun with a word for its text (诉求内容:
   `table_head_tails.txt`), and a column of the rows' raisers (提出人, 反映人) beside
   the issue column says the rows were raised (`issue_content._raiser_cell`,
   `ContentReader.header_table`).
3. An item of a raising naming a stop first visited after the raising (A片区积水过膝, then
   察看了A片区) tells where the problem lies; it and the items after it stay where the
   raising is made (`IssueReader.stop_told_later`, `named_stop`).
4. A person whose lead word takes residents who raise at once (组长甲带着几户村民反映) brings
   them to speak and leads no party (`officials.leads_raisers`).
5. 乡 opening the words for a township's people (乡亲, 乡贤: `place_type_char_words.txt`)
   ends no township's name (由旅美乡亲捐建的X: no township 旅美乡).
6. The members of a 等-list opening an item that goes on after 等 (A、B等老旧小区停车位不足)
   name instances of its subject; the item is the subject and its predicate, no member is an
   item of its own (`issue_items._listed_subjects`).
7. A place named again by a two-character tail of its name (老村 after 青石老村) is that place
   (`places.PlaceRegistry._shortened`, `MIN_TAIL`).
"""

import pytest

from kg.extract.place_proper_part import is_named
from kg.extract.place_segments import segment
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

HALL = ("4月3日，县人大常委会主任孙建华带队到青松镇调研。在白石村，调研组在{spot}前召开座谈会。"
        "村民代表刘大山提出，村里的垃圾收运点太少，夏天气味难闻。")


def test_a_site_in_the_middle_of_the_village_is_no_stop():
    facts = facts_of(HALL.format(spot="村中礼堂"))
    assert ("孙建华", "白石村") in visits(facts)
    assert any(place == "白石村" and "垃圾收运点太少" in label for place, label in issues(facts))
    assert not any("村中" in place for _, place in visits(facts))


def test_precision_units_above_a_village_and_type_words_opening_with_zhong_keep_their_names():
    # 城中社区, 县中医院: a name and a hospital of traditional medicine, no locative
    assert is_named(segment("城中社区")) and is_named(segment("县中医院"))
    assert not is_named(segment("村中广场"))


TABLE = ("6月12日，区政协委员吴晓梅到柳岸街道红枫社区委员工作室接待群众。社区书记王丽把近期汇总的事项整理成表，逐项与委员商量：\n"
         "序号｜{head}｜{who}\n"
         "1｜红枫小区地下车库漏水，车辆受损｜居民张先生\n"
         "2｜菜市场门口积水，行人绕行｜网格员\n")


def test_a_table_of_requests_with_a_column_of_raisers_is_raised():
    got = issues(facts_of(TABLE.format(head="诉求内容", who="提出人")))
    assert {label for _, label in got} >= {"红枫小区地下车库漏水", "菜市场门口积水"}


def test_precision_a_column_of_no_raisers_reads_no_table():
    # 责任人: who answers for the row, no raiser of it
    got = issues(facts_of(TABLE.format(head="诉求内容", who="责任人")))
    assert not any(label.startswith("菜市场门口积水") for _, label in got)


MEETING = ("9月3日，河湾镇镇长郑国平到柳塘村现场办公。在村委会会议室，柳塘村党支部书记周海汇报：一是村东主渠淤塞，"
           "每逢大雨，石岭片区积水过膝；二是村道路灯坏了一半，晚上出行不便。\n"
           "随后，郑国平{after}。")


@pytest.mark.parametrize("after", ["一行沿着水渠，实地察看了石岭片区和竹园片区", "要求尽快清淤"])
def test_an_item_naming_a_stop_visited_later_stays_at_the_meeting(after):
    # 石岭片区: where the water stands, visited after the meeting (or never): the items are
    # raised at the village
    got = issues(facts_of(MEETING.format(after=after)))
    assert ("柳塘村", "村道路灯坏了一半") in got and not any(place == "石岭片区" for place, _ in got)


FOLLOW = ("2023年8月2日，记者跟随青山镇石门村驻村第一书记王志强走村入户。第一站是上坪村民小组。村民李伯说，巷道一下雨就满是泥浆。\n"
          "在下坪村民小组，村民小组长张永昌{led}，灌溉用的水圳年久失修。")


def test_a_cadre_bringing_residents_to_raise_leads_no_party():
    got = visits(facts_of(FOLLOW.format(led="带着几户村民反映")))
    assert {("王志强", "上坪村民小组"), ("王志强", "下坪村民小组")} <= got
    assert not any(who == "张永昌" for who, _ in got)


def test_precision_a_cadre_leading_the_party_to_a_place_still_leads():
    from kg.extract.officials import leads_raisers
    assert not leads_raisers("张永昌带着大家来到水圳边，", 3)
    assert leads_raisers("张永昌带领村民代表提出，", 3)


def test_fellow_villagers_open_no_township_name():
    # 乡亲 (`place_type_char_words.txt`): 由旅美|乡亲捐建的, no township 旅美乡
    got = visits(facts_of("4月2日，市委书记林振华到石湾镇调研。林振华来到由旅美乡亲捐建的石湾镇侨心小学，了解办学情况。"))
    assert ("林振华", "石湾镇侨心小学") in got or ("林振华", "侨心小学") in got
    assert not any(place.endswith("乡") for _, place in got)


def test_precision_a_township_before_its_people_keeps_its_name():
    got = visits(facts_of("4月2日，县委书记林振华来到石湾乡，与石湾乡乡亲座谈。"))
    assert ("林振华", "石湾乡") in got


LISTED = ("6月5日，区人大代表王丽到青桥街道代表联络站接待选民。选民们反映的问题主要有：一是{item}；"
          "二是菜市场周边占道经营严重。")


def test_members_of_a_listed_subject_are_no_items():
    got = {label for _, label in issues(facts_of(LISTED.format(item="辖区内桃源里、杏花村等老旧小区停车位严重不足")))}
    assert "老旧小区停车位严重不足" in got
    assert not any(label.endswith("桃源里") for label in got)


def test_precision_a_topic_list_closed_by_its_head_noun_is_cut():
    from kg.extract.issue_items import split_items
    assert split_items("路灯不亮、路面坑洼等问题比较突出")[0] == "路灯不亮"


OLD_VILLAGE = ("1月16日，街道党工委书记邓家豪带队走访。走访第一站是青石社区的青石老村。{then}内巷道狭窄、楼栋密集。"
               "居民反映，老村排水管网老化，污水漫到巷子里。")


def test_a_place_named_again_by_a_two_character_tail_is_that_place():
    got = issues(facts_of(OLD_VILLAGE.format(then="老村")))
    assert ("青石老村", "老村排水管网老化") in got and not any(place == "老村" for place, _ in got)


def test_precision_a_village_no_earlier_name_ends_with_stays_its_own():
    got = visits(facts_of("1月16日，街道党工委书记邓家豪带队走访。邓家豪先后来到河西村和东村。在东村，村民反映，村道排水不畅。"))
    assert {("邓家豪", "河西村"), ("邓家豪", "东村")} <= got
