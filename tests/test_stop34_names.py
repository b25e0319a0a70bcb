# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34's faults of names and bare numbers (corpus batch 124), each reproduced through a real
channel first (Kakao over the skill's HTTP, Telegram pushed), Korean and English, then fixed for
its kind.

1. A known dog's name typed in the other script ("Kongi" for 콩이, "맥스" for Max, "Choco" for 초코)
   was "no dog called Kongi" at a view, offered as a new dog at a switch and after a report: the
   name is matched by its sound across Hangul and Latin (`romanized.sound_alike`, a Revised
   Romanization table in `romanization.json`).
2. After a rename (Rex → Rexy) the old name got "no dog called rex" with the dogs listed, and a
   report naming it offered "rex" as a new dog: the names before a rename are kept
   (`Dog.former_names`) and still name the dog.
3. "1" at the health question ticked "Barking" (option 1 of the concerns, a list not shown): a
   number picks only from the options of the question open.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)


def _answers_named(lang: str, name: str) -> list[str]:
    return [name, *answers_before(lang, "review")[1:], "네" if lang == "ko" else "yes"]


async def _kakao_dog(kakao: Server, lang: str, name: str) -> Any:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for answer in _answers_named(lang, name):
        await user.send(answer)
    assert (await kakao_answers(kakao, user.key))["name"] == name, user.text
    return user


async def _tg_dog(tg: Harness, chat: int, lang: str, name: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for answer in _answers_named(lang, name):
        await tg.say(chat, answer)
    assert (await tg_answers(tg, chat))["name"] == name


# -- 1. a known dog's name typed in the other script -------------------------------------------------

# (the dog's name, as typed in the other script, a view asking for its history, a switch, a report)
OTHER_SCRIPT = {
    "ko": [
        ("콩이", "Kongi", "Kongi 기록 보여줘", "Kongi로 바꿔줘", "Kongi가 어제 밤에 현관에서 계속 짖었어요"),
        ("Max", "맥스", "맥스 기록 보여줘", "맥스로 바꿔줘", "맥스가 어제 밤에 현관에서 계속 짖었어요"),
    ],
    "en": [
        ("초코", "Choco", "show Choco's history", "switch to Choco", "Choco barked at the door all night"),
        ("Rex", "렉스", "렉스 history", "switch to 렉스", "렉스 barked at the door all night"),
    ],
}


def _not_offered(lang: str, typed: str, name: str, text: str) -> None:
    for msg_id in ("profile-switch-unregistered", "report-filed-unregistered"):
        assert t(lang, msg_id, typed=typed, name=name) not in text, (msg_id, text)
    assert t(lang, "view-unknown-dog", name=typed, dogs=name) not in text, text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_in_the_other_script_is_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for name, typed, view, switch, report in OTHER_SCRIPT[lang]:
        user = await _kakao_dog(kakao, lang, name)
        await user.send(view)
        assert t(lang, "history-empty-dog", name=name) in user.text, (view, user.text)
        await user.send(switch)
        _not_offered(lang, typed, name, user.text)
        assert t(lang, "profile-switch-already", name=name) in user.text, (switch, user.text)
        calls = _model_calls(fake_ollama)
        await user.send(report)
        _not_offered(lang, typed, name, user.text)
        await eventually(lambda calls=calls: _model_calls(fake_ollama) > calls)  # analysed, as the dog's


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_in_the_other_script_is_the_dog_on_telegram(tg: Harness, lang: str) -> None:
    for i, (name, typed, view, switch, report) in enumerate(OTHER_SCRIPT[lang]):
        chat = 340100 + 10 * i + (lang == "en")
        await _tg_dog(tg, chat, lang, name)
        await tg.say(chat, view)
        assert t(lang, "history-empty-dog", name=name) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
        await tg.say(chat, switch)
        _not_offered(lang, typed, name, " ".join(tg.sent(chat)[-2:]))
        await tg.say(chat, report)
        _not_offered(lang, typed, name, " ".join(tg.sent(chat)[-2:]))


# -- 2. the name before a rename ---------------------------------------------------------------------

RENAMED = {
    "ko": ("이름 쪼꼬로 바꿔줘", "쪼꼬", "콩이 기록 보여줘", "콩이가 어제 밤에 현관에서 계속 짖었어요"),
    "en": ("rename to Rexy", "Rexy", "show rex's history", "rex barked at the door all night"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_before_a_rename_is_still_the_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    rename, new, view, report = RENAMED[lang]
    user = await _kakao_dog(kakao, lang, NAME[lang])
    await user.send(rename)
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == new and answers["former_names"] == [NAME[lang]], answers
    await user.send(view)
    assert t(lang, "history-empty-dog", name=new) in user.text, user.text
    await user.send(report)
    old = report.split()[0].removesuffix("가")
    _not_offered(lang, old, new, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_name_before_a_rename_is_still_the_dog_on_telegram(tg: Harness, lang: str) -> None:
    rename, new, view, _ = RENAMED[lang]
    chat = 340200 + (lang == "en")
    await _tg_dog(tg, chat, lang, NAME[lang])
    await tg.say(chat, rename)
    assert (await tg_answers(tg, chat))["name"] == new
    await tg.say(chat, view)
    assert t(lang, "history-empty-dog", name=new) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]


# -- 3. a bare number picks from the question open ---------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_at_the_health_ticks_no_concern_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send("1")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("concerns") == ["none"], (answers, user.text)
    assert t(lang, "survey-concerns-added", concerns=t(lang, "category-barking")) not in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_at_the_health_ticks_no_concern_on_telegram(tg: Harness, lang: str) -> None:
    chat = 340300 + (lang == "en")
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, "1")
    answers = await tg_answers(tg, chat)
    assert answers.get("concerns") == ["none"], answers
    assert asked(lang, "health") in tg.last_text(chat) or "health" in answers, tg.last_text(chat)
