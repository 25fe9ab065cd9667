"""Visits, session 12 (helper VISITS12, side branch): a web page's menu line is no headline scene.

Every fixture is invented for these tests.
"""

import pytest

from tests.extraction import facts_of, visits


# ------------------------------------------------------------- a page's menu is no headline scene
@pytest.mark.fast
def test_a_pages_menu_naming_its_publisher_sets_no_scene():
    page = (
        "青岚区融媒体中心 | 无障碍 | 登录 注册\n\n"
        "区政协委员走进东坡街道\n\n"
        "2026年3月12日，区政协副主席谷庭舟来到东坡社区，听取居民意见。居民反映，楼道灯坏了。\n\n"
        "主办：青岚区融媒体中心　版权所有"
    )
    f = facts_of(page)
    assert ("谷庭舟", "东坡社区") in visits(f)
    assert not any("融媒体中心" in place for _, place in visits(f))


@pytest.mark.fast
def test_a_headline_opening_with_a_place_still_sets_the_scene():
    f = facts_of(
        "桑榆社区：议事会开到家门口\n\n"
        "2026年3月12日，区人大代表谷庭舟来到梧桐小区，与居民商量楼道改造。居民反映，桑榆社区楼道灯坏了。"
    )
    assert ("谷庭舟", "桑榆社区") in visits(f)
