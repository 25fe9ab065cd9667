"""FAULTS39_p134 (session 39): a hamlet's bench meeting, a pipe table.

1. A unit's name, then a title and its holder's name (青石村第一书记甲和村党支部书记乙) is no
   place: the name ends before the title (`place_window._title_after_unit`).
2. A party committee's member (乡党委委员, 组织委员: `duty_post_cadres.txt`) named only taking
   part (参加) makes no duty visit, and is no guest the village's cadres host: the cadres making
   the rounds visit (`Reader.note_joined_only`, `_guest_before`); 组织委员 is one title head
   (`post_titles.txt`).
3. A sentence opening with a named place's spot and no 在 (X村的祠堂前，…) sets the scene there
   (`scene_spot_locatives.txt`, `visit_patterns.scene_spot`); 开起了“…会” holds a meeting (`visit_verbs.tsv`).
4. Village cadres who are a report's only visitors make its rounds: what they say there is
   their own remark, no resident's (`issue_raisers.Raisers`).
5. A pipe table (序号｜反映人｜反映事项｜答复, | … | rows) is a table (`issue_content.TABLE_CELLS`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast


def place_names(facts) -> set[str]:
    return {p.name for p in facts.places.values()}


def test_a_title_and_name_after_a_village_end_its_name():
    f = facts_of("3月2日，青石村第一书记林远航和村党支部书记何春来一起，同村民们座谈。村民说，村口的桥裂了。")
    assert not any("书记" in n for n in place_names(f))


def test_precision_a_title_room_after_a_village_stays_a_site():
    f = facts_of("3月2日，县长王明来到青石村书记工作室，与村民座谈。村民说，村口的桥裂了。")
    assert ("王明", "青石村书记工作室") in visits(f) or any(n.endswith("书记工作室") for n in place_names(f))


CADRES = ("3月2日，青石村第一书记林远航和村党支部书记何春来一起，同村民们在村部座谈。"
          "乡党委委员、组织委员吴海参加。\n\n当天下午，林远航还到相邻的下坪自然村入户走访。"
          "老人何德旺告诉他，自家的院墙塌了一角。")


def test_a_party_committee_member_taking_part_is_no_guest_of_the_cadres():
    f = facts_of(CADRES)
    assert ("林远航", "下坪自然村") in visits(f)
    assert posts(f)["吴海"] == ["乡党委委员", "组织委员"]


def test_precision_a_county_head_visiting_is_the_cadres_guest():
    f = facts_of(CADRES.replace("乡党委委员、组织委员吴海参加。", "县长吴海来到青石村调研。"))
    assert ("林远航", "下坪自然村") not in visits(f)


SPOT = "4月9日晚，青石村竹林自然村的祠堂前，十几条长板凳围成一圈。镇长林远航同村民们开起了“板凳会”。村民说，垃圾收集点太少。"


def test_a_spot_of_a_hamlet_opening_a_sentence_sets_the_scene():
    f = facts_of(SPOT)
    assert ("林远航", "竹林自然村") in visits(f)
    assert any(p == "竹林自然村" and "垃圾收集点太少" in l for p, l in issues(f))


def test_precision_a_hamlets_residents_opening_a_sentence_set_no_scene():
    f = facts_of(SPOT.replace("的祠堂前，十几条长板凳围成一圈", "的村民说，十几条长板凳不够用"))
    assert ("林远航", "竹林自然村") not in visits(f)


ROUNDS = ("3月2日，青石村第一书记林远航来到下坪自然村入户走访。村民说，村里的垃圾收集点太少。"
          "林远航一边听一边记录。他说，机耕路硬化已经争取到部分资金。")


def test_the_only_visiting_cadres_remarks_are_no_issues():
    labels = {l for _, l in issues(facts_of(ROUNDS))}
    assert any("垃圾收集点太少" in l for l in labels)
    assert not any("机耕路硬化" in l for l in labels)


def test_precision_a_cadre_hosting_a_county_head_still_speaks_for_residents():
    f = facts_of("3月2日，县长王明来到青石村下坪自然村。青石村第一书记林远航说，机耕路一下雨就泥泞。")
    assert any("机耕路一下雨就泥泞" in l for _, l in issues(f))


TABLE = ("9月20日，区人大代表张国栋来到东海镇金沙居民区接待选民。现将选民反映的事项整理如下：\n"
         "序号｜反映人｜反映事项｜答复\n1｜居民李先生｜3号楼屋顶漏水，家里发霉｜联系物业\n"
         "2｜居民王女士｜小区门口缺少斑马线｜转交交警\n\n张国栋表示会跟进。")


def test_a_pipe_tables_issue_column_gives_the_items():
    labels = {l for _, l in issues(facts_of(TABLE))}
    assert any("屋顶漏水" in l for l in labels) and "小区门口缺少斑马线" in labels
    assert not any("联系物业" in l or "转交交警" in l for l in labels)


def test_a_markdown_pipe_table_with_its_rule_gives_the_items():
    text = TABLE.replace("序号｜反映人｜反映事项｜答复\n", "| 序号 | 反映人 | 反映事项 | 答复 |\n|---|---|---|---|\n")
    text = text.replace("1｜居民李先生｜3号楼屋顶漏水，家里发霉｜联系物业", "| 1 | 居民李先生 | 3号楼屋顶漏水，家里发霉 | 联系物业 |")
    text = text.replace("2｜居民王女士｜小区门口缺少斑马线｜转交交警", "| 2 | 居民王女士 | 小区门口缺少斑马线 | 转交交警 |")
    assert "小区门口缺少斑马线" in {l for _, l in issues(facts_of(text))}


def test_precision_a_pipe_table_of_replies_only_gives_no_items():
    text = TABLE.replace("反映事项", "办理单位")
    assert not any("斑马线" in l for _, l in issues(facts_of(text)))
