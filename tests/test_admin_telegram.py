"""An admin broadcasts from Telegram, end to end over real HTTP: the app (Telegram webhook plugin and
the broadcast plugin) served by uvicorn, the fake Bot API POSTing the admin's messages and taps to
the webhook, the real adapter, engine, store and broadcast service. A few hundred users in two
languages, one of whom blocked the bot."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from dogcoach.channels.telegram.application import set_webhook
from dogcoach.config import Settings
from dogcoach.services.broadcast import make_spec, render
from dogcoach.services.i18n import Messages
from dogcoach.services.store import make_store
from dogcoach.webhook import admin as admin_api
from dogcoach.webhook import telegram as telegram_webhook
from dogcoach.webhook.app import create_app
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram as _fake_telegram  # noqa: F401  (registers it)
from tests.quick_uvicorn import QuickUvicorn
from tests.test_broadcast import FIRST_CHAT, add_users, eventually

ADMIN = 5151
SECRET = "admin_Secret-7"
MESSAGES = Messages()


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = QuickUvicorn(uvicorn.Config(app, lifespan="on", log_config=None, access_log=False, ws="none"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    for _ in range(2000):
        if server.started or task.done():
            break
        await asyncio.sleep(0.005)
    if task.done():
        task.result()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def test_admin_broadcasts_a_tip_from_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'tg.db'}"
    store = make_store(url)
    await store.open()
    await store.migrate()
    await add_users(store, 300)  # stored ko / en alternately
    await store.close()
    fake_telegram.block_chat(FIRST_CHAT + 11)
    values: dict[str, Any] = {
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "ADMIN_TELEGRAM_IDS": f"{ADMIN}, 999999",
        "BROADCAST_RATE_PER_SECOND": "1000",
    }
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    app = create_app(settings, plugins=[telegram_webhook.plugin, admin_api.plugin])
    async with serve(app) as base_url:
        await set_webhook(settings, base_url + telegram_webhook.PATH)

        async def say(text: str, chat: int = ADMIN) -> None:
            result = await fake_telegram.deliver_message(chat, text, language_code="en")
            assert result.status_code == 200, result.text

        async def tap(label: str) -> None:
            result = await fake_telegram.deliver_button_press(ADMIN, label, language_code="en")
            assert result.status_code == 200, result.text

        def texts(chat: int) -> list[str]:
            return [m.text or "" for m in fake_telegram.sent_messages(chat) if m.kind == "message"]

        # Someone else is told the command does not exist, and nothing is sent.
        await say("/broadcast", chat=FIRST_CHAT + 1)
        assert texts(FIRST_CHAT + 1)[-1] == MESSAGES.format("en", "unknown-command")

        await say("/broadcast")
        assert texts(ADMIN)[-1] == MESSAGES.format("en", "admin-bc-intro")
        await tap(MESSAGES.format("en", "admin-bc-kind-tip"))
        await tap("Reward calm")
        await tap(MESSAGES.format("en", "admin-bc-target-all"))
        # The admin is a Telegram user too: 301 recipients (the block is not known yet).
        assert "Preview (Everyone): this goes to 301 people.\n" in texts(ADMIN)[-3]
        await tap(MESSAGES.format("en", "admin-bc-confirm"))
        await eventually(lambda: any(t.startswith("Tip #1 went to") for t in _reports(fake_telegram)))

    report = next(t for t in _reports(fake_telegram) if t.startswith("Tip #1 went to"))
    assert report.startswith(
        "Tip #1 went to 300 of 301 recipients. 1 person did not get it because they blocked the bot. It took "
    )
    spec = make_spec(MESSAGES, tip="catch-calm")
    for offset in (0, 1, 11):
        chat = FIRST_CHAT + offset
        got = [m.text for m in fake_telegram.sent_messages(chat) if m.kind == "message"]
        if offset == 11:
            assert got == []
        else:
            assert got[-1] == render(MESSAGES, spec, "ko" if offset % 2 == 0 else "en")
    per_chat: dict[int, int] = {}
    for m in fake_telegram.sent_messages():
        if m.kind == "message" and m.text and m.text.startswith("💡"):
            per_chat[m.chat_id] = per_chat.get(m.chat_id, 0) + 1
    assert len(per_chat) == 300 and set(per_chat.values()) == {1}


def _reports(fake: FakeTelegramServer, admin: int = ADMIN) -> list[str]:
    """What the admin's chat shows now: messages as last edited."""
    shown = []
    for m in fake.sent_messages(admin):
        current = fake.message(admin, m.message_id)
        if current is not None:
            shown.append(str(current.get("text", "")))
    return shown


