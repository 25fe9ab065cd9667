"""Faults a newcomer met in session 15: an organ's type character before its
head's title, transcribed (non-Han) names, an occupation in a list of posts, a
given name ending in an adverb's character, an official's quoted reply, a list
page's next headline.  Every fixture is invented; each test runs the real
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction import facts_of, issues, posts, visits

# ---------------------------------------------------------------- an organ's type character before its title


@pytest.mark.fast
@pytest.mark.parametrize("organ, title", [("市场监管所", "所长"), ("财政所", "所长"), ("自然资源所", "所长"), ("农业服务站", "站长")])
def test_an_organs_type_character_before_its_heads_title_keeps_the_post(organ, title):
    # 监管所|所长: the tagger reads 所 as a particle; the organ's type character starts its head's title
    facts = facts_of(f"2025年6月3日，县长韦仲平来到青禾镇。韦仲平请镇{organ}{title}邝志海牵头整改。\n")
    assert posts(facts)["邝志海"] == [f"镇{organ}{title}"]


# ---------------------------------------------------------------- an occupation between post and name


@pytest.mark.fast
@pytest.mark.parametrize("occupation", ["律师", "教师", "医生", "企业家"])
@pytest.mark.parametrize("act", ["在柳岸街道星河社区接待居民", "到柳岸街道星河社区走访"])
def test_an_occupation_between_a_members_post_and_name_keeps_the_official(occupation, act):
    # 委员、律师|X|在…: a preposition or a one-character movement verb ends the name as a verb would
    facts = facts_of(f"2025年7月9日，市政协委员、{occupation}甘书衡{act}。居民反映楼道堆物。\n")
    assert posts(facts)["甘书衡"] == ["市政协委员", occupation]
    assert ("甘书衡", "星河社区") in visits(facts)


# ---------------------------------------------------------------- transcribed names, adverb characters ending names


@pytest.mark.fast
@pytest.mark.parametrize("name", ["达娃卓玛", "阿不都热合曼", "其木格图雅", "格桑旺堆"])
@pytest.mark.parametrize("act", ["来到桑珠村调研", "说，要把牧区道路修好"])
def test_a_transcribed_non_han_name_after_a_title_is_read_whole(name, act):
    facts = facts_of(f"2025年8月2日，副县长{name}{act}。村民反映饮水困难。\n")
    assert list(posts(facts)) == [name]


@pytest.mark.fast
def test_a_title_then_common_words_is_no_transcribed_name():
    # 深入基层: words, not a name's syllables (name_transcription_chars.txt)
    facts = facts_of("2025年8月2日，县长深入基层走访桑珠村。村民反映饮水困难。\n")
    assert posts(facts) == {}


@pytest.mark.fast
@pytest.mark.parametrize("char", ["才", "刚"])
@pytest.mark.parametrize("act", ["说，要把道路修好", "来到石泉镇调研"])
def test_a_given_names_last_character_that_is_also_an_adverb(char, act):
    facts = facts_of(f"2025年8月2日，副县长蒙德{char}{act}。村民反映饮水困难。\n")
    assert list(posts(facts)) == [f"蒙德{char}"]


@pytest.mark.fast
def test_the_adverb_stays_an_adverb_when_the_report_writes_the_name_without_it():
    facts = facts_of("2025年8月2日，副县长蒙德来到石泉镇。蒙德才说，要把道路修好。\n")
    assert list(posts(facts)) == ["蒙德"]


# ---------------------------------------------------------------- a list page's next headline


PAGE = ("【2025-04-11】副县长郁平川到岭南乡石门村调研\n"
        "4月11日，副县长郁平川到岭南乡石门村调研。村民反映，灌渠漏水。\n\n"
        "【2025-04-14】县长祁海峰走访北关社区\n"
        "4月14日，县长祁海峰来到城西镇北关社区走访。居民反映，电梯停运。\n")


@pytest.mark.fast
def test_a_list_pages_next_headline_opens_a_story_with_its_dated_lede():
    # the headline before a lede opening with a month and day, repeating its words, opens a story:
    # its visit is the lede's (城西镇, 04-14), not one inside the story before (岭南乡, 04-11)
    facts = facts_of(PAGE)
    got = {(facts.places[v.place].name, facts.places[v.place].parent, str(v.date))
           for v in facts.visits if facts.officials[v.official].name == "祁海峰"}
    assert [(name, date) for name, _, date in got] == [("北关社区", "2025-04-14")]
    assert "岭南乡" not in str(got)


@pytest.mark.fast
def test_a_section_heading_before_a_dated_paragraph_opens_no_story():
    # a heading whose words its paragraph does not repeat is no story's headline:
    # the official named in the paragraph before still makes the later visit
    text = ("2025年4月11日，县长祁海峰来到城西镇北关社区走访。居民反映，电梯停运。\n"
            "二、后续安排\n4月14日，又来到城西镇南关社区。居民反映，路灯不亮。\n")
    assert ("祁海峰", "南关社区") in visits(facts_of(text))


# ---------------------------------------------------------------- an official's quoted reply


@pytest.mark.fast
@pytest.mark.parametrize("verb", ["回应", "答复", "解释"])
def test_an_officials_quoted_reply_is_not_the_next_residents_issue(verb):
    # 甲回应：“…”居民乙反映，…: the quotation has its speaker, named before it; the resident
    # named after it raises only what follows
    facts = facts_of("2025年5月6日，副区长欧阳晋来到松风社区召开议事会。"
                     f"欧阳晋{verb}：“停车收费不合理的问题，我们已经约谈了物业，整改不到位的，可以另选物业。”"
                     "居民褚丽丽反映，小区路面积水。\n")
    assert {label for _, label in issues(facts)} == {"小区路面积水"}


@pytest.mark.fast
def test_a_quotation_before_its_residents_speech_verb_is_still_theirs():
    facts = facts_of("2025年5月6日，副区长欧阳晋来到松风社区召开议事会。“电梯三天两头停运”，居民褚丽丽说。\n")
    assert ("松风社区", "电梯三天两头停运") in issues(facts)


# ---------------------------------------------------------------- lost characters inside a place's name


@pytest.mark.fast
@pytest.mark.parametrize("lost", ["??", "?", "\ufffd"])
def test_lost_characters_inside_a_place_name_keep_the_visit_chain(lost):
    # 北??街道: the repair writes □ for each lost character; □ stands for a Han character in a name
    facts = facts_of(f"2025年9月1日，副区长钱立行来到南{lost}街道柏枝社区调研。居民反映路灯不亮。\n")
    assert ("钱立行", "柏枝社区") in visits(facts)
    assert {place for place, _ in issues(facts)} == {"柏枝社区"}


# ---------------------------------------------------------------- officials-and-posts: a town's or a village's post


@pytest.mark.parametrize("language", ["sparql", "cypher"])
def test_officials_and_posts_names_the_town_subdistrict_or_village_a_title_opens_with(tmp_path, language):
    import json

    from tests.conftest import run_kg

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(
        "2025年3月8日，桐溪镇党委书记闵远来到桐溪镇枫桥村调研，枫桥村党支部书记甘露陪同。"
        "松岗街道办事处主任庞建来到松岗街道竹林社区。副镇长钟毅来到桐溪镇。村民反映水渠堵塞。\n", encoding="utf-8")
    assert run_kg("build", reports, "--out", tmp_path / "out", "--no-html").returncode == 0
    done = run_kg("query", "--store", tmp_path / "out", f"--{language}", "officials-and-posts", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = {(r["official"], r["post"]): r["jurisdiction"] for r in json.loads(done.stdout)}
    assert rows[("闵远", "桐溪镇党委书记")] == "桐溪镇", rows
    assert rows[("甘露", "枫桥村党支部书记")] == "枫桥村", rows
    assert rows[("庞建", "松岗街道办事处主任")] == "松岗街道", rows
    # a title naming only its organ's kind takes the town it was met at (tests/test_users26.py)
    assert rows[("钟毅", "副镇长")] == "桐溪镇", rows
