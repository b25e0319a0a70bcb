"""A channel's short-lived per-user state (`channel_state`, migration 11): what one replica writes
and any other reads, so several `dogcoach serve` processes can answer one bot (issue 15).

An entry is (channel, kind, key) → a JSON `value` (and optional bytes, `data`), owned by the user
`owner` (their id on the channel), alive until `expires_at`. The store gives it no meaning beyond
that; the Kakao channel keeps its "more" views, held replies, offered files and waiting callbacks
here (`channels/kakao/memory.py`). Expired entries are invisible to every read and deleted by the
periodic upkeep (`prune_channel_state`); `/delete` removes an owner's entries with the user
(`users.delete_user`).

`take_channel_state` deletes and returns in one statement: of two processes taking the same entry, exactly
one gets it (Postgres: the second DELETE waits on the row lock, then finds nothing; SQLite: one
writer). That is the claim a once-only action (a Kakao callback POST) is made under.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dogcoach.services.store.core import Row, SessionCore, utcnow

_COLUMNS = ", ".join(("kind", "key", "owner", "value", "created_at", "expires_at"))


@dataclass(frozen=True, slots=True)
class StateEntry:
    """One live entry; `data` is None unless the read asked for it (`get_channel_state`, `take_channel_state`)."""

    kind: str
    key: str
    owner: str
    value: Any
    created_at: datetime
    expires_at: datetime
    data: bytes | None = None


class ChannelStateQueries(SessionCore):
    def _entry(self, row: Row, *, with_data: bool = False) -> StateEntry:
        created = self.d.ts_out(row["created_at"])
        expires = self.d.ts_out(row["expires_at"])
        assert created is not None and expires is not None
        data = row["data"] if with_data else None
        return StateEntry(
            kind=row["kind"],
            key=row["key"],
            owner=row["owner"],
            value=self.d.json_out(row["value"]),
            created_at=created,
            expires_at=expires,
            data=bytes(data) if data is not None else None,
        )

    async def put_channel_state(
        self,
        channel: str,
        kind: str,
        key: str,
        *,
        owner: str,
        value: Any,
        ttl: timedelta,
        data: bytes | None = None,
    ) -> None:
        """Write (or replace) an entry alive for `ttl` from now."""
        now = utcnow()
        await self.execute(
            "INSERT INTO channel_state (channel, kind, key, owner, value, data, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel, kind, key) DO UPDATE SET "
            "owner = excluded.owner, value = excluded.value, data = excluded.data, "
            "created_at = excluded.created_at, expires_at = excluded.expires_at",
            channel,
            kind,
            key,
            owner,
            self.d.json_in(value),
            data,
            self.d.ts_in(now),
            self.d.ts_in(now + ttl),
        )

    async def get_channel_state(self, channel: str, kind: str, key: str) -> StateEntry | None:
        """The live entry with its `data`, or None (absent or expired)."""
        row = await self.one(
            f"SELECT {_COLUMNS}, data FROM channel_state WHERE channel = ? AND kind = ? AND key = ? "
            "AND expires_at > ?",
            channel,
            kind,
            key,
            self.d.ts_in(utcnow()),
        )
        return None if row is None else self._entry(row, with_data=True)

    async def owner_channel_state(self, channel: str, owner: str, kinds: Sequence[str]) -> list[StateEntry]:
        """An owner's live entries of these kinds, oldest first (by creation, then key), without
        `data`: one indexed read for everything a turn starts from."""
        marks = ", ".join("?" for _ in kinds)
        rows = await self.all(
            f"SELECT {_COLUMNS} FROM channel_state WHERE channel = ? AND owner = ? AND kind IN ({marks}) "
            "AND expires_at > ? ORDER BY created_at, key",
            channel,
            owner,
            *kinds,
            self.d.ts_in(utcnow()),
        )
        return [self._entry(r) for r in rows]

    async def take_channel_state(self, channel: str, kind: str, key: str) -> StateEntry | None:
        """Delete the entry and return it if it was live: the claim (see the module docstring)."""
        row = await self.one(
            f"DELETE FROM channel_state WHERE channel = ? AND kind = ? AND key = ? AND expires_at > ? "
            f"RETURNING {_COLUMNS}, data",
            channel,
            kind,
            key,
            self.d.ts_in(utcnow()),
        )
        return None if row is None else self._entry(row, with_data=True)

    async def take_owner_channel_state(self, channel: str, owner: str, kind: str) -> list[StateEntry]:
        """Delete an owner's entries of one kind; the live ones among them, oldest first."""
        now = utcnow()
        rows = await self.all(
            f"DELETE FROM channel_state WHERE channel = ? AND owner = ? AND kind = ? RETURNING {_COLUMNS}",
            channel,
            owner,
            kind,
        )
        entries = [e for e in map(self._entry, rows) if e.expires_at > now]
        return sorted(entries, key=lambda e: (e.created_at, e.key))

    async def drop_channel_state(self, channel: str, kind: str, key: str) -> bool:
        """Delete one entry; False when there was none."""
        return (
            await self.change(
                "DELETE FROM channel_state WHERE channel = ? AND kind = ? AND key = ?", channel, kind, key
            )
            > 0
        )

    async def forget_channel_owner(self, channel: str, owner: str) -> int:
        """Delete everything kept for an owner on a channel; how many entries."""
        return await self.change("DELETE FROM channel_state WHERE channel = ? AND owner = ?", channel, owner)

    async def prune_channel_state(self, now: datetime, *, limit: int) -> int:
        """Delete up to `limit` entries expired before `now`; how many (the upkeep calls this in
        batches, each its own transaction)."""
        return await self.change(
            "DELETE FROM channel_state WHERE (channel, kind, key) IN (SELECT channel, kind, key "
            "FROM channel_state WHERE expires_at <= ? LIMIT ?)",
            self.d.ts_in(now),
            limit,
            bulk=True,
        )
