"""The Telegram adapter: one update in, the engine's replies out as Telegram messages.

Rendering rules, and why:
- Replies go out as HTML with every engine text escaped (see `text.py`), split at 4096.
- Choices become an inline keyboard on the reply's last message. On a multi-choice question a tap
  on an option comes back as the same question with the ticks changed: that message's keyboard is
  edited in place instead of sending the question again.
- After a tap, the tapped question loses its keyboard and shows what was chosen (`👉 label`), so
  the chat reads like a conversation and old buttons cannot be tapped twice. After a typed answer
  the previous question's keyboard is removed. The adapter remembers the newest keyboard per chat
  in memory only: after a restart an old keyboard may stay, and the engine answers a tap on it as
  a stale button.
- Every button tap is answered (`answerCallbackQuery`), whatever happens next.
- "typing…" is shown while a turn is slow, and after a reply that announces an analysis
  (`META_REPORT` in its meta) until its result is delivered through the outbox or a minute
  passes.
- Turns of one chat run one after another (a per-chat lock), so a quick double tap cannot race
  the engine's state or reorder messages; different chats run concurrently.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeChat,
    CallbackQuery,
    InputFile,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ExtBot

from dogcoach.bot.router import COMMANDS
from dogcoach.bot.wiring import Runtime
from dogcoach.channels.telegram.incoming import GroupCommand, Unsupported, UserTurn, classify
from dogcoach.channels.telegram.keyboard import CallbackCodec, markup, tapped_answer
from dogcoach.channels.telegram.text import MAX_CAPTION, MAX_TEXT, PARSE_MODE, escape, split_text, utf16_len
from dogcoach.channels.telegram.webhook_call import CURRENT
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import META_REPORT, Attachment, Reply
from dogcoach.services.i18n import LOCALES, resolve_locale
from dogcoach.services.store import User

log = logging.getLogger(__name__)

ANSWER_MARK = "👉 "
REMEMBER_KEYBOARDS = 50_000
# The menu in the order of the help text; router commands not listed here follow.
MENU_ORDER = (
    "start",
    "history",
    "week",
    "profile",
    "newdog",
    "language",
    "tips",
    "cancel",
    "export",
    "delete",
    "help",
)
ADMIN_COMMANDS = frozenset({"broadcast"})  # shown only in admins' chats


class ChatLocks:
    """One lock per chat, created on demand and dropped when nobody holds or waits for it.

    Re-entrant for the task holding it: an outbox delivery made from inside a turn (an engine
    `after_commit` job) must not wait for the turn that is running it.
    """

    @dataclass
    class _Entry:
        lock: asyncio.Lock
        users: int = 0
        owner: asyncio.Task[Any] | None = None

    def __init__(self) -> None:
        self._entries: dict[int, ChatLocks._Entry] = {}

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        task = asyncio.current_task()
        entry = self._entries.get(chat_id)
        if entry is not None and task is not None and entry.owner is task:
            yield
            return
        if entry is None:
            entry = self._entries[chat_id] = ChatLocks._Entry(asyncio.Lock())
        entry.users += 1
        try:
            async with entry.lock:
                entry.owner = task
                try:
                    yield
                finally:
                    entry.owner = None
        finally:
            entry.users -= 1
            if entry.users == 0:
                self._entries.pop(chat_id, None)

    def __len__(self) -> int:
        return len(self._entries)


class TypingKeeper:
    """Repeats `sendChatAction(typing)` for a chat (Telegram shows it about 5 s) until stopped."""

    def __init__(self, bot: ExtBot[Any], interval: float = 4.5, limit: float = 60.0) -> None:
        self.bot = bot
        self.interval = interval
        self.limit = limit
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def start(self, chat_id: int, limit: float | None = None) -> bool:
        """Begin (False when already running for this chat)."""
        if chat_id in self._tasks:
            return False
        task = asyncio.get_running_loop().create_task(
            self._run(chat_id, self.limit if limit is None else limit)
        )
        self._tasks[chat_id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._tasks.get(chat_id) is done:
                del self._tasks[chat_id]

        task.add_done_callback(forget)
        return True

    def stop(self, chat_id: int) -> None:
        task = self._tasks.pop(chat_id, None)
        if task is not None:
            task.cancel()

    def running(self, chat_id: int) -> bool:
        return chat_id in self._tasks

    async def _run(self, chat_id: int, limit: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while loop.time() < deadline:
            try:
                await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
            except Forbidden:
                return
            except TelegramError as exc:
                log.debug("typing for chat %s failed: %s", chat_id, exc)
            await asyncio.sleep(max(0.0, min(self.interval, deadline - loop.time())))

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class TelegramAdapter:
    """Routes every Telegram update to the engine and renders the replies; also the outbox sender."""

    def __init__(
        self,
        bot: ExtBot[Any],
        runtime: Runtime,
        *,
        typing_interval: float = 4.5,
        typing_limit: float = 60.0,
        slow_turn: float = 0.8,
    ) -> None:
        self.bot = bot
        self.runtime = runtime
        self.engine = runtime.engine
        self.store = runtime.store
        self.messages = runtime.messages
        self.codec = CallbackCodec()
        self.typing = TypingKeeper(bot, typing_interval, typing_limit)
        self.slow_turn = slow_turn
        self._locks = ChatLocks()
        # chat → (message id, multi-choice?) of the newest question with a keyboard
        self._keyboards: OrderedDict[int, tuple[int, bool]] = OrderedDict()
        # chats with a turn in progress → whether the outbox delivered to them meanwhile
        self._delivered_during_turn: dict[int, bool] = {}

    # -- entry points --------------------------------------------------------------------------

    async def on_update(self, update: object, _context: object = None) -> None:
        """PTB handler callback (a `TypeHandler(Update, ...)`): the only handler the bot has."""
        if isinstance(update, Update):
            await self.handle(update)

    async def claim(self, update_id: int) -> bool:
        """True the first time this update id is seen (Telegram re-sends after a non-2xx)."""
        async with self.store.session() as session:
            return await session.claim_update(Channel.TELEGRAM, str(update_id))

    async def handle(self, update: Update) -> None:
        call = CURRENT.get()
        item = classify(update, self.codec, self._bot_username(), call.raw if call is not None else None)
        if isinstance(item, UserTurn):
            await self._turn(item)
        elif isinstance(item, Unsupported):
            await self._unsupported(item)
        elif isinstance(item, GroupCommand):
            await self._group_command(item)
        else:
            log.debug("update %s ignored: %s", update.update_id, item.reason)
            if item.query is not None and not _answer_in_webhook(item.query):
                await self._answer(item.query)

    async def deliver(self, user: User, replies: list[Reply]) -> bool:
        """Outbox sender: replies produced later (analysis results, broadcasts).

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
        async with self._locks.hold(chat_id):
            try:
                await self._send_replies(chat_id, replies)
            except Forbidden:
                await self._mark_blocked(user.id)
                return False
            except TelegramError as exc:
                log.warning("outbox delivery to chat %s failed: %s", chat_id, exc)
                return False
        return True

    async def set_commands(self) -> None:
        """The command menu per language (ko, en, and a default for other languages); admins
        (ADMIN_TELEGRAM_IDS) get theirs in their own chats, with the admin commands added."""
        admins = sorted(self.runtime.settings.admin_telegram_ids)
        for language_code in (*LOCALES, None):
            locale = language_code or self.messages.default_locale
            defined = self.messages.ids(locale)
            scopes: list[tuple[BotCommandScope | None, list[str]]] = [(None, menu_commands(defined))]
            scopes += [(BotCommandScopeChat(a), menu_commands(defined, admin=True)) for a in admins]
            for scope, names in scopes:
                commands = [
                    BotCommand(n, self.messages.format(locale, f"telegram-command-{n}")) for n in names
                ]
                try:
                    await self.bot.set_my_commands(commands, scope=scope, language_code=language_code)
                except TelegramError as exc:
                    log.warning("setMyCommands (%s, %s) failed: %s", language_code or "default", scope, exc)

    async def close(self) -> None:
        await self.typing.close()

    # -- a user turn ---------------------------------------------------------------------------

    async def _turn(self, item: UserTurn) -> None:
        chat_id = item.chat_id
        answering = None
        if item.query is not None and not _answer_in_webhook(item.query):
            answering = asyncio.ensure_future(self._answer(item.query))
        try:
            async with self._locks.hold(chat_id):
                self._delivered_during_turn[chat_id] = False
                try:
                    replies = await self._run_engine(chat_id, item)
                except Exception:  # a bug or the database down: the turn rolled back, say so
                    log.exception("turn failed for chat %s", chat_id)
                    locale = resolve_locale(None, item.incoming.locale_hint, self.messages.default_locale)
                    replies = [Reply(self.messages.format(locale, "telegram-error"))]
                finally:
                    delivered = self._delivered_during_turn.pop(chat_id, False)
                try:
                    await self._render_turn(item, replies)
                except Forbidden:
                    await self._mark_blocked_chat(chat_id)
                except TelegramError as exc:
                    log.warning("reply to chat %s failed: %s", chat_id, exc)
                if any(META_REPORT in r.meta for r in replies) and not delivered:
                    self.typing.start(chat_id)
        finally:
            if answering is not None:
                await answering

    async def _run_engine(self, chat_id: int, item: UserTurn) -> list[Reply]:
        """The engine's turn, with "typing…" shown if it takes longer than `slow_turn`."""
        started: list[bool] = []
        timer = asyncio.get_running_loop().call_later(
            self.slow_turn, lambda: started.append(self.typing.start(chat_id))
        )
        try:
            return await self.engine.handle(item.incoming)
        finally:
            timer.cancel()
            if any(started):
                self.typing.stop(chat_id)

    async def _render_turn(self, item: UserTurn, replies: Sequence[Reply]) -> None:
        chat_id = item.chat_id
        query = item.query
        tapped = query.message if query is not None and isinstance(query.message, Message) else None
        if tapped is not None and _is_toggle(tapped, replies):
            await self._edit_keyboard(chat_id, tapped.message_id, replies[0])
            self._remember_keyboard(chat_id, tapped.message_id, multi=True)
            return
        previous = self._keyboards.pop(chat_id, None)
        edits = []
        if tapped is not None and query is not None and query.data is not None:
            multi = previous is not None and previous[0] == tapped.message_id and previous[1]
            edits.append(self._mark_answered(tapped, query.data, multi=multi))
        if previous is not None and (tapped is None or previous[0] != tapped.message_id):
            call = CURRENT.get()
            if call is None or not call.offer(
                "editMessageReplyMarkup", chat_id=chat_id, message_id=previous[0]
            ):
                edits.append(self._strip_keyboard(chat_id, previous[0]))
        if not edits:
            await self._send_replies(chat_id, replies, track=True)
            return
        results = await asyncio.gather(
            self._send_replies(chat_id, replies, track=True), *edits, return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    # -- sending -------------------------------------------------------------------------------

    async def _send_replies(self, chat_id: int, replies: Sequence[Reply], *, track: bool = False) -> None:
        for reply in replies:
            last = await self._send_reply(chat_id, reply)
            if track and last is not None and reply.choices:
                self._remember_keyboard(chat_id, last, multi=reply.multi)

    async def _send_reply(self, chat_id: int, reply: Reply) -> int | None:
        """Send one reply; the id of the message that carries its keyboard (the last one)."""
        keyboard = markup(reply.choices, self.codec)
        text = reply.text.strip()
        attachment = reply.document or reply.image
        if attachment is not None:
            if utf16_len(text) <= MAX_CAPTION:
                return await self._send_file(chat_id, reply, attachment, text, keyboard)
            await self._send_file(chat_id, reply, attachment, "", None)
        if not text:
            if keyboard is not None:
                log.error("reply with choices but no text; not sent to chat %s", chat_id)
            return None
        chunks = split_text(text, MAX_TEXT)
        sent: int | None = None
        for i, chunk in enumerate(chunks):
            params: dict[str, Any] = {"chat_id": chat_id, "text": escape(chunk), "parse_mode": PARSE_MODE}
            if keyboard is not None and i == len(chunks) - 1:
                params["reply_markup"] = keyboard
            result = await self._api("sendMessage", params)
            sent = int(result["message_id"])
        return sent

    async def _send_file(
        self, chat_id: int, reply: Reply, attachment: Attachment, caption: str, keyboard: str | None
    ) -> int:
        upload = InputFile(attachment.data, filename=attachment.filename)
        options: dict[str, Any] = {"api_kwargs": {"reply_markup": keyboard} if keyboard else None}
        if caption:
            options.update(caption=escape(caption), parse_mode=PARSE_MODE)
        if attachment is reply.document:
            return (await self.bot.send_document(chat_id, upload, **options)).message_id
        return (await self.bot.send_photo(chat_id, upload, **options)).message_id

    async def _edit_keyboard(self, chat_id: int, message_id: int, reply: Reply) -> None:
        params: dict[str, Any] = {"chat_id": chat_id, "message_id": message_id}
        params["reply_markup"] = markup(reply.choices, self.codec)
        try:
            await self._api("editMessageReplyMarkup", params)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                raise

    async def _api(self, endpoint: str, params: dict[str, Any]) -> Any:
        """A Bot API call whose answer stays JSON.

        Why not `bot.send_message`: PTB parses every returned Message into objects, which cost
        about a seventh of a turn's CPU, and the adapter needs only the message id. `_post` is
        the entry point all of PTB's methods go through (defaults, the rate limiter, the mapping
        of errors to `BadRequest`/`Forbidden`/`RetryAfter`), so only the parsing is skipped.
        """
        return await self.bot._post(endpoint, params)

    async def _mark_answered(self, message: Message, data: str, *, multi: bool) -> None:
        """The tapped question keeps its text, loses its keyboard and shows the answer."""
        answer = tapped_answer(message.reply_markup, data, multi=multi)
        try:
            if message.text and answer:
                plain = f"{message.text}\n\n{ANSWER_MARK}{answer}"
                if utf16_len(plain) <= MAX_TEXT:
                    text = f"{escape(message.text)}\n\n<b>{escape(ANSWER_MARK + answer)}</b>"
                    await self._api(
                        "editMessageText",
                        {
                            "chat_id": message.chat.id,
                            "message_id": message.message_id,
                            "text": text,
                            "parse_mode": PARSE_MODE,
                        },
                    )
                    return
            if message.reply_markup is not None:
                await self._strip_keyboard(message.chat.id, message.message_id)
        except BadRequest as exc:  # already edited, too old, deleted: the keyboard is moot
            log.debug("marking message %s failed: %s", message.message_id, exc)

    async def _strip_keyboard(self, chat_id: int, message_id: int) -> None:
        try:
            await self._api("editMessageReplyMarkup", {"chat_id": chat_id, "message_id": message_id})
        except BadRequest as exc:
            log.debug("removing keyboard of %s failed: %s", message_id, exc)

    def _remember_keyboard(self, chat_id: int, message_id: int, *, multi: bool) -> None:
        self._keyboards[chat_id] = (message_id, multi)
        self._keyboards.move_to_end(chat_id)
        while len(self._keyboards) > REMEMBER_KEYBOARDS:
            self._keyboards.popitem(last=False)

    async def _answer(self, query: CallbackQuery) -> None:
        try:
            await query.answer()
        except TelegramError as exc:  # too old (over ~15 s) or answered already: nothing to do
            log.debug("answerCallbackQuery %s failed: %s", query.id, exc)

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
        async with self._locks.hold(item.chat_id):
            try:
                await self._send_replies(item.chat_id, [Reply(text)])
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


def menu_commands(defined: set[str], *, admin: bool = False) -> list[str]:
    """Router commands with a menu description (`telegram-command-<name>`), in menu order;
    admin commands only for `admin`."""
    names = [*MENU_ORDER, *(n for n in COMMANDS if n not in MENU_ORDER)]
    return [
        n
        for n in names
        if n in COMMANDS and f"telegram-command-{n}" in defined and (admin or n not in ADMIN_COMMANDS)
    ]


def _answer_in_webhook(query: CallbackQuery) -> bool:
    """Answer the tap in the webhook's HTTP answer, when there is one to use."""
    call = CURRENT.get()
    return call is not None and call.offer("answerCallbackQuery", callback_query_id=query.id)


def _is_toggle(tapped: Message, replies: Sequence[Reply]) -> bool:
    """A multi-choice tap whose answer is the same question with other ticks."""
    if len(replies) != 1:
        return False
    reply = replies[0]
    return (
        reply.multi
        and bool(reply.choices)
        and tapped.reply_markup is not None
        and tapped.text is not None
        and tapped.text.strip() == reply.text.strip()
    )
