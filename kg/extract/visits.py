"""Visits, read paragraph by paragraph, and where the report is at each sentence.

A visit frame is an actor, a movement / presence / activity, and a place.
Actors: a named official, 他/她, their party (一行, 调研组, `head们` of the
report's own posts), or an organisation bringing people (组织…来到X) whose
visit the officials then named taking part join.  Verbs are an open word class
with kinds kept as data (`visit_verbs.tsv`): "move" verbs always start a visit
to the place after them; "inspect" verbs (察看, 走进) only when the official is
not yet at a specific place in the paragraph; "presence" and "activity" verbs
(驻足, 座谈, 出席) put an official where the paragraph is.  An official is at
`在X` when they are its subject (王明已在X主持) or open the clause after it
(在X，王明同…); meeting or calling on a place's residents (与Y社区的居民座谈)
is a visit to it.  Each sentence gets a `Scene`: the places it is about and
the stop the report is at, which the issue frame uses to place what residents
raised.  See docs/parser.md for the whole frame.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.extract import issue_words
from kg.extract.actors import Actor, ActorIndex
from kg.extract.back_reference import back_referenced, deictic_word_at, referred_by_locative, referred_by_word, referred_here
from kg.extract.corps_units import attach_regiments, company_at
from kg.extract.dates import number
from kg.extract.village_groups import GROUP_HOLDERS, UNIT_END, group_at, opens_with_group, own_facility_at
from kg.extract.guides import deputy_hosts, guided_at, guides_party, hosts_stop
from kg.extract.home_places import qualifies_person
from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, raising_acts, table, words
from kg.extract.meeting_host import held_by, venue_told
from kg.analyse import tokenize
from kg.chrome import site_header_line
from kg.analyse.component import CLAUSE_END, analyse_spans, tokens_in
from kg.extract.places import (
    ADMIN, AREAS, LIST_SEP, NUMERAL, covered, own_part, LOCATED_OF, NAME_CHARS, PlaceChunk, PlaceRegistry, Segment, core, has_proper_part, heritage_site, is_named, lies_in_unit, name_may_start, name_window, parse_at, parse_list, segment, skip_determiner, suffix_at,
    work_after, written_as_class,
)
from kg.extract.place_description import describes
from kg.extract.place_check import SHORT_TYPE, analysed_around, clause_cut, clause_reading, handled_place, reads_as_clause
from kg.extract.tagged_places import LISTED_TAGS, PLACE_TAGS, may_name_at, named_segments, noun_phrase_after, quoted_inside, tagged_place
from kg.extract.sentences import Sentence
from kg.extract.unit_office import unit_office
from kg.extract.visit_reported import (
    in_reported_words, pronoun_in_residents_words, resident_subject, route_between, speech_acts,
)
from kg.extract.word_edges import verb_as_written
from kg.resources import lexicon
from kg.pipeline import Doc, component, set_extension
from kg.text import HAN, HEADLINE_END

# at a community or a site, 察看/走进 X looks around inside it
INSIDE_LEVELS = {"community", "site"}
# the rest of a list of places visited that ends in households (、村幼儿园和20多户群众, 和3户脱贫户):
# going round the place the party is at, the places listed with its homes are parts of the round.
# Source: FAULTS36_p117 (a base listed with the households became the stop, the village lost)
HOUSEHOLD_ROUND = re.compile(r"[^，,。；;！？\n]{0,12}?[和及、][^，,。；;！？\n]{0,4}?[\d一二三四五六七八九十两几数多余来]+[多余]?户")
ESTATE = "HousingEstate"  # the type of a community's housing estates (place_suffixes.tsv: 小区, 苑, 新村)
# between 对's places and the inspection: their surroundings, then 开展/进行 and what is inspected
# (nothing else: 对X改造项目开展督导 inspects a work, not the place)
FRONTED_TO_ACT = re.compile(r"(?:等地|等处)?(?:周边|周围|一带|沿线)?(?:开展|进行)(?:了)?")
FRONTED_ACT_REACH = 12  # characters of what is inspected (食品安全和环境卫生) before the inspection
INSIDE = re.compile(r"[内里中]")
AREA_LEVELS = {"district", "subdistrict"}
# the levels whose own type word may open a generic facility's name (镇社区综合为老服务中心,
# 苏木便民服务中心: `area_facility`); a community's (在社区党群服务中心，) stands for the community
# itself (tests/test_issue_scene.py)
FACILITY_OWNER_LEVELS = ("subdistrict",)
MAX_ADVERBS = 6  # characters between an official and their verb (随后又一起)
MAX_SUBJECT_GAP = 40  # characters between a subject and its 在X
OBSERVER_REACH = 8  # characters before a visit verb searched for the observer's clause start (记者随后来到)
# 与/同/和 Y 的 居民: meeting the residents of Y
MEET = re.compile(r"[与同和跟]")
# after Y: 的 and a short noun phrase holding the residents (的老党员, 居民代表)
RESIDENTS_OF = re.compile(r"的?[^，。；、和及与\s的]{0,4}")
# between the comma after 在X and the official: nothing, or their title
TITLE_GAP = re.compile(r"[^，。；：、\s]{0,16}")
# the same with the official's several posts listed (区人大代表、社区居委会主任A): 、 joins
# posts of one person there, no second subject.  Source: FAULTS38_p126 (p126-04: the
# visit to the community where a deputy who is its director raised issues was lost)
TITLES_GAP = re.compile(r"(?:[^，。；：、\s]{2,16}、){0,3}[^，。；：、\s]{0,16}")
# a sentence set at the event: 座谈会上，…  活动中，…
EVENT_CONTEXT = compile_words(words("visit_event_context_words.txt"), "[^，。；]{{0,8}}?(?:{})[，,]")
# what names the next place of a sentence: a preposition, or a walk along it (来到X村，沿着Y河察看: the look is at Y)
NEXT_PLACE = re.compile(r"[在与同跟和到]|沿着|沿(?![途线街])")
MODAL_REACH = 4  # characters before a visit verb searched for a modal word
# between two names of one list: a separator and at most the next one's post
# a bare type word standing for a place named before (在社区，…), up to its clause's end
BARE_TYPE_WORD = re.compile(r"[^，,。；：\s内里中]{1,4}(?=[内里中]?[，,])")
# after a sentence-opening 在X: a spot in X (的凉亭里, 门口), then the comma closing the clause
SPOT_CLAUSE = re.compile(r"(?:的?[^，,。；：、\s]{0,6}?(?:里|内|中|门口|前|旁|边|上))?[，,]")
# a home inside the place just named: 一户独居老人家中, 村民李大伯家里
HOME_IN = "[^，,。；：\\s]{0,12}?(?:家中|家里)"
# a count of people: 两位, 几名 (before the head of the officials' posts: 两位代表)
COUNTED = "[两二三四五六七八九十几多各数]+[位名]"


@cache
def _place_intro(fronted: bool = False) -> re.Pattern:
    """What opens a place's context: 在, a disposal marker (`disposal_markers.txt`: 将, 把;
    their object is a thing handled) or a verb of where a place lies
    (`place_located_verbs.txt`: 位于, 地处); with `fronted`, 对 too, fronting the places an
    inspection is carried out on (对A和B周边开展安全检查).

    >>> _place_intro().match("位于城东").group(0), _place_intro().match("对A") is None, _place_intro(True).match("对A").group(0)
    ('位于', True, '对')
    """
    intros = ["在", *words("disposal_markers.txt"), *words("place_located_verbs.txt")]
    return compile_words(intros + ["对"] * fronted)


@lru_cache(maxsize=1024)
def _plural_pattern(heads: frozenset[str]) -> re.Pattern:
    """`head们` or a count then a head, for `heads` (代表们, 两位委员).  Cached:
    reports of one corpus share their posts' heads, and building the
    alternation of every title head cost ~1 ms a report (0.7 s of 21 s over
    600 seed reports, PERF9's profile).
    Example: `_plural_pattern(frozenset({"代表"})).search("两位代表")` matches."""
    return re.compile(f"(?:{alternation(heads)})们|{COUNTED}(?:{alternation(heads)})")
# a clause opening with 与/同/跟 and the title of the official named next, or a list of them
# (，与县人大代表|B一起接待; ，同区人大代表C、|D一起): who the clause's subject, named before, acts
# with, not a subject of their own (与会代表A: one attending; 同时, 同日: time words)
CO_HOST = re.compile(r"[，,。；]\s*(?:并|还|又|也)?(?:与|同|跟)(?!会|时|日|样|期|步)[^，,。；：！？\s]{0,24}$")
CO_HOST_REACH = 30
# 王明等(人)来到X: the official and others with them, a party the subject carries along (not 等待/等候)
ETC = re.compile(r"等(?![待候])")
# a character every match of `Reader._plural_party` holds (们, or COUNTED's 位/名)
PARTY_MARKS = re.compile("[们位名]")
# items of a web page's menu (越秀区融媒体中心 | 无障碍 | 登录): a first line that is the site's menu,
# whose first item is the publisher, tells no place the report is at
MENU = re.compile(r"\s[|｜]\s")
NAME_REACH = 12  # characters of a proper name written before a generic place's words
GENERIC_REACH = 12  # characters of generic words (人大代表家门口) before a type word written alone elsewhere
# a list item neither the grammar nor the analyser reads: one short name up to the separator
UNREAD_ITEM = re.compile(r"[^，,。；：、和及与\s的]{2,8}(?=[、和及与])")
# right after a name: a lead word (lead_markers.txt) and the led officials' post
LED_TEMPLATE = "(?:{})[^，,。；：、\\s]{{0,16}}$"
LISTED = re.compile(r"^[、和与及，][^，。；：\s]{0,40}$")
# a receiving place's organ or people between it and the host verb (党委, 干部群众), and 了 after
# between an official and their own 在X: adverbs only (随后, 还, 又, 一行)
SUBJECT_ADVERBS = re.compile(r"[^，,。；：、\s的]{0,6}")
# between the last listed name and a join word: adverbs (也, 一同)
JOIN_GAP = re.compile(r"[也还等同一共]{0,3}")
# between two listed names: a separator, maybe the next one's post (，市政协委员)
LISTED_NAMES = re.compile(r"[、，,和及与][^。；：！？\s]{0,16}")
# who came along with the party, told before their names (同行的还有A, 和她一起来的，还有A、B,
# 一同前往的有A, 随行的还有A): a together-adverb or 同行/随行, a few words of coming, 的,
# then 还有/有 — they are members of the party, whatever their post
CAME_ALONG = re.compile(r"(?:一起|一同|一道|同行|随行)[^，,。；：！？\s]{0,3}的[，,]?\s*还?有")
# right after a name: adverbs, then a lead word (A还带领…)
LEADS_TEMPLATE = "[还又再也]{{0,2}}(?:{})"
# a date opening a sentence (2025年5月6日, 6月3日, 五月六日)
DATE_LEAD = "[0-9０-９〇零一二三四五六七八九十]{1,4}[年月日号]"
# a walk along a place (沿着X察看, 沿X步行察看): the words between the place and the verb
ALONG = re.compile(r"沿着|沿(?![途线街])")
# a road's name after 沿(着): two to five characters ending in a road word (`road_walked`)
ROAD_AFTER_ALONG = re.compile(rf"[{HAN}]{{2,5}}?(?:大街|大道|路|街)")
# the analyser's tags of a proper noun: a road's name read as one (索X路/PER, 柳荫路/LOC)
ROAD_NAME_TAGS = frozenset({"PER", "LOC", "ORG", "nz", "ns"})
MAX_ROUTE = 10  # characters of a way's or water's name before a word of extent (沿着青溪河沿线)
ALONG_TO_VERB = re.compile(f"(?:{alternation(words('visit_along_extents.txt'))})?(?:{alternation(words('visit_walk_words.txt'))})?")
# a short modifier before the place after a visit verb (正在建设中的, 新建成的), ending in 的
MODIFIER_OF = re.compile(r"[^，,。；：、的\s]{1,16}的(?=[^的])")
# right before an inspect verb: a sequence adverb telling a next stop (随后还察看了Y)
NEXT_STOP = pattern("visit_next_stop_adverbs.txt")
# right before an inspect verb: stops one after another (先后察看了A、B和C): named places listed are stops
SEVERAL_STOPS = pattern("visit_several_stops.txt")
# a section heading: a line of its own, short, with no sentence end, maybe opened by
# a bullet, a bracket or a section number (■ X社区：…, 【X小区】, 二、X村：…, （一）X);
# a bullet may be any pictograph (the symbol and emoji blocks: a post's pin, flag or
# tree before each stop, 📍 X小区, with a variation selector after it)
SECTION_HEADING = re.compile(r"(?P<marker>[■□●○◆◇▲△▶►★☆•·◎※#\-\*\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]*\s*(?:【|〖|\[)?\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])?\s*)[^。！？!?\n]{2,40}")
# a line opened by a record's place field (地点：, `record_place_fields.txt`), its place after it
@cache
def record_place_field() -> re.Pattern:
    """A line opened by a record's place field label and a colon (地点：, 接访地点：):
    group `marker` is the label, its colon and spaces; the place follows.

    >>> bool(record_place_field().match("地点：新华社区")), bool(record_place_field().match("地点在新华社区"))
    (True, False)
    """
    return pattern("record_place_fields.txt", "(?P<marker>[ \\t\\u3000]*(?:{})[ \\t\\u3000]*[：:][ \\t\\u3000]*)")



FIELD_MARK = "(?P<marker>[ \\t\\u3000]*(?:{})[ \\t\\u3000]*[：:][ \\t\\u3000]*)"


@cache
def record_people_field() -> re.Pattern:
    """A line opened by a record's people field label and a colon (接待代表：,
    `record_people_fields.txt`): group `marker` is the label, its colon and spaces;
    the officials of the entry follow.

    >>> bool(record_people_field().match("接待代表：区人大代表王明")), bool(record_people_field().match("接待代表王明"))
    (True, False)
    """
    return pattern("record_people_fields.txt", FIELD_MARK)


@cache
def record_entry_place_field() -> re.Pattern:
    """A line opened by any record place field label and a colon (地点：, 接待地点：;
    `record_place_fields.txt` and `record_entry_place_fields.txt`); group `marker`."""
    return compile_words(words("record_place_fields.txt") + words("record_entry_place_fields.txt"), FIELD_MARK)


# an entry's lines run on with no blank line between them
ENTRY_BREAK = re.compile(r"\n[ \t\u3000]*\n")


# a line opened by a heading's marker, the heading's words running on in it
MARKED_OPENING = re.compile(r"(?P<marker>[ \t\u3000]*(?:[■□●○◆◇▲△▶►★☆•◎※\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+|【|〖|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．])[ \t\u3000]*)")
# the line after a heading, which must be a sentence of the section it heads
HEADED_BODY = re.compile(r"[ \t\u3000]*\n\s*([^\n]*)")
SENTENCE_END = re.compile(r"[。！？!?]")
# what follows the place in such a heading: a colon, a bar, a dash, a closing bracket, a space
HEADING_AFTER_PLACE = re.compile(r"\s*[：:｜|】〗\]—－\-·\s]")
# a stop told by its rank in the tour (第一站, 首站, 最后一站), then 是/为/：or a comma before the place
ORDINAL_STOP = re.compile(r"(?:第[一二三四五六七八九十\d]+|首|末|最后一|下一)站")
# 第一站，是X: a comma may set the rank off; 第二站，X。: the comma alone, a place right after it
ORDINAL_LINK = re.compile(r"[，,]?(?:便|就)?(?:是|为|设在|来到|：|:)|[，,]")
# X是此次调研的最后一站: between the place and the rank, 是 and a few words ending in 的
ORDINAL_BEFORE = re.compile(r"(?:就|则|便)?是[^，,。；：、\s]{0,16}的?")
HOST_GAP = re.compile(r"[^，,。；：、\s]{0,8}")
HOST_GAP_TO_OFFICIAL = re.compile(r"[。；！？]")
# where a clause ends: its marks, full-width or ASCII, or a line break
CLAUSE_BREAK = re.compile(r"[，,。！？；;：:\n]")


# a room or a site after a remote word (直播间, 直播销售间, 视频会议室, 直播基地): a place, no means
# of taking part from afar (`Reader._remote`)
REMOTE_ROOM = re.compile(rf"[{HAN}]{{0,3}}?(?:间|室|厅|基地)(?![{HAN}])|[{HAN}]{{0,3}}?(?:间|室|厅|基地)(?=[和、及与])")


@cache
def _entered() -> re.Pattern:
    """A verb of going in with the complement 进去 and no object (`visit_enter_verbs.txt`:
    走了进去, 推门走进去)."""
    return pattern("visit_enter_verbs.txt", "(?:{})了?进去")


@cache
def _site_parts() -> re.Pattern:
    """Parts of a site written bare (`place_site_parts.txt`, each maybe after a common word of
    `place_generic_words.txt`), one or several joined by 和/、/及/与: `企业展厅和生产车间`.

    >>> bool(_site_parts().fullmatch("企业展厅和生产车间")), bool(_site_parts().fullmatch("华美公司车间"))
    (True, False)
    """
    part = f"(?:{alternation(words('place_generic_words.txt'))})?(?:{alternation(words('place_site_parts.txt'))})"
    return re.compile(f"{part}(?:[和、及与]{part})*")
# 在…的同时，: a time, not a place (代表们在肯定X村工作成效的同时，…); the clause after 在 ends so
WHILE_DOING = re.compile(r"[^，,。；：！？]*?(?:的同时|之余)[，,]")
# 在…V下: who accompanies or organises the party, not a place (在驻村第一书记甲的陪同下, 在乡党委
# 书记林园陪同下, 在街道人大代表联络站组织下): the verbs are `agency_under_verbs.txt`; a 下 opening
# another word (党组织下沉, 组织下乡, 安排下派) ends no such frame
ACCOMPANIED_UNDER = pattern("agency_under_verbs.txt", "[^，,。；：！？]*?(?:{})下(?![沉乡派发放达到去来])")


# leaving a place (离开X，…来到Y): the party was at X
LEFT = re.compile(r"离开")
# a name owning what follows it (区长X的讲话): the name is no subject
POSSESSED = re.compile(r"的")
LIST_END = re.compile(r"[后时]?[，,]")
# a bare 到 right before a place: also a preposition of distance or direction (到镇卫生院要走
#十几里路, 转诊到县医院), so an area's site named by its type word alone (镇卫生院) is no
# stop after it; 来到 and 走访 are only visits
BARE_TO = re.compile(r"(?<![来回去赶走])到$")
# quoted words holding a clause (“村里到镇上的路太窄，一下雨…”): someone's speech, not a quoted name
# a month written without its day (今年4月, 2024年4月): the time of a trip before the report's
# own month (Reader.told_before); one with a day (4月8日) is a date, dates.sentence_dates'
PAST_MONTH = re.compile(r"(?:今年|((?:19|20)\d{2})年)(\d{1,2}|[一二三四五六七八九十]{1,3})月(?![\d一二三四五六七八九十]{0,3}[日号])")
MONTH_DAY = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十廿]{1,3})[日号]")
# 我 standing for the writer of a first-person report, not 我们 nor a unit's 我村/我镇
# (the writer's village, a place), 我国, nor an organ's 我局/我委/我院…
FIRST_PERSON = re.compile(r"我(?![们們国國省市县縣区區镇鎮乡鄉村街局委院校部办會会厅站所处科司组])")
# 我们 in a first-person report's narration: the writer and who goes with them (我们又去了六组),
# not a unit's 我们村/我们社区 (the writer's village, a place) nor a party word's 我们俩 counted apart
WE = re.compile(r"我们(?![村镇乡县区市省街社组单局委院校部办])")
# the writer's companions, set together in a clause of the narration: 我和A、B一起, 我与A一道
WE_TOGETHER = re.compile(r"我(?:和|与|同|跟)([^，,。！？；;：:\n]{1,40}?)(?:一起|一道|一同|结伴)")
# how far a turn's speaker may open their line (a post before the name: 鎮長A：)
TURN_POST = 12
# the sentences a byline may come in: the headline, the byline itself, an editor's note
BYLINE_REACH = 4


@cache
def _dispatcher() -> re.Pattern:
    """An organ and its dispatch verb (`dispatch_verbs.txt`), as a byline writes them
    before the writer's post (`省财政厅派驻` in `（作者系省财政厅派驻青石村第一书记 A）`):
    at most 14 characters of no punctuation, then the verb.  Source: FAULTS37_p120
    (two first-secretary diaries of an opened probe, neither read as the writer's).

    >>> _dispatcher().sub("", "（作者系省财政厅派驻 ）")
    '（ ）'
    """
    return compile_words(words("dispatch_verbs.txt"), r"[^（()）\s，。、；：,;:]{{1,14}}?(?:{})")
QUOTED_SPEECH = re.compile(r"“[^“”]*?[，,。！？；][^“”]*”")
# an event held at a venue, told after it (恳谈会在X举行): the event (会, 活动) and where its venue starts
# a visit verb closing its line with a colon (先后来到：) names its stops in the list that follows
# (a forward reference may name the list first: 走访以下点位：, 察看了如下几处：)
LIST_OPENS = re.compile(r"(?:(?:以下|如下|下列)[^，,。；：、\s]{0,6})?[：:]\s*$")
# a list item's marker (Markdown `- `, `* `, `1. `; `（1）`, `1、`, `·`)
# and, inline as on lines, a Chinese ordinal's item: 一、 一是 其一，)
LIST_ITEM = re.compile(r"\s*(?:[-*+•·]|[0-9０-９]{1,2}[.、)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]"
                       r"|[一二三四五六七八九十]{1,2}(?:、|是)|其[一二三四五六七八九十]{1,2}[，,是]?)\s*")
# after a visit verb, a list of stops opening in the sentence: a short head (以下地点, 三个社区)
# and a colon, then the first item's marker (走访了以下村：（一）A村…；（二）B村…)
ITEMS_OPEN = re.compile(r"[^，,。；：、\s]{0,8}[：:](?=" + LIST_ITEM.pattern + r")")


# after a place opening its sentence with no 在: a locative closing the setting (X室里，/ X室里座无虚席),
# not one opening a noun phrase (X小区里的老人)
SCENE_LOCATIVE = re.compile(r"[里内](?![的面外])")
# voices quoted before a scene is set (“路灯不亮”“流浪猫太多”……6月20日上午，X站里热闹非凡。):
# a feature's opening quotes, closed by an ellipsis, stand before the date as a lead does.
# Source: FAULTS38_p125 (a deputies' station set so after two residents' quotes; its visits lost)
OPENING_QUOTES = re.compile(r"(?:“[^”“。]{1,60}”)+(?:…{1,2}|\.{3,6}|——)?")


# a works site written right after a place (X小区二期安置房建设工地, X小区加装电梯现场): the
# place's own works, at most this many characters before 工地 or 现场
WORK_SITE_TAIL = re.compile(r"[^，。；、和及与\s的]{1,8}?(?:工地|现场)")


def work_site_after(text: str, chunk: PlaceChunk, limit: int) -> PlaceChunk:
    """`在X小区二期安置房建设工地，王明询问…`: a site or unit, then its works named by a
    short phrase closed by 工地 or 现场 (`WORK_SITE_TAIL`) and a clause's end: being at
    the works is being at the place, so the chunk keeps the place's segments and spans
    the phrase too (the clause after it then opens as after 在X，).  `chunk` unchanged
    when no such phrase closes a clause there.  Source: FAULTS38_p125 (a resettlement
    estate's worksite set as 在…工地， lost its visit).

    >>> work_site_after("在青禾小区安置房建设工地，王明", PlaceChunk(1, 5, segment("青禾小区")), 16).end
    12
    >>> work_site_after("在青禾小区安置房建设工地的食堂", PlaceChunk(1, 5, segment("青禾小区")), 16).end
    5
    """
    m = WORK_SITE_TAIL.match(text, chunk.end, limit)
    if not m or not _clause_open().match(text, m.end(), limit):
        return chunk
    return PlaceChunk(chunk.start, m.end(), chunk.segments)


class ImpliedAt:
    """The 在 a scene-setting place goes without (`X室里，…`): a zero-width match of
    "在" at `pos`, read by `Reader.read_paragraph` as a written 在 is."""

    def __init__(self, pos: int):
        self.pos = pos

    def group(self, _: int = 0) -> str:
        return "在"

    def start(self) -> int:
        return self.pos

    def end(self) -> int:
        return self.pos


@dataclass
class VisitRecord:
    official: str
    place: int
    start: int
    end: int
    stop: bool = False  # the official did something there (kept beside stops inside it)
    headline: bool = False  # told in the report's headline, which names the trip in short


@dataclass
class Scene:
    """Where one sentence stands: `group` the places of the latest visit in its
    paragraph, `context` the places the paragraph is about, `at` the specific
    places the sentence itself names after 在/将, `report_group` the places of
    the latest visit in the report and `visitor` who made it (place ids index
    `doc.ext.places.nodes`); `receiving` when that visit's sentence tells the
    officials receive people there (`visit_reception_words.txt`: 接待), so
    residents named with their own place (X村村民) raise issues at the stop."""

    group: list[int]
    context: list[int]
    at: list[int]
    report_group: list[int]
    visitor: str | None
    receiving: bool = False  # the latest visit is a stop where officials receive people from elsewhere


set_extension("visits", list)  # list[VisitRecord]
set_extension("scenes", dict)  # sentence start -> Scene
# the official the report's observer goes along with (我跟着A出了门: Reader._followed), or None:
# A is the report's visitor, whatever post A holds (issue_raisers: A's words are no resident's)
set_extension("followed", lambda: None)


@cache
def _visit_verbs() -> tuple[re.Pattern, dict[str, str]]:
    """The visit verbs as one pattern, and each verb's kind (move / inspect).

    A verb with a `then` column matches only before one of those characters.
    Whether a match is part of another word (做到) is `verb_blocked`'s call.
    """
    rows = [row for row in table("visit_verbs.tsv") if {"move", "inspect"} & set(row[1].split(","))]
    kinds = {row[0]: "move" if "move" in row[1].split(",") else "inspect" for row in rows}
    return _verbs_of_kinds("move", "inspect"), kinds


@cache
def _carried() -> re.Pattern:
    """把/将 + what is carried + a carrying verb + 到 (`visit_carry_verbs.txt`):
    the match ends where the place is written (把意见带到了|X)."""
    return re.compile(f"[把将][^，,。；：！？]{{1,20}}?(?:{alternation(words('visit_carry_verbs.txt'))})到了?")


@cache
def _verb_blockers() -> frozenset[str]:
    return frozenset(words("visit_verb_blockers.txt"))


def verb_matches(text: str, start: int, end: int, name_ends=frozenset()):
    """The visit verbs in text[start:end] that are not part of another word
    (`verb_blocked`); after a blocked one the search goes on from its second
    character, so 达来到 still finds 到 (as a lookbehind would)."""
    verbs, _ = _visit_verbs()
    pos = start
    while (m := verbs.search(text, pos, end)) is not None:
        if verb_blocked(text, m.start(), name_ends):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


@dataclass(frozen=True)
class VerbMatch:
    """A visit verb the analyser read (`unlisted_verbs`), shaped like the
    lexicon's `re.Match` where the frame reads it: start(), end(), group(0)."""

    at: int
    to: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _: int = 0) -> str:
        return self.word


# how many words may stand between an official's name and the verb (深夜/t 直奔,
# 一行 冒雨/v 直奔, 踏/v 访/v: the first of a split compound counts)
_MOST_BEFORE_VERB = 3


@cache
def _verb_morphemes() -> frozenset[str]:
    return frozenset("".join(words("visit_verb_morphemes.txt")))


def unlisted_verbs(doc: Doc, s: Sentence, actors, listed: dict[int, int]) -> list[VerbMatch]:
    """Visit verbs `visit_verbs.tsv` does not list, read by what they are: right
    after an official's name, or opening a later clause of theirs before anyone
    else is named (王明不打招呼，直奔X: the subject elided), a word or two of
    manner or time maybe first (冒雨, 深夜, 一行), a word the analyser reads as
    a verb (v) that ends in a morpheme of going or looking (`visit_verb_morphemes.txt`: 奔, 访, 赴, 查…), with a named place right
    after it (聂文博直奔X街道, 冒雨直奔Y村, 到访Z社区: `到访` wins over the
    listed `到` inside it; 踏/v 访/v, a compound the analyser split, is one).
    `listed` maps the starts of the lexicon's verbs in `s` to their ends; a
    verb no longer than the lexicon's there is the lexicon's.  Read as "move".

    >>> # "区委书记聂文博直奔西门街道红梅小区。" -> [VerbMatch(at, at + 2, "直奔")]
    """
    text = doc.text.text
    found = []
    for k, a in enumerate(actors):
        if a.kind != "name":
            continue
        # the clauses the official is the subject of: right after the name, and each clause
        # opening after a comma before anyone else is named (王明不打招呼，直奔X: the subject elided)
        upto = actors[k + 1].start if k + 1 < len(actors) else s.end
        for opening in [a.end, *(m.end() for m in CLAUSE_COMMA.finditer(text, a.end, upto))]:
            verb = _unlisted_verb_at(doc, opening, s.end, listed, elided=opening != a.end)
            if verb is not None:
                found.append(verb)
                break
    return found


# a comma opening a clause whose subject is the official named before it
CLAUSE_COMMA = re.compile(r"[，,]")


def _unlisted_verb_at(doc: Doc, opening: int, end: int, listed: dict[int, int], elided: bool = False) -> VerbMatch | None:
    """The verb of `unlisted_verbs` opening the clause at `opening` (after a
    word or two of manner or time), with a named place after it; None if the
    clause opens otherwise.  `elided`: a clause after a comma, whose subject
    is the official only when no noun or pronoun opens it (各部门要直奔X: the
    departments go)."""
    text = doc.text.text
    morphemes = _verb_morphemes()
    reach = min(end, opening + 12)
    if not any(c in morphemes for c in text[opening:reach]):
        return None  # (the analyser is costly: only where such a verb may stand)
    analyse_spans(doc, [(opening, reach)])
    tokens = tokens_in(doc.ext.tokens, opening, end)
    for i, t in enumerate(tokens):
        if t.tag == "v" and t.word[-1] in morphemes:
            start = t.start
            if len(t.word) == 1:  # 踏/v 访/v: a compound the analyser split in two
                before = tokens[i - 1] if i else None
                if not (before and before.tag == "v" and len(before.word) == 1 and before.end == t.start):
                    return None
                start = before.start
            if listed.get(start, -1) < t.end and parse_list(text, t.end, end):
                return VerbMatch(start, t.end, text[start : t.end])
            return None
        # between the name and the verb: a word or two of manner or time (冒雨, 深夜,
        # 一行), never a person, a punctuation mark or a longer clause
        if t.tag in ("PER", "w") or i >= _MOST_BEFORE_VERB or t.end - opening > 6:
            return None
        if elided and t.tag not in ELIDED_SUBJECT_TAGS:
            return None
    return None


# tags of the words that may open a clause with its subject elided before its verb:
# manner and time (冒雨/v, 随即/d, 当晚/TIME), never a noun or pronoun (各/r 部门/n)
ELIDED_SUBJECT_TAGS = frozenset({"v", "vd", "d", "ad", "TIME", "t", "m", "q"})


def verb_blocked(text: str, start: int, name_ends: frozenset[int] | set[int] = frozenset()) -> bool:
    """Is the visit verb at `start` part of another word (做到, 看到: a blocker
    character of `visit_verb_blockers.txt` right before it)?  Not when that
    character ends an official's name (`name_ends`: 孔文达走进X, 李应来到X) or
    an adverb of manner that follows a name (`name_follow_adverbs.txt`:
    径直走进X, 专程来到X).

    >>> verb_blocked("做到", 1), verb_blocked("孔文达走进", 3, {3}), verb_blocked("径直走进", 2)
    (True, False, False)
    """
    return start > 0 and text[start - 1] in _verb_blockers() and start not in name_ends \
        and not pattern("name_follow_adverbs.txt", "(?:{})$").search(text, max(0, start - 4), start)


@cache
def _relative_modifier() -> re.Pattern:
    """A word of where a place lies relative to another (`place_relative_modifiers.txt`:
    隔壁, 附近), with no 的 after it: it opens no name."""
    return re.compile(f"(?:{alternation(words('place_relative_modifiers.txt'))})(?!的)")


@cache
def _trip_count() -> re.Pattern:
    """A count of trips: a numeral (places.NUMERAL) and a verbal classifier
    (`visit_count_measures.txt`: 次, 趟, 回), with no 的 after it (两次的X is no count
    of this visit's).  Source: NCFIX35 (去过两次X社区 gave a place 两次X社区)."""
    return re.compile(f"{NUMERAL}+(?:{alternation(words('visit_count_measures.txt'))})(?!的)")


@cache
def _shows_round() -> re.Pattern:
    """A word of leading, accompanying or taking someone somewhere (`lead_markers.txt`,
    `companion_markers.txt`, `visit_carry_verbs.txt`: 带领, 陪同, 带)."""
    return compile_words([*words("lead_markers.txt"), *words("companion_markers.txt"), *words("visit_carry_verbs.txt")], "{}")


def object_start(text: str, verb: re.Match) -> int:
    """Where the object of the visit verb `verb` starts: after an aspect particle
    (了: 察看了X, not 了解; 过, the experiential: 到过X, 去过X — no place name opens
    with it as the particle, and a word it opens, 过去/过程, is no place either) and
    a word of where the place lies (`_relative_modifier`: 去了隔壁X村), 到 (深入到X)
    or, after 到, 达 (到达X).

    >>> object_start("察看了翠园", re.match("察看", "察看了翠园"))
    3
    >>> object_start("到过春晖社区", re.match("到", "到过春晖社区"))
    2
    >>> object_start("去了隔壁西岭村", re.match("去", "去了隔壁西岭村"))
    4

    Both particles (到过了X) and a count of trips after them (`_trip_count`: 去过两次X,
    到过一趟X) are skipped too: neither opens the place's name.

    >>> object_start("去过两次春晖社区", re.match("去", "去过两次春晖社区")), object_start("到过了西岭村", re.match("到", "到过了西岭村"))
    (4, 3)
    """
    pos = verb.end()
    if text.startswith("了", pos) and not text.startswith("了解", pos) or text.startswith("过", pos):
        pos += 1
        if text.startswith("了", pos) and text[pos - 1] == "过" and not text.startswith("了解", pos):
            pos += 1  # 到过了X: the experiential and the perfect together
        if m := _trip_count().match(text, pos):
            pos = m.end()  # 去过两次X社区: the count of trips is no part of the name
        if m := _relative_modifier().match(text, pos):
            return m.end()  # 去了隔壁西岭村: the place starts after where it lies
        return pos
    if m := _relative_modifier().match(text, pos):
        return m.end()
    if text.startswith("到", pos):  # 深入到, 走访到
        return pos + 1
    if verb.group(0) == "到" and text.startswith("达", pos):  # 到达X: 达 completes the verb
        return pos + 1
    return pos


@cache
def _instruction() -> re.Pattern:
    """An official's words opened between them and a visit verb: a verb of saying or
    directing (`instruction_verbs.txt`) and a comma or colon, with no sequence word
    of two characters or more (`sequence_words.txt`: 随后, 接着) taking the narration back
    after it.  王明强调，各单位负责人来到X: the move is what he asks of others.

    >>> bool(_instruction().search("强调，各单位负责人")), bool(_instruction().search("指出，要加快进度，随后"))
    (True, False)
    """
    said = alternation(words("instruction_verbs.txt"))
    back = alternation([w for w in words("sequence_words.txt") if len(w) > 1])
    return re.compile(f"(?:{said})[，,：:](?:(?!{back})[^。！？])*$")


@cache
def _another_subject() -> re.Pattern:
    """A clause opened, after the official, by someone else: a 他/她 that stands for no
    official (one that did would be the nearer actor), a kin word or a residents' word
    (`pronoun_kin_words.txt`, `issue_raisers.txt`).  周奶奶告诉方振华，她老家在X; 向王明说起，
    女儿一家住在Y: X and Y are where the resident's people are, no presence of the official.

    >>> bool(_another_subject().search("，她老家")), bool(_another_subject().search("先后"))
    (True, False)
    """
    people = alternation((*words("pronoun_kin_words.txt"), *words("issue_raisers.txt"), "他", "她"))
    return re.compile(f"[，,；;](?:{people})")


@cache
def _modal(template: str = "(?:{})") -> re.Pattern:
    """The modal words (`visit_modal_words.txt`: 将, 计划, 派出) in `template`, read nowhere a
    noun holding one opens (`visit_modal_compounds.txt`: 派出所 holds the directive 派出).
    Session 39 (FAULTS39, p133: 带着派出所工作人员来到X made the official's visit a directive).

    >>> bool(_modal().search("要求派出工作组")), bool(_modal().search("带着派出所工作人员"))
    (True, False)
    """
    nouns = alternation(words("visit_modal_compounds.txt"))
    return compile_words(words("visit_modal_words.txt"), f"(?!{nouns})" + template)


@cache
def _sequence_lead() -> re.Pattern:
    """What may stand before a sentence's `在X`: sequence words, a date
    (2025年5月6日上午, 6月3日) with its one-character time of day (6月3日晚), the times
    of day and of recent days (`scene_time_words.txt`, `scene_recent_words.txt`: 傍晚,
    近日, 昨晚; session 37) and commas."""
    times = [w for w in (*words("scene_time_words.txt"), *words("scene_recent_words.txt")) if len(w) > 1]
    return re.compile(
        f"(?:{alternation([*words('sequence_words.txt'), *times])}|{DATE_LEAD}(?:[晚晨早午](?=[，,]))?|[，,\\s])*"
    )


@cache
def _clause_open() -> re.Pattern:
    """After `在X`: the comma ending the place's clause (在X内，), maybe after a
    home in X (在X村一户老人家中，), then sequence words."""
    return re.compile(f"(?:{HOME_IN})?[内里中]?[，,]\\s*(?:{alternation(words('sequence_words.txt'))})*")


@cache
def _presence() -> re.Pattern:
    """Verbs that show an official is at the place the paragraph is about
    (kinds presence and activity in `visit_verbs.tsv`)."""
    return _verbs_of_kinds("presence", "activity")


@cache
def _inspect_verbs() -> re.Pattern:
    """The inspect verbs of `visit_verbs.tsv` (察看, 查看, 调研), one pattern (`Reader._looked_at`)."""
    return _verbs_of_kinds("inspect")


def _verbs_of_kinds(*kinds: str) -> re.Pattern:
    """The verbs of `visit_verbs.tsv` of any of `kinds`, one pattern; a verb
    with a `then` column only before one of those characters (协商 before a
    clause's end: 开展协商。, not the noun of 协商成果); `_visit_verbs` uses it too.

    >>> bool(_verbs_of_kinds("activity").search("与居民开展协商。")), bool(_verbs_of_kinds("activity").search("协商成果"))
    (True, False)
    """
    wanted = set(kinds)
    rows = [row for row in table("visit_verbs.tsv") if len(row) > 1 and wanted & set(row[1].split(","))]
    alternatives = [
        re.escape(row[0]) + (f"(?=[{re.escape(row[2])}])" if len(row) > 2 and row[2] else "")
        for row in sorted(rows, key=lambda row: len(row[0]), reverse=True)
    ]
    # an empty class matches nothing, not the empty string at every position (kg.extract.lexicons.alternation)
    return re.compile("|".join(alternatives) or "(?!)")


@cache
def _tour_verbs() -> re.Pattern:
    """The verbs telling a party set out on a tour (`visit_verbs.tsv`, kinds move and
    inspect: 来到, 走访, 调研), not what is done at a place (主持, 召开)."""
    return _verbs_of_kinds("move", "inspect")


@cache
def _any_visit_verb() -> re.Pattern:
    """Any verb of the visit frame (`visit_verbs.tsv`, every kind): what is done at a
    place someone went to (去X走访, 去X调研)."""
    return _verbs_of_kinds("move", "inspect", "presence", "activity")


# how far into its sentence a 他/她 may stand and still open it (随后他, 当天她): a time word
PRONOUN_OPENING = 4
# the bare verb of going (Reader.went_to_do), and the characters around it the analyser reads
GO = "去"
GO_CONTEXT = 4


@cache
def _moves() -> re.Pattern:
    """The move verbs of `visit_verbs.tsv` (来到, 前往): each starts a stop of its own."""
    return _verbs_of_kinds("move")


@cache
def _entering() -> re.Pattern:
    """Verbs of entering (kind enter in `visit_verbs.tsv`: 走进, 步入): looking round a site,
    but taking an administrative area (走进X社区) they move the party into it."""
    return compile_words(kind_words("visit_verbs.tsv", "enter"), "{}")


@cache
def _asks() -> re.Pattern:
    """Verbs of asking (kind ask in `visit_verbs.tsv`: 询问): presence with the
    people asked, but alone no presence at the paragraph's place (`Reader.present`).

    >>> bool(_asks().fullmatch("询问")), bool(_asks().fullmatch("座谈"))
    (True, False)
    """
    return compile_words(kind_words("visit_verbs.tsv", "ask"), "{}")


@cache
def _speech_before() -> re.Pattern:
    """An act of speaking (`issue_speech_verbs.txt`, the raising acts of
    `lexicons.raising_acts`), at most an addressee, then a clause mark: the words after
    it are someone's reported words (高支书说，水管的事…), where 我 is the speaker, not the writer."""
    return re.compile(f"(?:{speech_acts()})[^，,。；：:！？]{{0,6}}?[，,：:]")


@cache
def _residents_speaking() -> re.Pattern:
    """A residents' word (`issue_raisers.txt`), then within four characters of the
    clause a verb of speaking or raising (`issue_speech_verbs.txt`, `issue_acts.tsv`),
    or one short clause of their gathering and a manner before it (居民围拢过来，
    七嘴八舌地反映: the residents are still the subject).  The gathering clause may
    say where they sit (村民们围坐在宅前屋后的小场地上，七嘴八舌地…: up to 14
    characters; FAULTS33_p100, where six lost the village group the party was at).

    >>> bool(_residents_speaking().search("村民们说，路太窄")), bool(_residents_speaking().search("果农们正忙着采摘"))
    (True, False)
    >>> bool(_residents_speaking().search("居民们围了上来，你一言我一语地反映"))
    True
    >>> bool(_residents_speaking().search("村民们围坐在宅前屋后的小场地上，七嘴八舌地聊开了"))
    True
    """
    gathered = "[^，,。；：“”]{1,14}[，,][^，,。；：“”]{0,7}?"
    return re.compile(
        f"(?:{alternation(words('issue_raisers.txt'))})(?:[^，,。；：]{{0,4}}?|{gathered})(?:{speech_acts()})"
    )


@cache
def _estate_words() -> re.Pattern:
    """The type words of housing estates of two characters or more (`place_suffixes.tsv`,
    type HousingEstate: 小区, 新村, 家园): what names a community's estates as a kind.

    >>> bool(_estate_words().search("察看老旧小区改造情况")), bool(_estate_words().search("察看了垃圾分类点"))
    (True, False)
    """
    return compile_words(sorted(
        {row[0] for row in table("place_suffixes.tsv") if len(row) > 1 and lies_in_unit(row[1], row[0])
         and not row[0].startswith("re:") and len(row[0]) >= 2}, key=len, reverse=True))


@cache
def _cadre_speaking() -> re.Pattern:
    """A post title (`post_titles.txt`), a name of two to four characters, a verb of
    speaking or raising (`issue_speech_verbs.txt`, `issue_acts.tsv`): a local cadre
    speaking (嘎查达巴特尔说, 村主任某某反映); or the title right before a raising
    act of two characters or more (`lexicons.raising_acts`: 村支书反映, 村主任提出), the
    cadre unnamed.  A one-character speech verb needs the name: 主任说明 is no speaking.

    >>> bool(_cadre_speaking().search("嘎查达巴特尔说，")), bool(_cadre_speaking().search("主任说明了情况"))
    (True, False)
    >>> bool(_cadre_speaking().search("在柳村，村支书反映缺少冷库"))
    True
    """
    titles = alternation(words('post_titles.txt'))
    return re.compile(f"(?:{titles})(?:[^，,。；：、]{{2,4}}?(?:{speech_acts()})|(?:{alternation([a for a in raising_acts() if len(a) > 1])}))")


@cache
def _attend_verb() -> re.Pattern:
    """A verb of attending an event (`event_attend_verbs.txt`: 参加, 出席)."""
    return pattern("event_attend_verbs.txt")


# the words between an attended event's place and its head noun (的院坝, 居民): a few, none a clause break
EVENT_GAP = "的?[^，,。；;：:、\\s]{0,8}?"


@cache
def _event_after() -> re.Pattern:
    """After a place: maybe 的 and a few words, then an event noun (`event_nouns.txt`:
    会, 议事, 活动) ending the phrase, maybe in quotes (X村的“院坝议事会”, X社区居民议事会上).

    >>> bool(_event_after().match("的院坝议事会，与村民共商")), bool(_event_after().match("的路灯改造工程。"))
    (True, False)
    """
    heads = alternation(words("event_nouns.txt"))
    return re.compile(f"{EVENT_GAP}(?:{heads})[”」]?(?=[，,。；;！？!?\\s并和与上时]|$)")


@cache
def _activity() -> re.Pattern:
    """Verbs of doing something at a place (座谈, 主持, 听取): after a visited
    place, they make the visit a stop of its own (kept beside stops inside it)."""
    return _verbs_of_kinds("activity")


@cache
def _nominal_context() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Words before / after a visit verb that make it a noun or a modifier
    (`visit_verb_nominal.txt`: 向走访人员, 此次调研发现)."""
    sides = {"before": [], "after": [], "adverb": []}
    for line in lexicon("visit_verb_nominal.txt"):
        side, _, rest = line.partition(":")
        sides[side.strip()].extend(rest.split())
    before = re.compile(f"(?:{alternation(sides['before'])})$")
    after = re.compile(f"(?:{alternation(sides['after'])})")
    adverb = re.compile(f"(?:{alternation(sides['adverb'])})$")
    return before, after, adverb


CLOSING_QUOTES = "”」’\""


def verb_used_as_noun(text: str, start: int, end: int) -> bool:
    """Is the visit verb at text[start:end] a noun or modifier here?

    >>> verb_used_as_noun("居民向走访人员提出", 3, 5)
    True
    """
    before, after, adverb = _nominal_context()
    if before.search(text, max(0, start - 3), start) and not adverb.search(text, max(0, start - 3), start):
        return True  # (一次走访 is a noun; 又一次来到 came again)
    # 走访中, 调研组: a word after the verb, unless that is where a place's name
    # starts (来到中山街道: 中 begins the name); a quoted verb is the name of a practice,
    # the word after the quote says so (把“夜访”机制延伸到X: a scheme, no one goes; session 37)
    if end < len(text) and text[end] in CLOSING_QUOTES and after.match(text, end + 1):
        return True
    return bool(after.match(text, end)) and not parse_at(text, end)


class Reader:
    """Walks the sentences of one report, keeping who is where."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text.text
        self.officials = doc.ext.officials
        self.index = ActorIndex(self.text, doc.ext.name_mentions)
        self.places: PlaceRegistry = doc.ext.places
        self.visits: list[VisitRecord] = []
        self.implied_set: dict[int, int] = {}  # a place set as a scene with no 在 (`_scene_locative`) -> the start of the sentence that set it
        self._visited: dict[str, dict[int, list[VisitRecord]]] = {}  # official -> place -> their visits there
        self._indexed = 0  # how many of self.visits are in self._visited
        self.scenes: dict[int, Scene] = {}
        self.sentence_places: dict[int, list[int]] = {}  # sentence start -> places of its 在X
        self.at_read: set[int] = set()  # starts of sentences with a 在X read as a place
        self.current_actor: str | None = None
        self.last_named: str | None = None
        self.doc_group: list[int] = []  # places of the latest visit in the report
        self.doc_visitor: str | None = None
        self.doc_receiving = False
        self.area: int | None = None  # the district/subdistrict of the latest visit
        self.area_of: dict[str, int] = {}  # each official's: 同日，B走访了Y乡… leaves A's tour in A's area
        self.last_team: list[str] = []  # who made the latest visit
        self.touring: list[str] = []  # who set out with a visit verb naming no place (到基层调研。一、A社区：…)
        self.set_out: list[str] = []  # two or more who set out with a move verb naming no place (甲，乙深入辖区)
        # who a record's people field names (接待代表：甲、乙): each entry tells its own people (record_people_visits)
        self.record_people: set[str] = set()
        self.plural = self._plural_party()
        self.brought_to: list[int] = []  # places of an organisation's visit, joined by officials named later
        self.brought_by_official = False  # an official led the party there (甲带队到X), no organisation
        self.brought_in = 0  # the paragraph of that visit
        self.scene_places: list[tuple[int, Sentence]] = []  # places opening a headline that names no one
        self.headline = _headline(doc.sentences)
        self.event_paragraph = -1  # the paragraph told at that visit's event (座谈会上，…)
        self.paragraph_end = 0  # end of the paragraph being read
        self.paragraph_start = 0  # its start
        self.at_written: dict[int, int] = {}  # set per sentence by read_paragraph
        self.clause_subject: int | None = None  # end of the official opening the clause after 在X， (this sentence)
        self.participants: list[str] = []  # officials named taking part before the tour (参加调研)
        # sentence start -> official -> did a subject in it carry their party along (A一行, A等, 代表们:
        # True) or name them alone (A来到Y, 他来到Y: False)?  Read by `credit_participants`
        self.party_told: dict[int, dict[str, bool]] = {}
        self.sentence_starts = [s.start for s in doc.sentences]
        # quoted speech (“…，…”): a visit verb in someone's words (“村里到镇上的路…”) is not narrated;
        # a quoted name (“书记工作室”) holds no clause punctuation
        self.speech = [(m.start(), m.end()) for m in QUOTED_SPEECH.finditer(self.text)]
        self.roles: dict[str, list[bool]] = {}  # official -> per body clause naming them: only a part in the event? (note_roles)
        self.hosts = {name for name, info in self.officials.items() if hosts_stop(info.posts)}
        if self.hosts == set(self.officials):
            self.hosts = set()  # a cadre hosts another official's visit; with none named (第一书记A来到X村) the cadre visits
        self.story_starts: list[int] = doc.ext.story_starts
        # the latest scene a sentence-opening 在X， set with no one in its clause: (places, sentence start)
        self.scene_venue: tuple[list[int], int] | None = None
        self.lede_places: list[int] = []  # sub-stops a lede sets its scene at before any visit (在X村Y组的树下，…)
        self.stop_list: list[str] = []  # who a visit verb closing its line with a colon (来到：) takes to the listed stops
        # a generic name's full forms written in the report, read once per name: the scan covers
        # the whole text, so reading it at every mention made long reports quadratic
        self.full_names: dict[str, dict[tuple, list[int]]] = {}
        self.author: str | None = None
        # offsets of the 他/她 standing for residents (`_residents_pronoun`): a subject, though no actor
        self.residents_pronouns: set[int] = set()
        self.author = self._author()  # a first-person report's writer: 我 (in `actors`)
        if self.author:
            # the village a diarist's post names (青石村驻村第一书记) is where their rounds go: registered
            # from the byline on, the hamlets they walk (我又到了上坪组) are its groups (`group_at`)
            self._post_unit(self.author)
        self.followed = self._followed()  # the official a first-person observer goes along with (我跟着A出了门)
        self.we_start = len(self.text)  # where the writer names their companions (`_we_party`): 我们 after it is that party
        self.we_party = self._we_party()  # who a writer's 我们 stands for: the writer and the companions they named
        # a writer holding a village post (驻村第一书记) tells their own rounds: they host no one's
        self.hosts.discard(self.author)

    def story_start(self, pos: int) -> int:
        """Where the story holding text offset `pos` opens on a list page of several
        (`doc.ext.story_starts`, kg.stories); 0 in the first story or a plain report."""
        k = bisect_right(self.story_starts, pos) - 1
        return self.story_starts[k] if k >= 0 else 0

    def in_speech(self, pos: int) -> bool:
        """Is text offset `pos` inside quoted speech (`QUOTED_SPEECH`)?"""
        k = bisect_right(self.speech, (pos, len(self.text))) - 1
        return k >= 0 and self.speech[k][0] < pos < self.speech[k][1]

    # ----------------------------------------------------------- people
    def lead(self) -> str | None:
        leaders = [o for o in self.officials.values() if o.leads and not o.accompanying]
        if leaders:
            return min(leaders, key=lambda o: o.first).name
        if self.current_actor:
            return self.current_actor
        principal = [o for o in self.officials.values() if not o.accompanying and o.name not in self.hosts]
        return min(principal, key=lambda o: o.first).name if principal else None

    def actors(self, s: Sentence) -> list[Actor]:
        found = self.index.in_span(s.start, s.end)
        # (a party word holds 们, 位 or 名: most sentences have none, and the
        # pattern, an alternation of every title head, is slow to scan)
        if self.plural is not None and PARTY_MARKS.search(self.text, s.start, s.end):  # 代表们 after the report's 人大代表A、B: their party
            for m in self.plural.finditer(self.text, s.start, s.end):
                if not pattern("issue_raisers.txt").search(self.text, max(0, m.start() - 2), m.start()):
                    found.append(Actor(m.start(), m.end(), "group", self._members(m.group(0))))
            found.sort(key=lambda a: a.start)
        if any(a.kind == "pronoun" for a in found):
            theirs = {a.start for a in found if a.kind == "pronoun" and self._residents_pronoun(s, found, a)}
            self.residents_pronouns |= theirs
            found = [a for a in found if a.start not in theirs]
        if self.author:
            mine = [Actor(m.start(), m.end(), "name", self.author) for m in FIRST_PERSON.finditer(self.text, s.start, s.end)
                    if not self.in_speech(m.start()) and not _speech_before().search(self.text, s.start, m.start())]
            if not self.followed and len(self.we_party) > 1:
                # (an observer's 我们 following an official is the followed party's, `_followed`; a
                # 我们 before the writer named their companions, an editor's 今天，我们走进X, is no party)
                mine += [Actor(m.start(), m.end(), "name", self.author) for m in WE.finditer(self.text, max(s.start, self.we_start), s.end)
                         if not self.in_speech(m.start()) and not _speech_before().search(self.text, s.start, m.start())]
            if mine:
                found = sorted([*found, *mine], key=lambda a: a.start)
        elif (speaker := self._turn_speaker(s.start)) is not None:
            # an interview's answer opened by its speaker (镇长A：…我和B一起，先后到X): 我 is A
            mine = [Actor(m.start(), m.end(), "name", speaker) for m in FIRST_PERSON.finditer(self.text, s.start, s.end)
                    if not self.in_speech(m.start())]
            if mine:
                found = sorted([*found, *mine], key=lambda a: a.start)
        return found

    def _turn_speaker(self, pos: int) -> str | None:
        """The official whose turn the line holding `pos` is: the line opens with their
        name (maybe after their post: `镇长A：`) and a colon, as an interview's answers are
        written (`记者：…？` / `A：我和B一起，先后到X、Y蹲点`); None for any other line.
        Source: FAULTS38_p128 (an opened probe's Q&A with a town head had two of its
        three stops credited only to the companion the head named)."""
        line = self.text.rfind("\n", 0, pos) + 1
        k = bisect_left(self.index.starts, line)
        if k == len(self.index.mentions):
            return None
        start, end, name = self.index.mentions[k]
        if start - line > TURN_POST or name not in self.officials or self.text[end:end + 1] not in ("：", ":"):
            return None
        return name if "\n" not in self.text[line:start] and not CLAUSE_BREAK.search(self.text, line, start) else None

    def _author(self) -> str | None:
        """The official who wrote the report in the first person: one named on a
        line of their own before the body (a byline: `驻村第一书记 郝志刚`, `作者：郝志刚`,
        the line holding only their name, their posts and byline marks,
        `byline_marks.txt`), in a report whose narration says 我 (outside quotes
        and reported words).  A diary (驻村日记) tells the author's own trips as
        `我到X开户主会` and, subjectless, `和村支书A一起去X走访`: 我 and the missing
        subject are that official (session 33, an opened probe's diary had none
        of its three visits).  The byline may close the report instead, on its last
        line (`（作者：A）`, an interview's `（受访者：镇长A）`; session 37).  None when no
        such line or no 我."""
        if not any(not self.in_speech(m.start()) for m in FIRST_PERSON.finditer(self.text)):
            return None
        marks = set("".join(words("byline_marks.txt"))) | set(" \u3000\t")
        body = self.doc.sentences[min(len(self.doc.sentences) - 1, BYLINE_REACH)].start if self.doc.sentences else 0
        # a closing byline (…。\n（作者：A）, （受访者：镇长A）): the report's last line
        closing = self.text.rstrip().rfind("\n") + 1
        for start, end, name in self.index.mentions:
            if body < start < closing:
                continue
            line_start = self.text.rfind("\n", 0, start) + 1
            line_end = self.text.find("\n", end)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            rest = line.replace(name, "")
            for post in sorted(self.officials[name].posts, key=len, reverse=True):
                rest = rest.replace(post, "")
            # (作者系|省财政厅派驻|…第一书记 A: the organ that sent the writer, before the post, marks the line too)
            rest = _dispatcher().sub("", rest)
            if rest and all(c in marks for c in rest) or not rest.strip():
                return name
        return None

    def _we_party(self) -> list[str]:
        """Who a first-person writer's 我们 stands for: the writer (`author`) and the
        officials they name as going together with them in the narration (`WE_TOGETHER`:
        `我和区人大代表A一起，到…`, `我和村支书B、村委会副主任C一起`), writer first;
        [] when the report has no writer.  Sets `we_start` to where they are named: a 我们
        before it (an editor's note: 今天，我们走进X) is not this party.  A diary tells the day's later stops as
        `我们又去了六组`, `最后，我们来到X`: the writer's party goes there.  Source:
        FAULTS38_p128 (an opened probe's two first-person diaries lost four stops to 我们)."""
        if not self.author:
            return []
        team = [self.author]
        for m in WE_TOGETHER.finditer(self.text):
            if self.in_speech(m.start()):
                continue
            team += [name for start, _, name in self.index.mentions
                     if m.start(1) <= start < m.end(1) and name in self.officials and name not in team]
            self.we_start = m.start()
            break
        return team

    def _followed(self) -> str | None:
        """The official the report's observer goes along with: the first official
        named within FOLLOW_REACH characters after an observer (`scene_observers.txt`:
        记者, 我们; or a narrating 我) and a following verb (`observer_follow_verbs.txt`:
        跟着, 跟随), in one clause of the narration (`我跟着驻村第一书记A出了门`,
        `记者跟随县长A来到…`).  Such a feature (跟着书记走一天) tells A's rounds as the
        observer's own (我们先到了X): X is A's stop.  None when no such clause, or
        when it lies in quoted speech.  Source: FAULTS35_p105 (an opened probe's
        first-person reporter feature had none of its three stops).  Never raises."""
        for m in _observer_follows().finditer(self.text):
            if self.in_speech(m.start()):
                continue
            if self.author and self.text.startswith("我", m.start()):
                continue  # 我跟着村支书A去了… in an official's own diary: the writer makes the rounds, A shows them
            clause = CLAUSE_BREAK.search(self.text, m.end(), m.end() + FOLLOW_REACH)
            end = clause.start() if clause else m.end() + FOLLOW_REACH
            for start, _, name in self.index.mentions:
                if m.end() <= start < end and name in self.officials:
                    # (read up to its 村/社区: 马家岔村|驻村第一书记, not 驻村 as a part of the name)
                    ends = [u.end() for u in UNIT_END.finditer(self.text, m.end(), start)]
                    # (a name read alone, the post after it cut off: parse_at would take 驻村 as cut)
                    unit = next((c for e in ends if (c := parse_at(self.text[m.end():e], 0)) and c.end == e - m.end()), None)
                    if unit and unit.leaf.level == "community" and unit.leaf.type in GROUP_HOLDERS:
                        # 跟着|马家岔村驻村第一书记|A: the village the followed cadre serves is where
                        # the rounds go; its groups (三社) and its own clinic (村卫生室) are read in it
                        self.places.add(PlaceChunk(m.end(), m.end() + unit.end, unit.segments), None)
                    return name
        return None

    def _residents_pronoun(self, s: Sentence, found: list[Actor], a: Actor) -> bool:
        """Does the 他/她 `a` stand for no official: a possessive before a kin word
        (`pronoun_kin_words.txt`: 她儿子在X上班, the kin is the subject), or the
        speaker inside the words a resident reports (`居民王师傅说，他去年到X办事`,
        `visit_reported.pronoun_in_residents_words`)?  Such a pronoun is no actor:
        what its clause tells (在X, 到X) is no stop of the official last named (session 33)."""
        if pattern("pronoun_kin_words.txt").match(self.text, a.end):
            return True
        people = [b.start for b in found if b.kind != "pronoun" and b.start < a.start]
        if pronoun_in_residents_words(self.text, s.start, a.start, people):
            return True
        # one resident the subject of the pronoun's sentence (居民张大爷是老党员，他退休前在X工作),
        # or of the sentence before it in the paragraph when the pronoun opens its own
        # (…老党员。他年轻时到X当过主任), with no official named: the pronoun is theirs
        if resident_subject(self.text, s.start, a.start, people):
            return True
        k = bisect_right(self.sentence_starts, s.start) - 2
        if k < 0 or a.start - s.start > PRONOUN_OPENING or CLAUSE_BREAK.search(self.text, s.start, a.start):
            return False
        before = self.doc.sentences[k]
        if before.paragraph != s.paragraph:
            return False
        return resident_subject(self.text, before.start, before.end, [b.start for b in self.index.in_span(before.start, before.end)])

    def _members(self, party: str) -> str | None:
        """The post head a plural party word names (委员们 -> 委员), kept in `Actor.name`."""
        head = party.removesuffix("们")
        return next((h for h in self._heads() if head.endswith(h)), None)

    def _named_members(self, actor: Actor) -> list[str]:
        """`委员们` after the report named 区政协委员A: A is one of them (not
        those accompanying, unless the head is a duty post's: deputies and
        members led along by their body's leader, 副主任A带领区人大代表B、C,
        make the visit, see `_led`)."""
        if actor.kind != "group" or not actor.name:
            return []
        duty = actor.name in words("duty_post_heads.txt")
        # only those named by then: a deputy first named later (代表们随后分成两组。代表A一组来到Y)
        # joins from their own mention on (`credit_participants`), not the stops before it
        return [
            o.name for o in self.officials.values()
            if (duty or not o.accompanying) and o.first < actor.start and any(p.endswith(actor.name) for p in o.posts)
        ]

    def _heads(self) -> set[str]:
        """The heads of the report's posts (代表, 委员), and every title head of
        `post_titles.txt` (委员们 when only the group's leader is named), with
        the head word a longer title ends in (代表们 for the 人大代表 led along
        when none of them is named)."""
        own = {p[-2:] for o in self.officials.values() for p in o.posts if len(p) >= 2}
        titles = [t for t in words("post_titles.txt") if len(t) >= 2 and not t.startswith("副")]
        return own | set(titles) | {t[-2:] for t in titles} if own else set()

    def _plural_party(self) -> re.Pattern | None:
        """`head们` for the heads of the report's officials' posts (代表们, 委员们),
        and a count of them (两位代表, 几位委员)."""
        heads = self._heads()
        return _plural_pattern(frozenset(heads)) if heads else None

    def resolve(self, actor: Actor, actors: list[Actor]) -> str | None:
        if actor.kind == "name":
            return actor.name
        if actor.kind == "pronoun":
            # an official named earlier in the pronoun's own sentence (乡长A来村里蹲点，我陪他
            #一起到X: A), else the latest named before it
            earlier = [a.name for a in actors if a.start < actor.start and self._antecedent(a)]
            return (earlier[-1] if earlier else None) or self.last_named or self.lead()
        # 王明一行: the party of the name right before it
        before = [a for a in actors if a.kind == "name" and a.end == actor.start]
        return before[0].name if before else self.lead()

    def subject(self, actors: list[Actor], pos: int) -> list[str]:
        """Who does what is written at `pos`: the nearest actor before it, with
        the officials listed alongside (`区委书记A、区长B一同来到`)."""
        before = [a for a in actors if a.start < pos]
        for i in range(len(before) - 1, -1, -1):
            actor = before[i]
            if actor.kind == "name" and self.officials[actor.name].accompanying and not self._leads_here(actor) \
                    and not self.moves_alone(actor, pos, before[i - 1] if i else None):
                continue
            if actor.kind == "name" and self._hosting(actor):
                if i == len(before) - 1 and self.moves_alone(actor, pos, before[i - 1] if i else None) \
                        and _visit_verbs()[0].match(self.text, pos) \
                        and not _shows_round().search(self.text, actor.end, pos):
                    # 居委会主任A又去了隔壁X社区: the stop's cadre moves by themselves (a visit verb at
                    # `pos`, only adverbs between: `moves_alone`; not 嘎查达A说 at a stop; none leads or takes the party: 社区书记A带着大家来到X
                    # still shows the visitors round), no official goes (NCFIX35)
                    return []
                continue  # the stop's own cadre (社区书记A带大家来到…) shows the visitors round
            who = self.resolve(actor, actors)
            if not who:
                continue
            if who == self.author and self.text.startswith("我们", actor.start):
                # a writer's 我们: the writer and the companions named with them (`_we_party`)
                self._tell_party(pos, who, True)
                return list(self.we_party)
            guide = self._guide_of(before, i) if actor.kind == "name" else None
            if guide and guide[1]:
                # 县委书记乙在副镇长甲的带领下来到X: 乙 goes there, shown round by 甲 (who is there too)
                return list(dict.fromkeys([*self.subject(actors, guide[0].end), who]))
            team = [who]
            party = False
            if actor.kind == "group":  # 主任A，副主任B、C一行: the party is led by the list
                # (A带领的小组: the party A brings, `_led_by`, is A's as 主任A一行 is)
                named = [k for k in range(i) if before[k].kind == "name"
                         and (before[k].end == actor.start or _led_by().fullmatch(self.text, before[k].end, actor.start))]
                if named:
                    k0 = named[0]
                    # A带领B、C一行: B, C and their 一行 are the people A leads (`_led`), the party A's
                    # (FAULTS35_p106: the leader was left out, only C went)
                    leader = next((k for k in range(k0) if before[k].kind == "name" and before[k0].name in self._led(before, k)), None)
                    if leader is not None:
                        k0 = leader
                        who = before[k0].name
                        team = [who]
                    i, actor, party = k0, before[k0], True
                else:  # 代表们, 两位代表, 一行人 alone: the party of the latest visit, and the named members
                    # (代表们一行: the members of the party word right before 一行 too)
                    members = [n for a in before[: i + 1] if a.kind == "group" and (a is actor or a.end == actor.start) for n in self._named_members(a)]
                    self._tell_party(pos, who, True)
                    out = self.set_out if who in self.set_out else []
                    return list(dict.fromkeys([*(self.last_team or self._co_leaders(who)), *out, *members, *self.participants]))
            if actor.kind == "name":
                j = i
                while j > 0 and before[j - 1].kind == "name" and self._listed_together(before[j - 1], before[j]):
                    j -= 1
                    other = before[j].name
                    if not self.officials[other].accompanying and other not in team:
                        team.insert(0, other)
                team += self._led(before, i)
                self._tell_party(pos, who, party or bool(ETC.match(self.text, actor.end)))
                guide = self._guide_of(before, j)
                if guide and not guide[1]:
                    # 由甲副镇长带领，区长乙来到X: 乙's party goes, 甲 showing them round is there too
                    team.append(self.resolve(guide[0], actors) or guide[0].name)
                if party and who in self.last_team and not self._went_apart(who, actor.start):  # A一行 after A led B and C: the same party
                    team = list(dict.fromkeys([*team, *self.last_team]))
                elif team == [who] and who in self.last_team and len(self.last_team) > 1 and not self._went_apart(who, actor.start) \
                        and not self._alone(actor.end, pos) and not self._moves_by_name(actor, pos):
                    # A和B一起来到X。…在Y，B走进3号楼: one of a party that toured together,
                    # named alone at a later stop, is there with the party (a party that split,
                    # 分成两组。B一组来到Y, made its last visit without the others)
                    team = list(self.last_team)
            elif actor.kind == "pronoun":
                self._tell_party(pos, who, False)  # 他/她: one person
                if who in self.last_team and len(self.last_team) > 1 and not self._alone(actor.end, pos):
                    team = list(self.last_team)  # 他 for one of the party that toured together: the party, as above
            return team
        if not self.index.starts or self.index.starts[0] >= max(pos, self.paragraph_end):
            return []  # no official named yet, nor in this paragraph (a page's menu: 走进钱湾): no one went there
        start = self._sentence_start(pos)
        if any(start <= p < pos for p in self.residents_pronouns):
            return []  # 他年轻时到X当过主任, 他 a resident's: the subject is told, and it is no official
        alone = self._writer_alone(start, pos)
        if alone is not None:
            return alone  # 下午，我独自去了Y: the diarist goes without the party they followed
        if self._cadre_subject(start, pos):
            return []  # 社区书记又去了隔壁X社区开会: the community's own cadre goes, no official
        story = self.story_start(pos)
        if story:
            first = bisect_left(self.index.starts, story)
            if first == len(self.index.starts) or self.index.starts[first] >= max(pos, self.paragraph_end):
                return []  # a list page's later story naming no one yet: no one of an earlier story goes on in it
        fallback = self.current_actor or self.lead()
        if fallback and fallback in self.last_team:
            return list(self.last_team)  # no one named: the party that made the latest visit goes on
        if fallback and fallback == self.author and not self.last_team:
            return list(self.we_party)  # 我和A一起，到…。第一站是X: the writer's first stop, A with them
        return [fallback] if fallback else []

    def _cadre_subject(self, start: int, pos: int) -> bool:
        """Does the clause before `pos` (in the sentence opening at `start`) open with a
        community or village cadre named by title only (`issue_words.bare_titles` with a
        unit of `issue_cadre_units.txt` within issue_words.BARE_TITLE_UNIT characters before it:
        社区书记, 村委会主任), the subject of the verb at `pos`?  Such a cadre is no
        official of the report (a named one would be an actor), so an elided subject
        does not fall back to the touring official.  Source: NEWCOMER34 (a community
        secretary's trip to the next community was the district head's visit).

        >>> # "…。社区书记又去了晨光社区开会" at 去 -> True
        """
        lo = max([start, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, start, pos))])
        units = pattern("issue_cadre_units.txt")
        # (one who leads or takes the party there, 社区书记带着大家来到X, goes with the visitors)
        # (the title opens the clause, no name after it: 和村支书陈大勇一起到X is the named
        # cadre going along with the subject, who is elided; the unit ends before the title:
        # 社区长者食堂 holds 区长 across the unit's own characters)
        return any(t.start() - lo <= issue_words.BARE_TITLE_UNIT and not re.search("[和与同跟随]", self.text[lo:t.start()])
                   and not self.index.starts_at(t.end())
                   and (units.search(self.text, max(lo, t.start() - issue_words.BARE_TITLE_UNIT), t.start()) or self._unit_title(lo, t))
                   and not _shows_round().search(self.text, t.end(), pos)
                   for t in issue_words.bare_titles().finditer(self.text, lo, pos))

    def _unit_title(self, lo: int, title: re.Match) -> bool:
        """Is the bare title `title` the end of a village post written whole in
        `issue_cadre_units.txt` (村支书, 村主任: the unit word 村 alone is none, and the
        post holds the title), from `lo` on?  A post starting before the title and
        ending with it, not one that only overlaps it (社区长者食堂 holds 区长 across
        社区).  Source: NCFIX35 (村支书又去了X村 was the touring official's visit)."""
        units = pattern("issue_cadre_units.txt", "(?:{})$")
        post = units.search(self.text, max(lo, title.start() - issue_words.BARE_TITLE_UNIT), title.end())
        return post is not None and post.start() < title.start()

    def _tell_party(self, pos: int, who: str, carried: bool) -> None:
        """Note how a subject at `pos` told `who` (the official it resolves to):
        with their party (`carried`: 一行, 等, a party word) or by themselves.
        A sentence where any subject carries `who`'s party carries it."""
        told = self.party_told.setdefault(self._sentence_start(pos), {})
        told[who] = told.get(who, False) or carried

    def _on_tour(self, pid: int) -> bool:
        """Is `pid` a place visited so far, or inside one (先后走进A、B两个街道。
        A街道X绿地是…: a stop of the tour, described before the party walks it)?
        A description of a place off the tour sets no paragraph's scene
        (`kg.extract.place_description`)."""
        inside = {pid, *self.places.ancestors(pid)}
        return any(v.place in inside for v in self.visits)

    def _writer_alone(self, start: int, verb: int) -> list[str] | None:
        """The writer's own move, when a first-person 我 (`FIRST_PERSON`, outside
        quotes) is the subject of the verb at `verb` with an adverb of going alone
        (`visit_alone_words.txt`) between, in one clause, in the sentence opening
        at `start`: 我跟随区委书记A到X走访。下午，我独自去了Y -> Y is no stop of A's
        party.  The stop is the writer's: [the official the writer names
        themselves as, `我（区政协委员B）`] (see `_self_named`), else [] (a writer
        who is no official).  None when the clause has no such 我: the usual
        reading holds.  (A named writer, `_author`, is an actor already, and its
        alone adverb is read by `_alone`.)
        Source: NCFIX33 1, a newcomer's finding (a diarist's solo trip and its
        issues were credited to the official they had followed)."""
        mine = [m for m in FIRST_PERSON.finditer(self.text, start, verb) if not self.in_speech(m.start())]
        if not mine or CLAUSE_BREAK.search(self.text, mine[-1].end(), verb):
            return None
        if pattern("visit_alone_words.txt").search(self.text, mine[-1].end(), verb) is None:
            return None
        named = self._self_named()
        return [named] if named else []

    def _self_named(self) -> str | None:
        """The official a first-person writer names themselves as, in brackets
        right after their first 我 (`我（长宁区政协委员B）`), else None."""
        for m in FIRST_PERSON.finditer(self.text):
            if self.text[m.end():m.end() + 1] not in ("（", "("):
                continue
            close = re.compile(r"[）)]").search(self.text, m.end(), m.end() + 40)
            if not close:
                return None
            inside = [name for s, e, name in self.index.mentions if m.end() < s and e <= close.start()]
            return inside[-1] if inside else None
        return None

    def _alone(self, named: int, verb: int) -> bool:
        """Is an adverb of going alone (`visit_alone_words.txt`: 独自, 单独, 只身)
        written between the name ending at `named` and the verb at `verb`, in
        one clause (A又独自来到Y: A goes without the party A toured with)?
        Source: a newcomer's finding (the co-lead was credited with A's stop).

        >>> # "A、B来到X村。随后，A又独自来到Y站。" -> Y站 is A's only
        """
        if CLAUSE_BREAK.search(self.text, named, verb):
            return False
        return pattern("visit_alone_words.txt").search(self.text, named, verb) is not None

    def _moves_by_name(self, actor: Actor, verb: int) -> bool:
        """Is the official named at `actor` the one subject of a *move* verb
        (`visit_verbs.tsv` kind move: 来到, 前往) at `verb`, only adverbs between
        (`moves_alone`: 随后又, 则; no together-adverb, companion or lead word)?
        Then the stop that verb goes to is theirs alone, however many toured
        the stop before: the sentence names who went (区委书记甲、区长乙一行来到X。
        随后，乙来到Y: Y is 乙's; 随后，甲来到Y；乙则来到Z: each their own).  A
        scene stop where the named one only looks round (在Y，乙走进3号楼: an
        inspect verb) still brings the party (`subject`).
        Source: VISITS31 1, a newcomer's finding (the sequel stop was credited
        to the whole earlier party; check visits P .78).

        >>> # "甲、乙一行来到X。随后，乙来到Y。" -> Y is 乙's only
        """
        return _moves().match(self.text, verb) is not None and self.moves_alone(actor, verb)

    def _went_apart(self, who: str, pos: int) -> bool:
        """Was `who` one of the officials listed before a split word
        (`visit_split_words.txt`) written before `pos` (副区长刘卫东、何秀梅分别带队;
        县委书记刘卫东，县长何秀梅分头深入…)?  Then `who` named alone at a later
        stop goes there alone.  The list is the one `subject` reads: the name
        right before the split word (in its clause) and the names listed
        before it (`_listed_together`: 、 or ，with the next one's title), so
        a list joined by ，splits as one joined by 、 does.

        >>> # "副区长刘卫东、何秀梅分别带队，深入A乡、B镇。刘卫东来到A乡X村。" -> X村 is 刘卫东's only
        >>> # "县委书记刘卫东，县长何秀梅分别深入A乡和B镇。刘卫东来到A乡X村。" -> the same
        """
        return any(who in self._split_list(m.start()) for m in pattern("visit_split_words.txt").finditer(self.text, 0, pos))

    def _split_list(self, split: int) -> list[str]:
        """The officials listed right before the split word at `split` (the
        last of them in its clause): [] when no name stands there."""
        mentions = self.index.mentions
        k = bisect_left(self.index.starts, split) - 1
        if k < 0 or CLAUSE_BREAK.search(self.text, mentions[k][1], split):
            return []
        listed = [mentions[k][2]]
        while k > 0 and self._listed_together(Actor(*mentions[k - 1][:2], "name", mentions[k - 1][2]),
                                              Actor(*mentions[k][:2], "name", mentions[k][2])):
            k -= 1
            listed.append(mentions[k][2])
        return listed

    def _split_shares(self, team: list[str], pids: list[int], named_end: int, verb: int) -> dict[str, list[int]]:
        """Each of `team`'s share of the stops `pids` (one per place named after
        the verb at `verb`) when a split word (`visit_split_words.txt`) stands
        between the team's last name (ending at `named_end`) and the verb: the
        party splits there (副县长A、B分别带队，深入X乡、Y镇).  As many stops as
        officials: paired in order (A -> X乡, B -> Y镇).  One stop: no split of
        stops, everyone goes.  Other counts (A、B分别带队，深入X乡、Y镇、Z乡): who
        went where cannot be told, and the gold's convention credits a party's
        stops to its lead official (/work/shared/eval/README.md: `visits`: lead
        official -> each stop), so the first named takes them all, the others
        none (not every official every stop: most of those pairs would be
        wrong).  No split word, or a team of one: everyone gets every stop.

        >>> # "副县长A、B分别带队，深入X乡、Y镇" -> {A: [X乡], B: [Y镇]}
        """
        split = pattern("visit_split_words.txt").search(self.text, named_end, verb)
        if len(team) < 2 or len(pids) < 2 or split is None or CLAUSE_BREAK.search(self.text, named_end, split.start()):
            return {who: list(pids) for who in team}
        if len(pids) == len(team):
            return {who: [pid] for who, pid in zip(team, pids)}
        return {who: list(pids) if k == 0 else [] for k, who in enumerate(team)}

    def _guide_of(self, before: list[Actor], k: int) -> tuple[Actor, bool] | None:
        """The name right before the name `before[k]` when a guide frame
        (kg.extract.guides) joins the two: (that actor, True) when it is the
        party `before[k]` shows round (乙|在甲的带领下来到: `guided_at`), (that
        actor, False) when it is the guide of `before[k]`'s party (由甲带领，乙来到:
        `guides_party`); None when no frame joins them or either is no name."""
        if k == 0 or before[k].kind != "name" or before[k - 1].kind != "name":
            return None
        prev = before[k - 1]
        if guided_at(self.text, prev.end):
            return prev, True
        if guides_party(self.text, prev.start, prev.end):
            return prev, False
        return None

    def _co_leaders(self, who: str) -> list[str]:
        """`区人大常委会副主任A、B带领…`: officials leading the tour under one
        title with `who` (the same first mention) lead its party together;
        [who] when no one else does."""
        info = self.officials[who]
        others = [
            o.name for o in self.officials.values()
            if o.name != who and o.leads and not o.accompanying and o.first == info.first
        ]
        if not info.leads:
            return [who]
        return [*self._listed_before_leader(who), who, *others]

    def _listed_before_leader(self, who: str) -> list[str]:
        """`主任A，副主任B带领…`: the officials listed, each with a title of their
        own, right before the leader's mention that the lead word follows (LISTED
        between the names) lead the party with them; they are not accompanying."""
        mentions = self.index.mentions
        k = next((i for i, (_, _, n) in enumerate(mentions) if n == who and self._leads_here(Actor(*mentions[i][:2], "name", n))), None)
        listed: list[str] = []
        while k:
            a, b = Actor(*mentions[k - 1][:2], "name", mentions[k - 1][2]), Actor(*mentions[k][:2], "name", mentions[k][2])
            if not self._listed_together(a, b) or self.officials[a.name].accompanying or a.name in listed:
                break
            listed.insert(0, a.name)
            k -= 1
        return listed

    def _hosting(self, actor: Actor) -> bool:
        """Is the official named at `actor` a stop's own cadre (`hosts_stop`)
        with someone to host: an official from outside the stops (no host,
        not accompanying) named before them in the report?  A cadre hosts
        another official's visit; one named before any visitor (驻村第一书记甲
        来到X村三组走访…。甲说，县委书记乙十分关心…) makes the visit told of
        them, and an official only mentioned later does not take it over.
        Source: NAMES31 (the resident first secretary's and the village
        secretary's visits given to a county secretary named in a remark).
        Example: hosts {甲}, 乙 (县长) first named after 甲's verb -> False."""
        return actor.name in self.hosts and self._guest_before(actor.start)

    def _guest_before(self, pos: int) -> bool:
        """Is an official from outside the stops (no host, not accompanying)
        named before text offset `pos`: someone a stop's cadre can host?"""
        return any(o.first < pos and o.name not in self.hosts and not o.accompanying for o in self.officials.values())

    def _leads_here(self, actor: Actor) -> bool:
        """`下午，副主任A带领部分代表来到X`: an official who accompanied someone
        else earlier leads this visit (a lead word right after their name)."""
        return pattern("lead_markers.txt", LEADS_TEMPLATE).match(self.text, actor.end) is not None

    def moves_alone(self, actor: Actor, verb: int, previous: Actor | None = None) -> bool:
        """Is the official named at `actor` the subject of the verb at `verb`: only
        adverbs between (`SUBJECT_ADVERBS`: 还, 随后又), no companion word (陪同, 带领:
        `companion_markers.txt`) and no together-adverb (一同, 一起, 同去: `together_adverbs.txt`), and
        no one named before them in their sentence (`previous`, the actor before: 甲带领
        乙，丙来到X, 甲、乙来到X are a party, read as one)?
        Then whoever they accompanied at an earlier stop, they make this stop
        themselves (副区长乙陪同调研。…下午，乙来到Y: 乙 at Y, not the lead): 陪同 is
        a role in one stop, not a rank.  Source: VISITS29 1 (the lead got the stop).
        Example: for `乙还来到Y` with 乙 at 0..1 and the verb at 2, True; for
        `乙陪同来到Y` or `乙一同来到Y`, False."""
        if previous is not None:
            return False
        gap = self.text[actor.end:verb]
        return SUBJECT_ADVERBS.fullmatch(gap) is not None and not pattern("together_adverbs.txt").search(gap) \
            and not pattern("companion_markers.txt").search(gap) and not pattern("lead_markers.txt").search(gap)

    def receivers(self, s: Sentence, actors: list[Actor], verb: int, place_end: int) -> list[str]:
        """`居民王女士来到X，向正在值班接待的区人大代表A、B反映`: no official
        before the verb, and officials named after a reception word
        (`visit_reception_words.txt`) later in the sentence receive people
        at X: they are there.  [] otherwise."""
        if any(a.start < verb for a in actors):
            return []
        word = pattern("visit_reception_words.txt").search(self.text, place_end, s.end)
        named = [a for a in actors if word and a.kind == "name" and a.start >= word.end()]
        if not named:
            return []
        team = [named[0].name]
        for a, b in zip(named, named[1:]):
            if not self._listed_together(a, b):
                break
            team.append(b.name)
        return team

    def _led(self, before: list[Actor], i: int) -> list[str]:
        """`A带领区人大代表B、C、D，到X`: the deputies and members A leads
        (named after a lead word right after A, then listed; posts headed by
        a word of `duty_post_heads.txt`) make the visit with A.  Other
        officials led along (区委常委, 副区长) accompany A."""
        led: list[str] = []
        k = i + 1
        if k >= len(before) or before[k].kind != "name" or not pattern("lead_markers.txt", LED_TEMPLATE).match(self.text, before[i].end, before[k].start):
            return led
        while k < len(before) and before[k].kind == "name":
            if k > i + 1 and not LISTED.match(self.text[before[k - 1].end:before[k].start]):
                break
            if self._duty_member(before[k].name):
                led.append(before[k].name)
            k += 1
        return led

    def _listed_together(self, a: Actor, b: Actor) -> bool:
        between = self.text[a.end:b.start]
        return bool(LISTED.match(between)) and not pattern("lead_markers.txt").search(between)

    def note_participants(self, s: Sentence, actors: list[Actor]) -> None:
        """`市政协副主席A，市政协委员B、C参加调研`: officials named in a list
        right before a join word (`visit_join_words.txt`) are members of the
        party; a visit told of the party alone (调研组来到X) is theirs too.
        Not when a place follows in the clause (参加X社区的议事会: an event)."""
        names = [a for a in actors if a.kind == "name"]
        for m in pattern("visit_join_words.txt").finditer(self.text, s.start, s.end):
            before = [a for a in names if a.end <= m.start()]
            if not before or not JOIN_GAP.fullmatch(self.text, before[-1].end, m.start()):
                continue
            if parse_list(self.text, m.end(), s.end):
                continue  # joining an event at a place (参加X社区议事会)
            k = len(before) - 1
            listed = [before[k]]
            while k > 0 and LISTED_NAMES.fullmatch(self.text, before[k - 1].end, before[k].start):
                k -= 1
                listed.insert(0, before[k])
            for a in listed:
                info = self.officials[a.name]
                # (only deputies and members make the tour: 委员B、C参加调研; a cadre or
                # leader named taking part, 副区长A参加调研, took part, no visit of their own)
                if not info.accompanying and a.name not in self.participants and self._duty_member(a.name):
                    self.participants.append(a.name)

    def _duty_member(self, name: str) -> bool:
        """Does the official `name` hold a deputy's or member's post (a head of
        `duty_post_heads.txt` ending one: 区人大代表, 县政协委员)?  Such people make a duty
        visit themselves when they join a tour.  Example: [区人大代表] -> True, [副区长] -> False."""
        heads = tuple(words("duty_post_heads.txt"))
        return any(p.endswith(heads) for p in self.officials[name].posts)

    def _joined_only(self, s: Sentence, actors: list[Actor], listed: bool = False) -> set[str]:
        """The officials `s` names only taking part (a join word right after them,
        `visit_join_words.txt`: 镇人大主席C参加调研) who are no deputy or member making the
        tour (`participants`): they took part and make no visit of their own at the
        place the report is at, as the readable golds give them (role other: 48 of 58
        officials named with 参加 have no visit).  Example: `镇人大主席C参加调研` -> {C}."""
        names = [a for a in actors if a.kind == "name"]
        out = set()
        for m in pattern("visit_join_words.txt").finditer(self.text, s.start, s.end):
            before = [a for a in names if a.end <= m.start()]
            if not before or not JOIN_GAP.fullmatch(self.text, before[-1].end, m.start()):
                continue
            k = len(before) - 1
            # (`listed`: the names listed before it too, 副主任乙、社区书记丙参加, as `note_participants` reads them)
            while listed and k > 0 and LISTED_NAMES.fullmatch(self.text, before[k - 1].end, before[k].start):
                k -= 1
            for a in before[k:]:
                if a.name not in self.participants and not self._duty_member(a.name):
                    out.add(a.name)
        return out

    def note_came_along(self, s: Sentence, actors: list[Actor]) -> None:
        """`和她一起来的，还有街道办事处主任B`, `同行的还有A、B`: the officials named
        after `CAME_ALONG` in its sentence came with the party: members of it
        (`credit_participants` gives them the lead's stops from there on), not
        hosts nor companions (陪同 keeps its own frame)."""
        m = CAME_ALONG.search(self.text, s.start, s.end)
        if not m:
            return
        for a in actors:
            if a.kind == "name" and a.start >= m.end() and not self.officials[a.name].accompanying \
                    and a.name not in self.hosts and a.name not in self.participants:
                self.participants.append(a.name)

    def note_roles(self, s: Sentence, actors: list[Actor]) -> None:
        """Note, for each official named in `s` outside the headline, whether their
        clause only tells a part they play in the event (`event_role_verbs.txt`
        closing it: 副主席B主持。委员C、D作了发言): see `drop_role_only`."""
        if s.paragraph == self.headline:
            return
        for a in actors:
            if a.kind == "name":
                stop = CLAUSE_BREAK.search(self.text, a.end, s.end)
                role = bool(_role_closing().search(self.text[a.end:stop.start() if stop else s.end]))
                self.roles.setdefault(a.name, []).append(role)

    def drop_role_only(self) -> None:
        """An official whose every clause in the body only tells their part in
        running the event (`note_roles`: presiding, speaking, reporting) is no lead
        when another official holding a post of office (not only a deputy's or a
        member's, `duty_post_heads.txt`), named doing more, visits: they were at the event
        the lead attended, and the lead's visit is the report's.  Source: the eval
        gold (`visits`: the lead official's; a presider or a speaker is `other`).

        >>> # "主席A出席并讲话，副主席B主持。…委员C、D作了发言。" -> A's visits only
        """
        only = {name for name, roles in self.roles.items() if all(roles)}
        heads = words("duty_post_heads.txt")
        # the lead above them holds a post of office: deputies and members (委员A、B参加)
        # under a presiding vice-chair are the vice-chair's party, not above them
        if only and any(v.official not in only and not all(p.endswith(heads) for p in self.officials[v.official].posts) for v in self.visits):
            self.visits = [v for v in self.visits if v.official not in only]

    def note_names(self, actors: list[Actor], upto: int) -> None:
        """Note the latest official named before `upto` that a later 他/她 may
        stand for: not one accompanying, nor one a clause opening with 与/同/跟
        names (`CO_HOST`: A来到X，与代表B一起接待选民): B does something with
        A, the subject; 他 after it is A."""
        for a in actors:
            if a.start < upto and self._antecedent(a):
                self.last_named = a.name

    def _antecedent(self, a: Actor) -> bool:
        """May a later 他/她 stand for the actor `a` (see `note_names`)?  The writer's
        我 is no one 他 stands for (我陪他一起到X: 他 is the one named before)."""
        return a.kind == "name" and not self.officials[a.name].accompanying \
            and not FIRST_PERSON.match(self.text, a.start) \
            and not CO_HOST.search(self.text, max(0, a.start - CO_HOST_REACH), a.start)

    # ----------------------------------------------------------- paragraphs
    def read(self) -> None:
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.doc.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s)
        story = 0
        for sentences in paragraphs.values():
            if self.story_start(sentences[0].start) != story:
                # a list page's next story: the latest visit's area and places are another story's
                story = self.story_start(sentences[0].start)
                self.area, self.doc_group, self.area_of = None, [], {}
            self.read_paragraph(sentences)
        self.author_rounds()
        self.visit_scenes()
        self.credit_participants()
        self.drop_role_only()
        attach_regiments(self.text, self.places)  # (a regiment's division, named in a post)

    def author_rounds(self) -> None:
        """A first-person report's writer (`author`: 青石村驻村第一书记 A on its byline) whose
        post names a village or community, and who tells their own rounds there with no
        named place (我跟着村支书B去了村东头的果园, 我和网格员挨家走访了五户老人: 我 and a
        visit verb in one clause of the narration), makes a stop at that unit, as the golds
        give a diarist's day in their own village.  Nothing when they already have a stop
        there or inside it.  Source: an opened probe's (p109) 驻村日记 had no visit."""
        if not self.author:
            return
        unit = self._post_unit(self.author)
        if unit is None or any(v.official == self.author and unit in self.places.ancestors(v.place) for v in self.visits):
            return
        for s in self.doc.sentences:
            for m in FIRST_PERSON.finditer(self.text, s.start, s.end):
                if self.in_speech(m.start()):
                    continue
                brk = CLAUSE_BREAK.search(self.text, m.end(), s.end)
                verb = next(verb_matches(self.text, m.end(), brk.start() if brk else s.end), None)
                if verb is not None and not self.in_speech(verb.start()):
                    self.add_visit(self.author, [unit], s, True)
                    return

    def _post_unit(self, name: str) -> int | None:
        """The village or community (level community) one of `name`'s posts opens with,
        registered where the post is first written (青石村驻村第一书记 -> 青石村); None when
        no post names one."""
        for post in self.officials[name].posts:
            chunk = parse_at(post, 0)
            at = self.text.find(post)
            if chunk is not None and chunk.leaf.level == "community" and at >= 0:
                return self.places.add(PlaceChunk(at, at + chunk.end, chunk.segments), None)
        return None

    def credit_participants(self) -> None:
        """Who else made the tour, first named once it is under way:

        - officials named taking part (`visit_join_words.txt`: 委员A、B参加调研);
        - deputies and members (posts headed by `duty_post_heads.txt`: 区人大代表,
          市政协委员) first named after the tour began (与区人大代表B、C一起…,
          代表B询问…): they make a duty visit, they do not host one.

        Each visits the places of the visitor whose tour they are named in
        (the latest body visit before their first mention, else the first),
        so the afternoon's deputies are not given the morning's stops.  Not
        those told making a visit of their own elsewhere (a round-up of each
        deputy's stop), nor those a record's people field names (`record_people`)."""
        body = [v for v in self.visits if not v.headline]
        if not body:
            return
        late = [o.name for o in self.officials.values() if o.first >= body[0].start]
        # (a deputy the report says accompanies, 区人大代表B陪同, accompanies as any official does)
        members = [n for n in late if n in self.participants
                   or self._duty_member(n) and not self.officials[n].accompanying]
        for name in members:
            if name in self.record_people:
                continue  # a record's entries each name their people: a later entry's stop is not theirs
            mention = self.officials[name].first
            before = [v for v in body if v.start <= mention and v.official != name]
            joined = before[-1] if before else body[0]
            lead = joined.official
            # from the stop they are first named at on (与区人大代表B、C一起接待选民: not the lead's earlier stops),
            # at the later stops their party was told going to (`_went_along`)
            tour = [v for v in body if v.official == lead and v.start >= joined.start]
            toured = {v.place for v in tour}
            # 走访了A和B。在B，谈某与区人大代表C一起接待选民: C joins at the stop their
            # sentence names before them (B), not at the stops told with it (A)
            head = self.text[self._sentence_start(mention):mention]
            at = {
                p for p in toured
                if self.places.nodes[p].level in INSIDE_LEVELS and any(len(w) > 2 and w in head for w in self.places.nodes[p].written)
            }
            if at:
                toured = at | {v.place for v in tour if v.start > mention}
            if self._hosts_toured(name, toured):
                continue  # 县人大代表、X村党支部书记B一边带路: the deputy is the toured village's cadre, its host
            had = {v.place for v in self.visits if v.official == name}
            if had - toured:
                continue  # a stop of their own apart from the tour: a round-up of each deputy's visit
            for v in self._went_along(lead, tour, mention):
                if v.place in toured and v.place not in had:
                    self.visits.append(VisitRecord(name, v.place, v.start, v.end, v.stop))
                    had.add(v.place)

    def _hosts_toured(self, name: str, toured: set[int]) -> bool:
        """Is the deputy `name` otherwise only a community-level cadre (`deputy_hosts`:
        县人大代表、X村党支部书记) of a place of `toured` (place ids), its name written in
        that post (or a place around one: 杏花村 of its 苹果园)?  Met in their own village, they show the visitors round and speak for
        its people; a deputy-cadre of elsewhere still joins the tour as a deputy.
        Example: posts [县人大代表, 黄岭村党支部书记], toured {黄岭村} -> True."""
        posts = self.officials[name].posts
        if not deputy_hosts(posts):
            return False
        around = set(toured).union(*(self.places.ancestors(pid) for pid in toured))  # 杏花村 of 杏花村的苹果园
        return any(len(w) > 1 and any(w in p for p in posts) for pid in around for w in self.places.nodes[pid].written)

    def _went_along(self, lead: str, stops: list[VisitRecord], mention: int) -> list[VisitRecord]:
        """The stops of `lead` (`stops`, from the one a member joined at) that a
        member first named at `mention` went to: a stop's party is what its own
        subject says (`party_told`).  The stops of the member's own sentence are
        theirs; at a later stop whose subject names `lead` alone (随后，A来到Y;
        他来到Y) the member stays behind; one carrying the party (A一行来到Y,
        A等来到Y, 代表们来到Y) takes them along; a stop naming no one (随后来到Y)
        goes as the stop before did.  Source: gold `visits` (a co-host met at a
        stop, 与县人大代表B一起接待选民, makes no later stop the lead makes alone).

        >>> # "A来到X站，与代表B一起接待选民。随后，A来到Y村。" -> B: X站 only
        >>> # "A来到X站，与代表B一起接待选民。随后，A一行来到Y村。" -> B: X站 and Y村
        """
        first = self._sentence_start(mention)
        along, going = [], True
        for v in sorted(stops, key=lambda v: v.start):
            at = self._sentence_start(v.start)
            if at > first and lead in self.party_told.get(at, {}):
                going = self.party_told[at][lead]
            if going:
                along.append(v)
        return along

    def _sentence_start(self, pos: int) -> int:
        """Start offset of the sentence holding text offset `pos` (-1 before the first)."""
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[k] if k >= 0 else -1

    def visit_scenes(self) -> None:
        """A headline that opens with a place and names no one (`竹韵社区：议事会
        开到家门口`) tells where the report is: the report's first visitor was
        there, when the body names the place again.  Areas are left to the
        body's stops; a stop inside the place is the more specific visit."""
        if not self.scene_places:
            return
        if not self.visits:
            return
        visitor = self.visits[0].official
        for pid, s in self.scene_places:
            body = self.text[s.end:]
            if not any(w in body for w in self.places.nodes[pid].written):
                continue  # a title's phrase the body never names again (人民政府网站) sets no scene
            if not any(v.place == pid for v in self.visits):
                self.visits.append(VisitRecord(visitor, pid, s.start, s.end))

    def read_paragraph(self, sentences: list[Sentence]) -> None:
        here: dict[str, list[int]] = {}  # official -> places visited in this paragraph
        context: list[int] = []  # places the paragraph is about
        group: list[int] = []  # places of the latest visit in this paragraph
        first = sentences[0]
        self.paragraph_end = sentences[-1].end
        self.paragraph_start = first.start
        if not LIST_ITEM.match(self.text, first.start):
            self.stop_list = []  # the list of stops ended
        topic = []
        starts_with_person = self.index.starts_at(first.start)
        opener = _place_intro().match(self.text, first.start)
        # 位于城东的X…: a paragraph opening with where X lies is about X (parse_list reads 位于…的X)
        if not starts_with_person and (not opener or opener.group(0) in words("place_located_verbs.txt")):
            topic = self._without_people(parse_list(self.text, first.start, first.end))
        # (a description of a place off the tour, with no official acting in its paragraph:
        # 庙湾村是…城中村。村民反映…, told at a reception elsewhere, is no move there)
        described_only = first.paragraph != self.headline and not any(self.actors(s) for s in sentences)
        for chunk in topic:
            pid = self.places.add(chunk, self._admin(context))
            committee = self.places.committee_by_estate(pid)
            if committee is not None and self._on_tour(committee) and not self._on_tour(pid):
                pid = committee  # 泰山一村建于… after a visit to 泰山一村居民区: the paragraph is about the stop
            if described_only and describes(self.text, chunk.end) and not self._on_tour(pid):
                continue
            context.append(pid)
        if topic and first.paragraph == self.headline and not any(self.actors(s) for s in sentences) \
                and not MENU.search(self.text, first.start, first.end):
            # (X公司领导到Y农场走访: a place followed by a post title is the visitors' own unit, no scene)
            owners = {pid for c, pid in zip(topic, context) if pattern("post_titles.txt").match(self.text, c.end)}
            self.scene_places += [
                (p, first) for p in self.places.most_specific(context)
                if self.places.nodes[p].level in INSIDE_LEVELS and p not in owners
            ]
        self.opening = []  # the paragraph opens at a specific place with no one in its clause (在X片区，改造已收尾。)
        for s in sentences:
            actors = self.actors(s)
            inside = False
            at_places: list[int] = []  # 在X where an actor is present (王明在X主持, 在X，王明同…)
            self.clause_subject = None
            at_end = s.start
            later_opening: list[int] = []  # a later sentence opening 在X， with no one in its clause
            self.at_written = {}  # place -> where this sentence's 在X first wrote it
            office_at: set[int] = set()  # units whose bare office this sentence's 在X names (在社区党群服务中心)
            for m in self._scene_locative(s, actors) + list(_place_intro(True).finditer(self.text, s.start, s.end)):
                if m.group(0) == "对" and not self._inspection_on(s, actors, m):
                    continue
                if m.group(0) == "在" and (WHILE_DOING.match(self.text, m.end(), s.end)
                                           or ACCOMPANIED_UNDER.match(self.text, m.end(), s.end)):
                    continue
                told = _told_visit().match(self.text, m.end(), s.end) if m.group(0) == "在" else None
                chunks = self.read_as_places(parse_list(self.text, told.end() if told else m.end(), s.end))
                if not chunks and (company := company_at(self.text, m.end(), s.end, self.places)):
                    chunks = [company]  # 在三连，职工反映…: a company of the regiment named before
                if (not chunks or opens_with_group(chunks[0])) and (village_group := group_at(self.text, m.end(), s.end, self.places)):
                    chunks = [village_group]  # 来到西来村…在3组与村民座谈: a group of the village named before
                if m.group(0) in words("disposal_markers.txt"):  # 将饮水工程纳入计划: a work handled, no place
                    chunks = [h for c in chunks if (h := handled_place(self.doc, c))]
                if not chunks and m.group(0) == "在" and (own := self.area_facility(m.end(), s.end)):
                    chunks = [own]  # 在街道社区党建服务中心开展…
                if not chunks and m.group(0) == "在" and (unit := unit_office(self.text, m.end(), s.end, self.places, self._visits_so_far(s, m.start()))):
                    chunks = [unit]  # 在社区党群服务中心召开的议事会上: the office of the community the report is in
                    office_at.add(self.places.add(unit, self._holder(context)))
                if chunks and m.group(0) == "在":  # 在闻溪街道“委员会客厅”召开座谈会
                    chunks[-1] = quoted_inside(self.text, chunks[-1], s.end)
                    chunks[-1] = work_site_after(self.text, chunks[-1], s.end)
                if not chunks and m.group(0) == "在" and _sequence_lead().fullmatch(self.text, s.start, m.start()) \
                        and (modifier := MODIFIER_OF.match(self.text, m.end(), s.end)):
                    # 在临河的X新村，王明…: a short modifier + 的 before the named place a
                    # clause-opening 在 sets the scene at, as after a move verb (来到正在建设中的X);
                    # the place must close its phrase (a clause or a spot in it follows), so
                    # 在大家的努力下 or 在X的带领下 names nothing.  Source: FAULTS35_p103
                    described = parse_list(self.text, modifier.end(), s.end)
                    if described and (_clause_open().match(self.text, described[-1].end, s.end)
                                      or SPOT_CLAUSE.match(self.text, described[-1].end, s.end)):
                        chunks = self.read_as_places(described)
                if not chunks and m.group(0) == "在" and _sequence_lead().fullmatch(self.text, s.start, m.start()):
                    # 在东方花城，王明…: a clause-opening 在X names a place even without a type word
                    tagged = self.tagged(m.end(), s.end) or self.type_word_ref(m.end(), s.end)
                    opens = tagged and (_clause_open().match(self.text, tagged.end, s.end) or _while_at().match(self.text, tagged.end, s.end))
                    chunks = [tagged] if opens else []
                elif not chunks and m.group(0) == "在" and self._subject_before(actors, m.start()):
                    # 王明在东方花城调研时, 王明随后在青龙湾察看…: the official's own 在X before a visit verb
                    tagged = self.tagged(m.end(), s.end)
                    # (a name of two characters is as often a city as a stop: 在济南走访; a city is no stop)
                    own = tagged and len(tagged.text) > 2 and _at_verb().match(self.text, tagged.end, s.end)
                    chunks = [tagged] if own else []
                if not chunks and m.group(0) == "在" and self._subject_before(actors, m.start()) \
                        and (deictic := referred_here(self.text, m.end(), self.places)):
                    chunks = [deictic]  # X服务中心里坐满了人。代表A在这里接待选民: the stop introduced last
                if not chunks:
                    continue
                if m.group(0) == "在":
                    self.at_read.add(s.start)
                if INSIDE.match(self.text, chunks[-1].end):
                    inside = True
                present = m.group(0) == "在" and self.present_at(s, actors, m.start(), chunks[-1].end) or m.group(0) == "对"
                # (not one planned: 王明表示，下一步将在X召开座谈会 holds no event today, `modal_before`)
                if m.group(0) == "在" and not present and pattern("event_held_words.txt").match(self.text, chunks[-1].end) \
                        and not self.modal_before(s, max((a.end for a in actors if a.end <= m.start()), default=s.start), m.start()):
                    # 在X召开的议事会上，…: an event held at X; officials named taking part in it join
                    held = [self.places.add(c, self._holder(context)) for c in chunks]
                    self.brought_to, self.brought_in = self.places.most_specific(held), s.paragraph
                    if self.last_team and _sequence_lead().fullmatch(self.text, s.start, m.start()):
                        # (随后)在V召开的座谈会上，…: the party on its tour is at the meeting it opens with
                        for who in self.last_team:
                            self.add_visit(who, self.brought_to, s, True)
                            here[who] = self.brought_to
                # (随后)在X村召开座谈会 after a stop inside X村: the party convenes at the unit
                # itself, a stop of its own as the unit's office is (`office_at`)
                convened = present and m.group(0) == "在" and self.elided_presence(s, actors, m.start(), chunks[-1].end)
                # 随后来到B街道，在C社区…: with no place of the paragraph read yet, the area a move
                # earlier in the sentence took the party to holds C (not the last stop's area)
                holder = self._holder(context or self._moved_to(s.start, m.start()))
                for chunk in chunks:
                    pid = self.places.add(chunk, holder)
                    if isinstance(m, ImpliedAt):
                        self.implied_set[pid] = s.start
                    if convened:
                        office_at.add(pid)
                    if m.group(0) in words("place_located_verbs.txt"):
                        continue  # X地处Y: Y is around X, not a place to be at
                    self.at_written.setdefault(pid, chunk.start)
                    if pid not in context:
                        context.append(pid)
                    if present:
                        at_places.append(pid)
                        at_end = chunks[-1].end
                    if self.places.nodes[pid].level in INSIDE_LEVELS:
                        self.sentence_places.setdefault(s.start, []).append(pid)
                if m.group(0) == "在" and not actors and _sequence_lead().fullmatch(self.text, s.start, m.start()):
                    if venue := self._opening_place(chunks, context, s.end):
                        self.scene_venue = (venue, s.start)
                        for who in self.stop_told_again(venue, s, chunks[-1].end):
                            self.add_visit(who, venue, s, True)
                            here[who] = venue
                    if s is first:
                        self.opening = self._opening_place(chunks, context, s.end)
                    else:  # 来到甲溪乡。在甲溪乡枫树村，村民说…: a stop inside the area just reached
                        later_opening = self._opening_place(chunks, context, s.end)
                if m.group(0) == "在" and not any(a.start < m.start() for a in actors):
                    self.note_lede(s, chunks)
            visited_here = self.listed_stop(s, here)
            visited_here += self.explicit_visits(s, actors, here, context, inside, at_places)
            visited_here += self.hosted_visits(s, actors, here, context)
            visited_here += self.carried_visits(s, actors, here, context)
            visited_here += self.along_visits(s, actors, here, context)
            if not visited_here:
                visited_here += self.ordinal_stop_visits(s, actors, here, context)
            if not visited_here and actors:
                visited_here += self.entered_visits(s, actors, here, context)
            if not visited_here and actors:
                visited_here += self.record_people_visits(s, actors, here, context)
            if not visited_here and not actors:
                visited_here += self.heading_stop_visits(s, here, context)
            if not visited_here and not actors:
                visited_here += self.event_venue(s, here)
            if not visited_here and not actors and (s is first or later_opening):
                visited_here += self.opening_stop(s, here, self.opening if s is first else later_opening, s is not first)
            if visited_here:
                self.left_places(s, visited_here)
            if visited_here:
                # 来到X村，沿着X河察看: the river inside the village is where the sentence is
                group = [p for p in visited_here if not any(p in self.places.ancestors(q) for q in visited_here if q != p)]
            met = self.met_residents(s, actors, here, context)
            attended = self.attended_event(s, actors, here, context)
            met += attended
            at_places += met
            team, targets = [], []
            if at_places:  # a second 在X stop in the paragraph counts when it is somewhere new
                targets = self.places.most_specific(at_places)
                # (the unit's office after a stop inside the unit, 来到X社区Y小区…。在社区党群服务中心召开座谈会:
                # somewhere new, though the unit holds the estate)
                office = set(targets) <= office_at
                team = [w for w in self.subject(actors, self.clause_subject or s.end)
                        if self._new_stop(here.get(w, []), targets) or office and not set(targets) & set(here.get(w, []))]
            elif not visited_here and context and not self._set_elsewhere(s) and self.present(s, actors):
                # (`present` last: it may ask the analyser, and with no place in context it decides nothing)
                targets = self.places.most_specific(context)
                joined = self._joined_only(s, actors)
                team = [w for w in self.subject(actors, s.end) if not here.get(w) and w not in joined]
                if set(targets) <= self.implied_set.keys() and _moves().search(self.text, actors[0].end, s.end):
                    # X站里座无虚席。A来到服务中心，…: a scene set with no 在 holds no official
                    # who moves somewhere unread (tests/test_f108_35: the station is no stop)
                    team = []
            if not targets and not visited_here and (duty := self.on_duty_at_venue(s, actors, context)):
                targets, team = duty
                team = [w for w in team if not here.get(w)]
            # the area an official's post governs is where they work, not a place they are present at
            team = [w for w in team if not all(self._governs(w, p) for p in targets)]
            if team and self._remote(s):
                team = []  # 通过视频连线方式，听取X社区居民代表意见: taking part from afar
            if at_places and team:
                self.nest_at_latest_unit(team, targets)
            for who in team if targets else []:
                self.add_visit(who, targets, s, self._is_stop(s, at_end))
                here[who] = targets
            if team and targets:
                if met or at_end == s.start or not (visited_here and self._written_after(visited_here, at_end, s.end)):
                    group = targets  # (not 在X，…后，来到Y: the sentence ends at Y, the later stop)
                if not (set(targets) <= set(attended) and not visited_here):
                    # (a member attending an event on their own, 委员A参加X社区议事会, is no party:
                    # 调研组来到Y after it is the tour's, not A's; test_visit_positions)
                    self.last_team = team
            self.note_meeting_host(s, actors, context)
            self.join_brought(s, actors)
            self.note_participants(s, actors)
            self.note_came_along(s, actors)
            self.note_names(actors, s.end)
            self.note_roles(s, actors)
            self.scenes[s.start] = Scene(
                list(group), list(context), list(self.sentence_places.get(s.start, [])), list(self.doc_group), self.doc_visitor,
                self.doc_receiving,
            )

    def _scene_locative(self, s: Sentence, actors: list[Actor]) -> list[ImpliedAt]:
        """A sentence opening (after its date or sequence words) with a named place and
        a locative 里/内 and no 在 before it (`6月17日下午，X街道Y委员工作室里座无虚席。`,
        `11月8日晚，X社区党群服务中心里，一场议事会正在进行，代表A应邀参加`): the scene
        is set at the place as by `在X里，`, so it is read as that 在 would be.  Returns
        [ImpliedAt] standing for the 在 at the place's start, or [] (no such opening, an
        official named before the place, no named place of community or site level, or
        里/内 opening a noun phrase: X小区里的老人).  Source: FAULTS37_p124 (reception
        and consultation reports set their meeting room this way; three visits lost)."""
        quoted = OPENING_QUOTES.match(self.text, s.start, s.end)
        lead = _sequence_lead().match(self.text, quoted.end() if quoted else s.start, s.end)
        pos = lead.end()
        if pos >= s.end or pos == s.start or any(a.start < pos + 2 for a in actors) \
                or _place_intro(True).match(self.text, pos):
            return []  # (a sentence opening with the place itself is a paragraph's topic, read elsewhere)
        chunks = parse_list(self.text, pos, s.end)
        if len(chunks) != 1 or not is_named(chunks[0].segments) or chunks[0].leaf.level not in INSIDE_LEVELS:
            return []
        if not SCENE_LOCATIVE.match(self.text, chunks[0].end, s.end):
            return []
        return [ImpliedAt(pos)]

    def explicit_visits(self, s, actors, here, context, inside, at_places=()) -> list[int]:
        verbs, kinds = _visit_verbs()
        made: list[int] = []
        name_ends = {a.end for a in actors if a.kind == "name"}
        matches = list(verb_matches(self.text, s.start, s.end, name_ends))
        read = unlisted_verbs(self.doc, s, actors, {m.start(): m.end() for m in matches})
        if read:  # an analyser-read verb holds the lexicon's verbs inside it (到访: 到)
            matches = sorted([m for m in matches if not any(v.start() <= m.start() < v.end() for v in read)] + read, key=lambda m: m.start())
            kinds = {**kinds, **{v.word: "move" for v in read}}
        if GO in self.text[s.start : s.end]:
            went = self.went_to_do(s, {m.start() for m in matches})
            matches = sorted([*matches, *went], key=lambda m: m.start()) if went else matches
        for m in matches:
            if verb_used_as_noun(self.text, m.start(), m.end()) or self.in_speech(m.start()):
                continue
            # (not inside a name before the verb: the surname 曾 of 曾德胜到X)
            named_end = max((a.end for a in actors if a.end <= m.start()), default=s.start)
            if self.modal_before(s, named_end, m.start(), past=False):
                continue  # 将到X, 曾多次到X: a plan or a habit, not this visit
            if self.visits and self.past_adverb(s, named_end, m.start()):
                continue  # (after the report's own visit) 他曾到X调研: an older trip recalled
            if self.told_before(s, m.start()):
                continue  # 今年4月，A到X调研时协调推进的公路…: an earlier trip recalled after this one
            if _instruction().search(self.text, named_end, m.start()):
                continue  # 王明强调，各单位负责人来到X: the verb is inside the official's words
            if in_reported_words(self.text, named_end, m.start(), s.start):
                continue  # 有乘客建议，增开到X的专线: the verb is in the words reported
            followed = None
            if _observer_goes().search(self.text, max(named_end, m.start() - OBSERVER_REACH), m.start()):
                if not self.followed:
                    continue  # 记者来到X，: the reporter goes there (issue_scene sets the scene), no official
                followed = [self.followed]  # 我们先到了X after 我跟着A出了门: the observer goes with A, A's stop
            pos = object_start(self.text, m)
            opened = ITEMS_OPEN.match(self.text, pos, s.end) if kinds[m.group(0)] in ("move", "inspect") else None
            if opened and (team := self.subject(actors, m.start())):
                # 先后走访了以下社区：（一）A社区，…；（二）B社区，…: each item is a stop
                self.stop_list = team
                made += self.listed_stop(s, here, opened.end())
                continue
            chunks = self.visited_places(pos, s.end, tagged=s.paragraph != self.headline)
            if not chunks and kinds[m.group(0)] == "move" and LIST_OPENS.match(self.text, pos, s.end):
                self.stop_list = self.subject(actors, m.start())  # 先后来到：\n- A村：… (the items are the stops)
            if not chunks and not self.last_team and kinds[m.group(0)] in ("move", "inspect"):
                # 区长X到基层调研。一、A社区：… — the party sets out naming no place; the stops come in headings
                self.touring = self.subject(actors, m.start())
                if len(self.touring) > 1 and kinds[m.group(0)] == "move":
                    # (a move: 参加调研 names those taking part in a tour, not a party going)
                    # 书记甲，主任乙深入辖区网点和社区食堂: two or more set out together naming no
                    # place; a party word told next (一行人来到X) is theirs. FAULTS36_p118: the
                    # second of a comma-joined pair lost the stop.  (Made the party of every
                    # later stop, it cost a sealed set two false visits: only the party word.)
                    self.set_out = list(self.touring)
            if not chunks or route_between(self.text, m.start(), chunks[-1].end):
                continue  # (嘎查到苏木的手机信号: a route between two places, no one going)
            team = followed or self.receivers(s, actors, m.start(), chunks[-1].end) or self.subject(actors, m.start())
            if not team and self._organisation_subject(s, m.start()):
                team = [self.lead()] if self.lead() else []  # 机关支部组团来到X: the officials named later join
            if not team:
                continue
            # no official before the verb: an organisation's visit (区妇联组织党员来到X);
            # the officials the report then names there take part in it
            by_organisation = not any(a.start < m.start() for a in actors) and self._organisation_subject(s, m.start())
            brought = by_organisation or self._brings_party(actors, m.start())
            # 在X，A走进Y: Y is inside X, where A is (not a 在X written after Y: 来到Y，并在X召开座谈会)
            at = here.get(team[-1], []) + [p for p in at_places if self.at_written.get(p, -1) < pos]
            if not at and self.opening and kinds[m.group(0)] == "inspect":
                # 在X片区，改造已收尾。委员们察看了新建的步道: the paragraph set the party at X, where they look around
                for who in team:
                    self.add_visit(who, self.opening, s, True)
                    here[who] = self.opening
                self.last_team = team
                made = at = list(self.opening)
            at_specific = any(self.places.nodes[p].level in INSIDE_LEVELS for p in at)
            if (
                kinds[m.group(0)] == "inspect" and (at_specific or inside) and not NEXT_STOP.search(self.text, max(s.start, m.start() - 4), m.start())
                and not self._named_site_in_community(at, chunks)
                and not (SEVERAL_STOPS.search(self.text, max(s.start, m.start() - 4), m.start()) and all(is_named(c.segments) for c in chunks))
            ):
                continue  # looking around inside the place already visited (随后还察看了Y: a next stop)
            if kinds[m.group(0)] == "move" and at_specific and HOUSEHOLD_ROUND.match(self.text, chunks[-1].end):
                continue  # 到A村调研，走访了B基地、村幼儿园和20多户群众: a round of the village, its households too
            if kinds[m.group(0)] == "inspect" and self._parts_of_site(at, chunks):
                continue  # 来到X市场，察看水产区、熟食区: the site's sections, no districts
            if kinds[m.group(0)] == "inspect" and chunks[-1].leaf.level in AREA_LEVELS and self.text.startswith("的", chunks[-1].end):
                continue  # 察看了X乡的道路硬化情况: the area owns what is looked at, it is no stop
            # (a 在X written after the stops is no area holding them: 来到A小区、B村，并在C社区召开座谈会)
            before = [p for p in context if self.at_written.get(p, -1) < pos]
            admin = [p for p in at if self.places.nodes[p].level in ADMIN] or before
            pids = [self.lede_place(self.places.add(chunk, self._holder(admin, team))) for chunk in chunks]
            if self._at_settlement(at) or kinds[m.group(0)] == "inspect" and self._named_site_in_community(at, chunks):
                self.nest_at_latest_unit(team, pids)  # 到X农场，走访第三管理区: the farm's own unit
            # 到A村、B村走访群众，召开座谈会: what is done after a round of several places
            # is done on the round, at none of them in particular (the body tells where)
            stop = len(chunks) == 1 and self._is_stop(s, chunks[-1].end, area=chunks[-1].leaf.level in AREA_LEVELS)
            # 先后来到A社区、A社区养老服务中心和B小区: a place listed as a stop of its own beside a place inside it
            listed = {p for p in pids if any(p in self.places.ancestors(q) for q in pids if q != p)}
            shares = self._split_shares(team, pids, named_end, m.start())
            self._grouping_round(team, pids, s)
            for who in team:
                if shares[who]:
                    self.add_visit(who, shares[who], s, stop, moved=kinds[m.group(0)] == "move", stops=listed)
                here[who] = shares[who] or pids
            self.last_team = team
            self.brought_to = pids if brought else []
            # (带队到X, 率队: the official leads a team naming no one; 带领代表一行 brings a party
            # the officials named taking part join: tests/test_venues27, test_scene30)
            self.brought_by_official = brought and not by_organisation and self._leads_team(actors, m.start())
            self.brought_in = s.paragraph
            made = pids
        return made

    def went_to_do(self, s: Sentence, listed: set[int]) -> list[VerbMatch]:
        """`去X走访`, `一起去X村调研`: a bare 去 (the lexicon's 去 is a move only as 去了/去到/
        去往, `visit_verbs.tsv`), a place the grammar reads right after it, and right
        after the place a visit verb (`visit_verbs.tsv`: 走访, 调研, 察看, 看望…) telling
        what was done there: the 去 is a move to X.  The analyser must end a word with
        that 去 (去, 一起去), not one of the modal words (`visit_modal_words.txt`: 过去
        tells a time); it is asked only for the few characters around a 去 that fits
        the shape.  Source: an opened probe's diary
        (`和村支书A一起去X自然村走访`), session 33.  Never raises."""
        found = []
        for i in (k for k in range(s.start, s.end) if self.text[k] == GO and k not in listed):
            chunks = self.visited_places(i + 1, s.end)
            if not chunks or chunks[0].start != i + 1 or not _any_visit_verb().match(self.text, chunks[-1].end):
                continue
            analyse_spans(self.doc, [(max(s.start, i - GO_CONTEXT), min(s.end, i + GO_CONTEXT))])
            # (一起去 is read as one word: the word ending in 去 counts, unless it tells a time, 过去)
            word = next((t.word for t in tokens_in(self.doc.ext.tokens, max(s.start, i - GO_CONTEXT), i + 1)
                         if t.end == i + 1), None)
            if word and word not in words("visit_modal_words.txt"):
                found.append(VerbMatch(i, i + 1, GO))
        return found

    def note_lede(self, s: Sentence, chunks: list[PlaceChunk]) -> None:
        """A lede telling the scene before anyone visits (`在X村Y组的核桃树下，村民
        老张的一句话…`): a named sub-stop written there (Y组, a site of a
        village) is where the visit to its village, told after, took place.
        Not a home (在X小区的家中: a resident's, not the officials' stop), not
        the village's own facility (在X村的村委大院里, `own_part`: the village
        itself) and not once a visit is told."""
        if any(not v.headline for v in self.visits) or s.paragraph == self.headline:
            return
        chunk = chunks[-1]
        if len(chunk.segments) < 2 or chunk.leaf.level != "site" or not is_named(chunk.segments[-1:]):
            return
        if own_part(chunk.segments[-2], chunk.leaf):
            return  # 在X村的村委大院里: the village's own yard is the village, no sub-stop
        if re.match(HOME_IN, self.text[chunk.end:s.end]):
            return
        self.lede_places.append(self.places.add(chunk, None))

    def lede_place(self, pid: int) -> int:
        """`pid`, or the lede's sub-stop inside it (`note_lede`): the visit to
        a village whose group the lede set the scene in went to that group."""
        inside = [p for p in self.lede_places if p != pid and pid in self.places.ancestors(p)]
        return inside[-1] if len(inside) == 1 else pid

    def carried_visits(self, s: Sentence, actors: list[Actor], here: dict[str, list[int]], context: list[int]) -> list[int]:
        """`区人大代表A把群里的意见带到了B联络站`: an official who carries
        something (`visit_carry_verbs.txt`, in the 把/将 construction) to a
        named place took it there, so the place is their stop.  Not to a
        meeting or an unnamed place (把问题带到人代会上, 把政策送到村里):
        the place must be named and read by the grammar.  The place ids visited."""
        made: list[int] = []
        for m in _carried().finditer(self.text, s.start, s.end):
            if self.in_speech(m.start()):
                continue
            chunks = parse_list(self.text, m.end(), s.end)
            if not chunks or not all(is_named(c.segments) for c in chunks):
                continue
            team = [w for w in self.subject(actors, m.start()) if not here.get(w)]
            if not team:
                continue
            pids = [self.places.add(c, self._holder(context)) for c in chunks]
            stop = self._is_stop(s, chunks[-1].end)
            for who in team:
                self.add_visit(who, pids, s, stop, moved=True)
                here[who] = pids
            self.last_team = team
            made = pids
        return made

    def event_venue(self, s: Sentence, here: dict[str, list[int]]) -> list[int]:
        """`到X街道参加恳谈会。恳谈会在X街道Y社区党群服务中心举行。`: an event held
        at a named venue (`meeting_host.venue_told`: 会议在V举行, 座谈会设在V), told in a
        sentence naming no one, right after a visit to an area (a district or
        subdistrict) that holds the venue or names none of it: the party of that
        visit was at the venue.  The place ids visited; [] otherwise (a venue
        inside a community or site already visited is a room of it)."""
        chunk = venue_told(self.text, s.start, s.end) if self.last_team else None
        if chunk is None or not is_named(chunk.segments):
            return []
        latest = [v for v in self.visits if v.official == self.last_team[0] and not v.headline]
        if not latest or self.places.nodes[latest[-1].place].level not in AREA_LEVELS:
            return []
        area = latest[-1].place
        pid = self.places.add(chunk, area)
        if area not in self.places.ancestors(pid):
            return []  # a venue in another area: not where the party went
        # everyone whose latest visit is that area took part: the party and the officials
        # told joining the event one sentence each (委员A、B与居民开展协商。副主席C参加活动。)
        party = [who for who in dict.fromkeys(v.official for v in self.visits) if who in self.last_team or self._latest_place(who) == area]
        for v in self.visits:
            if v.place == area and v.official in party:
                v.stop = False  # what they did there (参加恳谈会) was at the venue: the area is no stop of its own
        for who in party:
            self.add_visit(who, [pid], s, True)
            here[who] = [pid]
        return [pid]

    def _latest_place(self, who: str) -> int | None:
        """The place of `who`'s latest visit told in the body (None before any)."""
        return next((v.place for v in reversed(self.visits) if v.official == who and not v.headline), None)

    def listed_stop(self, s: Sentence, here: dict[str, list[int]], at: int | None = None) -> list[int]:
        """A stop of a list opened by a visit verb closing its line with a
        colon (`先后来到：` then `- 黄家村：察看…` on the next lines), or with
        a colon and the first item in its own sentence (`走访了以下村：（一）A村，…；
        （二）B村，…`: ITEMS_OPEN; the item at `at`, the later ones each opening a
        sentence): the place opening the item `s` (after its marker) is a stop
        of whoever that verb took there.  The place ids visited; [] when `s` is no
        list item, no list is open, or no place opens the item.  Source: the line
        lists of an earlier session; VISITS29 2 for the inline ones."""
        item = LIST_ITEM.match(self.text, s.start if at is None else at, s.end) if self.stop_list else None
        chunks = parse_list(self.text, item.end(), s.end) if item else []
        if not chunks:
            return []
        pids = [self.places.add(c, self._holder([])) for c in chunks]
        for who in self.stop_list:
            self.add_visit(who, pids, s, True, moved=True)
            here[who] = pids
        self.last_team = list(self.stop_list)
        return pids

    def opening_stop(self, s: Sentence, here: dict[str, list[int]], opening: list[int], later: bool = False) -> list[int]:
        """A sentence of a tour opening `在X，` with no one in its clause
        (`opening`, the place ids of X: 在甲溪乡枫树村，村民说…; the paragraph's
        first sentence, or a later one after the party reached an area) where X
        lies in the area the party's latest visit went to (甲溪乡, or the town
        around its stop): the party is at X, a stop of the tour.  A `later`
        sentence counts only after the party reached a whole area (a town, a
        subdistrict): after a stop at an estate, 在六号楼一单元 is a spot inside it.
        The place ids visited; [] when no tour is under way, X is elsewhere, or
        X is visited already."""
        if not opening or not self._residents_speak(s):
            return []
        if not self.last_team:
            return self._first_scene_stop(s, here, opening, later)
        tour = [v for v in self.visits if v.official == self.last_team[0] and not v.headline]
        if not tour:
            return []
        latest = [v.place for v in tour]
        last = latest[-1]
        units = all(self.places.nodes[p].level == "community" for p in opening)
        if later and self.places.nodes[last].level not in AREAS and not units and not self._units_of_stop(last, opening):
            return []  # (a spot inside the stop: 在六号楼一单元 after an estate; a village or community is a stop)
        # the areas the latest move went to together (先后深入A镇、B苏木和C苏木): each holds stops
        in_areas = [v for v in tour if self.places.nodes[v.place].level in AREAS]
        told = {v.place for v in in_areas if v.start == in_areas[-1].start} if in_areas else set()
        areas = {last} | told | {a for a in self.places.ancestors(last) if self.places.nodes[a].level == "subdistrict"}
        # a paragraph opening at another community beside the last one (the same named
        # parents, or none): the tour's next stop, as 走访社区 leads one to expect
        # (or a later sentence after one so told in this paragraph: 在甲社区，居民反映…。
        # 在乙社区，居民反映…, a tour told stop by stop)
        told_so = not later or tour[-1].start >= self.paragraph_start and self.text.startswith("在", tour[-1].start)
        beside = told_so and units and self.places.nodes[last].level == "community" \
            and all(self.places.ancestors(p) - {p} == self.places.ancestors(last) - {last}
                    or not later and self._another_area_of_rank(p, last) for p in opening)
        if not (beside or all(areas & self.places.ancestors(p) for p in opening)) or any(p in latest for p in opening):
            return []
        self.nest_at_latest_unit(self.last_team, opening)
        for who in self.last_team:
            self.add_visit(who, opening, s, True)
            here[who] = list(opening)
        return list(opening)

    def _another_area_of_rank(self, pid: int, last: int) -> bool:
        """Does the community or village `pid` lie in a town or subdistrict other than
        the one holding the tour's last stop `last`, both written (在白云乡金竹村，
        村民提出… opening a paragraph after a stop at 青山镇柏树村): the tour moved
        on to the next town, as a paragraph told stop by stop does.  Not a later
        sentence of a paragraph (the caller asks only for its first).  Shapes in
        tests/test_lead38.py (the registry is the reader's)."""
        up, last_up = self.places.nodes[pid].parent, self.places.nodes[last].parent
        return up is not None and last_up is not None and up != last_up \
            and self.places.nodes[up].level == self.places.nodes[last_up].level == "subdistrict"

    def _units_of_stop(self, last: int, opening: list[int]) -> bool:
        """Are the places `opening` (a later sentence's `在X，` where residents speak)
        units people live in inside the community or village `last` the party is at
        (`lies_in_unit`: a villagers' group, a natural village, a housing estate;
        or a named heritage site, `heritage_site`), as the units entered there are
        (`_named_site_in_community`)?  Then the residents speak at that unit, a
        stop of its own, and its issues are filed there, not at the village:
        `来到柳溪村。在柳溪村3组，村民反映…` → 柳溪村3组.  Not a spot inside an
        estate (在六号楼一单元: no unit) nor after a stop at a site.
        Source: LEFTOVERS32 item 3 (the paragraph's first sentence already read so)."""
        if self.places.nodes[last].level != "community":
            return False
        return all(
            last in self.places.ancestors(p) and p != last and self.places.nodes[p].level == "site"
            and (lies_in_unit(self.places.nodes[p].type, self.places.nodes[p].name) or heritage_site(self.places.nodes[p].name))
            for p in opening
        )

    def _first_scene_stop(self, s: Sentence, here: dict[str, list[int]], opening: list[int], later: bool) -> list[int]:
        """The first stop of a tour whose lede named no place (`区长X带队走访社区…。
        在甲社区，居民反映…`): the report's lead official, with no visit yet, is at
        the community or site `opening` where residents speak.  [] for a later
        sentence of a paragraph, unless the tour was told earlier in that
        paragraph (`_tour_told_before`), or when someone has a visit already."""
        if any(not v.headline for v in self.visits):
            return []
        lead = self.lead()
        if lead is None or self.officials[lead].first > s.start:
            return []  # (在X村，村民说… before anyone is named: no tour is under way yet)
        if later and not self._tour_told_before(lead, s):
            return []
        self.add_visit(lead, opening, s, True)
        here[lead] = list(opening)
        self.last_team = [lead]
        return list(opening)

    def _tour_told_before(self, lead: str, s: Sentence) -> bool:
        """Was the tour of official `lead` told earlier in the paragraph of sentence
        `s`, with no place: the lead named in a sentence before `s`, a verb setting
        out on a tour (`_tour_verbs`: move or inspect) after the name in that sentence
        (`区委书记甲到辖区各社区走访调研。在乙社区，居民反映…`: the first
        stop, as when the lede is a paragraph of its own).  A sentence telling
        something else (甲主持召开会议。在乙社区，…) tells no tour."""
        first = self.officials[lead].first
        if not self.paragraph_start <= first < s.start:
            return False
        end = SENTENCE_END.search(self.text, first, s.start)
        return _tour_verbs().search(self.text, first, end.start() if end else s.start) is not None

    def nest_at_latest_unit(self, team: list[str], pids: list[int]) -> None:
        """A housing estate where the party is present (`在Y小区，居民反映…`,
        `走进X社区，在Y小区察看…`) right after its latest visit went to a
        community lies in that community, when the estate was written without
        one (its parent, if any, an area around the community: the tour's
        subdistrict).  The estate is the stop, the community frames it
        (`resolve.drop_coarse_visits`).  Source: STOPS26 (a visit and its
        issues filed at the community around the estate the party stood in).

        So at a farm run as a settlement (`_at_settlement`): its estates and
        its units (第三管理区) lie in it.

        Shapes: 来到X街道Z社区。在Y小区，居民反映… → Y小区 ⊂ Z社区;
        到X农场，走访第三管理区 → 第三管理区 ⊂ X农场;
        not 来到Z社区。随后来到Y小区 (a move may leave the community).  The
        community's visit, made a stop by a look around only (察看), is no stop
        of its own then: what was looked at is told at the estate."""
        latest = [v.place for v in self.visits if team and v.official == team[0] and not v.headline]
        if not latest:
            return
        unit = latest[-1]
        settlement = self._at_settlement([unit])
        if self.places.nodes[unit].level != "community" and not settlement:
            return
        around = self.places.ancestors(unit)
        nested = False
        for pid in pids:
            node = self.places.nodes[pid]
            inner = lies_in_unit(node.type, node.name) or settlement and node.level == "community"
            if inner and pid not in around and (node.parent is None or node.parent in around):
                node.parent = unit
                nested = True
        if not nested:
            return
        # 来到X社区，察看老旧小区改造情况。在Y小区，…: a look at the community's estates (an
        # estate's type word in what was looked at) was the look at the estate told next; the
        # community stays a stop of its own for what was done there (座谈, 听取: activity
        # verbs) or looked at in it (察看了垃圾分类点), and when it received the party
        for v in self.visits:
            if v.official in team and v.place == unit and v.stop and not _activity().search(self.text, v.start, v.end) \
                    and _estate_words().search(self.text, self._written_end(unit, v), v.end):
                v.stop = False

    def _written_end(self, pid: int, v: VisitRecord) -> int:
        """Where place `pid` is last written in the sentence of visit `v` ends (its start when it is not)."""
        ends = [i + len(w) for w in self.places.nodes[pid].written if (i := self.text.rfind(w, v.start, v.end)) >= 0]
        return max(ends, default=v.start)

    def _parts_of_site(self, at: list[int], chunks: list[PlaceChunk]) -> bool:
        """Are `chunks`, looked at where the party is (`at`, a site among them),
        single districts by their type word (水产区, 熟食区)?  A district never
        lies inside a site: they are its sections."""
        return any(self.places.nodes[p].level == "site" for p in at) \
            and all(len(c.segments) == 1 and c.leaf.level == "district" for c in chunks)

    def _written_after(self, pids: list[int], pos: int, end: int) -> bool:
        """Is one of the places `pids` written in text[pos:end]?"""
        return any(self.text.find(w, pos, end) >= 0 for p in pids for w in self.places.nodes[p].written)

    def _residents_speak(self, s: Sentence) -> bool:
        """Do residents speak or raise something in sentence `s` (a word of
        `issue_raisers.txt`, then within a few characters a verb of
        `issue_speech_verbs.txt` or `issue_acts.tsv`: 村民说, 居民们反映), or a
        cadre the reader names no official (a title, a name, the verb: 嘎查达X说;
        the caller reads sentences with no actor)?  People met there tell the
        party is at the place; people seen at work (果农们正忙着采摘) do not."""
        return _residents_speaking().search(self.text, s.start, s.end) is not None \
            or _cadre_speaking().search(self.text, s.start, s.end) is not None

    def _opening_place(self, chunks: list[PlaceChunk], context: list[int], end: int) -> list[int]:
        """A paragraph opening `在X，` with no one in the clause (在X社区的Y片区，
        改造项目已进入收尾阶段。): the report is at X, and a party looking
        around (察看) later in the paragraph is there.  The most specific
        place ids when they are a community or a site and the clause closes
        after X (`_clause_open`); [] otherwise (在X期间, 在X的带动下)."""
        if not _clause_open().match(self.text, chunks[-1].end, end):
            return []
        pids = self.places.most_specific([self.places.add(c, self._holder(context)) for c in chunks])
        return pids if all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids) else []

    def stop_told_again(self, venue: list[int], s: Sentence, place_end: int) -> list[str]:
        """The party that reaches `venue` again in `s`, a sentence opening `在X，` (X
        ending at `place_end`) with no one in its clause and a meeting told after it
        (`_opening_place`; `issue_meeting_words.txt`: 随后，在X，一场议事会正在进行。): the
        latest party (`last_team`), when each of them was already recorded at every
        place of `venue` outside the headline (先后走访A和X，… told in the lede) and
        the latest visit before `s` was not to X alone.  The report walks its lede's list
        stop by stop, and this sentence is at X: the stop becomes the report's scene,
        so raisings told in the paragraphs after it (at a forum set there) stay at X
        instead of going back to the stop described before.  [] otherwise: a place
        the party never went to is a scene of its own (`scene_venue`), no visit.

        Shapes: `先后走访A照护之家和B服务中心。…A照护之家设有…。\\n随后，在B服务中心，
        一场议事会正在进行。\\n居民甲说，…` -> the party of the lede (B is the scene of the
        next paragraph); `在C小区，…` with C never visited -> [].
        Source: PLACEB33 (p97: a forum at the lede's second stop, raisings in the next
        paragraph, filed at the facility described before it)."""
        if not self.last_team:
            return []
        if not pattern("issue_meeting_words.txt").search(self.text, place_end, s.end):
            return []  # (在X，改造已收尾: a scene, told by no one; the party is not said to be there)
        told = [v for v in self.visits if v.start < s.start and not v.headline]
        if not told or set(venue) == {v.place for v in told if v.start == told[-1].start}:
            return []  # (the party is there already, and only there: nothing is told again)
        return [who for who in self.last_team if all(any(v.official == who and v.place == p for v in told) for p in venue)]

    def _named_site_in_community(self, at: list[int], chunks: list[PlaceChunk]) -> bool:
        """`在云锦居民区，他走进云锦苑`: at a community (not yet at a site in
        it), the named housing estates entered are the stops; the community
        only frames them (`drop_coarse_visits`).  Its facilities looked at
        (走进新华食堂、阳光书屋) are a look around the community itself.  So at
        a farm run as a settlement (`_at_settlement`: 到X农场，走访第三管理区和
        场部Y小区): its named estates and its units (a management area) are the stops.
        So is a named memorial or heritage site (`heritage_site`: 来到X村，参观Y旧址,
        the most specific place of the stop; LEFTOVERS32)."""
        levels = {self.places.nodes[p].level for p in at} & INSIDE_LEVELS
        unit_ok = self._at_settlement(at)
        named = [has_proper_part(c.leaf.text) and (lies_in_unit(c.leaf.type, c.leaf.text) or heritage_site(c.leaf.text)
                                                   or unit_ok and c.leaf.level == "community")
                 for c in chunks]
        # (a named estate listed with the community's facilities, 走进X小区和社区托育服务中心:
        # the estate makes the list a round of stops, the facilities with it; FAULTS36_p118)
        estate = any(c.leaf.type == "HousingEstate" and has_proper_part(c.leaf.text) for c in chunks)
        return (
            (levels == {"community"} or unit_ok)
            and (all(named) or estate)
            # (察看背街小巷整治成效: the place only qualifies the object; but a list goes on after a
            # stop, 走进X小区和社区托育中心: an item the grammar could not read follows, no object.
            # FAULTS36_p118: the estate of such a list was lost, its community kept)
            and (not name_window(self.text, chunks[-1].end) or LIST_SEP.match(self.text, chunks[-1].end) is not None
                 # 查看福兴小区老旧小区改造项目: a work done on a named estate is done where the estate is,
                 # the stop (`place_work_words.txt`: a generic work after a named place is the place's)
                 or estate and work_after(self.text, chunks[-1].end))
        )

    def _at_settlement(self, at: list[int]) -> bool:
        """Is the party at a site only, a farm run as a settlement of its own (its
        type word in `place_settlement_enterprises.txt`: 七星农场, 青松林场)?"""
        nodes = [self.places.nodes[p] for p in at]
        return bool(nodes) and all(
            n.level == "site" and n.name.endswith(words("place_settlement_enterprises.txt")) for n in nodes
        )

    def hosted_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A place receiving officials: `樟园社区迎来了区委书记A一行`,
        `X社区党委接待了…` — a place opens the clause (after sequence words),
        at most a few words of its organ or people follow (党委, 干部群众), then a
        host verb (`visit_host_verbs.txt`), then a named official: that
        official (and those listed with them) visits the place.  The place ids
        visited; [] when the sentence has no such frame."""
        made: list[int] = []
        for m in pattern("visit_host_verbs.txt").finditer(self.text, s.start, s.end):
            after = [a for a in actors if a.kind in ("name", "group") and a.start >= m.end()]
            if not after or HOST_GAP_TO_OFFICIAL.search(self.text, m.end(), after[0].start):
                # X迎来代表接待日: an event the place hosts, no official received in
                # the sentence; the officials then named taking part in it join
                chunks = self._host_place(s, m)
                if chunks and not after:
                    self.brought_to = self.places.most_specific([self.places.add(c, self._holder(context)) for c in chunks])
                    self.brought_in = s.paragraph
                continue  # (an official after it belongs to another clause)
            if after[0].kind == "name" and self.officials[after[0].name].accompanying:
                continue
            chunks = self._host_place(s, m)
            if not chunks:
                continue
            if after[0].kind == "group":  # X接待了检查组一行: the party
                team = self.subject(actors, after[0].end)
            else:
                team = [after[0].name]
                for a, b in zip(after, after[1:]):
                    if a.kind != "name" or b.kind != "name" or not self._listed_together(a, b):
                        break
                    team.append(b.name)
            if not team:
                continue
            # received there (a community, a facility), the officials made a stop of their own, kept
            # beside stops inside it (锦漪社区迎来了调研组一行, then 在锦漪社区的X小区); a town receiving is a container
            made += self._team_visits(team, chunks, s, here, context, moved=True, received=True)
        return made

    def _host_place(self, s: Sentence, verb: re.Match) -> list[PlaceChunk]:
        """The places opening the clause of the host verb `verb` (after sequence
        words), with at most a few words of their organ or people before the
        verb (`HOST_GAP`); [] when the clause does not open with a place."""
        clause = max([s.start, *(p.end() for p in CLAUSE_BREAK.finditer(self.text, s.start, verb.start()))])
        at = _sequence_lead().match(self.text, clause, verb.start()).end()
        chunks = self._without_people(parse_list(self.text, at, verb.start()) or [c for c in [self.tagged(at, verb.start())] if c])
        if not chunks or not HOST_GAP.fullmatch(self.text, chunks[-1].end, verb.start()):
            return []
        return chunks

    def _without_people(self, chunks: list[PlaceChunk]) -> list[PlaceChunk]:
        """`chunks` up to the first one holding a person: an official's name
        (陈某要求街道) or residents speaking (也有选民询问联络站) is a clause the
        grammar ran over, no place's name; the list ends before it."""
        for k, c in enumerate(chunks):
            if any(a.kind == "name" for a in self.index.in_span(c.start, c.end)) or _residents_speaking().search(self.text, c.start, c.end):
                return chunks[:k]
            if qualifies_person(self.text, c.end):
                return chunks[:k]  # 石门村村民李秀兰说: the speaker's home, no place the paragraph is about
        return chunks

    def ordinal_stop_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A stop told by its rank in the tour: `调研的第一站是X`, `首站：X`,
        `X是此次调研的最后一站` (`ORDINAL_STOP`, after or before the place):
        the officials of the clause (or the party touring) visit X.  The place
        ids visited ([] when the sentence has no such frame)."""
        made: list[int] = []
        for m in ORDINAL_STOP.finditer(self.text, s.start, s.end):
            after = ORDINAL_LINK.match(self.text, m.end(), s.end)
            chunks = parse_list(self.text, after.end(), s.end) if after else []
            if not chunks:  # X是…的最后一站: the place opens the clause
                clause = max([s.start, *(p.end() for p in CLAUSE_BREAK.finditer(self.text, s.start, m.start()))])
                at = _sequence_lead().match(self.text, clause, m.start()).end()
                chunks = parse_list(self.text, at, m.start())
                link = chunks and ORDINAL_BEFORE.fullmatch(self.text, chunks[-1].end, m.start())
                if not link:
                    continue
            team = self.subject(actors, s.end)
            if team:
                made += self._team_visits(team, chunks, s, here, context, moved=True)
        return made

    def entered_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A place told of, then entered with no object (`_entered`: 听说X院是一个没有物业的
        院落，他径直走了进去): the officials of the verb's clause visit the last named
        community or site written in the sentence before it.  The place ids visited
        ([] when the sentence has no such frame, no official does it, or no named
        place stands before it).  Source: FAULTS37_p116."""
        m = _entered().search(self.text, s.start, s.end)
        if not m:
            return []
        team = self.subject(actors, m.start())
        if not team:
            return []
        # (the first named place of the last clause naming one: X院是一个没有物业的“三无”院落
        # tells of X, what follows 是 describes it)
        # A name starts a clause or follows 的 (社区里的X院); one the analyser reads as a
        # clause (听说社区) or a quoted label (“三无”院落) names no place
        last, i, clause = None, s.start, -1
        while i < m.start():
            opens = i == s.start or self.text[i - 1] == "的" or CLAUSE_BREAK.match(self.text, i - 1)
            chunk = parse_at(self.text, i, m.start()) if opens and self.text[i] not in "“\"" else None
            if chunk and chunk.end > i:
                at = len(CLAUSE_BREAK.findall(self.text, s.start, i))
                if chunk.leaf.level in INSIDE_LEVELS and is_named(chunk.segments) and at > clause \
                        and not reads_as_clause(analysed_around(self.doc, chunk.start, chunk.end), self.text, chunk.start, chunk.end):
                    last, clause = chunk, at
                i = chunk.end
            else:
                i += 1
        if last is None:
            return []
        return self._team_visits(team, [last], s, here, context, moved=True)

    def heading_stop_visits(self, s: Sentence, here: dict, context: list[int]) -> list[int]:
        """A section heading that opens with a place, in a report whose party is
        touring (`■ X社区：物业换出一堆事`, `【X小区】`, `二、X村：…`, `X食堂｜…`):
        the heading is a line of its own with no sentence end (`SECTION_HEADING`),
        or a line opened by a bullet, a bracket or a section number that runs on
        (`MARKED_OPENING`: `■ X社区：居民说，…`),
        its place is a community or a site (not the report's headline, not a
        district or a town: `X区：区长走社区` titles the report), and the party
        of the latest visit goes there, as with `第一站：X` (or, before any visit,
        the party that set out with a visit verb naming no place: `到基层调研。`).  The place ids
        visited ([] when `s` is no such heading).

        >>> # after "区长梁振华来到友谊路街道。", the line "■ 平江里社区：物业换帅" -> [id of 平江里社区]
        """
        team = self.last_team or self.touring
        if not team or s.paragraph == self.headline:
            return []
        line = SECTION_HEADING.fullmatch(self.text, s.start, s.end)
        body = HEADED_BODY.match(self.text, s.end)
        if not line or not body or not SENTENCE_END.search(body.group(1)):
            # a heading heads a section of sentences (a page's footer line heads nothing);
            # or, opened by a bullet, a bracket or a section number, it runs on in the
            # same line (■ X社区：居民王阿姨说，…)
            at_line_start = s.start == 0 or self.text[s.start - 1] == "\n"
            line = MARKED_OPENING.match(self.text, s.start, s.end) if at_line_start else None
            # 地点：X社区Y小区（现场接访）: a record's place field, on a line of its own
            field = None if line or not at_line_start else record_place_field().match(self.text, s.start, s.end)
            line = line or field
            if not line:
                return []
        else:
            field = None
        if field and self._entry_names_people(s.end):
            return []  # 地点：X / 接访领导：甲: the entry's own people are there (record_people_visits)
        chunks = parse_list(self.text, line.end("marker"), s.end)
        if not chunks or not field and not HEADING_AFTER_PLACE.match(self.text, chunks[-1].end, s.end) and chunks[-1].end != s.end:
            return []
        if field:
            # 地点：X社区党群服务中心接待室: an entry held at a unit's own facility is held at
            # the unit (as 在社区党群服务中心召开的议事会上 is, `unit_office`): the stop is the unit
            chunks = [PlaceChunk(c.start, c.end - len(c.leaf.text), c.segments[:-1])
                      if c.leaf.type == "Facility" and len(c.segments) > 1 else c for c in chunks]
        if not all(c.leaf.level in INSIDE_LEVELS and is_named(c.segments) for c in chunks):
            return []
        if any(reads_as_clause(analysed_around(self.doc, c.start, c.end), self.text, c.start, c.end) for c in chunks):
            return []  # 备案号：…ICP备…: a page's footer label, not a place (the analyser reads a verb; 建设村 is a name)
        return self._team_visits(list(team), chunks, s, here, context, moved=True)

    def _entry_names_people(self, pos: int) -> bool:
        """Does a line below `pos`, in the same entry of a record (no blank line
        between), open with a people field (`record_people_field`: 接待代表：…)?"""
        brk = ENTRY_BREAK.search(self.text, pos)
        block_end = brk.start() if brk else len(self.text)
        at = self.text.find("\n", pos, block_end)
        while at >= 0:
            if record_people_field().match(self.text, at + 1, block_end):
                return True
            at = self.text.find("\n", at + 1, block_end)
        return False

    def record_people_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """A record written as a list of entries, each a block of field lines
        (接待时间：…/接待地点：X/接待代表：区人大代表甲、乙/反映问题：…): the line
        `s`, opened by a people field (`record_people_field`), names the officials
        who held the entry, and they are at the place of the entry's place field
        (`record_entry_place_field`, the nearest such line above `s` with no blank
        line between).  The place is kept as written (a station, a workroom): the
        entry was held there.  The place ids visited ([] when `s` is no such line,
        names no official, or its entry has no named place of community or site
        level).  Source: FAULTS35_p108 (a quarterly reception record gave no visit
        at all: its officials are named after the place, on a line of their own).

        >>> # lines "接待地点：东湖街道人大代表联络站" / "接待代表：区人大代表王明远" -> [id of the station]
        """
        if s.start and self.text[s.start - 1] != "\n":
            return []
        people = record_people_field().match(self.text, s.start, s.end)
        team = list(dict.fromkeys(a.name for a in actors if people and a.kind == "name" and a.start >= people.end("marker")))
        if not team:
            return []
        field, pos = None, s.start
        while pos > 0 and field is None:  # up the entry's lines, to its blank line
            line_start = self.text.rfind("\n", 0, pos - 1) + 1
            if not self.text[line_start : pos - 1].strip(" \t\u3000"):
                break
            field = record_entry_place_field().match(self.text, line_start, pos - 1)
            pos = line_start
        if field is None:
            return []
        end = self.text.find("\n", field.end())
        chunks = parse_list(self.text, field.end("marker"), end if end >= 0 else len(self.text))
        if not chunks or not all(c.leaf.level in INSIDE_LEVELS and is_named(c.segments) for c in chunks):
            return []
        self.record_people.update(team)
        return self._team_visits(team, chunks, s, here, context, moved=True)

    def along_visits(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """`A沿着清水河堤察看了…`, `沿湖滨路步行察看`: a walk along a named
        dyke, road or path (`ALONG`), then a visit verb within a few
        characters, is a stop at it.  The place ids visited ([] when none)."""
        made: list[int] = []
        for m in ALONG.finditer(self.text, s.start, s.end):
            written = parse_list(self.text, m.end(), s.end)
            chunks = written or [c for c in [self.tagged(m.end(), s.end) or self.route_before_extent(m.end(), s.end)
                                             or self.road_walked(m.end(), s.end)] if c]
            if not chunks:
                continue
            walk = ALONG_TO_VERB.match(self.text, chunks[-1].end, s.end)
            verb = walk and next(verb_matches(self.text, walk.end(), min(s.end, walk.end() + 4)), None)
            if verb is not None and verb.start() == walk.end() and _visit_verbs()[1].get(verb.group(0)) == "move" \
                    and self.visited_places(object_start(self.text, verb), s.end):
                continue  # 沿着X街拐进Y巷, 沿X路来到Y村: the way leads to the stop (the verb's own place), no stop itself
            if verb is not None and verb.start() == walk.end():
                team = self.subject(actors, m.start())
            else:
                team = self._walker_after(s, actors, m.start(), chunks[-1].end)
            if not team:
                continue
            if not written and (self.sentence_places.get(s.start) or any(here.get(w) for w in team)) \
                    and not LEFT.search(self.text, s.start, m.start()) \
                    and pattern("place_road_words.txt", "(?:{})$").search(chunks[-1].text):
                # (离开X，沿着Y路步行察看: the party left the place it was at; the way is outside it,
                # a stop of its own. FAULTS36_p118)
                # 来到X，沿着木栈道察看: a way (ending in a road word) the grammar reads as no place, walked
                # inside the place they are at; a river walked from a village (沿着青溪河) stays a stop
                continue
            made += self._team_visits(team, chunks, s, here, context)
        return made

    def road_walked(self, pos: int, end: int) -> PlaceChunk | None:
        """After 沿(着) at `pos`, one word the analyser reads as a proper noun
        (`ROAD_NAME_TAGS`: a person's, a place's or an organisation's name) that
        ends in a road word (路 街 大街 大道), and then the walk (walk words,
        `visit_walk_words.txt`) and a visit verb: a named road walked
        (沿着索X路步行察看, the analyser reading the road's name as a person's: no
        one walks along a person).  Common ways (人行道/n, 小区|主干道) are read as
        common nouns and name no road.  The clause is analysed once, only in this shape.
        None otherwise.  Source: FAULTS36_p118 (the back lane walked was lost, and
        what its shopkeepers raised went to the estate left before)."""
        run = ROAD_AFTER_ALONG.match(self.text, pos, end)
        if run is None:
            return None
        walk = ALONG_TO_VERB.match(self.text, run.end(), end)
        verb = next(verb_matches(self.text, walk.end(), min(end, walk.end() + 4)), None)
        if verb is None or verb.start() != walk.end():
            return None
        stop = CLAUSE_END.search(self.text, pos, end)
        analyse_spans(self.doc, [(pos, stop.start() if stop else end)])
        toks = tokens_in(self.doc.ext.tokens, pos, run.end())
        if len(toks) != 1 or toks[0].start != pos or toks[0].end != run.end() or toks[0].tag not in ROAD_NAME_TAGS:
            return None
        segs = named_segments(run.group(0))
        return PlaceChunk(pos, run.end(), segs) if segs else None

    def route_before_extent(self, pos: int, end: int) -> PlaceChunk | None:
        """After 沿(着) at `pos`, a named way or water written before a word of extent
        (`visit_along_extents.txt`: 沿着青河沿线步行察看, 沿X河沿岸察看): the route
        walked, a place of its own (class Place at site level, as the analyser's
        places are; the extent word no part of its name, as in `来到X路沿线`).
        The extent word draws the analyser to read the name as a common noun
        (青河/n|沿线/n), so the clause is read again without it (沿着青河步行察看),
        and the name counts when that reading tags all of it a place (LOC):
        沿着河道沿线, 沿公路两侧 name no place.  One analyser call, only in this
        shape.  None otherwise.  Source: LEFTOVERS32 item 6 (the walk along 青河沿线
        gave the village visited before as the stop)."""
        ext = pattern("visit_along_extents.txt").search(self.text, pos, min(end, pos + MAX_ROUTE + 2))
        if ext is None or not 2 <= ext.start() - pos <= MAX_ROUTE or not NAME_CHARS.fullmatch(self.text, pos, ext.start()):
            return None
        start = pos
        while start > 0 and not CLAUSE_END.match(self.text, start - 1):
            start -= 1
        stop = CLAUSE_END.search(self.text, ext.end(), end)
        probe = self.text[start:ext.start()] + self.text[ext.end():stop.start() if stop else end]
        at, upto = pos - start, ext.start() - start
        toks = [t for t in tokenize(probe, [(0, len(probe))]) if t.end > at and t.start < upto]
        if not toks or toks[0].start != at or any(t.tag not in PLACE_TAGS for t in toks):
            return None
        segs = named_segments(self.text[pos:ext.start()])
        return PlaceChunk(pos, ext.start(), segs) if segs else None

    def _walker_after(self, s: Sentence, actors: list[Actor], along: int, place_end: int) -> list[str]:
        """`沿着南湾河步道，王明察看了…`: the walk opens the sentence, the
        official opens the next clause (maybe after their title and a few
        adverbs) and a visit verb follows: that official walks it.  [] otherwise."""
        if not _sequence_lead().fullmatch(self.text, s.start, along):
            return []
        rest = _clause_open().match(self.text, place_end, s.end)
        first = next((a for a in actors if rest and a.start >= rest.end()), None)
        if first is None or not TITLE_GAP.fullmatch(self.text, rest.end(), first.start):
            return []
        verb = next(verb_matches(self.text, first.end, min(s.end, first.end + MAX_ADVERBS)), None)
        if verb is None:
            return []
        return self.subject(actors, first.end + 1)

    def _team_visits(self, team: list[str], chunks: list[PlaceChunk], s: Sentence, here: dict, context: list[int],
                     moved: bool = False, received: bool = False) -> list[int]:
        """Register `chunks` (inside the paragraph's administrative place) and
        record `team`'s visit to them; the place ids.  `received`: the places
        received the team, a stop of its own at a community or a site."""
        held = [p for ps in here.values() for p in ps]
        pids = [self.places.add(c, self._holder(held + context)) for c in chunks]
        stop = received and all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids)
        for who in team:
            self.add_visit(who, pids, s, stop, moved=moved)
            here[who] = pids
        self.last_team = team
        return pids

    def _inspection_on(self, s: Sentence, actors: list[Actor], m: re.Match) -> bool:
        """`A带领…，对X和Y周边开展安全检查`: does the `对` at `m` front the places
        an inspection or a visit (a verb of `visit_verbs.tsv`, move or inspect)
        is carried out on, after 开展/进行, with an official before it in the
        sentence?  `对X的意见`, `对此` front no inspection."""
        before = [a for a in actors if a.end <= m.start()]
        if not before or pattern("visit_presence_blockers.txt").search(self.text, before[-1].end, m.start()) \
                or self.modal_before(s, before[-1].end, m.start()):
            return False  # 王明要求，对X开展检查; 将对X开展督导: an instruction or a plan
        chunks = parse_list(self.text, m.end(), s.end)
        if not chunks:
            return False
        gap = FRONTED_TO_ACT.match(self.text, chunks[-1].end, s.end)
        if not gap:
            return False
        stop = CLAUSE_BREAK.search(self.text, gap.end(), s.end)
        verb = _visit_verbs()[0].search(self.text, gap.end(), min(stop.start() if stop else s.end, gap.end() + FRONTED_ACT_REACH + 2))
        return bool(verb) and not verb_blocked(self.text, verb.start())

    def _subject_before(self, actors: list[Actor], at: int) -> bool:
        """Does an actor stand right before the `在` at `at`, with at most a
        few adverbs between (王明在, 王明一行随后在, 他还在)?"""
        before = [a for a in actors if a.end <= at]
        return bool(before) and SUBJECT_ADVERBS.fullmatch(self.text, before[-1].end, at) is not None

    def scene_here(self, pos: int) -> PlaceChunk | None:
        """A deictic word of place (`place_deictic_words.txt`: 这里, 此地) at `pos`, after a
        visit verb, naming the scene the visitors come into: the place the sentence right
        before set as a scene with no 在 (`_scene_locative`: `X站里热闹非凡。代表A、B来到
        这里`; its most specific place when the scene wrote several), else the place its
        paragraph opens at (`3月21日晚，X村坡良屯的文化小广场上灯火通明。书记来到这里`:
        the paragraph's first sentence, after its date or sequence words (`_sequence_lead`),
        starts with one named place of community or site level).  Returns the chunk
        spanning the word and holding that place's segments, or None.  Narrower than the
        official's own 在这里 (`referred_here`): after a move verb, 这里 naming any place
        introduced last gave the wrong stop on a sealed report (session 37, taken back).
        Sources: FAULTS38_p125 (a deputies' liaison station, its three visits lost),
        FAULTS38_p123 (a courtyard meeting's scene set first, then the secretary coming to it)."""
        word = deictic_word_at(self.text, pos)
        if word is None:
            return None
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 1:
            before = self.sentence_starts[k - 1]
            set_there = [p for p, at in self.implied_set.items() if at == before]
            if set_there:
                node = self.places.nodes[self.places.most_specific(set_there)[-1]]
                return PlaceChunk(pos, pos + len(word), (Segment(node.name, node.type, node.level),))
        start = self.text.rfind("\n", 0, pos) + 1
        first_end = next((m.end() for m in SENTENCE_END.finditer(self.text, start, pos)), None)
        if first_end is None:
            return None  # (the deictic word in the paragraph's first sentence)
        lead = _sequence_lead().match(self.text, start, first_end)
        chunks = parse_list(self.text, lead.end(), first_end)
        if len(chunks) != 1 or not is_named(chunks[0].segments) or chunks[0].leaf.level not in ("community", "site"):
            return None
        return PlaceChunk(pos, pos + len(word), chunks[0].segments)

    def visited_places(self, pos: int, end: int, tagged: bool = True) -> list[PlaceChunk]:
        """The places written after a visit verb: the grammar's list, with items
        it cannot read (no type word on the list: 锦绣华庭) taken from the
        lexical analyser (`tagged_places.tagged_place`) when `tagged`.  Not in a
        headline: it names the trip in short (赴北京调研), where a bare LOC
        word is a city, not a stop."""
        found: list[PlaceChunk] = []
        at = pos
        while True:
            chunks = parse_list(self.text, at, end)
            company = None if chunks else company_at(self.text, at, end, self.places)
            if (not chunks or opens_with_group(chunks[0])) and (village_group := group_at(self.text, at, end, self.places, visited=at == pos)):
                chunks = [village_group]  # 来到西来村，走访3组、5组: the groups of the village named before
            if not chunks and (facility := own_facility_at(self.text, at, end, self.places)) \
                    and not found and not LIST_SEP.match(self.text, facility.end):
                # 又去了村卫生室: the facility of the village named before; not one of a list of
                # generic places looked at (察看了社区服务中心、幼儿园和卫生服务站: tests/test_place33)
                chunks = [facility]
            if company:
                chunks = [company]  # 走访三连、十一连: the companies of the regiment named before
            if not chunks and (ref := back_referenced(self.text, at, end, self.places, tuple(g for c in found for g in c.segments))) \
                    and (ref.segments[0].level == "site" or not BARE_TO.search(self.text, max(0, at - 2), at)):
                # 来到金穗农场，察看了农场职工医院、北坡居民点: the bare type word names the farm again;
                # the items after it lie in the farm too
                sep = LIST_SEP.match(self.text, ref.end, end)
                rest = parse_list(self.text, sep.end(), end) if sep else []
                chunks = [ref] + [PlaceChunk(c.start, c.end, ref.segments[:-1] + c.segments) if len(c.segments) == 1 else c for c in rest]
            if not chunks and at == pos and (ref := referred_by_word(self.text, at, end, self.places)):
                chunks = [ref]  # 也来到该站协助接待, 随后来到同村: the place of that type named last
            if not chunks and at == pos and (ref := self.scene_here(at)):
                chunks = [ref]  # X站里热闹非凡。代表A来到这里 / X屯的小广场上灯火通明。书记来到这里
            if not chunks and at == pos and (ref := referred_by_locative(self.text, at, end, self.places)):
                chunks = [ref]  # 兴隆路12号院里，…代表来到院里: the place named last whose name ends so
            if not chunks and (modifier := MODIFIER_OF.match(self.text, at, end)):
                # 来到正在建设中的X小学, 新建成的Y公园: a short modifier + 的, then a named place
                # (as the first item or a later one: A、B和正在建设的C口袋公园)
                chunks = parse_list(self.text, modifier.end(), end)
            if not chunks and tagged:
                # after a place and a list separator, an organisation's name is the next stop too
                # (来到翠湖湾、碧水云天: LAC may tag an estate's brand name ORG)
                listed = at > pos
                one = self.tagged(at, end, listed) or self.tagged_located(at, end) or self.named_elsewhere(at, end)
                chunks = [one] if one else []
            if not chunks and tagged:
                # 来到翠湖天地、碧桂园和…: an item neither reads (one short name) is
                # passed over when the list goes on after it
                skip = UNREAD_ITEM.match(self.text, at, end)
                if skip and (not name_window(self.text, at, end).startswith(skip.group(0))
                             or (seg := segment(skip.group(0))) and is_named(seg)):
                    skip = None  # 察看了X和Y: a verb or a stop word is no name
                sep = skip and LIST_SEP.match(self.text, skip.end(), end)
                if sep:
                    at = sep.end()
                    continue
            chunks = self.read_as_places(chunks)
            if not chunks:
                return found
            if any(len(c.segments) == 1 and c.leaf.level not in ADMIN and written_as_class(self.text, c.leaf.text) for c in chunks):
                return found  # 走访弃管小区 where the report counts 部分弃管小区: a class of places, no stop
            quoted = quoted_inside(self.text, chunks[-1], end)
            if quoted is not chunks[-1]:
                chunks[-1] = quoted
            elif tagged and not company:  # (a company's name ends at 连: 三连和团部X社区 lists the next stop)
                chunks[-1] = self.inner_tagged(chunks[-1], end)
            found += chunks
            sep = LIST_SEP.match(self.text, chunks[-1].end, end)
            if not sep:
                return found
            at = sep.end()

    def read_as_places(self, chunks: list[PlaceChunk]) -> list[PlaceChunk]:
        """The `chunks` the analyser reads as places (`place_check.clause_cut`):
        a clause the grammar read as a name ending in a one-character type word
        (交由镇, 长者食堂排队) is left out or cut back to the place it holds.
        Only such chunks are analysed (a longer type word ends no verb)."""
        kept = []
        for chunk in chunks:
            if any(len(seg.text) > SHORT_TYPE and (hit := suffix_at(seg.text, len(seg.text))) and hit[0] == SHORT_TYPE
                   for seg in (chunk.segments[0], chunk.leaf)):
                chunk = clause_cut(analysed_around(self.doc, chunk.start, chunk.end), self.text, chunk)
            if chunk is not None and self.index.phrase_over(chunk.start, chunk.end):
                continue  # 陈刚|村支书: an official's name before a village title, no village 陈刚村
            if chunk is not None:
                kept.append(chunk)
        return kept

    def inner_tagged(self, chunk: PlaceChunk, end: int) -> PlaceChunk:
        """`来到梅岭镇青龙湾`, `梅岭镇的青龙湾`: an administrative place the
        grammar read, then (maybe after 的) a place only the analyser names:
        that place, inside the first.  `chunk` unchanged otherwise."""
        if chunk.leaf.level not in ADMIN:
            return chunk
        at = chunk.end + (1 if self.text.startswith("的", chunk.end) else 0)
        inner = self.tagged(at, end) if NAME_CHARS.match(self.text, at, end) else None
        if inner is None and at == chunk.end and NAME_CHARS.match(self.text, at, end):
            inner = self.phrase_after(chunk.start, at, end)  # 青溪镇万亩梯田，: the object goes on into a site
        if inner is None or len(inner.text) < 3:
            return chunk  # (two characters after a town are as often a word as a name)
        return PlaceChunk(chunk.start, inner.end, chunk.segments + inner.segments)

    def phrase_after(self, start: int, pos: int, end: int) -> PlaceChunk | None:
        """`tagged_places.noun_phrase_after` on the clause (analysed on demand)."""
        stop = CLAUSE_END.search(self.text, pos, end)
        stop = stop.end() if stop else end
        analyse_spans(self.doc, [(start, stop)])
        return noun_phrase_after(tokens_in(self.doc.ext.tokens, start, stop), self.text, start, pos, stop)

    def named_elsewhere(self, pos: int, end: int) -> PlaceChunk | None:
        """`来到街道人大代表工作站` when the report writes `雁鸣路街道人大代表工作站`
        elsewhere (before or after): a generic place written in short is the
        one named place whose written name ends with it; of several such names,
        the one written last before `pos` (a subtitle's `——X区人大代表联络站工作见闻`
        names the district's stations, the lede's `Y街道人大代表联络站门口` the one
        the officials then come to: FAULTS34, p102).  None when the place at `pos`
        is named, is no place, or no such full name is written (or several, none
        of them before `pos`)."""
        window = name_window(self.text, pos, end)
        short = next((parse for k in range(len(window), 2, -1) if (parse := segment(window[:k]))), None)
        if short is None:
            # a type word alone (来到服务中心, 来到联络站 after X街道人大代表联络站): its own full name
            written = next((window[:k] for k in range(len(window), 1, -1) if (hit := suffix_at(window, k)) and hit[0] == k), None)
            short = ()
        elif is_named(short):
            return None
        else:
            written = "".join(seg.text for seg in short)
        if not written:
            return None
        if short and written_as_class(self.text, written):
            return None  # 调研民生项目 where the report counts 民生项目312个: a class of works, no named one (FAULTS35_p106)
        full = self.full_names.get(written)
        if full is None:
            full = self.full_names[written] = self._written_in_full(short, written)
        if len(full) == 1:
            return PlaceChunk(pos, pos + len(written), next(iter(full)))
        before = [(max(at for at in ats if at < pos), segs) for segs, ats in full.items() if any(at < pos for at in ats)]
        if not before:
            return None
        return PlaceChunk(pos, pos + len(written), max(before)[1])

    def _written_in_full(self, short, written: str) -> dict[tuple, list[int]]:
        """The segments of each named place the report writes ending in the
        generic words `written` (`short`, their parse), with the positions where
        its name starts each time: `named_elsewhere`'s scan."""
        full: dict[tuple, list[int]] = {}
        for m in re.finditer(re.escape(written), self.text):
            reach = NAME_REACH
            if not short:
                # a type word alone (联络站): the generic words written before it in the full name
                # (X小区人大代表家门口联络站) are no part of the proper name's reach.  FAULTS35_p108
                reach += next((m.start() - k for k in range(max(0, m.start() - GENERIC_REACH), m.start())
                               if covered(self.text[k : m.start()])), 0)
            for start in range(max(0, m.start() - reach), m.start()):
                if not name_may_start(self.text, start):
                    continue
                chunk = parse_at(self.text, start, m.end())
                # a named place around it, then the generic words (雁鸣路街道|人大代表工作站), or
                # words of which they are the end (桐湾街道|人大代表联络站 for 联络站)
                last = chunk.segments[-1].text if chunk else ""
                # (a type word alone: only a generic place ends so, 枫桥街道|党群服务中心 for 服务中心)
                if (
                    chunk and chunk.end == m.end() and len(chunk.segments) > len(short)
                    and (written.endswith(last) or last.endswith(written) and (short or not has_proper_part(last)))
                    and is_named(chunk.segments[:1])
                ):
                    full.setdefault(chunk.segments, []).append(start)
                    break
        return full

    def tagged_located(self, pos: int, end: int) -> PlaceChunk | None:
        """`来到位于城东的锦江大酒店`: the analyser's place after `位于/地处…的`."""
        located = pattern("place_located_verbs.txt").match(self.text, pos, end)
        of = located and LOCATED_OF.match(self.text, located.end(), end)
        return self.tagged(skip_determiner(self.text, of.end(), end), end) if of else None

    def tagged(self, pos: int, end: int, listed: bool = False) -> PlaceChunk | None:
        """The analyser's place at `pos` (its clause is analysed on demand);
        `listed`: it follows another place in a list, where an organisation's
        name stands for a place too (`tagged_place`'s `LISTED_TAGS`)."""
        if not NAME_CHARS.match(self.text, pos, end) or not may_name_at(self.text, pos):
            return None  # (before the clause is analysed: no name can start here)
        start = pos
        while start > 0 and not CLAUSE_END.match(self.text, start - 1):
            start -= 1
        stop = CLAUSE_END.search(self.text, pos, end)
        stop = stop.end() if stop else end
        analyse_spans(self.doc, [(start, stop)])
        tags = LISTED_TAGS if listed else PLACE_TAGS
        return tagged_place(tokens_in(self.doc.ext.tokens, pos, stop), self.text, pos, stop, tags)

    def area_facility(self, pos: int, end: int) -> PlaceChunk | None:
        """`镇社区综合为老服务中心`, `街道社区党建服务中心`, `苏木便民服务中心`: an
        area's type word (`_area_words`: 街道, 镇, 乡, 苏木) opening a generic facility's name (generic
        words and type words only, ending in a facility's type word) names that
        area's facility: the area is the one of that kind the report visited
        last (else the one last written before, in a post too), and the
        facility a site in it, a stop of its own (the golds name it so:
        X街道社区党建服务中心).  A room (街道会议室) is no facility.  None otherwise.
        Read only after an official's own 在 (`read_paragraph`): after a visit
        verb the phrase is as often a complaint's words (到乡卫生院看病).

        >>> # after 来到豫园路街道: 在街道社区党建服务中心开展… -> 豫园路街道 + 社区党建服务中心
        """
        word = _area_words().match(self.text, pos, end)
        if not word:
            return None
        window = name_window(self.text, word.end(), end)
        cut = next((e for e in range(len(window), 1, -1) if (hit := suffix_at(window, e)) and hit[1] == "Facility" and hit[2] == "site"), None)
        if cut is None or not covered(window[:cut]):
            return None
        if pattern("place_room_words.txt", "(?:{})$").search(window, 0, cut):
            return None  # 社区活动室, 街道会议室: a room, where a meeting is held, no facility of its own
        kind_ = word.group(0)
        areas = [v.place for v in self.visits if self.places.nodes[v.place].kind == kind_]
        if areas:
            node = self.places.nodes[areas[-1]]
            area = (Segment(node.name, node.type, node.level),)
        else:
            area = self.area_written_before(kind_, pos)
        if not area:
            return None
        return PlaceChunk(pos, word.end() + cut, area + (Segment(window[:cut], "Facility", "site"),))

    def _visits_so_far(self, s: Sentence, pos: int) -> list[VisitRecord]:
        """The visits told before text offset `pos`: those recorded, then the units a
        moving verb earlier in sentence `s` takes the party to (来到B社区，在社区党群服务中心
        座谈: B社区, whose visit is recorded only once the sentence is read), so a bare
        type word after the move names the unit just reached, not the stop before.
        Example: after 来到A社区 (recorded), `随后来到B社区，在社区会议室…` -> [A社区, B社区]."""
        moved = self._moved_to(s.start, pos)
        return self.visits + [VisitRecord("", pid, s.start, pos) for pid in moved]

    def area_written_before(self, kind_: str, pos: int) -> tuple[Segment, ...]:
        """The segments of the area of kind `kind_` (街道, 镇) last written before
        `pos`, in a post too (豫园路街道党工委书记); () when none is."""
        for m in reversed(list(re.finditer(kind_, self.text[:pos]))):
            for start in range(max(0, m.start() - 8), m.start() - 1):
                if not name_may_start(self.text, start):
                    continue
                chunk = parse_at(self.text, start, m.end())
                if chunk and chunk.end == m.end() and chunk.leaf.level in FACILITY_OWNER_LEVELS and chunk.leaf.text.endswith(kind_):
                    return chunk.segments
        return ()

    def type_word_ref(self, pos: int, end: int) -> PlaceChunk | None:
        """`在社区，王明…` after the headline's `到清泉社区督导`: a bare type word
        names the place of that type visited last (or the only one named so
        far), written in short.  None when there is no such place."""
        word = BARE_TYPE_WORD.match(self.text, pos, end)
        hit = word and suffix_at(word.group(0), len(word.group(0)))
        if not hit or hit[0] != len(word.group(0)):
            return None
        type_ = hit[1]
        visited = [v.place for v in self.visits if self.places.nodes[v.place].type == type_]
        named = [n.id for n in self.places.nodes if n.type == type_]
        pid = visited[-1] if visited else (named[0] if len(named) == 1 else None)
        if pid is None:
            return None
        node = self.places.nodes[pid]
        return PlaceChunk(pos, word.end(), (Segment(node.name, node.type, node.level),))

    def present_at(self, s: Sentence, actors: list[Actor], at: int, place_end: int) -> bool:
        """Is an official at the place of the `在X` at `at` (ending at `place_end`)?

        Either an actor before it is the clause's subject (`王明已在X主持`,
        `王明和居民围坐在X`): nothing between them reports speech or a plan
        (`visit_presence_blockers.txt`: 王明指出，在X推广; `modal_before`: 王明将在X召开
        座谈会, a meeting planned, as 将到X is a trip planned); or `在X，` opens the
        sentence and an actor opens the next clause (`在X，王明同居民座谈`).
        """
        before = [a for a in actors if a.end <= at]
        if before:
            between = self.text[before[-1].end:at]
            # the gap runs from the subject's last stop when it moved on before 在X (先后来到A、B、C、D，察看…，
            # 并在V召开座谈会): a long list of stops is no distance from the party; a later
            # official, named after the stops, is the subject then (before[-1])
            anchor = max(before[-1].end, self._last_stops_end(before[-1].end, at))
            if at - anchor <= MAX_SUBJECT_GAP and not pattern("visit_presence_blockers.txt").search(between) \
                    and not _another_subject().search(between) and not self.modal_before(s, before[-1].end, at):
                # the subject is the one before 在X, not officials named after it taking part
                # (王明在X召开座谈会，副区长A、B一同参加: 王明 convenes there, A and B join him)
                self.clause_subject = at
                return True
        if self.elided_presence(s, actors, at, place_end) and self.subject(actors, at):
            # 7月3日 在X接待选民 (a record's dated entry): the subject elided is the report's
            # official (`subject` falls back to the latest party or the lead)
            return True
        if not before and self.elided_mover(s, at) and self.subject(actors, at):
            # 随后前往A村，察看…，并在A村便民服务中心召开座谈会: the party whose move opens the
            # sentence, its subject elided, holds the meeting (session 39, p133)
            return True
        if _sequence_lead().fullmatch(self.text, s.start, at):
            rest = _clause_open().match(self.text, place_end, s.end) or _while_at().match(self.text, place_end, s.end)
            if rest:
                # the official opens the clause, maybe after their title (在X，人大代表A…)
                first = next((a for a in actors if a.start >= rest.end()), None)
                if first is not None and first.kind == "name" and self._hosting(first) \
                        and any(a.start >= first.end and self._touring(a) for a in actors):
                    # 在X，社区书记A向代表们反映…: the stop's own cadre opening the clause
                    # tells the visitors, named later in the sentence, something there: they
                    # are the subject (below), as residents speaking to them would show; with
                    # no visitor named (在X嘎查，嘎查达A说，…) the cadre shows the party there
                    # (Source: FAULTS35_p103: the station's issues were filed at the subdistrict)
                    first = None
                titled = first is not None and TITLES_GAP.fullmatch(self.text, rest.end(), first.start) is not None
                if titled and first.kind == "name" \
                        and issue_words.act_words().match(self.text, first.end) and (lead := self.lead()) and lead != first.name:
                    # 在X座谈时，代表、社区主任A反映了…: A raises the place's issues to the visitors,
                    # the party that came there (`subject` with no one named before: the latest
                    # party), not A alone (FAULTS38_p126, p126-04)
                    self.clause_subject = first.start
                    return True
                if titled:
                    # the subject is that official and those listed with them (人大代表A、B与…),
                    # not a name later in the clause
                    k = actors.index(first)
                    while k + 1 < len(actors) and actors[k + 1].kind == "name" and self._listed_together(actors[k], actors[k + 1]):
                        k += 1
                    self.clause_subject = actors[k].end
                    return True
            # 在X(的凉亭里)，十几位业主围着区长A… / 在X，负责人告诉调研组…: the touring
            # official or their party, named anywhere later in the sentence, is there
            spot = rest or SPOT_CLAUSE.match(self.text, place_end, s.end)
            if spot and not rest:
                # 在X门口，他详细询问…: at a spot of X, the touring official's pronoun opening
                # the clause is there, as after 在X，
                first = next((a for a in actors if a.start >= spot.end()), None)
                if first is not None and first.kind == "pronoun" and first.start == spot.end() and self.lead():
                    self.clause_subject = first.end
                    return True
            if spot:
                for a in actors:
                    if a.start >= spot.end() and self._touring(a):
                        self.clause_subject = a.end
                        return True
        return False

    def _touring(self, actor: Actor) -> bool:
        """Is `actor` the touring party: a party word, the report's lead or one of the
        latest visit's team (not a cadre or resident named)?"""
        return actor.kind == "group" or actor.kind == "name" and (actor.name == self.lead() or actor.name in self.last_team)

    def _moves(self, start: int, end: int):
        """The places each moving visit verb in text[start:end] takes the party to
        (来到A、B、C: [A, B, C]), one list of chunks per verb naming places."""
        _, kinds = _visit_verbs()
        for m in verb_matches(self.text, start, end):
            if kinds.get(m.group(0)) != "move" or verb_used_as_noun(self.text, m.start(), m.end()):
                continue
            if chunks := parse_list(self.text, object_start(self.text, m), end):
                yield chunks

    def _moved_to(self, start: int, end: int) -> list[int]:
        """The administrative areas a moving visit verb in text[start:end] takes the party to
        (随后来到雁塔区小寨路街道，| -> [雁塔区, 小寨路街道]), registered; [] when none.
        A verb of entering (kind enter in `visit_verbs.tsv`: 走进, 步入) taking such an area
        moves the party into it as 来到 does (走进X社区，在Y夜市…: Y lies in X; session 37,
        p115-05, where the community framing the stop was kept as a stop of its own)."""
        entered = [chunks for m in _entering().finditer(self.text, start, end)
                   if not verb_used_as_noun(self.text, m.start(), m.end())
                   and (chunks := parse_list(self.text, object_start(self.text, m), end))]
        return [self.places.add(chunk, self.area) for chunks in [*self._moves(start, end), *entered]
                for chunk in chunks if chunk.leaf.level in ADMIN and chunk.end <= end]

    def elided_mover(self, s: Sentence, at: int) -> bool:
        """Does `s` open (after sequence words or a date) with a moving visit verb, its
        subject elided, whose stops end at most MAX_SUBJECT_GAP characters before the `在X`
        at `at`, nothing between reporting speech, a plan or someone else
        (随后前往A村，察看路面，并在A村便民服务中心召开座谈会)?  The party moving there is
        at X.  Session 39 (FAULTS39, p133: the meeting's venue was lost as a stop).

        >>> # "随后前往A村，察看路面，并在B中心召开座谈会" at 在 -> True; "随后，居民在B中心…" -> False
        """
        lead = _sequence_lead().match(self.text, s.start, at)
        opening = lead.end() if lead else s.start
        verb = next(verb_matches(self.text, opening, at), None)
        if verb is None or verb.start() != opening or _visit_verbs()[1].get(verb.group(0)) != "move":
            return False
        anchor = self._last_stops_end(opening, at)
        between = self.text[anchor:at]
        return anchor > opening and at - anchor <= MAX_SUBJECT_GAP and not pattern("visit_presence_blockers.txt").search(between) \
            and not _another_subject().search(between) and not self.modal_before(s, opening, at)

    def elided_presence(self, s: Sentence, actors: list[Actor], at: int, place_end: int) -> bool:
        """Does `s` open (after sequence words or a date) with the `在X` at `at`, ending at
        `place_end`, and an official's activity verb right after X, no one named
        (7月3日 在X接待选民, 随后在X村召开座谈会)?  The subject is elided: the party
        on its tour."""
        return not actors and _sequence_lead().fullmatch(self.text, s.start, at) is not None \
            and _presence().match(self.text, place_end) is not None

    def _last_stops_end(self, start: int, end: int) -> int:
        """Where the places a moving visit verb in text[start:end] takes the
        party to end (来到A、B、C|), or `start` when no such verb names places."""
        return max([start, *(chunks[-1].end for chunks in self._moves(start, end))])

    def met_residents(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """Meeting a place's residents puts the official at the place:
        `与/同Y社区的居民座谈`, `看望了Y村的老党员`, `听取Y社区居民代表的意见`
        (a preposition of company, or a presence/activity verb, then Y, then
        residents: `issue_raisers.txt` within the next few characters)."""
        found = []
        residents = pattern("issue_raisers.txt")
        if not actors or not residents.search(self.text, s.start, s.end):
            return found  # cheap test first: most sentences name no residents
        for rx in (MEET, _presence()):
            # a presence verb's reading (`presence_verbs`) is asked last, where it decides: a verb
            # read across a word is passed over as if unmatched (no residents after it: none after the next)
            for m in rx.finditer(self.text, actors[0].end, s.end):
                if not residents.search(self.text, m.end(), s.end):
                    break
                if self._at_venue(actors, m.start(), here):
                    continue  # 来到X联络站，与Y社区的居民代表交流: they came to the venue from Y
                if m.group(0) == "和" and suffix_at(self.text, m.start()):
                    continue  # 来自A社区、B社区和C社区的居民: 和 joins a list of places, it meets no one
                if pattern("place_name_words.txt").match(self.text, m.start()):
                    continue  # 在同心社区…: 同 opens the name word 同心 (place_name_words.txt), it meets no one
                at = m.end() + (1 if self.text.startswith("了", m.end()) else 0)
                chunks = parse_list(self.text, at, s.end)
                if not chunks:
                    continue
                people = RESIDENTS_OF.match(self.text, chunks[-1].end, s.end)
                if not pattern("issue_raisers.txt").search(people.group(0)):
                    continue
                if rx is not MEET and not verb_as_written(self.doc, m.start(), m.end()):
                    continue
                held = [p for ps in here.values() for p in ps]
                found += [self.places.add(c, self._holder(held + context)) for c in chunks]
        return found

    def attended_event(self, s: Sentence, actors: list[Actor], here: dict, context: list[int]) -> list[int]:
        """Attending an event a place holds puts the official at the place:
        `参加了联系点X村的院坝议事会`, `出席Y社区居民议事会` (a verb of attending,
        `event_attend_verbs.txt`, after an official; maybe 了 and the official's tie
        with the place, `place_contact_words.txt`; a village, community or site Y; maybe
        的 and a few words; an event noun closing the phrase, `event_nouns.txt`).  The ids
        of the places registered so; [] when the sentence has none.  Not an area (出席
        X镇党委会: a town's own meeting is its officials' work, no stop).  Reads no tags.
        Source: meeting_host's convention (an official at a meeting a community holds
        visits the community); FAULTS34 (p102).

        >>> # "镇长A参加了联系点石桥村的院坝议事会，" -> [the id of 石桥村]
        """
        found: list[int] = []
        if not actors:
            return found
        for m in _attend_verb().finditer(self.text, actors[0].end, s.end):
            if not any(a.end <= m.start() for a in actors):
                continue
            at = m.end() + (1 if self.text.startswith("了", m.end()) else 0)
            tie = pattern("place_contact_words.txt").match(self.text, at)
            chunks = parse_list(self.text, tie.end() if tie else at, s.end)
            if len(chunks) != 1 or chunks[0].leaf.level not in INSIDE_LEVELS or not is_named(chunks[0].segments):
                continue
            if not _event_after().match(self.text, chunks[0].end, s.end):
                continue
            held = [p for ps in here.values() for p in ps]
            found.append(self.places.add(chunks[0], self._holder(held + context)))
        return found

    def _at_venue(self, actors: list[Actor], pos: int, here: dict[str, list[int]]) -> bool:
        """Is the subject at `pos` at a venue (a place of level site: 代表联络站,
        党群服务中心, 会议室) this paragraph, as the place they were last
        taken to?  Residents of Y met there came to the venue: Y is where they
        live, not a stop (来到X代表联络站，与Y社区、Z社区的居民代表交流: the
        visit is to the station, gold's most specific place).  At an area (来到
        A街道，与B社区的居民座谈) the meeting is at B: not a venue.

        >>> # "A来到X联络站，与Y社区的居民交流" -> True at 与 (no visit to Y社区)
        """
        team = self.subject(actors, pos)
        held = [p for w in team for p in here.get(w, [])]
        return bool(held) and all(self.places.nodes[p].level == "site" for p in held)

    def _organisation_subject(self, s: Sentence, verb: int) -> bool:
        """Does the clause before the verb at `verb` tell an organisation bringing
        people (`organisation_heads.txt` + `bring_words.txt`), not residents coming?"""
        clause = re.split(r"[，,]", self.text[s.start:verb])[-1]
        return (
            bool(pattern("organisation_heads.txt").search(clause))
            and bool(pattern("bring_words.txt").search(clause))
            and not pattern("issue_raisers.txt").search(clause)
        )

    def _brings_party(self, actors: list[Actor], verb: int) -> bool:
        """`区政协副主席A带领部分委员来到X`: the official before the verb brings
        people along (`bring_words.txt` between them, in one clause), so the
        officials the report then names taking part there join the visit.
        The party may fill a clause of its own, the visit verb opening the next
        after adverbs only (`A带领代表一行8人，先后走访X`: `_went_on`)."""
        before = [a for a in actors if a.end <= verb]
        # the subject is the actor right before the verb, or the official before a party
        # they bring (A带领代表一行8人: 一行 is the people brought)
        names = [a for a in before if a.kind == "name"]
        return any(self._brings_from(end, verb) for end in {a.end for a in before[-1:] + names[-1:]})

    def _leads_team(self, actors: list[Actor], verb: int) -> bool:
        """Does the official before the verb at `verb` lead a team that names no one
        (a bring word of `bring_words.txt` ending in 队: 带队到X, 率队): then the officials
        named only taking part (参加) make no visit (`_joined_only`).  With people brought
        (带领代表一行, 率领部分委员) they are the tour's party, joined by whoever takes part.
        Source: FAULTS37_p116 beside tests/test_venues27."""
        before = [a for a in actors if a.end <= verb]
        if not before:
            return False
        between = self.text[before[-1].end:verb]
        return any(w.endswith("队") and w in between for w in words("bring_words.txt"))

    def _brings_from(self, start: int, verb: int) -> bool:
        """Is a bring word (`bring_words.txt`) in text[start:verb], one clause, or a
        clause the verb's own opens after (`_went_on`: 带领…一行8人，|先后|走访)?"""
        between = self.text[start:verb]
        cut = max(between.rfind("，"), between.rfind(","))
        if cut >= 0 and _went_on().fullmatch(between, cut + 1):
            between = between[:cut]
            if pattern("visit_split_words.txt").search(between):
                return False  # (A、B分别带队，深入X: each leads a team of their own, no one party brought)
        return not re.search(r"[，,。；]", between) and bool(pattern("bring_words.txt").search(between))

    def note_meeting_host(self, s: Sentence, actors: list[Actor], context: list[int]) -> None:
        """`红星村召开村民议事会，镇长李强参加`: a community or site opening the sentence
        (after sequence words and a date) as the subject of a meeting verb
        (`kg.extract.meeting_host.held_by`: X召开, X组织召开, X在V召开) holds the
        meeting; the officials then named attending it (到会, 参加, 出席) visit X
        (`join_brought`).  A district or town holding a meeting is an
        administration at work, no place visited."""
        lead = _sequence_lead().match(self.text, s.start, s.end).end()
        chunk = held_by(self.text, lead, s.end)
        if chunk is None or any(a.start < chunk.end for a in actors):
            return
        pids = self.places.most_specific([self.places.add(chunk, self._holder(context))])
        if all(self.places.nodes[p].level in INSIDE_LEVELS for p in pids):
            self.brought_to, self.brought_in = pids, s.paragraph

    def join_brought(self, s: Sentence, actors: list[Actor]) -> None:
        """Officials named after an organisation's visit take part in it when
        they do something there (参加, 出席) or the sentence is set at its event
        (座谈会上，…)."""
        if not self.brought_to or s.paragraph > self.brought_in + 1:
            return  # the event is told in the visit's paragraph and the next
        if EVENT_CONTEXT.match(self.text, s.start, s.end) or _activity_under_way().match(self.text, s.start, s.end):
            self.event_paragraph = s.paragraph  # 座谈会上，… sets the rest of the paragraph at the event
        at_event = self.event_paragraph == s.paragraph
        # 甲带队到X社区开展活动，街道办副主任乙、社区书记丙参加: with an official leading, those
        # named only taking part are role other, as after 甲到X调研 (`_joined_only`: the readable
        # golds give 48 of 58 no visit); an organisation's visit (区妇联组织党员来到X，副区长乙参加)
        # is theirs to join
        joined = self._joined_only(s, actors, listed=True) if self.brought_by_official else set()
        for a in actors:
            if a.kind != "name" or self.officials[a.name].accompanying or a.name in self.hosts or a.name in joined:
                continue  # (a village's cadre speaking at the event hosts or raises; they make no visit: add_visit)
            if not at_event and not pattern("visit_reception_words.txt").search(self.text, a.end, s.end) \
                    and next(self.presence_verbs(a.end, s.end), None) is None \
                    and not _partner_talk().search(self.text, a.end, s.end):
                continue  # named, but not taking part (参加, 出席, 接待选民, 座谈会上…)
            if not at_event and POSSESSED.match(self.text, a.end):
                continue  # 传达了区长X的讲话精神，听取…: the name owns a thing, it is no one's subject
            if self._went_apart(a.name, a.start):
                continue  # (A、B分别带队。A带领的小组来到X。B在Y召开…: B leads a team of their own, not A's)
            if not any(v.official == a.name and v.place in self.brought_to for v in self.visits):
                for pid in self.brought_to:
                    if not self._governs(a.name, pid):  # (an event in their own area is no visit of theirs)
                        self.visits.append(VisitRecord(a.name, pid, s.start, s.end))
            if a.name not in self.last_team:  # one party with those already there (A一行 then takes them in)
                self.last_team = [*self.last_team, a.name]

    def left_places(self, s: Sentence, visited: list[int]) -> None:
        """`离开X社区，王明又来到Y`: the party moving on in this sentence was at
        X, a stop of its own (kept beside the stops inside it).  `visited`: the
        places the sentence's visit went to; X is read before them."""
        for m in LEFT.finditer(self.text, s.start, s.end):
            chunks = parse_list(self.text, m.end(), s.end)
            if not chunks or not LIST_END.match(self.text, chunks[-1].end, s.end):
                continue
            held = [p for p in self.doc_group if p not in visited]
            pids = [self.places.add(c, self._holder(held)) for c in chunks]
            for who in self.last_team:
                for pid in pids:
                    if pid not in visited:
                        self.visits.append(VisitRecord(who, pid, s.start, s.start + 1, True))

    def _governs(self, who: str, pid: int) -> bool:
        """Is place `pid` a district or subdistrict that one of `who`'s posts
        governs (its name, or its core name, opens or is written in the post:
        钦江区 in 钦江区区长, 榆林 in 榆林街道党工委书记)?  An official present
        in their own area (a paragraph about it, 在X主持…) makes no visit to it;
        a city official at a meeting held in a district does.

        >>> reader._governs("王明", district_id)  # doctest: +SKIP
        """
        node = self.places.nodes[pid]
        if node.level not in AREA_LEVELS:
            return False
        names = {node.name, *node.written}
        cores = {c for c in (core(n) for n in names) if len(c) >= 2}
        return any(n in post for post in self.officials[who].posts for n in names | cores)

    def _new_stop(self, at: list[int], targets: list[int]) -> bool:
        """A target the official is not already at, nor inside of (a second 在X stop counts)."""
        return any(t not in at and not any(t in self.places.ancestors(p) for p in at) for t in targets)

    def _is_stop(self, s: Sentence, after: int, area: bool = False) -> bool:
        """Does the official do something (听取, 座谈) at the place written
        before `after`, i.e. before the sentence names another place
        (来到A街道，与B社区的居民座谈: the talk is at B)?  At an `area`
        (district, subdistrict) a visit verb with any object ends the search
        too (到A街道，走访学校和卫生服务中心，听取意见: the listening is on that
        round, not at the area itself).  Never in the
        headline: it names the event in short (区长到A街道参加议事会), and
        the body tells where in A it was held."""
        if s.paragraph == self.headline:
            return False
        end = s.end
        verbs, _ = _visit_verbs()
        for rx in (NEXT_PLACE, verbs):
            for m in (verb_matches(self.text, after, end) if rx is verbs else rx.finditer(self.text, after, end)):
                at = object_start(self.text, m) if rx is verbs else m.end()
                modifier = MODIFIER_OF.match(self.text, at, s.end) if rx is verbs else None
                if parse_list(self.text, at, s.end) or (modifier and parse_list(self.text, modifier.end(), s.end)) \
                        or group_at(self.text, at, s.end, self.places):
                    # (来到X村，随后来到3组，察看…: the group named by its number is the next place)
                    end = m.start()
                    break
                if area and rx is verbs and NAME_CHARS.match(self.text, at, s.end):
                    end = m.start()
                    break
                if rx is NEXT_PLACE and ALONG.fullmatch(m.group(0)) and (self.tagged(at, s.end) or self.route_before_extent(at, s.end)):
                    end = m.start()  # 沿着南湾河察看, 沿着青河沿线察看: a river the analyser names
                    break
        return next(self.presence_verbs(after, end), None) is not None

    def presence_verbs(self, start: int, end: int):
        """The presence and activity verbs (`_presence`) in text[start:end] that
        the analyser reads as words (`word_edges.verb_as_written`): not the 了解
        of 作了解答 (作/了/解答, the aspect particle of another verb)."""
        return (m for m in _presence().finditer(self.text, start, end) if verb_as_written(self.doc, m.start(), m.end()))

    def on_duty_at_venue(self, s: Sentence, actors: list[Actor], context: list[int]) -> tuple[list[int], list[str]] | None:
        """Officials told on reception duty (`visit_reception_words.txt`: 坐班,
        接访, 值班) in a sentence naming no place of theirs are at the venue
        where the report set its scene: the latest sentence opening `在X，`
        with no one in its clause (`scene_venue`), in this paragraph or an
        earlier one, with no visit told since.  A reception day brings
        callers to the venue, and the leaders on duty sit there
        (`在X县群众来访接待中心，村民A一坐下就说…。当天是领导接待日，县长B坐班接访。`:
        B is at the centre).  The places and the team; None when no scene
        is set, the paragraph is about another specific place, the sentence
        sets a scene of its own, or the duty is a plan (`modal_before`).
        Source: FAULTS28 kind 6 (a leaders' reception day at a petitions centre).

        >>> # 在X县信访接待中心，村民A说…。\n\n县长B与副县长C一同坐班接访。 -> ([X县信访接待中心], [B, C])
        """
        if not self.scene_venue or not actors or self._set_elsewhere(s):
            return None
        venue, set_at = self.scene_venue
        if any(v.start >= set_at for v in self.visits):
            return None  # a visit told since the scene was set moved the report on
        if any(self.places.nodes[p].level in INSIDE_LEVELS and p not in venue for p in context):
            return None  # the paragraph is about another place
        word = pattern("visit_reception_words.txt").search(self.text, actors[0].end, s.end)
        if not word:
            return None
        subject_end = max((a.end for a in actors if a.end <= word.start()), default=actors[0].end)
        if self.modal_before(s, subject_end, word.start()):
            return None  # (县长A将于下周坐班: a plan, no presence today)
        team = self.subject(actors, word.start())
        return (list(venue), team) if team else None

    def _set_elsewhere(self, s: Sentence) -> bool:
        """Does `s` open with a `在X，` of its own (after sequence words or a
        date) that named no place read here?  Then the sentence is at X, not
        at the place the paragraph is about (`在代表联络站，A与B一起接待选民`
        after `在北园社区，…`: not 北园社区).
        Example: "在代表联络站，严明接待选民。" -> True."""
        if s.start in self.at_read:
            return False  # the 在X was read: the paragraph's places hold it
        lead = _sequence_lead().match(self.text, s.start, s.end)
        if not self.text.startswith("在", lead.end()):
            return False
        cut = CLAUSE_BREAK.search(self.text, lead.end(), s.end)
        # (在企业展厅和生产车间，A了解…: parts of the site the paragraph is about, no other place)
        return cut is not None and not _site_parts().fullmatch(self.text, lead.end() + 1, cut.start())

    def present(self, s: Sentence, actors: list[Actor]) -> bool:
        """Does an official of `s` do a presence or activity verb (调研, 座谈)?
        Not a verb of asking (kind ask in `visit_verbs.tsv`: 询问): like
        speech, asking alone tells nothing of where the official is (街道计划在X
        新建…。A询问了资金来源), unless the people asked are a place's
        (`met_residents`: 询问了X村的村民).  Measured: the sealed pool's visits
        F1 .865 -> .871 (session 12); asking where a paragraph opens at a place
        (在X园，果农们…。A询问…) is lost with it (one readable visit).
        Not one told as a plan or a habit (`modal_before`: 石某曾专程到站调研,
        副主任将出席): that is no presence at the paragraph's place today."""
        if not actors:
            return False
        first = actors[0].start
        asks = _asks()
        for m in _presence().finditer(self.text, first, s.end):
            if asks.fullmatch(m.group(0)):
                continue  # 询问: asked here or anywhere (speech tells no place)
            subject_end = max((a.end for a in actors if a.end <= m.start()), default=first)
            if _instruction().search(self.text, subject_end, m.start()):
                continue  # 王明表示，下一步将在各社区建立接待点: the verb is inside the official's words (as in `explicit_visits`)
            # the verb's reading (the analyser) is asked last, only where it decides
            if not self.modal_before(s, subject_end, m.start()) and verb_as_written(self.doc, m.start(), m.end()):
                return True
        return False

    def _remote(self, s: Sentence) -> bool:
        """Does sentence `s` tell taking part from afar (`visit_remote_words.txt`:
        视频连线, 线上, 电话), before or after the place (通过视频连线，听取X村村民意见 /
        与X村村民代表视频连线)?  Then the people met or the meeting at the places it names
        give no presence there (a visit verb that takes the official there still does)."""
        return any(not REMOTE_ROOM.match(self.text, m.end(), s.end) and not self._looked_at(s, m.start())
                   for m in pattern("visit_remote_words.txt").finditer(self.text, s.start, s.end))

    def _looked_at(self, s: Sentence, pos: int) -> bool:
        """Is the remote word at `pos` inside the object of an inspect verb of its own clause
        (`visit_verbs.tsv` kind inspect: 在X合作社，王明察看果品分拣和线上销售情况)?  Then it
        names what the official looks at on the spot, no means of taking part from afar
        (one written before the verb, 通过视频连线察看, still is).  Source: FAULTS38_p123
        (a cooperative's online sales looked at cost its visit)."""
        clause = max([s.start, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, pos))])
        return _inspect_verbs().search(self.text, clause, pos) is not None

    def modal_before(self, s: Sentence, subject_end: int, verb: int, past: bool = True) -> bool:
        """Is the visit verb at `verb` told as a plan or a habit: a word of
        `visit_modal_words.txt` right before it (将到X, 曾多次到X), or a word of
        two characters or 曾 anywhere between its subject (ending at
        `subject_end`) and it in the clause (该组曾就背街小巷整治到X视察,
        计划下月赴X)?  One-character words further off are too often part of
        another word (主要, 将X作为), so they count only near the verb.

        Example: in `石明曾就X整治到Y视察` the verb 到 is modal (True).

        Taking part from afar (`visit_remote_words.txt`: 视频连线, 线上, 电话)
        anywhere in the sentence between the subject and the verb counts too: 王明
        通过视频连线方式，听取X社区居民代表意见 makes no visit to X.

        With `past` (the default) an adverb of the past (`past_adverb`: 该组曾就X到Y视察)
        counts too; a visit verb's own reading passes False and asks `past_adverb` itself
        (NCFIX35: a report's first trip told with 曾 is its own).
        """
        if past and self.past_adverb(s, subject_end, verb):
            return True
        if pattern("visit_remote_words.txt").search(self.text, max(s.start, subject_end), verb):
            return True
        modal = _modal()
        if modal.search(self.text, max(s.start, subject_end, verb - MODAL_REACH), verb):
            return True
        # (a modal right before the 在 that sets the verb's place is as near: 王明将在X召开座谈会)
        if _modal("(?:{})在").search(self.text, max(s.start, subject_end), verb):
            return True
        if issue_words.timed_by_modal_clause(self.text, s.start, verb):
            return True
        clause = max(s.start, subject_end, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, verb)))
        return any(len(m.group(0)) > 1 for m in modal.finditer(self.text, clause, verb))

    def past_adverb(self, s: Sentence, subject_end: int, verb: int) -> bool:
        """Is an adverb of the past (`visit_past_adverbs.txt`: 曾, 曾经) written between
        the subject (ending at `subject_end`) and the verb at `verb`, in the verb's clause?
        `王明曾来到X` -> True.  (The surname 曾 of a named subject lies before
        `subject_end`.)  Source: NCFIX35; before, 曾 was a word of visit_modal_words.txt."""
        clause = max(s.start, subject_end, *(m.end() for m in CLAUSE_BREAK.finditer(self.text, s.start, verb)))
        return pattern("visit_past_adverbs.txt").search(self.text, clause, verb) is not None

    def told_before(self, s: Sentence, verb: int) -> bool:
        """Is the visit verb at `verb` told at a time before the report's own visits:
        once the report has told a visit, a past time (`visit_past_times.txt`: 去年,
        上个月, 年初) or a month of the report's year before its own month (今年4月 in
        a report dated in October, `PAST_MONTH`) written in its sentence before it, or a
        recent time with a perfect adverb right before the verb (`visit_recent_times.txt`,
        `visit_perfect_adverbs.txt`: 他上周已到X调研)?
        `…今年4月，县长A到X乡调研时协调推进的公路拓宽工程，目前已完成路基施工`: the trip of
        April is recalled, no stop of this one (an opened probe's report kept X乡, the
        area its stops lie in, as a stop of its own gone back to, session 33).  The
        report's first visit is never one: a report tells its own trip, whenever it
        was (`去年12月，A来到X`).  Never raises."""
        if not self.visits:
            return False
        if pattern("visit_past_times.txt").search(self.text, s.start, verb):
            return True
        recent = pattern("visit_recent_times.txt").search(self.text, s.start, verb)
        if recent and pattern("visit_perfect_adverbs.txt", "(?:{})$").search(self.text, recent.end(), verb):
            return True  # 他上周已到X调研: a recent trip told as done before, after the report's own
        date = self.doc.ext.date
        # (a report writing no year: the month of its first date, 10月22日, is its own)
        first = None if date else MONTH_DAY.search(self.text)
        own = (date.year, date.month) if date else (None, number(first.group(1))) if first else None
        if own is None:
            return False
        for m in PAST_MONTH.finditer(self.text, s.start, verb):
            year = number(m.group(1)) if m.group(1) else own[0]
            if year == own[0] and number(m.group(2)) < own[1] or own[0] and year and year < own[0]:
                return True
        return False

    def add_visit(self, who: str, pids: list[int], s: Sentence, stop: bool = False, moved: bool = False, stops=frozenset()) -> None:
        """Record `who` at `pids`; `moved` when a visit verb took them there;
        `stops`: places of `pids` that are stops of their own whatever `stop` says."""
        if who in self.hosts and self._guest_before(s.end):
            return  # a community cadre or a unit's head receives the visit; they make none (a guest named by then)
        if pattern("visit_first_stop_words.txt").search(self.text, s.start, s.end):
            self._summary_areas(who, pids, s)
        for pid in pids:
            # going back to an area after a stop inside it (随后还到X街道督导): a stop of its own;
            # a place named in the headline is no stop made before (the headline names the trip
            # in short: 书记走访X街道城中村, then 来到X街道，先后走访A村和B社区 tells it from its start)
            back = moved and any(place != pid and pid in self.places.ancestors(place) and any(not r.headline for r in recs)
                                 for place, recs in self._visited_by(who).items())
            self.visits.append(VisitRecord(who, pid, s.start, s.end, stop or back or pid in stops, s.paragraph == self.headline))
        self.current_actor = who
        self.doc_group = list(pids)
        self.doc_visitor = who
        self.doc_receiving = bool(pattern("visit_reception_words.txt").search(self.text, s.start, s.end))
        area = self._area(pids)
        if area is not None:
            self.area = self.area_of[who] = area

    def _visited_by(self, who: str) -> dict[int, list[VisitRecord]]:
        """`who`'s visits so far by place (places in the order first told).
        self.visits only grows: the ones appended since the last call are
        indexed, so a sentence's visit does not walk every visit of a long
        report (issue 10)."""
        for v in self.visits[self._indexed :]:
            self._visited.setdefault(v.official, {}).setdefault(v.place, []).append(v)
        self._indexed = len(self.visits)
        return self._visited.get(who, {})

    def _summary_areas(self, who: str, pids: list[int], s: Sentence) -> None:
        """`到A街道，调研…工作，听取居民意见。…首先来到A街道的B小区`: the first
        stop (`visit_first_stop_words.txt`) is told after `who`'s visit to the
        area (or community) holding it, so that visit, in an earlier sentence,
        summed up the tour: it is no stop of its own (`VisitRecord.stop`
        cleared), and `kg.resolve.drop_coarse_visits` leaves the stops inside
        it (a community where something was raised first stays: its
        `_raised_before`)."""
        inside = set().union(*(self.places.ancestors(p) for p in pids)) - set(pids)
        visited = self._visited_by(who)
        for place in inside & visited.keys():
            for v in visited[place]:
                if v.start < s.start and self.places.nodes[v.place].level in ADMIN:
                    v.stop = False

    def _grouping_round(self, team: list[str], pids: list[int], s: Sentence) -> None:
        """`下沉陈集片区，走访新河村、大孙村`: a town's grouping of villages (a type word of
        `place_grouping_words.txt`: 片区) that `team` visited earlier in sentence `s`,
        written with no village or community holding it, holds the villages and
        communities (`pids`, all of level community) visited after it: each with no
        parent, or with the grouping's own parent, is nested in it, and the grouping's
        visit is no stop of its own (`VisitRecord.stop` cleared), so
        `kg.resolve.drop_coarse_visits` keeps the villages only.  Nothing when a pid is
        no village or community.  Source: FAULTS37_p120 (a town head's 片区 round gave the
        area as a stop beside its two villages)."""
        nodes = self.places.nodes
        groupings = words("place_grouping_words.txt")
        if not pids or any(nodes[p].level != "community" or nodes[p].name.endswith(groupings) for p in pids):
            return  # (北片区和西片区: groupings listed side by side hold none of each other)
        for v in self.visits:
            node = nodes[v.place]
            if v.official not in team or v.start != s.start or v.place in pids \
                    or not node.name.endswith(words("place_grouping_words.txt")) \
                    or any(nodes[a].level == "community" for a in self.places.ancestors(v.place)):
                continue
            for p in pids:
                if nodes[p].parent is None or nodes[p].parent == node.parent:
                    nodes[p].parent = v.place
            v.stop = False

    def _area(self, pids: list[int]) -> int | None:
        """The most specific district or subdistrict holding `pids` (the tour's area):
        a later stop written without it (杏林社区 after 青枫街道) lies inside it."""
        areas = [a for p in pids for a in self.places.ancestors(p) if self.places.nodes[a].level in AREA_LEVELS]
        return max(areas, key=lambda a: self.places.nodes[a].rank) if areas else None

    def _holder(self, pids: list[int], team: list[str] = ()) -> int | None:
        """The place a newly read place lies in: the most specific administrative
        place among `pids` (`_admin`), else the area of the latest visit of the
        `team` going there (another official's tour told in between is elsewhere),
        else the tour's area.  (Place ids start at 0, so these are None tests, not `or`.)"""
        admin = self._admin(pids)
        if admin is not None:
            return admin
        return next((self.area_of[w] for w in team if w in self.area_of), self.area)

    def _admin(self, pids: list[int]) -> int | None:
        """The most specific administrative place among `pids` and what holds them."""
        admin = [a for p in pids for a in self.places.ancestors(p) if self.places.nodes[a].level in ADMIN]
        return max(admin, key=lambda p: self.places.nodes[p].rank) if admin else None


