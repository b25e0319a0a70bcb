# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial 5 (issue 11, corpus batch 68): survey answers misfiled or invented,
each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through
the fake Bot API and the webhook), then kept; the fake Ollama counts the model calls.

1. A closing word ("done", "ok", "다했어") at a free-text question (the breed, the name, the
   health) was stored as the answer ("Breed: done"): it is never stored.
4. "m" or "neutered" alone at the sex question was "pick one of the four": the half understood
   is kept and only the other half asked.
6. "she have 3 year" at the age: "have" is filler.
8. "idk shes never bitten anyone" idle called the model: a negated incident is no report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import (
    ANSWERS,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1: closing words are never a free-text answer ----------------------------------------------

CLOSING = [
    ("en", "breed", "done"),
    ("en", "breed", "ok"),
    ("en", "breed", "next"),
    ("ko", "breed", "다했어"),
    ("ko", "breed", "끝"),
    ("ko", "breed", "됐어요"),
    ("en", "name", "done"),
    ("ko", "name", "다했어"),
    ("en", "health", "done"),
    ("ko", "health", "끝"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), CLOSING)
async def test_a_closing_word_is_never_a_free_text_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key) if key != "name" else kakao.user(lang=lang)
    if key == "name":
        await user.send("/start")
        assert asked(lang, "name") in user.text, user.text
    calls = _calls(fake_ollama)
    await user.send(typed)
    assert _calls(fake_ollama) == calls
    if key == "name":
        assert asked(lang, "name") in user.text, user.text
        return
    stored = (await kakao_answers(kakao, user.key)).get(key)
    assert stored is None or str(stored).casefold() != typed.casefold(), (typed, stored)


async def test_done_at_the_breed_is_not_stored_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    await tg_at(tg, 6801, "en", "breed")
    calls = _calls(fake_ollama)
    await tg.say(6801, "done")
    assert (await tg_answers(tg, 6801)).get("breed") != "done", tg.last_text(6801)
    assert _calls(fake_ollama) == calls


# -- 4: half of the sex -------------------------------------------------------------------------

HALVES = [
    ("en", "m", "neutered", "male_neutered"),
    ("en", "girl", "intact", "female_intact"),
    ("en", "neutered", "male", "male_neutered"),
    ("en", "fixed", "f", "female_spayed"),
    ("ko", "남아", "중성화했어요", "male_neutered"),
    ("ko", "중성화했어요", "여아", "female_spayed"),
]


@pytest.mark.parametrize(("lang", "first", "second", "value"), HALVES)
async def test_half_of_the_sex_keeps_it_and_asks_the_other_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, first: str, second: str, value: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    calls = _calls(fake_ollama)
    await user.send(first)
    assert asked(lang, "breed") not in user.text, user.text
    await user.send(second)
    assert asked(lang, "breed") in user.text, user.texts[-2:]
    assert (await kakao_answers(kakao, user.key))["sex"] == value
    assert _calls(fake_ollama) == calls


# -- 6: filler verbs beside the age --------------------------------------------------------------


@pytest.mark.parametrize("typed", ["she have 3 year", "he has 3 years", "she is 3 year"])
async def test_have_beside_the_age_is_filler_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_at(kakao, "en", "age_months")
    await user.send(typed)
    assert asked("en", "sex") in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["age_months"] == 36


# -- 8: a negated incident idle -----------------------------------------------------------------

NEGATED = [
    ("en", "idk shes never bitten anyone"),
    ("en", "he has never bit anybody"),
    ("ko", "한 번도 사람을 문 적 없어요"),
]


@pytest.mark.parametrize(("lang", "typed"), NEGATED)
async def test_a_negated_incident_idle_is_no_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 6810 + NEGATED.index((lang, typed))
    await tg.say(chat, "/start", language_code=lang)
    for _key, text in ANSWERS[lang]:
        await tg.say(chat, text)
    await tg.say(chat, "yes" if lang == "en" else "네")
    calls = _calls(fake_ollama)
    await tg.say(chat, typed)
    assert _calls(fake_ollama) == calls, tg.last_text(chat)


