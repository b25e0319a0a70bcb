"""Postgres backend (Supabase in production) over psycopg 3 with an async pool.

Outages end cleanly:
- The pool opens without waiting for the database, so the server starts and answers /healthz;
  a session waits for a connection at most its `wait` and raises `StoreUnavailable` past it.
- A pooled connection is checked before use by polling its socket (no round trip): an idle
  connection with something to read was closed by the server. The first dead one found makes the
  pool check all its idle connections at once, instead of meeting them one by one behind
  psycopg_pool's growing back-off (1 s, 2 s, 4 s ...).
- A session's first statement (BEGIN included) that fails because the connection is gone is run
  again, once, on a fresh connection: nothing of the transaction can have been applied. Any later
  loss raises `StoreUnavailable`: the server rolled the transaction back, and replaying it would
  need the caller's logic. A loss during COMMIT raises it with `outcome_unknown`.
- Reconnection is tried about once a second for as long as the database is down (psycopg_pool's
  own back-off doubles up to minutes between attempts), so turns resume within about a second of
  the database coming back (benchmarks/store_outage.py measures it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import psycopg
from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from dogcoach.services.store.core import Dialect, json_dumps
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.facade import Store
from dogcoach.services.store.migrations import migration_files
from dogcoach.services.store.pg_faults import connection_lost, diagnose, idle_socket_has_data
from dogcoach.services.store.pg_settings import connect_kwargs, connection_settings, describe_host
from dogcoach.services.store.session import StoreSession

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same for every DogCoach process on one database.
_MIGRATION_LOCK = 0x00D06C0AC4
# Seconds one background reconnection keeps trying (at 0, 1 and 2 s) before psycopg_pool gives it
# up; `_reconnect_failed` then starts the next one at once, so an unreachable database is tried
# about once a second for as long as it is down (psycopg_pool alone: 1, 2, 4 ... s for 5 minutes).
RECONNECT_TIMEOUT = 2.0

Conn = AsyncConnection[dict[str, Any]]


class PostgresDialect(Dialect):
    name = "postgres"

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def sql(self, query: str) -> str:
        converted = self._cache.get(query)
        if converted is None:
            converted = self._cache[query] = query.replace("%", "%%").replace("?", "%s")
        return converted

    def json_in(self, value: Any) -> Any:
        return None if value is None else Jsonb(value, dumps=json_dumps)

    def json_out(self, value: Any) -> Any:
        return value

    def ts_in(self, value: datetime | None) -> Any:
        return value

    def ts_out(self, value: Any) -> datetime | None:
        return value  # type: ignore[no-any-return]


class PostgresSession(StoreSession):
    """One transaction on one pooled connection, begun explicitly so that the first statement's
    failure can be told apart from a later one."""

    def __init__(self, store: PostgresStore, deadline: float) -> None:
        super().__init__(store.dialect)
        self._store = store
        self._deadline = deadline
        self._conn: Conn | None = None
        self._used = False  # a statement has run: from here on a lost connection cannot be retried

    async def _run(self, query: str, params: Sequence[Any], fetch: str, *, bulk: bool = False) -> Any:
        try:
            result = await self._statement(query, params, fetch)
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            assert self._conn is not None
            if not connection_lost(self._conn, exc):
                raise
            if self._used:
                raise StoreUnavailable(f"connection lost in a transaction: {_line(exc)}") from exc
            log.info("connection lost before the first statement; retrying on a fresh one: %s", _line(exc))
            await self._release()
            await self._store._sweep()
            await self._begin()
            try:
                result = await self._statement(query, params, fetch)
            except (psycopg.OperationalError, psycopg.InterfaceError) as again:
                if connection_lost(self._conn, again):
                    raise StoreUnavailable(f"connection lost again: {_line(again)}") from again
                raise
        self._used = True
        return result

    async def _statement(self, query: str, params: Sequence[Any], fetch: str) -> Any:
        assert self._conn is not None
        cur = await self._conn.execute(query, tuple(params))
        if fetch == "one":
            return await cur.fetchone()
        if fetch == "all":
            return await cur.fetchall()
        if fetch == "count":
            return cur.rowcount
        return None

    async def _begin(self) -> None:
        """A connection with an open transaction; a dead connection is replaced once."""
        for attempt in (1, 2):
            self._conn = await self._store._getconn(self._deadline)
            try:
                await self._conn.execute("BEGIN")
                return
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                if not connection_lost(self._conn, exc) or attempt == 2:
                    await self._release()
                    raise StoreUnavailable(f"cannot begin a transaction: {_line(exc)}") from exc
                await self._release()
                await self._store._sweep()

    async def _commit(self) -> None:
        assert self._conn is not None
        try:
            await self._conn.execute("COMMIT")
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            if connection_lost(self._conn, exc):
                raise StoreUnavailable(
                    f"connection lost during COMMIT: {_line(exc)}", outcome_unknown=True
                ) from exc
            raise

    async def _rollback(self) -> None:
        conn = self._conn
        if conn is None or conn.closed or conn.broken:
            return
        try:
            await conn.execute("ROLLBACK")
        except psycopg.Error as exc:  # the connection is going back to the pool, which discards it
            log.info("rollback failed: %s", _line(exc))

    async def _release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await self._store._pool.putconn(conn)


class PostgresStore(Store):
    def __init__(
        self, url: str, *, pool_size: int = 5, prepared: str = "auto", wait: float | None = None
    ) -> None:
        self.url, self.prepared = connection_settings(url, prepared)
        self.dialect = PostgresDialect()
        if wait is not None:
            self.default_wait = wait
        self._kwargs = connect_kwargs(self.url, self.prepared)
        self._pool: AsyncConnectionPool[Conn] = AsyncConnectionPool(
            self.url,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs={**self._kwargs, "row_factory": dict_row},
            open=False,
            connection_class=AsyncConnection[dict[str, Any]],
            check=self._check_connection,
            reconnect_timeout=RECONNECT_TIMEOUT,
            reconnect_failed=self._reconnect_failed,
            timeout=self.default_wait,
        )

    async def open(self) -> None:
        """Start the pool; connections are made in the background, so the database may be down."""
        if self._pool.closed:
            await self._pool.open(wait=False)

    async def close(self) -> None:
        await self._pool.close()

    @asynccontextmanager
    async def session(self, *, wait: float | None = None) -> AsyncIterator[StoreSession]:
        deadline = time.monotonic() + (self.default_wait if wait is None else wait)
        s = PostgresSession(self, deadline)
        await s._begin()
        try:
            yield s
        except BaseException:
            await s._rollback()
            raise
        else:
            await s._commit()
        finally:
            await s._release()

    async def _getconn(self, deadline: float) -> Conn:
        # psycopg_pool refuses a timeout <= 0 even when a connection is ready.
        wait = max(0.001, deadline - time.monotonic())
        try:
            return await self._pool.getconn(timeout=wait)
        except PoolTimeout as exc:
            raise StoreUnavailable(
                f"no database connection within {wait:.1f} s ({describe_host(self.url)})"
            ) from exc

    async def _check_connection(self, conn: Conn) -> None:
        """psycopg_pool's `check`: raise for a connection that must not be handed out."""
        if not idle_socket_has_data(conn):
            return
        try:
            await AsyncConnectionPool.check_connection(conn)  # a notice, or the end of it?
        except psycopg.Error:
            await self._sweep()
            raise

    async def _sweep(self) -> None:
        """One connection was found dead: the server likely restarted, so test every idle one now
        (a round trip each) rather than meet them one by one behind the pool's back-off."""
        log.warning("a pooled connection was closed by the server; checking the others")
        await self._pool.check()

    async def _reconnect_failed(self, pool: AsyncConnectionPool[Conn]) -> None:
        """psycopg_pool gave up a reconnection: start a fresh one at once (`check()` grows an empty
        pool), so attempts go on about once a second instead of ever more rarely."""
        log.info("database unreachable at %s; still trying", describe_host(self.url))
        if not pool.closed:
            await pool.check()

    async def diagnose(self, exc: StoreUnavailable) -> StoreUnavailable:
        return await diagnose(self.url, self._kwargs, within=max(2.0, self._kwargs.get("connect_timeout", 5)))

    async def applied_migrations(self, *, wait: float | None = None) -> list[int]:
        async with self.session(wait=wait) as s:
            await s.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            rows = await s.all("SELECT version FROM schema_migrations ORDER BY version")
        return [int(r["version"]) for r in rows]

    async def migrate(self, *, wait: float | None = None) -> list[int]:
        await self.applied_migrations(wait=wait)  # creates the bookkeeping table
        applied = []
        async with self.session(wait=wait) as s:
            await s.execute("SELECT pg_advisory_xact_lock(?)", _MIGRATION_LOCK)
            done = {int(r["version"]) for r in await s.all("SELECT version FROM schema_migrations")}
            for version, path in migration_files("postgres"):
                if version in done:
                    continue
                assert isinstance(s, PostgresSession) and s._conn is not None
                await s._conn.execute(path.read_text(encoding="utf-8").encode())
                await s.execute("INSERT INTO schema_migrations (version) VALUES (?)", version)
                applied.append(version)
        return applied


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
