"""kg.stand_ins: a library imported without what it only uses later, which
still reaches the real module when it uses it.  Each test that depends on
what a process has imported runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.stand_ins import import_with_stand_ins, stand_in
from tests.test_first_run import ROOT


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.fast
def test_a_stand_in_hands_over_the_real_module_on_use_and_answers_the_import_system_plainly():
    fake = stand_in("colorsys", extra=42)
    assert fake.extra == 42
    assert fake.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # the real function, imported now
    assert fake.rgb_to_hsv is sys.modules["colorsys"].rgb_to_hsv
    with pytest.raises(AttributeError):
        fake.__path__


@pytest.mark.fast
def test_the_stand_ins_leave_sys_modules_after_the_import_even_when_it_fails():
    before = set(sys.modules)
    with pytest.raises(ModuleNotFoundError):
        import_with_stand_ins("kg_no_such_module_here", {"kg_side_name": stand_in("kg_side_name")})
    assert "kg_side_name" not in sys.modules and set(sys.modules) - before == set()


@pytest.mark.fast
def test_ladybug_is_imported_without_asyncio_and_its_async_connection_still_runs(tmp_path):
    out = run(f"""
import sys
from kg.stores import ladybug_store
lb = ladybug_store._ladybug()
print('asyncio' in sys.modules)
import asyncio
import ladybug.async_connection as ac
assert ac.asyncio.CancelledError is asyncio.CancelledError
db = lb.Database({str(tmp_path / 'a.db')!r})
async def ask():
    conn = lb.AsyncConnection(db)
    try:
        return (await conn.execute('RETURN 40 + 2 AS n')).get_next()
    finally:
        conn.close()
print(asyncio.run(ask()))
""")
    assert out.split() == ["False", "[42]"]
