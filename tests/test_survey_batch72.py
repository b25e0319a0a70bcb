# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Survey answers misread in owner trials (issue 11, corpus batch 72), each reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API and the
webhook), both languages where the kind exists, the fake model's calls counted; then kept.

1. "8h" / "8시간" alone at the sex: "pick one of the four", the hours lost without a word. A
   length alone is placed as a late bare number is: said, with the questions it may answer, never
   stored unasked.
2. "no have children" at the sex: "pick one of the four". The children's answer, stored ahead.
3. "a 5 year old maltese", "an 8 month old puppy" at the age: the article read as one (1 year,
   1 month). An article is one only where it is the quantity ("a year and a half").
4. "3살 초코" at the name: named "살초코", the age lost. The name and the age are both kept.
5. "숫컷" (or "m"), then "아니요" / "ㄴㄴ" / "nope": "pick one of the options", the owner trapped.
   A bare no after the sex's half is "not neutered".
6. Voice typing's homophones at a number question: "to years", "too years old", "tree months",
   "for years" (at the age), "for ours" (hours alone). "for years" at how long owned is a long
   time, not 4.
7. With a report waiting: "once a day, 30 minutes" at the exercise question and "we walk 30
   minutes a day" at another question were glued onto the report and analysed again: the
   exercise's answer (stored, or stored ahead).
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import REPORT_EN, REPORT_KO
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
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
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial_k2_meaning import tgo  # noqa: F401  (fixture)

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}

# -- 1: a length alone at a one-choice question --------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [("en", "8h"), ("en", "8 hours"), ("ko", "8시간"), ("ko", "8h")])
async def test_a_length_alone_at_the_sex_is_said_not_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    calls = _calls(fake_ollama)
    await user.send(typed)
    said = " ".join(user.texts[-2:])
    assert t(lang, "survey-late-number-unplaced", typed=typed, fields="@").split("@")[0] in said, said
    assert t(lang, "survey-field-alone_hours") in said, said
    answers = await kakao_answers(kakao, user.key)
    assert not {"sex", "alone_hours", "exercise_minutes"} & set(answers), answers
    assert asked(lang, "sex") in user.text, user.text
    assert _calls(fake_ollama) == calls


async def test_a_length_alone_at_the_sex_is_said_not_stored_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 72101, "en", "sex")
    await tg.say(72101, "8h")
    said = "\n".join(tg.sent(72101)[-2:])
    assert t("en", "survey-late-number-unplaced", typed="8h", fields="@").split("@")[0] in said, said
    answers = await tg_answers(tg, 72101)
    assert not {"sex", "alone_hours", "exercise_minutes"} & set(answers), answers
    assert asked("en", "sex") in tg.last_text(72101)


# -- 2: the children's answer at the sex ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "no have children"), ("en", "no kids"), ("ko", "아이 없어요")]
)
async def test_the_children_told_at_the_sex_are_stored_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    calls = _calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("children") == "no", (typed, answers, user.texts[-3:])
    assert "sex" not in answers
    assert t(lang, "survey-field-children") in " ".join(user.texts[-3:]), user.texts[-3:]
    assert asked(lang, "sex") in user.text, user.text
    assert _calls(fake_ollama) == calls


async def test_no_have_children_at_the_sex_and_at_the_children_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 72201, "en", "sex")
    await tg.say(72201, "no have children")
    assert (await tg_answers(tg, 72201)).get("children") == "no", tg.sent(72201)[-3:]
    await tg_at(tg, 72202, "en", "children")
    await tg.say(72202, "no have children")
    assert (await tg_answers(tg, 72202)).get("children") == "no", tg.sent(72202)[-3:]
    assert asked("en", "other_pets") in tg.last_text(72202)


# -- 3: an article before the number -------------------------------------------------------------

ARTICLES = [("a 5 year old maltese", 60), ("an 8 month old puppy", 8), ("a year and a half", 18)]


@pytest.mark.parametrize(("typed", "months"), ARTICLES)
async def test_an_article_before_the_age_is_no_number_on_kakao(
    kakao: Server, typed: str, months: int
) -> None:
    user = await kakao_at(kakao, "en", "age_months")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == months, (typed, user.texts[-3:])
    assert asked("en", "sex") in user.text, user.text


async def test_an_article_before_the_age_is_no_number_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 72301, "en", "age_months")
    await tg.say(72301, "a 5 year old maltese")
    answers = await tg_answers(tg, 72301)
    assert answers.get("age_months") == 60, (answers, tg.sent(72301)[-3:])
    assert answers.get("breed", "").casefold() == "maltese", answers  # the breed beside it, ahead


# -- 4: the age before the name ------------------------------------------------------------------

AGE_FIRST = [
    ("ko", "3살 초코", "초코", 36),
    ("ko", "5개월 된 보리예요", "보리", 5),
    ("en", "3 year old Max", "Max", 36),
]


@pytest.mark.parametrize(("lang", "typed", "name", "months"), AGE_FIRST)
async def test_the_age_before_the_name_keeps_both_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str, months: int
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    calls = _calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == name and answers.get("age_months") == months, (answers, user.texts[-3:])
    assert t(lang, "survey-q-age_months", name=name) not in user.text, user.text  # not asked again
    assert _calls(fake_ollama) == calls


async def test_the_age_before_the_name_keeps_both_on_telegram(tg: Harness) -> None:
    await tg.say(72401, "/start", language_code="ko")
    await tg.say(72401, "3살 초코")
    answers = await tg_answers(tg, 72401)
    assert answers.get("name") == "초코" and answers.get("age_months") == 36, (answers, tg.sent(72401)[-3:])


# -- 5: a bare no after half of the sex ----------------------------------------------------------

