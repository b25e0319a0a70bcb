"""When PostgreSQL cannot serve: bounded waits, one exception type, a reason for /readyz, and
connections the server ended replaced without the caller noticing (a real server: the test run's,
with connections ended by `pg_terminate_backend`, as a restart or a pooler would end them)."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from dogcoach.services.store import Store, StoreUnavailable, make_store
from dogcoach.services.store.migrations import migration_files


@pytest.fixture
def own_db(pg_url: str) -> Iterator[str]:
    """A database of this test's own, so ending its connections touches nothing else."""
    name = f"dogcoach_fault_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield urlunsplit(urlsplit(pg_url)._replace(path=f"/{name}"))
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def pg(own_db: str) -> AsyncIterator[Store]:
    store = make_store(own_db, pool_size=2)
    await store.open()
    await store.migrate()
    yield store
    await store.close()


def end_connections(url: str) -> None:
    """End every server connection to `url`'s database and wait until they are gone."""
    name = urlsplit(url).path.lstrip("/")
    admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()) t",
            (name,),
        ).fetchone()
        assert ended is not None and ended[0] > 0
        for _ in range(500):
            left = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)
            ).fetchone()
            if left is not None and left[0] == 0:
                return
            time.sleep(0.01)
    raise AssertionError("connections still open")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_opens_without_the_database_and_gives_up_after_the_wait() -> None:
    port = closed_port()
    store = make_store(f"postgresql://postgres@127.0.0.1:{port}/postgres")
    await asyncio.wait_for(store.open(), 1)  # does not wait for the database
    try:
        with pytest.raises(StoreUnavailable):
            async with store.session(wait=0.3) as s:
                await s.get_user("telegram", "1")
        reason = await store.check(wait=0.3)
        assert reason is not None
        assert reason.startswith(f"database unreachable at 127.0.0.1:{port}")
    finally:
        await store.close()


async def test_check_names_a_failed_login(pg_url: str) -> None:
    parts = urlsplit(pg_url)
    store = make_store(urlunsplit(parts._replace(netloc=f"no_such_role_x@{parts.hostname}:{parts.port}")))
    await store.open()
    try:
        reason = await store.check(wait=0.5)
    finally:
        await store.close()
    assert reason is not None
    assert reason.startswith("authentication failed")
    assert "no_such_role_x" in reason


async def test_check_names_the_session_pooler_for_supabase_direct_host() -> None:
    store = make_store("postgresql://postgres@db.abcdefghijklmnopqrst.supabase.co:5432/postgres")
    await store.open()
    try:
        reason = await store.check(wait=0.5)
    finally:
        await store.close()
    assert reason is not None
    assert "IPv6-only" in reason
    assert "session pooler" in reason


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_check_names_missing_migrations_then_passes(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}" if backend == "sqlite" else request.getfixturevalue("own_db")
    store = make_store(url)
    await store.open()
    try:
        versions = ", ".join(str(v) for v, _ in migration_files(store.dialect.name))
        assert await store.check() == f"migrations missing: {versions} (run `dogcoach migrate`)"
        await store.migrate()
        assert await store.check() is None
    finally:
        await store.close()


async def test_a_full_pool_is_store_unavailable_after_the_wait(own_db: str) -> None:
    store = make_store(own_db, pool_size=1)
    await store.open()
    await store.migrate()
    try:
        async with store.session() as holder:
            await holder.create_user("console", "holder")
            with pytest.raises(StoreUnavailable):
                async with store.session(wait=0.2) as s:
                    await s.get_user("console", "holder")
        async with store.session(wait=0.2) as s:
            assert await s.get_user("console", "holder") is not None
    finally:
        await store.close()


async def test_pooled_connections_the_server_ended_are_replaced_unseen(pg: Store, own_db: str) -> None:
    for round_ in range(3):
        async with pg.session() as s, pg.session() as t:  # two connections idle in the pool
            await s.create_user("console", f"before-{round_}")
            await t.get_user("console", "nobody")
        end_connections(own_db)
        async with pg.session(wait=2) as s:  # no error: the dead connection is never handed out
            await s.create_user("console", f"after-{round_}")
    async with pg.session() as s:
        assert len(await s.all("SELECT id FROM users")) == 6


async def test_a_first_statement_on_a_lost_connection_runs_again(pg: Store, own_db: str) -> None:
    async with pg.session() as s:
        await asyncio.to_thread(end_connections, own_db)  # after BEGIN, before any statement
        user = await s.create_user("console", "retried")
        await s.add_message(user.id, "in", "kept", None)
    async with pg.session() as s:
        assert [m["text"] for m in await s.list_messages(user.id)] == ["kept"]


async def test_a_connection_lost_mid_transaction_keeps_nothing(pg: Store, own_db: str) -> None:
    async def turn() -> None:
        async with pg.session() as s:
            await s.create_user("console", "half")
            await asyncio.to_thread(end_connections, own_db)
            await s.create_user("console", "other half")

    with pytest.raises(StoreUnavailable) as caught:
        await turn()
    assert caught.value.outcome_unknown is False
    async with pg.session() as s:
        assert await s.get_user("console", "half") is None
        assert await s.get_user("console", "other half") is None
