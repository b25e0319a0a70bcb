# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, helper "asides3": owner trial 33, what an owner says mid-survey right after a report's
result was shown (`survey:<key>+recent`), and corrections of earlier answers; each reproduced
through a real channel first, what was kept read back from the store, the model calls counted.

1. Right after a report, a survey question open: "he does it with anything he steals tbh socks
   tissues whatever" became a new report; "shes ok its just a small cut" (the person bitten) got
   "I didn't catch how long" and was kept nowhere; "밥그릇 따로 주는데도 그래요" was lost. Detail
   of that report now (the behaviour pointed back at with what it is done with or in spite of;
   the person bitten only scratched). "since he was 8 weeks" at the sex was added to the report
   and analysed again: since a puppy, how long owned, never detail.
4. "거의없어 엄마가 집에있음" at the age overwrote the origin with "friend or family": family
   said to be at home is who is home (the time alone), never where the dog came from.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop47_aside import REPORT, _answer, _questions, _shown_at
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. detail of the report just analysed, a survey question open --------------------------------

ABOUT_IT = (
    ("en", "he does it with anything he steals tbh socks tissues whatever"),
    ("en", "shes ok its just a small cut"),
    ("ko", "밥그릇 따로 주는데도 그래요"),
    ("ko", "괜찮아요 살짝 긁힌 정도에요"),
)


@pytest.mark.parametrize(("lang", "typed"), ABOUT_IT)
async def test_detail_right_after_a_report_is_kept_with_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, lang, "exercise_minutes")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and typed in reports[0], (reports, user.texts)
    assert "exercise_minutes" not in await kakao_answers(kakao, user.key)
    assert _questions(fake_ollama) == 0, user.texts
    assert _model_calls(fake_ollama) <= calls + 1, user.texts  # one report, analysed once at most again


async def test_detail_right_after_a_report_is_kept_with_it_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(ABOUT_IT, 48301):
        await tg_at(tg, chat, lang, "alone_hours")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, _answer(lang, "alone_hours"))
        await tg.say(chat, typed)
        reports = await tg_reports(tg, chat)
        assert len(reports) == 1 and typed in reports[0], (reports, tg.sent(chat))
        assert "exercise_minutes" not in await tg_answers(tg, chat)


SINCE_PUPPY = (("en", "since he was 8 weeks"), ("ko", "8주때부터 키웠어요"))


@pytest.mark.parametrize(("lang", "typed"), SINCE_PUPPY)
async def test_since_a_puppy_right_after_a_report_is_how_long_owned_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, lang, "sex")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts  # not analysed again
    assert await kakao_reports(kakao, user.key) == [REPORT[lang]], user.texts
    answers = await kakao_answers(kakao, user.key)
    assert "sex" not in answers and "owned_months" in answers, (answers, user.texts)
    assert asked(lang, "sex") in user.text, user.texts


async def test_since_a_puppy_right_after_a_report_is_how_long_owned_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(SINCE_PUPPY, 48311):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, _answer(lang, "age_months"))
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [REPORT[lang]], tg.sent(chat)
        answers = await tg_answers(tg, chat)
        assert "sex" not in answers and "owned_months" in answers, (answers, tg.sent(chat))


# -- 4. family at home is no origin ---------------------------------------------------------------

AT_HOME = (("ko", "거의없어 엄마가 집에있음"), ("en", "hardly any, my mum is at home"))


@pytest.mark.parametrize(("lang", "typed"), AT_HOME)
async def test_family_at_home_at_the_age_is_no_origin_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    await asyncio.sleep(0.3)
    answers = await kakao_answers(kakao, user.key)
    assert "origin" not in answers and "age_months" not in answers, (answers, user.texts)
    assert asked(lang, "age_months") in user.text, user.texts


async def test_family_at_home_at_the_age_is_no_origin_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(AT_HOME, 48341):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "origin" not in answers and "age_months" not in answers, (answers, tg.sent(chat))
