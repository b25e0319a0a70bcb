"""Plans and check-ins in the store, on SQLite and PostgreSQL: one active plan per behaviour, claims
that never hand one check-in to two holders, interrupted claims settled once, answers recorded once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store, StoreSession
from dogcoach.services.store.models import PlanRow

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 10:00 in Seoul


async def _owner(s: StoreSession, key: str = "1", channel: str = Channel.TELEGRAM) -> tuple[int, int]:
    user = await s.create_user(channel, key)
    dog = await s.create_dog(user.id, {"name": "초코"})
    return user.id, dog.id


async def _plan(s: StoreSession, user_id: int, dog_id: int | None, category: str = "barking") -> PlanRow:
    return await s.start_plan(
        user_id,
        dog_id,
        category,
        "Treat quiet at the door",
        report_id=None,
        started_at=T0,
        checkin_due_at=T0 + timedelta(days=3),
    )


async def test_a_plan_starts_with_its_check_in_and_one_is_active_per_behaviour(store: Store) -> None:
    async with store.session() as s:
        user_id, dog_id = await _owner(s)
        first = await _plan(s, user_id, dog_id)
        [checkin] = await s.list_checkins(user_id)
        assert (checkin.plan_id, checkin.status, checkin.due_at) == (
            first.id,
            "pending",
            T0 + timedelta(days=3),
        )
        assert checkin.dog_id == dog_id and checkin.category == "barking"
        await _plan(s, user_id, dog_id, "pulling")  # another behaviour: its own plan
    async with store.session() as s:  # started again at once (a second replica): the active plan
        again = await _plan(s, user_id, dog_id)
        barking = [c for c in await s.list_checkins(user_id) if c.category == "barking"]
    assert again.id == first.id and len(barking) == 1  # one plan, one check-in
    async with store.session() as s:
        second = await s.start_plan(
            user_id,
            dog_id,
            "barking",
            "Rehearse the doorbell",
            report_id=None,
            started_at=T0 + timedelta(days=1),
            checkin_due_at=T0 + timedelta(days=4),
            replaces=first.id,
        )
        latest = await s.latest_plan(user_id, dog_id, "barking")
        replaced = await s.get_plan(first.id)
        checkins = await s.list_checkins(user_id, dog_id)
    assert latest is not None and latest.id == second.id
    assert replaced is not None and replaced.status == "replaced"
    assert [(c.plan_id, c.status) for c in checkins if c.category == "barking"] == [
        (first.id, "skipped"),
        (second.id, "pending"),
    ]


async def test_a_plan_without_a_dog_is_found_by_its_null_dog(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.KAKAO, "k1")
        plan = await _plan(s, user.id, None)
        found = await s.latest_plan(user.id, None, "barking")
        other = await s.latest_plan(user.id, 999, "barking")
    assert found is not None and found.id == plan.id
    assert other is None


async def test_claims_are_due_only_on_the_given_channels_and_never_twice(store: Store) -> None:
    async with store.session() as s:
        tg, tg_dog = await _owner(s, "1")
        kakao, kakao_dog = await _owner(s, "k", Channel.KAKAO)
        await _plan(s, tg, tg_dog)
        await _plan(s, kakao, kakao_dog)
    due = T0 + timedelta(days=3)
    async with store.session() as s:
        early = await s.claim_due_checkins(due - timedelta(seconds=1), "a", due, [Channel.TELEGRAM])
    assert early == []
    async with store.session() as s:
        [claimed] = await s.claim_due_checkins(due, "a", due + timedelta(minutes=2), [Channel.TELEGRAM])
    assert claimed.user.id == tg and claimed.next_step == "Treat quiet at the door"
    assert claimed.checkin.status == "sending" and claimed.checkin.attempts == 1
    assert claimed.timezone is None and claimed.opted_out is False
    async with store.session() as s:
        again = await s.claim_due_checkins(due, "b", due, [Channel.TELEGRAM, Channel.KAKAO])
        assert [t.user.id for t in again] == [kakao]
        assert not await s.settle_checkin(claimed.checkin.id, "b", "sent")  # not b's claim
        assert await s.settle_checkin(claimed.checkin.id, "a", "sent")
        assert not await s.settle_checkin(claimed.checkin.id, "a", "sent")  # settled once
        row = await s.get_checkin(claimed.checkin.id)
    assert row is not None and row.status == "sent" and row.sent_at is not None


async def test_concurrent_claimers_split_the_due_check_ins(store: Store) -> None:
    async with store.session() as s:
        for n in range(30):
            user_id, dog_id = await _owner(s, str(n))
            await _plan(s, user_id, dog_id)
    due = T0 + timedelta(days=3)

    async def claim(holder: str) -> list[int]:
        got: list[int] = []
        while True:
            async with store.session() as s:
                batch = await s.claim_due_checkins(due, holder, due, [Channel.TELEGRAM], limit=4)
            if not batch:
                return got
            got += [t.checkin.id for t in batch]

    results = await asyncio.gather(*(claim(h) for h in ("a", "b", "c")))
    every = [i for ids in results for i in ids]
    assert len(every) == 30 and len(set(every)) == 30


async def test_an_interrupted_claim_is_settled_as_sent_once_its_lease_expired(store: Store) -> None:
    async with store.session() as s:
        user_id, dog_id = await _owner(s)
        await _plan(s, user_id, dog_id)
    due = T0 + timedelta(days=3)
    lease = due + timedelta(minutes=2)
    async with store.session() as s:
        [claimed] = await s.claim_due_checkins(due, "dead", lease, [Channel.TELEGRAM])
        assert await s.settle_interrupted_checkins(lease - timedelta(seconds=1), "interrupted") == 0
        assert await s.settle_interrupted_checkins(lease + timedelta(seconds=1), "interrupted") == 1
        assert await s.claim_due_checkins(lease, "next", lease, [Channel.TELEGRAM]) == []
        row = await s.get_checkin(claimed.checkin.id)
    assert row is not None and (row.status, row.error) == ("sent", "interrupted")


async def test_quiet_hours_defer_a_claim_back_to_pending(store: Store) -> None:
    async with store.session() as s:
        user_id, dog_id = await _owner(s)
        await _plan(s, user_id, dog_id)
    due = T0 + timedelta(days=3)
    later = due + timedelta(hours=10)
    async with store.session() as s:
        [claimed] = await s.claim_due_checkins(due, "a", due, [Channel.TELEGRAM])
        assert await s.defer_checkin(claimed.checkin.id, "a", later)
        assert await s.claim_due_checkins(due + timedelta(hours=9), "a", due, [Channel.TELEGRAM]) == []
        [again] = await s.claim_due_checkins(later, "a", later, [Channel.TELEGRAM])
    assert again.checkin.id == claimed.checkin.id and again.checkin.attempts == 2


async def test_the_owners_turn_takes_a_due_check_in_once_and_answers_are_recorded_once(store: Store) -> None:
    async with store.session() as s:
        user_id, dog_id = await _owner(s, "c", Channel.CONSOLE)
        plan = await _plan(s, user_id, dog_id)
    due = T0 + timedelta(days=3)
    async with store.session() as s:
        assert await s.take_due_checkin(user_id, due - timedelta(minutes=1)) is None
        taken = await s.take_due_checkin(user_id, due)
        assert taken is not None and taken.checkin.plan_id == plan.id
        assert await s.take_due_checkin(user_id, due) is None
        [open_] = await s.open_checkins(user_id)
        assert open_.id == taken.checkin.id
        assert not await s.answer_checkin(open_.id, user_id + 1, "better", due)  # not theirs
        assert await s.answer_checkin(open_.id, user_id, "better", due)
        assert not await s.answer_checkin(open_.id, user_id, "worse", due)
        assert await s.set_checkin_note(open_.id, user_id, "덜 짖었어요")
        [answered] = await s.answered_checkins(user_id, dog_id, "barking")
        assert await s.open_checkins(user_id) == []
    assert (answered.outcome, answered.note, answered.answered_at) == ("better", "덜 짖었어요", due)


async def test_opt_out_and_time_zone_are_kept_and_exported_and_deleted(store: Store) -> None:
    async with store.session() as s:
        user_id, dog_id = await _owner(s)
        await _plan(s, user_id, dog_id)
        await s.set_checkins_opt_out(user_id, True)
        await s.set_timezone(user_id, "America/New_York")
        assert await s.checkins_opt_out(user_id) is True
        exported = await s.export_user(user_id)
    assert exported["user"]["checkins_opt_out"] is True
    assert exported["user"]["timezone"] == "America/New_York"
    assert [p["next_step"] for p in exported["plans"]] == ["Treat quiet at the door"]
    assert [c["status"] for c in exported["checkins"]] == ["pending"]
    async with store.session() as s:
        await s.delete_user(user_id)
        left = await s.one("SELECT (SELECT count(*) FROM plans) + (SELECT count(*) FROM checkins) AS n")
    assert left is not None and left["n"] == 0


async def test_the_chosen_check_in_time_is_kept_claimed_with_its_check_in_and_exported(store: Store) -> None:
    """Owner trial 28 ("알림은 저녁 8시쯤 보내주세요"): the time of day chosen, on both backends."""
    async with store.session() as s:
        user_id, dog_id = await _owner(s)
        await _plan(s, user_id, dog_id)
        assert await s.checkin_time(user_id) is None  # no preference: quiet hours alone decide
        await s.set_checkin_time(user_id, time(20, 30, 15))
        assert await s.checkin_time(user_id) == time(20, 30)
        [target] = await s.claim_due_checkins(
            T0 + timedelta(days=4), "h", T0 + timedelta(days=5), ["telegram"]
        )
        exported = await s.export_user(user_id)
    assert target.preferred == time(20, 30)
    assert exported["user"]["checkin_time"] == "20:30"
    async with store.session() as s:
        await s.set_checkin_time(user_id, None)
        assert await s.checkin_time(user_id) is None
