"""Named questions in queries/ (NAME.rq and NAME.cypher) and their parameters.

A query file starts with comment lines: the first is its one-line
description, and each `param: NAME TYPE [DEFAULT]` line declares a parameter
(TYPE is date, string, name, iri or integer; a `name` is looked up by each
of its spellings, kg.repair.spellings: SPARQL gets one VALUES row per
spelling, Cypher a list).  Values given on the command line are
checked against the type and never pasted into the text as written: SPARQL
gets a VALUES block of RDF terms serialised by the RDF library (opening the
query's first group, so FILTERs there see them), Cypher gets driver parameters.
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Variable

from kg.namespaces import PREFIXES
from kg.resources import queries_dir
from kg.stores.errors import ParameterError, QueryError, StoreError
from kg.stores.sparql_text import DECLARED, code_of

SUFFIX = {"sparql": ".rq", "cypher": ".cypher"}
COMMENT = {"sparql": "#", "cypher": "//"}
TYPES = ("date", "string", "name", "iri", "integer")
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
PARAM_LINE = re.compile(r"^param:\s*(\w+)\s+(\w+)(?:\s+(\S.*))?$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None = None


@dataclass
class Query:
    language: str  # sparql | cypher
    text: str
    name: str | None = None  # the named query's name, None for ad-hoc text
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    source: Path | None = None  # the file the text was read from (a named query's too); None for text given inline


def header(text: str, language: str) -> tuple[str, dict[str, Param]]:
    """The description and the declared parameters from the leading comment lines."""
    mark = COMMENT[language]
    description, params = "", {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith(mark):
            break
        body = line[len(mark):].strip()
        found = PARAM_LINE.match(body)
        if found:
            name, kind, default = found.groups()
            if kind not in TYPES:
                raise StoreError(f"parameter {name}: unknown type {kind!r} (one of {', '.join(TYPES)})")
            params[name] = Param(name, kind, default.strip() if default else None)
        elif body and not description:
            description = body
    return description, params


def _library() -> Path | None:
    try:
        return queries_dir()
    except FileNotFoundError:
        return None


def available(language: str) -> list[str]:
    library = _library()
    return sorted(p.stem for p in library.glob(f"*{SUFFIX[language]}")) if library else []


def _is_file(path: Path) -> bool:
    """Whether `path` names a file; False for text no file system takes as a
    name (a one-line query longer than a file name may be: 255 bytes, and a
    Han character is 3 of them in UTF-8), where `Path.is_file` raises OSError."""
    try:
        return path.is_file()
    except OSError:
        return False


def resolve(spec: str, language: str) -> Query:
    """A query given as a file path, a name in queries/, or the query text itself."""
    library = _library()
    named = library / f"{spec}{SUFFIX[language]}" if library else None
    path = Path(spec)
    if re.fullmatch(r"[\w.-]+", spec) and named and named.is_file():
        name, text, source = spec, named.read_text(encoding="utf-8"), named
    elif "\n" not in spec and _is_file(path):
        name, text, source = None, path.read_text(encoding="utf-8"), path
    elif re.fullmatch(r"[\w.-]+", spec):
        raise ParameterError(f"no named {language} query {spec!r}; available: {', '.join(available(language))}")
    else:
        name, text, source = None, spec, None
    description, params = header(text, language)
    return Query(language, text, name, description, params, source)


def _parse(param: Param, raw: str):
    """Check one raw value against its declared type; returns a Python value."""
    if param.type == "date":
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ParameterError(f"--param {param.name}: expected a date YYYY-MM-DD, got {raw!r}") from None
    if param.type == "integer":
        try:
            return int(raw)
        except ValueError:
            raise ParameterError(f"--param {param.name}: expected an integer, got {raw!r}") from None
    if param.type == "name":
        from kg.repair import spellings

        found = spellings(raw)
        if not found:
            raise ParameterError(f"--param {param.name}: expected a name, got {raw!r}")
        return found
    if param.type == "iri":
        prefix, sep, local = raw.partition(":")
        if sep and prefix in PREFIXES and not local.startswith("//"):
            raw = str(PREFIXES[prefix]) + local
        try:
            NamedNode(raw)
        except ValueError as exc:
            raise ParameterError(f"--param {param.name}: not an IRI: {exc}") from None
    return raw


def values(query: Query, given: dict[str, str]) -> dict:
    """Declared parameters with their values (given, else default) as Python values.

    An ad-hoc query declares nothing: every given value is a string."""
    unknown = sorted(set(given) - set(query.params)) if query.params or query.name else []
    if unknown:
        declared = ", ".join(query.params) or "none"
        raise ParameterError(f"unknown parameter {unknown[0]!r} (this query takes: {declared})")
    params = query.params or {name: Param(name, "string") for name in given}
    bound = {}
    for name, param in params.items():
        raw = given.get(name, param.default)
        if raw is None:
            raise ParameterError(f"this query needs --param {name}=<{param.type}>")
        bound[name] = (param, _parse(param, raw))
    # a range given backwards matches nothing: say so instead of an empty table
    start, end = bound.get("from"), bound.get("to")
    if start and end and start[0].type == end[0].type == "date" and start[1] > end[1]:
        raise ParameterError(f"--param from={start[1]} is after --param to={end[1]}: the range is empty")
    return bound


def sparql_terms(bound: dict) -> dict:
    """Parameter values as RDF terms, keyed by SPARQL variable."""
    terms = {}
    for name, (param, value) in bound.items():
        if param.type == "date":
            term = Literal(value.isoformat(), datatype=XSD_DATE)
        elif param.type == "integer":
            term = Literal(str(value), datatype=XSD_INTEGER)
        elif param.type == "iri":
            term = NamedNode(value)
        elif param.type == "name":
            term = [Literal(form) for form in value]  # one VALUES row each
        else:
            term = Literal(value)
        terms[Variable(name)] = term
    return terms


def _skip(text: str, i: int) -> int:
    """Index just past the string, IRI or comment starting at text[i] (or i+1)."""
    ch = text[i]
    if ch == "#":
        end = text.find("\n", i)
        return len(text) if end < 0 else end + 1
    if ch == "<":
        end = text.find(">", i)
        return i + 1 if end < 0 or any(c in text[i:end] for c in " \n{}") else end + 1
    if ch in "\"'":
        quote = ch * 3 if text.startswith(ch * 3, i) else ch
        j = i + len(quote)
        while j < len(text) and not text.startswith(quote, j):
            j += 2 if text[j] == "\\" else 1
        return j + len(quote)
    return i + 1


def with_values(text: str, terms: dict) -> str:
    """The query with a VALUES block for `terms` opening its WHERE group.

    The block is written from RDF terms (their N-Triples form, escaped by the
    RDF library), so a value can never end the literal it sits in."""
    if not terms:
        return text
    i = 0
    while i < len(text) and text[i] != "{":
        i = _skip(text, i)
    if i >= len(text):
        raise StoreError("cannot bind parameters: the query has no WHERE group")
    names = " ".join(f"?{var.value}" for var in terms)
    choices = [term if isinstance(term, list) else [term] for term in terms.values()]
    rows = " ".join("(" + " ".join(map(str, row)) + ")" for row in itertools.product(*choices))
    return f"{text[:i + 1]}\n  VALUES ({names}) {{ {rows} }}\n{text[i + 1:]}"


def with_prefixes(text: str) -> str:
    """`text` with a PREFIX line for each of the project's prefixes
    (kg.namespaces.PREFIXES: gov:, issue:, rdfs:, skos:, prov:, org:, schema:,
    dcterms:, xsd: ...) that it uses and does not declare itself, so an inline
    query can say `?v a gov:Visit` as the graph files do.  A prefix the query
    declares keeps its own IRI; a query using none is returned as given.
    Example: `with_prefixes("SELECT ?v { ?v a gov:Visit }")` ->
    `"PREFIX gov: <https://w3id.org/govkg/ontology#>\\nSELECT ?v { ?v a gov:Visit }"`."""
    code = code_of(text)  # a prefix in a string, an IRI or a comment is not used
    declared = {m.group(1) or "" for m in DECLARED.finditer(code)}
    used = [name for name in PREFIXES if name not in declared and re.search(rf"(?<![\w.:<?$-]){re.escape(name)}:", code)]
    if not used:
        return text
    return " ".join(f"PREFIX {name}: <{PREFIXES[name]}>" for name in used) + "\n" + text


# a prefixed name's prefix (SPARQL 1.1 PNAME_NS, the empty one too): not a
# variable's (?x), a blank node's (_:b) or a language tag's (@zh) part
_USED = re.compile(r"(?<![\w.:?$@-])((?:[^\W\d_][\w.-]*)?):(?=[\w%\\:-]|\s|$)")


def unknown_prefixes(text: str) -> list[str]:
    """The prefixes a SPARQL text uses (`foo:` of `foo:bar`) that it does not
    declare and govkg does not either (kg.namespaces.PREFIXES), in order of use;
    strings, IRIs and comments are skipped.
    Example: `unknown_prefixes("SELECT * { ?s foo:bar ?o ; gov:date '1:2' }")` -> `["foo"]`."""
    code = code_of(text)  # strings, IRIs and comments hold no prefixed names
    declared = {m.group(1) or "" for m in DECLARED.finditer(code)}
    unknown = []
    for m in _USED.finditer(code):
        if m.group(1) not in declared and m.group(1) not in PREFIXES and m.group(1) not in unknown:
            if not re.search(r"(?i)\bPREFIX\s*$", code[:m.start()]):  # the declaration itself
                unknown.append(m.group(1))
    return unknown


def check_prefixes(text: str) -> None:
    """Raise StoreError naming the prefixes `text` uses without a declaration
    (unknown_prefixes), and those govkg declares itself, so the query can be
    corrected; a store's own parser would only say where it stopped.
    Example: `check_prefixes("SELECT * { ?s foo:bar ?o }")` -> StoreError
    `unknown prefix foo: in the query (govkg declares gov:, issue:, ...; declare
    others with PREFIX foo: <IRI>)`."""
    unknown = unknown_prefixes(text)
    if unknown:
        names = ", ".join(f"{p}:" for p in unknown)
        raise QueryError(f"unknown prefix{'es' if len(unknown) > 1 else ''} {names} in the query (govkg declares "
                         f"{', '.join(f'{p}:' for p in PREFIXES)}; declare others with PREFIX {unknown[0]}: <IRI>)")


def bind_sparql(query: Query, given: dict[str, str]) -> str:
    """The SPARQL text with its parameters bound (see with_values), and the
    project's prefixes it uses but does not declare (see with_prefixes).
    Raises StoreError for a prefix neither the query nor govkg declares
    (check_prefixes), before any store or server sees it."""
    check_prefixes(query.text)
    return with_values(with_prefixes(query.text), sparql_terms(values(query, given)))


_POSITION = re.compile(r"\bat (\d+):(\d+)")


def user_position(message: str, bound: str, own: str) -> str:
    """`message`, a parser's error about `bound` (`error at 5:2: …`, Oxigraph's
    line:column), with the position told in `own`, the text the user wrote:
    bind_sparql only inserts (the PREFIX line before it, a VALUES block), so
    every character of `own` is in `bound` and the position maps back.  A
    message without a position, or one inside the inserted text, is returned
    as it is (kg.stores.positions.placed also steps back to the word there,
    quotes it and names the file).  Example: `user_position("error at 2:5: x", "PREFIX gov: <…>\nSELECT {", "SELECT {")`
    -> `"error at 1:5: x"`."""
    from kg.stores.positions import line_column, own_offset

    m = _POSITION.search(message)
    if m is None or bound == own:
        return message
    offset = own_offset(bound, own, int(m.group(1)), int(m.group(2)))
    if offset is None:
        return message
    line, column = line_column(own, offset)
    return f"{message[:m.start()]}at {line}:{column}{message[m.end():]}"


def cypher_parameters(bound: dict) -> dict:
    return {name: list(value) if param.type == "name" else value for name, (param, value) in bound.items()}


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """--param name=value pairs -> dict; the value may contain '='."""
    given = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"\w+", name):
            raise ParameterError(f"--param expects NAME=VALUE, got {pair!r}")
        given[name] = value
    return given
