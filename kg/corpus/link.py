"""Entity resolution across reports: one node per official, place and post.

Each report's graph names its entities with mention IRIs; the linker sees the
mentions of every report (kg.corpus.mentions), decides which are the same
entity, and maps each mention to a canonical IRI.  It decides on evidence and
writes down why (gov:mergeReason on the canonical node):

Places are chains of `level:core+kind` from the top (`subdistrict:四川北路街道/
community:山一社区`).  Chains with the same leaf are the same place when their
ancestors do not disagree at any level; a shorter chain (`community:山一社区`)
joins the one place it fits, and stays apart (with a skos:editorialNote)
when it fits several — 新华居民区 of 东湖街道 and of 西湖街道 never merge.

Officials are a name plus a jurisdiction (district): named in a post
(`东湖区区长`), by the report (a district place or another official's post;
of districts nested in its chains, the innermost), or inferred from the report's places (a subdistrict known to lie in one
district).  Same name and same district: one node.  No jurisdiction: the one
node of that name when there is exactly one, else kept apart.  Two districts:
two people.

Posts belong to an official; `东湖区区长` and `区长` held by an official of
东湖区 are one post (label 区长, gov:jurisdiction 东湖区).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.corpus.mentions import above_district, parse_chain, post_district, strip_district
from kg.emit import terms as t
from kg.emit.iri import digest
from kg.emit.rdf import Minter, official_mention, place_mention, post_mention
from kg.emit.terms import P, gov
from kg.extract.place_parse import parse_at
from kg.extract.place_proper_part import is_named
from kg.extract.place_suffixes import ADMIN, LEVELS

# the type word a post's title opens with (县长, 常务副县长, 区委书记): the district form it names
# the type words of a province (湖北省, 广西壮族自治区): a title naming one is the province's post
PROVINCE_WORDS = ("省", "自治区")
_POST_TYPE_WORD = re.compile(r"(?:常务)?副?([区县市旗])")

Chain = tuple[tuple[str, str], ...]
SKOS_NOTE = "<http://www.w3.org/2004/02/skos/core#editorialNote>"
# the first organ a title names, with its level: a district's or higher (区委, 县农业农村局,
# 市长; as kg.corpus.mentions.TITLE_LEVEL) or a town's, subdistrict's, village's or
# community's (镇长, 街道办主任, 社区主任, 村委会主任, 白岩村党支部书记; the PRC's 乡级 and
# the self-governing bodies below it).  Leftmost wins: 社区党委 is a community's
# though 区党委 stands inside it; 农村局 (村 before 局) is no village's.
TITLE_ORGAN = re.compile(
    r"(?P<district>省|自治区|市(?!场)|州|盟|区|县|旗)"
    r"(?=委|长|政府|人大|政协|纪委|党|人民|直属|领导|[^\W\d_]{0,4}?[局办厅部委])"
    r"|(?P<below>镇|乡|街道|苏木|嘎查|村|社区|居委会?|居民区)"
    r"(?=委|长|党|政府|人大|办|主任|主席|书记|支|纪|副|两委|第一书记|居委|综治|妇联|团委|文书|会计|网格|民兵|武装)")

# the kind of place a title's organ word (TITLE_ORGAN's `below`) names: a 村支书 met at a village
# holds that village's post, a 社区书记 met at a community that community's, a 镇长 the town's
ORGAN_KINDS = {"镇": "Subdistrict", "乡": "Subdistrict", "街道": "Subdistrict", "苏木": "Subdistrict",
               "村": "VillagersCommittee", "嘎查": "VillagersCommittee",
               "社区": "ResidentsCommittee", "居委": "ResidentsCommittee", "居委会": "ResidentsCommittee",
               "居民区": "ResidentsCommittee"}
# a unit of the Xinjiang Production and Construction Corps (兵团): a numbered regiment farm (一五〇团,
# 150团) or 团场, as kg/lexicons/place_suffixes.tsv reads them.  It lies in its division (第八师), a
# Corps prefecture, never in the county or city a report's official comes from
CORPS_UNIT = re.compile(r"(?:[一二三四五六七八九〇零十]{3}|(?<!\d)\d{2,3})团$|团场$")
DIVISION = "师"
TITLE_OPENING = re.compile(r"(?:副|常务副?)?")  # before a title's organ word (副镇长), as kg.corpus.mentions.TITLE_LEVEL_AT  # the end of a Corps division's name (第八师), kg.corpus.mentions.DISTRICT_CHARS


@dataclass
class PlaceCluster:
    leaf: tuple[str, str]
    ancestors: dict[str, tuple[str, ...]]  # level -> cores at that level, top down
    members: list[str] = field(default_factory=list)
    closed: bool = False  # an ambiguous mention: nothing else may join it
    fits: list[str] = field(default_factory=list)  # for a closed one, the places it could be
    final_key: str = ""  # the key, fixed once clustering is done

    def key(self) -> str:
        if self.final_key:
            return self.final_key
        levels = sorted(self.ancestors, key=lambda lv: LEVELS.get(lv, 99))
        parts = [f"{lv}:{c}" for lv in levels for c in self.ancestors[lv]]
        return "/".join(parts + [f"{self.leaf[0]}:{self.leaf[1]}"])

    def district(self) -> str | None:
        found = self.ancestors.get("district") or ((self.leaf[1],) if self.leaf[0] == "district" else ())
        return found[-1] if found else None

    def subdistrict(self) -> str | None:
        found = self.ancestors.get("subdistrict") or ((self.leaf[1],) if self.leaf[0] == "subdistrict" else ())
        return found[-1] if found else None


def _ancestors(chain: Chain) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for level, name in chain[:-1]:
        out[level] = out.get(level, ()) + (name,)
    return out


def _compatible(a: dict, b: dict) -> bool:
    """May places of one leaf with these ancestors (level -> cores) be one?
    Only when one chain holds the other: every level the shorter names, the
    longer names alike.  Chains that each name a parent the other lacks
    (`district:东城/site:幸福里` and `community:永丰社区/site:幸福里`) disagree on the
    parent; merged, the place would be part of two.

    >>> _compatible({"district": ("东城",)}, {"district": ("东城",), "community": ("永丰社区",)})
    True
    >>> _compatible({"district": ("东城",)}, {"community": ("永丰社区",)}), _compatible({}, {"district": ("东城",)})
    (False, True)
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(long_.get(level) == names for level, names in short.items())


