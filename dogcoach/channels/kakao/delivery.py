"""Which skill request a late message (an analysis result) can still ride on.

Kakao cannot be written to out of the blue (that is the paid Event API), so a result that
finishes after its turn reaches the user one of three ways:

- while a skill request of the same user is being answered (`OPEN`): it joins that answer;
- after a callback-enabled report turn answered `useCallback` (`CALLBACK`): it is POSTed to the
  callback URL, once;
- otherwise not at all: the sender says False and the result stays undelivered until the user's
  next message.

A `Ticket` is one skill request's claim on that route. All state changes happen on the event loop
without an `await` between check and change, so "exactly once" within a process needs no lock;
across replicas the callback is also claimed in the store (`Ticket.token`, `late.LateReplies`).
"""

from __future__ import annotations

import asyncio
import enum
import time
from dataclasses import dataclass, field
from typing import Any

from dogcoach.domain.types import META_REPORT, META_RESULT, Reply


class Phase(enum.Enum):
    OPEN = "open"  # the skill request is being answered
    CALLBACK = "callback"  # answered `useCallback`; the callback URL is still unused
    CLOSED = "closed"  # nothing more can be delivered through this request


@dataclass(eq=False)
class Ticket:
    """One skill request that late replies may still reach."""

    user_key: str
    created: float = field(default_factory=time.monotonic)
    phase: Phase = Phase.OPEN
    report_id: Any = None
    callback_url: str | None = None
    locale: str = "ko"
    # Replies of the report turn to show together with the result (the callback carries both).
    before: list[Reply] = field(default_factory=list)
    # The core's "analysing…" reply of that turn (its text and "Show result" choice are reused).
    waiting: Reply | None = None
    # Results delivered while OPEN, to be shown in this request's answer.
    results: list[Reply] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    # Set once Kakao has our `useCallback` answer, so the callback never overtakes it.
    sent: asyncio.Event = field(default_factory=asyncio.Event)
    claimed: bool = False
    # The callback's entry in the store (`Memory.open_callback`): claimed there before the POST,
    # so that of all replicas only one uses the URL.
    token: str | None = None
    # Made from another replica's stored callback (`LateReplies.send`): nobody here sets `sent`.
    remote: bool = False
    # Set when the deadline answered for this request: the turn, still running, must not answer.
    late: bool = False
    watchdog: asyncio.Task[None] | None = None

    def take_results(self) -> list[Reply]:
        results, self.results = self.results, []
        self.arrived.clear()
        return results

    def claim(self) -> bool:
        """Take the one use of the callback URL; False when it is already used."""
        if self.claimed or self.phase is not Phase.CALLBACK:
            return False
        self.claimed = True
        self.phase = Phase.CLOSED
        return True


def report_id_of(replies: list[Reply]) -> Any:
    """The report a turn just acknowledged ("analysing…"), if any."""
    for reply in replies:
        value = reply.meta.get(META_REPORT)
        if value is not None:
            return value
    return None


def about_report(replies: list[Reply]) -> Any:
    """The report late replies are about (a result, or a "saved, analysed later" notice)."""
    for reply in replies:
        for key in (META_RESULT, META_REPORT):
            value = reply.meta.get(key)
            if value is not None:
                return value
    return None


class Tickets:
    """Open tickets by user; a user rarely has more than one or two."""

    def __init__(self) -> None:
        self._by_user: dict[str, list[Ticket]] = {}

    def open(self, user_key: str) -> Ticket:
        ticket = Ticket(user_key)
        self._by_user.setdefault(user_key, []).append(ticket)
        return ticket

    def close(self, ticket: Ticket) -> None:
        if ticket.phase is Phase.OPEN:
            ticket.phase = Phase.CLOSED
        if ticket.phase is Phase.CLOSED:
            self._forget(ticket)

    def _forget(self, ticket: Ticket) -> None:
        tickets = self._by_user.get(ticket.user_key)
        if tickets and ticket in tickets:
            tickets.remove(ticket)
            if not tickets:
                del self._by_user[ticket.user_key]

    def route(self, user_key: str, report_id: Any = None) -> Ticket | None:
        """Where a late message for this user goes.

        A waiting callback first (the one for this report when the message names it, else the
        oldest), since that user is looking at "analysing…"; then the newest request being answered.
        """
        tickets = [t for t in self._by_user.get(user_key, ()) if t.phase is not Phase.CLOSED]
        callbacks = [t for t in tickets if t.phase is Phase.CALLBACK and not t.claimed]
        if report_id is not None:
            for t in callbacks:
                if t.report_id == report_id:
                    return t
        if callbacks:
            return callbacks[0]
        open_ = [t for t in tickets if t.phase is Phase.OPEN]
        return open_[-1] if open_ else None

    def all(self) -> list[Ticket]:
        return [t for ts in self._by_user.values() for t in ts]

    def discard(self, ticket: Ticket) -> None:
        """Forget a ticket whatever its phase (its callback was used or given up)."""
        ticket.phase = Phase.CLOSED
        self._forget(ticket)
