"""Names that are common words, places or function words, compound surnames and
transcribed names, read where the frame says a person stands (a title before,
the person's act after), on the real pipeline and the real analyser.  Found by
generating names x titles x visit frames (session 20); fixtures invented here."""

from tests.extraction import facts_of, posts, visits


def roles(facts):
    return {o.name: o.role for o in facts.officials.values()}


# ------------------------------------------------------------ words that follow a name
def test_a_common_word_name_before_the_plural_and_its_act():
    # 平原/n 等 陪同: 等 marks the noun before it as the person it follows
    f = facts_of("5月8日，副县长柏文来到金竹村，副镇长平原等陪同。")
    assert posts(f) == {"柏文": ["副县长"], "平原": ["副镇长"]}
    assert roles(f)["平原"] == "accompanying"


def test_a_place_name_before_a_term_of_respect_is_a_person():
    f = facts_of("5月8日，区委书记长江同志到金竹村检查工作。")
    assert posts(f) == {"长江": ["区委书记"]}
    assert visits(f) == {("长江", "金竹村")}


def test_a_common_word_name_before_the_frame_of_the_one_accompanied():
    # 高原 在…陪同下: the frame after the name, and 的陪同 after the accompanying one's name
    f = facts_of("5月8日，区委书记高原在镇人大主席江河的陪同下，来到金竹村走访。")
    assert posts(f) == {"高原": ["区委书记"], "江河": ["镇人大主席"]}
    assert visits(f) == {("高原", "金竹村")}


def test_the_accompanying_frame_names_no_place():
    # 在驻村第一书记甲的陪同下 / 在乡党委书记林园的陪同下: officials, not a stop (驻村, 林园)
    f = facts_of("5月8日，副县长柏文在驻村第一书记韦强的陪同下，来到金竹村走访。")
    assert visits(f) == {("柏文", "金竹村")}
    f = facts_of("5月8日，副县长柏文在乡党委书记孔园的陪同下，来到金竹村走访。")
    assert visits(f) == {("柏文", "金竹村")}


def test_a_common_word_name_before_a_manner_adverb_and_its_act():
    f = facts_of("5月8日，副区长柏文、街道党工委书记海洋一同来到金竹村，看望困难群众。")
    assert set(posts(f)) == {"柏文", "海洋"}


def test_a_common_word_name_taking_part():
    f = facts_of("5月8日，副区长柏文率调研组到金竹村调研，社区居委会主任江山参加。")
    assert posts(f)["江山"] == ["社区居委会主任"]


# ------------------------------------------------------------ names ending in a place's type word
def test_a_name_ending_in_a_type_word_before_the_persons_act():
    f = facts_of("5月8日，区长贺村来到金竹村调研，社区党委书记孔街陪同。")
    assert posts(f) == {"贺村": ["区长"], "孔街": ["社区党委书记"]}
    assert visits(f) == {("贺村", "金竹村")}
    f = facts_of("5月8日，副区长梁新站来到金竹村调研。")
    assert visits(f) == {("梁新站", "金竹村")}


def test_a_type_word_name_glued_to_its_title():
    # 副区长孔街/n 一行: the analyser ran the name into the title
    f = facts_of("5月8日，区委常委、常务副区长孔街一行到金竹村走访慰问。")
    assert posts(f) == {"孔街": ["区委常委", "常务副区长"]}
    assert visits(f) == {("孔街", "金竹村")}


def test_a_word_of_another_kind_ending_in_a_type_word_is_no_name():
    f = facts_of("5月8日，区人大代表联络站来到金竹村。区长柏文来到金竹村。")
    assert "联络站" not in posts(f)


# ------------------------------------------------------------ the act run into the name
def test_a_leading_verb_with_its_party_ends_the_name():
    f = facts_of("5月8日，区政协副主席海洋率调研组到金竹村调研。")
    assert posts(f) == {"海洋": ["区政协副主席"]}
    assert visits(f) == {("海洋", "金竹村")}


def test_an_act_the_analyser_read_into_the_name_is_cut_off():
    f = facts_of("5月8日，二级巡视员丁三带队到金竹村开展调研。")
    assert visits(f) == {("丁三", "金竹村")}
    f = facts_of("5月8日，副县长柏文来到金竹村，镇人大主席丁三等陪同。")
    assert set(posts(f)) == {"柏文", "丁三"}


# ------------------------------------------------------------ surnames and transcribed names
def test_a_compound_surname_before_a_given_name_read_as_a_verb():
    f = facts_of("5月8日，常务副区长欧阳建华来到金竹村调研。")
    assert posts(f) == {"欧阳建华": ["常务副区长"]}


def test_a_transcribed_name_whose_last_syllable_is_an_adverb():
    f = facts_of("5月8日，副县长买买提·阿不都来到金竹村调研。")
    assert visits(f) == {("买买提·阿不都", "金竹村")}


def test_a_transcribed_name_the_analyser_ran_into_a_sequence_adverb():
    f = facts_of("5月8日，副区长古丽娜·买买提先后来到金竹村和石门村。")
    assert visits(f) == {("古丽娜·买买提", "金竹村"), ("古丽娜·买买提", "石门村")}


def test_a_conjunction_right_after_a_title_and_before_an_act_is_a_name():
    f = facts_of("5月8日，市住建局副局长于是来到金竹村调研。")
    assert visits(f) == {("于是", "金竹村")}


def test_a_transcribed_name_whose_first_part_the_analyser_read_as_a_verb():
    # 买/v 买提/PER ·: the part before a name dot is the name's, whatever the tagger read
    f = facts_of("5月8日，副县长买买提·吐尔逊来到金竹村调研。")
    assert visits(f) == {("买买提·吐尔逊", "金竹村")}


# ------------------------------------------------------------ name before the title, list items
def test_a_common_word_name_after_an_agent_marker_before_its_title():
    # 由|平原/n副镇长|带领: not the title's jurisdiction, the person it names
    f = facts_of("5月8日，由平原副镇长带领的工作组来到金竹村。")
    assert posts(f) == {"平原": ["副镇长"]}



def test_a_type_word_after_an_agent_marker_is_no_name():
    # 与居民区书记、楼组长座谈: 居民区 is a type word whole, the post's holder is unnamed
    f = facts_of("5月8日，区长柏文来到金竹社区，与居民区书记、楼组长座谈。")
    assert set(posts(f)) == {"柏文"}


def test_a_dotted_slogan_after_a_title_is_no_name():
    # 书记走小区·夜谈听民意: an activity's name, no person's act after it
    f = facts_of("5月8日，街道党工委书记柏文来到金竹社区，参加“书记走小区·夜谈听民意”活动。")
    assert set(posts(f)) == {"柏文"}
