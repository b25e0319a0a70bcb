"""A PostgreSQL session: one transaction on one pooled connection, and which failures of a lost
connection may be run again.

The transaction is begun explicitly, so the first statement's failure can be told from a later
one. A first statement (BEGIN included) that fails because the connection is gone runs again,
once, on a fresh connection: nothing of the transaction can have been applied. A later loss raises
`StoreUnavailable`: the server rolled the whole transaction back, and replaying it would need the
caller's logic, which has already seen results. A loss during COMMIT raises it with
`outcome_unknown`: the transaction may or may not have been applied.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import psycopg

from dogcoach.services.store.core import Dialect
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.pg_faults import connection_lost
from dogcoach.services.store.pg_pool import Conn, Connections
from dogcoach.services.store.session import StoreSession

log = logging.getLogger(__name__)

_DRIVER_ERRORS = (psycopg.OperationalError, psycopg.InterfaceError)


class PostgresSession(StoreSession):
    def __init__(
        self, connections: Connections, dialect: Dialect, deadline: float, *, autocommit: bool = False
    ) -> None:
        super().__init__(dialect)
        self._connections = connections
        self._deadline = deadline
        # No BEGIN/COMMIT: the pool's connections are in autocommit mode, so each statement commits
        # on its own (`Store.session(autocommit=True)`).
        self._autocommit = autocommit
        self._conn: Conn | None = None
        self._used = False  # a statement has run: from here on a lost connection cannot be retried

    async def _run(self, query: str, params: Sequence[Any], fetch: str, *, bulk: bool = False) -> Any:
        try:
            result = await self._statement(query, params, fetch)
        except _DRIVER_ERRORS as exc:
            assert self._conn is not None
            if not connection_lost(self._conn, exc):
                raise
            if self._used:
                raise StoreUnavailable(f"connection lost in a transaction: {line(exc)}") from exc
            log.info("connection lost before the first statement; running it again: %s", line(exc))
            await self.release()
            await self._connections.sweep()
            await self.begin()
            try:
                result = await self._statement(query, params, fetch)
            except _DRIVER_ERRORS as again:
                if connection_lost(self._conn, again):
                    raise StoreUnavailable(f"connection lost again: {line(again)}") from again
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

    async def script(self, sql: bytes) -> None:
        """Run a multi-statement script (a migration) in this transaction, as it is."""
        assert self._conn is not None
        self._used = True
        await self._conn.execute(sql)

    async def begin(self) -> None:
        """A connection with an open transaction; a dead connection is replaced once."""
        for attempt in (1, 2):
            self._conn = await self._connections.get(self._deadline)
            if self._autocommit:
                return
            try:
                await self._conn.execute("BEGIN")
                return
            except _DRIVER_ERRORS as exc:
                lost = connection_lost(self._conn, exc)
                await self.release()
                if not lost or attempt == 2:
                    raise StoreUnavailable(f"cannot begin a transaction: {line(exc)}") from exc
                await self._connections.sweep()

    async def commit(self) -> None:
        assert self._conn is not None
        if self._autocommit:
            return
        try:
            await self._conn.execute("COMMIT")
        except _DRIVER_ERRORS as exc:
            if connection_lost(self._conn, exc):
                raise StoreUnavailable(
                    f"connection lost during COMMIT: {line(exc)}", outcome_unknown=True
                ) from exc
            raise

    async def rollback(self) -> None:
        conn = self._conn
        if self._autocommit or conn is None or conn.closed or conn.broken:
            return
        try:
            await conn.execute("ROLLBACK")
        except psycopg.Error as exc:  # the connection is going back to the pool, which drops it
            log.info("rollback failed: %s", line(exc))

    async def release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await self._connections.put(conn)


def line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
