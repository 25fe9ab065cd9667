"""NEWCOMER49b: invented reports of session 49's second newcomer, and what they found.

1. A complaint whose problem word the analyser tags a noun (饮用水/n 水质/n 差/n) listed (、) before
   another complaint (饮用水水质差、雨后浑浊) was taken for a bare noun phrase sharing the predicate
   after it (`IssueReader.co_subject`) and dropped: a label holding a problem word states
   something, so it is no co-subject (`issue_coping.noun_phrase`).
"""

import pytest

from kg.extract.issue_coping import noun_phrase
from tests.extraction import labels_in_village

pytestmark = pytest.mark.fast


@pytest.mark.parametrize("text, complaint", [
    ("村民向他反映，村里饮用水水质差、雨后浑浊，村小学教室漏雨。", "饮用水水质差"),
    ("居民们说，小区停车位少、晚上乱停车，希望物业管起来。", "停车位少"),
])
def test_a_complaint_listed_before_another_is_no_co_subject(text, complaint):
    labels = labels_in_village(text)
    assert any(complaint in label for label in labels), labels


def test_precision_twin_a_bare_noun_before_the_predicate_is_still_a_co_subject():
    labels = labels_in_village("村民说，村里的老井、水塘去年就干了，浇地很困难。")
    assert not any(label.endswith("老井") for label in labels), labels
    assert noun_phrase("村里的老井") and not noun_phrase("饮用水水质差")
