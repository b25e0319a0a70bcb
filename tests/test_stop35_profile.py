# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 35 (issue 11, owner trial 16): facts about the dog told after the survey, with no question
open, in either language, update the profile and say so in one line; never dropped ("not sure what
you mean"), refused ("I only coach dogs") or sent to the model as a report. Each reproduced through
a real channel first (Kakao and Telegram, Korean and English), the profile read back from the store.

1. A birth year ("콩이 2019년생이에요", "Rex was born in 2019"): the age, approximate.
2. An age in words or with "now" ("콩이 나이 열두살이에요", "actually rex is two and a half", "콩이
   이제 다섯살이에요", "she's 7 now"): the age.
3. The sex, the breed, a weight ("아 콩이 여아예요", "sorry he's actually a girl", "콩이 푸들 아니고
   말티즈예요", "actually she's a beagle mix", "콩이 지금 12키로예요", "he weighs 30kg now"): the
   stored answer corrected.
4. "땅콩 뗐어요", "땅콩은 뗐어요" (slang: he is neutered): the stored sex completed; at the sex
   question too.
5. Other pets ("we also have a cat", "고양이도 한마리 있어요"): the survey's other-pets answer.
6. Two dogs: the dog named gets the change, with no name the active dog; a report with a birth
   year in it is still a report, the year kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_dog_retold import _two_dogs_on_telegram
from tests.test_dog_words import TWO_DOGS, _two_dogs_on_kakao
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    REVIEW,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial14_values import AGREED


def _born(year: int) -> int:
    return (datetime.now(UTC).year - year) * 12


# The sex typed at the survey, by setup: the default answers' (female spayed), a neutered male,
# an intact male.
SEXES = {
    "ko": {
        "female": "여아 중성화",
        "male": "남아 중성화",
        "intact": "남아 중성화 안했어요",
        "intact_female": "여아 중성화 안했어요",
    },
    "en": {
        "female": "female spayed",
        "male": "male neutered",
        "intact": "male, not neutered",
        "intact_female": "female, not spayed",
    },
}


def _answers(lang: str, sex: str) -> list[str]:
    return [SEXES[lang][sex] if key == "sex" else text for key, text in ANSWERS[lang]]


async def kakao_owner(server: Server, lang: str, sex: str = "female") -> KakaoUser:
    """A Kakao owner of `lang` whose one dog's survey is done and confirmed (콩이 / Rex, 3 years,
    a poodle, small, no other pets) with the sex `sex`."""
    user = server.user(lang=lang)
    await user.send("/start")
    for text in _answers(lang, sex):
        await user.send(text)
    assert REVIEW[lang] in user.text, user.text
    await user.send(AGREED[lang])
    assert REVIEW[lang] not in user.text, user.text
    return user


async def tg_owner(tg: Harness, chat: int, lang: str, sex: str = "female") -> None:
    await tg.say(chat, "/start", language_code=lang)
    for text in _answers(lang, sex):
        await tg.say(chat, text)
    await tg.say(chat, AGREED[lang])


# (lang, setup's sex, typed, the key changed, its stored value after)
TOLD: tuple[tuple[str, str, str, str, Any], ...] = (
    # 1. a birth year, no question open
    ("ko", "female", "콩이 2019년생이에요", "age_months", _born(2019)),
    ("en", "female", "Rex was born in 2019", "age_months", _born(2019)),
    # 2. an age in words, or with "now"
    ("ko", "female", "콩이 나이 열두살이에요", "age_months", 144),
    ("en", "female", "actually rex is two and a half", "age_months", 30),
    ("ko", "female", "콩이 이제 다섯살이에요", "age_months", 60),
    ("en", "female", "she's 7 now", "age_months", 84),
    # 3. the sex, the breed, a weight
    ("ko", "male", "아 콩이 여아예요", "sex", "female_spayed"),
    ("en", "male", "sorry he's actually a girl", "sex", "female_spayed"),
    ("ko", "female", "콩이 푸들 아니고 말티즈예요", "breed", "말티즈"),
    ("en", "female", "actually she's a beagle mix", "breed", "beagle mix"),
    ("ko", "female", "콩이 지금 12키로예요", "size", "medium"),
    ("en", "male", "he weighs 30kg now", "size", "large"),
    # 4. "땅콩 뗐어요": neutered
    ("ko", "intact", "땅콩 뗐어요", "sex", "male_neutered"),
    ("ko", "intact", "콩이 땅콩은 뗐어요", "sex", "male_neutered"),
    ("en", "intact", "we got him snipped last month", "sex", "male_neutered"),
    # 5. other pets
    ("ko", "female", "고양이도 한마리 있어요", "other_pets", ["cat"]),
    ("en", "female", "we also have a cat", "other_pets", ["cat"]),
)


def _id(case: tuple[str, str, str, str, Any]) -> str:
    return f"{case[0]}-{case[2]}"


@pytest.mark.parametrize("case", TOLD, ids=[_id(c) for c in TOLD])
async def test_a_fact_told_after_the_survey_updates_the_profile_on_kakao(
    kakao: Server, case: tuple[str, str, str, str, Any]
) -> None:
    lang, sex, typed, key, value = case
    user = await kakao_owner(kakao, lang, sex)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == value, (answers, user.text)
    assert t(lang, f"survey-field-{key}") in user.text, user.text  # the one line saying so
    assert t(lang, "talk-not-a-dog") not in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text


@pytest.mark.parametrize("case", TOLD, ids=[_id(c) for c in TOLD])
async def test_a_fact_told_after_the_survey_updates_the_profile_on_telegram(
    tg: Harness, case: tuple[str, str, str, str, Any]
) -> None:
    lang, sex, typed, key, value = case
    chat = 351000 + TOLD.index(case)
    await tg_owner(tg, chat, lang, sex)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get(key) == value, (answers, tg.sent(chat)[-2:])
    assert t(lang, f"survey-field-{key}") in tg.last_text(chat), tg.sent(chat)[-2:]
    assert not await tg_reports(tg, chat), tg.sent(chat)[-2:]


# The /profile card shows the new values.
CARD = {
    "ko": (("콩이 2019년생이에요", "고양이도 한마리 있어요"), ("고양이",)),
    "en": (("Rex was born in 2019", "we also have a cat"), ("Cat",)),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_profile_card_shows_the_facts_told_on_kakao(kakao: Server, lang: str) -> None:
    told, shown = CARD[lang]
    user = await kakao_owner(kakao, lang)
    for typed in told:
        await user.send(typed)
    await user.send("/profile")
    for value in shown:
        assert value in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_birth_year_is_an_approximate_age_on_telegram(tg: Harness, lang: str) -> None:
    chat = 351100 + (lang == "en")
    await tg_owner(tg, chat, lang)
    await tg.say(chat, CARD[lang][0][0])
    answers = await tg_answers(tg, chat)
    assert answers.get("age_months") == _born(2019), tg.sent(chat)[-2:]
    assert "age_months" in (answers.get("approximate") or {}), answers


# -- 4. "땅콩 뗐어요" at the sex question ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["땅콩 뗐어요", "땅콩은 뗐어요"])
async def test_peanut_removed_at_the_sex_question_is_a_neutered_male_on_kakao(
    kakao: Server, typed: str
) -> None:
    user = await kakao_at(kakao, "ko", "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") == "male_neutered", (answers, user.text)
    assert asked("ko", "breed") in user.text, user.text


async def test_peanut_removed_at_the_sex_question_is_a_neutered_male_on_telegram(tg: Harness) -> None:
    chat = 351200
    await tg_at(tg, chat, "ko", "sex")
    await tg.say(chat, "땅콩은 뗐어요")
    assert (await tg_answers(tg, chat)).get("sex") == "male_neutered", tg.sent(chat)[-2:]
    assert asked("ko", "breed") in tg.last_text(chat), tg.last_text(chat)


# -- 5. other pets with some stored --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "first", "then", "value"),
    [
        ("ko", "고양이도 한마리 있어요", "아 그리고 토끼도 키워요", ["cat", "other"]),
        ("en", "we also have a cat", "oh and we have a rabbit too", ["cat", "other"]),
    ],
)
async def test_other_pets_told_twice_add_up_on_telegram(
    tg: Harness, lang: str, first: str, then: str, value: list[str]
) -> None:
    chat = 351300 + (lang == "en")
    await tg_owner(tg, chat, lang)
    await tg.say(chat, first)
    await tg.say(chat, then)
    assert (await tg_answers(tg, chat)).get("other_pets") == value, tg.sent(chat)[-3:]


# -- 6. two dogs: the one named, else the active one ---------------------------------------------


async def _kakao_dogs(server: Server, key: str) -> dict[str, dict[str, Any]]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name or "": d.answers for d in await s.list_dogs(user.id)}


TWO_TOLD = {
    # named (the other dog), then with no name (the active dog)
    "ko": ("보리 2019년생이에요", "이제 다섯살이에요"),
    "en": ("Bori was born in 2019", "she's 7 now"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_with_two_dogs_the_dog_named_or_the_active_one_on_kakao(kakao: Server, lang: str) -> None:
    other, _age, active, _active_age, _ = TWO_DOGS[lang]
    user, _ids = await _two_dogs_on_kakao(kakao, lang)
    named, unnamed = TWO_TOLD[lang]
    await user.send(named)
    dogs = await _kakao_dogs(kakao, user.key)
    assert (dogs[other].get("age_months"), dogs[active].get("age_months")) == (_born(2019), 120), (
        dogs,
        user.text,
    )
    assert t(lang, "survey-field-age_months") in user.text, user.text
    await user.send(unnamed)
    dogs = await _kakao_dogs(kakao, user.key)
    assert (dogs[other].get("age_months"), dogs[active].get("age_months")) == (
        _born(2019),
        60 if lang == "ko" else 84,
    ), (dogs, user.text)
    assert not await kakao_reports(kakao, user.key), user.text


async def _tg_dogs(tg: Harness, chat: int) -> dict[str, dict[str, Any]]:
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        return {d.name or "": d.answers for d in await s.list_dogs(user.id)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_with_two_dogs_the_dog_named_or_the_active_one_on_telegram(tg: Harness, lang: str) -> None:
    other, _age, active, _active_age, _ = TWO_DOGS[lang]
    chat = 351400 + (lang == "en")
    await _two_dogs_on_telegram(tg, chat, lang)
    named, unnamed = TWO_TOLD[lang]
    await tg.say(chat, named)
    await tg.say(chat, unnamed)
    dogs = await _tg_dogs(tg, chat)
    assert (dogs[other].get("age_months"), dogs[active].get("age_months")) == (
        _born(2019),
        60 if lang == "ko" else 84,
    ), (dogs, tg.sent(chat)[-3:])
    assert not await tg_reports(tg, chat), tg.sent(chat)[-3:]


REPORT_WITH_YEAR = {
    "ko": "보리가 2019년생인데 요즘 밤마다 짖어요",
    "en": "Bori was born in 2019 and lately she barks every night",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_with_the_named_dogs_birth_year_is_a_report_on_kakao(kakao: Server, lang: str) -> None:
    other, _age, active, _active_age, _ = TWO_DOGS[lang]
    user, _ids = await _two_dogs_on_kakao(kakao, lang)
    await user.send(REPORT_WITH_YEAR[lang])
    assert REPORT_WITH_YEAR[lang] in await kakao_reports(kakao, user.key), user.text
    dogs = await _kakao_dogs(kakao, user.key)
    assert (dogs[other].get("age_months"), dogs[active].get("age_months")) == (_born(2019), 120), dogs


# -- near misses: nothing changed ----------------------------------------------------------------

NOT_THE_DOG = {
    "ko": ("아들이 2019년생이에요", "우리 딸은 이제 다섯살이에요"),
    "en": ("my son was born in 2019", "my daughter is 7 now"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_someone_elses_age_changes_nothing_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    for typed in NOT_THE_DOG[lang]:
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key)).get("age_months") == 36, (typed, user.text)
        assert t(lang, "survey-field-age_months") not in user.text, (typed, user.text)
