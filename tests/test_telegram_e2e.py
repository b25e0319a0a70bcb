"""Telegram end to end, over real HTTP on 127.0.0.1.

The real FastAPI app (`create_app` with the Telegram plugin) is served by uvicorn on a random port;
the fake Bot API server (`tests/fakes/telegram_api.py`) is where the real PTB bot sends its calls
(`TELEGRAM_API_BASE_URL`), and it POSTs users' messages and taps to the webhook with the secret
header, exactly as Telegram does. Nothing of the project is mocked: engine, store, Fluent, adapter,
route and CLI run as in production.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn
from click.testing import CliRunner
from fastapi import FastAPI

from dogcoach.bot.wiring import Runtime
from dogcoach.channels.telegram.application import run_polling, set_webhook
from dogcoach.cli import main
from dogcoach.config import Settings, get_settings
from dogcoach.domain.survey import QUESTIONS
from dogcoach.domain.types import META_REPORT, Reply
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import Messages
from dogcoach.services.proxies import LOOPBACK_DIRECT
from dogcoach.services.store import Report, User
from dogcoach.webhook import telegram as telegram_webhook
from dogcoach.webhook.app import create_app
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import DeliveryResult, FakeTelegramServer
from tests.quick_uvicorn import QuickUvicorn

SECRET = "test_Secret-42"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "telegram"
MESSAGES = Messages()
fake_ollama = ollama_fixture.fake_ollama  # the fixture, registered in this module
MENU = [
    "start",
    "result",
    "history",
    "week",
    "progress",
    "summary",
    "profile",
    "edit",
    "switchdog",
    "newdog",
    "removedog",
    "language",
    "tips",
    "checkins",
    "checkintime",
    "timezone",
    "notifications",
    "cancel",
    "export",
    "delete",
    "help",
]


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    """Serve `app` on a free 127.0.0.1 port in this event loop; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="on", log_config=None, access_log=False, ws="none")
    server = QuickUvicorn(config)  # 5 ms ticks: starting and stopping cost milliseconds
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("uvicorn did not start")
        await asyncio.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


