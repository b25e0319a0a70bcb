# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 10's answers typed at survey questions (issue 11), each reproduced through a real
channel (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), in both languages.

1. At the name question a sentence about the household ("혼자살아요"), the sex after a yes ("ㅇㅇ
   여자애"), a word for a photo ("[사진]", "photo") or for any dog ("dog") became the dog's name.
   None is a name: the name is asked again saying what was understood; the sex is kept for its
   question.
2. "어디까지 했더라", "hey sorry got busy" at the breed were stored as the breed: back after a pause,
   at any question, the question comes again after one line.
3. "5명이서" at the household was not 5 people (Korean counters for people: 명이서, 다섯이서).
4. "네 두살반이요" was 4 years and a half (네 read as 4), "아 두살반 맞아요" went to the coach model:
   a yes or a confirmation around a whole quantity is read past, at every quantity question.
5. "why do u need to know where we got him?" went to the coach model: why the question is asked,
   said, and the question again. "중성화 꼭 해야돼요?" was read as "do I have to do the survey?": a
   question for the coach, as any other question asked mid-survey.
6. "jumping on people, pulling on leash" at the exercise was analysed as a report: concern names
   listed with no incident are kept for the concerns question, as batch 76 has it.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.survey import QUESTIONS, index_of
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
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


async def _answers_or_empty(kakao: Server, key: str) -> dict[str, Any]:
    try:
        return await kakao_answers(kakao, key)
    except AssertionError:  # no dog yet: nothing stored
        return {}


async def _tg_answers_or_empty(tg: Harness, chat: int) -> dict[str, Any]:
    try:
        return await tg_answers(tg, chat)
    except AssertionError:
        return {}


async def _kinds(kakao: Server, key: str) -> list[str]:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        return [r.kind for r in await s.list_reports(user.id)] if user is not None else []


# -- 1. no name at the name question --------------------------------------------------------------


def _no_name_reply(lang: str, typed: str, why: str) -> str:
    if why in ("sex", "household"):
        return t(lang, "survey-name-other-answer", field=t(lang, f"survey-field-{why}"))
    if why == "media":
        return t(lang, "unsupported-input-survey")
    return t(lang, "survey-name-generic", typed=typed)


NO_NAMES = (
    ("ko", "혼자살아요", "household"), ("ko", "ㅇㅇ 여자애", "sex"), ("ko", "[사진]", "media"),
    ("ko", "사진", "media"), ("ko", "강아지", "generic"), ("en", "photo", "media"),
    ("en", "dog", "generic"), ("en", "i live alone", "household"), ("en", "yes girl", "sex"),
)  # fmt: skip


async def test_words_that_are_no_name_are_asked_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, typed, why in NO_NAMES:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert _no_name_reply(lang, typed, why) in user.texts, (typed, user.texts)
        assert user.text.endswith(t(lang, "survey-q-name")), (typed, user.text)
        assert "name" not in await _answers_or_empty(kakao, user.key), typed
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed", "why"), [NO_NAMES[2], NO_NAMES[6]])
async def test_a_photo_word_or_a_dog_word_is_no_name_on_telegram(
    tg: Harness, lang: str, typed: str, why: str
) -> None:
    chat = 920100 + NO_NAMES.index((lang, typed, why))
    await tg_at(tg, chat, lang, "name")
    await tg.say(chat, typed)
    assert _no_name_reply(lang, typed, why) in tg.sent(chat)[-2:], tg.sent(chat)[-3:]
    assert tg.last_text(chat).endswith(t(lang, "survey-q-name"))
    assert "name" not in await _tg_answers_or_empty(tg, chat)
    await tg.say(chat, NAME[lang])  # the name typed next is the name
    assert (await tg_answers(tg, chat))["name"] == NAME[lang]


async def test_the_sex_told_at_the_name_is_kept_for_its_question_on_kakao(kakao: Server) -> None:
    """ "ㅇㅇ 여자애" at the name: the girl kept, so "중성화 했어요" at the sex question completes it."""
    for lang, told, name, age, rest in (
        ("ko", "ㅇㅇ 여자애", "콩이", "3살", "중성화 했어요"),
        ("en", "yes girl", "Rex", "3", "spayed"),
    ):
        user = await kakao_at(kakao, lang, "name")
        await user.send(told)
        await user.send(name)
        await user.send(age)
        assert asked(lang, "sex") in user.text, user.text
        await user.send(rest)
        assert (await kakao_answers(kakao, user.key))["sex"] == "female_spayed", (lang, user.texts)


async def test_a_yes_before_the_name_is_not_part_of_it_on_kakao(kakao: Server) -> None:
    for lang, typed, name in (("ko", "네 콩이요", "콩이"), ("en", "yeah Max", "Max")):
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["name"] == name, user.texts


# -- 2. back after a pause, at any question --------------------------------------------------------

RESUMED = (
    ("ko", "breed", "어디까지 했더라"), ("ko", "age_months", "어디까지 했더라?"),
    ("ko", "sex", "죄송해요 바빠서 늦었어요"), ("ko", "health", "어디까지 했죠"),
    ("en", "breed", "hey sorry got busy"), ("en", "household", "sorry i was busy"),
    ("en", "origin", "sorry got distracted, where was i"), ("en", "health", "hey sorry got busy"),
)  # fmt: skip


async def test_back_after_a_pause_asks_the_open_question_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, key, typed in RESUMED:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert t(lang, "survey-resume") in user.texts, (typed, user.texts)
        assert asked(lang, key) in user.text, (typed, user.text)
        assert key not in await kakao_answers(kakao, user.key), (key, typed)
        assert await kakao_reports(kakao, user.key) == [], typed
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "key", "typed"), [RESUMED[0], RESUMED[4]])
async def test_back_after_a_pause_at_the_breed_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 920200 + RESUMED.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert t(lang, "survey-resume") in tg.sent(chat)[-2:], tg.sent(chat)[-3:]
    assert asked(lang, key) in tg.last_text(chat)
    assert key not in await tg_answers(tg, chat)


