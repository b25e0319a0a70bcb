"""Deliveries: one row per recipient of a broadcast and its way pending -> sending (claimed,
committed before the API call) -> sent | blocked | failed | skipped, each settling its count on
the broadcast row in the same transaction.

Once a finished broadcast is past its retention, `Store.compact_deliveries` folds its rows into
`broadcast_outcomes` (failure and skip reasons with counts); `broadcast_outcomes()` reads both, so
a report shows the same numbers before and after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dogcoach.services.store.broadcast_rows import DeliveryTarget
from dogcoach.services.store.core import SessionCore, iso, utcnow

# Settled delivery status -> the broadcast's counter column (a fixed whitelist, never user input).
_SETTLED_COUNTERS = {"sent": "sent", "blocked": "blocked", "failed": "failed", "skipped": "skipped"}


class DeliveryQueries(SessionCore):
    async def fail_interrupted_deliveries(self, broadcast_id: int, error: str) -> int:
        """Deliveries a dead process left claimed: the API may or may not have taken them, so they
        are settled as failed and never sent again (at-most-once). Call only under the lease."""
        rows = await self.all(
            "UPDATE deliveries SET status = 'failed', error = ? WHERE broadcast_id = ? AND status = 'sending' "
            "RETURNING user_id",
            error,
            broadcast_id,
        )
        if rows:
            await self.execute(
                "UPDATE broadcasts SET failed = failed + ? WHERE id = ?", len(rows), broadcast_id
            )
        return len(rows)

    async def pending_broadcast_deliveries(
        self,
        broadcast_id: int,
        *,
        channel: str,
        after_user_id: int = 0,
        limit: int = 200,
        locale: str | None = None,
    ) -> list[DeliveryTarget]:
        """Pending deliveries of one channel in user id order; page with `after_user_id`."""
        sql = (
            "SELECT d.user_id, d.locale, d.attempts, u.channel, u.external_id FROM deliveries d "
            "JOIN users u ON u.id = d.user_id WHERE d.broadcast_id = ? AND d.status = 'pending' "
            "AND u.channel = ? AND d.user_id > ?"
        )
        params: list[Any] = [broadcast_id, channel, after_user_id]
        if locale is not None:
            sql += " AND d.locale = ?"
            params.append(locale)
        rows = await self.all(sql + " ORDER BY d.user_id LIMIT ?", *params, limit)
        return [
            DeliveryTarget(
                broadcast_id=broadcast_id,
                user_id=int(r["user_id"]),
                channel=r["channel"],
                external_id=r["external_id"],
                locale=r["locale"],
                attempts=int(r["attempts"]),
            )
            for r in rows
        ]

    async def claim_broadcast_deliveries(self, broadcast_id: int, user_ids: Sequence[int]) -> set[int]:
        """pending -> sending, committed before the API call; the ids this caller now owns."""
        if not user_ids:
            return set()
        marks = ", ".join("?" for _ in user_ids)
        rows = await self.all(
            "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, claimed_at = ? "
            f"WHERE broadcast_id = ? AND status = 'pending' AND user_id IN ({marks}) RETURNING user_id",
            self.d.ts_in(utcnow()),
            broadcast_id,
            *user_ids,
        )
        return {int(r["user_id"]) for r in rows}

    async def unclaim_broadcast_delivery(self, broadcast_id: int, user_id: int, error: str) -> None:
        """sending -> pending: the API said no (429, 5xx) or was never reached; safe to try again."""
        await self.execute(
            "UPDATE deliveries SET status = 'pending', error = ? WHERE broadcast_id = ? AND user_id = ? "
            "AND status = 'sending'",
            error,
            broadcast_id,
            user_id,
        )

    async def settle_broadcast_delivery(
        self, broadcast_id: int, user_id: int, status: str, error: str | None = None
    ) -> bool:
        """sending -> sent | blocked | failed, with the broadcast's counter; a block also marks the
        user (the engine clears it when they write again). False if the row was not ours."""
        column = _SETTLED_COUNTERS[status]
        now = self.d.ts_in(utcnow())
        row = await self.one(
            "UPDATE deliveries SET status = ?, error = ?, sent_at = ? WHERE broadcast_id = ? AND user_id = ? "
            "AND status = 'sending' RETURNING user_id",
            status,
            error,
            now if status == "sent" else None,
            broadcast_id,
            user_id,
        )
        if row is None:
            return False
        await self.execute(f"UPDATE broadcasts SET {column} = {column} + 1 WHERE id = ?", broadcast_id)
        if status == "blocked":
            await self.execute(
                "UPDATE users SET blocked_at = ? WHERE id = ? AND blocked_at IS NULL", now, user_id
            )
        return True

    async def skip_broadcast_deliveries(self, broadcast_id: int, channel: str, reason: str) -> int:
        """Every pending delivery of a channel nobody can send on (not configured) -> skipped."""
        rows = await self.all(
            "UPDATE deliveries SET status = 'skipped', error = ? WHERE broadcast_id = ? AND status = 'pending' "
            "AND user_id IN (SELECT id FROM users WHERE channel = ?) RETURNING user_id",
            reason,
            broadcast_id,
            channel,
        )
        if rows:
            await self.execute(
                "UPDATE broadcasts SET skipped = skipped + ? WHERE id = ?", len(rows), broadcast_id
            )
        return len(rows)

    async def broadcast_outcomes(self, broadcast_id: int) -> dict[tuple[str, str | None], int]:
        """(status, error) -> count for the settled deliveries that carry a reason (the report's
        "skipped: Kakao not configured" and the errors behind failures), compacted or not."""
        rows = await self.all(
            "SELECT status, error, n FROM broadcast_outcomes WHERE broadcast_id = ? UNION ALL "
            "SELECT status, error, count(*) AS n FROM deliveries WHERE broadcast_id = ? "
            "AND status IN ('failed', 'skipped') GROUP BY status, error",
            broadcast_id,
            broadcast_id,
        )
        outcomes: dict[tuple[str, str | None], int] = {}
        for r in rows:
            key = (r["status"], r["error"])
            outcomes[key] = outcomes.get(key, 0) + int(r["n"])
        return outcomes

    async def list_broadcast_deliveries(self, broadcast_id: int) -> list[dict[str, Any]]:
        rows = await self.all(
            "SELECT user_id, locale, status, attempts, error, sent_at FROM deliveries WHERE broadcast_id = ? "
            "ORDER BY user_id",
            broadcast_id,
        )
        return [
            {
                "user_id": int(r["user_id"]),
                "locale": r["locale"],
                "status": r["status"],
                "attempts": int(r["attempts"]),
                "error": r["error"],
                "sent_at": self.d.ts_out(r["sent_at"]),
            }
            for r in rows
        ]

    async def user_broadcast_deliveries(self, user_id: int) -> list[dict[str, Any]]:
        """The broadcasts meant for one user and what became of each (their data export)."""
        rows = await self.all(
            "SELECT d.broadcast_id, d.locale, d.status, d.sent_at, b.kind, b.tip_key FROM deliveries d "
            "JOIN broadcasts b ON b.id = d.broadcast_id WHERE d.user_id = ? ORDER BY d.broadcast_id",
            user_id,
        )
        return [
            {
                "broadcast_id": int(r["broadcast_id"]),
                "kind": r["kind"],
                "tip": r["tip_key"],
                "locale": r["locale"],
                "status": r["status"],
                "sent_at": iso(self.d.ts_out(r["sent_at"])),
            }
            for r in rows
        ]
