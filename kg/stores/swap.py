"""Replace a store as a whole: fill a fresh copy beside it, then swap it in.

A build killed at any point leaves either the previous store or the new one
at the target path (and at worst a temporary sibling, removed by the next
run), never a half-filled store.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from pathlib import Path

from kg.fsutil import process_alive

# A small new store is filled in a memory-backed folder, then copied beside its
# target with one fsync a file: the stores sync at every commit, checkpoint and
# flush (~40 syncs for a one-report LadybugDB store, ~25 for Oxigraph's), which
# on a disk other processes write to took 0.14-1.5 s wall for ~0.2 s CPU.  A big
# store may not fit the folder (Docker gives /dev/shm 64 MB by default) and is
# written beside the page, where its waits are hidden.
SCRATCH = Path("/dev/shm")
SCRATCH_FREE = 256 << 20  # bytes the folder must have free (a one-report store takes ~2 MB)
# the stores' scratch folders, named PREFIX + the owner's process id + "-" + mkdtemp's letters
SCRATCH_PREFIXES = ("kg-ladybug-", "kg-oxigraph-")
# scratch folder -> the descriptor holding its lock (flock) while this process fills it
_HELD: dict[str, int] = {}


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def fresh_sibling(target: Path) -> Path:
    """A clean temporary path beside `target`; leftovers of killed runs are removed first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*"):
        _remove(stale)
    return target.parent / f".{target.name}.{os.getpid()}.new"


def swap_in(fresh: Path, target: Path, companions: tuple[str, ...] = ()) -> None:
    """Put `fresh` at `target`.  A file is renamed over the old one (atomic);
    a folder needs two renames, with the old one parked as a sibling first.
    `companions` are suffixes of files belonging to the old target (a write-ahead
    log): they would be replayed onto the new store, so they go first."""
    for suffix in companions:
        _remove(target.with_name(target.name + suffix))
    if fresh.is_dir() and target.exists():
        parked = target.parent / f".{target.name}.{os.getpid()}.old"
        os.rename(target, parked)
        os.rename(fresh, target)
        _remove(parked)
    else:
        os.replace(fresh, target)


def scratch_folder(prefix: str) -> Path | None:
    """A new private folder in SCRATCH to fill a small store in (the caller
    removes it with drop_scratch), or None when SCRATCH is missing, not
    writable or has less than SCRATCH_FREE bytes free.  Its name holds this
    process's id and the folder is locked (flock) while this process lives,
    so the folders of a build killed before it could remove them are found
    and removed first (sweep_scratch): a store's copy does not stay in memory.

    >>> scratch_folder("kg-ladybug-")  # doctest: +SKIP
    PosixPath('/dev/shm/kg-ladybug-4242-k2j3h4')
    """
    try:
        held = os.statvfs(SCRATCH)
        if held.f_bavail * held.f_frsize < SCRATCH_FREE:
            return None
        sweep_scratch()
        folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=SCRATCH))
        fd = os.open(folder, os.O_RDONLY)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released by the kernel when this process ends
        _HELD[str(folder)] = fd
        return folder
    except OSError:
        return None


def drop_scratch(folder: Path | str) -> None:
    """Remove a folder scratch_folder made, and let go of its lock.  Raises nothing.
    Example: `drop_scratch(scratch_folder("kg-ladybug-"))`."""
    shutil.rmtree(folder, ignore_errors=True)
    fd = _HELD.pop(str(folder), None)
    if fd is not None:
        os.close(fd)


def drop_own_scratch() -> list[Path]:
    """Remove every scratch folder (SCRATCH_PREFIXES) named with this process's
    id, whether its maker still holds it or not, and let go of their locks.
    A signal raised between mkdtemp and the caller's try/finally (the moment a
    SIGTERM sent as soon as the folder shows can land) leaves a folder no
    caller knows of; kg.cli calls this when a command is interrupted, so the
    copy does not wait in memory for the next build's sweep.  Returns the
    folders removed; raises nothing.
    Example: `drop_own_scratch()` -> `[PosixPath('/dev/shm/kg-ladybug-4242-k2j3h4')]` in process 4242."""
    for fd in _HELD.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()
    own = [f"{prefix}{os.getpid()}-" for prefix in SCRATCH_PREFIXES]
    try:
        left = [p for p in SCRATCH.iterdir() if p.name.startswith(tuple(own))]
    except OSError:
        return []
    for folder in left:
        shutil.rmtree(folder, ignore_errors=True)
    return left


def sweep_scratch() -> list[Path]:
    """Remove the scratch folders (SCRATCH_PREFIXES) of processes that are gone:
    their owner's id names no running process (kg.fsutil.process_alive) and no
    process holds the folder's lock (a process of another PID namespace sharing
    SCRATCH looks gone by its id, but its lock holds).  Returns the folders
    removed; raises nothing.  `kg build` calls it first, so the copy a killed
    build left is gone at the next build.
    Example: `sweep_scratch()` -> `[PosixPath('/dev/shm/kg-oxigraph-4242-k2j3h4')]` after pid 4242 was killed."""
    removed = []
    try:
        left = [p for p in SCRATCH.iterdir() if p.name.startswith(SCRATCH_PREFIXES)]
    except OSError:
        return removed
    for folder in left:
        prefix = next(p for p in SCRATCH_PREFIXES if folder.name.startswith(p))
        pid = folder.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)) and not _locked(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _locked(folder: Path) -> bool:
    """Whether a running process holds `folder`'s lock (True also when it cannot be told)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)  # and the lock taken to test it with it


# A copied store's files are synced at once, each in a thread of its own: the
# disk's journal commits the waiting syncs together, so the ~20 files of a
# one-report Oxigraph store wait about as long as one sync (here 30 ms against
# 90-200 ms for the same syncs one after another, on ext4 beside other writers).
SYNC_THREADS = 16


def copy_synced(source: Path, target: Path) -> None:
    """Copy the file or folder `source` to `target` (which must not exist), each
    file and folder synced to disk before this returns: the files' syncs run
    together (SYNC_THREADS threads), each on the descriptor that wrote it, then
    each folder's, a folder after those inside it.  Raises OSError as the copy
    or a sync fails.
    Example: `copy_synced(Path("/dev/shm/kg-oxigraph-42-x/store"), Path("out/store/.oxigraph.42.new"))`."""
    written: list = []  # the copies, open until synced
    folders: list[Path] = []
    try:
        _copy(source, target, written, folders)
        if len(written) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(SYNC_THREADS, len(written))) as pool:
                list(pool.map(os.fsync, [f.fileno() for f in written]))  # the first error raised, once all have ended
        else:
            for f in written:
                os.fsync(f.fileno())
    finally:
        for f in written:
            f.close()
    for folder in reversed(folders):  # made top down: the deepest first
        _sync(folder)


def _copy(source: Path, target: Path, written: list, folders: list[Path]) -> None:
    """Copy `source` to `target`: each file copied is added to `written` open
    (flushed, for the caller to sync and close), each folder made to `folders`."""
    if source.is_dir():
        target.mkdir()
        folders.append(target)
        for entry in sorted(source.iterdir()):
            _copy(entry, target / entry.name, written, folders)
        return
    dst = open(target, "wb")
    written.append(dst)
    with open(source, "rb") as src:
        shutil.copyfileobj(src, dst, 1 << 20)
    dst.flush()


def _sync(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