def settings_for(fake: FakeTelegramServer, database_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": fake.url,
        "DOGCOACH_DEFAULT_LOCALE": "ko",
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Harness:
    """The served app, the fake Telegram, and helpers to talk like a user and look at results."""

    fake: FakeTelegramServer
    settings: Settings
    app: FastAPI
    base_url: str

    @property
    def rt(self) -> Runtime:
        runtime: Runtime = self.app.state.runtime
        return runtime

    @property
    def hook(self) -> telegram_webhook.TelegramWebhook:
        hook: telegram_webhook.TelegramWebhook = self.app.state.telegram_webhook
        return hook

    async def say(self, chat: int, text: str, **who: Any) -> DeliveryResult:
        """Deliver a message and wait for its turn's replies: the webhook answers once the turn is
        committed and at most `answer_budget` (0.5 s) later, and on a loaded CI box the replies
        can still be on their way then."""
        result = await self.fake.deliver_message(chat, text, **who)
        assert result.status_code == 200, result.text
        await self.hook.idle(TURN_BOUND)
        return result

    async def tap(self, chat: int, label: str, **who: Any) -> DeliveryResult:
        """Tap a button and wait for its turn's replies (as `say`)."""
        result = await self.fake.deliver_button_press(chat, label, **who)
        assert result.status_code == 200, result.text
        await self.hook.idle(TURN_BOUND)
        return result

    def sent(self, chat: int, kinds: tuple[str, ...] = ("message", "document", "photo")) -> list[str]:
        return [m.text or "" for m in self.fake.sent_messages(chat) if m.kind in kinds]

    def last_text(self, chat: int) -> str:
        return self.sent(chat)[-1]

    async def user(self, chat: int) -> User | None:
        async with self.rt.store.session() as s:
            return await s.get_user("telegram", str(chat))

    async def count(self, table: str) -> int:
        async with self.rt.store.session() as s:
            row = await s.one(f"SELECT COUNT(*) AS n FROM {table}")
        assert row is not None
        return int(row["n"])


# how long `say` and `tap` wait for a turn's replies: it only ends a wait that would hang
TURN_BOUND = 15.0


async def eventually(check: Callable[[], bool], within: float = 15.0) -> None:
    """Wait for `check`; the bound only ends a test that would hang (a loaded CI box once took
    over 5 s to start polling), it measures nothing. `check` must be a plain function: a
    coroutine is always truthy, so an `async def` check would pass without checking anything."""
    deadline = time.monotonic() + within
    while not _checked(check):
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def _checked(check: Callable[[], object]) -> bool:
    result = check()
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()
        raise TypeError("eventually() takes a plain function; await inside the test instead")
    return bool(result)


def _database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if getattr(request, "param", "sqlite") == "sqlite":
        return f"sqlite:///{tmp_path / 'telegram.db'}"
    url: str = request.getfixturevalue("pg_url")
    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('users') IS NOT NULL").fetchone()
        if exists and exists[0]:
            tables = conn.execute(
                "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
                "WHERE schemaname = 'public' AND tablename <> 'schema_migrations'"
            ).fetchone()
            if tables and tables[0]:
                conn.execute(f"TRUNCATE {tables[0]} RESTART IDENTITY CASCADE")
    return url


@asynccontextmanager
async def harness(fake: FakeTelegramServer, settings: Settings) -> AsyncIterator[Harness]:
    """The app with the Telegram plugin, served; the webhook registered with `set_webhook`."""
    app = create_app(settings, plugins=[telegram_webhook.plugin])
    async with serve(app) as base_url:
        await set_webhook(settings, base_url + telegram_webhook.PATH)
        yield Harness(fake, settings, app, base_url)


@pytest.fixture
async def tg(
    request: pytest.FixtureRequest, fake_telegram: FakeTelegramServer, tmp_path: Path
) -> AsyncIterator[Harness]:
    async with harness(fake_telegram, settings_for(fake_telegram, _database_url(request, tmp_path))) as h:
        yield h


# -- the survey --------------------------------------------------------------------------------

KO_STEPS: list[tuple[str, str]] = [
    ("type", "초코"), ("type", "3살"), ("tap", "survey:sex:female_spayed"), ("tap", "믹스 / 모름"),
    ("tap", "survey:size:small"), ("tap", "survey:origin:shelter"), ("type", "2년"), ("type", "3명"),
    ("tap", "survey:children:no"), ("tap", "survey:other_pets:dog"), ("tap", "survey:other_pets:cat"),
    ("tap", "survey:other_pets:dog"), ("tap", "survey:done"), ("type", "4시간"), ("type", "1시간 반"),
    ("tap", "survey:concerns:barking"), ("tap", "survey:concerns:separation"), ("tap", "survey:done"),
    ("tap", "survey:worst_reaction:growl"), ("tap", "survey:skip"), ("tap", "survey:confirm"),
]  # fmt: skip
KO_EXPECTED = {
    "name": "초코", "age_months": 36, "sex": "female_spayed", "breed": "mixed", "size": "small",
    "origin": "shelter", "owned_months": 24, "household": 3, "children": "no", "other_pets": ["cat"],
    "alone_hours": 4.0, "exercise_minutes": 90, "concerns": ["barking", "separation"],
    "worst_reaction": "growl", "health": None,
}  # fmt: skip
# Typed answers, labels included ("Female, spayed" as shown on its button), and the review's "ok".
EN_TYPED = [
    "Bella",
    "18 months",
    "Female, spayed",
    "Border Collie",
    "medium",
    "breeder",
    "1y",
    "2",
    "yes",
    "dog, cat",
    "done",
    "0",
    "45 min",
    "pulling, barking",
    "done",
    "none",
    "skip",
    "ok",
]  # fmt: skip  (a typed option ticks; the multi-choice question stays open until "done")


@pytest.mark.parametrize("tg", ["sqlite", "postgres"], indirect=True)
async def test_korean_survey_by_buttons(tg: Harness) -> None:
    chat = 402318877
    await tg.say(chat, "/start", language_code="ko", first_name="지은")
    assert tg.sent(chat)[0].startswith("안녕하세요")
    assert tg.last_text(chat).endswith(MESSAGES.format("ko", "survey-q-name"))
    taps: list[DeliveryResult] = []
    for kind, value in KO_STEPS:
        before = len(tg.fake.sent_messages(chat))
        if kind == "tap":
            question = tg.fake.last_bot_message(chat)
            assert question is not None
            taps.append(await tg.tap(chat, value))
            toggle = value.startswith("survey:other_pets:") or value.startswith("survey:concerns:")
            new = tg.fake.sent_messages(chat)[before:]
            if toggle:  # the same question, its keyboard edited in place: no new message
                assert [m.kind for m in new] == ["edit_reply_markup"]
                assert new[0].message_id == question["message_id"]
            else:  # the question answered: marked with the choice, keyboard gone
                marked = tg.fake.message(chat, question["message_id"])
                assert marked is not None
                assert "reply_markup" not in marked
                assert marked["text"].splitlines()[-1].startswith("👉 ")
        else:
            await tg.say(chat, value)
    assert tg.last_text(chat).startswith("준비 끝! 초코를 기억해 둘게요")
    user = await tg.user(chat)
    assert user is not None
    assert user.locale_hint == "ko"
    assert user.name == "지은"
    async with tg.rt.store.session() as s:
        dog = await s.get_dog(user.active_dog_id or 0)
    assert dog is not None
    assert dog.answers == KO_EXPECTED
    assert dog.completed_at is not None
    # every tap answered, and only taps
    tap_ids = {r.update["callback_query"]["id"] for r in taps}
    assert set(tg.fake.answered_callbacks) == tap_ids
    # the "done" of a multi-choice question shows the picks, not the word "done"
    texts = [m.text or "" for m in tg.fake.sent_messages(chat) if m.kind == "edit_text"]
    assert any(t.endswith("👉 고양이") for t in texts)
    assert any(t.endswith("👉 짖음, 분리불안") for t in texts), texts


async def test_multi_choice_ticks_are_edited_into_the_same_keyboard(tg: Harness) -> None:
    chat = 501
    await tg.say(chat, "/start", language_code="en")
    for step in ["Rex", "2", "survey:sex:male_intact", "survey:breed:mixed", "survey:size:large"]:
        await (tg.tap(chat, step) if step.startswith("survey:") else tg.say(chat, step))
    for step in ["survey:origin:breeder", "1", "2", "survey:children:yes"]:
        await (tg.tap(chat, step) if step.startswith("survey:") else tg.say(chat, step))
    question = tg.fake.last_bot_message(chat)
    assert question is not None
    await tg.tap(chat, "survey:other_pets:dog")
    await tg.tap(chat, "survey:other_pets:cat")
    edited = tg.fake.message(chat, question["message_id"])
    assert edited is not None
    labels = [b["text"] for row in edited["reply_markup"]["inline_keyboard"] for b in row]
    assert "✓ Dog" in labels
    assert "✓ Cat" in labels
    assert "Other" in labels
    assert "None" in labels
    assert tg.fake.last_bot_message(chat)["message_id"] == question["message_id"]  # type: ignore[index]
    edits = [m for m in tg.fake.sent_messages(chat) if m.kind == "edit_reply_markup"]
    assert [m.message_id for m in edits[-2:]] == [question["message_id"]] * 2
    # exclusive: the other ticks cleared and "None" is the answer, as typed "none" is (owner
    # trial 8: it only ticked, and the next answer typed went to a question not shown yet)
    await tg.tap(chat, "survey:other_pets:none")
    assert "home alone" in tg.last_text(chat), tg.sent(chat)[-2:]


async def test_english_survey_by_typing(tg: Harness) -> None:
    chat = 77120455
    await tg.say(chat, "/start", language_code="en-GB", first_name="Sam")
    assert tg.sent(chat)[0].startswith("Hi! I'm DogCoach")
    for text in EN_TYPED:
        await tg.say(chat, text)
    assert tg.last_text(chat).startswith("All set! I'll remember Bella.")
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dog = await s.get_dog(user.active_dog_id or 0)
    assert dog is not None
    assert dog.answers["sex"] == "female_spayed"
    assert dog.answers["other_pets"] == ["dog", "cat"]
    assert dog.answers["concerns"] == ["pulling", "barking"]
    assert dog.answers["age_months"] == 18
    assert len(dog.answers) == len(QUESTIONS)
    # a typed answer retires the previous question's keyboard: no message but the newest has one
    ids = [m.message_id for m in tg.fake.sent_messages(chat) if m.kind == "message"]
    with_keyboard = [i for i in ids if (tg.fake.message(chat, i) or {}).get("reply_markup")]
    assert with_keyboard == []  # the last reply (all set) has none either
    assert tg.fake.answered_callbacks == {}


async def test_user_text_is_escaped_for_html(tg: Harness) -> None:
    chat = 601
    name = "Max"
    text = 'My dog <Max & "Co"> barks at the door every evening'
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, name)
    await tg.say(chat, "3")
    await tg.tap(chat, "survey:sex:male_neutered")
    await tg.say(chat, text)  # a report in the middle of the survey: kept, the survey goes on
    await tg.say(chat, "/history")
    [sent] = [m for m in tg.fake.sent_messages(chat) if m.kind == "message" and "<Max" in (m.text or "")]
    assert sent.parse_mode == "HTML"
    assert "&lt;Max &amp;" in (sent.raw_text or "")
    marked = [m for m in tg.fake.sent_messages(chat) if m.kind == "edit_text"][-1]
    assert "Is Max a boy or a girl" in (marked.text or "")  # marking the answered question escapes too
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dog = await s.get_dog(user.active_dog_id or 0)
        reports = await s.list_reports(user.id)
    assert dog is not None
    assert dog.name == name
    assert [r.text for r in reports] == [text]


