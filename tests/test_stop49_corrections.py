# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, helper "corrections": owner trial 34, an owner correcting or adding to an answer in
the same message or the next, each reproduced through a real channel first (Kakao, Telegram),
what was kept read back from the store, the model's calls counted.

1. "아 잠깐 크기 중형이었나 아니에요 소형 맞아요" at the size (or at the question after it) went
   to the model as a question; "medium? no wait, small" was asked which one. The option said
   after the owner takes the first back is the answer (small), at the size or, naming the size,
   at a later question (the size corrected there, the open question asked again).
2. "애기는 두부 말한거에요" after the children were stored yes from "애기 있어요": the owner says
   the child word meant the dog; the children answer is corrected to no.
3. "산책은 거의 안해요 마당에서 왔다갔다" at the household was sent as a report: the exercise
   told early (barely walked, runs around the yard: about none), kept ahead, the household
   asked again; "we barely walk him, he just runs round the garden" the same.
4. "으르렁거리는거 추가하고싶어요", "can i add growling too" after the concerns: the concerns edited,
   never a report or a question for the model: a concern named ("짖는것도 추가해주세요") added, growling
   (toward people or other dogs?) picked from the concerns question opened again.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
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

# -- 1. an option taken back in the same message ------------------------------------------------

# (language, question open, typed, the key, its value, the question asked next)
TAKEN_BACK: tuple[tuple[str, str, str, str, Any, str], ...] = (
    ("ko", "size", "아 잠깐 크기 중형이었나 아니에요 소형 맞아요", "size", "small", "origin"),
    ("ko", "size", "중형이요 아 아니다 소형", "size", "small", "origin"),
    ("ko", "size", "중형? 아니 잠깐 소형이요", "size", "small", "origin"),
    ("en", "size", "medium? no wait, small", "size", "small", "origin"),
    ("en", "size", "medium, no sorry, small", "size", "small", "origin"),
    ("en", "origin", "breeder? no wait, a shelter", "origin", "shelter", "owned_months"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "field", "value", "then"), TAKEN_BACK)
async def test_an_option_taken_back_in_the_message_is_the_one_after_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, field: str, value: Any, then: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(field) == value, (typed, answers, user.texts)
    assert asked(lang, then) in user.texts[-1], user.texts
    assert _model_calls(fake_ollama) == calls, user.texts


@pytest.mark.parametrize(("lang", "key", "typed", "field", "value", "then"), TAKEN_BACK)
async def test_an_option_taken_back_in_the_message_is_the_one_after_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, field: str, value: Any, then: str
) -> None:
    chat = 49100 + len(typed) * 3 + len(key)
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get(field) == value, (typed, answers, tg.sent(chat))
    assert asked(lang, then) in tg.last_text(chat), tg.sent(chat)


# At the question after the size, the size named and taken back: the size corrected, the open
# question asked again (owner trial 34: a question for the model).
LATER: tuple[tuple[str, str], ...] = (
    ("ko", "아 잠깐 크기 중형이었나 아니에요 소형 맞아요"),
    ("en", "oh wait the size, medium? no wait, small"),
)


@pytest.mark.parametrize(("lang", "typed"), LATER)
async def test_the_size_taken_back_at_the_next_question_is_corrected_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "size")
    await user.send("중형" if lang == "ko" else "medium")
    assert asked(lang, "origin") in user.texts[-1], user.texts
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("size") == "small", (answers, user.texts)
    assert "origin" not in answers, answers
    assert asked(lang, "origin") in user.texts[-1], user.texts
    assert _model_calls(fake_ollama) == calls, user.texts


@pytest.mark.parametrize(("lang", "typed"), LATER)
async def test_the_size_taken_back_at_the_next_question_is_corrected_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 49300 + len(typed)
    await tg_at(tg, chat, lang, "size")
    await tg.say(chat, "중형" if lang == "ko" else "medium")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("size") == "small", (answers, tg.sent(chat))
    assert asked(lang, "origin") in tg.last_text(chat), tg.sent(chat)


# -- 2. the child word meant the dog --------------------------------------------------------------

# (language, the children answer that stored yes, the owner saying the child word was the dog)
MEANT_DOG: tuple[tuple[str, str, str], ...] = (
    ("ko", "애기 있어요", "애기는 콩이 말한거에요"),
    ("ko", "네 애기 있어요", "아 애기는 강아지 말한 거예요"),
    ("en", "yes a baby", "by baby i meant the dog"),
    ("en", "yes a baby", "oh by baby i meant Rex"),
)


