"""Session 48 (frep: representatives in the visiting party as raisers), kinds found on the opened
sets p187, p191 (and checked general on p172, p175, p179, p185, p193), each pinned with invented
sentences in two wordings (one in another shape) and a twin left alone.

1. A relay frame: a deputy or member (a relaying deputy named, or the party's bare head 委员们/代表们)
   right before a lead (`relay_frame_leads.txt`: 结合, 根据, 带着) whose clause names how they met
   their constituents or what they gathered (`relay_sources.txt`: 走访, 接待, 收集, 社情民意; or a
   raiser word) says that what the members go on to say in the paragraph is their constituents':
   a member's remark (认为) or saying (说, also by 他/她 after the frame) then raises. The leader of
   the visiting party (区政协副主席: a post of government) is no relayer and frames nothing.
2. Residents cited inside a deputy's or member's words may be introduced by existential 有 alone
   (`RAISER_LEAD`: 她说，有居民向她反映，X; 还有村民跟她反映：X): they still open their clause.
"""

import pytest

from kg.extract.lexicons import words
from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast


def labels(facts, place):
    return {label for p, label in issues(facts) if p == place}


def test_party_frame_then_a_members_remark():
    facts = facts_of("2024年5月8日，市政协副主席张华带领部分市政协委员到柳岸社区开展专题视察。\n"
                     "在柳岸社区党群服务中心，委员们根据平时接待群众收集的意见踊跃发言。"
                     "市政协委员、宏远物流公司经理李强认为，小区周边公交站点太少，上班族出行很不方便。\n"
                     "张华指出，要加快补齐短板。\n")
    got = {label for _, label in issues(facts)}
    assert any("公交站点太少" in label for label in got)


def test_named_frame_then_the_pronoun_says():
    facts = facts_of("2024年9月3日，县人大常委会副主任刘明带领部分县人大代表到石桥村调研。\n"
                     "在石桥村村委会座谈时，县人大代表赵芳带着走访选民了解到的情况发言。"
                     "她说，村里的自来水管老化严重，一到夏天就经常停水。\n")
    got = {label for _, label in issues(facts)}
    assert any("自来水管老化严重" in label for label in got)


def test_no_frame_the_members_own_saying_stays_theirs():
    # the twin: no relay frame, so the member's saying is their own words
    facts = facts_of("2024年9月3日，县人大常委会副主任刘明带领部分县人大代表到石桥村调研。\n"
                     "在石桥村村委会座谈时，县人大代表赵芳发言。"
                     "她说，村里的自来水管老化严重，一到夏天就经常停水。\n")
    got = {label for _, label in issues(facts)}
    assert not any("自来水管老化严重" in label for label in got)


def test_the_party_leader_framing_stays_no_raiser():
    # the twin: the leader (a post of government) speaking from what was gathered remarks
    facts = facts_of("2024年5月8日，市政协副主席张华带领部分市政协委员到柳岸社区开展专题视察。\n"
                     "张华结合走访群众了解到的情况指出，小区周边公交站点太少，要抓紧研究。\n")
    got = {label for _, label in issues(facts)}
    assert not any("公交站点太少" in label for label in got)


def test_party_frame_with_its_own_act():
    # another shape: the party's bare head frames and raises in one sentence
    facts = facts_of("2024年5月8日，市政协副主席张华带领部分市政协委员到石桥村调研。"
                     "委员们根据收集到的社情民意，提出村道太窄、会车困难等问题。\n")
    got = {label for _, label in issues(facts)}
    assert "村道太窄" in got


def test_party_without_frame_stays_no_raiser():
    # the twin: the members' own observation on the tour (调研所见) frames nothing
    facts = facts_of("2024年5月8日，市政协副主席张华带领部分市政协委员到石桥村调研。"
                     "委员们结合调研所见，提出村道太窄、会车困难等问题。\n")
    got = {label for _, label in issues(facts)}
    assert "村道太窄" not in got


# 2. existential 有 introducing the residents a deputy cites (她说，有居民向她反映，X)

def test_deputy_cites_residents_introduced_by_you():
    facts = facts_of("2024年5月8日，市人大常委会副主任张华带领部分市人大代表到柳岸社区视察。"
                     "座谈中，市人大代表王芳说，有居民向她反映，小区门口没有红绿灯，老人过马路很危险。\n")
    got = {label for _, label in issues(facts)}
    assert "小区门口没有红绿灯" in got


def test_member_cites_villagers_introduced_by_also_you():
    # another shape: a colon after the citing clause, 还有 before the villagers
    facts = facts_of("2024年9月3日，县政协副主席刘明带领部分县政协委员到石桥村调研。"
                     "县政协委员赵芳表示，还有村民跟她反映：村里的自来水管老化严重，经常停水。\n")
    got = {label for _, label in issues(facts)}
    assert any("自来水管老化严重" in label for label in got)


def test_deputy_own_view_without_residents_stays_theirs():
    # the twin: the deputy's own view, nobody cited
    facts = facts_of("2024年5月8日，市人大常委会副主任张华带领部分市人大代表到柳岸社区视察。"
                     "座谈中，市人大代表王芳表示，小区门口没有红绿灯，要抓紧研究。\n")
    got = {label for _, label in issues(facts)}
    assert "小区门口没有红绿灯" not in got


def test_relay_lexicons_hold_their_classes():
    assert {"结合", "根据"} <= set(words("relay_frame_leads.txt"))
    assert {"走访", "接待", "社情民意"} <= set(words("relay_sources.txt"))
