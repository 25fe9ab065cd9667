"""Which places a tour's stops are: a named site inside the community the
officials are at, a community that receives them, a stop told by its rank,
a place after a modifier in a list, and who joins the tour from where.

Every fixture is invented for these tests.
"""

from tests.extraction import facts_of, issues, parent_name, visits


def test_a_named_estate_entered_inside_a_community_is_the_stop():
    f = facts_of("6月3日，副县长严明来到青峰街道北园社区，走进了北园新村。")
    assert visits(f) == {("严明", "北园新村")}


def test_a_generic_place_looked_at_inside_a_community_leaves_the_community_the_stop():
    f = facts_of("6月3日，副县长严明来到北园社区，察看了社区养老服务中心的运营情况。")
    assert visits(f) == {("严明", "北园社区")}


def test_a_community_where_something_was_done_first_stays_beside_the_site():
    f = facts_of("6月3日，副县长严明来到北园社区，听取社区工作汇报，随后察看了北园社区养老服务中心。")
    assert visits(f) == {("严明", "北园社区"), ("严明", "北园社区养老服务中心")}


def test_the_first_place_read_is_the_parent_of_a_site_entered_from_it():
    # the first place of a report has id 0: still the container of the site (not lost as falsy)
    f = facts_of("6月3日，在云锦居民区，副县长严明走进刚刚完成“美丽家园”改造的云锦苑，察看了新铺设的透水路面。")
    assert visits(f) == {("严明", "云锦苑")}
    assert parent_name(f, "云锦苑") == "云锦居民区"


def test_a_community_that_receives_the_party_is_a_stop_beside_an_estate_in_it():
    f = facts_of(
        "6月3日上午，北园社区迎来了副县长严明一行。社区党委书记介绍了垃圾分类情况。"
        "在北园社区的幸福家园小区，严明察看了垃圾投放亭。"
    )
    assert visits(f) == {("严明", "北园社区"), ("严明", "幸福家园小区")}


def test_a_stop_told_by_its_rank_in_the_tour():
    f = facts_of("6月3日，副县长严明此次调研的第一站是青禾社区党群服务中心。")
    assert visits(f) == {("严明", "青禾社区党群服务中心")}
    f = facts_of("6月3日，副县长严明来到白鹭村。青禾社区党群服务中心是此次调研的最后一站。")
    assert ("严明", "青禾社区党群服务中心") in visits(f)


def test_a_modifier_before_a_later_item_of_a_list():
    f = facts_of("6月3日，副县长严明先后察看了桂花巷院落、青禾长者食堂和正在建设的银杏口袋公园。")
    assert visits(f) == {("严明", "桂花巷院落"), ("严明", "青禾长者食堂"), ("严明", "银杏口袋公园")}


def test_a_walk_over_is_a_visit_verb():
    f = facts_of("6月3日，副县长严明先后踏看了槐花坊小区和青溪公园。")
    assert visits(f) == {("严明", "槐花坊小区"), ("严明", "青溪公园")}


def test_a_place_qualifying_what_is_looked_at_in_a_community_is_no_stop():
    f = facts_of("6月3日，副区长严明来到北园社区，调研背街小巷整治工作。")
    assert visits(f) == {("严明", "北园社区")}


def test_co_leaders_under_one_title_both_make_the_partys_visits():
    f = facts_of(
        "4月22日，区人大常委会副主任严明、柴青带领部分区人大代表，视察全区老年助餐服务工作。"
        "视察组一行首先来到青淮湾街道颐安睦邻中心。"
    )
    assert {("严明", "颐安睦邻中心"), ("柴青", "颐安睦邻中心")} <= visits(f)


def test_a_community_where_residents_raised_issues_stays_beside_an_estate_in_it():
    # the community's own paragraph: its secretary and a resident speak there, before the estate inside it
    f = facts_of(
        "6月3日，区政协副主席严明带领部分委员开展视察。委员们首先来到柳湾街道北园社区。"
        "社区党委书记介绍，社区居民反映最多的是停车难，小区里车位严重不足。\n"
        "在北园社区的幸福家园小区，委员们走进独居老人家中。居民反映，楼道灯坏了好几个月没人修。"
    )
    assert visits(f) == {("严明", "北园社区"), ("严明", "幸福家园小区")}


def test_a_community_that_only_frames_the_stops_is_no_visit():
    # issues raised at the estates named after it: the community holds them, it is no stop
    f = facts_of(
        "6月3日，副县长严明来到北园社区，先后走访了幸福家园小区和桂花苑小区。"
        "幸福家园小区的居民反映，楼道灯坏了好几个月没人修。"
    )
    assert ("严明", "北园社区") not in visits(f)


