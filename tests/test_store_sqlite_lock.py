"""SQLite never blocks the event loop: while another process holds the write lock (the
`dogcoach broadcast` CLI beside the server), sessions wait asynchronously and other work goes on."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from dogcoach.services.store import Store, StoreUnavailable, make_store

# Another process: take SQLite's write lock, say so, hold it until told to let go.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO processed_updates VALUES ('console', 'holder', '2026-01-01T00:00:00+00:00')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


@pytest.fixture
async def lite(tmp_path: Path) -> AsyncIterator[Store]:
    store = make_store(f"sqlite:///{tmp_path / 'lock.db'}")
    await store.open()
    await store.migrate()
    yield store
    await store.close()


@pytest.fixture
async def holder(tmp_path: Path, lite: Store) -> AsyncIterator[asyncio.subprocess.Process]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        HOLDER,
        str(tmp_path / "lock.db"),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert await proc.stdout.readline() == b"locked\n"
    yield proc
    if proc.returncode is None:
        proc.kill()
        await proc.wait()


async def release(proc: asyncio.subprocess.Process) -> None:
    assert proc.stdin is not None
    proc.stdin.write(b"go\n")
    await proc.stdin.drain()
    assert await proc.wait() == 0


async def ticks(n: int = 10) -> str:
    for _ in range(n):
        await asyncio.sleep(0.005)
    return "ticked"


async def test_a_session_waits_for_the_lock_while_the_loop_runs_on(
    lite: Store, holder: asyncio.subprocess.Process
) -> None:
    events: list[str] = []

    async def turn() -> None:
        async with lite.session(wait=30) as s:
            events.append("began")
            await s.create_user("console", "waiting")

    task = asyncio.create_task(turn())
    events.append(await ticks())  # other work on the loop while the turn waits for the lock
    assert events == ["ticked"]
    assert not task.done()
    await release(holder)
    await task
    assert events == ["ticked", "began"]
    async with lite.session() as s:
        assert await s.get_user("console", "waiting") is not None
        assert await s.claim_update("console", "holder") is False  # the other process committed


async def test_a_lock_held_past_the_wait_is_store_unavailable(
    lite: Store, holder: asyncio.subprocess.Process
) -> None:
    async def turn() -> None:
        async with lite.session(wait=0.3) as s:
            await s.create_user("console", "too late")

    ticker = asyncio.create_task(ticks(20))
    with pytest.raises(StoreUnavailable):
        await turn()
    assert await ticker == "ticked"
    await release(holder)
    async with lite.session() as s:  # nothing of the failed session was written; the store works
        assert await s.get_user("console", "too late") is None


async def test_bulk_work_runs_beside_the_loop(lite: Store) -> None:
    """A statement over many rows (here: pruning 60,000 update ids) leaves the loop free."""
    async with lite.session() as s:
        await s.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
            "INSERT INTO processed_updates SELECT 'telegram', i, '2000-01-01T00:00:00+00:00' FROM n"
        )
    events: list[str] = []

    async def prune() -> None:
        events.append(f"pruned {await lite.prune_processed_updates(batch=100_000)}")

    async def other() -> None:
        await asyncio.sleep(0)
        events.append("other turn")

    await asyncio.gather(prune(), other())
    assert events == ["other turn", "pruned 60000"]
