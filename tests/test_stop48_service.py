# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48 (helper `service`), owner trial 33: messages that are neither a behaviour report nor a
question about the dog were sent to the coach model, each reproduced through Kakao and Telegram,
model calls counted and the stored rows read back.

1. Questions about the bot or the service ("what data do u have on me", "what cna u do", "what
   language r u speaking lol", "강아지 훈련 상담 받을수있나요??", "이거 언제까지 해야돼요?" mid-survey,
   "저희 강아지 두마리에요ㅎㅎ 둘다 물어봐도 되나요?"): a model call and a stored question row. Now
   the privacy answer, help, the languages reply, how many questions are left, another dog.
2. Thanks typed with a typo ("thnks mate 👍", "감사욤"): added to the report and analysed again
   after a result; "Please pick one of the options" mid-survey. Small talk in every state.
3. Concerns listed at another survey question ("separation anxiety obviously 🙈 and he jumps up at
   guests" at the sex, "무는거랑 밤에 낑낑거리는거" at the age): a report for the model. The concerns
   kept ahead for their question, as a behaviour told there without an incident already is.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. questions about the bot or the service ----------------------------------------------------

# (lang, typed, a line of the reply expected or "" for the help/another-dog replies)
ABOUT_THE_BOT = (
    ("en", "what data do u have on me", "coach-privacy"),
    ("en", "what cna u do", ""),
    ("en", "what language r u speaking lol", ""),
    ("ko", "강아지 훈련 상담 받을수있나요??", ""),
    ("ko", "저희 강아지 두마리에요ㅎㅎ 둘다 물어봐도 되나요?", ""),
    ("ko", "제 정보 뭐 저장하고 있어요?", "coach-privacy"),
)


@pytest.mark.parametrize(("lang", "typed", "reply"), ABOUT_THE_BOT)
async def test_questions_about_the_bot_are_no_model_call_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, reply: str
) -> None:
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == before, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    if reply:
        assert t(lang, reply) in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed", "reply"), ABOUT_THE_BOT)
async def test_questions_about_the_bot_mid_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, reply: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    if "language" in typed:  # the language command: its choice, the survey asked again after it
        assert t(lang, "language-ask") in user.text, user.texts
    else:
        assert asked(lang, "sex") in user.text, user.texts


async def test_how_long_the_survey_is_asked_mid_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, typed in (("ko", "이거 언제까지 해야돼요?"), ("en", "how long do i have to do this")):
        user = await kakao_at(kakao, lang, "sex")
        await user.send(typed)
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == 0, user.texts
        assert await _kakao_reports(kakao, user.key) == [], user.texts
        assert asked(lang, "sex") in user.text, user.texts


async def test_questions_about_the_bot_are_no_model_call_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed, reply) in enumerate(ABOUT_THE_BOT, 48801):
        await tg_owner(tg, chat, lang)
        before = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == before, tg.sent(chat)
        assert await _tg_reports(tg, chat) == [], tg.sent(chat)
        if reply:
            assert t(lang, reply) in tg.last_text(chat), tg.sent(chat)
    await tg_at(tg, 48820, "ko", "sex")
    await tg.say(48820, "이거 언제까지 해야돼요?")
    assert await _tg_reports(tg, 48820) == [], tg.sent(48820)
    assert asked("ko", "sex") in tg.last_text(48820), tg.sent(48820)


# -- 2. thanks with a typo ---------------------------------------------------------------------------

THANKS = (
    ("en", "thnks mate 👍"),
    ("en", "thx"),
    ("en", "tysm"),
    ("ko", "감사욤"),
    ("ko", "고마워용"),
    ("ko", "ㄱㅅ"),
)
REPORT = {
    "en": "he barked at the mailman for ten minutes this morning",
    "ko": "어제 산책하다가 다른 강아지를 보고 10분 동안 짖었어요",
}


@pytest.mark.parametrize(("lang", "typed"), THANKS)
async def test_thanks_with_a_typo_after_a_result_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(REPORT[lang])
    await asyncio.sleep(0.3)
    rows = [(r.text, r.is_question) for r in await _kakao_reports(kakao, user.key)]
    before = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == before, user.texts  # not added and analysed again
    assert [(r.text, r.is_question) for r in await _kakao_reports(kakao, user.key)] == rows


@pytest.mark.parametrize(("lang", "typed"), THANKS)
async def test_thanks_with_a_typo_mid_survey_is_small_talk_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    await user.send(typed)
    assert t(lang, "survey-err-owned_months") not in user.text, user.texts  # "I didn't catch how long"
    assert "owned_months" not in await kakao_answers(kakao, user.key)


async def test_thanks_with_a_typo_is_small_talk_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, typed) in enumerate(THANKS, 48830):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, REPORT[lang])
        await asyncio.sleep(0.3)
        rows = len(await _tg_reports(tg, chat))
        before = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == before, tg.sent(chat)
        assert len(await _tg_reports(tg, chat)) == rows, tg.sent(chat)


# -- 3. concerns listed at another survey question ----------------------------------------------------

LISTED = (
    ("en", "sex", "separation anxiety obviously 🙈 and he jumps up at guests", {"separation", "jumping"}),
    ("ko", "age_months", "무는거랑 밤에 낑낑거리는거", {"mouthing"}),
    ("ko", "breed", "짖음이랑 분리불안이요", {"barking", "separation"}),
)


@pytest.mark.parametrize(("lang", "key", "typed", "kept"), LISTED)
async def test_concerns_listed_are_kept_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, kept: set[str]
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 0, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    assert kept <= set((await kakao_answers(kakao, user.key)).get("concerns") or []), user.texts
    assert asked(lang, key) in user.text, user.texts


async def test_concerns_listed_are_kept_ahead_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, key, typed, kept) in enumerate(LISTED, 48840):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert await _tg_reports(tg, chat) == [], tg.sent(chat)
        assert kept <= set((await tg_answers(tg, chat)).get("concerns") or []), tg.sent(chat)
    assert _model_calls(fake_ollama) == 0