# -- reports, commands -------------------------------------------------------------------------


async def test_behaviour_report_is_saved_and_acknowledged(tg: Harness) -> None:
    update = json.loads((FIXTURES / "update_message.json").read_text(encoding="utf-8"))
    chat = update["message"]["chat"]["id"]
    result = await tg.fake.deliver_update(update)
    assert result.status_code == 200
    await eventually(lambda: bool(tg.sent(chat)))
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        reports = await s.list_reports(user.id)
        transcript = await s.list_messages(user.id)
    assert [r.text for r in reports] == [update["message"]["text"]]
    assert reports[0].language == "ko"
    assert transcript[0]["direction"] == "in"
    assert transcript[0]["payload"]["platform"]["update_id"] == update["update_id"]
    assert any(m["direction"] == "out" for m in transcript)
    assert all(not t.isascii() for t in tg.sent(chat))  # answered in Korean


async def test_language_command_switches_and_is_stored(tg: Harness) -> None:
    chat = 701
    await tg.say(chat, "/language", language_code="ko")
    assert tg.last_text(chat) == MESSAGES.format("ko", "language-ask")
    await tg.tap(chat, "English")
    assert MESSAGES.format("en", "language-set") in tg.sent(chat)
    user = await tg.user(chat)
    assert user is not None
    assert user.locale == "en"
    await tg.say(chat, "/help", language_code="ko")  # the stored choice wins over the hint
    assert tg.last_text(chat) == MESSAGES.format("en", "help-text") + "\n" + MESSAGES.format(
        "en", "help-survey"
    )


