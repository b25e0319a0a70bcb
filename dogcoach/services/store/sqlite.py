"""SQLite backend: the zero-setup default.

Statements run on one connection inside the event loop: on a local file with WAL and
`synchronous=NORMAL` they take microseconds, far less than a thread hop would cost (the fast path:
benchmarks/turns.py). An asyncio lock gives each session the whole connection for its transaction
(SQLite has one writer anyway). The loop never waits for SQLite:
- `busy_timeout` is 0, so when another process holds the write lock (`dogcoach doctor`, or an
  operator's `sqlite3` shell) SQLite answers SQLITE_BUSY at once and the session retries `BEGIN IMMEDIATE`
  after an asyncio sleep (1 ms doubling to 50 ms) until its deadline, then raises
  `StoreUnavailable`; the loop serves other work meanwhile.
- Statements that may touch many rows (`bulk=True`: a broadcast's deliveries, pruning, compaction,
  erasing a user) run on a worker thread; sqlite3 releases the GIL while SQLite works.
- WAL checkpoints run on a worker thread, on a connection of their own, after every
  `CHECKPOINT_EVERY` commits (`PRAGMA wal_checkpoint(PASSIVE)`), so the WAL stays below what
  SQLite's own checkpoint lets it reach (1,000 pages; a survey turn writes six or seven). SQLite's
  automatic checkpoint ran inside whichever COMMIT passed 1,000 pages, on the event loop: the pages
  copied and two fsyncs (3 ms each, 8 ms at p90, on the development VM's disk) stalled every turn
  in flight (benchmarks/turns.py: commit p99 7 ms, 0.2-0.7 ms without). It stays as a backstop at
  `BACKSTOP_PAGES`, should the worker fall behind.
- The worker's checkpoint holds the session lock while it runs, so no transaction of this store
  runs beside it: sessions wait for it on the loop (asyncio), the loop itself does not. SQLite
  3.7.0-3.51.2 has a race between a checkpoint on one connection and a commit that resets the WAL
  on another, which can leave the WAL-index claiming frames were copied that were not: lost pages,
  "database disk image is malformed" (sqlite.org/wal.html, "the WAL-reset bug"; fixed in 3.51.3,
  Debian 12's Python links 3.40.1). Beside a writer a passive checkpoint may also copy nothing
  (SQLITE_BUSY). A second process writing the same file is not serialized with it, so
  `dogcoach broadcast` beside a server does not write: it hands the broadcast to the server's
  admin API (`sqlite_lock.running_server`, docs/broadcasts.md), and `dogcoach migrate` refuses
  beside one (it takes the server lock, `sqlite_lock.one_server`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic_core import from_json

from dogcoach.services.store.core import Dialect, json_dumps, utcnow
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.facade import Store
from dogcoach.services.store.migrations import migration_files
from dogcoach.services.store.session import StoreSession
from dogcoach.services.store.sqlite_lock import one_server

T = TypeVar("T")
log = logging.getLogger(__name__)

_FIRST_BACKOFF = 0.001
_MAX_BACKOFF = 0.05
# Commits between two checkpoints on the worker thread: a survey turn writes six or seven pages, so
# the WAL stays under what SQLite's default automatic checkpoint (1,000 pages) lets it hold.
CHECKPOINT_EVERY = 100
# SQLite's automatic checkpoint (in the commit, on the loop), for when the worker cannot keep up.
BACKSTOP_PAGES = 10_000


class SqliteDialect(Dialect):
    name = "sqlite"

    def sql(self, query: str) -> str:
        return query

    def json_in(self, value: Any) -> Any:
        return None if value is None else json_dumps(value)

    def json_out(self, value: Any) -> Any:
        return None if value is None else from_json(value)

    def ts_in(self, value: datetime | None) -> Any:
        return None if value is None else value.isoformat(timespec="microseconds")

    def ts_out(self, value: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


def _busy(exc: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code): the statement did nothing; try again."""
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class SqliteSession(StoreSession):
    def __init__(self, store: SqliteStore, deadline: float) -> None:
        super().__init__(store.dialect)
        self._store = store
        self._conn = store.conn
        self._deadline = deadline

    async def _run(self, query: str, params: Sequence[Any], fetch: str, *, bulk: bool = False) -> Any:
        args = tuple(params)
        if bulk:
            return await self._store._retry(
                lambda: _step(self._conn, query, args, fetch), self._deadline, True
            )
        try:
            return _step(self._conn, query, args, fetch)
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
        return await self._store._retry(lambda: _step(self._conn, query, args, fetch), self._deadline)


