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
- The newest message sent to each chat is remembered too (`last_message`), so a notice that
  follows its acknowledgement at once can be edited into it instead of sent after it.
- A question is shown once with one live keyboard (acceptance trial K2: the survey question, or a
  result's follow-up, asked by a pushed result and by the turn around it, two keyboards): a
  question a push asks again takes over the keyboard of the same question asked just before (that
  one loses it); a turn's question that a push asked after the owner's message arrived (so
  before the owner could read it), still the chat's newest message, is not sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from telegram import InputFile
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot

from dogcoach.channels.telegram.incoming import Tap
from dogcoach.channels.telegram.keyboard import CallbackCodec, markup, tapped_answer
from dogcoach.channels.telegram.ratelimit import RequestLimits
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
        self._last: OrderedDict[int, int] = OrderedDict()  # chat → newest message sent there
        # chat → (message id, what it asks, the push's number or 0 for a turn's) of the newest
        # question sent there
        self._asked: OrderedDict[int, tuple[int, str, int]] = OrderedDict()
        self._pushes = 0  # questions sent by pushes so far (`pushes`)

    @property
    def pushes(self) -> int:
        """How many questions pushes have sent so far: a turn notes it when its message arrives."""
        return self._pushes

    def pushed_since(self, chat_id: int, since: int) -> bool:
        """A push sent the chat a question after `since` (`pushes` when a turn's message came):
        the owner typed that message without having seen it."""
        asked = self._asked.get(chat_id)
        return asked is not None and asked[2] > since

    def last_message(self, chat_id: int) -> int | None:
        """The id of the newest message this process sent to the chat."""
        return self._last.get(chat_id)

    async def render_turn(
        self, chat_id: int, query: Tap | None, replies: Sequence[Reply], *, since: int | None = None
    ) -> list[int | None]:
        """A turn's replies: after a tap the tapped question shows the answer (or, for a
        multi-choice toggle, only its keyboard changes); an older keyboard is removed. `since`:
        `pushes` when the turn's message arrived (a question pushed later is not asked again).
        Returns the message id of each reply (None when nothing was sent for it)."""
        tapped = query.message_id if query is not None else None
        if query is not None and tapped is not None and _is_toggle(query, replies):
            await self._edit_keyboard(chat_id, tapped, replies[0])
            self._remember_keyboard(chat_id, tapped, multi=True)
            return [tapped]
        everything = list(replies)
        replies, kept = self._asked_by_a_push(chat_id, everything, since)
        previous = self._keyboards.pop(chat_id, None)
        if kept is not None and previous is not None and previous[0] == kept:
            previous = None  # the push's question stays the one live keyboard
        edits = []
        refused = any(r.meta.get(META_TAP_REFUSED) for r in replies)
        if (
            query is not None and tapped is not None and refused
        ):  # a stale button: its keyboard goes, unmarked
            if query.buttons is not None:
                edits.append(self._strip_keyboard(chat_id, tapped))
        elif query is not None and tapped is not None and query.data is not None:
            multi = previous is not None and previous[0] == tapped and previous[1]
            edits.append(self._mark_answered(chat_id, tapped, query, query.data, multi=multi))
        pushed = self._pushed_again(chat_id, replies)
        if pushed is not None and pushed != tapped:
            edits.append(self._strip_keyboard(chat_id, pushed))
        if previous is not None and (tapped is None or previous[0] != tapped):
            call = CURRENT.get()
            if call is None or not call.offer(
                "editMessageReplyMarkup", chat_id=chat_id, message_id=previous[0]
            ):
                edits.append(self._strip_keyboard(chat_id, previous[0]))
        if kept is not None:
            self._remember_keyboard(chat_id, kept, multi=False)
        if not edits:
            return _aligned(everything, replies, await self.send_replies(chat_id, replies, track=True))
        sent, *results = await asyncio.gather(
            self.send_replies(chat_id, replies, track=True), *edits, return_exceptions=True
        )
        for result in (sent, *results):
            if isinstance(result, BaseException):
                raise result
        assert isinstance(sent, list)
        return _aligned(everything, replies, sent)

    def _asked_by_a_push(
        self, chat_id: int, replies: Sequence[Reply], since: int | None
    ) -> tuple[list[Reply], int | None]:
        """The turn's replies without the question a push asked after the turn's message came
        (`since`; still the chat's newest message, its keyboard live): (what is left to send,
        that question's message id or None)."""
        asked = self._asked.get(chat_id)
        if since is None or asked is None or asked[2] <= since or asked[0] != self._last.get(chat_id):
            return list(replies), None
        left = [r for r in replies if not (r.choices and _asks(r) == asked[1])]
        return left, (asked[0] if len(left) < len(replies) else None)

    def _pushed_again(self, chat_id: int, replies: Sequence[Reply]) -> int | None:
        """The message of a question a push asked that this turn asks again (sent by the push
        before the turn's message came): its keyboard goes, the turn's copy is the live one."""
        asked = self._asked.get(chat_id)
        if asked is None or not asked[2] or asked[0] == self._tracked(chat_id):
            return None
        return asked[0] if any(r.choices and _asks(r) == asked[1] for r in replies) else None

    async def send_replies(
        self, chat_id: int, replies: Sequence[Reply], *, track: bool = False
    ) -> list[int | None]:
        """Send each reply; with `track`, remember the newest keyboard to remove or edit later.
        Returns the id of each reply's last message (None when nothing was sent)."""
        ids: list[int | None] = []
        for reply in replies:
            before = self._asked.get(chat_id)
            if not track and reply.choices:
                # numbered when the send starts, not when Telegram confirms it: the owner may read
                # the question (and answer it) before the confirmation is back, and a turn that
                # arrives then must still count it as asked before its message (CI: the turn's
                # "noted" line went out without the question after it)
                self._pushes += 1
            number = 0 if track else self._pushes
            last = await self._send_reply(chat_id, reply)
            ids.append(last)
            if last is None or not reply.choices:
                continue
            if track:
                self._remember_keyboard(chat_id, last, multi=reply.multi)
            elif before is not None and before[1] == _asks(reply) and self._tracked(chat_id) == before[0]:
                # a push asking the question just asked again (below its result): one keyboard
                await self._strip_keyboard(chat_id, before[0])
                self._remember_keyboard(chat_id, last, multi=reply.multi)
            self._asked[chat_id] = (last, _asks(reply), number)
            self._asked.move_to_end(chat_id)
            while len(self._asked) > REMEMBER_KEYBOARDS:
                self._asked.popitem(last=False)
        return ids

    def _tracked(self, chat_id: int) -> int | None:
        """The message of the chat's newest keyboard (the one a next turn removes)."""
        found = self._keyboards.get(chat_id)
        return found[0] if found is not None else None

    async def send_text(self, chat_id: int, text: str, *, retries: int | None = None) -> int:
        """One plain message (escaped, no keyboard, at most one message's length); its id."""
        params = {"chat_id": chat_id, "text": escape(text), "parse_mode": PARSE_MODE}
        result = await self._api("sendMessage", params, retries=retries)
        message_id = int(result["message_id"])
        self._note_sent(chat_id, message_id)
        return message_id

    async def edit_reply(
        self, chat_id: int, message_id: int, reply: Reply, *, retries: int | None = None
    ) -> None:
        """Put `reply` (text and keyboard; it must fit one message) into an earlier message.
        A text that is already there is not an error."""
        params: dict[str, Any] = {
            "chat_id": chat_id,
            "message_id": message_id,
            "text": escape(reply.text.strip()),
            "parse_mode": PARSE_MODE,
        }
        keyboard = markup(reply.choices, self.codec)
        if keyboard is not None:
            params["reply_markup"] = keyboard
        try:
            await self._api("editMessageText", params, retries=retries)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                raise
        if reply.choices:
            self._remember_keyboard(chat_id, message_id, multi=reply.multi)

    async def delete(self, chat_id: int, message_id: int) -> None:
        try:
            await self._api("deleteMessage", {"chat_id": chat_id, "message_id": message_id})
        except BadRequest as exc:  # too old or gone already
            log.debug("deleting message %s failed: %s", message_id, exc)

    @staticmethod
    def fits(reply: Reply) -> bool:
        """True when the reply can be one edited text message (no file, within the length)."""
        text = reply.text.strip()
        return bool(text) and reply.document is None and reply.image is None and utf16_len(text) <= MAX_TEXT

    async def _send_reply(self, chat_id: int, reply: Reply) -> int | None:
        """Send one reply; the id of the message that carries its keyboard (the last one)."""
        keyboard = markup(reply.choices, self.codec)
        text = reply.text.strip()
        attachment = reply.document or reply.image
        if attachment is not None:
            if utf16_len(text) <= MAX_CAPTION:
                return self._note_sent(
                    chat_id, await self._send_file(chat_id, reply, attachment, text, keyboard)
                )
            self._note_sent(chat_id, await self._send_file(chat_id, reply, attachment, "", None))
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
            sent = self._note_sent(chat_id, int(result["message_id"]))
        return sent

    def _note_sent(self, chat_id: int, message_id: int) -> int:
        self._last[chat_id] = message_id
        self._last.move_to_end(chat_id)
        while len(self._last) > REMEMBER_KEYBOARDS:
            self._last.popitem(last=False)
        return message_id

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

    async def _api(self, endpoint: str, params: dict[str, Any], *, retries: int | None = None) -> Any:
        """A Bot API call whose answer stays JSON.

        Why not `bot.send_message`: PTB parses every returned Message into objects, which cost
        about a seventh of a turn's CPU, and the adapter needs only the message id. `_post` is
        the entry point all of PTB's methods go through (defaults, the rate limiter, the mapping
        of errors to `BadRequest`/`Forbidden`/`RetryAfter`), so only the parsing is skipped.
        `retries` caps the rate limiter's retries after a 429 for this call (its
        `rate_limit_args`, which PTB carries in `api_kwargs`).
        """
        api_kwargs = None
        if retries is not None and self.bot.rate_limiter is not None:
            api_kwargs = self.bot._merge_api_rl_kwargs(None, RequestLimits(retries))
        return await self.bot._post(endpoint, params, api_kwargs=api_kwargs)

    async def _mark_answered(
        self, chat_id: int, message_id: int, tap: Tap, data: str, *, multi: bool
    ) -> None:
        """The tapped question keeps its text, loses its keyboard and shows the answer."""
        answer = tapped_answer(tap.buttons, data, multi=multi)
        try:
            if tap.text and answer:
                plain = f"{tap.text}\n\n{ANSWER_MARK}{answer}"
                if utf16_len(plain) <= MAX_TEXT:
                    text = f"{escape(tap.text)}\n\n<b>{escape(ANSWER_MARK + answer)}</b>"
                    await self._api(
                        "editMessageText",
                        {
                            "chat_id": chat_id,
                            "message_id": message_id,
                            "text": text,
                            "parse_mode": PARSE_MODE,
                        },
                    )
                    return
            if tap.buttons is not None:
                await self._strip_keyboard(chat_id, message_id)
        except BadRequest as exc:  # already edited, too old, deleted: the keyboard is moot
            log.debug("marking message %s failed: %s", message_id, exc)

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

    async def answer(self, query: Tap) -> None:
        """Answer a button tap (`answerCallbackQuery`), so the client stops its spinner."""
        try:
            await self.bot.answer_callback_query(query.id)
        except TelegramError as exc:  # too old (over ~15 s) or answered already: nothing to do
            log.debug("answerCallbackQuery %s failed: %s", query.id, exc)


def _aligned(everything: list[Reply], sent: list[Reply], ids: list[int | None]) -> list[int | None]:
    """The message id of each of `everything`: None for a reply not sent (`_asked_by_a_push`)."""
    by_reply = iter(ids)
    kept = {id(r) for r in sent}
    return [next(by_reply) if id(r) in kept else None for r in everything]


def _asks(reply: Reply) -> str:
    """What a question reply asks: its last line ("“…” ❓ how often?" and "❓ how often?" ask the
    same; the survey's "Question 3 of 15 / …" likewise, with or without a "show result" button
    beside its options)."""
    lines = reply.text.strip().splitlines()
    return lines[-1] if lines else ""


def answer_in_webhook(query: Tap) -> bool:
    """Answer the tap in the webhook's HTTP answer, when there is one to use."""
    call = CURRENT.get()
    return call is not None and call.offer("answerCallbackQuery", callback_query_id=query.id)


def _is_toggle(tapped: Tap, replies: Sequence[Reply]) -> bool:
    """A multi-choice tap whose answer is the same question with other ticks."""
    if len(replies) != 1:
        return False
    reply = replies[0]
    return (
        reply.multi
        and bool(reply.choices)
        and tapped.buttons is not None
        and tapped.text is not None
        and tapped.text.strip() == reply.text.strip()
    )