async def test_since_a_span_at_the_age_is_how_long_owned_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "since 1 year" at the age was stored as an age of 12 months: a span after "since" is how
    long the dog has been with the owner; stored there, said so, and the age asked again."""
    user = await kakao_at(kakao, "en", "age_months")
    calls = _calls(fake_ollama)
    await user.send("since 1 year")
    answers = await kakao_answers(kakao, user.key)
    assert "age_months" not in answers, answers
    assert answers.get("owned_months") == 12, answers
    assert user.text.endswith(asked("en", "age_months")), user.text
    assert _calls(fake_ollama) == calls


# -- 7: the next question's number told at the other pets ----------------------------------------


@pytest.mark.parametrize(("lang", "tick", "typed"), [("ko", "고양이", "4시간"), ("en", "cat", "4 hours")])
async def test_a_number_after_a_tick_says_what_was_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, tick: str, typed: str
) -> None:
    """ "4시간" after a tick at the other pets: the owner has moved on, so the ticks are kept (said
    in a line) and the number answers the time alone (the next question; branch en8c's "ask the
    other pets again until Done" left owners who had moved on out of step, a test of the terminal
    owner trial 6 showed it at the merge)."""
    user = await kakao_at(kakao, lang, "other_pets")
    calls = _calls(fake_ollama)
    await user.send(tick)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") == 4, answers
    assert answers["other_pets"] == ["cat"], answers
    kept = t(
        lang,
        "survey-picks-kept",
        field=t(lang, "survey-field-other_pets"),
        picks=t(lang, "survey-opt-other_pets-cat"),
    )
    assert kept in user.texts, user.texts
    assert asked(lang, "exercise_minutes") in user.text, user.text
    assert _calls(fake_ollama) == calls


# -- 2: a snap or growl told as an incident at the worst reaction ----------------------------------

ONE_TIME = [
    ("en", "snapped once at my nephew", "snap"),
    ("en", "growled at my friend once", "growl"),
    ("ko", "조카한테 한 번 물려는 시늉 했어요", "snap"),
    ("ko", "친구한테 한 번 으르렁거렸어요", "growl"),
]


@pytest.mark.parametrize(("lang", "typed", "option"), ONE_TIME)
async def test_one_time_at_someone_ticks_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, option: str
) -> None:
    """ "snapped once at my nephew" at the worst reaction: the reaction ticked (the terminal
    trial lost it). Changed on purpose at stop 56 (verification trial: "he growled at a kid once"
    got a plan, a check-in and "how often?" about a one-off past event): told undated, it is the
    history the question asks for, no report. Stop 56's rule was reverted (it left bites unreported);
    stop 57 made it again for a warning only: a bite, an injury, a date or a reaction going on stays a
    report (tests/test_stop57_bite57.py, batches 536, 543)."""
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == option
    assert await kakao_reports(kakao, user.key) == []
    assert asked(lang, "health") in user.text, user.text


@pytest.mark.parametrize("typed", ["he growls at strangers", "물려고 한 적 있어요", "has snapped before"])
async def test_a_habit_at_the_worst_reaction_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    lang = "en" if typed.isascii() else "ko"
    user = await kakao_at(kakao, lang, "worst_reaction")
    calls = _calls(fake_ollama)
    await user.send(typed)
    assert await kakao_reports(kakao, user.key) == []
    assert _calls(fake_ollama) == calls


def test_one_time_at_someone_in_the_terminal(tmp_path: Path) -> None:
    lines = [text for key, text in ANSWERS["en"] if key != "worst_reaction" and key != "health"]
    out = _chat(tmp_path, [*lines, "snapped once at my nephew", "skip"], "--lang", "en", "--user", "rob")
    assert "Snap" in out.split("Is this right?")[-2], out[-1500:]
    assert t("en", "survey-q-health", name="Rex") in out


# -- 3: a frequency at a multi-choice question with ticks ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "tick", "typed"),
    [("ko", "짖음", "거의 매일 almost every day"), ("en", "barking", "almost every day")],
)
async def test_a_frequency_with_ticks_is_said_not_taken_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, tick: str, typed: str
) -> None:
    """ "거의 매일 almost every day" at the concerns with a tick typed got only "Picked so far:
    …", the words silently dropped: it picks nothing, and the re-ask says so with the words."""
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(tick)
    calls = _calls(fake_ollama)
    await user.send(typed)
    assert any(f"{typed}" in text for text in user.texts[-2:]), user.texts[-2:]
    assert "concerns" not in await kakao_answers(kakao, user.key)
    assert _calls(fake_ollama) == calls


# -- 5: a later question's answer told at the sex ------------------------------------------------

AHEAD = [
    ("en", "husky", "breed", "husky"),
    ("en", "big", "size", "large"),
    ("en", "breeder", "origin", "breeder"),
    ("en", "we are 3 person in home", "household", 3),
    ("ko", "진돗개", "breed", "진돗개"),
    ("ko", "대형견이에요", "size", "large"),
    ("ko", "펫샵", "origin", "pet_shop"),
    ("ko", "저희 집 3명이에요", "household", 3),
    ("en", "she alone 9 hour when I work", "alone_hours", 9),
    ("ko", "혼자 9시간 있어요", "alone_hours", 9),
]


@pytest.mark.parametrize(("lang", "typed", "key", "value"), AHEAD)
async def test_a_later_answer_at_the_sex_is_stored_ahead_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str, value: object
) -> None:
    """At the sex question "husky", "big", "breeder", "we are 3 person in home" were each
    "pick one of the four": they answer a later question, stored ahead with a line, and the sex
    asked again."""
    user = await kakao_at(kakao, lang, "sex")
    calls = _calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == value, (typed, answers)
    assert "sex" not in answers
    assert t(lang, "survey-field-" + key) in " ".join(user.texts[-3:]), user.texts[-3:]
    assert asked(lang, "sex") in user.text, user.text
    assert _calls(fake_ollama) == calls


async def test_a_short_number_with_a_unit_at_the_sex_is_placed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "1y" at the sex was "pick one of the four": a number with its unit is placed. With no age
    word, the age answered, it is how long the dog has been had (owner trial 12, batch 109: "2y"
    meant that), said in a line; the age is never overwritten; the sex asked again."""
    user = await kakao_at(kakao, "en", "sex")
    await user.send("1y")
    assert t("en", "survey-field-owned_months") in user.texts[-2][: len(user.texts[-2])], user.texts
    answers = await kakao_answers(kakao, user.key)
    assert answers["age_months"] == 36 and answers["owned_months"] == 12, answers
    assert asked("en", "sex") in user.text, user.text
