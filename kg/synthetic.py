"""Synthetic reports of the genre, built from the project's own lexicons.

For benchmarks and property-based tests: `synthetic_report(rng)` writes a
report such as

    2024年3月1日，区委常委、副区长柏宁来到松柏街道梅林居委会，听取群众关于停车难和路灯的意见建议。

with varied officials (post titles and surnames from kg/lexicons; one post, or
a party and a government post of one level), nested places (place suffixes by
level), visit verbs and residents' issues (the zh labels of ontology/issues.ttl),
a lead sentence naming every official (the last two joined by a comma, 和 or 与)
and closing remarks, one of which mentions unnamed problems that are no issue.
The `Plan` a report was rendered from is what extraction should give back
(tests/recovery.py compares the two).  `damage(text, rng)` then degrades it the way scraped
mirrors do: Traditional script, pinyin annotations (`區(qū)`), ASCII
punctuation, `??` at line starts and random noise characters.

The building blocks (`Official`, `Visit`, `Plan`, the word lists and the
`render_*` functions) are public so Hypothesis strategies can draw each part
themselves (tests/strategies.py); `random.Random` drives the plain generator.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.resources import lexicon, lexicon_table

# Words the lexicons do not hold (they list title heads and suffixes, not the
# organisations in front of them): each organisation with the title heads it
# plausibly carries; only heads that are in post_titles.txt are used.
ORG_TITLES = {
    "区委": ("书记", "副书记", "常务副书记", "常委", "委员"),
    "区政府": ("副区长", "秘书长", "副秘书长"),
    "区人大常委会": ("主任", "副主任", "常务副主任", "秘书长"),
    "区政协": ("主席", "副主席", "秘书长"),
    "区委组织部": ("部长", "副部长"),
    "区委宣传部": ("部长", "副部长"),
    "区民政局": ("局长", "副局长"),
    "区房管局": ("局长", "副局长"),
    "区建设管理委": ("主任", "副主任"),
    "街道党工委": ("书记", "副书记"),
    "街道办事处": ("主任", "副主任"),
    "镇党委": ("书记", "副书记"),
    "": ("区长", "副区长", "县长", "副县长", "镇长", "副镇长"),
}
# Two posts are written party post first, then the government post of the same
# level (区委副书记、区长 / 镇党委副书记、镇长): the pairs officials really hold.
POST_PAIRS = (
    ("区委副书记", "区长"), ("区委常委", "副区长"), ("区委常委", "区委组织部部长"),
    ("区委常委", "区委宣传部部长"), ("区委常委", "区政府副区长"), ("区委委员", "区民政局局长"),
    ("镇党委副书记", "镇长"), ("镇党委书记", "镇长"), ("街道党工委副书记", "街道办事处主任"),
    ("街道党工委书记", "街道办事处主任"), ("区政府副区长", "区房管局局长"),
)
# Given-name characters: common, and none of them a stop word of the parser.
GIVEN_NAME_CHARS = "明华伟强军平建国文斌涛磊静丽敏燕勇杰峰超宏志宁俊红霞鹏飞云海波涛晨曦瑞琳嘉颖"
PLACE_STEMS = (
    "东湖", "新华", "长风", "曲江", "凉溪", "江湾", "嘉兴", "广中", "彩虹", "玉田", "运光", "金泉",
    "安康", "和平", "幸福", "胜利", "青云", "松柏", "梅林", "桃源", "兴隆", "春晖", "望江", "临平",
)
# Unnamed sites (a community's own canteen or park); only those ending in a
# site suffix of place_suffixes.tsv are used (site_names()), as for every word here.
SITE_NAMES = ("党群服务站", "社区食堂", "邻里汇", "睦邻中心", "养老院", "卫生服务中心", "口袋公园", "快递驿站")
PRESENCE_PHRASES = ("实地察看小区环境", "边走边看", "驻足察看楼道设施", "实地查看改造进展")
RAISERS = ("居民", "居民代表", "群众", "业主")
CLOSING_SENTENCES = (
    "{name}指出，要坚持以人民为中心，把群众的急难愁盼问题办好办实。",
    "{name}强调，相关部门要加强统筹协调，切实改善居民居住环境。",
    "{name}表示，将认真研究居民的意见，推动问题尽快解决。",
    # residents raise something, but nothing named: no issue to extract
    "居民们还反映了一些问题，{name}要求相关部门逐一研究解决。",
)
# How the lead sentence joins the officials: all by commas, or the last two by
# a conjunction (区长王明和区委常委、副区长陈立平), which must not join the post.
LEAD_JOINS = ("，", "和", "与")


# ------------------------------------------------------------------ word lists

@cache
def surnames() -> tuple[str, ...]:
    """The lexicon's surnames, less those a Traditional→Simplified repair
    would rewrite (於 -> 于) or that a round trip through Traditional does not
    give back (于琳 -> 於琳 -> 於琳: OpenCC keeps 於 before a given name): damaged
    samples are converted, so such a name cannot come back as written.
    Surnames that are also function words (向, 和) stay: names are found by the
    analyser, not by stop lists."""
    from kg.repair.script import converter

    to_simplified, to_traditional = converter("tw2s"), converter("s2tw")

    def kept(w: str) -> bool:
        named = w + "琳来到"  # a given name and a verb after it, as in a report
        return to_simplified.convert(w) == w and to_simplified.convert(to_traditional.convert(named)) == named

    return tuple(w for line in lexicon("surnames.txt") for w in line.split() if kept(w))


@cache
def post_titles() -> tuple[str, ...]:
    return lexicon("post_titles.txt")


@cache
def place_suffixes(level: str, organs: bool | None = None) -> tuple[str, ...]:
    """Literal suffixes of one admin level: district, subdistrict, community, site.
    `organs=False` keeps the place's own type words (街道, 村), `True` only the
    suffixes naming its organ (街道办事处, 村委会: the 4th column), None both."""
    return tuple(row[0] for row in lexicon_table("place_suffixes.tsv")
                 if len(row) >= 3 and row[2] == level and not row[0].startswith("re:")
                 and not (len(row) >= 5 and row[4])  # (组: a place only inside a village, 5th column)
                 and (organs is None or organs == (len(row) >= 4 and bool(row[3]))))


@cache
def _organ_suffixes() -> dict[str, str]:
    """Organ suffix -> the place's own type word (place_suffixes.tsv, 4th column)."""
    return {row[0]: row[3] for row in lexicon_table("place_suffixes.tsv")
            if len(row) >= 4 and row[3] and not row[0].startswith("re:")}


