"""Replies as Telegram messages, and the keyboards they leave behind.

Rendering rules, and why:
- Replies go out as HTML with every engine text escaped (see `text.py`), split at 4096.
- Choices become an inline keyboard on the reply's last message. On a multi-choice question a tap
  on an option comes back as the same question with the ticks changed: that message's keyboard is
  edited in place instead of sending the question again.
- After a tap, the tapped question loses its keyboard and shows what was chosen (`👉 label`), so
  the chat reads like a conversation and old buttons cannot be tapped twice. A tap the core
  refused (a reply with `META_TAP_REFUSED`: a stale button) is not marked as an answer. After a typed answer
  the previous question's keyboard is removed. The newest keyboard per chat is remembered in
  memory only: after a restart an old keyboard may stay, and the engine answers a tap on it as a
  stale button.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from telegram import CallbackQuery, InputFile, Message
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot

from dogcoach.channels.telegram.keyboard import CallbackCodec, markup, tapped_answer
from dogcoach.channels.telegram.text import MAX_CAPTION, MAX_TEXT, PARSE_MODE, escape, split_text, utf16_len
from dogcoach.channels.telegram.webhook_call import CURRENT
from dogcoach.domain.types import META_TAP_REFUSED, Attachment, Reply

log = logging.getLogger(__name__)

ANSWER_MARK = "👉 "
REMEMBER_KEYBOARDS = 50_000


class ChatRenderer:
    """Sends replies to chats; one per adapter (it remembers each chat's newest keyboard)."""

    def __init__(self, bot: ExtBot[Any], codec: CallbackCodec) -> None:
        self.bot = bot
        self.codec = codec
        # chat → (message id, multi-choice?) of the newest question with a keyboard
        self._keyboards: OrderedDict[int, tuple[int, bool]] = OrderedDict()

    async def render_turn(self, chat_id: int, query: CallbackQuery | None, replies: Sequence[Reply]) -> None:
        """A turn's replies: after a tap the tapped question shows the answer (or, for a
        multi-choice toggle, only its keyboard changes); an older keyboard is removed."""
        tapped = query.message if query is not None and isinstance(query.message, Message) else None
        if tapped is not None and _is_toggle(tapped, replies):
            await self._edit_keyboard(chat_id, tapped.message_id, replies[0])
            self._remember_keyboard(chat_id, tapped.message_id, multi=True)
            return
        previous = self._keyboards.pop(chat_id, None)
        edits = []
        refused = any(r.meta.get(META_TAP_REFUSED) for r in replies)
        if tapped is not None and refused:  # a stale button: its keyboard goes, unmarked
            if tapped.reply_markup is not None:
                edits.append(self._strip_keyboard(chat_id, tapped.message_id))
        elif tapped is not None and query is not None and query.data is not None:
            multi = previous is not None and previous[0] == tapped.message_id and previous[1]
            edits.append(self._mark_answered(tapped, query.data, multi=multi))
        if previous is not None and (tapped is None or previous[0] != tapped.message_id):
            call = CURRENT.get()
            if call is None or not call.offer(
                "editMessageReplyMarkup", chat_id=chat_id, message_id=previous[0]
            ):
                edits.append(self._strip_keyboard(chat_id, previous[0]))
        if not edits:
            await self.send_replies(chat_id, replies, track=True)
            return
        results = await asyncio.gather(
            self.send_replies(chat_id, replies, track=True), *edits, return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def send_replies(self, chat_id: int, replies: Sequence[Reply], *, track: bool = False) -> None:
        """Send each reply; with `track`, remember the newest keyboard to remove or edit later."""
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

    async def answer(self, query: CallbackQuery) -> None:
        """Answer a button tap (`answerCallbackQuery`), so the client stops its spinner."""
        try:
            await query.answer()
        except TelegramError as exc:  # too old (over ~15 s) or answered already: nothing to do
            log.debug("answerCallbackQuery %s failed: %s", query.id, exc)


def answer_in_webhook(query: CallbackQuery) -> bool:
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
