"""kg build's page output: graph.html fed from the assembly stream.

Apart from kg.views.html so that the page's libraries (pyvis; networkx for
the layout of a big graph) load only when the page is written, after the
stores: a one-report build's memory peak is LadybugDB's write, and these do
not add to it.
"""

from __future__ import annotations

from pathlib import Path

from kg.views.model import TermIndex


class PageSink:
    """kg build's output (kg.build.OUTPUTS["html"]): DIR/graph.html of everything
    built, drawn from the union's triples as the assembly streams them
    (kg.corpus.assemble.Sink), indexed as terms without parsing any file."""

    def __init__(self, result, options=None):
        self.target = Path(result.out_dir) / "graph.html"
        self.index = TermIndex()

    def graph(self, name: str, lines: list[str]) -> None:
        pass

    def triples(self, lines: list[str]) -> None:
        self.index.add_lines(lines)

    def close(self) -> Path:
        from kg.views.html import write_view

        return write_view(self.index, self.target)