def place_name(written: str) -> str:
    """The place a written name stands for, as the parser (docs/parser.md) and
    readers annotating reports name it: an organ stands for its place
    (望江村委会 -> 望江村, 东湖街道办事处 -> 东湖街道); other names as written.

    >>> place_name("望江村民委员会")
    '望江村'
    """
    for suffix in sorted(_organ_suffixes(), key=len, reverse=True):
        if written.endswith(suffix) and len(written) > len(suffix):
            return written[: -len(suffix)] + _organ_suffixes()[suffix]
    return written


def place_names(chain: tuple[str, ...]) -> tuple[str, ...]:
    """The places of a written chain as a reader names them: place_name of
    each, and an unnamed site (社区食堂, SITE_NAMES) by the place written
    before it (凉溪居委会社区食堂), as it is known by no name of its own."""
    names = []
    for i, written in enumerate(chain):
        if written in SITE_NAMES and i > 0:
            names.append(chain[i - 1] + written)
        else:
            names.append(place_name(written))
    return tuple(names)


@cache
def site_names() -> tuple[str, ...]:
    """SITE_NAMES that end in a site suffix the lexicon knows."""
    return tuple(n for n in SITE_NAMES if n.endswith(place_suffixes("site")))


@cache
def move_verbs() -> tuple[str, ...]:
    # one-character verbs (到, 赴) read badly after a name in generated text
    return tuple(row[0] for row in lexicon_table("visit_verbs.tsv")
                 if len(row) >= 2 and row[1] == "move" and len(row[0]) > 1)


@cache
def issue_labels() -> tuple[str, ...]:
    """zh prefLabels and hiddenLabels of the issue scheme's narrower concepts,
    but a split keyword (电动…车: kg.extract.issue_scheme.GAP) is no wording."""
    from rdflib.namespace import SKOS

    from kg import ontology
    from kg.extract.issue_scheme import GAP

    graph = ontology.graph(ontology.ISSUE_SCHEME)
    labels = set()
    for concept in graph.subjects(SKOS.broader, None):
        for prop in (SKOS.prefLabel, SKOS.hiddenLabel):
            for label in graph.objects(concept, prop):
                if getattr(label, "language", None) == "zh" and len(str(label)) >= 2 and GAP not in label:
                    labels.add(str(label))
    return tuple(sorted(labels))


# ------------------------------------------------------------------ the plan

@dataclass(frozen=True)
class Official:
    name: str
    posts: tuple[str, ...]

    def written(self) -> str:
        return "、".join(self.posts) + self.name


@dataclass(frozen=True)
class Visit:
    official: Official
    verb: str
    places: tuple[str, ...]  # outermost first: 东湖街道, 新华居民区, 安康小区
    issues: tuple[str, ...]
    style: int = 0


