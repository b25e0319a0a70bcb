"""Leases in the store, on SQLite and PostgreSQL: a pending report is held by one process at a
time and taken over once its holder's lease expired; a result whose push was cut off by a dead
process is owed again; a named lease (the schedules) has one holder at a time."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store, StoreSession
from dogcoach.services.store.core import utcnow

LEASE = timedelta(seconds=60)
GRACE = timedelta(seconds=30)


async def _reports(s: StoreSession, n: int, key: str = "1") -> list[int]:
    user = await s.create_user(Channel.TELEGRAM, key)
    return [(await s.add_report(user.id, None, f"report {i}", "en")).id for i in range(n)]


async def _lease(store: Store, report_id: int) -> tuple[str | None, str]:
    async with store.session() as s:
        row = await s.one("SELECT lease_owner, status FROM reports WHERE id = ?", report_id)
    assert row is not None
    return row["lease_owner"], row["status"]


async def test_a_claimed_report_is_held_by_one_process_until_its_lease_expires(store: Store) -> None:
    now = utcnow()
    async with store.session() as s:
        ids = await _reports(s, 3)
        assert await s.claim_reports(ids[:2], "a", now + LEASE, now) == ids[:2]
    async with store.session() as s:
        assert await s.claim_reports(ids, "b", now + LEASE, now) == ids[2:]  # a's are not b's
        assert await s.claim_report(ids[0], "b", now + LEASE, now) is None
        assert await s.claim_reports(ids[:1], "a", now + LEASE, now) == ids[:1]  # renewing is claiming
        # Nothing is sweepable while the leases run and the unclaimed are younger than the grace.
        assert await s.sweep_reports("c", now + LEASE, now, now - GRACE) == []
    later = now + LEASE + timedelta(seconds=1)  # a died: its leases expired
    async with store.session() as s:
        taken = await s.sweep_reports("c", later + LEASE, later, later - GRACE)
        assert [r.id for r in taken] == ids  # b's lease ran out at the same time
    async with store.session() as s:
        report = await s.get_report(ids[0])
        assert report is not None
        report.status, report.analysis = "done", {"category": "barking"}
        assert not await s.settle_report(report, "a")  # a lost it: its result does not count
        assert await s.settle_report(report, "c")
        assert await s.claim_report(ids[0], "a", later + LEASE, later) is None  # done: nobody's
    assert await _lease(store, ids[0]) == ("c", "done")  # held on for its push
    assert await _lease(store, ids[1]) == ("c", "pending")


async def test_the_sweep_waits_a_grace_for_unclaimed_reports_and_hands_each_to_one(store: Store) -> None:
    async with store.session() as s:
        ids = await _reports(s, 40)
    now = utcnow()
    async with store.session() as s:  # the submitting process may still claim them
        assert await s.sweep_reports("x", now + LEASE, now, now - GRACE) == []
    later = now + GRACE + timedelta(seconds=1)  # it died before it claimed them

    async def sweep(holder: str) -> list[int]:
        got: list[int] = []
        while True:
            async with store.session() as s:
                batch = await s.sweep_reports(holder, later + LEASE, later, later - GRACE, limit=7)
            if not batch:
                return got
            got += [r.id for r in batch]
            await asyncio.sleep(0)

    first, second = await asyncio.gather(sweep("a"), sweep("b"))
    assert not set(first) & set(second)
    assert sorted(first + second) == ids


async def test_renewal_reports_lost_leases_and_a_graceful_stop_frees_reports_at_once(store: Store) -> None:
    now = utcnow()
    async with store.session() as s:
        ids = await _reports(s, 3)
        await s.claim_reports(ids, "a", now + timedelta(seconds=1), now)
    later = now + timedelta(seconds=2)
    async with store.session() as s:  # b takes one over while a could not renew
        await s.claim_reports(ids[:1], "b", later + LEASE, later)
        assert await s.renew_report_leases("a", later + LEASE) == ids[1:]
        assert await s.release_report_leases("a") == 2
    async with store.session() as s:  # released: free now, no grace to wait
        taken = await s.sweep_reports("c", utcnow() + LEASE, utcnow(), utcnow() - GRACE)
    assert [r.id for r in taken] == ids[1:]


async def test_sqlite_takes_over_every_lease_at_start(store: Store) -> None:
    now = utcnow()
    async with store.session() as s:
        ids = await _reports(s, 3)
        await s.claim_reports(ids[:2], "dead", now + LEASE, now)  # the third: never claimed
        assert await s.take_over_reports(now) == 3
        taken = await s.sweep_reports("new", now + LEASE, now, now - GRACE)
    assert [r.id for r in taken] == ids


async def _finished(store: Store) -> int:
    async with store.session() as s:
        [report_id] = await _reports(s, 1)
        report = await s.claim_report(report_id, "a", utcnow() + LEASE, utcnow())
        assert report is not None
        report.status, report.analysis = "done", {"category": "barking"}
        assert await s.settle_report(report, "a")
    return report_id


async def test_a_push_cut_off_by_a_dead_process_is_owed_again(store: Store) -> None:
    report_id = await _finished(store)
    now = utcnow()
    async with store.session() as s:
        assert await s.claim_delivery(report_id, "a", now + LEASE)
        assert not await s.claim_delivery(report_id, "b", now + LEASE)  # one push at a time
        assert await s.reoffer_deliveries("b", now + LEASE, now) == []  # its lease runs
        assert await s.renew_report_leases("a", now + LEASE) == [report_id]  # renewed while sent
    later = now + LEASE + timedelta(seconds=1)
    async with store.session() as s:  # a died between the claim and the platform's answer
        assert [r.id for r in await s.reoffer_deliveries("b", later + LEASE, later)] == [report_id]
        assert await s.reoffer_deliveries("c", later + LEASE, later) == []  # b holds it now
        assert not await s.settle_delivery(report_id, "a")  # too late for a
        assert not await s.claim_delivery(report_id, "c", later + LEASE)
        assert await s.claim_delivery(report_id, "b", later + LEASE)  # b pushes it anew
        assert await s.settle_delivery(report_id, "b")
        assert await s.reoffer_deliveries("c", later + 3 * LEASE, later + 2 * LEASE) == []  # settled
        row = await s.one("SELECT delivered_at, lease_owner FROM reports WHERE id = ?", report_id)
    assert row is not None and row["delivered_at"] is not None and row["lease_owner"] is None
    async with store.session() as s:  # b too died before pushing it: c takes it after b's lease
        assert await s.claim_delivery(report_id, "b", later) is False  # settled: nobody's
        await s.execute(
            "UPDATE reports SET lease_owner = 'b', lease_until = ? WHERE id = ?", s.d.ts_in(later), report_id
        )
        assert [r.id for r in await s.reoffer_deliveries("c", later + LEASE, later)] == [report_id]


async def test_a_result_whose_process_died_before_it_claimed_the_push_is_offered_again(store: Store) -> None:
    report_id = await _finished(store)  # settled by a, which died before claiming the push
    assert await _lease(store, report_id) == ("a", "done")
    later = utcnow() + LEASE + timedelta(seconds=1)
    async with store.session() as s:
        assert [r.id for r in await s.reoffer_deliveries("b", later + LEASE, later)] == [report_id]
        assert await s.claim_delivery(report_id, "b", later + LEASE)
        assert await s.settle_delivery(report_id, "b")
    assert await _lease(store, report_id) == (None, "done")


async def test_a_result_shown_in_a_turn_is_no_push_of_the_analysing_process(store: Store) -> None:
    report_id = await _finished(store)  # a still holds it, for its push
    async with store.session() as s:
        user_id = (await s.get_report(report_id)).user_id  # type: ignore[union-attr]
        assert [r.id for r in await s.claim_undelivered(user_id)] == [report_id]  # the owner's turn
        assert not await s.claim_delivery(report_id, "a", utcnow() + LEASE)  # shown once
    assert await _lease(store, report_id) == (None, "done")


async def test_a_claim_shown_in_a_turn_has_no_lease_and_is_never_offered_again(store: Store) -> None:
    report_id = await _finished(store)
    async with store.session() as s:
        assert await s.claim_delivery(report_id)
        assert await s.reoffer_deliveries("b", utcnow() + 11 * LEASE, utcnow() + 10 * LEASE) == []


async def test_a_named_lease_has_one_holder_and_moves_when_it_expires(store: Store) -> None:
    now = utcnow()

    async def acquire(holder: str, at: datetime, *, force: bool = False) -> bool:
        async with store.session() as s:
            return await s.acquire_lease("schedules", holder, at + LEASE, at, force=force)

    assert await acquire("a", now)
    assert not await acquire("b", now)
    assert await acquire("a", now + timedelta(seconds=10))  # renewed
    assert not await acquire("b", now + LEASE)  # the renewal counts
    later = now + timedelta(seconds=10) + LEASE + timedelta(seconds=1)
    assert await acquire("b", later)  # a stopped renewing
    assert not await acquire("a", later)
    async with store.session() as s:
        assert await s.lease_holder("schedules", later) == "b"
        assert not await s.release_lease("schedules", "a")
    assert await acquire("c", later, force=True)  # SQLite's one process at start
    async with store.session() as s:
        assert await s.release_lease("schedules", "c")
        assert await s.lease_holder("schedules", later) is None
    assert await acquire("a", later)


async def test_a_failed_try_never_writes_back_text_added_while_the_model_was_asked(store: Store) -> None:
    """The worker reads a report, asks the model, and the model is unavailable; meanwhile the owner
    added to the report (a follow-up answer). Noting the failed try keeps what the owner added."""
    async with store.session() as s:
        [report_id] = await _reports(s, 1)
        worker_copy = await s.get_report(report_id)
    assert worker_copy is not None
    async with store.session() as s:  # the owner's turn, while the model is being asked
        owner_copy = await s.get_report(report_id)
        assert owner_copy is not None
        await s.reopen_report(owner_copy, "report 0\nevery day for a month")
    worker_copy.attempts, worker_copy.error = 1, "unavailable (connection): refused"
    async with store.session() as s:
        await s.note_attempt(worker_copy)
        kept = await s.get_report(report_id)
    assert kept is not None
    assert (kept.text, kept.followups, kept.status) == ("report 0\nevery day for a month", 1, "pending")
    assert (kept.attempts, kept.error) == (1, "unavailable (connection): refused")


async def test_a_result_for_text_that_grew_meanwhile_is_never_settled(store: Store) -> None:
    """The worker claims a report and asks the model; the owner adds detail before the result was
    shown (`reopen_report`, not a follow-up answer), and the same process claims it again for the
    grown text. The result for the old text is not stored, even under the same holder's lease;
    the one for the text it now has is."""
    now = utcnow()
    async with store.session() as s:
        [report_id] = await _reports(s, 1)
        worker_copy = await s.claim_report(report_id, "a", now + LEASE, now)
    assert worker_copy is not None
    async with store.session() as s:  # the owner's turn, while the model writes
        owner_copy = await s.get_report(report_id)
        assert owner_copy is not None
        await s.reopen_report(owner_copy, "report 0\nevery night for a month", followup=False)
        assert await s.claim_reports([report_id], "a", now + LEASE, now) == [report_id]
    worker_copy.status, worker_copy.analysis = "done", {"summary": ["old"]}
    async with store.session() as s:
        assert not await s.settle_report(worker_copy, "a")
        again = await s.claim_report(report_id, "a", now + LEASE, now)
    assert again is not None and (again.text, again.status, again.followups) == (
        "report 0\nevery night for a month",
        "pending",
        0,  # detail is not a follow-up answer: the follow-up question stays askable
    )
    again.status, again.analysis = "done", {"summary": ["new"]}
    async with store.session() as s:
        assert await s.settle_report(again, "a")
        kept = await s.get_report(report_id)
    assert kept is not None and (kept.status, kept.analysis) == ("done", {"summary": ["new"]})


async def test_a_locked_user_row_waits_a_write_of_it_until_the_lock_commits(store: Store) -> None:
    """`lock_user`: a push takes the owner's row before their report, as a turn does (stop 50 CI:
    a push that wrote the user after claiming a report deadlocked with the owner's turn)."""
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "lock")
    written = asyncio.Event()

    async def write() -> None:
        async with store.session() as other:
            await other.execute("UPDATE users SET name = ? WHERE id = ?", "later", user.id)
        written.set()

    async with store.session() as s:
        locked = await s.lock_user(user.id)
        assert locked is not None and locked.id == user.id
        writer = asyncio.create_task(write())
        await asyncio.sleep(0.3)
        assert not written.is_set()  # the other write waits for this transaction
        await s.execute("UPDATE users SET name = ? WHERE id = ?", "first", user.id)
    await asyncio.wait_for(writer, 10)
    async with store.session() as s:
        assert await s.lock_user(user.id + 1000) is None
        row = await s.one("SELECT name FROM users WHERE id = ?", user.id)
    assert row is not None and row["name"] == "later"
