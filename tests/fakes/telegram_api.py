"""A faithful fake of the Telegram Bot API for the test suite.

Why: the bot talks to Telegram through the real python-telegram-bot (PTB) ``Bot``. Pointing that
``Bot`` at this server (``base_url=server.base_url``) exercises our real request shapes, Telegram's
limits and error envelopes, and PTB's own error mapping (``BadRequest``, ``RetryAfter``,
``Forbidden``...) without the network. The same object plays Telegram's other half: it builds
updates shaped like ``tests/fixtures/telegram`` and POSTs them to the webhook set through
``setWebhook`` (with the secret header), or queues them for ``getUpdates``.

PTB 22 builds request URLs as ``f"{base_url}{token}/{method}"`` (``telegram/_bot.py``,
``_parse_base_url``), so use ``base_url=f"{server.url}/bot"`` -- exposed as ``server.base_url`` --
and ``base_file_url=server.base_file_url`` for file downloads.

The server runs uvicorn in a daemon thread with its own event loop; all state lives behind one
lock, so tests may call the Python helpers from any thread or event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import enum
import html
import inspect
import itertools
import json
import math
import re
import secrets
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypedDict, Unpack
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from dogcoach.services.proxies import LOOPBACK_DIRECT

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_TOKEN",
    "ApiError",
    "Call",
    "DeliveryResult",
    "FakeTelegramServer",
    "SentMessage",
    "UploadedFile",
    "UserFields",
    "WebhookState",
]

JSON = dict[str, Any]


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's roots), made once: every delivery opens a client, and
    a client making its own context costs 20-40 ms of CPU (loading the CA bundle) each time."""
    return httpx.create_ssl_context()


DEFAULT_BOT_ID = 6000000001
DEFAULT_TOKEN = f"{DEFAULT_BOT_ID}:AAF-fake-token-for-dogcoach-tests-0123"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_COMMANDS = 100

MSG_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same as "
    "a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Update types Telegram only sends when listed explicitly in allowed_updates.
OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
INLINE_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})

# How form/multipart string values are decoded; JSON bodies keep their native types.
INT_PARAMS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "max_connections",
        "cache_time",
        "message_thread_id",
        "reply_to_message_id",
        "user_id",
        "from_chat_id",
    }
)
BOOL_PARAMS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "disable_content_type_detection",
        "show_caption_above_media",
        "allow_paid_broadcast",
    }
)
JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "commands",
        "scope",
        "allowed_updates",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "menu_button",
        "media",
    }
)


class ApiError(Exception):
    """A Telegram error answer; the dispatcher turns it into the ``ok: false`` envelope."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def envelope(self) -> JSON:
        """Telegram's error body: ``{"ok": false, "error_code", "description"[, "parameters"]}``."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _too_many(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})


class UserFields(TypedDict, total=False):
    """Optional profile fields of a simulated user; ``""`` removes a remembered field."""

    first_name: str
    last_name: str
    username: str
    language_code: str
    is_premium: bool


@dataclass(frozen=True)
class UploadedFile:
    """One multipart file part, as the bot uploaded it."""

    field: str
    filename: str
    content: bytes
    content_type: str


@dataclass(frozen=True)
class Call:
    """One Bot API request, recorded whether it succeeded or not."""

    method: str
    params: JSON
    files: dict[str, UploadedFile]
    time: float
    http_method: str
    status: int
    response: JSON


@dataclass(frozen=True)
class SentMessage:
    """What the bot showed in a chat: a send or an edit.

    ``text`` is what the user sees (HTML parsed, trimmed; the caption for media); ``raw_text`` is
    what the bot sent. ``kind`` is "message", "photo", "document", "edit_text" or "edit_reply_markup".
    """

    chat_id: int
    message_id: int
    kind: str
    text: str | None
    raw_text: str | None
    parse_mode: str | None
    reply_markup: JSON | None
    file: UploadedFile | None
    file_ref: str | None
    time: float


@dataclass
class WebhookState:
    """The webhook as set through setWebhook (secret_token is kept although Telegram never shows it)."""

    url: str = ""
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    drop_pending_updates: bool = False
    ip_address: str | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
    set_count: int = 0


@dataclass(frozen=True)
class DeliveryResult:
    """The bot's answer to one simulated webhook POST (``skipped`` when allowed_updates filtered it)."""

    update: JSON
    status_code: int | None
    body: Any
    text: str
    request_headers: dict[str, str]
    skipped: bool = False

    @property
    def ok(self) -> bool:
        """True for a 2xx answer -- the only thing Telegram treats as delivered."""
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(frozen=True)
class _Described:
    """A success result that carries Telegram's optional ``description`` (setWebhook does)."""

    result: Any
    description: str


@dataclass
class _Fault:
    remaining: int
    error: ApiError
    methods: frozenset[str] | None


@dataclass
class _RateLimit:
    per_second: int
    per_chat_per_second: int
    per_group_per_minute: int
    sent: deque[float] = field(default_factory=deque)
    per_chat: dict[int, deque[float]] = field(default_factory=dict)


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    content: bytes | None
    file_path: str


class _Unset(enum.Enum):
    UNSET = 0


UNSET = _Unset.UNSET


class _QuickServer(uvicorn.Server):
    """uvicorn with 5 ms ticks: stock uvicorn sleeps 0.1 s per tick and 0.1 s more on shutdown,
    which adds up when every test starts and stops its own server."""

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.005)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        for _ in range(400):  # up to 2 s for in-flight requests (long polls end within 10 ms)
            if not (self.server_state.connections or self.server_state.tasks):
                break
            await asyncio.sleep(0.005)
        for task in self.server_state.tasks:
            task.cancel()
        for server in self.servers:
            await server.wait_closed()


def _utf16_len(text: str) -> int:
    """Telegram entity offsets/lengths are counted in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")


def command_entities(text: str) -> list[JSON]:
    """``bot_command`` entities the way Telegram marks "/cmd" and "/cmd@bot" in a text."""
    return [
        {
            "offset": _utf16_len(text[: m.start()]),
            "length": _utf16_len(m.group(0)),
            "type": "bot_command",
        }
        for m in _COMMAND_RE.finditer(text)
    ]


_TAG_RE = re.compile(r"\s*(/?)\s*([A-Za-z][\w-]*)(.*)", re.S)


def render_html(text: str) -> str:
    """Validate Telegram HTML and return the plain text the user sees.

    Why: a bot that forgets to escape ``<`` in user text gets "can't parse entities" from Telegram;
    the fake must fail the same way instead of silently accepting it.
    """
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        lt = text.find("<", i)
        if lt < 0:
            out.append(text[i:])
            break
        out.append(text[i:lt])
        offset = len(text[:lt].encode())
        gt = text.find(">", lt)
        if gt < 0:
            raise _bad(f"can't parse entities: Unclosed start tag at byte offset {offset}")
        m = _TAG_RE.fullmatch(text[lt + 1 : gt])
        if m is None:
            raise _bad(
                f'can\'t parse entities: Unsupported start tag "{text[lt + 1 : gt]}" at byte offset {offset}'
            )
        name = m.group(2).lower()
        if name not in HTML_TAGS:
            raise _bad(f'can\'t parse entities: Unsupported start tag "{name}" at byte offset {offset}')
        if m.group(1):
            if not stack:
                raise _bad(f"can't parse entities: Unexpected end tag at byte offset {offset}")
            if stack[-1] != name:
                raise _bad(
                    f"can't parse entities: Unmatched end tag at byte offset {offset}, "
                    f'expected "</{stack[-1]}>", found "</{name}>"'
                )
            stack.pop()
        else:
            stack.append(name)
        i = gt + 1
    if stack:
        raise _bad(f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return html.unescape("".join(out))


def _disposition_param(header: str, key: str) -> str | None:
    m = re.search(r"(?:^|;)\s*" + key + r'\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))', header, re.I)
    if m is None:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a multipart/form-data body into text fields and file parts.

    Why here: Starlette's form parser needs python-multipart, which this project does not install.
    """
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if m is None:
        raise _bad("invalid multipart/form-data body: no boundary")
    delimiter = b"--" + m.group(1).encode()
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, sep, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            continue
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = _disposition_param(disposition, "name")
        if name is None:
            continue
        filename = _disposition_param(disposition, "filename")
        if filename is None:
            fields[name] = content.decode("utf-8", "replace")
        else:
            files[name] = UploadedFile(
                field=name,
                filename=filename,
                content=content,
                content_type=headers.get("content-type", "application/octet-stream"),
            )
    return fields, files


