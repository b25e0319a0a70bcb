# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Survey quantities about the household and the routine (owner trial 16, issue 11; batch 130),
each reproduced through a real channel first (Kakao and Telegram, Korean and English).

1. A household told as a list of people with a count: "엄마 아빠 저 셋이요 동생도 있어요" stored 3
   (a person added after the count); the count and the people named disagreeing
   ("엄마 아빠 나 동생 셋이요") was stored as the count, unsaid.
2. Hours alone, the exercise and the household told at another question in English ("he's alone
   about 9 hours on weekdays" at the age; "we walk her twice a day, 30 min each" at the other
   pets; "there are 3 of us at home" at the children or the health note): lost, or kept as that
   question's answer.
3. The same told after the survey: the stored answer corrected, said in one line.
4. A length alone ("9 hours", "45 min") at a question that does not take it: re-asked with no
   reason at the breed, the other pets, the concerns.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop34_facts import tg_done
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial14_values import kakao_done

# -- 1. a household told as a list of people ------------------------------------------------------

LISTED = [
    ("ko", "엄마 아빠 저 셋이요 동생도 있어요", 4),
    ("en", "3 of us, plus my mom", 4),
    ("ko", "엄마 아빠 나 동생 넷이요", 4),
    ("ko", "저랑 남편이랑 애 둘", 4),
    ("ko", "부모님이랑 저 그리고 형", 4),
    ("en", "me, my wife and two kids", 4),
    ("en", "me, my husband, and our 3 kids", 5),
    ("en", "just me and my mom", 2),
]