async def test_delete_erases_the_user(tg: Harness) -> None:
    chat = 801
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Fido")
    assert await tg.user(chat) is not None
    await tg.say(chat, "/delete")
    await tg.tap(chat, "privacy:delete:yes")
    assert tg.last_text(chat) == MESSAGES.format("en", "delete-done")
    assert await tg.user(chat) is None
    assert await tg.count("dogs") == 0
    assert await tg.count("messages") == 0


async def test_export_sends_a_json_document(tg: Harness) -> None:
    chat = 901
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Nala")
    await tg.say(chat, "/export")
    *_, sent, again = [m for m in tg.fake.sent_messages(chat) if m.kind != "edit_reply_markup"]
    # the survey's question again after it, as after every command said mid-survey (trial K2)
    assert again.text is not None and MESSAGES.format("en", "survey-q-age_months", name="Nala") in again.text
    assert sent.kind == "document"
    assert sent.text == MESSAGES.format("en", "export-ready")
    assert sent.file is not None
    assert sent.file.filename == "dogcoach-export.json"
    exported = json.loads(sent.file.content)
    assert exported["user"]["external_id"] == str(chat)
    assert exported["dogs"][0]["answers"]["name"] == "Nala"


async def test_command_menu_is_set_per_language_and_for_admins(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'menu.db'}", ADMIN_TELEGRAM_IDS="4242")
    async with harness(fake_telegram, settings):
        for code, locale in (("ko", "ko"), ("en", "en"), ("", "ko")):
            commands = fake_telegram.commands(language_code=code)
            assert [c["command"] for c in commands] == MENU
            assert commands[0]["description"] == MESSAGES.format(locale, "telegram-command-start")
            admin = fake_telegram.commands({"type": "chat", "chat_id": 4242}, language_code=code)
            assert [c["command"] for c in admin] == [*MENU, "broadcast"]


# -- the webhook contract ----------------------------------------------------------------------


async def test_wrong_or_missing_secret_is_refused_and_nothing_is_stored(tg: Harness) -> None:
    before = len(tg.fake.calls())
    for secret in ("wrong", None, SECRET + "x", ""):
        result = await tg.fake.deliver_message(1001, "/start", secret_token=secret)
        assert result.status_code == 401
        assert result.body == {"error": "unauthorized"}
    assert tg.fake.calls()[before:] == []
    for table in ("users", "messages", "processed_updates"):
        assert await tg.count(table) == 0


