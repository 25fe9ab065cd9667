"""Names written before their posts: `由甲副镇长带领`, `甲（区委书记）`, capacity
frames (`甲以区政协委员身份`), names glued to a title (`王明县长`) and the
organ before a name, with the checks that keep a place, an organ or a word
qualifying the post from being read as a name.

Reads a `Lexis` and the text; gives (name, posts, start, end) to the
officials orchestrator and official_lists.
"""

from __future__ import annotations

import re
from functools import cache

from kg.analyse import Token, tokenize
from kg.extract.guides import CLAUSE_STARTS, GUIDE_OPENERS, MAX_NAME, MAX_POST, guided_at
from kg.extract.lexicons import compile_words, kind_words, pattern, words
from kg.extract.official_acts import act_follows, compound_surname
from kg.extract.official_lexis import Lexis
from kg.extract.official_name_shapes import can_follow_name, name_shaped, place_word_as_name
from kg.extract.official_posts import (
    post_before, posts_before, RANK_BEFORE_TITLE, jurisdiction_words, jurisdiction_ends, bare_jurisdiction,
)
from kg.extract.official_titles import (
    POST_BOUNDARY, POST_TAGS, CONJUNCTIONS, ACCOMPANYING_LIST, _titles, title_at_end, capacity_frames, post_breaks,
    VERB_NAME_TAGS,
)
from kg.extract.official_transcribed import (
    transcription_chars, transcription_shaped, MIN_TRANSCRIBED, MIN_SHORT_TRANSCRIBED,
)
from kg.extract.place_segments import COUNTED_PEOPLE
from kg.extract.place_suffixes import suffix_at


