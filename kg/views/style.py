"""How each kind of node looks, the font stack, and the page's own words.

A node's kind is a govkg class local name ("Official", "Subdistrict", ...),
or "Issue:<top SKOS concept>" for issues, which are coloured by category.
"""

from __future__ import annotations

from dataclasses import dataclass

# Chinese-capable fonts first: Linux (Noto, WenQuanYi), macOS, Windows.
FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif'


@dataclass(frozen=True)
class Look:
    color: str
    shape: str
    size: int = 14


# Most specific class first: a node typed with several takes the first match.
CLASS_LOOKS = {
    "Official": Look("#d62728", "dot", 18),
    "Post": Look("#ffbb78", "box", 10),
    "District": Look("#08519c", "hexagon", 22),
    "Subdistrict": Look("#3182bd", "hexagon", 18),
    "ResidentsCommittee": Look("#2ca02c", "square", 14),
    "VillagersCommittee": Look("#8c6d31", "square", 14),
    "HousingEstate": Look("#98df8a", "square", 12),
    "Facility": Look("#9467bd", "triangle", 12),
    "Venue": Look("#c5b0d5", "triangle", 12),
    "Enterprise": Look("#8c564b", "triangleDown", 12),
    "Place": Look("#7fa7c9", "square", 12),
    "Visit": Look("#17becf", "diamond", 9),
    "Issue": Look("#bcbd22", "star", 13),
    "Report": Look("#7f7f7f", "database", 10),
}

# Issues by top concept of ontology/issues.ttl; unknown concepts fall back to "Issue".
ISSUE_COLORS = {
    "Housing": "#e377c2",
    "PublicSpace": "#2ca02c",
    "Infrastructure": "#ff7f0e",
    "Services": "#1f77b4",
    "Governance": "#d62728",
    "Other": "#bcbd22",
}

# The order of the legend: people, then places from large to small, then events.
KIND_ORDER = list(CLASS_LOOKS)


def issue_kind(top_concept_name: str) -> str:
    return f"Issue:{top_concept_name}"


def look(kind: str) -> Look:
    if kind.startswith("Issue:"):
        base = CLASS_LOOKS["Issue"]
        return Look(ISSUE_COLORS.get(kind.split(":", 1)[1], base.color), base.shape, base.size)
    return CLASS_LOOKS.get(kind, CLASS_LOOKS["Place"])


def kind_rank(kind: str) -> tuple[int, str]:
    base = kind.split(":", 1)[0]
    return (KIND_ORDER.index(base) if base in KIND_ORDER else len(KIND_ORDER), kind)


# Words of the page itself (the ontology supplies class and property labels).
UI = {
    "zh": {
        "title": "govkg 关系图",
        "search": "按名称搜索…",
        "matches": "{n} 个匹配",
        "no_match": "无匹配",
        "kinds": "类别",
        "aliases": "别名",
        "more": "……另有 {n} 条",
        "aggregated": "节点较多（{total} 个），已按街道/镇汇总为 {shown} 个；搜索也查找汇总节点内的名称；使用 kg view --all 查看全部。",
        # the search's answer for names folded into aggregated nodes; page.js fills the braces
        "inside": "“{query}”在汇总节点 {where} 内：用 {command} 或 kg view --all 查看",
        "inside_more": "{names} 等 {n} 个",
        "list_sep": "、",
        "colon": "：",  # a label and its value: full-width in Chinese, ASCII and a space in English
        "or": " 或 ",
        "status_sep": "；",
        "group_members": "汇总：{counts}",
        "big": "节点较多（{n} 个）：已预先布局并关闭物理模拟。",
        "focus": "视图：{what}（{depth} 层）",
    },
    "en": {
        "title": "govkg graph",
        "search": "Search by name…",
        "matches": "{n} matches",
        "no_match": "no match",
        "kinds": "Classes",
        "aliases": "also called",
        "more": "… {n} more",
        "aggregated": "Large graph ({total} nodes) aggregated by subdistrict into {shown}; the search also looks inside aggregated nodes; use kg view --all for everything.",
        "inside": "“{query}” is inside the aggregated node(s) {where}: see it with {command} or kg view --all",
        "inside_more": "{names} and {n} in all",
        "list_sep": ", ",
        "colon": ": ",
        "or": " or ",
        "status_sep": "; ",
        "group_members": "aggregated: {counts}",
        "big": "Large graph ({n} nodes): laid out in advance, physics off.",
        "focus": "view: {what} ({depth} hops)",
    },
}
