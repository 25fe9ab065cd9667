"""What a demanding user hits with copies, exports and the command line
(session 21), on the real command line and build folders:

1. A saved .html page keeps its site's chrome (a welcome line, where-you-are
   line, `版权所有`, `ICP备`, `主办单位`, `网站地图`): none of it reaches the
   parser, and the page and the article pasted as .txt are one report.
2. Traditional and Simplified editions of one report are one report whatever
   their quote marks (「」 or “”).
3. `kg export --from DIR --out g.ttl` writes g.ttl (never standard output
   instead); two destinations, or two build folders for `kg remove`, are refused.
4. `kg view DIR` without --out writes view.html in the folder and says where;
   `kg query DIR --list` lists the named questions.

Fixtures are invented here (names, places, sites of their own).
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import kg
from kg.chrome import chrome_elements, is_chrome_name, without_chrome_lines
from kg.read import html_to_text
from kg.repair.page import article_text
from tests.conftest import build_reports
from tests.test_users19 import run_kg

pytestmark = pytest.mark.fast

HEADLINE = "柳江区领导走访青禾社区"
ARTICLE = ("2024年4月9日，副区长蒙俊峰来到柳江区白沙街道青禾社区，察看老旧小区改造进展。"
           "居民反映小区路灯损坏，蒙俊峰要求街道尽快维修。")
TRADITIONAL = "2024年4月9日，副區長蒙俊峰來到柳江區白沙街道青禾社區，居民說「路燈壞了好久」，蒙俊峰要求街道盡快維修。\n"
SIMPLIFIED = "2024年4月9日，副区长蒙俊峰来到柳江区白沙街道青禾社区，居民说“路灯坏了好久”，蒙俊峰要求街道尽快维修。\n"


def page(body: str) -> str:
    return f"<!doctype html><html><head><title>{HEADLINE}_柳江区人民政府</title></head><body>{body}</body></html>"


# a site's page as govkg meets them: chrome named by class, by role, and unnamed footer lines
CHROME_PAGE = page(f"""
<div class="top-welcome">欢迎访问柳江区人民政府门户网站 English | 无障碍</div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/yw">要闻</a></div>
<div class="wrap"><h1>{HEADLINE}</h1><p>发布时间：2024-04-09 来源：柳江区融媒体中心</p><p>{ARTICLE}</p></div>
<div class="page-bottom"><p>网站简介 | 联系我们 | 网站地图</p></div>
<div role="contentinfo">主办单位：柳江区人民政府办公室 网站标识码：4502000001</div>
<div><p>版权所有：柳江区人民政府 桂ICP备00000001号</p><p>建议使用1366×768分辨率浏览</p></div>
""")


# ---------------------------------------------------------------- 1. the site's chrome


def test_page_text_holds_the_article_and_none_of_the_site_footer():
    text = html_to_text(CHROME_PAGE)
    assert ARTICLE in text and HEADLINE in text
    for chrome in ("联系我们", "主办单位", "版权所有", "ICP备", "分辨率", "网站标识码"):
        assert chrome not in text, chrome
    # the site's header stays for the parser (kg.chrome: the headline after it is read as before),
    # and is left out of the article's fingerprint
    assert "您现在的位置" in text
    assert "您现在的位置" not in article_text(text) and ARTICLE in article_text(text)


def test_html_page_with_its_site_footer_and_the_pasted_text_are_one_report(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "qinghe.html").write_text(CHROME_PAGE, encoding="utf-8")
    (reports / "qinghe.txt").write_text(f"{HEADLINE}\n{ARTICLE}\n", encoding="utf-8")
    proc = run_kg("build", reports, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert "the same article as" in proc.stderr and "built once" in proc.stderr, proc.stderr
    assert "built 1 report(s)" in proc.stdout and "1 visits" in proc.stdout, proc.stdout


def test_a_page_pasted_whole_as_text_with_its_chrome_is_the_same_article(tmp_path):
    """Select all, copy, paste: the .txt keeps the site's lines the .html's reader drops."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "qinghe.html").write_text(CHROME_PAGE, encoding="utf-8")
    pasted = ["欢迎访问柳江区人民政府门户网站 English | 无障碍", "您现在的位置：首页 > 要闻", HEADLINE,
              "发布时间：2024-04-09 来源：柳江区融媒体中心", ARTICLE, "网站简介 | 联系我们 | 网站地图",
              "主办单位：柳江区人民政府办公室 网站标识码：4502000001", "版权所有：柳江区人民政府 桂ICP备00000001号"]
    (reports / "qinghe-复制.txt").write_text("\n".join(pasted) + "\n", encoding="utf-8")
    proc = run_kg("build", reports, "--out", tmp_path / "out", "--no-store", "--no-html")
    assert proc.returncode == 0 and "built 1 report(s)" in proc.stdout, proc.stdout + proc.stderr


