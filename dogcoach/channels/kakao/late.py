"""Replies made after their turn (an analysis result, a "saved, analysed later" notice) on their
way to a Kakao user, who cannot be written to out of the blue (that is the paid Event API):

- while the user's report turn is still being answered, the turn waits for the result within its
  budget (`wait_result`) and the result joins the answer;
- with a usable `callbackUrl`, the turn answers `useCallback` at once and the result is POSTed to
  the callback URL later, exactly once, or "still working" when it is not ready after
  `KAKAO_CALLBACK_WAIT_SECONDS` (`defer_to_callback`). The callback is stored in the database, so
  the replica whose analysis finishes can use it, and claimed there before the POST, so only one
  replica does;
- otherwise `send` (the outbox sender) says False and the result stays undelivered until the
  user's next message; the answer says how to fetch it ("Show result").

Without a callback the turn waits only when the acknowledgement's estimate (`META_QUEUE`) says
the result can come within the budget; on a CPU it never does, so the first answer says at once
that the report is saved and being analysed, with its place in line and the wait, and the
"Show result" button (`in_progress`). Kakao shows no analysis as it is written (`progress`).

Which request a late reply can still ride on is `delivery.Tickets`' job.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, Protocol

import httpx

from dogcoach.domain.types import (
    META_ABOUT,
    META_ADDED,
    META_AMOUNT,
    META_ANSWER,
    META_KEPT_ASIDE,
    META_QUESTION,
    META_QUEUE,
    META_REPORT,
    META_STILL,
    Choice,
    Reply,
)
from dogcoach.handlers.results.acknowledge import wait_phrase
from dogcoach.handlers.results.render import SHOW_RESULT
from dogcoach.services.analysis.errors import OwnerNotice
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.proxies import LOOPBACK_DIRECT, client_tls
from dogcoach.services.store import StoreUnavailable, User

from .callback import CallbackFailed, CallbackUrlRejected, post_callback
from .delivery import Phase, Ticket, Tickets, about_report
from .memory import Memory, WaitingCallback
from .models import callback_accepted
from .screen import Answer, Screen, Screens

log = logging.getLogger(__name__)

CALLBACK_LIFETIME = 54.0  # seconds a callback URL is safe to use (Kakao: about one minute)
CALLBACK_HTTP_TIMEOUT = 5.0
SENT_GRACE = 2.0  # how long a callback waits for Kakao to have our `useCallback` answer
# "Saved, being analysed: tap Show result" by the state, for a report and for a question's answer.
IN_PROGRESS = {
    False: {
        "unavailable": "kakao-unavailable",
        "delayed": "kakao-delayed",
        "still-unavailable": "kakao-still-unavailable",
        "still-delayed": "kakao-still-delayed",
        "queued": "kakao-queued",
        "working": "kakao-in-progress",
    },
    True: {
        "unavailable": "coach-kakao-unavailable",
        "delayed": "coach-kakao-delayed",
        "still-unavailable": "coach-kakao-still-unavailable",
        "still-delayed": "coach-kakao-still-delayed",
        "queued": "coach-kakao-queued",
        "working": "coach-kakao-in-progress",
    },
}


class ResultWaiter(Protocol):
    """The analysis service (`AnalysisService`), as far as this channel needs it."""

    @property
    def delayed(self) -> bool:
        """True while the model is known to be unreachable."""

    @property
    def notice(self) -> OwnerNotice | None:
        """While delayed: whether the model cannot be reached or is temporarily unavailable."""

    async def wait(self, report_id: Any, timeout: float) -> bool: ...  # noqa: ASYNC109 (its contract)

    async def take_result(self, report_id: Any) -> list[Reply] | None: ...


class LateReplies:
    """The Kakao channel's outbox sender and the waiting it needs; one per `KakaoSkill`."""

    def __init__(
        self,
        tickets: Tickets,
        memory: Memory,
        screens: Screens,
        messages: Messages,
        analysis: Callable[[], ResultWaiter | None],
        spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Task[Any]],
        *,
        hosts: tuple[str, ...],
        allow_http: bool,
        callback_wait: float,
    ) -> None:
        self.tickets = tickets
        self.memory = memory
        self.screens = screens
        self.messages = messages
        self._analysis = analysis
        self._spawn = spawn
        self.hosts = hosts
        self.allow_http = allow_http
        self.callback_wait = min(callback_wait, CALLBACK_LIFETIME - CALLBACK_HTTP_TIMEOUT)
        self.http = httpx.AsyncClient(
            timeout=CALLBACK_HTTP_TIMEOUT, follow_redirects=False, mounts=LOOPBACK_DIRECT, verify=client_tls()
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def wait_result(self, ticket: Ticket, report_id: Any, budget: float) -> None:
        """Wait until the result was delivered to this ticket, or the time is up.

        The outbox hands the result to `send`, which puts it on the open ticket. The analysis
        service's `wait` runs beside it: when the service reports the analysis finished but
        nothing arrives right after, we stop waiting (the core has the result for "Show result").
        """
        if budget <= 0 or ticket.results:
            return
        loop = asyncio.get_running_loop()
        end = loop.time() + budget
        arrived = asyncio.ensure_future(ticket.arrived.wait())
        waits: set[asyncio.Future[Any]] = {arrived}
        service = self._analysis()
        if service is not None:
            waits.add(asyncio.ensure_future(service.wait(report_id, budget)))
        try:
            while not arrived.done():
                left = end - loop.time()
                if left <= 0:
                    return
                done, waits = await asyncio.wait(waits, timeout=left, return_when=asyncio.FIRST_COMPLETED)
                finished = [
                    f for f in done if f is not arrived and not f.cancelled() and f.exception() is None
                ]
                if any(f.result() is True for f in finished):
                    # Finished and offered to the outbox: normally it is on this ticket already.
                    if not arrived.done() and service is not None:
                        taken = await service.take_result(report_id)
                        if taken:
                            ticket.results.extend(taken)
                    return
        finally:
            arrived.cancel()
            for w in waits:
                w.cancel()

    def worth_waiting(self, waiting: Reply, budget: float) -> bool:
        """True when the acknowledgement's estimate says the result may come within `budget`."""
        queue = waiting.meta.get(META_QUEUE)
        return budget > 0 and (not isinstance(queue, dict) or float(queue["wait_seconds"]) <= budget)

    def in_progress(self, waiting: Reply, t: Translator, *, fresh: bool = True) -> Reply:
        """ "Saved, being analysed" for a channel that cannot push: the user fetches the result.

        The core's acknowledgement promises to send the result; without a callback Kakao cannot,
        so the text says to tap "Show result" (or just write again) instead: with the place in
        line and the wait when `waiting` carries them and is `fresh`, and by the service's notice
        while the model is away.
        """
        service = self._analysis()
        notice = service.notice if service is not None and service.delayed else None
        queue = waiting.meta.get(META_QUEUE)
        ids = IN_PROGRESS[bool(waiting.meta.get(META_ANSWER))]  # a report's analysis, a question's answer
        if notice is not None:
            # asked for the result ("결과"): nothing new was saved, the analysis still waits (stop 62)
            still = "still-" if waiting.meta.get(META_STILL) else ""
            text = t(ids[still + ("unavailable" if notice is OwnerNotice.UNAVAILABLE else "delayed")])
        elif fresh and isinstance(queue, dict) and isinstance(amount := waiting.meta.get(META_AMOUNT), str):
            wait = wait_phrase(t, float(queue["wait_seconds"]))
            text = t("kakao-amount-added", kind=amount, wait=wait)  # how much was eaten, noted
        elif fresh and isinstance(queue, dict) and waiting.meta.get(META_ADDED):
            text = t("kakao-added", wait=wait_phrase(t, float(queue["wait_seconds"])))  # added to a report
        elif fresh and isinstance(queue, dict):
            wait = wait_phrase(t, float(queue["wait_seconds"]))
            text = t(ids["queued"], place=queue["place"], wait=wait)
        else:
            text = t(ids["working"])
        about = waiting.meta.get(META_ABOUT)
        if isinstance(about, str) and waiting.text.startswith(about):  # one of two reports: named
            text = f"{about}\n{text}"
        choices = waiting.choices or (Choice(SHOW_RESULT, t("analysis-show-result")),)
        return Reply(text, choices=choices, meta=waiting.meta)

    def pull_only(self, replies: list[Reply], t: Translator) -> list[Reply]:
        """Late notices about a report ("saved, analysed once the model is back") promise a push
        Kakao cannot do: say instead how the user gets the result."""
        return [self.in_progress(r, t) if META_REPORT in r.meta else r for r in replies]

    async def defer_to_callback(
        self, ticket: Ticket, url: str, before: list[Reply], waiting: Reply, t: Translator, *, wait: float
    ) -> Answer | None:
        """Answer `useCallback` now (with the core's "analysing…" text); the result follows.

        The callback is kept in the store first (`Memory.open_callback`), so the replica whose
        analysis finishes can use it. None when the store does not take it within `wait`, or the
        turn passed its deadline meanwhile: then the caller answers as without a callback.
        """
        token = await self.memory.open_callback(
            ticket.user_key,
            url=url,
            report_id=ticket.report_id,
            locale=t.locale,
            before=before,
            waiting=waiting,
            ttl=timedelta(seconds=CALLBACK_LIFETIME),
            wait=wait,
        )
        if token is None:
            return None
        if ticket.late:  # the deadline answered meanwhile: withdraw the callback
            await self.memory.claim_callback(token)
            return None
        ticket.phase = Phase.CALLBACK
        ticket.token = token
        ticket.callback_url = url
        ticket.locale = t.locale
        ticket.before = before
        ticket.waiting = waiting
        ticket.watchdog = self._spawn(self._watchdog(ticket))
        return Answer(callback_accepted(waiting.text), after_send=ticket.sent.set)

    async def _watchdog(self, ticket: Ticket) -> None:
        """Use the callback when the result is not delivered in time: for the result itself if it
        is finished by now (another replica analysed it and found no callback), else for "still
        working"."""
        await asyncio.sleep(max(self.callback_wait - (time.monotonic() - ticket.created), 0.0))
        if ticket.claimed:
            return
        t = Translator(self.messages, ticket.locale)
        waiting = ticket.waiting or Reply("", meta={META_REPORT: ticket.report_id})
        await self._call_back(ticket, [self.in_progress(waiting, t, fresh=False)], result=False)

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """The outbox sender: True only when the user will see `replies`.

        See `delivery`: goes to a waiting callback (this process's, else one another replica
        stored for this user), or joins the answer being built here, else False (the replies stay
        undelivered until the user's next message).
        """
        if not replies:
            return True
        report_id = about_report(replies)
        ticket = self.tickets.route(user.external_id, report_id)
        if ticket is not None and ticket.phase is Phase.CALLBACK:
            return await self._call_back(ticket, replies, result=True)
        stored = await self.memory.waiting_callback(user.external_id, report_id)
        if stored is not None:
            return await self._call_back(self._remote(stored), replies, result=True)
        if ticket is not None and ticket.phase is Phase.OPEN:
            ticket.results.extend(replies)
            ticket.arrived.set()
            return True
        return False

    def _remote(self, stored: WaitingCallback) -> Ticket:
        """A ticket for a callback another replica stored (or one of this process's past ones)."""
        local = next((t for t in self.tickets.all() if t.token == stored.token), None)
        if local is not None:
            return local
        return Ticket(
            stored.user_key,
            created=time.monotonic() - stored.age,
            phase=Phase.CALLBACK,
            report_id=stored.report_id,
            callback_url=stored.url,
            locale=stored.locale,
            before=stored.before,
            waiting=stored.waiting,
            token=stored.token,
            remote=True,
        )

    async def _call_back(self, ticket: Ticket, replies: list[Reply], *, result: bool) -> bool:
        """POST to the ticket's callback URL, once across replicas: claimed here (`Ticket.claim`)
        and in the store (`Memory.claim_callback`) before anything is sent."""
        if not ticket.claim():
            return False
        self.tickets.discard(ticket)
        if result and ticket.watchdog is not None and ticket.watchdog is not asyncio.current_task():
            ticket.watchdog.cancel()
        if ticket.token is not None and await self.memory.claim_callback(ticket.token) is None:
            log.info("kakao callback for report %s used by another replica or expired", ticket.report_id)
            return False
        taken: list[Reply] = []
        if not result:  # the watchdog: the result may be finished without having found this callback
            taken = await self._finished(ticket.report_id)
            if taken:
                replies, result = taken, True
        url = ticket.callback_url
        assert url is not None
        if ticket.remote:  # the useCallback answer left right after the callback was stored
            await asyncio.sleep(max(SENT_GRACE - (time.monotonic() - ticket.created), 0.0))
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ticket.sent.wait(), SENT_GRACE)
        left = CALLBACK_LIFETIME - (time.monotonic() - ticket.created)
        t = Translator(self.messages, ticket.locale)
        shown = self.pull_only(replies, t) if result else replies  # "still working" is ready as is
        before = without_question(ticket.before) if result else ticket.before
        if left <= 0.5:
            log.warning("kakao callback for report %s expired before the result", ticket.report_id)
            await self.memory.hold(ticket.user_key, [*before, *(shown if taken else [])])
            return False
        body = await self.screens.show(
            Screen(ticket.user_key, t),
            with_result([*before, *shown]) if result else [*before, *shown],
        )
        try:
            await post_callback(
                url,
                body,
                allowed_hosts=self.hosts,
                allow_http=self.allow_http,
                client=self.http,
                http_timeout=min(CALLBACK_HTTP_TIMEOUT, left),
            )
        except (CallbackFailed, CallbackUrlRejected) as exc:
            log.warning("kakao callback for report %s not accepted: %s", ticket.report_id, exc)
            await self.memory.drop_view(ticket.user_key)
            await self.memory.hold(ticket.user_key, [*before, *(shown if taken else [])])
            return False
        return True

    async def _finished(self, report_id: Any) -> list[Reply]:
        """The report's result if it is finished and undelivered (now marked delivered), else []."""
        service = self._analysis()
        if service is None or report_id is None:
            return []
        try:
            return await service.take_result(report_id) or []
        except StoreUnavailable as exc:
            log.warning("kakao report %s: result not read for its callback: %s", report_id, exc.reason)
            return []


def without_question(before: list[Reply]) -> list[Reply]:
    """Replies made earlier without the survey question they asked again: by the time they are
    shown that question may be answered or the survey cancelled (third trial: a callback after
    "취소" asked "콩이는 몇 살이에요?" again; owner trial 7: held replies shown turns later put a
    stale "Question 14 of 15" above the turn's own question). What is shown with them asks the
    question open then."""
    return [r for r in before if META_QUESTION not in r.meta]


def with_result(replies: list[Reply]) -> list[Reply]:
    """One answer that shows a result (trial 3, F8): "I'll analyse it separately" is moot with the
    analysis right there, and a survey question asked before and after the result is asked once,
    last (the core asks it again after a pushed result, and the turn asked it too)."""
    kept = [r for r in replies if not r.meta.get(META_KEPT_ASIDE)]
    return [
        r
        for i, r in enumerate(kept)
        if META_QUESTION not in r.meta
        or not any(later.meta.get(META_QUESTION) == r.meta[META_QUESTION] for later in kept[i + 1 :])
    ]
