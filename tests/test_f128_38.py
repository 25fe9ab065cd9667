"""FAULTS38_p128 (session 38): first-person diaries of a village first secretary and a deputy.

1. A writer's 我们 (`visit_patterns.WE`) stands for the writer and the companions named with them
   (`我和A一起`: `Reader._we_party`): 下午，我们又去了X is a stop of that party.
2. A subjectless first stop of such a writer (我和A一起，到…。第一站是X) is the party's too.
3. A stop told by its rank with a comma alone (第二站，X。: `ORDINAL_LINK`).
4. A byline opened by 记录人, its posts set apart by 、 (`byline_marks.txt`).
5. A family's 院子 (李家院子) is a hamlet, as 李家湾 is (`place_suffixes.tsv`), and 开 before a
   meeting word (在X开院坝会) holds the meeting there (`visit_verbs.tsv`).
6. An HTML table's later cells share their row's line (`read._flow`), so that its rows read as a
   text table's; a place column (村（社区）: `table_place_heads.txt`) files each row's item at the
   stop it names (`IssueReader.named_stop`).
7. An interview's answer opened by an official's name and a colon: its 我 is that official
   (`Reader._turn_speaker`); an editor's 我们 before a writer names companions is no party.
8. A sentence opening with a stop's name as its topic (B村的情况不一样，…大家盼着…, C社区是…，居民吐槽的是…)
   files its issues there, not at the paragraph's opening stop (`IssuePlacement.topic_stop`).
9. Women named by their place in a family (几个年轻媳妇盼着…, 宝妈们希望…) raise issues, as 妇女
   do (`issue_raisers.txt`): the raiser is cut from the item.
Invented fixtures; each with a precision twin.
"""

import pytest

from tests.extraction import facts_of, issues, labels_in_village, visits

pytestmark = pytest.mark.fast


DIARY = "驻村日记｜山里的一天\n\n白沙村驻村第一书记 林志远\n\n4月9日 晴\n\n"


def test_a_diarists_we_is_the_writer_and_companions():
    got = visits(facts_of(DIARY + "早上，我和村委会主任陈家旺一起，沿着机耕道往前走。\n\n"
                          "下午，我们又去了白沙村五组。五组的村民说，组里的蓄水池漏水了。"))
    assert ("林志远", "白沙村五组") in got
    assert ("陈家旺", "白沙村五组") in got


def test_precision_a_reporters_we_in_a_report_with_no_writer_is_no_official():
    got = visits(facts_of("记者手记｜山里的一天\n\n4月9日，记者走进白沙村。下午，我们又去了白沙村五组。"
                          "五组的村民说，组里的蓄水池漏水了。"))
    assert not any(place == "白沙村五组" for _, place in got)


def test_precision_a_writers_we_village_is_no_party():
    got = visits(facts_of(DIARY + "下午，我们村的合作社去了县城的展销会。"))
    assert got == set()


DEPUTIES = ("【代表日记】走进三个小区\n\n记录人：市人大代表、清溪社区党委书记方丽华\n日期：2025年6月3日\n\n"
            "今天上午，我和区人大代表韩立军一起，到选区里的几个小区走一走。\n\n")


def test_a_deputys_ranked_stops_are_the_partys():
    got = visits(facts_of(DEPUTIES + "第一站是松林苑小区。居民说，小区的下水道堵了。\n\n"
                          "第二站，梧桐里小区。居民们说，小区门口的路灯坏了。\n\n"
                          "最后，我们来到柳岸社区的议事厅，和居民代表座谈。"))
    for who in ("方丽华", "韩立军"):
        assert {(who, "松林苑小区"), (who, "梧桐里小区"), (who, "柳岸社区")} <= got


def test_precision_a_rank_set_off_by_a_comma_before_no_place_is_no_stop():
    got = visits(facts_of(DEPUTIES + "第一站是松林苑小区。居民说，小区的下水道堵了。\n\n"
                          "第二站，大家讨论了加装电梯的事。"))
    assert {place for _, place in got} == {"松林苑小区"}


def test_a_meeting_held_with_kai_in_a_family_hamlet_is_a_stop():
    got = visits(facts_of(DIARY + "上午，我和村委会主任陈家旺一起往三组走。\n\n"
                          "下午在何家院子开院坝会。村民刘大山说，组里的水渠垮了。"))
    assert ("林志远", "何家院子") in got


def test_precision_kai_not_before_a_meeting_word_is_no_stop():
    got = visits(facts_of(DIARY + "上午在何家院子开通了一条水管。"))
    assert ("林志远", "何家院子") not in got


# --- 6. an HTML table's rows read as a text table's; a place column files each row's item


def built_issues(text: str, name: str) -> set[tuple[str, str]]:
    import kg

    built = kg.build_texts({name: text})
    return {(f.places[i.place].name, i.label) for f in built.facts.values() for i in f.issues}