def test_a_paragraph_opening_at_an_area_sets_the_party_looking_around_there():
    f = facts_of(
        "6月3日，区政协副主席严明带领部分委员开展视察。委员们首先来到望湖农贸市场。\n"
        "在北园社区的槐荫片区，改造工程已进入收尾阶段。委员们察看了新修的亲水步道和社区食堂。"
    )
    assert visits(f) == {("严明", "望湖农贸市场"), ("严明", "槐荫片区")}


def test_deputies_as_a_party_word_when_only_their_leader_is_named():
    # 代表们: the head of 人大代表, though no deputy is named in the report
    f = facts_of(
        "6月3日，县人大常委会主任严明带领部分人大代表视察农村饮水工作。"
        "在柳岸镇河口村，代表们随机走进村民孙大伯家，打开水龙头察看水质。"
    )
    assert visits(f) == {("严明", "河口村")}


def test_while_doing_something_is_no_place():
    f = facts_of(
        "6月3日，县人大常委会主任严明带领视察组来到柳岸镇河口村。"
        "视察组在肯定全县农村饮水工作成效的同时，建议加大投入。"
    )
    assert visits(f) == {("严明", "河口村")}


def test_a_walk_along_a_river_from_a_village_is_the_stop():
    f = facts_of("6月3日，副镇长严明来到河口村，沿着青溪河察看河道保洁情况。村民反映，河边的护栏断了好几处。")
    assert visits(f) == {("严明", "青溪河")}
    assert {place for place, _ in issues(f)} == {"青溪河"}


def test_a_phrase_opened_by_a_type_word_is_no_place():
    # 小区业主群里: a chat group inside an estate, not an estate named 小区业主群
    f = facts_of(
        "6月3日，区政协主席严明带领区政协委员钟小川来到北园社区。钟小川说，他在小区业主群里收集了大家的意见。"
    )
    assert visits(f) == {("严明", "北园社区"), ("钟小川", "北园社区")}


def test_a_name_written_alone_elsewhere_is_not_glued_to_home():
    # 钟小川|家|就住在附近: his home, not a person named 钟小川家
    f = facts_of(
        "6月3日，区政协主席严明带队视察，区政协委员尚晓川、吴晓燕参加视察。视察组来到北园社区。"
        "区政协委员尚晓川家就住在附近，他告诉视察组，楼道灯坏了。"
    )
    assert set(f.officials) == {"严明", "尚晓川", "吴晓燕"}


def test_named_places_looked_at_one_after_another_in_a_community_are_stops():
    f = facts_of("6月3日，副区长严明到西河街道，走进柳湾社区，先后察看了桂花里院落、柳湾社区长者食堂和正在建设的银桂口袋公园。")
    assert visits(f) == {("严明", "桂花里院落"), ("严明", "长者食堂"), ("严明", "银桂口袋公园")}
    assert parent_name(f, "长者食堂") == "柳湾社区"


def test_a_community_cadres_issue_after_the_stops_inside_it_keeps_it_a_frame():
    f = facts_of(
        "6月3日，副区长严明走进柳湾社区，先后察看了桂花里院落和银桂口袋公园。"
        "柳湾社区党委书记吴红介绍，院落改造遇到了手续上的难题。"
    )
    assert ("严明", "柳湾社区") not in visits(f)


def test_a_walk_opening_the_sentence_before_the_official():
    f = facts_of("6月3日，副镇长严明来到桂花里小区。沿着青溪河步道，严明察看了河道保洁情况。")
    assert visits(f) == {("严明", "桂花里小区"), ("严明", "青溪河步道")}


def test_a_class_of_estates_the_report_counts_is_no_stop():
    # 部分无主小区: the phrase names a class, not one estate (place_quantifiers.txt)
    f = facts_of(
        "6月3日，街道办事处主任严明深入北园社区走访无主小区，听取居民意见。"
        "辖区部分无主小区长期没有物业管理。"
    )
    assert visits(f) == {("严明", "北园社区")}


def test_a_named_estate_written_near_another_place_is_still_a_stop():
    f = facts_of("6月3日，街道办事处主任严明走访青禾小区，听取居民意见。附近青禾小区的居民也赶来反映情况。")
    assert visits(f) == {("严明", "青禾小区")}


