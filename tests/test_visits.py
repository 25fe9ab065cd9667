"""The visit frame: an actor, a movement / presence / activity, and a place;
plus the report date and the evidence a visit carries.

Every fixture is invented for these tests.
"""

import datetime as dt

import pytest

from kg.extract.visit_verbs import verb_used_as_noun
from tests.extraction import facts_of, issues, parent_name, posts, visits


# ------------------------------------------------------------------ movement and inspection verbs
@pytest.mark.parametrize("verb", ["来到", "前往", "赴", "深入", "走访", "走进", "实地察看", "去了", "实地检查了", "踏勘"])
def test_visit_verbs(verb):
    f = facts_of(f"区长程立远{verb}梧桐街道竹韵居民区，了解情况。")
    assert visits(f) == {("程立远", "竹韵居民区")}


def test_going_to_find_out_is_not_going_somewhere():
    # 去了解: 了 starts 了解, so no place follows 去
    f = facts_of("区长程立远来到梧桐街道。程立远还去了解放路街道的情况汇报材料。")
    assert visits(f) == {("程立远", "梧桐街道")}


def test_two_stops_by_the_same_movement_verb():
    f = facts_of("区委常委钟晓岚带队检查防汛工作。上午，钟晓岚一行先去了滨河街道，随后又去了青枫街道，察看泵站运行。")
    assert visits(f) == {("钟晓岚", "滨河街道"), ("钟晓岚", "青枫街道")}


def test_dao_after_a_verb():
    f = facts_of("区长程立远深入到梧桐街道竹韵社区，了解到居民丹枫小区的情况。")
    assert visits(f) == {("程立远", "竹韵社区")}


def test_words_ending_in_a_visit_verb_are_not_visits():
    f = facts_of("区长程立远来到梧桐街道。要确保做到竹韵社区全覆盖，让居民受到松涛小区的欢迎。")
    assert visits(f) == {("程立远", "梧桐街道")}


# ------------------------------------------------------------------ a visit verb used as a noun
@pytest.mark.parametrize(
    "text, start, end",
    [("居民向走访人员提出", 3, 5), ("此次调研发现小区", 2, 4), ("走访中了解到", 0, 2), ("来到竹韵社区", 0, 2)],
)
def test_verb_used_as_noun(text, start, end):
    assert verb_used_as_noun(text, start, end) == (text != "来到竹韵社区")


def test_a_visit_verb_used_as_a_noun_starts_no_place():
    f = facts_of(
        "区人大常委会副主任邢远舟来到青枫街道杏林社区，开展代表联系群众活动。"
        "会上，居民代表向走访人员提出了小区路灯损坏、楼道堆物等问题。此次调研发现小区停车位不足。"
    )
    assert visits(f) == {("邢远舟", "杏林社区")}


# ------------------------------------------------------------------ actors
def test_pronoun_and_party_resolve_to_the_official():
    f = facts_of("区长程立远主持会议。会后，他带队赴梧桐街道竹韵居民区。\n随后，一行人来到青枫街道杏林社区。")
    assert visits(f) == {("程立远", "竹韵居民区"), ("程立远", "杏林社区")}


def test_receiving_people_in_a_paragraph_about_a_place_puts_the_official_there():
    # 接待 is an activity, like 座谈: the official is where the paragraph is
    f = facts_of("柏溪镇青石村代表联络站里热闹非凡。县人大代表冯立平正在接待前来反映问题的村民。")
    assert visits(f) == {("冯立平", "青石村代表联络站")}


def test_officials_listed_together_visit_together():
    f = facts_of("区委书记陈启航、区长程立远一同来到滨河街道松涛新村。")
    assert visits(f) == {("陈启航", "松涛新村"), ("程立远", "松涛新村")}


def test_a_listed_team_with_a_party_word_all_visit():
    f = facts_of("区人大常委会主任马启华，副主任汪晴、许向东一行来到青枫街道杏林居民区。")
    assert visits(f) == {("马启华", "杏林居民区"), ("汪晴", "杏林居民区"), ("许向东", "杏林居民区")}


