"""Behaviour reports: the analysis lifecycle (pending -> done | failed), the leases that let
several server processes share the work, and the delivery claims that make sure a finished result
is shown to its owner once.

A report is worked on by one process at a time, under a lease (`lease_owner`, `lease_until`):

    pending, no lease --claim (the submitting process; or any process's sweep, once it is older than
        the grace)--> pending, leased --settle (conditional on the lease)--> done | failed, still
        leased by the same holder, for its push
    pending, lease expired --sweep (another process)--> pending, leased by it
    finished, leased --claim_delivery(holder)--> delivered_at set, leased --settle_delivery--> no lease
    finished, lease expired (delivered_at set or not) --reoffer_deliveries--> leased by the caller,
        pushed (again)
    finished, undelivered, no lease (the channel could not take it) --the owner's next turn--> shown

The lease outlives the analysis on purpose: a process killed between settling a result and
claiming its push would otherwise leave it owed to nobody until the owner writes again.

The sweep and the re-offer take rows `FOR UPDATE SKIP LOCKED` on PostgreSQL, so processes never
claim the same row and never wait for each other (the pattern of `coaching.py`'s check-ins);
a claim of given ids is one conditional UPDATE, which PostgreSQL re-checks on the row's newest
version, so two processes can never both win it. SQLite serves one process.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import INCIDENT, Report

# Pending reports a process may take: nobody holds them (and they are older than the grace, so the
# submitting process had its chance), or their holder's lease has expired.
_SWEEPABLE = "status = 'pending' AND ((lease_owner IS NULL AND updated_at < ?) OR lease_until <= ?)"
_SWEEP_SQLITE = (
    "UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id IN ("
    f"SELECT id FROM reports WHERE {_SWEEPABLE} ORDER BY id LIMIT ?) RETURNING *"
)
_SWEEP_POSTGRES = (
    "UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id IN ("
    f"SELECT id FROM reports WHERE {_SWEEPABLE} ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING *"
)
# Pushes claimed by a process that died before it settled them: claimed again by the caller, in
# the same statement (a caller that dies next leaves its own lease to expire: nothing is stranded).
_REOFFER_SQLITE = (
    "UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id IN ("
    "SELECT id FROM reports WHERE status <> 'pending' AND lease_until <= ? ORDER BY id LIMIT ?) "
    "RETURNING *"
)
_REOFFER_POSTGRES = (
    "UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id IN ("
    "SELECT id FROM reports WHERE status <> 'pending' AND lease_until <= ? ORDER BY id LIMIT ? "
    "FOR UPDATE SKIP LOCKED) RETURNING *"
)


def _utc(value: datetime) -> datetime:
    """Aware datetimes only, in UTC: SQLite compares timestamps as ISO text."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC)