@dataclass(frozen=True)
class Plan:
    date: dt.date
    visits: tuple[Visit, ...]
    with_year: bool = True
    closings: tuple[int, ...] = field(default=())
    lead_join: int = 0  # index into LEAD_JOINS


def random_name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN_NAME_CHARS) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(surnames()) + given


@cache
def posts() -> tuple[str, ...]:
    """Organisation + title head, for every head the lexicon knows."""
    known = set(post_titles())
    return tuple(org + title for org, titles in ORG_TITLES.items() for title in titles if title in known)


def random_post(rng: random.Random) -> str:
    return rng.choice(posts())


@cache
def post_pairs() -> tuple[tuple[str, str], ...]:
    """POST_PAIRS whose title heads are all in post_titles.txt."""
    known = posts()
    return tuple(pair for pair in POST_PAIRS if all(p in known for p in pair))


def random_posts(rng: random.Random) -> tuple[str, ...]:
    """One post, or (one time in three) a party post and a government post."""
    pairs = post_pairs()
    if pairs and rng.random() < 1 / 3:
        return rng.choice(pairs)
    return (random_post(rng),)


def random_official(rng: random.Random) -> Official:
    return Official(name=random_name(rng), posts=random_posts(rng))


def place_chain(stems, suffixes, tail: str = "", start: int = 0) -> tuple[str, ...]:
    """A nested place chain as written: subdistrict, community, then maybe
    (`tail`) an estate or a named site; from `start` (1: no subdistrict).

    `suffixes` is (subdistrict's, community's, site's or a site name).  A
    place that contains another is written by its own type word (望江镇凉溪村,
    not 望江镇政府凉溪村); only the innermost may be named by its organ
    (凉溪村委会), which stands for the place (place_name).
    """
    sub, com, site = suffixes
    chain = [stems[0] + sub, stems[1] + com]
    if tail == "estate":
        chain.append(stems[2] + site)
    elif tail == "site":
        chain.append(site)
    chain = chain[start:]
    return tuple(place_name(p) for p in chain[:-1]) + (chain[-1],)


def random_places(rng: random.Random) -> tuple[str, ...]:
    """A nested place chain (place_chain) with random stems, suffixes and tail."""
    stems = rng.sample(PLACE_STEMS, 3)
    tail = rng.random()
    tail = "estate" if tail < 0.4 else "site" if tail < 0.6 else ""
    site = rng.choice(place_suffixes("site")) if tail == "estate" else rng.choice(site_names())
    suffixes = (rng.choice(place_suffixes("subdistrict")), rng.choice(place_suffixes("community")), site)
    return place_chain(stems, suffixes, tail, start=0 if rng.random() < 0.7 else 1)


def random_issues(rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.sample(issue_labels(), rng.randint(1, 3)))


def random_date(rng: random.Random) -> dt.date:
    return dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(365 * 8))


def random_plan(rng: random.Random) -> Plan:
    officials = [random_official(rng) for _ in range(rng.randint(1, 4))]
    visits = tuple(
        Visit(official=o, verb=rng.choice(move_verbs()), places=random_places(rng),
              issues=random_issues(rng), style=rng.randrange(len(VISIT_TEMPLATES)))
        for o in officials
    )
    closings = tuple(rng.randrange(len(CLOSING_SENTENCES)) for _ in visits)
    return Plan(date=random_date(rng), visits=visits, with_year=rng.random() < 0.8, closings=closings,
                lead_join=rng.randrange(len(LEAD_JOINS)))


# ------------------------------------------------------------------ rendering

def render_date(date: dt.date, with_year: bool = True) -> str:
    day = f"{date.month}月{date.day}日"
    return f"{date.year}年{day}" if with_year else day


def render_issues(issues) -> str:
    if len(issues) == 1:
        return issues[0]
    return "、".join(issues[:-1]) + "和" + issues[-1]


VISIT_TEMPLATES = (
    "{who}{verb}{place}，听取{raiser}关于{issues}的意见建议。",
    "{who}{verb}{place}，{presence}，认真倾听{raiser}对{issues}等方面的意见建议。",
    "随后，{who}{verb}{place}。座谈中，{raiser}反映了{issues}等问题。",
    "{who}一行{verb}{place}调研，与{raiser}面对面交流，{raiser}提出了{issues}等问题。",
)


def render_visit(visit: Visit, first_mention: bool = True) -> str:
    who = visit.official.written() if first_mention else visit.official.name
    template = VISIT_TEMPLATES[visit.style % len(VISIT_TEMPLATES)]
    return template.format(
        who=who, verb=visit.verb, place="".join(visit.places), issues=render_issues(visit.issues),
        raiser=RAISERS[visit.style % len(RAISERS)],
        presence=PRESENCE_PHRASES[visit.style % len(PRESENCE_PHRASES)],
    )


