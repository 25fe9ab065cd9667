"""A raiser's open-class verb (老人们回忆，…; 负责人表示，…) is an account: the
analyser reads its clause only where the account could raise something or go
on in the next sentence (`RaisingFrames._account_counts`).

Every fixture is invented for its test (names, places and wording).  Each test
states the whole set of issues the text holds.
"""

from pathlib import Path

from kg.pipeline import DEFAULT_PIPELINE, Doc, get_component
from kg.read import RawReport
from tests.extraction import facts_of, issues
from tests.extraction import at

VISIT = "2025年4月8日，副区长陈立群来到白沙街道松涛社区，与居民座谈。"


def analysed_text(text: str) -> str:
    """The characters of `text` the lexical analyser read in a full pipeline run."""
    doc = Doc(raw=RawReport(Path("r.txt"), text, "x", "utf-8"), key="r")
    for name in DEFAULT_PIPELINE:
        get_component(name).func(doc)
    return "".join(doc.text.text[a:b] for a, b in doc.ext.analysed)


def test_an_account_that_can_raise_nothing_is_not_analysed():
    # no problem word, no concession, nothing goes on after it: the clause
    # 几位老人笑着回忆 is no longer read for its verb
    text = VISIT + "几位老人笑着回忆，那年冬天大家一起在活动室包饺子。"
    assert "笑着回忆" not in analysed_text(text)
    assert issues(facts_of(text)) == set()


def test_an_account_stating_a_problem_is_read():
    text = VISIT + "几位老人笑着回忆，那年冬天活动室的暖气坏了。"
    assert "笑着回忆" in analysed_text(text)


def test_an_account_goes_on_in_a_continuation():
    # its own clause states no problem; 还有 carries the account to the next sentence
    text = VISIT + "物业负责人表示，楼是九十年代建的。还有，电梯经常坏。"
    assert issues(facts_of(text)) == at("松涛社区", "电梯经常坏")


def test_an_account_raises_what_follows_a_concession():
    # 但: what follows the concession is what the account says is wrong, with no problem word
    text = VISIT + "老人们回忆，小区是九十年代建的，但花园一直空着。"
    assert issues(facts_of(text)) == at("松涛社区", "花园一直空着")