def test_officials_listed_with_long_posts_between_them_visit_together():
    f = facts_of(
        "市委常委、宣传部部长郑启明，市委常委、滨河区委书记、滨河新区党工委书记陈远航，"
        "滨河区人大常委会主任李晴，以市人大代表身份到履职联络站参加接待选民日。"
    )
    assert {who for who, _ in visits(f)} == {"郑启明", "陈远航", "李晴"}


def test_accompanying_official_is_not_the_visitor():
    f = facts_of("副区长程立远来到梧桐街道竹韵居民区开展调研，街道党工委书记李启陪同。")
    assert visits(f) == {("程立远", "竹韵居民区")}
    assert f.officials["李启"].role == "accompanying"


def test_a_plural_party_word_is_the_whole_team():
    f = facts_of("区政协委员钟启航、许晴来到青枫街道杏林社区。\n委员们先后走访察看了松风和竹影两个小区。")
    assert {(who, place) for who, place in visits(f) if place != "杏林社区"} == {
        ("钟启航", "松风"),
        ("许晴", "松风"),
        ("钟启航", "竹影"),
        ("许晴", "竹影"),
    }


def test_an_organisations_visit_is_joined_by_the_officials_named_there():
    f = facts_of(
        "区政协办公室组织部分委员来到青枫街道杏林社区，开展协商议事活动。\n"
        "座谈会上，区政协副主席钟启航介绍了协商议题。区政协秘书长许晴表示将跟进上次建议的办理。"
    )
    assert visits(f) == {("钟启航", "杏林社区"), ("许晴", "杏林社区")}


def test_residents_coming_to_a_place_is_no_organisations_visit():
    f = facts_of("居民们陆续来到杏林社区广场。\n区政协委员钟启航向居民征求意见。街道办主任许晴介绍了改造计划。")
    assert ("许晴", "杏林社区广场") not in visits(f)


# ------------------------------------------------------------------ presence and activity at 在X
def test_an_official_at_a_place_is_a_visit_whatever_they_do_there():
    f = facts_of("区长程立远在梧桐街道竹韵社区主持召开座谈会，听取居民关于停车难的意见。")
    assert visits(f) == {("程立远", "竹韵社区")}


def test_presence_after_an_adverb():
    f = facts_of("区长程立远来到梧桐街道。当天下午，程立远已在竹韵社区主持召开居民恳谈会。")
    assert ("程立远", "竹韵社区") in visits(f)


def test_presence_when_the_clause_after_zai_opens_with_the_official():
    f = facts_of("区委书记蓝启航来到青枫街道，进社区听民声。\n在青枫街道杏林社区，蓝启航同二十多位居民代表围坐交流。")
    assert visits(f) == {("蓝启航", "杏林社区")}
    assert parent_name(f, "杏林社区") == "青枫街道"


def test_presence_when_the_official_after_zai_is_written_with_a_title():
    f = facts_of("区委书记蓝启航到青枫街道开展调研。\n在杏林社区，区政协委员钟启航与居民代表坐在一起商量改造方案。")
    assert ("钟启航", "杏林社区") in visits(f)


def test_a_second_zai_stop_in_a_paragraph():
    f = facts_of("区长程立远在梧桐街道竹韵社区察看了垃圾分类点。随后，在松涛小区，程立远同居民交流。")
    assert visits(f) == {("程立远", "竹韵社区"), ("程立远", "松涛小区")}


def test_an_event_held_at_a_place_that_the_official_attends():
    f = facts_of("市人大常委会在滨河区召开代表座谈会，听取基层意见。市人大常委会副主任钟启航出席会议并讲话。")
    assert visits(f) == {("钟启航", "滨河区")}


def test_a_place_in_an_officials_speech_is_not_a_visit():
    f = facts_of("区长程立远来到梧桐街道竹韵社区。\n程立远要求，在青枫街道杏林社区推广竹韵社区的经验。")
    assert visits(f) == {("程立远", "竹韵社区")}


def test_implied_visit_from_place_context_and_presence():
    f = facts_of("区政协主席周晴来到梧桐街道。\n在青枫街道明月一期的小广场，居民们正在排练。周晴驻足观看，与居民交流。")
    assert ("周晴", "明月一期") in visits(f)


