"""Session 46 (fplace: stops and placement), kinds found on the opened sets p172, p175, p176,
each pinned with invented sentences in two wordings and a twin the change must leave alone.

1. 里 after a common noun the analyser reads as one (`手机/n 里/f`, `蒙古包/n 里/f`) is the
   locative "in": no lane estate named X里 (`place_check.container_locative`); a lane named
   so (`宝康/LOC 里`, `泰兴里社区`) stays.
2. Sharing the residents' meal (就餐, 用餐, 边吃边聊: `visit_verbs.tsv` presence) puts the party
   where a paragraph opened `在X，` is set.
3. A cadre sent to serve a place (选派到X村的驻村干部: `visit_verb_blockers.txt` 派) makes no visit.
4. A Corps company followed by its own people (在十一连职工X家中) is the company
   (`corps_units._company`).
5. A time of day written as its span (傍晚时分，) leads a scene as 傍晚， does
   (`visit_verbs.TIME_OF_DAY_SPAN`).
6. A paragraph opening with a place's spot as the location of an existential sentence
   (X村的草原上牦牛成群, no comma: `Reader._existential_spot`) sets the scene; going to a
   household's home there (来到牧民甲的帐篷前: `visit_patterns.resident_home`) is a stop at X.
7. A determiner before a list's first conjunct scopes over the next (部分老旧小区和换热站: no
   station named; `place_lists._sep_after_part`).
8. A unit visited on a round of a class of its sites (到X社区走访老旧院落) holds the estates
   visited after it, and is no stop of its own (`visits._round_of_class`).
9. A group written alone (先到上屋组) by a cadre whose post names its village (派驻X村第一书记) is
   that village's group (`village_groups.post_unit`), a stop with its issues; the report's observer
   going there (随后我们沿着小路走到了X组: `visit_patterns.observer_goes`) is still no one's stop.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. the locative 里 after a common noun

def test_a_thing_with_the_locative_is_no_estate():
    facts = facts_of("3月21日上午，青山区柳湖街道代表联络站迎来集中接待日。区人大代表王芳、李军进站接待选民。\n"
                     "“代表同志，我们楼的屋顶漏水。”接待刚开始，家住桃源小区的刘先生就把口袋里的照片拿了出来。"
                     "王芳仔细察看照片，了解漏水情况。\n")
    assert not any(p.endswith("里") for _, p in visits(facts))
    assert ("王芳", "柳湖街道代表联络站") in visits(facts)


def test_a_tent_with_the_locative_leaves_the_village_the_stop():
    facts = facts_of("7月2日，镇长罗平先后来到青石村、白马村。\n"
                     "在白马村，罗平和村民们围坐在毡包里，一边喝茶一边聊天。村民反映，村里的饮水管道老化漏水。\n")
    assert ("罗平", "白马村") in visits(facts)
    assert not any(p.endswith("里") for _, p in visits(facts))
    assert any(p == "白马村" and "饮水管道" in label for p, label in issues(facts))


def test_a_lane_named_li_stays_a_place():
    facts = facts_of("5月6日，区长王明来到泰兴里社区，走访居民。居民反映，小区路灯不亮。\n")
    assert ("王明", "泰兴里社区") in visits(facts)


def test_a_lane_named_by_a_common_word_stays_where_the_report_names_its_unit():
    facts = facts_of("5月6日，区长王明来到光明里社区，走访居民。\n"
                     "在光明里，王明察看了楼道改造。居民反映，楼道灯不亮。\n")
    assert any(p.startswith("光明里") for _, p in visits(facts))


# 2. sharing the residents' meal

def test_eating_with_the_elders_is_presence_at_the_canteen():
    facts = facts_of("9月3日，区政协副主席陈芳带领委员开展视察。\n"
                     "在桃园社区老年食堂，不少老人正在排队打饭。视察组和老人们一起用餐，询问饭菜价格。\n")
    assert any(who == "陈芳" and "老年食堂" in p for who, p in visits(facts))


def test_chatting_over_the_meal_in_another_shape():
    facts = facts_of("9月3日，副区长林涛带队开展养老服务调研。\n"
                     "在松涛社区助餐点，正是午饭时间。林涛端着餐盘和老人们边吃边聊。\n")
    assert any(who == "林涛" and "助餐点" in p for who, p in visits(facts))


def test_the_meal_of_residents_alone_puts_no_official_there():
    facts = facts_of("9月3日，副区长林涛在区政府主持召开养老工作会议。\n"
                     "在松涛社区助餐点，老人们正在就餐。\n")
    assert not any("助餐点" in p for _, p in visits(facts))


# 3. a cadre's posting

def test_a_posting_is_no_visit():
    facts = facts_of("日前，驻村第一书记赵刚到青松村一组、二组走访农户。\n"
                     "赵刚是市财政局2022年选派到青松村的驻村干部。\n")
    assert ("赵刚", "青松村") not in visits(facts)


def test_a_posting_in_another_shape_is_no_visit():
    facts = facts_of("3月2日，第一书记钱明带着村干部到梨园村三组、四组走访农户。\n"
                     "钱明是省林业局今年选派到梨园村的干部，到村后他先摸清了每户的情况。\n")
    assert ("钱明", "梨园村") not in visits(facts)
    assert ("钱明", "梨园村三组") in visits(facts)


# 4. a company before its people

REGIMENT = "近日，一二〇团团长周平深入五连、十二连，走访职工家庭。\n"


def test_a_company_followed_by_its_workers_is_the_scene():
    facts = facts_of(REGIMENT + "在五连的棉田里，周平察看采收进度。连队指导员反映，机耕路坑洼不平。\n"
                     "在十二连职工热合曼·吐尔洪家中，周平和一家人聊起家常。热合曼说，连队卫生室缺医少药。\n")
    assert ("一二〇团十二连", "连队卫生室缺医少药") in issues(facts)


def test_a_run_of_numbers_is_no_company():
    facts = facts_of(REGIMENT + "在五连，职工反映，一连串的降雨让棉花采收推迟。\n")
    assert not any(p.endswith("一连") for _, p in visits(facts))


# 5. a time of day written as its span

def test_a_time_span_leads_a_crowded_scene():
    facts = facts_of("日前，镇党委书记贺明先后来到柳塘村、竹山村，召开屋场会听取意见。\n"
                     "在柳塘村，贺明察看了山塘。\n"
                     "傍晚时分，竹山村上屋组村民刘某家的院坝里坐满了人。村民反映，通组公路太窄，会车难。\n")
    assert any(p in ("竹山村", "上屋组") and "会车难" in label for p, label in issues(facts))


# 6. an existential spot opening a paragraph, and a household's home there

def test_a_meadow_scene_then_a_tent_is_a_stop_at_the_village():
    facts = facts_of("2024年7月3日，副县长吴林到高原乡调研牧区产业发展。\n"
                     "正值转场时节，达日村的草场上羊群遍野。吴林一行来到牧民尼玛的帐篷前，和他一家拉家常。"
                     "尼玛说，草场鼠害越来越严重。\n")
    assert ("吴林", "达日村") in visits(facts)
    assert any(p == "达日村" and "鼠害" in label for p, label in issues(facts))


def test_a_hillside_scene_then_a_villagers_home():
    facts = facts_of("2024年4月9日，县长郑海到石门镇调研茶产业。\n"
                     "时值采茶季节，青山村的山坡上种满了茶树。郑海走进村民李某家，询问采茶情况。李某说，茶青收购价偏低。\n")
    assert ("郑海", "青山村") in visits(facts)


def test_the_residents_of_a_place_are_no_spot():
    facts = facts_of("2024年4月9日，县长郑海到石门镇调研。\n"
                     "近日，青山村的居民上门反映问题。郑海走进茶农李某家，询问采茶情况。\n")
    assert ("郑海", "青山村") not in visits(facts)


# 7. a determiner over a list's conjuncts

def test_a_determiner_covers_the_next_conjunct():
    facts = facts_of("12月4日，区长刘明深入东城街道部分老旧小区和换热站暗访供热情况。\n"
                     "在东城街道桃源社区幸福小区，刘明走进居民家中测温。\n")
    assert not any(p == "换热站" for _, p in visits(facts))
    assert ("刘明", "幸福小区") in visits(facts)


def test_a_determiner_before_residents_and_a_named_school():
    facts = facts_of("6月2日，镇长冉平来到石桥村部分农户和石桥镇中心小学，检查汛期安全。\n")
    assert ("冉平", "石桥镇中心小学") in visits(facts)


# 8. a round of a class of a unit's sites

def test_a_community_on_a_round_of_its_estates_is_no_stop():
    facts = facts_of("6月18日，街道党工委书记龙平带队到青云社区走访老旧院落。\n"
                     "龙平一行先来到自来水厂宿舍，察看加装电梯情况。随后，龙平来到北门路家属院。\n")
    assert ("龙平", "青云社区") not in visits(facts)
    assert ("龙平", "北门路家属院") in visits(facts)


def test_a_community_visited_for_a_named_estate_stays_as_written():
    facts = facts_of("6月18日，街道党工委书记龙平到青云社区走访绿杨小区，听取居民意见。\n")
    assert ("龙平", "绿杨小区") in visits(facts)


# 9. a group of the village a post names

def test_a_first_secretarys_groups_are_stops():
    facts = facts_of("近日，市林业局派驻石岭县柏树乡桃坪村第一书记、工作队队长李文，和村党支部书记王志一道，走村串户收集民情。\n"
                     "清早，李文先到上屋组。老人说，自来水一到傍晚就没有水压。\n"
                     "接着，他们走到下屋组。组长说，通组路没硬化。\n")
    assert ("李文", "上屋组") in visits(facts)
    assert ("下屋组", "通组路没硬化") in issues(facts)


def test_a_village_heads_group_in_another_shape():
    facts = facts_of("3月8日，青杠村党支部书记陈林带着网格员走访农户。\n"
                     "陈林随后来到坪上组。村民反映，组里的山塘漏水。\n")
    assert ("坪上组", "组里的山塘漏水") in issues(facts)


def test_a_group_with_no_post_naming_its_village_stays_unread():
    facts = facts_of("3月8日，县长陈林到石岭县调研。\n陈林随后来到坪上组。村民反映，组里的山塘漏水。\n")
    assert not any(p == "坪上组" for _, p in visits(facts))


def test_the_observer_walking_the_way_to_a_group_makes_no_stop():
    # with a diarist's groups read, the plain observer's going (a sequence word before them and a
    # phrase of the way before the verb: `visit_patterns.observer_goes`) is still no official's stop
    facts = facts_of("驻村一日\n\n早上8点，我出了门，石门村驻村第一书记李强在村委会等着。\n"
                     "我们先到了上坪组。村民说，水管冻住了。\n"
                     "随后我们沿着河边小路走到了下坪组。村民反映，河堤有裂缝。\n")
    assert ("李强", "下坪组") not in visits(facts)
