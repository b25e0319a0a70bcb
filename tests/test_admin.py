"""Where admins broadcast from: the /broadcast conversation (admins only), /tips for users, the
admin HTTP API (bearer token) and the `dogcoach broadcast` command; all against the real engine,
store and service, with Telegram played by the fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from fastapi import FastAPI

from dogcoach.bot.engine import Engine
from dogcoach.cli import main
from dogcoach.config import Settings, get_settings
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, Reply, UserRef
from dogcoach.handlers import admin
from dogcoach.handlers.parsing import Lexicon
from dogcoach.handlers.turn import Services
from dogcoach.services.broadcast import BroadcastService, make_spec, render, tip_keys
from dogcoach.services.i18n import Messages
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import ConversationState, Store, User, make_store
from dogcoach.webhook import admin as admin_api
from dogcoach.webhook.app import create_app
from tests.chat import Chat
from tests.fakes.kakao_event_api import BOT_ID, EVENT_NAME, REST_API_KEY, FakeKakaoEventApi
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram as _fake_telegram  # noqa: F401  (registers it)
from tests.test_broadcast import FIRST_CHAT, add_users, eventually, per_chat, service_for

ADMIN = 4242
TOKEN = "test-admin-token-0123456789"


def settings_for(**env: Any) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


class Admin:
    """An engine wired as the server wires it: the admin ids and the broadcast service in its
    services, the admin's reports collected from the outbox's Telegram sender."""

    def __init__(
        self,
        store: Store,
        messages: Messages,
        server: FakeTelegramServer,
        *,
        attached: bool = True,
        rate: float = 2000,
        **service_options: Any,
    ) -> None:
        self.reports: list[tuple[User, list[Reply]]] = []
        self.outbox = Outbox()
        self.outbox.register(Channel.TELEGRAM, self._record)
        self.service: BroadcastService = service_for(store, messages, server, rate=rate, **service_options)
        self.service.outbox = self.outbox
        self.settings = settings_for(ADMIN_TELEGRAM_IDS=str(ADMIN))
        services = Services(
            Lexicon(messages),
            broadcasts=self.service if attached else None,
            admin_telegram_ids=self.settings.admin_telegram_ids,
        )
        self.engine = Engine(store, messages, services=services)

    async def _record(self, user: User, replies: list[Reply]) -> bool:
        self.reports.append((user, replies))
        return True

    def chat(self, user: str, hint: str = "en") -> Chat:
        return Chat(self.engine, user, channel="telegram", hint=hint)


async def broadcasts_in(store: Store) -> list[Any]:
    async with store.session() as s:
        return await s.list_broadcasts()


# -- the /broadcast conversation --------------------------------------------------------------


async def test_non_admins_get_the_unknown_command_answer(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    env = Admin(sqlite_store, messages, fake_telegram)
    unknown = messages.format("en", "unknown-command")
    assert (await env.chat("555").send("/broadcast"))[-1].text == unknown
    console_admin_id = Chat(env.engine, str(ADMIN), channel="console", hint="en")  # right id, wrong channel
    assert (await console_admin_id.send("/broadcast"))[-1].text == unknown
    # A forged button and a forged state start nothing either.
    forger = UserRef("telegram", "556")
    replies = await env.engine.handle(Incoming(forger, choice=admin.CONFIRM, locale_hint="en"))
    assert replies[-1].text == messages.format("en", "stale-button")
    async with sqlite_store.session() as s:
        assert await s.get_user("telegram", "556") is None  # a tap from a stranger stores nothing
        user = await s.create_user("telegram", "556", locale_hint="en", name=None)
        state = ConversationState(admin.FLOW, "confirm", {"kind": "tip", "tip": "timing", "target": "all"})
        await s.save_state(user.id, state)
    replies = await env.engine.handle(Incoming(forger, choice=admin.CONFIRM, locale_hint="en"))
    assert replies[-1].text == unknown
    assert await broadcasts_in(sqlite_store) == []
    await env.service.close()


async def test_admin_sends_a_tip_from_chat_to_a_few_hundred_users(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 200)  # alternating ko / en
    fake_telegram.block_chat(FIRST_CHAT + 7)
    env = Admin(sqlite_store, messages, fake_telegram, status_delay=60)  # the report as a message
    chat = env.chat(str(ADMIN))
    await chat.send("/broadcast")
    await chat.tap(admin.KIND_TIP)
    first_page = [c.id for c in chat.last.choices]
    assert len(first_page) <= 10 and f"{admin.PAGE}1" in first_page and admin.CANCEL in first_page
    await chat.tap(f"{admin.PAGE}1")
    key = tip_keys(messages)[admin.TIPS_PER_PAGE]  # the first tip of page 2
    await chat.tap(f"{admin.TIP}{key}")
    await chat.tap(f"{admin.TARGET}all")
    spec = make_spec(messages, tip=key)
    # 200 users and the admin (a Telegram user too) minus nobody: the block is not known yet.
    assert chat.texts[0].splitlines() == [
        messages.format("en", "admin-bc-preview-head", count=201, field="Everyone"),
        messages.format("en", "admin-bc-preview-own-ko", count=100),
        messages.format("en", "admin-bc-preview-own-en", count=101),
    ]
    assert render(messages, spec, "ko") in chat.texts[1] and render(messages, spec, "en") in chat.texts[2]
    assert [c.id for c in chat.last.choices] == [admin.CONFIRM, admin.CANCEL]
    await chat.tap(admin.CONFIRM)
    broadcast = (await broadcasts_in(sqlite_store))[0]
    assert chat.texts == [
        f"Tip #{broadcast.id} is on its way to 201 people. I'll tell you how it went when it's done."
    ]
    await eventually(lambda: bool(env.reports))
    b = await env.service.report(broadcast.id)
    assert b is not None and (b.broadcast.sent, b.broadcast.blocked, b.broadcast.failed) == (200, 1, 0)
    counts = per_chat(fake_telegram)
    assert len(counts) == 200 and set(counts.values()) == {1} and FIRST_CHAT + 7 not in counts
    assert counts[ADMIN] == 1
    user, replies = env.reports[0]
    assert user.external_id == str(ADMIN)
    assert replies[0].text.startswith(
        f"Tip #{broadcast.id} went to 200 of 201 recipients. "
        "1 person did not get it because they blocked the bot. It took "
    )
    await env.service.close()


async def test_admin_follows_progress_in_one_edited_message(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 40)
    env = Admin(sqlite_store, messages, fake_telegram, rate=40, status_delay=0.1, status_interval=0.2)
    chat = env.chat(str(ADMIN))
    for step in ("/broadcast", admin.KIND_TIP, f"{admin.TIP}timing", f"{admin.TARGET}all", admin.CONFIRM):
        await (chat.send(step) if step.startswith("/") else chat.tap(step))
    broadcast = (await broadcasts_in(sqlite_store))[0]

    def final_text() -> str | None:
        edits = [m for m in fake_telegram.sent_messages(ADMIN) if m.kind == "edit_text"]
        return edits[-1].text if edits and " went to " in (edits[-1].text or "") else None

    await eventually(lambda: final_text() is not None)
    report = await env.service.report(broadcast.id)
    assert report is not None and report.broadcast.sent == 41
    shown = fake_telegram.sent_messages(ADMIN)
    status_id = next(
        m.message_id for m in shown if m.kind == "message" and (m.text or "").startswith("Tip #")
    )
    progress = [m.text for m in shown if m.message_id == status_id][:-1]  # the last one is the report
    assert progress and all(
        (t or "").startswith(f"Tip #{broadcast.id}: ") and f" of {report.broadcast.total} done" in (t or "")
        for t in progress
    )
    final = fake_telegram.message(ADMIN, status_id)
    assert final is not None and final["text"].startswith(f"Tip #{broadcast.id} went to all 41 recipients. ")
    assert env.reports == []  # the report is the edited status message, not a second message
    await env.service.close()


async def test_admin_writes_a_text_and_cancels(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 4)
    env = Admin(sqlite_store, messages, fake_telegram)
    chat = env.chat(str(ADMIN), hint="ko")
    await chat.send("/broadcast")
    await chat.tap(admin.KIND_TEXT)
    assert chat.last.free_text and chat.texts == [messages.format("ko", "admin-bc-ask-ko")]
    await chat.tap(admin.SKIP)
    # Korean skipped: the English text is the only one, so it says so and offers no Skip.
    assert chat.texts == [messages.format("ko", "admin-bc-ask-en-only")]
    assert [c.id for c in chat.last.choices] == [admin.CANCEL]
    await chat.send("건너뛰기")  # typed anyway
    assert chat.texts[0] == messages.format("ko", "admin-bc-need-text")
    await chat.send("x" * 4000)
    assert chat.texts[0] == messages.format("ko", "admin-bc-too-long", count=4000, total=3800)
    await chat.send("Clinic closed on Friday")
    await chat.send("한국어 사용자")  # the target typed as its label
    # 2 Korean users of the 4 (the others read English) and the admin: they get the English text,
    # and the preview warns, in the admin's Korean.
    assert chat.texts[0].splitlines() == [
        "미리보기 (한국어 사용자): 3명에게 보내요.",
        "· ⚠️ 한국어 사용자 3명은 한국어 글이 없어서 영어 글을 받아요. 맨 끝 안내 문구만 한국어예요.",
    ]
    assert len(chat.texts) == 2 and "Clinic closed on Friday" in chat.texts[1]  # ko users get the en text
    assert [c.id for c in chat.last.choices] == [admin.CONFIRM, f"{admin.ADD}ko", admin.CANCEL]
    await chat.send("취소")
    assert chat.texts == [messages.format("ko", "admin-bc-cancelled")]
    assert await broadcasts_in(sqlite_store) == []
    assert fake_telegram.sent_messages() == []
    await env.service.close()


async def test_without_the_service_nothing_is_sent(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 2)
    env = Admin(sqlite_store, messages, fake_telegram, attached=False)
    chat = env.chat(str(ADMIN))
    for step in ("/broadcast", admin.KIND_TIP, f"{admin.TIP}timing", f"{admin.TARGET}telegram"):
        await (chat.send(step) if step.startswith("/") else chat.tap(step))
    # Said at the preview, before the admin could confirm: no button to send.
    assert chat.texts == [messages.format("en", "admin-bc-unavailable")]
    assert not chat.last.choices
    assert await broadcasts_in(sqlite_store) == []
    await env.service.close()


async def test_broadcast_resumes_the_interrupted_survey(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    env = Admin(sqlite_store, messages, fake_telegram)
    chat = env.chat(str(ADMIN))
    await chat.send("/start")
    question = chat.question
    await chat.send("/broadcast")
    await chat.tap(admin.CANCEL)
    assert chat.texts[0] == messages.format("en", "admin-bc-cancelled")
    assert chat.question == question  # back on the survey question it left
    await env.service.close()


# -- /tips ------------------------------------------------------------------------------------


async def test_tips_off_and_on(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    env = Admin(sqlite_store, messages, fake_telegram)
    ko = env.chat("77", hint="ko")
    assert (await ko.send("/tips off"))[-1].text == messages.format("ko", "tips-off-done")
    en = env.chat("78", hint="en")
    assert (await en.send("/tips 끄기"))[-1].text == messages.format("en", "tips-off-done")
    await add_users(sqlite_store, 3)
    assert await env.service.recipients(make_spec(messages, tip="timing")) == 3  # both opted out
    await ko.send("/tips")
    assert ko.texts == [messages.format("ko", "tips-status-off")]
    await ko.tap("tips:on")
    assert ko.texts == [messages.format("ko", "tips-on-done")]
    assert (await en.send("/tips on"))[-1].text == messages.format("en", "tips-on-done")
    broadcast = await env.service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None and broadcast.total == 5
    await env.service.close()


async def test_opted_out_users_get_no_broadcast(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    env = Admin(sqlite_store, messages, fake_telegram)
    await env.chat("81").send("/tips off")
    await env.chat("82").send("/help")
    broadcast = await env.service.create(make_spec(messages, text_en="Hello"), "test")
    assert broadcast is not None
    await env.service.run(broadcast.id)
    await env.service.close()
    assert set(per_chat(fake_telegram)) == {82}


# -- the admin HTTP API -----------------------------------------------------------------------


@asynccontextmanager
async def running_api(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(settings, plugins=[admin_api.plugin])
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://admin.test") as client:
            yield app, client


async def seed(url: str, n: int) -> None:
    store = make_store(url)
    await store.open()
    await store.migrate()
    await add_users(store, n)
    await store.close()


async def test_api_is_never_open_without_a_token(tmp_path: Path) -> None:
    settings = settings_for(DATABASE_URL=f"sqlite:///{tmp_path / 'a.db'}")
    async with running_api(settings) as (_app, client):
        assert (await client.post("/admin/broadcasts", json={"tip": "timing"})).status_code == 503
        assert (
            await client.get("/admin/broadcasts/1", headers={"Authorization": "Bearer "})
        ).status_code == 503


async def test_api_broadcast_with_and_without_the_token(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    await seed(url, 12)
    settings = settings_for(
        DATABASE_URL=url,
        ADMIN_API_TOKEN=TOKEN,
        TELEGRAM_BOT_TOKEN=fake_telegram.token,
        TELEGRAM_API_BASE_URL=fake_telegram.url,
        BROADCAST_RATE_PER_SECOND="1000",
    )
    good = {"Authorization": f"Bearer {TOKEN}"}
    async with running_api(settings) as (_app, client):
        for headers in (
            {},
            {"Authorization": "Bearer nope"},
            {"Authorization": f"Basic {TOKEN}"},
            {"Authorization": TOKEN},
        ):
            response = await client.post("/admin/broadcasts", json={"tip": "timing"}, headers=headers)
            assert response.status_code == 401, headers
            assert (await client.get("/admin/broadcasts/1", headers=headers)).status_code == 401
        assert fake_telegram.sent_messages() == []
        bad = await client.post("/admin/broadcasts", json={"tip": "nope"}, headers=good)
        assert bad.status_code == 422 and bad.json()["error"] == "unknown_tip"
        assert (await client.post("/admin/broadcasts", json={}, headers=good)).json()["error"] == "no_content"
        dry = await client.post(
            "/admin/broadcasts", json={"text_ko": "안녕", "locale": "en", "dry_run": True}, headers=good
        )
        # Korean only, to English readers: the preview says they get the Korean body.
        assert dry.status_code == 200 and dry.json() == {
            "recipients": 6,
            "will_send": 6,
            "languages": {"en": {"count": 6, "text": "ko", "fallback": True}},
            "skipped": {},
            "left_out": {},
        }
        created = await client.post(
            "/admin/broadcasts", json={"text_ko": "안녕", "text_en": "Hi"}, headers=good
        )
        assert created.status_code == 202
        body = created.json()
        assert body["total"] == 12 and body["created_by"] == "api"
        assert body["preview"]["languages"] == {
            "ko": {"count": 6, "text": "ko", "fallback": False},
            "en": {"count": 6, "text": "en", "fallback": False},
        }
        path = f"/admin/broadcasts/{body['id']}"
        status: dict[str, Any] = {}
        for _ in range(500):
            status = (await client.get(path, headers=good)).json()
            if status["status"] == "done":
                break
            await asyncio.sleep(0.01)
        assert (status["status"], status["sent"], status["pending"]) == ("done", 12, 0)
        assert status["duration_seconds"] is not None
        assert (await client.get("/admin/broadcasts/999", headers=good)).status_code == 404
        assert (await client.post(f"{path}/cancel", headers=good)).status_code == 409
        listed = (await client.get("/admin/broadcasts", headers=good)).json()
        assert [b["id"] for b in listed] == [body["id"]]
        tips = (await client.get("/admin/tips", headers=good)).json()
        assert len(tips) >= 20 and {"key", "title_ko", "title_en"} <= set(tips[0])
    counts = per_chat(fake_telegram)
    assert len(counts) == 12 and set(counts.values()) == {1}
    texts = {m.chat_id: m.text for m in fake_telegram.sent_messages()}
    assert texts[FIRST_CHAT].startswith("안녕") and texts[FIRST_CHAT + 1].startswith("Hi")


async def test_api_preview_names_languages_and_skips_as_sending_then_does(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    """A Korean-only text, English readers among the owners, Kakao owners: the dry run and the
    202 body say who gets which language's text and who is skipped and why; the broadcast then
    does exactly that (counted on the fake platforms), without and with the Kakao Event API."""
    url = f"sqlite:///{tmp_path / 'a.db'}"
    await seed(url, 4)  # Telegram: 2 read Korean, 2 English
    store = make_store(url)
    await store.open()
    await add_users(store, 2, channel="kakao", start=1)  # "1" reads Korean, "2" English
    (out,) = await add_users(store, 1, start=FIRST_CHAT + 50)
    async with store.session() as s:
        await s.set_tips_opt_out(out, True)
    await store.close()
    good = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text_ko": "금요일은 쉬어요"}
    env = {
        "DATABASE_URL": url,
        "ADMIN_API_TOKEN": TOKEN,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "BROADCAST_RATE_PER_SECOND": "1000",
    }

    async def send(client: httpx.AsyncClient) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        dry = await client.post("/admin/broadcasts", json={**body, "dry_run": True}, headers=good)
        made = await client.post("/admin/broadcasts", json=body, headers=good)
        assert dry.status_code == 200 and made.status_code == 202
        status: dict[str, Any] = {}
        for _ in range(1000):
            status = (await client.get(f"/admin/broadcasts/{made.json()['id']}", headers=good)).json()
            if status["status"] == "done":
                break
            await asyncio.sleep(0.01)
        return dry.json(), made.json(), status

    languages = {
        "ko": {"count": 2, "text": "ko", "fallback": False},
        "en": {"count": 2, "text": "ko", "fallback": True},  # English readers get the Korean body
    }
    async with running_api(settings_for(**env)) as (_app, client):
        dry, made, status = await send(client)
    assert dry == {
        "recipients": 6,
        "will_send": 4,
        "languages": languages,
        "skipped": {"kakao_not_configured": 2},
        "left_out": {"opted_out": 1},
    }
    assert made["preview"] == dry
    assert (status["total"], status["sent"], status["skipped"]) == (6, 4, 2)
    assert status["skipped_reasons"] == {"kakao_not_configured": 2}
    assert per_chat(fake_telegram) == {FIRST_CHAT + i: 1 for i in range(4)}
    spec = make_spec(Messages(), **body)
    assert fake_telegram.sent_messages(FIRST_CHAT + 1)[0].text == render(Messages(), spec, "en")

    with FakeKakaoEventApi() as kakao:
        kakao_env = {
            "KAKAO_REST_API_KEY": REST_API_KEY,
            "KAKAO_BOT_ID": BOT_ID,
            "KAKAO_EVENT_NAME": EVENT_NAME,
            "KAKAO_BOT_API_BASE_URL": kakao.url,
            "KAKAO_TASK_POLL_SECONDS": "0.01",
        }
        async with running_api(settings_for(**env, **kakao_env)) as (_app, client):
            dry, made, status = await send(client)
        received = kakao.received()
    languages["ko"]["count"] = languages["en"]["count"] = 3
    assert dry == {
        "recipients": 6,
        "will_send": 6,
        "languages": languages,
        "skipped": {},
        "left_out": {"opted_out": 1},
    }
    assert (status["total"], status["sent"], status["skipped"]) == (6, 6, 0)
    kakao_texts = {
        "1": [render(Messages(), spec, "ko", Channel.KAKAO)],
        "2": [render(Messages(), spec, "en", Channel.KAKAO)],
    }
    assert received == kakao_texts
    # Kakao owners type no slash commands: their footer names the words (trial 2, finding 10).
    assert received["1"][0].endswith('(팁과 공지를 그만 받으시려면 "팁 끄기"라고 보내 주세요.)')
    assert received["2"][0].endswith('(To stop tips and announcements, send "tips off".)')
    assert "/tips" not in received["1"][0] + received["2"][0]
    assert fake_telegram.sent_messages(FIRST_CHAT + 1)[0].text.endswith("send /tips off.)")
    assert set(per_chat(fake_telegram).values()) == {2}


async def test_the_server_resumes_an_unfinished_broadcast(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    await seed(url, 5)
    store = make_store(url)
    await store.open()
    service = BroadcastService(store, Messages())
    made = await service.create(make_spec(Messages(), tip="timing"), "cli:someone")  # created, never run
    await store.close()
    assert made is not None
    settings = settings_for(
        DATABASE_URL=url, TELEGRAM_BOT_TOKEN=fake_telegram.token, TELEGRAM_API_BASE_URL=fake_telegram.url
    )
    async with running_api(settings) as (app, _client):
        for _ in range(500):
            report = await app.state.broadcasts.report(made.id)
            if report is not None and report.finished:
                break
            await asyncio.sleep(0.01)
    assert report is not None and report.broadcast.sent == 5


# -- the CLI ----------------------------------------------------------------------------------


@pytest.fixture
def cli_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_telegram: FakeTelegramServer
) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    for name, value in {
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "BROADCAST_RATE_PER_SECOND": "2000",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("KAKAO_REST_API_KEY", "KAKAO_BOT_ID", "KAKAO_EVENT_NAME"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


async def _seed_cli(url: str) -> None:
    store = make_store(url)
    await store.open()
    await store.migrate()
    await add_users(store, 300)
    await add_users(store, 2, channel="kakao", start=1)
    await store.close()


def test_cli_broadcast_with_progress_and_report(cli_env: str, fake_telegram: FakeTelegramServer) -> None:
    asyncio.run(_seed_cli(cli_env))
    fake_telegram.block_chat(FIRST_CHAT + 3)
    runner = CliRunner()
    usage = runner.invoke(main, ["broadcast"])
    assert usage.exit_code == 2 and "--tip KEY" in usage.output
    declined = runner.invoke(main, ["broadcast", "--tip", "timing"], input="n\n")
    assert declined.exit_code == 0 and "nothing sent" in declined.output
    # The 2 Kakao users are named as skipped, and why, before the question, which counts only
    # those who will get it.
    assert declined.output.splitlines()[:4] == [
        "Preview (Everyone): this goes to 300 of the 302 people in this group.",
        "· 150 Korean speakers get it in Korean.",
        "· 150 English speakers get it in English.",
        "· 2 KakaoTalk users will be skipped: the Kakao Event API is not configured "
        "(KAKAO_REST_API_KEY, KAKAO_BOT_ID, KAKAO_EVENT_NAME).",
    ]
    assert "send to 300 users?" in declined.output
    korean_only = runner.invoke(
        main, ["broadcast", "--text-ko", "금요일 휴무", "--locale", "en"], input="n\n"
    )
    assert korean_only.output.splitlines()[:3] == [
        "Preview (English speakers): this goes to 150 of the 151 people in this group.",
        "· ⚠️ 150 English speakers get the Korean text, as there is no English one. "
        "Only the footer is in English.",
        "· 1 KakaoTalk user will be skipped: the Kakao Event API is not configured "
        "(KAKAO_REST_API_KEY, KAKAO_BOT_ID, KAKAO_EVENT_NAME).",
    ]
    assert "--- en ---\n금요일 휴무\n\n(To stop tips" in korean_only.output
    result = runner.invoke(main, ["broadcast", "--tip", "timing", "--yes"])
    assert result.exit_code == 0, result.output
    assert "broadcast #1" in result.output  # the progress bar's label
    assert "broadcast #1 done in " in result.output
    assert "sent 299, blocked 1, failed 0, skipped 2, pending 0 of 302" in result.output
    assert (
        "Tip #1 went to 299 of 302 recipients. 1 person did not get it because they blocked the bot. "
        "2 KakaoTalk users were skipped because the Kakao Event API is not configured. It took "
    ) in result.output
    counts = per_chat(fake_telegram)
    assert len(counts) == 299 and set(counts.values()) == {1}
    status = runner.invoke(main, ["broadcast", "--status", "1"])
    assert "broadcast #1 done" in status.output
    assert "no unfinished broadcasts" in runner.invoke(main, ["broadcast", "--resume"]).output
    assert "timing" in runner.invoke(main, ["broadcast", "--list-tips"]).output


def test_cli_resume_finishes_an_interrupted_broadcast(
    cli_env: str, fake_telegram: FakeTelegramServer
) -> None:
    async def interrupted() -> None:
        await _seed_cli(cli_env)
        store = make_store(cli_env)
        await store.open()
        service = service_for(store, Messages(), fake_telegram, rate=100)
        made = await service.create(make_spec(Messages(), text_en="Hi"), "cli:test")
        assert made is not None
        task = asyncio.create_task(service.run(made.id))
        await eventually(lambda: len(fake_telegram.sent_messages()) >= 30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await service.close()
        await store.close()

    asyncio.run(interrupted())
    before = len(fake_telegram.sent_messages())
    assert 30 <= before < 300
    result = CliRunner().invoke(main, ["broadcast", "--resume"])
    assert result.exit_code == 0, result.output
    assert "sent 300, blocked 0, failed 0, skipped 2, pending 0 of 302" in result.output
    counts = per_chat(fake_telegram)
    assert len(counts) == 300 and set(counts.values()) == {1}


def test_cli_preview_of_a_kakao_broadcast_shows_the_kakao_footer(
    cli_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trial 2, finding 10: what an admin previews for KakaoTalk users is what they get, a footer
    naming the words ("팁 끄기", "tips off"), never /tips off."""
    asyncio.run(_seed_cli(cli_env))
    for name, value in {
        "KAKAO_REST_API_KEY": REST_API_KEY,
        "KAKAO_BOT_ID": BOT_ID,
        "KAKAO_EVENT_NAME": EVENT_NAME,
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    declined = CliRunner().invoke(main, ["broadcast", "--tip", "timing", "--channel", "kakao"], input="n\n")
    assert declined.exit_code == 0 and "nothing sent" in declined.output
    assert '"팁 끄기"라고 보내 주세요.)' in declined.output
    assert 'send "tips off".)' in declined.output
    assert "/tips off" not in declined.output
