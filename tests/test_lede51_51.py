"""Session 51 (lede51): a report read through with no visit at all, whose body opens on a scene at a
place and then has its official speak there with no verb of going, had its lead official at that place
(`visits.Reader.opening_scene`).  Every gold report of the evaluation sets has a visit.  Fixtures invented.
"""

import pytest

from tests.extraction import facts_of

pytestmark = pytest.mark.fast


def visits(text: str) -> set[tuple[str, str]]:
    f = facts_of(text)
    return {(v.official, f.places[v.place].name) for v in f.visits}


@pytest.mark.parametrize(
    "text, place",
    [
        # an evening scene in a village's square, the town head then opens the talk
        ("桃林夜话听民声\n6月2日晚，云溪镇桃林村文化广场上灯火通明，30多名村民围坐在一起。\n"
         "“今天就想听听大家的难处。”云溪镇镇长罗文海开门见山。\n村民李大爷说，村口的路灯坏了半年。\n", "桃林村"),
        # a courtyard meeting in a community's estate, the district head sits down with residents
        ("院坝会上话民生\n5月8日下午，北城街道柳岸社区丽景小区的院坝里摆起了板凳。\n"
         "区长韩立新和居民们坐在一起，一边听一边记。\n居民反映，小区停车位太少。\n", "丽景小区"),
    ],
)
def test_the_opening_scene_is_the_lead_officials_stop(text, place):
    got = visits(text)
    assert any(name.endswith(place) for _, name in got), got


def test_a_source_line_naming_a_newsroom_is_no_scene():
    # the place is named only on the source line; the body opens with no place, so nothing is made up
    text = ("委员接待日见闻\n城关县融媒体中心　2024-03-02\n"
            "3月1日，县政协副主席高明早早到岗，接待前来反映问题的群众。\n群众反映，菜市场周边占道经营严重。\n")
    assert not any("融媒体" in name for _, name in visits(text))


def test_a_report_with_a_visit_keeps_only_its_own_stops():
    text = ("书记走访\n6月2日晚，云溪镇桃林村文化广场上灯火通明。\n"
            "云溪镇党委书记罗文海来到桃林村杏花组，与村民交流。\n村民反映，组里的路太窄。\n")
    got = visits(text)
    assert got and all(name.endswith("杏花组") for _, name in got), got
