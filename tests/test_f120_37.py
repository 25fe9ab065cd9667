"""Session 37 (FAULTS37_p120, opened probe p120): rural rounds by first secretaries and
town heads.  Fixtures are invented; each mechanism has a precision twin.

1. A bracket after a name opening with the organ that sent the cadre and a dispatch verb
   (`dispatch_verbs.txt`: 李强（省农业农村厅派驻柳河村第一书记）) holds the person's post
   (`official_names_before._dispatched_by`); on a byline the organ and its verb are marks of the line
   (`visit_patterns.dispatcher`), so the diarist is the report's 我.  Before, the bracket gave no
   official, and `（作者系…派驻…第一书记 A）` no writer.
2. A diarist's post village holds the hamlets they walk (我又到了上坪组: `Reader._post_unit`
   registered with the byline, the aspect particle 了 after the verb in
   `village_groups.group_at`), and no village name opens with a personal pronoun
   (我和村支书: `place_parse.PERSONAL_PRONOUNS`).
3. Former-state words before a type word (`place_former_words.txt`: 原村, 旧村) name no unit.
4. A presence verb inside an official's words (A表示，下一步将在各社区建立代表接待点) is no
   presence (`Reader.present`, as `explicit_visits` reads a move verb there).
5. A town's grouping of villages (`place_grouping_words.txt`: 片区) visited before its
   villages in one sentence frames them: the villages are the stops (`Reader._grouping_round`).
6. A village's own issues raised on the round after its last inside stop (8 below) keep it a
   stop of its own (`resolve._raised_after`).
7. Quotation marks a damaged file lost (`??` after 说： and after the quotation's 。) are
   restored (`repair.lost.lost_quotes`); 还有 inside a clause before a quantity (离家还有两里多地)
   joins no list (`issue_items.ITEM_SPLIT`); 算了一笔账 is a raising act (`issue_acts.tsv`).
"""

import pytest

from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast


def test_bracketed_post_after_dispatching_organ():
    f = facts_of("李强（省农业农村厅派驻青石镇柳河村第一书记）\n\n2024年3月2日，李强来到青石镇柳河村调研。")
    assert posts(f)["李强"] == ["青石镇柳河村第一书记"]
    assert ("李强", "柳河村") in visits(f)


def test_dispatch_verb_in_narration_makes_no_post():
    # (twin: 派驻 in the narration, no bracket after a name: no one is given the organ's words)
    f = facts_of("2024年3月2日，县长王刚来到青石镇柳河村调研。省农业农村厅派驻该村的工作队介绍了产业情况。")
    assert set(posts(f)) == {"王刚"}


DIARY = (
    "驻村日记｜春耕前的几次走访\n\n"
    "（作者系省农业农村厅派驻青石镇柳河村第一书记 李强）\n\n"
    "3月2日上午，我和村党支部书记柳成一起去了上坪组。老人们说组里的路灯坏了半年。\n\n"
    "3月4日，雨后初晴，我又到了塘背组。村民说组里的机井一开泵就跳闸。\n"
)


def test_diarist_walks_the_hamlets_of_their_village():
    f = facts_of(DIARY)
    got = visits(f)
    assert {("李强", "上坪组"), ("李强", "塘背组")} <= got
    assert ("李强", "柳河村") not in got  # (the hamlets are the stops)
    parents = {f.places[v.place].name: f.places[f.places[v.place].parent].name for v in f.visits if f.places[v.place].parent}
    assert parents.get("塘背组") == "柳河村"
    assert not any(p.name.startswith("我") for p in f.places.values())


def test_third_person_diary_line_is_no_writer():
    # (twin: the byline names the secretary, but the report never says 我: no writer's stops)
    text = DIARY.replace("我和村党支部书记柳成一起", "村党支部书记柳成").replace("我又", "他又")
    assert not any(o == "李强" for o, _ in visits(facts_of(text)))


def test_former_village_names_no_place():
    f = facts_of(
        "2024年12月3日，县人大代表、镇长王丽来到青石镇桃林新社区，与选民交流。\n\n"
        "居民们的意见主要集中在新社区到原村承包地的生产路修缮、幼儿园学位紧张等方面。"
    )
    assert {p.name for p in f.places.values()}.isdisjoint({"原村"})
    assert visits(f) == {("王丽", "桃林新社区")}


