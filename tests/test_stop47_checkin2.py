# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 47, a check-in's answers and a survey's answers with more in them (corpus batches
321-322), each reproduced through a real channel first (Kakao with its check-in pushed through the
Event API, Telegram over the fake Bot API), in Korean and English, the stored rows read back.

1. A new incident typed at a check-in's "anything to add?" ("오늘 산책하다 다른 개한테
   달려들었어요", "he went for a dog on our walk this morning") was kept as the note only: now the
   note and a report of its own, analysed, as at "how did it go?" (since stop 50 the report
   only: a new incident is no note on the step).
2. "괜찮아졌어요 근데 오늘 산책하다 다른 개한테 달려들었어요" at "how did it go?" was stored as
   "better" and a report holding the whole message: the report now holds only what follows the
   "but" (as stop 46 split an answer from a new incident at a result's follow-up).
3. "한달째 매일 그래요ㅠ 3살이에요" at the age, a report waiting, was all detail of the report: the
   age lost and asked again. Now the answer is stored and the detail added to that report, at
   every question (age, breed, hours, sex), as the name question did since batch 314.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_reports,
    tg_answers,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import REPORT, STEP, _answered, _kakao_pushed, _telegram_plan

# -- 1. a new incident at "anything to add?" -----------------------------------------------------

BETTER = {"ko": "좋아졌어요", "en": "better"}
NOTED = [
    ("ko", "오늘 산책하다 다른 개한테 달려들었어요"),
    ("en", "he went for a dog on our walk this morning"),
]
KEPT_NOTE = [("ko", "간식 주니까 훨씬 덜 짖어요"), ("en", "yesterday he only barked once")]


@pytest.mark.parametrize(("lang", "text"), NOTED)
async def test_an_incident_at_the_note_is_a_report_too_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(BETTER[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        # stop 50 (tests/test_stop50_followup50.py): a new incident here is its own report, no
        # longer the note as well ("📝 Noted" for a new incident)
        assert _answered(rows) == [("better", None)], owner.texts
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], text]
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # analysed


@pytest.mark.parametrize(("lang", "text"), NOTED)
async def test_an_incident_at_the_note_is_a_report_too_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4751
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, BETTER[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        # stop 50: its own report, no longer the note as well (tests/test_stop50_followup50.py)
        assert _answered(rows) == [("better", None)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], text]


@pytest.mark.parametrize(("lang", "text"), KEPT_NOTE)
async def test_how_the_step_went_at_the_note_stays_the_note_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """Control: progress told at the note ("yesterday he only barked once") is no new incident."""
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(BETTER[lang])
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. "better, but …": the report holds only the incident ------------------------------------

SPLIT = [
    (
        "ko",
        "괜찮아졌어요 근데 오늘 산책하다 다른 개한테 달려들었어요",
        "오늘 산책하다 다른 개한테 달려들었어요",
    ),
    ("ko", "좀 나아졌는데 어제 다른 개한테 달려들었어요", "어제 다른 개한테 달려들었어요"),
    ("en", "better thanks! but this morning he lunged at a jogger", "this morning he lunged at a jogger"),
    (
        "en",
        "better now but today on our walk he lunged at another dog",
        "today on our walk he lunged at another dog",
    ),
]


@pytest.mark.parametrize(("lang", "text", "incident"), SPLIT)
async def test_the_report_beside_better_holds_only_the_incident_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, incident: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)], owner.texts
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], incident]


@pytest.mark.parametrize(("lang", "text", "incident"), SPLIT[::2])
async def test_the_report_beside_better_holds_only_the_incident_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    incident: str,
) -> None:
    chat = 4752
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], incident]


# -- 3. detail, then the answer, at any survey question with a report waiting ----------------------

FIRST = {"ko": "손님이 오면 현관에서 계속 짖어요", "en": "He keeps barking at the door whenever guests come"}
TOLD = [
    ("ko", "age_months", "한달째 매일 그래요ㅠ 3살이에요", "한달째 매일 그래요ㅠ", 36),
    ("en", "age_months", "every day for a month now :( hes 2", "every day for a month now :(", 24),
    ("ko", "breed", "한달째 매일 그래요ㅠ 말티즈예요", "한달째 매일 그래요ㅠ", "말티즈"),
    ("en", "breed", "every day for a month now :( hes a beagle", "every day for a month now :(", "beagle"),
    ("ko", "alone_hours", "한달째 매일 그래요ㅠ 4시간이요", "한달째 매일 그래요ㅠ", 4),
    ("en", "alone_hours", "every day for a month now :( about 4 hours", "every day for a month now :(", 4),
]
NEXT = {"age_months": "sex", "breed": "size", "alone_hours": "exercise_minutes"}


def _same(stored: Any, value: Any) -> bool:
    return stored == value or (isinstance(value, str) and value.casefold() in str(stored).casefold())


@pytest.mark.parametrize(("lang", "key", "typed", "detail", "value"), TOLD)
async def test_detail_then_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, detail: str, value: Any
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])  # reported first, then started the survey
    await user.send("/start")
    for text in answers_before(lang, key):
        await user.send(text)
    assert asked(lang, key) in user.text, user.texts
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert _same(answers.get(key), value), (answers, user.texts)
    assert await kakao_reports(kakao, user.key) == [f"{FIRST[lang]}\n{detail}"], user.texts
    assert asked(lang, NEXT[key]) in user.text, user.texts


@pytest.mark.parametrize(("lang", "key", "typed", "detail", "value"), TOLD[:2])
async def test_detail_then_the_answer_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, detail: str, value: Any
) -> None:
    chat = 4753
    await tg.say(chat, FIRST[lang], language_code=lang)
    await tg.say(chat, "/start", language_code=lang)
    for text in answers_before(lang, key):
        await tg.say(chat, text, language_code=lang)
    await tg.say(chat, typed, language_code=lang)
    answers = await tg_answers(tg, chat)
    assert _same(answers.get(key), value), (answers, tg.sent(chat)[-3:])
    assert await tg_reports(tg, chat) == [f"{FIRST[lang]}\n{detail}"], tg.sent(chat)[-3:]
    assert asked(lang, NEXT[key]) in tg.last_text(chat), tg.sent(chat)[-3:]
