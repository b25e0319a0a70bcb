"""The Telegram adapter's pieces, one at a time: text splitting, callback data, keyboards, update
classification, the command menu, 429 retries, per-chat ordering and the aiohttp request backend."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot, Update
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from dogcoach.bot.router import COMMANDS
from dogcoach.channels.telegram.incoming import GroupCommand, Ignored, Tap, Unsupported, UserTurn, classify
from dogcoach.channels.telegram.keyboard import (
    MAX_CALLBACK_DATA,
    Button,
    CallbackCodec,
    layout,
    markup,
    tapped_answer,
)
from dogcoach.channels.telegram.locks import ChatLocks
from dogcoach.channels.telegram.menu import ADMIN_COMMANDS, menu_commands
from dogcoach.channels.telegram.ratelimit import RetryAfterLimiter
from dogcoach.channels.telegram.request import AiohttpRequest
from dogcoach.channels.telegram.text import escape, split_text, utf16_len
from dogcoach.channels.telegram.webhook_call import WebhookCall
from dogcoach.domain.survey import QUESTIONS
from dogcoach.domain.types import Choice
from dogcoach.handlers import language, onboarding, privacy, profile
from dogcoach.services.i18n import LOCALES, Messages

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "telegram"
BOT = Bot("6000000001:AAF-fake-token-for-dogcoach-tests-0123")


# -- text --------------------------------------------------------------------------------------


def test_escape_keeps_user_text_verbatim_in_html() -> None:
    assert escape('<Max & "Co">') == '&lt;Max &amp; "Co"&gt;'


def test_short_text_is_one_piece() -> None:
    assert split_text("hello\nworld") == ["hello\nworld"]


def test_split_at_line_boundaries_within_the_limit() -> None:
    lines = [f"line {i:03d} " + "x" * 30 for i in range(300)]
    text = "\n".join(lines)
    pieces = split_text(text, 1000)
    assert len(pieces) > 1
    assert all(utf16_len(p) <= 1000 for p in pieces)
    assert "\n".join(pieces) == text  # nothing lost, cuts only between lines
    assert all(p.startswith("line ") for p in pieces)


def test_split_counts_utf16_units_and_cuts_overlong_lines_at_spaces() -> None:
    emoji_line = "🐶" * 30  # 60 UTF-16 units
    assert split_text(emoji_line, 50) == ["🐶" * 25, "🐶" * 5]
    words = " ".join(["word"] * 40)  # one line of 199 characters
    pieces = split_text(words, 50)
    assert all(len(p) <= 50 for p in pieces)
    assert " ".join(pieces) == words
    assert all(not p.startswith(" ") and not p.endswith(" ") for p in pieces)


# -- callback data and keyboards ----------------------------------------------------------------


def _core_choice_ids() -> set[str]:
    """Every choice id the flows emit (survey options and navigation, edit picks, languages,
    privacy, profile card and dog picker with the largest possible dog id)."""
    ids = {
        onboarding.BACK, onboarding.SKIP, onboarding.DONE, onboarding.CONFIRM, onboarding.EDIT,
        onboarding.CONTINUE, privacy.CONFIRM, privacy.KEEP, profile.SWITCH, profile.NEW_DOG,
        f"{profile.PICK}{2**63 - 1}",
    }  # fmt: skip
    for q in QUESTIONS:
        ids |= {f"survey:{q.key}:{v}" for v in q.options}
        ids.add(f"{onboarding.EDIT}:{q.key}")
        if q.free_option:
            ids.add(f"survey:{q.key}:{q.free_option}")
    ids |= {f"{language.PREFIX}{loc}" for loc in LOCALES}
    return ids


def test_every_core_choice_id_is_its_own_callback_data() -> None:
    codec = CallbackCodec()
    for choice_id in _core_choice_ids():
        data = codec.encode(choice_id)
        assert data == choice_id, choice_id
        assert len(data.encode()) <= MAX_CALLBACK_DATA
        assert codec.decode(data) == choice_id


def test_overlong_ids_are_hashed_and_resolved() -> None:
    codec = CallbackCodec(remember=2)
    long_id = "report:" + "가" * 30  # 97 bytes
    data = codec.encode(long_id)
    assert data.startswith("#")
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    assert codec.decode(data) == long_id
    assert codec.encode("#looks-like-a-hash") != "#looks-like-a-hash"  # never ambiguous
    codec.encode("other:" + "x" * 70)
    codec.encode("third:" + "x" * 70)
    assert codec.decode(data) == data  # forgotten: comes back unknown, the engine calls it stale


def test_layout_groups_by_namespace_and_width() -> None:
    choices = [
        Choice("survey:size:small", "Small"),
        Choice("survey:size:medium", "Medium"),
        Choice("survey:size:large", "Large"),
        Choice("survey:back", "◀ Back"),
    ]
    assert [[c.id for c in row] for row in layout(choices)] == [
        ["survey:size:small", "survey:size:medium", "survey:size:large"],
        ["survey:back"],
    ]
    long_labels = [Choice(f"survey:sex:{i}", "Female, not spayed") for i in range(3)]
    assert [len(row) for row in layout(long_labels)] == [1, 1, 1]
    korean = [Choice(f"lang:{i}", "한국어") for i in range(2)]
    assert [len(row) for row in layout(korean)] == [2]


def test_markup_marks_selected_options() -> None:
    rendered = markup(
        [Choice("survey:other_pets:dog", "Dog", True), Choice("survey:done", "Done")], CallbackCodec()
    )
    assert rendered is not None
    rows = json.loads(rendered)["inline_keyboard"]
    assert rows == [
        [{"text": "✓ Dog", "callback_data": "survey:other_pets:dog"}],
        [{"text": "Done", "callback_data": "survey:done"}],
    ]
    assert markup([], CallbackCodec()) is None


def test_a_keyboard_shown_again_is_the_same_and_keeps_its_hashed_ids_resolvable() -> None:
    codec = CallbackCodec(remember=2)
    plain = [Choice("survey:other_pets:dog", "Dog"), Choice("survey:done", "Done")]
    assert markup(plain, codec) == markup(list(plain), codec)
    ticked = [Choice("survey:other_pets:dog", "Dog", True), Choice("survey:done", "Done")]
    assert "✓ Dog" in (markup(ticked, codec) or "") and "✓" not in (markup(plain, codec) or "")
    long_id = "report:" + "가" * 30
    with_long = [Choice(long_id, "Report")]
    first = markup(with_long, codec)
    codec.encode("other:" + "x" * 70)
    codec.encode("third:" + "x" * 70)  # the long id's hash is forgotten...
    again = markup(with_long, codec)  # ...and remembered again when its keyboard is shown again
    assert again == first
    data = json.loads(again or "")["inline_keyboard"][0][0]["callback_data"]
    assert codec.decode(data) == long_id


def test_tapped_answer() -> None:
    keyboard = (Button("✓ Dog", "p:dog"), Button("Cat", "p:cat"), Button("✓ Other", "p:other"))
    keyboard += (Button("Done", "done"), Button("Help", None))
    assert tapped_answer(keyboard, "done", multi=True) == "Dog, Other"
    assert tapped_answer(keyboard, "done", multi=False) == "Done"  # e.g. the dog picker's ✓
    assert tapped_answer(keyboard, "p:cat") == "Cat"
    assert tapped_answer(keyboard, "p:dog", multi=True) == "Dog"
    assert tapped_answer(keyboard, "gone") is None
    assert tapped_answer(None, "done") is None


# -- classifying updates ------------------------------------------------------------------------


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _classify(data: dict[str, Any], codec: CallbackCodec | None = None) -> Any:
    """The webhook's classification of the JSON; polling mode's (PTB's `Update` as JSON again)
    must come to the same."""
    codec = codec or CallbackCodec()
    result = classify(data, codec, "dogcoach_bot")
    update = Update.de_json(data, BOT)
    assert update is not None
    polled = classify(update.to_dict(), codec, "dogcoach_bot")
    if isinstance(result, UserTurn):
        assert isinstance(polled, UserTurn)
        assert dataclasses.replace(polled.incoming, payload=data) == result.incoming
        assert (polled.chat_id, polled.query) == (result.chat_id, result.query)
    else:
        assert polled == result
    return result


def test_fixture_updates_become_turns() -> None:
    start = _classify(_fixture("update_start_en.json"))
    assert isinstance(start, UserTurn)
    assert (start.incoming.text, start.incoming.locale_hint, start.incoming.user.external_id) == (
        "/start",
        "en-GB",
        "77120455",
    )
    assert start.incoming.display_name == "Sam"
    report = _classify(_fixture("update_message.json"))
    assert isinstance(report, UserTurn)
    assert report.incoming.locale_hint == "ko"
    assert report.incoming.payload == _fixture("update_message.json")  # the raw update, verbatim
    tap = _classify(_fixture("update_callback.json"))
    assert isinstance(tap, UserTurn)
    assert tap.query is not None
    assert (tap.incoming.choice, tap.incoming.text) == ("survey:neutered:yes", None)
    assert tap.query == Tap("1755437719840312345", "survey:neutered:yes", 5, "Is Bella neutered?", None)


def test_a_tap_carries_its_message_and_keyboard() -> None:
    data = _fixture("update_callback.json")
    data["callback_query"]["message"]["reply_markup"] = {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "survey:neutered:yes"}, {"text": "Site", "url": "https://x"}],
            [{"text": "No", "callback_data": "survey:neutered:no"}],
        ]
    }
    tap = _classify(data)
    assert isinstance(tap, UserTurn) and tap.query is not None
    assert tap.query.buttons == (
        Button("Yes", "survey:neutered:yes"),
        Button("Site", None),
        Button("No", "survey:neutered:no"),
    )
    assert tapped_answer(tap.query.buttons, "survey:neutered:yes") == "Yes"
    # A keyboard of a shape Telegram never sends loses the odd buttons, not the tap.
    data["callback_query"]["message"]["reply_markup"] = {"inline_keyboard": [[{"text": 5}, "x"], 7]}
    forged = classify(data, CallbackCodec(), None)
    assert isinstance(forged, UserTurn) and forged.query is not None
    assert forged.query.buttons == ()
    # A message too old for the bot to see (date 0): the tap is a turn, with no message to mark.
    old = _fixture("update_callback.json")
    old["callback_query"]["message"] = {
        "chat": {"id": 77120455, "type": "private"},
        "message_id": 5,
        "date": 0,
    }
    stale = _classify(old)
    assert isinstance(stale, UserTurn) and stale.query is not None
    assert (stale.query.message_id, stale.query.text, stale.query.buttons) == (None, None, None)
    inline = _fixture("update_callback.json")
    del inline["callback_query"]["message"]
    assert _classify(inline) == Ignored(
        "inline_or_game_query", Tap("1755437719840312345", "survey:neutered:yes")
    )


def _message(**content: Any) -> dict[str, Any]:
    chat = content.pop("chat", {"id": 5, "type": "private", "first_name": "A"})
    return {
        "update_id": 1,
        "message": {
            "message_id": 3,
            "date": 0,
            "chat": chat,
            "from": {"id": 5, "is_bot": False, "first_name": "A", "language_code": "ko"},
            **content,
        },
    }


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ({"sticker": {"file_id": "f", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1,
                      "is_animated": False, "is_video": False}}, "sticker"),
        ({"photo": [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]}, "photo"),
        ({"voice": {"file_id": "f", "file_unique_id": "u", "duration": 2}}, "voice"),
        ({"location": {"latitude": 1.0, "longitude": 2.0}}, "location"),
        ({"contact": {"phone_number": "1", "first_name": "B"}}, "other"),
    ],
)  # fmt: skip
def test_media_without_words_is_unsupported(content: dict[str, Any], kind: str) -> None:
    result = _classify(_message(**content))
    assert isinstance(result, Unsupported)
    assert (result.kind, result.locale_hint, result.chat_id) == (kind, "ko", 5)


def test_captions_groups_edits_and_others() -> None:
    captioned = _classify(
        _message(
            photo=[{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}], caption="he did it"
        )
    )
    assert isinstance(captioned, UserTurn)
    assert captioned.incoming.text == "he did it"
    group = {"id": -100, "type": "supergroup", "title": "G"}
    assert isinstance(_classify(_message(chat=group, text="/help")), GroupCommand)
    assert isinstance(_classify(_message(chat=group, text="/help@dogcoach_bot now")), GroupCommand)
    assert isinstance(_classify(_message(chat=group, text="/help@other_bot")), Ignored)
    assert isinstance(_classify(_message(chat=group, text="hello")), Ignored)
    assert isinstance(_classify(_message(new_chat_title="x")), Ignored)
    edited = _message(text="x")
    edited["edited_message"] = edited.pop("message")
    answered = _classify(edited)
    assert isinstance(answered, Unsupported) and answered.kind == "edited"
    edited["edited_message"]["chat"] = group
    assert _classify(edited) == Ignored("edited_message")
    assert _classify({"update_id": 9, "some_future_update": {"id": 1}}) == Ignored("update_type")


# -- command menu -------------------------------------------------------------------------------


def test_every_router_command_has_a_menu_entry_in_both_languages(messages: Messages) -> None:
    for locale in LOCALES:
        names = menu_commands(messages.ids(locale))
        admin = menu_commands(messages.ids(locale), admin=True)
        assert set(names) == set(COMMANDS) - ADMIN_COMMANDS
        assert set(admin) == set(COMMANDS)
        assert names[0] == "start"
        for name in admin:
            description = messages.format(locale, f"telegram-command-{name}")
            assert 1 <= len(description) <= 256
            assert name.isascii() and name.islower() and len(name) <= 32


# -- 429 retry ----------------------------------------------------------------------------------


def _flaky(failures: list[int]) -> tuple[Callable[..., Any], list[float]]:
    """A request callback refusing with RetryAfter(n) for each n in `failures`, then answering."""
    calls: list[float] = []

    async def callback(*_args: Any, **_kwargs: Any) -> dict[str, Any]:
        calls.append(asyncio.get_running_loop().time())
        if failures:
            raise RetryAfter(failures.pop(0))
        return {"ok": True}

    return callback, calls


async def test_retry_after_waits_then_retries() -> None:
    callback, calls = _flaky([1])
    result = await RetryAfterLimiter().process_request(callback, (), {}, "sendMessage", {}, None)
    assert result == {"ok": True}
    assert len(calls) == 2
    assert calls[1] - calls[0] >= 0.99


async def test_retry_after_gives_up_when_too_long_or_too_often() -> None:
    callback, calls = _flaky([120])
    with pytest.raises(RetryAfter):
        await RetryAfterLimiter(max_wait=60).process_request(callback, (), {}, "sendMessage", {}, None)
    assert len(calls) == 1
    callback, calls = _flaky([0, 0, 0])
    with pytest.raises(RetryAfter):
        await RetryAfterLimiter(max_retries=2).process_request(callback, (), {}, "sendMessage", {}, None)
    assert len(calls) == 3


# -- per-chat order -----------------------------------------------------------------------------


async def test_chat_locks_serialise_one_chat_and_let_the_holder_reenter() -> None:
    locks = ChatLocks()
    order: list[str] = []

    async def turn(name: str, chat: int, delay: float) -> None:
        async with locks.hold(chat):
            order.append(f"{name}+")
            async with locks.hold(chat):  # an outbox delivery from inside the turn
                await asyncio.sleep(delay)
            order.append(f"{name}-")

    await asyncio.gather(turn("a", 1, 0.05), turn("b", 1, 0.0), turn("c", 2, 0.0))
    assert order.index("a-") < order.index("b+")  # same chat: one after the other
    assert order.index("c-") < order.index("a-")  # another chat did not wait
    assert len(locks) == 0  # nothing left behind


def test_webhook_call_takes_one_method_until_answered() -> None:
    call = WebhookCall({"update_id": 1})
    assert call.offer("answerCallbackQuery", callback_query_id="q")
    assert not call.offer("editMessageReplyMarkup", chat_id=1, message_id=2)
    assert call.method == {"method": "answerCallbackQuery", "callback_query_id": "q"}
    late = WebhookCall({"update_id": 2}, answered=True)
    assert not late.offer("answerCallbackQuery", callback_query_id="q")


# -- the aiohttp request backend -------------------------------------------------------------------


@asynccontextmanager
async def scripted_server(answers: list[bytes]) -> AsyncIterator[tuple[str, list[bytes], list[int]]]:
    """A raw HTTP server answering each request with the next scripted bytes; b"" closes the
    connection without answering. Yields its URL, the request heads it received and, per request,
    the number of the connection it came on."""
    heads: list[bytes] = []
    connection_of: list[int] = []
    connections = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        connection = connections
        try:
            while answers:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                heads.append(head + await reader.readexactly(length))
                connection_of.append(connection)
                answer = answers.pop(0)
                if not answer:
                    break
                writer.write(answer)
                await writer.drain()
        except asyncio.IncompleteReadError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/bot123:abc", heads, connection_of
    finally:
        server.close()
        await server.wait_closed()


def _ok(body: bytes, *extra: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\n" + b"".join(extra) + b"Content-Length: %d\r\n\r\n" % len(body) + body


def _data() -> RequestData:
    return RequestData(
        [RequestParameter.from_input("chat_id", 5), RequestParameter.from_input("text", "안녕 & <b>")]
    )


async def test_transport_keeps_the_connection_and_sends_ptb_json_bodies() -> None:
    body = b'{"ok":true,"result":true}'
    async with scripted_server([_ok(body), _ok(body)]) as (url, heads, connection_of):
        request = AiohttpRequest()
        await request.initialize()
        try:
            assert await request.do_request(f"{url}/sendMessage", "POST", _data()) == (200, body)
            assert await request.do_request(f"{url}/getMe", "POST") == (200, body)
        finally:
            await request.shutdown()
    assert heads[0].startswith(b"POST /bot123:abc/sendMessage HTTP/1.1\r\n")
    assert b"Content-Type: application/json" in heads[0]
    # PTB's JSON payload: every value as the Bot API reads a form field (a number as its text)
    sent = heads[0].partition(b"\r\n\r\n")[2]
    assert json.loads(sent) == {"chat_id": "5", "text": "안녕 & <b>"}
    assert "안녕".encode() in sent  # UTF-8, not six-byte escapes
    assert len(heads) == 2
    assert connection_of == [1, 1]  # both on the one connection the server kept serving


async def test_transport_sends_text_utf8_cannot_carry_escaped() -> None:
    body = b'{"ok":true,"result":true}'
    lone = RequestData(
        [RequestParameter.from_input("chat_id", 5), RequestParameter.from_input("text", "a\ud800b")]
    )
    async with scripted_server([_ok(body)]) as (url, heads, _):
        request = AiohttpRequest()
        try:
            assert await request.do_request(f"{url}/sendMessage", "POST", lone) == (200, body)
        finally:
            await request.shutdown()
    sent = heads[0].partition(b"\r\n\r\n")[2]
    assert json.loads(sent) == {"chat_id": "5", "text": "a\ud800b"}


async def test_transport_reads_chunked_and_close_delimited_answers() -> None:
    chunked = (
        b"HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'5\r\n{"ok"\r\n14;ext=1\r\n:false,"error_code":\r\n4\r\n429}\r\n0\r\n\r\n'
    )
    until_close = b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"ok":true}'
    async with scripted_server([chunked]) as (url, _, _):
        request = AiohttpRequest()
        status, payload = await request.do_request(f"{url}/sendMessage", "POST", _data())
        await request.shutdown()
    assert (status, payload) == (429, b'{"ok":false,"error_code":429}')
    async with scripted_server([until_close]) as (url, _, _):  # then the server closes
        request = AiohttpRequest()
        assert await request.do_request(f"{url}/sendMessage", "POST") == (200, b'{"ok":true}')
        await request.shutdown()


async def test_transport_errors_map_to_ptb_errors() -> None:
    async with scripted_server([b""]) as (url, _, _):
        request = AiohttpRequest()
        with pytest.raises(NetworkError):  # a fresh connection closed without an answer
            await request.do_request(f"{url}/a", "POST")
        await request.shutdown()
    silent = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    request = AiohttpRequest(read_timeout=0.2, write_timeout=0.0)
    with pytest.raises(TimedOut):
        await request.do_request(f"http://127.0.0.1:{port}/bot1:a/getMe", "POST")
    await request.shutdown()
    silent.close()
    closed_port = AiohttpRequest()
    with pytest.raises(NetworkError):
        await closed_port.do_request(f"http://127.0.0.1:{port}/bot1:a/getMe", "POST")
    await closed_port.shutdown()
