"""The Telegram adapter: one update in, the engine's replies out as Telegram messages.

- Every update reaches `on_update`; `incoming.classify` says what it is: a turn for the engine,
  media the bot cannot read (a friendly answer), a command in a group (a pointer to the private
  chat), or nothing to answer.
- Replies are sent by `render.ChatRenderer` (HTML, keyboards, answered questions marked).
- Every button tap is answered (`answerCallbackQuery`), whatever happens next.
- "typing…" is shown while a turn is slow, and after a reply that announces an analysis
  (`META_REPORT` in its meta) until its result is delivered through the outbox or a minute
  passes (`chat_action.TypingKeeper`).
- Turns of one chat run one after another (`locks.ChatLocks`), so a quick double tap cannot race
  the engine's state or reorder messages; different chats run concurrently.
- An analysis is shown as it is written: one message per report, edited in place within
  Telegram's limits (`live.LiveMessages`), into which the result is finally put (the follow-up
  question, if any, comes as a new message). A notice about a report ("saved, the model is
  away") that follows its acknowledgement at once is edited into it: one message says it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, OrderedDict
from collections.abc import Coroutine, Sequence
from contextlib import suppress
from dataclasses import replace
from typing import Any

from telegram import ReplyParameters, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ExtBot

from dogcoach.bot.channel import ChannelAdapter
from dogcoach.bot.engine import AlreadyHandled
from dogcoach.bot.wiring import Runtime
from dogcoach.channels.telegram.chat_action import TypingKeeper
from dogcoach.channels.telegram.incoming import Classified, GroupCommand, Unsupported, UserTurn, classify
from dogcoach.channels.telegram.keyboard import CallbackCodec
from dogcoach.channels.telegram.live import DEFAULT_INTERVAL, Live, LiveMessages
from dogcoach.channels.telegram.locks import ChatLocks
from dogcoach.channels.telegram.menu import set_commands
from dogcoach.channels.telegram.render import ChatRenderer, answer_in_webhook
from dogcoach.channels.telegram.text import PARSE_MODE, escape
from dogcoach.channels.telegram.webhook_call import COMMITTED, CURRENT, DUPLICATE, UNAVAILABLE
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import (
    META_PROGRESS,
    META_QUESTION,
    META_REPORT,
    META_RESULT,
    Incoming,
    Reply,
    UserRef,
)
from dogcoach.services.i18n import resolve_locale
from dogcoach.services.store import StoreUnavailable, User

log = logging.getLogger(__name__)

# How long a turn waits for the database before it is given up (webhook: answered 503 so that
# Telegram delivers it again; polling: the user is asked to send it again). Telegram waits longer
# for a webhook answer, but a bot whose database is out for longer is better re-asked later.
TURN_WAIT = 5.0
# Kinds whose answer is about the message itself ("edited: send it again as new"), not a request
# to tell what happened: said even at a survey question, where other kinds get the question's
# own "answer it in words" (`unsupported-input-survey`, owner trial 13).
ABOUT_THE_MESSAGE = frozenset({"edited"})


def _settle(outcome: str) -> None:
    call = CURRENT.get()
    if call is not None:
        call.settle(outcome)


REMEMBER_ACKS = 10_000


class TelegramAdapter(ChannelAdapter[Update, int, Coroutine[Any, Any, list[int | None]]]):
    """Routes every Telegram update to the engine and renders the replies; also the outbox sender."""

    channel = Channel.TELEGRAM

    def __init__(
        self,
        bot: ExtBot[Any],
        runtime: Runtime,
        *,
        typing_interval: float = 4.5,
        typing_limit: float = 60.0,
        slow_turn: float = 0.8,
        live_interval: float = DEFAULT_INTERVAL,
        turn_wait: float = TURN_WAIT,
    ) -> None:
        self.bot = bot
        self.runtime = runtime
        self.engine = runtime.engine
        self.store = runtime.store
        self.messages = runtime.messages
        self.codec = CallbackCodec()
        self.renderer = ChatRenderer(bot, self.codec)
        self.typing = TypingKeeper(bot, typing_interval, typing_limit)
        self.slow_turn = slow_turn
        self.turn_wait = turn_wait
        self._locks = ChatLocks()
        # chats with a turn in progress → whether the outbox delivered to them meanwhile
        self._delivered_during_turn: dict[int, bool] = {}
        self.live = LiveMessages(
            lambda chat, text: self.renderer.send_text(chat, text, retries=0),
            lambda chat, message, text: self.renderer.edit_reply(chat, message, Reply(text), retries=0),
            self._locks,
            live_interval,
        )
        # report → (chat, message) of its acknowledgement, to edit a notice that follows it into it
        self._acks: OrderedDict[int, tuple[int, int]] = OrderedDict()
        # chat → its turns that arrived and have not sent their replies yet (`_reask`)
        self._arrived: Counter[int] = Counter()

    # -- entry points --------------------------------------------------------------------------

    async def on_update(self, update: object, _context: object = None) -> None:
        """PTB handler callback (a `TypeHandler(Update, ...)`, polling mode): the only handler
        the bot has. The webhook route calls `handle` with the update's JSON instead."""
        if isinstance(update, Update):
            await self.handle(update.to_dict())

    async def claim(self, update_id: int) -> bool:
        """True the first time this update id is seen (Telegram re-sends after a non-2xx), for
        updates answered without a turn; a turn's update id is claimed in the turn's transaction.
        Raises `StoreUnavailable`."""
        async with self.store.session(wait=self.turn_wait) as session:
            return await session.claim_update(Channel.TELEGRAM, str(update_id))

    def classify(self, update: dict[str, Any]) -> Classified:
        """What the update (the Bot API's JSON) is."""
        return classify(update, self.codec, self._bot_username())

    def to_incoming(self, update: Update) -> Incoming | None:
        """A user turn; a sticker, photo or voice note without words is one with `media` set
        (`handle` answers those itself, per kind, without the engine: nothing is stored).
        The transcript keeps the webhook's raw body when there is one."""
        call = CURRENT.get()
        item = self.classify(call.raw if call is not None else update.to_dict())
        if isinstance(item, Unsupported):
            ref = UserRef(Channel.TELEGRAM, str(item.chat_id))
            return Incoming(ref, locale_hint=item.locale_hint, media=True)
        return item.incoming if isinstance(item, UserTurn) else None

    def render(self, chat_id: int, replies: Sequence[Reply]) -> Coroutine[Any, Any, list[int | None]]:
        return self.renderer.send_replies(chat_id, replies)

    async def handle(self, update: dict[str, Any]) -> None:
        """One update, as the Bot API's JSON (type-checked by the webhook: `shape.update_errors`)."""
        item = self.classify(update)
        if isinstance(item, UserTurn):
            await self._turn(item)
            return
        if isinstance(item, Unsupported | GroupCommand):  # answered: once per update id
            try:
                first = await self.claim(update["update_id"])
            except StoreUnavailable:
                _settle(UNAVAILABLE)
                return
            _settle(COMMITTED if first else DUPLICATE)
            if not first:
                return
        else:
            _settle(COMMITTED)
        if isinstance(item, Unsupported):
            await self._unsupported(item)
        elif isinstance(item, GroupCommand):
            await self._group_command(item)
        else:
            log.debug("update %s ignored: %s", update.get("update_id"), item.reason)
            if item.query is not None and not answer_in_webhook(item.query):
                await self.renderer.answer(item.query)

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """Outbox sender: replies produced later (analysis results, broadcasts).

        A result goes into the message its analysis was being written into, when there is one;
        a notice about a report right after its acknowledgement is edited into it.
        False when Telegram refused: 403 (the user blocked the bot; recorded in `blocked_at`) or
        another API error; the replies stay undelivered.
        """
        try:
            chat_id = int(user.external_id)
        except ValueError:
            return False
        if chat_id in self._delivered_during_turn:
            self._delivered_during_turn[chat_id] = True
        self.typing.stop(chat_id)
        result = replies[0].meta.get(META_RESULT) if replies else None
        live = await self.live.finish(result) if result is not None else None  # before the lock
        async with self._locks.hold(chat_id):
            try:
                rest = await self._replace(chat_id, live, replies)
                asks = _reasked(rest)
                await self.render(chat_id, rest[: len(rest) - len(asks)])
                if not self._arrived[chat_id]:
                    await self.render(chat_id, asks)
            except Forbidden:
                await self._mark_blocked(user.id)
                return False
            except TelegramError as exc:
                log.warning("outbox delivery to chat %s failed: %s", chat_id, exc)
                return False
        return True

    async def progress(self, user: User, reply: Reply) -> bool:
        """Outbox progress sender: the analysis as written so far, shown in the report's live
        message at Telegram's pace (returns at once)."""
        report_id = reply.meta.get(META_PROGRESS)
        try:
            chat_id = int(user.external_id)
        except ValueError:
            return False
        if report_id is None or user.blocked_at is not None:
            return False
        self.live.show(chat_id, int(report_id), reply.text.strip())
        return True

    def _reask(self, chat_id: int) -> None:
        """Note a message of the chat's arriving: a push sent meanwhile leaves the survey question
        it asks again below its result to this turn, which asks what is open after it (owner trial
        7: a pushed "Question 9" went out after the owner had answered it, before the turn's
        "Question 10"; a pushed "Question 8" above the turn's "Please send a number")."""
        self._arrived[chat_id] += 1

    def _answered(self, chat_id: int) -> None:
        self._arrived[chat_id] -= 1
        if self._arrived[chat_id] <= 0:
            del self._arrived[chat_id]

    async def _replace(self, chat_id: int, live: Live | None, replies: list[Reply]) -> list[Reply]:
        """Put the first reply into the message it replaces (a live analysis, or an
        acknowledgement that is still the newest message); the replies left to send."""
        if not replies:
            return replies
        first = replies[0]
        target: int | None = None
        if live is not None and live.message_id is not None:
            if not self.renderer.fits(first):
                await self.renderer.delete(chat_id, live.message_id)
                return replies
            await self.live.wait_turn(live)
            target = live.message_id
        elif len(replies) == 1 and META_REPORT in first.meta:
            ack = self._acks.get(int(first.meta[META_REPORT]))
            if ack is not None and ack[0] == chat_id and self.renderer.last_message(chat_id) == ack[1]:
                target = ack[1]
        if target is None or not self.renderer.fits(first):
            return replies
        try:
            await self.renderer.edit_reply(chat_id, target, first)
        except BadRequest as exc:  # deleted by the user, too old: send it as a new message
            log.info("could not edit message %s in chat %s: %s", target, chat_id, exc)
            return replies
        if live is not None:
            self.live.sent(live)
        return replies[1:]

    async def set_commands(self) -> None:
        await set_commands(self.bot, self.messages, self.runtime.settings.admin_telegram_ids)

    async def close(self) -> None:
        await self.live.close()
        await self.typing.close()

    # -- a user turn ---------------------------------------------------------------------------

    async def _turn(self, item: UserTurn) -> None:
        chat_id = item.chat_id
        answering = None
        if item.query is not None and not answer_in_webhook(item.query):
            answering = asyncio.ensure_future(self.renderer.answer(item.query))
        since = self.renderer.pushes  # a question pushed from now on came after this message
        self._reask(chat_id)
        try:
            async with self._locks.hold(chat_id):
                self._delivered_during_turn[chat_id] = False
                if self.renderer.pushed_since(chat_id, since):  # read by the follow-up (stop 62)
                    item = replace(item, incoming=replace(item.incoming, pushed_unseen=True))
                try:
                    replies = await self._run_engine(chat_id, item)
                    _settle(COMMITTED)
                except AlreadyHandled:  # Telegram delivered it again: it was answered then
                    _settle(DUPLICATE)
                    return
                except StoreUnavailable as exc:  # nothing was kept
                    log.warning("turn not kept for chat %s: %s", chat_id, exc.reason)
                    if CURRENT.get() is not None:  # 503: Telegram delivers it again, to be taken then
                        _settle(UNAVAILABLE)
                        return
                    replies = [Reply(self._say(item, "store-unavailable"))]  # polling: ask for it again
                except Exception:  # a bug: the turn rolled back, say so
                    _settle(COMMITTED)
                    log.exception("turn failed for chat %s", chat_id)
                    replies = [Reply(self._say(item, "telegram-error"))]
                finally:
                    delivered = self._delivered_during_turn.pop(chat_id, False)
                try:
                    sent = await self.renderer.render_turn(chat_id, item.query, replies, since=since)
                    self._remember_acks(chat_id, replies, sent)
                except Forbidden:
                    await self._mark_blocked_chat(chat_id)
                except TelegramError as exc:
                    log.warning("reply to chat %s failed: %s", chat_id, exc)
                if any(META_REPORT in r.meta for r in replies) and not delivered:
                    self.typing.start(chat_id)
        finally:
            self._answered(chat_id)
            if answering is not None:
                await answering

    async def _run_engine(self, chat_id: int, item: UserTurn) -> list[Reply]:
        """The engine's turn, with "typing…" shown if it takes longer than `slow_turn`."""
        started: list[bool] = []
        timer = asyncio.get_running_loop().call_later(
            self.slow_turn, lambda: started.append(self.typing.start(chat_id))
        )
        try:
            # Settled when the transaction commits, not when a chart drawn after it is done: a
            # committed turn must not be answered 503 (owner trial 7, a cold /week chart).
            return await self.engine.handle(
                item.incoming, wait=self.turn_wait, committed=lambda: _settle(COMMITTED)
            )
        finally:
            timer.cancel()
            if any(started):
                self.typing.stop(chat_id)

    def _say(self, item: UserTurn, msg_id: str) -> str:
        """A message for a turn that did not run: in the platform's language (the store is out)."""
        return self.messages.format(
            resolve_locale(None, item.incoming.locale_hint, self.messages.default_locale), msg_id
        )

    def _remember_acks(self, chat_id: int, replies: Sequence[Reply], sent: Sequence[int | None]) -> None:
        for reply, message_id in zip(replies, sent, strict=False):
            report_id = reply.meta.get(META_REPORT)
            if report_id is not None and message_id is not None:
                self._acks[int(report_id)] = (chat_id, message_id)
                self._acks.move_to_end(int(report_id))
        while len(self._acks) > REMEMBER_ACKS:
            self._acks.popitem(last=False)

    # -- what the engine does not handle -------------------------------------------------------

    async def _unsupported(self, item: Unsupported) -> None:
        """A sticker, photo, voice note...: a friendly answer in the user's language."""
        async with self.store.session() as session:
            user = await session.get_user(Channel.TELEGRAM, str(item.chat_id))
        locale = resolve_locale(
            user.locale if user else None,
            item.locale_hint or (user.locale_hint if user else None),
            self.messages.default_locale,
        )
        text = self.messages.format(locale, f"telegram-media-{item.kind}")
        self._reask(item.chat_id)
        try:
            await self._media_turn(item, user, locale, text)
        finally:
            self._answered(item.chat_id)

    async def _media_turn(self, item: Unsupported, user: User | None, locale: str, text: str) -> None:
        """`_unsupported`'s turn, under the chat's lock."""
        async with self._locks.hold(item.chat_id):
            replies = [Reply(text)]
            # A turn like on every channel, the generic answer worded for this kind: a known
            # owner's open question asked again, results not yet seen; the very first message
            # gets the welcome, what to type (owner trial 10; nothing is stored, so it names
            # words, no button), and only once (owner trial 30: the engine remembers it)
            generic = {self.messages.format(locale, "unsupported-input")}
            if item.kind in ABOUT_THE_MESSAGE:  # at a survey question too
                generic.add(self.messages.format(locale, "unsupported-input-survey"))
            ref = UserRef(Channel.TELEGRAM, str(item.chat_id))
            try:
                turn = await self.engine.handle(
                    Incoming(ref, locale_hint=item.locale_hint, media=True), wait=self.turn_wait
                )
                replies = [Reply(text) if r.text in generic else r for r in turn]
            except StoreUnavailable as exc:
                log.warning("media turn not kept for chat %s: %s", item.chat_id, exc.reason)
                if user is None:
                    replies.append(Reply(self.messages.format(locale, "start-welcome-media")))
            try:
                await self.render(item.chat_id, replies)
            except Forbidden:
                await self._mark_blocked_chat(item.chat_id)
            except TelegramError as exc:
                log.warning("answer to chat %s failed: %s", item.chat_id, exc)

    async def _group_command(self, item: GroupCommand) -> None:
        locale = resolve_locale(None, item.locale_hint, self.messages.default_locale)
        text = self.messages.format(locale, "telegram-group-only", name=self._bot_username() or "")
        try:
            await self.bot.send_message(
                item.chat_id,
                escape(text),
                parse_mode=PARSE_MODE,
                reply_parameters=ReplyParameters(item.message_id, allow_sending_without_reply=True),
            )
        except TelegramError as exc:  # kicked, muted, slow mode: stay quiet
            log.info("group answer to %s failed: %s", item.chat_id, exc)

    # -- helpers -------------------------------------------------------------------------------

    def _bot_username(self) -> str | None:
        with suppress(RuntimeError):  # before initialize()
            return self.bot.username
        return None

    async def _mark_blocked(self, user_id: int) -> None:
        async with self.store.session() as session:
            await session.mark_blocked(user_id)

    async def _mark_blocked_chat(self, chat_id: int) -> None:
        log.info("chat %s blocked the bot", chat_id)
        async with self.store.session() as session:
            user = await session.get_user(Channel.TELEGRAM, str(chat_id))
            if user is not None:
                await session.mark_blocked(user.id)


def _reasked(replies: list[Reply]) -> list[Reply]:
    """The survey questions at the end of a push (asked again below its result: `META_QUESTION`)."""
    count = 0
    for reply in reversed(replies):
        if META_QUESTION not in reply.meta:
            break
        count += 1
    return replies[len(replies) - count :]
