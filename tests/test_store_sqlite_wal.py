"""SQLite's WAL is checkpointed by the store's own worker thread, not inside a turn's commit.

SQLite's automatic checkpoint runs inside whichever commit passes 1,000 WAL pages, on the event
loop: the pages copied and two fsyncs, milliseconds during which every turn in flight waits. The
store checkpoints on a worker thread every `checkpoint_every` commits instead and keeps SQLite's
own only as a backstop at `BACKSTOP_PAGES` (`store/sqlite.py`).
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

from dogcoach.services.store.sqlite import BACKSTOP_PAGES, SqliteStore

ROW = "왈" * 1500  # 4.5 kB of UTF-8: every transaction writes fresh pages
TRANSACTIONS = 600


async def _rows_in_database_file(tmp_path: Path, checkpoint_every: int) -> int:
    """Write `TRANSACTIONS` transcript lines and a few more, one commit each; then how many of them
    the database file holds by itself (a copy of it without the WAL): how many were checkpointed."""
    path = tmp_path / "wal.db"
    store = SqliteStore(f"sqlite:///{path}", checkpoint_every=checkpoint_every)
    await store.open()
    try:
        await store.migrate()
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchall()[0][0] == BACKSTOP_PAGES
        async with store.session() as s:
            user_id = (await s.create_user("console", "wal")).id
        for _ in range(TRANSACTIONS):
            async with store.session() as s:
                await s.add_messages(user_id, [("in", ROW, None)])
        # Then `checkpoint_every` more commits with no checkpoint running: one starts among them,
        # after the `TRANSACTIONS` commits, whatever the count was.
        await store.checkpointed()
        for _ in range(min(checkpoint_every, 100)):
            async with store.session() as s:
                await s.add_messages(user_id, [("in", ROW, None)])
        await store.checkpointed()
        copy = tmp_path / "copy.db"
        shutil.copyfile(path, copy)  # the database file alone: what checkpoints put there
        probe = sqlite3.connect(copy)
        try:
            return int(probe.execute("SELECT count(*) FROM messages").fetchone()[0])
        except sqlite3.OperationalError:  # no table yet: nothing was ever checkpointed
            return 0
        finally:
            probe.close()
    finally:
        await store.close()


async def test_the_worker_checkpoints_every_so_many_commits(tmp_path: Path) -> None:
    rows = await _rows_in_database_file(tmp_path, checkpoint_every=10)
    assert rows >= TRANSACTIONS, rows  # every commit before the last checkpoint started


async def test_no_checkpoint_runs_inside_a_commit(tmp_path: Path) -> None:
    # Without the worker (its count never reached) the commits write well over SQLite's default
    # 1,000 pages and nothing reaches the database file: no commit checkpointed on the loop.
    assert await _rows_in_database_file(tmp_path, checkpoint_every=10**9) == 0


async def test_no_session_runs_beside_a_checkpoint(tmp_path: Path) -> None:
    # SQLite before 3.51.3 can lose pages when a commit on one connection resets the WAL while a
    # checkpoint runs on another (sqlite.org/wal.html, "the WAL-reset bug"): no session of the
    # store runs while the worker thread copies frames.
    store = SqliteStore(f"sqlite:///{tmp_path / 'wal.db'}", checkpoint_every=1)
    await store.open()
    try:
        await store.migrate()
        async with store.session() as s:
            user_id = (await s.create_user("console", "beside")).id
        beside = 0
        for _ in range(200):
            await asyncio.sleep(0)  # as on a server: other tasks (the checkpoint's) get the loop
            async with store.session() as s:
                beside += store.checkpoint_running
                await s.add_messages(user_id, [("in", ROW, None)])
        assert beside == 0, f"{beside} of 200 sessions ran beside a checkpoint"
    finally:
        await store.close()


async def test_closing_while_a_checkpoint_may_run_is_clean(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    for _ in range(10):
        store = SqliteStore(url, checkpoint_every=1)
        await store.open()
        await store.migrate()  # a dozen commits, each starting a checkpoint if none runs
        async with store.session() as s:
            await s.create_user("console", "close")
        await store.close()
    store = SqliteStore(url)
    await store.open()
    try:
        async with store.session() as s:
            assert await s.get_user("console", "close") is not None
        assert await store.applied_migrations()
    finally:
        await store.close()
