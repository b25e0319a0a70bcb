"""Conversation: where a user is in a flow, and the transcript of what was said."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from dogcoach.services.store.core import Row, SessionCore, iso, utcnow
from dogcoach.services.store.models import ConversationState


class ConversationQueries(SessionCore):
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

    async def add_message(self, user_id: int, direction: str, text: str | None, payload: Any) -> None:
        """One transcript line; `direction` is "in" (from the user) or "out" (to them)."""
        await self.add_messages(user_id, [(direction, text, payload)])

    async def add_messages(self, user_id: int, lines: Sequence[tuple[str, str | None, Any]]) -> list[int]:
        """Transcript lines (direction, text, payload) kept in their order, in one statement: a
        turn's inbound line and its replies cost one round trip instead of one each. Their ids,
        in that order, so that a reply completed after the commit can be written as it was shown
        (`amend_message`)."""
        if not lines:
            return []
        now = self.d.ts_in(utcnow())
        params: list[Any] = []
        for direction, text, payload in lines:
            params += (user_id, direction, text, self.d.json_in(payload), now)
        rows = await self.all(
            "INSERT INTO messages (user_id, direction, text, payload, created_at) VALUES "
            + ", ".join(["(?, ?, ?, ?, ?)"] * len(lines))
            + " RETURNING id",
            *params,
        )
        return sorted(int(r["id"]) for r in rows)  # ids grow in the order the rows were inserted

    async def amend_message(self, user_id: int, message_id: int, text: str | None, payload: Any) -> None:
        """One transcript line written again as it was finally shown: a reply completed after its
        turn's commit (a chart drawn, or left out and said so; a document attached)."""
        await self.execute(
            "UPDATE messages SET text = ?, payload = ? WHERE id = ? AND user_id = ?",
            text,
            self.d.json_in(payload),
            message_id,
            user_id,
        )

    async def last_message_at(self, user_id: int) -> datetime | None:
        """When the transcript's last line was written (a turn writes its own at its end: during a
        turn, the one before); None for none."""
        row = await self.one(
            "SELECT created_at FROM messages WHERE user_id = ? ORDER BY id DESC LIMIT 1", user_id
        )
        return self.d.ts_out(row["created_at"]) if row is not None else None

    async def list_messages(self, user_id: int) -> list[dict[str, Any]]:
        rows = await self.all("SELECT * FROM messages WHERE user_id = ? ORDER BY id", user_id)
        return [self._message(r) for r in rows]

    async def message_page(self, user_id: int, after_id: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """The next `limit` transcript lines after message id `after_id`, and the last id read
        (`after_id` when there are none): `list_messages` a page at a time."""
        rows = await self.all(
            "SELECT * FROM messages WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?",
            user_id,
            after_id,
            limit,
        )
        return [self._message(r) for r in rows], int(rows[-1]["id"]) if rows else after_id

    def _message(self, row: Row) -> dict[str, Any]:
        return {
            "direction": row["direction"],
            "text": row["text"],
            "payload": self.d.json_out(row["payload"]),
            "created_at": iso(self.d.ts_out(row["created_at"])),
        }
