"""The PostgreSQL connection pool, made to end outages quickly (psycopg_pool underneath).

- It opens without waiting for the database, so the server starts and answers /healthz.
- A connection is checked before it is handed out by polling its socket (no round trip): an idle
  connection with something to read was closed by the server. The first dead one found makes the
  pool test all its idle connections at once (`sweep`), instead of meeting them one by one behind
  psycopg_pool's growing back-off (1 s, 2 s, 4 s ...).
- Reconnection is tried about once a second for as long as the database is down (psycopg_pool's
  own back-off doubles up to minutes between attempts), so turns resume within about a second of
  the database coming back (benchmarks/store_outage.py measures it).
- A caller waits for a connection until its deadline, then gets `StoreUnavailable`.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg
from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.pg_faults import idle_socket_has_data
from dogcoach.services.store.pg_settings import describe_host

log = logging.getLogger(__name__)

Conn = AsyncConnection[dict[str, Any]]

# Seconds one background reconnection keeps trying (at 0, 1 and 2 s) before psycopg_pool gives it
# up; `_reconnect_failed` then starts the next one at once, so an unreachable database is tried
# about once a second for as long as it is down (psycopg_pool alone: 1, 2, 4 ... s for 5 minutes).
RECONNECT_TIMEOUT = 2.0


class Connections:
    """`size` pooled connections to `url`, opened with `kwargs` (see pg_settings.connect_kwargs)."""

    def __init__(self, url: str, kwargs: dict[str, Any], *, size: int, wait: float) -> None:
        self.url = url
        self._pool: AsyncConnectionPool[Conn] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max(1, size),
            kwargs={**kwargs, "row_factory": dict_row},
            open=False,
            connection_class=AsyncConnection[dict[str, Any]],
            check=self._check,
            reconnect_timeout=RECONNECT_TIMEOUT,
            reconnect_failed=self._reconnect_failed,
            timeout=wait,
        )

    async def open(self) -> None:
        if self._pool.closed:
            await self._pool.open(wait=False)

    async def close(self) -> None:
        await self._pool.close()

    async def get(self, deadline: float) -> Conn:
        """A checked connection; `StoreUnavailable` if none comes before `deadline` (monotonic)."""
        wait = max(0.001, deadline - time.monotonic())  # psycopg_pool refuses 0 even with one ready
        try:
            return await self._pool.getconn(timeout=wait)
        except PoolTimeout as exc:
            raise StoreUnavailable(
                f"no database connection within {wait:.1f} s ({describe_host(self.url)})"
            ) from exc

    async def put(self, conn: Conn) -> None:
        """Give a connection back; the pool rolls back what is open and drops what is broken."""
        await self._pool.putconn(conn)

    async def sweep(self) -> None:
        """A connection was found dead: the server likely restarted, so test every idle one now
        (a round trip each) rather than meet them one by one."""
        log.warning("a pooled connection was closed by the server; checking the others")
        await self._pool.check()

    async def _check(self, conn: Conn) -> None:
        """psycopg_pool's `check`: raise for a connection that must not be handed out."""
        if not idle_socket_has_data(conn):
            return
        try:
            await AsyncConnectionPool.check_connection(conn)  # a notice, or the end of it?
        except psycopg.Error:
            await self.sweep()
            raise

    async def _reconnect_failed(self, pool: AsyncConnectionPool[Conn]) -> None:
        """psycopg_pool gave up a reconnection: start a fresh one at once (`check()` grows an empty
        pool), so attempts go on about once a second instead of ever more rarely."""
        log.info("database unreachable at %s; still trying", describe_host(self.url))
        if not pool.closed:
            await pool.check()