async def test_redelivered_update_is_processed_once(tg: Harness) -> None:
    chat = 1101
    first = await tg.say(chat, "/start", language_code="en")
    sent = len(tg.fake.sent_messages(chat))
    again = await tg.fake.redeliver(first.update["update_id"])
    assert again.status_code == 200
    assert again.body == {"ok": True, "result": "duplicate"}
    assert len(tg.fake.sent_messages(chat)) == sent
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        inbound = [m for m in await s.list_messages(user.id) if m["direction"] == "in"]
    assert len(inbound) == 1


async def test_malformed_and_unknown_updates(tg: Harness) -> None:
    url = tg.base_url + telegram_webhook.PATH
    headers = {telegram_webhook.SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as client:
        bad_json = await client.post(url, content=b"{not json", headers=headers)
        not_update = await client.post(url, content=b"[1, 2]", headers=headers)
        no_id = await client.post(url, json={"message": {}}, headers=headers)
        unknown = await client.post(url, json={"update_id": 5, "future_thing": {"x": 1}}, headers=headers)
        broken = await client.post(url, json={"update_id": 6, "message": "oops"}, headers=headers)
        reaction = await client.post(
            url,
            json={"update_id": 7, "message_reaction": {"chat": {"id": 1, "type": "private"}, "date": 0}},
            headers=headers,
        )
    assert (bad_json.status_code, bad_json.json()["error"]) == (400, "invalid_json")
    # Ill-typed (not an object, no update id, a message that is a string, a reaction PTB cannot
    # read): refused before any turn, so Telegram would never count them as delivered.
    for response in (not_update, no_id, broken, reaction):
        assert (response.status_code, response.json()["error"]) == (422, "invalid_update"), response.text
    assert unknown.status_code == 200, unknown.text
    assert tg.fake.sent_messages() == []


async def test_slow_reply_answers_the_webhook_at_once_and_arrives_after_429(tg: Harness) -> None:
    chat = 1201
    tg.fake.inject_429(n=1, retry_after=1, methods=["sendMessage"])
    # delivered without `say`, which would wait for the replies this test sees arrive later
    result = await tg.fake.deliver_message(chat, "/start", language_code="en")
    answered = time.time()
    assert result.status_code == 200, result.text
    assert result.body == {"ok": True, "result": "background"}
    await eventually(lambda: len(tg.sent(chat)) == 2)
    calls = tg.fake.calls("sendMessage")
    assert [c.status for c in calls] == [429, 200, 200]
    assert calls[0].response["parameters"] == {"retry_after": 1}
    assert calls[1].time - calls[0].time >= 1.0
    assert calls[1].time > answered  # Telegram had its 200 before the retried reply went out
    assert tg.sent(chat)[0].startswith("Hi! I'm DogCoach")  # order kept: welcome, then the question
    assert tg.sent(chat)[1].endswith(MESSAGES.format("en", "survey-q-name"))


async def test_sticker_photo_and_location_get_a_friendly_answer(tg: Harness) -> None:
    chat = 1301
    # the chat's first messages: each answered, the first followed by the welcome (owner trial
    # 10), once (owner trial 30: the welcome again at every one); nothing stored
    welcome = MESSAGES.format("ko", "start-welcome-media")
    await tg.fake.deliver_sticker(chat, language_code="ko")
    assert tg.sent(chat) == [MESSAGES.format("ko", "telegram-media-sticker"), welcome]
    await tg.fake.deliver_photo(chat, language_code="en")
    assert tg.sent(chat)[2:] == [MESSAGES.format("en", "telegram-media-photo")]
    location = tg.fake.make_message(chat, "x")
    del location["message"]["text"]
    location["message"]["location"] = {"latitude": 37.56, "longitude": 126.97}
    await tg.fake.deliver_update(location)
    assert tg.sent(chat)[3:] == [MESSAGES.format("en", "telegram-media-location")]
    assert await tg.user(chat) is None
    await tg.say(chat, "/language")
    await tg.tap(chat, "lang:ko")
    await tg.fake.deliver_sticker(chat, language_code="en")  # the stored language wins
    assert tg.last_text(chat) == MESSAGES.format("ko", "telegram-media-sticker")


async def test_photo_caption_is_read_as_text(tg: Harness) -> None:
    chat = 1351
    await tg.say(chat, "/start", language_code="en")
    await tg.fake.deliver_photo(chat, caption="Biscuit")
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dog = await s.get_dog(user.active_dog_id or 0)
    assert dog is not None
    assert dog.name == "Biscuit"


async def test_an_edit_in_the_private_chat_is_answered_not_read(tg: Harness) -> None:
    """Lead's trial (2026-11-30): an owner who fixed their answer in place ("3살" edited to
    "13살") got nothing back and the edit was lost in silence. An edit is answered like media:
    "send it again", then the open question; the stored answer stays what was read."""
    for lang, chat, (first, edited) in (("ko", 1402, ("초코", "3살")), ("en", 1403, ("Choco", "3"))):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, first)
        await tg.say(chat, edited)
        assert tg.last_text(chat).endswith(MESSAGES.format(lang, "survey-q-sex", name=first))
        await tg.fake.deliver_edited_message(chat, "1" + edited, language_code=lang)
        texts = tg.sent(chat)
        assert texts[-2] == MESSAGES.format(lang, "telegram-media-edited"), texts[-3:]
        assert tg.last_text(chat).endswith(MESSAGES.format(lang, "survey-q-sex", name=first))
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            dog = await s.get_dog(user.active_dog_id or 0)
        assert dog is not None and dog.answers["age_months"] == 36


