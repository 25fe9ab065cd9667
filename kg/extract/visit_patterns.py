"""The visit frame's fixed patterns: the gaps, reaches and words between an
official, their verb and a place, record and heading layouts, first-person and
observer phrases.

Reads the lexicons (`kg/lexicons/visit_*.txt` and others named at each pattern);
gives compiled patterns and reaches to the visit readers (`kg.extract.visits`
and its parts) and to the issue frame (EVENT_CONTEXT, HOME_IN, COUNTED,
`observer_phrase`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.lexicons import alternation, compile_words, kind_words, pattern, table, words
from kg.text import HAN


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
OBSERVER_REACH = 16  # characters before a visit verb searched for the observer's clause start (记者随后来到, 随后我们翻过一道坡到了)
# a short phrase of the way between the observer and the visit verb (翻过一道坡, 沿着小路): no clause mark
OBSERVER_WAY = "[^，,。！？；：:\n“”]{1,8}"
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
# a community's bare type word, 里的 and a spot in it closing the clause (在村里的蔗田边，)
TYPE_WORD_SPOT = re.compile(r"(?P<word>[^，,。；：\s的]{1,2})里的[^，,。；：、\s]{1,6}?(?:里|内|中|边|旁|前|上|下)(?=[，,])")
# after a sentence-opening 在X: a spot in X (的凉亭里, 门口), then the comma closing the clause;
# "under" only below a building, a tree or eaves (12幢楼下, 大榕树下: FAULTS45_p165), never the
# 下 of a circumstance (在X干部的陪同下)
# a section of a way in brackets and the work on it (西江三路（龙华桥至富民路段）提升改造工地，) is
# a spot of the way too: the stop is the way, as a work on a named place is that place
# (FAULTS45_p165)
SECTION_SPOT = r"[（(][^（()）\s，,。]{1,24}[)）][^，,。；：、\s（(]{0,8}"
SPOT_CLAUSE = re.compile(rf"(?:的?[^，,。；：、\s]{{0,6}}?(?:里|内|中|门口|前|旁|边|上|(?<=[楼树檐棚])下)|{SECTION_SPOT})?[，,]")
SECTION_CLAUSE = re.compile(rf"{SECTION_SPOT}[，,]")
# a story's dateline opening its first paragraph (X融媒体中心讯（记者 Y）, 新华社X电（记者 Y）): it
# stands before the date as part of a sentence's lead.  Source: FAULTS43_p144
DATELINE = r"[^，,。；;：:\s（(“”]{2,20}?[电讯][（(][^）)]{0,24}[）)]"
# a home inside the place just named: 一户独居老人家中, 村民李大伯家里
HOME_IN = "[^，,。；：\\s]{0,12}?(?:家中|家里)"
# a household's home and a spot of it closing a clause-opening 在X (在X组海生贵家的院子里，): the
# scene is at X (a resident's home is no site)
HOME_SPOT = re.compile(r"[^，,。；：、\s]{1,8}?家(?:中|里)?(?:的[^，,。；：、\s]{1,4}?(?:里|内|中|上|前|旁|边))?[，,]")
# a count of people: 两位, 几名 (before the head of the officials' posts: 两位代表)
COUNTED = "[两二三四五六七八九十几多各数]+[位名]"


@cache
def place_intro(fronted: bool = False) -> re.Pattern:
    """What opens a place's context: 在, a disposal marker (`disposal_markers.txt`: 将, 把;
    their object is a thing handled) or a verb of where a place lies
    (`place_located_verbs.txt`: 位于, 地处); with `fronted`, 对 too, fronting the places an
    inspection is carried out on (对A和B周边开展安全检查).

    >>> place_intro().match("位于城东").group(0), place_intro().match("对A") is None, place_intro(True).match("对A").group(0)
    ('位于', True, '对')
    """
    intros = ["在", *words("disposal_markers.txt"), *words("place_located_verbs.txt")]
    return compile_words(intros + ["对"] * fronted)


@lru_cache(maxsize=1024)
def plural_pattern(heads: frozenset[str]) -> re.Pattern:
    """`head们` or a count then a head, for `heads` (代表们, 两位委员).  Cached:
    reports of one corpus share their posts' heads, and building the
    alternation of every title head cost ~1 ms a report (0.7 s of 21 s over
    600 seed reports, PERF9's profile).
    Example: `plural_pattern(frozenset({"代表"})).search("两位代表")` matches."""
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
# after a way walked along: a section of it in brackets (南园路（学府路至运河西路段）), then a heading
# walk with no visit verb (往北走, 向东行, 一路往前走): the party walks that way, a stop (FAULTS45_p165)
ALONG_SECTION = re.compile(r"[（(][^（()）\s，。]{1,24}[)）]")
HEADING_WALK = re.compile(r"[往向朝](?:[东南西北]|前|里)(?:走|行|去)")
ALONG_TO_VERB = re.compile(f"(?:{alternation(words('visit_along_extents.txt'))})?(?:{alternation(words('visit_walk_words.txt'))})?")
# a short modifier before the place after a visit verb (正在建设中的, 新建成的), ending in 的
MODIFIER_OF = re.compile(r"[^，,。；：、的\s]{1,16}的(?=[^的])")
# a 在 complement of a verb of setting up inside a relative clause (设在X中心二楼的Y, 建在X后院的Y):
# where the head lies, before 的 and no clause mark (session 51)
SET_UP_AT = re.compile(r"(?<![开建])[设建]在[^，,。；;：:！？\s]{2,20}的")
# a clause-opening 在's modifiers joined by 、 before the place (在同属X街道、去年完成改造的Y新村，):
# each a short phrase, the last ending in 的 (session 48, fstop)
MODIFIERS_OF = re.compile(r"(?:[^，,。；：、的\s]{2,16}、){1,2}[^，,。；：、的\s]{1,16}的(?=[^的])")
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
def site_parts() -> re.Pattern:
    """Parts of a site written bare (`place_site_parts.txt`, each maybe after a common word of
    `place_generic_words.txt`), one or several joined by 和/、/及/与: `企业展厅和生产车间`.

    >>> bool(site_parts().fullmatch("企业展厅和生产车间")), bool(site_parts().fullmatch("华美公司车间"))
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
def dispatcher() -> re.Pattern:
    """An organ and its dispatch verb (`dispatch_verbs.txt`), as a byline writes them
    before the writer's post (`省财政厅派驻` in `（作者系省财政厅派驻青石村第一书记 A）`):
    at most 14 characters of no punctuation, then the verb.  Source: FAULTS37_p120
    (two first-secretary diaries of an opened probe, neither read as the writer's).

    >>> dispatcher().sub("", "（作者系省财政厅派驻 ）")
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


@cache
def scene_spot() -> re.Pattern:
    """A spot of a place written right after its name and closed by a comma: 的, a
    landmark of one to five characters, a locative (`scene_spot_locatives.txt`: 前, 下,
    门口), as in `X村的祠堂前，` or `X社区的小广场上，`.  Read by `Reader._scene_locative`.

    >>> bool(scene_spot().match("的祠堂前，")), bool(scene_spot().match("的居民反映，"))
    (True, False)
    """
    return pattern("scene_spot_locatives.txt", r"的[^，,。；;：:！？!?\s的“”]{{1,5}}?(?:{})(?=[，,])")


@cache
def crowd_spot() -> re.Pattern:
    """A spot of a place written right after its name, maybe in a resident's home
    there (村民甲家), then a word telling it is crowded (`scene_crowd_words.txt`: 挤满,
    座无虚席) with no comma between: `X屯村民甲家的炕头上挤满了人` sets the scene at X
    as `X村的祠堂前，` does.  Read by `Reader._scene_locative`.  Source: FAULTS43_p144
    (a meeting on a villager's kang, its visit and issues lost).

    >>> bool(crowd_spot().match("村民孙某家的炕头上挤满了人")), bool(crowd_spot().match("的广场上坐满了人"))
    (True, True)
    >>> bool(crowd_spot().match("的路上车很多")), bool(crowd_spot().match("村民反映，屋里挤满了杂物"))
    (False, False)
    >>> bool(crowd_spot().match("上人头攒动")), bool(crowd_spot().match("上车很多"))
    (True, False)
    >>> bool(crowd_spot().match("灯火通明。"))
    True
    """
    spot = alternation(words("scene_spot_locatives.txt"))
    # (or the locative right after the name, X街上人头攒动: session 49, rrec49)
    # (or the word right after the name, no spot: X社区党群服务中心灯火通明。: session 59, unit59)
    return pattern("scene_crowd_words.txt", r"(?:(?:(?:[^，,。；;：:！？!?\s的“”]{{1,8}}?家)?的[^，,。；;：:！？!?\s的“”]{{1,5}}?)?(?:" + spot + r"))?(?:{})")


@cache
def office_spot() -> re.Pattern:
    """After a unit's own office written after its name (`X村村部`): a spot of it, a
    locative of `scene_spot_locatives.txt` (门前, 门口), maybe 的 + a landmark of one to
    five characters + a locative, closed by a comma: `X村村部门前的空地上，` sets the
    scene at the village as `X村的祠堂前，` does.  Read by `Reader._scene_locative`.
    Source: FAULTS42_p145 (a bench meeting before a village office, its visit lost).

    >>> bool(office_spot().match("门前的空地上，")), bool(office_spot().match("门前，")), bool(office_spot().match("门前的路"))
    (True, True, False)
    """
    # (or a word of the spot crowded or lit for a gathering, no comma: X村村部旁的禾坪上亮起了灯,
    # `scene_crowd_words.txt`, session 44)
    crowd = alternation(words("scene_crowd_words.txt"))
    return pattern("scene_spot_locatives.txt", r"(?:{0})(?:的[^，,。；;：:！？!?\s的“”]{{1,5}}?(?:{0}))?(?=[，,]|" + crowd + ")")


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
def observer_follows() -> re.Pattern:
    """An observer (`scene_observers.txt`, or 我 not of 我们/我村: `FIRST_PERSON`)
    and, maybe after 一路/一起, a following verb (`observer_follow_verbs.txt`).

    >>> bool(observer_follows().search("我跟着书记出了门")), bool(observer_follows().search("群众跟着书记走"))
    (True, False)
    """
    observers = alternation(words("scene_observers.txt"))
    follow = alternation(words("observer_follow_verbs.txt"))
    return re.compile(f"(?:{observers}|{FIRST_PERSON.pattern})(?:一路|一起|一同)?(?:{follow})")


@cache
def observer_goes() -> re.Pattern:
    """The report's observer opening the clause right before a visit verb
    (记者来到X, 。记者随后走进X): theirs is the going, not the official named before."""
    # (a sequence word may open the clause before the observer, and a short phrase of the way
    # stand between them and the verb: 随后我们翻过一道坡到了X; session 46, fplace — with a
    # diarist's groups read in the village the post names, the plain observer's going made a stop)
    seq = alternation(words("sequence_words.txt"))
    return pattern("scene_observers.txt", "(?:^|(?<=[，,。！？；\n]))(?:" + seq + ")?" + observer_phrase()
                   + "(?:" + OBSERVER_WAY.replace("{", "{{").replace("}", "}}") + ")?$")


@cache
def role_closing() -> re.Pattern:
    """An event role verb (`event_role_verbs.txt`) closing a clause, maybe after 了.

    >>> bool(role_closing().search("等结合调研情况作了发言")), bool(role_closing().search("主持召开座谈会"))
    (True, False)
    """
    return re.compile(f"(?:{alternation(words('event_role_verbs.txt'))})了?$")


@cache
def led_by() -> re.Pattern:
    """Between a name and a party word, the party is the one they bring
    (`bring_words.txt` + 的, a few words of the party's kind after it).

    >>> bool(led_by().fullmatch("带领的")), bool(led_by().fullmatch("率领的走访")), bool(led_by().fullmatch("和"))
    (True, True, False)
    """
    return re.compile(f"(?:{alternation(words('bring_words.txt'))})的[^，,。；;、\\s]{{0,4}}")


@cache
def went_on() -> re.Pattern:
    """Adverbs only (`SEVERAL_STOPS`: 先后; `name_follow_adverbs.txt`: 深入, 一同),
    maybe none: a clause opening with the visit verb, its subject the clause before.

    >>> bool(went_on().fullmatch("先后")), bool(went_on().fullmatch("")), bool(went_on().fullmatch("村民"))
    (True, True, False)
    """
    return re.compile(f"(?:{SEVERAL_STOPS.pattern}|{alternation(words('name_follow_adverbs.txt'))})*")


@cache
def told_visit() -> re.Pattern:
    """After 在, a relative clause telling the visit to the place that follows
    (`在随后走访的X小区，…`, `在接着来到的X村`: sequence words, a move verb of
    `visit_verbs.tsv`, 的): the place is the stop, read after the clause.

    >>> told_visit().match("随后走访的青禾小区，").end()
    5
    """
    return re.compile(f"(?:{alternation(words('sequence_words.txt'))})?(?:{alternation(kind_words('visit_verbs.tsv', 'move'))})了?的")


@cache
def partner_talk() -> re.Pattern:
    """A talk with partners closing a clause (与30余名居民代表面对面交流。, 同村民
    交谈，): a partner preposition (`partner_prepositions.txt`), the partners within
    the clause, and a talk verb (`partner_talk_verbs.txt`) before the clause's
    end or 了/并.  `join_brought` reads it as taking part in the event just held
    (FAULTS33_p100); 与兄弟镇交流经验 (the verb with an object) is no such talk.

    >>> bool(partner_talk().search("孔令华与居民代表面对面交流。")), bool(partner_talk().search("孔令华与兄弟镇交流经验。"))
    (True, False)
    """
    partners = alternation(words("partner_prepositions.txt"))
    talk = alternation(words("partner_talk_verbs.txt"))
    return re.compile(f"(?:{partners})[^，,。；;！]{{1,20}}?(?:{talk})(?=[，,。；;！]|了|并)")


@cache
def activity_under_way() -> re.Pattern:
    """A sentence opened by an activity under way (座谈中，…, 交流时，…): it is
    told at the event, like 座谈会上，…"""
    verbs = alternation(kind_words("visit_verbs.tsv", "activity"))
    return re.compile(f"(?:{verbs})(?:中|时|期间)[，,]")


@cache
def while_at() -> re.Pattern:
    """After a sentence-opening `在X`: a visit verb and its object, then 时 /
    期间 / 过程中 and the comma (在X调研时，王明…; 在X检查工作期间，…): the
    official opening the next clause is at X."""
    return re.compile(f"(?:{at_verb().pattern})[^，,。；：！？]{{0,12}}?(?:时|期间|过程中|之际)[，,]\\s*")


@cache
def area_words() -> re.Pattern:
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
def at_verb() -> re.Pattern:
    """Right after `在X`: a visit verb of any kind (调研, 察看, 座谈, 主持),
    maybe after 的 or sequence adverbs (在X调研时, 在X详细察看)."""
    verbs = [row[0] for row in table("visit_verbs.tsv")]
    return re.compile(f"(?:详细|认真|实地|深入)?(?:{alternation(verbs)})")


@cache
def resident_home() -> re.Pattern:
    """The home of a household named by its people (`issue_raisers.txt`: 村民, 牧民, 职工), maybe
    with a name, as a visit verb's object: `牧民甲的帐篷前`, `村民李大伯家`, `老党员王某家中`.
    No place of its own: the visit is at the place the paragraph is set at
    (`StopReading.visit_verbs`).  Source: session 46, fplace.

    >>> bool(resident_home().match("牧民扎西的帐篷前，")), bool(resident_home().match("村民李大伯家，"))
    (True, True)
    >>> bool(resident_home().match("村民广场，"))
    False
    """
    spot = alternation(words("scene_spot_locatives.txt"))
    return pattern("issue_raisers.txt", r"(?:{})[^，,。；;：:！？!?\s的“”]{{0,8}}?(?:家(?:中|里)?|的[^，,。；;：:！？!?\s的“”]{{1,4}}?(?:" + spot + r"))(?=[，,。；;]|$)")
