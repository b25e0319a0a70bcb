"""The analysis line: round robin between owners, the per-owner cap, and the wait estimate; then
the same through the engine and the fake Ollama (what the owner is told, in which order results
come)."""

from __future__ import annotations

import statistics

import pytest

from dogcoach.domain.types import META_QUEUE, META_REPORT, META_RESULT
from dogcoach.services.analysis.eta import QueueOutlook, WaitEstimator
from dogcoach.services.analysis.fairqueue import FairQueue
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.analysis_support import running_bot
from tests.chat import Chat
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import FakeOllama

fake_ollama = ollama_fixture.fake_ollama

REPORTS_EN = [
    "My dog barks at the door every time guests come over",
    "He chews the sofa cushions whenever I leave the house",
    "She pulls hard on the lead when she sees a cat outside",
    "He jumps up on visitors as soon as they come through the door",
    "She growls when I reach towards her food bowl at dinner",
]


def drain(line: FairQueue) -> list[int]:
    order = []
    while (item := line.pop()) is not None:
        order.append(item)
        line.done(item)
    return order


# -- FairQueue ------------------------------------------------------------------------------------


def test_round_robin_between_owners_keeps_each_owners_order() -> None:
    line = FairQueue()
    for item in (1, 2, 3, 4, 5):  # owner 10 sends five at once
        line.push(10, item)
    line.push(20, 6)  # then owner 20 one
    line.push(30, 7)  # and owner 30 one
    line.push(20, 8)
    assert drain(line) == [1, 6, 7, 2, 8, 3, 4, 5]


def test_positions_match_the_order_things_are_taken_in() -> None:
    line = FairQueue()
    pushes = [(10, 1), (10, 2), (10, 3), (20, 4), (30, 5), (20, 6), (10, 7), (40, 8)]
    for owner, item in pushes:
        line.push(owner, item)
    predicted = {item: line.ahead(item) for _, item in pushes}
    taken = drain(line)
    assert predicted == {item: taken.index(item) for item in taken}


def test_a_new_owners_first_report_waits_for_one_report_of_each_owner_in_line() -> None:
    line = FairQueue()
    for item in range(1, 51):  # one owner, fifty reports
        line.push(10, item)
    line.push(20, 100)
    assert line.ahead_if_added(30) == 2  # one of owner 10's, one of owner 20's
    line.pop()  # owner 10's first is being analysed; owner 20 is next
    assert line.ahead(100) == 0
    assert line.ahead_if_added(10) == 49 + 1  # behind all of its own and owner 20's


def test_the_cap_holds_reports_back_and_lets_them_in_as_the_owners_finish() -> None:
    line = FairQueue(cap=2)
    assert line.push(10, 1) and line.push(10, 2)
    assert not line.push(10, 3)  # held: saved, not in line
    assert not line.push(10, 4)
    assert line.is_held(3) and line.waiting(10) == 4
    assert line.push(20, 5)
    assert line.ahead(3) == 3  # behind the owner's two and owner 20's one
    first = line.pop()
    assert first == 1 and line.is_held(3)  # taken still counts: 1 taken + 1 queued = cap
    assert line.done(1)  # finished: report 3 joins the line
    assert not line.is_held(3) and line.is_held(4)
    assert drain(line) == [5, 2, 3, 4]
    assert len(line) == 0


def test_requeue_puts_a_report_back_first_and_unknown_items_are_ignored() -> None:
    line = FairQueue()
    line.push(10, 1)
    line.push(20, 2)
    assert line.pop() == 1
    line.requeue(1)  # the model was away: the same report goes first again
    assert line.pop() == 1
    line.requeue(99)
    assert not line.done(99)
    assert line.pop() == 2
    assert line.taken == [1, 2]


def test_done_removes_a_queued_or_held_report_too() -> None:
    line = FairQueue(cap=1)
    line.push(10, 1)
    line.push(10, 2)  # held
    line.push(20, 3)
    line.done(2)
    line.done(3)
    assert 2 not in line and 3 not in line
    assert drain(line) == [1]


def test_cap_must_be_positive() -> None:
    with pytest.raises(ValueError, match="cap must be"):
        FairQueue(cap=0)


# -- WaitEstimator --------------------------------------------------------------------------------


