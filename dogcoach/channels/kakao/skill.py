"""The Kakao skill turn: one parsed skill request in, one skill response out, within Kakao's 5 s.

This is the channel's behaviour; `dogcoach.webhook.kakao` only adds HTTP (secret, body limits).

- Ordinary turns go through the engine and are answered at once.
- "More", "more options" and "continue" are the channel's own buttons: served from `Memory`
  without the engine (they show what the last answer could not fit), and written to the transcript.
- A behaviour report (a reply whose meta names `analysis_report_id`) needs the LLM. With a usable
  `callbackUrl` we answer `useCallback` at once and POST the result there later, exactly once, or
  "still working" when the result is not ready after `KAKAO_CALLBACK_WAIT_SECONDS`. Without one we
  wait up to `KAKAO_SYNC_BUDGET_SECONDS` and otherwise answer "in progress" with a "Show result"
  button (choice `report:result`, answered by the core).
- Whatever happens inside, the answer leaves before `KAKAO_RESPONSE_DEADLINE_SECONDS`: a turn that
  is still running then goes on in the background and its replies wait for the next message.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from dogcoach.bot.engine import Engine
from dogcoach.bot.types import Attachment, Choice, Incoming, Reply
from dogcoach.config import Settings
from dogcoach.handlers import onboarding
from dogcoach.services.i18n import LOCALES, Messages, Translator, normalize, resolve_locale
from dogcoach.services.proxies import LOOPBACK_DIRECT
from dogcoach.services.store import Store, User

from .callback import CallbackFailed, CallbackUrlRejected, is_allowed_callback_url, parse_hosts, post_callback
from .delivery import REPORT_META, Phase, Ticket, Tickets, about_report, report_id_of
from .incoming import CHANNEL, to_incoming
from .memory import Memory, View
from .models import SkillRequest, callback_accepted
from .render import MORE_CHOICE_ID, page_choice, parse_page_choice, render

log = logging.getLogger(__name__)

START_COMMAND = "/start"
SHOW_RESULT_CHOICE = "report:result"  # the core answers it with the stored result or "still working"
HELD_CHOICE_ID = "kakao.held"
CHANNEL_CHOICES = frozenset({HELD_CHOICE_ID, SHOW_RESULT_CHOICE})
KAKAO_LOCALE = "ko"  # Kakao users start in Korean whatever the server default
# Choices kept on every page of a long option list: the survey's navigation.
PINNED_CHOICES = frozenset({onboarding.DONE, onboarding.SKIP, onboarding.BACK})
CALLBACK_LIFETIME = 54.0  # seconds a callback URL is safe to use (Kakao: about one minute)
CALLBACK_HTTP_TIMEOUT = 5.0
SENT_GRACE = 2.0  # how long a callback waits for Kakao to have our `useCallback` answer
DEADLINE_MARGIN = 0.25  # time kept back from the deadline to build and send the answer
FILES_PATH = "/kakao/files/"


class ResultWaiter(Protocol):
    """The analysis service (`AnalysisService`), as far as this channel needs it."""

    @property
    def delayed(self) -> bool:
        """True while the model is known to be unreachable."""

    async def wait(self, report_id: Any, timeout: float) -> bool: ...  # noqa: ASYNC109 (its contract)

    async def take_result(self, report_id: Any) -> list[Reply] | None: ...


@dataclass(frozen=True, slots=True)
class Answer:
    """A skill response body and what to do once it has been sent."""

    body: dict[str, Any]
    after_send: Callable[[], None] | None = None


class KakaoSkill:
    """The Kakao channel over the shared engine; also the outbox sender for channel "kakao"."""

    def __init__(
        self,
        engine: Engine,
        store: Store,
        messages: Messages,
        settings: Settings,
        *,
        analysis: Callable[[], ResultWaiter | None] | None = None,
        memory: Memory | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.messages = messages
        self.settings = settings
        self.memory = memory or Memory()
        self.tickets = Tickets()
        self._analysis = analysis or (lambda: None)
        self.hosts = parse_hosts(settings.kakao_callback_hosts)
        self.allow_http = settings.kakao_callback_allow_http
        self.deadline = settings.kakao_response_deadline_seconds
        self.budget = settings.kakao_sync_budget_seconds
        self.callback_wait = min(
            settings.kakao_callback_wait_seconds, CALLBACK_LIFETIME - CALLBACK_HTTP_TIMEOUT
        )
        self.public_base_url = (settings.public_base_url or "").rstrip("/") or None
        self.http = httpx.AsyncClient(
            timeout=CALLBACK_HTTP_TIMEOUT, follow_redirects=False, mounts=LOOPBACK_DIRECT
        )
        self._background: set[asyncio.Task[Any]] = set()

    async def aclose(self) -> None:
        """Stop watchdogs and turns still running, then close the HTTP client."""
        tasks = list(self._background)  # turns past their deadline, callback watchdogs
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.http.aclose()

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    # ------------------------------------------------------------------------------ a turn

    async def answer(self, req: SkillRequest, *, started: float | None = None) -> Answer:
        """Answer one skill request before the deadline, whatever the engine or the LLM do."""
        loop = asyncio.get_running_loop()
        deadline_at = (started if started is not None else loop.time()) + self.deadline - DEADLINE_MARGIN
        incoming = to_incoming(req)
        if incoming.locale_hint is None:
            incoming = dataclasses.replace(incoming, locale_hint=KAKAO_LOCALE)
        key = incoming.user.external_id
        ticket = self.tickets.open(key)
        task = self._spawn(self._turn(req, incoming, ticket, deadline_at))
        try:
            answer = await asyncio.wait_for(asyncio.shield(task), max(deadline_at - loop.time(), 0.0))
        except TimeoutError:
            log.warning("kakao turn passed the deadline; answering with the fallback")
            task.add_done_callback(_log_failure)  # it goes on and holds its replies for later
            return self._late_answer(ticket, incoming)
        except Exception:
            log.exception("kakao turn failed")
            self.tickets.close(ticket)
            t = self._t(self._cached_locale(key, incoming.locale_hint))
            return Answer(self._render(key, [Reply(t("kakao-error"))], t))
        return answer if answer is not None else self._late_answer(ticket, incoming)

    def _late_answer(self, ticket: Ticket, incoming: Incoming) -> Answer:
        """Past the deadline: show what already arrived and a "continue" button for the rest."""
        key = ticket.user_key
        ticket.late = True
        results = ticket.take_results()
        self.tickets.close(ticket)
        t = self._t(self._cached_locale(key, incoming.locale_hint))
        slow = Reply(t("kakao-slow"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))
        return Answer(self._render(key, [*results, slow], t))

    async def _turn(
        self, req: SkillRequest, incoming: Incoming, ticket: Ticket, deadline_at: float
    ) -> Answer | None:
        """The turn proper; None when the deadline already answered (its replies are then held)."""
        key = ticket.user_key
        view = self.memory.views.get(key)
        incoming = self._recognise(incoming, view)
        if _is_channel_button(incoming.choice):
            return await self._navigate(incoming, view, ticket)

        replies: list[Reply] = []
        for step in await self._first_contact(incoming):
            replies += await self.engine.handle(step)
        locale = await self._locale(key, incoming.locale_hint)
        t = self._t(locale)
        report_id = report_id_of(replies)
        others = [r for r in replies if REPORT_META not in r.meta]
        waiting = next((r for r in replies if REPORT_META in r.meta), None)
        if ticket.late:
            self.memory.hold(key, others if waiting is None else [*others, self._in_progress(waiting, t)])
            return None
        if waiting is None:
            shown = [*self.memory.take_held(key), *ticket.take_results(), *replies]
            self.tickets.close(ticket)
            return Answer(self._render(key, shown, t))

        # A report turn: the LLM is at work.
        ticket.report_id = report_id
        service = self._analysis()
        delayed = service is not None and service.delayed  # the model is down: nothing to wait for
        if not ticket.results and not delayed:
            callback_url = req.callback_url
            if callback_url and is_allowed_callback_url(callback_url, self.hosts, allow_http=self.allow_http):
                before = [*self.memory.take_held(key), *others]
                return self._defer_to_callback(ticket, callback_url, before, waiting, t)
            if callback_url:
                log.warning("kakao callback URL refused by the host allow-list; answering synchronously")
            loop = asyncio.get_running_loop()
            await self._wait_result(ticket, report_id, min(self.budget, deadline_at - loop.time()))
        if ticket.late:
            self.memory.hold(key, [*others, self._in_progress(waiting, t)])
            return None
        results = self._pull_only(ticket.take_results(), t)
        self.tickets.close(ticket)
        held = self.memory.take_held(key)
        if results:
            return Answer(self._render(key, [*held, *others, *results], t))
        return Answer(self._render(key, [*held, *others, self._in_progress(waiting, t)], t))

    async def _first_contact(self, incoming: Incoming) -> list[Incoming]:
        """The engine turns for this message: a new user's first message starts the survey.

        Telegram clients send /start on first contact; Kakao has no such thing, the user just
        writes (a greeting) or taps a welcome-block button. So the first message of a user the store
        does not know becomes /start (the raw utterance stays in the transcript payload); a language
        name ("English") is honoured first, so the welcome already comes in that language.
        Commands pass through unchanged.
        """
        key = incoming.user.external_id
        text = (incoming.text or "").strip()
        if self.memory.locales.get(key) is not None or text.startswith("/") or incoming.choice is not None:
            return [incoming]
        async with self.store.session() as session:
            known = await session.get_user(CHANNEL, key) is not None
        if known:
            return [incoming]
        start = dataclasses.replace(incoming, text=START_COMMAND, choice=None)
        named = self.messages.match_any(text, [f"language-name-{loc}" for loc in LOCALES]) if text else None
        return [incoming, start] if named else [start]

    async def _wait_result(self, ticket: Ticket, report_id: Any, budget: float) -> None:
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

    def _in_progress(self, waiting: Reply, t: Translator) -> Reply:
        """ "Not finished yet" for a channel that cannot push: the user fetches the result.

        The core's acknowledgement promises to send the result; without a callback Kakao cannot,
        so the text says to tap "Show result" (or just write again) instead.
        """
        service = self._analysis()
        msg_id = "kakao-delayed" if service is not None and service.delayed else "kakao-in-progress"
        choices = waiting.choices or (Choice(SHOW_RESULT_CHOICE, t("analysis-show-result")),)
        return Reply(t(msg_id), choices=choices, meta=waiting.meta)

    def _pull_only(self, replies: list[Reply], t: Translator) -> list[Reply]:
        """Late notices about a report ("saved, analysed once the model is back") promise a push
        Kakao cannot do: say instead how the user gets the result."""
        return [self._in_progress(r, t) if REPORT_META in r.meta else r for r in replies]

    def _defer_to_callback(
        self, ticket: Ticket, url: str, before: list[Reply], waiting: Reply, t: Translator
    ) -> Answer:
        """Answer `useCallback` now (with the core's "analysing…" text); the result follows."""
        ticket.phase = Phase.CALLBACK
        ticket.callback_url = url
        ticket.locale = t.locale
        ticket.before = before
        ticket.waiting = waiting
        ticket.watchdog = self._spawn(self._watchdog(ticket))
        return Answer(callback_accepted(waiting.text), after_send=ticket.sent.set)

    async def _watchdog(self, ticket: Ticket) -> None:
        """Use the callback for "still working" when the result is not there in time."""
        await asyncio.sleep(max(self.callback_wait - (time.monotonic() - ticket.created), 0.0))
        if ticket.claimed:
            return
        t = self._t(ticket.locale)
        log.info("kakao analysis for report %s not ready in %.0f s", ticket.report_id, self.callback_wait)
        waiting = ticket.waiting or Reply("", meta={REPORT_META: ticket.report_id})
        await self._call_back(ticket, [self._in_progress(waiting, t)], result=False)

    # ------------------------------------------------------------------------------ outbox

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """The outbox sender: True only when the user will see `replies`.

        See `delivery`: joins the answer being built, or goes to the waiting callback, else False
        (the core keeps the replies for the user's next message).
        """
        if not replies:
            return True
        ticket = self.tickets.route(user.external_id, about_report(replies))
        if ticket is None:
            return False
        if ticket.phase is Phase.OPEN:
            ticket.results.extend(replies)
            ticket.arrived.set()
            return True
        return await self._call_back(ticket, replies, result=True)

    async def _call_back(self, ticket: Ticket, replies: list[Reply], *, result: bool) -> bool:
        if not ticket.claim():
            return False
        self.tickets.discard(ticket)
        if result and ticket.watchdog is not None and ticket.watchdog is not asyncio.current_task():
            ticket.watchdog.cancel()
        url = ticket.callback_url
        assert url is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(ticket.sent.wait(), SENT_GRACE)
        left = CALLBACK_LIFETIME - (time.monotonic() - ticket.created)
        t = self._t(ticket.locale)
        if left <= 0.5:
            log.warning("kakao callback for report %s expired before the result", ticket.report_id)
            self.memory.hold(ticket.user_key, ticket.before)
            return False
        body = self._render(ticket.user_key, [*ticket.before, *self._pull_only(replies, t)], t)
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
            self.memory.views.pop(ticket.user_key)
            self.memory.hold(ticket.user_key, ticket.before)
            return False
        return True

    # ------------------------------------------------------------------------------ channel buttons

    def _recognise(self, incoming: Incoming, view: View | None) -> Incoming:
        """A tap of one of the channel's own buttons whose `extra` was lost arrives as its label.

        Only labels of what we showed last count, so ordinary text never turns into a button.
        """
        if incoming.choice is not None or not incoming.text:
            return incoming
        typed = normalize(incoming.text)
        if not typed:
            return incoming
        choice: str | None = None
        if view is not None:
            if view.overflow and typed in self.messages.aliases("kakao-more"):
                choice = MORE_CHOICE_ID
            elif view.page_count > 1 and typed in self.messages.aliases("kakao-more-options"):
                choice = page_choice((view.page + 1) % view.page_count)
            else:
                # Survey options are the core's to match (typed text means more than a tap there);
                # only buttons this channel added are recognised here.
                choice = next(
                    (c.id for c in view.choices if c.id in CHANNEL_CHOICES and normalize(c.label) == typed),
                    None,
                )
        if (
            choice is None
            and self.memory.has_held(incoming.user.external_id)
            and typed in self.messages.aliases("kakao-continue")
        ):
            choice = HELD_CHOICE_ID
        return dataclasses.replace(incoming, choice=choice) if choice else incoming

    async def _navigate(self, incoming: Incoming, view: View | None, ticket: Ticket) -> Answer | None:
        """Serve the channel's own buttons (more, more options, continue) without the engine."""
        choice = incoming.choice
        page = parse_page_choice(choice)
        key = incoming.user.external_id
        locale = view.locale if view is not None else await self._locale(key, incoming.locale_hint)
        if ticket.late:
            return None
        t = self._t(locale)
        replies: list[Reply]
        next_page = 0
        if choice == HELD_CHOICE_ID:
            replies = [*self.memory.take_held(key), *ticket.take_results()]
            if not replies:
                replies = [
                    Reply(t("kakao-nothing-held"), choices=(Choice(HELD_CHOICE_ID, t("kakao-continue")),))
                ]
        elif choice == MORE_CHOICE_ID and view is not None and view.overflow:
            replies = view.more_replies()
        elif page is not None and view is not None and view.page_count > 1:
            next_page = page % view.page_count
            text = t("kakao-page", n=next_page + 1, total=view.page_count)
            replies = [Reply(text, choices=view.choices, multi=view.multi)]
        else:
            replies = [Reply(t("kakao-expired"))]
        replies = [*self.memory.take_held(key), *ticket.take_results(), *replies]
        self.tickets.close(ticket)
        body = self._render(key, replies, t, page=next_page)
        await self._record(incoming, replies)
        return Answer(body)

    async def _record(self, incoming: Incoming, replies: list[Reply]) -> None:
        """Write a channel-button turn to the transcript, as the engine does for its turns."""
        async with self.store.session() as session:
            user = await session.get_user(CHANNEL, incoming.user.external_id)
            if user is None:
                return
            payload: dict[str, Any] = {"choice": incoming.choice}
            if incoming.payload is not None:
                payload["platform"] = incoming.payload
            await session.add_message(user.id, "in", incoming.text, payload)
            for reply in replies:
                await session.add_message(user.id, "out", reply.text, reply.to_json())

    # ------------------------------------------------------------------------------ rendering

    def _render(
        self, key: str, replies: list[Reply], t: Translator, *, page: int = 0, save: bool = True
    ) -> dict[str, Any]:
        """Render for Kakao and remember the view for "more" and choice pages."""
        replies = [self._with_document(r, t) for r in replies]
        choices = next((r.choices for r in reversed(replies) if r.choices), ())
        multi = next((r.multi for r in reversed(replies) if r.choices), False)
        previous = self.memory.views.get(key)
        if (
            page == 0
            and multi
            and previous is not None
            and previous.multi
            and [c.id for c in previous.choices] == [c.id for c in choices]
        ):
            page = previous.page  # a multi-choice toggle stays on the page the user is on
        rendered = render(
            replies,
            more_label=t("kakao-more"),
            more_options_label=t("kakao-more-options"),
            page=page,
            pinned_choice_ids=PINNED_CHOICES & {c.id for c in choices},
            image_url=self._offer_file,
        )
        if save:
            self.memory.views.put(
                key,
                View(
                    locale=t.locale,
                    overflow=tuple(rendered.overflow),
                    choices=rendered.choices,
                    multi=rendered.multi,
                    page=rendered.page,
                    page_count=rendered.page_count,
                ),
            )
        return rendered.body

    def _with_document(self, reply: Reply, t: Translator) -> Reply:
        """Kakao cannot carry files: offer a short-lived download link instead (or say so)."""
        if reply.document is None:
            return reply
        url = self._offer_file(reply.document)
        note = t("kakao-file-link", value=url) if url else t("kakao-file-unavailable")
        return dataclasses.replace(reply, text=f"{reply.text}\n\n{note}", document=None)

    def _offer_file(self, attachment: Attachment) -> str | None:
        if self.public_base_url is None:
            return None
        token = secrets.token_urlsafe(24)
        self.memory.files.put(token, attachment)
        return f"{self.public_base_url}{FILES_PATH}{token}"

    def file(self, token: str) -> Attachment | None:
        return self.memory.files.get(token)

    # ------------------------------------------------------------------------------ locale

    def _t(self, locale: str) -> Translator:
        return Translator(self.messages, locale)

    def _cached_locale(self, key: str, hint: str | None) -> str:
        return self.memory.locales.get(key) or resolve_locale(None, hint or KAKAO_LOCALE, KAKAO_LOCALE)

    async def _locale(self, key: str, hint: str | None) -> str:
        """The user's language as the engine sees it now (a turn may just have switched it)."""
        async with self.store.session() as session:
            user = await session.get_user(CHANNEL, key)
        if user is None:  # never wrote, or just erased everything (/delete): forget them here too
            self.memory.forget(key)
            return resolve_locale(None, hint or KAKAO_LOCALE, KAKAO_LOCALE)
        locale = self.engine.locale_for(user)
        self.memory.locales.put(key, locale)
        return locale

    async def too_long(self, user_key: str, hint: str | None, limit: int) -> dict[str, Any]:
        """The answer to an utterance over Kakao's limit: a localized "too long", nothing stored."""
        t = self._t(await self._locale(user_key, hint))
        return self._render(user_key, [Reply(t("kakao-too-long", count=limit))], t, save=False)


def _is_channel_button(choice: str | None) -> bool:
    return choice in (MORE_CHOICE_ID, HELD_CHOICE_ID) or parse_page_choice(choice) is not None


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("kakao turn failed after its deadline", exc_info=task.exception())
