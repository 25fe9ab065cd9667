"""NEWCOMER52: invented reports of session 52's newcomer, and what they found.

1. visits-by-official (SPARQL and Cypher) and a page's label of officials of one name wrote a
   post's area and its title with the type word twice (苏州市市委副书记, 青溪区区人大常委会副主任,
   NEWCOMER51): the title opening with the area's organ (区委, 区人大, 街道党工委, 村委会) is written
   after the area with its type word once (苏州市委副书记); a head (区长) keeps both (武侯区区长).
2. One article as a page and as pasted text with its paragraphs run together read apart (the
   page: two stops; the text: one) was built from the shorter name, the worse-read form, and the
   warning did not say the two differ (NEWCOMER51): of forms alike so far the one read into more
   visits, then issues, is kept, and a warning on forms that read differently says what each gave
   (and how to build the other when the graph already holds the worse one).
3. A report whose official went to an office (县信访局) or named a place only in passing
   (研究城关镇幸福社区改造) was told "no place recognised … a place is read from its name before its
   kind (东湖街道, 新华社区)", though it wrote such names (NEWCOMER51): the line says no visit to a
   named place was read, and how one is.
4. A Traditional report with pinyin notes saved through Big5, which holds no toned vowel
   (`區(q?)`, `長(zh?ng)`), kept the notes: 區(q?)長(zh?ng)何正平 gave no official, and issue labels
   ended in `社区(q`.  A note's `?` (or U+FFFD) stands for one lost letter (kg.repair.pinyin), and
   the lost-character warning counts only the marks where a wording was read, not those inside a
   dropped note.
5. Officials of one name refused by `kg query official=` and `kg view --focus` were listed with
   their posts' bare titles (区委书记, 区长), where visits-by-official and the page write each
   after its jurisdiction (静安区委书记, 闵行区区长): the list writes them so too.
"""

import re

import pytest

import kg
from tests.conftest import run_kg

pytestmark = pytest.mark.fast


def posts_at_visits(text: str) -> set[str]:
    built = kg.build_texts({"2024-05-14.txt": text})
    return {row[4] for row in built.query("visits-by-official").rows}


@pytest.mark.parametrize("text, post", [
    ("2024年5月14日，青溪区区人大常委会副主任陈立新来到东湖街道新华社区，走访老旧小区。", "青溪区人大常委会副主任"),
    ("2024年5月14日，区人大常委会副主任陈立新来到青溪区东湖街道新华社区，走访老旧小区。", "青溪区人大常委会副主任"),
    ("9月3日，苏州市委副书记王卫东深入姑苏区平江街道大儒社区调研。2024年9月3日", "苏州市委副书记"),
    ("2023年11月22日，绵竹县委书记李光辉来到汉旺镇武都村，察看高标准农田建设。", "绵竹县委书记"),
])
def test_a_post_opening_with_its_areas_organ_writes_the_type_word_once(text, post):
    assert posts_at_visits(text) == {post}


@pytest.mark.parametrize("text, post", [
    ("2024年7月10日，武侯区区长刘明来到浆洗街道锦里社区，与居民代表交流。", "武侯区区长"),
    ("2024年7月10日，苏州市市场监管局局长刘明来到姑苏区平江街道大儒社区，察看农贸市场。", "苏州市市场监管局局长"),
])
def test_twin_a_head_of_the_area_or_a_word_opening_with_the_character_keeps_it(text, post):
    assert posts_at_visits(text) == {post}


def test_the_stores_write_the_post_alike(tmp_path):
    from kg.stores import ladybug_store, named, oxigraph_store

    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "2024-05-14.txt").write_text(
        "2024年5月14日，青溪区区委书记陈立新来到东湖街道新华社区，走访老旧小区。", encoding="utf-8")
    kg.build_reports([tmp_path / "r"], out=tmp_path / "out")
    sparql = oxigraph_store.query(oxigraph_store.open_store(tmp_path / "out"),
                                  named.bind_sparql(named.resolve("visits-by-official", "sparql"), {}))
    cypher = ladybug_store.query(tmp_path / "out", named.resolve("visits-by-official", "cypher").text, {})
    assert [row[4] for row in sparql.rows] == [row[4] for row in cypher.rows] == ["青溪区委书记"]


