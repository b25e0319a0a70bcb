"""Broadcast rows as the broadcast service sees them (issue 6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dogcoach.services.store.core import Dialect, Row


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


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a spec reaches, counted before a broadcast is made (`broadcast_audience`).

    `recipients`: (channel, locale) -> users who would get a delivery row, locale as
    `resolve_locale` picks it. `left_out`: why the others in the spec's channel and locale get
    nothing -> how many (`opted_out`: /tips off; `blocked`: blocked the bot).
    """

    recipients: dict[tuple[str, str], int]
    left_out: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.recipients.values())


@dataclass(slots=True)
class Broadcast:
    """One broadcast with its exact counters (kept on the row, so they outlive compaction)."""

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
    # Version 4: when its delivery rows were folded into counts (None = still one row per recipient).
    compacted_at: datetime | None = None
    # Version 5: when the last batch of its delivery rows was written (None = still being written;
    # nothing is sent before), and the admin API's `Idempotency-Key` that created it.
    filled_at: datetime | None = None
    request_key: str | None = None

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


def broadcast_from_row(row: Row, d: Dialect) -> Broadcast:
    created = d.ts_out(row["created_at"])
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
        started_at=d.ts_out(row["started_at"]),
        finished_at=d.ts_out(row["finished_at"]),
        compacted_at=d.ts_out(row["compacted_at"]),
        filled_at=d.ts_out(row["filled_at"]),
        request_key=row["request_key"],
    )
