"""Bounded growth on both backends: old update ids pruned, finished broadcasts' delivery rows folded
into counts, with the broadcast report reading the same before and after."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dogcoach.services.broadcast import BroadcastService
from dogcoach.services.broadcast.outcome import SKIP_KAKAO_OFF
from dogcoach.services.broadcast.report import report_text
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, StoreSession
from dogcoach.services.store.base import Broadcast, BroadcastSpec, utcnow

OWNER = "test-owner"


async def filled(s: StoreSession, spec: BroadcastSpec, locale: str) -> Broadcast:
    """A broadcast with its deliveries written, in this session."""
    broadcast = await s.create_broadcast(spec, created_by=OWNER)
    assert broadcast is not None
    position: int | None = 0
    while position is not None:
        position = await s.fill_broadcast(broadcast, locale, after_user_id=position, limit=3)
    done = await s.get_broadcast(broadcast.id)
    assert done is not None and done.filled_at is not None
    return done


@pytest.fixture
async def bstore(store: Store) -> Store:
    """The store without broadcasts left by earlier tests (Postgres keeps them between tests)."""
    async with store.session() as s:
        await s.execute("DELETE FROM broadcasts")
    return store


async def age_updates(store: Store, channel: str, ids: list[str], days: int) -> None:
    async with store.session() as s:
        for update_id in ids:
            await s.execute(
                "UPDATE processed_updates SET created_at = ? WHERE channel = ? AND update_id = ?",
                s.d.ts_in(utcnow() - timedelta(days=days)),
                channel,
                update_id,
            )


async def test_prune_forgets_only_old_update_ids_in_batches(store: Store) -> None:
    old = [f"old-{i}" for i in range(7)]
    recent = [f"new-{i}" for i in range(3)]
    async with store.session() as s:
        for update_id in old + recent:
            assert await s.claim_update("telegram", update_id)
    await age_updates(store, "telegram", old, days=8)
    await age_updates(store, "telegram", recent[:1], days=6)

    assert await store.prune_processed_updates(timedelta(days=7), batch=3) == len(old)
    assert await store.prune_processed_updates(timedelta(days=7), batch=3) == 0
    async with store.session() as s:
        # Forgotten ids count as new again; kept ones are still recognised as re-deliveries.
        assert await s.claim_update("telegram", old[0]) is True
        for update_id in recent:
            assert await s.claim_update("telegram", update_id) is False


async def finished_broadcast(store: Store) -> int:
    """A finished broadcast to 9 users: 3 sent, 2 blocked, 2 failed for two reasons, 2 skipped."""
    async with store.session() as s:
        users = [await s.create_user("telegram", str(100 + i), locale_hint="ko") for i in range(7)]
        kakao = [await s.create_user("kakao", f"k{i}") for i in range(2)]
        broadcast = await filled(s, BroadcastSpec("text", text_ko="안녕하세요", text_en="Hello"), "ko")
        assert await s.acquire_broadcast(broadcast.id, OWNER, utcnow() + timedelta(minutes=1))
    bid = broadcast.id
    outcomes = ["sent"] * 3 + ["blocked"] * 2 + ["failed", "failed"]
    errors = [None] * 5 + ["telegram: chat not found", "telegram: bad request"]
    async with store.session() as s:
        assert await s.claim_broadcast_deliveries(bid, [u.id for u in users]) == {u.id for u in users}
        for user, status, error in zip(users, outcomes, errors, strict=True):
            assert await s.settle_broadcast_delivery(bid, user.id, status, error)
        assert await s.skip_broadcast_deliveries(bid, "kakao", SKIP_KAKAO_OFF) == len(kakao)
        assert await s.finish_broadcast(bid, OWNER) is not None
    return bid


async def make_old(store: Store, broadcast_id: int, days: int) -> None:
    async with store.session() as s:
        await s.execute(
            "UPDATE broadcasts SET finished_at = ? WHERE id = ?",
            s.d.ts_in(utcnow() - timedelta(days=days)),
            broadcast_id,
        )


async def test_compaction_keeps_the_report_and_drops_the_rows(bstore: Store, messages: Messages) -> None:
    bid = await finished_broadcast(bstore)
    await make_old(bstore, bid, days=31)
    service = BroadcastService(bstore, messages)
    before = await service.report(bid)
    assert before is not None
    assert (before.broadcast.sent, before.broadcast.blocked, before.broadcast.failed) == (3, 2, 2)
    assert before.skipped_reasons == {SKIP_KAKAO_OFF: 2}

    assert await bstore.compact_deliveries(timedelta(days=30), batch=2) == 1

    after = await service.report(bid)
    assert after is not None
    assert after.as_dict() == before.as_dict()
    assert (after.skipped_reasons, after.failure_reasons) == (before.skipped_reasons, before.failure_reasons)
    assert report_text(messages, "ko", after) == report_text(messages, "ko", before)
    async with bstore.session() as s:
        assert await s.list_broadcast_deliveries(bid) == []
        broadcast = await s.get_broadcast(bid)
        assert broadcast is not None
        assert broadcast.compacted_at is not None
    # Once compacted, nothing is folded twice.
    assert await bstore.compact_deliveries(timedelta(days=30)) == 0
    assert await service.report(bid) == after


async def test_compaction_leaves_recent_running_and_in_flight_broadcasts(bstore: Store) -> None:
    recent = await finished_broadcast(bstore)
    await make_old(bstore, recent, days=29)
    async with bstore.session() as s:
        user = await s.create_user("telegram", "900")
        running = await filled(s, BroadcastSpec("text", text_en="Hi"), "en")
        cancelled = await filled(s, BroadcastSpec("text", text_en="Hi"), "en")
        assert await s.acquire_broadcast(cancelled.id, OWNER, utcnow() + timedelta(minutes=1))
        assert await s.claim_broadcast_deliveries(cancelled.id, [user.id]) == {user.id}
        assert await s.cancel_broadcast(cancelled.id, "cancelled") is not None
    for bid in (running.id, cancelled.id):
        await make_old(bstore, bid, days=60)

    assert await bstore.compact_deliveries(timedelta(days=30)) == 0
    async with bstore.session() as s:
        assert len(await s.list_broadcast_deliveries(recent)) == 9
        assert len(await s.list_broadcast_deliveries(running.id)) == running.total == 8  # 2 blocked
        # The cancelled broadcast's claimed delivery settles after the cancel; then it may go.
        assert await s.settle_broadcast_delivery(cancelled.id, user.id, "sent")
    assert await bstore.compact_deliveries(timedelta(days=30)) == 1


async def test_export_after_compaction_has_no_delivery_rows_left(bstore: Store) -> None:
    bid = await finished_broadcast(bstore)
    async with bstore.session() as s:
        user = await s.get_user("telegram", "100")
        assert user is not None
        assert [b["broadcast_id"] for b in (await s.export_user(user.id))["broadcasts"]] == [bid]
    await make_old(bstore, bid, days=31)
    assert await bstore.compact_deliveries(timedelta(days=30)) == 1
    async with bstore.session() as s:
        assert (await s.export_user(user.id))["broadcasts"] == []