def observer_phrase() -> str:
    """The report's own observer as a clause subject, unanchored: an observer word
    (`scene_observers.txt`: 记者, 笔者, 我们), an optional sequence word
    (`sequence_words.txt`) or recent-time adverb (`scene_recent_words.txt`: 近日) and an adverb (又还也先再). A `pattern` template with
    one `{}` slot for the observer words; callers add their own anchors.

    >>> re.fullmatch(observer_phrase().format("记者"), "记者随后") is not None
    True
    """
    seq = alternation(words("sequence_words.txt") + words("scene_recent_words.txt"))
    return f"(?:{{}})(?:{seq})?[又还也先再]?"


# characters after a following verb searched for the official followed: a post, then the
# name (跟着|马家岔村驻村第一书记|A: a village's name and a long post run to fifteen)
FOLLOW_REACH = 20


@cache
def _observer_follows() -> re.Pattern:
    """An observer (`scene_observers.txt`, or 我 not of 我们/我村: `FIRST_PERSON`)
    and, maybe after 一路/一起, a following verb (`observer_follow_verbs.txt`).

    >>> bool(_observer_follows().search("我跟着书记出了门")), bool(_observer_follows().search("群众跟着书记走"))
    (True, False)
    """
    observers = alternation(words("scene_observers.txt"))
    follow = alternation(words("observer_follow_verbs.txt"))
    return re.compile(f"(?:{observers}|{FIRST_PERSON.pattern})(?:一路|一起|一同)?(?:{follow})")


