"""Transcribed names (巴特尔, 那日苏, 阿不都热依木·吐尔逊): runs of transcription
syllables, short names the analyser split into pieces, dotted names, and
adverbs read into or cut from a given name.

Reads the text and the analyser's tokens; gives the name read at a position
(or None) to official_lexis, official_name_shapes, official_lists and
official_names_before.
"""

from __future__ import annotations

import re
from functools import cache

from kg.analyse import Token, tokenize
from kg.analyse.component import NAME_DOTS
from kg.extract.guides import MAX_NAME
from kg.extract.issue_words import acts as raising_acts, remark_acts
from kg.extract.lexicons import words
from kg.extract.official_acts import (
    move_verbs, person_verbs, person_act_at, activity_verb_at, next_official_after_comma, time_words,
    adverb_of_acts, act_follows, braving,
)
from kg.extract.official_titles import MAX_DOTTED_NAME, _titles, NOT_GIVEN_NAME_TAGS, LAST_ITEM_JOINS
from kg.resources import surname_initials
from kg.text import is_han


@cache
def transcription_chars() -> frozenset[str]:
    return frozenset(words("name_transcription_chars.txt"))


def transcription_run(text: str, pos: int) -> int:
    """How many characters of name_transcription_chars.txt stand in a row
    from `pos`, MAX_NAME at the most: the longest transcribed name that can
    start there (`transcribed_name`, `_transcribed_item` cut it back).

    >>> transcription_run("县长达瓦次仁来到扎西村", 2), transcription_run("嘎查达苏和巴鲁说", 3)
    (4, 4)
    """
    chars = transcription_chars()
    length = 0
    # (和 second: 苏和巴鲁, 孟和巴特尔 — one character before it is no name of its own, so
    # 和 joins no two names there; name_transcription_chars.txt leaves 和 out for 罗杰和巴特尔)
    while length < MAX_NAME and pos + length < len(text) and (text[pos + length] in chars or length == 1 and text[pos + length] == "和"):
        length += 1
    return length


def transcription_shaped(cand: str) -> bool:
    """Is `cand` two to MAX_NAME characters of name_transcription_chars.txt
    (图雅, 萨仁高娃): the shape of a name transcribed from Mongolian, Tibetan
    or Uyghur, asked only where a frame already puts a name, as `name_shaped`
    asks for a Han surname.  Not an adverb of acts (name_follow_adverbs.txt).

    >>> transcription_shaped("图雅"), transcription_shaped("单位")
    (True, False)
    """
    chars = transcription_chars()
    return 2 <= len(cand) <= MAX_NAME and all(c in chars for c in cand) and not adverb_of_acts(cand)


# a preposition and a pronoun naming whom a person speaks to (向他说, 跟我们讲, 对大家说):
# grammar between a speaker and the act; FAULTS41_p146
ADDRESSEE = re.compile(r"[向对跟给同和](?:他们|她们|我们|大家|他|她|我)")


def adverb_as_given_name(text: str, pos: int, name: str) -> str:
    """`name` (two characters, read at `pos`) with the character after it
    when that character ends given names and is also an adverb
    (name_adverb_chars.txt: 蒙德|才|说, 欧志|刚|来到) and a speech, movement,
    visit or raising verb follows it, or any person's act (`person_act_at`:
    在X主持, 一同调研; issue_words.acts: 韦文|才|反映): the tagger
    read it as the adverb, cutting the name.
    Not when the report writes `name` elsewhere without that character (王明
    … 王明才来到 stays 王明).

    >>> adverb_as_given_name("副县长蒙德才说，", 3, "蒙德")
    '蒙德才'
    >>> adverb_as_given_name("组长蒙德才向他说了", 2, "蒙德")
    '蒙德才'
    """
    end = pos + len(name)
    if len(name) != 2 or text[end:end + 1] not in _adverb_name_chars():
        return name
    after = end + 1
    if addressee := ADDRESSEE.match(text, after):
        after = addressee.end()  # 邢德|才|向他说了: the one spoken to, then the act (session 41)
    if not (remark_acts().match(text, after) or person_verbs().match(text, after) or person_act_at(text, after)
            or raising_acts().match(text, after)):
        return name  # (a raising act or any person's act too: 村党支部书记韦文|才|反映, 韦文|才|主持, NAMES30)
    longer = name + text[end]
    return longer if text.count(name) == text.count(longer) else name


