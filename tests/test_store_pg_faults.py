"""Database outages on a PostgreSQL server this module starts, SIGKILLs, stops and restarts
(tests/pgcluster.py): nothing written is lost or doubled, every failure is `StoreUnavailable`
within the session's wait, and turns resume soon after the server is back."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import psycopg
import pytest

from dogcoach.services.store import Store, StoreUnavailable, make_store
from tests.pgbouncer import PgBouncer, pgbouncer_version
from tests.pgcluster import Cluster, find_pg_ctl

pytestmark = pytest.mark.skipif(
    find_pg_ctl() is None, reason="no PostgreSQL server binaries to start a cluster of our own"
)
PGBOUNCER = pgbouncer_version()

WAIT = 2.0  # seconds each session waits for the database


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with Cluster() as c:
        yield c


@pytest.fixture
async def database(cluster: Cluster) -> str:
    """A new database on the running cluster (started again if a test left it down)."""
    if not await asyncio.to_thread(_accepting, cluster):
        await asyncio.to_thread(cluster.start)
    name = f"faults_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(cluster.url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return name


@pytest.fixture
async def pg_store(cluster: Cluster, database: str) -> AsyncIterator[Store]:
    s = make_store(cluster.dsn(database), pool_size=4)
    await s.open()
    await s.migrate()
    yield s
    await s.close()


def _accepting(cluster: Cluster) -> bool:
    try:
        with psycopg.connect(cluster.url, connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False


@dataclass
class Traffic:
    """Turns like a webhook's: claim the update id, write the message, in one session."""

    store: Store
    ok: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # StoreUnavailable: nothing committed
    unknown: list[str] = field(default_factory=list)  # StoreUnavailable during COMMIT
    slowest_failure: float = 0.0
    running: bool = True

    async def worker(self, name: str, user_id: int) -> None:
        n = 0
        while self.running:
            n += 1
            key = f"{name}-{n}"
            started = time.monotonic()
            try:
                async with self.store.session(wait=WAIT) as s:
                    if await s.claim_update("telegram", key):
                        await s.add_message(user_id, "in", key, {"update_id": key})
                self.ok.append(key)
            except StoreUnavailable as exc:
                (self.unknown if exc.outcome_unknown else self.failed).append(key)
                self.slowest_failure = max(self.slowest_failure, time.monotonic() - started)
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.002)

    async def check_nothing_lost_or_doubled(self) -> None:
        async with self.store.session() as s:
            rows = await s.all("SELECT text FROM messages")
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["text"]] = counts.get(r["text"], 0) + 1
        assert {k for k, n in counts.items() if n > 1} == set()
        assert set(self.ok) <= set(counts)
        assert set(self.failed) & set(counts) == set()
        assert set(counts) <= set(self.ok) | set(self.unknown)


async def run_traffic(store: Store, during: list[object]) -> Traffic:
    async with store.session() as s:
        user = await s.create_user("telegram", "owner")
    traffic = Traffic(store)
    workers = [asyncio.create_task(traffic.worker(f"w{i}", user.id)) for i in range(4)]
    for step in during:
        if isinstance(step, float):
            await asyncio.sleep(step)
        else:
            await asyncio.to_thread(step)  # type: ignore[arg-type]
    traffic.running = False
    await asyncio.gather(*workers)
    return traffic


async def test_kill_and_restart_mid_traffic_lose_and_double_nothing(
    pg_store: Store, cluster: Cluster
) -> None:
    traffic = await run_traffic(pg_store, [0.5, cluster.kill, cluster.start, 0.5, cluster.restart, 0.5])
    await traffic.check_nothing_lost_or_doubled()
    assert len(traffic.ok) > 20
    assert traffic.slowest_failure < WAIT + 2


async def test_an_outage_ends_with_turns_soon_after_the_server_is_back(
    pg_store: Store, cluster: Cluster
) -> None:
    async with pg_store.session() as s:
        await s.create_user("console", "before")
    await asyncio.to_thread(cluster.kill)
    failures = 0
    down_until = time.monotonic() + 10
    while time.monotonic() < down_until:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable):
            async with pg_store.session(wait=WAIT) as s:
                await s.get_user("console", "before")
        assert time.monotonic() - started < WAIT + 2
        failures += 1
    assert "unreachable" in (await pg_store.check(wait=0.5) or "")
    await asyncio.to_thread(cluster.start)
    back = time.monotonic()
    async with pg_store.session(wait=10) as s:
        assert await s.get_user("console", "before") is not None
    assert time.monotonic() - back < 5  # reconnects within a few seconds (psycopg_pool alone: up to 16 s)
    assert failures >= 3
    assert await pg_store.check() is None


async def test_a_store_opened_while_the_server_is_down_connects_when_it_comes(
    cluster: Cluster, database: str
) -> None:
    await asyncio.to_thread(cluster.stop)
    store = make_store(cluster.dsn(database))
    await asyncio.wait_for(store.open(), 1)
    try:
        with pytest.raises(StoreUnavailable):
            await store.migrate(wait=0.5)
        assert (await store.check(wait=0.5) or "").startswith("database unreachable")
        await asyncio.to_thread(cluster.start)
        assert await store.migrate(wait=10)
        async with store.session() as s:
            await s.create_user("console", "late")
        assert await store.check() is None
    finally:
        await store.close()


async def hammer(url: str, prepared: str) -> list[str]:
    """4 connections x 25 turns of the same statements (psycopg prepares a statement on its 5th
    use); the errors met, by type."""
    store = make_store(url, pool_size=4, prepared=prepared)
    await store.open()
    errors: list[str] = []

    async def worker(k: int) -> None:
        for n in range(25):
            try:
                async with store.session(wait=5) as s:
                    user = await s.create_user("telegram", f"b{k}")
                    if await s.claim_update("telegram", f"{prepared}-{k}-{n}"):
                        await s.add_message(user.id, "in", "hi", {"n": n})
            except Exception as exc:
                errors.append(type(exc).__name__)

    try:
        await asyncio.gather(*(worker(k) for k in range(4)))
    finally:
        await store.close()
    return errors


@pytest.mark.skipif(
    PGBOUNCER is None, reason="pgbouncer is not installed (Debian: apt-get install pgbouncer)"
)
async def test_behind_pgbouncer_in_transaction_mode_prepared_statements_stay_off(
    cluster: Cluster, database: str, pg_store: Store
) -> None:
    with PgBouncer(cluster.url, pool_size=2) as bouncer:
        assert await hammer(bouncer.dsn(database) + "?pgbouncer=true", "auto") == []
        if PGBOUNCER is not None and PGBOUNCER < (1, 21):
            # The control: this PgBouncer cannot keep prepared statements, so forcing them on fails.
            assert await hammer(bouncer.dsn(database), "on") != []
    async with pg_store.session() as s:
        assert len(await s.all("SELECT id FROM messages WHERE text = 'hi'")) >= 100
