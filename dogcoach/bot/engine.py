"""The conversation engine: one `Incoming` in, the list of `Reply` out, everything stored.

It never imports a channel. Each turn is one store transaction: the user, the inbound message,
the flow's state change and the outbound messages commit together.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from dogcoach.bot.router import dispatch
from dogcoach.domain.types import META_TAP_REFUSED, Incoming, Reply
from dogcoach.handlers.parsing import Lexicon
from dogcoach.handlers.turn import Services, Turn
from dogcoach.services.i18n import Messages, Translator, resolve_locale
from dogcoach.services.observability import TURN_SECONDS, TURNS, child, user_hash
from dogcoach.services.store import Store, StoreSession, StoreUnavailable, User
from dogcoach.services.understanding import canonical

log = logging.getLogger(__name__)

# Strangers shown the welcome after a picture sent first (`Engine._refused`): kept in this process
# only, never stored (issue 11: a message from an unknown user that leads to nothing stores
# nothing), so that their next message gets no second welcome (owner trial 30). A day at most,
# and the most recent this many: past them, the next message is first contact again.
MEDIA_WELCOMED_SECONDS = 24 * 3600
MEDIA_WELCOMED_MAX = 10_000
# How long the transcript's lines of replies completed after the commit wait for the database
# (`Engine._amend`): the answer is ready, a channel's deadline may be near.
AMEND_WAIT = 0.3


@dataclass(frozen=True, slots=True)
class Outcome:
    """A turn's replies, and the language it ended in (a turn may switch it; None when nothing is
    kept about the user: erased by this turn, or unknown and refused), so that a channel need
    not read it back from the store."""

    replies: list[Reply]
    locale: str | None
    # The active dog's survey is paused, not finished (`Turn.survey_paused`): a channel with an idle
    # menu offers the words that continue it there.
    survey_paused: bool = False
    # Nothing is open after the turn: no flow and no offer or follow-up kept (a terminal ends the
    # chat on "끝" only then; at a question the word is its answer: trial 4).
    idle: bool = False


# Run inside a turn's transaction, after its writes and before its commit (`Engine.run`).
BeforeCommit = Callable[[StoreSession, Outcome], Awaitable[None]]
# Run first in a turn's transaction: the incoming to take (a channel's own reading of it), or
# None when it is not the engine's to take (`Engine.run` then raises `Declined`).
Prepare = Callable[[StoreSession, Incoming], Awaitable[Incoming | None]]
# Told that the turn's transaction committed, before its after-commit jobs run (`Engine.run`).
Committed = Callable[[], None]


class Declined(Exception):
    """`Engine.run`'s `prepare` said the incoming is not a turn: nothing was done or logged."""


class AlreadyHandled(Exception):
    """The turn's update id was handled before: a platform's re-delivery, and nothing was done."""