NOTICE = ("<html><body><article><h1>县政府督查室关于民生问题督查情况的通报</h1>"
          "<p>12月3日至4日，副县长赵立平带队先后深入青川镇东岭村、西岭村，入户走访群众40户。</p>"
          "<p>督查中，群众反映的问题主要有以下4个（见下表）：</p>"
          "<table><tr><th>序号</th><th>镇</th><th>{head}</th><th>群众反映问题</th><th>责任单位</th></tr>"
          "<tr><td>1</td><td>青川镇</td><td>东岭村</td><td>村道路面破损，雨天积水</td><td>县交通局</td></tr>"
          "<tr><td>2</td><td>青川镇</td><td>东岭村</td><td>自来水时常停供</td><td>县水务局</td></tr>"
          "<tr><td>3</td><td>青川镇</td><td>西岭村</td><td>村小学缺少体育老师</td><td>县教育局</td></tr>"
          "<tr><td>4</td><td>青川镇</td><td>西岭村</td><td>垃圾收集点太少</td><td>青川镇</td></tr></table>"
          "<p>赵立平要求，各责任单位要逐项整改。</p></article></body></html>")


def test_an_html_tables_issues_are_filed_at_the_village_of_their_row():
    got = built_issues(NOTICE.format(head="村（社区）"), "notice.html")
    assert {("东岭村", "村道路面破损"), ("东岭村", "自来水时常停供"),
            ("西岭村", "村小学缺少体育老师"), ("西岭村", "垃圾收集点太少")} <= got


def test_precision_a_column_of_no_place_files_no_row_apart():
    # the third column is the problem's kind, no place: the rows stay where the scene files them
    got = built_issues(NOTICE.format(head="类别").replace("<td>东岭村</td>", "<td>交通</td>")
                       .replace("<td>西岭村</td>", "<td>民生</td>"), "notice.html")
    assert len({place for place, _ in got}) <= 1


def test_precision_a_layout_tables_paragraphs_stay_lines_of_their_own():
    from kg.read import html_to_text

    text = html_to_text("<body><table><tr><td><p>导航</p></td><td><p>县长来到东岭村。</p>"
                        "<p>村民说，路坏了。</p></td></tr></table></body>")
    assert text.split("\n")[-2:] == ["县长来到东岭村。", "村民说，路坏了。"]


# --- 7. an interview's turns


INTERVIEW = "河口镇镇长周海林近日接受了本报专访。\n\n记者：您最近在忙什么？\n\n周海林："


def test_an_interviewees_i_in_their_answer_is_them():
    got = visits(facts_of(INTERVIEW + "上个月，我和镇人大主席吴兰一起，先后到东坡村、西坡村和河口社区蹲点，开了五场座谈会。"))
    assert {("周海林", "东坡村"), ("周海林", "西坡村"), ("周海林", "河口社区")} <= got


def test_precision_an_interviewees_we_of_their_government_is_no_visit():
    assert visits(facts_of(INTERVIEW + "我们要求镇村干部每月到联系的组里走一次。")) == set()


def test_precision_an_editors_we_before_the_companions_are_named_is_no_stop():
    got = visits(facts_of("对话镇长｜听民声\n——访青山县河口镇镇长周海林\n\n记者 王丽\n\n"
                          "编者按：本报推出系列访谈。今天，我们走进青山县河口镇。\n\n记者：您最近在忙什么？\n\n"
                          "周海林：上个月，我和镇人大主席吴兰一起，先后到东坡村、西坡村蹲点。"))
    assert not any(place.endswith("河口镇") for _, place in got)
    assert ("周海林", "西坡村") in got


# --- 8. a stop named as a sentence's topic


TOUR = "5月3日，镇长周海林先后到东坡村、西坡村和河口社区调研。\n\n在东坡村，村民反映最多的是山塘漏水。"


def test_a_stop_opening_a_sentence_as_its_topic_holds_its_issues():
    got = issues(facts_of(TOUR + "西坡村的情况不一样，留守老人多，大家盼着办一个老年食堂。"
                          "河口社区是集镇所在地，居民吐槽的是市场周边交通拥堵等问题。"))
    assert {("西坡村", "办一个老年食堂"), ("河口社区", "市场周边交通拥堵")} <= got
    assert ("东坡村", "山塘漏水") in got


def test_precision_a_sentence_not_opening_with_a_stop_stays_in_the_scene():
    got = issues(facts_of(TOUR + "村民们还说，去西坡村的公路太窄。"))
    assert ("东坡村", "去西坡村的公路太窄") in got or not any(p == "西坡村" for p, _ in got)


# --- 9. women named by their place in a family


def test_young_wives_hoping_for_a_school_bus_raise_it():
    assert "村里的幼儿园开通校车" in labels_in_village("还有几个年轻媳妇盼着村里的幼儿园开通校车。")


def test_precision_a_wife_told_of_raises_nothing():
    assert labels_in_village("他媳妇在县城打工，逢年过节才回来。") == set()
