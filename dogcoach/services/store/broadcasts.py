"""Broadcasts: creating one with a delivery row per recipient, the run lease, finishing and
cancelling (issue 6).

A broadcast is one `broadcasts` row plus one `deliveries` row per recipient. The row comes first
(`create_broadcast`); the deliveries are written a batch of owners at a time, each batch its own
short transaction (`fill_broadcast`), because one statement for 92,000 owners held SQLite for
0.75 s while every other turn waited (issue 14). `filled_at` marks the last batch, and nothing is
sent before it. The counters on the broadcast row change in the same transaction as each delivery
(see `deliveries.py`), so they are always exact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dogcoach.services.store.broadcast_rows import Audience, Broadcast, BroadcastSpec, broadcast_from_row
from dogcoach.services.store.core import SessionCore, utcnow

# The recipients of any broadcast, each with their language as `resolve_locale` picks it (stored
# choice, else a ko/en platform hint, else the default: the one parameter), in SQL, so recipients
# are chosen and their text fixed by INSERT ... SELECT however many users there are. The channels
# with push are every channel but the terminal (users.channel's CHECK lists three): said as
# `<> 'console'`, a batch's id range is walked on the primary key, where `IN ('telegram', 'kakao')`
# made SQLite scan the whole channel index for every batch (34 ms instead of 8 per 1,000 owners).
_RECIPIENTS = (
    "SELECT u.id, u.channel, (CASE WHEN u.locale IN ('ko', 'en') THEN u.locale "
    "WHEN lower(trim(u.locale_hint)) IN ('ko', 'en') THEN lower(trim(u.locale_hint)) "
    "WHEN substr(lower(trim(u.locale_hint)), 1, 3) IN ('ko-', 'ko_', 'en-', 'en_') "
    "THEN substr(lower(trim(u.locale_hint)), 1, 2) ELSE ? END) AS locale FROM users u "
    "WHERE NOT u.tips_opt_out AND u.blocked_at IS NULL AND u.channel <> 'console'"
)
# The locale expression of `_RECIPIENTS`, taken from it so the preview's count cannot drift from
# the fill's (one `?`: the default locale).
_LOCALE = _RECIPIENTS[_RECIPIENTS.index("(CASE") : _RECIPIENTS.index(" AS locale")]
# What a preview counts, in one scan of the users with push and no GROUP BY: the recipients of each
# channel and how many of them read English (the locale worked out once per row: a channel test
# comes first), and the others with why (blocked wins over opted out: nothing reaches them either
# way). 100,000 owners on SQLite: 70 ms (min of 15; the plain count it replaced 19 ms, GROUP BY
# channel, locale, standing 200 ms, its sort dominating); PostgreSQL 80 ms (benchmarks/
# broadcast_preview.py). Working out the locale is most of it; `bulk` keeps it off the event loop.
_AUDIENCE = (
    "SELECT sum(CASE WHEN u.blocked_at IS NULL AND NOT u.tips_opt_out AND u.channel = 'telegram' "
    "THEN 1 ELSE 0 END) AS telegram, "
    "sum(CASE WHEN u.blocked_at IS NULL AND NOT u.tips_opt_out AND u.channel = 'telegram' "
    "AND {locale} = 'en' THEN 1 ELSE 0 END) AS telegram_en, "
    "sum(CASE WHEN u.blocked_at IS NULL AND NOT u.tips_opt_out AND u.channel = 'kakao' "
    "THEN 1 ELSE 0 END) AS kakao, "
    "sum(CASE WHEN u.blocked_at IS NULL AND NOT u.tips_opt_out AND u.channel = 'kakao' "
    "AND {locale} = 'en' THEN 1 ELSE 0 END) AS kakao_en, "
    "sum(CASE WHEN u.blocked_at IS NULL AND u.tips_opt_out THEN 1 ELSE 0 END) AS opted_out, "
    "sum(CASE WHEN u.blocked_at IS NOT NULL THEN 1 ELSE 0 END) AS blocked "
    "FROM users u WHERE u.channel <> 'console'"
).replace(
    "{locale}", _LOCALE
)  # not an f-string: each of its pieces would be a literal not starting with SELECT


# One batch of deliveries; a recipient already written (an interrupted batch done again) is left.
_FILL = (
    "INSERT INTO deliveries (broadcast_id, user_id, locale, status, attempts) "
    "SELECT ?, r.id, r.locale, 'pending', 0{recipients} ON CONFLICT DO NOTHING"
)


class BroadcastQueries(SessionCore):
    @staticmethod
    def _recipients_sql(
        head: str,
        spec: BroadcastSpec,
        default_locale: str,
        *,
        after_user_id: int | None = None,
        upto_user_id: int | None = None,
    ) -> tuple[str, list[Any]]:
        """`head` over the broadcast's recipients (`r`: id, channel, locale) and its parameters;
        only those with ids in (`after_user_id`, `upto_user_id`] when given (a batch).

        Opted-out users, users who blocked the bot and channels without push (console) are left
        out. Only fixed SQL fragments are joined here; every value is a parameter.
        """
        sql = head + " FROM (" + _RECIPIENTS + ") r WHERE 1 = 1"
        params: list[Any] = [default_locale]
        if after_user_id is not None and upto_user_id is not None:
            sql += " AND r.id > ?"
            sql += " AND r.id <= ?"
            params += [after_user_id, upto_user_id]
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

    async def broadcast_audience(self, spec: BroadcastSpec, default_locale: str) -> Audience:
        """Who `spec` would reach now, counted by channel and resolved locale, and who its channel
        and locale filter take in but who get nothing (turned tips off, blocked the bot): what
        the admin's preview shows. The recipients are those `fill_broadcast` would write. One
        scan of the users table, off the event loop (`bulk`)."""
        sql, params = _AUDIENCE, [default_locale, default_locale]
        if spec.channel is not None:
            sql += " AND u.channel = ?"
            params.append(spec.channel)
        if spec.locale is not None:
            sql += " AND " + _LOCALE + " = ?"
            params += [default_locale, spec.locale]
        rows = await self.all(sql, *params, bulk=True)
        counts = {k: int(v or 0) for k, v in dict(rows[0]).items()} if rows else {}
        recipients: dict[tuple[str, str], int] = {}
        for channel in ("telegram", "kakao"):
            en = counts.get(f"{channel}_en", 0)
            for locale, n in (("ko", counts.get(channel, 0) - en), ("en", en)):
                if n:
                    recipients[(channel, locale)] = n
        left_out = {k: counts[k] for k in ("opted_out", "blocked") if counts.get(k)}
        return Audience(recipients, left_out)

    async def create_broadcast(
        self,
        spec: BroadcastSpec,
        *,
        created_by: str,
        daily_key: str | None = None,
        request_key: str | None = None,
    ) -> Broadcast | None:
        """The broadcast, pending, with no deliveries yet (`fill_broadcast` writes them).

        None when `daily_key` is taken (that day's tip exists already, made by another process)
        or `request_key` is (`broadcast_by_request_key` finds the one it made).
        """
        row = await self.one(
            "INSERT INTO broadcasts (kind, tip_key, text_ko, text_en, channel, locale, status, "
            "created_by, daily_key, request_key, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *",
            spec.kind,
            spec.tip_key,
            spec.text_ko,
            spec.text_en,
            spec.channel,
            spec.locale,
            created_by,
            daily_key,
            request_key,
            self.d.ts_in(utcnow()),
        )
        return broadcast_from_row(row, self.d) if row is not None else None

    async def broadcast_by_request_key(self, request_key: str) -> Broadcast | None:
        row = await self.one("SELECT * FROM broadcasts WHERE request_key = ?", request_key)
        return broadcast_from_row(row, self.d) if row else None

    async def fill_broadcast(
        self, broadcast: Broadcast, default_locale: str, *, after_user_id: int, limit: int
    ) -> int | None:
        """Write the deliveries of the recipients among the next `limit` users after
        `after_user_id` (by id), each with their locale resolved now; the last user id looked
        at, for the next batch. None once there are no more users (the broadcast is then
        filled), or when it is filled already or cancelled.

        Batches may repeat or overlap (a restart resumes from the last delivery written): a
        recipient already written is skipped, and `total` counts only rows written.
        """
        # Also the row lock that makes a cancel wait for this batch (Postgres).
        open_row = await self.one(
            "UPDATE broadcasts SET total = total WHERE id = ? AND filled_at IS NULL "
            "AND status IN ('pending', 'running') RETURNING id",
            broadcast.id,
        )
        if open_row is None:
            return None
        bound = await self.one(
            "SELECT max(id) AS upper FROM (SELECT id FROM users WHERE id > ? ORDER BY id LIMIT ?) batch",
            after_user_id,
            limit,
        )
        upper = bound["upper"] if bound is not None else None
        if upper is None:
            await self.execute(
                "UPDATE broadcasts SET filled_at = ? WHERE id = ?", self.d.ts_in(utcnow()), broadcast.id
            )
            return None
        recipients, params = self._recipients_sql(
            "", broadcast.spec, default_locale, after_user_id=after_user_id, upto_user_id=int(upper)
        )
        written = await self.change(_FILL.format(recipients=recipients), broadcast.id, *params, bulk=True)
        if written:
            await self.execute("UPDATE broadcasts SET total = total + ? WHERE id = ?", written, broadcast.id)
        return int(upper)

    async def fill_position(self, broadcast_id: int) -> int:
        """The last user id with a delivery of this broadcast (0: none yet): where filling resumes."""
        row = await self.one(
            "SELECT max(user_id) AS last FROM deliveries WHERE broadcast_id = ?", broadcast_id
        )
        return int(row["last"]) if row is not None and row["last"] is not None else 0

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