def adverb_cut_from_name(text: str, pos: int, name: str) -> str:
    """`name` (three characters, read at `pos`) without its last character
    when that character is an adverb that also ends given names
    (name_adverb_chars.txt: 刚 "just", 才 "only then"), a person's act
    follows it (`person_act_at`: 走进, 来到, 说), and the report writes the
    first two characters elsewhere, without that character, followed by a
    person's act (郭云|刚走进X … 郭云来到Y, 郭云说): the analyser read the
    adverb into the name.  The converse of `adverb_as_given_name`: the
    report's other mentions decide the name's length.  Returns `name`
    unchanged otherwise (欧志刚来到 … 欧志刚说 stays 欧志刚).
    Source: FAULTS36_p118 (a subdistrict secretary's name with 刚 glued on:
    every visit went to a person no gold names).

    >>> adverb_cut_from_name("书记林海刚走进东园社区。林海来到西塘村。", 2, "林海刚")
    '林海'
    >>> adverb_cut_from_name("书记林海刚走进东园社区。林海刚来到西塘村。", 2, "林海刚")
    '林海刚'
    """
    if len(name) != 3 or name[2] not in _adverb_name_chars() or not person_act_at(text, pos + 3):
        return name
    short = name[:2]
    at = text.find(short)
    while at != -1:
        if at != pos and text[at + 2:at + 3] != name[2] and person_act_at(text, at + 2):
            return short
        at = text.find(short, at + 1)
    return name


@cache
def _adverb_name_chars() -> frozenset[str]:
    return frozenset(words("name_adverb_chars.txt"))


MIN_TRANSCRIBED = 4  # characters: fewer are read as Han names (巴特尔 is a PER word already)
MIN_SHORT_TRANSCRIBED = 2  # characters of a short transcribed name (扎西, 那日苏), read only from small pieces
# tags of a word of two characters the tagger makes of a short transcribed name's
# syllables (那仁/r, 其其/r, 木汗/PER, 木汗/n, 其格/a): a pronoun, measure or numeral,
# a noun or adjective, what the tagger guesses for unknown syllables; never a verb or adverb
# (依托/v, 亲自/d: a word of the clause, not syllables)
SHORT_NAME_PIECE_TAGS = frozenset({"PER", "r", "q", "m", "LOC", "nr", "n", "nz", "a"})


# tags of one word that may be a whole short transcribed name: a pronoun (那仁/r), or the noun the
# tagger guesses for syllables it does not know (图雅/n, 宝力/nz); a place, organisation, verb or
# adverb it read is that word
ONE_WORD_SHORT_NAME_TAGS = frozenset({"r", "n", "nz"})


# the people a cadre speaks for, between 代表 and the raising act (代表牧民反映, 代表村民们提出)
SPOKEN_FOR = 6


def _raises_at(text: str, pos: int) -> bool:
    """Does a raising act (`issue_words.acts`: 反映, 提出) start at `pos`, maybe after
    代表 and the people spoken for (代表牧民反映)?  After a title and a transcribed
    name (嘎查长图门吉日嘎拉|代表牧民反映了) it is the person's act: a cadre raising
    the residents' matters, as `_short_transcribed_name` reads for short names.
    Session 39 (p135: a Mongolian village head's name lost before 代表牧民反映).

    >>> _raises_at("代表牧民反映了几件事", 0), _raises_at("反映，路不通", 0), _raises_at("代表团来到", 0)
    (True, True, False)
    """
    if raising_acts().match(text, pos):
        return True
    if not text.startswith("代表", pos):
        return False
    return any(raising_acts().match(text, i) for i in range(pos + 3, min(len(text), pos + 3 + SPOKEN_FOR))
               if all(is_han(c) for c in text[pos + 2:i]))


