# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial (issue 11, batch 51): the survey invented answers from numbers it could not place,
each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through
the fake Bot API and the webhook), then kept.

1. "1년" typed at the size question overwrote the age the owner had said they did not know: a
   bare span there may be the age or how long owned; nothing is stored, the re-ask says what
   was understood. Said with its unit ("1살이에요") it still corrects the age, said in a line.
2. "하루8시간정도" at the exercise question was stored as 480 minutes a day: a value past what
   a question's answer usually is (`Question.likely`) is asked to be confirmed, saying what was
   understood; the same value told again is stored.
3. "보호소에서 데려왔고 2년 됐어요" at the origin kept the origin and lost the 2 years: how long
   owned, told with "had him" / "됐어요", is stored ahead and not asked.
"""

from __future__ import annotations

from typing import Any

from dogcoach.handlers.card import UNKNOWN_KEY
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
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

UNKNOWN_AGE = {
    "ko": ("콩이", "잘 모르겠어요", "여아 중성화", "푸들"),
    "en": ("Rex", "I don't know", "female spayed", "poodle"),
}


async def kakao_at_size_age_unknown(server: Server, lang: str) -> Any:
    user = server.user(lang=lang)
    await user.send("/start")
    for text in UNKNOWN_AGE[lang]:
        await user.send(text)
    assert asked(lang, "size") in user.text, user.text
    return user


async def test_a_bare_span_at_the_size_keeps_an_unknown_age_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed in (("ko", "1년"), ("en", "1 year"), ("ko", "2년이요"), ("en", "2 yrs")):
        user = await kakao_at_size_age_unknown(kakao, lang)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        field = t(lang, "survey-field-age_months")
        said = t(lang, "survey-late-number-which", typed=typed, field=field)
        if (
            answers.get("age_months") is not None
            or "age_months" not in (answers.get(UNKNOWN_KEY) or [])
            or said not in user.text
            or asked(lang, "size") not in user.text
        ):
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong


async def test_an_age_with_its_unit_at_the_size_corrects_it_and_says_so_on_kakao(kakao: Server) -> None:
    wrong = []  # the re-ask's own example ("나이는 1년", "Age is 1 year") is understood
    for lang, typed in (("ko", "아 그리고 1살이에요"), ("ko", "나이는 1년"), ("en", "Age is 1 year")):
        user = await kakao_at_size_age_unknown(kakao, lang)
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        said = t(lang, "survey-field-age_months") in user.text and asked(lang, "size") in user.text
        if answers.get("age_months") != 12 or "age_months" in (answers.get(UNKNOWN_KEY) or []) or not said:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong


async def test_a_bare_span_at_the_size_on_telegram(tg: Harness) -> None:
    await tg.say(51001, "/start", language_code="en")
    for text in UNKNOWN_AGE["en"]:
        await tg.say(51001, text)
    await tg.say(51001, "1 year")
    answers = await tg_answers(tg, 51001)
    assert answers.get("age_months") is None, answers
    said = t("en", "survey-late-number-which", typed="1 year", field=t("en", "survey-field-age_months"))
    assert said in tg.sent(51001)[-2:][0], tg.sent(51001)[-2:]


UNLIKELY = (
    ("ko", "exercise_minutes", "하루8시간정도", 480, "8시간"),
    ("en", "exercise_minutes", "8 hours a day", 480, "8 hours"),
    ("ko", "alone_hours", "20시간", 20, "20시간"),
    ("en", "household", "15", 15, "15"),
)


async def test_an_unlikely_number_is_confirmed_first_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, key, typed, stored, _shown in UNLIKELY:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        first = (await kakao_answers(kakao, user.key)).get(key)
        reply = user.text
        if first is not None or t(lang, f"survey-field-{key}") not in reply or asked(lang, key) not in reply:
            wrong.append(("first", typed, first, reply))
            continue
        await user.send(typed)  # told again: it is meant
        again = (await kakao_answers(kakao, user.key)).get(key)
        if again != stored:
            wrong.append(("again", typed, again, user.text))
    assert not wrong, wrong


async def test_a_usual_number_is_stored_at_once_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "exercise_minutes")
    await user.send("하루 2시간 정도")
    assert (await kakao_answers(kakao, user.key)).get("exercise_minutes") == 120, user.text


async def test_an_unlikely_number_is_confirmed_first_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 51002, "ko", "exercise_minutes")
    await tg.say(51002, "하루8시간정도")
    assert (await tg_answers(tg, 51002)).get("exercise_minutes") is None, tg.last_text(51002)
    await tg.say(51002, "30분")
    assert (await tg_answers(tg, 51002)).get("exercise_minutes") == 30, tg.last_text(51002)


OWNED_AT_ORIGIN = (
    ("ko", "보호소에서 데려왔고 2년 됐어요", 24),
    ("ko", "보호소에서 입양했고 1년 키웠어요", 12),
    ("en", "he's a rescue, we've had him 2 years", 24),
    ("en", "rescue, had her for 1 year", 12),
)


async def test_how_long_owned_told_at_the_origin_is_kept_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed, months in OWNED_AT_ORIGIN:
        user = await kakao_at(kakao, lang, "origin")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if (
            answers.get("origin") != "shelter"
            or answers.get("owned_months") != months
            or asked(lang, "household") not in user.text
        ):
            wrong.append((typed, answers.get("origin"), answers.get("owned_months"), user.text))
    assert not wrong, wrong


async def test_how_long_owned_told_at_the_origin_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 51003, "en", "origin")
    await tg.say(51003, "he's a rescue, we've had him 2 years")
    answers = await tg_answers(tg, 51003)
    assert answers.get("origin") == "shelter" and answers.get("owned_months") == 24, tg.last_text(51003)


# 4. "she hides" / "숨어요" at the strongest reaction was analysed as a report and the question
# asked again: hiding or running off is no growl, snap or bite, so the answer is "none".
FLIGHT = (("ko", "숨어요"), ("ko", "도망가요"), ("en", "she hides"), ("en", "he runs away"))


async def test_hiding_at_the_strongest_reaction_is_none_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed in FLIGHT:
        user = await kakao_at(kakao, lang, "worst_reaction")
        await user.send(typed)
        stored = (await kakao_answers(kakao, user.key)).get("worst_reaction")
        if stored != "none" or asked(lang, "health") not in user.text or await kakao_reports(kakao, user.key):
            wrong.append((typed, stored, user.text))
    assert not wrong, wrong


async def test_hiding_at_the_strongest_reaction_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 51004, "en", "worst_reaction")
    await tg.say(51004, "she hides")
    assert (await tg_answers(tg, 51004)).get("worst_reaction") == "none", tg.last_text(51004)
    assert not await tg_reports(tg, 51004)