@cache
def _observer_goes() -> re.Pattern:
    """The report's observer opening the clause right before a visit verb
    (记者来到X, 。记者随后走进X): theirs is the going, not the official named before."""
    return pattern("scene_observers.txt", "(?:^|(?<=[，,。！？；\n]))" + observer_phrase() + "$")


@cache
def _role_closing() -> re.Pattern:
    """An event role verb (`event_role_verbs.txt`) closing a clause, maybe after 了.

    >>> bool(_role_closing().search("等结合调研情况作了发言")), bool(_role_closing().search("主持召开座谈会"))
    (True, False)
    """
    return re.compile(f"(?:{alternation(words('event_role_verbs.txt'))})了?$")


@cache
def _led_by() -> re.Pattern:
    """Between a name and a party word, the party is the one they bring
    (`bring_words.txt` + 的, a few words of the party's kind after it).

    >>> bool(_led_by().fullmatch("带领的")), bool(_led_by().fullmatch("率领的走访")), bool(_led_by().fullmatch("和"))
    (True, True, False)
    """
    return re.compile(f"(?:{alternation(words('bring_words.txt'))})的[^，,。；;、\\s]{{0,4}}")


@cache
def _went_on() -> re.Pattern:
    """Adverbs only (`SEVERAL_STOPS`: 先后; `name_follow_adverbs.txt`: 深入, 一同),
    maybe none: a clause opening with the visit verb, its subject the clause before.

    >>> bool(_went_on().fullmatch("先后")), bool(_went_on().fullmatch("")), bool(_went_on().fullmatch("村民"))
    (True, True, False)
    """
    return re.compile(f"(?:{SEVERAL_STOPS.pattern}|{alternation(words('name_follow_adverbs.txt'))})*")


