"""Assignment titles of session 27 (DUTY27): a cadre posted to a place is named by
an assignment word and a cadre head (包片|干部, 驻村|第一书记, 下派|工作队队长),
one title read wherever a title is read: before a name, in a list sharing 陪同,
after 与.  The post is the title as written.  Every fixture is invented; the tests
run the real pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts

DAY = "2025年7月9日，"
VISIT = "副县长钟林来到石桥村，"


def roles(facts) -> dict[str, str]:
    return {o.name: o.role for o in facts.officials.values()}


@pytest.mark.fast
@pytest.mark.parametrize(
    "title, name",
    [
        ("包村干部", "宋晓东"),
        ("驻村第一书记", "林海涛"),
        ("包片干部", "韩雪"),
        ("驻村工作队队长", "程志刚"),
        ("挂点干部", "邵文斌"),
        ("下派第一书记", "贺明辉"),
    ],
)
def test_an_assignment_title_before_a_name_is_a_post_as_written(title, name):
    facts = facts_of(f"{DAY}{VISIT}{title}{name}陪同。\n")
    assert posts(facts) == {"钟林": ["副县长"], name: [title]}
    assert roles(facts)[name] == "accompanying"


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [
        (("包组干部", "唐静"), ("驻村第一书记", "范志远")),
        (("驻村第一书记", "谢红"), ("包村干部", "曹立新")),
        (("联村干部", "彭涛"), ("驻村工作队队长", "董晓峰")),
    ],
)
def test_assignment_titles_in_a_list_sharing_accompany_all_accompany(first, second):
    facts = facts_of(f"{DAY}{VISIT}{first[0]}{first[1]}、{second[0]}{second[1]}陪同。\n")
    assert posts(facts) == {"钟林": ["副县长"], first[1]: [first[0]], second[1]: [second[0]]}
    assert roles(facts)[first[1]] == roles(facts)[second[1]] == "accompanying"


@pytest.mark.fast
@pytest.mark.parametrize(
    "first, second",
    [
        (("驻村第一书记", "潘永强"), ("包村干部", "杜晓燕")),
        (("包片干部", "罗建华"), ("驻村第一书记", "蒋丽")),
    ],
)
def test_assignment_titles_after_yu_are_officials_of_other_role(first, second):
    facts = facts_of(f"{DAY}{VISIT}与{first[0]}{first[1]}、{second[0]}{second[1]}和几位种植户座谈。\n")
    assert posts(facts) == {"钟林": ["副县长"], first[1]: [first[0]], second[1]: [second[0]]}
    assert roles(facts)[first[1]] == roles(facts)[second[1]] == "other"


@pytest.mark.fast
@pytest.mark.parametrize(
    "text",
    [
        "包村干部们陪同。",
        "与驻村干部座谈。",
        "召开包片干部会议。",
        "要求驻村第一书记履职尽责。",
    ],
)
def test_an_assignment_title_with_no_name_is_no_official(text):
    assert posts(facts_of(f"{DAY}{VISIT}{text}\n")) == {"钟林": ["副县长"]}


@pytest.mark.fast
@pytest.mark.parametrize("capacity", ["作为包村干部", "以驻村干部身份", "以包片干部的身份"])
def test_an_assignment_title_in_a_capacity_frame_stays_no_post(capacity):
    facts = facts_of(f"{DAY}副县长钟林{capacity}来到石桥村调研。\n")
    assert posts(facts) == {"钟林": ["副县长"]}


@pytest.mark.fast
def test_a_head_is_refused_only_where_a_longer_head_goes_on():
    from kg.extract.official_titles import _heads_at_boundary

    # 总工程师 goes on into 师长 only with 长 after it: the rest after the shared 师
    assert _heads_at_boundary(["总工程师", "师长"]) == "总工程师(?!长)|师长"