@pytest.mark.parametrize(("lang", "typed", "count"), LISTED)
async def test_a_household_listed_is_counted_whole_on_kakao(
    kakao: Server, lang: str, typed: str, count: int
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == count, (answers, user.text)
    assert asked(lang, "household") not in user.text, user.text


@pytest.mark.parametrize(("lang", "typed", "count"), [LISTED[0], LISTED[1], LISTED[5]])
async def test_a_household_listed_is_counted_whole_on_telegram(
    tg: Harness, lang: str, typed: str, count: int
) -> None:
    chat = 351001 + (lang == "en") + 2 * (count == 4 and "kids" in typed)
    await tg_at(tg, chat, lang, "household")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("household") == count, tg.sent(chat)[-3:]


DISAGREE = {
    "ko": ("엄마 아빠 나 동생 셋이요", "3명", "4명"),
    "en": ("mom, dad, me and my brother, 3 of us", "3 people", "4 people"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_count_and_more_people_named_is_asked_again_on_kakao(kakao: Server, lang: str) -> None:
    typed, said, named = DISAGREE[lang]
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    assert "household" not in await kakao_answers(kakao, user.key), user.text
    assert t(lang, "survey-unclear-household-named", value=said, understood=named) in user.text, user.text
    assert asked(lang, "household") in user.text, user.text


async def test_a_count_and_more_people_named_is_asked_again_on_telegram(tg: Harness) -> None:
    chat = 351011
    typed, said, named = DISAGREE["ko"]
    await tg_at(tg, chat, "ko", "household")
    await tg.say(chat, typed)
    assert "household" not in await tg_answers(tg, chat)
    assert t("ko", "survey-unclear-household-named", value=said, understood=named) in "\n".join(
        tg.sent(chat)[-3:]
    )


# -- 2. told at another question ------------------------------------------------------------------

ALONE = {"en": "he's alone about 9 hours on weekdays", "ko": "평일엔 9시간 정도 혼자 있어요"}
WALKS = {"en": "we walk her twice a day, 45 min each", "ko": "하루 두번 45분씩 산책해요"}
PEOPLE = {"en": "there are 3 of us at home", "ko": "집에 3명 살아요"}

ELSEWHERE = [
    (lang, key, told, field, value)
    for lang in ("en", "ko")
    for key in ("age_months", "other_pets", "children", "concerns", "health")
    for told, field, value in (
        (ALONE[lang], "alone_hours", 9),
        (WALKS[lang], "exercise_minutes", 90),
        (PEOPLE[lang], "household", 3),
    )
    if not (key == "children" and field != "household")
]


@pytest.mark.parametrize(("lang", "key", "told", "field", "value"), ELSEWHERE)
async def test_a_routine_told_at_another_question_is_kept_on_kakao(
    kakao: Server, lang: str, key: str, told: str, field: str, value: int
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(told)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(field) == value, (answers, user.text)
    assert key not in answers, answers  # the question's own answer is not made of it
    assert asked(lang, key) in user.text, user.text
    assert t(lang, f"survey-field-{field}") in user.text, user.text


@pytest.mark.parametrize("key", ["age_months", "other_pets", "health"])
async def test_a_routine_told_at_another_question_is_kept_on_telegram(tg: Harness, key: str) -> None:
    chat = 351021 + ["age_months", "other_pets", "health"].index(key)
    await tg_at(tg, chat, "en", key)
    await tg.say(chat, ALONE["en"])
    await tg.say(chat, PEOPLE["en"])
    answers = await tg_answers(tg, chat)
    assert (answers.get("alone_hours"), answers.get("household"), answers.get(key)) == (9, 3, None), answers
    assert asked("en", key) in tg.last_text(chat), tg.last_text(chat)


# -- 3. told after the survey ---------------------------------------------------------------------

LATE = [
    (lang, told, field, value)
    for lang in ("en", "ko")
    for told, field, value in (
        (ALONE[lang], "alone_hours", 9),
        (WALKS[lang], "exercise_minutes", 90),
        (PEOPLE[lang], "household", 3),
    )
]


@pytest.mark.parametrize(("lang", "told", "field", "value"), LATE)
async def test_a_routine_told_after_the_survey_corrects_it_on_kakao(
    kakao: Server, lang: str, told: str, field: str, value: int
) -> None:
    user = await kakao_done(kakao, lang)
    await user.send(told)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(field) == value, (answers, user.text)
    assert t(lang, f"survey-field-{field}") in user.text, user.text
    assert not await kakao_reports(kakao, user.key)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_routine_told_after_the_survey_corrects_it_on_telegram(tg: Harness, lang: str) -> None:
    chat = 351031 + (lang == "ko")
    await tg_done(tg, chat, lang)
    for told in (ALONE[lang], PEOPLE[lang], WALKS[lang]):
        await tg.say(chat, told)
    answers = await tg_answers(tg, chat)
    assert (answers.get("alone_hours"), answers.get("household"), answers.get("exercise_minutes")) == (
        9,
        3,
        90,
    ), tg.sent(chat)[-6:]


# -- 4. a length alone at a question that does not take it ---------------------------------------

LENGTHS = [
    (lang, key, typed)
    for lang, typed in (("en", "9 hours"), ("ko", "9시간"), ("en", "45 min"), ("ko", "45분"))
    for key in ("age_months", "breed", "household", "other_pets", "concerns")
]


def _said_why(lang: str, user_text: str, typed: str) -> bool:
    """The re-ask quotes the length and names the questions it may answer."""
    return f'"{typed}"' in user_text and (
        t(lang, "survey-field-alone_hours") in user_text
        or t(lang, "survey-field-exercise_minutes") in user_text
    )


@pytest.mark.parametrize(("lang", "key", "typed"), LENGTHS)
async def test_a_length_at_another_question_says_why_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    before = dict(await kakao_answers(kakao, user.key))
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert {k: v for k, v in answers.items() if before.get(k) != v} == {}, answers
    assert _said_why(lang, user.text, typed), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize("key", ["breed", "concerns"])
async def test_a_length_at_another_question_says_why_on_telegram(tg: Harness, key: str) -> None:
    chat = 351041 + (key == "concerns")
    await tg_at(tg, chat, "en", key)
    await tg.say(chat, "9 hours")
    said: Any = "\n".join(tg.sent(chat)[-2:])
    assert _said_why("en", said, "9 hours"), said
    assert key not in await tg_answers(tg, chat)


NAMED_AGAIN = {"en": ("9 hours", "alone 9 hours"), "ko": ("9시간", "혼자 9시간")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_length_after_its_questions_is_said_then_named_changes_it_on_kakao(
    kakao: Server, lang: str
) -> None:
    bare, named = NAMED_AGAIN[lang]
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(bare)
    assert (await kakao_answers(kakao, user.key)).get("alone_hours") == 4, user.text
    assert f'"{bare}"' in user.text and t(lang, "survey-field-alone_hours") in user.text, user.text
    await user.send(named)
    answers = await kakao_answers(kakao, user.key)
    assert (answers.get("alone_hours"), answers.get("concerns")) == (9, None), (answers, user.text)
    assert asked(lang, "concerns") in user.text, user.text
