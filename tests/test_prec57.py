"""Session 57, prec57 (false issues no gold issue is near, by kind; opened sets dev p209 p211
p212 p213 p210 p221 p222).  Invented fixtures; each mechanism with a twin that must still stand.

Background clauses (`kg.extract.issue_background`, word classes in
`kg/lexicons/issue_background.tsv`) are the scene or the aftermath of a complaint, or the
teller's body, no issue of their own: the daylight's course (冬天天黑得早), a bare time
(冬季农闲时节), a mishap denied for good (再没漏过, 一滴没漏), a sufficiency (穿单衣就行了), a body
part and its surgery (膝盖做过手术), chronic illnesses and 多 (高血压、糖尿病多), a feeling
standing as an item of its own (想来吃饭又有顾虑, 自己的担心).
"""

import pytest

from kg.extract.issue_background import background, bodily, felt, nature, settled, suffices, time_only
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, complaint, background_words", [
    # the daylight's course
    ("村民反映：“入冬后天黑得早；村口到学校的路没有路灯。”", "没有路灯", "天黑"),
    # a bare time
    ("村民们提了两件事：农忙时节，村里的机耕道泥泞难走；冬季里的，自来水管常冻。", "机耕道泥泞难走", "时节"),
    # a mishap denied for good
    ("居民反映：“暖气管道换了以后，屋里一点也没渗；可是楼道里的窗户还是破的。”", "窗户还是破的", "没渗"),
    ("王大爷说：“车棚顶修好后，再没漏过。楼道灯坏了。”", "楼道灯坏了", "没漏过"),
    # a sufficiency
    ("李大妈说：“现在屋里穿毛衣就行了。单元门的闭门器坏了。”", "闭门器坏了", "就行了"),
    # a feeling standing as an item of its own
    ("几位老人说：“想去食堂吃饭又有顾虑；食堂离小区太远。”", "食堂离小区太远", "顾虑"),
    ("居民反映了两件事：一是小区北门的路面塌陷，二是大伙想修又不知道找谁。", "路面塌陷", "不知道找谁"),
    # the teller's body
    ("孙大爷说：“我腿脚不灵便，髋关节做过手术，上下楼太难了。”", "上下楼太难了", "手术"),
    ("村医说：“村里老人高血压、糖尿病多；卫生室缺降压药。”", "缺降压药", "糖尿病"),
])
def test_a_background_clause_beside_a_complaint_is_no_issue(text, complaint, background_words):
    got = labels_in_village(text)
    assert any(complaint in label for label in got), got
    assert not any(background_words in label for label in got), got


def test_background_twins_that_state_a_problem_stay():
    # nature: a time before a problem, or a light out, is a complaint
    assert nature("冬季天黑得很早") and not nature("天黑后一路没有灯") and not nature("冬天路灯不亮")
    # a time with a problem is no bare time
    assert time_only("冬季农闲时节") and not time_only("农闲时节就业难") and not time_only("冬季取暖")
    # a duty never done is a complaint; only a mishap denied for good is settled
    assert settled("水管一次都没冻过")
    assert not settled("公共收益的账目从来没有公示过") and not settled("好几年没人检查过")
    assert not settled("工钱一分都没拿到")
    # a sufficiency asked for is a request
    assert suffices("屋里开一个电暖器就够了") and not suffices("只要给装个路灯就行") and not suffices("希望修一下就行了")
    # the body: a part and its surgery, not a want of care
    assert bodily("老伴膝盖开过刀") and not bodily("老人看病难") and not bodily("卫生室缺少降压药")
    assert background("冬季里的") and not background("楼道灯不亮")
    # a feeling with no problem before it; a worry naming its harm, or an evaluation of the
    # residents' going about, stays
    assert felt("心里的担心") and felt("又有顾虑")
    assert not felt("担心物业撤场后没人管") and not felt("老人下楼一趟很吃力")