def _coerce(name: str, value: Any) -> Any:
    """Decode one form value the way Telegram does (ints, booleans, JSON-encoded objects)."""
    if not isinstance(value, str):
        return value
    if name in JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise _bad("can't parse reply keyboard markup JSON object") from None
            raise _bad(f"can't parse {name} JSON object") from None
    if name in INT_PARAMS:
        with contextlib.suppress(ValueError):
            return int(value)
        return value
    if name in BOOL_PARAMS:
        lowered = value.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0", ""):
            return False
    return value


def _as_int(params: Mapping[str, Any], name: str, default: int | None = None) -> int:
    value = params.get(name, default)
    if value is None:
        raise _bad(f"{name} is empty" if name != "message_id" else "message identifier is not specified")
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            if name == "chat_id":
                raise _bad("chat not found") from None
            raise _bad(f"invalid {name} specified") from None
    return value


def _png_size(content: bytes) -> tuple[int, int] | None:
    if content.startswith(b"\x89PNG\r\n\x1a\n") and len(content) >= 24:
        return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    return None


def _update_type(update: Mapping[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")


def _is_allowed(update_type: str, allowed: list[str] | None) -> bool:
    if allowed:
        return update_type in allowed
    return update_type not in OPT_IN_UPDATE_TYPES


def _inline_only(markup: JSON | None) -> JSON | None:
    """Telegram echoes only inline keyboards back in a Message."""
    return markup if markup is not None and "inline_keyboard" in markup else None


class FakeTelegramServer:
    """In-process Telegram Bot API: HTTP side for the bot, Python side for the test.

    Use as a context manager (or ``start()``/``stop()``). Point PTB at ``base_url``/``base_file_url``.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_first_name: str = "DogCoach",
        bot_username: str = "dogcoach_bot",
        first_update_id: int = 581203400,
        max_long_poll: float = 1.0,
        require_https_webhook: bool = False,
        strict_chats: bool = False,
    ) -> None:
        bot_id, _, _ = token.partition(":")
        self.token = token
        self.bot_user: JSON = {
            "id": int(bot_id) if bot_id.isdigit() else DEFAULT_BOT_ID,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.max_long_poll = max_long_poll
        self.require_https_webhook = require_https_webhook
        # Telegram refuses chats the bot never saw ("chat not found"); off by default for ease.
        self.strict_chats = strict_chats
        # Seconds every API call waits before answering, to simulate a slow Telegram.
        self.latency: float = 0.0
        # Seconds the calls about one chat (by `chat_id`) wait before answering: one slow chat.
        self.chat_latency: dict[int, float] = {}
        # (seconds, test of the params): a call the fake carries out at once and answers late
        self._late: list[tuple[float, Callable[[JSON], bool]]] = []
        # Where webhook POSTs go instead of the network, e.g. httpx.ASGITransport(app=fastapi_app).
        self.webhook_transport: httpx.AsyncBaseTransport | httpx.BaseTransport | None = None

        self._lock = threading.RLock()
        self._calls: list[Call] = []
        self._sent: list[SentMessage] = []
        self._errors: list[BaseException] = []
        self._deliveries: list[DeliveryResult] = []
        self._faults: list[_Fault] = []
        self._blocked: dict[int, str] = {}
        self._rate: _RateLimit | None = None
        self._webhook = WebhookState()
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._descriptions: dict[tuple[str, str], str] = {}
        self._menu_buttons: dict[int | None, JSON] = {}
        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._raw_texts: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        self._next_message_id: dict[int, int] = {}
        self._updates: dict[int, JSON] = {}
        self._queue: list[JSON] = []
        self._poll_allowed: list[str] | None = None
        self._poll_generation = 0
        self._callback_ids: set[str] = set()
        self._answered_callbacks: dict[str, JSON] = {}
        self._files: dict[str, _StoredFile] = {}
        self._next_update_id = first_update_id
        self._ids = itertools.count(1)

        self._stopping = False
        self._uvicorn: _QuickServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = 0

        self._handlers: dict[str, tuple[str, Callable[[JSON, dict[str, UploadedFile]], Any]]] = {}
        for name, handler in (
            ("getMe", self._get_me),
            ("logOut", self._true),
            ("close", self._true),
            ("setWebhook", self._set_webhook),
            ("deleteWebhook", self._delete_webhook),
            ("getWebhookInfo", self._get_webhook_info),
            ("getUpdates", self._get_updates),
            ("sendMessage", self._send_message),
            ("sendPhoto", self._send_photo),
            ("sendDocument", self._send_document),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("deleteMessage", self._delete_message),
            ("answerCallbackQuery", self._answer_callback_query),
            ("sendChatAction", self._send_chat_action),
            ("setMyCommands", self._set_my_commands),
            ("getMyCommands", self._get_my_commands),
            ("deleteMyCommands", self._delete_my_commands),
            ("setMyDescription", self._set_my_description),
            ("getMyDescription", self._get_my_description),
            ("setMyShortDescription", self._set_my_short_description),
            ("getMyShortDescription", self._get_my_short_description),
            ("setChatMenuButton", self._set_chat_menu_button),
            ("getChatMenuButton", self._get_chat_menu_button),
            ("getFile", self._get_file),
        ):
            self._handlers[name.lower()] = (name, handler)

        self.app = Starlette(
            routes=[
                Route("/file/bot{token}/{file_path:path}", self._download, methods=["GET"]),
                Route("/{path:path}", self._endpoint, methods=["GET", "POST"]),
            ]
        )

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        """Root URL of the running server, e.g. ``http://127.0.0.1:54321``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """Value for PTB ``base_url`` (PTB appends the token, then ``/<method>``)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for PTB ``base_file_url``."""
        return f"{self.url}/file/bot"

    def api_url(self, method: str, token: str | None = None) -> str:
        """Full URL of one method, for raw-HTTP tests."""
        return f"{self.base_url}{self.token if token is None else token}/{method}"

    def start(self, timeout: float = 5.0) -> FakeTelegramServer:
        """Bind a free port on 127.0.0.1 and serve in a daemon thread; returns once accepting."""
        if self._thread is not None:
            return self
        # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on such sockets, and without it
        # every response waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            loop="asyncio",
            http="h11",
            ws="none",
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
        )
        server = _QuickServer(config)
        self._uvicorn = server
        self._stopping = False
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="fake-telegram", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("fake Telegram server did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stop serving (ends pending long polls first) and release the port."""
        self._stopping = True
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()
        self._thread = None
        self._uvicorn = None
        self._socket = None

    def __enter__(self) -> FakeTelegramServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ inspection helpers

    def calls(self, method: str | None = None) -> list[Call]:
        """Recorded API calls in order, optionally only one method (case-insensitive)."""
        with self._lock:
            if method is None:
                return list(self._calls)
            return [c for c in self._calls if c.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | None = None) -> list[SentMessage]:
        """Successful sends and edits in order, optionally for one chat."""
        with self._lock:
            return [s for s in self._sent if chat_id is None or s.chat_id == chat_id]

    def message(self, chat_id: int, message_id: int) -> JSON | None:
        """A message's current state (after edits), as Telegram would return it."""
        with self._lock:
            msg = self._messages.get((chat_id, message_id))
            return copy.deepcopy(msg) if msg is not None else None

    def last_bot_message(self, chat_id: int) -> JSON | None:
        """The newest message the bot sent to a chat that still exists, in its current state."""
        with self._lock:
            found = self._last_bot_message(chat_id)
            return copy.deepcopy(found) if found is not None else None

    def find_button(self, chat_id: int, label: str, message_id: int | None = None) -> tuple[int, JSON]:
        """Locate an inline button by its text or callback_data, newest bot message first."""
        with self._lock:
            candidates = sorted(
                (m for (c, _), m in self._messages.items() if c == chat_id and self._is_bot_msg(m)),
                key=lambda m: m["message_id"],
                reverse=True,
            )
            for msg in candidates:
                if message_id is not None and msg["message_id"] != message_id:
                    continue
                for row in (msg.get("reply_markup") or {}).get("inline_keyboard", []):
                    for button in row:
                        if label in (button.get("text"), button.get("callback_data")):
                            return msg["message_id"], dict(button)
        raise LookupError(f"no inline button {label!r} in chat {chat_id}")

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Commands stored by setMyCommands for one scope and language (no fallback, like Telegram)."""
        with self._lock:
            return copy.deepcopy(self._commands.get((self._scope_key(scope), language_code), []))

    @property
    def webhook(self) -> WebhookState:
        """A copy of the webhook state, including the secret_token given to setWebhook."""
        with self._lock:
            return dataclasses.replace(self._webhook)

    @property
    def deliveries(self) -> list[DeliveryResult]:
        """Every simulated webhook POST and the bot's answer, in order."""
        with self._lock:
            return list(self._deliveries)

    @property
    def errors(self) -> list[BaseException]:
        """Unexpected exceptions inside the fake (answered 500); a test can assert it is empty."""
        with self._lock:
            return list(self._errors)

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates queued for getUpdates and not yet confirmed by an offset."""
        with self._lock:
            return copy.deepcopy(self._queue)

    @property
    def answered_callbacks(self) -> dict[str, JSON]:
        """answerCallbackQuery parameters by callback query id."""
        with self._lock:
            return copy.deepcopy(self._answered_callbacks)

    def clear(self) -> None:
        """Forget recorded calls, sends and deliveries (chats, webhook and commands stay)."""
        with self._lock:
            self._calls.clear()
            self._sent.clear()
            self._deliveries.clear()
            self._errors.clear()

    # ------------------------------------------------------------------ fault injection

    def inject_error(
        self,
        status: int,
        description: str,
        n: int = 1,
        *,
        parameters: JSON | None = None,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Make the next ``n`` calls (of ``methods``, default any) fail with this error."""
        wanted = frozenset(m.lower() for m in methods) if methods is not None else None
        with self._lock:
            self._faults.append(_Fault(n, ApiError(status, description, parameters), wanted))

    def inject_429(self, n: int = 1, retry_after: int = 1, *, methods: Iterable[str] | None = None) -> None:
        """Make the next ``n`` calls answer 429 with ``parameters.retry_after``."""
        error = _too_many(retry_after)
        self.inject_error(429, error.description, n, parameters=error.parameters, methods=methods)

    def answer_late(self, seconds: float, when: Callable[[JSON], bool]) -> None:
        """Carry out each call whose params pass `when` at once (the chat shows the message) but
        answer it `seconds` later: the bot learns of its own message after the user could read it,
        as over a slow link to the Bot API."""
        with self._lock:
            self._late.append((seconds, when))

    def clear_faults(self) -> None:
        """Drop injected faults not yet consumed."""
        with self._lock:
            self._faults.clear()

    def block_chat(self, chat_id: int, description: str | None = None) -> None:
        """Make everything aimed at this chat answer 403, as after the user blocked the bot."""
        if description is None:
            description = (
                "Forbidden: bot was blocked by the user"
                if chat_id > 0
                else "Forbidden: bot was kicked from the group chat"
            )
        with self._lock:
            self._blocked[chat_id] = description

    def unblock_chat(self, chat_id: int) -> None:
        """Undo ``block_chat``."""
        with self._lock:
            self._blocked.pop(chat_id, None)

    def enable_rate_limit(
        self, per_second: int = 30, per_chat_per_second: int = 1, per_group_per_minute: int = 20
    ) -> None:
        """Answer 429 to sends beyond Telegram's documented limits (sliding windows)."""
        with self._lock:
            self._rate = _RateLimit(per_second, per_chat_per_second, per_group_per_minute)

    def disable_rate_limit(self) -> None:
        """Switch rate limiting off again."""
        with self._lock:
            self._rate = None

    # ------------------------------------------------------------------ HTTP side

    async def _endpoint(self, request: Request) -> Response:
        path = request.url.path
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", path)
        params: JSON = {}
        files: dict[str, UploadedFile] = {}
        method = m.group(2) if m else path
        try:
            if m is None:
                raise ApiError(404, "Not Found")
            params, files = await self._read_params(request)
            entry = self._handlers.get(method.lower())
            if entry is not None:
                method = entry[0]
            if m.group(1) != self.token:
                raise ApiError(401, "Unauthorized")
            if entry is None:
                raise ApiError(404, "Not Found")
            with self._lock:
                fault = self._take_fault(method)
            if self.latency:
                await asyncio.sleep(self.latency)
            if self.chat_latency:
                chat = params.get("chat_id")
                slow = self.chat_latency.get(int(chat)) if str(chat).lstrip("-").isdigit() else None
                if slow:
                    await asyncio.sleep(slow)
            if fault is not None:
                raise fault
            outcome = entry[1](params, files)
            if inspect.isawaitable(outcome):
                outcome = await outcome
            with self._lock:
                late = max((seconds for seconds, when in self._late if when(params)), default=0.0)
            if late:
                await asyncio.sleep(late)
            status, body = 200, self._success(outcome)
        except ApiError as exc:
            status, body = exc.code, exc.envelope()
        except Exception as exc:  # a bug in the fake: answer 500 and keep it for the test to see
            with self._lock:
                self._errors.append(exc)
            status = 500
            body = {"ok": False, "error_code": 500, "description": f"Internal Server Error: {exc!r}"}
        with self._lock:
            self._calls.append(
                Call(method, params, files, time.time(), request.method, status, copy.deepcopy(body))
            )
        return JSONResponse(body, status_code=status)

    @staticmethod
    def _success(outcome: Any) -> JSON:
        if isinstance(outcome, _Described):
            return {"ok": True, "result": outcome.result, "description": outcome.description}
        return {"ok": True, "result": outcome}

    async def _read_params(self, request: Request) -> tuple[JSON, dict[str, UploadedFile]]:
        raw: dict[str, Any] = dict(request.query_params)
        files: dict[str, UploadedFile] = {}
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        if body:
            if content_type.startswith("application/json"):
                try:
                    decoded = json.loads(body)
                except ValueError:
                    raise _bad("can't parse JSON encoded request") from None
                if not isinstance(decoded, dict):
                    raise _bad("can't parse JSON encoded request")
                raw.update(decoded)
            elif content_type.startswith("multipart/form-data"):
                fields, files = parse_multipart(body, content_type)
                raw.update(fields)
            else:
                raw.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        params = {name: _coerce(name, value) for name, value in raw.items()}
        # attach://<name> references point at multipart parts under another name.
        for name, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
                files[name] = files[value[9:]]
                del params[name]
        return params, files

    async def _download(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return JSONResponse(ApiError(401, "Unauthorized").envelope(), status_code=401)
        wanted = request.path_params["file_path"]
        with self._lock:
            stored = next((f for f in self._files.values() if f.file_path == wanted), None)
        if stored is None or stored.content is None:
            return JSONResponse(ApiError(404, "Not Found").envelope(), status_code=404)
        return Response(stored.content, media_type="application/octet-stream")

    def _take_fault(self, method: str) -> ApiError | None:
        for fault in self._faults:
            if fault.methods is None or method.lower() in fault.methods:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault.error
        return None

    # ------------------------------------------------------------------ chats and messages

    def _chat(self, chat_id: int) -> JSON:
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        if chat_id > 0:
            return {"id": chat_id, "first_name": f"User{chat_id}", "type": "private"}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "title": f"Group {chat_id}", "type": kind}

    def _alloc_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _note_message_id(self, chat_id: int, message_id: int) -> None:
        self._next_message_id[chat_id] = max(self._next_message_id.get(chat_id, 1), message_id + 1)

    def _is_bot_msg(self, msg: Mapping[str, Any]) -> bool:
        return bool(msg.get("from", {}).get("id") == self.bot_user["id"])

    def _last_bot_message(self, chat_id: int, with_markup: bool = False) -> JSON | None:
        best: JSON | None = None
        for (c, _), msg in self._messages.items():
            if c != chat_id or not self._is_bot_msg(msg):
                continue
            if with_markup and not msg.get("reply_markup"):
                continue
            if best is None or msg["message_id"] > best["message_id"]:
                best = msg
        return best

    def _check_chat(self, chat_id: int) -> None:
        blocked = self._blocked.get(chat_id)
        if blocked is not None:
            raise ApiError(403, blocked)
        if self.strict_chats and chat_id not in self._chats:
            raise _bad("chat not found")

    def _check_rate(self, chat_id: int) -> None:
        rate = self._rate
        if rate is None:
            return
        now = time.monotonic()
        window = 60.0 if chat_id < 0 else 1.0
        limit = rate.per_group_per_minute if chat_id < 0 else rate.per_chat_per_second
        chat_sent = rate.per_chat.setdefault(chat_id, deque())
        for stamps, span in ((rate.sent, 1.0), (chat_sent, window)):
            while stamps and stamps[0] <= now - span:
                stamps.popleft()
        for stamps, span, cap in ((rate.sent, 1.0, rate.per_second), (chat_sent, window, limit)):
            if len(stamps) >= cap:
                raise _too_many(max(1, math.ceil(stamps[0] + span - now)))
        rate.sent.append(now)
        chat_sent.append(now)

    @staticmethod
    def _render(text: str, parse_mode: Any) -> str:
        shown = render_html(text) if isinstance(parse_mode, str) and parse_mode.upper() == "HTML" else text
        return shown.strip()

    @staticmethod
    def _check_markup(markup: Any) -> JSON | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad("can't parse inline keyboard button: InlineKeyboardMarkup must be an Array")
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not str(button.get("text", "")):
                    raise _bad("can't parse inline keyboard button: Text must be non-empty")
                if not INLINE_BUTTON_ACTIONS & button.keys():
                    raise _bad(
                        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                    )
                if "callback_data" in button:
                    data = button["callback_data"]
                    if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
                        raise _bad("BUTTON_DATA_INVALID")
                if "url" in button and not re.match(r"(https?|tg)://\S", str(button["url"])):
                    raise _bad("BUTTON_URL_INVALID")
        return markup

    def _store_bot_message(self, chat_id: int, content: JSON, markup: JSON | None) -> JSON:
        message_id = self._alloc_message_id(chat_id)
        msg: JSON = {
            "message_id": message_id,
            "from": dict(self.bot_user),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **content,
        }
        inline = _inline_only(markup)
        if inline is not None:
            msg["reply_markup"] = inline
        self._messages[(chat_id, message_id)] = msg
        return msg

    def _record_sent(
        self,
        msg: JSON,
        kind: str,
        text: str | None,
        raw_text: str | None,
        parse_mode: Any,
        markup: JSON | None,
        file: UploadedFile | None = None,
        file_ref: str | None = None,
    ) -> None:
        self._sent.append(
            SentMessage(
                chat_id=msg["chat"]["id"],
                message_id=msg["message_id"],
                kind=kind,
                text=text,
                raw_text=raw_text,
                parse_mode=parse_mode if isinstance(parse_mode, str) else None,
                reply_markup=copy.deepcopy(markup),
                file=file,
                file_ref=file_ref,
                time=time.time(),
            )
        )

    def _reply_to(self, chat_id: int, params: JSON) -> JSON | None:
        reply_id = params.get("reply_to_message_id")
        parameters = params.get("reply_parameters")
        if isinstance(parameters, dict):
            reply_id = parameters.get("message_id", reply_id)
        if reply_id is None:
            return None
        found = self._messages.get((chat_id, int(reply_id)))
        if found is None:
            raise _bad("message to be replied not found")
        return copy.deepcopy(found)

    # ------------------------------------------------------------------ API methods

    @staticmethod
    def _true(params: JSON, files: dict[str, UploadedFile]) -> bool:
        return True

    def _get_me(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _send_message(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat_id = _as_int(params, "chat_id")
        raw = params.get("text")
        raw_text = "" if raw is None else str(raw)
        parse_mode = params.get("parse_mode")
        shown = self._render(raw_text, parse_mode)
        if not shown:
            raise _bad("message text is empty")
        if len(shown) > MAX_TEXT_LENGTH:
            raise _bad("message is too long")
        markup = self._check_markup(params.get("reply_markup"))
        with self._lock:
            self._check_chat(chat_id)
            reply_to = self._reply_to(chat_id, params)
            self._check_rate(chat_id)
            content: JSON = {"text": shown}
            if reply_to is not None:
                content["reply_to_message"] = reply_to
            msg = self._store_bot_message(chat_id, content, markup)
            self._raw_texts[(chat_id, msg["message_id"])] = (raw_text, parse_mode)
            self._record_sent(msg, "message", shown, raw_text, parse_mode, markup)
            return copy.deepcopy(msg)

    def _send_photo(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return self._send_media("photo", params, files)

    def _send_document(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return self._send_media("document", params, files)

    def _new_file(self, content: bytes | None, folder: str, suffix: str) -> _StoredFile:
        n = next(self._ids)
        prefix = "AgACAgIAAxkDAAI" if folder == "photos" else "BQACAgIAAxkDAAI"
        stored = _StoredFile(
            file_id=f"{prefix}{n:05d}{secrets.token_urlsafe(18)}",
            file_unique_id=f"AQAD{n:05d}{secrets.token_hex(4)}",
            content=content,
            file_path=f"{folder}/file_{n}{suffix}",
        )
        self._files[stored.file_id] = stored
        return stored

    def _send_media(self, kind: str, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat_id = _as_int(params, "chat_id")
        upload = files.get(kind)
        reference = params.get(kind)
        if upload is None and not reference:
            raise _bad(f"there is no {kind} in the request")
        if upload is not None and not upload.content:
            raise _bad("file must be non-empty")
        raw_caption = params.get("caption")
        parse_mode = params.get("parse_mode")
        caption = self._render(str(raw_caption), parse_mode) if raw_caption is not None else None
        if caption is not None and len(caption) > MAX_CAPTION_LENGTH:
            raise _bad("message caption is too long")
        markup = self._check_markup(params.get("reply_markup"))
        with self._lock:
            self._check_chat(chat_id)
            known = self._files.get(str(reference)) if reference else None
            if upload is None and known is None and not re.match(r"https?://", str(reference)):
                raise _bad("wrong file identifier/HTTP URL specified")
            self._check_rate(chat_id)
            content = upload.content if upload is not None else (known.content if known else None)
            name = upload.filename if upload is not None else str(reference).rsplit("/", 1)[-1]
            suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
            stored = known or self._new_file(content, "photos" if kind == "photo" else "documents", suffix)
            size = len(content) if content is not None else 0
            body: JSON
            if kind == "photo":
                width, height = (_png_size(content) if content else None) or (1280, 960)
                thumb = self._new_file(None, "photos", ".jpg")
                body = {
                    "photo": [
                        {
                            "file_id": thumb.file_id,
                            "file_unique_id": thumb.file_unique_id,
                            "file_size": max(1, size // 10),
                            "width": min(width, 90),
                            "height": max(1, min(width, 90) * height // max(width, 1)),
                        },
                        {
                            "file_id": stored.file_id,
                            "file_unique_id": stored.file_unique_id,
                            "file_size": size,
                            "width": width,
                            "height": height,
                        },
                    ]
                }
            else:
                body = {
                    "document": {
                        "file_name": name,
                        "mime_type": upload.content_type
                        if upload is not None
                        else "application/octet-stream",
                        "file_id": stored.file_id,
                        "file_unique_id": stored.file_unique_id,
                        "file_size": size,
                    }
                }
            if caption:
                body["caption"] = caption
            msg = self._store_bot_message(chat_id, body, markup)
            self._raw_texts[(chat_id, msg["message_id"])] = (
                None if raw_caption is None else str(raw_caption),
                parse_mode,
            )
            self._record_sent(
                msg,
                kind,
                caption,
                None if raw_caption is None else str(raw_caption),
                parse_mode,
                markup,
                file=upload,
                file_ref=None if upload is not None else str(reference),
            )
            return copy.deepcopy(msg)

    def _editable(self, params: JSON) -> tuple[int, int, JSON]:
        chat_id = _as_int(params, "chat_id")
        message_id = _as_int(params, "message_id")
        self._check_chat(chat_id)
        msg = self._messages.get((chat_id, message_id))
        if msg is None:
            raise _bad("message to edit not found")
        if not self._is_bot_msg(msg):
            raise _bad("message can't be edited")
        return chat_id, message_id, msg

    def _edit_message_text(self, params: JSON, files: dict[str, UploadedFile]) -> JSON | bool:
        raw = params.get("text")
        raw_text = "" if raw is None else str(raw)
        parse_mode = params.get("parse_mode")
        shown = self._render(raw_text, parse_mode)
        if not shown:
            raise _bad("message text is empty")
        if len(shown) > MAX_TEXT_LENGTH:
            raise _bad("message is too long")
        markup = self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        with self._lock:
            chat_id, message_id, msg = self._editable(params)
            if "text" not in msg:
                raise _bad("there is no text in the message to edit")
            new_markup = _inline_only(markup)
            old_raw = self._raw_texts.get((chat_id, message_id), (msg["text"], None))[0]
            if msg["text"] == shown and old_raw == raw_text and msg.get("reply_markup") == new_markup:
                raise _bad(MSG_NOT_MODIFIED)
            msg["text"] = shown
            msg["edit_date"] = int(time.time())
            if new_markup is None:
                msg.pop("reply_markup", None)
            else:
                msg["reply_markup"] = new_markup
            self._raw_texts[(chat_id, message_id)] = (raw_text, parse_mode)
            self._record_sent(msg, "edit_text", shown, raw_text, parse_mode, markup)
            return copy.deepcopy(msg)

    def _edit_message_reply_markup(self, params: JSON, files: dict[str, UploadedFile]) -> JSON | bool:
        markup = self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        with self._lock:
            _, _, msg = self._editable(params)
            new_markup = _inline_only(markup)
            if msg.get("reply_markup") == new_markup:
                raise _bad(MSG_NOT_MODIFIED)
            msg["edit_date"] = int(time.time())
            if new_markup is None:
                msg.pop("reply_markup", None)
            else:
                msg["reply_markup"] = new_markup
            text = msg.get("text", msg.get("caption"))
            self._record_sent(msg, "edit_reply_markup", text, None, None, markup)
            return copy.deepcopy(msg)

    def _delete_message(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        chat_id = _as_int(params, "chat_id")
        message_id = _as_int(params, "message_id")
        with self._lock:
            self._check_chat(chat_id)
            if self._messages.pop((chat_id, message_id), None) is None:
                raise _bad("message to delete not found")
            return True

    def _answer_callback_query(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        with self._lock:
            if query_id not in self._callback_ids:
                raise _bad("query is too old and response timeout expired or query ID is invalid")
            self._answered_callbacks[query_id] = dict(params)
        return True

    def _send_chat_action(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        chat_id = _as_int(params, "chat_id")
        if params.get("action") not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        with self._lock:
            self._check_chat(chat_id)
        return True

    @staticmethod
    def _scope_key(scope: Any) -> str:
        if scope is None:
            scope = {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise _bad("can't parse BotCommandScope JSON object")
        return json.dumps(scope, sort_keys=True)

    def _set_my_commands(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise _bad("too many commands specified")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand JSON object")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (self._scope_key(params.get("scope")), str(params.get("language_code", "")))
        with self._lock:
            self._commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        return True

    def _get_my_commands(self, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
        key = (self._scope_key(params.get("scope")), str(params.get("language_code", "")))
        with self._lock:
            return copy.deepcopy(self._commands.get(key, []))

    def _delete_my_commands(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        key = (self._scope_key(params.get("scope")), str(params.get("language_code", "")))
        with self._lock:
            self._commands.pop(key, None)
        return True

    def _set_my_description(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        return self._set_text_setting("description", 512, params)

    def _set_my_short_description(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        return self._set_text_setting("short_description", 120, params)

    def _set_text_setting(self, name: str, limit: int, params: JSON) -> bool:
        value = str(params.get(name, ""))
        if len(value) > limit:
            raise _bad(f"{name.replace('_', ' ')} is too long")
        with self._lock:
            self._descriptions[(name, str(params.get("language_code", "")))] = value
        return True

    def _get_my_description(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        with self._lock:
            key = ("description", str(params.get("language_code", "")))
            return {"description": self._descriptions.get(key, "")}

    def _get_my_short_description(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        with self._lock:
            key = ("short_description", str(params.get("language_code", "")))
            return {"short_description": self._descriptions.get(key, "")}

    def _set_chat_menu_button(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        chat_id = _as_int(params, "chat_id") if params.get("chat_id") is not None else None
        with self._lock:
            self._menu_buttons[chat_id] = button
        return True

    def _get_chat_menu_button(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat_id = _as_int(params, "chat_id") if params.get("chat_id") is not None else None
        with self._lock:
            return dict(
                self._menu_buttons.get(chat_id) or self._menu_buttons.get(None) or {"type": "commands"}
            )

    def _get_file(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        with self._lock:
            stored = self._files.get(str(params.get("file_id", "")))
        if stored is None:
            raise _bad("wrong file_id or the file is temporarily unavailable")
        result: JSON = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        if stored.content is not None:
            result["file_size"] = len(stored.content)
            result["file_path"] = stored.file_path
        return result

    # -- webhook and polling

    def _set_webhook(self, params: JSON, files: dict[str, UploadedFile]) -> _Described:
        url = str(params.get("url", "") or "")
        if not url:
            return self._delete_webhook(params, files)
        if self.require_https_webhook and not url.startswith("https://"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        if not re.match(r"https?://[^/\s]+", url):
            raise _bad("bad webhook: Failed to resolve host: Name or service not known")
        secret = params.get("secret_token")
        secret = None if secret in (None, "") else str(secret)
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise _bad("secret token contains unallowed characters")
        max_connections = _as_int(params, "max_connections", 40)
        if not 1 <= max_connections <= 100:
            raise _bad("bad webhook: max_connections must be between 1 and 100")
        allowed = params.get("allowed_updates")
        if allowed is not None and not isinstance(allowed, list):
            raise _bad("can't parse allowed_updates JSON object")
        with self._lock:
            hook = self._webhook
            same = hook.url == url and hook.secret_token == secret and hook.max_connections == max_connections
            hook.url = url
            hook.secret_token = secret
            hook.max_connections = max_connections
            if allowed is not None:
                hook.allowed_updates = [str(a) for a in allowed]
            hook.drop_pending_updates = bool(params.get("drop_pending_updates", False))
            hook.ip_address = params.get("ip_address")
            hook.set_count += 1
            if hook.drop_pending_updates:
                self._queue.clear()
        return _Described(True, "Webhook is already set" if same else "Webhook was set")

    def _delete_webhook(self, params: JSON, files: dict[str, UploadedFile]) -> _Described:
        with self._lock:
            had = bool(self._webhook.url)
            allowed = self._webhook.allowed_updates
            self._webhook = WebhookState(allowed_updates=allowed)
            if params.get("drop_pending_updates"):
                self._queue.clear()
        return _Described(True, "Webhook was deleted" if had else "Webhook is already deleted")

    def _get_webhook_info(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        with self._lock:
            hook = self._webhook
            info: JSON = {
                "url": hook.url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._queue),
            }
            if hook.url:
                info["max_connections"] = hook.max_connections
                info["ip_address"] = hook.ip_address or "127.0.0.1"
                if hook.allowed_updates:
                    info["allowed_updates"] = list(hook.allowed_updates)
            if hook.last_error_date is not None:
                info["last_error_date"] = hook.last_error_date
                info["last_error_message"] = hook.last_error_message
            return info

    async def _get_updates(self, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
        offset = _as_int(params, "offset", 0)
        limit = min(max(_as_int(params, "limit", 100), 1), 100)
        timeout = max(_as_int(params, "timeout", 0), 0)
        allowed = params.get("allowed_updates")
        with self._lock:
            if self._webhook.url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if isinstance(allowed, list):
                self._poll_allowed = [str(a) for a in allowed] or None
            self._poll_generation += 1
            generation = self._poll_generation
        deadline = time.monotonic() + min(timeout, self.max_long_poll)
        while True:
            with self._lock:
                if self._poll_generation != generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                if offset < 0:
                    self._queue = self._queue[offset:]
                elif offset:
                    self._queue = [u for u in self._queue if u["update_id"] >= offset]
                self._queue = [u for u in self._queue if _is_allowed(_update_type(u), self._poll_allowed)]
                batch = copy.deepcopy(self._queue[:limit])
            if batch or time.monotonic() >= deadline or self._stopping:
                return batch
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ update builders

    def _user(self, user_id: int, fields: UserFields) -> JSON:
        with self._lock:
            profile = self._users.setdefault(
                user_id,
                {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"},
            )
            for key, value in fields.items():
                if value == "" and key != "first_name":
                    profile.pop(key, None)
                else:
                    profile[key] = value
            return dict(profile)

    def _private_chat(self, user: JSON) -> JSON:
        chat: JSON = {"id": user["id"], "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        chat["type"] = "private"
        with self._lock:
            self._chats[user["id"]] = chat
        return dict(chat)

    def _user_message(self, chat: JSON, user: JSON, content: JSON) -> JSON:
        with self._lock:
            msg: JSON = {
                "message_id": self._alloc_message_id(chat["id"]),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                **content,
            }
            self._messages[(chat["id"], msg["message_id"])] = msg
            return copy.deepcopy(msg)

    def _new_update(self, kind: str, payload: JSON) -> JSON:
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
            update = {"update_id": update_id, kind: payload}
            self._updates[update_id] = copy.deepcopy(update)
            return update

    @staticmethod
    def _text_content(text: str, entities: list[JSON] | None, key: str = "text") -> JSON:
        content: JSON = {key: text}
        found = command_entities(text) if entities is None else entities
        if found:
            content["entities" if key == "text" else "caption_entities"] = found
        return content

    def make_message(
        self, user_id: int, text: str, *, entities: list[JSON] | None = None, **user: Unpack[UserFields]
    ) -> JSON:
        """A private-chat ``message`` update; "/cmd" texts get ``bot_command`` entities."""
        sender = self._user(user_id, user)
        msg = self._user_message(self._private_chat(sender), sender, self._text_content(text, entities))
        return self._new_update("message", msg)

    def make_group_message(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int = -1001234567890,
        title: str = "Dog Owners",
        chat_type: str = "supergroup",
        entities: list[JSON] | None = None,
        **user: Unpack[UserFields],
    ) -> JSON:
        """A ``message`` update from a user in a group or supergroup chat."""
        sender = self._user(user_id, user)
        chat = {"id": chat_id, "title": title, "type": chat_type}
        with self._lock:
            self._chats[chat_id] = chat
        msg = self._user_message(dict(chat), sender, self._text_content(text, entities))
        return self._new_update("message", msg)

    def make_edited_message(
        self, user_id: int, text: str, *, message_id: int | None = None, **user: Unpack[UserFields]
    ) -> JSON:
        """An ``edited_message`` update for the user's earlier message (default: their latest)."""
        sender = self._user(user_id, user)
        chat = self._private_chat(sender)
        with self._lock:
            if message_id is None:
                mine = [m for (c, _), m in self._messages.items() if c == user_id and not self._is_bot_msg(m)]
                if not mine:
                    raise LookupError(f"user {user_id} has no message to edit")
                message_id = max(m["message_id"] for m in mine)
            original = self._messages.get((user_id, message_id))
            if original is None:
                original = {"message_id": message_id, "from": sender, "chat": chat, "date": int(time.time())}
                self._note_message_id(user_id, message_id)
            key = "text" if "text" in original or "photo" not in original else "caption"
            original.pop("entities" if key == "text" else "caption_entities", None)
            original.update(self._text_content(text, None, key=key))
            original["edit_date"] = int(time.time())
            self._messages[(user_id, message_id)] = original
            msg = copy.deepcopy(original)
        return self._new_update("edited_message", msg)

    def make_sticker(
        self,
        user_id: int,
        *,
        emoji: str = "🐶",
        set_name: str | None = "DogStickers",
        is_animated: bool = False,
        is_video: bool = False,
        **user: Unpack[UserFields],
    ) -> JSON:
        """A ``message`` update carrying a sticker (no text)."""
        sender = self._user(user_id, user)
        with self._lock:
            stored = self._new_file(b"RIFF-fake-webp", "stickers", ".webp")
        sticker: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": is_animated,
            "is_video": is_video,
            "emoji": emoji,
            "file_size": 14,
        }
        if set_name:
            sticker["set_name"] = set_name
        msg = self._user_message(self._private_chat(sender), sender, {"sticker": sticker})
        return self._new_update("message", msg)

    def make_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        width: int = 1280,
        height: int = 960,
        **user: Unpack[UserFields],
    ) -> JSON:
        """A ``message`` update carrying a photo (three sizes, like Telegram) and optional caption."""
        sender = self._user(user_id, user)
        sizes: list[JSON] = []
        with self._lock:
            for side in (90, 320, max(width, height)):
                scale = min(1.0, side / max(width, height))
                stored = self._new_file(content, "photos", ".jpg")
                sizes.append(
                    {
                        "file_id": stored.file_id,
                        "file_unique_id": stored.file_unique_id,
                        "file_size": max(1, int(len(content) * scale)),
                        "width": max(1, round(width * scale)),
                        "height": max(1, round(height * scale)),
                    }
                )
        body: JSON = {"photo": sizes}
        if caption is not None:
            body.update(self._text_content(caption, None, key="caption"))
        msg = self._user_message(self._private_chat(sender), sender, body)
        return self._new_update("message", msg)

    def make_callback(
        self,
        user_id: int,
        data: str,
        *,
        message_id: int | None = None,
        chat_id: int | None = None,
        **user: Unpack[UserFields],
    ) -> JSON:
        """A ``callback_query`` update for a tap on a bot message (default: newest one with buttons)."""
        sender = self._user(user_id, user)
        if chat_id is None:
            chat_id = user_id
            self._private_chat(sender)
        with self._lock:
            if message_id is not None:
                msg = self._messages.get((chat_id, message_id))
            else:
                msg = self._last_bot_message(chat_id, with_markup=True) or self._last_bot_message(chat_id)
            if msg is None:
                stub_id = message_id if message_id is not None else self._alloc_message_id(chat_id)
                self._note_message_id(chat_id, stub_id)
                msg = {
                    "message_id": stub_id,
                    "from": dict(self.bot_user),
                    "chat": self._chat(chat_id),
                    "date": int(time.time()),
                    "text": "…",
                }
                self._messages[(chat_id, stub_id)] = msg
            query_id = str(1755437719840000000 + next(self._ids))
            self._callback_ids.add(query_id)
            query = {
                "id": query_id,
                "from": sender,
                "message": copy.deepcopy(msg),
                "chat_instance": str(-4471206829000000000 - abs(chat_id) % 10**9),
                "data": data,
            }
        return self._new_update("callback_query", query)

    def make_button_press(
        self, user_id: int, label: str, *, message_id: int | None = None, **user: Unpack[UserFields]
    ) -> JSON:
        """A ``callback_query`` for the inline button whose text or callback_data is ``label``."""
        found_id, button = self.find_button(user_id, label, message_id)
        if "callback_data" not in button:
            raise LookupError(f"button {label!r} has no callback_data")
        return self.make_callback(user_id, button["callback_data"], message_id=found_id, **user)

    def register_update(self, update: Mapping[str, Any]) -> JSON:
        """Adopt a hand-made (or fixture) update: assign update_id if missing, learn ids and chats."""
        registered = copy.deepcopy(dict(update))
        with self._lock:
            if "update_id" not in registered:
                registered["update_id"] = self._next_update_id
            update_id = int(registered["update_id"])
            self._next_update_id = max(self._next_update_id, update_id + 1)
            self._updates[update_id] = copy.deepcopy(registered)
            payload = registered.get(_update_type(registered))
            if isinstance(payload, dict):
                query_id = payload.get("id")
                if _update_type(registered) == "callback_query" and query_id is not None:
                    self._callback_ids.add(str(query_id))
                msg = payload.get("message", payload)
                chat = msg.get("chat") if isinstance(msg, dict) else None
                if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                    self._chats.setdefault(chat["id"], dict(chat))
                    if isinstance(msg.get("message_id"), int):
                        self._note_message_id(chat["id"], msg["message_id"])
                        self._messages.setdefault((chat["id"], msg["message_id"]), copy.deepcopy(msg))
        return registered

    # ------------------------------------------------------------------ polling queue

    def enqueue_update(self, update: Mapping[str, Any]) -> JSON:
        """Queue an update for getUpdates (the polling-mode twin of ``deliver_update``)."""
        registered = self.register_update(update)
        with self._lock:
            self._queue.append(copy.deepcopy(registered))
        return registered

    def enqueue_message(self, user_id: int, text: str, **user: Unpack[UserFields]) -> JSON:
        """Queue a private text message (see ``make_message``)."""
        return self.enqueue_update(self.make_message(user_id, text, **user))

    def enqueue_callback(
        self, user_id: int, data: str, *, message_id: int | None = None, **user: Unpack[UserFields]
    ) -> JSON:
        """Queue a callback query (see ``make_callback``)."""
        return self.enqueue_update(self.make_callback(user_id, data, message_id=message_id, **user))

    def enqueue_button_press(self, user_id: int, label: str, **user: Unpack[UserFields]) -> JSON:
        """Queue a tap on an inline button found by label (see ``make_button_press``)."""
        return self.enqueue_update(self.make_button_press(user_id, label, **user))

    def enqueue_edited_message(
        self, user_id: int, text: str, *, message_id: int | None = None, **user: Unpack[UserFields]
    ) -> JSON:
        """Queue an edited message (see ``make_edited_message``)."""
        return self.enqueue_update(self.make_edited_message(user_id, text, message_id=message_id, **user))

    def enqueue_group_message(self, user_id: int, text: str, **kwargs: Any) -> JSON:
        """Queue a group message (see ``make_group_message`` for keyword arguments)."""
        return self.enqueue_update(self.make_group_message(user_id, text, **kwargs))

    def enqueue_sticker(self, user_id: int, **kwargs: Any) -> JSON:
        """Queue a sticker message (see ``make_sticker``)."""
        return self.enqueue_update(self.make_sticker(user_id, **kwargs))

    def enqueue_photo(self, user_id: int, **kwargs: Any) -> JSON:
        """Queue a photo message (see ``make_photo``)."""
        return self.enqueue_update(self.make_photo(user_id, **kwargs))

    # ------------------------------------------------------------------ webhook delivery

    def _prepare_delivery(
        self, update: JSON, secret_token: str | _Unset | None, url: str | None
    ) -> tuple[str | None, dict[str, str], bytes]:
        with self._lock:
            hook = self._webhook
            target = url or hook.url
            if not target:
                raise RuntimeError("no webhook: call setWebhook first or pass url=")
            allowed = hook.allowed_updates
            secret = hook.secret_token if secret_token is UNSET else secret_token
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        if not _is_allowed(_update_type(update), allowed):
            return None, headers, b""
        return target, headers, json.dumps(update, ensure_ascii=False).encode()

    def _finish_delivery(
        self, update: JSON, headers: dict[str, str], response: httpx.Response | None
    ) -> DeliveryResult:
        if response is None:
            result = DeliveryResult(update, None, None, "", headers, skipped=True)
        else:
            body: Any = None
            with contextlib.suppress(ValueError):
                body = response.json()
            result = DeliveryResult(update, response.status_code, body, response.text, headers)
            if not result.ok:
                self._note_webhook_error(
                    f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}"
                )
            elif isinstance(body, dict) and isinstance(body.get("method"), str):
                self._run_webhook_reply(body)
        with self._lock:
            self._deliveries.append(result)
        return result

    def _note_webhook_error(self, message: str) -> None:
        with self._lock:
            self._webhook.last_error_date = int(time.time())
            self._webhook.last_error_message = message

    def _run_webhook_reply(self, body: JSON) -> None:
        """Telegram executes a method call returned as the webhook's answer; so do we."""
        method = str(body["method"])
        params = {k: _coerce(k, v) for k, v in body.items() if k != "method"}
        entry = self._handlers.get(method.lower())
        status, envelope = 200, {}
        try:
            if entry is None or entry[0] == "getUpdates":
                raise ApiError(404, "Not Found")
            envelope = self._success(entry[1](params, {}))
        except ApiError as exc:
            status, envelope = exc.code, exc.envelope()
        with self._lock:
            self._calls.append(
                Call(entry[0] if entry else method, params, {}, time.time(), "WEBHOOK", status, envelope)
            )

    def _lookup(self, update_id: int) -> JSON:
        with self._lock:
            stored = self._updates.get(update_id)
        if stored is None:
            raise KeyError(f"unknown update_id {update_id}")
        return copy.deepcopy(stored)

    def _async_transport(self) -> httpx.AsyncBaseTransport | None:
        transport = self.webhook_transport
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError("webhook_transport is sync; use deliver_update_sync")
        return transport

    async def deliver_update(
        self,
        update: Mapping[str, Any],
        *,
        secret_token: str | _Unset | None = UNSET,
        url: str | None = None,
        request_timeout: float = 10.0,
    ) -> DeliveryResult:
        """POST one update to the webhook like Telegram (secret header from setWebhook).

        ``secret_token`` overrides the header value (``None`` omits it) for wrong-secret tests.
        Updates excluded by allowed_updates are not sent (``result.skipped``), as on Telegram.
        """
        registered = self.register_update(update)
        target, headers, body = self._prepare_delivery(registered, secret_token, url)
        if target is None:
            return self._finish_delivery(registered, headers, None)
        async with httpx.AsyncClient(
            transport=self._async_transport(), timeout=request_timeout, mounts=LOOPBACK_DIRECT, verify=_tls()
        ) as client:
            try:
                response = await client.post(target, content=body, headers=headers)
            except httpx.TransportError as exc:
                self._note_webhook_error(f"Connection failed: {exc!r}")
                raise
        return self._finish_delivery(registered, headers, response)

    def deliver_update_sync(
        self,
        update: Mapping[str, Any],
        *,
        secret_token: str | _Unset | None = UNSET,
        url: str | None = None,
        request_timeout: float = 10.0,
    ) -> DeliveryResult:
        """Blocking twin of ``deliver_update`` for sync tests (do not call from the receiver's loop)."""
        registered = self.register_update(update)
        target, headers, body = self._prepare_delivery(registered, secret_token, url)
        if target is None:
            return self._finish_delivery(registered, headers, None)
        transport = self.webhook_transport
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError("webhook_transport is async; use await deliver_update")
        with httpx.Client(
            transport=transport, timeout=request_timeout, mounts=LOOPBACK_DIRECT, verify=_tls()
        ) as client:
            try:
                response = client.post(target, content=body, headers=headers)
            except httpx.TransportError as exc:
                self._note_webhook_error(f"Connection failed: {exc!r}")
                raise
        return self._finish_delivery(registered, headers, response)

    async def deliver_many(
        self,
        updates: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        request_timeout: float = 30.0,
    ) -> list[DeliveryResult]:
        """Deliver many updates over at most ``max_connections`` parallel connections (benchmarks)."""
        registered = [self.register_update(u) for u in updates]
        limit = concurrency or self.webhook.max_connections
        semaphore = asyncio.Semaphore(limit)
        pool = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        async with httpx.AsyncClient(
            transport=self._async_transport(),
            timeout=request_timeout,
            limits=pool,
            mounts=LOOPBACK_DIRECT,
            verify=_tls(),
        ) as client:

            async def one(update: JSON) -> DeliveryResult:
                target, headers, body = self._prepare_delivery(update, UNSET, None)
                if target is None:
                    return self._finish_delivery(update, headers, None)
                async with semaphore:
                    response = await client.post(target, content=body, headers=headers)
                return self._finish_delivery(update, headers, response)

            return list(await asyncio.gather(*(one(u) for u in registered)))

    async def redeliver(self, update_id: int, **kwargs: Any) -> DeliveryResult:
        """POST an already delivered update again, unchanged -- what Telegram does after a non-2xx."""
        return await self.deliver_update(self._lookup(update_id), **kwargs)

    def redeliver_sync(self, update_id: int, **kwargs: Any) -> DeliveryResult:
        """Blocking twin of ``redeliver``."""
        return self.deliver_update_sync(self._lookup(update_id), **kwargs)

    async def deliver_message(
        self,
        user_id: int,
        text: str,
        *,
        secret_token: str | _Unset | None = UNSET,
        **user: Unpack[UserFields],
    ) -> DeliveryResult:
        """Deliver a private text message (see ``make_message``)."""
        return await self.deliver_update(self.make_message(user_id, text, **user), secret_token=secret_token)

    def deliver_message_sync(
        self,
        user_id: int,
        text: str,
        *,
        secret_token: str | _Unset | None = UNSET,
        **user: Unpack[UserFields],
    ) -> DeliveryResult:
        """Blocking twin of ``deliver_message``."""
        return self.deliver_update_sync(self.make_message(user_id, text, **user), secret_token=secret_token)

    async def deliver_callback(
        self,
        user_id: int,
        data: str,
        *,
        message_id: int | None = None,
        secret_token: str | _Unset | None = UNSET,
        **user: Unpack[UserFields],
    ) -> DeliveryResult:
        """Deliver a callback query (see ``make_callback``)."""
        update = self.make_callback(user_id, data, message_id=message_id, **user)
        return await self.deliver_update(update, secret_token=secret_token)

    async def deliver_button_press(
        self,
        user_id: int,
        label: str,
        *,
        message_id: int | None = None,
        secret_token: str | _Unset | None = UNSET,
        **user: Unpack[UserFields],
    ) -> DeliveryResult:
        """Deliver a tap on the inline button labelled ``label`` (text or callback_data)."""
        update = self.make_button_press(user_id, label, message_id=message_id, **user)
        return await self.deliver_update(update, secret_token=secret_token)

    async def deliver_edited_message(
        self,
        user_id: int,
        text: str,
        *,
        message_id: int | None = None,
        secret_token: str | _Unset | None = UNSET,
        **user: Unpack[UserFields],
    ) -> DeliveryResult:
        """Deliver an edited message (see ``make_edited_message``)."""
        update = self.make_edited_message(user_id, text, message_id=message_id, **user)
        return await self.deliver_update(update, secret_token=secret_token)

    async def deliver_group_message(
        self, user_id: int, text: str, *, secret_token: str | _Unset | None = UNSET, **kwargs: Any
    ) -> DeliveryResult:
        """Deliver a group message (see ``make_group_message`` for keyword arguments)."""
        update = self.make_group_message(user_id, text, **kwargs)
        return await self.deliver_update(update, secret_token=secret_token)

    async def deliver_sticker(
        self, user_id: int, *, secret_token: str | _Unset | None = UNSET, **kwargs: Any
    ) -> DeliveryResult:
        """Deliver a sticker message (see ``make_sticker``)."""
        return await self.deliver_update(self.make_sticker(user_id, **kwargs), secret_token=secret_token)

    async def deliver_photo(
        self, user_id: int, *, secret_token: str | _Unset | None = UNSET, **kwargs: Any
    ) -> DeliveryResult:
        """Deliver a photo message (see ``make_photo``)."""
        return await self.deliver_update(self.make_photo(user_id, **kwargs), secret_token=secret_token)

    def use_asgi_app(self, app: Any) -> None:
        """Deliver webhook POSTs in-process to an ASGI app (e.g. our FastAPI app) instead of HTTP."""
        self.webhook_transport = httpx.ASGITransport(app=app)
