"""Postgres backend (Supabase in production) over psycopg 3: the dialect, sessions, migrations.

How outages end is in pg_pool.py (connections) and pg_session.py (what is retried); which
connections may use prepared statements in pg_settings.py; readiness reasons in pg_faults.py.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from dogcoach.services.store.core import Dialect, json_dumps
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.facade import Store
from dogcoach.services.store.migrations import migration_files
from dogcoach.services.store.pg_faults import diagnose
from dogcoach.services.store.pg_pool import Connections
from dogcoach.services.store.pg_session import PostgresSession
from dogcoach.services.store.pg_settings import connect_kwargs, connection_settings
from dogcoach.services.store.session import StoreSession

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
        return None if value is None else Jsonb(value, dumps=json_dumps)

    def json_out(self, value: Any) -> Any:
        return value

    def ts_in(self, value: datetime | None) -> Any:
        return value

    def ts_out(self, value: Any) -> datetime | None:
        return value  # type: ignore[no-any-return]


class PostgresStore(Store):
    def __init__(
        self, url: str, *, pool_size: int = 5, prepared: str = "auto", wait: float | None = None
    ) -> None:
        self.url, self.prepared = connection_settings(url, prepared)
        self.dialect = PostgresDialect()
        if wait is not None:
            self.default_wait = wait
        self._kwargs = connect_kwargs(self.url, self.prepared)
        self._connections = Connections(self.url, self._kwargs, size=pool_size, wait=self.default_wait)

    async def open(self) -> None:
        """Start the pool; connections are made in the background, so the database may be down."""
        await self._connections.open()

    async def close(self) -> None:
        await self._connections.close()

    @asynccontextmanager
    async def session(
        self, *, wait: float | None = None, autocommit: bool = False
    ) -> AsyncIterator[StoreSession]:
        async with self._session(wait, autocommit=autocommit) as s:
            yield s

    @asynccontextmanager
    async def _session(
        self, wait: float | None, *, autocommit: bool = False
    ) -> AsyncIterator[PostgresSession]:
        deadline = time.monotonic() + (self.default_wait if wait is None else wait)
        s = PostgresSession(self._connections, self.dialect, deadline, autocommit=autocommit)
        await s.begin()
        try:
            yield s
        except BaseException:
            await s.rollback()
            raise
        else:
            await s.commit()
        finally:
            await s.release()

    async def diagnose(self, exc: StoreUnavailable) -> StoreUnavailable:
        return await diagnose(self.url, self._kwargs, within=max(2.0, self._kwargs.get("connect_timeout", 5)))

    async def applied_migrations(self, *, wait: float | None = None) -> list[int]:
        """Versions recorded in `schema_migrations` ([] before the first migration); read only."""
        async with self.session(wait=wait) as s:
            row = await s.one("SELECT to_regclass('schema_migrations') IS NOT NULL AS present")
            if row is None or not row["present"]:
                return []
            rows = await s.all("SELECT version FROM schema_migrations ORDER BY version")
        return [int(r["version"]) for r in rows]

    async def migrate(self, *, wait: float | None = None) -> list[int]:
        applied = []
        async with self._session(wait) as s:
            # One process at a time, from creating the bookkeeping table on.
            await s.execute("SELECT pg_advisory_xact_lock(?)", _MIGRATION_LOCK)
            await s.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            done = {int(r["version"]) for r in await s.all("SELECT version FROM schema_migrations")}
            for version, path in migration_files("postgres"):
                if version in done:
                    continue
                await s.script(path.read_text(encoding="utf-8").encode())
                await s.execute("INSERT INTO schema_migrations (version) VALUES (?)", version)
                applied.append(version)
        return applied
