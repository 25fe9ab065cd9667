"""Reading real-world files: encodings with byte-order marks, HTML pages from
CMSs, every Han block, control characters.  All fixtures are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.pipeline import Pipeline
from kg.read import decode, html_to_text, read_report
from kg.repair import repair
from kg.text import HAN_RUN, is_han

ROOT = Path(__file__).resolve().parent.parent

REPORT = (
    "2025年3月4日上午，南湖区委书记周振华、区长钱立群来到基层一线开展走访活动。\n"
    "周振华首先来到枫林街道桂园社区，听取居民关于加装电梯的意见建议。\n"
    "钱立群来到石桥街道梅岭社区，与居民代表面对面交流。居民代表反映了路灯损坏、楼道堆物等问题。\n"
)
VISITS = {("周振华", "桂园社区"), ("钱立群", "梅岭社区")}


def visits(facts) -> set[tuple[str, str]]:
    return {(facts.officials[v.official].name, facts.places[v.place].name) for v in facts.visits}


def build_file(path: Path):
    return Pipeline()(path)


# ---------------------------------------------------------------- kind 5: encodings


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\x84\x31\x95\x33", "gb18030"),
    ],
)
def test_a_file_with_a_byte_order_mark_reads_like_its_plain_utf8_copy(tmp_path, bom, encoding):
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_bytes(REPORT.encode("utf-8"))
    marked.write_bytes(bom + REPORT.encode(encoding))
    text, used = decode(marked.read_bytes(), marked)
    assert text == REPORT and used == encoding
    a, b = build_file(plain), build_file(marked)
    assert visits(a) == visits(b) == VISITS
    # offsets are characters of the decoded text, the BOM not counted: the same in both
    assert [(v.evidence.start, v.evidence.end) for v in a.visits] == [(v.evidence.start, v.evidence.end) for v in b.visits]
    assert [i.evidence.start for i in a.issues] == [i.evidence.start for i in b.issues]
    assert read_report(marked).sha256 != read_report(plain).sha256  # the hash is of the bytes as received


def test_a_damaged_utf16_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe" + REPORT.encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate at the end
    with pytest.raises(Exception) as info:
        read_report(path)
    assert "UTF-16-LE" in str(info.value) and "\n" not in str(info.value)


def test_nul_bytes_without_a_bom_are_still_binary():
    with pytest.raises(Exception, match="binary file"):
        decode(b"abc\x00def\x00" * 10, "x.txt")


# ---------------------------------------------------------------- kind 3: HTML in page flow

PARAGRAPHS = REPORT.strip().split("\n")


def _inline_mess(sentence: str) -> str:
    """The sentence with inline markup inside words, as CMS editors leave it."""
    return (
        sentence.replace("周振华", '<span style="font-family:宋体">周</span><strong>振华</strong>')
        .replace("桂园社区", '<a href="/p/1">桂园</a><font color="#333">社区</font>')
        .replace("钱立群", "<em>钱立</em><span>群</span>")
    )


LAYOUTS = {
    "trs-editor divs": (
        '<html><body><div class="nav">首页 &gt; 要闻</div><div class="TRS_Editor"><div class="Custom_UnionStyle">'
        + "".join(f'<div style="text-indent:2em">{_inline_mess(p)}</div>' for p in PARAGRAPHS)
        + "</div></div></body></html>"
    ),
    "article text straight in a div with <br>": (
        "<html><body><div id='zoom'>\n" + "<br/>\n".join(_inline_mess(p) for p in PARAGRAPHS) + "\n</div></body></html>"
    ),
    "table layout": (
        "<html><body><table width='100%'><tr><td class='title'>南湖区开展走访活动</td></tr><tr><td>"
        + "".join(f"<p>{_inline_mess(p)}</p>" for p in PARAGRAPHS)
        + "</td></tr><tr><td>责任编辑：何某</td></tr></table></body></html>"
    ),
    "p with inline styles and source line wraps": (
        "<html><body><article>"
        + "".join(f'<p style="line-height:2;">\n    {_inline_mess(p[:10])}\n    {_inline_mess(p[10:])}\n</p>' for p in PARAGRAPHS)
        + "</article></body></html>"
    ),
    "image with a caption and a share bar": (
        "<html><body><div class='content'>"
        f"<p>{_inline_mess(PARAGRAPHS[0])}</p>"
        "<figure><img src='a.jpg' alt='走访现场'><figcaption>图为走访现场</figcaption></figure>"
        f"<p>{_inline_mess(PARAGRAPHS[1])}</p>"
        "<p style='text-align:center'><img src='b.jpg'></p><p style='text-align:center'>（摄影：何某）</p>"
        f"<p>{_inline_mess(PARAGRAPHS[2])}</p>"
        "<div class='share'>分享到：<a href='#'>微信</a><a href='#'>微博</a></div>"
        "</div></body></html>"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_html_text_follows_the_page_flow(layout):
    lines = html_to_text(LAYOUTS[layout]).split("\n")
    # every paragraph is one line, whole: inline tags never break it, blocks always do
    for paragraph in PARAGRAPHS:
        assert paragraph in lines, (layout, lines)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_html_pages_give_the_facts_of_their_plain_text(tmp_path, layout):
    page = tmp_path / "page.html"
    page.write_text(LAYOUTS[layout], encoding="utf-8")
    facts = build_file(page)
    assert visits(facts) == VISITS
    assert {i.label for i in facts.issues} >= {"加装电梯", "路灯损坏"}


def test_inline_tags_and_source_wraps_never_make_spaces_or_breaks_inside_chinese():
    html = "<div>区长<span>钱</span>\n   <b>立群</b>来到 A 栋，<br>次日<i>返回</i></div>"
    assert html_to_text(html) == "区长钱立群来到 A 栋，\n次日返回"


# ---------------------------------------------------------------- kind 4: Han blocks, controls

HAN_SAMPLES = {
    "unified": "中", "ext A": "\u3400", "ext B": "\U00020BB7", "ext C": "\U0002A700", "ext D": "\U0002B740",
    "ext E": "\U0002B820", "ext F": "\U0002CEB0", "ext G": "\U00030000", "ext H": "\U00031350",
    "compatibility": "\uF92C", "compatibility supplement": "\U0002F800",
}


@pytest.mark.parametrize("block", sorted(HAN_SAMPLES))
def test_every_han_block_is_han(block):
    assert is_han(HAN_SAMPLES[block])


def test_non_han_is_not_han():
    assert not any(map(is_han, "a1，。、〇ー\u3000\U0001F600"))


@pytest.mark.fast  # cheap, and a helper's fast run must see a module writing its own range
def test_one_han_definition_for_every_pattern():
    """No module writes its own Han range: they all use kg.text.HAN."""
    own_range = re.compile(r"\\u(?:3400|4e00|4E00)-\\u|\\u9fff|\\u9fa5|\\u9FFF|\\u9FA5|一-龥")
    offenders = [
        str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py")
        if p.name != "text.py" and own_range.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_names_and_places_with_supplementary_plane_characters(tmp_path):
    path = tmp_path / "rare.txt"
    path.write_text(REPORT.replace("钱立群", "李\U00020BB7安").replace("梅岭", "\U0002123D岭"), encoding="utf-8")
    facts = build_file(path)
    assert visits(facts) == {("周振华", "桂园社区"), ("李\U00020BB7安", "\U0002123D岭社区")}


def test_control_characters_become_breaks_or_go_at_repair_time():
    text = "甲\x0b乙\x0c丙\x85丁\u2028戊\u2029己\x07庚\x1b辛\x9f壬"
    out = repair(text)
    assert out.text == "甲\n乙\n丙\n丁\n戊\n己庚辛壬"
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.text)
    # offsets still point into the text as received
    i = out.text.index("庚")
    assert out.original[slice(*out.original_span(i, i + 1))] == "庚"


def test_word_line_breaks_split_sentences_and_never_reach_a_label(tmp_path):
    path = tmp_path / "word.txt"
    path.write_text(REPORT.replace("\n", "\x0b").replace("周振华首先", "周振华\x01首先"), encoding="utf-8")
    facts = build_file(path)
    assert visits(facts) == VISITS
    labels = [o.name for o in facts.officials.values()] + [p.name for p in facts.places.values()]
    labels += [e.sentence for v in facts.visits for e in [v.evidence]] + [i.label for i in facts.issues]
    assert not any(re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", label) for label in labels)


def test_han_run_is_the_pattern_used_for_names():
    assert HAN_RUN.fullmatch("李\U00020BB7安")


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_text_report_quoting_markup_is_read_as_text_not_as_a_page(tmp_path, name):
    text = ("# 网站安全培训\n"
            "2024年4月2日，副区长林清和来到枫桥街道，讲解网页中<script>标签的风险，提醒<p>与</script>不可混用。\n"
            "随后，林清和察看了枫桥街道便民服务站。\n")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read = read_report(path).text
    assert "标签的风险，提醒<p>与</script>不可混用" in read and "林清和察看了枫桥街道便民服务站" in read


@pytest.mark.parametrize("start", ["<!DOCTYPE html>\n<html>", "\n  <html lang=\"zh\">", "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html>"])
def test_a_text_file_that_is_an_html_page_is_read_as_one(tmp_path, start):
    page = (f"{start}<head><title>x</title><script>var a = '区长韩松来到北港街道';</script></head>"
            "<body><p>2024年5月6日，区长韩松来到南港街道桐林社区。</p></body></html>\n")
    path = tmp_path / "page-source.txt"
    path.write_text(page, encoding="utf-8")
    read = read_report(path).text
    assert "韩松来到南港街道桐林社区" in read and "北港" not in read and "<" not in read
