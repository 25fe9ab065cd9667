"""Session 41 (FAULTS41, p143): kinds found on an opened blind set, each pinned with
invented sentences and a precision twin.

1. A bare community-level type word and 中 before a site's type word (村中祠堂, 村中广场)
   locates the site in the unit just named, as 村里/村内 do; it names no site, and the
   unit stays the stop (`place_proper_part._unit_middle`).
2. A table's header cell may close its head noun with a word for its text (诉求内容:
   `table_head_tails.txt`), and a column of the rows' raisers (提出人, 反映人) beside
   the issue column says the rows were raised (`issue_content._raiser_cell`,
   `ContentReader.header_table`).
"""

import pytest

from kg.extract.place_proper_part import is_named
from kg.extract.place_segments import segment
from tests.extraction import facts_of, issues, visits

pytestmark = pytest.mark.fast

HALL = ("4月3日，县人大常委会主任孙建华带队到青松镇调研。在白石村，调研组在{spot}前召开座谈会。"
        "村民代表刘大山提出，村里的垃圾收运点太少，夏天气味难闻。")


def test_a_site_in_the_middle_of_the_village_is_no_stop():
    facts = facts_of(HALL.format(spot="村中礼堂"))
    assert ("孙建华", "白石村") in visits(facts)
    assert any(place == "白石村" and "垃圾收运点太少" in label for place, label in issues(facts))
    assert not any("村中" in place for _, place in visits(facts))


def test_precision_units_above_a_village_and_type_words_opening_with_zhong_keep_their_names():
    # 城中社区, 县中医院: a name and a hospital of traditional medicine, no locative
    assert is_named(segment("城中社区")) and is_named(segment("县中医院"))
    assert not is_named(segment("村中广场"))


TABLE = ("6月12日，区政协委员吴晓梅到柳岸街道红枫社区委员工作室接待群众。社区书记王丽把近期汇总的事项整理成表，逐项与委员商量：\n"
         "序号｜{head}｜{who}\n"
         "1｜红枫小区地下车库漏水，车辆受损｜居民张先生\n"
         "2｜菜市场门口积水，行人绕行｜网格员\n")


def test_a_table_of_requests_with_a_column_of_raisers_is_raised():
    got = issues(facts_of(TABLE.format(head="诉求内容", who="提出人")))
    assert {label for _, label in got} >= {"红枫小区地下车库漏水", "菜市场门口积水"}


def test_precision_a_column_of_no_raisers_reads_no_table():
    # 责任人: who answers for the row, no raiser of it
    got = issues(facts_of(TABLE.format(head="诉求内容", who="责任人")))
    assert not any(label.startswith("菜市场门口积水") for _, label in got)
