"""govkg's regular expressions from their shipped compiled form (kg.regex_cache):
each is what `re` compiles, a file of another interpreter is ignored, a changed
pattern is compiled as always, and the shipped file covers a build of the seed."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from kg import regex_cache
from kg.extract.lexicons import compile_words

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.fast


def _fresh(pattern: str, flags: int) -> re.Pattern:
    """What `re.compile` makes of the pattern with nothing in its cache."""
    re.purge()
    return re.compile(pattern, flags)


def test_every_shipped_entry_is_the_pattern_re_compiles():
    entries = regex_cache.load()
    assert len(entries) > 200  # the file fits this interpreter (scripts/regex_cache.py remakes it)
    try:
        for entry in entries:
            made, fresh = regex_cache.pattern_of(entry), _fresh(entry[0], entry[1])
            # Pattern equality compares the flags, the text and the compiled program
            assert made == fresh, entry[0]
            assert (made.groups, made.groupindex) == (fresh.groups, fresh.groupindex), entry[0]
    finally:
        regex_cache.preload()


def test_a_preloaded_pattern_is_the_one_re_compile_returns_and_a_changed_one_is_compiled(tmp_path):
    cache = tmp_path / "cache.bin"
    template = r"(?P<who>[钱孙]\w{{1,2}})到访(?:{})"

    def visit_pattern(places):  # compiled by govkg's own code, as the rules compile theirs
        return compile_words(places, template)

    pairs = regex_cache.record(lambda: visit_pattern(["橡林里", "枫林里"]))
    assert pairs == [(r"(?P<who>[钱孙]\w{1,2})到访(?:枫林里|橡林里)", 0)]
    regex_cache.write(pairs, cache)
    try:
        re.purge()
        assert regex_cache.preload(cache) == 1
        assert regex_cache.record(lambda: visit_pattern(["橡林里", "枫林里"]), purge=False) == []  # found, not compiled
        assert visit_pattern(["橡林里", "枫林里"]).search("昨日钱多多到访橡林里").group("who") == "钱多多"
        # a word class that changed since the file was made: compiled as always
        assert regex_cache.record(lambda: visit_pattern(["橡林里", "榆林村"]), purge=False) == [
            (r"(?P<who>[钱孙]\w{1,2})到访(?:榆林村|橡林里)", 0)]
    finally:
        re.purge()
        regex_cache.preload()


def test_a_file_made_by_another_interpreter_or_damaged_is_ignored(tmp_path):
    other = tmp_path / "other.bin"
    entry = regex_cache.entry_of("[甲乙]丙", 0)
    other.write_bytes(zlib.compress(marshal.dumps((("cpython-0", 0, 4, 0x10FFFF), [entry]))))
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(b"not a cache")
    for path in (other, damaged, tmp_path / "missing.bin"):
        assert regex_cache.load(path) == []
        assert regex_cache.preload(path) == 0


def test_the_shipped_file_covers_what_a_build_of_the_seed_compiles(tmp_path):
    # a fresh interpreter: `import kg` preloads, then only what the file misses is compiled
    code = ("import sys, kg\nfrom kg import cli, regex_cache\n"
            "missed = regex_cache.record(lambda: cli.main(['build', 'seeds', '--out', sys.argv[1]]), purge=False)\n"
            "print(len(missed), len(regex_cache.load()))\n")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "out")], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    missed, shipped = map(int, proc.stdout.split()[-2:])
    assert missed <= shipped // 10, f"{missed} patterns compiled anew: run python scripts/regex_cache.py"
