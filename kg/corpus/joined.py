"""The warning for a place joined across reports by its name alone.

The linker (kg.corpus.link) takes a place written bare in a report that names
no district (`新华社区`, nothing above it) to be the one place of that name in
the corpus.  For a district that is usually right; a subdistrict's,
community's, village's or site's name is not (every city has a 新华社区, and
many districts a 东湖街道), and two reports about two of them end as one node
with both reports' visits and issues (and a bare report's 区长 takes the
other's district as its jurisdiction).  A user must learn that at build time, with the place and the reports,
as the other build warnings say what was decided for them (kg.corpus.unfiled,
kg.corpus.copies).
"""

from __future__ import annotations

from kg.corpus.mentions import parse_chain
from kg.extract.place_suffixes import LEVELS

SHOWN = 3  # reports named in the line; the rest are counted
FROM = LEVELS["subdistrict"]  # a name of this level or below is common across a country


def name_only_joins(linker) -> list[str]:
    """One line per place the finished `linker` made of mentions from two or
    more reports when at least one of them names it bare (no district, no
    subdistrict above it, none from the report) and files a visit or an issue
    there or inside it (a bare name only mentioned, 曾在X调研, mixes no facts:
    NAMES30), naming the place, the reports
    (with the district each gave, or none) and what to write to keep them apart.
    Places of a district, or named by one report, give nothing; a subdistrict
    is kept apart by its district alone, and is said when one report gave it
    a district (which the bare report's posts then take: 区长 of 青柳区).

    >>> from kg.corpus.link import Linker
    >>> def report(*chains, districts={}):
    ...     return {"places": [{"chain": c, "name": c.rsplit(":", 1)[1], "type": "ResidentsCommittee", "written": []}
    ...                        for c in chains], "districts": districts, "officials": []}
    >>> linker = Linker("https://example.org/")
    >>> linker.add(report("community:新华社区", districts={"青柳": "青柳区"}), "a.txt")
    >>> linker.add(report("community:新华社区"), "b.txt")
    >>> name_only_joins(linker.finish())
    ['新华社区 is one place in a.txt (青柳区) and b.txt (no district): joined by the name alone; if they are two places, write the district or subdistrict before the name in the report (青柳区新华社区)']
    >>> both = Linker("https://example.org/")
    >>> both.add(report("community:新华社区", districts={"青柳": "青柳区"}), "a.txt")
    >>> both.add(report("community:新华社区", districts={"青柳": "青柳区"}), "b.txt")
    >>> name_only_joins(both.finish())
    []
    >>> mentioned = Linker("https://example.org/")
    >>> mentioned.add(report("community:新华社区", districts={"青柳": "青柳区"}), "a.txt")
    >>> only_named = report("community:新华社区")
    >>> only_named["places"][0]["carries"] = False
    >>> mentioned.add(only_named, "b.txt")
    >>> name_only_joins(mentioned.finish())
    []
    >>> street = Linker("https://example.org/")
    >>> street.add(report("subdistrict:东湖街道", districts={"青柳": "青柳区"}), "a.txt")
    >>> street.add(report("subdistrict:东湖街道"), "b.txt")
    >>> name_only_joins(street.finish())
    ['东湖街道 is one place in a.txt (青柳区) and b.txt (no district): joined by the name alone; if they are two places, write the district before the name in the report (青柳区东湖街道)']
    """
    by_place: dict[str, list[str]] = {}
    level: dict[str, str] = {}
    for member, cluster in linker.clusters.items():
        if LEVELS.get(cluster.leaf[0], 99) >= FROM:
            by_place.setdefault(cluster.key(), []).append(member)
            level[cluster.key()] = cluster.leaf[0]
    lines = []
    for key, members in sorted(by_place.items()):
        given: dict[str, str | None] = {}  # report -> the place above it that report gave, if any
        for member in members:
            above = _above(linker, member)
            stats = linker.places[member]
            for report in stats.keys:
                if above is None and report not in stats.carried:
                    continue  # named bare but no visit or issue of that report there: the join mixes no facts
                given.setdefault(report, above)
        if len(given) < 2 or all(given.values()):
            continue
        if level[key] == "subdistrict" and not any(given.values()):
            continue  # two bare 东湖街道: no district to mix up (a district name is rarely shared: a city's reports)
        shown = [f"{r} ({above or 'no district'})" for r, above in sorted(given.items())[:SHOWN]]
        more = len(given) - SHOWN
        named = (", ".join(shown[:-1]) + " and " + shown[-1]) if more <= 0 else ", ".join(shown) + f" and {more} more report(s)"
        label = linker.place_label(members[0])
        example = next((above for above in given.values() if above), "东湖区") + label
        above = "district" if level[key] == "subdistrict" else "district or subdistrict"
        lines.append(f"{label} is one place in {named}: joined by the name alone; if they are two places, "
                     f"write the {above} before the name in the report ({example})")
    return lines


def _above(linker, member: str) -> str | None:
    """The nearest place above the leaf that a mention of `member` carried (its
    chain's, or the report's district), as written in full; None for a bare one."""
    if member in linker.context:
        return linker._full_name(linker.context[member][1])
    chain = parse_chain(member)[:-1]
    if not chain:
        return None
    level, core = chain[-1]
    return linker._full_name(core) if level == "district" else core  # a district's core drops its 区/县


def district_kind_joins(linker) -> list[str]:
    """One line per district the finished `linker` made of names written with different
    type words across reports (青溪县 in one, 青溪区 in another: a district is keyed by its
    name without the type word, so both are one node).  A county made a district (撤县设区)
    keeps its name, and then one place is right; a county and a district of one name are
    rare but possible, and a user must learn of the join at build time.  Lines name the
    written forms, most written first; nothing when every report writes one form.

    >>> from kg.corpus.link import Linker
    >>> linker = Linker("https://example.org/")
    >>> linker.district_names.update({("青溪", "青溪区"): 2, ("青溪", "青溪县"): 1, ("东湖", "东湖区"): 3})
    >>> district_kind_joins(linker)
    ['青溪区 and 青溪县 are one district in the graph (its name is the same; a county made a district keeps it): if they are two places, build their reports into separate graphs']
    """
    forms: dict[str, dict[str, int]] = {}
    for (core, full), n in linker.district_names.items():
        forms.setdefault(core, {})[full] = forms.get(core, {}).get(full, 0) + n
    lines = []
    for core, written in sorted(forms.items()):
        if len(written) < 2:
            continue
        names = sorted(written, key=lambda w: (-written[w], w))
        lines.append(f"{' and '.join(names)} are one district in the graph (its name is the same; a county made a "
                     f"district keeps it): if they are two places, build their reports into separate graphs")
    return lines

