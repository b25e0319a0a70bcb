"""A Telegram update, as the Bot API's JSON, → what the adapter does with it.

Most updates become a `UserTurn` for the engine: a private-chat text (commands included, the
router parses them), a caption (what the user wrote under a photo), or a tap on one of our
buttons. Media without words get a friendly answer naming what was sent, and so does an edit in
the private chat (an owner who fixes a typo in place expects it read: they are asked to send it
again rather than dropped in silence); a command in a group gets a pointer to the private chat;
everything else — group chatter and edits, service messages, channel posts, update types we never
asked for — is ignored, as Telegram users expect from a bot that lives in private chats.
Classifying never raises.

Why the JSON and not python-telegram-bot's `Update`: building PTB's objects for every update cost
about a tenth of a webhook update's CPU (benchmarks/telegram_webhook.py), and the adapter reads a
dozen fields of it. The webhook route type-checks exactly those fields first
(`shape.update_errors`); polling mode hands PTB's update over as `update.to_dict()`, the same
JSON. PTB stays the client that sends (render.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dogcoach.channels.telegram.keyboard import Button, CallbackCodec
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef

PRIVATE = "private"  # the Bot API's `Chat.type` of a private chat

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
class Tap:
    """A button tap (a callback query): answered by `id`; the tapped message is marked.

    `message_id` is None when there is no message to mark: an inline button, or a message too
    old for Telegram to show the bot (an "inaccessible" message, sent with date 0). `text` and
    `buttons` are the tapped message's text and inline keyboard (None: no keyboard).
    """

    id: str
    data: str | None
    message_id: int | None = None
    text: str | None = None
    buttons: tuple[Button, ...] | None = None


@dataclass(frozen=True, slots=True)
class UserTurn:
    """A turn for the engine. `query` is set for a button tap (answer it, mark its message)."""

    chat_id: int
    incoming: Incoming
    query: Tap | None = None


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
    query: Tap | None = None


Classified = UserTurn | Unsupported | GroupCommand | Ignored


def classify(update: dict[str, Any], codec: CallbackCodec, bot_username: str | None) -> Classified:
    """`update` is the Bot API's JSON (`Update`); it is also what the transcript keeps."""
    try:
        update_id = str(update["update_id"])
        query = update.get("callback_query")
        if query is not None:
            return _callback(update, query, codec, update_id)
        message = update.get("message")
        if message is not None:
            return _message(update, message, bot_username, update_id)
        edited = update.get("edited_message")
        if edited is not None:
            return _edited(edited)
        return Ignored("update_type")
    except Exception:  # a shape we did not foresee: never fail the update
        return Ignored("unreadable")


def _callback(
    payload: dict[str, Any], query: dict[str, Any], codec: CallbackCodec, update_id: str
) -> Classified:
    message = query.get("message")
    data = query.get("data")
    if message is None or data is None:
        return Ignored("inline_or_game_query", Tap(query["id"], data))
    chat = message["chat"]
    accessible = message.get("date") != 0
    tap = Tap(
        query["id"],
        data,
        message["message_id"] if accessible else None,
        message.get("text") if accessible else None,
        _buttons(message.get("reply_markup")) if accessible else None,
    )
    if chat["type"] != PRIVATE:
        return Ignored("group_query", tap)
    user = query["from"]
    incoming = Incoming(
        user=UserRef(Channel.TELEGRAM, str(chat["id"])),
        choice=codec.decode(data),
        locale_hint=user.get("language_code"),
        display_name=_full_name(user),
        payload=payload,
        update_id=update_id,
    )
    return UserTurn(chat["id"], incoming, tap)


def _message(
    payload: dict[str, Any], message: dict[str, Any], bot_username: str | None, update_id: str
) -> Classified:
    user = message.get("from")
    if user is None or user["is_bot"]:
        return Ignored("no_human_sender")
    chat = message["chat"]
    language = user.get("language_code")
    if chat["type"] != PRIVATE:
        if _command_for_us(message.get("text"), bot_username):
            return GroupCommand(chat["id"], message["message_id"], language)
        return Ignored("group_message")
    text = message.get("text")
    caption = text is None and message.get("caption") is not None
    if text is None:
        text = message.get("caption")
    if text is not None and text.strip():
        incoming = Incoming(
            user=UserRef(Channel.TELEGRAM, str(chat["id"])),
            text=text,
            caption=caption,
            locale_hint=language,
            display_name=_full_name(user),
            payload=payload,
            update_id=update_id,
        )
        return UserTurn(chat["id"], incoming)
    for attribute, kind in MEDIA_KINDS:
        if message.get(attribute):
            return Unsupported(chat["id"], kind, language)
    return Ignored("service_message")


def _edited(message: dict[str, Any]) -> Classified:
    """An owner's edit of a message in the private chat: answered like media (`telegram-media-
    edited`: "send it again"), never read as a new turn — the original was answered already, and
    an edit can land long after the conversation moved on. Anywhere else, ignored."""
    user = message.get("from")
    if user is None or user["is_bot"] or message["chat"]["type"] != PRIVATE:
        return Ignored("edited_message")
    return Unsupported(message["chat"]["id"], "edited", user.get("language_code"))


def _full_name(user: dict[str, Any]) -> str:
    """First and last name, as Telegram clients show them (PTB's `User.full_name`)."""
    last = user.get("last_name")
    return f"{user['first_name']} {last}" if last else str(user["first_name"])


def _buttons(markup: Any) -> tuple[Button, ...] | None:
    """The inline keyboard's buttons, row by row, as (label, callback data); None without one.
    A button of a shape Telegram never sends is left out rather than failing the tap."""
    if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
        return None
    buttons = []
    for row in markup["inline_keyboard"]:
        for button in row if isinstance(row, list) else ():
            if isinstance(button, dict) and isinstance(button.get("text"), str):
                data = button.get("callback_data")
                buttons.append(Button(button["text"], data if isinstance(data, str) else None))
    return tuple(buttons)


def _command_for_us(text: str | None, bot_username: str | None) -> bool:
    """`/cmd` or `/cmd@ourbot` at the start of a group message (not `/cmd@otherbot`)."""
    text = text or ""
    if not text.startswith("/"):
        return False
    head = text.split(maxsplit=1)[0]
    _, at, target = head.partition("@")
    return not at or (bot_username is not None and target.lower() == bot_username.lower())
