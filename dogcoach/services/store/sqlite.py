"""SQLite backend: the zero-setup default.

Queries run synchronously on one connection inside the event loop. SQLite calls on a local file
with WAL and `synchronous=NORMAL` take microseconds, far less than a thread hop would cost, and an
asyncio lock gives each turn the whole connection for its transaction (SQLite has one writer
anyway). Nothing slow may be awaited inside a session.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from dogcoach.services.store.base import Dialect, Store, StoreSession, json_dumps, utcnow
from dogcoach.services.store.migrations import migration_files


class SqliteDialect(Dialect):
    name = "sqlite"

    def sql(self, query: str) -> str:
        return query

    def json_in(self, value: Any) -> Any:
        return None if value is None else json_dumps(value)

    def json_out(self, value: Any) -> Any:
        return None if value is None else json.loads(value)

    def ts_in(self, value: datetime | None) -> Any:
        return None if value is None else value.isoformat(timespec="microseconds")

    def ts_out(self, value: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class SqliteSession(StoreSession):
    def __init__(self, conn: sqlite3.Connection, dialect: Dialect) -> None:
        super().__init__(dialect)
        self._conn = conn

    async def _run(self, query: str, params: Sequence[Any], fetch: str) -> Any:
        cur = self._conn.execute(query, tuple(params))
        if fetch == "one":
            return cur.fetchone()
        if fetch == "all":
            return cur.fetchall()
        return None


def sqlite_path(url: str) -> str:
    """`sqlite:///./dogcoach.db` → `./dogcoach.db`; `sqlite:////abs/x.db` → `/abs/x.db`."""
    if not url.startswith("sqlite:///"):
        raise ValueError("a SQLite DATABASE_URL starts with sqlite:///")
    return url[len("sqlite:///") :] or ":memory:"


class SqliteStore(Store):
    def __init__(self, url: str) -> None:
        self.path = sqlite_path(url)
        self.dialect = SqliteDialect()
        self._conn: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()

    async def open(self) -> None:
        if self._conn is not None:
            return
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        self._conn = conn

    async def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("store is not open")
        return self._conn

    @asynccontextmanager
    async def session(self) -> AsyncIterator[StoreSession]:
        async with self._lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteSession(conn, self.dialect)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    async def applied_migrations(self) -> list[int]:
        conn = self.conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]

    async def migrate(self) -> list[int]:
        async with self._lock:
            done = set(await self.applied_migrations())
            applied = []
            for version, path in migration_files("sqlite"):
                if version in done:
                    continue
                script = path.read_text(encoding="utf-8")
                stamp = self.dialect.ts_in(utcnow())
                self.conn.executescript(
                    f"BEGIN;\n{script}\nINSERT INTO schema_migrations VALUES ({version}, '{stamp}');\nCOMMIT;"
                )
                applied.append(version)
            return applied
