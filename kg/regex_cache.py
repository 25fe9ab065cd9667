"""govkg's regular expressions, shipped compiled: a first run does not compile them.

The extraction rules, the repairs and the outputs compile ~350 patterns, most
of them with a Han character class (`kg.text.HAN`) or a long alternation of
lexicon words, which Python's `re` compiles in Python code: ~0.15-0.2 s CPU
of a one-report build, every run (docs/performance.md, session 17).  This
module keeps their compiled form (the `_sre` program `re` makes of each
pattern) in `regex_cache.bin` beside it, and `preload` puts the patterns made
from it into `re`'s own cache of compiled patterns, where every
`re.compile(pattern, flags)` (and `re.search(pattern, ...)` etc.) looks first:
no govkg module changes how it compiles.

Safe by construction: an entry is keyed by its pattern text and flags, so a
pattern changed since the file was made (a lexicon edited) is simply not
found there and `re` compiles it as always; the file is used only by the
interpreter kind that made it (its cache tag, `_sre.MAGIC`, code size and
widest character), else ignored.  tests/test_regex_cache.py checks that every
entry equals what `re.compile` makes (Pattern equality compares the compiled
program) and that the file covers what a build of the seed compiles.

Remake the file after changing patterns or lexicons (from a source checkout;
it imports every govkg module, runs `kg build seeds/` once and records what
govkg's own modules compile):

    python scripts/regex_cache.py
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path

import _sre

CACHE_FILE = Path(__file__).with_name("regex_cache.bin")


def stamp() -> tuple:
    """What a compiled program depends on: the interpreter (cache tag, e.g.
    'cpython-311'), its regex engine's version (`_sre.MAGIC`) and code unit
    size, and the widest character.

    >>> stamp()[0] == sys.implementation.cache_tag
    True
    """
    return (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def load(path: Path = CACHE_FILE) -> list[tuple]:
    """The entries of the cache file at `path` made by this kind of
    interpreter: (pattern, flags, compiled flags, program as bytes, groups,
    groupindex, indexgroup) tuples in the order govkg first compiled them.
    [] when the file is missing, unreadable or made by another interpreter
    (never raises for those).

    >>> all(isinstance(e[0], str) and isinstance(e[3], bytes) for e in load())
    True
    """
    try:
        made_by, entries = marshal.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return []
    return entries if made_by == stamp() else []


def pattern_of(entry: tuple) -> re.Pattern:
    """The Pattern an entry of `load` describes, made from its compiled
    program (what `re.compile` makes of the same pattern and flags).

    >>> pattern_of(entry_of("[王李]明", 0)) == re.compile("[王李]明")
    True
    """
    pattern, _, compiled_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, compiled_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


_RE_DEFAULT_ROOM = getattr(re, "_MAXCACHE", 0)  # what `re` keeps for everyone (512 in 3.11)


def preload(path: Path = CACHE_FILE) -> int:
    """Put the patterns of the cache file into `re`'s cache of compiled
    patterns (`re._cache`, keyed by (type, pattern, flags), where
    `re.compile` looks before compiling), as long as it has room (`re` drops
    its oldest entry when full: entries are in first-use order, so what goes
    first has been used by then).  Returns how many were put there; 0 when
    the file does not fit this interpreter or `re` keeps no such cache.
    Called once, when `kg` is imported.

    `re` (3.11) keeps 512 patterns and drops the oldest first; with govkg's
    ~500 in it, the patterns other libraries compile during a build pushed
    govkg's out before they were used, and each one compiled again pushed out
    the next (440 of 503 compiled anew, session 28).  So the cache is grown by
    the file's size (`re._MAXCACHE`, read by `re._compile` at each call): the
    other libraries keep the room `re` gives them.

    >>> preload() >= 0
    True
    """
    cache = getattr(re, "_cache", None)
    room = getattr(re, "_MAXCACHE", 0)
    if not isinstance(cache, dict):
        return 0
    entries = load(path)
    if room and hasattr(re, "_MAXCACHE") and entries:
        room = re._MAXCACHE = max(room, len(entries) + _RE_DEFAULT_ROOM)
    added = 0
    for entry in entries:
        if len(cache) >= room:
            break
        key = (str, entry[0], entry[1])
        if key not in cache:
            try:
                cache[key] = pattern_of(entry)
            except (TypeError, ValueError, RuntimeError):  # a program this engine refuses: `re` compiles it
                continue
            added += 1
    return added


def entry_of(pattern: str, flags: int) -> tuple:
    """The cache entry of `pattern` compiled with `flags`, as `re` compiles it
    (its parser and code generator, the steps `re.compile` takes before
    handing the program to `_sre`).  Raises re.error for a bad pattern.

    >>> entry_of("(?P<n>a)b", 0)[4:]
    (1, {'n': 1}, (None, 'n'))
    """
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags), int(flags | parsed.state.flags), array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def record(run, purge: bool = True) -> list[tuple[str, int]]:
    """The (pattern, flags) pairs govkg's own modules (`kg`, `kg.*`) compile
    while `run()` runs, in first-compile order; `re`'s cache is emptied first
    (`purge`), so patterns compiled before are seen again; without it, only
    what `re` finds in no cache is seen (what the cache file misses).
    Patterns compiled by other libraries are left out.

    >>> record(lambda: re.compile("[甲乙]丙"))  # this module is govkg's own
    [('[甲乙]丙', 0)]
    """
    from re import _compiler

    seen: dict[tuple[str, int], None] = {}
    real = _compiler.compile

    def compile_and_note(p, flags=0):
        if isinstance(p, str):
            frame = sys._getframe(1)
            while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] in ("re", "functools"):
                frame = frame.f_back
            module = frame.f_globals.get("__name__", "") if frame is not None else ""
            if module == "kg" or module.startswith("kg."):
                seen.setdefault((p, int(flags)), None)
        return real(p, flags)

    if purge:
        re.purge()
    _compiler.compile = compile_and_note
    try:
        run()
    finally:
        _compiler.compile = real
    return list(seen)


def write(pairs: list[tuple[str, int]], path: Path = CACHE_FILE) -> int:
    """Write the cache file of `pairs` (pattern, flags) for this interpreter;
    returns its size in bytes."""
    blob = zlib.compress(marshal.dumps((stamp(), [entry_of(p, f) for p, f in pairs])), 9)
    path.write_bytes(blob)
    return len(blob)
