"""Session 27 (newcomer's item 5): a resident's statement of satisfaction or praise
(关怀备至, 很满意, 点赞, 感谢) holding no problem word is no complaint; a problem after the
praise still is.  Every fixture is invented; the tests run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues

VISIT = "2025年2月18日，副镇长柯立群来到禾丰村走访慰问。"


def raised(said: str) -> set[tuple[str, str]]:
    return issues(facts_of(f"{VISIT}村民邵凤英说：“{said}”\n"))


@pytest.mark.fast
@pytest.mark.parametrize(
    "said",
    [
        "现在村里对我们老人关怀备至，我很满意。",
        "村干部对我们照顾得无微不至。",
        "卫生室的医生服务周到，大家都点赞。",
        "感谢镇里帮我们修了桥，我们都很高兴。",
        "多亏了村里的帮扶，日子越过越舒心。",
        "驻村工作队办事没得说，大家都竖起大拇指。",
    ],
)
def test_praise_is_no_issue(said):
    assert raised(said) == set()


@pytest.mark.fast
@pytest.mark.parametrize(
    "said, issue",
    [
        ("村里对我们关怀备至，就是村口路灯太少。", "村口路灯太少"),
        ("我很满意，但灌溉水渠经常堵塞。", "灌溉水渠经常堵塞"),
        ("感谢镇里，不过村道坑洼不平。", "村道坑洼不平"),
        ("服务不周到，办事要跑好几趟。", "服务不周到"),
    ],
)
def test_a_problem_after_praise_or_praise_negated_still_complains(said, issue):
    # precision: praise ends at a concession, and a negated praise word praises nothing
    assert ("禾丰村", issue) in raised(said)
