# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, owner trials 30-31 ("review"): a profile answer corrected at the survey's closing review,
after an analysis, or at a later survey question (corpus batches 305-306), each reproduced through
a real channel first (Kakao's skill webhook, Telegram over HTTP), in Korean and English, what was
stored read back, nothing sent to the model.

1. At the review card ("이대로 맞나요?"), an OK with a correction after it ("네 맞아요 아 근데 나이는
   정확히 11개월이에요", "yes all good except hes actually 11 months", "looks right but she's
   spayed not intact") went whole to the model as a question, or was read as the OK alone. The
   correction is applied (its approximate range cleared) and the card shown again to confirm.
2. "and weve had him 6 years not less than a month" after an analysis (its follow-up open) was
   glued onto the report as detail: how long owned is corrected, the report untouched.
3. "i said female but hes male", "여자애라고 했는데 남자애에요" at a later survey question: the sex
   corrected, the open question asked again, nothing else stored.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    REVIEW,
    asked,
    kakao_answers,
    kakao_reports,
    t,
    tg_answers,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)
from tests.test_trial14_values import AGREED

# The answers given in the survey where they differ from the usual ones: an age about a year, a
# girl not spayed, had for half a year (an age of 11 months must not be shorter than that).
SETUP = {
    "ko": {"age_months": "1살쯤", "sex": "여아 중성화 안했어요", "owned_months": "6개월"},
    "en": {"age_months": "about 1", "sex": "female intact", "owned_months": "6 months"},
}


def _answers(lang: str, setup: dict[str, dict[str, str]] = SETUP) -> list[str]:
    return [setup[lang].get(key, text) for key, text in ANSWERS[lang]]


# An owner whose dog is 8 (had for 6 years fits it), the survey confirmed.
OLDER = {"ko": {"age_months": "8살"}, "en": {"age_months": "8"}}


async def _kakao_owner(kakao: Server, lang: str) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in _answers(lang, OLDER):
        await user.send(text)
    await user.send(AGREED[lang])
    assert REVIEW[lang] not in user.text, user.texts
    return user


async def _tg_owner(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in _answers(lang, OLDER):
        await tg.say(chat, text)
    await tg.say(chat, AGREED[lang])


async def _kakao_review(kakao: Server, lang: str) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in _answers(lang):
        await user.send(text)
    assert REVIEW[lang] in user.text, user.texts
    return user


async def _tg_review(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in _answers(lang):
        await tg.say(chat, text)
    assert REVIEW[lang] in tg.last_text(chat), tg.last_text(chat)


# (lang, typed at the review, the answer corrected, its new value)
AT_REVIEW = [
    ("ko", "네 맞아요 아 근데 나이는 정확히 11개월이에요", "age_months", 11),
    ("en", "yes all good except hes actually 11 months", "age_months", 11),
    ("en", "looks right but she's spayed not intact", "sex", "female_spayed"),
    ("ko", "맞아요 근데 중성화 했어요", "sex", "female_spayed"),
    ("ko", "다 맞는데 가족은 3명이에요", "household", 3),
    ("en", "all good but there are 3 of us", "household", 3),
    ("en", "looks good except she's alone 8 hours", "alone_hours", 8),
]


def _checked(answers: dict[str, Any], field: str, value: Any, said: object) -> None:
    assert answers.get(field) == value, (answers, said)
    assert field not in (answers.get("approximate") or {}), answers  # "정확히": no longer about


@pytest.mark.parametrize(("lang", "typed", "field", "value"), AT_REVIEW)
async def test_a_correction_after_an_ok_at_the_review_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, field: str, value: Any
) -> None:
    user = await _kakao_review(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.2)
    _checked(await kakao_answers(kakao, user.key), field, value, user.texts)
    assert REVIEW[lang] in user.text, user.texts  # the card again, to confirm as corrected
    assert t(lang, "survey-finished", name="콩이" if lang == "ko" else "Rex") not in user.text
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts


async def test_a_correction_after_an_ok_at_the_review_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, field, value) in enumerate(AT_REVIEW, 47501):
        await _tg_review(tg, chat, lang)
        await tg.say(chat, typed)
        _checked(await tg_answers(tg, chat), field, value, tg.sent(chat)[-3:])
        assert REVIEW[lang] in tg.last_text(chat), tg.sent(chat)
        assert await tg_reports(tg, chat) == [], tg.sent(chat)


# -- 2. how long owned, corrected after an analysis ----------------------------------------------

BARKING = {"ko": "손님 오면 현관에서 계속 짖어요", "en": "he barks at the door whenever guests come"}
OWNED = [
    ("en", "and weve had him 6 years not less than a month"),
    ("ko", "아 그리고 키운지 6년이에요 한달 아니고"),
]


@pytest.mark.parametrize(("lang", "typed"), OWNED)
async def test_how_long_owned_corrected_after_an_analysis_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _kakao_owner(kakao, lang)
    await user.send(BARKING[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    await user.send(typed)
    await asyncio.sleep(0.3)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("owned_months") == 72, (answers, user.texts)
    assert await kakao_reports(kakao, user.key) == [BARKING[lang]], user.texts
    assert _model_calls(fake_ollama) == 1, user.texts


@pytest.mark.parametrize(("chat", "lang", "typed"), [(47601, *OWNED[0]), (47602, *OWNED[1])])
async def test_how_long_owned_corrected_after_an_analysis_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await _tg_owner(tg, chat, lang)
    await tg.say(chat, BARKING[lang])
    await asyncio.sleep(0.5)
    await tg.say(chat, typed)
    await asyncio.sleep(0.5)
    answers = await tg_answers(tg, chat)
    assert answers.get("owned_months") == 72, (answers, tg.sent(chat))
    assert await tg_reports(tg, chat) == [BARKING[lang]], tg.sent(chat)


# -- 3. the sex corrected at a later question ----------------------------------------------------

SEX = [
    ("en", "household", "i said female but hes male"),
    ("en", "origin", "i said female but hes male"),
    ("ko", "household", "여자애라고 했는데 남자애에요"),
    ("ko", "origin", "여자애라고 했는데 남자애에요"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), SEX)
async def test_the_sex_corrected_at_a_later_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await user.send(text)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert str(answers.get("sex", "")).startswith("male"), (answers, user.texts)
    assert key not in answers, answers
    assert asked(lang, key) in user.texts[-1], user.texts
    assert _model_calls(fake_ollama) == 0 and await kakao_reports(kakao, user.key) == []


async def test_the_sex_corrected_at_a_later_question_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(SEX, 47701):
        await tg.say(chat, "/start", language_code=lang)
        for k, text in ANSWERS[lang]:
            if k == key:
                break
            await tg.say(chat, text)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert str(answers.get("sex", "")).startswith("male"), (answers, tg.sent(chat))
        assert key not in answers, answers
        assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)
