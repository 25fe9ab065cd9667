"""Session 55, diag210: complaints of the opened probe set p210 the parser missed
(notes: FAULTS_p210.md), each a mechanism that holds beyond its report.

- quotations written in series after a raising act (家长们反映，“A”，“B”) are the same
  speaker's words, each read (`issue_content.quoted_series`); one followed by its own
  speaker is not;
- a force verb and a breaking result (压断, 刮倒, 掀翻: `issue_force_verbs.txt`,
  `issue_break_results.txt`, `issue_words.struck`) state damage;
- a blemish present on a building (还有霉斑, 长满了青苔: `issue_blemish_nouns.txt`,
  `issue_words.blemished`) and a room's discomfort closing a clause (板房白天闷热:
  `issue_discomfort_words.txt`) state a problem, so an account's clause naming one is raised.

Every fixture is invented for these tests.
"""

import re

import pytest

from kg.extract import issue_words
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

HEAD = "区领导走访群众\n\n"


def labels(visit: str, text: str) -> set[str]:
    return {label for _, label in issues(facts_of(HEAD + visit + text))}


def test_quotations_in_series_after_an_act_are_all_read_up_to_another_speaker():
    got = labels("5月9日，副区长周立群来到柳岸社区儿童之家走访。", "几位家长反映，“托管名额太少”，“放学后孩子没地方写作业”，希望多开几个班。")
    assert "托管名额太少" in got
    assert "放学后孩子没地方写作业" in got
    # (a quotation followed by its own speaker ends the series: another's words)
    got = labels("5月9日，副区长周立群来到柳岸社区走访。", "居民说，“巷口路灯太暗”，“这件事街道马上来办”周立群回应说。")
    assert "巷口路灯太暗" in got
    assert not any("街道马上来办" in label for label in got)


def test_a_thing_broken_by_a_force_is_a_complaint():
    got = labels("8月2日，县长方志远来到石桥村察看灾情。",
                 "村主任黄德胜告诉方志远，村里还有一个村民小组没有恢复通电，倒下的竹林压断了通往茶园的便道。")
    assert any("压断了通往茶园的便道" in label for label in got)


def test_a_force_and_its_result_read_as_damage_only_together():
    rx = re.compile(issue_words.struck())
    assert rx.search("大风刮倒了两个大棚") and rx.search("屋顶被台风掀翻")
    assert not rx.search("取得压倒性优势") and not rx.search("翻修了屋顶")


def test_a_blemish_in_an_account_is_raised():
    got = labels("8月2日，县长方志远来到河口镇中学察看灾后情况。",
                 "校长介绍，洪水退去以后，三楼宿舍和图书室墙面还有霉斑，部分床铺被泡坏。")
    assert any("墙面还有霉斑" in label for label in got)


def test_a_rooms_discomfort_closing_a_clause_is_a_complaint():
    got = labels("8月2日，县长方志远来到河口村安置点走访。",
                 "安置户孙大姐告诉方志远，活动板房中午闷热，孩子午觉睡不着；不少村民更关心的是，新房选址定不下来。")
    assert "活动板房中午闷热" in got
    assert not issue_words.problem().search("冒着闷热的天气")
