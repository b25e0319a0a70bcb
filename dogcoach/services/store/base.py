"""The store: one interface, two backends (SQLite and Postgres) sharing the same SQL.

A turn runs in one `StoreSession` = one transaction, so a turn's state change and its transcript
land together or not at all. Queries are written once with `?` placeholders; a small `Dialect`
object adapts placeholders, JSON, booleans and timestamps per backend.
"""

from __future__ import annotations

import abc
import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dogcoach.services.store.models import (
    DOG_TYPED_FIELDS,
    ConversationState,
    Dog,
    Report,
    User,
)

Row = Mapping[str, Any]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Dialect(abc.ABC):
    """What differs between backends, beyond the connection itself."""

    name: str

    @abc.abstractmethod
    def sql(self, query: str) -> str: ...

    @abc.abstractmethod
    def json_in(self, value: Any) -> Any: ...

    @abc.abstractmethod
    def json_out(self, value: Any) -> Any: ...

    @abc.abstractmethod
    def ts_in(self, value: datetime | None) -> Any: ...

    @abc.abstractmethod
    def ts_out(self, value: Any) -> datetime | None: ...

    def bool_out(self, value: Any) -> bool:
        return bool(value)


class StoreSession(abc.ABC):
    """All queries of the product, written once. Backends supply `_run` and a dialect."""

    def __init__(self, dialect: Dialect) -> None:
        self.d = dialect

    @abc.abstractmethod
    async def _run(self, query: str, params: Sequence[Any], fetch: str) -> Any:
        """Execute; `fetch` is "none", "one" or "all"."""

    async def execute(self, query: str, *params: Any) -> None:
        await self._run(self.d.sql(query), params, "none")

    async def one(self, query: str, *params: Any) -> Row | None:
        row: Row | None = await self._run(self.d.sql(query), params, "one")
        return row

    async def all(self, query: str, *params: Any) -> list[Row]:
        rows: list[Row] = await self._run(self.d.sql(query), params, "all")
        return rows

    # -- users -------------------------------------------------------------------------------

    def _user(self, row: Row) -> User:
        created = self.d.ts_out(row["created_at"])
        seen = self.d.ts_out(row["last_seen_at"])
        assert created is not None and seen is not None
        return User(
            id=int(row["id"]),
            channel=row["channel"],
            external_id=row["external_id"],
            locale=row["locale"],
            locale_hint=row["locale_hint"],
            name=row["name"],
            is_admin=self.d.bool_out(row["is_admin"]),
            active_dog_id=row["active_dog_id"],
            blocked_at=self.d.ts_out(row["blocked_at"]),
            created_at=created,
            last_seen_at=seen,
        )

    async def get_user(self, channel: str, external_id: str) -> User | None:
        row = await self.one(
            "SELECT * FROM users WHERE channel = ? AND external_id = ?", channel, external_id
        )
        return self._user(row) if row else None

    async def get_user_by_id(self, user_id: int) -> User | None:
        row = await self.one("SELECT * FROM users WHERE id = ?", user_id)
        return self._user(row) if row else None

    async def create_user(
        self, channel: str, external_id: str, *, locale_hint: str | None = None, name: str | None = None
    ) -> User:
        now = self.d.ts_in(utcnow())
        row = await self.one(
            "INSERT INTO users (channel, external_id, locale_hint, name, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, external_id) DO UPDATE SET last_seen_at = excluded.last_seen_at "
            "RETURNING *",
            channel,
            external_id,
            locale_hint,
            name,
            now,
            now,
        )
        assert row is not None
        return self._user(row)

    async def touch_user(self, user: User, *, locale_hint: str | None, name: str | None) -> None:
        """Record a visit: last seen, the current platform hint, and unblock (they wrote again)."""
        await self.execute(
            "UPDATE users SET last_seen_at = ?, locale_hint = COALESCE(?, locale_hint), "
            "name = COALESCE(?, name), blocked_at = NULL WHERE id = ?",
            self.d.ts_in(utcnow()),
            locale_hint,
            name,
            user.id,
        )

    async def mark_blocked(self, user_id: int) -> None:
        """The platform refused delivery because the user blocked the bot (cleared when they write)."""
        await self.execute(
            "UPDATE users SET blocked_at = ? WHERE id = ? AND blocked_at IS NULL",
            self.d.ts_in(utcnow()),
            user_id,
        )

    async def set_locale(self, user_id: int, locale: str | None) -> None:
        await self.execute("UPDATE users SET locale = ? WHERE id = ?", locale, user_id)

    async def set_active_dog(self, user_id: int, dog_id: int | None) -> None:
        await self.execute("UPDATE users SET active_dog_id = ? WHERE id = ?", dog_id, user_id)

    async def delete_user(self, user_id: int) -> None:
        """Erase the user and, by cascade, everything stored about them."""
        await self.execute("UPDATE users SET active_dog_id = NULL WHERE id = ?", user_id)
        await self.execute("DELETE FROM users WHERE id = ?", user_id)

    # -- dogs --------------------------------------------------------------------------------

    def _dog(self, row: Row) -> Dog:
        answers: dict[str, Any] = dict(self.d.json_out(row["profile"]) or {})
        for key in DOG_TYPED_FIELDS:
            if row[key] is not None:
                answers[key] = row[key]
        created = self.d.ts_out(row["created_at"])
        updated = self.d.ts_out(row["updated_at"])
        assert created is not None and updated is not None
        return Dog(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            answers=answers,
            completed_at=self.d.ts_out(row["completed_at"]),
            created_at=created,
            updated_at=updated,
        )

    async def create_dog(self, user_id: int, answers: dict[str, Any]) -> Dog:
        now = self.d.ts_in(utcnow())
        typed = [answers.get(k) for k in DOG_TYPED_FIELDS]
        rest = {k: v for k, v in answers.items() if k not in DOG_TYPED_FIELDS}
        row = await self.one(
            "INSERT INTO dogs (user_id, name, age_months, sex, breed, size, profile, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
            user_id,
            *typed,
            self.d.json_in(rest),
            now,
            now,
        )
        assert row is not None
        return self._dog(row)

    async def save_dog(self, dog: Dog) -> None:
        typed = [dog.answers.get(k) for k in DOG_TYPED_FIELDS]
        rest = {k: v for k, v in dog.answers.items() if k not in DOG_TYPED_FIELDS}
        dog.updated_at = utcnow()
        await self.execute(
            "UPDATE dogs SET name = ?, age_months = ?, sex = ?, breed = ?, size = ?, profile = ?, "
            "completed_at = ?, updated_at = ? WHERE id = ?",
            *typed,
            self.d.json_in(rest),
            self.d.ts_in(dog.completed_at),
            self.d.ts_in(dog.updated_at),
            dog.id,
        )

    async def get_dog(self, dog_id: int) -> Dog | None:
        row = await self.one("SELECT * FROM dogs WHERE id = ?", dog_id)
        return self._dog(row) if row else None

    async def list_dogs(self, user_id: int) -> list[Dog]:
        rows = await self.all("SELECT * FROM dogs WHERE user_id = ? ORDER BY id", user_id)
        return [self._dog(r) for r in rows]

    async def delete_dog(self, dog_id: int) -> None:
        """Erase one dog and the reports about it (the user and the transcript stay); a user
        whose active dog it was has none afterwards."""
        await self.execute("UPDATE users SET active_dog_id = NULL WHERE active_dog_id = ?", dog_id)
        await self.execute("DELETE FROM reports WHERE dog_id = ?", dog_id)
        await self.execute("DELETE FROM dogs WHERE id = ?", dog_id)

    # -- conversation state ------------------------------------------------------------------

    async def get_state(self, user_id: int) -> ConversationState:
        row = await self.one("SELECT flow, step, data FROM conversation_state WHERE user_id = ?", user_id)
        if row is None:
            return ConversationState()
        return ConversationState(row["flow"], row["step"], dict(self.d.json_out(row["data"]) or {}))

    async def save_state(self, user_id: int, state: ConversationState) -> None:
        await self.execute(
            "INSERT INTO conversation_state (user_id, flow, step, data, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET flow = excluded.flow, step = excluded.step, "
            "data = excluded.data, updated_at = excluded.updated_at",
            user_id,
            state.flow,
            state.step,
            self.d.json_in(state.data),
            self.d.ts_in(utcnow()),
        )

    # -- transcript --------------------------------------------------------------------------

    async def add_message(self, user_id: int, direction: str, text: str | None, payload: Any) -> None:
        await self.execute(
            "INSERT INTO messages (user_id, direction, text, payload, created_at) VALUES (?, ?, ?, ?, ?)",
            user_id,
            direction,
            text,
            self.d.json_in(payload),
            self.d.ts_in(utcnow()),
        )

    async def list_messages(self, user_id: int) -> list[dict[str, Any]]:
        rows = await self.all("SELECT * FROM messages WHERE user_id = ? ORDER BY id", user_id)
        return [
            {
                "direction": r["direction"],
                "text": r["text"],
                "payload": self.d.json_out(r["payload"]),
                "created_at": _iso(self.d.ts_out(r["created_at"])),
            }
            for r in rows
        ]

    # -- reports -----------------------------------------------------------------------------

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
        )

    async def add_report(self, user_id: int, dog_id: int | None, text: str, language: str) -> Report:
        now = self.d.ts_in(utcnow())
        row = await self.one(
            "INSERT INTO reports (user_id, dog_id, text, language, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?) RETURNING *",
            user_id,
            dog_id,
            text,
            language,
            now,
            now,
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
        """The user's reports (one dog's, when given) created at or after `since`, oldest first."""
        if dog_id is None:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND created_at >= ? ORDER BY created_at, id",
                user_id,
                self.d.ts_in(since),
            )
        else:
            rows = await self.all(
                "SELECT * FROM reports WHERE user_id = ? AND dog_id = ? AND created_at >= ? "
                "ORDER BY created_at, id",
                user_id,
                dog_id,
                self.d.ts_in(since),
            )
        return [self._report(r) for r in rows]

    async def pending_reports(self, limit: int = 100, after_id: int = 0) -> list[Report]:
        """Pending reports in id order; page with `after_id` (the last id of the previous page)."""
        rows = await self.all(
            "SELECT * FROM reports WHERE status = 'pending' AND id > ? ORDER BY id LIMIT ?", after_id, limit
        )
        return [self._report(r) for r in rows]

    # -- de-duplication ----------------------------------------------------------------------

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

    async def prune_updates(self, older_than: datetime) -> None:
        await self.execute("DELETE FROM processed_updates WHERE created_at < ?", self.d.ts_in(older_than))

    # -- privacy -----------------------------------------------------------------------------

    async def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about one user, as plain JSON-ready data."""
        user = await self.get_user_by_id(user_id)
        if user is None:
            return {}
        state = await self.get_state(user_id)
        reports = await self.list_reports(user_id, limit=1_000_000)
        return {
            "user": {
                "channel": user.channel,
                "external_id": user.external_id,
                "name": user.name,
                "locale": user.locale,
                "locale_hint": user.locale_hint,
                "active_dog_id": user.active_dog_id,
                "blocked_at": _iso(user.blocked_at),
                "created_at": _iso(user.created_at),
                "last_seen_at": _iso(user.last_seen_at),
                "tips_opt_out": await self.tips_opt_out(user_id),
            },
            "dogs": [
                {
                    "id": d.id,
                    "answers": d.answers,
                    "completed_at": _iso(d.completed_at),
                    "created_at": _iso(d.created_at),
                }
                for d in await self.list_dogs(user_id)
            ],
            "conversation_state": {"flow": state.flow, "step": state.step, "data": state.data},
            "reports": [
                {
                    "id": r.id,
                    "dog_id": r.dog_id,
                    "text": r.text,
                    "language": r.language,
                    "status": r.status,
                    "analysis": r.analysis,
                    "created_at": _iso(r.created_at),
                }
                for r in reversed(reports)
            ],
            "messages": await self.list_messages(user_id),
            "broadcasts": await self.user_broadcast_deliveries(user_id),
        }

    # == broadcasts (issue 6) =====================================================================
    # An admin broadcast is one `broadcasts` row plus one `deliveries` row per recipient, written in
    # one transaction before anything is sent. The sender claims a delivery (pending -> sending,
    # committed) right before the API call and settles it right after; the counters on the
    # broadcast row change in the same transaction as the delivery, so they are always exact.

    def _broadcast(self, row: Row) -> Broadcast:
        created = self.d.ts_out(row["created_at"])
        assert created is not None
        return Broadcast(
            id=int(row["id"]),
            kind=row["kind"],
            tip_key=row["tip_key"],
            text_ko=row["text_ko"],
            text_en=row["text_en"],
            channel=row["channel"],
            locale=row["locale"],
            status=row["status"],
            total=int(row["total"]),
            sent=int(row["sent"]),
            blocked=int(row["blocked"]),
            failed=int(row["failed"]),
            skipped=int(row["skipped"]),
            created_by=row["created_by"],
            daily_key=row["daily_key"],
            created_at=created,
            started_at=self.d.ts_out(row["started_at"]),
            finished_at=self.d.ts_out(row["finished_at"]),
        )

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
        return self._broadcast(done)

    async def get_broadcast(self, broadcast_id: int) -> Broadcast | None:
        row = await self.one("SELECT * FROM broadcasts WHERE id = ?", broadcast_id)
        return self._broadcast(row) if row else None

    async def list_broadcasts(self, *, unfinished: bool = False, limit: int = 20) -> list[Broadcast]:
        """Newest first; `unfinished` = still pending or running (what a restart resumes)."""
        if unfinished:
            rows = await self.all(
                "SELECT * FROM broadcasts WHERE status IN ('pending', 'running') ORDER BY id LIMIT ?", limit
            )
        else:
            rows = await self.all("SELECT * FROM broadcasts ORDER BY id DESC LIMIT ?", limit)
        return [self._broadcast(r) for r in rows]

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
        return self._broadcast(row) if row else None

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
        return self._broadcast(row)

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

    async def broadcast_outcomes(self, broadcast_id: int) -> dict[tuple[str, str | None], int]:
        """(status, error) -> count for the settled deliveries that carry a reason (the report's
        "skipped: Kakao not configured" and the errors behind failures)."""
        rows = await self.all(
            "SELECT status, error, count(*) AS n FROM deliveries WHERE broadcast_id = ? "
            "AND status IN ('failed', 'skipped') GROUP BY status, error",
            broadcast_id,
        )
        return {(r["status"], r["error"]): int(r["n"]) for r in rows}

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
                "sent_at": _iso(self.d.ts_out(r["sent_at"])),
            }
            for r in rows
        ]

    async def set_tips_opt_out(self, user_id: int, opt_out: bool) -> None:
        await self.execute("UPDATE users SET tips_opt_out = ? WHERE id = ?", opt_out, user_id)

    async def tips_opt_out(self, user_id: int) -> bool:
        row = await self.one("SELECT tips_opt_out FROM users WHERE id = ?", user_id)
        return bool(row and self.d.bool_out(row["tips_opt_out"]))

    # == end of broadcasts ========================================================================


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


class Store(abc.ABC):
    """A backend: hands out sessions and applies migrations."""

    dialect: Dialect

    @abc.abstractmethod
    def session(self) -> AbstractAsyncContextManager[StoreSession]:
        """One transaction: committed when the block ends, rolled back on an exception."""

    @abc.abstractmethod
    async def open(self) -> None: ...

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def applied_migrations(self) -> list[int]: ...

    @abc.abstractmethod
    async def migrate(self) -> list[int]:
        """Apply pending migrations; the versions applied now."""

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


# == broadcasts (issue 6): rows as the broadcast service sees them ===================================

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
# Settled delivery status -> the broadcast's counter column (a fixed whitelist, never user input).
_SETTLED_COUNTERS = {"sent": "sent", "blocked": "blocked", "failed": "failed", "skipped": "skipped"}


@dataclass(frozen=True, slots=True)
class BroadcastSpec:
    """What to send and to whom: a catalogue tip, or an admin's text in ko and/or en; optionally
    only one channel (`telegram`, `kakao`) or one locale (`ko`, `en`)."""

    kind: str
    tip_key: str | None = None
    text_ko: str | None = None
    text_en: str | None = None
    channel: str | None = None
    locale: str | None = None


@dataclass(slots=True)
class Broadcast:
    id: int
    kind: str
    tip_key: str | None
    text_ko: str | None
    text_en: str | None
    channel: str | None
    locale: str | None
    status: str
    total: int
    sent: int
    blocked: int
    failed: int
    skipped: int
    created_by: str
    daily_key: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def spec(self) -> BroadcastSpec:
        return BroadcastSpec(self.kind, self.tip_key, self.text_ko, self.text_en, self.channel, self.locale)

    @property
    def settled(self) -> int:
        return self.sent + self.blocked + self.failed + self.skipped


@dataclass(frozen=True, slots=True)
class DeliveryTarget:
    """One recipient of one broadcast, with what the sender needs to reach them."""

    broadcast_id: int
    user_id: int
    channel: str
    external_id: str
    locale: str
    attempts: int