class ReportQueries(SessionCore):
    def _report(self, row: Row) -> Report:
        created = self.d.ts_out(row["created_at"])
        updated = self.d.ts_out(row["updated_at"])
        assert created is not None and updated is not None
        return Report(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            dog_id=row["dog_id"],
            text=row["text"],
            language=row["language"],
            status=row["status"],
            analysis=self.d.json_out(row["analysis"]),
            model=row["model"],
            prompt_tokens=row["prompt_tokens"],
            eval_tokens=row["eval_tokens"],
            latency_ms=row["latency_ms"],
            attempts=int(row["attempts"]),
            error=row["error"],
            created_at=created,
            updated_at=updated,
            delivered_at=self.d.ts_out(row["delivered_at"]),
            followups=int(row["followups"]),
            total_duration_ms=row["total_duration_ms"],
            load_duration_ms=row["load_duration_ms"],
            prompt_eval_duration_ms=row["prompt_eval_duration_ms"],
            eval_duration_ms=row["eval_duration_ms"],
            raw_output=row["raw_output"],
            kind=row["kind"],
        )

    async def add_report(
        self, user_id: int, dog_id: int | None, text: str, language: str, *, kind: str = INCIDENT
    ) -> Report:
        """A new `pending` row: a behaviour report, or a question (`kind` = `models.QUESTION`)."""
        now = self.d.ts_in(utcnow())
        row = await self.one(
            "INSERT INTO reports (user_id, dog_id, text, language, status, created_at, updated_at, kind) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING *",
            user_id,
            dog_id,
            text,
            language,
            now,
            now,
            kind,
        )
        assert row is not None
        return self._report(row)

    async def relanguage_waiting(self, user_id: int, language: str) -> None:
        """The owner switched language: their reports not analysed yet are analysed (and shown) in
        it. One being analysed now keeps its own: saving its result writes the language it used."""
        await self.execute(
            "UPDATE reports SET language = ? WHERE user_id = ? AND status = 'pending'", language, user_id
        )

    async def get_report(self, report_id: int) -> Report | None:
        row = await self.one("SELECT * FROM reports WHERE id = ?", report_id)
        return self._report(row) if row else None

    async def list_reports(
        self, user_id: int, *, dog_id: int | None = None, limit: int = 50, offset: int = 0
    ) -> list[Report]:
        if dog_id is None:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                user_id,
                limit,
                offset,
            )
        else:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND dog_id = ? "
                "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                user_id,
                dog_id,
                limit,
                offset,
            )
        return [self._report(r) for r in rows]

    async def report_page(self, user_id: int, after_id: int, limit: int) -> list[Report]:
        """The user's next `limit` reports after report id `after_id`, oldest first."""
        rows = await self.all(
            "SELECT * FROM reports WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?", user_id, after_id, limit
        )
        return [self._report(r) for r in rows]

    async def update_report(self, report: Report) -> None:
        """Write back everything but `delivered_at`, which only the delivery claims below change."""
        report.updated_at = utcnow()
        await self.execute(
            "UPDATE reports SET text = ?, language = ?, status = ?, analysis = ?, model = ?, "
            "prompt_tokens = ?, eval_tokens = ?, latency_ms = ?, attempts = ?, error = ?, updated_at = ?, "
            "followups = ?, total_duration_ms = ?, load_duration_ms = ?, prompt_eval_duration_ms = ?, "
            "eval_duration_ms = ?, raw_output = ? "
            "WHERE id = ?",
            report.text,
            report.language,
            report.status,
            None if report.analysis is None else self.d.json_in(report.analysis),
            report.model,
            report.prompt_tokens,
            report.eval_tokens,
            report.latency_ms,
            report.attempts,
            report.error,
            self.d.ts_in(report.updated_at),
            report.followups,
            report.total_duration_ms,
            report.load_duration_ms,
            report.prompt_eval_duration_ms,
            report.eval_duration_ms,
            report.raw_output,
            report.id,
        )

    async def note_attempt(self, report: Report) -> None:
        """A try the model could not take (unavailable): only its count and error are written, so a
        follow-up answer appended meanwhile (`reopen_report`) is never overwritten by the copy
        the worker read before calling the model."""
        report.updated_at = utcnow()
        await self.execute(
            "UPDATE reports SET attempts = ?, error = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
            report.attempts,
            report.error,
            self.d.ts_in(report.updated_at),
            report.id,
        )

    async def reopen_report(self, report: Report, text: str, *, followup: bool = True) -> None:
        """A follow-up answer: the report grows, goes back to `pending` and its result is owed again.
        `followup` False: detail sent before the result was shown (no question was asked, so the
        follow-up question stays askable). An analysis of the old text still running loses its
        lease and cannot be settled (`settle_report` checks the text it analysed)."""
        report.text = text
        report.status = "pending"
        report.followups += 1 if followup else 0
        report.error = None
        report.delivered_at = None
        await self.update_report(report)
        await self.execute(
            "UPDATE reports SET delivered_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ?",
            report.id,
        )

    async def move_report(self, report: Report, dog_id: int | None) -> None:
        """The report filed under another of the owner's dogs (the owner said it was about that
        one), with the red flags it raised and the notes told beside it: the per-dog views and safety history follow it.
        `dog_id` None: kept with no dog (stop 64: the owner said it was a dog not theirs), as a
        report about a dog not registered is."""
        report.dog_id = dog_id
        await self.execute("UPDATE reports SET dog_id = ? WHERE id = ?", dog_id, report.id)
        await self.execute("UPDATE red_flags SET dog_id = ? WHERE report_id = ?", dog_id, report.id)
        await self.execute("UPDATE notes SET dog_id = ? WHERE report_id = ?", dog_id, report.id)

    async def claim_delivery(
        self, report_id: int, holder: str | None = None, until: datetime | None = None
    ) -> bool:
        """Take the right to deliver one finished result; False when a turn or a worker already has.

        One conditional UPDATE, so a worker pushing a result and the user's next turn showing it can
        never both send it. A push (`holder`, `until`: a lease) is settled with `settle_delivery`
        once the platform answered, or offered again by `reoffer_deliveries` if its process died
        first (which claims it for its caller: a claim by the same `holder` then succeeds); a
        claim without a lease is shown in the caller's own transaction (a turn).
        """
        row = await self.one(
            "UPDATE reports SET delivered_at = ?, lease_owner = ?, lease_until = ? WHERE id = ? "
            "AND (delivered_at IS NULL OR lease_owner = ?) AND status <> 'pending' RETURNING id",
            self.d.ts_in(utcnow()),
            holder,
            None if until is None else self.d.ts_in(_utc(until)),
            report_id,
            holder,
        )
        return row is not None

    async def settle_delivery(self, report_id: int, holder: str) -> bool:
        """The push is over (sent, or cut off with the outcome unknown): delivered for good, never
        offered again. False when `holder` no longer held it (its lease expired and it was offered
        again meanwhile)."""
        row = await self.one(
            "UPDATE reports SET lease_owner = NULL, lease_until = NULL "
            "WHERE id = ? AND lease_owner = ? AND status <> 'pending' RETURNING id",
            report_id,
            holder,
        )
        return row is not None

    async def release_delivery(self, report_id: int) -> None:
        """The channel could not take the result: keep it owed, for the user's next turn."""
        await self.execute(
            "UPDATE reports SET delivered_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ?",
            report_id,
        )

    async def reoffer_deliveries(
        self, holder: str, until: datetime, now: datetime, limit: int = 100
    ) -> list[Report]:
        """Pushes whose lease expired before they were settled (their process died between the
        claim and the platform's answer), now claimed by `holder` until `until`, oldest first: the
        caller pushes them anew (`claim_delivery` with the same holder succeeds). At least once:
        one that did reach the platform before the crash is shown twice."""
        rows = await self.all(
            _REOFFER_POSTGRES if self.d.name == "postgres" else _REOFFER_SQLITE,
            holder,
            self.d.ts_in(_utc(until)),
            self.d.ts_in(_utc(now)),
            limit,
        )
        return sorted((self._report(r) for r in rows), key=lambda r: r.id)

    # -- analysis leases ---------------------------------------------------------------------------

    async def claim_reports(
        self, report_ids: Sequence[int], holder: str, until: datetime, now: datetime
    ) -> list[int]:
        """Lease these pending reports to `holder` until `until`: those nobody holds, whose lease
        expired, or that `holder` holds already (renewed). The ids it now holds."""
        if not report_ids:
            return []
        marks = ", ".join("?" for _ in report_ids)
        rows = await self.all(
            f"UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id IN ({marks}) "
            "AND status = 'pending' AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?) "
            "RETURNING id",
            holder,
            self.d.ts_in(_utc(until)),
            *report_ids,
            holder,
            self.d.ts_in(_utc(now)),
        )
        return sorted(int(r["id"]) for r in rows)

    async def claim_report(
        self, report_id: int, holder: str, until: datetime, now: datetime
    ) -> Report | None:
        """`claim_reports` for one report, returning it (None: not pending, or held elsewhere)."""
        row = await self.one(
            "UPDATE reports SET lease_owner = ?, lease_until = ? WHERE id = ? AND status = 'pending' "
            "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?) RETURNING *",
            holder,
            self.d.ts_in(_utc(until)),
            report_id,
            holder,
            self.d.ts_in(_utc(now)),
        )
        return self._report(row) if row else None

    async def sweep_reports(
        self, holder: str, until: datetime, now: datetime, unclaimed_before: datetime, limit: int = 100
    ) -> list[Report]:
        """Take over pending reports: those whose holder's lease expired, and those nobody claimed
        that were last changed before `unclaimed_before` (their submitting process died before it
        claimed them). Oldest first; each goes to exactly one caller."""
        rows = await self.all(
            _SWEEP_POSTGRES if self.d.name == "postgres" else _SWEEP_SQLITE,
            holder,
            self.d.ts_in(_utc(until)),
            self.d.ts_in(_utc(unclaimed_before)),
            self.d.ts_in(_utc(now)),
            limit,
        )
        return sorted((self._report(r) for r in rows), key=lambda r: r.id)

    async def renew_report_leases(self, holder: str, until: datetime) -> list[int]:
        """Extend every lease `holder` holds (analyses waiting or running, pushes in flight), in
        one statement; the ids it still holds (a lease lost to another process is not among them)."""
        rows = await self.all(
            "UPDATE reports SET lease_until = ? WHERE lease_owner = ? RETURNING id",
            self.d.ts_in(_utc(until)),
            holder,
        )
        return sorted(int(r["id"]) for r in rows)

    async def release_report_leases(self, holder: str, report_ids: Sequence[int] | None = None) -> int:
        """`holder`'s pending reports (all, or those of `report_ids`) go back to nobody, for another
        process (or the next start) to take at once (their lease ends now, so no grace applies):
        a graceful stop, or a process whose model is unavailable; how many."""
        if report_ids is not None and not report_ids:
            return 0
        only = "" if report_ids is None else f" AND id IN ({', '.join('?' for _ in report_ids)})"
        return await self.change(
            f"UPDATE reports SET lease_owner = NULL, lease_until = ? WHERE lease_owner = ? AND status = 'pending'{only}",
            self.d.ts_in(utcnow()),
            holder,
            *(report_ids or ()),
        )

    async def take_over_reports(self, now: datetime) -> int:
        """Every pending report free at `now`, claimed or not: for the one process a SQLite
        database serves, at start (any holder is dead by construction); how many."""
        return await self.change(
            "UPDATE reports SET lease_owner = NULL, lease_until = ? WHERE status = 'pending'",
            self.d.ts_in(_utc(now)),
        )

    async def settle_report(self, report: Report, holder: str) -> bool:
        """Write back a finished analysis (as `update_report`), only while `holder` still holds it
        and the report still has the text analysed. The lease stays with `holder` for the result's
        push (re-offered if this process dies before it claims it). False when the lease was lost
        (another process took the report over and its result counts) or the text grew meanwhile
        (`reopen_report`: the owner added detail; the result of the old text is dropped)."""
        report.updated_at = utcnow()
        row = await self.one(
            "UPDATE reports SET status = ?, analysis = ?, model = ?, prompt_tokens = ?, eval_tokens = ?, "
            "latency_ms = ?, attempts = ?, error = ?, updated_at = ?, total_duration_ms = ?, "
            "load_duration_ms = ?, prompt_eval_duration_ms = ?, eval_duration_ms = ?, raw_output = ? "
            "WHERE id = ? AND status = 'pending' AND lease_owner = ? AND text = ? RETURNING id",
            report.status,
            None if report.analysis is None else self.d.json_in(report.analysis),
            report.model,
            report.prompt_tokens,
            report.eval_tokens,
            report.latency_ms,
            report.attempts,
            report.error,
            self.d.ts_in(report.updated_at),
            report.total_duration_ms,
            report.load_duration_ms,
            report.prompt_eval_duration_ms,
            report.eval_duration_ms,
            report.raw_output,
            report.id,
            holder,
            report.text,
        )
        return row is not None

    async def claim_undelivered(self, user_id: int) -> list[Report]:
        """Every finished result the user has not seen yet, oldest first, now marked delivered (and
        no push's any more: a push still holding one finds it shown)."""
        rows = await self.all(
            "UPDATE reports SET delivered_at = ?, lease_owner = NULL, lease_until = NULL WHERE user_id = ? AND delivered_at IS NULL "
            "AND status <> 'pending' RETURNING *",
            self.d.ts_in(utcnow()),
            user_id,
        )
        return sorted((self._report(r) for r in rows), key=lambda r: r.id)

    async def user_reports_pending(self, user_id: int) -> list[Report]:
        rows = await self.all(
            "SELECT * FROM reports WHERE user_id = ? AND status = 'pending' ORDER BY id", user_id
        )
        return [self._report(r) for r in rows]

    async def latest_incident(self, user_id: int) -> Report | None:
        """The user's newest behaviour report (not a question to the coach), whatever its status."""
        row = await self.one(
            "SELECT * FROM reports WHERE user_id = ? AND kind = ? ORDER BY id DESC LIMIT 1", user_id, INCIDENT
        )
        return self._report(row) if row else None

    async def latest_finished_report(self, user_id: int) -> Report | None:
        row = await self.one(
            "SELECT * FROM reports WHERE user_id = ? AND status <> 'pending' ORDER BY id DESC LIMIT 1",
            user_id,
        )
        return self._report(row) if row else None

    async def reports_since(self, user_id: int, dog_id: int | None, since: datetime) -> list[Report]:
        """The user's behaviour reports (one dog's, when given) created at or after `since`, oldest
        first. Incidents only: questions to the coach are not reports of behaviour."""
        if dog_id is None:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND kind = ? AND created_at >= ? "
                "ORDER BY created_at, id",
                user_id,
                INCIDENT,
                self.d.ts_in(since),
            )
        else:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND dog_id = ? AND kind = ? AND created_at >= ? "
                "ORDER BY created_at, id",
                user_id,
                dog_id,
                INCIDENT,
                self.d.ts_in(since),
            )
        return [self._report(r) for r in rows]

    async def recent_incidents(self, user_id: int, dog_id: int | None, limit: int) -> list[Report]:
        """The newest analysed behaviour reports (one dog's, when given), newest first: the
        context a question to the coach is answered in."""
        if dog_id is None:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND kind = ? AND status = 'done' "
                "ORDER BY created_at DESC, id DESC LIMIT ?",
                user_id,
                INCIDENT,
                limit,
            )
        else:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND dog_id = ? AND kind = ? AND status = 'done' "
                "ORDER BY created_at DESC, id DESC LIMIT ?",
                user_id,
                dog_id,
                INCIDENT,
                limit,
            )
        return [self._report(r) for r in rows]

    async def pending_reports(self, limit: int = 100, after_id: int = 0) -> list[Report]:
        """Pending reports in id order; page with `after_id` (the last id of the previous page)."""
        rows = await self.all(
            "SELECT * FROM reports WHERE status = 'pending' AND id > ? ORDER BY id LIMIT ?", after_id, limit
        )
        return [self._report(r) for r in rows]
