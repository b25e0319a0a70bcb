# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, helper "aside": owner trial 32, what an owner says mid-survey right after reporting a
behaviour, or a short aside; each reproduced through a real channel first, what was kept read back
from the store, the model calls counted.

1. "happens when we try to take stuff off her" at the exercise right after a bite report: the
   minutes asked again, the antecedent stored nowhere. Detail of that report now.
2. "한 5미터?" just after an analysis (its "how far?" answered): a question for the coach model.
   Detail of the report just analysed now; never the model.
3. "몇달됐어요" at how long owned with a report recent: glued onto the report and analysed again.
   A vague amount at a number question is its answer (asked again for a number), never detail.
4. "actually can i change the name to Biscuit Jr lol", "아 이름 콩이주니어로 바꿔도 돼요?" at the
   sex: a question for the model, the name unchanged. The dog renamed, the sex asked again.
5. "한 15키로쯤?", "about 15kg?" at the age: the model called, stored as a report. The size told
   ahead (15 kg: medium), the age asked again; never the model.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

REPORT = {"ko": "콩이가 오늘 제 손을 물었어요", "en": "rex bit my hand today"}


def _questions(fake: FakeOllama) -> int:
    """Requests for the question prompt (the coach model answering a question)."""
    return len([r for r in fake.requests if r.path == "/api/chat" and is_question(r.body)])


def _answer(lang: str, key: str) -> str:
    return dict(ANSWERS[lang])[key]


async def _shown_at(kakao: Server, fake: FakeOllama, lang: str, key: str) -> KakaoUser:
    """A Kakao owner at question `key` whose bite report, typed at the question before it, was
    analysed and its result shown beside `key` (`survey:<key>+recent`)."""
    keys = [k for k, _ in ANSWERS[lang]]
    before = keys[keys.index(key) - 1]
    user: KakaoUser = await kakao_at(kakao, lang, before)
    await user.send(REPORT[lang])
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    await user.send(_answer(lang, before))
    assert asked(lang, key) in " ".join(user.texts), user.texts
    return user


async def _dog_name(kakao: Server, key: str) -> str:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        dogs = await s.list_dogs(user.id)
        return max(dogs, key=lambda d: d.id).name


async def _tg_dog_name(tg: Harness, chat: int) -> str:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dogs = await s.list_dogs(user.id)
    return max(dogs, key=lambda d: d.id).name


# -- 1. when it happens, right after the report --------------------------------------------------

ANTECEDENT = (
    ("en", "happens when we try to take stuff off her"),
    ("ko", "장난감 뺏으려고 할때 그래요"),
)


@pytest.mark.parametrize(("lang", "typed"), ANTECEDENT)
async def test_when_it_happens_right_after_a_report_is_its_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, lang, "exercise_minutes")
    await user.send(typed)
    await asyncio.sleep(0.3)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and typed in reports[0], (reports, user.texts)
    assert "exercise_minutes" not in await kakao_answers(kakao, user.key)
    assert _questions(fake_ollama) == 0, user.texts


async def test_when_it_happens_right_after_a_report_is_its_detail_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(ANTECEDENT, 47301):
        await tg_at(tg, chat, lang, "alone_hours")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, _answer(lang, "alone_hours"))
        await tg.say(chat, typed)
        reports = await tg_reports(tg, chat)
        assert len(reports) == 1 and typed in reports[0], (reports, tg.sent(chat))
        assert "exercise_minutes" not in await tg_answers(tg, chat)


# -- 2. a distance with "?" right after an analysis ------------------------------------------------

DISTANCE = (("ko", "한 5미터?"), ("en", "about 5 metres?"))


@pytest.mark.parametrize(("lang", "typed"), DISTANCE)
async def test_a_distance_right_after_an_analysis_is_its_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, lang, "size")
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _questions(fake_ollama) == 0, user.texts
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and typed in reports[0], (reports, user.texts)
    assert "size" not in await kakao_answers(kakao, user.key)


async def test_a_distance_with_a_report_waiting_is_no_question_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(DISTANCE, 47311):
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, _answer(lang, "breed"))
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [REPORT[lang]] or typed in (await tg_reports(tg, chat))[0], (
            tg.sent(chat)
        )
        assert "size" not in await tg_answers(tg, chat)


# -- 3. a vague amount at a number question, a report recent ---------------------------------------

VAGUE = (("ko", "몇달됐어요"), ("ko", "몇년됐어요"), ("en", "a few months"))


@pytest.mark.parametrize(("lang", "typed"), VAGUE)
async def test_a_vague_amount_at_how_long_owned_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _shown_at(kakao, fake_ollama, lang, "owned_months")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts  # not analysed again
    assert await kakao_reports(kakao, user.key) == [REPORT[lang]], user.texts
    answers = await kakao_answers(kakao, user.key)
    # its answer, or the question asked again for a number
    assert "owned_months" in answers or asked(lang, "owned_months") in user.text, (answers, user.texts)


async def test_a_vague_amount_at_how_long_owned_is_no_detail_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(VAGUE, 47321):
        await tg_at(tg, chat, lang, "origin")
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, _answer(lang, "origin"))
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [REPORT[lang]], tg.sent(chat)
        answers = await tg_answers(tg, chat)
        assert "owned_months" in answers or asked(lang, "owned_months") in tg.last_text(chat), tg.sent(chat)


# -- 4. the name changed, asked as a question -----------------------------------------------------

RENAMED = (
    ("en", "actually can i change the name to Biscuit Jr lol", "Biscuit Jr"),
    ("ko", "아 이름 콩이주니어로 바꿔도 돼요?", "콩이주니어"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), RENAMED)
async def test_a_name_change_asked_at_the_sex_renames_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await _dog_name(kakao, user.key) == name, user.texts
    assert "sex" not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [], user.texts


async def test_a_name_change_asked_at_the_sex_renames_the_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, name) in enumerate(RENAMED, 47331):
        await tg_at(tg, chat, lang, "sex")
        await tg.say(chat, typed)
        assert await _tg_dog_name(tg, chat) == name, tg.sent(chat)
        assert await tg_reports(tg, chat) == [], tg.sent(chat)


# -- 5. a weight at the age -----------------------------------------------------------------------

WEIGHT = (("ko", "한 15키로쯤?"), ("en", "about 15kg?"))


@pytest.mark.parametrize(("lang", "typed"), WEIGHT)
async def test_a_weight_at_the_age_is_the_size_told_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts
    answers: dict[str, Any] = await kakao_answers(kakao, user.key)
    assert answers.get("size") == "medium", (answers, user.texts)
    assert "age_months" not in answers
    assert asked(lang, "age_months") in user.text, user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts


async def test_a_weight_at_the_age_is_the_size_told_ahead_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(WEIGHT, 47341):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("size") == "medium", (answers, tg.sent(chat))
        assert "age_months" not in answers
        assert asked(lang, "age_months") in tg.last_text(chat), tg.sent(chat)
        assert await tg_reports(tg, chat) == [], tg.sent(chat)
