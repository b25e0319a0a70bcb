"""One server process per SQLite database: an exclusive `flock` on a lock file beside it.

SQLite serves one process (issue 15): two servers on one file would analyse the same pending
reports and run every schedule twice. `dogcoach serve` (and `run --polling`) hold this lock for
their whole life; a second one refuses to start with `StoreInUse`, which names PostgreSQL. The
kernel drops the lock when the process ends however it ends (kill -9 included), so a stale lock
file never blocks a restart. The CLI's one-off commands (`broadcast`, `migrate`) do not take it:
they run beside the server, as before.

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
def one_server(database: str) -> Iterator[None]:
    """Hold the database's server lock; `StoreInUse` when another process holds it."""
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
            other = os.read(fd, 32).decode(errors="replace").strip()
            os.close(fd)
            raise StoreInUse(database, other) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
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
