"""A newcomer's faults, session 59 (their own invented reports; these fixtures are ours).

- A pinyin note written as one word after a two-character word (書記(shūjì)), or one syllable
  reading the word's first character (書記(shū)), is a note too (`repair.pinyin._reads_joined`).
- An HTML page's lines are its blocks: a list item ending with no mark does not run into the
  paragraph after it (`repair.PAGE_REPAIRS`: no wrapped lines to join).
- A town named after a village (孔村镇, 王村乡) before one of its villages is the town, not a
  village holding a village (`place_segments._town_named_after_village`).

Every fixture is invented (names, places and wording).
"""

import kg
import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("note", ["(shūjì)", "(shū)"])
def test_a_pinyin_note_on_a_two_character_title_keeps_the_official(note):
    facts = facts_of(f"5月18日，荔灣區(qū)委書記{note}梁志雄來到逢源街道文昌社區(qū)調研。居民反映，小區電梯老舊。")
    assert visits(facts) == {("梁志雄", "文昌社区")}


def test_an_html_list_item_does_not_run_into_the_next_paragraph():
    html = ("<html><body><article><p>4月2日，区长邵立群来到东湖街道槐荫社区调研。居民反映了以下问题：</p>"
            "<ul><li>楼道灯坏了，晚上看不清台阶</li></ul><p>区政协委员、民建会员韩明陪同调研。</p></article></body></html>")
    built = kg.build_texts({"page.html": html})
    facts = next(iter(built.facts.values()))
    official = next(o for o in facts.officials.values() if o.name == "韩明")
    assert official.posts == ["区政协委员", "民建会员"]
    assert not any("委员" in i.label for i in facts.issues)


@pytest.mark.parametrize("town, village", [("孔庄村镇", "南李村"), ("柳村乡", "西坡村")])
def test_a_town_named_after_a_village_holds_the_village(town, village):
    facts = facts_of(f"5月6日，县长郑远来到{town}{village}，察看灌溉设施。村民反映，水渠漏水。")
    assert visits(facts) == {("郑远", village)}
    place = next(p for p in facts.places.values() if p.name == village)
    assert facts.places[place.parent].name == town
