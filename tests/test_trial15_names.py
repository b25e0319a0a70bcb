# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 15's names, pauses and unreachable views (corpus batch 126), each reproduced
through a real channel first (Kakao over the skill's HTTP, Telegram pushed), Korean and English,
then fixed for its kind. The fake Ollama counts /api/chat calls.

1. Almost any short phrase at the name question became the dog's name: "uh let me think" → "Let
   Me Think", "so tired today", "first time", "happens like 2x a week", check-in answers ("way
   better now, thx!", "kinda mixed results"), "음 잠깐만요 생각좀" → "잠깐만요 생각좀"; "hey it's
   me again" → "Me Again", "저 또 왔어요" → "저또왔어" (a greeting); "show chart", "그래프
   보여줘" (the week's chart); "별이요! 별이" → "별이요 별이" (별이, said twice). Everyday words
   (`understanding-name-common-word`, `-ending`) are no name: the question again.
2. Pausing mid-survey in plain words: "i gotta go", "잠시만요 나중에", "아 지금 바빠서요" were
   re-asks; "actually can we stop", "can we stop", "이거 그만해도 돼요?" went to the coach model.
   They pause the survey (answers kept). "nvm" at a further dog's name cancels adding it.
3. The chart by its words ("그래프 보여줘", "show me the chart", "차트") and the profile asked
   with "울" (our) before the name ("울 콩이 정보 보여줘": 울 read as a dog's name).
4. "안녕하세요 저 또 왔어요" was "not understood": a greeting, as "hi again" is.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import NAME, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial13_names import kakao_answers_or_none
from tests.test_trial14_words import _kakao_done, _tg_done

# -- 1. phrases at the name question ---------------------------------------------------------------

PHRASES = {
    "ko": ["음 잠깐만요 생각좀", "저 또 왔어요", "그래프 보여줘", "아 지금 바빠서요"],
    "en": [
        "uh let me think",
        "so tired today",
        "first time",
        "happens like 2x a week",
        "way better now, thx!",
        "kinda mixed results",
        "hey it's me again",
        "show chart",
    ],
}
# what each would have been named (owner trial 15), never in a question after it
NAMED = {
    "음 잠깐만요 생각좀": "잠깐만요",
    "저 또 왔어요": "저또왔어",
    "그래프 보여줘": "그래프",
    "아 지금 바빠서요": "바빠서",
    "uh let me think": "Let Me Think",
    "so tired today": "So Tired Today",
    "first time": "First Time",
    "happens like 2x a week": "Happens Like",
    "way better now, thx!": "Way Better Now",
    "kinda mixed results": "Kinda Mixed Results",
    "hey it's me again": "Me Again",
    "show chart": "Show Chart",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_phrase_at_the_name_is_no_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in PHRASES[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert "name" not in await kakao_answers_or_none(kakao, user.key), (typed, user.text)
        assert NAMED[typed] not in user.text, (typed, user.text)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_phrase_at_the_name_is_no_name_on_telegram(tg: Harness, lang: str) -> None:
    for i, typed in enumerate(PHRASES[lang]):
        chat = 150100 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "name")
        await tg.say(chat, typed)
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            dogs = await s.list_dogs(user.id)
        assert all("name" not in d.answers for d in dogs), (typed, [d.answers for d in dogs])
        assert NAMED[typed] not in " ".join(tg.sent(chat)[-3:]), (typed, tg.sent(chat)[-3:])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_after_a_phrase_the_name_typed_next_is_the_name_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "name")
    await user.send(PHRASES[lang][0])
    assert t(lang, "survey-q-name") in user.text, user.text
    await user.send(NAME[lang])
    assert (await kakao_answers(kakao, user.key))["name"] == NAME[lang]


SAID_TWICE = {"ko": ("별이요! 별이", "별이"), "en": ("Max! Max", "Max")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_said_twice_is_the_name_once(kakao: Server, tg: Harness, lang: str) -> None:
    typed, name = SAID_TWICE[lang]
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["name"] == name, user.text
    chat = 150300 + (lang == "en")
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["name"] == name


# -- 2. pausing mid-survey in plain words ------------------------------------------------------------

PAUSES = {
    "ko": ["잠시만요 나중에", "아 지금 바빠서요", "이거 그만해도 돼요?"],
    "en": ["i gotta go", "actually can we stop", "can we stop?"],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_pause_words_mid_survey_pause_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in PAUSES[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        assert t(lang, "cancel-kept") in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))["name"] == NAME[lang]  # kept
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_pause_words_mid_survey_pause_it_on_telegram(tg: Harness, lang: str) -> None:
    for i, typed in enumerate(PAUSES[lang]):
        chat = 150400 + 10 * i + (lang == "en")
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        assert t(lang, "cancel-kept") in tg.last_text(chat), (typed, tg.last_text(chat))
        assert (await tg_answers(tg, chat))["name"] == NAME[lang]


NEW_DOG = {"ko": "강아지 추가", "en": "add a dog"}
NEVER_MIND = {"ko": "없던 걸로", "en": "nvm"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_never_mind_at_a_further_dogs_name_cancels_adding_it(
    kakao: Server, tg: Harness, lang: str
) -> None:
    user: Any = await _kakao_done(kakao, lang)
    await user.send(NEW_DOG[lang])
    assert t(lang, "survey-q-name") in user.text, user.text
    await user.send(NEVER_MIND[lang])
    assert t(lang, "cancel-newdog-empty", name=NAME[lang]) in user.text, user.text
    chat = 150500 + (lang == "en")
    await _tg_done(tg, chat, lang)
    await tg.say(chat, NEW_DOG[lang])
    await tg.say(chat, NEVER_MIND[lang])
    assert t(lang, "cancel-newdog-empty", name=NAME[lang]) in tg.last_text(chat), tg.last_text(chat)


# -- 3. the chart and a dog's profile asked with "울" ------------------------------------------------


def _week_shown(lang: str, text: str) -> bool:
    empty = (t(lang, "week-empty"), t(lang, "week-empty-dog", name=NAME[lang]))
    return any(e in text for e in empty) or "📊" in text


CHART = {"ko": ["그래프 보여줘", "차트"], "en": ["show me the chart", "chart"]}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_chart_by_its_words_is_the_week(
    kakao: Server, tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    user: Any = await _kakao_done(kakao, lang)
    chat = 150600 + (lang == "en")
    await _tg_done(tg, chat, lang)
    for typed in CHART[lang]:
        await user.send(typed)
        assert _week_shown(lang, user.text), (typed, user.text)
        await tg.say(chat, typed)
        assert _week_shown(lang, " ".join(tg.sent(chat)[-2:])), (typed, tg.sent(chat)[-2:])
    assert _model_calls(fake_ollama) == 0


OUR = {"ko": "울 {name} 정보 보여줘", "en": "show our {name}'s profile"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_profile_asked_with_our_names_the_dog(kakao: Server, tg: Harness, lang: str) -> None:
    typed = OUR[lang].format(name=NAME[lang])
    user: Any = await _kakao_done(kakao, lang)
    await user.send(typed)
    assert t(lang, "view-unknown-dog", name="울", dogs=NAME[lang]) not in user.text, user.text
    assert NAME[lang] in user.text, user.text
    assert t(lang, "survey-field-breed") in user.text, user.text  # the profile card
    chat = 150700 + (lang == "en")
    await _tg_done(tg, chat, lang)
    await tg.say(chat, typed)
    assert t(lang, "survey-field-breed") in tg.last_text(chat), tg.last_text(chat)


# -- 4. a greeting saying "I'm here again" --------------------------------------------------------

AGAIN = {"ko": "안녕하세요 저 또 왔어요", "en": "hey it's me again"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_here_again_is_a_greeting(
    kakao: Server, tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    user: Any = await _kakao_done(kakao, lang)
    await user.send(AGAIN[lang])
    assert t(lang, "talk-greeting") in user.text, user.text
    chat = 150800 + (lang == "en")
    await _tg_done(tg, chat, lang)
    await tg.say(chat, AGAIN[lang])
    assert t(lang, "talk-greeting") in tg.last_text(chat), tg.last_text(chat)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
