"""Session 45 (FAULTS45_p164): kinds found on an opened blind set, each pinned with
invented sentences and a twin the change must leave alone.

1. An event told as a sentence's subject, held at a named venue (随后，委员座谈会在V召开),
   after a stop below an area is the tour's next stop (`Reader._next_venue`); a plan
   (将在V召开) is none.
2. A verb of jurisdiction between two places (X下辖的Y, X所辖的Y: `place_jurisdiction_words.txt`)
   nests Y in X, the stop, and ends X's name (no site 白沙镇所).
3. An arabic ordinal line before a point opening with a number (1.5号楼屋顶漏水；) counts on
   a list when the lines count on (`issue_content.counted_line`); handing a list up to the
   visitors (把问题清单交到Y手中：) raises its points (`issue_acts.tsv`, 交到 tell).
4. A unit visited in the sentence telling an event held at a venue inside it (又来到X社区，
   座谈会在X社区党群服务中心召开) only frames the venue (`Reader.venue_inside_stop`).
"""

import pytest

from kg.extract.issue_content import counted_line
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

TOUR = "2024年9月2日，市政协委员刘海、孙蕾走进河西区枫林街道。\n\n委员们首先来到竹园社区翠微小区。居民代表反映，小区没有围墙。\n\n{body}"


def places_of(text):
    return {place for _, place in visits(facts_of(text))}


def test_an_event_held_at_a_venue_after_a_stop_is_the_next_stop():
    got = places_of(TOUR.format(body="随后，委员座谈会在竹园社区党群服务中心召开。社区书记提出，社区办公用房面积小。"))
    assert "竹园社区党群服务中心" in got and "翠微小区" in got
    got = places_of(TOUR.format(body="接着，代表接待活动在枫林街道柏树居民区党群服务站举行。居民们谈到，周边缺少菜场。"))
    assert "柏树居民区党群服务站" in got


def test_an_event_planned_at_a_venue_is_no_stop():
    got = places_of(TOUR.format(body="下一步，委员座谈会将在竹园社区党群服务中心召开。"))
    assert "竹园社区党群服务中心" not in got


def test_a_place_under_the_jurisdiction_of_another_is_the_stop():
    facts = facts_of("2024年4月2日，县委书记王立新来到白沙镇所辖的石门村。村民反映，灌溉水渠淤塞。")
    assert visits(facts) == {("王立新", "石门村")}
    facts = facts_of("2024年4月2日，区委书记王立新走访石桥街道。随后，一行人来到柳岸居民区下辖的翠湖苑小区。业委会主任反映，电梯频繁故障。")
    assert ("王立新", "翠湖苑小区") in visits(facts)
    assert ("王立新", "柳岸居民区") not in visits(facts)
    # (twin: a place of its own before 的 stays the stop when nothing of jurisdiction is said)
    facts = facts_of("2024年4月2日，县委书记王立新来到白沙镇的石门村。村民反映，灌溉水渠淤塞。")
    assert ("王立新", "石门村") in visits(facts)


def test_an_ordinal_line_before_a_number_counts_on_the_list():
    t = "：\n1.12号楼渗水；\n2.3号楼漏水；\n1.5万元"
    assert counted_line(t, 1, None) is not None
    assert counted_line(t, t.index("；") + 1, 1) is not None
    assert counted_line(t, t.rindex("；") + 1, None) is None  # a decimal, no count going on
    text = ("2024年4月2日，区委书记王立新来到柳岸居民区。\n\n居民们反映了以下问题：\n1.5号楼屋顶漏水；\n"
            "2.小区北门路灯不亮；\n3.楼道堆物严重。\n\n王立新要求逐条整改。")
    labels = {label for _, label in issues(facts_of(text))}
    assert any("屋顶漏水" in l for l in labels) and any("路灯不亮" in l for l in labels)


def test_a_list_handed_to_the_visitor_raises_its_points():
    text = ("2024年4月2日，区委书记王立新来到柳岸居民区。\n\n居民区党总支书记张红把近期梳理的问题清单交到王立新手中：\n"
            "1.屋顶漏水；\n2.小区北门路灯不亮；\n3.楼道堆物严重。\n\n王立新要求逐条整改。")
    labels = {label for _, label in issues(facts_of(text))}
    assert any("屋顶漏水" in l for l in labels) and any("楼道堆物严重" in l for l in labels)
    # (twin: a banner handed over with thanks raises nothing)
    text = ("2024年4月2日，区委书记王立新来到柳岸居民区。\n\n居民张阿姨把一面锦旗交到王立新手中，感谢街道帮小区修好了路灯。"
            "\n\n王立新要求继续做好服务。")
    assert not issues(facts_of(text))


