"""govkg: knowledge graphs of officials, visits, places and residents' issues
from Chinese local-government reports.

Data flows one way: read -> repair -> extract -> resolve -> emit RDF -> load
stores -> render.  `kg.pipeline.Pipeline` wires the first five together.

From Python, `kg.build_reports(paths)` and `kg.build_texts({name: text})` (kg.api)
return an rdflib Dataset and the extracted facts; `import kg` itself loads
nothing heavy: they are imported on first use (it puts govkg's compiled
regular expressions in `re`'s cache: kg.regex_cache).
"""

__version__ = "0.1.0"

# govkg's ~350 patterns from their shipped compiled form, not compiled again (kg.regex_cache)
from kg import regex_cache as _regex_cache  # noqa: E402

_regex_cache.preload()

_API = ("Build", "build_reports", "build_texts")


def __getattr__(name: str):
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *_API])
