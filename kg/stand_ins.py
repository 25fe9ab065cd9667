"""Import a library without what it imports at its top but only uses later.

Some libraries import, when they are imported, modules that only one of their
features uses, inside functions govkg does not call: ladybug imports asyncio
for its AsyncConnection (~25 ms CPU of a one-report build's ~0.9 s), pyvis
imports IPython, networkx and jsonpickle for its notebook features (~0.5 s).
`import_with_stand_ins` imports the library with stand-in modules registered
under those names (`stand_in`): the library keeps them as its globals, and
they hand over to the real module, imported then, when the library first
uses them.  They leave sys.modules as soon as the library is imported, so any
later `import asyncio` (yours, a notebook's) gets the real module.

`before_import` does the same for a library imported from many places of
govkg (rdflib): the stand-ins are registered while it is first imported,
wherever that import is (rdflib.term imports html5rdf, ~40 ms CPU, for HTML
literals govkg never reads or writes).

(The standard library's importlib.util.LazyLoader does not do here: on
Python 3.11 an `import X` of a lazy module already in sys.modules reads its
__spec__, which loads it.)
"""

from __future__ import annotations

import importlib
import sys
import types


def stand_in(name: str, **names) -> types.ModuleType:
    """A module to import instead of `name`: it holds `names` (what the
    importer takes with `from name import ...`, given as objects that reach
    the real thing when used) and hands any other attribute over from the
    real module, imported on that first access.  What the import system asks
    (`__path__`, `__spec__` ...) gets a plain module's answer (AttributeError).

    >>> m = stand_in("json")
    >>> m.dumps([1]) == "[1]" and m.dumps is sys.modules["json"].dumps
    True
    """
    module = types.ModuleType(name)
    module.__dict__.update(names)

    def real(attr: str):  # PEP 562's module __getattr__
        # anything asked while the library imports (the stand-in is then what an import returns)
        # gets a plain module's answer too
        found = None if attr.startswith("__") else importlib.import_module(name)
        if found is None or found is module:
            raise AttributeError(f"module {name!r} has no attribute {attr!r}")
        return getattr(found, attr)

    module.__getattr__ = real
    return module


def import_with_stand_ins(module: str, stand_ins: dict[str, types.ModuleType]):
    """`importlib.import_module(module)`, run with `stand_ins` (name -> module,
    from `stand_in`) in sys.modules for the names not imported yet (a module
    already imported is used as it is); they are removed afterwards, also when
    the import fails (whose error is raised).

    >>> import_with_stand_ins("ladybug", {"asyncio": stand_in("asyncio")}).__name__
    'ladybug'
    """
    if module in sys.modules:
        return sys.modules[module]
    added = {name: m for name, m in stand_ins.items() if name not in sys.modules}
    sys.modules.update(added)
    try:
        return importlib.import_module(module)
    finally:
        for name, m in added.items():
            if sys.modules.get(name) is m:
                del sys.modules[name]


class _WithStandIns:
    """A module's loader, run with stand-ins in sys.modules (import_with_stand_ins);
    anything else is the real loader's."""

    def __init__(self, loader, stand_ins: dict[str, types.ModuleType]):
        self.loader, self.stand_ins = loader, stand_ins

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        added = {name: m for name, m in self.stand_ins.items() if name not in sys.modules}
        sys.modules.update(added)
        try:
            self.loader.exec_module(module)
        finally:
            for name, m in added.items():
                if sys.modules.get(name) is m:
                    del sys.modules[name]
            module.__loader__ = module.__spec__.loader = self.loader  # the library is left as if imported plainly

    def __getattr__(self, attr: str):
        return getattr(self.loader, attr)


class _FirstImport:
    """A finder that finds nothing itself: when `module` is first imported, it
    steps aside (leaves sys.meta_path) and gives the real finders' spec with a
    loader that runs with `stand_ins` (_WithStandIns)."""

    def __init__(self, module: str, stand_ins: dict[str, types.ModuleType]):
        self.module, self.stand_ins = module, stand_ins

    def find_spec(self, name, path=None, target=None):
        if name != self.module:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithStandIns(spec.loader, self.stand_ins)
        return spec


def before_import(module: str, stand_ins: dict[str, types.ModuleType]) -> None:
    """Have `module`'s first import, wherever it happens, run as
    import_with_stand_ins(module, stand_ins) does: the stand-ins are in
    sys.modules while it imports (for names not imported yet) and gone
    after.  Nothing is done when `module` is imported already.  Raises nothing.

    >>> before_import("json", {})  # imported already: nothing to do
    >>> any(isinstance(f, _FirstImport) for f in sys.meta_path if getattr(f, "module", "") == "json")
    False
    """
    if module not in sys.modules and not any(isinstance(f, _FirstImport) and f.module == module for f in sys.meta_path):
        sys.meta_path.insert(0, _FirstImport(module, stand_ins))
