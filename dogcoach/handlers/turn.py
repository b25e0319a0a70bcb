"""The per-turn context a flow works with (`Turn`), and the long-lived parts flows use (`Services`)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import META_TAP_REFUSED, Choice, Incoming, Reply
from dogcoach.handlers.parsing import Lexicon
from dogcoach.services.analysis.errors import OwnerNotice
from dogcoach.services.analysis.eta import QueueOutlook
from dogcoach.services.broadcast.service import BroadcastService
from dogcoach.services.coaching import CheckinPolicy
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.questions import QuestionTopics, question_topics
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.store import ConversationState, Dog, Report, StoreSession, User
from dogcoach.services.understanding import Kind, Understander, Understanding, warmed

DEFAULT_TIMEZONE = "Asia/Seoul"
log = logging.getLogger(__name__)
# Completions shown without (`Turn.reply_later`'s `unfinished`) and still running: held here so
# that they are not collected half-way, each dropped when done.
_FINISHING: set[asyncio.Future[Any]] = set()


class AnalysisQueue(Protocol):
    """What the report flows need from the analysis service (`AnalysisService`)."""

    @property
    def delayed(self) -> bool:
        """True while the model is known to be unreachable (the user is told so up front)."""

    @property
    def notice(self) -> OwnerNotice | None:
        """While delayed: what owners are told (cannot be reached / temporarily unavailable)."""

    def outlook(self, owner: int, report_id: int | None = None, *, again: bool = False) -> QueueOutlook:
        """Where the report (or a new report of `owner`) stands in line, and the estimated wait;
        `again`: the report's text just grew, it is analysed again from the start."""
        ...

    def submit(self, report_id: int, owner: int) -> None: ...


class ExportSource(Protocol):
    """Where /export reads an owner's data once its turn is over: the store, as JSON, a page per
    transaction (`Store.export_json`), so a heavy owner's export never holds the others' turns."""

    async def export_json(self, user_id: int) -> bytes: ...


# Takes over a saved report instead of the analysis (a test's stand-in for the model's contract).
ReportHook = Callable[["Turn", Report], Awaitable[None]]


