"""The linker's place clustering at scale: the indexed search (kg.corpus.link._OpenClusters)
gives the clusters that testing every open cluster gives, and does not test
every cluster when one name recurs across many districts."""

from __future__ import annotations

import random

import pytest

import kg.corpus.link as link
from kg.corpus.link import Linker, PlaceCluster, _ancestors, _compatible
from kg.corpus.mentions import parse_chain

pytestmark = pytest.mark.fast


def _report(*chains: str) -> dict:
    """One report's mentions naming these place chains (no district of its own)."""
    places = [{"chain": c, "type": "ResidentsCommittee", "name": parse_chain(c)[-1][1], "written": []} for c in chains]
    return {"districts": {}, "officials": [], "places": places}


def _linked(chains: list[str]) -> Linker:
    linker = Linker("https://example.org/")
    for chain in chains:
        linker.add(_report(chain))
    linker.full_names = {}
    linker._cluster_places()
    return linker


def _every_cluster_tested(chains: list[str]) -> dict[str, tuple]:
    """The clustering as the linker did it before the index: each chain against every open cluster."""
    by_leaf: dict = {}
    for text in chains:
        parsed = parse_chain(text)
        by_leaf.setdefault(parsed[-1], []).append((parsed, text))
    out = {}
    for leaf, group in by_leaf.items():
        clusters: list[PlaceCluster] = []
        for chain, text in sorted(group, key=lambda ct: (-len(ct[0]), ct[0])):
            anc = _ancestors(chain)
            fits = [c for c in clusters if not c.closed and _compatible(c.ancestors, anc)]
            if len(fits) == 1:
                cluster = fits[0]
                for level, names in anc.items():
                    cluster.ancestors.setdefault(level, names)
            else:
                cluster = PlaceCluster(leaf, dict(anc), closed=len(fits) > 1, fits=[c.key() for c in fits])
                clusters.append(cluster)
            cluster.members.append(text)
            out[text] = cluster
    return {text: (c.key(), c.closed, sorted(c.fits), tuple(c.members)) for text, c in out.items()}


def _random_chains(rng: random.Random, n: int) -> list[str]:
    chains = set()
    while len(chains) < n:
        parts = []
        if rng.random() < 0.7:
            parts.append(f"district:{rng.choice('东西南北')}湖")
        for _ in range(rng.choice((0, 1, 1, 2))):  # sometimes two names at one level
            parts.append(f"subdistrict:{rng.choice('春夏秋')}街道")
        parts.append(f"community:{rng.choice('新华桂园')}社区")
        chains.add("/".join(parts))
    return sorted(chains)


@pytest.mark.parametrize("seed", range(12))
def test_indexed_clustering_gives_the_clusters_of_testing_every_cluster(seed):
    chains = _random_chains(random.Random(seed), 40)
    linker = _linked(chains)
    got = {text: (c.key(), c.closed, sorted(c.fits), tuple(c.members)) for text, c in linker.clusters.items()}
    assert got == _every_cluster_tested(chains)


def test_a_community_in_many_districts_is_not_tested_against_every_district(monkeypatch):
    calls = []

    def counted(a, b):
        calls.append(1)
        return _compatible(a, b)

    monkeypatch.setattr(link, "_compatible", counted)
    districts = [f"{a}{b}{c}区" for a in "甲乙丙丁戊己庚辛壬癸" for b in "甲乙丙丁戊己庚辛壬癸" for c in "春夏秋冬"]
    chains = [f"district:{d}/subdistrict:{s}街道/community:新华社区" for d in districts for s in "东西"]
    chains += [f"district:{d}/community:新华社区" for d in districts]
    linker = _linked(chains)
    # three per district: 东街道's and 西街道's, and the district's bare one, which fits both
    clusters = {id(c): c for c in linker.clusters.values()}.values()
    assert len(clusters) == 3 * len(districts) and sum(c.closed for c in clusters) == len(districts)
    assert len(calls) <= 2 * len(chains)  # testing every cluster: about len(chains) ** 2 / 4
