"""Several Ollama hosts (issue 15, item 4): reports typed into the engine, analysed through the real
`ollama` client over real sockets on two fake Ollama servers, results back through the outbox.

Each fake counts the chat requests it answers at once (`FakeOllama.most_chatting`, a streamed
answer counts until its last line), so the per-host limit is checked where it matters."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pydantic import ValidationError

from dogcoach.bot.engine import Engine
from dogcoach.bot.wiring import hosts_from
from dogcoach.config import Settings
from dogcoach.domain.types import META_REPORT, META_RESULT
from dogcoach.services.analysis import Analyzer, ModelManager
from dogcoach.services.analysis.eta import WaitEstimator
from dogcoach.services.analysis.hosts import HostBackoff, HostPool, parse_hosts
from dogcoach.services.analysis.models import base_url
from dogcoach.services.i18n import Messages
from dogcoach.services.observability import REGISTRY
from dogcoach.services.store import Store
from tests.analysis_support import add_dog, running_bot, start_on_port
from tests.chat import Chat
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama, unused_port

QUICK = HostBackoff(0.3, 0.3)
REPORT_EN = "My dog barks at the door every time guests come over, so I give him a treat to calm him down"


@contextmanager
def fakes(count: int = 2) -> Iterator[list[FakeOllama]]:
    servers = [FakeOllama().start() for _ in range(count)]
    try:
        yield servers
    finally:
        for server in servers:
            server.stop(wait=False)
    for server in servers:
        assert not server.errors, server.errors


def pool(
    urls: list[str],
    *,
    parallel: int = 1,
    backoff: HostBackoff = QUICK,
    models: bool = False,
    pull: bool = True,
) -> HostPool:
    return HostPool.from_urls(
        urls,
        lambda url: Analyzer(url, DEFAULT_MODEL, timeout=5, connect_timeout=2),
        parallel=parallel,
        models=(lambda url: ModelManager(url, timeout=2)) if models else None,
        backoff=backoff,
        pull=pull,
    )


def chats(fake: FakeOllama) -> int:
    return len(fake.chat_bodies())


def calls(host: str, outcome: str) -> float:
    """`dogcoach_ollama_host_calls_total` of one host and outcome (/metrics)."""
    return (
        REGISTRY.get_sample_value("dogcoach_ollama_host_calls_total", {"host": host, "outcome": outcome})
        or 0.0
    )


async def send_reports(engine: Engine, count: int, prefix: str) -> list[int]:
    """One report from each of `count` owners (owners differ: the fair line's cap plays no part)."""
    ids = []
    for i in range(count):
        [ack, *_] = await Chat(engine, f"{prefix}{i}", hint="en").send(REPORT_EN)
        ids.append(ack.meta[META_REPORT])
    return ids


# -- configuration ------------------------------------------------------------------------------


def test_one_host_is_normalised_as_before_and_a_list_is_split() -> None:
    for single in ("http://localhost:11434", "localhost", "ollama:11434", "http://ollama:11434/"):
        assert parse_hosts(single) == (base_url(single),)
    assert parse_hosts("ollama-1, http://ollama-2:11434 ,,ollama-1:11434") == (
        "http://ollama-1:11434",
        "http://ollama-2:11434",
    )
    with pytest.raises(ValueError, match="names no Ollama server"):
        parse_hosts(" , ")


def test_the_wait_is_estimated_over_the_capacity_given() -> None:
    estimator = WaitEstimator(slots=1, assumed=20.0)
    assert estimator.estimate(3) == 80.0  # one slot: four analyses in a row
    assert estimator.estimate(3, slots=2) == 40.0  # two hosts: two at a time
    assert estimator.estimate(3, [5.0, 15.0], slots=2) == 55.0  # slots free in 15 and 5 s


async def test_the_settings_give_each_host_its_slots() -> None:
    two = hosts_from(Settings(_env_file=None, OLLAMA_HOST="ollama-1, ollama-2", DOGCOACH_OLLAMA_PARALLEL=2))  # type: ignore[call-arg]
    one = hosts_from(Settings(_env_file=None, DOGCOACH_ANALYSIS_CONCURRENCY=3))  # type: ignore[call-arg]
    try:
        assert [(h.url, h.parallel) for h in two.hosts] == [
            ("http://ollama-1:11434", 2),
            ("http://ollama-2:11434", 2),
        ]
        assert two.capacity == 4 and two.checked
        assert [(h.url, h.parallel) for h in one.hosts] == [("http://localhost:11434", 3)]  # as before
    finally:
        await two.aclose()
        await one.aclose()
    with pytest.raises(ValidationError, match="names no Ollama server"):
        Settings(_env_file=None, OLLAMA_HOST=" , ")  # type: ignore[call-arg]


# -- spreading and limits -----------------------------------------------------------------------


@pytest.mark.parametrize("parallel", [1, 2])
async def test_analyses_spread_over_both_hosts_within_each_hosts_slots(
    sqlite_store: Store, messages: Messages, parallel: int
) -> None:
    with fakes() as (a, b):
        for fake in (a, b):
            fake.behaviour.delay = 0.15
        hosts = pool([a.url, b.url], parallel=parallel)
        async with running_bot(sqlite_store, messages, hosts) as bot:
            assert bot.service.concurrency == 2 * parallel
            ids = await send_reports(bot.engine, 8, "spread")
            for report_id in ids:
                assert await bot.service.wait(report_id, 10)
    assert (a.most_chatting, b.most_chatting) == (parallel, parallel)
    assert chats(a) + chats(b) == 8
    assert min(chats(a), chats(b)) >= 3  # least busy first: close to half each
    delivered = sorted(replies[0].meta[META_RESULT] for _, replies in bot.recorder.sent)
    assert delivered == sorted(ids)  # every result once, no notice of any outage


async def test_one_host_down_all_go_to_the_other_and_it_is_retried_after_its_backoff(
    sqlite_store: Store, messages: Messages
) -> None:
    port = unused_port()
    with fakes(1) as (b,):
        b.behaviour.delay = 0.05
        hosts = pool([f"http://127.0.0.1:{port}", b.url], backoff=HostBackoff(1.5, 1.5))
        refused_before = calls(hosts.hosts[0].url, "connection")  # the registry is the process's
        answered_before = calls(b.url, "answered")
        async with running_bot(sqlite_store, messages, hosts) as bot:
            first = await send_reports(bot.engine, 4, "down")
            for report_id in first:
                assert await bot.service.wait(report_id, 5)
            assert chats(b) == 4  # the refused host was tried once, then set aside
            assert calls(hosts.hosts[0].url, "connection") == refused_before + 1
            assert calls(b.url, "answered") == answered_before + 4
            assert not bot.service.delayed  # owners are not told of an outage: one host answers
            [down, up] = hosts.states()
            assert down.failures == 1 and down.error == "connection" and down.aside_seconds > 0
            assert up.failures == 0 and up.served == 4
            assert hosts.usable_capacity == 1 and hosts.capacity == 2

            a = start_on_port(FakeOllama(), port)  # the host comes back
            try:
                a.behaviour.delay = b.behaviour.delay = 0.15
                early = await send_reports(bot.engine, 2, "early")
                for report_id in early:
                    assert await bot.service.wait(report_id, 5)
                assert chats(a) == 0  # still set aside: its backoff is not over
                await asyncio.sleep(1.5)
                later = await send_reports(bot.engine, 4, "later")
                for report_id in later:
                    assert await bot.service.wait(report_id, 5)
                assert chats(a) >= 1  # tried again after the backoff, and it answers
                assert hosts.states()[0].failures == 0
            finally:
                a.stop(wait=False)
    results = [replies[0].meta.get(META_RESULT) for _, replies in bot.recorder.sent]
    assert sorted(results) == sorted(first + early + later)


async def test_a_host_out_of_memory_is_set_aside_and_retried_no_sooner_than_its_backoff(
    sqlite_store: Store, messages: Messages
) -> None:
    with fakes() as (a, b):
        a.behaviour.chat = "out_of_memory"
        b.behaviour.delay = 0.1
        hosts = pool([a.url, b.url], backoff=HostBackoff(0.4, 0.4))
        async with running_bot(sqlite_store, messages, hosts) as bot:
            ids: list[int] = []
            for i in range(8):
                ids += await send_reports(bot.engine, 1, f"oom{i}")
                assert await bot.service.wait(ids[-1], 5)
            tries = [r.at for r in a.requests if r.path == "/api/chat"]
            assert len(tries) >= 2  # retried after the backoff, failing each time
            assert all(later - earlier >= 0.4 for earlier, later in itertools.pairwise(tries))
            a.behaviour.chat = "valid"
            await asyncio.sleep(0.45)
            more = await send_reports(bot.engine, 4, "fits")
            for report_id in more:
                assert await bot.service.wait(report_id, 5)
    assert len(a.chat_bodies()) > len(tries)  # it answers again and takes its share
    assert len(bot.recorder.sent) == 12  # results only: no owner was told of a delay


async def test_an_answer_broken_off_on_one_host_is_finished_on_the_other(
    sqlite_store: Store, messages: Messages
) -> None:
    with fakes() as (a, b):
        a.behaviour.script = ["stream_cut"]
        hosts = pool([a.url, b.url])
        async with running_bot(sqlite_store, messages, hosts) as bot:
            [report_id] = await send_reports(bot.engine, 1, "cut")
            assert await bot.service.wait(report_id, 5)
            assert not bot.service.delayed
    assert (chats(a), chats(b)) == (1, 1)
    [(_, replies)] = bot.recorder.sent
    assert replies[0].meta == {META_RESULT: report_id}  # the result, no "saved for later" notice


async def test_every_host_down_keeps_reports_pending_then_any_host_back_serves_them(
    sqlite_store: Store, messages: Messages
) -> None:
    ports = [unused_port(), unused_port()]
    hosts = pool([f"http://127.0.0.1:{p}" for p in ports], backoff=HostBackoff(0.1, 0.1))
    async with running_bot(sqlite_store, messages, hosts) as bot:
        [report_id] = await send_reports(bot.engine, 1, "alldown")
        [(_, notice)] = await bot.recorder.wait_for(1)
        assert notice[0].text.startswith("💾 Your report is saved.")  # told once, as with one host
        assert bot.service.delayed
        back = start_on_port(FakeOllama(), ports[1])
        try:
            assert await bot.service.wait(report_id, 5)
        finally:
            back.stop(wait=False)
        assert not bot.service.delayed
    assert bot.recorder.sent[-1][1][0].meta == {META_RESULT: report_id}


async def test_the_model_is_checked_and_pulled_on_each_host(sqlite_store: Store, messages: Messages) -> None:
    with fakes() as (a, b):
        b.behaviour.models = []  # only the second host lacks it
        hosts = pool([a.url, b.url], models=True)
        async with running_bot(sqlite_store, messages, hosts) as bot:
            assert bot.service._prepare is not None
            await asyncio.wait_for(asyncio.shield(bot.service._prepare), 5)
            ids = await send_reports(bot.engine, 4, "pull")
            for report_id in ids:
                assert await bot.service.wait(report_id, 5)
    assert a.bodies("/api/pull") == []
    assert b.bodies("/api/pull") == [{"model": DEFAULT_MODEL, "insecure": False, "stream": True}]
    assert a.bodies("/api/version") and b.bodies("/api/version")  # each host checked
    assert chats(a) >= 1 and chats(b) >= 1


async def test_with_pulling_off_a_host_without_the_model_is_set_aside(
    sqlite_store: Store, messages: Messages
) -> None:
    with fakes() as (a, b):
        a.behaviour.models = []
        hosts = pool([a.url, b.url], models=True, pull=False, backoff=HostBackoff(30, 30))
        async with running_bot(sqlite_store, messages, hosts, pull=False) as bot:
            assert bot.service._prepare is not None
            await asyncio.wait_for(asyncio.shield(bot.service._prepare), 5)
            assert hosts.states()[0].error == "model_missing"
            ids = await send_reports(bot.engine, 3, "nopull")
            for report_id in ids:
                assert await bot.service.wait(report_id, 5)
            assert not bot.service.delayed
    assert a.bodies("/api/pull") == [] and chats(a) == 0 and chats(b) == 3


async def test_the_wait_told_counts_the_slots_of_every_host_that_answers(
    sqlite_store: Store, messages: Messages
) -> None:
    """Two analyses in flight (one per host), two more in line: a new report is fifth, and with two
    slots its result comes after three more rounds of 25 s (75 s), not five (125 s, one host)."""
    with fakes() as (a, b):
        for fake in (a, b):
            fake.behaviour.delay = 3.0
        hosts = pool([a.url, b.url])
        async with running_bot(sqlite_store, messages, hosts, assumed_seconds=25.0) as bot:
            await send_reports(bot.engine, 4, "eta")
            for _ in range(500):  # both hosts answering (the fakes run in their own threads)
                if a.chatting + b.chatting == 2:
                    break
                await asyncio.sleep(0.01)
            user = await add_dog(sqlite_store, "eta-new", {})
            outlook = bot.service.outlook(user.user_id)
            assert outlook.ahead == 4
            assert outlook.wait_seconds == pytest.approx(75.0, abs=1.5)
            await bot.service.stop(grace=0)
