"""Remake kg/regex_cache.bin, govkg's regular expressions in compiled form
(kg.regex_cache): every govkg module is imported, then `kg build seeds/` runs
with every output into a temporary folder, and each pattern govkg's own
modules compiled meanwhile is written, in first-compile order.

    python scripts/regex_cache.py

Run it after changing patterns or lexicons (tests/test_regex_cache.py fails
when the file misses much of what a build of the seed compiles).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg import cli, regex_cache  # noqa: E402


def build_seed() -> None:
    """Every govkg module imported, then the seed built with every output."""
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    with tempfile.TemporaryDirectory() as out:
        if cli.main(["build", str(ROOT / "seeds"), "--out", str(Path(out) / "out")]) != 0:
            sys.exit("kg build seeds/ failed")


if __name__ == "__main__":
    pairs = regex_cache.record(build_seed)
    size = regex_cache.write(pairs)
    print(f"{regex_cache.CACHE_FILE}: {len(pairs)} patterns, {size:,} bytes ({regex_cache.stamp()[0]})")