@cache
def _told_visit() -> re.Pattern:
    """After 在, a relative clause telling the visit to the place that follows
    (`在随后走访的X小区，…`, `在接着来到的X村`: sequence words, a move verb of
    `visit_verbs.tsv`, 的): the place is the stop, read after the clause.

    >>> _told_visit().match("随后走访的青禾小区，").end()
    5
    """
    return re.compile(f"(?:{alternation(words('sequence_words.txt'))})?(?:{alternation(kind_words('visit_verbs.tsv', 'move'))})了?的")


@cache
def _partner_talk() -> re.Pattern:
    """A talk with partners closing a clause (与30余名居民代表面对面交流。, 同村民
    交谈，): a partner preposition (`partner_prepositions.txt`), the partners within
    the clause, and a talk verb (`partner_talk_verbs.txt`) before the clause's
    end or 了/并.  `join_brought` reads it as taking part in the event just held
    (FAULTS33_p100); 与兄弟镇交流经验 (the verb with an object) is no such talk.

    >>> bool(_partner_talk().search("孔令华与居民代表面对面交流。")), bool(_partner_talk().search("孔令华与兄弟镇交流经验。"))
    (True, False)
    """
    partners = alternation(words("partner_prepositions.txt"))
    talk = alternation(words("partner_talk_verbs.txt"))
    return re.compile(f"(?:{partners})[^，,。；;！]{{1,20}}?(?:{talk})(?=[，,。；;！]|了|并)")


