# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, the lead: two faults the English verification trial found on the merged tip (Kakao,
Telegram), each reproduced through a channel first, what was kept read back from the store.

1. "shes a staffy" at the breed: "That sounds like your answer to "Sex", not a breed — it already
   says so", the breed refused and the owner stuck there (options50 made "shes" a word for the
   female half). A pronoun beside a breed is the breed's answer, no late half of the sex
   (`late_choices._pronoun_beside_breed`, `understanding-sex-pronoun`).
2. "m" at the sex of a dog named Rex/Max: "Name changed: Max → M" (a name typed again is read when
   it starts the stored one; one letter did), then "medium": "M → Medium". One letter, or a word
   answering another question, is no name typed again (`Understander.name_retyped`).
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop50_poisonflow import POISON, _kakao_poisoned_at
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, kakao_reports, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


@pytest.mark.parametrize(("typed", "breed"), [("shes a staffy", "staffy"), ("hes a lab", "lab")])
async def test_a_pronoun_beside_the_breed_is_the_breed_on_kakao(
    kakao: Server, typed: str, breed: str
) -> None:
    user = await kakao_at(kakao, "en", "breed")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("breed") == breed, (typed, answers, user.text)
    assert answers.get("sex") == "female_spayed", answers  # the sex answered before is untouched
    assert asked("en", "size") in user.text, user.text


async def test_a_pronoun_beside_the_breed_is_the_breed_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 50501, "en", "breed")
    await tg.say(50501, "shes a staffy")
    answers = await tg_answers(tg, 50501)
    assert answers.get("breed") == "staffy", answers


@pytest.mark.parametrize("typed", ["m", "medium"])
async def test_one_letter_at_the_sex_renames_no_dog_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "en", "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "Rex", (typed, answers, user.text)
    assert "Name changed" not in user.text, user.text


async def test_one_letter_at_the_sex_renames_no_dog_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 50502, "en", "sex")
    await tg.say(50502, "r")
    answers = await tg_answers(tg, 50502)
    assert answers.get("name") == "Rex", answers


# (lang, the question, typed there right after the poisoning, what the question keeps)
AFTER_POISON = (
    ("ko", "age_months", "5개월쯤? 정확힌 몰름", 5),
    ("en", "age_months", "about 5 months i think?", 5),
    ("ko", "health", "접종 2차까지함", "접종 2차까지함"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "kept"), AFTER_POISON)
async def test_an_answer_with_a_number_after_a_poisoning_is_the_questions_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, kept: object
) -> None:
    user = await _kakao_poisoned_at(kakao, fake_ollama, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert await kakao_reports(kakao, user.key) == [POISON[lang]], user.text
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == kept or (key == "age_months" and asked(lang, key) in user.text), (
        answers,
        user.text,
    )
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
