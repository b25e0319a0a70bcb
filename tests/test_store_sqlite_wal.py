"""SQLite's WAL is checkpointed by the store's own worker, off the event loop.

SQLite's automatic checkpoint runs inside whichever commit passes 1,000 WAL pages, on the event
loop (the pages copied and fsynced: milliseconds for that one turn). The store turns it off and
checkpoints every `checkpoint_interval` seconds on a worker thread instead (`store/sqlite.py`).
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from dogcoach.services.store.sqlite import SqliteStore

ROW = "왈" * 1500  # 4.5 kB of UTF-8: every transaction writes at least one fresh page


async def _written(url: str, interval: float, transactions: int) -> int:
    """Write `transactions` transcript lines, wait three checkpoint intervals (when they are
    short), write one more; then the WAL frames since the WAL last restarted."""
    store = SqliteStore(url, checkpoint_interval=interval)
    await store.open()
    try:
        await store.migrate()
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchall()[0][0] == 0
        async with store.session() as s:
            user_id = (await s.create_user("console", "wal")).id
        for _ in range(transactions):
            async with store.session() as s:
                await s.add_messages(user_id, [("in", ROW, None)])
        await asyncio.sleep(min(3 * interval, 0.5))
        async with store.session() as s:  # a writer after a full checkpoint restarts the WAL
            await s.add_messages(user_id, [("in", ROW, None)])
        probe = sqlite3.connect(store.path)
        try:
            _, frames, _ = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()[0]
        finally:
            probe.close()
        return int(frames)
    finally:
        await store.close()


async def test_the_wal_is_checkpointed_by_the_worker(tmp_path: Path) -> None:
    frames = await _written(f"sqlite:///{tmp_path / 'wal.db'}", 0.05, 1_000)
    assert frames < 50, frames  # the 1,000 transactions' frames were checkpointed, the WAL reused


async def test_without_the_worker_nothing_checkpoints_on_the_loop(tmp_path: Path) -> None:
    # The worker's interval longer than the test: no checkpoint ran inside a commit either, so the
    # WAL holds every frame written (what the first test's bound tells apart).
    frames = await _written(f"sqlite:///{tmp_path / 'wal.db'}", 3600, 1_000)
    assert frames > 1_000, frames


async def test_closing_while_a_checkpoint_may_run_is_clean(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    for _ in range(20):
        store = SqliteStore(url, checkpoint_interval=0.001)
        await store.open()
        await store.migrate()
        await asyncio.sleep(0.003)
        await store.close()
    store = SqliteStore(url)
    await store.open()
    try:
        assert await store.applied_migrations()
    finally:
        await store.close()
