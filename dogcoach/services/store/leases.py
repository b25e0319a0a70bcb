"""Named leases: work that runs in one process at a time (the schedules), held by renewing a row.

    acquire(name, holder, until) --> True while nobody else holds an unexpired lease on `name`

A row rather than a PostgreSQL advisory lock: a session-level advisory lock needs one connection
pinned for the holder's whole life, which a transaction-mode pooler (Supabase's on 6543, PgBouncer)
does not give, and a holder whose connection hangs keeps it until TCP gives up; a lease row works
through any pooler, expires on a clock everyone can read, runs unchanged on SQLite, and shows who
holds what (`SELECT * FROM leases`). Its cost: one statement per renewal.
"""

from __future__ import annotations

from datetime import UTC, datetime

from dogcoach.services.store.core import SessionCore, utcnow


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC)


class LeaseQueries(SessionCore):
    async def acquire_lease(
        self, name: str, holder: str, until: datetime, now: datetime, *, force: bool = False
    ) -> bool:
        """Take or renew the lease `name` for `holder` until `until`: True when it is `holder`'s
        now (it was free, expired at `now`, already `holder`'s, or `force`: taken regardless, for
        the only process a SQLite database serves). One upsert, atomic on both backends."""
        row = await self.one(
            "INSERT INTO leases (name, holder, lease_until, acquired_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until, "
            "acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at "
            "ELSE excluded.acquired_at END "
            "WHERE leases.holder = excluded.holder OR leases.lease_until < ? OR ? RETURNING holder",
            name,
            holder,
            self.d.ts_in(_utc(until)),
            self.d.ts_in(utcnow()),
            self.d.ts_in(_utc(now)),
            force,
        )
        return row is not None and row["holder"] == holder

    async def release_lease(self, name: str, holder: str) -> bool:
        """Give the lease up (a graceful stop), so another process takes it at its next try."""
        row = await self.one("DELETE FROM leases WHERE name = ? AND holder = ? RETURNING name", name, holder)
        return row is not None

    async def lease_holder(self, name: str, now: datetime) -> str | None:
        """Who holds `name` at `now` (None: nobody, or expired)."""
        row = await self.one(
            "SELECT holder FROM leases WHERE name = ? AND lease_until >= ?", name, self.d.ts_in(_utc(now))
        )
        return None if row is None else str(row["holder"])