async def test_group_chatter_and_edits_are_ignored_group_commands_answered(tg: Harness) -> None:
    chat = 1401
    await tg.say(chat, "/start", language_code="en")
    before = len(tg.fake.sent_messages())
    await tg.fake.deliver_group_message(chat, "my dog barks")
    await tg.fake.deliver_group_message(chat, "/start@some_other_bot")
    assert len(tg.fake.sent_messages()) == before
    result = await tg.fake.deliver_group_message(chat, "/start@dogcoach_bot", language_code="ko")
    assert result.status_code == 200
    answer = tg.fake.sent_messages()[-1]
    assert answer.chat_id == -1001234567890
    assert answer.text == MESSAGES.format("ko", "telegram-group-only", name="dogcoach_bot")
    reply_to = tg.fake.calls("sendMessage")[-1].params["reply_parameters"]
    assert reply_to["message_id"] == result.update["message"]["message_id"]
    # a tap on a button in a group, or on an unknown button, is still answered
    group_tap = tg.fake.make_callback(chat, "survey:sex:male_intact", chat_id=-1001234567890)
    await tg.fake.deliver_update(group_tap)
    assert group_tap["callback_query"]["id"] in tg.fake.answered_callbacks
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        inbound = [m for m in await s.list_messages(user.id) if m["direction"] == "in"]
    assert len(inbound) == 1  # only the private /start reached the engine


async def test_stale_and_foreign_buttons_are_answered_and_explained(tg: Harness) -> None:
    chat = 1451
    await tg.say(chat, "/start", language_code="en")
    update = await tg.fake.deliver_callback(chat, "#unknown-hash-from-an-old-process")
    assert update.update["callback_query"]["id"] in tg.fake.answered_callbacks
    assert MESSAGES.format("en", "survey-stale-button") in tg.sent(chat)
    fixture = json.loads((FIXTURES / "update_callback.json").read_text(encoding="utf-8"))
    result = await tg.fake.deliver_update(fixture)
    assert result.status_code == 200
    assert fixture["callback_query"]["id"] in tg.fake.answered_callbacks


async def test_a_failing_turn_gets_an_apology_not_a_500(tg: Harness) -> None:
    chat = 1481
    await tg.say(chat, "/start", language_code="en")
    async with tg.rt.store.session() as s:  # break the store for real: the turn cannot commit
        await s.execute("DROP TABLE conversation_state")
    result = await tg.say(chat, "Rex")
    assert result.status_code == 200
    assert tg.last_text(chat) == MESSAGES.format("en", "telegram-error")


# -- the outbox: long replies, blocked users, "typing…" -----------------------------------------


async def test_long_outbox_reply_is_split_at_line_boundaries(tg: Harness) -> None:
    chat = 1501
    await tg.say(chat, "/start", language_code="en")
    user = await tg.user(chat)
    assert user is not None
    lines = [f"{i:04d} " + "가나다 & <b>" * 12 for i in range(120)]
    text = "\n".join(lines)
    assert len(text) > 3 * 4096
    before = len(tg.fake.sent_messages(chat))
    assert await tg.rt.outbox.deliver(user, [Reply(text)])
    parts = tg.fake.sent_messages(chat)[before:]
    assert len(parts) == 4
    assert all(len(p.text or "") <= 4096 for p in parts)
    assert "\n".join(p.text or "" for p in parts) == text
    assert all((p.text or "").startswith(tuple(f"{i:04d}" for i in range(120))) for p in parts)


