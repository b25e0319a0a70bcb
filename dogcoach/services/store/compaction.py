"""Compaction: the delivery rows of a finished broadcast folded into counts after its retention.

A broadcast keeps exact counters on its own row (sent, blocked, failed, skipped); the per-recipient
rows are needed only while it runs, for a user's data export, and for the reasons behind failures
and skips. Past the retention those reasons are kept as counts in `broadcast_outcomes` and the rows
go: about 150 bytes per recipient per broadcast (docs/deploy.md has the measured sizes).
"""

from __future__ import annotations

from datetime import datetime

from dogcoach.services.store.core import SessionCore, utcnow

# Finished, not yet compacted, and nothing left in flight (a cancelled broadcast's claimed rows
# settle after the cancel; they are counted once they have).
_COMPACTABLE = (
    "SELECT b.id FROM broadcasts b WHERE b.status IN ('done', 'cancelled') AND b.compacted_at IS NULL AND b.finished_at < ? AND NOT EXISTS "
    "(SELECT 1 FROM deliveries d WHERE d.broadcast_id = b.id AND d.status IN ('pending', 'sending'))"
)


class CompactionQueries(SessionCore):
    async def compactable_broadcasts(self, finished_before: datetime, limit: int = 100) -> list[int]:
        """Ids of broadcasts whose delivery rows may be folded into counts, oldest first."""
        rows = await self.all(
            _COMPACTABLE + " ORDER BY b.id LIMIT ?",
            self.d.ts_in(finished_before),
            limit,
        )
        return [int(r["id"]) for r in rows]

    async def drop_sent_deliveries(self, broadcast_id: int, limit: int) -> int:
        """Delete up to `limit` sent or blocked rows of a finished broadcast (their counts are on the
        broadcast row and they carry no reason); how many went."""
        return await self.change(
            "DELETE FROM deliveries WHERE broadcast_id = ? AND user_id IN (SELECT d.user_id FROM deliveries d "
            "JOIN broadcasts b ON b.id = d.broadcast_id WHERE d.broadcast_id = ? "
            "AND d.status IN ('sent', 'blocked') AND b.status IN ('done', 'cancelled') LIMIT ?)",
            broadcast_id,
            broadcast_id,
            limit,
            bulk=True,
        )

    async def fold_deliveries(self, broadcast_id: int, finished_before: datetime) -> bool:
        """Keep the failure and skip reasons as counts, delete the remaining rows and mark the
        broadcast compacted, in this one transaction; False if it is not (or no longer) eligible."""
        row = await self.one(
            f"UPDATE broadcasts SET compacted_at = ? WHERE id = ? AND id IN ({_COMPACTABLE}) RETURNING id",
            self.d.ts_in(utcnow()),
            broadcast_id,
            self.d.ts_in(finished_before),
        )
        if row is None:
            return False
        await self.execute(
            "INSERT INTO broadcast_outcomes (broadcast_id, status, error, n) SELECT broadcast_id, status, "
            "error, count(*) FROM deliveries WHERE broadcast_id = ? AND status IN ('failed', 'skipped') "
            "GROUP BY broadcast_id, status, error",
            broadcast_id,
            bulk=True,
        )
        await self.execute("DELETE FROM deliveries WHERE broadcast_id = ?", broadcast_id, bulk=True)
        return True