def transcribed_name(text: str, pos: int, name: str, toks: list[Token] = ()) -> str:
    """The name at `pos` read in full when it is transcribed from a non-Han
    language: four to six characters of name_transcription_chars.txt (达瓦次仁,
    阿不都热合曼), longer than `name` (what the tagger read: 达瓦次仁/v gives
    nothing, 阿不都/PER|热合曼/v a part), then what a person does there (a
    movement, leading or visit verb, a remark: 来到, 调研, 说).  No Han surname
    need start it: the title before and the act after name the person between.
    Shorter ones (2-3 characters: 那日苏, 其其格) only when the tagger read no
    name there and cut them into small pieces (`_short_transcribed_name`).
    `name` unchanged otherwise.

    >>> transcribed_name("县长达瓦次仁来到扎西村", 2, "")
    '达瓦次仁'
    """
    length = transcription_run(text, pos)
    for end in range(pos + length, pos + max(MIN_TRANSCRIBED, len(name) + 1) - 1, -1):
        if (person_act_at(text, end) or activity_verb_at(text, end) or _raises_at(text, end)
                or goes_to_place(text, toks, end)) and not function_char_before(toks, end):
            return text[pos:end]  # (副县长那仁满都拉|主持召开: presiding is a person's act too)
        if end < len(text) and (text[end] == "、" or text[end] in LAST_ITEM_JOINS or next_official_after_comma(text, end)) \
                and any(t.end == end for t in toks) and not function_char_before(toks, end):
            return text[pos:end]  # 副书记乌云/v|其/r|木格/PER|和李明: a list item's end, where the analyser's words end too
    if not name and toks:
        return _short_transcribed_name(text, toks, pos, length) or name
    return name


def goes_to_place(text: str, toks: list[Token], end: int) -> bool:
    """Does a one-character movement verb (visit_verbs.tsv move: 到, 去, 赴)
    stand at `end`, a place the tagger read (a LOC word) right after it?
    `act_follows` leaves 到 out (提到, 受到 follow common words); after a full
    run of transcription syllables and before a place it is the person's
    going (镇党委书记阿拉坦仓/LOC|到|红旗村/LOC: the tagger read the name as a
    place, and no other act follows it).  Source: session 43's invented ledes
    (no official, no visit, for a Mongolian name after a jurisdiction's title).

    >>> toks = tokenize("阿拉坦仓到红旗村调研", [(0, 10)])
    >>> goes_to_place("阿拉坦仓到红旗村调研", toks, 4), goes_to_place("阿拉坦仓到会", tokenize("阿拉坦仓到会", [(0, 6)]), 4)
    (True, False)
    """
    verb = move_verbs().match(text, end)
    return verb is not None and len(verb.group(0)) == 1 \
        and any(t.start == verb.end() and t.tag == "LOC" for t in toks)


def function_char_before(toks: list[Token], end: int) -> bool:
    """Is the word ending at `end` one character the tagger read as a function
    word (NOT_GIVEN_NAME_TAGS: 都/d, 就/d)?  It is the act's adverb, not a
    name's last syllable (其其格|都|来到), though name_transcription_chars.txt
    holds the character."""
    return any(t.end == end and len(t.word) == 1 and t.tag in NOT_GIVEN_NAME_TAGS for t in toks)