def parse_command(text: str) -> tuple[str, str] | None:
    """`/cmd@botname args` → ("cmd", "args"); None when the text is not a command."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, args = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return (name, args.strip()) if name.isascii() and name.replace("_", "").isalnum() else None


def default_timezone() -> tzinfo:
    """Korea's zone (DOGCOACH_TIMEZONE's default), or UTC where the system has no zone database."""
    try:
        return ZoneInfo(DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass
class Services:
    """What flows use beyond the turn's store session and messages; one per engine, built by the
    wiring (`bot.wiring.runtime`).

    `analysis` None: reports are saved and not analysed (a bare engine). `broadcasts` and
    `admin_telegram_ids` are set while broadcasting runs (`bot.lifecycle.broadcasting`): for a user
    not in `admin_telegram_ids`, `/broadcast` is an unknown command; without `broadcasts` an admin
    is told broadcasting is unavailable. `timezone`: the zone dates are shown in
    (`DOGCOACH_TIMEZONE`). `understander` decides what each message is, `safety` finds the red
    flags and aversive methods in every report and question (both built from the lexicon's
    messages when not given). `exports`: where /export reads once its turn is over (None: a bare
    engine reads in the turn's session). `checkin_policy`: when check-ins are due (`DOGCOACH_CHECKIN_*`,
    `DOGCOACH_QUIET_HOURS`; its zone is `DOGCOACH_TIMEZONE`). `unpushed`: the channels nothing
    can be sent to first (the terminal, Kakao without its Event API): their check-ins are asked at
    the owner's next message, so no time of day for them is offered.
    """

    lexicon: Lexicon
    analysis: AnalysisQueue | None = None
    broadcasts: BroadcastService | None = None
    admin_telegram_ids: frozenset[int] = frozenset()
    timezone: tzinfo = field(default_factory=default_timezone)
    on_report: ReportHook | None = None
    checkin_policy: CheckinPolicy = field(default_factory=CheckinPolicy)
    understander: Understander = None  # type: ignore[assignment]  # filled in __post_init__
    safety: SafetyChecker = None  # type: ignore[assignment]  # filled in __post_init__
    topics: QuestionTopics = None  # type: ignore[assignment]  # filled in __post_init__
    exports: ExportSource | None = None
    unpushed: frozenset[str] = frozenset()
    # The daily tip's time of day in `timezone` (`DAILY_TIP_ENABLED`, `DAILY_TIP_TIME`); None: no
    # daily tip is sent, tips and announcements come when an admin broadcasts one.
    daily_tip: dt.time | None = None
    # How long reading one message may take (seconds, `bot.budget`; `UNDERSTANDING_BUDGET_SECONDS`).
    understanding_budget: float = 8.0

    def __post_init__(self) -> None:
        # One safety check: what is understood as an incident and what is screened agree.
        if self.understander is None and self.safety is None:
            self.understander = warmed(self.lexicon.messages)  # shared by the process's runtimes
        elif self.understander is None:
            self.understander = Understander(self.lexicon.messages, self.safety)
        if self.safety is None:
            self.safety = self.understander.safety
        if self.topics is None:
            self.topics = question_topics(self.lexicon.messages)  # shared by the process's runtimes


@dataclass
class Turn:
    """One user turn inside one store transaction.

    Flows read the user and state, change `state`, and append replies; the engine saves the state
    and the transcript when the flow returns. Work that must wait for the commit (say, starting an
    analysis of a report that has just been saved) goes in `after_commit`.
    """

    incoming: Incoming
    session: StoreSession
    user: User
    state: ConversationState
    t: Translator
    messages: Messages
    services: Services
    replies: list[Reply] = field(default_factory=list)
    after_commit: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    erased: bool = False
    resuming: bool = False
    # What the message is (`router.dispatch` decides it before any flow acts); None for a tap.
    understanding: Understanding | None = None
    # The user was created by this turn: their first message.
    is_new: bool = False
    # A new user who was shown the welcome after a picture sent first (`Engine`): their first
    # words are read for what they are, the welcome's survey offer open, no welcome again.
    welcomed: bool = False
    # Finished results may be waiting to be shown (False: none were when the turn began, so
    # `results.undelivered.show_undelivered` has nothing to claim; results finish outside turns).
    undelivered: bool = True
    # The owner's active dog has a survey paused, not finished, and no survey question is open
    # (`router.dispatch` sets it at the end): channels offer the words that continue it.
    survey_paused: bool = False
    # The survey's one-line reminder was due after this turn's reply and held back, said a moment
    # ago (`onboarding.reminders`): a channel with an idle menu offers the way back instead.
    reminder_held: bool = False
    # When (the event loop's clock, `loop.time()`) a reply completed after the commit
    # (`reply_later`) that can go without what it waits for must be shown as it stands: the
    # channel's answer cannot wait longer (Kakao: its 5 s deadline, or its callback's wait). None:
    # nothing waits on the turn (Telegram, the terminal), the completion is waited for.
    finish_by: float | None = None
    # The channel asked for `survey_paused` (`Engine.run`): otherwise it is not worked out (a read
    # of the active dog on every idle turn, for a channel that would not use it).
    asks_survey_paused: bool = False
    # The message was about something else than the open question (a view, the help, thanks, a
    # question to the coach, a check-in's answer; `router.dispatch` sets it before re-prompting):
    # a survey question asked again once in full that way is then said in one line.
    aside: bool = False

    def resume_flow(self) -> None:
        """Ask the question of the flow the user is in again once this handler returns.

        For a command or a button answered in the middle of a flow (/help, a language switch,
        "show result"): the router re-prompts, since it is the one that knows every flow.
        Nothing happens when the user is in no flow.
        """
        self.resuming = True

    @contextmanager
    def typed_alone(self, text: str, understood: Understanding) -> Iterator[None]:
        """This turn as if only `text` had been typed, understood as `understood`, until the block
        ends: a part of a message ("7시간" of "7시간? 너무 긴가요?") handed to a flow that reads the
        whole message. The message and its reading are put back after, on error too."""
        incoming, reading = self.incoming, self.understanding
        self.incoming = dataclasses.replace(incoming, text=text)
        self.understanding = understood
        try:
            yield
        finally:
            self.incoming, self.understanding = incoming, reading

    @property
    def locale(self) -> str:
        return self.t.locale

    @property
    def text(self) -> str:
        return (self.incoming.text or "").strip()

    @property
    def surface(self) -> Channel:
        """The channel the owner reads this turn's replies on."""
        return self.incoming.user.channel

    def on_surface(self, msg_id: str) -> str:
        """`msg_id`, or the channel's own wording of it (`<msg_id>-kakao`, `<msg_id>-console`) where
        the locale files have one: Kakao has no slash commands, the terminal saves files locally.
        A channel that cannot hand over a file this turn (`Incoming.files`) takes its wording
        without them (`<msg_id>-kakao-nofiles`: the help offers no summary nor export; trial K2)."""
        own = f"{msg_id}-{self.surface}"
        bare = f"{own}-nofiles"
        if not self.incoming.files and self.messages.has(bare, self.locale):
            return bare
        return own if self.messages.has(own, self.locale) else msg_id

    @property
    def command(self) -> tuple[str, str] | None:
        """A typed command as (name, arguments); None when the turn is not one."""
        return parse_command(self.text) if self.incoming.choice is None else None

    @property
    def kind(self) -> Kind | None:
        """The understood kind of a typed message (None for a tap)."""
        return self.understanding.kind if self.understanding is not None else None

    def say(self, msg_id: str, *, choices: tuple[Choice, ...] = (), **args: Any) -> None:
        self.replies.append(Reply(self.t(msg_id, **args), choices=choices))

    def refuse(self, msg_id: str, **args: Any) -> None:
        """Answer a tap that cannot be used (a stale button): channels do not mark it answered."""
        self.replies.append(Reply(self.t(msg_id, **args), meta={META_TAP_REFUSED: True}))

    def reply(self, reply: Reply) -> None:
        self.replies.append(reply)

    def reply_later(
        self,
        reply: Reply,
        finish: Callable[[Reply], Awaitable[Reply]],
        *,
        unfinished: Callable[[Reply], Reply] | None = None,
    ) -> None:
        """Show `reply` as `finish` completes it once the store session is closed (a chart drawn,
        an export serialised): heavy work must not hold the database while other owners' turns
        wait for it. The transcript records `reply` as given.

        `unfinished`, for a completion the reply can go without (a chart: its text says the
        counts): when `finish` is not done by `finish_by`, `unfinished(reply)` is shown instead and
        `finish` goes on in the background (a chart drawn then is kept for the next ask: stop 61,
        the first week view after start-up waited 10–25 s behind the chart worker's warm-up and
        missed Kakao's deadline with nothing but "taking a while")."""
        self.replies.append(reply)

        async def complete() -> None:
            for index, shown in enumerate(self.replies):  # other replies may have gone before it
                if shown is reply:
                    self.replies[index] = await self._completed(reply, finish, unfinished)
                    return

        self.after_commit.append(complete)

    async def _completed(
        self,
        reply: Reply,
        finish: Callable[[Reply], Awaitable[Reply]],
        unfinished: Callable[[Reply], Reply] | None,
    ) -> Reply:
        if unfinished is None or self.finish_by is None:
            return await finish(reply)
        task = asyncio.ensure_future(finish(reply))
        left = self.finish_by - asyncio.get_running_loop().time()
        try:
            return await asyncio.wait_for(asyncio.shield(task), max(left, 0.0))
        except TimeoutError:
            _FINISHING.add(task)
            task.add_done_callback(_finished_late)
            return unfinished(reply)

    def picked(self, choice_id: str, msg_id: str) -> bool:
        """A tap on `choice_id`, or its label (or an alias) typed in either language."""
        if self.incoming.choice is not None:
            return self.incoming.choice == choice_id
        u = self.understanding
        if u is not None and u.kind is Kind.CHOICE and choice_id in u.picks:
            return True
        return bool(self.text) and self.messages.matches(self.text, msg_id)

    def choice(self, choice_id: str, msg_id: str, *, selected: bool = False, **args: Any) -> Choice:
        """An option labelled by `msg_id` (and its `.short`, for channels with narrow buttons)."""
        return self.t.choice(choice_id, msg_id, selected=selected, **args)

    async def active_dog(self) -> Dog | None:
        if self.user.active_dog_id is None:
            return None
        return await self.session.get_dog(self.user.active_dog_id)

    async def zone(self) -> tzinfo:
        """The owner's time zone (`users.timezone`, set by /timezone), else the bot's
        (`DOGCOACH_TIMEZONE`): the zone every date and time shown to them is in."""
        name = await self.session.user_timezone(self.user.id)
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                pass  # a zone no longer known to this system's database: the bot's
        return self.services.timezone

    def set_locale(self, locale: str) -> None:
        self.t = Translator(self.messages, locale)
        self.user.locale = locale


def _finished_late(task: asyncio.Future[Any]) -> None:
    """A completion that went on after its reply was shown without it: its result is not shown
    (a chart is kept by the chart cache for the next ask); a failure is logged."""
    _FINISHING.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.warning("a reply's completion failed after the reply was shown", exc_info=task.exception())