def test_a_page_labels_namesakes_with_the_type_word_once():
    from kg.views.model import post_title

    assert post_title("静安区", "区委书记") == "静安区委书记"
    assert post_title("东湖街道", "街道党工委书记") == "东湖街道党工委书记"
    assert post_title("武都村", "村委会主任") == "武都村委会主任"
    assert post_title("闵行区", "区长") == "闵行区区长"


# 2. one article as .html and .txt read apart: the better-read form kept, the difference said

PAGE = ("<html><head><meta charset=\"utf-8\"><title>县长陈建华调研社区</title></head><body><h1>县长陈建华调研社区</h1>"
        "<p>2024年3月5日，县长陈建华来到城关镇幸福社区，和居民座谈。居民们打开了话匣子。</p>"
        "<p>“小区的路灯坏了大半年了。”</p><p>“下水道一下雨就堵。”</p></body></html>")
# pasted, the paragraphs run together: the bare quotations are no paragraphs of their own after the residents
# began to speak (`IssueReader.voiced`), so this form reads no issue
PASTED = ("县长陈建华调研社区\n2024年3月5日，县长陈建华来到城关镇幸福社区，和居民座谈。居民们打开了话匣子。"
          "“小区的路灯坏了大半年了。”“下水道一下雨就堵。”\n")


def two_forms(folder, *names):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(PAGE if name.endswith(".html") else PASTED, encoding="utf-8")
    return folder


def test_of_two_forms_read_apart_the_one_read_into_more_facts_is_kept(tmp_path):
    built = kg.build_reports([two_forms(tmp_path / "r", "a.html", "a.txt")], out=tmp_path / "out")
    assert built.counts["issues"] == 2, built.counts
    said = [w for w in built.warnings if "same article" in w]
    r = tmp_path / "r"
    assert said == [f"{r / 'a.txt'}: the same article as {r / 'a.html'} once read and repaired (text here, "
                    "HTML there): built once, as a.html (the one read into more facts); the two read differently: "
                    "a.html gives 1 visit, 2 issues, a.txt 1 visit, 0 issues"], said


def test_the_form_the_graph_holds_stays_and_the_warning_says_the_other_reads_more(tmp_path):
    folder = two_forms(tmp_path / "r", "a.txt")
    kg.build_reports([folder], out=tmp_path / "out")
    two_forms(folder, "a.html")
    built = kg.build_reports([folder], out=tmp_path / "out")
    said = [w for w in built.warnings if "same article" in w]
    assert len(said) == 1 and "(the report the graph holds); the two read differently: a.txt gives 1 visit, 0 issues, " \
        "a.html 1 visit, 2 issues (delete a.txt, or kg remove it, to build a.html in its place)" in said[0], said


