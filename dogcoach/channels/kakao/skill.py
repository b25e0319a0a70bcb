"""The Kakao skill turn: one parsed skill request in, one skill response out, within Kakao's 5 s.

This is the channel's behaviour; `dogcoach.webhook.kakao` only adds HTTP (secret, body limits).

- Ordinary turns go through the engine and are answered at once.
- "More", "more options" and "continue" are the channel's own buttons (`buttons.py`): served from
  `Memory` without the engine (they show what the last answer could not fit), and written to the
  transcript. Answers are rendered by `screen.Screens`.
- A behaviour report (a reply with `META_REPORT` in its meta) needs the LLM. With a usable
  `callbackUrl` we answer `useCallback` at once and POST the result there later, exactly once, or
  "still working" when the result is not ready after `KAKAO_CALLBACK_WAIT_SECONDS`. Without one we
  wait up to `KAKAO_SYNC_BUDGET_SECONDS` only when the estimated wait fits in it, and otherwise
  answer at once that the report is saved and being analysed (place in line, wait) with a "Show
  result" button (choice `SHOW_RESULT`, answered by the core). All of that is `late.LateReplies`.
- No analysis is shown as it is written (`progress` says False): Kakao cannot edit an answer.
- Whatever happens inside, the answer leaves before `KAKAO_RESPONSE_DEADLINE_SECONDS`: a turn that
  is still running then goes on in the background and its replies wait for the next message.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import math
import time
from collections.abc import Callable, Coroutine, Sequence
from functools import partial
from typing import Any

from dogcoach.bot.channel import ChannelAdapter
from dogcoach.bot.engine import Declined, Engine, Outcome
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import (
    META_ADDED,
    META_AMOUNT,
    META_KEPT_ASIDE,
    META_QUESTION,
    META_QUEUE,
    META_REPORT,
    META_SAFETY,
    META_STILL,
    Attachment,
    Choice,
    Incoming,
    Reply,
)
from dogcoach.handlers.results.render import SHOW_RESULT
from dogcoach.services.i18n import Messages, Translator, hint_locale, resolve_locale
from dogcoach.services.store import Store, StoreSession, StoreUnavailable, User

from .buttons import HELD_CHOICE_ID, is_channel_button, recognise
from .callback import CallbackFailed, CallbackUrlRejected, is_allowed_callback_url, parse_hosts, post_callback
from .delivery import Ticket, Tickets, report_id_of
from .incoming import to_incoming
from .late import (
    CALLBACK_HTTP_TIMEOUT,
    CALLBACK_LIFETIME,
    SENT_GRACE,
    LateReplies,
    ResultWaiter,
    with_result,
    without_question,
)
from .memory import Memory, Seen
from .models import MAX_QUICK_REPLIES, SkillRequest, callback_accepted
from .render import MORE_CHOICE_ID, parse_page_choice
from .screen import Answer, Screen, Screens, Shown

log = logging.getLogger(__name__)

KAKAO_LOCALE = "ko"  # Kakao users start in Korean whatever the server default
DEADLINE_MARGIN = 0.25  # time kept back from the deadline to build and send the answer
STORE_MARGIN = 0.3  # time kept back from a database wait to answer "please send it again"
RECORD_WAIT = 1.0  # a transcript line or a language lookup: not worth more of the deadline
# Kept back for a turn's own work when it first waits for the user's previous turn, still running
# past its deadline (`_after_late`).
OWN_TURN = 1.0
# Kept back from the deadline by a repeated message waiting for the first one (`_repeated`).
REPEAT_MARGIN = 0.3
# Kept back, from the deadline or from the callback's wait, by a reply completed after the commit
# that can go without its completion (a chart: `Turn.reply_later`), for what the turn does after
# it (the view kept, the answer rendered, or its replies held for the callback). Stop 61: the
# first week view after start-up waited behind the chart worker's warm-up (10–25 s on a loaded
# box) and answered "taking a while" alone; now its counts, and the chart with the next ask.
FINISH_MARGIN = 0.6
CALLBACK_FINISH_MARGIN = 1.0


@dataclasses.dataclass(eq=False)
class _Making:
    """A user's turn still being made: what they sent, its task and ticket, and the task that
    POSTs its answer to Kakao's callback once it is made (`_by_callback`), if it went there."""

    said: tuple[str | None, str | None]
    task: asyncio.Task[Any]
    ticket: Ticket
    poster: asyncio.Task[Any] | None = None

    def done(self) -> bool:
        return self.task.done() and (self.poster is None or self.poster.done())

    def waiter(self) -> asyncio.Task[Any]:
        return self.poster or self.task


