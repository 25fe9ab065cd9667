"""pyvis's Network class, imported without what only its notebook features use.

pyvis.network imports, at its top, IPython.display's IFrame (for
`Network.show` in a notebook), networkx (for `Network.from_nx`) and
jsonpickle (for `Network.to_json`), and jinja2, whose template Environment
every Network makes for its own HTML writers (`Network.write_html`, `show`);
the page uses none of them (kg.views.html writes its own page).  Imported as
they are, IPython costs ~0.35 s CPU and ~37 MB, networkx ~0.12 s and ~20 MB,
jsonpickle ~0.05 s, jinja2 ~0.04 s, in every build that writes a page: a
one-report build's page took 0.35 s CPU, nearly all of it these imports
(docs/performance.md).  Here they load when pyvis first uses them.

The stand-ins are kg.stand_ins's.
"""

from __future__ import annotations

import importlib
import sys

from kg.stand_ins import import_with_stand_ins, stand_in


class _Deferred:
    """What a call of `module.name(*args, **kwargs)` would give, made on first
    use (any attribute asked of it): pyvis's Network.__init__ makes a jinja2
    Environment (with a FileSystemLoader) that only its HTML writers use.
    Arguments that are _Deferred themselves are made first."""

    def __init__(self, module: str, name: str, args: tuple, kwargs: dict):
        self._call = (module, name, args, kwargs)
        self._made = None

    def made(self):
        if self._made is None:
            module, name, args, kwargs = self._call
            real = getattr(importlib.import_module(module), name)
            self._made = real(*(_made(a) for a in args), **{k: _made(v) for k, v in kwargs.items()})
        return self._made

    def __getattr__(self, attr: str):  # only what the instance lacks
        if attr.startswith("__") or attr in ("_call", "_made"):  # copy's and pickle's questions: a plain object's answer
            raise AttributeError(attr)
        return getattr(self.made(), attr)


def _made(value):
    return value.made() if isinstance(value, _Deferred) else value


def _deferred(module: str, name: str):
    """A stand-in for the class `module.name`: calling it gives a _Deferred."""
    return lambda *args, **kwargs: _Deferred(module, name, args, kwargs)


def _iframe(*args, **kwargs):
    """IPython.display.IFrame(*args, **kwargs), imported when called (pyvis
    calls it in `Network.show` when it runs in a notebook)."""
    from IPython.display import IFrame

    return IFrame(*args, **kwargs)


def network_class() -> type:
    """pyvis.network.Network, the class itself.

    The first import of pyvis.network runs with stand-ins registered for
    networkx, jsonpickle, IPython, IPython.display and jinja2 (kg.stand_ins):
    pyvis keeps them as its `nx`, `jsonpickle`, `IFrame`, `Environment` and
    `FileSystemLoader`, which reach the real libraries when it uses them
    (a Network's template Environment is made when first used: `_Deferred`).  They leave sys.modules as soon as pyvis is imported, so any
    later import of those libraries gets the real ones.  In a process that
    has imported IPython already (a notebook), networkx or jsonpickle, that
    library is used as it is.  Raises ModuleNotFoundError when pyvis is not installed.

    >>> network_class().__name__
    'Network'
    """
    if "pyvis.network" in sys.modules:
        return sys.modules["pyvis.network"].Network
    stand_ins = {name: stand_in(name) for name in ("networkx", "jsonpickle")}
    stand_ins["jinja2"] = stand_in("jinja2", Environment=_deferred("jinja2", "Environment"),
                                   FileSystemLoader=_deferred("jinja2", "FileSystemLoader"))
    if "IPython" not in sys.modules:
        stand_ins["IPython"] = stand_in("IPython")
        stand_ins["IPython.display"] = stand_in("IPython.display", IFrame=_iframe)
        stand_ins["IPython"].__path__ = []  # a package, whose display submodule is the stand-in
    return import_with_stand_ins("pyvis.network", stand_ins).Network
