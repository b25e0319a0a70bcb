"""Bounded growth: old update ids pruned, finished broadcasts' delivery rows compacted and expired
channel state deleted, in small transactions so turns run in between (call periodically, e.g.
hourly)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING

from dogcoach.services.store.core import utcnow

if TYPE_CHECKING:
    from dogcoach.services.store.facade import Store

# Telegram re-delivers an unacknowledged update for 24 hours and Kakao does not re-deliver at all,
# so an update id older than a week can never come back.
UPDATE_ID_RETENTION = timedelta(days=7)
# How long a finished broadcast keeps one row per recipient (for exports and support questions).
DELIVERY_RETENTION = timedelta(days=30)
BATCH = 5_000


async def prune_processed_updates(
    store: Store, older_than: timedelta = UPDATE_ID_RETENTION, *, batch: int = BATCH
) -> int:
    """Delete update ids first seen more than `older_than` ago; how many were deleted."""
    cutoff = utcnow() - older_than
    total = 0
    while True:
        async with store.session() as s:
            n = await s.prune_updates(cutoff, limit=batch)
        total += n
        if n < batch:
            return total
        await asyncio.sleep(0)


async def compact_deliveries(
    store: Store, older_than: timedelta = DELIVERY_RETENTION, *, batch: int = BATCH
) -> int:
    """Fold the delivery rows of broadcasts finished more than `older_than` ago into counts; how
    many broadcasts were compacted. Counters and `broadcast_outcomes()` read the same afterwards."""
    cutoff = utcnow() - older_than
    async with store.session() as s:
        candidates = await s.compactable_broadcasts(cutoff)
    compacted = 0
    for broadcast_id in candidates:
        while True:
            async with store.session() as s:
                n = await s.drop_sent_deliveries(broadcast_id, batch)
            if n < batch:
                break
            await asyncio.sleep(0)
        async with store.session() as s:
            compacted += await s.fold_deliveries(broadcast_id, cutoff)
    return compacted


async def prune_channel_state(store: Store, *, batch: int = BATCH) -> int:
    """Delete channel state past its `expires_at` (reads ignore it already; this bounds the table,
    which holds download files' bytes); how many entries."""
    now = utcnow()
    total = 0
    while True:
        async with store.session() as s:
            n = await s.prune_channel_state(now, limit=batch)
        total += n
        if n < batch:
            return total
        await asyncio.sleep(0)