def test_paragraph_about_a_place_then_an_official_present():
    f = facts_of("区长程立远来到青枫街道。\n青枫街道将晨光居委会打造成居民议事厅。程立远实地查看议事厅建设情况。")
    assert ("程立远", "晨光居委会") in visits(f)
    assert ("程立远", "青枫街道") not in visits(f)  # the subdistrict is coarser than a stop inside it


def test_a_place_around_the_place_is_not_where_the_official_is():
    f = facts_of("区长程立远来到梧桐街道竹韵社区。\n竹韵社区地处青枫历史风貌区，程立远察看了弄堂修缮情况。")
    assert visits(f) == {("程立远", "竹韵社区")}


# ------------------------------------------------------------------ meeting a place's residents
def test_meeting_the_residents_of_a_place_is_a_visit_to_it():
    f = facts_of("区委书记蓝启航来到青枫街道，与杏林社区的居民代表围坐恳谈。居民们反映了电梯老化等问题。")
    assert visits(f) == {("蓝启航", "杏林社区")}
    assert parent_name(f, "杏林社区") == "青枫街道"


@pytest.mark.parametrize(
    "clause",
    ["看望了杏林社区的老党员和困难群众", "慰问杏林社区的独居老人", "听取杏林社区居民代表的意见建议"],
)
def test_calling_on_a_places_residents_is_a_visit_to_it(clause):
    f = facts_of(f"区长程立远主持召开座谈会。会后，程立远{clause}。")
    assert visits(f) == {("程立远", "杏林社区")}


def test_an_officials_report_about_a_place_is_no_visit():
    f = facts_of("区长程立远在会上听取了区民政局关于杏林社区养老服务的汇报。")
    assert visits(f) == set()


# ------------------------------------------------------------------ stops, coarse places and the tour's area
def test_looking_around_inside_a_visited_place_is_not_a_new_visit():
    f = facts_of("区长程立远来到梧桐街道竹韵居民区，走进竹韵食堂、青松书屋和梧桐卫生服务站，察看运行情况。")
    assert visits(f) == {("程立远", "竹韵居民区")}


def test_named_estates_entered_inside_a_visited_community_are_the_stops():
    # the community only frames them; its facilities are a look around it (test above)
    f = facts_of("区长程立远来到梧桐街道竹韵居民区，走进竹韵苑和青松小区，察看改造情况。")
    assert visits(f) == {("程立远", "竹韵苑"), ("程立远", "青松小区")}


def test_quantified_subdistrict_list_pruned_by_stops_inside():
    f = facts_of("区长程立远先后走进梧桐、青枫两个街道。\n在梧桐街道，程立远来到竹韵居民区。\n在青枫街道，程立远来到杏林社区。")
    assert visits(f) == {("程立远", "竹韵居民区"), ("程立远", "杏林社区")}
    assert parent_name(f, "杏林社区") == "青枫街道"


def test_a_community_where_something_was_done_stays_beside_a_stop_inside_it():
    f = facts_of("区长程立远来到梧桐街道竹韵社区，在社区议事厅听取了社区工作汇报。随后，程立远步行来到松涛小区，察看加装电梯施工。")
    assert visits(f) == {("程立远", "竹韵社区"), ("程立远", "松涛小区")}
    assert parent_name(f, "松涛小区") == "竹韵社区"


def test_a_later_stop_lies_in_the_tours_area():
    f = facts_of(
        "副区长钟晓岚到青枫街道开展调研。\n"
        "钟晓岚一行首先来到杏林社区丹枫花园小区，察看加装电梯工程。\n"
        "随后，一行人来到竹韵社区松涛小区，查看车棚改造。"
    )
    assert visits(f) == {("钟晓岚", "丹枫花园小区"), ("钟晓岚", "松涛小区")}
    assert parent_name(f, "杏林社区") == "青枫街道"


