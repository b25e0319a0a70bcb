# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Natural, hedged survey answers from a new-owner trial and held-out misses, each reproduced
through a real channel (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API, the
terminal as `dogcoach chat`) and kept. The rule (issue 11): the survey understands natural answers
and never invents one — a hedged number is stored as approximate, a quantity only when the whole
answer is used, an option only when the words name it."""

from __future__ import annotations

from pathlib import Path

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()


async def test_hedged_ages_are_stored_as_approximate_on_kakao(kakao: Server) -> None:
    """ "1년 좀 넘었어", "한 3살 정도 된 것 같아요", "about 2 I think", "a bit over a year" were
    re-asked as not understood (a hedge word no list held); "두살쯤?" is about 2. Each is the
    number said, stored as approximate, and the survey goes on."""
    for lang, typed, months in (
        ("ko", "1년 좀 넘었어", 12),
        ("ko", "두살쯤?", 24),
        ("ko", "한 3살 정도 된 것 같아요", 36),
        ("ko", "3살일 거예요", 36),
        ("en", "about 2 I think", 24),
        ("en", "a bit over a year", 12),
        ("en", "around 2 years I guess", 24),
    ):
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("age_months") == months, (typed, answers)
        assert "age_months" in answers.get("approximate", {}), (typed, answers)
        assert asked(lang, "sex") in user.text, (typed, user.text)


async def test_hedged_durations_are_stored_as_approximate_on_telegram(tg: Harness) -> None:
    """The same kind at how long the owner has had the dog (a span, read like an age)."""
    for chat, lang, typed, months in (
        (17101, "ko", "1년 좀 넘었어", 12),
        (17102, "en", "about 2 years I think", 24),
    ):
        await tg_at(tg, chat, lang, "owned_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("owned_months") == months, (typed, answers)
        assert "owned_months" in answers.get("approximate", {}), (typed, answers)
        assert asked(lang, "household") in tg.last_text(chat), (typed, tg.last_text(chat))


async def test_a_dog_found_on_the_street_is_a_rescue_on_telegram(tg: Harness) -> None:
    """ "길에서 주웠어요" (found on the street) was re-asked as naming no option; the question's own
    re-ask says a dog found and taken in is "Shelter / rescue"."""
    for chat, lang, typed in (
        (17201, "ko", "길에서 주웠어요"),
        (17202, "ko", "보호소에서 데려왔어요"),
        (17203, "en", "found him on the street"),
        (17204, "en", "she was a stray"),
    ):
        await tg_at(tg, chat, lang, "origin")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("origin") == "shelter", (typed, answers)
        assert asked(lang, "owned_months") in tg.last_text(chat), (typed, tg.last_text(chat))


async def test_no_other_pets_in_words_is_none_on_kakao(kakao: Server) -> None:
    """ "no other pets" was understood as "Other" and "None" at once, "nope just him" and "얘
    하나예요" as nothing: saying there is only this dog is the None option, and the survey goes on."""
    for lang, typed in (
        ("en", "no other pets"),
        ("en", "nope just him"),
        ("en", "just her"),
        ("en", "no other animals"),
        ("ko", "없어요 얘 혼자에요"),
        ("ko", "얘 하나예요"),
        ("ko", "다른 동물은 없어요"),
    ):
        user = await kakao_at(kakao, lang, "other_pets")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("other_pets") == ["none"], (typed, answers)
        assert asked(lang, "alone_hours") in user.text, (typed, user.text)


async def test_a_household_told_by_its_people_on_telegram(tg: Harness) -> None:
    """ "와이프랑 저랑 애 둘" (my wife, me and two kids) was re-asked: "애" (a child) was no word of
    the household. The people named and the children counted by their number make 4."""
    for chat, lang, typed, people in (
        (17301, "ko", "와이프랑 저랑 애 둘", 4),
        (17302, "ko", "남편이랑 저랑 애 하나", 3),
        (17303, "en", "my wife, me and 2 kids", 4),
    ):
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("household") == people, (typed, answers)
        assert asked(lang, "children") in tg.last_text(chat), (typed, tg.last_text(chat))


async def test_a_household_without_the_owner_is_asked_again_on_kakao(kakao: Server) -> None:
    """ "남편이랑 애 둘" (my husband and two kids) and "my wife and 2 kids" were stored as 3: the
    question counts the owner too, who is not named — 3 or 4. Asked again saying what was read,
    nothing stored; the number then is the answer."""
    for lang, typed, read in (("ko", "남편이랑 애 둘", "3명"), ("en", "my wife and 2 kids", "3 people")):
        user = await kakao_at(kakao, lang, "household")
        await user.send(typed)
        assert t(lang, "survey-unclear-household-owner", value=read) in user.text, (typed, user.text)
        assert "household" not in await kakao_answers(kakao, user.key), typed
        await user.send("4")
        assert (await kakao_answers(kakao, user.key)).get("household") == 4, typed


async def test_exercise_twice_a_day_is_the_day_total_on_kakao(kakao: Server) -> None:
    """ "아침저녁 30분씩" (30 minutes mornings and evenings) was re-asked with "30 minutes"
    understood: the question asks for the day, so morning and evening make 60 minutes."""
    for lang, typed, minutes in (
        ("ko", "아침저녁 30분씩", 60),
        ("ko", "아침 저녁으로 30분씩", 60),
        ("en", "30 min morning and evening", 60),
        ("en", "30 minutes twice a day", 60),
    ):
        user = await kakao_at(kakao, lang, "exercise_minutes")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("exercise_minutes") == minutes, (typed, answers)
        assert asked(lang, "concerns") in user.text, (typed, user.text)


def test_exercise_twice_a_day_in_the_terminal(tmp_path: Path) -> None:
    """The same in the terminal: the card shows the day's total, an hour."""
    lines = [answer if key != "exercise_minutes" else "아침저녁 30분씩" for key, answer in ANSWERS["ko"]]
    out = _chat(tmp_path, lines, "--lang", "ko")
    assert t("ko", "survey-err-exercise_minutes") not in out, out
    assert t("ko", "survey-field-exercise_minutes") + ": 1시간" in out, out


async def test_two_answers_in_one_message_take_the_open_one_on_telegram(tg: Harness) -> None:
    """ "3살이고 남자애에요" at the age question was re-asked with "3 years" understood: the dog's
    sex said with it is no part of the age. The age is taken; nothing is stored for the sex
    question, asked in its turn, where the part already said is kept: "중성화 했어요" completes it."""
    for chat, lang, typed, then in (
        (17401, "ko", "3살이고 남자애에요", "중성화 했어요"),
        (17402, "en", "3 years, he's a boy", "neutered"),
    ):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == 36, (typed, answers)
        assert "sex" not in answers, (typed, answers)
        assert asked(lang, "sex") in tg.last_text(chat), (typed, tg.last_text(chat))
        await tg.say(chat, then)
        answers = await tg_answers(tg, chat)
        assert answers.get("sex") == "male_neutered", (typed, then, answers)
        assert asked(lang, "breed") in tg.last_text(chat), (typed, tg.last_text(chat))
    await tg_at(tg, 17403, "ko", "age_months")
    await tg.say(17403, "3")  # a bare number is no part of the sex question (not its option 3)
    await tg.say(17403, "중성화 했어요")
    assert "sex" not in await tg_answers(tg, 17403)
