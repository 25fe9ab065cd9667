"""Issue recall: raisers, raising acts and content shapes the frame reads.

Every fixture is invented for its test (names, places and wording).  Each test
states the whole set of issues its text holds, so an extra issue fails as surely
as a missing one.
"""

from tests.extraction import facts_of, issues

VISIT = "副镇长邵明川来到枫溪农贸市场。"


def issues_in(text: str, visit: str = VISIT) -> set[tuple[str, str]]:
    return issues(facts_of(visit + text))


def at(place: str, *labels: str) -> set[tuple[str, str]]:
    return {(place, label) for label in labels}


# ------------------------------------------------------------------ raisers
def test_a_subject_after_a_relative_clause_speaks():
    # the subject the analyser reads is the head after 的, past a relative clause
    # and before 向 + the official spoken to
    text = "隔壁卖豆腐的徐大婶也向副镇长诉苦，市场顶棚漏雨。"
    assert issues_in(text) == at("枫溪农贸市场", "市场顶棚漏雨")
    text = "枫溪街的个体户莫师傅提出，市场周边缺少公共厕所。"
    assert issues_in(text) == at("枫溪农贸市场", "市场周边缺少公共厕所")


def test_an_organisation_after_a_possessive_does_not_speak():
    text = "镇上的供电公司提出，市场线路将于下月改造。"
    assert issues_in(text) == set()
