"""Atomic file output: write beside the target, then rename over it, so a
failed or killed build never leaves a half-written file behind; and the lock
file a build holds (`held_lock`), which tells the next build when one was killed."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path


def other_contents(folder: Path, is_own, shown: int = 3) -> str | None:
    """What `folder` holds that an output written into it would go among, as
    `a, b, c, ... 4 more` (sorted names), or None when it can take the output:
    it is not there yet, it is empty, or `is_own(folder)` recognises it as the
    output's own folder (an earlier build, an Oxigraph store).  The one rule
    `kg build --out` and `kg load --store` refuse a folder of other files by.
    `folder` must be a folder when it exists (callers refuse files first).

    Example: `other_contents(Path("reports"), is_build_folder)` -> `'a.txt, b.txt, c.txt, ... 2 more'`."""
    folder = Path(folder)
    if not folder.exists() or is_own(folder):
        return None
    held = sorted(p.name for p in folder.iterdir())
    if not held:
        return None
    return ", ".join(held[:shown]) + (f", ... {len(held) - shown} more" if len(held) > shown else "")


@contextlib.contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside `target`; on success it replaces `target`.

    The new file gets the old one's permissions (or the umask's, not
    mkstemp's 0600) and reaches the disk before the rename, so after a crash
    `target` is the old file or the new one, whole.  Temporaries left by
    writers that were killed are removed here, by the next writer."""
    with atomic_paths(target) as (tmp,):
        yield tmp


@contextlib.contextmanager
def atomic_paths(*targets: Path):
    """`atomic_path` for several files written together: yield a temporary
    beside each target (in order); on success every temporary is synced, the
    syncs running at once (one thread each: the disk's journal commits them
    together, as kg.stores.swap.copy_synced does for a store), then each
    replaces its target, then each folder holding one is synced once.  The
    guarantee is atomic_path's for each file: after a crash each target is its
    old file or its new one, whole (no target is replaced before every new
    file is on disk).  An error before the renames replaces no target; the
    temporaries not renamed are removed.  Raises OSError (naming the target) when a temporary cannot be made.

    Example: `with atomic_paths(Path("out/graph.nq"), Path("out/graph.ttl")) as (nq, ttl): ...`."""
    targets = tuple(Path(target) for target in targets)
    temporaries: list[str] = []
    replaced = 0  # temporaries renamed over their targets: the others are removed on an error
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            _remove_orphans(target)
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
            except OSError as exc:  # the error names the file the caller asked for, not the temporary
                raise OSError(exc.errno, exc.strerror, str(target)) from None
            os.close(fd)
            temporaries.append(tmp)
        yield tuple(Path(tmp) for tmp in temporaries)
        for tmp, target in zip(temporaries, targets):
            os.chmod(tmp, _mode_for(target))
        _fsync_all(temporaries)
        for tmp, target in zip(temporaries, targets):
            os.replace(tmp, target)
            replaced += 1
        _fsync_all(list(dict.fromkeys(str(target.parent) for target in targets)))
    except BaseException:
        for tmp in temporaries[replaced:]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_all(paths: list) -> None:
    """_fsync each path, all at once (one thread each) when there are several."""
    if len(paths) < 2:
        for path in paths:
            _fsync(path)
        return
    import threading

    threads = [threading.Thread(target=_fsync, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _fsync(path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # a folder some systems will not open: the rename still holds
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


TEMPORARY = re.compile(r"\.(.+)\.(\d+)\..+\.tmp")  # atomic_path's temporaries: .NAME.PID.RANDOM.tmp


def temporary_of(name: str) -> str | None:
    """The file name whose atomic_path temporary `name` is, else None: what a
    writer killed mid-write left beside its target.

    >>> temporary_of(".graph.ttl.4242.k2j3h4.tmp")
    'graph.ttl'
    >>> temporary_of("graph.ttl") is None
    True
    """
    m = TEMPORARY.fullmatch(name)
    return m.group(1) if m else None


def _remove_orphans(target: Path) -> None:
    """Temporaries of `target` whose writing process is gone (SIGKILL, power loss)."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\..+\.tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            m = pattern.fullmatch(entry.name)
            if m and not process_alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def process_alive(pid: int) -> bool:
    """Whether a process `pid` runs (another user's counts as running): what
    left a temporary file or folder named with its id may still be using it.

    >>> import os; process_alive(os.getpid())
    True
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def same_file(a: Path, b: Path) -> bool:
    """Whether `a` and `b` name one file (a hard link, a path through a symlink);
    False when either cannot be reached."""
    try:
        return Path(a).samefile(b)
    except OSError:
        return False


def walk_files(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under `root`, and the folders that could not be read with
    the reason (Path.rglob skips those silently)."""
    files: list[Path] = []
    unreadable: list[tuple[Path, str]] = []

    def record(exc: OSError) -> None:
        unreadable.append((Path(exc.filename), (exc.strerror or str(exc)).lower()))

    for folder, _dirs, names in os.walk(root, onerror=record):
        files.extend(Path(folder, name) for name in names)
    return sorted(files), unreadable


@contextlib.contextmanager
def held_lock(path: Path, on_wait=None):
    """Hold an exclusive lock on the file `path` (flock; a second holder waits
    for the first), writing `pid N, started YYYY-MM-DDTHH:MM:SSZ` into it while
    held and emptying it on the way out, also when the work raised an error
    (it was reported).  The kernel releases a lock whose process died, so a
    lock is never stale; but a holder killed (SIGKILL, SIGTERM, power loss)
    or interrupted (Ctrl-C: KeyboardInterrupt) leaves its line in the file.
    When another process holds the lock, `on_wait(its line)` is called once
    before waiting.  Yields that line of the holder before, when it did not finish, else None:
    the caller says in one line that it takes over.  Not POSIX (no fcntl): no
    lock, yields None.  Raises OSError when the file cannot be created.

    Example: after `kill -9` of a build in out/, the next build's
    `held_lock(out / ".lock")` yields `"pid 4242, started 2026-12-01T02:17:00Z"`."""
    try:
        import fcntl
    except ImportError:
        yield None
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # held by a running holder: say so before waiting, or the wait looks like a hang
            if on_wait is not None:
                on_wait(os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "another process")
            fcntl.flock(fd, fcntl.LOCK_EX)
        earlier = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or None
        started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        try:
            yield earlier
        except Exception:
            os.ftruncate(fd, 0)  # a failure was reported: the next holder has nothing to say about it
            raise
        os.ftruncate(fd, 0)  # finished; a KeyboardInterrupt leaves the line for the next holder to report
    finally:
        os.close(fd)  # releases the lock


def lock_holder(path: Path) -> tuple[str | None, bool]:
    """Who the lock file `path` of `held_lock` names, without waiting: `(line,
    running)`.  `line` is the holder's `pid N, started T` (None when the file
    is missing or empty: no holder, or the last one finished); `running` is
    True while that holder still holds the lock, False when it was killed or
    interrupted (the kernel released its lock, its line stayed).  The probe
    takes a shared lock for an instant only when there is a line, so a
    finished folder is never locked by a reader.  Not POSIX (no fcntl):
    `(line, False)`.

    Example: after `kill -9` of a build in out/, `lock_holder(out / ".lock")`
    is `("pid 4242, started 2026-12-01T02:17:00Z", False)`."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None, False
    try:
        line = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or None
        if line is None:
            return None, False
        try:
            import fcntl
        except ImportError:
            return line, False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return line, True
        fcntl.flock(fd, fcntl.LOCK_UN)
        # the holder may have finished between the read and the probe: its line is gone then
        return os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or None, False
    finally:
        os.close(fd)
