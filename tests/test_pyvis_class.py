"""pyvis is imported for the page without IPython, networkx and jsonpickle
(kg.views.pyvis_class), and the libraries stay whole for everyone else: each
test runs in a fresh interpreter, since what a process has imported is the
point."""

from __future__ import annotations

import subprocess
import sys

from tests.plugins.browser import ROOT

# an invented graph of one official who visited one place
PAGE = """
from rdflib import Graph
from kg.views.html import render
g = Graph().parse(data='''
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/official/lin-bo> a gov:Official ; rdfs:label "林博"@zh .
<https://example.org/place/qingshui> a gov:Place ; rdfs:label "清水村"@zh .
<https://example.org/visit/1> a gov:Visit ; gov:visitor <https://example.org/official/lin-bo> ;
    gov:visitedPlace <https://example.org/place/qingshui> .
''', format="turtle")
html = render(g)
assert "林博" in html and "清水村" in html
"""


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_page_is_drawn_without_importing_ipython_networkx_jsonpickle_or_jinja2():
    out = run(PAGE + "import sys; print(sorted(m for m in ('IPython', 'IPython.display', 'networkx', 'jsonpickle', 'jinja2') if m in sys.modules))")
    assert out.strip() == "[]"


def test_pyvis_reaches_the_real_libraries_when_it_uses_them():
    """pyvis's `nx`, `jsonpickle` and `IFrame` give the libraries' own objects
    on use, its own HTML writer gets a real jinja2 template, and a later
    import of each library gets the real module."""
    out = run(PAGE + """
import sys
import pyvis.network as pn
assert pn.nx.Graph is sys.modules["networkx"].Graph
import networkx, IPython.display, jsonpickle
assert networkx.__file__ and IPython.display.__file__ and jsonpickle.__file__
assert pn.jsonpickle.encode is jsonpickle.encode and pn.Network().to_json().startswith("{")
assert isinstance(pn.IFrame("page.html", width=10, height=10), IPython.display.IFrame)
net = pn.Network()
net.add_node(1, label="Qingshui")
assert "Qingshui" in net.generate_html() and "jinja2" in sys.modules
import jinja2
assert jinja2.Environment.__module__.startswith("jinja2")
print("ok")
""")
    assert out.strip() == "ok"


def test_a_notebook_s_ipython_is_the_one_pyvis_gets():
    out = run("import IPython.display\n" + PAGE + """
import pyvis.network as pn, IPython.display
assert pn.IFrame is IPython.display.IFrame
print("ok")
""")
    assert out.strip() == "ok"
