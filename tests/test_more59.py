"""Who goes along, session 59 (more59).

- An official named after a partner preposition (和, 与, 同, 跟), maybe with their post,
  then a together-adverb (一道, 一起) before the visit verb goes with the clause's subject
  named earlier in the sentence, whatever stands between them (没有坐在办公室，而是和乙一道，
  来到X; 一早就和乙一道来到X): both visit, and the party goes on together
  (`visit_party.Reader._comitative_head`).
- An adverb or conjunction then a partner preposition (并和, 而是和) opening a bare
  jurisdiction word (镇人大主席) is no place's name and no part of the post
  (`place_proper_part.partner_phrase`, `place_partner_leads.txt`).

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, visits

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("between", ["没有待在办公室，而是和乡人大主席韦秋生一道，", "一早就和乡人大主席韦秋生一道"])
def test_an_official_going_along_with_another_visits_too(between):
    facts = facts_of(f"9月18日，乡长蒙丽华{between}来到坡头农贸市场。摊主反映，市场顶棚漏雨。"
                     "离开市场，蒙丽华一行又来到河坝社区。")
    assert visits(facts) == {("蒙丽华", "坡头农贸市场"), ("韦秋生", "坡头农贸市场"),
                             ("蒙丽华", "河坝社区"), ("韦秋生", "河坝社区")}


def test_a_partner_phrase_is_no_part_of_the_post():
    facts = facts_of("9月18日，镇长蒙丽华没有待在办公室，而是和镇人大主席韦秋生一道，来到坡头农贸市场。摊主反映，市场顶棚漏雨。")
    official = next(o for o in facts.officials.values() if o.name == "韦秋生")
    assert official.posts == ["镇人大主席"]


@pytest.mark.parametrize("lead", ["并和", "还和", "但和"])
def test_a_partner_phrase_is_no_places_name(lead):
    # (the grammar's own reading: 并和镇 read as a town before 镇人大主席)
    from kg.extract.place_parse import parse_at

    text = f"，{lead}镇人大主席韦秋生一道察看了水渠。"
    assert parse_at(text, 1) is None


def test_to_between_two_quantities_is_a_range_not_a_move():
    facts = facts_of("11月3日一早，青岗镇石门村驻村第一书记蒲志远又一次踏上走组入户的山路。"
                     "石门村的5个村民小组散落在海拔900米到1400米的山坳里。村党支部书记罗大成陪同走访。")
    assert not any(place.endswith("山坳里") for _, place in visits(facts))
