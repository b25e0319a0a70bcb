"""The fake Telegram Bot API, driven by the real python-telegram-bot ``Bot``.

Why: every Telegram test in the suite trusts this fake; these tests pin that PTB can talk to it and
that it fails the way Telegram does (PTB exception types, limits, webhook secret, long polling).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, RetryAfter
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from dogcoach.services.proxies import LOOPBACK_DIRECT
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram as _fake_telegram  # noqa: F401  (registers it)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "telegram"
CHAT = 402318877
SECRET = "s3cr3t_Token-1"


def stock_request() -> HTTPXRequest:
    """PTB's default request backend, loopback kept off any proxy set in the environment."""
    return HTTPXRequest(httpx_kwargs={"mounts": LOOPBACK_DIRECT})


@pytest_asyncio.fixture
async def bot(fake_telegram: FakeTelegramServer) -> AsyncIterator[Bot]:
    async with Bot(
        fake_telegram.token,
        base_url=fake_telegram.base_url,
        base_file_url=fake_telegram.base_file_url,
        request=stock_request(),
        get_updates_request=stock_request(),
    ) as real_bot:
        yield real_bot


class _Receiver:
    """A tiny webhook endpoint on a real socket: records requests, answers ``status``."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], Any]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.requests.append((dict(self.headers.items()), body))
                ok = self.headers.get("X-Telegram-Bot-Api-Secret-Token") == SECRET
                status = receiver.status if ok else 403
                payload = json.dumps({"seen": body["update_id"]}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/telegram/webhook"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    rec = _Receiver()
    yield rec
    rec.close()


def _seconds(value: int | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def _shape(value: Any) -> Any:
    """Key structure of a JSON value, to compare built updates with Telegram's fixtures."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k not in ("username", "last_name")}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__


@pytest.mark.asyncio
async def test_get_me_and_raw_envelopes(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == 6000000001
    assert me.username == "dogcoach_bot"
    assert me.can_join_groups is True
    assert bot.base_url == f"{fake_telegram.url}/bot{fake_telegram.token}"
    assert [c.method for c in fake_telegram.calls()][:1] == ["getMe"]

    async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as client:
        unknown = await client.post(fake_telegram.api_url("sendFoo"))
        wrong = await client.post(fake_telegram.api_url("getMe", token="1:wrong"))
        via_get = await client.get(fake_telegram.api_url("getme"))
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert wrong.status_code == 401
    assert wrong.json()["description"] == "Unauthorized"
    assert via_get.json()["result"]["username"] == "dogcoach_bot"

    stranger = Bot("1:wrong", base_url=fake_telegram.base_url, request=stock_request())
    with pytest.raises(InvalidToken):
        await stranger.initialize()  # PTB calls getMe, which answers 401
    await stranger.shutdown()


@pytest.mark.asyncio
async def test_send_message_with_inline_keyboard(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("예", callback_data="survey:neutered:yes")],
            [InlineKeyboardButton("No", callback_data="n")],
        ]
    )
    first = await bot.send_message(CHAT, "중성화했나요?", reply_markup=markup)
    second = await bot.send_message(CHAT, "<b>Bold</b> &lt;3", parse_mode="HTML")

    assert (first.message_id, second.message_id) == (1, 2)
    assert first.chat.type == "private"
    assert first.from_user is not None and first.from_user.is_bot
    assert first.reply_markup == markup
    assert second.text == "Bold <3"
    call = fake_telegram.calls("sendMessage")[0]
    assert call.params["chat_id"] == CHAT  # form value decoded to int
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "survey:neutered:yes"
    sent = fake_telegram.sent_messages(CHAT)
    assert [s.text for s in sent] == ["중성화했나요?", "Bold <3"]
    assert sent[1].raw_text == "<b>Bold</b> &lt;3"
    assert sent[0].reply_markup == markup.to_dict()

    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(CHAT, "dogs < cats <3", parse_mode="HTML")


