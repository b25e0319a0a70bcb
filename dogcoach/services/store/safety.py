"""Red flags: what the safety check raised, kept for the owner's record and the hand-over summary;
and notes: what an owner told that is no report, question or answer (feedback with no plan yet)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import NoteRow, RedFlagRecord


class RedFlagQueries(SessionCore):
    def _red_flag(self, row: Row) -> RedFlagRecord:
        raised = self.d.ts_out(row["raised_at"])
        assert raised is not None
        return RedFlagRecord(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            dog_id=row["dog_id"],
            report_id=row["report_id"],
            kind=row["kind"],
            urgency=row["urgency"],
            evidence=[str(e) for e in self.d.json_out(row["evidence"]) or []],
            raised_at=raised,
        )

    async def add_red_flag(
        self,
        user_id: int,
        dog_id: int | None,
        report_id: int | None,
        kind: str,
        urgency: str,
        evidence: Sequence[str] = (),
        *,
        raised_at: datetime | None = None,
    ) -> RedFlagRecord:
        """Record one flag raised on a message (`report_id`: the report or question it was in).
        `urgency` is one of now, within_24h, soon (the table checks it)."""
        row = await self.one(
            "INSERT INTO red_flags (user_id, dog_id, report_id, kind, urgency, evidence, raised_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
            user_id,
            dog_id,
            report_id,
            kind,
            urgency,
            self.d.json_in(list(evidence)),
            self.d.ts_in(raised_at or utcnow()),
        )
        assert row is not None
        return self._red_flag(row)

    async def red_flags_since(self, dog_id: int, since: datetime) -> list[RedFlagRecord]:
        """One dog's flags raised at or after `since`, oldest first."""
        rows = await self.all(
            "SELECT * FROM red_flags WHERE dog_id = ? AND raised_at >= ? ORDER BY raised_at, id",
            dog_id,
            self.d.ts_in(since),
        )
        return [self._red_flag(r) for r in rows]

    async def user_red_flags(self, user_id: int) -> list[RedFlagRecord]:
        """Every flag raised for one user (any dog, or none), oldest first: for the data export."""
        rows = await self.all("SELECT * FROM red_flags WHERE user_id = ? ORDER BY raised_at, id", user_id)
        return [self._red_flag(r) for r in rows]


class NoteQueries(SessionCore):
    def _note(self, row: Row) -> NoteRow:
        created = self.d.ts_out(row["created_at"])
        assert created is not None
        return NoteRow(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            dog_id=row["dog_id"],
            report_id=row["report_id"],
            kind=row["kind"],
            text=row["text"],
            created_at=created,
        )

    async def add_note(
        self, user_id: int, dog_id: int | None, report_id: int | None, kind: str, text: str
    ) -> NoteRow:
        """Keep what the owner told (`kind`: `models.FEEDBACK`, the table checks it), about
        `dog_id`, beside `report_id` (the owner's newest report or question, if any)."""
        row = await self.one(
            "INSERT INTO notes (user_id, dog_id, report_id, kind, text, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING *",
            user_id,
            dog_id,
            report_id,
            kind,
            text,
            self.d.ts_in(utcnow()),
        )
        assert row is not None
        return self._note(row)

    async def list_notes(self, user_id: int) -> list[NoteRow]:
        """Every note of one user (any dog, or none), oldest first: for the flows and the export."""
        rows = await self.all("SELECT * FROM notes WHERE user_id = ? ORDER BY created_at, id", user_id)
        return [self._note(r) for r in rows]