def test_the_assumption_stands_until_an_analysis_was_measured() -> None:
    estimator = WaitEstimator(slots=1, assumed=25.0)
    assert not estimator.measured
    assert estimator.estimate(ahead=0) == 25.0
    assert estimator.estimate(ahead=9) == 250.0  # the 10th of 10 sent at once
    estimator.record(12.0)
    assert estimator.measured and estimator.estimate(ahead=0) == 12.0


def test_a_moving_median_ignores_one_slow_retry() -> None:
    estimator = WaitEstimator(slots=1, window=5)
    for seconds in (10.0, 11.0, 30.0, 9.0, 10.0):
        estimator.record(seconds)
    assert estimator.typical == 10.0
    for seconds in (20.0,) * 5:  # the window moves: five slower analyses replace them
        estimator.record(seconds)
    assert estimator.typical == 20.0


def test_running_analyses_and_slots_shape_the_wait() -> None:
    estimator = WaitEstimator(slots=2, assumed=10.0)
    assert estimator.estimate(ahead=0) == 10.0  # a free slot
    assert estimator.estimate(ahead=0, running=[4.0, 8.0]) == 2.0 + 10.0  # the older one ends first
    assert estimator.estimate(ahead=3, running=[4.0, 8.0]) == 16.0 + 10.0  # 2, 6 → 12, 16 → start at 16
    assert estimator.estimate(ahead=0, running=[30.0]) == 10.0  # an overrun ends any moment


def test_outlook_place_is_one_based() -> None:
    assert QueueOutlook(ahead=0, wait_seconds=5).place == 1
    assert QueueOutlook(ahead=4, wait_seconds=5).place == 5


# -- through the engine ---------------------------------------------------------------------------


async def test_one_owners_many_reports_do_not_delay_another_owners_first(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 0.1
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        busy, other = Chat(bot.engine, "busy", hint="en"), Chat(bot.engine, "other", hint="en")
        busy_acks = []
        for text in REPORTS_EN[:3]:
            busy_acks.append(next(r for r in await busy.send(text) if META_REPORT in r.meta))
        other_ack = next(r for r in await other.send(REPORTS_EN[3]) if META_REPORT in r.meta)
        assert other_ack.meta[META_QUEUE]["place"] == 2  # after the busy owner's first only
        assert other_ack.text.startswith("🔍 Got it — your report is number 2 in line.")
        for ack in (*busy_acks, other_ack):
            assert await bot.service.wait(ack.meta[META_REPORT], 10)
    order = [replies[0].meta[META_RESULT] for _, replies in bot.recorder.sent]
    first_busy, *rest_busy = (a.meta[META_REPORT] for a in busy_acks)
    assert order == [first_busy, other_ack.meta[META_REPORT], *rest_busy]


async def test_over_the_cap_the_report_is_saved_told_so_and_analysed_after_the_others(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 0.1
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "busy", hint="en")
        acks = [next(r for r in await chat.send(text) if META_REPORT in r.meta) for text in REPORTS_EN[:4]]
        held = acks[3]
        assert held.text.startswith("💾 Got it — your report is saved. You have 3 reports still waiting")
        for ack in acks:
            assert await bot.service.wait(ack.meta[META_REPORT], 10)
        async with sqlite_store.session() as s:
            statuses = [(await s.get_report(a.meta[META_REPORT])).status for a in acks]  # type: ignore[union-attr]
    assert statuses == ["done"] * 4  # nothing dropped
    assert [replies[0].meta[META_RESULT] for _, replies in bot.recorder.sent] == [
        a.meta[META_REPORT] for a in acks
    ]


async def test_the_estimate_follows_measured_analyses(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 0.3
    async with running_bot(sqlite_store, messages, fake_ollama.url, assumed_seconds=100.0) as bot:
        first = Chat(bot.engine, "a", hint="en")
        ack = next(r for r in await first.send(REPORTS_EN[0]) if META_REPORT in r.meta)
        assert ack.meta[META_QUEUE] == {"place": 1, "wait_seconds": 100.0}  # nothing measured
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
        measured = bot.service.estimator.typical
        assert 0.3 <= measured < 2.0
        waits = []
        for i in range(3):  # three owners one after another, while the first is analysed
            replies = await Chat(bot.engine, f"o{i}", hint="en").send(REPORTS_EN[i])
            waits.append(next(r for r in replies if META_REPORT in r.meta).meta[META_QUEUE])
        assert [w["place"] for w in waits] == [1, 2, 3]
        assert statistics.median(w["wait_seconds"] for w in waits) == pytest.approx(2 * measured, rel=0.2)
