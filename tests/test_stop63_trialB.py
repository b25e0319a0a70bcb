# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63 owner trial (trialB63), each fault reproduced through a real channel first (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API), Korean and English, then kept.

- fillers told formally ("서너 시간 정도 혼자 있습니다"): the 하십시오체 of a filler taken in 해요체
  was left over ("3시간까지는 알아들었는데 '있습니다'…");
- "what do you need the age for?" went to the coach model while "why do you need her age?" got
  the survey's own explanation;
- a report told at a survey question on Kakao: "back to the question" came above the line saying
  what happened to the message.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 7. fillers told formally ------------------------------------------------------------------

FORMAL = (
    ("alone_hours", "서너 시간 정도 혼자 있습니다", 3.5),
    ("alone_hours", "출근하면 9시간 정도 혼자 놉니다", 9.0),
    ("exercise_minutes", "하루 한 시간 정도 나갑니다", 60.0),
)


def _value(stored: object) -> float:
    value = stored.get("value") if isinstance(stored, dict) else stored
    assert isinstance(value, int | float), stored
    return float(value)


async def test_formal_fillers_around_an_amount_on_kakao(kakao: Server) -> None:
    """ "서너 시간 정도 혼자 있습니다" at the hours alone: "3시간까지는 알아들었는데 '있습니다'…"
    while "혼자 있어요" was taken. The formal ending of any filler means the same."""
    for key, typed, value in FORMAL:
        user = await kakao_at(kakao, "ko", key)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert key in answers, (typed, user.text)
        assert _value(answers[key]) == pytest.approx(value), (typed, answers[key])


async def test_formal_fillers_around_an_amount_on_telegram(tg: Harness) -> None:
    for n, (key, typed, value) in enumerate(FORMAL):
        chat = 16301 + n
        await tg_at(tg, chat, "ko", key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert key in answers, (typed, tg.last_text(chat))
        assert _value(answers[key]) == pytest.approx(value), (typed, answers[key])


# -- 8. "what do you need X for?" --------------------------------------------------------------

WHAT_FOR = {
    "en": ("what do you need the age for?", "what's it for?", "what is that for?"),
    "ko": ("뭐에 쓰시게요?", "나이는 어디에 쓰시려고요?"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_what_the_question_is_for_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    """ "what do you need the age for?" went to the coach model (and was stored as a question)
    while "why do you need her age?" got the survey's reason: the same ask, the same reason."""
    for typed in WHAT_FOR[lang]:
        user = await kakao_at(kakao, lang, "age_months")
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, "survey-why-age_months") in user.text, (typed, user.text)
        assert asked(lang, "age_months") in user.text, (typed, user.text)
        assert _model_calls(fake_ollama) == calls, typed
        assert await kakao_reports(kakao, user.key) == [], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_what_the_question_is_for_on_telegram(tg: Harness, fake_ollama: FakeOllama, lang: str) -> None:
    for n, typed in enumerate(WHAT_FOR[lang]):
        chat = 16311 + n + (10 if lang == "ko" else 0)
        await tg_at(tg, chat, lang, "age_months")
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed)
        said = "\n".join(m.text for m in tg.fake.sent_messages(chat)[-6:])
        assert t(lang, "survey-why-age_months") in said, (typed, said)
        assert _model_calls(fake_ollama) == calls, typed


async def test_a_red_flag_asked_what_for_stays_a_report_on_telegram(tg: Harness) -> None:
    """Guard: a bite with blood in the same message is a report, whatever it asks."""
    await tg_at(tg, 16331, "en", "age_months")
    await tg.say(16331, "what do you need his age for? he bit my son and there is blood everywhere")
    user = await tg.user(16331)
    assert user is not None
    async with tg.rt.store.session() as s:
        assert await s.list_reports(user.id)


# -- 10. the message's fate first, then "back to the question" ---------------------------------

REPORTED = {
    "ko": "손님만 오면 미친듯이 짖어요",
    "en": "he barks like crazy whenever guests come over",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_a_question_says_it_was_kept_first_on_kakao(kakao: Server, lang: str) -> None:
    """ "하던 질문으로 돌아갈게요." came above "💾 알겠어요. 말씀하신 내용은 저장했고…": what
    happened to the message first, then back to the question, then the question."""
    user = await kakao_at(kakao, lang, "size")
    await user.send(REPORTED[lang])
    said = user.text  # Kakao joins a turn's lines into as few bubbles as it can
    back = said.index(t(lang, "report-kept-back"))
    kept = said.index("\U0001f4be")  # the floppy disk of "saved, being analysed"
    question = said.rindex(asked(lang, "size"))
    assert kept < back < question, said


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_a_question_says_it_was_kept_first_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16341 if lang == "ko" else 16342
    await tg_at(tg, chat, lang, "size")
    before = len(tg.fake.sent_messages(chat))
    await tg.say(chat, REPORTED[lang])
    texts = [m.text for m in tg.fake.sent_messages(chat)[before:]]
    back = next(i for i, x in enumerate(texts) if t(lang, "report-kept-back") in x)
    kept = next(i for i, x in enumerate(texts) if x.startswith(("\U0001f50d", "\U0001f4be")))
    assert kept < back, texts
