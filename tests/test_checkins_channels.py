"""Check-ins through the real channels on 127.0.0.1: pushed on Telegram (the fake Bot API) with
four buttons and answered with one tap, never twice; a blocked owner; Kakao through the fake Event
API and answered in words; Kakao without the Event API at the owner's next message, with quick
replies. Days pass by moving the stored history back (`tests.timetravel`); the server's
scheduler runs every 50 ms here."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.services.store.models import CheckinRow
from tests.fakes.kakao_event_api import BOT_ID, EVENT_NAME, REST_API_KEY, FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_kakao_skill import kakao_settings, serve
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.timetravel import travel

MESSAGES = Messages()
DAYS = dt.timedelta(days=3, minutes=1)
FAST = {"DOGCOACH_CHECKIN_POLL_SECONDS": 0.05, "DOGCOACH_QUIET_HOURS": "00:00-00:00"}
OUTCOMES = ("better", "same", "worse", "not_tried")


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def kakao_pushing(tmp_path: Path, ollama: FakeOllama, api: FakeKakaoEventApi) -> Settings:
    """Kakao skill settings on a SQLite file in `tmp_path` whose check-ins come at once (`FAST`)
    and are pushed through the fake Event API `api`, its tasks polled every 20 ms."""
    return kakao_settings(
        f"sqlite:///{tmp_path / 'k.db'}",
        ollama.url,
        KAKAO_REST_API_KEY=REST_API_KEY,
        KAKAO_BOT_ID=BOT_ID,
        KAKAO_EVENT_NAME=EVENT_NAME,
        KAKAO_BOT_API_BASE_URL=api.url,
        KAKAO_TASK_POLL_SECONDS=0.02,
        **FAST,
    )


async def checkins_of(store: Store, channel: str, external_id: str) -> list[CheckinRow]:
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        return await s.list_checkins(user.id) if user is not None else []


async def wait_for_rows(
    store: Store, channel: str, external_id: str, done: Callable[[list[CheckinRow]], bool]
) -> list[CheckinRow]:
    rows: list[CheckinRow] = []
    for _ in range(500):
        rows = await checkins_of(store, channel, external_id)
        if done(rows):
            return rows
        await asyncio.sleep(0.02)
    raise AssertionError(f"check-ins never got there: {rows}")


async def push_checkin(tg: Harness, chat: int, locale: str, step: str) -> str:
    """Three days on, the plan's check-in pushed to the Telegram chat; its question's text. The
    check-in is stored after the analysis is shown: waited for first (under load the clock moved
    before it existed, and it was never due; CI of stop 32)."""
    await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), bool)
    await travel(tg.rt.store, DAYS)
    await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), lambda rows: rows[0].status == "sent")
    question = t(locale, "coaching-checkin-question", text=step)
    await eventually(lambda: question in tg.sent(chat))
    return question


@pytest.mark.parametrize(
    ("locale", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)]
)
async def test_telegram_pushes_the_check_in_once_and_a_tap_answers_it(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    locale: str,
    report: str,
    step: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 7301
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=locale)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        assert await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))  # the plan's check-in
        question = await push_checkin(tg, chat, locale, step)
        bot_message = tg.fake.last_bot_message(chat)
        assert bot_message is not None and bot_message["text"] == question
        labels = [b["text"] for row in bot_message["reply_markup"]["inline_keyboard"] for b in row]
        assert labels == [t(locale, f"coaching-outcome-{o}") for o in OUTCOMES]
        await asyncio.sleep(0.3)  # several scheduler passes: still one question
        assert tg.sent(chat).count(question) == 1

        await tg.tap(chat, t(locale, "coaching-outcome-better"))
        await eventually(lambda: t(locale, "coaching-advice-keep-better") in tg.sent(chat))
        assert tg.sent(chat)[-1] == t(locale, "coaching-checkin-note")
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
    assert [(r.status, r.outcome) for r in rows] == [("answered", "better"), ("pending", None)]


async def test_telegram_owner_who_blocked_the_bot(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 7302
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, REPORT_KO, language_code="ko")
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        fake_telegram.block_chat(chat)
        await travel(tg.rt.store, DAYS)
        [row] = await wait_for_rows(
            tg.rt.store,
            Channel.TELEGRAM,
            str(chat),
            lambda r: r[0].status not in ("pending", "sending"),  # settled
        )
        user = await tg.user(chat)
    assert row.status == "blocked"
    assert user is not None and user.blocked_at is not None


@pytest.mark.parametrize(
    ("locale", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)]
)
async def test_kakao_event_api_pushes_it_and_words_answer_it(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    locale: str,
    report: str,
    step: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    with FakeKakaoEventApi() as api:
        settings = kakao_pushing(tmp_path, fake_ollama, api)
        async with serve(settings) as srv:
            store = srv.app.state.runtime.store
            owner = srv.user(lang=locale)
            await owner.send(report)
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
            await owner.send("/help")  # the result (and its plan) shown: nothing left for later
            assert any(text.startswith("📌") for text in owner.texts)
            await travel(store, DAYS)
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: rows[0].status == "sent")
            [pushed] = api.received(owner.key)
            assert pushed.startswith(t(locale, "coaching-checkin-question", text=step))
            assert t(locale, "coaching-outcome-not_tried") in pushed  # the answers are named
            await owner.send(t(locale, "coaching-outcome-same"))  # typed: the event carries no buttons
            assert owner.texts[0] == t(locale, "coaching-advice-keep-same")
            assert t(locale, "coaching-checkin-note") in owner.text
            await asyncio.sleep(0.2)
            assert len(api.received(owner.key)) == 1  # pushed once
            rows = await checkins_of(store, Channel.KAKAO, owner.key)
    assert (rows[0].status, rows[0].outcome) == ("answered", "same")


async def test_kakao_without_the_event_api_asks_at_the_next_message_with_quick_replies(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang="ko")
        await owner.send(REPORT_KO)
        [row] = await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")  # the result (and its plan) shown: nothing left for later
        await travel(store, DAYS)
        await asyncio.sleep(0.2)  # the scheduler runs, but cannot reach a Kakao owner
        assert (await checkins_of(store, Channel.KAKAO, owner.key))[0].status == "pending"
        await owner.send("안녕하세요")
        assert owner.texts[-1] == t("ko", "coaching-checkin-question", text=STEP_KO)
        offered = [f"checkin:{row.id}:{o}" for o in OUTCOMES]
        assert [c for c in owner.choice_ids if c.startswith("checkin:")] == offered
        await owner.tap(offered[0])
        assert owner.texts[0] == t("ko", "coaching-advice-keep-better")
        await owner.send("안녕하세요")
        assert t("ko", "coaching-checkin-question", text=STEP_KO) not in owner.text  # asked once
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
    assert (rows[0].status, rows[0].outcome) == ("answered", "better")