@pytest.mark.asyncio
async def test_text_limits(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    assert (await bot.send_message(CHAT, "가" * 4096)).text == "가" * 4096
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "a" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(CHAT, "  \n ")
    assert len(fake_telegram.sent_messages(CHAT)) == 1
    assert [c.status for c in fake_telegram.calls("sendMessage")] == [200, 400, 400]


@pytest.mark.asyncio
async def test_callback_data_limit_counts_utf8_bytes(bot: Bot) -> None:
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="x" * 64)]])
    await bot.send_message(CHAT, "fits", reply_markup=ok)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="가" * 22)]])  # 66 bytes
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "does not fit", reply_markup=too_long)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # retry_after type
@pytest.mark.asyncio
async def test_injected_429_and_blocked_chat(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    fake_telegram.inject_429(2, retry_after=7)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(CHAT, "hi")
        assert _seconds(caught.value.retry_after) == 7
    body = fake_telegram.calls()[-1].response
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }
    await bot.send_message(CHAT, "hi")  # the injection is used up

    fake_telegram.block_chat(CHAT)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(CHAT, "still there?")
    await bot.send_message(CHAT + 1, "other chats still work")
    fake_telegram.unblock_chat(CHAT)
    await bot.send_message(CHAT, "back")


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # retry_after type
@pytest.mark.asyncio
async def test_rate_limit_per_chat_and_overall(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    fake_telegram.enable_rate_limit(per_second=3, per_chat_per_second=1)
    await bot.send_message(1, "a")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "b")
    await bot.send_message(2, "c")
    await bot.send_message(3, "d")
    with pytest.raises(RetryAfter):
        await bot.send_message(4, "e")
    fake_telegram.disable_rate_limit()
    await bot.send_message(1, "f")


@pytest.mark.asyncio
async def test_send_document_and_photo_multipart(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    data = "date,behaviour\n2025-11-24,짖음\n".encode()
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Delete", callback_data="export:delete")]])
    msg = await bot.send_document(
        CHAT, InputFile(data, filename="export.csv"), caption="Your data", reply_markup=markup
    )
    assert msg.document is not None and msg.document.file_name == "export.csv"
    assert msg.caption == "Your data"
    call = fake_telegram.calls("sendDocument")[0]
    assert call.files["document"].content == data
    assert call.params["reply_markup"] == markup.to_dict()  # JSON string inside multipart, decoded
    sent = fake_telegram.sent_messages(CHAT)[-1]
    assert (sent.kind, sent.text, sent.file and sent.file.filename) == ("document", "Your data", "export.csv")
    assert sent.file is not None and sent.file.content == data

    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big") + b"..."
    )
    photo = await bot.send_photo(CHAT, png, caption="chart")
    assert photo.photo[-1].width == 640
    assert fake_telegram.sent_messages(CHAT)[-1].file.content == png  # type: ignore[union-attr]
    file = await bot.get_file(photo.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == png
    again = await bot.send_photo(CHAT, photo.photo[-1].file_id)  # resend by file_id
    assert again.photo[-1].file_unique_id == photo.photo[-1].file_unique_id


@pytest.mark.asyncio
async def test_webhook_round_trip(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    fake_telegram.enqueue_message(CHAT, "old")
    assert await bot.set_webhook(
        "https://dogcoach.example/telegram/webhook",
        secret_token=SECRET,
        allowed_updates=["message", "callback_query"],
        max_connections=5,
        drop_pending_updates=True,
    )
    info = await bot.get_webhook_info()
    assert info.url == "https://dogcoach.example/telegram/webhook"
    assert info.max_connections == 5
    assert info.allowed_updates == ("message", "callback_query")
    assert info.pending_update_count == 0
    hook = fake_telegram.webhook
    assert (hook.secret_token, hook.drop_pending_updates) == (SECRET, True)
    with pytest.raises(Conflict):
        await bot.get_updates()
    with pytest.raises(BadRequest, match=r"(?i)secret token"):
        await bot.set_webhook("https://dogcoach.example/x", secret_token="no spaces allowed")

    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""


@pytest.mark.asyncio
async def test_commands_per_language_and_scope(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("report", "Report")])
    await bot.set_my_commands([BotCommand("start", "시작")], language_code="ko")
    await bot.set_my_commands([BotCommand("help", "Help")], scope=BotCommandScopeAllPrivateChats())

    assert [c.description for c in await bot.get_my_commands(language_code="ko")] == ["시작"]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "report"]
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats())] == ["help"]
    assert await bot.get_my_commands(language_code="de") == ()
    assert fake_telegram.commands(language_code="ko") == [{"command": "start", "description": "시작"}]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


