"""Officials whose names the lexical analyser misreads (as a noun, a place, an
organisation, an adverb and a verb): the title grammar places them where the
frame says a name stands, on the real pipeline and the real analyser.  Every
fixture is invented for these tests; one test per frame and per precision
rule."""

from tests.extraction import facts_of, posts, visits


def roles(facts):
    return {o.name: o.role for o in facts.officials.values()}


# ------------------------------------------------------------ lists after a title
def test_names_listed_after_a_title_the_analyser_reads_as_a_noun_and_a_place():
    # 石红 is read as a noun, 祁连山 as a place; the list after the title lists persons
    f = facts_of("6月3日，副区长韦国明、石红、祁连山来到和平社区。")
    assert posts(f) == {"韦国明": ["副区长"], "石红": ["副区长"], "祁连山": ["副区长"]}
    assert visits(f) == {("韦国明", "和平社区"), ("石红", "和平社区"), ("祁连山", "和平社区")}


def test_a_list_of_names_ends_at_a_verb_of_looking():
    # the last name (read as a verb and an adverb) ends where 走进 starts
    f = facts_of("6月3日，区人大代表郁小平、贲志强、甄立新走进金桂苑小区。")
    assert set(posts(f)) == {"郁小平", "贲志强", "甄立新"}
    assert ("甄立新", "金桂苑小区") in visits(f)


def test_common_nouns_in_a_list_after_a_title_are_no_names():
    f = facts_of("6月3日，区长韦国明、党员、群众来到和平社区。")
    assert posts(f) == {"韦国明": ["区长"]}


# ------------------------------------------------------------ a list of post + name items
def test_a_name_outside_the_han_pattern_fills_its_list_item():
    # 其木格 / 其其格: read as a pronoun and nouns; a post, then the item up to its separator
    f = facts_of("6月3日，区长巴特尔带队检查。区应急管理局局长其木格，区民政局副局长刘振宇等陪同检查。")
    assert posts(f)["其木格"] == ["区应急管理局局长"]
    f = facts_of("6月3日，区长巴特尔带队检查。县交通局局长乌日娜，县民政局局长其其格等陪同。")
    assert posts(f)["其其格"] == ["县民政局局长"]
    assert roles(f)["其其格"] == "accompanying"


def test_what_a_title_does_before_a_comma_is_no_name():
    # a verb or adverb filling the item (高度重视) is what the person does
    f = facts_of("6月3日，区长巴特尔来到和平社区。局长高度重视，副局长刘振宇等陪同。")
    assert "高度重视" not in posts(f)
    assert posts(f)["刘振宇"] == ["副局长"]


# ------------------------------------------------------------ a name before a bare title
def test_a_name_read_as_a_person_and_a_verb_before_a_bare_title():
    f = facts_of("6月3日，在东兴食品厂，蒙大成书记详细了解生产情况。")
    assert posts(f) == {"蒙大成": ["书记"]}
    assert visits(f) == {("蒙大成", "东兴食品厂")}


def test_a_name_read_as_an_organisation_before_a_deputy():
    f = facts_of("6月3日，杭宇航代表深入金沙社区开展调研。")
    assert posts(f) == {"杭宇航": ["代表"]}
    assert visits(f) == {("杭宇航", "金沙社区")}


def test_an_organ_before_a_bare_title_is_no_name():
    # 纪委/政协: an organisation's word, not a person, though a surname may open it
    f = facts_of("6月3日，区长韦国明来到和平社区。纪委书记强调要加强监督。政协主席指出要加强协商。")
    assert posts(f) == {"韦国明": ["区长"]}


# ------------------------------------------------------------ a name after a title, misread
def test_a_surname_read_as_an_adverb_after_a_title():
    # 尤/d 立成/v: the title before and the movement after place the name
    f = facts_of("6月3日，省委常委、市委书记尤立成来到滨江区长寿街道调研。")
    assert posts(f) == {"尤立成": ["省委常委", "市委书记"]}
    assert visits(f) == {("尤立成", "长寿街道")}


def test_an_adverb_after_a_title_is_no_surname():
    f = facts_of("6月3日，区长韦国明来到和平社区，书记也来到和平社区。")
    assert posts(f) == {"韦国明": ["区长"]}


def test_a_surname_read_as_a_modal_verb_after_a_title():
    # 应/v 海涛/PER: a modal wants a verb, so the three characters are the name
    f = facts_of("6月3日，区长韦国明来到和平社区。社区党委书记应海涛说，车棚漏雨。")
    assert posts(f) == {"韦国明": ["区长"], "应海涛": ["社区党委书记"]}
    # a modal then a verb is no name (书记应|重视)
    f = facts_of("6月3日，区长韦国明来到和平社区，他说社区党委书记应重视车棚漏雨。")
    assert posts(f) == {"韦国明": ["区长"]}
    # a preposition before a person stays a preposition
    f = facts_of("6月3日，区长韦国明来到和平社区，向居民代表柏晓东了解情况。")
    assert "向柏晓东" not in posts(f)


