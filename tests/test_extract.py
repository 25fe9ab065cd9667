"""Each extraction pattern, on fixtures written for these tests."""

import pytest

from kg.errors import ReportError
from tests.extraction import facts_of, issues, posts, visits


# ------------------------------------------------------------------ officials
@pytest.mark.parametrize(
    "text, expected",
    [
        ("区委副书记、区长王明来到东湖街道新华居民区。", {"王明": ["区委副书记", "区长"]}),
        ("街道党工委书记李鹏陪同。副区长章维来到东湖街道。", {"李鹏": ["街道党工委书记"], "章维": ["副区长"]}),
        ("市委常委、常务副市长欧阳明德来到南湖街道北苑社区。", {"欧阳明德": ["市委常委", "常务副市长"]}),
        ("旗人大常委会副主任巴特尔朝鲁带领代表来到乌兰镇众和家园。", {"巴特尔朝鲁": ["旗人大常委会副主任"]}),
        ("区科委主任陈红、区民政局局长刘强来到城东街道花园社区。", {"陈红": ["区科委主任"], "刘强": ["区民政局局长"]}),
        ("市领导陈寅、诸葛文参加。区长王明来到东湖街道。", {"陈寅": ["市领导"], "诸葛文": ["市领导"], "王明": ["区长"]}),
    ],
)
def test_title_name_patterns(text, expected):
    got = posts(facts_of(text))
    for name, titles in expected.items():
        assert got.get(name) == titles


def test_words_that_follow_titles_are_not_names():
    f = facts_of("区长王明来到东湖街道新华居民区，各楼组长和居民代表参加，区长访谈节目播出。")
    assert set(f.officials) == {"王明"}


def test_name_length_from_later_bare_mentions():
    f = facts_of("副区长杭一鸣率队来到东湖街道新华居民区。杭一鸣指出，要办好实事。")
    assert "杭一鸣" in f.officials


def test_companion_after_xie_does_not_take_the_visit():
    f = facts_of("镇党委委员刘芳带领调研组，携社区办主任王林来到黎明二居。")
    assert visits(f) == {("刘芳", "黎明二居")}


# ------------------------------------------------------------------ issues
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("听取居民关于加装电梯和停车难问题的意见建议。", {"加装电梯", "停车难问题"}),
        ("认真倾听大家对加装电梯、绿化补种、架空线入地等方面的意见建议。", {"加装电梯", "绿化补种", "架空线入地"}),
        ("居民代表还对充电桩建设、垃圾分类和楼道照明等方面提出了建议。", {"充电桩建设", "垃圾分类", "楼道照明"}),
        ("居民们就老年助餐、小区停车等问题进行了交流。", {"老年助餐", "小区停车"}),
        ("居民又反映了屋顶渗水、下水道堵塞等问题。", {"屋顶渗水", "下水道堵塞"}),
        ("居民提出的问题涉及路灯损坏、绿地被占，还有外墙脱落。", {"路灯损坏", "绿地被占", "外墙脱落"}),
        ("察看了居民投诉的垃圾房和化粪池。", {"垃圾房", "化粪池"}),
        ("居民代表提出了门禁损坏、楼道堆物，以及消防通道堵塞等20多个问题。", {"门禁损坏", "楼道堆物", "消防通道堵塞"}),
        ("居民们围绕二次供水改造、外墙渗漏等问题畅所欲言。", {"二次供水改造", "外墙渗漏"}),
        ("居民诉求集中在停车位紧张、垃圾清运不及时等方面。", {"停车位紧张", "垃圾清运不及时"}),
        ("居民们希望尽快解决小区雨污混接的问题。", {"小区雨污混接"}),
    ],
)
def test_issue_patterns(sentence, expected):
    f = facts_of(f"区长王明来到东湖街道新华居民区。{sentence}")
    assert issues(f) == {("新华居民区", label) for label in expected}