# ------------------------------------------------------------------ issues follow the scene
def test_issue_linked_to_the_place_visited_in_that_paragraph():
    f = facts_of(
        "区长程立远来到梧桐街道竹韵居民区，听取居民关于加装电梯的意见。\n"
        "随后，程立远来到青枫街道杏林社区，居民代表对停车难提出了建议。"
    )
    assert issues(f) == {("竹韵居民区", "加装电梯"), ("杏林社区", "停车难")}


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "text, default, expected",
    [
        ("2023年5月9日上午，区长程立远来到梧桐街道。", None, dt.date(2023, 5, 9)),
        ("5月9日，区长程立远来到梧桐街道，开展2022年二季度走访。", None, dt.date(2022, 5, 9)),
        ("5月9日，区长程立远来到梧桐街道。", dt.date(2021, 1, 1), dt.date(2021, 5, 9)),
        ("近日，区长程立远来到梧桐街道。", None, None),
    ],
)
def test_dates(text, default, expected):
    f = facts_of(text, default_date=default)
    assert f.date == expected
    assert all(v.date == expected for v in f.visits)


def test_year_from_file_name():
    f = facts_of("5月9日，区长程立远来到梧桐街道。", name="visit-2020-05-09.txt")
    assert f.date == dt.date(2020, 5, 9)


# ------------------------------------------------------------------ evidence
def test_evidence_offsets_point_into_the_original_text():
    damaged = "??5月9日,區(qū)長程立遠來到梧桐街道竹韻居民區(qū),聽取居民關於加裝電梯的意見。"
    f = facts_of(damaged)
    ev = f.visits[0].evidence
    assert "程立远" in ev.sentence
    assert damaged[ev.start:ev.end].startswith("5月9日,區(qū)長程立遠")


@pytest.mark.parametrize("clause", ["下一步将到杏林社区调研", "曾多次到杏林社区调研", "计划前往杏林社区"])
def test_a_planned_or_habitual_visit_is_not_this_visit(clause):
    f = facts_of(f"区长程立远来到梧桐街道竹韵社区，察看垃圾分类。\n程立远指出，{clause}。")
    assert visits(f) == {("程立远", "竹韵社区")}


# ------------------------------------------------------------------ returning, nearby places, headlines
@pytest.mark.parametrize("verb", ["回到", "返回"])
def test_returning_to_a_place_is_a_visit(verb):
    f = facts_of(f"九月初，驻村帮扶队队长严启航{verb}云岭县石桥镇桃溪村，了解秋收情况。")
    assert visits(f) == {("严启航", "桃溪村")}


def test_a_named_place_beside_the_visited_one_is_a_visit():
    f = facts_of("区长程立远来到梧桐街道枫林苑小区，与居民交谈。随后，程立远又来到小区对面的青禾菜市场，询问菜价。")
    assert visits(f) == {("程立远", "枫林苑小区"), ("程立远", "青禾菜市场")}


def test_a_headline_visit_to_an_area_gives_way_to_the_place_in_it_named_below():
    f = facts_of(
        "区人大主任到梧桐街道参加议事会\n"
        "5月6日，议事会在梧桐街道竹韵社区召开。区人大常委会主任程立远出席并讲话。"
    )
    assert visits(f) == {("程立远", "竹韵社区")}


def test_members_of_a_party_an_official_brought_join_the_visit():
    f = facts_of(
        "6月2日，区人大副主任程立远带领部分区人大代表来到梧桐街道竹韵社区，开展接待选民活动。\n"
        "座谈中，居民谈到了小区停车难。区人大代表钟晓岚、林海峰分别与居民深入交流。"
    )
    assert visits(f) == {("程立远", "竹韵社区"), ("钟晓岚", "竹韵社区"), ("林海峰", "竹韵社区")}


def test_a_visit_to_a_villagers_home_is_a_visit_to_the_village():
    f = facts_of("区长程立远来到云溪镇。\n在柏溪村村民王大山家里，程立远了解春耕情况。")
    assert visits(f) == {("程立远", "柏溪村")}


def test_a_place_name_starting_with_a_nominal_word_after_the_verb_is_visited():
    # 中 after a visit verb makes it a noun (走访中), but not where it begins a place's name
    f = facts_of("区长王强来到中山街道新风居民区。")
    assert visits(f) == {("王强", "新风居民区")}


