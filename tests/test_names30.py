"""Session 30, names: marks for unreadable characters between a title and a
complete name (区委书记??张振华) are noise; a name read through a run of lost
characters keeps what is legible after it (王??国 -> 王某某国, not 王某); a
name written twice with what follows a person (一行, 带队, a time, a means of
going) is no longer name; a given name ending in an adverb character before a
raising act (才 + 反映); the warning for a place joined by its name alone
only where the bare report files a visit or an issue there.  Every fixture is invented; the tests run the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, posts, visits

VISIT = "来到新桥街道翠湖社区，调研老旧小区改造工作。"


# 1. marks between a title and a complete name -----------------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize("marks", ["??", "?", "？？", "□", "□□", "\ufffd", "\ufffd\ufffd"])
@pytest.mark.parametrize("title, name", [("区委书记", "邵立华"), ("副县长", "覃明远"), ("镇党委书记", "欧阳振宇")])
def test_marks_between_a_title_and_a_complete_name_are_noise(marks, title, name):
    facts = facts_of(f"2025年5月6日，{title}{marks}{name}{VISIT}")
    assert posts(facts) == {name: [title]}
    assert visits(facts) == {(name, "翠湖社区")}


@pytest.mark.fast
@pytest.mark.parametrize("sep", ["，", "、"])
def test_a_complete_name_after_marks_closed_by_the_next_list_item(sep):
    facts = facts_of(f"2025年5月6日，区委书记??邵立华{sep}区长韩明{VISIT}")
    assert posts(facts) == {"邵立华": ["区委书记"], "韩明": ["区长"]}
    assert ("邵立华", "翠湖社区") in visits(facts)


@pytest.mark.fast
def test_two_characters_after_marks_are_a_name_where_the_report_writes_them_with_an_act():
    facts = facts_of(f"2025年5月6日，区委书记??邵华{VISIT}邵华指出，要抓好落实。")
    assert posts(facts) == {"邵华": ["区委书记"]}


@pytest.mark.fast
@pytest.mark.parametrize("text, name", [
    # the surname lost, the given name left: the lost-surname reading stands
    ("2025年5月6日，县委书记??伟深入柳塘镇石桥村调研。", "某某伟"),
    # two characters written nowhere else: they may be a given name, the surname lost
    (f"2025年5月6日，区委书记??立华{VISIT}", "某某立华"),
])
def test_marks_before_a_given_name_keep_the_lost_surname_reading(text, name):
    assert name in posts(facts_of(text))


@pytest.mark.fast
def test_a_title_then_marks_then_an_act_names_no_complete_name():
    # 区长??来到: the whole name lost; no act word is read as a name
    facts = facts_of(f"2025年5月6日，区长??{VISIT}")
    assert not any(n.startswith("来") for n in posts(facts))


# 2. a lost run inside a name keeps the legible part -----------------------------------------

@pytest.mark.fast
@pytest.mark.parametrize("written, read", [
    ("王??国", "王某某国"),
    ("王??建国", "王某某建国"),
    ("程??刚", "程某某刚"),
    ("王??", "王某某"),
    ("王?", "王某"),
])
@pytest.mark.parametrize("after", [VISIT, "一行" + VISIT, "、副区长李明" + VISIT])
def test_a_lost_run_inside_a_name_keeps_the_characters_after_it(written, read, after):
    facts = facts_of(f"2025年5月6日，区长{written}{after}")
    assert posts(facts)[read] == ["区长"]
    assert (read, "翠湖社区") in visits(facts)


@pytest.mark.fast
def test_a_damaged_name_with_its_full_form_elsewhere_is_that_person():
    facts = facts_of(f"2025年5月6日，区长王??国{VISIT}王建国指出，要抓好落实。")
    assert posts(facts) == {"王建国": ["区长"]}


@pytest.mark.fast
@pytest.mark.parametrize("text, expected", [
    (f"2025年5月6日，局长陶某、副局长华某{VISIT}", {"陶某": ["局长"], "华某": ["副局长"]}),
    (f"2025年5月6日，区长王某某{VISIT}", {"王某某": ["区长"]}),
])
def test_a_legitimate_mou_official_stays(text, expected):
    # 某 typed by the writer is no lost character: nothing is carried through it
    assert posts(facts_of(text)) == expected


# 3. what follows a person, written twice after a name, is no longer name (kind 9) ------------

@pytest.mark.fast
@pytest.mark.parametrize("words", ["一行", "带队", "率队", "深夜", "当晚", "一早", "步行", "驱车", "乘车", "踏雪", "冒寒", "随后"])
def test_a_name_and_what_follows_a_person_written_twice(words):
    text = f"县长林涛{words}走访石门村\n\n2025年7月3日，县长林涛{words}来到石门镇石门村，察看防汛工作。"
    facts = facts_of(text)
    assert posts(facts) == {"林涛": ["县长"]}
    assert visits(facts) == {("林涛", "石门村")}


@pytest.mark.fast
@pytest.mark.parametrize("first, second", [
    ("县长林涛一行来到石门镇石门村，察看防汛工作。", "随后，林涛一行来到石门镇东岭村。"),
    ("县长林涛当天来到石门镇石门村，察看防汛工作。", "林涛当天还来到石门镇东岭村。"),
    ("县长林涛驱车来到石门镇石门村，察看防汛工作。", "随后林涛驱车前往石门镇东岭村。"),
])
def test_two_stops_told_with_the_same_words_after_the_name(first, second):
    facts = facts_of(f"2025年7月3日，{first}{second}")
    assert posts(facts) == {"林涛": ["县长"]}
    assert visits(facts) == {("林涛", "石门村"), ("林涛", "东岭村")}


@pytest.mark.fast
def test_a_real_longer_name_written_twice_survives():
    # 孙立|强调研 in the headline, 孙立强 with an act in the lead: the name is three characters
    facts = facts_of("县长孙立强调研石门村\n\n2025年7月3日，县长孙立强来到石门镇石门村，察看防汛工作。")
    assert posts(facts) == {"孙立强": ["县长"]}


# 4. a given name that is a common word, before a raising act (kind 13) ------------------------

@pytest.mark.fast
@pytest.mark.parametrize("name", ["韦文才", "蒙德才", "覃有才"])
@pytest.mark.parametrize("act", ["反映", "反映说", "提出"])
def test_a_given_name_ending_in_an_adverb_character_before_a_raising_act(name, act):
    facts = facts_of(f"2025年7月3日，副县长蒋立来到石门镇石门村，察看防汛工作。村党支部书记{name}{act}，村里的路坏了。")
    assert posts(facts)[name] == ["村党支部书记"]


@pytest.mark.fast
def test_a_name_written_alone_keeps_its_adverb_out():
    # 韦文 alone elsewhere: 才 is the adverb there too
    facts = facts_of("2025年7月3日，副县长蒋立来到石门镇石门村。村党支部书记韦文才反映，村里的路坏了。"
                     "韦文说，路早该修了。")
    assert "韦文才" not in posts(facts)


# 5. the warning for a place joined by its name alone: only where the bare report files facts there

def _joined(texts: dict[str, str]) -> list[str]:
    import kg

    return [w for w in kg.build_texts(texts).warnings if "joined by the name alone" in w]


WITH_DISTRICT = "2025年5月6日，青柳区副区长孙立群来到东湖街道新华社区，调研老旧小区改造工作。居民反映，小区停车难。\n"


@pytest.mark.fast
@pytest.mark.parametrize("bare", [
    # the bare 新华社区 is only named: a past trip, a post's organ; the report's visit and issue are elsewhere
    "2025年6月8日，副区长韩明来到东岭村，调研加装电梯工作。村民反映，村道灯坏了。此前，韩明曾在新华社区调研。\n",
    "2025年6月8日，副区长韩明来到东岭村，调研人居环境工作。村民反映，垃圾清运不及时。此前，他曾在新华社区调研。\n",
])
def test_a_bare_name_with_no_visit_or_issue_there_is_not_warned(bare):
    assert _joined({"a.txt": WITH_DISTRICT, "b.txt": bare}) == []


@pytest.mark.fast
@pytest.mark.parametrize("bare", [
    "2025年6月8日，副区长韩明来到新华社区，调研加装电梯工作。居民反映，楼道灯坏了。\n",
    "2025年6月8日，副区长韩明来到东岭村，调研加装电梯工作。随后，韩明来到新华社区，居民反映，楼道灯坏了。\n",
])
def test_a_bare_name_with_a_visit_there_is_still_warned(bare):
    joined = _joined({"a.txt": WITH_DISTRICT, "b.txt": bare})
    # a.txt names the place above it (its subdistrict, since session 31 placed in the post's
    # district, or the district itself); b.txt none
    assert len(joined) == 1 and joined[0].startswith(("新华社区 is one place in a.txt (东湖街道) and b.txt (no district)",
                                                      "新华社区 is one place in a.txt (青柳区) and b.txt (no district)")), joined
