"""Session 37 (FAULTS37_p122, opened probe p122): district "leader activity" reports of
sub-provincial cities, where a community whose name opens with a stop character was lost,
a renovation project made a stop of the class 老旧小区, an urban village X新村 was read as
one estate, and an inspection of work, a meeting's theme and deputies' own views were filed
as complaints.

1. An entering verb (`走进`, 步入: kind enter in `visit_verbs.tsv`) takes a place as the move
   verbs do: a one-character stop word after it (经 of 经纬社区) opens the name
   (`place_window._move_verb_before`).
2. A work cut off a name (`X社区老旧小区改造项目`) leaves the community when the rest is a
   class of estates (`place_parse._without_class`).
3. An estate's type word 新村 leaving one character of own name (`朗新村`) is a village's
   村 after a two-character name (`place_segments.name_suffix`); `曹杨新村` stays an estate.
4. The superlative frame takes the aspect 着 (`最盼着的是X`: `issue_words.superlative_topic`).
5. Idioms of frequency (`隔三岔五`, 三天两头: `issue_trouble_words.txt`) make a clause of an
   account a complaint, as 经常 does; a later clause that is only a frequency and a
   one-character verb (`三天两头冻`) restates the complaint (`issue_content.bare_frequency`).
6. An inquiry's item written before a word of work (`了解X调处化解工作情况`) is the work
   (`RaisingFrames.work_item`).
7. A how-question stating no problem or aiming to make a thing better (`围绕“如何让X更宜居”`:
   `issue_manner_questions.txt`) is a meeting's theme.
8. Deputies giving their own views (`就A、B等谈了看法`: `issue_own_views.txt`) relay nothing
   (`Raisers.gives_own_view`).
9. A change proposed with 把/将 (`把空地改建成长者食堂`) followed by its gain (`不用再跑三条街`)
   is the wish and its benefit, no problem told as over (`issue_content.PROPOSED`).
10. Small talk (`说起了家长里短`: `issue_generic.txt`) names no matter.

Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, parent_name, visits

pytestmark = pytest.mark.fast

TWO_STOPS = (
    "12月3日，区委书记韩立到北岗街道开展走访活动。\n\n"
    "韩立首先来到松林小区，查看了清雪现场。\n\n"
    "随后，韩立走进{place}，与社区工作者、居民代表座谈。大家围绕社区食堂运营难、单元门禁损坏等话题各抒己见。"
)


def test_entering_verb_takes_a_name_opening_with_a_stop_character():
    f = facts_of(TWO_STOPS.format(place="经纬社区"))
    assert ("韩立", "经纬社区") in visits(f)
    assert ("经纬社区", "社区食堂运营难") in issues(f)


def test_stop_character_after_no_verb_opens_no_name():
    text = "12月3日，区委书记韩立来到松林小区，查看了清雪现场。经社区协调，门禁问题已经解决。"
    assert visits(facts_of(text)) == {("韩立", "松林小区")}


def test_renovation_of_a_community_s_old_estates_is_a_stop_at_the_community():
    text = "7月2日，副区长贺新到南溪街道调研。贺新首先实地查看了桂塘社区老旧小区改造项目，居民反映施工噪音扰民。"
    f = facts_of(text)
    assert ("贺新", "桂塘社区") in visits(f)
    assert not any("老旧小区" in place for _, place in visits(f))


def test_renovation_of_a_named_estate_stays_the_estate():
    text = "7月2日，副区长贺新到南溪街道调研。贺新首先实地查看了翠柳小区改造项目，居民反映施工噪音扰民。"
    assert ("贺新", "翠柳小区") in visits(facts_of(text))


def test_one_character_new_village_is_a_village_under_its_subdistrict():
    text = "8月6日，区人大常委会副主任侯明到石湾街道岚新村开展民情走访，先后走进东岗经济合作社、北岗经济合作社。"
    f = facts_of(text)
    assert visits(f) == {("侯明", "东岗经济合作社"), ("侯明", "北岗经济合作社")}
    assert parent_name(f, "岚新村") == "石湾街道"


def test_two_character_new_village_stays_an_estate():
    text = "8月6日，副区长侯明来到石湾街道曹桥新村，查看了加装电梯进展。"
    assert visits(facts_of(text)) == {("侯明", "曹桥新村")}


def test_superlative_frame_with_aspect_marker():
    text = "5月7日，镇党委书记程远来到南岭村。村民们最盼着的是村西那条砂石路能早日硬化，“一下雨就是泥塘”。"
    assert ("南岭村", "村西那条砂石路能早日硬化") in issues(facts_of(text))


def test_superlative_frame_without_aspect_marker_still_reads():
    text = "5月7日，镇党委书记程远来到南岭村。村民们最盼的是村西那条砂石路能早日硬化。"
    assert ("南岭村", "村西那条砂石路能早日硬化") in issues(facts_of(text))


def test_frequency_idiom_makes_an_account_clause_a_complaint():
    text = "5月7日，区政协副主席程远走进东港社区的柳岸小区。正在晾衣服的周阿姨告诉委员们，小区雨水管隔三岔五就堵塞；她还说，楼道里杂物乱堆。"
    f = facts_of(text)
    assert ("柳岸小区", "小区雨水管隔三岔五就堵塞") in issues(f)


def test_account_clause_without_trouble_stays_out():
    text = "5月7日，区政协副主席程远走进东港社区的柳岸小区。正在晾衣服的周阿姨告诉委员们，小区去年刷了外墙；她还说，楼道里杂物乱堆。"
    assert not any("刷了外墙" in label for _, label in issues(facts_of(text)))


def test_inquiry_about_work_on_disputes_is_no_issue():
    text = "7月16日，副区长郑蓝到西湖街道调研。最后，郑蓝来到西湖街道综治中心，详细了解矛盾纠纷排查化解工作情况，并与调解员交流。"
    assert issues(facts_of(text)) == set()


def test_inquiry_about_problems_is_still_raised():
    text = "7月16日，副区长郑蓝来到白沙村，详细了解村民饮水困难、出行难等情况。"
    assert issues(facts_of(text)) == {("白沙村", "村民饮水困难"), ("白沙村", "出行难")}


def test_how_question_theme_is_no_issue():
    text = "6月5日，区人大代表柯平走进海湾社区。居民代表围绕“如何让老旧社区更整洁”各抒己见，提出了增设垃圾亭等意见建议。"
    assert issues(facts_of(text)) == {("海湾社区", "增设垃圾亭")}


def test_how_question_naming_a_problem_is_kept():
    text = "6月5日，区人大代表柯平走进海湾社区。居民代表围绕如何解决停车难、路灯不亮等问题各抒己见。"
    assert ("海湾社区", "路灯不亮") in issues(facts_of(text))
    assert any("停车难" in label for _, label in issues(facts_of(text)))


def test_members_own_views_are_no_issues():
    text = (
        "6月5日，区政协副主席柯平、区政协委员范洁走进海湾社区。居民代表提出了增设垃圾亭等意见建议。"
        "柯平、范洁结合各自专业领域，就社区微更新、托育服务等谈了看法。"
    )
    assert issues(facts_of(text)) == {("海湾社区", "增设垃圾亭")}


def test_deputies_relaying_residents_still_raise():
    text = "6月5日，区人大代表柯平、范洁走进海湾社区。柯平、范洁就小区停车难、路灯不亮等问题反映了居民诉求。"
    assert ("海湾社区", "路灯不亮") in issues(facts_of(text))


def test_proposal_followed_by_its_gain_stays():
    text = (
        "8月6日，副区长侯明来到石湾村。几位老村民聊到，合作社租金收入逐年下降；"
        "老人们还希望把村口的空地改建成长者食堂，“吃饭不用再跑三条街”。"
    )
    assert ("石湾村", "把村口的空地改建成长者食堂") in issues(facts_of(text))


def test_work_done_then_relief_is_no_issue():
    text = "8月6日，副区长侯明来到石湾村。村民说，村里把路修好了，下雨天不用再踩泥了。"
    assert issues(facts_of(text)) == set()


def test_small_talk_is_no_issue():
    text = "5月7日，镇党委书记程远来到南岭村。村民们拉着他说起了家长里短，最盼着的是村西那条砂石路能早日硬化。"
    assert issues(facts_of(text)) == {("南岭村", "村西那条砂石路能早日硬化")}


def test_bare_frequency_after_a_complaint_is_no_second_issue():
    text = "1月9日，镇党委书记程远来到南岭村。村民老马说：“自来水管子又冻裂了，一到冬天，管子埋得浅，三天两头冻。”"
    labels = {label for _, label in issues(facts_of(text))}
    assert "三天两头冻" not in labels
    assert any("冻裂" in label for label in labels)