def test_residents_received_at_a_station_raise_their_issues_there():
    f = facts_of(
        "7月3日，区人大代表程立远来到云溪镇人大代表联络站，接待来访群众。\n"
        "活动中，桃溪村村民反映：村口的石桥年久失修，雨天通行困难。"
    )
    places = {place for place, _ in issues(f)}
    assert places and places <= {"云溪镇人大代表联络站", "人大代表联络站"}


@pytest.mark.parametrize("verb", ["赶往", "暗访了", "走入"])
def test_more_visit_verbs(verb):
    f = facts_of(f"2024年5月6日，镇长邝明远{verb}杏林村，察看防汛物资。")
    assert visits(f) == {("邝明远", "杏林村")}


def test_a_count_of_the_officials_heads_is_their_party():
    f = facts_of(
        "2024年5月6日，县人大代表邝明远、钟晓岚来到云溪镇人大代表联络站，接待选民。\n"
        "活动结束后，两位代表又来到杏林村，察看便桥。"
    )
    assert ("邝明远", "杏林村") in visits(f) and ("钟晓岚", "杏林村") in visits(f)


def test_a_headline_visit_gives_way_to_the_stops_told_in_the_body():
    f = facts_of(
        "区长到青枫高新区企业走访调研\n"
        "4月2日，区长邝明远来到青枫高新区的云帆光电有限公司，了解企业用工情况。"
    )
    assert visits(f) == {("邝明远", "云帆光电有限公司")}


def test_a_bare_type_word_after_zai_is_the_place_named_before():
    f = facts_of(
        "副市长邝明远到杏林社区督导背街小巷整治\n"
        "9月3日下午，副市长邝明远就背街小巷整治开展督导。\n"
        "在社区，邝明远沿着小巷步行察看。\n"
        "随后，邝明远来到附近的青枫小学，察看校门口交通。"
    )
    assert visits(f) == {("邝明远", "杏林社区"), ("邝明远", "青枫小学")}


def test_links_to_other_pages_tell_no_visits_of_this_report():
    f = facts_of(
        "区长邝明远到杏林社区调研\n"
        "3月8日，区长邝明远来到青枫街道杏林社区，与居民代表座谈。\n"
        "【打印】【关闭】\n"
        "上一篇：副区长钟晓岚到竹韵社区检查安全生产\n"
        "相关新闻\n"
        "区委书记严启航到松涛社区走访老党员\n"
    )
    assert visits(f) == {("邝明远", "杏林社区")}
    assert set(posts(f)) == {"邝明远"}


def test_a_full_stop_typed_as_an_ascii_period_ends_the_sentence():
    f = facts_of("5月9日,区长程立远来到竹韵居民区,察看车棚.居民代表 反映,车棚没有充电桩.增长1.5万户.")
    assert f.visits[0].evidence.sentence == "5月9日，区长程立远来到竹韵居民区，察看车棚。"


def test_a_headline_opening_with_a_place_and_naming_no_one_sets_the_scene():
    body = "5月6日晚，区人大代表邝明远来到青枫街道，参加居民议事会。议事会上，竹韵社区的居民围坐一起，说起了加装电梯的事。"
    f = facts_of("竹韵社区：议事会开到家门口\n" + body)
    assert ("邝明远", "竹韵社区") in visits(f)
    # the title's phrase the body never names again sets no scene
    g = facts_of("青枫区人民政府网站\n" + body)
    assert not any(place.endswith("网站") for _, place in visits(g))


def test_a_plural_party_word_takes_in_the_named_officials_of_that_post():
    f = facts_of(
        "5月9日，区政协副主席邝明远带领部分委员来到青枫街道开展民主监督活动。区政协委员钟晓岚认真记录商户意见。\n"
        "委员们实地察看了青禾农贸市场的排水设施。"
    )
    assert visits(f) == {("邝明远", "青禾农贸市场"), ("钟晓岚", "青禾农贸市场")}