# -- 3. Korean counters for people -------------------------------------------------------------


async def test_people_counted_with_korean_counters_on_kakao(kakao: Server) -> None:
    for lang, typed, count in (
        ("ko", "5명이서", 5), ("ko", "다섯이서", 5), ("ko", "둘이서요", 2), ("ko", "셋이서 살아요", 3),
        ("ko", "혼자서요", 1), ("ko", "우리 다섯 식구예요", 5), ("en", "just the 3 of us", 3),
        ("en", "5 of us", 5),
    ):  # fmt: skip
        user = await kakao_at(kakao, lang, "household")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["household"] == count, (typed, user.texts)
        assert asked(lang, "children") in user.text, (typed, user.text)


async def test_five_of_us_in_korean_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 920300, "ko", "household")
    await tg.say(920300, "5명이서")
    assert (await tg_answers(tg, 920300))["household"] == 5


# -- 4. a yes or a confirmation around a quantity -------------------------------------------------

AGREED = (
    ("ko", "age_months", "네 두살반이요", 30), ("ko", "age_months", "아 두살반 맞아요", 30),
    ("ko", "age_months", "네 살이요", 48), ("ko", "household", "네 3명이요", 3),
    ("ko", "alone_hours", "응 5시간", 5), ("ko", "alone_hours", "네 시간", 4),
    ("ko", "exercise_minutes", "ㅇㅇ 30분이요", 30), ("ko", "owned_months", "넹 2년 맞아요", 24),
    ("en", "age_months", "yes 2 and a half", 30), ("en", "household", "3 thats right", 3),
    ("en", "alone_hours", "yeah 4 hours", 4), ("en", "owned_months", "yep 2 years", 24),
)  # fmt: skip


