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
        report.updated_at = utcnow()
        await self.execute(
            "UPDATE reports SET text = ?, language = ?, status = ?, analysis = ?, model = ?, "
            "prompt_tokens = ?, eval_tokens = ?, latency_ms = ?, attempts = ?, error = ?, updated_at = ? "
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
            report.id,
        )

    async def pending_reports(self, limit: int = 100) -> list[Report]:
        rows = await self.all("SELECT * FROM reports WHERE status = 'pending' ORDER BY id LIMIT ?", limit)
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
        }


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
