"""Session 49, fpreca49 (false issues taken from a raiser's own speech, p195, p197, p198, p201).
Invented fixtures, at least two wordings each, one of another shape; each mechanism with a twin
that must still raise.

1. The speaker's own doing: a clause whose subject is a personal pronoun, alone or with the
   speaker's own people (她家, 他们家, 我们两口子, 我们这些老人: `issue_self_groups.txt`), and whose
   predicate states no problem and denies nothing (她家养了五百头猪, 我们两口子在村口摆了个摊) tells
   the speaker's circumstance beside the complaint (`issue_coping.own_doing`); a place of theirs
   (我们小区, 我家门口) or a lack stays a complaint.
2. A co-subject: a bare noun phrase opening its clause and listed (、) before the item that holds
   the predicate both share (员工的电动车、小汽车只能沿路乱停) states nothing of its own: the item after
   it is the complaint (`IssueReader.co_subject`, `issue_coping.noun_phrase`); a list of complaints
   each with its own predicate (停车难、充电难) stays whole.
3. The complaint's history (多次找过物业, 一直没修: `issue_words.pursued`, CLAUSES30 rule 4), the
   residents as its subject at most, is no issue whichever frame took it (a list's items, a
   numbered point's clauses: `issues.history`).
4. Things all spoiled by the complaint before (a subject, 都, a spoiling result and 了: 衣服都泡烂了,
   木地板都泡坏了; `issue_spoil_results.txt`) close an effect clause (`issue_effects.is_effect`); a
   thing broken (路灯都坏了) stays a complaint.
5. A condition opened by a contrast (就是一到夏天用水高峰，…; 可是每逢节假日，…) is a condition as it is
   without the contrast word: the complaint is the next clause (`ContentReader.clauses`,
   `CONTRAST_OPENING`), and it concedes the clauses before it as a contrast clause does.
"""

import pytest

from kg.extract.issue_coping import noun_phrase, own_doing
from kg.extract.issue_content import ContentReader
from kg.extract.issue_effects import is_effect
from kg.extract.issues import history
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


# 1. the speaker's own doing
@pytest.mark.parametrize("text, complaint, own", [
    ("养殖户老马说，他家养了五百多头猪，饲料价格一年比一年高，希望镇里帮着联系饲料厂。", "饲料价格一年比一年高", "养了五百多头猪"),
    ("租户小李说：“我们两口子在村口摆了个水果摊，可是摊位旁边的下水道常年堵着。”", "下水道常年堵着", "摆了个水果摊"),
    ("村民赵大姐说，她们一家在镇上租房住，村里的危房改造补助到现在还没发下来。", "危房改造补助", "租房住"),
])
def test_the_speakers_own_doing_beside_a_complaint_is_no_issue(text, complaint, own):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels
    assert not any(own in label for label in labels), labels


@pytest.mark.parametrize("text, complaint", [
    ("居民老王说，我们小区没有路灯，晚上出门全靠手电筒。", "没有路灯"),
    ("居民老王说，我家门口的水泥路坏了，下雨天到处是水。", "水泥路坏了"),
])
def test_precision_twin_a_place_of_the_speaker_stays_a_complaint(text, complaint):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels


def test_own_doing_reads_the_lexicon_class():
    assert own_doing("我们老两口在城里带孙子") and own_doing("他们一家人在外打工")
    assert own_doing("我们这些老人白天在家")
    assert not own_doing("我们晚上没地方停车") and not own_doing("我们村的路太窄")
    assert not own_doing("我们上坪组到村部的那段路还是土路")


# 2. a co-subject listed before the shared predicate
@pytest.mark.parametrize("text, complaint, bare", [
    ("摊主说，送货的三轮车、面包车天天把市场门口堵住，希望划出装卸区。", "把市场门口堵住", "送货的三轮车"),
    ("商户们反映，市场里拉货的叉车、三轮车经常堵住通道，顾客进不来。", "经常堵住通道", "拉货的叉车"),
    ("村民说，村里的老井、水塘去年就干了，浇地很困难。", "水塘去年就干了", "老井"),
])
def test_a_co_subject_before_the_shared_predicate_is_no_issue(text, complaint, bare):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels
    assert not any(label.endswith(bare) for label in labels), labels


def test_precision_twin_complaints_each_with_a_predicate_stay():
    labels = labels_in_village("居民代表说，停车难、充电难，希望早日解决。")
    assert {"停车难", "充电难"} <= labels, labels
    topics = labels_in_village("居民们的意见集中在几个方面：菜价、公交班次、夜间照明。")
    assert {"菜价", "公交班次", "夜间照明"} <= topics, topics
    assert noun_phrase("员工的电动车") and not noun_phrase("充电难")


# 3. the complaint's history
@pytest.mark.parametrize("text, complaint", [
    ("居民代表反映了三件事：一是小区路灯坏了好几盏，居民多次找过物业，一直没修；二是垃圾清运不及时。", "路灯坏了好几盏"),
    ("居民反映：路灯坏了、居民多次找过物业、一直没修。", "路灯坏了"),
])
def test_the_complaints_history_is_no_issue_in_any_frame(text, complaint):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels
    assert not any("找过物业" in label or label == "一直没修" for label in labels), labels


def test_precision_twin_a_thing_never_mended_is_a_complaint():
    assert history("村民多次找过物业") and history("一直没修")
    assert not history("路灯一直没人修") and not history("小区停车难")


# 4. things all spoiled: the complaint's effect
@pytest.mark.parametrize("text, complaint, spoiled", [
    ("村民老赵反映，屋后的排水沟年年堵，一下暴雨院子就进水，柜子里的衣服都泡烂了。", "排水沟年年堵", "衣服都泡烂了"),
    ("居民反映，小区的雨水管堵了，家里的木地板都泡坏了，希望物业尽快疏通。", "雨水管堵了", "木地板都泡坏了"),
])
def test_things_all_spoiled_by_the_complaint_are_its_effect(text, complaint, spoiled):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels
    assert not any(spoiled in label for label in labels), labels


def test_precision_twin_a_thing_broken_stays_a_complaint():
    labels = labels_in_village("居民反映，小区线路老化，楼道里的路灯都坏了。")
    assert any("路灯都坏了" in label for label in labels), labels
    assert is_effect("存的粮食都发霉了") and is_effect("沙发都泡坏了") and not is_effect("水管都冻裂了")


# 5. a condition opened by a contrast
@pytest.mark.parametrize("text, complaint, condition", [
    ("村民老刘说：“村里通了自来水，方便多了，就是一到夏天用水高峰，高处几户经常没水。”", "高处几户经常没水", "用水高峰"),
    ("居民反映，小区新修了停车场，可是每逢节假日，车位还是不够停。", "车位还是不够停", "节假日"),
    ("居民王大姐说，家里装了暖气，住得舒服，但一到寒潮来的时候，暖气就不热了。", "暖气就不热了", "寒潮"),
])
def test_a_condition_opened_by_a_contrast_is_the_next_clauses_condition(text, complaint, condition):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels
    assert not any(condition in label and complaint not in label for label in labels), labels
    assert not any("装了暖气" in label for label in labels), labels


def test_precision_twin_a_contrast_clause_with_its_own_complaint_stays():
    labels = labels_in_village("居民反映，小区环境还可以，就是晚上路灯太暗。")
    assert any("路灯太暗" in label for label in labels), labels
    assert ContentReader.clauses("方便多了，就是一到冬天，水管就冻")[1] == ("就是一到冬天", True)