def test_a_home_inside_the_place_after_zai_and_a_party_of_a_title_word():
    f = facts_of(
        "10月21日，区政协主席邝明远带领部分区政协委员到青枫街道调研。\n"
        "邝明远一行首先来到杏林居民区长者照护之家，察看助浴服务。\n"
        "在杏林居民区一户独居老人家中，委员们察看了扶手和紧急呼叫装置。"
    )
    assert ("邝明远", "杏林居民区") in visits(f)


def test_each_visit_takes_the_date_that_opens_its_sentence():
    f = facts_of(
        "2024年4月2日，区长程立远来到梧桐街道竹韵居民区，察看加装电梯。\n"
        "4月18日下午，副区长穆青阳来到梧桐街道竹韵居民区。自2023年1月1日以来，该居民区已完成改造。\n"
        "区长程立远随后来到青枫街道杏林社区。"
    )
    dates = {(f.officials[v.official].name, f.places[v.place].name): v.date.isoformat() for v in f.visits}
    assert dates == {
        ("程立远", "竹韵居民区"): "2024-04-02",
        ("穆青阳", "竹韵居民区"): "2024-04-18",
        ("程立远", "杏林社区"): "2024-04-18",  # told after the 18th: the date inside a sentence dates nothing
    }


def test_a_day_told_relative_to_the_last_date_dates_its_visits():
    f = facts_of(
        "2024年4月2日，区长程立远来到梧桐街道竹韵居民区。次日，副区长穆青阳来到青枫街道杏林社区。\n"
        "第三天，区长程立远来到青枫街道柳湾社区。"
    )
    dates = {f.places[v.place].name: v.date.isoformat() for v in f.visits}
    assert dates == {"竹韵居民区": "2024-04-02", "杏林社区": "2024-04-03", "柳湾社区": "2024-04-05"}


@pytest.mark.fast
@pytest.mark.parametrize("dateline", ["2024年4月2日电 ", "梧州2024年4月2日电（记者 林小燕）"])
def test_yesterday_after_a_dispatch_dateline_dates_the_story_the_day_before(dateline):
    # a news agency's dateline dates the dispatch; 昨天 (date_relative_days.tsv) is the visit's day
    f = facts_of(dateline + "昨天，区长程立远来到梧桐街道竹韵居民区。居民反映路灯不亮。")
    assert [v.date.isoformat() for v in f.visits] == ["2024-04-01"]


# ------------------------------------------------------------------ session 4: places by what they are, teams
def test_a_list_mixing_grammar_and_analyser_places_after_a_visit_verb():
    # no type word the grammar knows (东方花城): the analyser's LOC; an item neither reads (翠屏天地) is passed over
    f = facts_of("区长程立远先后来到翠屏天地、栖霞科技有限公司和东方花城，察看了相关情况。")
    assert visits(f) == {("程立远", "栖霞科技有限公司"), ("程立远", "东方花城")}


def test_a_place_after_located_at_is_read_by_the_analyser():
    f = facts_of("区长程立远来到位于城东的锦澜大酒店，检查消防安全。")
    assert visits(f) == {("程立远", "锦澜大酒店")}


def test_officials_led_by_the_visitor_go_with_them():
    f = facts_of(
        "区人大常委会副主任邢远舟带领区人大代表柯文涛、蓝若溪，到杏林街道人大代表联络站开展接待活动。"
        "接待结束后，邢远舟一行步行来到杏林小学，察看校门口交通情况。"
    )
    assert visits(f) == {
        (who, place) for who in ("邢远舟", "柯文涛", "蓝若溪") for place in ("杏林街道人大代表联络站", "杏林小学")
    }


def test_the_official_opening_the_clause_after_zai_is_there_not_a_cadre_named_later():
    f = facts_of(
        "县委书记程立远深入云溪镇调研。随后，程立远来到柏溪村长者食堂看望老人。\n"
        "在柏溪村村委会，程立远听取了村党支部书记蓝若溪关于供暖改造的汇报。"
    )
    assert ("程立远", "柏溪村") in visits(f)
    assert not any(who == "蓝若溪" for who, _ in visits(f))


