"""Session 49 (fplace49: stops and placement), kinds found on the opened sets p195, p197, p198, p201,
each pinned with invented sentences in two wordings (one in another shape) and a twin left alone.

1. A headline names the trip in short: a stop it names under a short name (走进“A”) and the lede's
   stop under its full name (来到X街道A驿站) are one stop written twice, not a tour of two stops whose
   host area (X街道) would hold a meeting's issues (`IssuePlacement.host_of_tour`).
2. A modal word of the visit verb (`visit_modal_words.txt`: 轮值, 计划) with 的 after it qualifies
   a noun (几位轮值的委员, the companions on a rota): it makes no plan or habit of the day's visit.
3. (A site's bare type word naming the site written before: taken out at merge, session 49.)
4. A street named by its trade or use (`place_generic_words.txt`: 商业, 步行: 商业街, 步行街) is a kind,
   no name: a headline's 开到商业街 makes no stop 商业街 taking the issues of the named X商业街.
5. A move to a place with a meeting as its purpose (随后来到V召开座谈会, 走进V召开…会) holds the meeting at
   V, as 在V召开的座谈会 does (`issue_placement.HELD_AT`): what is raised at it is filed at V, not at the
   area hosting the tour.
6. A section of a market named by its goods (蔬菜区, 水产区: `place_generic_words.txt`; 区 there is no
   district) and a company's staff facilities (员工食堂) are parts of the place the party is at: no
   place of their own, so what is raised there is filed at the market or the works; so is a
   utility's facility written bare (换热站: `place_generic_words.txt` 供热, 换热).
7. A rural fair (`place_suffixes.tsv` 大集: 石桥大集) is a market place, a stop of its own.
8. A stop character inside a registered company's name (浙江青禾经编科技有限公司: 经) opens no
   clause (`place_window._in_company_name`).
9. A stop character ending a place's type word (东兴胡同: 同) is the type word's last character
   (`place_window._stop_ends_type_word`).
10. A village's piece-work point (`place_suffixes.tsv` 加工点: 青石村手工加工点) is a works.
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. a headline's short name of the one stop

def test_a_headline_stop_and_the_lede_stop_are_one_stop():
    facts = facts_of("代表走进“暖心驿站” 听快递员说难处\n\n"
                     "2024年3月5日上午，区人大常委会副主任王立带领区人大代表李青、赵红，来到青松街道“暖心驿站”户外劳动者服务站，与快递员座谈。青松街道人大工委主任孙刚陪同。\n\n"
                     "座谈会上，大家提出了停车难、喝水难等问题。\n")
    placed = {place for place, label in issues(facts) if label in ("停车难", "喝水难")}
    assert placed and not placed & {"青松街道"}


def test_a_headline_stop_in_another_shape_keeps_the_meeting_at_the_stop():
    facts = facts_of("委员们到“老兵之家”听心声\n\n"
                     "2024年8月1日，县政协副主席刘海带领部分委员来到石桥镇“老兵之家”退役军人服务站，开展走访慰问。石桥镇镇长陈平陪同。\n\n"
                     "随后召开的座谈会上，老兵们反映，看病报销手续太繁琐。\n")
    placed = {place for place, label in issues(facts) if "报销手续太繁琐" in label}
    assert placed and "石桥镇" not in placed


# 2. a modal word qualifying a noun

def test_companions_on_a_rota_make_no_planned_visit():
    facts = facts_of("2024年5月6日，县政协副主席周敏和两位轮值的县政协委员来到东关社区委员工作室，接待来访居民。居民张大妈说，楼道灯坏了很久。\n")
    assert ("周敏", "东关社区委员工作室") in visits(facts)


def test_a_planned_visit_is_still_a_plan():
    facts = facts_of("2024年5月6日，镇长李华来到河西村调研。李华计划下月到东山村，察看水库。\n")
    assert ("李华", "河西村") in visits(facts)
    assert ("李华", "东山村") not in visits(facts)


# 4. a street named by its trade

def test_a_commercial_street_written_bare_is_no_stop():
    facts = facts_of("议事会开到商业街\n\n"
                     "6月3日晚，在东城街道鼓楼商业街，区政协副主席吴刚带领委员与商户代表开起了协商议事会。商户们提出，鼓楼商业街夜间停车难。\n")
    assert not any(p == "商业街" for _, p in visits(facts))
    assert not any(p == "商业街" for p, _ in issues(facts))


def test_a_pedestrian_street_in_another_shape():
    facts = facts_of("2024年10月2日，区长韩梅来到步行街，又到了西门步行街察看。摊主们反映，西门步行街没有公厕。\n")
    assert not any(p == "步行街" for _, p in visits(facts))
    assert ("韩梅", "西门步行街") in visits(facts)


# 5. a meeting held at the stop moved to for it

def test_a_meeting_called_at_the_stop_moved_to_is_held_there():
    facts = facts_of("2024年5月9日，副区长赵明到南湖街道调研，先后走进金桂小区和银杏小区，随后来到南湖街道青年驿站召开座谈会。\n\n"
                     "座谈会上，快递员小刘说，送件时电动车没地方充电。\n")
    placed = {p for p, label in issues(facts) if "电动车没地方充电" in label}
    assert placed and all(p.endswith("青年驿站") for p in placed)


def test_a_meeting_called_at_a_community_centre_in_another_shape():
    facts = facts_of("2024年4月2日，区人大常委会副主任王立带领代表到东湖街道柳岸社区调研，先后走进社区的几条小巷和一家小餐馆，"
                     "随后来到柳岸社区邻里中心召开座谈会。\n\n座谈会上，居民李阿姨说，小巷里路灯不亮。\n")
    placed = {p for p, label in issues(facts) if "路灯不亮" in label}
    assert placed and all(p.endswith("邻里中心") for p in placed)


# 6. a market's section, a company's staff canteen

def test_a_market_section_is_no_place_of_its_own():
    facts = facts_of("2024年6月3日上午，镇长周平带领部门负责人来到东关农贸市场和东关老街，察看市场运行情况。\n\n"
                     "早上八点，正是市场最忙的时候。周平从干货区一路走到海鲜区，不时停下来问问价格。在海鲜区，一位摊主说：“你看，市场的下水道经常堵。”\n")
    assert any(p == "东关农贸市场" and "下水道经常堵" in label for p, label in issues(facts))
    assert not any(p.endswith("海鲜区") for p, _ in issues(facts))


def test_a_staff_canteen_in_a_list_is_no_stop():
    facts = facts_of("2024年7月1日，副镇长林涛到青山社区调研。\n\n在青山社区青山纺织有限公司员工宿舍区，林涛走进宿舍楼，"
                     "逐一察看房间、公共浴室、洗衣房和员工食堂。员工小王说，宿舍的热水一到晚上就不够用。\n")
    assert not any(p.endswith("员工食堂") for _, p in visits(facts))
    assert any("热水" in label and p.endswith("员工宿舍区") for p, label in issues(facts))


def test_a_bare_heating_station_is_no_stop():
    facts = facts_of("2023年11月4日上午，区委书记赵东深入东城街道，走进老旧小区、换热站和居民家中，检查供暖运行情况。\n\n"
                     "随后，赵东来到东城供热站，察看锅炉运行情况。\n")
    assert ("赵东", "东城供热站") in visits(facts)
    assert not any(p == "换热站" for _, p in visits(facts))


# 7. a rural fair

def test_a_fair_walked_in_its_own_paragraph_is_a_stop():
    facts = facts_of("2024年3月15日上午，副县长王强来到石桥镇，察看春耕备耕情况。\n\n"
                     "石桥大集逢三逢八开集，是镇上最大的集市。当天正逢集日，王强一行沿南北主街边走边看，与摊主拉家常。几位摊主反映，集上没有公共厕所。\n")
    assert ("王强", "石桥大集") in visits(facts)
    assert ("石桥大集", "集上没有公共厕所") in issues(facts)


def test_a_fair_moved_to_in_another_shape():
    facts = facts_of("2024年1月20日，镇长李明来到河口大集，与赶集群众拉家常。群众说，集上停车太难。\n")
    assert ("李明", "河口大集") in visits(facts)
    assert ("河口大集", "集上停车太难") in issues(facts)


# 8. a stop character inside a company's registered name

def test_a_company_name_holding_a_stop_character_is_the_stop():
    facts = facts_of("2024年6月12日下午，镇长沈明带队走访辖区企业。\n\n"
                     "在浙江青禾经编科技有限公司，沈明走进生产车间。公司总经理周海说，熟练工一直招不齐。\n")
    assert ("沈明", "浙江青禾经编科技有限公司") in visits(facts)
    assert ("浙江青禾经编科技有限公司", "熟练工一直招不齐") in issues(facts)


def test_a_company_name_after_a_move_verb_in_another_shape():
    facts = facts_of("2024年5月8日，副县长李平走进嘉兴华达经纬纺织有限公司，察看生产线。企业负责人说，用电指标不够。\n")
    assert ("李平", "嘉兴华达经纬纺织有限公司") in visits(facts)
    facts = facts_of("2024年5月8日，副县长李平来到青禾村，经协调，村里的道路已修好。村民说，路灯不亮。\n")
    assert ("李平", "青禾村") in visits(facts)


# 9. a type word ending in a stop character

def test_a_lane_told_after_an_estate_of_its_community_is_the_next_stop():
    facts = facts_of("2024年12月14日，街道党工委书记杜建华来到新一社区铁路工房小区，和大家一起推雪。居民孙大爷说，小区主路是个坡。\n\n"
                     "在新一社区东兴胡同，几位居民反映，垃圾清运车进不来。\n")
    assert any(o == "杜建华" and p.endswith("东兴胡同") for o, p in visits(facts))
    assert any(p.endswith("东兴胡同") and "垃圾清运车进不来" in label for p, label in issues(facts))


def test_a_lane_of_a_subdistrict_in_another_shape():
    facts = facts_of("2024年1月5日，区长王军到东城街道走访。\n\n在东城街道柳树胡同，几位老人说，胡同里的公厕太远。\n")
    assert any(p.endswith("柳树胡同") and "公厕太远" in label for p, label in issues(facts))


# 10. a village's piece-work point

def test_a_piece_work_point_moved_to_is_the_stop():
    facts = facts_of("2024年4月9日上午，副镇长吴华先来到青石村手工加工点。十几位妇女正在编竹篮。村民李芬说，原料运费太贵。\n")
    assert any(o == "吴华" and p.endswith("手工加工点") for o, p in visits(facts))
    assert any(p.endswith("手工加工点") and "原料运费太贵" in label for p, label in issues(facts))


def test_a_piece_work_point_set_as_a_scene_in_another_shape():
    facts = facts_of("2024年4月9日，副镇长吴华到青石村调研。\n\n在青石村竹编加工点，几位妇女说，原料运费太贵。\n")
    assert any(p.endswith("竹编加工点") and "原料运费太贵" in label for p, label in issues(facts))
