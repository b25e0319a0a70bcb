# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 14's words (corpus batch 121), each reproduced through a real channel first (Kakao
over the skill's HTTP, Telegram pushed), Korean and English, then fixed for its kind. The fake
Ollama counts /api/chat calls: the model is asked only for reports and coach questions.

1. Names that were sentences or voice typing: "his name is Cooper period" named "Cooper period",
   "the dog's name is Rufus full stop" "Rufus full stop" (dictated punctuation is no part of a
   name); "별이로 할게요" named "별이로 할게" (별이); "네 명 이요" (voice typing of "네 명이요",
   four people) after the survey's offer named the dog "명이" ("네" before a unit is a number).
2. "요번주 어땠어" was glued onto the last report and analysed again: the week, as "이번 주".
3. Commands in words missed: "erase my account" (the delete, asked first), "forget rex" (that
   dog removed, asked first), "리포트 보여줘" (the history: 리포트 is 기록, a report).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)

# -- 1. names that are sentences or voice typing ----------------------------------------------------

NAMES = {
    "ko": [("별이로 할게요", "별이"), ("콩이로 할게", "콩이"), ("이름은 두부로 했어요", "두부")],
    "en": [
        ("his name is Cooper period", "Cooper"),
        ("the dog's name is Rufus full stop", "Rufus"),
        ("Max period", "Max"),
    ],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_in_a_sentence_or_dictated_is_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, name in NAMES[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["name"] == name, (typed, user.text)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.text)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_in_a_sentence_or_dictated_is_the_name_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    for i, (typed, name) in enumerate(NAMES[lang]):
        chat = 140100 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat))["name"] == name, typed
    assert _model_calls(fake_ollama) == 0


FIRST_REPORT = "우리 강아지가 산책할 때 줄을 너무 당겨요"


async def test_voice_typed_four_people_after_the_offer_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = kakao.user(lang="ko")
    await user.send(FIRST_REPORT)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send("네 명 이요")
    assert "명이" not in user.text, user.text
    try:
        answers = await kakao_answers(kakao, user.key)
    except AssertionError:  # no dog yet
        answers = {}
    assert answers.get("name") != "명이", answers


async def test_voice_typed_four_people_at_the_name_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 140200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "네 명 이요")
    assert t("ko", "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "네 콩이요")  # a yes and a name still is the name
    assert (await tg_answers(tg, chat))["name"] == "콩이"


# -- 2. "요번주 어땠어": the week -------------------------------------------------------------------


async def _kakao_done(kakao: Server, lang: str) -> object:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for answer in answers_before(lang, "review"):
        await user.send(answer)
    await user.send("네" if lang == "ko" else "yes")
    return user


async def _tg_done(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for answer in answers_before(lang, "review"):
        await tg.say(chat, answer)
    await tg.say(chat, "네" if lang == "ko" else "yes")


WEEK = {"ko": "요번주 어땠어", "en": "how was this week"}
KO_REPORT = "콩이가 밤마다 현관에서 짖어요"


def _week_shown(lang: str, text: str) -> bool:
    return t(lang, "week-empty") in text or "📊" in text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_this_week_asked_after_a_report_is_the_week_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user: object = await _kakao_done(kakao, lang)
    report = KO_REPORT if lang == "ko" else "Rex barks at the door every night"
    await user.send(report)  # type: ignore[attr-defined]
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    calls = _model_calls(fake_ollama)
    await user.send(WEEK[lang])  # type: ignore[attr-defined]
    assert _week_shown(lang, user.text), user.text  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await kakao_reports(kakao, user.key) == [report]  # type: ignore[attr-defined]


async def test_this_week_asked_after_a_report_is_the_week_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 140300
        await _tg_done(tg, chat, "ko")
        await tg.say(chat, KO_REPORT)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.3)
        calls = _model_calls(fake_ollama)
        await tg.say(chat, WEEK["ko"])
        assert any(_week_shown("ko", text) for text in tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls
        assert await tg_reports(tg, chat) == [KO_REPORT]


# -- 3. commands in words ----------------------------------------------------------------------------

COMMANDS = {
    "ko": [("리포트 보여줘", "history")],
    "en": [("erase my account", "delete"), ("forget rex", "removedog")],
}


def _command_shown(lang: str, command: str, text: str) -> bool:
    if command == "delete":
        return t(lang, "delete-ask") in text
    if command == "removedog":
        return t(lang, "profile-remove-ask", name=NAME[lang]) in text
    empty = (t(lang, "history-empty"), t(lang, "history-empty-dog", name=NAME[lang]))
    return "📚" in text or any(said in text for said in empty)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_words_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    for typed, command in COMMANDS[lang]:
        user: object = await _kakao_done(kakao, lang)
        await user.send(typed)  # type: ignore[attr-defined]
        assert _command_shown(lang, command, user.text), (typed, user.text)  # type: ignore[attr-defined]
        assert await kakao_reports(kakao, user.key) == []  # type: ignore[attr-defined]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_words_on_telegram(tg: Harness, fake_ollama: FakeOllama, lang: str) -> None:
    for i, (typed, command) in enumerate(COMMANDS[lang]):
        chat = 140400 + 10 * i + (lang == "en")
        await _tg_done(tg, chat, lang)
        await tg.say(chat, typed)
        texts = " ".join(tg.sent(chat)[-2:])
        assert _command_shown(lang, command, texts), (typed, tg.sent(chat)[-2:])
        assert await tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0