class Engine:
    def __init__(
        self,
        store: Store,
        messages: Messages,
        *,
        default_locale: str = "ko",
        services: Services | None = None,
    ) -> None:
        self.store = store
        self.messages = messages
        self.default_locale = default_locale
        self.services = services or Services(Lexicon(messages))
        # (channel, external id) → when the welcome was shown after a picture (`_refused`)
        self._media_welcomed: OrderedDict[tuple[str, str], float] = OrderedDict()

    def locale_for(self, user: User) -> str:
        return resolve_locale(user.locale, user.locale_hint, self.default_locale)

    async def handle(
        self, incoming: Incoming, *, wait: float | None = None, committed: Committed | None = None
    ) -> list[Reply]:
        """One turn's replies (see `run`)."""
        return (await self.run(incoming, wait=wait, committed=committed)).replies

    async def run(
        self,
        incoming: Incoming,
        *,
        wait: float | None = None,
        prepare: Prepare | None = None,
        before_commit: BeforeCommit | None = None,
        survey_paused: bool = False,
        committed: Committed | None = None,
        finish_by: float | None = None,
    ) -> Outcome:
        """One turn, counted and timed (`dogcoach_turns_total`, `dogcoach_turn_seconds`) and logged
        as one line with the channel, the hashed user, the latency and the outcome.

        Waits at most `wait` seconds for the database (the store's default when None), then
        raises `StoreUnavailable`: nothing of the turn was kept. `AlreadyHandled` when
        `incoming.update_id` was handled before (a re-delivery): nothing was done.

        `before_commit`, when given, runs in the turn's own transaction once the turn has written
        everything, with the turn's outcome as it stands then (an after-commit job may still
        complete a reply: `Turn.reply_later`), so that a channel's own per-turn write (Kakao's
        view) commits with the turn instead of in a session of its own. It is not called for a
        turn that keeps nothing (a refused stranger's tap, an erased user); whatever it raises
        fails the turn.

        `prepare`, when given, runs first in that transaction and gives the incoming to take (a
        channel reads its own per-user state there: Kakao's view, which may make a typed label a
        button tap), so that the read needs no session of its own; when it gives None the
        transaction ends with nothing written and `Declined` is raised, neither counted nor logged
        (the channel answers it itself). Not called when the database does not answer.

        `survey_paused`: work out `Outcome.survey_paused` (a read of the active dog on idle turns),
        for a channel that offers the way back to a paused survey (Kakao); False otherwise.

        `committed`, when given, is called as soon as the turn's transaction has committed, before
        the after-commit jobs (a chart drawn: `Turn.reply_later`), so that a channel can tell the
        platform the turn is kept while they still run (owner trial 7: a cold chart took longer
        than the Telegram webhook's wait and the turn, committed, was answered 503).

        `finish_by`: when (`loop.time()`) the channel's answer can wait no longer (Kakao's
        deadline): a reply completed after the commit that can go without its completion (a chart)
        is shown without it from then on (`Turn.reply_later`, `Turn.finish_by`). None: waited for.
        """
        started = time.perf_counter()
        outcome: str | None = "error"
        try:
            result = await self._handle(
                incoming, wait, prepare, before_commit, survey_paused, committed, finish_by
            )
            outcome = "ok"
            return result
        except Declined:
            outcome = None
            raise
        except AlreadyHandled:
            outcome = "duplicate"
            raise
        except StoreUnavailable:
            outcome = "unavailable"
            raise
        finally:
            if outcome is not None:
                self._record(incoming, outcome, time.perf_counter() - started)

    @staticmethod
    def _record(incoming: Incoming, outcome: str, elapsed: float) -> None:
        """Count, time and log one turn."""
        channel = incoming.user.channel
        child(TURNS, channel, outcome).inc()
        child(TURN_SECONDS, channel).observe(elapsed)
        log.info(
            "turn %s",
            outcome,
            extra={
                "fields": {
                    "event": "turn",
                    "channel": channel,
                    "user": user_hash(channel, incoming.user.external_id),
                    "latency_ms": round(elapsed * 1000, 2),
                    "outcome": outcome,
                }
            },
        )

    def _refused(self, incoming: Incoming) -> list[Reply]:
        """A tap or a picture from someone the store does not know (never wrote, or erased
        everything): answered, and nothing is stored, not even the user."""
        t = Translator(
            self.messages,
            resolve_locale(None, incoming.locale_hint, incoming.fallback_locale or self.default_locale),
        )
        if incoming.media:  # a picture first: what to type too (owner trial 10: no welcome), once
            if self._welcomed_by_media(incoming, keep=True):  # (owner trial 30: a second welcome)
                return [Reply(t("unsupported-input"))]
            key = (str(incoming.user.channel), incoming.user.external_id)
            self._media_welcomed[key] = time.monotonic()
            while len(self._media_welcomed) > MEDIA_WELCOMED_MAX:
                self._media_welcomed.popitem(last=False)
            return [Reply(t("unsupported-input")), Reply(t("start-welcome-media"))]
        return [Reply(t("stale-button"), meta={META_TAP_REFUSED: True})]

    def _welcomed_by_media(self, incoming: Incoming, *, keep: bool) -> bool:
        """The welcome was shown to this stranger after a picture, within `MEDIA_WELCOMED_SECONDS`
        (forgotten unless `keep`: their first words are read once)."""
        key = (str(incoming.user.channel), incoming.user.external_id)
        shown = self._media_welcomed.get(key) if keep else self._media_welcomed.pop(key, None)
        return shown is not None and time.monotonic() - shown < MEDIA_WELCOMED_SECONDS

    async def _handle(
        self,
        incoming: Incoming,
        wait: float | None,
        prepare: Prepare | None,
        before_commit: BeforeCommit | None,
        survey_paused: bool = False,
        committed: Committed | None = None,
        finish_by: float | None = None,
    ) -> Outcome:
        async with self.store.session(wait=wait) as session:
            if prepare is not None:
                prepared = await prepare(session, incoming)
                if prepared is None:
                    raise Declined
                incoming = prepared
            # The one place text is made canonical: everything after counts, compares and stores this.
            text = canonical(incoming.text) if incoming.text is not None else None
            if text:  # a Korean ending typed apart ("작 습니다"): one word, read and stored so
                text = self.services.understander.rejoined(text)
            if (text or None) != incoming.text:  # most already are (`replace`: 6 µs, 0.7 % of a turn)
                incoming = dataclasses.replace(incoming, text=text or None)
            ref = incoming.user
            if incoming.update_id is not None and not await session.claim_update(
                ref.channel, incoming.update_id
            ):
                raise AlreadyHandled(incoming.update_id)
            # A known user: visited, state and waiting results read, in one statement.
            visit = await session.visit(
                ref.channel, ref.external_id, locale_hint=incoming.locale_hint, name=incoming.display_name
            )
            created = visit is None
            if visit is None:
                if incoming.choice is not None or incoming.media:
                    return Outcome(self._refused(incoming), None)
                user = await session.create_user(
                    ref.channel, ref.external_id, locale_hint=incoming.locale_hint, name=incoming.display_name
                )
                state, undelivered = await session.get_state(user.id), True
            else:
                user, state, undelivered = visit.user, visit.state, visit.undelivered
            # The transcript is written at the end, in one statement: nothing in a turn reads it.
            lines: list[tuple[str, str | None, Any]] = []
            if not incoming.media:  # a picture's link is not kept: there was nothing to read
                lines.append(("in", incoming.text, _inbound_payload(incoming)))
            locale = resolve_locale(
                user.locale,
                incoming.locale_hint or user.locale_hint,
                incoming.fallback_locale or self.default_locale,
            )
            turn = Turn(
                incoming=incoming,
                session=session,
                user=user,
                state=state,
                t=Translator(self.messages, locale),
                messages=self.messages,
                services=self.services,
                is_new=created,
                welcomed=created and self._welcomed_by_media(incoming, keep=False),
                undelivered=undelivered,
                asks_survey_paused=survey_paused,
                finish_by=finish_by,
            )
            await dispatch(turn)
            result = Outcome(
                turn.replies,
                None if turn.erased else turn.locale,
                turn.survey_paused,
                idle=turn.state.flow is None and not turn.state.data,
            )
            written: list[tuple[int, Reply]] = []  # each reply's transcript line, as written
            if not turn.erased:
                await session.save_state(user.id, turn.state)
                said = len(lines)
                lines += [("out", reply.text, reply.to_json()) for reply in turn.replies]
                ids = await session.add_messages(user.id, lines)
                written = list(zip(ids[said:], turn.replies, strict=False))
                if before_commit is not None:
                    await before_commit(session, result)
        if committed is not None:
            committed()
        for job in turn.after_commit:
            try:
                await job()
            except Exception:  # the turn is committed; a follow-up failure must not lose it
                log.exception("after-commit job failed")
        if turn.after_commit and written:
            await self._amend(user.id, written, turn.replies, incoming)
        return result

    async def _amend(
        self, user_id: int, written: list[tuple[int, Reply]], replies: list[Reply], incoming: Incoming
    ) -> None:
        """The transcript lines of replies completed after the commit (`Turn.reply_later`: a chart
        drawn or left out, a document attached) written again as they were shown: the line kept
        was the reply before its completion (stop 62: the week card without its chart, or without
        the line saying it comes next time). A database that does not answer within
        `AMEND_WAIT` is logged: the owner has the reply already, only the line stays as it was."""
        changed = [
            (message_id, shown)
            for (message_id, given), shown in zip(written, replies, strict=False)
            if shown is not given
        ]
        if not changed:
            return
        try:
            async with self.store.session(wait=AMEND_WAIT) as session:
                for message_id, shown in changed:
                    await session.amend_message(user_id, message_id, shown.text, shown.to_json())
        except StoreUnavailable as exc:
            log.warning(
                "a completed reply not written to the transcript: %s",
                exc.reason,
                extra={"fields": {"user": user_hash(incoming.user.channel, incoming.user.external_id)}},
            )


def _inbound_payload(incoming: Incoming) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    if incoming.choice is not None:
        payload["choice"] = incoming.choice
    if incoming.payload is not None:
        payload["platform"] = incoming.payload
    return payload