ADMIN_KO = 6161
ADMIN_EN = 6262


async def test_announcements_in_one_language_preview_who_gets_what_and_who_is_skipped(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """Issue 16 (admins), as a Korean and an English admin see it: a text written only in Korean
    reaches English readers with a warning first; Kakao owners are named as skipped (no Event API
    here) before the admin confirms, and the report says what happened, counted on the fake Bot API."""
    url = f"sqlite:///{tmp_path / 'tg.db'}"
    store = make_store(url)
    await store.open()
    await store.migrate()
    await add_users(store, 6)  # Telegram, ko / en alternately: FIRST_CHAT + 0, 2, 4 read Korean
    await add_users(store, 2, channel="kakao", start=1)  # skipped: the Event API is not configured
    opted_out, blocked = await add_users(store, 2, start=FIRST_CHAT + 6)
    async with store.session() as s:
        await s.set_tips_opt_out(opted_out, True)
        await s.mark_blocked(blocked)
    await store.close()
    fake_telegram.block_chat(FIRST_CHAT + 1)  # blocks the bot now: known only when sending
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=url,
        TELEGRAM_BOT_TOKEN=fake_telegram.token,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_API_BASE_URL=fake_telegram.url,
        ADMIN_TELEGRAM_IDS=f"{ADMIN_KO},{ADMIN_EN}",
        BROADCAST_RATE_PER_SECOND="1000",
    )
    app = create_app(settings, plugins=[telegram_webhook.plugin, admin_api.plugin])
    ko_body = "이번 주 금요일은 상담을 쉬어요."
    async with serve(app) as base_url:
        await set_webhook(settings, base_url + telegram_webhook.PATH)

        async def say(chat: int, lang: str, text: str) -> None:
            result = await fake_telegram.deliver_message(chat, text, language_code=lang)
            assert result.status_code == 200, result.text

        async def tap(chat: int, lang: str, msg_id: str) -> None:
            label = MESSAGES.format(lang, msg_id)
            result = await fake_telegram.deliver_button_press(chat, label, language_code=lang)
            assert result.status_code == 200, result.text

        def shown(chat: int) -> list[str]:
            return [m.text or "" for m in fake_telegram.sent_messages(chat) if m.kind == "message"]

        await say(ADMIN_EN, "en", "/tips")  # the English admin is an owner too (an English reader)

        # The Korean admin writes in Korean only and sends it to everyone.
        await say(ADMIN_KO, "ko", "/broadcast")
        await tap(ADMIN_KO, "ko", "admin-bc-kind-text")
        await say(ADMIN_KO, "ko", ko_body)
        await tap(ADMIN_KO, "ko", "admin-bc-skip")
        await tap(ADMIN_KO, "ko", "admin-bc-target-all")
        summary, for_ko, for_en = shown(ADMIN_KO)[-3:]
        # 6 seeded + 2 admins on Telegram (4 read Korean, 4 English) and 2 on Kakao.
        assert summary.splitlines() == [
            "미리보기 (모두): 대상 10명 중 8명에게 보내요.",
            "· 한국어 사용자 4명은 한국어로 받아요.",
            "· ⚠️ 영어 사용자 4명은 영어 글이 없어서 한국어 글을 받아요. 맨 끝 안내 문구만 영어예요.",
            "· 카카오톡 사용자 2명은 건너뛰어요. 카카오 이벤트 API(KAKAO_REST_API_KEY, KAKAO_BOT_ID, "
            "KAKAO_EVENT_NAME)가 설정되지 않았어요.",
            "· 팁과 공지를 끈 1명은 받지 않아요.",
            "· 봇을 차단한 1명은 받지 않아요.",
        ]
        assert for_ko == "한국어 사용자가 받는 글:\n" + render(
            MESSAGES, make_spec(MESSAGES, text_ko=ko_body), "ko"
        )
        assert for_en.startswith(f"영어 사용자가 받는 글:\n{ko_body}\n\n(To stop tips")
        before = len(shown(ADMIN_KO))
        await tap(ADMIN_KO, "ko", "admin-bc-confirm")
        # The admin is a recipient too: the broadcast itself may reach them before or after the
        # confirmation, so the confirmation is looked for among what came after the tap.
        assert (
            "1번 공지를 8명에게 보내기 시작했어요. 끝나면 결과를 알려 드릴게요." in shown(ADMIN_KO)[before:]
        )
        await eventually(
            lambda: any(t.startswith("1번 공지를 10명") for t in _reports(fake_telegram, ADMIN_KO))
        )

        # The English admin writes Korean first, is warned, adds English from the preview.
        await say(ADMIN_EN, "en", "/broadcast")
        await tap(ADMIN_EN, "en", "admin-bc-kind-text")
        await say(ADMIN_EN, "en", "토요일 산책 모임")
        await tap(ADMIN_EN, "en", "admin-bc-skip")
        await tap(ADMIN_EN, "en", "admin-bc-target-all")
        warned = shown(ADMIN_EN)[-3]
        # FIRST_CHAT + 1 blocked the bot during the first one: now left out, with the one before.
        assert warned.splitlines() == [
            "Preview (Everyone): this goes to 7 of the 9 people in this group.",
            "· 4 Korean speakers get it in Korean.",
            "· ⚠️ 3 English speakers get the Korean text, as there is no English one. Only the footer is "
            "in English.",
            "· 2 KakaoTalk users will be skipped: the Kakao Event API is not configured (KAKAO_REST_API_KEY, "
            "KAKAO_BOT_ID, KAKAO_EVENT_NAME).",
            "· 1 person who turned tips off won't get it.",
            "· 2 people who blocked the bot won't get it.",
        ]
        await tap(ADMIN_EN, "en", "admin-bc-add-en")
        assert shown(ADMIN_EN)[-1] == MESSAGES.format("en", "admin-bc-ask-en")
        await say(ADMIN_EN, "en", "Saturday walk meetup")
        assert shown(ADMIN_EN)[-3].splitlines()[1:3] == [
            "· 4 Korean speakers get it in Korean.",
            "· 3 English speakers get it in English.",
        ]
        await tap(ADMIN_EN, "en", "admin-bc-confirm")
        assert shown(ADMIN_EN)[-1] == (
            "Announcement #2 is on its way to 7 people. I'll tell you how it went when it's done."
        )
        await eventually(
            lambda: any(t.startswith("Announcement #2 went") for t in _reports(fake_telegram, ADMIN_EN))
        )

    ko_report = next(t for t in _reports(fake_telegram, ADMIN_KO) if t.startswith("1번 공지를 10명"))
    assert ko_report.startswith(
        "1번 공지를 10명 중 7명에게 보냈어요. 1명은 봇을 차단해서 받지 못했어요. "
        "2명은 카카오 이벤트 API가 설정되지 않아서 건너뛰었어요. "
    )
    assert ko_report.endswith(("초 걸렸어요.", "1초도 걸리지 않았어요."))
    en_report = next(t for t in _reports(fake_telegram, ADMIN_EN) if t.startswith("Announcement #2 went"))
    assert en_report.startswith(
        "Announcement #2 went to 7 of 9 recipients. "
        "2 KakaoTalk users were skipped because the Kakao Event API is not configured. It took "
    )
    # What the owners got, counted on the fake Bot API: English readers the Korean body of the
    # first with their own footer, then the English one; nothing to the opted-out or blocked.
    both = make_spec(MESSAGES, text_ko="토요일 산책 모임", text_en="Saturday walk meetup")
    first = make_spec(MESSAGES, text_ko=ko_body)
    for chat, lang in [(FIRST_CHAT + i, "ko" if i % 2 == 0 else "en") for i in (0, 2, 3, 4, 5)] + [
        (ADMIN_KO, "ko"),
        (ADMIN_EN, "en"),
    ]:
        got = [t for t in shown(chat) if t.startswith((ko_body, "토요일", "Saturday"))]
        assert got == [render(MESSAGES, first, lang), render(MESSAGES, both, lang)], chat
    for chat in (FIRST_CHAT + 1, FIRST_CHAT + 6, FIRST_CHAT + 7):
        assert shown(chat) == [], chat
    bodies = {render(MESSAGES, spec, lang) for spec in (first, both) for lang in ("ko", "en")}
    sent = [m for m in fake_telegram.sent_messages() if m.kind == "message" and m.text in bodies]
    assert len(sent) == 7 + 7  # the report's "7 of 10" and "7 of 9"
