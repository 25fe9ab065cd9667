"""Session 53 (false53): issue falses beside the complaint they belong to.

1. a reading in a unit of measure right after the complaint whose quantity it reads
   (供暖不热，有的室温不到18度; 路面太窄，只有3米多宽: `issue_content.measure_reading`,
   `IssueReader.measures`, `issue_measure_units.txt`) is that complaint's measure; a count of
   things (只有一名村医) and a reading after no complaint stay;
2. the aim of a request after it, 方便X / 便于X (`issue_clause_markers.tsv` purpose), in a
   point's clauses and in a list's items (`issue_items.split_items`), is no item of its own;
3. a heart hanging or grieved closing a clause (心里总是悬着, 我心里老难过的: feelings of
   `issue_feelings.tsv`) is how the raiser feels about the complaint, no item;
4. a coming back or over beside the complaint (晚上下班回来, 孩子从老家过来:
   `issue_coping.arrives`, `issue_arrival_ends.txt`) is its scene; a potential complement
   (开不进来) is the complaint.

Every fixture is invented for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract.issue_content import measure_reading
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def labels_of(text):
    return {label for _, label in issues(facts_of(text))}


# ---------------------------------------------------------------- 1. a measure right after its complaint

@pytest.mark.parametrize("label, reads", [
    ("卧室不到16度", True), ("只有2米来宽", True), ("每斤才三块钱", True), ("院子只有40平方米", True),
    ("卫生站只有两名医生", False), ("午休床位只有8张", False), ("巷子太窄", False),
])
def test_measure_reading(label, reads):
    assert measure_reading(label) is reads


@pytest.mark.parametrize("text, kept, gone", [
    pytest.param("1月9日，副区长孙立行来到松岚社区走访。社区书记介绍，居民诉求主要有两个方面：一是松岚小区几栋楼暖气烧得不热，"
                 "有的屋里不到16度；二是楼道灯坏了没人修。", "松岚小区几栋楼暖气烧得不热", "有的屋里不到16度",
                 id="a temperature after the heating complaint"),
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，进村的机耕道路面太窄，只有2米来宽，"
                 "收割机开不进去。", "进村的机耕道路面太窄", "只有2米来宽", id="a width after the narrow road"),
])
def test_measure_after_its_complaint(text, kept, gone):
    labels = labels_of(text)
    assert kept in labels and gone not in labels, labels


@pytest.mark.parametrize("text, kept", [
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，村卫生站只有两名医生，看病要排很久。",
                 "村卫生站只有两名医生", id="a count of people is the complaint"),
    pytest.param("4月2日，县长周学文来到石桥村调研。村民们反映，村里的机耕道只有2米来宽，收割机开不进去。",
                 "村里的机耕道只有2米来宽", id="a measure opening the raising is the complaint"),
])
def test_measure_kept(text, kept):
    assert kept in labels_of(text)


# ---------------------------------------------------------------- 2. the aim of a request
AIMS = [
    pytest.param("6月3日，区长何明轩来到东湖社区调研。\n居民们反映的问题还有：\n一、老楼的下水管老化，一到雨天污水就往外冒；\n"
                 "二、楼道里堆满杂物；\n三、希望在社区增设老年食堂，方便腿脚不便的老人就近吃饭。\n何明轩要求街道抓紧研究。",
                 "在社区增设老年食堂", "方便腿脚不便的老人就近吃饭", id="an enumerated request's aim (a problem word in it)"),
    pytest.param("6月3日，区长何明轩来到东湖社区调研。居民代表提出一条建议：增开一趟到火车站的公交车，便于外出务工的居民赶车。",
                 "增开一趟到火车站的公交车", "便于外出务工的居民赶车", id="a listed request's aim"),
]

# ---------------------------------------------------------------- 3. a heart hanging or grieved
HEART = [
    pytest.param("5月6日，副县长刘一鸣来到西坪村走访。村民老杨说：“村口那座便桥的栏杆断了两根，孩子天天从桥上过，我心里一直悬着。”",
                 "村口那座便桥的栏杆断了两根", "我心里一直悬着", id="a heart hanging"),
    pytest.param("5月6日，副县长刘一鸣来到西坪村走访。村民老杨说：“村里的卫生室常年没有医生，我心里老难过的。”",
                 "村里的卫生室常年没有医生", "我心里老难过的", id="a heart grieved"),
]


@pytest.mark.parametrize("text, kept, gone", AIMS + HEART)
def test_the_clause_beside_the_complaint_is_no_issue(text, kept, gone):
    labels = labels_of(text)
    assert kept in labels and gone not in labels, labels


# ---------------------------------------------------------------- 4. a coming back or over

from kg.extract.issue_coping import arrives  # noqa: E402


@pytest.mark.parametrize("clause, scene", [
    ("半夜下了夜班回来", True), ("周末孙子从城里过来", True), ("每天傍晚到家", True),
    ("救护车开不进来", False), ("钱一直要不回来", False), ("渠水引不过来", False),
])
def test_arrives(clause, scene):
    assert arrives(clause) is scene


@pytest.mark.parametrize("text, kept, gone", [
    pytest.param("9月2日，副区长赵青来到枫林社区走访。住在4栋的刘师傅说：“半夜下了夜班回来，楼道里的灯都坏了，只能摸黑上楼。”",
                 "楼道里的灯都坏了", "半夜下了夜班回来", id="coming back from work"),
    pytest.param("9月2日，副区长赵青来到枫林社区走访。有居民提出，寒假期间孙子从老家过来，小区里连个能玩的地方都没有，希望增设儿童游乐设施。",
                 "增设儿童游乐设施", "寒假期间孙子从老家过来", id="children coming over"),
])
def test_arrival_scene(text, kept, gone):
    labels = labels_of(text)
    assert kept in labels and gone not in labels, labels
