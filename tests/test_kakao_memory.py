"""The Kakao channel's state: in the store (both backends) its views, held replies, offered files
and waiting callbacks, each replica seeing the same; in process memory the bounded locale cache and
the routing of late replies."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from dogcoach.channels.kakao.delivery import Phase, Tickets, about_report, report_id_of
from dogcoach.channels.kakao.memory import Memory, TtlLru, View
from dogcoach.domain.types import META_QUEUE, META_REPORT, META_RESULT, Attachment, Choice, Reply
from dogcoach.services.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lru_bound_and_expiry() -> None:
    clock = Clock()
    lru: TtlLru[str, int] = TtlLru(2, ttl=10, clock=clock)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1  # a is now the most recent
    lru.put("c", 3)
    assert lru.get("b") is None and lru.get("a") == 1 and lru.get("c") == 3
    clock.now = 11
    assert lru.get("a") is None
    assert len(lru) == 1
    lru.put("d", 4)
    clock.now = 30
    assert lru.pop("d") is None


async def test_held_replies_accumulate_and_are_taken_once_whole(store: Store) -> None:
    memory, other_replica = Memory(store), Memory(store)
    chart = Attachment("week.png", b"\x89PNG\x00", "image/png")
    await memory.hold("u", [Reply("a", meta={META_QUEUE: {"place": 2, "wait_seconds": 30.0}})])
    await other_replica.hold(
        "u", [Reply("b", (Choice("x", "엑스", selected=True, short="X"),), multi=True, image=chart)]
    )
    await memory.hold("u", [])
    assert (await other_replica.load("u")).held
    taken = await other_replica.take_held("u")
    assert [r.text for r in taken] == ["a", "b"]
    assert taken[0].meta == {META_QUEUE: {"place": 2, "wait_seconds": 30.0}}
    assert taken[1].choices == (Choice("x", "엑스", selected=True, short="X"),) and taken[1].multi
    assert taken[1].image == chart
    assert await memory.take_held("u") == []
    assert not (await memory.load("u")).held


async def test_a_view_written_by_one_replica_is_read_by_another(store: Store) -> None:
    view = View("en", overflow=("more text",), choices=(Choice("a", "A"),), multi=True, page=1, page_count=2)
    await Memory(store).remember("u", view)
    seen = await Memory(store).load("u")
    assert seen.view == view and not seen.held
    assert (await Memory(store).load("someone-else")).view is None


async def test_an_unchanged_fresh_view_is_not_written_again(store: Store) -> None:
    memory = Memory(store)
    view = View("ko")
    await memory.remember("u", view)
    seen = await memory.load("u")
    async with store.session() as s:  # mark the stored one, to see whether it is replaced
        await s.execute(
            "UPDATE channel_state SET value = ? WHERE kind = 'view'",
            s.d.json_in({**view.to_json(), "page": 0, "locale": "en"}),
        )
    await memory.remember("u", view, seen=seen)
    assert (await memory.load("u")).view == View("en")  # not written: the mark is still there
    await memory.remember("u", View("ko", page_count=2), seen=seen)
    assert (await memory.load("u")).view == View("ko", page_count=2)


async def test_files_are_served_by_any_replica_until_they_expire_or_the_owner_is_forgotten(
    store: Store,
) -> None:
    export = Attachment("dogcoach.json", b'{"a": 1}', "application/json")
    await Memory(store).remember("u", None, [("tok1", export), ("tok2", export)])
    assert await Memory(store).file("tok1") == export
    short = Memory(store, file_ttl=timedelta(seconds=-1))
    await short.remember("u", None, [("tok3", export)])
    assert await short.file("tok3") is None  # already expired
    await Memory(store).forget("u")
    assert await Memory(store).file("tok2") is None


async def test_a_waiting_callback_is_claimed_by_exactly_one_replica(store: Store) -> None:
    replicas = [Memory(store) for _ in range(4)]
    token = await replicas[0].open_callback(
        "u", url="https://bot-api.kakao.com/cb/1", report_id=7, locale="en",
        before=[Reply("before")], waiting=Reply("…", meta={META_REPORT: 7}), ttl=timedelta(minutes=1),
    )  # fmt: skip
    assert token is not None
    other = await replicas[0].open_callback(
        "u", url="https://bot-api.kakao.com/cb/2", report_id=8, locale="en", before=[], waiting=None,
        ttl=timedelta(minutes=1),
    )  # fmt: skip
    found = await replicas[1].waiting_callback("u", 7)
    assert found is not None and found.token == token and found.url.endswith("/cb/1")
    assert [r.text for r in found.before] == ["before"] and found.waiting is not None
    assert found.waiting.meta == {META_REPORT: 7} and 0 <= found.age < 60
    oldest = await replicas[1].waiting_callback("u", 99)  # no callback for that report: the oldest
    assert oldest is not None and oldest.token == token
    claims = await asyncio.gather(*(m.claim_callback(token) for m in replicas))
    assert sum(c is not None for c in claims) == 1
    left = await replicas[2].waiting_callback("u", 7)
    assert left is not None and left.token == other


def test_meta_readers() -> None:
    ack = Reply("…", meta={META_REPORT: 7})
    result = Reply("ABC", meta={META_RESULT: 8})
    assert report_id_of([Reply("x"), ack]) == 7
    assert report_id_of([result]) is None
    assert about_report([result]) == 8
    assert about_report([ack]) == 7
    assert about_report([Reply("x")]) is None


async def test_routing_prefers_the_waiting_callback_of_that_report() -> None:
    tickets = Tickets()
    assert tickets.route("u") is None
    first = tickets.open("u")
    first.phase, first.report_id = Phase.CALLBACK, 1
    second = tickets.open("u")
    second.phase, second.report_id = Phase.CALLBACK, 2
    current = tickets.open("u")
    assert tickets.route("u", 2) is second
    assert tickets.route("u", 99) is first  # unknown report: the oldest waiting callback
    assert tickets.route("u") is first
    assert first.claim() and not first.claim()  # the callback URL is used once
    tickets.discard(first)
    tickets.discard(second)
    assert tickets.route("u") is current  # then the request being answered
    tickets.close(current)
    assert tickets.route("u") is None
    assert tickets.all() == []


async def test_open_ticket_cannot_be_claimed_and_results_are_taken_once() -> None:
    tickets = Tickets()
    ticket = tickets.open("u")
    assert not ticket.claim()
    ticket.results.append(Reply("r"))
    ticket.arrived.set()
    assert [r.text for r in ticket.take_results()] == ["r"]
    assert ticket.take_results() == [] and not ticket.arrived.is_set()