def name_before_post(lx: Lexis, m: re.Match) -> tuple[str, list[str], int, int] | None:
    """`由甲副镇长带领` / `甲以区政协委员(的)身份`: the person before the post.

    Returns (name, posts, post start, name start) or None.
    """
    text = lx.text
    got = post_before(lx, m.end(), m.start())
    if not got:
        return None
    post, start = got
    if COUNTED_PEOPLE.match(post):
        return None  # 甲、乙两位副区长: a plural post (names_before_plural_post; places' count of people)
    named = lx.name_shaped_before(start)
    if named and start < m.start() and _organ_abbreviation_as_name(named[0]):
        named = None  # 卫健/PER|部门负责人, 王刚同城管/PER|执法局负责人: the organ's short name, no one
    if named and start < m.start() and _place_named_before_its_post(lx, named[0], named[1], start):
        named = None  # 巴音/PER|嘎查嘎查达: the village 巴音嘎查 (named elsewhere) and its head's title
    if named and _named_then_conjunction(lx, *named):
        named = None  # 王刚同/PER|民政局负责人: 王刚 meets the bureau's head, who is unnamed
    lead = text[start:m.start()]
    if named is None and 2 <= len(lead) <= 3 and (name_shaped(lead) or place_word_as_name(lead)) \
            and not jurisdiction_ends(lead) \
            and text[max(0, start - 4):start].endswith(words("post_agent_markers.txt")):
        # 由|高山/n副镇长|带领: the post reader took a common word for the title's
        # jurisdiction; after an agent marker the name stands there, the title alone is the post
        named, post, start = (lead, start), m.group(0), m.start()
    if named is None:
        run = _transcribed_before_title(lx, m)
        if run:
            # 乌云/n|其/r|木格/n|副县长|陪同: the post reader took the name's last syllables
            # for the title's organ; the run from the clause's start is the name, the title the post
            named, post, start = run, m.group(0), m.start()
    if named and _level_group(text[named[1]:m.start()], m.group(0)):
        return None  # 陈仓区/PER|领导: a place's leaders, no person (_level_group)
    followed = lx.tokens(m.end(), m.end() + 2)
    # what the person does after the title, a manner adverb included (王明书记|详细|了解)
    if named and followed and followed[0].start == m.end() and (can_follow_name(followed[0]) or followed[0].tag == "ad"):
        # 由甲副镇长带领: a name, its post, then what the person does
        lead = text[start:m.start()]
        if named[1] + len(named[0]) == start and lead.startswith(jurisdiction_words()) \
                and _named_elsewhere_as(lx, named[0], lead, named[1]) is False:
            return None  # 金星/PER 县委书记 … 金星县持续推进: the county's secretary, no name
        before = text[max(0, named[1] - 4):named[1]]
        if not before or before[-1] in POST_BOUNDARY or before.endswith(words("post_agent_markers.txt")):
            return named[0], [post], start, named[1]
        organ = organ_before(lx, named[1])
        if organ and start == m.start():
            # 区政协|王明|副主席一行: the organ written before the name is the post's
            return named[0], [organ[0] + post], organ[1], named[1]
    closed = m.end() >= len(text) or text[m.end()] in APPOSITION_ENDS
    if closed or text.startswith(("）", ")"), m.end()):
        # 王明（区委书记）, 王明（省人大代表、市农业局局长）: the posts in brackets after a name;
        # 王明，区委副书记、区长，来到: in a clause of their own after a name alone in its clause;
        # 王明是区委常委、副区长: after a verb introducing them (post_link_verbs.txt)
        chain = posts_before(lx, m.end(), m.start())
        opener = text[chain[1] - 1] if chain and chain[1] > 0 else ""
        bracket = chain[1] - 1 if chain else -1
        sent = _dispatched_by().search(text, max(0, bracket - MAX_DISPATCHER), bracket + 1) if chain else None
        if sent and opener not in "（(":
            # 李强（省财政厅派驻|青石村第一书记）: the organ sending them and its verb open the
            # bracket; the post after them is the person's, the bracket opens before the organ
            opener, bracket = text[sent.start()], sent.start()
        named = None
        if opener in "（(" and not closed:
            named = lx.name_before(bracket) or _item_before_bracket(lx, bracket)
        elif opener in "，," and closed or opener in words("post_link_verbs.txt") and opener != "有":
            at = chain[1] - 1
            if opener != "有" and opener in words("post_link_verbs.txt") and text[at - 1:at] in ("，", ","):
                at -= 1  # （作者：孟某，系X镇党委书记）: the copula opens a clause after the name's
            named = lx.name_before(at)
            if named and named[1] > 0 and text[named[1] - 1] not in CLAUSE_STARTS:
                named = None  # the name must open its clause
            # (a transcribed name the analyser read in part or not at all: the whole clause)
            named = named or _transcribed_clause_before(lx, chain[1] - 1)
            if named is None and opener in words("post_link_verbs.txt"):
                named = _copula_continued(lx, chain[1] - 1)
        if named:
            return named[0], chain[0], chain[1], named[1]
    for before, afters in capacity_frames():
        if post.startswith(before) and text[start - 1:start] in ("，", ",") and any(text.startswith(a, m.end()) for a in afters):
            # ，以县人大代表身份参加: the post reader ran over the frame's word opening the clause
            post, start = post[len(before):], start + len(before)
        if text.startswith(before, start - len(before)) and any(
            text.startswith(a, m.end()) for a in afters
        ):
            named = lx.name_before(start - len(before))
            if named is None and text[start - len(before) - 1:start - len(before)] in ("，", ","):
                # 主任甲下沉到X村，以县人大代表身份参加…: the frame opens a clause of its own;
                # its subject is the one person the sentence names before it (FAULTS37_p116)
                named = _sole_person_before(lx, start - len(before) - 1)
            if named and _duty_role(post):
                return None  # 王明以联系领导身份来到: a duty role, no post
            if named:
                return named[0], [post], start, named[1]
    return None


