"""FAULTS38_p127 (session 38): south-China reports (Pearl River delta cooperatives, market towns,
deputies' inspections, fishing villages).

1. A village's economic cooperative (X经济联社, X经济社) is a place at site level under its
   community, as a villagers' group is (`place_suffixes.tsv`).
2. A market town's street (X圩, X墟) is a site, a stop of its own (`place_suffixes.tsv`).
3. (Taken back at integration: 条 as a classifier of the grammar, 几条街巷 no named place, gave a
   sealed report four false visits; the named street entered stays a place.)
4. 在X组织下 (organised, arranged or guided by X: `agency_under_verbs.txt`) names who
   organises the party, no stop, as 在X陪同下 did.
5. 淤积 (silted up) states a problem (`issue_problem_words.txt`), so a span of years after it
   (淤积多年) is no background.
6. 还有人V inside a clause (岸边还有人偷倒垃圾) is one clause, not a list cut at 还有.
7. A request act alone after a list closed by 等 and a head noun (…等困难，建议X:
   `issue_bare_added_acts.txt`, `issue_words.bare_request_after_list`) opens a second raising of
   the same raisers, as …，还建议X did; after a plain clause it does not (a sealed report).
(渔村/山村 as kinds of village, no name, was tried and taken back: 和平山村 — a village 平山村 —
 stopped cutting a list of villages.)
8. A request's means (建议借鉴X村的做法，发展Y: `issue_means_words.tsv`) is no issue when the
   clause asked for follows it.
9. A point after ； goes on with the speech before it (在X码头，渔民说：A；B): an opener of the full
   sentence places it, as it places A (`IssuePlacement.issue_places`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, labels_in_village, parent_name, visits

pytestmark = pytest.mark.fast


# --- 1. economic cooperatives


def test_an_economic_cooperative_is_the_stop_inside_its_community():
    f = facts_of("11月5日，镇党委书记罗启明带队到青湾社区上沙经济联社、石岗社区下塘经济社调研。\n\n"
                 "在上沙经济联社，社员们反映了分红减少、安置房不足等问题。")
    assert {("罗启明", "上沙经济联社"), ("罗启明", "下塘经济社")} <= visits(f)
    assert parent_name(f, "上沙经济联社") == "青湾社区"
    assert {("上沙经济联社", "分红减少"), ("上沙经济联社", "安置房不足")} <= issues(f)


def test_precision_a_cooperative_unnamed_is_no_place():
    f = facts_of("11月5日，镇党委书记罗启明到青湾社区调研，听取各经济社社员的意见。")
    assert visits(f) == {("罗启明", "青湾社区")}


# --- 2. a market town's street


def test_a_market_street_is_a_stop_and_its_issues_are_raised_there():
    # (the analyser reads 芬岗镇汀梅圩 as a person's name: the type word makes it a place)
    f = facts_of("11月6日，县长黄立平来到芬岗镇白沙村调研。村民反映村道太窄。\n\n第二天一早，黄立平来到芬岗镇汀梅圩。"
                 "这条老街始建于清末。商户们反映，圩日车辆乱停，老街没有公共厕所。")
    assert ("黄立平", "汀梅圩") in visits(f) and ("黄立平", "芬岗镇") not in visits(f)
    assert ("汀梅圩", "圩日车辆乱停") in issues(f)


def test_precision_a_market_day_is_no_place():
    f = facts_of("11月6日，县长钟立群来到石岭镇白沙村调研。村民反映，逢圩日村道堵车。")
    assert visits(f) == {("钟立群", "白沙村")}


# --- 3. a count of streets


def test_precision_a_named_street_entered_is_still_a_place():
    f = facts_of("12月1日，市政协委员陈丽深入东港镇南岭社区，走进南岭社区榕树巷，查看消防设施。")
    assert any(place.endswith("榕树巷") for _, place in visits(f))


# --- 4. 在X组织下


def test_the_organiser_of_an_inspection_is_no_stop():
    f = facts_of("11月30日上午，区人大代表李明、王芳在青石街道人大代表联络站组织下，视察竹园社区防涝设施建设情况。")
    assert not any(place.endswith("联络站") for _, place in visits(f))
    assert ("李明", "竹园社区") in visits(f)


def test_precision_a_station_where_deputies_are_is_their_stop():
    f = facts_of("11月30日上午，区人大代表李明、王芳在青石街道人大代表联络站，接待选民来访。")
    assert ("李明", "青石街道人大代表联络站") in visits(f)


# --- 5. silted up for years


def test_a_ditch_silted_up_for_years_is_an_issue():
    assert "村前那条水沟淤积多年" in labels_in_village("村民说，村前那条水沟淤积多年，夏天蚊子多。")


def test_precision_a_ditch_dug_years_ago_is_background():
    assert not any(label.startswith("村前") for label in labels_in_village("村民说，村前那条水沟挖了多年，夏天蚊子多。"))


# --- 6. 还有人V


def test_someone_still_dumping_is_one_clause():
    got = labels_in_village("村民聊到了烦心事：水塘今年又出现黑臭，岸边还有人偷倒建筑垃圾。")
    assert "岸边还有人偷倒建筑垃圾" in got and "岸边" not in got


def test_precision_还有_between_two_complaints_still_cuts_them():
    got = labels_in_village("村民聊到了烦心事：水塘又出现黑臭还有路灯不亮。")
    assert {"水塘又出现黑臭", "路灯不亮"} <= got


# --- 7. a bare request act after a list


def test_a_request_after_a_closed_list_is_read():
    got = labels_in_village("村支书李强反映了路灯不亮等问题，建议硬化村道。")
    assert {"路灯不亮", "硬化村道"} <= got


def test_precision_a_bare_account_after_a_list_opens_no_raising():
    got = labels_in_village("村支书李强反映了路灯不亮等问题，介绍了村里的发展情况。")
    assert got == {"路灯不亮"}


# --- 8. the means of a request


def test_the_way_to_follow_is_no_issue_what_is_asked_is():
    got = labels_in_village("村支书李强反映了集体经济收入薄弱等困难，建议借鉴邻镇东山村的做法，发展农家乐和研学游。")
    assert "发展农家乐和研学游" in got
    assert not any("做法" in label for label in got)


def test_precision_a_request_to_learn_alone_stays():
    assert "借鉴外地经验" in labels_in_village("村支书李强建议借鉴外地经验。")


# --- 9. a speech cut at ； stays where it was opened


def test_a_point_after_a_semicolon_is_raised_where_the_speech_opened():
    got = issues(facts_of("11月20日，县长刘明赶到青石镇五丰村。在五丰码头，渔民们围着县长诉说："
                          "港池淤积，大船进出要看潮水；冷库容量小，鱼卖不上价。"))
    assert {("五丰码头", "港池淤积"), ("五丰码头", "冷库容量小")} <= got


def test_precision_a_new_sentence_after_the_speech_goes_back_to_the_stop():
    got = issues(facts_of("11月20日，县长刘明赶到青石镇五丰村。在五丰码头，渔民们围着县长诉说：港池淤积。"
                          "\n\n在村委会，村民们反映，村道太窄。"))
    assert ("五丰码头", "港池淤积") in got and ("五丰村", "村道太窄") in got
