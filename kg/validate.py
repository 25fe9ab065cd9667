"""Validation of a govkg graph: literals' lexical forms, then SHACL (pySHACL).

The ontology and the issue scheme are added to the graph being checked, so
subclass-typed places (gov:HousingEstate) satisfy `sh:class gov:Place`
(SHACL follows rdfs:subClassOf in the data) and issue concepts are known
skos:Concepts.  No RDFS inference: it would derive types from property
ranges (anything a visit points at "is" a Place) and let wrong graphs pass.

Lexical forms are checked here, not by pySHACL: rdflib turns
`"2025-03-12T10:00:00"^^xsd:date` into the date 2025-03-12 and calls it
well-typed, so `sh:datatype xsd:date` passes it, while a SPARQL store
compares it as an unknown value and drops it from date ranges.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rdflib import XSD, Graph, Literal

from kg import ontology

# Lexical spaces of the XSD datatypes a govkg graph uses (XML Schema 1.1
# Part 2, section 3.3: the regular expressions given with each datatype).
_TZ = r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_YEAR = r"-?([1-9][0-9]{3,}|0[0-9]{3})"
_DATE = _YEAR + r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)"
LEXICAL = {
    XSD.date: (re.compile(_DATE + _TZ), "YYYY-MM-DD, no time of day"),
    XSD.dateTime: (re.compile(_DATE + "T" + _TIME + _TZ), "YYYY-MM-DDThh:mm:ss"),
    XSD.gYear: (re.compile(_YEAR + _TZ), "a year, YYYY"),
    XSD.integer: (re.compile(r"[+-]?[0-9]+"), "digits"),
    XSD.nonNegativeInteger: (re.compile(r"\+?[0-9]+|-0+"), "digits, not negative"),
    XSD.decimal: (re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"), "a decimal number"),
    XSD.boolean: (re.compile(r"true|false|1|0"), "true or false"),
}


@dataclass
class Validation:
    conforms: bool
    report: str
    # one line each: literals whose lexical form is not of their datatype
    ill_typed: list[str] = field(default_factory=list)
    shapes_report: str = ""  # pySHACL's report when the shapes are violated, else ""
    # one line each: evidence spans that cannot be their sentence's (span_errors)
    spans: list[str] = field(default_factory=list)


def lexical_error(literal: Literal) -> str | None:
    """Why `literal`'s lexical form is not of its XSD datatype, or None when it is
    (or the datatype is not one checked here).  The forms are XML Schema 1.1's;
    dates must also exist (no 30 February).
    Example: `lexical_error(Literal("2025-02-30", datatype=XSD.date))` -> `"no such day"`.
    """
    rule = LEXICAL.get(literal.datatype)
    if rule is None:
        return None
    form = str(literal)
    pattern, expected = rule
    if not pattern.fullmatch(form):
        return f"not an xsd:{literal.datatype.split('#')[-1]} ({expected})"
    if literal.datatype in (XSD.date, XSD.dateTime):
        year, month, day = re.match(r"-?(\d+)-(\d+)-(\d+)", form).groups()
        try:
            dt.date(min(int(year), 9999) or 2000, int(month), int(day))  # year 0000 is a leap year
        except ValueError:
            return "no such day"
    return None


def ill_typed(data: Graph) -> list[str]:
    """One line per literal of `data` whose lexical form is not of its datatype,
    in a stable order: `<subject> <predicate> "form"^^xsd:T: reason`."""
    lines = set()
    for s, p, o in data:
        if isinstance(o, Literal) and (why := lexical_error(o)):
            dtype = "xsd:" + o.datatype.split("#")[-1]
            lines.add(f"ill-typed literal \"{o}\"^^{dtype} on <{s}> <{p}>: {why}")
    return sorted(lines)


_CHAR = re.compile(r"#char=(\d+),(\d+)$")


def span_errors(data: Graph) -> list[str]:
    """One line per fact of `data` whose evidence span cannot be its sentence's,
    in a stable order.  A span is offsets into the text as received; the
    sentence (gov:evidence) is that text repaired, and repairs only keep or
    drop characters (kg/repair: annotations, spaces and line breaks go), so:

    - evidenceStart is at most evidenceEnd, and the span holds at least as many
      characters as its sentence;
    - the Web Annotation target says the same span: its `#char=S,E` IRI, its
      TextPositionSelector's oa:start/oa:end, and its TextQuoteSelector's
      oa:exact, which has E - S characters;
    - the quote, repaired, begins with the sentence's first character and ends
      with its last: a span running past its sentence (into the next one) or
      stopping short of it does not.

    Example: a visit with `gov:evidence "王明来到甲社区。"`, evidenceStart 0 and
    evidenceEnd 40 gives `["evidence span of <…visit…>: the quote ends
    '乙社区。', past its sentence's end '…甲社区。'"]` when its quote holds the next sentence.
    """
    from kg.namespaces import GOV, OA
    from kg.repair import repair
    from kg.repair.script import simplify

    lines, repaired = set(), {}
    for node, start in data.subject_objects(GOV.evidenceStart):
        end = data.value(node, GOV.evidenceEnd)
        where = f"evidence span of <{node}>"
        try:
            s, e = int(start), int(end)
        except (TypeError, ValueError):
            continue  # ill-typed or missing: ill_typed and the shapes say so
        sentences = [str(v) for v in data.objects(node, GOV.evidence)]
        if s > e:
            lines.add(f"{where}: evidenceEnd {e} is before evidenceStart {s}")
            continue
        if sentences and e - s < min(map(len, sentences)):
            lines.add(f"{where}: {e - s} characters ({s}-{e}) cannot hold its {min(map(len, sentences))}-character sentence")
        for span in data.objects(node, GOV.evidenceSpan):
            if (m := _CHAR.search(str(span))) and (int(m.group(1)), int(m.group(2))) != (s, e):
                lines.add(f"{where}: evidenceStart/End {s}-{e} but its target <{span}> says {m.group(1)}-{m.group(2)}")
            for selector in data.objects(span, OA.hasSelector):
                at = (data.value(selector, OA.start), data.value(selector, OA.end))
                if None not in at and (str(at[0]), str(at[1])) != (str(s), str(e)):
                    lines.add(f"{where}: evidenceStart/End {s}-{e} but its position selector says {at[0]}-{at[1]}")
                quote = data.value(selector, OA.exact)
                if quote is None:
                    continue
                quote = str(quote)
                if len(quote) != e - s:
                    lines.add(f"{where}: the quote has {len(quote)} characters, the span {s}-{e} {e - s}")
                    continue
                # compared in Simplified: a quote too short to tell its script keeps it (kg.repair.script)
                if quote not in repaired:  # facts read from one sentence share its quote
                    repaired[quote] = simplify(repair(quote).text.strip())
                read = repaired[quote]
                told = [simplify(t.strip()) for t in sentences]
                if told and read and not any(read[-1] == t[-1:] for t in told):
                    lines.add(f"{where}: the quote ends {read[-4:]!r}, past or short of its sentence's end {sentences[0].strip()[-4:]!r}")
                if told and read and not any(read[0] == t[:1] for t in told):
                    lines.add(f"{where}: the quote begins {read[:4]!r}, not where its sentence begins {sentences[0].strip()[:4]!r}")
    return sorted(lines)


def validate(data: Graph) -> Validation:
    """Check `data` (an rdflib Graph): ill-typed literals, evidence spans that
    cannot be their sentence's (`span_errors`), then the SHACL shapes of
    ontology/shapes.ttl.  `conforms` is False when any finds a problem."""
    from pyshacl import validate as shacl

    bad = ill_typed(data)
    spans = span_errors(data)
    checked = Graph()
    for triple in ontology.vocabulary():
        checked.add(triple)
    for triple in data:
        checked.add(triple)
    conforms, _, text = shacl(checked, shacl_graph=ontology.graph(ontology.SHAPES), inference="none", advanced=False, allow_warnings=True)
    shapes = "" if conforms else text.rstrip()
    return Validation(bool(conforms) and not bad and not spans, "\n".join(bad + spans + [shapes]).strip(), bad, shapes, spans)
