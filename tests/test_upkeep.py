"""A running bot keeps its database's growth bounded by itself: update ids past their retention
are pruned once it is connected and then periodically (they were pruned only at start)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from dogcoach.bot.database import connected, upkeep
from dogcoach.bot.wiring import Runtime, runtime
from dogcoach.config import Settings
from dogcoach.services.store.base import utcnow


async def _ids(rt: Runtime) -> set[str]:
    async with rt.store.session() as s:
        return {r["update_id"] for r in await s.all("SELECT update_id FROM processed_updates")}


async def _seen(rt: Runtime, update_id: str, days_ago: float) -> None:
    async with rt.store.session() as s:
        await s.execute(
            "INSERT INTO processed_updates (channel, update_id, created_at) VALUES ('telegram', ?, ?)",
            update_id,
            s.d.ts_in(utcnow() - timedelta(days=days_ago)),
        )


async def test_update_ids_are_pruned_when_connected_and_then_periodically(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{tmp_path / 'u.db'}")  # type: ignore[call-arg]
    async with runtime(settings, analysis=False) as rt:
        await _seen(rt, "old", days_ago=8)
        await _seen(rt, "recent", days_ago=1)
    async with runtime(settings, analysis=False, migrate=False) as rt:
        async with connected(rt):
            assert rt.ready.is_set()
            for _ in range(200):  # the first upkeep runs at once, in the background
                if await _ids(rt) == {"recent"}:
                    break
                await asyncio.sleep(0.01)
            assert await _ids(rt) == {"recent"}
        # Later passes take what has aged since.
        task = asyncio.create_task(upkeep(rt, interval=0.05))
        try:
            await _seen(rt, "aged", days_ago=7.5)
            for _ in range(200):
                if await _ids(rt) == {"recent"}:
                    break
                await asyncio.sleep(0.01)
            assert await _ids(rt) == {"recent"}
        finally:
            task.cancel()
