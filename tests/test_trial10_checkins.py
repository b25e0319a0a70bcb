# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Owner trial 10's check-in findings (issue 11, corpus batch 90), each reproduced through a real
channel first (Telegram pushed, Kakao through the Event API or at the owner's next message), then
fixed for its kind in both languages.

1. Good news typed at an open check-in ("그래도 어제는 좀 덜 울었어요", "he only chewed once this
   week", "좀 나아진거 같아요 ㅎㅎ 어제는 한번만 짖었어요") became a new report and a model call, the
   outcome lost or doubled: the check-in's "better", the words its note, no report, no model call.
2. "didnt really get to try it tbh, work was crazy", "음 별로 안바뀐거같아요" were asked again: not
   tried, the same.
3. A check-in left unanswered past the question's time, then "honestly worse, he lunged at a
   kid's dog yesterday": only a report. The outcome is recorded against the plan and the report
   kept (a new incident).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store.models import CheckinRow
from tests.fakes.kakao_event_api import FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import (
    DAYS,
    FAST,
    checkins_of,
    kakao_pushing,
    push_checkin,
    t,
    wait_for_rows,
)
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.timetravel import travel

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
STEP = {"ko": STEP_KO, "en": STEP_EN}
GOOD_NEWS = [
    ("ko", "그래도 어제는 좀 덜 울었어요"),
    ("ko", "좀 나아진거 같아요 ㅎㅎ 어제는 한번만 짖었어요"),
    ("en", "he only chewed once this week"),
    ("en", "a bit better :) yesterday he only barked once"),
]
WORDS = [
    ("en", "didnt really get to try it tbh, work was crazy", "not_tried"),
    ("ko", "아직 못해봤어요ㅠ 바빠서", "not_tried"),
    ("ko", "음 별로 안바뀐거같아요", "same"),
    ("en", "nothing really changed tbh", "same"),
]
OPENED = [
    ("en", "honestly worse, he lunged at a kid's dog yesterday"),
    ("ko", "솔직히 더 심해졌어요, 어제 애기 강아지한테 달려들었어요"),
]


def _answered(rows: list[CheckinRow]) -> list[tuple[str | None, str | None]]:
    return [(r.outcome, r.note) for r in rows if r.status == "answered"]


@asynccontextmanager
async def _telegram_plan(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> AsyncIterator[Harness]:
    """A Telegram owner's report analysed, its plan on screen."""
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        # its check-in stored too: a test's clock moved before it existed would never make it due
        await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), bool)
        yield tg


async def _tg_report_count(tg: Harness, chat: int) -> int:
    async with tg.rt.store.session() as s:
        user = await s.get_user(Channel.TELEGRAM, str(chat))
        assert user is not None
        rows = await s.all("SELECT id FROM reports WHERE user_id = ?", user.id)
        return len(rows)


async def _kakao_report_count(srv: Server, key: str) -> int:
    async with srv.app.state.runtime.store.session() as s:
        user = await s.get_user(Channel.KAKAO, key)
        assert user is not None
        rows = await s.all("SELECT id FROM reports WHERE user_id = ?", user.id)
        return len(rows)


@asynccontextmanager
async def _kakao_pushed(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[Server, KakaoUser]]:
    """A Kakao owner's plan, its check-in pushed through the Event API three days on."""
    fake_ollama.behaviour.analysis = analysis()
    with FakeKakaoEventApi() as api:
        settings = kakao_pushing(tmp_path, fake_ollama, api)
        async with serve(settings) as srv:
            store = srv.app.state.runtime.store
            owner = srv.user(lang=lang)
            await owner.send(REPORT[lang])
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
            await owner.send("/help")
            await travel(store, DAYS)
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: rows[0].status == "sent")
            assert api.received(owner.key)
            yield srv, owner


# -- 1. good news at an open check-in ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), GOOD_NEWS)
async def test_good_news_at_a_pushed_check_in_is_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7401
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-advice-keep-better") in tg.sent(chat))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)]
        assert await _tg_report_count(tg, chat) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), GOOD_NEWS)
async def test_good_news_at_a_pushed_check_in_is_better_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert owner.texts[0] == t(lang, "coaching-advice-keep-better")
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)]
        assert await _kakao_report_count(srv, owner.key) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. answers in words -------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "outcome"), WORDS)
async def test_words_answer_the_check_in_on_kakao_at_the_next_message(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send("hi" if lang == "en" else "안녕하세요")
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang])
        await owner.send(text)
        assert t(lang, "coaching-checkin-reask") not in owner.text
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)]
        assert t(lang, "coaching-checkin-note") in owner.text
        await owner.send("he is a good boy" if lang == "en" else "착한 아이예요")
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        note = "he is a good boy" if lang == "en" else "착한 아이예요"
        assert _answered(rows) == [(outcome, f"{text}\n{note}")]  # the note added to the words


@pytest.mark.parametrize(("lang", "text", "outcome"), WORDS)
async def test_words_answer_a_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 7402
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, text)]


# -- 3. a report opening with an outcome at a check-in left unanswered ---------------------------


@pytest.mark.parametrize(("lang", "text"), OPENED)
async def test_a_report_opening_with_an_outcome_answers_a_lapsed_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        hey = "hey" if lang == "en" else "안녕하세요"
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send(hey)
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang])
        await travel(store, dt.timedelta(days=4))  # left unanswered: the question lapses
        await owner.send(hey)
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        rows = await wait_for_rows(store, Channel.KAKAO, owner.key, lambda r: bool(_answered(r)))
        assert _answered(rows) == [("worse", text)]
        assert await _kakao_report_count(srv, owner.key) == 2  # the new incident kept
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # and analysed


@pytest.mark.parametrize(("lang", "text"), OPENED)
async def test_a_report_opening_with_an_outcome_answers_a_lapsed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7403
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await travel(tg.rt.store, dt.timedelta(days=4))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        rows = await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), lambda r: bool(_answered(r)))
        assert _answered(rows) == [("worse", text)]
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        assert await _tg_report_count(tg, chat) == 2


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_report_with_no_outcome_first_leaves_the_lapsed_check_in_open_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """Control: a report telling the behaviour as it goes on ("he keeps barking…", "계속 짖어요")
    answers no check-in; it is a report only, as before."""
    chat = 7404
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await travel(tg.rt.store, dt.timedelta(days=4))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == []
        assert await _tg_report_count(tg, chat) == 2
