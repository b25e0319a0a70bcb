"""Postgres backend (Supabase in production) over psycopg 3 with an async pool.

Supabase's transaction pooler (port 6543, PgBouncer-style) cannot keep server-side prepared
statements across transactions, so they are turned off there (or when asked).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from dogcoach.services.store.base import Dialect, Store, StoreSession
from dogcoach.services.store.migrations import migration_files

# Any constant works; it only has to be the same for every DogCoach process on one database.
_MIGRATION_LOCK = 0x00D06C0AC4


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
        return None if value is None else Jsonb(value)

    def json_out(self, value: Any) -> Any:
        return value

    def ts_in(self, value: datetime | None) -> Any:
        return value

    def ts_out(self, value: Any) -> datetime | None:
        return value  # type: ignore[no-any-return]


class PostgresSession(StoreSession):
    def __init__(self, conn: AsyncConnection[dict[str, Any]], dialect: Dialect) -> None:
        super().__init__(dialect)
        self._conn = conn

    async def _run(self, query: str, params: Sequence[Any], fetch: str) -> Any:
        cur = await self._conn.execute(query, tuple(params))
        if fetch == "one":
            return await cur.fetchone()
        if fetch == "all":
            return await cur.fetchall()
        return None


def connection_settings(url: str, prepared: str = "auto") -> tuple[str, bool]:
    """The libpq URL (our own query flags removed) and whether prepared statements may be used.

    `prepared`: "on", "off", or "auto" = off for a transaction pooler (port 6543, or a URL with
    `pgbouncer=true`).
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    pgbouncer = any(k == "pgbouncer" and v.lower() in ("1", "true", "yes") for k, v in query)
    query = [(k, v) for k, v in query if k != "pgbouncer"]
    clean = urlunsplit(parts._replace(query=urlencode(query)))
    if prepared == "on":
        return clean, True
    if prepared == "off":
        return clean, False
    return clean, not (pgbouncer or parts.port == 6543)


class PostgresStore(Store):
    def __init__(self, url: str, *, pool_size: int = 5, prepared: str = "auto") -> None:
        self.url, self.prepared = connection_settings(url, prepared)
        self.dialect = PostgresDialect()
        kwargs: dict[str, Any] = {"autocommit": True, "row_factory": dict_row}
        if not self.prepared:
            kwargs["prepare_threshold"] = None
        self._pool: AsyncConnectionPool[AsyncConnection[dict[str, Any]]] = AsyncConnectionPool(
            self.url,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs=kwargs,
            open=False,
            connection_class=AsyncConnection[dict[str, Any]],
        )

    async def open(self) -> None:
        if self._pool.closed:
            await self._pool.open(wait=True, timeout=15)

    async def close(self) -> None:
        await self._pool.close()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[StoreSession]:
        async with self._pool.connection() as conn, conn.transaction():
            yield PostgresSession(conn, self.dialect)

    async def applied_migrations(self) -> list[int]:
        async with self._pool.connection() as conn:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            cur = await conn.execute("SELECT version FROM schema_migrations ORDER BY version")
            return [int(r["version"]) for r in await cur.fetchall()]

    async def migrate(self) -> list[int]:
        await self.applied_migrations()  # creates the bookkeeping table
        applied = []
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            cur = await conn.execute("SELECT version FROM schema_migrations")
            done = {int(r["version"]) for r in await cur.fetchall()}
            for version, path in migration_files("postgres"):
                if version in done:
                    continue
                await conn.execute(path.read_text(encoding="utf-8").encode())
                await conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
                applied.append(version)
        return applied
