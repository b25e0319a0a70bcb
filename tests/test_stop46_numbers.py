# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46 (issue 11, owner trial 31, Korean and English): survey answers misread, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API),
what the survey kept read back from the store.

1. "boy, too young to be neutered yet" was stored male, neutered: the dog too young for it yet is
   not neutered ("수컷인데 아직 어려서 중성화 안했어요" too).
2. At the household "2명이요 시어머니는 가끔 오세요" was 7 (the "오" of "오세요" read as five): a
   person who visits counts nobody at home; "no, youngest is 14" was 14 people (a child's age);
   at the hours alone "9to6 회사라 9시간 정도" was 18 (the working times and the hours added).
3. At "how long have you had him?" "since he was a pup so 6 yrs" was 0 months (6 years taken for
   the age he came home); "we picked him up saturday" was not understood (a few days).
4. "hour and a half ish" was 30 minutes; "she turns 2 next month" was "1 month" (about 23);
   "vet reckons 4 or 5" was "two ages"; "작년 크리스마스에 태어났어요" was refused.
5. Asked again for words around an understood number ("ok 8h then", "just me, i live alone",
   "4인가족이요", "10년 넘었지", "거의 0이에요"…).
6. "아직 없어요" at the children was don't-know (it is no); "ㅁㄹ" (모름) is don't know.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

DAY = 12.0 / 365.0  # a day, in months

# (lang, question, typed, the value stored: a number within 0.01, or (low, high) it lies in)
STORED: tuple[tuple[str, str, str, Any], ...] = (
    ("ko", "household", "2명이요 시어머니는 가끔 오세요", 2),
    ("ko", "household", "둘이요 시엄니는 가끔 오시고", 2),
    ("en", "household", "just me, i live alone", 1),
    ("ko", "household", "4인가족이요", 4),
    ("ko", "household", "아까 말했잖아 혼자산다고", 1),
    ("ko", "alone_hours", "9to6 회사라 9시간 정도", 9),
    ("en", "alone_hours", "9-6 job so like 9 hrs", 9),
    ("en", "alone_hours", "ok 8h then", 8),
    ("en", "owned_months", "since he was a pup so 6 yrs", 72),
    ("en", "owned_months", "we picked him up saturday", (DAY, 7 * DAY)),
    ("ko", "owned_months", "토요일에 데려왔어요", (DAY, 7 * DAY)),
    ("en", "owned_months", "i just told u lol 1.5 yrs", 18),
    ("en", "owned_months", "like 5 days lol we literally just got him", (4 * DAY, 6 * DAY)),
    ("en", "owned_months", "bout 2 months", 2),
    ("ko", "owned_months", "10년 넘었지", 120),
    ("en", "exercise_minutes", "hour and a half ish", 90),
    ("en", "exercise_minutes", "45 min walk am, 20 min pm", 65),
    ("ko", "exercise_minutes", "거의 안감", 0),
    ("ko", "exercise_minutes", "거의 0이에요", 0),
    ("ko", "exercise_minutes", "평일엔 거의 안해요", 0),
    ("en", "age_months", "she turns 2 next month", 23),
    ("ko", "age_months", "다음달에 2살 돼요", 23),
    ("en", "age_months", "vet reckons 4 or 5", (48, 60)),
    ("ko", "age_months", "작년 크리스마스에 태어났어요", (1, 24)),
)


OLD_DOG = {"ko": "11살", "en": "11"}  # owned 6 or 10 years needs a dog older than that (not 12: 12 - 6 = 6)


async def _kakao_at(server: Server, lang: str, key: str) -> Any:
    """`kakao_at` with a dog of 11 years, for the times owned that are longer than 3 years."""
    user = server.user(lang=lang)
    await user.send("/start")
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await user.send(OLD_DOG[lang] if k == "age_months" else text)
    assert asked(lang, key) in user.text, (key, user.text)
    return user


async def _tg_at(tg: Harness, chat: int, lang: str, key: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    for k, text in ANSWERS[lang]:
        if k == key:
            break
        await tg.say(chat, OLD_DOG[lang] if k == "age_months" else text)
    assert asked(lang, key) in tg.last_text(chat), (key, tg.last_text(chat))


def _stored(answers: dict[str, Any], key: str) -> Any:
    """The value kept for `key`: a time under a month is kept as 0 with its range beside it."""
    between = answers.get("approximate", {}).get(key)
    if answers.get(key) == 0 and between and between[1] > 0:
        return (between[0] + between[1]) / 2
    return answers.get(key)


def _near(value: Any, expected: Any) -> bool:
    if not isinstance(value, int | float):
        return False
    if isinstance(expected, tuple):
        return bool(expected[0] - 0.01 <= value <= expected[1] + 0.01)
    return bool(abs(value - expected) < 0.01)


@pytest.mark.parametrize(("lang", "key", "typed", "expected"), STORED)
async def test_a_number_said_with_words_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, expected: Any
) -> None:
    user = await (_kakao_at if key == "owned_months" else kakao_at)(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert _near(_stored(answers, key), expected), (typed, answers.get(key), user.texts[-2:])
    assert asked(lang, key) not in user.texts[-1], (typed, user.texts[-1])


@pytest.mark.parametrize(
    ("lang", "key", "typed", "expected"),
    [row for row in STORED if row[2] in ("2명이요 시어머니는 가끔 오세요", "9-6 job so like 9 hrs",
                                          "since he was a pup so 6 yrs", "she turns 2 next month",
                                          "거의 0이에요", "we picked him up saturday")],
)  # fmt: skip
async def test_a_number_said_with_words_is_stored_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, expected: Any
) -> None:
    chat = 46301 + len(typed)
    await (_tg_at if key == "owned_months" else tg_at)(tg, chat, lang, key)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert _near(_stored(answers, key), expected), (typed, answers.get(key), tg.sent(chat)[-2:])


@pytest.mark.parametrize(("lang", "typed"), [("en", "no, youngest is 14"), ("ko", "막내가 14")])
async def test_a_childs_age_is_no_household_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") != 14, (typed, answers)
    assert "household" not in answers, (typed, answers)
    assert asked(lang, "household") in user.text, (typed, user.texts[-2:])


# (lang, typed at the sex question, the option stored)
SEX: tuple[tuple[str, str, str], ...] = (
    ("en", "boy, too young to be neutered yet", "male_intact"),
    ("en", "girl, too young to be spayed", "female_intact"),
    ("ko", "수컷인데 아직 어려서 중성화 안했어요", "male_intact"),
    ("en", "male, neutered", "male_neutered"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), SEX)
async def test_too_young_to_be_neutered_is_intact_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") == stored, (typed, answers)


async def test_too_young_to_be_neutered_is_intact_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 46351, "en", "sex")
    await tg.say(46351, "boy, too young to be neutered yet")
    assert (await tg_answers(tg, 46351)).get("sex") == "male_intact"
    await tg_at(tg, 46352, "ko", "sex")
    await tg.say(46352, "수컷인데 아직 어려서 중성화 안했어요")
    assert (await tg_answers(tg, 46352)).get("sex") == "male_intact"


@pytest.mark.parametrize(("lang", "typed"), [("ko", "아직 없어요"), ("en", "none yet")])
async def test_none_yet_at_the_children_is_no_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "no", (typed, answers)
    assert "children" not in answers.get("unknown", []), answers


@pytest.mark.parametrize("key", ["children", "age_months"])
async def test_mr_is_dont_know_on_kakao(kakao: Server, key: str) -> None:
    """ "ㅁㄹ" (모름, don't know) was taken for noise: the question is not known, the survey goes on."""
    user = await kakao_at(kakao, "ko", key)
    await user.send("ㅁㄹ")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) is None, answers
    assert key in answers.get("unknown", []), (answers, user.texts[-2:])