def _short_transcribed_name(text: str, toks: list[Token], pos: int, length: int) -> str | None:
    """Two or three transcription characters at `pos` (the first `length`
    characters there are of name_transcription_chars.txt) read as one name
    when the tagger split them into small pieces: single characters, or words
    of two no content word is made of (SHORT_NAME_PIECE_TAGS: 那/r|日/q|苏/LOC,
    那/r|木汗/PER, 其其/r|格/n), cut where a word ends (or inside a person's
    word run into the act: 那/r|日/q|苏一行/PER), then the person's act
    (`person_act_at`: 来到, 一行, 陪同, 在X主持; an attending verb, `activity_verb_at`:
    汇报; or a raising act, `issue_words.acts`: 反映).  The longest such.  The last
    piece is no one-character function word (`function_char_before`: 都/d|来到
    is the act's adverb); a word of two characters that is a verb or adverb is
    a word, not syllables (依托/v, 亲自/d), and so is an adverb of acts however
    tagged (name_follow_adverbs.txt: 全程/n).  The title before
    and the act after name the person between (name_transcription_chars.txt).

    >>> toks = tokenize("旗长那日苏来到青石村", [(0, 10)])
    >>> _short_transcribed_name("旗长那日苏来到青石村", toks, 2, 3)
    '那日苏'
    >>> toks = tokenize("区长亲自来到", [(0, 6)])
    >>> _short_transcribed_name("区长亲自来到", toks, 2, 0) is None
    True
    """
    for end in range(pos + min(length, MIN_TRANSCRIBED - 1), pos + MIN_SHORT_TRANSCRIBED - 1, -1):
        pieces = [t for t in toks if t.start < end and t.end > pos]
        if not pieces or pieces[0].start != pos or pieces[-1].end != end and pieces[-1].tag != "PER":
            continue  # the name would cut a word the tagger read; but a person's word may run into the act (苏一行/PER)
        if any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS and not _time_read_name(t) for t in pieces):
            continue
        if len(pieces) == 1 and pieces[0].tag not in ONE_WORD_SHORT_NAME_TAGS and not _time_read_name(pieces[0]):
            continue  # one word the tagger read is its own reading (a PER one is the name already)
        if function_char_before(toks, end) or adverb_of_acts(text[pos:end]):
            continue
        if person_act_at(text, end) or activity_verb_at(text, end) or raising_acts().match(text, end):
            return text[pos:end]  # (嘎查达宝音图|汇报, 村主任那日苏|反映: a cadre's report or raising is theirs)
    return None


# a weekday (周日, 星期三): a time, though 周 and 日 are transcription syllables
WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天末]")


def _time_read_name(tok: Token) -> bool:
    """Is `tok`, a word the tagger read as a time (TIME), a short transcribed name it
    misread: two or three syllables of name_transcription_chars.txt that are no time
    word the project knows (`time_words`: 次日, 当日) nor a weekday (周日)?  After a
    title and before a person's act (县长当周来到: 当周, an Amdo Tibetan name, read as
    "that week") the person is named there.  Session 27, newcomer's item 3.

    >>> _time_read_name(Token("当周", "TIME", 2, 4)), _time_read_name(Token("次日", "TIME", 2, 4))
    (True, False)
    >>> _time_read_name(Token("周日", "TIME", 2, 4)), _time_read_name(Token("图雅", "n", 2, 4))
    (False, False)
    """
    return (
        tok.tag == "TIME" and transcription_shaped(tok.word) and len(tok.word) < MIN_TRANSCRIBED
        and tok.word not in time_words() and not WEEKDAY.fullmatch(tok.word)
    )