@pytest.mark.asyncio
async def test_get_updates_long_poll(fake_telegram: FakeTelegramServer, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()
    queued = fake_telegram.enqueue_message(CHAT, "/start", language_code="ko", first_name="지은")
    updates = await poll
    assert time.monotonic() - started < 1.0
    assert [u.update_id for u in updates] == [queued["update_id"]]
    message = updates[0].message
    assert message is not None and message.text == "/start"
    assert message.from_user is not None and message.from_user.language_code == "ko"
    assert message.entities[0].type == "bot_command"

    # offset confirms; an empty long poll returns after the (capped) timeout
    fake_telegram.max_long_poll = 0.3
    started = time.monotonic()
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=50) == ()
    assert 0.25 < time.monotonic() - started < 0.8
    assert fake_telegram.pending_updates == []


@pytest.mark.asyncio
async def test_deliver_message_posts_to_webhook_with_secret(
    fake_telegram: FakeTelegramServer, bot: Bot, receiver: _Receiver
) -> None:
    await bot.set_webhook(receiver.url, secret_token=SECRET)

    result = await fake_telegram.deliver_message(CHAT, "/start", language_code="ko", first_name="지은")
    assert result.status_code == 200
    headers, body = receiver.requests[-1]
    assert headers["X-Telegram-Bot-Api-Secret-Token"] == SECRET
    assert headers["Content-Type"] == "application/json"
    assert result.body == {"seen": body["update_id"]}
    update = Update.de_json(body, bot)
    assert update.message is not None and update.message.text == "/start"
    assert update.effective_user is not None and update.effective_user.language_code == "ko"
    assert body["message"]["entities"] == [{"offset": 0, "length": 6, "type": "bot_command"}]

    again = await fake_telegram.deliver_message(CHAT, "hello")
    assert again.update["update_id"] == body["update_id"] + 1
    assert again.update["message"]["message_id"] == body["message"]["message_id"] + 1

    wrong = await fake_telegram.deliver_message(CHAT, "x", secret_token="nope")
    assert wrong.status_code == 403
    assert "403" in ((await bot.get_webhook_info()).last_error_message or "")

    replay = await fake_telegram.redeliver(body["update_id"])
    assert replay.ok and receiver.requests[-1][1] == body

    sync = fake_telegram.deliver_message_sync(CHAT, "sync works")
    assert sync.ok and receiver.requests[-1][1]["message"]["text"] == "sync works"


@pytest.mark.asyncio
async def test_callback_flow_and_edits(
    fake_telegram: FakeTelegramServer, bot: Bot, receiver: _Receiver
) -> None:
    await bot.set_webhook(receiver.url, secret_token=SECRET, allowed_updates=["message"])
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="survey:neutered:yes")]])
    asked = await bot.send_message(CHAT, "Is Bella neutered?", reply_markup=markup)

    skipped = await fake_telegram.deliver_button_press(CHAT, "Yes")  # filtered by allowed_updates
    assert skipped.skipped and not receiver.requests
    await bot.set_webhook(receiver.url, secret_token=SECRET, allowed_updates=["message", "callback_query"])
    result = await fake_telegram.deliver_button_press(CHAT, "Yes")
    query = Update.de_json(receiver.requests[-1][1], bot).callback_query
    assert result.ok and query is not None
    assert query.data == "survey:neutered:yes"
    assert query.message is not None and query.message.message_id == asked.message_id
    assert await bot.answer_callback_query(query.id, text="Saved")
    with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
        await bot.answer_callback_query("123")

    await bot.edit_message_text("Bella: neutered", chat_id=CHAT, message_id=asked.message_id)
    current = fake_telegram.message(CHAT, asked.message_id)
    assert current is not None and "reply_markup" not in current  # editing without markup drops it
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Bella: neutered", chat_id=CHAT, message_id=asked.message_id)
    await bot.edit_message_reply_markup(chat_id=CHAT, message_id=asked.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=999)
    kinds = [s.kind for s in fake_telegram.sent_messages(CHAT)]
    assert kinds == ["message", "edit_text", "edit_reply_markup"]


