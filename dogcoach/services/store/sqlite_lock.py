"""One server process per SQLite database: an exclusive `flock` on a lock file beside it.

SQLite serves one process (issue 15): two servers on one file would analyse the same pending
reports and run every schedule twice. `dogcoach serve` (and `run --polling`) hold this lock for
their whole life; a second one refuses to start with `StoreInUse`, which names PostgreSQL. The
kernel drops the lock when the process ends however it ends (kill -9 included), so a stale lock
file never blocks a restart. The file says who holds it: the process id, and for `dogcoach serve`
the address of its HTTP server. `dogcoach broadcast` reads it (`running_server`): beside a server
it does not write the database itself (a second writer) but hands the broadcast to the server's
admin API. `dogcoach migrate` takes the lock while it runs (no address): beside a running
process it refuses (that process migrated at its start; restart it), and a server starting
meanwhile refuses for the moment the migration takes.

Within one process the lock is counted, so the CLI can take it before uvicorn starts (a clean
message instead of a start-up traceback) and the app's lifespan take it again.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from dogcoach.services.store.errors import StoreInUse

_held: dict[str, tuple[int, int]] = {}  # lock file → (descriptor, holders in this process)


def lock_path(database: str) -> str:
    """The lock file of the SQLite database at `database` (a path, not a URL)."""
    return os.path.realpath(database) + ".lock"


@contextlib.contextmanager
def one_server(database: str, address: str | None = None) -> Iterator[None]:
    """Hold the database's server lock; `StoreInUse` when another process holds it. `address`
    (`http://127.0.0.1:8000`), when this process serves HTTP, is written beside the pid."""
    if database == ":memory:":
        yield
        return
    key = lock_path(database)
    entry = _held.get(key)
    if entry is not None:
        _held[key] = (entry[0], entry[1] + 1)
    else:
        Path(key).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.read(fd, 512).decode(errors="replace").partition("\n")[0].strip()
            os.close(fd)
            raise StoreInUse(database, other) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n{address or ''}\n".encode())
        _held[key] = (fd, 1)
    try:
        yield
    finally:
        fd, count = _held[key]
        if count > 1:
            _held[key] = (fd, count - 1)
        else:
            del _held[key]
            os.close(fd)  # releases the lock


def running_server(database: str) -> tuple[str, str | None] | None:
    """(pid, HTTP address or None) of the other process holding the database's server lock, or
    None when no other process holds it. Probes with a shared lock, released at once."""
    if database == ":memory:" or lock_path(database) in _held:
        return None
    try:
        fd = os.open(lock_path(database), os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            lines = os.read(fd, 512).decode(errors="replace").splitlines()
            pid = lines[0].strip() if lines else "?"
            address = lines[1].strip() if len(lines) > 1 and lines[1].strip() else None
            return pid, address
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
