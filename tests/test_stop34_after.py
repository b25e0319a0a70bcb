# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34, the coaching loop after an analysis: faults the last owner trial left open (issue 11,
corpus batch 122). Each reproduced through a real channel first (Kakao over the skill's HTTP,
Telegram pushed), both languages, then fixed for its kind.

1. How trying the step went, told with when it was tried ("어제 해봤는데 아직도 짖어요", "tried it
   yesterday, she was calmer!"), after a result or at a check-in: the time word made it a new
   incident (a report analysed, or, at a check-in, the answer and a report), or it was news kept
   nowhere. It is the outcome of the step (same / better / worse), kept against the plan as the
   check-in keeps it; no report, no model call.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, wait_for_rows
from tests.test_dog_words import _model_calls, _tg_reports
from tests.test_feedback_and_progress import _checkin_notes
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial9_followup import _reports
from tests.test_trial10_after import ONE_DOG, _one_dog_at_frequency
from tests.test_trial10_checkins import REPORT as PLAN_REPORT
from tests.test_trial10_checkins import STEP, _answered, _kakao_report_count, _telegram_plan, _tg_report_count
from tests.timetravel import travel

# -- 1. how trying the step went, told with when it was tried ---------------------------------------

TRIED = [
    ("ko", "어제 해봤는데 아직도 짖어요", "same"),
    ("en", "tried it yesterday, she was calmer!", "better"),
    ("ko", "오늘 아침에 연습했는데 좀 덜 짖었어요", "better"),
    ("en", "we did the exercise last night and he still barked", "same"),
    ("ko", "어제 해봤는데 더 심해졌어요", "worse"),
    ("en", "tried it this morning, it got worse", "worse"),
]


@pytest.mark.parametrize(("lang", "typed", "outcome"), TRIED)
async def test_how_trying_went_after_a_result_is_its_outcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, outcome: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts
    assert await _reports(kakao, user) == [REPORT[lang]]
    assert await _checkin_notes(kakao, user.key) == [(outcome, typed)]


@pytest.mark.parametrize(("lang", "typed", "outcome"), TRIED)
async def test_how_trying_went_after_a_result_is_its_outcome_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    async with harness(fake_telegram, settings) as tg:
        chat = 34101
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, said, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, tg.sent(chat)
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [(r.outcome, r.note) for r in rows if r.outcome is not None] == [(outcome, typed)]


AT_CHECKIN = [
    ("ko", "어제 해봤는데 아직도 짖어요", "same"),
    ("en", "tried it yesterday, she was calmer!", "better"),
    ("ko", "어제 연습했는데 좀 덜 짖었어요", "better"),
    ("en", "did the exercise yesterday, still whining", "same"),
]


@pytest.mark.parametrize(("lang", "typed", "outcome"), AT_CHECKIN)
async def test_how_trying_went_at_a_due_check_in_is_no_new_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str, outcome: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(PLAN_REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        calls = _model_calls(fake_ollama)
        await owner.send(typed)
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, typed)]
        assert await _kakao_report_count(srv, owner.key) == 1
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "typed", "outcome"), AT_CHECKIN)
async def test_how_trying_went_at_a_pushed_check_in_is_no_new_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    outcome: str,
) -> None:
    chat = 34102
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, typed)]
        await asyncio.sleep(0.3)
        assert await _tg_report_count(tg, chat) == 1
        assert _model_calls(fake_ollama) == calls
