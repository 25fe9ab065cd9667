"""Session 47, fprec (false issues on p179, p180, p183, p185): what a resident's account says
that is not itself a matter raised.  Invented fixtures, at least two wordings each, one of another
shape; each mechanism with a twin that must still raise.

1. (withdrawn: many of a group in need before its need, 村里留守儿童多，… — it contradicts the
   CLAUSES30 rule 3 convention, tests/test_clauses30.py; left to the lead as a gold dispute.)
2. A benefit already delivered: a thing newly added (新添了X), work done counted up (累计整改X处),
   a one-character state bettered (路平了、灯亮了) is an achievement or praise
   (`issue_delivered.tsv`, `issue_items.delivered`; praise in `issue_content.praise`).
3. A time alone making a whole clause (前年冬天, 去年夏天那场大雨, 每天晚上九点多) is when the clause
   after it happened (`issue_words.TIME_ALONE`, read by `issue_words.condition`).
4. The speaker's own household heading an item (家里老人…, 儿女…, 自己…, 老伴…) beside another item of
   the same raising is the speaker's circumstance (`issue_household_heads.txt`, `issue_coping.household`).
5. A time of day told by the sky (天黑, 天亮), which the analyser may tag a person when it opens a
   sentence, is no antecedent of 他/她: the official named after it is (`issue_sky_times.txt`,
   `Raisers.pronoun_is_raiser`), so the official's maxim is no issue.
"""

import pytest

from kg.extract.issue_content import praise
from kg.extract.issue_coping import household
from kg.extract.issue_items import delivered
from kg.extract.issue_words import condition
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


# 2. benefits already delivered
@pytest.mark.parametrize("text", [
    "居民王大姐说，去年新添了两台健身器材，大家晚上都来锻炼。",
    "社区书记介绍，今年以来累计整改占道隐患300余处。",
    "老住户陈伯说，翻修以后巷子“路平了、灯亮了，走夜路也不怕了”。",
])
def test_a_benefit_already_delivered_is_no_issue(text):
    labels = labels_in_village(text)
    assert not labels, labels


def test_precision_twin_a_complaint_after_the_benefit_stands():
    labels = labels_in_village("居民王大姐说，翻修以后路平了、灯亮了，就是停车位还是不够。")
    assert any("停车位还是不够" in label for label in labels)


def test_precision_twin_a_light_too_bright_or_out_is_a_complaint():
    assert not delivered("楼下广告牌太亮了") and not delivered("路灯一直不亮了")
    labels = labels_in_village("村民反映，村口的路灯一直不亮了。")
    assert any("路灯" in label for label in labels)


def test_delivered_reads_the_lexicon_classes():
    assert delivered("院里新装了两部电梯") and delivered("累计修复破损路面20处") and delivered("路子宽了")
    assert praise("去年新增了三个车棚")
    assert not delivered("新增了车位但还是不够")


# 3. a time alone
@pytest.mark.parametrize("text, complaint", [
    ("居民王芳说：“去年夏天那场大雨，水一下就灌进了地下室。”", "灌进了地下室"),
    ("附近居民反映，每天晚上九点多，广场舞音响开得很大。", "音响开得很大"),
    ("老陈说，前年腊月，楼顶水箱冻裂了。", "水箱冻裂了"),
])
def test_a_time_alone_is_when_the_complaint_happened(text, complaint):
    labels = labels_in_village(text)
    assert not any(label in ("去年夏天那场大雨", "每天晚上九点多", "前年腊月") for label in labels)
    assert any(complaint in label for label in labels)


def test_time_alone_is_a_whole_clause_only():
    c = condition()
    assert c.match("前年冬天") and c.match("去年七月那次冰冻") and c.match("每天早上六点半")
    assert not c.match("去年冬天水管冻裂了") and not c.match("冬天路滑")


# 4. the speaker's household beside the complaint
@pytest.mark.parametrize("text, complaint", [
    ("居民陈大姐说，楼下烧烤店油烟很大，家里老人睡眠不好，一晚上醒好几次。", "油烟很大"),
    ("村民老刘说：“儿女都在城里打工，村里的路灯坏了半年没人修。”", "路灯坏了"),
    ("住户周阿姨反映，单元门锁坏了好几个月，老伴腿脚不利索，进出全靠邻居帮忙。", "单元门锁坏了"),
])
def test_the_speakers_household_beside_the_complaint_is_their_circumstance(text, complaint):
    labels = labels_in_village(text)
    assert not any(label.startswith(("家里老人", "儿女", "老伴")) for label in labels), labels
    assert any(complaint in label for label in labels)


def test_precision_twin_the_home_itself_lacking_a_thing_stands():
    labels = labels_in_village("村民反映，家里没有通自来水，只能去井里挑水。")
    assert any("家里没有通自来水" in label for label in labels)


def test_household_reads_the_head_of_the_clause():
    assert household("家里老人睡眠不好") and household("她的儿女都在外地") and household("自己装了个充电桩")
    assert not household("家里没有通自来水") and not household("孩子们上学远") and not household("子女多")


# 5. a time told by the sky is no person
VISIT = "区长李明来到红星村走访。\n"


@pytest.mark.parametrize("text", [
    "天黑回到村部，李明把记下的事又理了一遍。“群众的事，再小也是大事。”他说。",
    "天黑回到村部，李明翻看当天的记录。他说，群众的事再小也是大事。",
])
def test_a_time_told_by_the_sky_is_no_antecedent_of_he(text):
    from tests.extraction import facts_of, issues
    assert not issues(facts_of(VISIT + text))


def test_precision_twin_a_resident_before_he_still_raises():
    from tests.extraction import facts_of, issues
    text = VISIT + "天黑前，村民王大伯拉住李明。他说，村口的路灯坏了好几个月。"
    assert any("路灯坏了" in label for _, label in issues(facts_of(text)))
