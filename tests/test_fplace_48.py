"""Session 48 (fplace: stops and placement), kinds found on the opened sets p187, p188, p191, p193,
each pinned with invented sentences in two wordings (one in another shape) and a twin left alone.

1. A stop told by its rank (`第一站是X`) names X by the frame, though X has no type word: the
   words filling the rest of the clause are the name, a name the report writes again (or writes
   in full with a type word elsewhere, `X` → `X自然村`). A phrase (`村里的养老院`) is none.
2. A stop's rank on a route or tour written in apposition before the name (`到达终点站X村`,
   `来到首站X社区`) is no part of the name (`place_relative_modifiers.txt`).
3. A paragraph opening `在X，` at a named site, no one in its clause and residents speaking there,
   after a stop at another site with the same named parents (or none), is the tour's next stop
   (as it was for a community beside the last one): its issues are filed at X, not at the stop before.
   The residents met there may speak one sentence later, after a sentence telling of the place.
4. A verb of belonging (`原属`, `隶属`: `place_stops.txt`) ends a place's name: `这片家属区原属镇办X厂`
   names no town `这片家属区原属镇` to file the residents' words at.
5. Generic words a class of places is written with (`place_generic_words.txt`: 国有, 职工, 村史, 主体):
   `国有企业职工家属区`, `村史馆`, `主体工程` name no place, so they make no stop (the village
   whose paragraph it is stays the stop: `X村是…。A走进村史馆`).
6. A count after bare names shares its type word with them (`place_shared_type_words.tsv`: 自然村 with
   count, `青坑、岭头两个自然村`): each is a stop.  A count that counts no items listed is a statistic
   (`石岭镇共有6个村`, `X村由11个自然村组成`): no place `共有村` is read from it.  A named area and 的
   (下辖的) before the list owns its items (`石门村下辖的青坑、岭头两个自然村`): the stops are the items.
7. A site a geological hazard is watched at is a site (`place_suffixes.tsv`: 隐患点, 危岩带; and the
   south-west's village primary school, 村小): a paragraph
   opening with it, the party inspecting there, makes it the stop, and what its watchers raise is filed
   there, not at its village; the hazard's kind written as a class (`place_generic_words.txt`: 地质灾害,
   地灾, 滑坡, 安全) names none (`纳入地质灾害隐患点管理`).
8. Calling at the households one by one (`visit_verbs.tsv` presence: 敲门, 挨家挨户) is done only where
   the households are: in a paragraph whose subject is a named group or estate (`X组是…的职工生活区。A…一户户
   敲门`), the official is there, a stop, and what is raised there is filed there.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. an ordinal stop's bare name

def test_an_ordinal_stop_with_a_bare_name_is_the_stop():
    facts = facts_of("2024年3月5日，上午九点，镇长何平带着工作人员出发，第一站是青石岭。青石岭的村民李大爷说，山上的水管冻裂了。\n\n"
                     "第二站是柳家湾。村民反映，村口的桥太窄。\n")
    assert ("何平", "青石岭") in visits(facts)
    assert ("青石岭", "山上的水管冻裂了") in issues(facts)
    assert ("何平", "柳家湾") in visits(facts)  # (written once, a name the analyser reads)


def test_an_ordinal_stop_written_in_full_elsewhere():
    facts = facts_of("2024年6月1日，县长刘建国到梨树镇调研。梨树镇的梨花坳自然村住着40户人家。\n\n"
                     "首站，是梨花坳，村民说，山路塌方没人修。\n")
    assert ("刘建国", "梨花坳自然村") in visits(facts)
    assert ("梨花坳自然村", "山路塌方没人修") in issues(facts)


def test_an_ordinal_stop_holding_a_phrase_names_no_bare_place():
    facts = facts_of("2024年6月1日，镇长唐明到石门村调研。第一站是村里的养老院。老人们说，伙食太单一。\n")
    assert visits(facts) == {("唐明", "石门村")}
    facts = facts_of("2024年6月1日，镇长唐明到石门村调研。下一站是哪里？唐明说，下一站是哪里都行。村民说，路太窄。\n")
    assert visits(facts) == {("唐明", "石门村")}


# 2. a stop's rank in apposition before its name

def test_the_terminal_stop_before_a_village_is_no_part_of_its_name():
    facts = facts_of("2024年3月5日，县长王立乘坐新开通的公交车体验线路。车子到达终点站石门村，村民李大爷说，村里到镇上的路太窄。\n")
    assert ("王立", "石门村") in visits(facts)
    assert ("石门村", "村里到镇上的路太窄") in issues(facts)


def test_the_first_stop_before_a_community_in_another_shape():
    facts = facts_of("2024年9月9日，区长钱文带队检查防汛工作，来到首站江滨社区。社区书记介绍，低洼处一下雨就积水。\n")
    assert ("钱文", "江滨社区") in visits(facts)
    assert not any("首站" in place for _, place in visits(facts))


# 3. a paragraph set at a site beside the last stop's site

def test_a_paragraph_at_a_site_after_a_street_is_the_next_stop():
    facts = facts_of("2024年7月3日，镇长王明冒雨察看集镇低洼街巷积水情况。\n\n"
                     "王明一行首先来到石桥街。这条老街地势低，积水超过30厘米。\n\n"
                     "在化肥厂家属区，十几户居民正在清理进了水的一楼。居民李秀说：“每年汛期都要进几回水。”\n")
    assert ("王明", "化肥厂家属区") in visits(facts)
    assert ("化肥厂家属区", "每年汛期都要进几回水") in issues(facts)


def test_a_paragraph_at_a_market_after_a_park_in_another_shape():
    facts = facts_of("2024年9月2日上午，区长钱文检查市容环境。钱文先到了江滨公园，察看步道修缮情况。\n\n"
                     "在东风农贸市场，几位摊主围上来说，市场顶棚漏雨，一下雨就没法做生意。\n")
    assert ("钱文", "东风农贸市场") in visits(facts)
    assert ("东风农贸市场", "市场顶棚漏雨") in issues(facts)


def test_residents_met_at_a_site_speak_after_a_sentence_about_it():
    facts = facts_of("2024年7月3日，镇长王明冒雨察看集镇低洼街巷积水情况。\n\n"
                     "王明一行首先来到石桥街。这条老街地势低，积水超过30厘米。\n\n"
                     "在化肥厂家属区，十几户居民正在清理进了水的一楼。这片家属区原属镇办化肥厂，企业改制后移交给东关社区管理。"
                     "居民李秀说：“每年汛期都要进几回水。”\n")
    assert ("王明", "化肥厂家属区") in visits(facts)
    assert ("化肥厂家属区", "每年汛期都要进几回水") in issues(facts)


def test_a_paragraph_at_a_generic_site_is_no_stop():
    facts = facts_of("2024年9月2日上午，区长钱文检查市容环境。钱文先到了江滨公园，察看步道修缮情况。\n\n"
                     "在农贸市场，几位摊主围上来说，市场顶棚漏雨。\n")
    assert {place for _, place in visits(facts)} == {"江滨公园"}


# 4. a verb of belonging ends a place's name

def test_a_verb_of_belonging_ends_the_place_told_of():
    facts = facts_of("2024年7月3日，镇长王明来到石桥社区察看积水。\n\n"
                     "这片家属区原属镇办化肥厂，企业改制后移交给社区管理。居民李秀说，每年汛期都要进几回水。\n")
    assert not any("原属" in place for place, _ in issues(facts))
    assert ("石桥社区", "每年汛期都要进几回水") in issues(facts)


def test_a_group_belonging_to_a_village_in_another_shape():
    from kg.extract.place_parse import parse_at

    for text in ("青松小区隶属石门社区，", "青松小区原属石门镇，"):
        chunk = parse_at(text, 0, len(text))
        assert chunk is not None and text[chunk.start:chunk.end] == "青松小区"


# 5. generic words of a class of places

def test_a_village_museum_in_a_village_paragraph_leaves_the_village_the_stop():
    facts = facts_of("2024年6月1日，市长贺军到柳溪县调研乡村建设。\n\n"
                     "石门镇青山村是省级示范村。贺军沿着村庄主干道步行察看，走进村史馆和村民家中。村支书李强说，村里停车难。\n")
    assert ("贺军", "青山村") in visits(facts)
    assert ("青山村", "村里停车难") in issues(facts)


def test_a_class_of_estates_and_a_part_of_a_work_are_no_stops():
    facts = facts_of("2024年6月1日，区长贺军到东风街道调研国有企业职工家属区物业移交工作，实地察看供水改造。\n")
    assert {place for _, place in visits(facts)} == {"东风街道"}
    facts = facts_of("2024年6月1日，县长贺军来到新垟村，察看道路施工情况。村民说，施工把路面压坏了。"
                     "贺军当即商定，压坏的路面在主体工程完工后统一修复。\n")
    assert {place for _, place in visits(facts)} == {"新垟村"}


# 6. a count after bare names, and a statistic

def test_natural_villages_counted_after_their_bare_names_are_stops():
    facts = facts_of("2024年4月17日，乡长王明带着工作人员走进青坑、岭头两个自然村，听取意见。\n\n"
                     "青坑自然村离村部有4公里山路。村民说，路面窄，会车难。\n")
    assert {("王明", "青坑自然村"), ("王明", "岭头自然村")} <= visits(facts)


def test_a_count_counting_no_items_is_a_statistic():
    from kg.extract.place_lists import parse_list

    for text, first in (("石岭镇共有6个村，", "石岭镇"), ("桃坑村由11个自然村组成，", "桃坑村"), ("云溪、青石两个街道，", "云溪街道")):
        chunks = parse_list(text, 0, len(text))
        assert [seg.text for seg in chunks[0].segments] == [first]
    assert len(parse_list("和平、团结、光明三个社区", 0)) == 3


def test_a_counted_list_owned_by_a_village_gives_its_items_as_stops():
    facts = facts_of("2024年4月17日，乡长王明走进石门村下辖的青坑、岭头两个自然村，听取意见。\n\n"
                     "青坑自然村离村部有4公里山路。村民说，路面窄，会车难。\n")
    places = {place for _, place in visits(facts)}
    assert {"青坑自然村", "岭头自然村"} <= places and "石门村" not in places
    from kg.extract.place_lists import parse_list

    chunks = parse_list("柳溪镇的和平、团结两个社区，", 0)
    assert [[seg.text for seg in c.segments] for c in chunks] == [["柳溪镇", "和平社区"], ["柳溪镇", "团结社区"]]


# 7. the sites of geological hazards

def test_a_hazard_site_opening_its_paragraph_is_the_stop():
    facts = facts_of("2024年6月1日，区长贺军深入柳溪镇，检查地质灾害防治工作。\n\n"
                     "石门村青龙湾滑坡隐患点威胁坡下20户人的安全。贺军沿着陡坡察看了坡体裂缝，详细询问监测预警情况。"
                     "村支书李强介绍，巡查员补贴太低，年轻人不愿意干。\n")
    assert ("贺军", "青龙湾滑坡隐患点") in visits(facts)
    assert any(place == "青龙湾滑坡隐患点" and "年轻人不愿意干" in label for place, label in issues(facts))


def test_a_cliff_zone_after_at_in_another_shape():
    facts = facts_of("2024年6月1日，区长贺军到白云乡检查汛期安全。在白云乡老鹰岩危岩带，贺军察看了排危工程进展。\n")
    assert ("贺军", "老鹰岩危岩带") in visits(facts)


def test_a_class_of_hazard_sites_is_no_place():
    facts = facts_of("2024年6月1日，镇人大主席贺军来到石门村联络点接待群众。\n\n"
                     "村民说，后山出现裂缝，建议纳入地质灾害隐患点管理，排查安全隐患点。\n")
    assert {place for _, place in visits(facts)} == {"石门村联络点"}


# 8. calling at households one by one

def test_household_rounds_in_a_groups_paragraph_make_the_group_the_stop():
    facts = facts_of("2024年5月6日，石门村驻村第一书记唐明开始了每周一次的入户走访。\n\n"
                     "石门村矿部组是县办煤矿的职工生活区，留下来的多是老人。唐明和村支书李强沿着水泥路，一户户敲门。"
                     "村民说，组里一直没接上自来水。\n")
    assert ("唐明", "矿部组") in visits(facts) or ("唐明", "石门村矿部组") in visits(facts)


def test_household_rounds_at_an_estate_in_another_shape():
    facts = facts_of("2024年1月20日，街道党工委书记唐明到柳溪街道开展走访。\n\n"
                     "青松小区建于上世纪九十年代，住着300多户居民。唐明挨家挨户送去春联。居民说，楼道灯坏了没人修。\n")
    assert ("唐明", "青松小区") in visits(facts)
    assert ("青松小区", "楼道灯坏了没人修") in issues(facts)


def test_a_village_primary_school_is_a_site():
    facts = facts_of("2024年5月23日，县政协副主席贺军带领委员调研乡村教育。\n\n"
                     "在石门镇青杠村小，调研组看到，学校只有学生20名。村支书李强反映，学校后面的挡墙开裂了。\n")
    assert ("贺军", "青杠村小") in visits(facts)
    assert ("青杠村小", "学校后面的挡墙开裂了") in issues(facts)


@pytest.mark.fast
def test_a_bare_stop_name_may_hold_a_character_of_a_question_word():
    # 什么 is a question word; 什 alone begins names (什邡); 哪 and 谁 stay out whatever follows
    from kg.extract.visit_frames import BARE_STOP_NAME

    assert BARE_STOP_NAME.match("什邡。").group(1) == "什邡"
    assert BARE_STOP_NAME.match("石什村。").group(1) == "石什村"
    assert BARE_STOP_NAME.match("是什么。") is None
    assert BARE_STOP_NAME.match("哪里？") is None