def _step(conn: sqlite3.Connection, query: str, params: tuple[Any, ...], fetch: str) -> Any:
    cur = conn.execute(query, params)
    if fetch == "one":
        return cur.fetchone()
    if fetch == "all":
        return cur.fetchall()
    if fetch == "count":
        return cur.rowcount
    return None


def _checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def sqlite_path(url: str) -> str:
    """`sqlite:///./dogcoach.db` → `./dogcoach.db`; `sqlite:////abs/x.db` → `/abs/x.db`."""
    if not url.startswith("sqlite:///"):
        raise ValueError("a SQLite DATABASE_URL starts with sqlite:///")
    return url[len("sqlite:///") :] or ":memory:"


class SqliteStore(Store):
    shared = False

    def serving(self) -> AbstractContextManager[None]:
        return one_server(self.path)

    def __init__(
        self, url: str, *, wait: float | None = None, checkpoint_every: int = CHECKPOINT_EVERY
    ) -> None:
        self.path = sqlite_path(url)
        self.dialect = SqliteDialect()
        if wait is not None:
            self.default_wait = wait
        self.checkpoint_every = checkpoint_every
        self._conn: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()
        self._commits = 0  # since the last checkpoint started
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpoints: ThreadPoolExecutor | None = None
        self._checkpointing: asyncio.Task[None] | None = None  # holds the session lock
        self.checkpoint_running = False  # the worker thread is copying WAL frames right now

    async def open(self) -> None:
        if self._conn is not None:
            return
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 0")  # never wait inside SQLite: see the module docstring
        conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            await self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL"), self._deadline(None))
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
        self._conn = conn

    async def close(self) -> None:
        await self.checkpointed()  # never close a connection under its thread
        self._checkpointing = None
        if self._checkpoints is not None:
            self._checkpoints.shutdown(wait=False)
            self._checkpoints = None
        if self._checkpointer is not None:
            self._checkpointer.close()
            self._checkpointer = None
        if self._conn is not None:
            async with self._lock:
                self._conn.close()  # the last connection to close checkpoints what is left
                self._conn = None

    def _committed(self) -> None:
        """Count a commit; every `checkpoint_every` of them, a passive checkpoint on a worker
        thread unless one is still running (the WAL then waits for the next count)."""
        self._commits += 1
        if self._commits < self.checkpoint_every or self.path == ":memory:":
            return
        if self._checkpointing is not None and not self._checkpointing.done():
            return
        self._commits = 0
        if self._checkpointer is None:
            try:
                self._checkpointer = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as exc:  # the turn is committed: SQLite's backstop checkpoints
                log.warning("SQLite checkpoint connection failed: %s", exc)
                return
        if self._checkpoints is None:
            self._checkpoints = ThreadPoolExecutor(1, thread_name_prefix="sqlite-checkpoint")
        self._checkpointing = asyncio.get_running_loop().create_task(
            self._checkpoint_alone(self._checkpoints, self._checkpointer)
        )

    async def _checkpoint_alone(self, pool: ThreadPoolExecutor, conn: sqlite3.Connection) -> None:
        """One passive checkpoint on the worker thread while no session runs (module docstring:
        the WAL-reset race). Cancelled, it still waits for the thread before letting sessions on."""
        async with self._lock:
            self.checkpoint_running = True
            future = pool.submit(_checkpoint, conn)
            future.add_done_callback(_checkpoint_done)
            done = asyncio.wrap_future(future)
            try:
                await asyncio.shield(done)
            except asyncio.CancelledError:
                await asyncio.wait([done])
                raise
            except sqlite3.Error:
                pass  # logged by _checkpoint_done; the next one (or SQLite's backstop) catches up
            finally:
                self.checkpoint_running = False

    async def checkpointed(self) -> None:
        """Wait for the checkpoint the last commits started, if any (tests, shutdown)."""
        if self._checkpointing is not None:
            await asyncio.wait([self._checkpointing])

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("store is not open")
        return self._conn

    def _deadline(self, wait: float | None) -> float:
        return time.monotonic() + (self.default_wait if wait is None else wait)

    async def _retry(self, step: Callable[[], T], deadline: float, in_thread: bool = False) -> T:
        """`step()` until it is not refused as busy, sleeping between tries (never blocking the
        loop); `StoreUnavailable` once `deadline` has passed."""
        delay = _FIRST_BACKOFF
        while True:
            try:
                return await self._in_thread(step) if in_thread else step()
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
                left = deadline - time.monotonic()
                if left <= 0:
                    raise StoreUnavailable(
                        "the SQLite database stayed locked by another process (is a `dogcoach` "
                        "command writing to it?)"
                    ) from exc
                await asyncio.sleep(min(delay, left))
                delay = min(delay * 2, _MAX_BACKOFF)

    async def _in_thread(self, step: Callable[[], T]) -> T:
        """Run `step` on a worker thread; if the caller is cancelled, interrupt SQLite and wait for
        the thread, so the connection is never used by two threads at once."""
        future = asyncio.get_running_loop().run_in_executor(None, step)
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            self.conn.interrupt()
            await asyncio.wait([future])
            raise

    async def _acquire(self, deadline: float) -> None:
        if not self._lock.locked():
            await self._lock.acquire()
            return
        try:
            async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                await self._lock.acquire()
        except TimeoutError as exc:
            raise StoreUnavailable("the SQLite store is busy: no session free in time") from exc

    @asynccontextmanager
    async def session(
        self, *, wait: float | None = None, autocommit: bool = False
    ) -> AsyncIterator[StoreSession]:
        deadline = self._deadline(wait)
        await self._acquire(deadline)
        if autocommit:  # each statement its own transaction (the connection has no implicit one)
            try:
                yield SqliteSession(self, deadline)
            finally:
                self._lock.release()
                self._committed()
            return
        try:
            conn = self.conn
            await self._retry(lambda: conn.execute("BEGIN IMMEDIATE"), deadline)
            try:
                yield SqliteSession(self, deadline)
                await self._retry(lambda: conn.execute("COMMIT"), deadline)
                self._committed()
            except BaseException:
                if conn.in_transaction:  # some errors end the transaction inside SQLite already
                    conn.execute("ROLLBACK")
                raise
        finally:
            self._lock.release()

    async def applied_migrations(self, *, wait: float | None = None) -> list[int]:
        """Versions recorded in `schema_migrations` ([] before the first migration); read only."""
        async with self.session(wait=wait) as s:
            if not await s.one(
                "SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            ):
                return []
            rows = await s.all("SELECT version FROM schema_migrations ORDER BY version")
        return [int(r["version"]) for r in rows]

    async def migrate(self, *, wait: float | None = None) -> list[int]:
        async with self.session(wait=wait) as s:
            await s.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
        done = set(await self.applied_migrations(wait=wait))
        applied = []
        for version, path in migration_files("sqlite"):
            if version in done:
                continue
            async with self.session(wait=wait) as s:
                # Another process may have applied it since; the write lock makes this check final.
                if await s.one("SELECT 1 AS x FROM schema_migrations WHERE version = ?", version):
                    continue
                for statement in _statements(path.read_text(encoding="utf-8")):
                    await s.execute(statement)
                await s.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?)", version, self.dialect.ts_in(utcnow())
                )
            applied.append(version)
        return applied


def _checkpoint_done(future: Future[None]) -> None:
    """A failed checkpoint is logged; the next one (or SQLite's backstop) catches up."""
    if future.cancelled():
        return
    exc = future.exception()
    if exc is not None:
        busy = isinstance(exc, sqlite3.OperationalError) and _busy(exc)
        log.log(logging.DEBUG if busy else logging.WARNING, "SQLite WAL checkpoint failed: %s", exc)


def _statements(script: str) -> list[str]:
    """A migration script's statements, run one by one inside the session's transaction
    (`executescript` would commit it)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in pending.splitlines()
    ):
        raise ValueError("a migration script ends with an incomplete statement")
    return statements