@pytest.mark.parametrize(("lang", "said", "typed"), MEANT_DOG)
async def test_the_child_word_meant_the_dog_corrects_the_children_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, said: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(said)
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.texts
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "no", (typed, answers, user.texts)
    assert "other_pets" not in answers, answers
    assert asked(lang, "other_pets") in user.texts[-1], user.texts
    assert _model_calls(fake_ollama) == calls, user.texts


@pytest.mark.parametrize(("lang", "said", "typed"), MEANT_DOG)
async def test_the_child_word_meant_the_dog_corrects_the_children_on_telegram(
    tg: Harness, lang: str, said: str, typed: str
) -> None:
    chat = 49500 + len(typed) * 3 + len(said)
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, said)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get("children") == "no", (typed, answers, tg.sent(chat))
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.sent(chat)


# -- 3. the exercise told early, at the household -------------------------------------------------

EXERCISE_EARLY: tuple[tuple[str, str], ...] = (
    ("ko", "산책은 거의 안해요 마당에서 왔다갔다"),
    ("ko", "산책은 거의 안하고 마당에서 뛰어놀아요"),
    ("en", "we barely walk him, he just runs round the garden"),
    ("en", "we hardly walk her, she runs around the yard"),
)


def _low_high(stored: object) -> tuple[float, float]:
    if isinstance(stored, dict):
        low, high = stored.get("low", stored.get("value")), stored.get("high", stored.get("value"))
        return float(low), float(high)
    assert isinstance(stored, int | float), stored
    return float(stored), float(stored)


@pytest.mark.parametrize(("lang", "typed"), EXERCISE_EARLY)
async def test_the_exercise_told_at_the_household_is_kept_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert "household" not in answers, (answers, user.texts)
    assert "exercise_minutes" in answers, (typed, answers, user.texts)
    assert _low_high(answers["exercise_minutes"])[1] <= 15, answers
    assert asked(lang, "household") in user.texts[-1], user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == calls, user.texts


@pytest.mark.parametrize(("lang", "typed"), EXERCISE_EARLY)
async def test_the_exercise_told_at_the_household_is_kept_ahead_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 49700 + len(typed) * 3
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert "exercise_minutes" in answers, (typed, answers, tg.sent(chat))
    assert asked(lang, "household") in tg.last_text(chat), tg.sent(chat)
    assert await tg_reports(tg, chat) == [], tg.sent(chat)


# -- 4. a behaviour added to the concerns -------------------------------------------------------

# (language, question open, the concerns answered first, typed, the concern added or "" when the
# behaviour names no option as typed: growling, toward people or other dogs, picked from the
# concerns question opened again)
ADDED: tuple[tuple[str, str, str, str, str], ...] = (
    ("ko", "worst_reaction", "분리불안", "짖는것도 추가해주세요", "barking"),
    ("en", "health", "separation anxiety", "can i add barking too", "barking"),
    ("ko", "worst_reaction", "짖음", "으르렁거리는거 추가하고싶어요", ""),
    ("ko", "health", "짖음", "으르렁거리는 것도 추가해주세요", ""),
    ("en", "worst_reaction", "barking", "can i add growling too", ""),
)


@pytest.mark.parametrize(("lang", "key", "concerns", "typed", "added"), ADDED)
async def test_a_behaviour_added_after_the_concerns_edits_them_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, concerns: str, typed: str, added: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(concerns)
    await user.send("완료" if lang == "ko" else "done")
    if key == "health":
        await user.send("없음" if lang == "ko" else "none")
    assert asked(lang, key) in user.texts[-1], user.texts
    before = (await kakao_answers(kakao, user.key))["concerns"]
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == calls, user.texts
    if added:
        assert answers["concerns"] == [*before, added], (answers, user.texts)
        assert asked(lang, key) in user.texts[-1], user.texts
    else:
        assert answers.get("worst_reaction") in (None, "none"), answers
        assert asked(lang, "concerns") in user.text, user.texts


@pytest.mark.parametrize(("lang", "key", "concerns", "typed", "added"), ADDED)
async def test_a_behaviour_added_after_the_concerns_edits_them_on_telegram(
    tg: Harness, lang: str, key: str, concerns: str, typed: str, added: str
) -> None:
    chat = 49900 + len(typed) * 3 + len(key)
    await tg_at(tg, chat, lang, "concerns")
    await tg.say(chat, concerns)
    await tg.say(chat, "완료" if lang == "ko" else "done")
    if key == "health":
        await tg.say(chat, "없음" if lang == "ko" else "none")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == [], tg.sent(chat)
    if added:
        assert added in answers["concerns"], (answers, tg.sent(chat))
    else:
        assert asked(lang, "concerns") in "\n".join(tg.sent(chat)[-3:]), tg.sent(chat)