def test_a_modal_character_inside_the_officials_name_is_no_modal_word():
    # 曾 is a surname here, not 曾 "once": 曾庆林到X is this visit
    f = facts_of("县人大常委会主任曾庆林到云溪镇人大代表之家，开展接待活动。")
    assert visits(f) == {("曾庆林", "云溪镇人大代表之家")}


def test_coming_again_is_a_visit():
    f = facts_of("县人大代表程立远又一次来到青枫街道柏溪村，召开座谈会。")
    assert visits(f) == {("程立远", "柏溪村")}


def test_a_page_menu_before_any_official_is_no_visit():
    f = facts_of("首页\n走进青枫\n新闻动态\n区委书记程立远来到梧桐街道竹韵社区，了解情况。")
    assert visits(f) == {("程立远", "竹韵社区")}


def test_an_event_held_at_a_place_is_joined_by_the_officials_taking_part():
    f = facts_of(
        "“菜场的下水道一到夏天就返味。”在青枫区杏林街道委员工作室召开的协商议事会上，商户周阿姨第一个发言。\n"
        "此次议事会由市政协副主席邢远舟主持，市政协委员柯文涛、蓝若溪参加。"
    )
    assert visits(f) == {(who, "杏林街道委员工作室") for who in ("邢远舟", "柯文涛", "蓝若溪")}


def test_a_generic_place_written_in_short_is_the_named_one_and_its_receivers_are_there():
    f = facts_of(
        "居民周女士来到街道人大代表工作站，向正在值班接待的区人大代表柯文涛、蓝若溪反映情况。\n"
        "当天是梧桐街道人大代表工作站的固定接待日。"
    )
    assert visits(f) == {(who, "梧桐街道人大代表工作站") for who in ("柯文涛", "蓝若溪")}


def test_inspecting_what_an_area_owns_is_no_stop_there():
    f = facts_of(
        "乡长程立远先后深入云溪乡中心幼儿园和柏溪村。调研途中，程立远还察看了云溪乡的村级道路硬化情况。"
    )
    assert visits(f) == {("程立远", "云溪乡中心幼儿园"), ("程立远", "柏溪村")}


def test_going_back_to_an_area_after_a_stop_inside_it_is_a_stop():
    f = facts_of(
        "市委书记程立远来到青枫街道下访。据竹韵社区松涛巷居民反映，巷口路面长期积水。\n"
        "随后，程立远还到青枫街道督导调研了信访工作。"
    )
    assert ("程立远", "青枫街道") in visits(f)


@pytest.mark.fast
@pytest.mark.parametrize("how", ["通过视频连线方式，听取梧桐街道竹韵居民区居民代表意见", "在区政府通过视频连线，与梧桐街道竹韵居民区居民代表座谈", "通过电话听取梧桐街道竹韵居民区楼组长意见"])
def test_taking_part_from_afar_is_no_visit(how):
    # visit_remote_words.txt: the people met are at the place, the official is not
    f = facts_of(f"2024年4月2日，区长程立远{how}。")
    assert f.visits == []
    f = facts_of("2024年4月2日，区长程立远来到梧桐街道竹韵居民区，听取居民代表意见。")
    assert visits(f) == {("程立远", "竹韵居民区")}


@pytest.mark.fast
def test_a_video_link_written_after_the_place_is_no_visit_either():
    f = facts_of("2024年4月2日，区长程立远与梧桐街道竹韵居民区居民代表视频连线，听取意见。")
    assert f.visits == []


@pytest.mark.fast
@pytest.mark.parametrize("text, junk", [
    # a remark act and an official's name make a clause, no place (镇村干部: town and village cadres)
    ("2024年4月2日，县长程立远来到青杉镇石桥村检查防汛。程立远要求镇村干部轮流值守。", "程立远要求镇"),
    # a verb of getting others to act, and its object (place_left_stops.txt)
    ("2024年4月2日，副县长穆青阳来到青杉镇石桥村，表示县里将组织企业开展订单收购。", "组织企业"),
])
def test_a_clause_ending_in_a_type_word_is_no_place(text, junk):
    f = facts_of(text)
    assert junk not in {p.name for p in f.places.values()}
    assert {f.places[v.place].name for v in f.visits} == {"石桥村"}