def transcribed_glued_to_title(text: str, toks: list[Token], pos: int) -> str | None:
    """The transcribed name at `pos` when the analyser glued it to the title
    before it as one word (嘎查达图雅/v|说): the word's part after the title is
    `transcription_shaped` (two to MAX_NAME characters of
    name_transcription_chars.txt), and the person's act (`person_act_at`: a
    remark, 来到, 陪同) follows the word at once, or after pieces no content
    word is made of (SHORT_NAME_PIECE_TAGS: 嘎查达宝/v|力道/n|说).

    >>> text = "嘎查达图雅说"
    >>> transcribed_glued_to_title(text, [Token("嘎查达图雅", "v", 0, 5), Token("说", "v", 5, 6)], 3)
    '图雅'
    """
    if not toks or toks[0].start >= pos:
        return None
    for k in range(len(toks), 0, -1):  # the longest: 嘎查达宝/v|力道/n|说 runs on over small pieces
        end = toks[k - 1].end
        if any(len(t.word) > 1 and t.tag not in SHORT_NAME_PIECE_TAGS for t in toks[1:k]):
            continue
        cand = text[pos:end]
        if transcription_shaped(cand) and person_act_at(text, end) and not function_char_before(toks[1:k], end):
            return cand
    return None


def glued_name_before_act(text: str, pos: int) -> str | None:
    """The name at `pos` when the tagger glued it to the title before it
    (副区长徐街/n|一行, 镇长王建村/n|来到): two or three Han characters opening
    with a surname (surnames.txt), then a person's act (act_follows: 一行,
    来到, 陪同, 等陪同), the shortest such.  The title before and the act
    after name the person between them whatever the words are (a street, a
    village: 徐街, 王建村).  None when no act follows within three characters.

    >>> glued_name_before_act("徐街一行到团结社区", 0), glued_name_before_act("王建村来到", 0)
    ('徐街', '王建村')
    >>> glued_name_before_act("工作组来到", 0) is None
    True
    """
    initials = surname_initials() or frozenset()
    for length in (2, 3):
        cand = text[pos:pos + length]
        if len(cand) < length or not all(is_han(c) for c in cand) or cand[0] not in initials \
                or _titles().search(cand) or cand in words("group_words.txt") or cand in words("issue_raisers.txt") \
                or cand in words("name_staff_nouns.txt"):
            continue  # (区级领导|干部|夜访: the staff noun names a group, no person)
        if act_follows(text, pos + length):
            return cand
    return None


def dotted_rest(text: str, toks: list[Token], pos: int, name: str) -> str:
    """A transcribed name read in part (艾尔肯/PER ·/w 买买提/v 深入): after a
    name dot, the Han words up to the person's act or a function word are
    the name's rest, whatever the tagger called them.

    >>> # 副县长艾尔肯·买买提深入… -> '艾尔肯·买买提'
    """
    name = name.rstrip(NAME_DOTS)  # 古丽娜尔·/PER 买买提/v: the tagger kept the dot, not the rest
    end = pos + len(name)
    while end < len(text) and text[end] in NAME_DOTS:
        rest = ""
        for tok in toks:
            if tok.start < end + 1:
                continue
            if tok.start != end + 1 + len(rest) or not all(is_han(c) or c in NAME_DOTS for c in tok.word) \
                    or tok.tag in ("p", "c", "u", "w", "d", "r") or act_follows(text, tok.start) \
                    or len(name) + 1 + len(rest) + len(tok.word) > MAX_DOTTED_NAME \
                    or len(rest) + len(tok.word) > MAX_DOTTED_PART:
                break
            inside = next((p for p in range(tok.start + 1, tok.end) if act_follows(text, p)), None)
            if inside is not None:
                rest += text[tok.start:inside]  # 买买提先/v|后来到: the act starts inside the word
                break
            rest += tok.word
        if not rest or any(t.start < end + 1 + len(rest) < t.end for t in toks) or _moves_inside(text, toks, end + 1, rest):
            rest = _dotted_part(text, end + 1) or rest or _syllables_to_clause_word(text, end + 1)
        if not rest:
            break
        name += text[end] + rest
        end = pos + len(name)
    last = max(name.rfind(d) for d in NAME_DOTS)
    if last > 0 and not act_follows(text, end):
        # 热合曼·阿不/PER|都/d|来到: a syllable the tagger read as a function word or
        # adverb; the last part read by characters up to the person's act
        part = _dotted_part(text, pos + last + 1)
        if len(part) > len(name) - last - 1 and act_follows(text, pos + last + 1 + len(part)):
            name = name[:last + 1] + part
        elif not move_verbs().match(text, end) and (part := _syllables_to_clause_word(text, pos + last + 1)):
            # 阿吾提/PER|先后/d|到, 阿不/PER|都/d|在…坦言: no act right after the name; its
            # transcription syllables up to the clause's first word (an adverb, a preposition,
            # a remark or a braving phrase) are its part, wherever the tagger cut
            name = name[:last + 1] + part
    return name