def test_a_name_cut_short_by_the_verb_it_runs_into_is_read_whole():
    # the headline's 孙立|强调研 is the 孙立强 the report writes everywhere else
    f = facts_of("县长孙立强调研春耕备耕\n3月6日，县委副书记、县长孙立强来到和平村。孙立强强调，要抓好春耕。")
    assert posts(f) == {"孙立强": ["县长", "县委副书记"]} or posts(f) == {"孙立强": ["县委副书记", "县长"]}


def test_a_deputy_named_with_the_job_they_hold():
    # title、occupation|name: the occupation is the second item of the chain, the name follows it
    f = facts_of("3月2日，区人大常委会副主任韦国明，区人大代表、东湖区第一高级中学教师柏晓雯来到和平社区。")
    assert posts(f) == {"韦国明": ["区人大常委会副主任"], "柏晓雯": ["区人大代表", "东湖区第一高级中学教师"]}
    assert ("柏晓雯", "和平社区") in visits(f)
    # a second title in the item is the usual chain (区人大代表、城关镇党委书记|范立强)
    f = facts_of("3月2日，区人大代表、城关镇党委书记范立强来到和平社区。")
    assert posts(f) == {"范立强": ["区人大代表", "城关镇党委书记"]}
    # what follows 、 is no occupation when no person closes it
    f = facts_of("3月2日，副区长韦国明、区民政局有关负责人来到和平社区。")
    assert set(posts(f)) == {"韦国明"}


def test_a_list_after_a_title_ends_where_an_item_holds_a_post_and_name_of_its_own():
    # 局长甲、区人大代表乙: 区人大 is no third name under 局长, and the deputy keeps her own post
    f = facts_of("2024年5月14日，区长韦国明来到东湖街道和平社区走访，区住建局局长冯志远、区人大代表钱慧芳陪同。")
    assert posts(f) == {"韦国明": ["区长"], "冯志远": ["区住建局局长"], "钱慧芳": ["区人大代表"]}
    # a name, then a conjunction and a title no name follows, stays in the list
    f = facts_of("6月3日，在和平社区，人大代表柏晓东、唐立新与党代表、居民代表座谈。")
    assert set(posts(f)) >= {"柏晓东", "唐立新"}


def test_a_deputy_the_report_says_accompanies_accompanies():
    f = facts_of("2024年5月14日，区长韦国明来到东湖街道和平社区走访，区人大代表柏晓雯陪同。随后，韦国明来到东湖街道荷塘社区。")
    assert roles(f)["柏晓雯"] == "accompanying"
    assert visits(f) == {("韦国明", "和平社区"), ("韦国明", "荷塘社区")}


def test_a_transcribed_name_cut_at_its_dot():
    # the analyser keeps the dot with the first part, or runs the second part into a verb
    f = facts_of("6月3日，副区长王立新，区商务局局长古丽娜尔·买买提等一同调研。")
    assert "古丽娜尔·买买提" in posts(f)
    f = facts_of("6月3日，区长阿力木·托乎提到光明街道调研。")
    assert "阿力木·托乎提" in posts(f)


# ------------------------------------------------------------ roles
def test_everyone_listed_before_de_peitong_xia_accompanies():
    f = facts_of("6月3日，区委书记庞国华在区委常委、常务副区长邵青，区委常委、组织部部长蒋立的陪同下来到金桂苑小区。")
    assert roles(f) == {"庞国华": "visitor", "邵青": "accompanying", "蒋立": "accompanying"}
    assert visits(f) == {("庞国华", "金桂苑小区")}


def test_a_led_list_runs_on_over_commas():
    f = facts_of("6月3日，区委书记庞国华带领区委常委、组织部部长蒋立，副区长邵青来到金桂苑小区。")
    assert roles(f) == {"庞国华": "visitor", "蒋立": "accompanying", "邵青": "accompanying"}
    assert visits(f) == {("庞国华", "金桂苑小区")}


