"""The page of a build of many small components (session 24: small trees laid
out without the spring layout, kg.views.layout.SMALL_MAX_NODES), in a real
headless Chromium with the network blocked: every node of the graph is on
the page, at a position of its own, inside the drawing once it is fitted."""

from __future__ import annotations

import pytest

from tests.conftest import run_kg
from tests.test_view import page_data

SURNAMES = "祁严柏葛邬闵涂"
GIVEN = ["远航", "明澄", "若水", "景行", "思齐", "广川", "子衿", "怀瑾"]
PLACES = ["枫杨", "竹溪", "白鹭", "青檀", "芦汀", "松涛", "梅岭", "荷塘"]


@pytest.fixture(scope="module")
def many_small(tmp_path_factory):
    """A build of 56 reports, each an official of their own at a place of its own
    (official - community - subdistrict: a small tree each), over 300 nodes, so the
    page is laid out by kg.views.layout rather than by the browser's physics."""
    root = tmp_path_factory.mktemp("users24b")
    (root / "r").mkdir()
    n = 0
    for i, surname in enumerate(SURNAMES):
        for j, given in enumerate(GIVEN):
            name, place = surname + given, PLACES[(i + j) % len(PLACES)]
            street = PLACES[j] + "街道" if i % 2 else PLACES[j] + "镇"
            text = (f"2024年6月{n % 28 + 1}日，岚山区副区长{name}来到{street}{place}{'社区' if i % 2 else '村'}，"
                    f"察看老旧小区改造。居民反映路灯不亮，{name}要求尽快修好。\n")
            (root / "r" / f"r{n:02}.txt").write_text(text, encoding="utf-8")
            n += 1
    proc = run_kg("build", root / "r", "--out", root / "out", "--no-store")
    assert proc.returncode == 0, proc.stderr
    return root / "out" / "graph.html"


def test_every_node_of_many_small_components_is_shown(many_small, open_page):
    data = page_data(many_small.read_text(encoding="utf-8"))
    assert len(data["nodes"]) > 300  # laid out here, physics off
    opened = open_page(many_small)
    page = opened.page
    assert page.evaluate("kgView.network.physics.physicsEnabled") is False
    assert page.evaluate("kgView.nodeView.length") == len(data["nodes"])
    positions = page.evaluate("Object.values(kgView.network.getPositions())")
    assert len(positions) == len(data["nodes"])
    assert len({(round(p["x"]), round(p["y"])) for p in positions}) == len(positions)  # none on another
    # fitted: every node's point is inside the drawing
    inside = page.evaluate("""() => { const net = kgView.network; net.fit({ animation: false });
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return Object.values(net.getPositions()).every(p => { const d = net.canvasToDOM(p);
            return d.x >= -1 && d.y >= -1 && d.x <= r.width + 1 && d.y <= r.height + 1; }); }""")
    assert inside
    assert opened.errors == [] and opened.blocked == []
    opened.screenshot("many-small-components.png")
