"""Session 38 (f123): faults of a freshly opened probe's genre, each with a precision twin.

1. A remote word inside what an official looks at (在X合作社，A察看…线上销售情况) is no
   means of taking part from afar: the visit to X stands (`visits.Reader._looked_at`).
2. A deictic word after a visit verb names the place its paragraph opened at
   (X村的广场上灯火通明。书记来到这里: `visits.Reader.scene_here`).
3. A title after a word of a set of holders (各级人大代表, 全体委员: `post_set_words.txt`)
   names no one: the word after it is no name (`official_acts.set_of_holders`).

Fixtures invented (places, names and words are made up for these tests)."""

import pytest

from kg.extract.issue_items import split_items
from tests.extraction import facts_of, issues, posts, visits

pytestmark = pytest.mark.fast

LEDE = "9月5日，县委副书记童立新到青川镇柏溪村调研茶叶产业发展。镇党委书记包晓雯陪同。\n\n"


@pytest.mark.parametrize(
    "looked_at",
    ["察看茶叶分拣、包装和线上销售情况", "查看网上订单的发货流程", "察看直播带货和电话订购的流程"],
)
def test_a_remote_word_the_official_looks_at_keeps_the_visit(looked_at):
    text = LEDE + f"在柏溪村茶叶专业合作社，童立新{looked_at}。茶农代表反映，今年春茶收购价格偏低。"
    assert ("童立新", "茶叶专业合作社") in visits(facts_of(text))


@pytest.mark.parametrize(
    "remote",
    ["童立新通过视频连线察看茶叶分拣情况", "童立新通过电话听取茶农的意见"],
)
def test_taking_part_from_afar_still_makes_no_visit(remote):
    # precision twin: a remote word before the verb is the means, not what is looked at
    text = LEDE + f"在柏溪村茶叶专业合作社，{remote}。"
    assert ("童立新", "茶叶专业合作社") not in visits(facts_of(text))


SCENE = "4月9日晚，平南县石桥镇岩脚村上寨组的晒坝上灯火通明，二十多位村民围坐在一起。"


def test_a_deictic_stop_names_the_place_its_paragraph_opened_at():
    text = SCENE + "镇党委书记覃国梁来到这里，和大家拉起了家常。\n\n村民韦德说：“组里的便道一下雨就烂。”"
    got = facts_of(text)
    assert visits(got) == {("覃国梁", "上寨组")}


@pytest.mark.parametrize(
    "text",
    [
        # the place told in the paragraph before: session 37's wrong stop, still no reading
        "岩脚村上寨组是个苗寨，住着四十多户人家。\n\n4月9日晚，镇党委书记覃国梁来到这里，和大家拉起了家常。",
        # the paragraph opens with no place: 这里 names nothing the grammar can tell
        "4月9日晚，晒坝上灯火通明，二十多位村民围坐在一起。镇党委书记覃国梁来到这里，和大家拉起了家常。",
    ],
)
def test_a_deictic_stop_without_its_paragraphs_opening_place_is_no_visit(text):
    assert not {v for v in visits(facts_of(text)) if v[0] == "覃国梁" and v[1] == "上寨组"}


def test_a_title_after_a_set_word_names_no_one():
    text = ("近日，县人大代表阿木尔深入岭上村走访选民。\n\n"
            "据了解，2023年以来，县各级人大代表累计走访选民2.1万余人次。")
    got = facts_of(text)
    assert set(posts(got)) == {"阿木尔"}
    assert visits(got) == {("阿木尔", "岭上村")}


def test_a_title_without_a_set_word_still_names_its_holder():
    # precision twin: the same title and a name the analyser reads, no set word before it
    text = "近日，县人大代表孔德明深入岭上村走访选民，县人大代表阿木尔陪同。"
    assert {"孔德明", "阿木尔"} <= set(posts(facts_of(text)))


# 4. An official's opening words closed by their turn end (“…”王明话音刚落) raise nothing,
#    though a raising act stands in them (就听大家说): `ContentReader.in_official_quote`.
TALK = "5月8日晚，镇党委书记蒙建伟来到岭脚村，和村民开起了院坝会。\n\n"


def test_a_raising_act_inside_the_officials_opening_words_raises_nothing():
    text = TALK + "“今天就听大家说，有什么难处尽管讲出来。”蒙建伟话音刚落，村民韦老四就说开了：“村里的水窖漏水了。”"
    assert issues(facts_of(text)) == {("岭脚村", "村里的水窖漏水了")}


def test_a_residents_quote_closed_by_their_own_turn_end_still_raises():
    # precision twin: the same quotation a resident's, closed by the resident's turn end
    text = TALK + "“大家都反映过，村里的水窖漏水了。”村民韦老四话音刚落，村民韦小红接着说：“进村的路也窄。”"
    labels = {label for _, label in issues(facts_of(text))}
    assert any("水窖漏水" in label for label in labels)


# 5. A modifier and its graded twin sharing one head (失能、半失能老人) are no two items
#    (`issue_items.GRADED_TWIN`).
def test_a_modifier_and_its_graded_twin_stay_one_item():
    assert split_items("院内失能、半失能老人逐年增多") == ["院内失能、半失能老人逐年增多"]


def test_two_complaints_listed_with_a_dunhao_are_still_two():
    # precision twin: items that only share a word's character stay apart
    assert split_items("水渠渗漏、渠道淤塞") == ["水渠渗漏", "渠道淤塞"]