async def test_outbox_to_a_blocked_user_returns_false_and_records_it(tg: Harness) -> None:
    chat = 1601
    await tg.say(chat, "/start", language_code="en")
    user = await tg.user(chat)
    assert user is not None
    assert user.blocked_at is None
    tg.fake.block_chat(chat)
    assert await tg.rt.outbox.deliver(user, [Reply("tip")]) is False
    blocked = await tg.user(chat)
    assert blocked is not None
    assert blocked.blocked_at is not None
    tg.fake.unblock_chat(chat)
    await tg.say(chat, "/help")  # writing again clears it
    again = await tg.user(chat)
    assert again is not None
    assert again.blocked_at is None


async def test_typing_is_shown_until_the_analysis_result_arrives(tg: Harness) -> None:
    """A stand-in for the analysis service (issue 5) plays its contract: the acknowledgement carries
    `META_REPORT`, and the result comes later through the outbox."""
    chat = 1701
    rt = tg.rt
    adapter = tg.hook.adapter
    adapter.typing.interval = 0.05
    release = asyncio.Event()
    jobs: list[asyncio.Task[None]] = []

    async def on_report(turn: Turn, report: Report) -> None:
        turn.reply(Reply("…", meta={META_REPORT: report.id}))
        user = turn.user

        async def later() -> None:
            await release.wait()
            assert await rt.outbox.deliver(user, [Reply("result")])

        async def spawn() -> None:
            jobs.append(asyncio.create_task(later()))

        turn.after_commit.append(spawn)

    previous = rt.engine.services.on_report
    rt.engine.services.on_report = on_report
    try:
        await tg.say(chat, "my dog barks at the door", language_code="en")
        await eventually(lambda: len(tg.fake.calls("sendChatAction")) >= 3)
        assert all(c.params["action"] == "typing" for c in tg.fake.calls("sendChatAction"))
        release.set()
        await asyncio.gather(*jobs)
        assert tg.last_text(chat) == "result"
        settled = len(tg.fake.calls("sendChatAction"))
        await asyncio.sleep(0.2)
        assert len(tg.fake.calls("sendChatAction")) == settled  # stopped by the delivery
        assert not adapter.typing.running(chat)
        # without a result, typing gives up after the limit
        adapter.typing.limit = 0.2
        release.clear()
        await tg.say(chat, "he also chews shoes")
        assert adapter.typing.running(chat)
        await eventually(lambda: not adapter.typing.running(chat), within=2)
        release.set()
        await asyncio.gather(*jobs)
    finally:
        rt.engine.services.on_report = previous


async def test_report_is_analysed_and_the_result_arrives_later(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """With the real analysis service and a fake Ollama: the route answers at once, the user sees
    "typing…" while the model works, and the result comes as a new message through the outbox."""
    fake_ollama.behaviour.delay = 0.6
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'analysis.db'}", OLLAMA_HOST=fake_ollama.url
    )
    async with harness(fake_telegram, settings) as tg:
        tg.hook.adapter.typing.interval = 0.1
        update = json.loads((FIXTURES / "update_message.json").read_text(encoding="utf-8"))
        chat = update["message"]["chat"]["id"]
        started = time.monotonic()
        result = await tg.fake.deliver_update(update)
        assert result.status_code == 200
        assert time.monotonic() - started < 0.5  # Telegram is never kept waiting for the model
        acknowledged = len(tg.sent(chat))  # "analysing…" (and a tip: this user has no dog yet)
        assert acknowledged >= 1
        await eventually(lambda: len(tg.sent(chat)) > acknowledged, within=10)

        def typing() -> list[Any]:
            return [c for c in tg.fake.calls("sendChatAction") if c.params["chat_id"] == chat]

        assert len(typing()) >= 2
        # "typing…" stops with the result: a call already in flight may still land (the two
        # POSTs travel on different connections), none comes after that, over ten intervals.
        await asyncio.sleep(0.3)
        stopped = len(typing())
        await asyncio.sleep(1.0)
        assert len(typing()) == stopped
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            reports = await s.list_reports(user.id)
        assert [r.status for r in reports] == ["done"]
        settled = len(tg.fake.calls("sendChatAction"))
        await asyncio.sleep(0.3)
        assert len(tg.fake.calls("sendChatAction")) == settled  # the result stopped it
        assert not tg.hook.adapter.typing.running(chat)


# -- running it: the app's default plugins, set-webhook, polling --------------------------------


async def test_default_app_mounts_the_webhook_only_with_a_token(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    with_token = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'a.db'}")
    without = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{tmp_path / 'b.db'}")  # type: ignore[call-arg]
    async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as client:
        async with serve(create_app(with_token)) as url:
            on = await client.post(url + telegram_webhook.PATH, json={"update_id": 1})
        async with serve(create_app(without)) as url:
            off = await client.post(url + telegram_webhook.PATH, json={"update_id": 1})
    assert on.status_code == 401  # mounted, and guarded
    assert off.status_code == 404


