"""Session 43, FAULTS43 p144: the kinds of fault found on an opened blind set.

1. A spot of a named place, maybe in a resident's home there, then a word telling it is
   crowded with no comma (X屯村民甲家的炕头上挤满了人): the scene is set at the place
   (`visit_patterns.crowd_spot`, `scene_crowd_words.txt`, read by `Reader._scene_locative`).
2. An occasion's short clause (正赶上腊八，) and a story's dateline (X融媒体中心讯（记者 Y）)
   stand in a sentence's lead as a date does (`visit_verbs.sequence_lead`,
   `scene_occasion_words.txt`, `visit_patterns.DATELINE`).
3. 在这里 names the most specific of the places one name introduced at once (乡X村Y屯: Y屯,
   not X村: `back_reference.referred_here`).
4. 开了一场X会 holds a meeting (`visit_verbs.tsv`).
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


def _places_of(text: str, who: str) -> set[str]:
    return {place for w, place in visits(facts_of(text)) if w == who}


KANG = ("青山县讯（记者 林晓）2023年12月5日，正值冬闲，红岩乡柳沟村王家屯村民王德顺家的炕头上挤满了人。"
        "乡长赵立群和村主任孟强一起，在这里开了一场“板凳会”。村民反映，屯里的井水冬天常结冰。")


def test_a_crowded_spot_in_a_villagers_home_sets_the_scene_named_by_here():
    assert any(p.endswith("王家屯") for p in _places_of(KANG, "赵立群"))


def test_here_names_the_hamlet_not_the_village_holding_it():
    assert not any(p.endswith("柳沟村") for p in _places_of(KANG, "赵立群"))


def test_a_spot_without_a_crowd_sets_no_scene():
    # precision twin: the spot's clause tells no gathering, so 在这里 names nothing
    text = KANG.replace("挤满了人", "放着一床被子")
    assert not any(p.endswith("王家屯") for p in _places_of(text, "赵立群"))


def test_a_clause_of_comment_before_the_place_is_no_lead():
    # precision twin: an official's remark is no occasion; the scene after it is not set
    text = KANG.replace("正值冬闲", "乡长指出要抓紧")
    assert not any(p.endswith("王家屯") for p in _places_of(text, "赵立群"))
