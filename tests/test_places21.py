"""Session 21, what a place name is: sites of one core but different type words
(锦绣府, 锦绣园, 锦绣广场) are different places across reports too, while a site
written long and short in one report (锦绣府小区 / 锦绣府) is one.  Every
fixture is invented; the tests run the real pipeline and linker."""

from __future__ import annotations

import pytest
from rdflib import RDFS

import kg

pytestmark = pytest.mark.fast


def _sites(built, name: str) -> list[str]:
    """The site keys of report `name`."""
    return sorted(k for k in built.facts[name].places if k.rsplit("/", 1)[-1].startswith("site:"))


def test_estates_and_venues_of_one_core_stay_apart_across_reports():
    texts = {
        "a.txt": "2024年4月9日，区长韦东来到东湖街道锦绣府小区，与居民代表座谈。居民反映锦绣府停车难。",
        "b.txt": "2024年5月9日，区长韦东来到东湖街道锦绣园，与居民代表座谈。",
        "c.txt": "2024年6月9日，区长韦东来到东湖街道锦绣广场，察看夜市秩序。",
        "d.txt": "2024年7月9日，区长韦东来到东湖街道锦绣公园，察看设施。",
    }
    built = kg.build_texts(texts)
    keys = [_sites(built, n) for n in sorted(texts)]
    assert all(len(k) == 1 for k in keys), keys  # a.txt: 锦绣府小区 and 锦绣府 are one estate
    assert len({k[0] for k in keys}) == 4, keys
    labels = {str(o) for s, o in built.dataset.subject_objects(RDFS.label) if "锦绣" in str(o)}
    assert {"锦绣园", "锦绣广场", "锦绣公园"} <= labels and labels & {"锦绣府小区", "锦绣府"}


def test_a_site_kind_is_read_before_its_generic_words():
    # place_site_generic_words.txt: 小区, 号楼, 一期 say only what the site is
    from kg.extract.places import kind

    assert kind("翠湖府小区") == kind("翠湖府") == "府"
    assert kind("明珠名城二期") == kind("明珠名城") == "名城"
    assert kind("滨江花园小区") == ""  # 花园 is part of the estate's name (place_estate_name_words.txt)