def test_built_updates_match_telegram_fixtures(fake_telegram: FakeTelegramServer) -> None:
    message = fake_telegram.make_message(
        CHAT, "우리 강아지", first_name="지은", username="jieun_dog", language_code="ko"
    )
    start = fake_telegram.make_message(77120455, "/start", first_name="Sam", language_code="en-GB")
    fake_telegram._send_message({"chat_id": 77120455, "text": "Is Bella neutered?"}, {})
    callback = fake_telegram.make_callback(77120455, "survey:neutered:yes")
    for built, name in (
        (message, "update_message"),
        (start, "update_start_en"),
        (callback, "update_callback"),
    ):
        fixture = json.loads((FIXTURES / f"{name}.json").read_text())
        assert _shape(built) == _shape(fixture), name
    assert message["message"]["chat"] == {
        "id": CHAT,
        "first_name": "지은",
        "username": "jieun_dog",
        "type": "private",
    }

    group = fake_telegram.make_group_message(CHAT, "/report@dogcoach_bot")
    assert group["message"]["chat"]["type"] == "supergroup"
    assert group["message"]["entities"][0]["length"] == len("/report@dogcoach_bot")
    sticker = fake_telegram.make_sticker(CHAT)["message"]
    assert "text" not in sticker and sticker["sticker"]["type"] == "regular"
    photo = fake_telegram.make_photo(CHAT, caption="/start look")["message"]
    assert len(photo["photo"]) == 3 and photo["caption_entities"][0]["type"] == "bot_command"
    edited = fake_telegram.make_edited_message(
        CHAT, "우리 강아지 맥스", message_id=message["message"]["message_id"]
    )
    assert edited["edited_message"]["text"] == "우리 강아지 맥스"
    latest = fake_telegram.make_edited_message(CHAT, "latest")["edited_message"]
    assert latest["message_id"] == photo["message_id"]
    assert "edit_date" in edited["edited_message"]

    fixture_update = json.loads((FIXTURES / "update_callback.json").read_text())
    fake_telegram.register_update(fixture_update)
    assert fake_telegram.make_message(1, "next")["update_id"] > fixture_update["update_id"]


@pytest.mark.asyncio
async def test_polling_application_end_to_end(fake_telegram: FakeTelegramServer) -> None:
    """PTB's own Updater (deleteWebhook + getUpdates long polls) drives a handler."""
    got: list[str] = []
    done = asyncio.Event()

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, f"echo: {update.effective_message.text}")
        got.append(update.effective_message.text or "")

    async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        got.append(f"tap:{update.callback_query.data}")
        done.set()

    app = (
        ApplicationBuilder()
        .token(fake_telegram.token)
        .base_url(fake_telegram.base_url)
        .base_file_url(fake_telegram.base_file_url)
        .request(stock_request())
        .get_updates_request(stock_request())
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(tapped))
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=1, poll_interval=0)
        await app.start()
        fake_telegram.enqueue_message(CHAT, "hi")
        fake_telegram.enqueue_callback(CHAT, "survey:neutered:no")
        await asyncio.wait_for(done.wait(), 5)
        await app.updater.stop()
        await app.stop()
    assert got == ["hi", "tap:survey:neutered:no"]
    assert fake_telegram.sent_messages(CHAT)[0].text == "echo: hi"
    assert fake_telegram.calls("deleteWebhook")