def test_twin_forms_read_alike_say_nothing_more(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "b.txt").write_text(PASTED.replace("。“", "。\n“").replace("”“", "”\n“"), encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    built = kg.build_reports([folder], out=tmp_path / "out")
    said = [w for w in built.warnings if "same article" in w]
    assert len(said) == 1 and said[0].endswith(("(the shorter name)", "(the first by path)")), said
    assert "read differently" not in said[0]


# 3. officials but no place kept: the warning says no visit was read, not that no name was written


@pytest.mark.parametrize("text", [
    "2024年5月14日，县长陈建华来到县信访局，接待来访群众。群众反映东风社区停车难。",
    "2024年5月14日，县长陈建华在县政府主持召开会议，研究城关镇幸福社区老旧小区改造。",
])
def test_officials_with_no_place_kept_are_told_no_visit_was_read(text):
    built = kg.build_texts({"a.txt": text})
    said = [w for w in built.warnings if "陈建华" in w]
    assert len(said) == 1 and said[0].startswith("a.txt: no visit to a named place read for 陈建华 (built: 1 official"), said
    assert "no place recognised" not in said[0] and "(研究新华社区改造) or an office (县信访局) is no visit" in said[0]


def test_twin_a_visit_to_a_named_place_says_nothing_of_the_kind():
    built = kg.build_texts({"a.txt": "2024年5月14日，县长陈建华来到城关镇幸福社区，察看老旧小区改造。"})
    assert not [w for w in built.warnings if "no visit" in w], built.warnings


# 4. pinyin notes whose toned vowel an encoding lost


BIG5_NOTES = ("2024年8月15日，香洲區(qū)區(qū)長(zhǎng)何正平來到拱北街道(dào)夏灣社區(qū)，走訪老年人家庭。"
              "居民反映社區(qū)缺少老年食堂、小區(qū)電梯老舊。")


def test_pinyin_notes_saved_through_big5_are_dropped(tmp_path):
    path = tmp_path / "2024-08-15.txt"
    path.write_bytes(BIG5_NOTES.encode("big5", errors="replace"))  # ū, ǎ, à: ?
    assert b"(q?)" in path.read_bytes()
    built = kg.build_reports([path])
    facts = built.facts["2024-08-15.txt"]
    assert [(v.official, v.place_label) for v in facts.visits] == [("何正平", "夏湾社区")]
    assert {i.label for i in facts.issues} == {"社区缺少老年食堂", "小区电梯老旧"}
    assert not [w for w in built.warnings if "lost" in w or "no official" in w], built.warnings


def test_twin_a_lost_character_beside_a_dropped_note_is_still_said():
    built = kg.build_texts({"2024-08-15.txt": BIG5_NOTES.replace("老年食堂", "老年??堂").replace("(qū)", "(q?)")})
    said = [w for w in built.warnings if "lost" in w]
    assert len(said) == 1 and "read as 社区缺少老年" in said[0] and "小区电梯" not in said[0], said


@pytest.mark.parametrize("text", ["王明(?)来到", "东湖社区(q?x)来到", "区(m?)"])
def test_twin_a_question_mark_in_brackets_that_reads_no_character_stays(text):
    from kg.repair.pinyin import strip_pinyin_annotations
    from kg.text import TrackedText

    assert strip_pinyin_annotations(TrackedText(text)).text == text


# 5. namesakes refused: each listed with its posts after their jurisdiction

NAMESAKES = {"2024-05-06-a.txt": "2024年5月6日，静安区区委书记张伟来到静安寺街道华山社区，居民反映停车难。",
             "2024-06-06-b.txt": "2024年6月6日，闵行区区长张伟来到江川路街道永德社区，居民反映噪音扰民。"}
LISTED = re.compile(r"2 officials are named 张伟, whom the graph keeps apart: zhang-wei-\w+ \(静安区委书记; 2024-05-06-a\.txt\), "
                    r"zhang-wei-\w+ \(闵行区区长; 2024-06-06-b\.txt\)")


def test_namesakes_are_listed_with_their_posts_after_their_jurisdiction(tmp_path):
    from kg.stores.errors import StoreError

    built = kg.build_texts(NAMESAKES)
    with pytest.raises(StoreError) as refused:
        built.query("official-trail", official="张伟")
    assert LISTED.search(str(refused.value)), refused.value
    folder = tmp_path / "r"
    folder.mkdir()
    for name, text in NAMESAKES.items():
        (folder / name).write_text(text, encoding="utf-8")
    kg.build_reports([folder], out=tmp_path / "out", html=False)
    for engine in ("--sparql", "--cypher"):
        proc = run_kg("query", tmp_path / "out", engine, "official-trail", "--param", "official=张伟")
        assert proc.returncode == 2 and LISTED.search(proc.stderr), proc.stderr
    proc = run_kg("view", tmp_path / "out", "--focus", "张伟")
    assert proc.returncode == 2 and LISTED.search(proc.stderr), proc.stderr
