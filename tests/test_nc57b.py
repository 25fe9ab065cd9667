"""Session 57 (nc57b): a newcomer's faults in posts' jurisdictions.  Fixtures invented.

1. a province's (or city's) deputy or member touring a district keeps the province as the
   post's jurisdiction, and no query writes the jurisdiction twice;
2. a title naming two levels (a county's town) takes the innermost as its jurisdiction, and
   a title after it sharing its place (、人大主席) takes the same one.
"""

import pytest

pytestmark = pytest.mark.fast


def _jurisdictions(text):
    import kg
    rows = kg.build_texts({"r.txt": text}).query("officials-and-posts").rows
    return {str(row[1]): str(row[2] or "") for row in rows}


# 1. a title naming its own province never takes the district the report tours
@pytest.mark.parametrize("text, post, area", [
    ("2024年3月2日，湖南省人大代表刘青来到岳麓区望城坡街道金星社区，居民反映楼道灯坏了。", "湖南省人大代表", "湖南省"),
    ("2024年5月6日，江西省政协委员许明深入东湖区百花洲街道，走访沿街商户。", "江西省政协委员", "江西省"),
])
def test_a_province_deputy_keeps_the_province(text, post, area):
    got = _jurisdictions(text)
    assert got.get(post) == area, got


@pytest.mark.parametrize("text, post", [
    ("2024年3月2日，湖南省人大代表刘青来到岳麓区望城坡街道金星社区，居民反映楼道灯坏了。", "湖南省人大代表"),
    ("2024年7月1日，湖南省人大代表、株洲市荷塘区月塘社区党委书记刘青来到月塘社区，居民反映路灯不亮。",
     "株洲市荷塘区月塘社区党委书记、湖南省人大代表"),
])
def test_visits_by_official_never_writes_the_jurisdiction_twice(text, post):
    import kg
    rows = kg.build_texts({"r.txt": text}).query("visits-by-official").rows
    assert {str(row[4]) for row in rows} == {post}, rows


def test_the_cypher_store_writes_it_once_too(tmp_path):
    import kg
    from kg.stores import ladybug_store, named

    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.txt").write_text(
        "2024年3月2日，湖南省人大代表刘青来到岳麓区望城坡街道金星社区，居民反映楼道灯坏了。", encoding="utf-8")
    kg.build_reports([tmp_path / "r"], out=tmp_path / "out")
    cypher = ladybug_store.query(tmp_path / "out", named.resolve("visits-by-official", "cypher").text, {})
    assert [row[4] for row in cypher.rows] == ["湖南省人大代表"], cypher.rows


# 2. the innermost level a title names is its jurisdiction; a title sharing its place takes it too
@pytest.mark.parametrize("text, want", [
    ("2024年8月3日，青川县石门镇党委书记、人大主席吴涛来到白云村，村民反映水渠堵塞。",
     {"青川县石门镇党委书记": "石门镇", "人大主席": "石门镇"}),
    ("2024年9月9日，长沙市开福区芙蓉北路街道办事处主任黄杰来到鸭子铺社区，居民反映停车难。",
     {"长沙市开福区芙蓉北路街道办事处主任": "芙蓉北路街道"}),
])
def test_the_innermost_level_named_is_the_jurisdiction(text, want):
    got = _jurisdictions(text)
    assert {post: got.get(post) for post in want} == want, got


def test_title_area_and_post_title():
    from kg.corpus.link import sharing_title, title_area
    from kg.views.model import post_title

    assert [title_area(t) for t in ("青川县石门镇党委书记", "湖南省人大代表", "开福区区长", "人大主席")] == \
        ["石门镇", "湖南省", None, None]
    assert [sharing_title(t, "石门镇") for t in ("人大主席", "镇长", "县长")] == [True, True, False]
    assert post_title("湖南省", "湖南省人大代表") == "湖南省人大代表"
