"""Speakers who speak for residents though the officials' grammar names them (session 11).

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, facts_of, issues

VISIT = "区人大常委会副主任钟岳来到松岚街道青杉社区，区人大代表甘露、卜文涛参加座谈。"


def issues_in(text: str, visit: str = VISIT) -> set[tuple[str, str]]:
    return issues(facts_of(visit + text))


@pytest.mark.fast
def test_a_deputy_relays_what_voters_raised():
    got = issues_in("甘露代表反映，槐荫小区地下车库长期积水，排水泵时好时坏。")
    assert got == at("青杉社区", "槐荫小区地下车库长期积水", "排水泵时好时坏")


@pytest.mark.fast
def test_a_deputys_own_proposal_stays_theirs():
    assert issues_in("卜文涛代表建议，加大老旧小区改造的投入。") == set()


@pytest.mark.fast
def test_what_a_deputy_says_is_their_own_words():
    assert issues_in("甘露代表说，大家把停车难的事记在本子上，一件件去跑。") == set()


@pytest.mark.fast
def test_deputies_relay_unless_a_government_post_is_theirs_too():
    from kg.extract.issue_raisers import is_relayer

    assert is_relayer(["区人大代表"]) and is_relayer(["县人大代表", "芦溪村党支部书记"])
    assert not is_relayer(["区人大代表", "副区长"]) and not is_relayer(["区人大常委会委员"])


@pytest.mark.fast
def test_a_government_post_beside_a_deputys_still_speaks_for_itself():
    visit = "区人大代表、副区长钟岳来到青杉社区。"
    assert issues_in("钟岳提出，槐荫小区地下车库长期积水。", visit) == set()


FARM = "县委书记钟岳来到芦溪村果园。"


@pytest.mark.fast
def test_the_official_told_is_no_speaker():
    # 告诉 + the official (a bare title or a name) is the person told; the resident speaks
    got = issues_in("果农马金宝告诉书记，村里路灯坏了半年，一直没人修。", FARM)
    assert got == at("芦溪村", "村里路灯坏了半年", "一直没人修")
    got = issues_in("村民王保田告诉钟岳：“水渠年久失修，一放水就漏。”", FARM)
    assert ("芦溪村", "水渠年久失修") in got


@pytest.mark.fast
def test_the_visiting_party_before_a_possessive_is_no_speaker():
    visit = "区人大代表钟岳、甘露来到青杉社区。"
    got = issues_in("住在8号楼的居民老方当着代表们的面说：“车棚拆了以后一直没建，电瓶车只能停在楼道里。”", visit)
    assert ("青杉社区", "电瓶车只能停在楼道里") in got


VILLAGE = "副县长钟岳来到芦溪村。"


@pytest.mark.fast
@pytest.mark.parametrize("title", ["村主任", "村长", "第一书记", "党支部书记"])
def test_a_village_title_speaks_for_the_villagers(title):
    # a bare village-level title, and the same title held by a named cadre
    got = issues_in(f"{title}介绍，村里的机耕路坑洼不平，雨天经常积水。", VILLAGE)
    assert got == at("芦溪村", "村里的机耕路坑洼不平", "雨天经常积水")
    got = issues_in(f"{title}甘露介绍，村里的机耕路坑洼不平，雨天经常积水。", VILLAGE)
    assert got == at("芦溪村", "村里的机耕路坑洼不平", "雨天经常积水")
