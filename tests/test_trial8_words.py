# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English owner trial 8 on the merged tree (issue 11, corpus batch 82), each fault reproduced
through a real channel first, then fixed for its kind in both languages.

1. "help my dog bit my neighbour and drew blood what do i do" (no punctuation) was kept as a
   question: no incident, no analysis, no plan; the words that ask came after the incident.
2. "u there?" was sent to the model as a coach question: a greeting.
3. "neutered" and "spayed" at the name question became the dog's name ("How old is Neutered?").
4. "8 months", "boy intact", "friend gave him to us" with nothing open got "not sure what you
   mean": the profile's, and the survey offered.
5. Korean owner trial 8: "아 글쿠나 ㄱㅅ" and "강쥐소개" at the name question became names;
   "팥이가 콩이 밥을 뺏어먹어요" was "not sure what you mean"; "강아지 뭐뭐 등록돼있어요?" went to the
   model as a coach question. (The check-in's "음 그냥 그래요" is in test_checkin_answers_in_words.)
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_at, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

TOLD_THEN_ASKED = {
    "en": "help my dog bit my neighbour and drew blood what do i do",
    "ko": "우리애가 옆집 아저씨를 물어서 피났어요 어떡해요",
}
THERE = {"en": ("u there?", "you still there"), "ko": ("거기 계세요?", "거기 있어요??")}
PROFILE = {
    "en": ("8 months", "boy intact", "friend gave him to us"),
    "ko": ("8개월이요", "보호소에서 데려왔어요"),
}


async def _idle_on_kakao(kakao: Server, lang: str) -> KakaoUser:
    """A Kakao owner who started and stopped the survey: nothing open, no dog."""
    user = kakao.user(lang=lang)
    await user.send("시작" if lang == "ko" else "start")
    await user.send("취소" if lang == "ko" else "cancel")
    return user


async def _answered_idle_without_a_report(
    kakao: Server, fake: FakeOllama, lang: str, typed_in_turn: tuple[str, ...], reply: str
) -> None:
    """Each of `typed_in_turn`, sent by an idle Kakao owner, answered with `reply`; no model
    call and no report for any of them."""
    user = await _idle_on_kakao(kakao, lang)
    for typed in typed_in_turn:
        await user.send(typed)
        assert t(lang, reply) in user.text, (typed, user.text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_incident_told_before_the_words_that_ask_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _idle_on_kakao(kakao, lang)
    await user.send(TOLD_THEN_ASKED[lang])
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [TOLD_THEN_ASKED[lang]]
    for _ in range(100):  # analysed, safety first
        if _model_calls(fake_ollama) >= 1:
            break
        await asyncio.sleep(0.05)
    assert _model_calls(fake_ollama) == 1


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_incident_told_before_the_words_that_ask_is_a_report_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 82101 if lang == "en" else 82102
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, "/cancel")
    await tg.say(chat, TOLD_THEN_ASKED[lang])
    await eventually(lambda: len(tg.sent(chat)) > 2)
    assert [r.text for r in await _tg_reports(tg, chat)] == [TOLD_THEN_ASKED[lang]]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_are_you_there_is_a_greeting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await _answered_idle_without_a_report(kakao, fake_ollama, lang, THERE[lang], "talk-greeting")


@pytest.mark.parametrize("lang", ["en"])
async def test_sex_words_at_the_name_question_are_no_name_on_telegram(tg: Harness, lang: str) -> None:
    chat = 82201
    await tg_at(tg, chat, lang, "name")
    for typed in ("neutered", "spayed"):
        await tg.say(chat, typed)
        assert tg.last_text(chat).endswith(asked(lang, "name")), (typed, tg.sent(chat)[-2:])
    await tg.say(chat, "his name is duke btw")
    assert tg.last_text(chat).endswith(t(lang, "survey-q-age_months", name="Duke")), tg.sent(chat)[-2:]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_profile_words_with_nothing_open_offer_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await _answered_idle_without_a_report(kakao, fake_ollama, lang, PROFILE[lang], "talk-profile-start")


async def test_the_name_question_after_a_sex_word_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "name")
    await user.send("neutered")
    assert user.text.rstrip().endswith(asked("en", "name")), user.text


# -- the Korean owner trial's siblings ----------------------------------------------------------


async def test_an_acknowledgement_at_the_name_question_is_no_name_on_kakao(kakao: Server) -> None:
    """ "아 글쿠나 ㄱㅅ" at the name question became "아글쿠나는 몇 살이에요?"; "강쥐소개" (the offer's
    words in slang) became a name too."""
    user = await kakao_at(kakao, "ko", "name")
    for typed in ("아 글쿠나 ㄱㅅ", "강쥐소개"):
        await user.send(typed)
        assert user.text.rstrip().endswith(asked("ko", "name")), (typed, user.text)
    await user.send("럭키")
    assert t("ko", "survey-q-age_months", name="럭키") in user.text, user.text


async def test_taking_food_from_the_other_dog_is_a_report_on_telegram(tg: Harness) -> None:
    chat = 82301
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "팥이가 콩이 밥을 뺏어먹어요")
    assert [r.text for r in await _tg_reports(tg, chat)] == ["팥이가 콩이 밥을 뺏어먹어요"]


async def test_the_dogs_asked_about_show_the_profile_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """ "강아지 뭐뭐 등록돼있어요?" got the coach's answer about leashes (a model call)."""
    user = await _idle_on_kakao(kakao, "ko")
    await user.send("강아지 뭐뭐 등록돼있어요?")
    assert t("ko", "profile-none-offer") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