def test_named_former_village_stays_a_place():
    # (twin: 原 before a name, 原柳河村, is the former village 柳河村: a place)
    f = facts_of("2024年12月3日，镇长王丽来到青石镇原柳河村，察看复垦地块。")
    assert ("王丽", "原柳河村") in visits(f)


def test_presence_verb_in_official_words_is_no_visit():
    f = facts_of(
        "2024年12月3日，县人大代表、镇长王丽来到青石镇桃林新社区，与选民交流。\n\n"
        "镇人大主席赵刚表示，下一步将推动代表联络站向片区延伸，在每个新社区建立代表接待点。"
    )
    assert not any(o == "赵刚" for o, _ in visits(f))


def test_presence_verb_in_narration_is_a_visit():
    # (twin: the chairman himself receives voters at the station, no words opened before it)
    f = facts_of(
        "2024年12月3日，县人大代表、镇长王丽来到青石镇桃林新社区，与选民交流。\n\n"
        "随后，镇人大主席赵刚在桃林新社区代表联络站接待选民。"
    )
    assert any(o == "赵刚" for o, _ in visits(f))


def test_grouping_of_villages_frames_its_villages():
    f = facts_of("2024年11月6日，镇长李红带队下沉柳河片区，走访上湾村、石桥村，听取群众意见。")
    assert visits(f) == {("李红", "上湾村"), ("李红", "石桥村")}


def test_grouping_inside_a_village_stays_a_stop():
    # (twin: a 片区 written inside its village is the village's site, a stop of its own)
    f = facts_of("2024年11月6日，镇长李红来到青石镇柳河村石门片区，查看环境整治，随后走访石桥村。")
    assert ("李红", "石门片区") in visits(f)


def test_village_issue_after_its_inside_stop_keeps_the_village():
    f = facts_of(
        "11月下旬，青石镇党委书记王刚到柳河村调研帮扶工作，第一书记张伟陪同走访了村里的种植合作社和几户困难群众家庭。\n\n"
        "在柳河村金穗蔬菜种植专业合作社，合作社负责人柳金山说，冬季棚里用电贵。"
        "在五保户柳老汉家里，老人拉着王刚的手说，自己一个人住，夜里犯了病没人知道。\n\n"
        "走访中，村民们还聊到，村里的机井已经用了三十多年，浇地时水量不够。\n"
    )
    got = visits(f)
    assert {("王刚", "柳河村"), ("王刚", "金穗蔬菜种植专业合作社")} <= got
    assert any(p == "柳河村" for p, _ in issues(f))


def test_village_framing_its_inside_stop_is_dropped():
    # (twin: nothing raised at the village after its inside stop: the stop is the visit)
    f = facts_of(
        "11月下旬，青石镇党委书记王刚到柳河村调研帮扶工作，第一书记张伟陪同走访了村里的种植合作社和几户困难群众家庭。\n\n"
        "在柳河村金穗蔬菜种植专业合作社，合作社负责人柳金山说，冬季棚里用电贵。\n"
    )
    assert visits(f) == {("王刚", "金穗蔬菜种植专业合作社")}


def test_lost_quotation_marks_around_a_complaint():
    # 7. a damaged file's quotation marks (written ??) around a resident's words after 说：
    text = (
        "2024年10月15日,镇党委书记王刚来到青石镇柳河村,查看秋种进度。\n"
        "正在整地的村民柳大山说：??秸秆粉碎得不够细,种上麦子出苗不齐。??王刚当即要求农技站开展培训。\n"
    )
    labels = {label for _, label in issues(facts_of(text))}
    assert any("出苗不齐" in label for label in labels)


def test_question_marks_after_a_question_stay():
    # (twin: a question typed with its marks is no lost quotation: nothing is opened)
    from kg.repair.lost import lost_quotes
    from kg.text import TrackedText

    assert lost_quotes(TrackedText("村民问：路灯能修好吗??王刚说能。")).text == "村民问：路灯能修好吗??王刚说能。"


