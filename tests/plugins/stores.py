"""Data for the store tests.

- Three short reports of our own, built with the seed through the real `kg build`.
- A hand-written graph (`feature_graph`) in the shape kg/emit/rdf.py writes,
  made so that every named query has rows: a place hierarchy three levels
  deep, co-visits, an undated visit, an issue raised twice, narrower SKOS
  concepts, and officials whose names are injection attempts.  It is written
  with rdflib, not parsed from a report, because no parser would extract
  such names.
- A generator of large synthetic N-Quads for kill-and-rerun tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from kg.namespaces import GOV, ISSUE
from tests.conftest import SEED, run_kg

# Written for these tests (invented district, places and people).  What a reader
# takes from them, and test_queries.py expects: 孟川 (区委副书记, 区长) visits
# 柳湾居民区 (加装电梯, 停车难) and 松岗街道社区卫生服务中心 on 2025-03-06 with
# 祁远航 (区委常委, 副区长) accompanying; 邵文岚 (区委书记) visits 柳湾居民区 and
# 桂园小区 (垃圾分类, 绿化种植) on 2025-03-19; 孟川 visits 桂园小区 (屋顶漏水) on
# 2025-04-09 with 车蕴 (区政协主席) accompanying.
REPORTS = {
    "qingfeng-2025-03-06.txt": (
        "青枫区领导到松岗街道听民声\n\n"
        "3月6日上午，区委副书记、区长孟川来到松岗街道柳湾居民区，同居民们围坐交谈，听取居民关于加装电梯和停车难的想法。"
        "区委常委、副区长祁远航陪同调研。\n\n"
        "随后，孟川来到松岗街道社区卫生服务中心，了解老年人配药服务情况。\n"
    ),
    "qingfeng-2025-03-19.txt": (
        "区委书记邵文岚走访松岗街道和石埠街道\n\n"
        "3月19日，区委书记邵文岚来到松岗街道柳湾居民区，察看加装电梯施工现场，居民反映楼道照明不足。\n\n"
        "邵文岚还来到石埠街道桂园小区，听取居民关于垃圾分类和绿化种植的意见。\n"
    ),
    "shibu-2025-04-09.txt": (
        "区长孟川察看桂园小区旧房改造\n\n"
        "4月9日，区长孟川来到石埠街道桂园小区，察看老旧小区改造情况，居民反映屋顶漏水问题。区政协主席车蕴陪同。\n"
    ),
}

# ------------------------------------------------------------ the feature graph

T = Namespace("https://w3id.org/govkg/test/")
INJECTION = "'}) DETACH DELETE n //"
NASTY = 'Robert"); DROP GRAPH <x> ; # \\ `}` \u200b\u202e末\n第二行'

OFFICIALS = {
    "wang": ("王明", ["区长", "区委副书记"]),
    "chen": ("陈立平", ["副区长"]),
    "zhang": ("张建华", ["区委书记"]),
    "evil": (INJECTION, ["街道主任"]),
    "nasty": (NASTY, []),
}
# the posts whose title names an area (东湖区区长): kg build states it as gov:jurisdiction
JURISDICTIONS = {("wang", "区长"): "东湖区"}
PLACES = {  # key: (class, name, parent)
    "dh": ("District", "东湖区", None),
    "dhjd": ("Subdistrict", "东湖街道", "dh"),
    "xljd": ("Subdistrict", "西岭街道", "dh"),
    "xh": ("ResidentsCommittee", "新华居民区", "dhjd"),
    "xhyc": ("HousingEstate", "新华一村", "xh"),
    "ws": ("Facility", "东湖街道社区卫生服务中心", "dhjd"),
    "cq": ("HousingEstate", "长青小区", "xljd"),
}
FEATURE_REPORTS = {  # key: date
    "r1": dt.date(2025, 3, 4),
    "r2": dt.date(2025, 3, 12),
    "r3": dt.date(2025, 4, 2),
    "r4": None,
}


@dataclass(frozen=True)
class V:
    report: str
    official: str
    place: str
    date: dt.date | None


VISITS = [
    V("r1", "wang", "xh", dt.date(2025, 3, 4)),
    V("r1", "chen", "xh", dt.date(2025, 3, 4)),
    V("r1", "wang", "ws", dt.date(2025, 3, 4)),
    V("r1", "evil", "ws", dt.date(2025, 3, 4)),
    V("r2", "zhang", "xhyc", dt.date(2025, 3, 12)),
    V("r2", "zhang", "cq", dt.date(2025, 3, 12)),
    V("r2", "nasty", "cq", dt.date(2025, 3, 12)),
    V("r3", "wang", "cq", dt.date(2025, 4, 2)),
    V("r3", "evil", "cq", dt.date(2025, 4, 2)),
    V("r4", "wang", "dhjd", None),
]
ISSUES = [  # (place, label, concept, index into VISITS)
    ("xh", "加装电梯", "ElevatorRetrofit", 0),
    ("xh", "停车难", "Parking", 0),
    ("ws", "老年人配药", "Healthcare", 2),
    ("xhyc", "外挂电梯进度", "ElevatorRetrofit", 4),
    ("cq", "垃圾分类", "WasteSorting", 5),
    ("cq", "屋顶漏水", "EstateRenovation", 5),
    ("cq", "屋顶漏水", "EstateRenovation", 7),  # raised again: the same issue node, a second visit
]


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def feature_dataset() -> Dataset:
    ds = Dataset()
    visit_iris = [T[f"visit/{v.report}-{i}"] for i, v in enumerate(VISITS)]
    for rkey, date in FEATURE_REPORTS.items():
        report = T[f"report/{rkey}"]
        g = ds.graph(report)
        g.add((report, RDF.type, GOV.Report))
        g.add((report, RDFS.label, zh(f"{rkey}.txt")))
        g.add((report, GOV.fileName, Literal(f"{rkey}.txt")))
        g.add((report, GOV.reportKey, Literal(f"{rkey}.txt")))  # a build names each report by its key too
        g.add((report, GOV.contentHash, Literal(f"hash-{rkey}")))
        if date:
            g.add((report, DCTERMS.date, Literal(date.isoformat(), datatype=XSD.date)))
        mentioned_places = set()
        for i, v in enumerate(VISITS):
            if v.report != rkey:
                continue
            node, official, place = visit_iris[i], T[f"official/{v.official}"], T[f"place/{v.place}"]
            name = OFFICIALS[v.official][0]
            g.add((official, GOV.visited, place))
            g.add((node, RDF.type, GOV.Visit))
            g.add((node, RDFS.label, zh(f"{name}走访{PLACES[v.place][1]}")))
            g.add((node, GOV.visitor, official))
            g.add((node, GOV.visitedPlace, place))
            g.add((node, GOV.sourceReport, report))
            if v.date:
                g.add((node, GOV.date, Literal(v.date.isoformat(), datatype=XSD.date)))
            g.add((official, RDF.type, GOV.Official))
            g.add((official, RDFS.label, zh(name)))
            g.add((official, GOV.role, Literal("visitor")))
            for title in OFFICIALS[v.official][1]:
                post = T[f"post/{v.official}-{title}"]
                g.add((official, GOV.holdsPost, post))
                g.add((post, RDF.type, GOV.Post))
                g.add((post, RDFS.label, zh(title)))
                if (v.official, title) in JURISDICTIONS:
                    g.add((post, GOV.jurisdiction, zh(JURISDICTIONS[v.official, title])))
                g.add((post, GOV.postDuring, node))
            key = v.place
            while key:  # the place and every place containing it
                mentioned_places.add(key)
                key = PLACES[key][2]
        for key in mentioned_places:
            cls, name, parent = PLACES[key]
            g.add((T[f"place/{key}"], RDF.type, GOV[cls]))
            g.add((T[f"place/{key}"], RDFS.label, zh(name)))
            if parent:
                g.add((T[f"place/{key}"], GOV.partOf, T[f"place/{parent}"]))
        for place, label, concept, vi in ISSUES:
            if VISITS[vi].report != rkey:
                continue
            node = T[f"issue/{place}-{label}"]
            g.add((T[f"place/{place}"], GOV.raisedIssue, node))
            g.add((node, RDF.type, GOV.Issue))
            g.add((node, RDFS.label, zh(label)))
            g.add((node, GOV.category, ISSUE[concept]))
            g.add((node, GOV.sourceReport, report))
            g.add((node, GOV.raisedDuring, visit_iris[vi]))
    return ds


@pytest.fixture(scope="session")
def feature_graph(tmp_path_factory) -> Path:
    """The hand-written graph as TriG (one named graph per report)."""
    path = tmp_path_factory.mktemp("feature") / "feature.trig"
    path.write_text(feature_dataset().serialize(format="trig"), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def report_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, report_folder) -> Path:
    """The seed and our three reports, built once with `kg build`."""
    out = tmp_path_factory.mktemp("corpus-build")
    proc = run_kg("build", SEED, report_folder, "--out", out, "--no-html", "--date", "2025-01-01")
    assert proc.returncode == 0, proc.stderr
    return out


# ------------------------------------------------------------ big synthetic data


def synthetic_nquads(path: Path, reports: int, visits_per_report: int) -> Path:
    """Many small report graphs of officials visiting places: load-test data.

    All IRIs and literals are made here from digits, so plain formatting is safe."""
    gov, rdfs, xsd = str(GOV), str(RDFS), str(XSD)
    lines = []
    for r in range(reports):
        graph = f"<{T}syn/report/{r}>"
        day = dt.date(2025, 1, 1) + dt.timedelta(days=r % 300)
        for i in range(visits_per_report):
            official = f"<{T}syn/official/{(r * 7 + i) % 500}>"
            place = f"<{T}syn/place/{(r * 3 + i) % 800}>"
            visit = f"<{T}syn/visit/{r}-{i}>"
            quads = [
                (official, f"<{RDF.type}>", f"<{gov}Official>"),
                (official, f"<{rdfs}label>", f'"官员{(r * 7 + i) % 500}"@zh'),
                (place, f"<{RDF.type}>", f"<{gov}ResidentsCommittee>"),
                (place, f"<{rdfs}label>", f'"居民区{(r * 3 + i) % 800}"@zh'),
                (official, f"<{gov}visited>", place),
                (visit, f"<{RDF.type}>", f"<{gov}Visit>"),
                (visit, f"<{gov}visitor>", official),
                (visit, f"<{gov}visitedPlace>", place),
                (visit, f"<{gov}date>", f'"{day.isoformat()}"^^<{xsd}date>'),
            ]
            lines.extend(f"{s} {p} {o} {graph} .\n" for s, p, o in quads)
    path.write_text("".join(lines), encoding="utf-8")
    return path
