"""NEWCOMER52b: invented reports of session 52's second newcomer, and what they found.

1. One article as a page (its <h1> headline kept) and as pasted text (no headline), built once;
   the page edited later (a sentence added) made the pasted text a report of its own again, its
   visits counted a second time (undated: the text gives no year), and no warning said the two
   are versions of one report: the page's opening, read with its headline, never matched the
   text's.  kg.corpus.record.lede_digest now leaves a headline out, as body_digest does.
2. A site named after the village or community just visited (王闵家村幸福院, 王闵社区食堂), in a
   new paragraph (`随后，A走进…`), was put under the town or subdistrict (visits-by-official:
   within 土桥镇), where the same text run on put it under the village: a site whose name opens
   with a unit the report placed inside the paragraph's context is that unit's
   (kg.extract.places.PlaceRegistry._area_holder).
"""

import pytest

import kg

pytestmark = pytest.mark.fast

BODY = ("<p>7月22日，江宁区区委书记王振华来到秣陵街道殷巷社区，走访困难群众。居民反映小区供水管经常爆裂。</p>"
        "<p>随后，王振华走进秣陵街道便民服务中心，察看政务服务事项办理情况。</p>")
PAGE = ("<html><head><meta charset=\"utf-8\"><title>王振华调研秣陵街道</title></head><body>"
        "<h1>王振华调研秣陵街道</h1><div>发布时间：2024-07-22</div>{body}</body></html>")
TEXT = ("7月22日，江宁区区委书记王振华来到秣陵街道殷巷社区，走访困难群众。居民反映小区供水管经常爆裂。\n"
        "随后，王振华走进秣陵街道便民服务中心，察看政务服务事项办理情况。\n")


def versions_said(warnings) -> list[str]:
    return [w for w in warnings if "two versions of one report" in w]


@pytest.fixture
def forms(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.html").write_text(PAGE.format(body=BODY), encoding="utf-8")
    return folder


def test_a_page_edited_beside_its_pasted_text_is_said_a_version(forms, tmp_path):
    first = kg.build_reports([forms], out=tmp_path / "out")
    assert [w for w in first.warnings if "the same article" in w], first.warnings  # one article, built once
    assert not versions_said(first.warnings), first.warnings
    (forms / "b.html").write_text(PAGE.format(body=BODY.replace("察看政务服务事项办理情况。", "察看政务服务事项办理情况。王振华还察看了社区食堂。")),
                                  encoding="utf-8")
    again = kg.build_reports([forms], out=tmp_path / "out")
    fresh = kg.build_reports([forms], out=tmp_path / "fresh")
    for built in (again, fresh):
        said = versions_said(built.warnings)
        assert len(said) == 1 and "a.txt" in said[0] and "b.html" in said[0], built.warnings


def test_reports_with_one_headline_that_open_otherwise_are_no_versions(tmp_path):
    # precision: a headline shared by two reports does not make them versions of one
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("区委书记调研社区\n" + TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("区委书记调研社区\n" + TEXT.replace("7月22日", "8月5日").replace("殷巷社区", "将军社区"),
                                  encoding="utf-8")
    built = kg.build_reports([folder], out=tmp_path / "out")
    assert not versions_said(built.warnings), built.warnings


VILLAGE = "2024年8月6日，临夏县县长马永福来到土桥镇王闵家村，察看人居环境整治情况。"


@pytest.mark.parametrize("sep", ["", "\n"])
@pytest.mark.parametrize("site, unit", [("王闵家村幸福院", "王闵家村"), ("王闵家村卫生室", "王闵家村")])
def test_a_site_named_after_the_village_is_in_it_across_a_paragraph_break(sep, site, unit):
    built = kg.build_texts({"t.txt": VILLAGE + sep + f"随后，马永福走进{site}，看望老人。"})
    rows = {row[1]: row[2] for row in built.query("visits-by-official").rows}
    assert rows.get(site) == unit, rows


def test_a_towns_facility_after_a_village_stays_the_towns():
    # precision: a site named after the town, not the village, is not put in the village
    built = kg.build_texts({"t.txt": VILLAGE + "\n随后，马永福走进土桥镇卫生院，看望医护人员。"})
    rows = {row[1]: row[2] for row in built.query("visits-by-official").rows}
    assert rows.get("土桥镇卫生院") != "王闵家村", rows