def test_set_webhook_command(fake_telegram: FakeTelegramServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake_telegram.token)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram.url)
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://bot.example.com/")
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        done = runner.invoke(main, ["set-webhook", "--drop-pending-updates", "--max-connections", "20"])
        assert done.exit_code == 0, done.output
        hook = fake_telegram.webhook
        assert hook.url == "https://bot.example.com/telegram/webhook"
        assert hook.secret_token == SECRET
        assert hook.allowed_updates == ["message", "edited_message", "callback_query"]
        assert hook.drop_pending_updates is True
        assert hook.max_connections == 20
        assert "webhook set: https://bot.example.com/telegram/webhook" in done.output

        explicit = runner.invoke(main, ["set-webhook", "--url", "https://other.example.com/hook"])
        assert explicit.exit_code == 0, explicit.output
        assert fake_telegram.webhook.url == "https://other.example.com/hook"
        assert fake_telegram.webhook.drop_pending_updates is False

        monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "has spaces")
        get_settings.cache_clear()
        bad = runner.invoke(main, ["set-webhook"])
        assert bad.exit_code != 0
        assert "TELEGRAM_WEBHOOK_SECRET" in bad.output
        assert fake_telegram.webhook.url == "https://other.example.com/hook"
    finally:
        get_settings.cache_clear()


async def test_polling_mode_end_to_end(fake_telegram: FakeTelegramServer, tmp_path: Path) -> None:
    fake = fake_telegram
    settings = settings_for(fake, f"sqlite:///{tmp_path / 'poll.db'}")
    fake.enqueue_message(42, "/start", language_code="en")  # waiting before the bot starts
    stop = asyncio.Event()
    polling = asyncio.create_task(run_polling(settings, stop, poll_timeout=1))
    try:
        await eventually(lambda: len(fake.sent_messages(42)) == 2)
        assert fake.sent_messages(42)[0].text.startswith("Hi! I'm DogCoach")  # type: ignore[union-attr]
        fake.enqueue_message(42, "Pixel")
        await eventually(lambda: len(fake.sent_messages(42)) == 3)
        assert "Pixel" in (fake.sent_messages(42)[-1].text or "")
        fake.enqueue_button_press(42, "◀ Back")
        await eventually(lambda: len(fake.answered_callbacks) == 1)
        await eventually(lambda: len(fake.sent_messages(42)) == 5)
        kinds = sorted(m.kind for m in fake.sent_messages(42)[3:])
        assert kinds == ["edit_text", "message"]  # the tapped question marked, the name asked again
        asked = [m for m in fake.sent_messages(42) if m.kind == "message"][-1]
        assert (asked.text or "").endswith(MESSAGES.format("en", "survey-q-name"))
        assert fake.commands(language_code="ko")  # the same setup as webhook mode
        polls = fake.calls("getUpdates")
        assert polls[0].params["allowed_updates"] == ["message", "edited_message", "callback_query"]
    finally:
        stop.set()
        await asyncio.wait_for(polling, 10)
    assert fake.calls("deleteWebhook")  # polling and a webhook exclude each other
    assert fake.errors == []


async def test_a_slow_bot_api_for_one_chat_does_not_delay_another_owners_result(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Issue 14: one chat whose Bot API calls take seconds once held every owner's result (the
    worker waited for the push). Now the worker hands the result over and moves on: the other
    owner's report, analysed after the slow owner's, is shown while the slow push is still on
    its way."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'slow.db'}", OLLAMA_HOST=fake_ollama.url)
    slow, fast = 7301, 7302
    async with harness(fake_telegram, settings) as tg:
        fake_telegram.chat_latency[slow] = 2.0
        report = "My dog barks at the door every time guests come over, so I give him a treat"
        await tg.say(slow, report, language_code="en")
        await tg.say(fast, report, language_code="en")

        writing = MESSAGES.format("en", "analysis-writing")

        def result_shown(chat: int) -> bool:  # sent, or edited into the message it was written in
            shown = [m.text or "" for m in tg.fake.sent_messages(chat) if m.kind in ("message", "edit_text")]
            return any(text.startswith("🔍 ABC analysis") and not text.endswith(writing) for text in shown)

        await eventually(lambda: result_shown(fast), within=10)
        assert not result_shown(slow)  # analysed first, its push still with the slow Bot API
        await eventually(lambda: result_shown(slow), within=30)
