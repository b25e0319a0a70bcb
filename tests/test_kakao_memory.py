"""The Kakao channel's in-process memories: bounded, expiring, and the routing of late replies."""

from __future__ import annotations

from dogcoach.channels.kakao.delivery import Phase, Tickets, about_report, report_id_of
from dogcoach.channels.kakao.memory import Memory, TtlLru
from dogcoach.domain.types import META_REPORT, META_RESULT, Reply


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


def test_held_replies_accumulate_and_are_taken_once() -> None:
    memory = Memory(clock=Clock())
    memory.hold("u", [Reply("a")])
    memory.hold("u", [Reply("b")])
    memory.hold("u", [])
    assert memory.has_held("u")
    assert [r.text for r in memory.take_held("u")] == ["a", "b"]
    assert memory.take_held("u") == []
    assert not memory.has_held("u")


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
