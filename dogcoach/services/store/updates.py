"""Processed update ids: a platform's re-delivery of an update is recognised and dropped."""

from __future__ import annotations

from datetime import datetime

from dogcoach.services.store.core import SessionCore, utcnow


class UpdateQueries(SessionCore):
    async def claim_update(self, channel: str, update_id: str) -> bool:
        """True the first time an update id is seen on a channel; False for a re-delivery."""
        row = await self.one(
            "INSERT INTO processed_updates (channel, update_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (channel, update_id) DO NOTHING RETURNING update_id",
            channel,
            update_id,
            self.d.ts_in(utcnow()),
        )
        return row is not None

    async def prune_updates(self, older_than: datetime, *, limit: int | None = None) -> int:
        """Forget update ids first seen before `older_than` (at most `limit` of them); how many.

        Platforms re-deliver an update for a day at most (Telegram: 24 h), so a week is plenty.
        `Store.prune_processed_updates` calls this in batches, each its own short transaction.
        """
        since = self.d.ts_in(older_than)
        if limit is None:
            return await self.change("DELETE FROM processed_updates WHERE created_at < ?", since, bulk=True)
        return await self.change(
            "DELETE FROM processed_updates WHERE (channel, update_id) IN (SELECT channel, update_id "
            "FROM processed_updates WHERE created_at < ? LIMIT ?)",
            since,
            limit,
            bulk=True,
        )