def test_a_unit_holding_the_venue_of_its_meeting_only_frames_it():
    text = ("2024年5月6日上午，区人大代表王立新、赵敏来到石桥街道柳岸社区代表联络站，接待选民。居民反映，路灯不亮。\n\n"
            "当天下午，代表们又来到翠湖社区，座谈会在翠湖社区党群服务中心召开。居民提出，楼道堆物严重。")
    got = places_of(text)
    assert "翠湖社区党群服务中心" in got and "翠湖社区" not in got
    # (twin: a unit visited with no event held in it stays the stop)
    text = ("2024年5月6日上午，区人大代表王立新、赵敏来到石桥街道柳岸社区代表联络站，接待选民。居民反映，路灯不亮。\n\n"
            "当天下午，代表们又来到翠湖社区，察看加装电梯工地。居民提出，楼道堆物严重。")
    assert "翠湖社区" in places_of(text)


def test_the_countryside_of_a_named_town_is_the_town():
    # 5. a named area then a common word ending in a type word (农村): the area, no village
    from kg.extract.place_parse import parse_at
    assert parse_at("深入石门镇农村和青山工业园区调研", 2).text == "石门镇"
    assert parse_at("深入青山县农村调研", 2).text == "青山县"
    # (twin: a named village stays whole)
    assert parse_at("深入石门镇柏溪村调研", 2).text == "石门镇柏溪村"


def test_a_flood_control_work_of_a_community_is_done_at_the_community():
    # 6. flood-control words are common words (`place_generic_words.txt`): 积水点改造工程 names no site
    from kg.extract.place_parse import parse_at
    assert parse_at("察看了柳岸社区积水点改造工程和", 3).text == "柳岸社区"
    assert parse_at("察看了柳岸社区排水改造工程和", 3).text == "柳岸社区"
    # (twin: a named work stays a site of its own)
    assert parse_at("察看了青枫大桥工程", 3).text == "青枫大桥工程"


SCENE = ("初秋时节，走进青山县石门镇柏溪村，满坡的苹果红了。省农业农村厅派驻柏溪村第一书记王立新在村党支部书记李强的陪同下，"
         "{act}。\n\n“王书记，俺们这边的路还是土路。”在柏溪村后沟自然村，村民张老汉说。")


def test_a_round_of_residents_after_a_scene_makes_the_village_a_stop():
    # 7. the official named after a scene set at a village calls on its residents: the village is a stop
    got = places_of(SCENE.format(act="挨家挨户走访村民"))
    assert {"柏溪村", "后沟自然村"} <= got
    # (twin: nothing done at the village but walking on: its hamlet is the stop)
    got = places_of(SCENE.format(act="沿着山路往上走"))
    assert "后沟自然村" in got and "柏溪村" not in got


def test_a_work_cut_off_a_listed_place_does_not_end_the_list():
    # 8. X社区积水点改造工程和Y: the work is the community's, the list goes on to Y
    got = places_of("4月2日，副市长王立新先后察看了柳岸社区积水点改造工程和青松小学排水改造现场。")
    assert {"柳岸社区", "青松小学"} <= got
    got = places_of("4月2日，副市长王立新先后察看了梧桐镇村庄微更新项目和青松小学。")
    assert {"梧桐镇", "青松小学"} <= got
    # (twin: a work alone closes its clause)
    assert places_of("4月2日，副市长王立新察看了柳岸社区积水点改造工程，听取汇报。") == {"柳岸社区"}


MEETING = ("2025年1月18日上午，区委书记王立新到石桥街道调研。\n\n在柳岸社区党群服务中心，王立新详细了解社区工作机制运行情况。\n\n"
           "座谈中，楼长代表们纷纷发言，有的说，楼道声控灯坏了没人修。\n\n{who}一边听一边记。他指出，老旧楼院治理是城市更新的最后一步，要坚持党建引领。")


def test_an_official_addressed_by_surname_and_title_owns_the_remark():
    # 10. 王书记 is the report's only official of surname 王 holding a 书记 post: 他指出 is theirs
    labels = {label for _, label in issues(facts_of(MEETING.format(who="王书记")))}
    assert any("声控灯" in l for l in labels)
    assert not any("最后一步" in l for l in labels)
    # (twin: a surname no official has is no mention of one; the resident's complaint stays)
    labels = {label for _, label in issues(facts_of(MEETING.format(who="王立新")))}
    assert any("声控灯" in l for l in labels) and not any("最后一步" in l for l in labels)
