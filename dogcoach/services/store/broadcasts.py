"""Broadcasts: creating one with a delivery row per recipient, the run lease, finishing and
cancelling (issue 6).

A broadcast is one `broadcasts` row plus one `deliveries` row per recipient, written in one
transaction before anything is sent; the counters on the broadcast row change in the same
transaction as each delivery (see `deliveries.py`), so they are always exact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dogcoach.services.store.broadcast_rows import Broadcast, BroadcastSpec, broadcast_from_row
from dogcoach.services.store.core import SessionCore, utcnow

# The recipients of any broadcast, each with their language as `resolve_locale` picks it (stored
# choice, else a ko/en platform hint, else the default: the one parameter), in SQL, so recipients
# are chosen and their text fixed by one INSERT ... SELECT however many users there are.
_RECIPIENTS = (
    "SELECT u.id, u.channel, (CASE WHEN u.locale IN ('ko', 'en') THEN u.locale "
    "WHEN lower(trim(u.locale_hint)) IN ('ko', 'en') THEN lower(trim(u.locale_hint)) "
    "WHEN substr(lower(trim(u.locale_hint)), 1, 3) IN ('ko-', 'ko_', 'en-', 'en_') "
    "THEN substr(lower(trim(u.locale_hint)), 1, 2) ELSE ? END) AS locale FROM users u "
    "WHERE NOT u.tips_opt_out AND u.blocked_at IS NULL AND u.channel IN ('telegram', 'kakao')"
)


class BroadcastQueries(SessionCore):
    @staticmethod
    def _recipients_sql(head: str, spec: BroadcastSpec, default_locale: str) -> tuple[str, list[Any]]:
        """`head` over the broadcast's recipients (`r`: id, channel, locale) and its parameters.

        Opted-out users, users who blocked the bot and channels without push (console) are left
        out. Only fixed SQL fragments are joined here; every value is a parameter.
        """
        sql = head + " FROM (" + _RECIPIENTS + ") r WHERE 1 = 1"
        params: list[Any] = [default_locale]
        if spec.channel is not None:
            sql += " AND r.channel = ?"
            params.append(spec.channel)
        if spec.locale is not None:
            sql += " AND r.locale = ?"
            params.append(spec.locale)
        return sql, params

    async def count_broadcast_recipients(self, spec: BroadcastSpec, default_locale: str) -> int:
        sql, params = self._recipients_sql("SELECT count(*) AS n", spec, default_locale)
        row = await self.one(sql, *params)
        return int(row["n"]) if row else 0

    async def create_broadcast(
        self, spec: BroadcastSpec, *, created_by: str, default_locale: str, daily_key: str | None = None
    ) -> Broadcast | None:
        """The broadcast and its deliveries, each with the recipient's locale resolved now.

        None when `daily_key` is taken: that day's tip exists already (made by another process).
        """
        row = await self.one(
            "INSERT INTO broadcasts (kind, tip_key, text_ko, text_en, channel, locale, status, "
            "created_by, daily_key, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) "
            "ON CONFLICT (daily_key) DO NOTHING RETURNING id",
            spec.kind,
            spec.tip_key,
            spec.text_ko,
            spec.text_en,
            spec.channel,
            spec.locale,
            created_by,
            daily_key,
            self.d.ts_in(utcnow()),
        )
        if row is None:
            return None
        broadcast_id = int(row["id"])
        sql, params = self._recipients_sql(
            "INSERT INTO deliveries (broadcast_id, user_id, locale, status, attempts) "
            "SELECT ?, r.id, r.locale, 'pending', 0",
            spec,
            default_locale,
        )
        await self.execute(sql, broadcast_id, *params)
        done = await self.one(
            "UPDATE broadcasts SET total = (SELECT count(*) FROM deliveries WHERE broadcast_id = ?) "
            "WHERE id = ? RETURNING *",
            broadcast_id,
            broadcast_id,
        )
        assert done is not None
        return broadcast_from_row(done, self.d)

    async def get_broadcast(self, broadcast_id: int) -> Broadcast | None:
        row = await self.one("SELECT * FROM broadcasts WHERE id = ?", broadcast_id)
        return broadcast_from_row(row, self.d) if row else None

    async def list_broadcasts(self, *, unfinished: bool = False, limit: int = 20) -> list[Broadcast]:
        """Newest first; `unfinished` = still pending or running (what a restart resumes)."""
        if unfinished:
            rows = await self.all(
                "SELECT * FROM broadcasts WHERE status IN ('pending', 'running') ORDER BY id LIMIT ?", limit
            )
        else:
            rows = await self.all("SELECT * FROM broadcasts ORDER BY id DESC LIMIT ?", limit)
        return [broadcast_from_row(r, self.d) for r in rows]

    async def acquire_broadcast(self, broadcast_id: int, owner: str, until: datetime) -> Broadcast | None:
        """Take the run lease (free, expired, or already ours) and mark the broadcast running."""
        now = self.d.ts_in(utcnow())
        row = await self.one(
            "UPDATE broadcasts SET lease_owner = ?, lease_until = ?, status = 'running', "
            "started_at = COALESCE(started_at, ?) WHERE id = ? AND status IN ('pending', 'running') "
            "AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?) RETURNING *",
            owner,
            self.d.ts_in(until),
            now,
            broadcast_id,
            now,
            owner,
        )
        return broadcast_from_row(row, self.d) if row else None

    async def renew_broadcast_lease(self, broadcast_id: int, owner: str, until: datetime) -> bool:
        """False when the lease is gone: another process took it, or the broadcast was cancelled."""
        row = await self.one(
            "UPDATE broadcasts SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'running' "
            "RETURNING id",
            self.d.ts_in(until),
            broadcast_id,
            owner,
        )
        return row is not None

    async def release_broadcast(self, broadcast_id: int, owner: str) -> None:
        await self.execute(
            "UPDATE broadcasts SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
            broadcast_id,
            owner,
        )

    async def finish_broadcast(self, broadcast_id: int, owner: str) -> Broadcast | None:
        """running -> done once nothing is pending or in flight; releases the lease either way."""
        row = await self.one(
            "UPDATE broadcasts SET status = 'done', finished_at = ?, lease_owner = NULL, lease_until = NULL "
            "WHERE id = ? AND lease_owner = ? AND status = 'running' AND NOT EXISTS "
            "(SELECT 1 FROM deliveries WHERE broadcast_id = ? AND status IN ('pending', 'sending')) "
            "RETURNING *",
            self.d.ts_in(utcnow()),
            broadcast_id,
            owner,
            broadcast_id,
        )
        if row is None:
            await self.release_broadcast(broadcast_id, owner)
            return None
        return broadcast_from_row(row, self.d)

    async def cancel_broadcast(self, broadcast_id: int, reason: str) -> Broadcast | None:
        """Stop a broadcast: what is still pending is skipped; what is in flight settles normally."""
        row = await self.one(
            "UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE id = ? "
            "AND status IN ('pending', 'running') RETURNING id",
            self.d.ts_in(utcnow()),
            broadcast_id,
        )
        if row is None:
            return None
        rows = await self.all(
            "UPDATE deliveries SET status = 'skipped', error = ? WHERE broadcast_id = ? AND status = 'pending' "
            "RETURNING user_id",
            reason,
            broadcast_id,
        )
        await self.execute(
            "UPDATE broadcasts SET skipped = skipped + ? WHERE id = ?", len(rows), broadcast_id
        )
        return await self.get_broadcast(broadcast_id)
