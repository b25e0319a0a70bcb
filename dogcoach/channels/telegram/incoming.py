"""Telegram `Update` → what the adapter does with it.

Most updates become a `UserTurn` for the engine: a private-chat text (commands included, the
router parses them), a caption (what the user wrote under a photo), or a tap on one of our
buttons. Media without words get a friendly answer naming what was sent; a command in a group
gets a pointer to the private chat; everything else — edits, group chatter, service messages,
channel posts, update types we never asked for — is ignored, as Telegram users expect from a bot
that lives in private chats. Classifying never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType

from dogcoach.channels.telegram.keyboard import CallbackCodec
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef

# Message content → the kind named in the answer (`telegram-media-<kind>`).
MEDIA_KINDS: tuple[tuple[str, str], ...] = (
    ("sticker", "sticker"),
    ("photo", "photo"),
    ("voice", "voice"),
    ("audio", "voice"),
    ("video_note", "voice"),
    ("location", "location"),
    ("venue", "location"),
    ("animation", "other"),
    ("video", "other"),
    ("document", "other"),
    ("contact", "other"),
    ("poll", "other"),
    ("dice", "other"),
    ("story", "other"),
    ("game", "other"),
    ("paid_media", "other"),
)


@dataclass(frozen=True, slots=True)
class UserTurn:
    """A turn for the engine. `query` is set for a button tap (answer it, mark its message)."""

    chat_id: int
    incoming: Incoming
    query: CallbackQuery | None = None


@dataclass(frozen=True, slots=True)
class Unsupported:
    """Something the bot cannot read (a sticker, a voice note...), sent in a private chat."""

    chat_id: int
    kind: str
    locale_hint: str | None


@dataclass(frozen=True, slots=True)
class GroupCommand:
    """A command addressed to the bot in a group: answered with a pointer to the private chat."""

    chat_id: int
    message_id: int
    locale_hint: str | None


@dataclass(frozen=True, slots=True)
class Ignored:
    """Nothing to say. A button tap is still answered, so the client stops its spinner."""

    reason: str
    query: CallbackQuery | None = None


Classified = UserTurn | Unsupported | GroupCommand | Ignored


def classify(
    update: Update, codec: CallbackCodec, bot_username: str | None, raw: dict[str, Any] | None = None
) -> Classified:
    """`raw` is the update as Telegram sent it, for the transcript (else PTB's `to_dict()`)."""
    try:
        payload = raw if raw is not None else update.to_dict()
        update_id = str(update.update_id)
        if update.callback_query is not None:
            return _callback(payload, update.callback_query, codec, update_id)
        if update.message is not None:
            return _message(payload, update.message, bot_username, update_id)
        if update.edited_message is not None:
            return Ignored("edited_message")
        return Ignored("update_type")
    except Exception:  # a shape PTB parsed but we did not foresee: never fail the update
        return Ignored("unreadable")


def _callback(
    payload: dict[str, Any], query: CallbackQuery, codec: CallbackCodec, update_id: str
) -> Classified:
    message = query.message
    if message is None or query.data is None:
        return Ignored("inline_or_game_query", query)
    if message.chat.type != ChatType.PRIVATE:
        return Ignored("group_query", query)
    user = query.from_user
    incoming = Incoming(
        user=UserRef(Channel.TELEGRAM, str(message.chat.id)),
        choice=codec.decode(query.data),
        locale_hint=user.language_code,
        display_name=user.full_name,
        payload=payload,
        update_id=update_id,
    )
    return UserTurn(message.chat.id, incoming, query)


def _message(
    payload: dict[str, Any], message: Message, bot_username: str | None, update_id: str
) -> Classified:
    user = message.from_user
    if user is None or user.is_bot:
        return Ignored("no_human_sender")
    if message.chat.type != ChatType.PRIVATE:
        if _command_for_us(message, bot_username):
            return GroupCommand(message.chat.id, message.message_id, user.language_code)
        return Ignored("group_message")
    text = message.text if message.text is not None else message.caption
    if text is not None and text.strip():
        incoming = Incoming(
            user=UserRef(Channel.TELEGRAM, str(message.chat.id)),
            text=text,
            locale_hint=user.language_code,
            display_name=user.full_name,
            payload=payload,
            update_id=update_id,
        )
        return UserTurn(message.chat.id, incoming)
    for attribute, kind in MEDIA_KINDS:
        if getattr(message, attribute, None):
            return Unsupported(message.chat.id, kind, user.language_code)
    return Ignored("service_message")


def _command_for_us(message: Message, bot_username: str | None) -> bool:
    """`/cmd` or `/cmd@ourbot` at the start of a group message (not `/cmd@otherbot`)."""
    text = message.text or ""
    if not text.startswith("/"):
        return False
    head = text.split(maxsplit=1)[0]
    _, at, target = head.partition("@")
    return not at or (bot_username is not None and target.lower() == bot_username.lower())
