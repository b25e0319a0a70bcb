"""The analysis service shares its work through leases and hands results to delivery apart from
analysis: a slow channel for one owner holds nobody else's result; a push a dead process had
claimed is offered again; a push a shutdown cut off is never sent again; the schedules run in one
process at a time and move when it dies. Real store (SQLite and PostgreSQL), real `ollama` client
against the fake Ollama, the real `ResultDelivery`; the channel is a recording outbox sender."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import META_REPORT, META_RESULT, Reply
from dogcoach.services.analysis.service import Backoff
from dogcoach.services.i18n import Messages
from dogcoach.services.leader import Leader
from dogcoach.services.store import Store, User
from dogcoach.services.store.core import utcnow
from tests.analysis_support import Recorder, running_bot
from tests.chat import Chat
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import FakeOllama, refused_url, sample_analysis

fake_ollama = ollama_fixture.fake_ollama  # the fixture, registered in this module

REPORT_EN = "My dog barks at the door every time guests come over, so I give him a treat to calm him down"


@dataclass
class SlowFor(Recorder):
    """A channel that holds the pushes to one owner until `release` is set."""

    slow: str = ""
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def __call__(self, user: User, replies: list[Reply]) -> bool:
        if user.external_id == self.slow:
            await self.release.wait()
        return await super().__call__(user, replies)


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not met in {within} s")
        await asyncio.sleep(0.02)


async def _row(store: Store, report_id: int) -> dict[str, object]:
    async with store.session() as s:
        row = await s.one("SELECT status, delivered_at, lease_owner FROM reports WHERE id = ?", report_id)
    assert row is not None
    return dict(row)


def _results(recorder: Recorder, external_id: str) -> list[int]:
    """The report of each push to `external_id` that carried a result."""
    return [
        next(int(str(r.meta[META_RESULT])) for r in replies if META_RESULT in r.meta)
        for user, replies in recorder.sent
        if user.external_id == external_id and any(META_RESULT in r.meta for r in replies)
    ]


async def test_a_slow_channel_for_one_owner_does_not_hold_another_owners_result(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    recorder = SlowFor(slow="slow")
    async with running_bot(store, messages, fake_ollama.url, recorder=recorder) as bot:
        slow = (await Chat(bot.engine, "slow", hint="en").send(REPORT_EN))[0].meta[META_REPORT]
        fast = (await Chat(bot.engine, "fast", hint="en").send(REPORT_EN))[0].meta[META_REPORT]
        await recorder.wait_for(1)  # the one worker analysed both: the slow push did not hold it
        assert _results(recorder, "fast") == [fast]
        assert (await _row(store, slow))["status"] == "done"  # analysed, its push still with the channel
        recorder.release.set()
        await recorder.wait_for(2)
        assert _results(recorder, "slow") == [slow]


async def _finished_report(store: Store, external_id: str, lease: float = 60.0) -> int:
    """A report analysed and settled by the process "dead", whose lease runs `lease` s from now."""
    async with store.session() as s:
        user = await s.create_user(Channel.CONSOLE, external_id, locale_hint="en")
        report = await s.add_report(user.id, None, REPORT_EN, "en")
        claimed = await s.claim_report(report.id, "dead", utcnow() + timedelta(seconds=lease), utcnow())
        assert claimed is not None
        claimed.status, claimed.analysis = "done", sample_analysis("en")
        assert await s.settle_report(claimed, "dead")
    return report.id


async def test_a_push_claimed_by_a_process_that_died_is_offered_again(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    report_id = await _finished_report(store, "u1")
    async with store.session() as s:  # claimed for its push, then the process was killed
        assert await s.claim_delivery(report_id, "dead", utcnow() - timedelta(seconds=1))
    async with running_bot(store, messages, fake_ollama.url, lease_seconds=0.6) as bot:
        await bot.recorder.wait_for(1)
        await asyncio.sleep(0.5)  # more keeper passes: offered once
    assert _results(bot.recorder, "u1") == [report_id]
    row = await _row(store, report_id)
    assert row["delivered_at"] is not None and row["lease_owner"] is None


async def test_a_result_settled_by_a_process_that_died_before_its_push_is_pushed_by_another(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    report_id = await _finished_report(store, "u2", lease=0)  # its push never claimed; lease over
    async with running_bot(store, messages, fake_ollama.url, lease_seconds=0.6) as bot:
        await bot.recorder.wait_for(1)
        await asyncio.sleep(0.5)  # more keeper passes: offered once
    assert _results(bot.recorder, "u2") == [report_id]
    assert fake_ollama.chat_bodies() == []  # its result was kept, not asked for again
    row = await _row(store, report_id)
    assert row["delivered_at"] is not None and row["lease_owner"] is None


async def test_a_push_cut_off_by_a_shutdown_is_not_sent_again(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    recorder = SlowFor(slow="u1")  # the platform has the message when the server stops
    async with running_bot(store, messages, fake_ollama.url, recorder=recorder, lease_seconds=0.6) as bot:
        report_id = (await Chat(bot.engine, "u1", hint="en").send(REPORT_EN))[0].meta[META_REPORT]

        async def claimed() -> bool:
            return (await _row(store, report_id))["delivered_at"] is not None

        await eventually(claimed)
        await bot.service.stop(grace=0.1)
    row = await _row(store, report_id)
    assert row["delivered_at"] is not None and row["lease_owner"] is None  # settled: outcome unknown
    async with running_bot(store, messages, fake_ollama.url, lease_seconds=0.6) as again:
        await asyncio.sleep(0.5)  # keeper passes: nothing to offer again
        replies = await Chat(again.engine, "u1", hint="en").send("hello")
    assert again.recorder.sent == []
    behaviour = sample_analysis("en")["behavior"]
    assert not [r for r in replies if behaviour in r.text]  # not shown at the next turn either


async def test_schedules_run_in_one_process_and_move_when_it_dies(store: Store) -> None:
    running: list[str] = []
    dead: set[str] = set()

    def job(name: str):  # type: ignore[no-untyped-def]
        async def run() -> None:
            running.append(name)
            try:
                while name not in dead:  # noqa: ASYNC110 (a job that runs until its process dies)
                    await asyncio.sleep(0.02)
            finally:
                running.remove(name)

        return run

    a = Leader(store, lease_seconds=0.6, holder="a", take_over=False)
    b = Leader(store, lease_seconds=0.6, holder="b", take_over=False)
    a.add("tick", job("a"))
    b.add("tick", job("b"))
    ta = asyncio.create_task(a.run_forever())

    async def runs(name: str) -> bool:
        return running == [name]

    await eventually(lambda: runs("a"))
    tb = asyncio.create_task(b.run_forever())
    await asyncio.sleep(0.5)  # b tried (at least twice) while a renewed
    assert running == ["a"] and not b.leading
    dead.add("a")  # kill -9: a's jobs and renewals stop, its lease is not given up
    ta.cancel()
    await eventually(lambda: runs("b"))
    assert b.leading
    tb.cancel()
    await asyncio.gather(ta, tb, return_exceptions=True)
    await b.close()  # a graceful stop gives the lease up at once
    assert running == []
    async with store.session() as s:
        assert await s.lease_holder("schedules", utcnow()) is None


async def test_a_process_whose_model_is_down_leaves_its_reports_to_one_whose_model_answers(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """Two processes on one database (two services, two holders): the one whose Ollama refuses
    hands its waiting report back; the other sweeps it, analyses it, and pushes the result once."""
    slow_retries = Backoff(initial=1.0, maximum=1.0)  # between its tries, the sweeps of the other
    async with running_bot(
        store, messages, refused_url(), models=False, lease_seconds=0.6, holder="down", backoff=slow_retries
    ) as down:
        report_id = (await Chat(down.engine, "u1", hint="en").send(REPORT_EN))[0].meta[META_REPORT]
        async with running_bot(store, messages, fake_ollama.url, lease_seconds=0.6, holder="up") as up:
            assert await up.service.wait(report_id, 10)
            await asyncio.sleep(0.3)  # the down one's next try finds it taken
        assert (await _row(store, report_id))["status"] == "done"
    assert _results(up.recorder, "u1") == [report_id]
    assert _results(down.recorder, "u1") == []
    assert len([b for b in fake_ollama.chat_bodies() if b.get("messages")]) == 1


async def test_a_report_whose_process_died_before_claiming_it_is_analysed_by_another(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The turn committed the report and its process died before the claim (nobody submits it
    here): another process's sweep takes it once a lease period has passed (SQLite: at start)."""
    async with store.session() as s:
        user = await s.create_user(Channel.CONSOLE, "u1", locale_hint="en")
        report = await s.add_report(user.id, None, REPORT_EN, "en")
    async with running_bot(store, messages, fake_ollama.url, lease_seconds=0.6) as bot:
        assert await bot.service.wait(report.id, 10)
        await bot.recorder.wait_for(1)
    assert _results(bot.recorder, "u1") == [report.id]
