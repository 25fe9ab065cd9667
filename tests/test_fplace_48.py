"""Session 48 (fplace: stops and placement), kinds found on the opened sets p187, p188, p191, p193,
each pinned with invented sentences in two wordings (one in another shape) and a twin left alone.

1. A stop told by its rank (`第一站是X`) names X by the frame, though X has no type word: the
   words filling the rest of the clause are the name, a name the report writes again (or writes
   in full with a type word elsewhere, `X` → `X自然村`). A phrase (`村里的养老院`) is none.
2. A stop's rank on a route or tour written in apposition before the name (`到达终点站X村`,
   `来到首站X社区`) is no part of the name (`place_relative_modifiers.txt`).
"""

import pytest

from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast


# 1. an ordinal stop's bare name

def test_an_ordinal_stop_with_a_bare_name_is_the_stop():
    facts = facts_of("2024年3月5日，上午九点，镇长何平带着工作人员出发，第一站是青石岭。青石岭的村民李大爷说，山上的水管冻裂了。\n\n"
                     "第二站是柳家湾。村民反映，村口的桥太窄。\n")
    assert ("何平", "青石岭") in visits(facts)
    assert ("青石岭", "山上的水管冻裂了") in issues(facts)
    assert ("何平", "柳家湾") in visits(facts)  # (written once, a name the analyser reads)


def test_an_ordinal_stop_written_in_full_elsewhere():
    facts = facts_of("2024年6月1日，县长刘建国到梨树镇调研。梨树镇的梨花坳自然村住着40户人家。\n\n"
                     "首站，是梨花坳，村民说，山路塌方没人修。\n")
    assert ("刘建国", "梨花坳自然村") in visits(facts)
    assert ("梨花坳自然村", "山路塌方没人修") in issues(facts)


def test_an_ordinal_stop_holding_a_phrase_names_no_bare_place():
    facts = facts_of("2024年6月1日，镇长唐明到石门村调研。第一站是村里的养老院。老人们说，伙食太单一。\n")
    assert visits(facts) == {("唐明", "石门村")}


# 2. a stop's rank in apposition before its name

def test_the_terminal_stop_before_a_village_is_no_part_of_its_name():
    facts = facts_of("2024年3月5日，县长王立乘坐新开通的公交车体验线路。车子到达终点站石门村，村民李大爷说，村里到镇上的路太窄。\n")
    assert ("王立", "石门村") in visits(facts)
    assert ("石门村", "村里到镇上的路太窄") in issues(facts)


def test_the_first_stop_before_a_community_in_another_shape():
    facts = facts_of("2024年9月9日，区长钱文带队检查防汛工作，来到首站江滨社区。社区书记介绍，低洼处一下雨就积水。\n")
    assert ("钱文", "江滨社区") in visits(facts)
    assert not any("首站" in place for _, place in visits(facts))