def render(plan: Plan) -> str:
    """The report text: a dated lead sentence, then one paragraph per visit."""
    date = render_date(plan.date, plan.with_year)
    written = [v.official.written() for v in plan.visits]
    if len(written) > 1:
        written[-2:] = [LEAD_JOINS[plan.lead_join % len(LEAD_JOINS)].join(written[-2:])]
    officials = "，".join(written)
    lines = [f"{date}，{officials}分别深入社区一线，开展联系服务群众活动。"]
    for i, visit in enumerate(plan.visits):
        paragraph = render_visit(visit, first_mention=False)
        if i < len(plan.closings):
            paragraph += CLOSING_SENTENCES[plan.closings[i]].format(name=visit.official.name)
        lines.append(paragraph)
    return "\n".join(lines) + "\n"


def synthetic_report(rng: random.Random, damaged: bool = False, kinds=None) -> str:
    """One report's text; `damaged` applies a random subset of `kinds` (default DAMAGE_KINDS)."""
    text = render(random_plan(rng))
    return damage(text, rng, kinds) if damaged else text


# ------------------------------------------------------------------ damage

def to_traditional(text: str) -> str:
    from kg.repair.script import converter

    return converter("s2tw").convert(text)


@cache
def _traditional_char(char: str) -> str:
    return to_traditional(char)


@cache
def _reading(char: str) -> str:
    from pypinyin import Style, pinyin

    return pinyin(char, style=Style.TONE)[0][0]


def annotate_pinyin(simplified: str, rng: random.Random, rate: float = 0.8) -> str:
    """Traditional script with `區(qū)` readings after characters that changed."""
    out = []
    for char in simplified:
        trad = _traditional_char(char)
        out.append(trad)
        if trad != char and rng.random() < rate:
            out.append(f"({_reading(char)})")
    return "".join(out)


ASCII_PUNCTUATION = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"}


def ascii_punctuation(text: str) -> str:
    return text.translate(str.maketrans(ASCII_PUNCTUATION))


def lost_indents(text: str) -> str:
    return "\n".join("??" + line if line else line for line in text.split("\n"))


# Noise scrapers leave behind: stray symbols, invisible and bidi controls,
# markup-ish characters, and characters that need escaping in Turtle/HTML.
NOISE = "※★■□●◆…—·　\u200b\u200d\u200e\u202e\ufeff\u00a0\t<>&\"'\\`{}[]|#~^$@%*_=+/abcXYZ0123456789"


def add_noise(text: str, rng: random.Random, rate: float = 0.02) -> str:
    out = []
    for char in text:
        if rng.random() < rate:
            out.append("".join(rng.choice(NOISE) for _ in range(rng.randint(1, 3))))
        out.append(char)
    return "".join(out)


DAMAGE_KINDS = ("pinyin", "traditional", "ascii_punctuation", "lost_indents", "noise")
# The kinds repair undoes: a report damaged only by these keeps every fact readable.
READABLE_DAMAGE = tuple(k for k in DAMAGE_KINDS if k != "noise")


def damage(text: str, rng: random.Random, kinds=None) -> str:
    """Apply a random subset of the damage mirrors do (of `kinds`, default DAMAGE_KINDS)."""
    chosen = {k for k in (DAMAGE_KINDS if kinds is None else kinds) if rng.random() < 0.5}
    return apply_damage(text, chosen, rng)


def apply_damage(text: str, kinds, rng: random.Random) -> str:
    """The chosen kinds of damage, in the order mirrors apply them.  Pinyin
    annotation writes Traditional script too, so it takes the place of "traditional"."""
    if "pinyin" in kinds:
        text = annotate_pinyin(text, rng, rate=rng.uniform(0.3, 1.0))
    elif "traditional" in kinds:
        text = to_traditional(text)
    if "ascii_punctuation" in kinds:
        text = ascii_punctuation(text)
    if "lost_indents" in kinds:
        text = lost_indents(text)
    if "noise" in kinds:
        text = add_noise(text, rng, rate=rng.uniform(0.001, 0.03))
    return text


def write_corpus(folder: Path, count: int, seed: int = 0, damaged_share: float = 0.5, kinds=None) -> list[Path]:
    """`count` synthetic reports as UTF-8 files in `folder` (for benchmarks and tests);
    `damaged_share` of them damaged with a random subset of `kinds` (default DAMAGE_KINDS).

    Without "noise" every report keeps its facts readable, so a build of them fails on none."""
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"synthetic-{seed}-{i:05d}.txt"
        path.write_text(synthetic_report(rng, damaged=rng.random() < damaged_share, kinds=kinds), encoding="utf-8")
        paths.append(path)
    return paths