def test_short_pairs_joined_by_he_stay_one_issue():
    f = facts_of("区长王明来到东湖街道新华居民区，听取居民关于油烟和噪声扰民的意见。")
    assert issues(f) == {("新华居民区", "油烟和噪声扰民")}


def test_officials_remarks_are_not_issues():
    f = facts_of("区长王明来到东湖街道新华居民区。王明指出，要重视加装电梯工作，并就功能优化提出建议。委员们就养老服务社会化等议题建言献策。")
    assert issues(f) == set()


def test_issues_are_categorised_with_the_skos_scheme():
    f = facts_of("区长王明来到东湖街道新华居民区，听取居民关于加装电梯、蜘蛛网线整治和某种新问题的意见。")
    concepts = {i.label: i.concept for i in f.issues}
    assert concepts["加装电梯"] == "ElevatorRetrofit"
    assert concepts["蜘蛛网线整治"] == "OverheadCables"
    assert concepts["某种新问题"] == "Other"


# ------------------------------------------------------------------ repair in context
def test_damaged_report_extracts_like_a_clean_one():
    damaged = "??3月8日,區(qū)委副書(shū)記(jì)、區(qū)長(zhǎng)王明來到東湖街道新華居民區(qū),聽取居民關於加裝電梯的意見。"
    clean = "3月8日，区委副书记、区长王明来到东湖街道新华居民区，听取居民关于加装电梯的意见。"
    a, b = facts_of(damaged), facts_of(clean)
    assert visits(a) == visits(b) == {("王明", "新华居民区")}
    assert issues(a) == issues(b) == {("新华居民区", "加装电梯")}
    assert posts(a) == posts(b) == {"王明": ["区委副书记", "区长"]}


def test_no_facts_is_an_error():
    with pytest.raises(ReportError, match="no facts"):
        facts_of("今天天气很好，我们去公园散步。")


def test_issue_goes_to_the_place_named_in_its_sentence():
    f = facts_of("区委书记郑东一行先后来到幸福小区和安康家园。在幸福小区，居民们纷纷反映加装电梯后采光受影响问题。")
    assert issues(f) == {("幸福小区", "加装电梯后采光受影响")}


def test_an_official_spoken_to_does_not_silence_residents():
    f = facts_of("副区长周华来到北湖街道昆明居民区。居民代表向周华反映了楼道灯不亮、地下室渗水等问题。")
    assert issues(f) == {("昆明居民区", "楼道灯不亮"), ("昆明居民区", "地下室渗水")}


def test_dates_and_time_words_before_a_post_are_not_part_of_it():
    f = facts_of("3月30日上午区长王明来到东湖街道新华社区。6月3日区委书记赵力来到新华社区。日照市市长张平也来到新华社区。")
    assert posts(f) == {"王明": ["区长"], "赵力": ["区委书记"], "张平": ["日照市市长"]}


def test_officials_brought_along_by_the_leader_accompany():
    f = facts_of("区委书记陈立带领区委常委李明、副区长赵刚来到东湖街道新华社区。")
    assert visits(f) == {("陈立", "新华社区")}
    assert posts(f) == {"陈立": ["区委书记"], "李明": ["区委常委"], "赵刚": ["副区长"]}
    assert f.officials["李明"].role == f.officials["赵刚"].role == "accompanying"


def test_a_conjunction_inside_an_organisation_name_stays():
    f = facts_of("住房和城乡建设部副部长倪红来到东湖街道新华社区。")
    assert posts(f) == {"倪红": ["住房和城乡建设部副部长"]}


def test_issues_go_to_the_listed_place_the_paragraph_is_about():
    f = facts_of(
        "区政协主席韩立先后视察了新港湾项目、滨江社区卫生服务中心和彩虹社区。\n"
        "在彩虹社区，韩立召开居民座谈会。会上，居民们围绕加装电梯、停车难等话题踊跃发言。"
    )
    assert issues(f) == {("彩虹社区", "加装电梯"), ("彩虹社区", "停车难")}
