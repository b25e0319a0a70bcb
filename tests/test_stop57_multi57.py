# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 57, helper multi57: several things in one survey answer, as voice typing and older owners
write (held-out 13), each reproduced on Kakao (skill HTTP) and Telegram (fake Bot API), ko and en,
reading back what the survey stored and what went to the coach.

1. An answer with a question for the coach after it and no "?" ("푸들이요 그런데 푸들은 털이 많이
   빠집니까", "female not spayed. would spaying calm her down"): the whole taken as the answer (the
   question lost, or the breed stored as the whole sentence), or asked again. A formal "-ㅂ니까"
   ending asks (`understanding-asking-after-bieup`); an answer read whole is cut before a question
   that reads as one alone, "?" or not (`answer_asked._asks_unmarked`); a name told alone in its
   sentence before a question too (`answer_asked._name_asked`).
2. A number answer with thanks after it ("셋입니다 저 남편 딸 이렇게요 감사합니다", "he turned twelf
   in june, thank you dear", "thirty minutes give or take comma thanks again for the help"): asked
   again, "not 감사 / thanks". Thanks ending the answer (`understanding-quantity-courtesy`), with no
   number in them, are read past (`AnswerReader._courtesy_dropped`); number words misspelt are the
   number's aliases ("twelf", "elevan"); "since she was a puppy, about eight weeks old" is the age
   it came home (`understanding-since-puppy-age`), not 8 weeks owned.

First run at 8bff3b64 (main): 11 of 12 failed (see each comment; the en age row of ASKED already passed there, a guard).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. an answer, then a question for the coach with no "?" ----------------------------------------

# (lang, question open, typed, stored, the question kept for the coach)
ASKED: tuple[tuple[str, str, str, Any, str], ...] = (
    ("ko", "breed", "푸들이요 그런데 푸들은 털이 많이 빠집니까", "푸들", "푸들은 털이 많이 빠집니까"),
    ("ko", "exercise_minutes", "삼십 분이요 근데 푸들은 더 많이 해야 됩니까", 30, "푸들은 더 많이 해야 됩니까"),
    ("ko", "origin", "보호소에서요 근데 보호소 출신은 원래 겁이 많나요", "shelter", "보호소 출신은 원래 겁이 많나요"),
    ("en", "sex", "female not spayed. would spaying calm her down", "female_intact", "would spaying calm her down"),
    ("en", "age_months", "She is nine. Is that old for a beagle", 108, "Is that old for a beagle"),
)  # fmt: skip


def _kept(questions: list[str], asked_words: str) -> bool:
    """The question went to the coach (kept with the whole message, or its own words)."""
    return any(asked_words in q for q in questions)


# First run at 8bff3b64: 5 of 5 failed (the whole stored as the breed, no question kept; 30 min
# stored and the question lost; the shelter stored and the question lost).
@pytest.mark.parametrize(("lang", "key", "typed", "stored", "question"), ASKED)
async def test_an_answer_then_an_unmarked_question_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: Any, question: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    questions = [r.text for r in await _kakao_reports(kakao, user.key) if r.is_question]
    assert _kept(questions, question), (questions, user.texts)


# First run at 8bff3b64: failed (the first row: the whole stored as the breed, no question kept).
async def test_an_answer_then_an_unmarked_question_keeps_both_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored, question) in enumerate(ASKED, 57701):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        questions = [r.text for r in await _tg_reports(tg, chat) if r.is_question]
        assert _kept(questions, question), (typed, questions, tg.sent(chat)[-3:])


# -- 2. a number answer with thanks after it ---------------------------------------------------------

# (lang, question open, typed, stored, the next question)
THANKED: tuple[tuple[str, str, str, int, str], ...] = (
    ("ko", "household", "셋입니다 저 남편 딸 이렇게요 감사합니다", 3, "children"),
    ("ko", "age_months", "일곱 살이요 고맙습니다", 84, "sex"),
    ("en", "household", "three of us thanks so much", 3, "children"),
    ("en", "age_months", "he turned twelf in june, thank you dear", 144, "sex"),
    ("en", "exercise_minutes", "thirty minutes give or take comma thanks again for the help", 30, "concerns"),
)  # fmt: skip


# First run at 8bff3b64: 5 of 5 failed (asked again: "understood 3, not 감사", "not twelf thank you dear").
@pytest.mark.parametrize(("lang", "key", "typed", "stored", "after"), THANKED)
async def test_thanks_after_a_number_are_read_past_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: int, after: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, after) in user.text, user.texts


# First run at 8bff3b64: failed (the first row asked again).
async def test_thanks_after_a_number_are_read_past_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored, after) in enumerate(THANKED, 57751):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, after) in tg.last_text(chat), tg.sent(chat)[-3:]