class _OpenClusters:
    """The open clusters of one leaf, indexed by their ancestors, so that a chain
    finds the clusters it is compatible with (kg.corpus.link._compatible) without
    testing every one: 新华社区 in 300 districts is 300 clusters, and each chain
    of it is compatible only with its own district's and with those naming no
    district.  `compatible` gives what testing every open cluster in the order
    made would give.

    >>> oc = _OpenClusters({"district", "subdistrict"})
    >>> a = PlaceCluster(("community", "新华"), {"district": ("东湖",)})
    >>> b = PlaceCluster(("community", "新华"), {"district": ("西湖",)})
    >>> c = PlaceCluster(("community", "新华"), {})
    >>> oc.add(a); oc.add(b); oc.add(c)
    >>> [x.ancestors.get("district") for x in oc.compatible({"district": ("西湖",), "subdistrict": ("桂园",)})]
    [('西湖',), None]
    >>> len(oc.compatible({"subdistrict": ("桂园",)}))  # only the cluster naming nothing: a chain naming its subdistrict only disagrees with those naming a district
    1
    """

    def __init__(self, levels: set[str]):
        self.levels = levels  # every level any chain of the leaf names above it
        self.clusters: list[PlaceCluster] = []
        self.order: dict[int, int] = {}  # id(cluster) -> its place in `clusters`
        self.has: dict[str, dict[tuple[str, ...], set[int]]] = {level: defaultdict(set) for level in levels}
        self.lacks: dict[str, set[int]] = {level: set() for level in levels}

    def add(self, cluster: PlaceCluster) -> None:
        """Index an open cluster (its ancestors may only grow after: `grew`)."""
        n = self.order[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        for level in self.levels:
            if level in cluster.ancestors:
                self.has[level][cluster.ancestors[level]].add(n)
            else:
                self.lacks[level].add(n)

    def grew(self, cluster: PlaceCluster, level: str) -> None:
        """The cluster now names `level` (a chain that joined it did)."""
        n = self.order[id(cluster)]
        self.lacks[level].discard(n)
        self.has[level][cluster.ancestors[level]].add(n)

    def compatible(self, anc: dict[str, tuple[str, ...]]) -> list[PlaceCluster]:
        """The open clusters whose ancestors do not disagree with `anc`, in the order made."""
        if not anc:
            return list(self.clusters)
        # a cluster compatible with `anc` agrees with it, or names nothing, at every
        # level of `anc`: at the level with the fewest such clusters is enough to look
        level = min(anc, key=lambda lv: len(self.has[lv].get(anc[lv], ())) + len(self.lacks[lv]))
        found = self.has[level].get(anc[level], set()) | self.lacks[level]
        return [self.clusters[n] for n in sorted(found) if _compatible(self.clusters[n].ancestors, anc)]


@dataclass
class _PlaceStats:
    reports: int = 0
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    written: list = field(default_factory=list)
    keys: list = field(default_factory=list)  # the reports naming it (kg.corpus.joined names them)
    carried: list = field(default_factory=list)  # the reports with a visit or an issue at it (kg.corpus.joined)


@dataclass(frozen=True)
class _OfficialMention:
    name: str
    post_district: str | None
    report_districts: tuple[str, ...]
    chains: tuple[str, ...]


@dataclass(frozen=True)
class Resolved:
    key: str  # the canonical key the IRI is minted from
    district: str | None
    how: str  # post | report | places | only | name | ambiguous


def innermost_district(districts: tuple[str, ...], chains: tuple[str, ...]) -> str | None:
    """The one of a report's `districts` (cores) inside all the others, as a chain
    of its places writes them (`district:苏州/district:姑苏/…`: 姑苏); None when
    they do not lie one inside the other (two districts of one city).  A district's
    post written after the city's name (苏州市姑苏区委书记甲、区长乙) is the
    district's, as in a report naming the district alone.  Source: NEWC46.

    >>> innermost_district(("姑苏", "苏州"), ("district:苏州/district:姑苏/subdistrict:平江街道",))
    '姑苏'
    >>> innermost_district(("姑苏", "吴中"), ("district:苏州/district:姑苏", "district:苏州/district:吴中")) is None
    True
    """
    for district in districts:
        others = set(districts) - {district}
        for chain in chains:
            names = [name for level, name in parse_chain(chain) if level == "district"]
            if district in names and others <= set(names[:names.index(district)]):
                return district
    return None


def district_parent(district: str, chains: tuple[str, ...]) -> str | None:
    """The district (core) a report's chains put right above the district `district`
    (`district:福州/district:鼓楼/…`: 福州), when they agree on one; else None.

    >>> district_parent("鼓楼", ("district:福州/district:鼓楼/subdistrict:东街街道", "district:福州"))
    '福州'
    >>> district_parent("鼓楼", ("district:鼓楼/subdistrict:东街街道",)) is None
    True
    """
    found = set()
    for chain in chains:
        names = [name for level, name in parse_chain(chain) if level == "district"]
        if district in names and (at := names.index(district)) > 0:
            found.add(names[at - 1])
    return found.pop() if len(found) == 1 else None


def most_common(counter: Counter) -> str:
    """The most frequent value; ties go to the shortest, then the first in code-point order."""
    return min(counter, key=lambda v: (-counter[v], len(v), v))


class Linker:
    def __init__(self, base: str):
        self.mint = Minter(base)
        self.places: dict[str, _PlaceStats] = defaultdict(_PlaceStats)
        self.mentions: Counter[_OfficialMention] = Counter()
        # each mention's titles in the order written (a dict's keys: 德清县新市镇党委书记 before its 、人大主席)
        self.posts: dict[_OfficialMention, dict[str, None]] = defaultdict(dict)
        self.district_names: Counter = Counter()  # (core, full) -> reports
        self.clusters: dict[str, PlaceCluster] = {}  # member chain -> cluster
        self.context: dict[str, tuple[str, str]] = {}  # chain placed in a report's district -> (chain, district)
        self.officials: dict[_OfficialMention, Resolved] = {}
        self._official_iris: dict[tuple[str, str], str] = {}
        self._post_iris: dict[tuple[Resolved, str], tuple[str, str]] = {}
        self.met: dict[_OfficialMention, list] = {}  # where a report met the official (kg.corpus.mentions.met_at)

    # ------------------------------------------------------------ collect

    def in_jurisdiction(self, mentions: dict, chain: str) -> str:
        """The chain a report's place is linked by: its own, with the report's
        district on top when the chain names no district and the report names
        exactly one (`community:桂园` in a report of 东湖区 is
        `district:东湖/community:桂园`).  A bare name then joins the one
        same-named place of that district and stays apart from those of
        others; `self.context` remembers the district was the report's.  A Corps
        regiment farm (`subdistrict:一五〇团`) takes only a Corps division
        (第八师) so, never a county or city (CORPS_UNIT).

        >>> linker = Linker("https://example.org/")
        >>> [linker.in_jurisdiction({"districts": {d: full}}, "subdistrict:一五〇团") for d, full in (("石河子", "石河子市"), ("第八", "第八师"))]
        ['subdistrict:一五〇团', 'district:第八/subdistrict:一五〇团']
        """
        districts = mentions["districts"]
        parsed = parse_chain(chain)
        if len(districts) != 1 or any(level == "district" for level, _ in parsed):
            return chain
        district = next(iter(districts))
        if CORPS_UNIT.search(parsed[0][1]) and not districts[district].endswith(DIVISION):
            return chain  # a regiment farm is its division's, not the county's or city's (CORPS_UNIT)
        placed = sys.intern(f"district:{district}/{chain}")
        self.context[placed] = (chain, district)
        return placed

    def add(self, mentions: dict, report: str = "") -> None:
        """Take in one report's mentions (kg.corpus.mentions.report_mentions);
        `report`, its key, is kept with each place it names."""
        intern = sys.intern  # the same names come from many reports: keep one copy
        for p in mentions["places"]:
            p["chain"] = intern(p["chain"])
            stats = self.places[self.in_jurisdiction(mentions, p["chain"])]
            stats.reports += 1
            if report and report not in stats.keys[-1:]:
                stats.keys.append(report)
            # (a mention recorded before the field existed counts as carrying: the warning as it was)
            if report and p.get("carries", True) and report not in stats.carried[-1:]:
                stats.carried.append(report)
            stats.names[intern(p["name"])] += 1
            stats.types[intern(p["type"])] += 1
            # a few spellings, for the merge reason (the report graphs keep them all)
            stats.written = sorted(set(stats.written) | set(p["written"]), key=lambda w: (len(w), w))[:3]
        for core, full in mentions["districts"].items():
            self.district_names[(core, full)] += 1
        chains = tuple(self.in_jurisdiction(mentions, p["chain"]) for p in mentions["places"])
        districts = tuple(map(intern, mentions["districts"]))
        for o in mentions["officials"]:
            m = _OfficialMention(intern(o["name"]), o["district"] and intern(o["district"]), districts, chains)
            self.mentions[m] += 1
            self.posts[m].update(dict.fromkeys(map(intern, o["posts"])))
            if o.get("met") and m not in self.met:  # (records cached before it have none)
                self.met[m] = o["met"]

    # ------------------------------------------------------------ decide

    def finish(self) -> "Linker":
        self.full_names = self._district_full_names()
        self._cluster_places()
        self._resolve_officials()
        for cluster in self.clusters.values():
            cluster.final_key = cluster.key()
        self._place_iris: dict[str, str] = {}
        self._place_labels: dict[str, str] = {}
        for chain, cluster in self.clusters.items():
            if cluster.key() not in self._place_iris:
                names = Counter()
                for member in cluster.members:
                    names.update(self.places[member].names)
                self._place_iris[cluster.key()] = t.iri(self.mint.place(cluster.key(), cluster.leaf[1]))
                self._place_labels[cluster.key()] = most_common(names)
        return self

    def _cluster_places(self) -> None:
        by_leaf: dict[tuple[str, str], list[tuple[Chain, str]]] = defaultdict(list)
        for text in self.places:
            parsed = parse_chain(text)
            by_leaf[parsed[-1]].append((parsed, text))
        for leaf, chains in by_leaf.items():
            open_clusters = _OpenClusters({level for chain, _ in chains for level, _ in chain[:-1]})
            # the fullest chains first, so shorter ones see every place they could be
            for chain, text in sorted(chains, key=lambda ct: (-len(ct[0]), ct[0])):
                anc = _ancestors(chain)
                fits = open_clusters.compatible(anc)
                if len(fits) == 1:
                    cluster = fits[0]
                    for level, names in anc.items():
                        if level not in cluster.ancestors:
                            cluster.ancestors[level] = names
                            open_clusters.grew(cluster, level)
                else:
                    cluster = PlaceCluster(leaf, dict(anc), closed=len(fits) > 1, fits=[c.key() for c in fits])
                    if not cluster.closed:
                        open_clusters.add(cluster)
                cluster.members.append(text)
                self.clusters[text] = cluster

    def subdistrict_districts(self) -> dict[str, set[str]]:
        """Subdistrict core -> the districts it is known to lie in (by chain or by report)."""
        known: dict[str, set[str]] = defaultdict(set)
        for cluster in self.clusters.values():
            if cluster.subdistrict() and cluster.district():
                known[cluster.subdistrict()].add(cluster.district())
        for m in self.mentions:
            if len(m.report_districts) == 1:
                for chain in m.chains:
                    sub = self.clusters[chain].subdistrict()
                    if sub:
                        known[sub].add(m.report_districts[0])
        return known

    def _district_full_names(self) -> dict[str, str]:
        """District core -> its most written full name (东湖 -> 东湖区, 青禾 -> 青禾市;
        kg.corpus.link.most_common), made once by `finish` for every lookup after it.

        >>> linker = Linker("https://example.org/")
        >>> linker.district_names.update({("东湖", "东湖区"): 3, ("东湖", "东湖市"): 1, ("青禾", "青禾市"): 1})
        >>> linker._district_full_names()
        {'东湖': '东湖区', '青禾': '青禾市'}
        """
        written: dict[str, Counter] = {}
        for (core, full), n in self.district_names.items():
            written.setdefault(core, Counter())[full] += n
        return {core: most_common(names) for core, names in written.items()}

    def _full_name(self, district: str) -> str:
        """A district core's most written full name, or the core when none was written."""
        return self.full_names.get(district, district)

    def _post_full_name(self, district: str, title: str) -> str:
        """The full name of `district` (a core) as a post's jurisdiction: the form with
        the type word its title opens with, after any name of it, when the corpus wrote it so (县长, 青溪县委书记 of
        青溪 written 青溪县 in their report, 青溪区 in a later one: 青溪县, not 青溪区,
        which read 青溪区县委书记 in visits-by-official), else `_full_name`.  Source: NEWC53B 3.

        >>> linker = Linker("https://example.org/")
        >>> linker.district_names.update({("青溪", "青溪区"): 2, ("青溪", "青溪县"): 1})
        >>> linker.full_names = linker._district_full_names()
        >>> [linker._post_full_name("青溪", t) for t in ("县长", "常务副县长", "区委书记", "镇长", "青溪县委书记")]
        ['青溪县', '青溪县', '青溪区', '青溪区', '青溪县']
        """
        full = self._full_name(district)
        head = _POST_TYPE_WORD.match(title, len(district) if title.startswith(district) else 0)
        if head and not full.endswith(head.group(1)) and (district, district + head.group(1)) in self.district_names:
            return district + head.group(1)
        return full

    def _district_of(self, m: _OfficialMention, known: dict[str, set[str]]) -> tuple[str | None, str]:
        if m.post_district:
            return m.post_district, "post"
        levels = {above_district(title) for title in self.posts[m]}
        if levels and None not in levels:
            # a city's or province's official (副市长) touring a district: the district's
            # places do not say who they are; a report's one city of their level does
            same = [d for d in m.report_districts if self._full_name(d).endswith(tuple(levels))]
            return (same[0], "report") if len(same) == 1 else (None, "name")
        if len(m.report_districts) == 1:
            return m.report_districts[0], "report"
        if m.report_districts and (inner := innermost_district(m.report_districts, m.chains)):
            return inner, "nested"  # 苏州市姑苏区委书记甲、区长乙: the district's post is 姑苏区's
        if m.report_districts:
            return None, "ambiguous"
        inferred = set()
        for chain in m.chains:
            cluster = self.clusters[chain]
            district = cluster.district()
            if district:
                inferred.add(district)
            elif cluster.subdistrict() and len(known.get(cluster.subdistrict(), ())) == 1:
                inferred |= known[cluster.subdistrict()]
        if len(inferred) == 1:
            return inferred.pop(), "places"
        return None, "ambiguous" if inferred else "name"

    def _resolve_officials(self) -> None:
        known = self.subdistrict_districts()
        first = {m: self._district_of(m, known) for m in self.mentions}
        districts_of_name: dict[str, set[str]] = defaultdict(set)
        for m, (district, _) in first.items():
            if district:
                districts_of_name[m.name].add(district)
        # a district core whose reports place it in different parents (福州市鼓楼区, 南京市鼓楼区):
        # two districts, so one name in each is two people (NEWC53 3)
        parents_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m, (district, _) in first.items():
            if district and (parent := district_parent(district, m.chains)):
                parents_of[(m.name, district)].add(parent)
        for m, (district, how) in first.items():
            names = districts_of_name[m.name]
            parents = parents_of.get((m.name, district), set()) if district else set()
            if district and len(parents) > 1:
                parent = district_parent(district, m.chains)
                key = f"{m.name}@{parent}/{district}" if parent else f"{m.name}@{district}?{digest('|'.join(m.chains))}"
                self.officials[m] = Resolved(key, district, how if parent else "ambiguous")
            elif district:
                self.officials[m] = Resolved(f"{m.name}@{district}", district, how)
            elif how == "name" and len(names) == 1:
                only = next(iter(names))
                self.officials[m] = Resolved(f"{m.name}@{only}", only, "only")
            elif how == "name" and not names:
                self.officials[m] = Resolved(m.name, None, "name")
            else:  # several people of this name, or places in several districts: keep apart
                self.officials[m] = Resolved(f"{m.name}?{digest('|'.join(m.chains))}", None, "ambiguous")

    # ------------------------------------------------------------ apply

    def place_iri(self, chain: str) -> str:
        return self._place_iris[self.clusters[chain].key()]

    def place_label(self, chain: str) -> str:
        return self._place_labels[self.clusters[chain].key()]

    def official(self, mentions: dict, o: dict) -> Resolved:
        chains = tuple(self.in_jurisdiction(mentions, p["chain"]) for p in mentions["places"])
        m = _OfficialMention(o["name"], o["district"], tuple(mentions["districts"]), chains)
        return self.officials[m]

    def official_iri(self, key: str, name: str) -> str:
        found = self._official_iris.get((key, name))
        if found is None:
            found = self._official_iris[(key, name)] = t.iri(self.mint.official(key, name))
        return found

    def post_iri(self, resolved: Resolved, title: str) -> tuple[str, str]:
        """(IRI, label) of an official's post."""
        found = self._post_iris.get((resolved, title))
        if found is None:
            label = strip_district(title, resolved.district)
            found = self._post_iris[(resolved, title)] = (t.iri(self.mint.post(resolved.key, label)), label)
        return found

    def report_map(self, mentions: dict) -> tuple[dict[str, str], set[str]]:
        """Mention IRI -> canonical IRI for one report, and the triples to drop from its
        graph: the canonical label of each place and post (as `<iri> skos:altLabel
        "label"@zh`: a label is no variant), and the parent of a place another
        report places deeper (东城区幸福里小区 beside 东城区永丰社区幸福里小区:
        `partOf` 东城区 goes, 永丰社区 stays), as a place has one parent."""
        mapping, labels = {}, set()
        for p in mentions["places"]:
            chain = self.in_jurisdiction(mentions, p["chain"])
            node = self.place_iri(chain)
            mapping[place_mention(p["chain"])] = node
            labels.add(f"{node} {P.alt_label} {t.zh(self.place_label(chain))}")
            parent = p["chain"].rpartition("/")[0]
            if parent and chain.count("/") < self.clusters[chain].key().count("/"):
                labels.add(f"{node} {gov('partOf')} {self.place_iri(self.in_jurisdiction(mentions, parent))}")
        for o in mentions["officials"]:
            resolved = self.official(mentions, o)
            mapping[official_mention(o["key"])] = self.official_iri(resolved.key, o["name"])
            for title in o["posts"]:
                node, label = self.post_iri(resolved, title)
                mapping[post_mention(o["key"], title)] = node
                labels.add(f"{node} {P.alt_label} {t.zh(label)}")
        return mapping, labels

    def counts(self) -> dict[str, int]:
        """Distinct officials, posts and places (visits and issues belong to one report each)."""
        officials = {self.official_iri(r.key, m.name) for m, r in self.officials.items()}
        posts = {self.post_iri(r, title)[0] for m, r in self.officials.items() for title in self.posts[m]}
        return {"officials": len(officials), "posts": len(posts), "places": len(self._place_iris), "visits": 0, "issues": 0}

    # ------------------------------------------------------------ the entities graph

    def entity_triples(self):
        """(s, p, o) of the corpus-level description: one label per entity, types,
        post jurisdictions, and why mentions were merged or kept apart."""
        seen_places = set()
        for chain in sorted(self.clusters):
            cluster = self.clusters[chain]
            node = self.place_iri(chain)
            if node in seen_places:
                continue
            seen_places.add(node)
            types = Counter()
            for member in cluster.members:
                types.update(self.places[member].types)
            yield node, P.type, gov(most_common(types))
            yield node, P.label, t.zh(self.place_label(chain))
            for member in cluster.members:
                if member != cluster.key() or member in self.context:
                    yield node, gov("mergeReason"), t.literal(self._place_reason(member, cluster), "en")
            if district := self._district_placed_in(cluster):
                yield node, gov("partOf"), district
            if cluster.closed:
                # the label first, as the node shows it; the keys (core names) say which places it fits
                note = (f"{self.place_label(chain)} ({chain}) not merged: it fits {len(cluster.fits)} places "
                        f"({'; '.join(sorted(cluster.fits))})")
                yield node, SKOS_NOTE, t.literal(note, "en")
        yield from self._official_triples()

    def _district_placed_in(self, cluster: PlaceCluster) -> str | None:
        """The IRI of the district place a report's place was put in by the
        report's district alone (in_jurisdiction: `东湖街道` of a report naming
        东湖区 is `district:东湖/subdistrict:东湖街道`), when that district is a
        place of the graph: the key says the place lies in it, and the graph
        says so with gov:partOf, so the district a report names is not drawn
        apart from its places as if no fact used it.  None for a place whose
        report wrote its parent, or whose district is no place node."""
        parts = cluster.key().split("/")
        if len(parts) != 2 or not parts[0].startswith("district:") or not any(m in self.context for m in cluster.members):
            return None
        return self._place_iris.get(parts[0])

    def _place_reason(self, member: str, cluster: PlaceCluster) -> str:
        stats = self.places[member]
        written = "、".join(stats.written)
        if member in self.context:
            chain, district = self.context[member]
            said = f"{chain} (written {written}; {stats.reports} report(s) whose jurisdiction is district {district})"
            if member == cluster.key():
                return f"{said} is {cluster.key()}: the district is the report's, as the place names none"
        else:
            said = f"{member} (written {written}; {stats.reports} report(s))"
        return f"{said} is {cluster.key()}: same name, kind and level, no conflicting parent, the only such place in the corpus"

    def _official_triples(self):
        by_node: dict[tuple[str, str], Counter] = defaultdict(Counter)
        posts: dict[str, tuple[str, str | None]] = {}
        for m, resolved in self.officials.items():
            node = self.official_iri(resolved.key, m.name)
            by_node[(node, m.name)][resolved.how] += self.mentions[m]
            shared = None  # the area below the district a title before it named (kg.corpus.link.title_area)
            for title in self.posts[m]:
                post, label = self.post_iri(resolved, title)
                named = title_area(title)
                shared = named if named else (shared if sharing_title(title, shared) else None)
                area = shared or self._own_area(title, resolved.district)
                if area is None:
                    district = self._jurisdiction(resolved.district, title)
                    area = self._post_full_name(district, title) if district else self._met_jurisdiction(title, self.met.get(m))
                if area or post not in posts:  # a mention giving the area wins over one giving none
                    posts[post] = (label, area)
        for (node, name), hows in sorted(by_node.items()):
            yield node, P.type, gov("Official")
            yield node, P.label, t.zh(name)
            if sum(hows.values()) > 1:
                for how, n in sorted(hows.items()):
                    yield node, gov("mergeReason"), t.literal(_official_reason(name, how, n), "en")
        for post, (label, area) in sorted(posts.items()):
            yield post, P.type, gov("Post")
            yield post, P.label, t.zh(label)
            if area:
                yield post, gov("jurisdiction"), t.zh(area)


    @staticmethod
    def _own_area(title: str, district: str | None) -> str | None:
        """The full name of the district a post names at its start
        (`kg.corpus.mentions.post_district`) when it is not the official's
        `district` (a core): each post written with its own jurisdiction takes
        that jurisdiction, as the post written alone would.  An official's
        district is the first post's that names one, so in `无锡市委常委、
        滨湖区委书记A` the second post would take 无锡市, and in `黔东南州委常委、
        凯里市委书记A` (a 市 post under a 州 district) none.  None when the post
        names no district, or the official's own (`_jurisdiction` reads it).
        Source: NCFIX33 2, a newcomer's finding.

        >>> [Linker._own_area(t, "无锡") for t in ("滨湖区委书记", "无锡市委常委", "区委书记")]
        ['滨湖区', None, None]
        >>> Linker._own_area("凯里市委书记", "黔东南")
        '凯里市'
        """
        named = post_district(title)
        return named[1] if named and named[0] != district else None

    def _jurisdiction(self, district: str | None, title: str) -> str | None:
        """The official's district as a post's jurisdiction, unless the post is of a
        level above it (市人大代表 held by a 区长: the district is not its area) or
        below it (镇长, 社区主任, 村委会主任: a town's, community's or village's post,
        whose area the title names or not; the district is not its area either).

        >>> linker = Linker("https://example.org/")
        >>> linker.full_names = {"石泉": "石泉县"}
        >>> [linker._jurisdiction("石泉", t) for t in ("县长", "县农业农村局局长", "镇长", "社区主任", "白岩村党支部书记", "市人大代表")]
        ['石泉', '石泉', None, None, None, None]

        A town's post written after its district (石泉县城关镇党委书记: the 县 and a name
        before 党委 read as a county organ first) is the town's too.  Source: NEWCOMER50.

        >>> [linker._jurisdiction("石泉", t) for t in ("石泉县城关镇党委书记", "县乡村振兴局局长")]
        [None, '石泉']
        """
        level = above_district(title)
        if any(o.lastgroup == "below" for o in TITLE_ORGAN.finditer(title)):
            return None  # 镇长 of an official of 石泉县: the town's post, not the county's
        if district is None or level is None or self._full_name(district).endswith(level):
            return district
        return None

    @staticmethod
    def _met_jurisdiction(title: str, met: list | None) -> str | None:
        """The area of a post whose title opens with its organ's kind but not its
        name (村党支部书记, 村主任, 副镇长, 社区书记: kg.corpus.link.TITLE_ORGAN's
        `below`), when the report met its holder at a stop: the stop, or the
        place it lies in, of that kind (`met`, kg.corpus.mentions.met_at).  A
        title naming its place (白岩村党支部书记), or a district's, gets none here.

        >>> met = [["VillagersCommittee", "石门村"], ["Subdistrict", "碧溪镇"]]
        >>> [Linker._met_jurisdiction(t, met) for t in ("村党支部书记", "村主任", "副镇长", "社区书记", "白岩村党支部书记", "县长")]
        ['石门村', '石门村', '碧溪镇', None, None, None]
        >>> Linker._met_jurisdiction("街道党工委书记", met), Linker._met_jurisdiction("镇长", [["Subdistrict", "青松街道"]])
        (None, None)
        """
        organ = TITLE_ORGAN.search(title)
        if not met or not organ or organ.lastgroup != "below":
            return None
        if organ.start() != (TITLE_OPENING.match(title).end()):  # the title names its own place, or none of this kind
            return None
        word = organ.group("below")
        kind = ORGAN_KINDS.get(word)
        # (a town's post is a town's, not a subdistrict's: 镇长 met in X街道, a report naming one 街道)
        own = (lambda name: name.endswith(word)) if kind == "Subdistrict" else (lambda name: True)
        return next((name for type_, name in met if type_ == kind and own(name)), None)


def title_area(title: str) -> str | None:
    """The area a post's title names at its start, below the district's level or
    above the city's (the PRC's levels as kg.extract.place_suffixes reads them: a
    town, subdistrict, community or village, the innermost one written; a
    province, 省 or 自治区), as written: `德清县新市镇党委书记` -> 新市镇,
    `成都市武侯区玉林街道办事处主任` -> 玉林街道, `湖北省人大代表` -> 湖北省.  None
    for a title naming no area, a site (青山中学校长), or a district or city
    (东湖区区长, 青禾市委书记: `Linker._own_area` and `_jurisdiction` read those
    with the report's district).  A title naming its own jurisdiction never
    takes the official's district (湖北省人大代表 touring 江岸区 is no deputy of
    江岸区).  Source: session 57, nc57b (a newcomer's 湖北省人大代表 took 江岸区,
    德清县新市镇党委书记 took none).

    >>> [title_area(t) for t in ("德清县新市镇党委书记", "武汉市江岸区百步亭社区党委书记", "湖北省人大代表")]
    ['新市镇', '百步亭社区', '湖北省']
    >>> [title_area(t) for t in ("东湖区区长", "区长", "青山中学校长", "人大主席")]
    [None, None, None, None]
    """
    chunk = parse_at(title, 0)
    if chunk is None or chunk.end >= len(title) or not is_named(chunk.segments):
        return None
    if any(seg.level not in ADMIN for seg in chunk.segments):
        return None  # a site's post (青山中学校长)
    leaf = chunk.segments[-1]
    if leaf.level == "district" and not leaf.text.endswith(PROVINCE_WORDS):
        return None  # a district's or city's post: the district rules read it
    return leaf.text


def sharing_title(title: str, area: str | None) -> bool:
    """Does `title`, naming no area, hold the post of `area` (the area below the
    district a title written before it, of the same official, names: `title_area`)?
    Yes when it opens with no organ of a level (人大主席, 党委副书记 after
    德清县新市镇党委书记: the town's) or with the area's own type word (镇长 after
    新市镇党委书记); no after none, or for a district's organ (区长).  Source:
    session 57, nc57b (德清县新市镇党委书记、人大主席: the chair took 德清县).

    >>> [sharing_title(t, "新市镇") for t in ("人大主席", "镇长", "区长", "德清县人大代表")], sharing_title("人大主席", None)
    ([True, True, False, False], False)
    """
    if not area or area.endswith(PROVINCE_WORDS) or parse_at(title, 0) is not None:
        return False  # (德清县人大代表 after it: a title naming a place of its own)
    organ = TITLE_ORGAN.match(title, TITLE_OPENING.match(title).end())
    if organ is None:
        return True
    return organ.lastgroup == "below" and area.endswith(organ.group("below"))


def _official_reason(name: str, how: str, n: int) -> str:
    said = {
        "post": "with a jurisdiction named in the post title",
        "report": "in a report naming one district",
        "nested": "in a report whose districts lie one inside the other: the innermost",
        "places": "in a report whose places lie in one district",
        "only": "without a jurisdiction; the only official of this name in the corpus",
        "name": "without a jurisdiction anywhere in the corpus; same name, nothing conflicting",
        "ambiguous": "with places in several districts or among several officials of this name; kept apart",
    }[how]
    return f"{n} report(s) name {name} {said}"
