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