def dotted_ends_clause_word(text: str, pos: int, dotted: str) -> bool:
    """Does the transcribed name `dotted` at `pos` (a dot inside) stand before
    a clause word (`_clause_word_at`: 先后到, 在…坦言, 补充说, 冒着严寒，) with its
    last part all transcription syllables?  Then the name ends there though no
    person's act (act_follows) follows right after it.

    >>> dotted_ends_clause_word("买买提·吐尔逊冒着大雪，先后到", 0, "买买提·吐尔逊")
    True
    >>> dotted_ends_clause_word("买买提·吐尔逊的", 0, "买买提·吐尔逊")
    False
    """
    last = max(dotted.rfind(d) for d in NAME_DOTS)
    return last > 0 and _syllables_to_clause_word(text, pos + last + 1) == dotted[last + 1:]


# characters opening a person's clause after the name: prepositions of where and to whom
# (在会上说, 向大家介绍, 对记者讲); 和, 与, 同 join names and stay out
CLAUSE_PREPOSITIONS = "在向对跟给"


def _clause_word_at(text: str, pos: int) -> bool:
    """Does a word opening the person's clause stand at `pos`: a person's act
    (act_follows), a movement verb (到), a raising or remark act (补充说, 坦言, 表示), a braving phrase
    (冒着严寒，), a manner or sequence adverb (先后, 一同: adverb_of_acts), a
    preposition (在, 向: CLAUSE_PREPOSITIONS) or punctuation?"""
    if pos >= len(text) or not is_han(text[pos]):
        return pos >= len(text) or text[pos] in "，,。；;：:、！？!?（("
    return act_follows(text, pos) or raising_acts().match(text, pos) is not None or move_verbs().match(text, pos) is not None \
        or remark_acts().match(text, pos) is not None or braving().match(text, pos) is not None \
        or adverb_of_acts(text[pos:pos + 2]) or text[pos] in CLAUSE_PREPOSITIONS


def _syllables_to_clause_word(text: str, pos: int) -> str:
    """The part of a transcribed name after its dot read as transcription
    syllables (name_transcription_chars.txt) up to a clause word
    (`_clause_word_at`), two to MAX_DOTTED_PART of them, the longest such; ''
    when no clause word follows any of them (a part that is no name's).  The tagger reads
    the name's last syllable into the next word (提冒/v, 都/d, 地/u).
    Source: FAULTS44_p156.

    >>> _syllables_to_clause_word("阿吾提先后到村里", 0), _syllables_to_clause_word("吐尔地补充说", 0)
    ('阿吾提', '吐尔地')
    >>> _syllables_to_clause_word("阿不都热合曼的", 0)
    ''
    """
    chars = transcription_chars()
    run = 0
    while pos + run < len(text) and run < MAX_DOTTED_PART and text[pos + run] in chars:
        run += 1
    # the longest part ending at a clause word (买买提|到, not 买买|提到: a syllable may open an act)
    return next((text[pos:pos + n] for n in range(run, 1, -1) if _clause_word_at(text, pos + n)), "")