def _sole_person_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The one person named (the analyser's PER words, `Lexis.name_before` at each
    word's end) in the sentence before `end`, with where the name starts; None when
    the sentence names none or several people before `end`.  A capacity frame
    opening its own clause (，以县人大代表身份参加) is that person's."""
    text = lx.text
    start = max([text.rfind(c, 0, end) for c in "。！？\n"]) + 1
    people: dict[str, int] = {}
    at = start
    while at < end:
        stop = min([i for i in (text.find(c, at, end) for c in "，,；、") if i >= 0], default=end)
        for tok in lx.tokens(at, stop):
            if tok.tag == "PER" and (named := lx.name_before(tok.end)) and named[1] >= at:
                people.setdefault(named[0], named[1])
        at = stop + 1
    # (a name read in parts, 曹立/新, gives its longest reading only)
    names = [n for n in people if not any(n != o and n in o for o in people)]
    return (names[0], people[names[0]]) if len(names) == 1 else None


# an organ sending a cadre, written in a bracket before the post (（省财政厅派驻|…第一书记）): at most this long
MAX_DISPATCHER = 14


@cache
def _dispatched_by() -> re.Pattern:
    """A bracket opening with an organ and a dispatch verb (`dispatch_verbs.txt`) that
    end right before a post: `（省财政厅派驻` in `李强（省财政厅派驻青石村第一书记）`.
    Searched in text[pos - MAX_DISPATCHER : post start]; the match starts at the bracket.
    Source: FAULTS37_p120 (a diarist's byline gave no official at all).

    >>> _dispatched_by().search("李强（省财政厅派驻").group(0)
    '（省财政厅派驻'
    """
    return compile_words(words("dispatch_verbs.txt"), r"[（(][^（()）\s，。、；：,;:]{{1,%d}}?(?:{})$" % MAX_DISPATCHER)


def _transcribed_before_title(lx: Lexis, m: re.Match) -> tuple[str, int] | None:
    """A transcribed name written right before the bare title `m`, which a
    person's act follows (act_follows: ，乌云其木格副县长陪同): four to MAX_NAME
    characters of name_transcription_chars.txt filling the clause up to the
    title (after POST_BOUNDARY, 有/为, or an agent marker of
    post_agent_markers.txt), not ending in a place's type word (巴音嘎查|嘎查达
    is a village and its head).  The analyser reads no person there and the post
    reader takes the name's last syllables for the organ (木格/n 副县长).
    Returns (name, start) or None.  Source: OFF35 item 1 (the shapes of a
    transcribed name around its title).

    >>> text = "王刚在曲登乡调研，乌云其木格副县长陪同。"
    >>> from types import SimpleNamespace as NS
    >>> _transcribed_before_title(Lexis(NS(text=NS(text=text))), _titles().search(text, 14))
    ('乌云其木格', 9)
    """
    text = lx.text
    end = m.start()
    if not act_follows(text, m.end()):
        return None
    chars = transcription_chars()
    start = end
    while start > 0 and end - start < MAX_NAME and text[start - 1] in chars:
        start -= 1
    opens = start == 0 or text[start - 1] in POST_BOUNDARY or text[start - 1] in NAMES_INTRODUCED_BY \
        or text[:start].endswith(words("post_agent_markers.txt"))
    cand = text[start:end]
    if not opens or len(cand) < MIN_TRANSCRIBED or not transcription_shaped(cand) or suffix_at(cand, len(cand)):
        return None
    return cand, start


def _place_named_before_its_post(lx: Lexis, name: str, name_start: int, post_start: int) -> bool:
    """Is `name` (at `name_start`) with the place type word opening the post
    at `post_start` (place_suffixes.tsv: 嘎查, 村, 社区) a place the report
    writes elsewhere too (来到巴音嘎查…，巴音嘎查嘎查达陪同)?  Then the post is
    that place's head's, its holder unnamed, and `name` the place's own name,
    which the analyser read as a person (巴音/PER: a Mongolian place name is a
    personal name too).  Source: OFF35 (shapes of village heads' titles).

    >>> from types import SimpleNamespace as NS
    >>> text = "来到巴音嘎查调研，巴音嘎查嘎查达陪同。"
    >>> lx = Lexis(NS(text=NS(text=text)))
    >>> once = Lexis(NS(text=NS(text="巴音嘎查嘎查达陪同。")))
    >>> _place_named_before_its_post(lx, "巴音", 9, 11), _place_named_before_its_post(once, "巴音", 0, 2)
    (True, False)
    """
    text = lx.text
    for k in range(1, 4):
        place = name + text[post_start:post_start + k]
        hit = suffix_at(place, len(place))
        if hit and hit[0] == k and any(i != name_start for i in lx.find_all(place)):
            return True
    return False


def _named_then_conjunction(lx: Lexis, name: str, start: int) -> bool:
    """Is `name`, read at `start` before a post, a person's name the report
    writes elsewhere alone, then a conjunction or preposition that joins
    officials (official_conjunctions.tsv: 同, 和, 与, 及) run into it by the
    tagger (王刚同/PER|民政局负责人)?  The name is the subject meeting the post's
    holder, who is not named: the post names no one.  A name that is itself
    written so everywhere (a given name ending in 同) is kept.  Source: OFF35
    item 2 (the shapes of a sector's organ after a preposition).

    >>> from types import SimpleNamespace as NS
    >>> text = "县长王刚来到。王刚同民政局负责人商量。"
    >>> lx = Lexis(NS(text=NS(text=text)))
    >>> _named_then_conjunction(lx, "王刚同", 7), _named_then_conjunction(lx, "王刚", 7)
    (True, False)
    """
    rest = name[:-1]
    if len(rest) < 2 or name[-1] not in CONJUNCTIONS:
        return False
    text = lx.text
    return any(i != start and text[i + len(rest):i + len(name)] != name[-1] for i in lx.find_all(rest))


def _organ_abbreviation_as_name(name: str) -> bool:
    """Does the name read before a post end with a sector department's short
    name (organ_abbreviations.txt: 卫健, 住建, 城管, 农业农村)?  The caller asks
    only where an organ word stands between the name and the title (卫健|部门
    负责人, 卫健|委负责人, 城管|执法局负责人): then the short name opens the
    post's organ, which the analyser read as a person (卫健/PER, 王刚同城管/PER),
    and no one is named.  A title written right after a name (卫健副县长) is not
    asked: there a person may bear such a name.  Source: OFF35 item 2 (p105:
    `同交通、卫健部门负责人商量` gave an official 卫健).

    >>> _organ_abbreviation_as_name("卫健"), _organ_abbreviation_as_name("王刚同城管"), _organ_abbreviation_as_name("王刚")
    (True, True, False)
    """
    return name.endswith(words("organ_abbreviations.txt"))


def _copula_continued(lx: Lexis, verb: int) -> tuple[str, int] | None:
    """The subject of a copula continued in a clause of its own: at `verb` a link
    verb (post_link_verbs.txt: 是) after `，` and an adverb (post_link_adverbs.txt:
    也, 还, 同时), the clause before opening with a name and a link verb:
    `王明是区人大代表，也是X村党支部书记` gives (王明, its start) for the second 是.
    Returns None for any other shape (`居民说，也是X村的事`: no name and verb open
    the clause before).

    Example: in `王明是区人大代表，也是东岭村党支部书记`, `verb` = 11 (the second 是)
    gives ('王明', 0), so 王明 holds 东岭村党支部书记 too (tests/test_lead35.py).
    """
    text = lx.text
    adverb = next((a for a in sorted(words("post_link_adverbs.txt"), key=len, reverse=True)
                   if text.startswith(a, verb - len(a))), None)
    comma = verb - len(adverb) - 1 if adverb else -1
    if comma < 1 or text[comma] not in "，,":
        return None
    opening = max((text.rfind(c, 0, comma) for c in CLAUSE_STARTS), default=-1) + 1
    links = words("post_link_verbs.txt")
    for j in range(opening + 2, min(comma, opening + MAX_NAME + 2)):
        if text[j] in links:
            named = lx.name_before(j)
            return named if named and named[1] == opening else None
    return None


def _duty_role(post: str) -> bool:
    """Is `post`, read in a capacity frame (以 … 身份, 作为 …), a duty role
    rather than a post: a staff head (name_staff_nouns.txt: 领导, 干部) after
    a duty word allowing the role use (post_duty_words.tsv: 联系, 包村, 挂点)?
    Rule: FAULTS27 kind 18.

    >>> _duty_role("联系领导"), _duty_role("驻村干部"), _duty_role("区人大代表"), _duty_role("领导")
    (True, True, False, False)
    >>> _duty_role("驻镇干部"), _duty_role("驻村第一书记")
    (True, False)
    """
    # every staff head the post ends with: the list holds compounds too (驻村干部), whose
    # shorter head 干部 follows the duty word
    return any(post.endswith(head) and post[:-len(head)].endswith(kind_words("post_duty_words.tsv", "role"))
               for head in words("name_staff_nouns.txt"))


def _item_before_bracket(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The name of a list item written before a bracket of posts that the
    analyser did not read as a person (方圆（街道党工委书记）、…陪同): the whole
    item from its separator (POST_BOUNDARY) or agent marker (在方圆（…）的陪同下)
    to the bracket at `end`, name-shaped (`name_shaped`: a surname first,
    two or three characters, four after a compound surname).  The bracket
    of posts after it says a person stands there.  Returns (name, start) or None."""
    text = lx.text
    transcribed = _transcribed_before_bracket(lx, end)
    if transcribed:
        return transcribed
    start = end
    while start > 0 and end - start < 4 and text[start - 1] not in POST_BOUNDARY:
        start -= 1
    cand = text[start:end]
    marker = next((w for w in words("post_agent_markers.txt") if cand.startswith(w) and len(cand) - len(w) >= 2), "")
    if start > 0 and text[start - 1] not in POST_BOUNDARY or not 2 <= len(cand) - len(marker) <= (4 if compound_surname(cand[len(marker):][:2]) else 3):
        return None
    cand, start = cand[len(marker):], start + len(marker)
    return (cand, start) if name_shaped(cand) or place_word_as_name(cand) else None


def _transcribed_clause_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """A transcribed name (`transcription_shaped`) filling the whole clause
    that ends at the comma at `end`, before a clause of posts
    (乌云其其格，旗人大代表，…牧民): the analyser reads no person in a long
    Mongolian or Tibetan name, so `name_before` finds none.  The clause must
    open the text or follow a clause start (CLAUSE_STARTS) and hold nothing
    but name_transcription_chars.txt characters.  Returns (name, start) or None.
    Rule: FAULTS32 (p92-05, a deputy's record opening with her name alone in
    its clause); a Han name there is `name_before`'s."""
    text = lx.text
    start = end
    while start > 0 and end - start <= MAX_NAME and text[start - 1] not in CLAUSE_STARTS:
        start -= 1
    cand = text[start:end]
    return (cand, start) if transcription_shaped(cand) else None


# what may stand right before a list's first name: 有/为 of 陪同人员有, 参加的有
NAMES_INTRODUCED_BY = "有为"


def _transcribed_before_bracket(lx: Lexis, end: int) -> tuple[str, int] | None:
    """A transcribed name (`transcription_shaped`) filling a list item before
    a bracket of posts at `end`, which the analyser split or misread
    (陪同人员有萨仁高娃（旗委副书记）、…): the longest run of
    name_transcription_chars.txt characters there that opens at the item's
    start (after a separator of POST_BOUNDARY, 有/为, or an agent marker of
    post_agent_markers.txt) and at an analyser word's start (after 有/为 the
    analyser may glue them on: 有图雅/v).  Returns (name, start) or None."""
    text = lx.text
    chars = transcription_chars()
    run = end
    while run > 0 and end - run < MAX_NAME and text[run - 1] in chars:
        run -= 1
    for start in range(run, end - MIN_SHORT_TRANSCRIBED + 1):
        introduced = start > 0 and text[start - 1] in NAMES_INTRODUCED_BY  # (有图雅/v: the tagger may glue 有 on)
        opens = start == 0 or text[start - 1] in POST_BOUNDARY or introduced \
            or text[:start].endswith(words("post_agent_markers.txt"))
        if opens and transcription_shaped(text[start:end]) \
                and (introduced or any(t.start == start for t in lx.tokens(start, end, anchor=end - 1))):
            return text[start:end], start
    return None


def name_glued_to_title(lx: Lexis, m: re.Match) -> tuple[str, list[str], int, int] | None:
    """A name written right before its title with no place between them
    (欧阳建国县政协主席来到, 方圆二级巡视员一行, 在苏醒区民政局局长的陪同下):
    the clause (after punctuation, or an agent marker: post_agent_markers.txt)
    up to the title is a name of two or three characters (three or four
    after a compound surname) opening with a surname (`name_shaped`), then
    a bare jurisdiction (`bare_jurisdiction`), and a person's act follows
    the title (`act_follows`).  The analyser glues such a name to the
    jurisdiction (欧阳建国县政协/PER, 张勇镇/PER, 白云镇党委/ORG) or reads it
    as the post's first noun (钟声/n 副镇长).  `X县` may be a county's name
    (白云区委书记来到, a post naming no person), and X before a bare title a
    town's (石门镇长) or another word (时任县长, 包片副镇长): unless a rank
    stands between (方圆二级巡视员), the name is read only where the analyser
    tags it a person there, or the report names X alone elsewhere, or the
    analyser reads X as a person before the bare title
    (`_person_glued_here`).  Returns (name, [post], post start, name start),
    the shape of `name_before_post`, or None.

    Source: OFFICIALS22's generated shapes (names × jurisdictions × titles × frames).
    """
    text = lx.text
    start = m.start()
    while start > 0 and m.start() - start < MAX_POST and text[start - 1] not in POST_BOUNDARY:
        start -= 1
    chained, end = _chained_posts(text, m.end())
    sentence = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    # (陪同调研的有：甲…，乙…。: every item after the list's opening)
    listed = _companion_list_goes_on(text, end) or ACCOMPANYING_LIST.search(text, sentence, start) is not None
    if not (listed or act_follows(text, end)):
        return None
    # an item of a list whose next or previous item is a person and a post (李冰区政府办主任，
    # 方圆街道党工委书记，赵敏…陪同): the list's items are all people
    listed = listed or start > 0 and text[start - 1] in "，、" and LIST_CLOSE.match(text, end) is not None
    sibling = listed and _person_item_beside(lx, start, end)
    clause = text[start:m.start()]
    marker = next((w for w in words("post_agent_markers.txt") if clause.startswith(w)), "")
    skips = [0, len(marker)]
    # an agent marker inside the clause before a guide's or companion's frame (区长乙|在|甲村支书的带领下)
    inner = max((clause.rfind(w) + len(w) for w in GUIDE_OPENERS if clause.rfind(w) > 0), default=0)
    if inner and guided_at(text, start + inner - 1):
        skips.append(inner)
    for skip in dict.fromkeys(skips):
        lead = clause[skip:]
        compound = compound_surname(lead[:2])
        for n in (3, 4) if compound else (2, 3):
            name, jur = lead[:n], lead[n:]
            if len(name) < n or not (name_shaped(name) or place_word_as_name(name)) \
                    or not bare_jurisdiction(jur):
                continue
            if name.endswith(jurisdiction_words()) and jur and not RANK_BEFORE_TITLE.match(jur) \
                    and not jur.startswith(jurisdiction_words()):
                continue  # 白云区|政协主席: a place's name and its organ alone
            if any(act_follows(text, start + skip + n + i) for i in range(1, len(jur))):
                continue  # 伊宁|市政协副主席甲带领政协|委员: a person's act inside is no organ's; 甲 leads the members (FAULTS44_p156)
            if jur and not jur.startswith(jurisdiction_words()) and _organ_abbreviation_as_name(name):
                continue  # 卫健|委负责人: a sector's short name and its organ word, no one
            if jur and _place_named_before_its_post(lx, name, start + skip, start + skip + n):
                continue  # 巴音|嘎查嘎查达: the village named elsewhere and its head's title
            if _level_group(name + jur, m.group(0)):
                continue  # 陈仓|区领导, 王强县/PER|领导: a place's leaders, no person (_level_group)
            at = start + skip
            # (a rank names no place: 方圆|二级巡视员; nothing or a jurisdiction may be a
            # place's name or a word before the title: 石门|镇长, 包片|副镇长, 时任|县长)
            if not RANK_BEFORE_TITLE.match(jur) and not sibling \
                    and not _person_glued_here(lx, name, jur or m.group(0), at, name + m.group(0) + text[m.end():m.end() + 2],
                                               bare_title=not jur):
                continue
            return name, [text[at + n:m.end()], *chained], at + n, at
    return None


def _level_group(written: str, title: str) -> bool:
    """Is `written` + `title`, a name, a level word and a staff noun
    (`name_staff_nouns.txt`: 陈仓|区|领导, 石桥|镇|干部), the group of a place's
    leaders or cadres, so the name and level word are the place's (陈仓区领导来到:
    the leaders of 陈仓区), never a person and a post?  A person's name is written
    before a post (王明区长), not before a group: 王明区领导 is not written.  The
    analyser reads a two-character place name alone as a person (陈仓领导/PER),
    which `_person_glued_here` asks, or glues it to the level word (王强县/PER).
    `written` ends in the level word (`jurisdiction_ends`: two characters or more
    before it).  Source: LEFT33 item 5.

    >>> _level_group("陈仓区", "领导"), _level_group("石桥镇", "干部"), _level_group("陈仓", "领导"), _level_group("陈仓区", "区长")
    (True, True, False, False)
    """
    return title in words("name_staff_nouns.txt") and jurisdiction_ends(written)


def _chained_posts(text: str, pos: int) -> tuple[list[str], int]:
    """The posts joined by 、 to the title ending at `pos` (韩雪区委常委|、副区长，):
    each a bare jurisdiction and organ (`bare_jurisdiction`) then a title,
    no name inside (、陈刚区政府办主任 is the next item of a list).  Returns
    (posts, where the last ends); ([], pos) when none follows.

    >>> _chained_posts("区委常委、副区长，李冰", 4), _chained_posts("主任、陈刚区政府办主任", 2)
    ((['副区长'], 8), ([], 2))
    """
    posts = []
    while pos < len(text) and text[pos] == "、":
        title = _titles().search(text, pos + 1, pos + 1 + MAX_POST)
        if title is None or any(c in POST_BOUNDARY for c in text[pos + 1:title.start()]) \
                or not bare_jurisdiction(text[pos + 1:title.start()]):
            break
        posts.append(text[pos + 1:title.end()])
        pos = title.end()
    return posts, pos


def _person_item_beside(lx: Lexis, start: int, end: int) -> bool:
    """Is the list item right before text[start:end] or right after it (up to
    the next 、 or comma) a person then a post: the analyser's person word
    opening it, a title (post_titles.txt) in it, no longer than a post and a
    name (李冰区政府办主任，|方圆街道党工委书记|，赵敏区民政局局长陪同)?"""
    text = lx.text
    after_end = min((i for i in (text.find(c, end + 1) for c in "，、,。；\n") if i >= 0), default=len(text))
    before_start = max(text.rfind(c, 0, start - 1) for c in "，、,。；：\n") + 1
    for s, e in ((before_start, start - 1), (end + 1, after_end)):
        if not 0 < e - s <= MAX_POST + MAX_NAME or not _titles().search(text, s, e):
            continue
        first = next((t for t in lx.tokens(s, e, anchor=s) if t.start == s), None)
        if first is not None and first.tag == "PER" and 2 <= len(first.word) <= 4:
            return True
        # (the analyser glues the name to the organ, 李冰区政府办/ORG: asked again
        # without the jurisdiction and organ, as `name_glued_to_title` does)
        title = _titles().search(text, s, e)
        for n in (2, 3):
            if title.start() - s > n and name_shaped(text[s:s + n]) and bare_jurisdiction(text[s + n:title.start()]) \
                    and _person_before_bare_title(text[s:s + n] + title.group(0) + text[title.end():title.end() + 2], text[s:s + n]):
                return True
    return False


# what closes a list of companions (…，乙区政府办主任陪同 / 参加)
LIST_CLOSE = re.compile(r"(?:等[0-9一二三四五六七八九十]*[名位]?)?(?:同志)?(?:的?陪同|参加|参与|随同)")


def _companion_list_goes_on(text: str, pos: int) -> bool:
    """Does a list of people with their posts go on at `pos` (a comma or
    、) to the sentence's close by the people's act (甲区委常委、副区长|，乙区政府办
    主任，丙街道党工委书记陪同 / 参加)?  Each later item holds a title
    (post_titles.txt) and is no longer than a post and a name; the last
    ends in LIST_CLOSE.  The list's act is each item's: the name written
    before the first item's title is a person.

    >>> _companion_list_goes_on("，李冰区政府办主任陪同。", 0), _companion_list_goes_on("，要求各部门落实。", 0)
    (True, False)
    """
    if pos >= len(text) or text[pos] not in "，、,":
        return False
    stop = min((i for i in (text.find(c, pos) for c in "。；;\n") if i >= 0), default=len(text))
    items = re.split("[，、,]", text[pos + 1:stop])
    close = LIST_CLOSE.search(items[-1])
    if close is None or close.end() < len(items[-1].rstrip()) - 4:
        return False
    items[-1] = items[-1][:close.start()]
    return all(0 < len(item) <= MAX_POST + MAX_NAME and _titles().search(item) for item in items)


@cache
def _person_before_bare_title(phrase: str, name: str) -> bool:
    """Does the analyser read `name`, opening `phrase` (the name, its title
    without the jurisdiction and organ, and what follows: 高山书记来到), as a
    person?  Asked where the report's own words glue the name to a
    jurisdiction word (高山县委书记来到: 高山/n 县委书记/n), the place
    name's way (白云区委书记) left undecided by the words alone.

    >>> _person_before_bare_title("欧阳建国主席来到", "欧阳建国"), _person_before_bare_title("江北书记来到", "江北")
    (True, False)
    """
    toks = tokenize(phrase, [(0, len(phrase))])
    return bool(toks) and toks[0].word == name and toks[0].tag == "PER"


def _person_glued_here(lx: Lexis, name: str, jur: str, at: int, bare: str, bare_title: bool = False) -> bool:
    """Is `name` at `at`, followed by `jur` (the jurisdiction and organ, or
    the title where none stands between), a person rather than a place's
    name or another word (`name_glued_to_title`)?  So it is
    where the report writes the name elsewhere as a person's subject, an act
    of one following (`act_follows`: 高山县委书记来到…高山指出); or, where the report nowhere else writes the
    name with that word (a place's name: 白云区委书记来到…白云区各级干部),
    where the analyser's person word starts there and covers the name
    (欧阳建国县政协/PER) or it reads the name as a person in `bare`, the
    name before its title without jurisdiction and organ
    (`_person_before_bare_title`); or, with nothing between the name and
    its title (`bare_title`: 方圆副区长一行), where the analyser's word there
    is a noun the name may be (`_word_before_title_as_name`)."""
    evidence = _named_elsewhere_as(lx, name, jur, at)
    if evidence is not None:
        return evidence
    toks = lx.tokens(at, at + len(name), anchor=at)
    return any(t.tag == "PER" and t.start == at and t.end >= at + len(name) for t in toks) \
        or _person_before_bare_title(bare, name) \
        or bare_title and _word_before_title_as_name(toks, name, at)


def _named_elsewhere_as(lx: Lexis, name: str, jur: str, at: int) -> bool | None:
    """What the rest of the report makes `name`, written at `at` before `jur`
    (a post's jurisdiction and organ: 高山|县委书记): True, a person, where
    the name elsewhere is a person's subject (`act_follows`: 高山强调);
    False, a place's name, where the report writes it elsewhere before the
    jurisdiction's word and not the same organ (高山县各级干部: 高山县 is
    a county, 高山县委书记 its secretary); None where it does neither."""
    text = lx.text
    word = next((w for w in jurisdiction_words() if jur.startswith(w)), jur[:1])
    elsewhere = [i for i in lx.find_all(name) if i != at]
    if any(act_follows(text, i + len(name)) for i in elsewhere):
        return True  # 雷鸣强调: the name alone as a person's subject
    if any(text.startswith(word, i + len(name)) and not text.startswith(jur, i + len(name)) for i in elsewhere):
        return False
    return None


# tags of a word before a title that qualifies the post or the clause, never a
# name: verbs (分管, 时任), conjunctions (于是), pronouns, adverbs, numerals, times
NOT_NAME_BEFORE_TITLE_TAGS = frozenset({"v", "vn", "vd", "c", "r", "d", "ad", "p", "u", "m", "q", "f", "TIME", "w", "xc"})


def _word_before_title_as_name(toks: list[Token], name: str, at: int) -> bool:
    """Is `name` at `at`, written right before a title with no jurisdiction
    between (方圆/n 副区长一行, 林海镇/PER 长), a name by the analyser's word
    there (`toks`)?  A personal title names a person, not a place's organ:
    what stands right before it, in a clause whose person acts after the
    title (`act_follows`, checked by the caller), is its holder, unless the
    word qualifies the post (post_modifiers.txt: 全体, 包片; the tags of
    NOT_NAME_BEFORE_TITLE_TAGS: 分管/v, 于是/c) or is a place running into
    the title's type character (高山镇长/LOC: the head of 高山镇).

    >>> from kg.analyse import Token
    >>> _word_before_title_as_name([Token("方圆", "n", 0, 2)], "方圆", 0)
    True
    >>> _word_before_title_as_name([Token("分管", "v", 0, 2)], "分管", 0), _word_before_title_as_name([Token("高山镇长", "LOC", 0, 4)], "高山", 0)
    (False, False)
    """
    first = next((t for t in toks if t.start == at), None)
    if first is not None and first.tag in VERB_NAME_TAGS and first.end == at + len(name) \
            and name not in words("post_modifiers.txt") and name not in words("name_pivot_verbs.txt"):
        return True  # 付出/v 副区长一行: a verb with no person object (name_shaped, checked by the caller)
    if first is None or name in words("post_modifiers.txt") or first.tag in NOT_NAME_BEFORE_TITLE_TAGS \
            or jurisdiction_ends(name):
        return False  # (陈刚村|支书: the jurisdiction word is the post's, 陈刚|村支书; 罗镇 stays a name)
    return not (first.end > at + len(name) and first.tag in ("LOC", "ORG"))


# what ends a clause of posts set off after a name (王明，区委副书记、区长，来到)
APPOSITION_ENDS = "，。；,;"


def organ_before(lx: Lexis, end: int) -> tuple[str, int] | None:
    """The organ written right before a name whose title follows it
    (区政协|王明副主席, 市委巡视组|王明组长): nominal words (POST_TAGS) back to
    a clause start or an agent marker, the last an organisation (tagged ORG,
    or ending in a word of organisation_heads.txt, or a place ending in its
    type word: 翠湖村|王明书记), not ending in a title
    (区委常委|王明副区长 is two posts, read elsewhere).
    Returns (organ, start) or None."""
    text = lx.text
    toks = lx.tokens(end - MAX_POST, end, anchor=end - 1)
    if not toks or toks[-1].end != end:
        return None
    i = len(toks) - 1
    while i > 0 and toks[i - 1].tag in POST_TAGS:
        i -= 1
    if toks[i].tag not in POST_TAGS:
        return None
    start = toks[i].start
    organ = text[start:end]
    # (a place ending in its type word stands for its committee: 翠湖村|王明书记)
    if not (toks[-1].tag == "ORG" or pattern("organisation_heads.txt", "(?:{})$").search(organ)
            or toks[-1].tag == "LOC" and suffix_at(organ, len(organ))) \
            or title_at_end().search(organ) or any(c in POST_BOUNDARY for c in organ):
        return None
    # after a clause start, an agent marker (由, 在), or a conjunction, lead or
    # companion word (带领区民政局|甲、…: post_breaks)
    if start > 0 and text[start - 1] not in POST_BOUNDARY \
            and not text[max(0, start - 4):start].endswith(words("post_agent_markers.txt")) \
            and not any(b.end() == start for b in post_breaks().finditer(text, max(0, start - 4), start)):
        return None
    return organ, start