class KakaoSkill(ChannelAdapter[SkillRequest, Screen, dict[str, Any]]):
    """The Kakao channel over the shared engine; also the outbox sender for `Channel.KAKAO`."""

    channel = Channel.KAKAO

    def __init__(
        self,
        engine: Engine,
        store: Store,
        messages: Messages,
        settings: Settings,
        *,
        analysis: Callable[[], ResultWaiter | None] | None = None,
        memory: Memory | None = None,
        ready: asyncio.Event | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.messages = messages
        self.settings = settings
        self.memory = memory or Memory(store)
        self.tickets = Tickets()
        self._ready = ready  # None: the store is always there (a skill built around an open store)
        self._analysis = analysis or (lambda: None)
        self.deadline = settings.kakao_response_deadline_seconds
        self.budget = settings.kakao_sync_budget_seconds
        public_base_url = (settings.public_base_url or "").rstrip("/") or None
        self.screens = Screens(self.memory, public_base_url)
        self.late = LateReplies(
            self.tickets,
            self.memory,
            self.screens,
            messages,
            self._analysis,
            self._spawn,
            hosts=parse_hosts(settings.kakao_callback_hosts),
            allow_http=settings.kakao_callback_allow_http,
            callback_wait=settings.kakao_callback_wait_seconds,
        )
        self._background: set[asyncio.Task[Any]] = set()
        # user → their turn still running after its deadline answered "taking a while" (`_after_late`)
        self._late_turns: dict[str, asyncio.Task[Any]] = {}
        # user → their last turn while it is being made: the same message again is answered from
        # it, not made a second time (`_repeated`; stop 60: three week cards stacked)
        self._making: dict[str, _Making] = {}
        self.callback_after = settings.kakao_callback_after_seconds

    async def aclose(self) -> None:
        """Stop watchdogs and turns still running, then close the HTTP client."""
        tasks = list(self._background)  # turns past their deadline, callback watchdogs
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.late.aclose()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    # ------------------------------------------------------------------------------ the surface

    def to_incoming(self, req: SkillRequest) -> Incoming:
        """The skill request as a turn (`incoming.to_incoming`), in Korean unless Kakao says another
        language or the owner types in another script. Kakao's own `ko` (`kr`) says nothing about
        the owner (the new-owner trial's English typist got it too): it is the fallback, not a
        hint, which would stop the engine from reading the script typed."""
        incoming = to_incoming(req)
        if incoming.locale_hint is not None and hint_locale(incoming.locale_hint) == KAKAO_LOCALE:
            incoming = dataclasses.replace(incoming, locale_hint=None)
        # without a download link no file reaches the owner: the help does not offer them (K2)
        files = self.screens.public_base_url is not None
        return dataclasses.replace(incoming, fallback_locale=KAKAO_LOCALE, files=files)

    def render(self, screen: Screen, replies: Sequence[Reply]) -> dict[str, Any]:
        """The skill answer body (nothing kept: a turn's answers go through `Screens.show`, which
        also keeps the view and the offered files in the store)."""
        return self.screens.render(screen, replies).body

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """The outbox sender: True only when the user will see `replies` (see `late.py`)."""
        return await self.late.send(user, replies)

    async def progress(self, user: User, reply: Reply) -> bool:
        """No analysis as it is written: a skill answer cannot be edited, and the one callback is
        kept for the whole result."""
        return False

    async def file(self, token: str) -> Attachment | None:
        """A file offered as a link (`/kakao/files/<token>`), from the store: any replica serves it."""
        return await self.memory.file(token)

    # ------------------------------------------------------------------------------ a turn

    async def answer(self, req: SkillRequest, *, started: float | None = None) -> Answer:
        """Answer one skill request before the deadline, whatever the engine or the LLM do."""
        loop = asyncio.get_running_loop()
        deadline_at = (started if started is not None else loop.time()) + self.deadline - DEADLINE_MARGIN
        incoming = self.to_incoming(req)
        key = incoming.user.external_id
        if self._ready is not None and not self._ready.is_set():  # not connected yet: keep nothing
            t = self._t(self._cached_locale(key, incoming.locale_hint))
            return Answer(self.render(Screen(key, t, remember=False), [Reply(t("store-unavailable"))]))
        said = (incoming.text, incoming.choice)
        making = self._making.get(key)
        if making is not None and making.said == said and not making.done() and any(said):
            return await self._repeated(making, incoming, deadline_at)
        await self._after_late(key, deadline_at)
        ticket = self.tickets.open(key)
        callback_url = self._callback_url(req)
        begun = started if started is not None else loop.time()
        finish_by = (
            deadline_at - FINISH_MARGIN
            if callback_url is None
            else begun + self.callback_after + self.late.callback_wait - CALLBACK_FINISH_MARGIN
        )
        task = self._spawn(self._turn(req, incoming, ticket, deadline_at, finish_by))
        making = self._making[key] = _Making(said, task, ticket)
        task.add_done_callback(partial(self._made, key, making))
        wait = deadline_at - loop.time()
        if callback_url is not None:  # a slow turn answers through the callback (stop 60)
            wait = min(wait, begun + self.callback_after - loop.time())
        try:
            answer = await asyncio.wait_for(asyncio.shield(task), max(wait, 0.0))
        except TimeoutError:
            if callback_url is not None and not ticket.late and not task.done():
                return self._by_callback(making, incoming, callback_url)
            log.warning("kakao turn passed the deadline; answering with the fallback")
            task.add_done_callback(_log_failure)  # it goes on and holds its replies for later
            self._late_turns[key] = task
            task.add_done_callback(partial(self._late_done, key))
            return self._late_answer(ticket, incoming, task)
        except Exception:
            log.exception("kakao turn failed")
            self.tickets.close(ticket)
            t = self._t(self._cached_locale(key, incoming.locale_hint))
            return Answer(self.render(Screen(key, t), [Reply(t("kakao-error"))]))
        return answer if answer is not None else self._late_answer(ticket, incoming, task)

    def _made(self, key: str, making: _Making, _task: asyncio.Task[Any]) -> None:
        if self._making.get(key) is making and making.done():
            del self._making[key]

    def _callback_url(self, req: SkillRequest) -> str | None:
        url = req.callback_url
        if url and is_allowed_callback_url(url, self.late.hosts, allow_http=self.late.allow_http):
            return url
        return None

    def _by_callback(self, making: _Making, incoming: Incoming, url: str) -> Answer:
        """A turn not made within `KAKAO_CALLBACK_AFTER_SECONDS` while Kakao gave a callback URL
        (a week chart on a busy 2-core box, stop 60): answer `useCallback` now, and POST the turn's
        answer there once it is made (`_post_made`). The turn goes on as past its deadline: its
        replies are held, and the callback takes them."""
        ticket = making.ticket
        key = ticket.user_key
        ticket.late = True
        results = ticket.take_results()
        self.tickets.close(ticket)
        t = self._t(self._cached_locale(key, incoming.locale_hint))
        sent = asyncio.Event()
        poster = self._spawn(self._post_made(making, incoming, url, results, sent))
        making.poster = poster
        poster.add_done_callback(partial(self._made, key, making))
        making.task.add_done_callback(_log_failure)
        # the user's next message waits for the callback to be used, not only for the turn
        self._late_turns[key] = poster
        poster.add_done_callback(partial(self._late_done, key))
        self._spawn(self._said_after(making.task, incoming, [Reply(t("kakao-making"))]))
        return Answer(callback_accepted(t("kakao-making")), after_send=sent.set)

    async def _post_made(
        self, making: _Making, incoming: Incoming, url: str, results: list[Reply], sent: asyncio.Event
    ) -> None:
        """POST what the turn held (and `results` arrived before) to the callback, once; what
        Kakao does not take is held again for the user's next message."""
        key = making.ticket.user_key
        created = making.ticket.created
        await asyncio.wait({making.task}, timeout=self.late.callback_wait)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(sent.wait(), SENT_GRACE)
        t = self._t(await self._locale(key, incoming.locale_hint))
        try:
            held = await self.memory.take_held(key, wait=RECORD_WAIT)
        except StoreUnavailable as exc:
            log.warning("kakao callback: held replies not read: %s", exc.reason)
            held = []
        shown = [*results, *held]
        own: list[Reply] = []  # the channel's own line, written to the transcript (the rest was)
        if not making.task.done():  # still not made: its answer comes with the next message
            own = [Reply(t("kakao-slow"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))]
        elif not shown:  # the turn failed, or another message of the user showed it meanwhile
            failed = not making.task.cancelled() and making.task.exception() is not None
            own = [Reply(t("kakao-error" if failed else "kakao-repeat-shown"))]
        shown += own
        if own:
            self._spawn(self._said_after(making.task, incoming, own))
        left = CALLBACK_LIFETIME - (time.monotonic() - created)
        try:
            body = await self.screens.show(Screen(key, t), shown, wait=RECORD_WAIT)
            await post_callback(
                url,
                body,
                allowed_hosts=self.late.hosts,
                allow_http=self.late.allow_http,
                client=self.late.http,
                http_timeout=max(min(CALLBACK_HTTP_TIMEOUT, left), 0.5),
            )
        except (CallbackFailed, CallbackUrlRejected, StoreUnavailable) as exc:
            log.warning("kakao callback of a slow turn not accepted: %s", exc)
            real = [r for r in shown if r.text != t("kakao-repeat-shown")]
            with contextlib.suppress(StoreUnavailable):
                await self.memory.drop_view(key)
                if real:
                    await self.memory.hold(key, real)

    async def _repeated(self, making: _Making, incoming: Incoming, deadline_at: float) -> Answer:
        """The same message again while the first is still being made (the owner tapped "이번 주"
        again and again): not made a second time. Waits for the first as long as this answer can;
        then its held answer, shown once, when the first went past its deadline without a callback
        and is made now; else a short line: coming (through the callback, or the first answer) or
        shown above; still not made past its deadline: "taking a while" again, with "continue"."""
        key = making.ticket.user_key
        loop = asyncio.get_running_loop()
        spare = deadline_at - loop.time() - REPEAT_MARGIN
        if spare > 0:
            await asyncio.wait({making.waiter()}, timeout=spare)
        t = self._t(self._cached_locale(key, incoming.locale_hint))
        held_late = making.ticket.late and making.poster is None
        shown: list[Reply] = []
        body: dict[str, Any] | None = None
        if held_late and making.task.done():
            try:
                held = await self.memory.take_held(key, wait=_store_wait(deadline_at))
                if held:
                    shown = held
                    body = await self.screens.show(Screen(key, t), held, wait=_store_wait(deadline_at))
            except StoreUnavailable as exc:
                log.warning("kakao repeated message: held replies not read: %s", exc.reason)
        if body is None:
            if held_late and not making.task.done():
                shown = [Reply(t("kakao-slow"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))]
            else:
                line = "kakao-repeat-shown" if making.done() else "kakao-repeat-coming"
                shown = [Reply(t(line))]
            body = self.render(Screen(key, t, remember=False), shown)
        # In the transcript as every answer is (stop 61: the message and its short line were not):
        # written after answering, the deadline is near.
        self._spawn(self._recorded(incoming, shown))
        return Answer(body)

    def _late_done(self, key: str, task: asyncio.Task[Any]) -> None:
        if self._late_turns.get(key) is task:
            del self._late_turns[key]

    async def _after_late(self, key: str, deadline_at: float) -> None:
        """Wait for the user's turn still running after its deadline answered "taking a while,
        send your next message and I'll show it then" (a /week chart drawn cold), up to what
        this turn can spare, so that the replies it holds are there for this answer (owner trial
        7: they came two or three messages later, above an unrelated reply)."""
        late = self._late_turns.get(key)
        spare = deadline_at - asyncio.get_running_loop().time() - OWN_TURN
        if late is not None and not late.done() and spare > 0:
            await asyncio.wait({late}, timeout=spare)

    async def _not_kept(self, ticket: Ticket, incoming: Incoming, exc: StoreUnavailable) -> Answer | None:
        """The database did not answer within the turn's wait: nothing of it was kept. Ask for it
        again now, or, when the deadline already answered "still working", with the next answer."""
        key = ticket.user_key
        log.warning("kakao turn not kept: %s", exc.reason)
        t = self._t(self._cached_locale(key, incoming.locale_hint))
        if ticket.late:
            await self.memory.hold(key, [Reply(t("store-unavailable-late"))])
            return None
        results = ticket.take_results()
        self.tickets.close(ticket)
        shown = [*self.memory.take_local_held(key), *results, Reply(t("store-unavailable"))]
        return Answer(self.render(Screen(key, t, remember=False), shown))

    def _late_answer(self, ticket: Ticket, incoming: Incoming, task: asyncio.Task[Any]) -> Answer:
        """Past the deadline: show what already arrived and a "continue" button for the rest; the
        "taking a while" line is written to the transcript once the turn (`task`) is done."""
        key = ticket.user_key
        ticket.late = True
        results = ticket.take_results()
        self.tickets.close(ticket)
        t = self._t(self._cached_locale(key, incoming.locale_hint))
        slow = Reply(t("kakao-slow"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))
        screen = Screen(key, t)
        shown = self.screens.render(screen, [*results, slow])
        self._spawn(self.screens.keep(screen, shown))  # the deadline has come: kept after answering
        self._spawn(self._said_after(task, incoming, [slow]))
        return Answer(shown.body)

    async def _finish(
        self,
        ticket: Ticket,
        screen: Screen,
        replies: list[Reply],
        deadline_at: float,
        *,
        held: list[Reply] | None = None,
        kept: Shown | None = None,
        written: bool = False,
    ) -> tuple[Answer | None, list[Reply]]:
        """This request's answer: replies held for the user first (taken from the store unless
        `held` is given), then results that reached the ticket, then `replies`; and what it shows.
        `kept`: `replies` rendered, and kept already in the turn's transaction (`_keep_in_turn`),
        used as it is when nothing was held or arrived since. `written`: the turn kept a view of its
        own (which `screen.seen` does not know of), so another answer's view is written whatever
        `seen` says.

        Past the deadline (it may come while the store is read or written) the answer has gone
        already: what it would have shown is held for the next message, and the answer is None.
        """
        key = ticket.user_key
        if held is None:  # what is shown under them is newer: their question is stale
            held = await self._take_held(key, screen.seen, deadline_at)
            held = without_question(held) if replies else held
        shown = [*held, *ticket.take_results(), *replies]  # no await from here to the close
        self.tickets.close(ticket)
        if not ticket.late:
            if kept is not None and len(shown) == len(replies):
                return Answer(kept.body), shown
            rendered = self.screens.render(screen, shown)
            keep = dataclasses.replace(screen, seen=None) if written else screen
            await self.screens.keep(keep, rendered, wait=_store_wait(deadline_at))
            if not ticket.late:
                return Answer(rendered.body), shown
        await self.memory.hold(key, shown)
        return None, shown

    async def _take_held(self, key: str, seen: Seen | None, deadline_at: float) -> list[Reply]:
        """Held replies, read from the store only when the turn's first read saw some."""
        if seen is not None and not seen.held:
            return []
        return await self.memory.take_held(key, wait=_store_wait(deadline_at))

    async def _turn(
        self, req: SkillRequest, incoming: Incoming, ticket: Ticket, deadline_at: float, finish_by: float
    ) -> Answer | None:
        """The turn proper; None when the deadline already answered (its replies are then held).
        `finish_by` (`loop.time()`): a chart not drawn by then is left out of the answer
        (`Engine.run`)."""
        key = ticket.user_key
        read: list[tuple[Seen, Incoming]] = []  # the view read in the turn's transaction, and
        # the incoming as the channel reads it with that view (a label of its own buttons typed)
        kept: list[tuple[list[Reply], Shown]] = []  # the replies rendered in the turn, the answer

        async def prepare(session: StoreSession, given: Incoming) -> Incoming | None:
            seen = await self.memory.load_in(session, key)
            taken = recognise(given, seen.view, seen.held, self.messages)
            read.append((seen, taken))
            return None if is_channel_button(taken.choice) else taken

        async def keep_in_turn(session: StoreSession, done: Outcome) -> None:
            shown = await self._keep_in_turn(session, ticket, read[0][0], done)
            if shown is not None:
                kept.append((list(done.replies), shown))

        # A first message is the core's to understand (a report, a greeting, a language name):
        # Kakao has no /start of its own, and the core treats first contact alike on every channel.
        # The view is read (`prepare`) and kept (`keep_in_turn`) in the turn's own transaction.
        try:
            outcome = await self.engine.run(
                incoming,
                wait=_store_wait(deadline_at),
                prepare=prepare,
                before_commit=keep_in_turn,
                survey_paused=True,  # its menu offers the way back to a paused survey
                finish_by=finish_by,
            )
        except Declined:  # one of the channel's own buttons: served without the engine
            return await self._navigate(read[0][1], read[0][0], ticket, deadline_at)
        except StoreUnavailable as exc:
            if read:  # the turn itself was not kept
                return await self._not_kept(ticket, read[0][1], exc)
            # The database did not answer at all: as when the view could not be read before.
            seen = self.memory.unread(key)
            taken = recognise(incoming, seen.view, seen.held, self.messages)
            if is_channel_button(taken.choice):
                return await self._navigate(taken, seen, ticket, deadline_at)
            return await self._not_kept(ticket, taken, exc)
        seen, incoming = read[0]
        replies = outcome.replies
        locale = await self._remember_locale(key, incoming.locale_hint, outcome.locale)
        t = self._t(locale)
        # menu None: erased, or refused; resume: the survey paused, its words lead the menu
        screen = Screen(key, t, seen=seen, menu=outcome.locale is not None, resume=outcome.survey_paused)
        report_id = report_id_of(replies)
        waiting = next((r for r in replies if META_REPORT in r.meta), None)
        # Another report acknowledged in the same turn (trial 3, F5) is said as Kakao can: saved,
        # fetch it with "Show result" (its result comes with a later answer).
        others = self.late.pull_only([r for r in replies if r is not waiting], t)
        # A result in hand takes its acknowledgement's place: what the turn said after it (an
        # open question asked again, an offer) comes after the result, so the question is the
        # last thing shown and the safety text stays first (trial 2, finding 13).
        place = replies.index(waiting) if waiting is not None else len(replies)
        after = self.late.pull_only(replies[place + 1 :], t)
        before = self.late.pull_only(replies[:place], t)
        if ticket.late:
            await self.memory.hold(
                key,
                others if waiting is None else _back_after_kept([*others, self.late.in_progress(waiting, t)]),
            )
            return None
        if waiting is None:
            answer, _ = await self._finish(
                ticket, screen, replies, deadline_at, kept=_same(kept, replies), written=bool(kept)
            )
            return answer

        # A report turn: the LLM is at work.
        ticket.report_id = report_id
        service = self._analysis()
        delayed = service is not None and service.delayed  # the model is down: nothing to wait for
        # A red flag's reply must be read now: Kakao shows a callback answer's own text only as
        # the block's waiting line, so such a turn answers at once, whole, and the result is
        # fetched. A note on a punishment alone (no red flag) goes first in the callback with the
        # result (owner trial 32: "i shouted at her" left the result to "Show result").
        urgent = any(r.meta.get(META_SAFETY) for r in others)
        held: list[Reply] | None = None
        if not ticket.results and not delayed:
            callback_url = None if urgent else req.callback_url
            if callback_url and is_allowed_callback_url(
                callback_url, self.late.hosts, allow_http=self.late.allow_http
            ):
                held = without_question(await self._take_held(key, seen, deadline_at))
                deferred = await self.late.defer_to_callback(
                    ticket, callback_url, [*held, *others], waiting, t, wait=_store_wait(deadline_at)
                )
                if deferred is not None:
                    return deferred
            elif callback_url:
                log.warning("kakao callback URL refused by the host allow-list; answering synchronously")
            loop = asyncio.get_running_loop()
            budget = min(self.budget, deadline_at - loop.time())
            if not ticket.late and self.late.worth_waiting(waiting, budget):
                try:
                    await self.late.wait_result(ticket, report_id, budget)
                except StoreUnavailable as exc:  # the report is kept: its result comes later
                    log.warning("kakao report %s: could not wait for its result: %s", report_id, exc.reason)
        results = self.late.pull_only(ticket.take_results(), t)
        if ticket.late:  # a result taken after the deadline answered is held, not lost
            await self.memory.hold(
                key,
                with_result([*(held or []), *before, *_added(waiting, t), *results, *after])
                if results
                else _back_after_kept([*(held or []), *others, self.late.in_progress(waiting, t)]),
            )
            return None
        still = self.late.in_progress(waiting, t)
        asked = incoming.choice == SHOW_RESULT or bool(waiting.meta.get(META_STILL))
        if not results and asked and not delayed:
            # "show result" tapped or typed too early: the time left now, not the first estimate again
            still = _time_left(still, waiting, t, elapsed=time.monotonic() - ticket.created)
        shown = results or [still]
        # With the result in hand it takes its acknowledgement's place (detail added to the report
        # says so first: the result alone looked like the first one shown again); still at work,
        # "still working" comes before an open question, whose options stay the row shown (Kakao
        # shows the last reply's quick replies only: fresh trial, F8).
        ordered = (
            with_result([*before, *_added(waiting, t), *results, *after])
            if results
            else _question_last(_back_after_kept([*others, *shown]))
        )
        answer, _ = await self._finish(ticket, screen, ordered, deadline_at, held=held)
        return answer

    async def _keep_in_turn(
        self, session: StoreSession, ticket: Ticket, seen: Seen, outcome: Outcome
    ) -> Shown | None:
        """Inside the turn's transaction (`Engine.run`'s `before_commit`): the common turn's answer
        rendered and its view kept there, one commit for both instead of two. Only a turn that
        `_finish` would answer with its replies alone: no report (those wait for a result or a
        callback), nothing held or arrived, not past the deadline. Anything else, an answer that
        does not render, or replies completed after the commit (`_same`) is left to `_finish` as
        before (which keeps its own view over this one)."""
        if ticket.late or ticket.results or seen.held or outcome.locale is None:
            return None
        if any(META_REPORT in r.meta for r in outcome.replies):
            return None
        screen = Screen(ticket.user_key, self._t(outcome.locale), seen=seen, resume=outcome.survey_paused)
        try:
            shown = self.screens.render(screen, outcome.replies)
        except Exception:  # `_finish` renders it again and fails the answer, not the turn
            return None
        await self.screens.keep_in(session, screen, shown)
        return shown

    async def _navigate(
        self, incoming: Incoming, seen: Seen, ticket: Ticket, deadline_at: float
    ) -> Answer | None:
        """Serve the channel's own buttons (more, more options, continue) without the engine."""
        choice = incoming.choice
        page = parse_page_choice(choice)
        key = incoming.user.external_id
        view = seen.view
        locale = view.locale if view is not None else await self._locale(key, incoming.locale_hint)
        if ticket.late:
            return None
        t = self._t(locale)
        replies: list[Reply]
        next_page = 0
        held: list[Reply] | None = None
        if choice == HELD_CHOICE_ID:
            held = await self._take_held(key, seen, deadline_at)
            replies = [*held, *ticket.take_results()]
            if not replies:
                replies = [
                    Reply(t("kakao-nothing-held"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))
                ]
            held = []  # shown above, in their place
        elif choice == MORE_CHOICE_ID and view is not None and view.overflow:
            replies = view.more_replies()
        elif page is not None and view is not None and view.page_count > 1:
            next_page = page % view.page_count
            text = t("kakao-page", n=next_page + 1, total=view.page_count)
            replies = [Reply(text, choices=view.choices, multi=view.multi)]
        else:
            replies = [Reply(t("kakao-expired"))]
        answer, shown = await self._finish(
            ticket, Screen(key, t, next_page, seen=seen), replies, deadline_at, held=held
        )
        if answer is None:
            return None
        await self._recorded(incoming, shown)
        return answer

    async def _record(self, incoming: Incoming, replies: list[Reply], *, inbound: bool = True) -> None:
        """Write a turn the engine did not make (a channel button, the same message again while
        the first is made) to the transcript, as the engine does for its turns: the message in,
        each reply out; without `inbound`, only the replies (the channel's own lines said in a
        turn the engine made and wrote: "taking a while", "making it")."""
        async with self.store.session(wait=RECORD_WAIT) as session:
            user = await session.get_user(Channel.KAKAO, incoming.user.external_id)
            if user is None:
                return
            payload: dict[str, Any] = {"choice": incoming.choice}
            if incoming.payload is not None:
                payload["platform"] = incoming.payload
            lines: list[tuple[str, str | None, Any]] = [("in", incoming.text, payload)] if inbound else []
            lines += [("out", reply.text, reply.to_json()) for reply in replies]
            await session.add_messages(user.id, lines)

    async def _recorded(self, incoming: Incoming, replies: list[Reply], *, inbound: bool = True) -> None:
        """`_record`, a database that does not answer logged: what was shown is shown already,
        only its transcript lines are lost."""
        try:
            await self._record(incoming, replies, inbound=inbound)
        except StoreUnavailable as exc:
            log.warning("kakao answer not in the transcript: %s", exc.reason)

    async def _said_after(self, task: asyncio.Task[Any], incoming: Incoming, replies: list[Reply]) -> None:
        """The channel's own lines answered while the engine's turn (`task`) still ran ("taking a
        while", "making it") written once it is done, after the turn's own lines (stop 62: they
        were never written, the transcript did not hold what the owner saw)."""
        await asyncio.wait({task})
        await self._recorded(incoming, replies, inbound=False)

    def _t(self, locale: str) -> Translator:
        return Translator(self.messages, locale)

    def _cached_locale(self, key: str, hint: str | None) -> str:
        return self.memory.locales.get(key) or resolve_locale(None, hint or KAKAO_LOCALE, KAKAO_LOCALE)

    async def _remember_locale(self, key: str, hint: str | None, locale: str | None) -> str:
        """The language a turn ended in, kept for answers made without the database; None (erased,
        or never known): forget the user here too."""
        if locale is None:
            await self.memory.forget(key)
            return resolve_locale(None, hint or KAKAO_LOCALE, KAKAO_LOCALE)
        self.memory.locales.put(key, locale)
        return locale

    async def _locale(self, key: str, hint: str | None, *, wait: float = RECORD_WAIT) -> str:
        """The user's language as the engine sees it now (a turn may just have switched it); the
        one last seen when the database does not answer within `wait`."""
        try:
            async with self.store.session(wait=wait) as session:
                user = await session.get_user(Channel.KAKAO, key)
        except StoreUnavailable:
            return self._cached_locale(key, hint)
        # Never wrote, or just erased everything (/delete): forgotten here too.
        return await self._remember_locale(key, hint, None if user is None else self.engine.locale_for(user))

    async def too_long(self, user_key: str, hint: str | None, limit: int) -> dict[str, Any]:
        """The answer to an utterance over Kakao's limit: a localized "too long", nothing stored."""
        t = self._t(await self._locale(user_key, hint))
        return self.render(Screen(user_key, t, remember=False), [Reply(t("kakao-too-long", count=limit))])


def _same(kept: list[tuple[list[Reply], Shown]], replies: list[Reply]) -> Shown | None:
    """The answer rendered inside the turn, if the turn's replies are still those it rendered (an
    after-commit job may have completed one since: an export's file, a chart)."""
    if not kept:
        return None
    rendered, shown = kept[0]
    same = len(rendered) == len(replies) and all(a is b for a, b in zip(rendered, replies, strict=True))
    return shown if same else None


def _added(waiting: Reply, t: Translator) -> list[Reply]:
    """The line for a result shown in the turn that added detail to its report: the detail was
    added and analysed again (nothing for a report of its own); how much was eaten, noted on the
    poisoning report (`META_AMOUNT`)."""
    amount = waiting.meta.get(META_AMOUNT)
    if isinstance(amount, str):
        return [Reply(t("kakao-amount-analysed", kind=amount))]
    return [Reply(t("kakao-added-analysed"))] if waiting.meta.get(META_ADDED) else []


def _back_after_kept(replies: list[Reply]) -> list[Reply]:
    """`replies` with "back to the question" (`META_KEPT_ASIDE`) after the line saying what
    happened to the message ("saved, being analysed": `META_REPORT`), whatever else staying where
    it is (the last reply's quick replies are the ones Kakao shows). Stop 63 owner trial: "하던
    질문으로 돌아갈게요." came above "💾 알겠어요. 말씀하신 내용은 저장했고…"."""
    back = [r for r in replies if r.meta.get(META_KEPT_ASIDE)]
    acks = [r for r in replies if META_REPORT in r.meta and not r.meta.get(META_KEPT_ASIDE)]
    if not back or not acks:
        return replies
    rest = [r for r in replies if not r.meta.get(META_KEPT_ASIDE)]
    at = next(i for i, r in enumerate(rest) if r is acks[-1]) + 1
    return [*rest[:at], *back, *rest[at:]]


def _question_last(replies: list[Reply]) -> list[Reply]:
    """`replies` with the open survey question (`META_QUESTION`) moved to the end, so that its
    options, not an acknowledgement's "show result" alone, are the quick replies Kakao shows;
    "show result" joins the question's row when it fits (not a multi-choice's: its row stays the
    same from tick to tick)."""
    asked = [r for r in replies if META_QUESTION in r.meta]
    if not asked:
        return replies
    rest = [r for r in replies if META_QUESTION not in r.meta]
    question = asked[-1]
    offers = [c for r in rest for c in r.choices if c.id == SHOW_RESULT]
    if offers and question.choices and not question.multi and len(question.choices) < MAX_QUICK_REPLIES:
        joined = dataclasses.replace(question, choices=(*question.choices, offers[-1]))
        asked = [*asked[:-1], joined]
    return [*rest, *asked]


def _time_left(still: Reply, waiting: Reply, t: Translator, *, elapsed: float) -> Reply:
    """`still` worded as the time left from now (the core's estimate when the turn began, less
    what this turn waited), when the analysis is running or queued; as it was otherwise (the
    model away: the service's notice)."""
    queue = waiting.meta.get(META_QUEUE)
    if not isinstance(queue, dict) or "wait_seconds" not in queue:
        return still
    left = max(float(queue["wait_seconds"]) - elapsed, 1.0)
    if left < 60:
        text = t("kakao-result-not-yet", seconds=math.ceil(left))
    else:
        text = t("kakao-result-not-yet-minutes", minutes=round(left / 60))
    return dataclasses.replace(still, text=text)


def _store_wait(deadline_at: float) -> float:
    """How long a step of the turn may wait for the database: what is left before the deadline,
    less the time to answer, so that a turn the database cannot take is answered "please send it
    again" rather than "still working"."""
    return max(0.0, deadline_at - asyncio.get_running_loop().time() - STORE_MARGIN)


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("kakao turn failed after its deadline", exc_info=task.exception())
