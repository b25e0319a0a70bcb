"""Users: one row per (channel, external id), their language, block mark and tip opt-out."""

from __future__ import annotations

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import ConversationState, User, Visit


class UserQueries(SessionCore):
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

    async def lock_user(self, user_id: int) -> User | None:
        """`get_user_by_id`, with the user's row locked to the end of the transaction (PostgreSQL
        `FOR UPDATE`; SQLite's one writer needs none). A transaction that will write a user's row
        and their reports takes the user's first, in the order a turn takes them (`visit`, then
        the reports): a push that claimed a report and then marked the user (`tell_zone_once`)
        deadlocked with that owner's turn on another replica (stop 50 CI, `test_replicas`)."""
        lock = " FOR UPDATE" if self.d.name == "postgres" else ""
        row = await self.one(f"SELECT * FROM users WHERE id = ?{lock}", user_id)
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

    async def visit(
        self, channel: str, external_id: str, *, locale_hint: str | None, name: str | None
    ) -> Visit | None:
        """A known user's turn begins: `touch_user`, and what `get_user`, `get_state` and an
        empty `claim_undelivered` would read, in one statement instead of four (a turn's
        statements are most of its store time: benchmarks/telegram_webhook.py). The user comes
        back as now stored (last seen now, not blocked). None for an unknown user: nothing
        changed."""
        row = await self.one(
            "UPDATE users SET last_seen_at = ?, locale_hint = COALESCE(?, locale_hint), "
            "name = COALESCE(?, name), blocked_at = NULL WHERE channel = ? AND external_id = ? "
            "RETURNING *, "
            "(SELECT flow FROM conversation_state WHERE user_id = users.id) AS state_flow, "
            "(SELECT step FROM conversation_state WHERE user_id = users.id) AS state_step, "
            "(SELECT data FROM conversation_state WHERE user_id = users.id) AS state_data, "
            "EXISTS (SELECT 1 FROM reports WHERE reports.user_id = users.id "
            "AND delivered_at IS NULL AND status <> 'pending') AS undelivered",
            self.d.ts_in(utcnow()),
            locale_hint,
            name,
            channel,
            external_id,
        )
        if row is None:
            return None
        state = ConversationState(
            row["state_flow"], row["state_step"], dict(self.d.json_out(row["state_data"]) or {})
        )
        return Visit(self._user(row), state, self.d.bool_out(row["undelivered"]))

    async def mark_blocked(self, user_id: int) -> None:
        """The platform refused delivery because the user blocked the bot (cleared when they write)."""
        await self.execute(
            "UPDATE users SET blocked_at = ? WHERE id = ? AND blocked_at IS NULL",
            self.d.ts_in(utcnow()),
            user_id,
        )

    async def set_locale(self, user_id: int, locale: str | None) -> None:
        await self.execute("UPDATE users SET locale = ? WHERE id = ?", locale, user_id)

    async def language_offered(self, user_id: int) -> str | None:
        """The language the owner was last offered to switch to (`users.language_offered`, stop
        58); None when never: offered once, not again until the owner's language changes."""
        row = await self.one("SELECT language_offered FROM users WHERE id = ?", user_id)
        return str(row["language_offered"]) if row is not None and row["language_offered"] else None

    async def set_language_offered(self, user_id: int, locale: str) -> None:
        await self.execute("UPDATE users SET language_offered = ? WHERE id = ?", locale, user_id)

    async def set_active_dog(self, user_id: int, dog_id: int | None) -> None:
        await self.execute("UPDATE users SET active_dog_id = ? WHERE id = ?", dog_id, user_id)

    async def set_tips_opt_out(self, user_id: int, opt_out: bool) -> None:
        await self.execute("UPDATE users SET tips_opt_out = ? WHERE id = ?", opt_out, user_id)

    async def tips_opt_out(self, user_id: int) -> bool:
        row = await self.one("SELECT tips_opt_out FROM users WHERE id = ?", user_id)
        return bool(row and self.d.bool_out(row["tips_opt_out"]))

    async def delete_user(self, user_id: int) -> None:
        """Erase the user and, by cascade, everything stored about them (every foreign key it
        walks is indexed, so this stays proportional to what the user owns). The channel's state
        kept under the user's channel id (`channel_state`: views, held replies, download links)
        goes in the same transaction."""
        await self.execute(
            "DELETE FROM channel_state WHERE (channel, owner) IN "
            "(SELECT channel, external_id FROM users WHERE id = ?)",
            user_id,
        )
        await self.execute("UPDATE users SET active_dog_id = NULL WHERE id = ?", user_id)
        await self.execute("DELETE FROM users WHERE id = ?", user_id, bulk=True)