def _moves_inside(text: str, toks: list[Token], pos: int, part: str) -> bool:
    """Does `part` (read at `pos` as a transcribed name's part after its dot) run
    across a movement verb (到, 去, 到达) after two characters or more, a place (a
    LOC token) right after the verb or the part ending in it?  The tagger
    joins the name's last syllable and the verb (买买/v 提到/v 阿克苏村/LOC): a
    name goes no further than the person's going; `_dotted_part` reads it again.

    >>> # 阿不都热依木·买买提到阿克苏村走访 -> the part is 买买提, not 买买提到
    """
    for i in range(2, len(part)):
        verb = move_verbs().match(text, pos + i)
        if not verb:
            continue
        # the place stands after the word holding the verb (提到/v, 到达/v), however the tagger cut it
        word_end = next((t.end for t in toks if t.start <= pos + i < t.end), verb.end())
        if verb.end() >= pos + len(part) or any(t.start == word_end and t.tag == "LOC" for t in toks):
            return True
    return False


def dotted_moves(text: str, pos: int, dotted: str) -> bool:
    """Does the whole transcribed name `dotted` at `pos` (both parts, a dot between)
    stand right before a one-character movement verb (`visit_verbs.tsv` move: 到,
    去), the first part's syllables split by the tagger (阿不/PER|都/d|热/v|合曼·吐尔逊/PER|到)?
    `act_follows` leaves 到 out (it follows common words too); after a complete
    dotted name it is the person's going.  Source: FAULTS35_p105 (副政委阿不都热合曼·吐尔逊到
    X, Y调研 kept 阿不, and every visit of the official went to a stranger).

    >>> dotted_moves("阿不都热合曼·吐尔逊到五连", 0, "阿不都热合曼·吐尔逊"), dotted_moves("阿不都热合曼·吐尔逊的", 0, "阿不都热合曼·吐尔逊")
    (True, False)
    """
    end = pos + len(dotted)
    return any(d in dotted for d in NAME_DOTS) and move_verbs().match(text, end) is not None


def dotted_first_part(text: str, pos: int) -> str:
    """The first part of a transcribed name at `pos`: two to MAX_DOTTED_PART
    Han characters, then a name dot and a Han character (买买提·吐尔逊); ''
    otherwise.  A dot between Han characters joins the parts of one name.

    >>> dotted_first_part("买买提·吐尔逊来到", 0), dotted_first_part("王明来到", 0)
    ('买买提', '')
    """
    end = pos
    while end < len(text) and end - pos < MAX_DOTTED_PART and is_han(text[end]):
        end += 1
    if 2 <= end - pos and end + 1 < len(text) and text[end] in NAME_DOTS and is_han(text[end + 1]):
        return text[pos:end]
    return ""


# a transcribed name's part before or after a dot: at most this many characters (吐尔逊,
# 托乎提; Uyghur given names of six: 阿不都热合曼, 阿卜杜克热木, 阿不都热西提)
MAX_DOTTED_PART = 6


def _dotted_part(text: str, pos: int) -> str:
    """The part of a transcribed name after its dot, read by characters where
    the analyser's words cross it (·托乎/w 提到/v, 托乎提 + 到): Han
    characters up to a person's act (act_follows), a one-character movement
    verb after two characters (托乎提|到), a conjunction or 等, at most
    MAX_DOTTED_PART; '' if fewer than two.

    >>> _dotted_part("阿力木·托乎提到光明街道", 4)
    '托乎提'
    """
    end = pos
    while end < len(text) and end - pos < MAX_DOTTED_PART and is_han(text[end]) \
            and not act_follows(text, end) and text[end] not in "等和与及同":
        if end - pos >= 2 and move_verbs().match(text, end):
            break
        end += 1
    if end < len(text) and is_han(text[end]) and end - pos == MAX_DOTTED_PART \
            and not act_follows(text, end) and not move_verbs().match(text, end):
        return ""  # no end in sight: not a name's part (a part of six ending at the act is one: 阿不都热合曼|来到)
    return text[pos:end] if end - pos >= 2 else ""
