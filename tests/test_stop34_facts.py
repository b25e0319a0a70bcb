# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Survey facts lost inside longer messages (stop 34, batch 123), each reproduced through a real
channel first (Kakao and Telegram, Korean and English).

1. An age update inside a report after the survey ("참고로 콩이 이제 4살 됐고 어제 또 짖었어요",
   "btw she turned 4, and she barked again"): the report analysed, the new age lost.
2. Later questions' answers told together at the sex ("female spayed, a beagle, about 10kg"):
   only the sex kept.
3. An approximate age with where the dog came from ("about 3 I guess, he was a stray").
4. A profile fact told late, after the survey ("oh and he's a boy, neutered", "아 중성화 작년에
   했어요"): a correction of the stored answer, said.
5. At the origin, the sex's late part ("아 중성화 작년에 했어요") and the household told early
   ("저혼자요"): each kept for its own question.
6. A household answer with children ("남편이랑 저랑 초등학생 아들", "me, my wife and our 2 kids"):
   the children question answered too.
7. Birth years told away from the age question ("born in 2019" at the name, in a report).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
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
from tests.test_trial14_values import AGREED, kakao_done


def _born(year: int) -> int:
    return (datetime.now(UTC).year - year) * 12


async def tg_done(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for _key, text in ANSWERS[lang]:
        await tg.say(chat, text)
    await tg.say(chat, AGREED[lang])


# -- 1. an age update inside a report -----------------------------------------------------------

AGE_IN_REPORT = {
    "ko": "참고로 콩이 이제 4살 됐고 어제 또 손님한테 짖었어요",
    "en": "btw she turned 4, and she barked at the mailman again yesterday",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_update_in_a_report_is_kept_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_done(kakao, lang)
    await user.send(AGE_IN_REPORT[lang])
    assert (await kakao_answers(kakao, user.key)).get("age_months") == 48, user.text
    assert AGE_IN_REPORT[lang] in await kakao_reports(kakao, user.key)
    assert t(lang, "survey-field-age_months") in user.text, user.text  # the line saying so


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_update_in_a_report_is_kept_on_telegram(tg: Harness, lang: str) -> None:
    chat = 341001 + (lang == "en")
    await tg_done(tg, chat, lang)
    await tg.say(chat, AGE_IN_REPORT[lang])
    assert (await tg_answers(tg, chat)).get("age_months") == 48, tg.sent(chat)[-3:]
    assert AGE_IN_REPORT[lang] in await tg_reports(tg, chat)


# -- 2. later answers told together at the sex --------------------------------------------------

TOGETHER = {
    "ko": ("여아 중성화했고 비글이에요 10키로 정도", "female_spayed", "비글", "medium"),
    "en": ("female spayed, a beagle, about 10kg", "female_spayed", "beagle", "medium"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_later_answers_told_at_the_sex_are_kept_on_kakao(kakao: Server, lang: str) -> None:
    typed, sex, breed, size = TOGETHER[lang]
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("sex"), answers.get("breed"), answers.get("size")) == (sex, breed, size), (
        answers,
        user.text,
    )
    assert asked(lang, "origin") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_later_answers_told_at_the_sex_are_kept_on_telegram(tg: Harness, lang: str) -> None:
    typed, sex, breed, size = TOGETHER[lang]
    chat = 341011 + (lang == "en")
    await tg_at(tg, chat, lang, "sex")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert (answers.get("sex"), answers.get("breed"), answers.get("size")) == (sex, breed, size), answers
    assert asked(lang, "origin") in tg.last_text(chat), tg.last_text(chat)


# -- 3. an approximate age and where the dog came from -------------------------------------------

AGE_ORIGIN = {"ko": "3살쯤일거에요 유기견이었어요", "en": "about 3 I guess, he was a stray"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_with_the_origin_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(AGE_ORIGIN[lang])
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("age_months"), answers.get("origin")) == (36, "shelter"), (answers, user.text)
    assert asked(lang, "sex") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_age_with_the_origin_on_telegram(tg: Harness, lang: str) -> None:
    chat = 341021 + (lang == "en")
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, AGE_ORIGIN[lang])
    answers = await tg_answers(tg, chat)
    assert (answers.get("age_months"), answers.get("origin")) == (36, "shelter"), tg.sent(chat)[-3:]


# -- 6. children told in the household ----------------------------------------------------------

HOUSEHOLD_KIDS = {"ko": ("남편이랑 저랑 초등학생 아들", 3), "en": ("me, my wife and our toddler son", 3)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_children_in_the_household_answer_the_children_on_kakao(kakao: Server, lang: str) -> None:
    typed, count = HOUSEHOLD_KIDS[lang]
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("household"), answers.get("children")) == (count, "yes"), (answers, user.text)
    assert asked(lang, "other_pets") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_children_in_the_household_answer_the_children_on_telegram(tg: Harness, lang: str) -> None:
    typed, count = HOUSEHOLD_KIDS[lang]
    chat = 341031 + (lang == "en")
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert (answers.get("household"), answers.get("children")) == (count, "yes"), tg.sent(chat)[-3:]
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.last_text(chat)


# -- 5. at the origin: the sex's late part, the household told early -----------------------------

WITH_INTACT = {
    "ko": [(k, "여아 중성화 안했어요" if k == "sex" else v) for k, v in ANSWERS["ko"]],
    "en": [(k, "female, not spayed" if k == "sex" else v) for k, v in ANSWERS["en"]],
}


async def kakao_intact_at(server: Server, lang: str, key: str) -> Any:
    user = server.user(lang=lang)
    await user.send("/start")
    for k, text in WITH_INTACT[lang]:
        if k == key:
            break
        await user.send(text)
    assert asked(lang, key) in user.text, (key, user.text)
    return user


NEUTERED_LATE = {"ko": "아 중성화 작년에 했어요", "en": "oh and she was spayed last year"}
ALONE_EARLY = {"ko": "저혼자요", "en": "just me"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_sex_completed_at_the_origin_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_intact_at(kakao, lang, "origin")
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_intact"
    await user.send(NEUTERED_LATE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") == "female_spayed", (answers, user.text)
    assert "origin" not in answers, answers
    assert asked(lang, "origin") in user.text, user.text
    assert not await kakao_reports(kakao, user.key)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_household_told_at_the_origin_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "origin")
    await user.send(ALONE_EARLY[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == 1, (answers, user.text)
    assert "origin" not in answers, answers
    assert asked(lang, "origin") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_household_told_at_the_origin_on_telegram(tg: Harness, lang: str) -> None:
    chat = 341041 + (lang == "en")
    await tg_at(tg, chat, lang, "origin")
    await tg.say(chat, ALONE_EARLY[lang])
    answers = await tg_answers(tg, chat)
    assert answers.get("household") == 1, tg.sent(chat)[-3:]
    assert asked(lang, "origin") in tg.last_text(chat), tg.last_text(chat)


# -- 4. a profile fact told after the survey ----------------------------------------------------

LATE_SEX = {"ko": "아 참 남아예요 중성화했어요", "en": "oh and he's a boy, neutered"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_sex_told_after_the_survey_corrects_it_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_done(kakao, lang)
    await user.send(LATE_SEX[lang])
    assert (await kakao_answers(kakao, user.key)).get("sex") == "male_neutered", user.text
    assert t(lang, "survey-field-sex") in user.text, user.text
    assert not await kakao_reports(kakao, user.key)


async def test_spayed_told_after_the_survey_corrects_it_on_telegram(tg: Harness) -> None:
    chat = 341051
    await tg.say(chat, "/start", language_code="ko")
    for _key, text in WITH_INTACT["ko"]:
        await tg.say(chat, text)
    await tg.say(chat, AGREED["ko"])
    assert (await tg_answers(tg, chat)).get("sex") == "female_intact"
    await tg.say(chat, NEUTERED_LATE["ko"])
    assert (await tg_answers(tg, chat)).get("sex") == "female_spayed", tg.sent(chat)[-3:]
    assert not await tg_reports(tg, chat)


# -- 7. birth years away from the age question --------------------------------------------------

BORN_AT_NAME = {"ko": ("콩이요 2019년생이에요", "콩이"), "en": ("Rex, born in 2019", "Rex")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_birth_year_at_the_name_on_kakao(kakao: Server, lang: str) -> None:
    typed, name = BORN_AT_NAME[lang]
    user = await kakao_at(kakao, lang, "name")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("name"), answers.get("age_months")) == (name, _born(2019)), (answers, user.text)
    assert asked(lang, "sex") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_birth_year_at_the_name_on_telegram(tg: Harness, lang: str) -> None:
    typed, _name = BORN_AT_NAME[lang]
    chat = 341061 + (lang == "en")
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("age_months") == _born(2019), tg.sent(chat)[-3:]


BORN_IN_REPORT = {
    "ko": "2019년생인데 요즘 자꾸 택배 올때 짖어요",
    "en": "she was born in 2019 and lately she barks at the door",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_birth_year_in_a_report_is_kept_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_done(kakao, lang)
    await user.send(BORN_IN_REPORT[lang])
    assert (await kakao_answers(kakao, user.key)).get("age_months") == _born(2019), user.text
    assert BORN_IN_REPORT[lang] in await kakao_reports(kakao, user.key)


async def test_a_birth_year_in_a_report_is_kept_on_telegram(tg: Harness) -> None:
    chat = 341071
    await tg_done(tg, chat, "en")
    await tg.say(chat, BORN_IN_REPORT["en"])
    assert (await tg_answers(tg, chat)).get("age_months") == _born(2019), tg.sent(chat)[-3:]


BORN_LATER = {"ko": "아 그리고 2019년생이에요", "en": "oh and she was born in 2019"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_birth_year_at_a_later_question_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(BORN_LATER[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == _born(2019), (answers, user.text)
    assert "breed" not in answers, answers
    assert asked(lang, "breed") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_birth_year_at_a_later_question_on_telegram(tg: Harness, lang: str) -> None:
    chat = 341081 + (lang == "en")
    await tg_at(tg, chat, lang, "breed")
    await tg.say(chat, BORN_LATER[lang])
    assert (await tg_answers(tg, chat)).get("age_months") == _born(2019), tg.sent(chat)[-3:]


# -- neighbours that must not change ------------------------------------------------------------

NO_AGE_REPORT = {
    "ko": "3살 때부터 손님만 오면 짖어요",
    "en": "he was 2 years old when he started biting people",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_with_no_age_keeps_the_age_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_done(kakao, lang)
    await user.send(NO_AGE_REPORT[lang])
    assert (await kakao_answers(kakao, user.key)).get("age_months") == 36, user.text
    assert NO_AGE_REPORT[lang] in await kakao_reports(kakao, user.key)
    assert t(lang, "survey-field-age_months") not in user.text, user.text


async def test_the_same_sex_told_after_the_survey_changes_nothing_on_telegram(tg: Harness) -> None:
    chat = 341091
    await tg_done(tg, chat, "en")
    await tg.say(chat, "oh and she's a girl, spayed")
    assert (await tg_answers(tg, chat)).get("sex") == "female_spayed", tg.sent(chat)[-3:]
    assert not await tg_reports(tg, chat)


async def test_the_sex_told_after_the_survey_corrects_it_on_telegram(tg: Harness) -> None:
    chat = 341092
    await tg_done(tg, chat, "en")
    await tg.say(chat, LATE_SEX["en"])
    assert (await tg_answers(tg, chat)).get("sex") == "male_neutered", tg.sent(chat)[-3:]
    assert not await tg_reports(tg, chat)


async def test_spayed_told_after_the_survey_corrects_it_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    for _key, text in WITH_INTACT["ko"]:
        await user.send(text)
    await user.send(AGREED["ko"])
    await user.send(NEUTERED_LATE["ko"])
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_spayed", user.text
    assert t("ko", "survey-field-sex") in user.text, user.text


# -- 2, continued: the breed and the size told with later answers ---------------------------------

AT_BREED = {
    "ko": ("비글이고 10키로 정도", "비글", "medium"),
    "en": ("a beagle, about 8kg", "beagle", "small"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_later_answers_told_at_the_breed_are_kept_on_kakao(kakao: Server, lang: str) -> None:
    typed, breed, size = AT_BREED[lang]
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("breed"), answers.get("size")) == (breed, size), (answers, user.text)
    assert asked(lang, "origin") in user.text, user.text


async def test_later_answers_told_at_the_size_are_kept_on_telegram(tg: Harness) -> None:
    chat = 341101
    await tg_at(tg, chat, "en", "size")
    await tg.say(chat, "medium, we got her from a shelter")
    answers = await tg_answers(tg, chat)
    assert (answers.get("size"), answers.get("origin")) == ("medium", "shelter"), tg.sent(chat)[-3:]
    assert asked("en", "owned_months") in tg.last_text(chat), tg.last_text(chat)