def test_deputies_named_at_a_later_stop_join_from_that_stop_on():
    # both stops told in one sentence; the deputies are first named at the second
    f = facts_of(
        "6月3日，县人大常委会主任严明来到青峰街道，走访了北园社区和青峰街道代表联络站。"
        "在北园社区，他了解了加装电梯进展。"
        "在代表联络站，严明与县人大代表柴青、韩露一起接待选民。"
    )
    got = visits(f)
    assert ("柴青", "青峰街道代表联络站") in got and ("韩露", "青峰街道代表联络站") in got
    assert ("柴青", "北园社区") not in got and ("韩露", "北园社区") not in got
    assert ("严明", "北园社区") in got


def test_an_area_told_before_the_first_stop_sums_up_the_tour():
    # the first stop (首先) comes after the area's sentence: the area was the tour's summary
    f = facts_of(
        "6月3日，副区长严明到青峰街道，调研背街小巷整治和社区服务工作，现场听取居民意见。"
        "严明首先来到北园社区的松涛小区，察看了新修的步道。"
        "随后，严明来到青峰街道便民服务中心。"
    )
    assert visits(f) == {("严明", "松涛小区"), ("严明", "青峰街道便民服务中心")}


def test_an_area_where_something_was_done_stays_a_stop_without_a_first_stop_after_it():
    f = facts_of(
        "6月3日，副区长严明到青峰街道，听取街道工作汇报。"
        "随后，严明来到北园社区的松涛小区，察看了新修的步道。"
    )
    assert visits(f) == {("严明", "青峰街道"), ("严明", "松涛小区")}


def test_an_area_whose_sentence_goes_on_to_a_round_of_visits_is_no_stop():
    # the listening belongs to the round (走访…), not to the subdistrict itself
    f = facts_of(
        "6月3日，副区长严明到青峰街道，走访学校和卫生服务中心，听取家长和居民的意见建议。"
        "随后，严明走进青峰街道社区卫生服务中心，察看了药房。"
    )
    assert visits(f) == {("严明", "青峰街道社区卫生服务中心")}


def test_a_community_told_before_the_first_stop_inside_it_is_no_stop():
    f = facts_of(
        "6月3日，副区长严明到青峰街道北园社区走访调研，听取居民对社区服务的意见。"
        "严明首先来到北园社区的松涛小区，察看了新修的步道。"
    )
    assert visits(f) == {("严明", "松涛小区")}


def test_officials_receiving_people_at_an_event_a_place_hosts_visit_it():
    # the place hosts an event (no official after its host verb); those then named receiving people join
    f = facts_of(
        "6月3日上午，青峰街道人大代表联络站迎来本月的代表接待日。"
        "区人大代表、区水务局局长严明，市人大代表柴青一同接待选民，街道人大工委主任韩露陪同。"
    )
    assert visits(f) == {("严明", "青峰街道人大代表联络站"), ("柴青", "青峰街道人大代表联络站")}


def test_a_visit_at_night_is_a_visit_verb():
    f = facts_of("6月3日晚，区城管局局长严明夜访青禾夜市，察看了摊位排水沟。")
    assert visits(f) == {("严明", "青禾夜市")}


# ------------------------------------------------------------------ session 9 (invented fixtures)
def test_an_event_in_an_officials_own_area_is_no_visit_of_theirs():
    # a city official at a meeting held in a district visits it; the district's head works there
    f = facts_of("市人大常委会在柳河区召开代表座谈会。市人大常委会副主任蓝启航、柳河区区长钟晓岚出席会议并讲话。")
    assert visits(f) == {("蓝启航", "柳河区")}
    f = facts_of("区政府在柳河区召开城市更新推进会。柳河区区长钟晓岚出席会议并讲话。")
    assert visits(f) == set()


def test_a_place_listed_beside_a_place_inside_it_is_a_stop_of_its_own():
    f = facts_of("副区长钟晓岚先后来到榆钱社区、榆钱社区养老服务中心和翠竹小区。在养老服务中心，老人们反映助餐点只有午餐。")
    assert visits(f) == {("钟晓岚", "榆钱社区"), ("钟晓岚", "榆钱社区养老服务中心"), ("钟晓岚", "翠竹小区")}


def test_leaving_a_place_tells_the_party_was_there():
    # 离开X，…来到Y: X was a stop of its own, beside the stop inside it
    text = "副区长钟晓岚直接走进了榆钱社区老年食堂，察看饭菜质量。离开榆钱社区，钟晓岚又来到柳河街道综治中心，了解矛盾调处情况。"
    got = visits(facts_of(text))
    assert ("钟晓岚", "榆钱社区") in got, got
    assert ("钟晓岚", "榆钱社区老年食堂") in got, got