NO_AFTER_HALF = [
    ("ko", "숫컷", "아니요", "male_intact"),
    ("ko", "숫컷", "ㄴㄴ", "male_intact"),
    ("ko", "여아", "아니요", "female_intact"),
    ("en", "m", "no", "male_intact"),
    ("en", "m", "nope", "male_intact"),
    ("en", "girl", "no", "female_intact"),
]


@pytest.mark.parametrize(("lang", "half", "no", "value"), NO_AFTER_HALF)
async def test_a_no_after_half_of_the_sex_is_not_neutered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, half: str, no: str, value: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    calls = _calls(fake_ollama)
    await user.send(half)
    await user.send(no)
    assert (await kakao_answers(kakao, user.key)).get("sex") == value, user.texts[-3:]
    assert asked(lang, "breed") in user.text, user.text
    assert _calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "half", "no"), [("ko", "숫컷", "아니요"), ("en", "boy", "nope")])
async def test_a_no_completes_the_sex_opened_from_the_breed_on_kakao(
    kakao: Server, lang: str, half: str, no: str
) -> None:
    """Half of the sex at the breed opens the sex to be completed: a no there completes it
    (male, not neutered) and the survey goes back to the breed."""
    user = await kakao_at(kakao, lang, "breed")
    await user.send(half)
    await user.send(no)
    assert (await kakao_answers(kakao, user.key)).get("sex") == "male_intact", user.texts[-3:]
    assert asked(lang, "breed") in user.text, user.text


async def test_a_bare_no_alone_still_picks_nothing_on_kakao(kakao: Server) -> None:
    """With no half kept a no says nothing of the sex: the options again, nothing stored."""
    user = await kakao_at(kakao, "ko", "sex")
    await user.send("아니요")
    assert "sex" not in await kakao_answers(kakao, user.key)
    assert asked("ko", "sex") in user.text, user.text


async def test_a_no_after_half_of_the_sex_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 72501, "ko", "sex")
    await tg.say(72501, "숫컷")
    await tg.say(72501, "아니요")
    assert (await tg_answers(tg, 72501)).get("sex") == "male_intact", tg.sent(72501)[-3:]


# -- 6: voice typing's homophones ----------------------------------------------------------------

HOMOPHONES = [
    ("age_months", "to years", 24),
    ("age_months", "too years old", 24),
    ("age_months", "tree months", 3),
    ("age_months", "for years", 48),
    ("alone_hours", "for ours", 4),
]


@pytest.mark.parametrize(("key", "typed", "value"), HOMOPHONES)
async def test_a_homophone_of_a_number_is_that_number_on_kakao(
    kakao: Server, key: str, typed: str, value: int
) -> None:
    user = await kakao_at(kakao, "en", key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == value, (typed, user.texts[-3:])


async def test_for_years_at_how_long_owned_is_no_number_on_kakao(kakao: Server) -> None:
    """ "we've had her for years": a long time, no number made up (asked again)."""
    user = await kakao_at(kakao, "en", "owned_months")
    await user.send("for years")
    assert "owned_months" not in await kakao_answers(kakao, user.key)
    assert asked("en", "owned_months") in user.text, user.text


async def test_a_homophone_of_a_number_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 72601, "en", "age_months")
    await tg.say(72601, "to years")
    assert (await tg_answers(tg, 72601)).get("age_months") == 24, tg.sent(72601)[-3:]


# -- 7: the exercise told with a report waiting --------------------------------------------------

WAITING = [
    ("en", "exercise_minutes", "once a day, 30 minutes", "exercise_minutes", 30),
    ("ko", "exercise_minutes", "하루에 한번 삼십분", "exercise_minutes", 30),
    ("en", "size", "we walk 30 minutes a day", "exercise_minutes", 30),
    ("ko", "size", "하루 30분 산책해요", "exercise_minutes", 30),
]


async def _sent_report(user: object, lang: str, fake_ollama: FakeOllama) -> int:
    """The report sent and still being analysed: the model's call count once it is asked."""
    before = _calls(fake_ollama)
    await user.send(REPORT[lang])  # type: ignore[attr-defined]
    for _ in range(50):
        if _calls(fake_ollama) > before:
            break
        await asyncio.sleep(0.1)
    return _calls(fake_ollama)


@pytest.mark.parametrize(("lang", "at", "typed", "key", "value"), WAITING)
async def test_the_exercise_with_a_report_waiting_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, at: str, typed: str, key: str, value: int
) -> None:
    fake_ollama.behaviour.delay = 3.0  # the report still being analysed
    user = await kakao_at(kakao, lang, at)
    calls = await _sent_report(user, lang, fake_ollama)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == value, user.texts[-3:]
    [text] = await kakao_reports(kakao, user.key)
    assert typed not in text, text  # never glued onto the report
    await asyncio.sleep(0.3)
    assert _calls(fake_ollama) == calls  # not analysed again


async def test_the_exercise_with_a_report_waiting_is_no_detail_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 3.0
    for chat, lang, typed in ((72701, "en", "once a day, 30 minutes"), (72702, "ko", "하루에 한번 삼십분")):
        await tg_at(tgo, chat, lang, "exercise_minutes")
        before = _calls(fake_ollama)
        await tgo.say(chat, REPORT[lang])
        await eventually(lambda b=before: _calls(fake_ollama) > b)
        calls = _calls(fake_ollama)
        await tgo.say(chat, typed)
        assert (await tg_answers(tgo, chat)).get("exercise_minutes") == 30, tgo.sent(chat)[-3:]
        [text] = await tg_reports(tgo, chat)
        assert typed not in text, text
        assert _calls(fake_ollama) == calls
