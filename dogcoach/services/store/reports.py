"""Behaviour reports: the analysis lifecycle (pending -> done | failed) and the delivery claims
that make sure a finished result is shown to its owner once."""

from __future__ import annotations

from datetime import datetime

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import INCIDENT, Report


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

    async def reopen_report(self, report: Report, text: str) -> None:
        """A follow-up answer: the report grows, goes back to `pending` and its result is owed again."""
        report.text = text
        report.status = "pending"
        report.followups += 1
        report.error = None
        report.delivered_at = None
        await self.update_report(report)
        await self.execute("UPDATE reports SET delivered_at = NULL WHERE id = ?", report.id)

    async def claim_delivery(self, report_id: int) -> bool:
        """Take the right to deliver one finished result; False when a turn or a worker already has.

        One conditional UPDATE, so a worker pushing a result and the user's next turn showing it can
        never both send it.
        """
        row = await self.one(
            "UPDATE reports SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL "
            "AND status <> 'pending' RETURNING id",
            self.d.ts_in(utcnow()),
            report_id,
        )
        return row is not None

    async def release_delivery(self, report_id: int) -> None:
        """The channel could not take the result: keep it owed, for the user's next turn."""
        await self.execute("UPDATE reports SET delivered_at = NULL WHERE id = ?", report_id)

    async def claim_undelivered(self, user_id: int) -> list[Report]:
        """Every finished result the user has not seen yet, oldest first, now marked delivered."""
        rows = await self.all(
            "UPDATE reports SET delivered_at = ? WHERE user_id = ? AND delivered_at IS NULL "
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