# ------------------------------------------------------------ a conjunction after a name
def test_a_conjunction_after_a_name_written_once_stays_out_of_it():
    # 和 then a verb used as a noun's attribute (参加调研的同志): the conjunction joins a noun phrase
    f = facts_of("6月3日，区长庞国华和参加调研的同志来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["区长"]}
    assert visits(f) == {("庞国华", "金桂苑小区")}


def test_a_name_ending_in_a_conjunction_character_before_a_movement_verb():
    f = facts_of("6月3日，区长孟宪和来到石桥街道荷塘社区。")
    assert posts(f) == {"孟宪和": ["区长"]}


def test_the_staff_accompanying_an_official_do_not_make_him_accompanying():
    f = facts_of("6月3日，副区长蒋立及陪同人员察看了金桂苑小区。")
    assert roles(f) == {"蒋立": "visitor"}


# ------------------------------------------------------------ terms of address, title prefixes
def test_names_with_the_term_of_address_listed_before_a_movement_verb_all_visit():
    f = facts_of("6月3日，市委书记庞国华同志，市长蒋立同志来到金桂苑小区。")
    assert visits(f) == {("庞国华", "金桂苑小区"), ("蒋立", "金桂苑小区")}


def test_a_title_prefix_stays_in_the_title_before_which_the_name_stands():
    # 常务 is read as an adjective: a prefix of the title (post_title_prefixes.txt)
    f = facts_of("6月3日，庞国华常务副区长来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["常务副区长"]}
    assert visits(f) == {("庞国华", "金桂苑小区")}


# ------------------------------------------------------------ names that are common words
def test_a_name_that_is_a_common_word_after_a_title_then_a_visit_verb():
    f = facts_of("6月3日，区委书记高峰调研金桂苑小区，街道党工委书记庞国华陪同。")
    assert posts(f) == {"高峰": ["区委书记"], "庞国华": ["街道党工委书记"]}
    f = facts_of("6月3日，区长庞国华来到金桂苑小区，街道党工委书记田野陪同。")
    assert posts(f)["田野"] == ["街道党工委书记"]


def test_a_name_that_is_a_common_word_fills_a_list_item():
    f = facts_of("6月3日，区长高峰，副区长蒋立来到金桂苑小区。")
    assert posts(f) == {"高峰": ["区长"], "蒋立": ["副区长"]}


def test_a_common_word_after_a_bare_title_then_a_verb_of_another_kind_is_no_name():
    f = facts_of("6月3日，区长庞国华来到金桂苑小区，要求实施书记项目推进工程建设。")
    assert posts(f) == {"庞国华": ["区长"]}


# ------------------------------------------------------------ lists introduced by a post
def test_names_after_a_plural_post_and_a_colon():
    f = facts_of("6月3日，区长庞国华来到金桂苑小区。出席活动的区领导有：蒋立、丁晓。")
    assert posts(f) == {"庞国华": ["区长"], "蒋立": ["区领导"], "丁晓": ["区领导"]}


def test_everyone_listed_after_those_accompanying_were_accompanies():
    f = facts_of("6月3日，区长庞国华来到金桂苑小区。陪同调研的有：区委常委蒋立，副区长丁晓。")
    assert roles(f) == {"庞国华": "visitor", "蒋立": "accompanying", "丁晓": "accompanying"}


def test_names_before_a_count_of_people_and_their_shared_post():
    f = facts_of("6月3日，庞国华、蒋立两位副区长来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["副区长"], "蒋立": ["副区长"]}


# ------------------------------------------------------------ who is led, who accompanies
def test_the_official_after_peitong_is_the_one_accompanied():
    f = facts_of("6月3日，街道党工委书记蒋立陪同区长庞国华来到金桂苑小区。")
    assert roles(f) == {"蒋立": "accompanying", "庞国华": "visitor"}
    assert visits(f) == {("庞国华", "金桂苑小区")}


def test_officials_listed_after_lv_accompany_the_leader():
    f = facts_of("6月3日，区长庞国华率区民政局局长蒋立、区住建局局长丁晓来到金桂苑小区。")
    assert roles(f) == {"庞国华": "visitor", "蒋立": "accompanying", "丁晓": "accompanying"}


# ------------------------------------------------------------ names sharing a title after them
def test_names_joined_before_a_title_share_it():
    f = facts_of("6月3日，庞国华、蒋立副区长来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["副区长"], "蒋立": ["副区长"]}
    assert visits(f) == {("庞国华", "金桂苑小区"), ("蒋立", "金桂苑小区")}


def test_a_resident_joined_to_an_official_before_his_title_holds_no_post():
    f = facts_of("6月3日，副区长王明来到金桂苑小区。居民李强和王明副区长交谈。")
    assert posts(f) == {"王明": ["副区长"]}


def test_names_joined_by_a_comma_before_deng_and_a_collective_post():
    f = facts_of("6月3日，庞国华，蒋立等区领导来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["区领导"], "蒋立": ["区领导"]}
    f = facts_of("6月3日，区长庞国华，蒋立等区领导来到金桂苑小区。")
    assert posts(f) == {"庞国华": ["区长"], "蒋立": ["区领导"]}


def test_a_headline_title_before_a_predicate_the_report_repeats_names_no_one():
    # 接待选民 opens a clause later (，接待选民。): a verb with its object, whose
    # subject is left out — no evidence of a name after the headline's title
    f = facts_of("区人大代表接待选民\n5月6日，区人大常委会副主任柯文涛来到梅岭社区，接待选民。")
    assert posts(f) == {"柯文涛": ["区人大常委会副主任"]}


# ------------------------------------------------------------ session 11: an adverb of manner after the name
import pytest  # noqa: E402


@pytest.mark.parametrize("text, name", [
    # the tagger runs 实地 into the name (孔德明实|地, 孔德明实地) or leaves the given name
    # apart as a verb (贺|东升|实地): name_follow_adverbs.txt marks where the name ends
    ("4月9日，区委书记孔德明实地察看梧桐街道竹韵社区。", "孔德明"),
    ("4月9日，青岚区区委书记贺东升实地走访梧桐街道竹韵社区。", "贺东升"),
    ("4月9日，县长凤立新亲自带队来到梧桐街道竹韵社区。", "凤立新"),
])
def test_a_manner_adverb_after_the_name_is_no_part_of_it(text, name):
    f = facts_of(text)
    assert set(posts(f)) == {name}
    assert visits(f) == {(name, "竹韵社区")}