async def test_a_yes_around_a_quantity_is_read_past_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """Controls: "네 살", "네 시간" stay 4 (the 네 is their number)."""
    for lang, key, typed, value in AGREED:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))[key] == value, (typed, user.texts)
    assert _model_calls(fake_ollama) == 0


async def test_yes_two_and_a_half_years_on_telegram(tg: Harness) -> None:
    for chat, typed in ((920400, "네 두살반이요"), (920401, "아 두살반 맞아요")):
        await tg_at(tg, chat, "ko", "age_months")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat))["age_months"] == 30
        assert asked("ko", "sex") in tg.last_text(chat)


# -- 5. why a question is asked; a care question typed at a survey question ------------------------


async def test_why_a_question_is_asked_is_answered_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, key, typed in (
        ("en", "origin", "why do u need to know where we got him?"),
        ("en", "household", "why does that matter"),
        ("ko", "origin", "왜 물어보세요?"),
        ("ko", "alone_hours", "그걸 왜 알아야 돼요?"),
    ):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert t(lang, f"survey-why-{key}") in user.texts, (typed, user.texts)
        assert asked(lang, key) in user.text, (typed, user.text)
        assert key not in await kakao_answers(kakao, user.key)
    assert _model_calls(fake_ollama) == 0


async def test_why_we_got_him_is_asked_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 920500, "en", "origin")
    await tg.say(920500, "why do u need to know where we got him?")
    assert t("en", "survey-why-origin") in tg.sent(920500)[-3:], tg.sent(920500)[-3:]
    assert asked("en", "origin") in tg.last_text(920500)


async def test_a_care_question_with_must_is_for_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "중성화 꼭 해야돼요?" asks the coach (a question, as mid-survey questions are), never "how many
    questions are left"; "이거 꼭 해야돼요?" still asks about the survey (control)."""
    for typed, key in (("중성화 꼭 해야돼요?", "sex"), ("산책 꼭 해야 하나요?", "size")):
        user = await kakao_at(kakao, "ko", key)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        left = t("ko", "survey-left", count=len(QUESTIONS) - index_of(key))
        assert left not in user.texts, user.texts
        assert _model_calls(fake_ollama) == calls + 1, typed  # the coach's answer, once
        assert asked("ko", key) in user.text, user.text
        assert await _kinds(kakao, user.key) == ["question"], typed  # a question, never an incident
    user = await kakao_at(kakao, "ko", "sex")
    await user.send("이거 꼭 해야돼요?")
    assert t("ko", "survey-left", count=13) in user.texts, user.texts


# -- 6. concern names listed at a number question ---------------------------------------------------


async def test_concerns_listed_at_the_exercise_are_kept_for_the_concerns_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, typed in (
        ("en", "jumping on people, pulling on leash"),
        ("ko", "사람한테 뛰어오르고 줄 당겨요"),
    ):
        user = await kakao_at(kakao, lang, "exercise_minutes")
        await user.send(typed)
        concerns = ", ".join(t(lang, f"category-{c}") for c in ("jumping", "pulling"))
        assert t(lang, "survey-concerns-kept", concerns=concerns) in user.texts, (typed, user.texts)
        assert asked(lang, "exercise_minutes") in user.text
        assert await kakao_reports(kakao, user.key) == [], typed
    assert _model_calls(fake_ollama) == 0


async def test_an_account_with_when_stays_a_report_on_telegram(tg: Harness) -> None:
    """Control (trials F1, K2): what the dog does and when is an account, analysed."""
    await tg_at(tg, 920600, "en", "exercise_minutes")
    await tg.say(920600, "He keeps barking at the door whenever guests come")
    assert await tg_reports(tg, 920600) == ["He keeps barking at the door whenever guests come"]
    await tg_at(tg, 920601, "en", "exercise_minutes")
    await tg.say(920601, "jumping on people, pulling on leash")
    assert await tg_reports(tg, 920601) == []