def test_remaining_distance_is_one_item():
    from kg.extract.issue_items import split_items

    assert split_items("校车只停在村口，离家还有三里多路") == ["校车只停在村口", "离家还有三里多路"]


def test_still_joins_a_list():
    # (twin: 还有 after a mark, or before no quantity, still joins two items)
    from kg.extract.issue_items import split_items

    assert split_items("路灯不亮还有垃圾没人清") == ["路灯不亮", "垃圾没人清"]


RECKONING = "2024年1月10日，县长王刚来到青石镇柳河村调研。\n\n"


def test_resident_reckoning_raises_what_it_shows():
    got = issues(facts_of(RECKONING + "在养牛大户柳兴家，他跟县长算了一笔账：牛价今年跌了不少，饲料却涨了。"))
    assert any("饲料却涨了" in label for _, label in got)


def test_official_reckoning_raises_nothing():
    # (twin: the official's own reckoning for the audience is no raising)
    assert issues(facts_of(RECKONING + "座谈会上，王刚给大家算了一笔账：大棚建成后，一亩地能增收八百元。")) == set()


ROUND = (
    "11月下旬，青石镇党委书记王刚到柳河村调研帮扶工作，第一书记张伟陪同走访了村里的种植合作社。\n\n"
    "在柳河村金穗蔬菜种植专业合作社，合作社负责人柳金山说，冬季棚里用电贵。\n\n"
)


def test_villagers_on_the_round_speak_for_the_village():
    # 8. 走访中，村民们还聊到，X；Y (`issue_round_frames.txt`): the village's, not the last site's
    got = issues(facts_of(ROUND + "走访中，村民们还聊到，村里的机井已经用了三十多年，浇地时水量不够；村口的桥面开裂了。"))
    assert ("柳河村", "浇地时水量不够") in got
    assert ("柳河村", "村口的桥面开裂了") in got


def test_villagers_at_the_site_speak_there():
    # (twin: villagers speaking at the site, no round frame, stay at the site)
    got = issues(facts_of(ROUND + "几位村民也说，合作社的冷库不够用。"))
    assert not any(place == "柳河村" for place, _ in got)


MARKET_DAY = "2024年5月22日，县长王刚来到青石镇柳河村调研。\n\n"


def test_town_market_is_a_stop_of_its_own():
    # 9. a market after a named place (`place_market_words.txt`) is a site, not a spot of the town
    got = visits(facts_of(MARKET_DAY + "中午时分，一行人走进石门镇农贸市场。商户们说市场顶棚漏雨。"))
    assert ("王刚", "石门镇农贸市场") in got


def test_community_square_is_a_spot_of_the_community():
    # (twin: an open space after a named place stays a spot in it: the community is the stop)
    got = visits(facts_of(MARKET_DAY + "随后，王刚来到石门镇清泉社区广场，与居民交流。"))
    assert ("王刚", "清泉社区") in got


def test_unit_head_spoken_to_is_no_raiser():
    # 11. 他对镇水利站负责人说：“…”: the head of a unit with a long name is spoken to
    got = issues(facts_of(
        "2024年1月10日，副县长王刚来到青石镇柳河村调研。\n\n"
        "会后，王刚又来到后沟自然村，查看了冻裂的输水管道。他对镇水利站负责人说：“管道要埋到冻土层以下，这次改造一定一步到位。”"
    ))
    assert got == set()


def test_unit_head_speaking_raises():
    # (twin: the head speaking, no one before him, raises)
    got = issues(facts_of(
        "2024年1月10日，副县长王刚来到青石镇柳河村调研。\n\n"
        "会后，王刚又来到后沟自然村，查看了冻裂的输水管道。镇水利站负责人说，管道埋得浅，冬天一冻就裂。"
    ))
    assert any("管道埋得浅" in label for _, label in got)


def test_greeting_to_the_visitors_is_no_issue():
    # 10. a greeting opening a resident's words (“代表们好，…”: `issue_items.VOCATIVE`)
    from kg.extract.issue_items import keep

    assert not keep("代表们好") and not keep("书记好")


def test_complaint_ending_in_hao_stays():
    # (twin: 不好 after a matter is a complaint)
    from kg.extract.issue_items import keep

    assert keep("自来水水质不好")