def test_a_chrome_name_is_a_token_of_the_class_and_never_an_article_header():
    assert is_chrome_name("site-footer") and is_chrome_name("foot_links") and is_chrome_name("Copyright")
    assert not is_chrome_name("article-header") and not is_chrome_name("footnote") and not is_chrome_name("content")
    assert not is_chrome_name("breadcrumb")  # the site's header: kept for the parser (kg.chrome)


def test_a_wrapper_named_as_chrome_that_holds_the_article_stays():
    tree = LexborHTMLParser(page(f'<div class="foot-wrap"><p>{ARTICLE}</p></div><div class="footer">版权所有：柳江区人民政府</div>'))
    assert [n.attributes["class"] for n in chrome_elements(tree.body)] == ["footer"]
    assert ARTICLE in html_to_text(page(f'<div class="foot-wrap"><p>{ARTICLE}</p></div>'))


def test_a_chrome_label_stays_for_the_text_layer_to_drop_with_the_titles_it_heads():
    """`<h3 class="related-title">相关新闻</h3>` dropped alone would leave the titles after it
    (other officials' visits) as the report's text; kept, kg.repair.page drops both."""
    titles = "<ul><li>副区长黎明到石门镇坪上村调研</li><li>区长覃华来到白沙街道柳岸社区走访</li></ul>"
    built = kg.build_texts({"a.html": page(f'<p>{ARTICLE}</p><h3 class="related-title">相关新闻</h3>{titles}')})
    assert [v.place_label for v in built.facts["a.html"].visits] == ["青禾社区"]


def test_prose_naming_the_site_map_stays_and_so_does_a_closing_byline():
    lines = [ARTICLE, "区政府网站新增网站地图栏目，方便群众查询。", "（记者 韦小川）", "版权所有：柳江区人民政府"]
    assert without_chrome_lines(lines) == lines[:3]
    # a page of no sentence at all is left as it is: nothing to tell the footer from
    assert without_chrome_lines(["网站地图", "联系我们"]) == ["网站地图", "联系我们"]


# ---------------------------------------------------------------- 2. editions and their quote marks


def test_traditional_and_simplified_editions_with_other_quote_marks_are_one_report(tmp_path):
    proc = build_reports(tmp_path, {"qinghe.txt": SIMPLIFIED, "qinghe-繁體.txt": TRADITIONAL})
    assert "qinghe-繁體.txt: the same article as" in proc.stderr, proc.stderr
    assert "built 1 report(s)" in proc.stdout, proc.stdout


# ---------------------------------------------------------------- 3. kg export --out, kg remove


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("users21")
    build_reports(root, {"qinghe.txt": SIMPLIFIED})
    return root / "out"


def test_export_out_beside_from_writes_the_file_and_prints_no_graph(built, tmp_path):
    proc = run_kg("export", "--from", built, "--format", "turtle", "--out", "g.ttl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and "-> g.ttl" in proc.stderr, proc.stderr
    assert "蒙俊峰" in (tmp_path / "g.ttl").read_text(encoding="utf-8")
    assert "old spelling" not in proc.stderr  # --out is not read as --from here


def test_export_refuses_two_destinations(built, tmp_path):
    proc = run_kg("export", "--from", built, "--format", "turtle", "--out", "g.ttl", "--to", "h.ttl", cwd=tmp_path)
    assert proc.returncode == 2 and "two files to write" in proc.stderr, proc.stderr
    assert list(tmp_path.iterdir()) == [] and proc.stdout == ""


def test_remove_refuses_two_build_folders(built, tmp_path):
    proc = run_kg("remove", "qinghe.txt", "--from", built, "--out", tmp_path / "other")
    assert proc.returncode == 2 and "two build folders" in proc.stderr, proc.stderr
    assert "qinghe.txt" in (built / "manifest.json").read_text(encoding="utf-8")  # nothing removed


# ---------------------------------------------------------------- 4. kg view, kg query --list


def test_view_without_out_writes_view_html_in_the_build_folder(built):
    proc = run_kg("view", built)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"html: {built / 'view.html'}"
    proc = run_kg("view", built, "--focus", "蒙俊峰")
    assert proc.returncode == 0 and (built / "view-蒙俊峰.html").is_file(), proc.stderr
    assert not (built / "graph.html").exists()  # built with --no-html: no page of the build is made or replaced


def test_query_list_with_the_folder_lists_the_named_questions(built):
    proc = run_kg("query", built, "--list")
    assert proc.returncode == 0, proc.stderr
    assert "visits-by-official" in proc.stdout and "official-trail" in proc.stdout