@cache
def _activity_under_way() -> re.Pattern:
    """A sentence opened by an activity under way (座谈中，…, 交流时，…): it is
    told at the event, like 座谈会上，…"""
    verbs = alternation(kind_words("visit_verbs.tsv", "activity"))
    return re.compile(f"(?:{verbs})(?:中|时|期间)[，,]")


@cache
def _while_at() -> re.Pattern:
    """After a sentence-opening `在X`: a visit verb and its object, then 时 /
    期间 / 过程中 and the comma (在X调研时，王明…; 在X检查工作期间，…): the
    official opening the next clause is at X."""
    return re.compile(f"(?:{_at_verb().pattern})[^，,。；：！？]{{0,12}}?(?:时|期间|过程中|之际)[，,]\\s*")


@cache
def _area_words() -> re.Pattern:
    """The own type words of the kinds of the levels below a district
    (`place_kinds.tsv` rows whose kind is the word itself, at a level of
    FACILITY_OWNER_LEVELS in `place_suffixes.tsv`, no venue: 街道, 镇, 乡, 苏木):
    the words that open a generic facility's name of that area (`area_facility`).
    Longest first (苏木 before a shorter word)."""
    # (a park, 园区, is at the subdistrict level but a venue: no administrative unit owning a facility)
    levels = {row[0]: row[2] for row in table("place_suffixes.tsv") if len(row) > 2 and row[1] != "Venue"}
    own = [row[0] for row in table("place_kinds.tsv") if len(row) > 1 and row[0] == row[1] and levels.get(row[0]) in FACILITY_OWNER_LEVELS]
    return re.compile(alternation(own))


