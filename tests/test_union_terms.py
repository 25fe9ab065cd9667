"""The union's statements are split into terms once and shared by every output
(kg.emit.union): each output reads the same statements from a TripleLines as
from plain lines, and the assembly hands its sinks TripleLines."""

from __future__ import annotations

import io

import pytest

from kg.emit.terms import split_terms
from kg.emit.turtle import write_blocks
from kg.emit.union import TripleLines, line_terms, terms_of
from kg.stores.mapping import Mapper
from kg.views.model import TermIndex

G = "https://example.org/"
LINES = sorted([
    f'<{G}official/lin-an> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Official> .',
    f'<{G}official/lin-an> <http://www.w3.org/2000/01/rdf-schema#label> "林安"@zh .',
    f'<{G}visit/v1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Visit> .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#visitor> <{G}official/lin-an> .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#date> "2024-05-06"^^<http://www.w3.org/2001/XMLSchema#date> .',
    f'<{G}visit/v1> <https://w3id.org/govkg/ontology#evidence> "林安 来到 青石社区 ."@zh .',
])


@pytest.mark.fast
def test_terms_are_those_split_terms_gives():
    # a literal holding spaces and " ." keeps them: only the line's own end is cut
    assert [line_terms(line) for line in LINES] == [split_terms(line) for line in LINES]
    assert TripleLines(LINES).terms == [split_terms(line) for line in LINES]
    assert list(terms_of(LINES)) == [split_terms(line) for line in LINES]


@pytest.mark.fast
def test_given_terms_are_used_not_split_again():
    given = [("<s>", "<p>", "<o>")] * len(LINES)
    assert TripleLines(LINES, given).terms is given


@pytest.mark.fast
def test_every_output_reads_triple_lines_as_plain_lines():
    shared = TripleLines(LINES)
    plain, split = Mapper(), Mapper()
    plain.add_lines(list(LINES))
    split.add_lines(shared)
    assert (plain.types, plain.literals, plain.links) == (split.types, split.literals, split.links)
    assert plain.finish() == split.finish()

    a, b = TermIndex(), TermIndex()
    a.add_lines(list(LINES))
    b.add_lines(shared)
    assert a.index == b.index

    out_a, out_b = io.StringIO(), io.StringIO()
    assert write_blocks(list(LINES), out_a) == write_blocks(shared, out_b) == len(LINES)
    assert out_a.getvalue() == out_b.getvalue()
    assert '"林安 来到 青石社区 ."@zh' in out_b.getvalue()


@pytest.mark.fast
def test_touching_keeps_the_same_statements_from_either():
    focus = {f"<{G}official/lin-an>"}
    plain, split = Mapper(), Mapper()
    plain.add_touching(list(LINES), focus)
    split.add_touching(TripleLines(LINES), focus)
    assert plain.links == split.links == {(f"{G}visit/v1", "https://w3id.org/govkg/ontology#visitor", f"{G}official/lin-an")}
    assert plain.types == split.types


class _Recorder:
    def __init__(self):
        self.seen = []

    def graph(self, name, lines):
        pass

    def triples(self, lines):
        self.seen.append(lines)

    def close(self):
        return None


def test_assembly_hands_sinks_split_statements(tmp_path):
    from kg.build import BuildOptions, build_corpus
    from kg.synthetic import write_corpus

    write_corpus(tmp_path / "in", 3, seed=7)
    sink = _Recorder()
    build_corpus([tmp_path / "in"], BuildOptions(out=tmp_path / "out", store=False, html=False, jobs=1), sinks=(sink,))
    assert sink.seen and all(isinstance(lines, TripleLines) for lines in sink.seen)
    for lines in sink.seen:
        assert lines.terms == [split_terms(line) for line in lines]


@pytest.mark.fast
def test_write_turtle_takes_lines_with_their_newlines():
    # lines as a serializer or a file gives them keep "\n"; the object ends before " ."
    from rdflib import Graph

    from kg.emit.turtle import write_turtle

    lines = sorted({
        '<https://w3id.org/govkg/id/issue/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/govkg/ontology#Issue> .\n',
        '<https://w3id.org/govkg/id/issue/a> <http://www.w3.org/2000/01/rdf-schema#label> "楼道灯坏了"@zh .\n',
    })
    out = io.StringIO()
    assert write_turtle(lines, out) == 2
    assert set(Graph().parse(data=out.getvalue(), format="turtle")) == set(Graph().parse(data="".join(lines), format="nt"))