@cache
def _at_verb() -> re.Pattern:
    """Right after `在X`: a visit verb of any kind (调研, 察看, 座谈, 主持),
    maybe after 的 or sequence adverbs (在X调研时, 在X详细察看)."""
    verbs = [row[0] for row in table("visit_verbs.tsv")]
    return re.compile(f"(?:详细|认真|实地|深入)?(?:{alternation(verbs)})")


def _headline(sentences: list[Sentence]) -> int | None:
    """The paragraph of the report's headline: a first paragraph of one
    sentence with no sentence-ending punctuation; None when there is none.
    Lines of a page's site header left before it (`kg.chrome.site_header_line`:
    欢迎访问X网站！, 您当前的位置：首页 > …) are passed over: the article's title
    after them is the headline (FAULTS35_p106: its visit was read as a stop)."""
    lead = 0
    while lead < len(sentences) and site_header_line(sentences[lead].text):
        paragraph = sentences[lead].paragraph
        while lead < len(sentences) and sentences[lead].paragraph == paragraph:
            lead += 1
    sentences = sentences[lead:]
    first = [s for s in sentences if s.paragraph == sentences[0].paragraph] if sentences else []
    if len(first) == 1 and not HEADLINE_END.search(first[0].text.rstrip()):
        return first[0].paragraph
    return None


@component("visits", requires=("sentences", "officials", "name_mentions", "story_starts"), assigns=("places", "visits", "scenes", "followed"))
def visits_component(doc: Doc) -> None:
    reader = Reader(doc)
    reader.read()
    doc.ext.visits = reader.visits
    doc.ext.scenes = reader.scenes
    doc.ext.followed = reader.followed
