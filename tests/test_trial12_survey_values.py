# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12's values read at the survey's quantity and choice questions (batch 109), each
reproduced through a real channel first (Kakao and Telegram, the terminal where it was found).

8. Misfiled: "herding kids" at the origin stored children = yes; "네 있어요 중딩" at the children
   (under 12) stored yes — a 13–15 year old is no child under 12; "found her" at the sex read as
   female, the origin lost.
9. "여아" / "female" at the sex, then "1" (terminal, numbered options) stored male, not neutered:
   a position that contradicts the half told is said and asked again.
1. "1" at the exercise stored 1 minute: a bare small number there may be hours; the unit asked.
2. "한 반년?" / "반년 정도요" at how long the dog has been had: about 6 months.
4. A span with no age word typed early, the age answered already ("1년", "2y", "6 months"): how
   long the dog has been had, kept for that question with a line.
7. "건너뛰기" at the breed (no breed found), "모르겠음" at the origin (the options again).
6. "반나절", "하루종일 집에 있어요 재택이라" at the hours alone: not understood.
10. "완료" at the hours alone got the 0–24 range line; "3" at the sex on Kakao "one of the four"
    while five buttons are shown.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

ROOT = Path(__file__).resolve().parents[1]


def field(lang: str, key: str) -> str:
    return t(lang, f"survey-field-{key}")


# -- 8. misfiled ---------------------------------------------------------------------------------

HERDING = {"ko": "애들 보면 몰고 다녀요", "en": "herding kids"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_herding_kids_at_the_origin_is_no_children_answer_on_telegram(tg: Harness, lang: str) -> None:
    chat = 129100 + (lang == "en")
    await tg_at(tg, chat, lang, "origin")
    await tg.say(chat, HERDING[lang])
    assert asked(lang, "origin") in tg.last_text(chat), tg.last_text(chat)
    assert "children" not in await tg_answers(tg, chat)


async def test_herding_kids_at_the_origin_is_no_children_answer_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "origin")
    await user.send(HERDING["en"])
    assert t("en", "survey-answered-ahead", field=field("en", "children"), value="Yes") not in user.text
    assert "children" not in await kakao_answers(kakao, user.key)


TEENS = {"ko": ("네 있어요 중딩", "고딩 하나 있어요"), "en": ("yes a teenager", "yeah, 2 teens")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_teenager_is_no_child_under_12_on_kakao(kakao: Server, lang: str) -> None:
    for typed in TEENS[lang]:
        user = await kakao_at(kakao, lang, "children")
        await user.send(typed)
        assert t(lang, "survey-children-older", typed=typed) in user.text, (typed, user.text)
        assert asked(lang, "other_pets") in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))["children"] == "no", typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_teenager_is_no_child_under_12_on_telegram(tg: Harness, lang: str) -> None:
    chat = 129200 + (lang == "en")
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, TEENS[lang][0])
    assert (await tg_answers(tg, chat))["children"] == "no"
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.last_text(chat)


async def test_a_young_child_beside_a_teenager_is_yes_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "children")
    await user.send("초딩 하나 중딩 하나")
    assert (await kakao_answers(kakao, user.key))["children"] == "yes"


async def test_found_her_at_the_sex_is_the_origin_not_the_sex_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 129900, "en", "sex")
    await tg.say(129900, "found her")
    assert asked("en", "sex") in tg.last_text(129900), tg.last_text(129900)
    answers = await tg_answers(tg, 129900)
    assert "sex" not in answers and answers.get("origin") == "shelter", answers


async def test_found_her_at_the_sex_is_the_origin_not_the_sex_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "sex")
    await user.send("found her")
    assert (
        t("en", "survey-unclear-concepts", understood=t("en", "understanding-concept-female"))
        not in user.text
    )
    answers = await kakao_answers(kakao, user.key)
    assert "sex" not in answers and answers.get("origin") == "shelter", answers


# -- 9. a position after half the sex -----------------------------------------------------------

HALF = {"ko": ("여아", "1", "3"), "en": ("female", "1", "3")}


def _terminal(tmp: Path, lang: str, lines: list[str]) -> str:
    return _chat(
        tmp,
        lines,
        "--lang",
        lang,
        env_extra={"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")},
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_position_against_the_half_told_is_asked_in_the_terminal(tmp_path: Path, lang: str) -> None:
    half, wrong, right = HALF[lang]
    before = answers_before(lang, "sex")
    out = _terminal(tmp_path, lang, [*before, half, wrong, right, "/profile"])
    said = t(
        lang,
        "survey-part-contradicted",
        typed=wrong,
        value=t(lang, "survey-opt-sex-male_intact"),
        understood=t(lang, "understanding-concept-female"),
    )
    assert said in out, out
    assert t(lang, "survey-opt-sex-female_intact") in out.split(said, 1)[1], out  # the 3rd stored


# -- 1. a bare small number at the exercise ----------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bare_small_number_at_the_exercise_asks_the_unit_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send("1")
    assert (
        t(
            lang,
            "survey-unit-which",
            typed="1",
            first=t(lang, "value-minutes", minutes=1),
            second=t(lang, "value-hours", hours=1),
        )
        in user.text
    ), user.text
    assert asked(lang, "exercise_minutes") in user.text
    assert "exercise_minutes" not in await kakao_answers(kakao, user.key)
    await user.send({"ko": "1시간", "en": "1 hour"}[lang])
    assert (await kakao_answers(kakao, user.key))["exercise_minutes"] == 60


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bare_small_number_at_the_exercise_asks_the_unit_on_telegram(tg: Harness, lang: str) -> None:
    chat = 129300 + (lang == "en")
    await tg_at(tg, chat, lang, "exercise_minutes")
    await tg.say(chat, "2")
    assert asked(lang, "exercise_minutes") in tg.last_text(chat), tg.last_text(chat)
    assert "exercise_minutes" not in await tg_answers(tg, chat)
    await tg.say(chat, "30")  # a bare number past the hours one would say: minutes
    assert (await tg_answers(tg, chat))["exercise_minutes"] == 30


# -- 2. about half a year at how long -----------------------------------------------------------


async def test_about_half_a_year_at_how_long_on_kakao(kakao: Server) -> None:
    for typed in ("한 반년?", "반년 정도요", "한 반년쯤"):
        user = await kakao_at(kakao, "ko", "owned_months")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["owned_months"] == 6, typed


async def test_about_half_a_year_at_how_long_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 129400, "en", "owned_months")
    await tg.say(129400, "like half a year?")
    assert (await tg_answers(tg, 129400))["owned_months"] == 6


# -- 4. a span typed early, the age answered ----------------------------------------------------

EARLY_SPANS = {
    "ko": (("sex", "1년", 12), ("origin", "6개월", 6)),
    "en": (("sex", "2y", 24), ("size", "6 months", 6)),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_span_typed_early_is_how_long_when_the_age_is_answered_on_kakao(
    kakao: Server, lang: str
) -> None:
    for key, typed, months in EARLY_SPANS[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert field(lang, "owned_months") in user.text, (typed, user.text)
        assert "나이는" not in user.text and "Age is" not in user.text, user.text
        assert asked(lang, key) in user.text, (typed, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert answers["owned_months"] == months and answers["age_months"] == 36, (typed, answers)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_span_typed_early_is_how_long_when_the_age_is_answered_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 129500 + (lang == "en")
    key, typed, months = EARLY_SPANS[lang][0]
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert asked(lang, key) in tg.last_text(chat)
    assert (await tg_answers(tg, chat))["owned_months"] == months


# -- 3. people counted with a child word ----------------------------------------------------------


async def test_people_counted_beside_a_child_word_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "household")
    await user.send("4명이요 초딩 하나 있어요")  # read as 5 (4 and one more)
    answers = await kakao_answers(kakao, user.key)
    assert answers["household"] == 4 and answers["children"] == "yes", answers
    user = await kakao_at(kakao, "ko", "owned_months")
    await user.send("4명이요 초딩 하나")  # "1년까지는 알아들었는데": the child's "하나" read as a year
    assert asked("ko", "owned_months") in user.text, user.text
    answers = await kakao_answers(kakao, user.key)
    assert answers["household"] == 4 and "owned_months" not in answers, answers


async def test_people_counted_beside_a_child_word_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 129950, "ko", "household")
    await tg.say(129950, "4명이요 초딩 하나 있어요")
    answers = await tg_answers(tg, 129950)
    assert answers["household"] == 4 and answers["children"] == "yes", answers


# -- 7. skip and don't know in every form -------------------------------------------------------

SKIP_BREED = {"ko": "건너뛰기", "en": "skip"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_skip_at_the_breed_is_mixed_or_unknown_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(SKIP_BREED[lang])
    assert asked(lang, "size") in user.text, user.text
    # a skip, as at every other question (stop 45: it was stored as the "mixed / don't know" option)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("breed") is None and "breed" in answers.get("unknown", []), answers


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_skip_at_the_breed_is_mixed_or_unknown_on_telegram(tg: Harness, lang: str) -> None:
    chat = 129600 + (lang == "en")
    await tg_at(tg, chat, lang, "breed")
    await tg.say(chat, SKIP_BREED[lang])
    assert asked(lang, "size") in tg.last_text(chat), tg.last_text(chat)


DONT_KNOW = {"ko": ("모르겠음", "잘 모르겠음", "모르겠다"), "en": ("dunno tbh", "not sure tbh")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_at_the_origin_in_every_form_on_kakao(kakao: Server, lang: str) -> None:
    for typed in DONT_KNOW[lang]:
        user = await kakao_at(kakao, lang, "origin")
        await user.send(typed)
        assert asked(lang, "owned_months") in user.text, (typed, user.text)
        assert "origin" in (await kakao_answers(kakao, user.key)).get("unknown", []), typed


async def test_dont_know_at_the_origin_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 129700, "ko", "origin")
    await tg.say(129700, "모르겠음")
    assert asked("ko", "owned_months") in tg.last_text(129700), tg.last_text(129700)


# -- 6. half a day, home all day ----------------------------------------------------------------

ALONE = {
    "ko": (("반나절", 5.0), ("반나절 정도요", 5.0), ("하루종일 집에 있어요 재택이라", 0.0), ("재택이라 거의 집에 있어요", 0.0)),
    "en": (("half a day", 5.0), ("i work from home so hes never alone", 0.0)),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_half_a_day_and_home_all_day_at_the_hours_alone_on_kakao(kakao: Server, lang: str) -> None:
    for typed, hours in ALONE[lang]:
        user = await kakao_at(kakao, lang, "alone_hours")
        await user.send(typed)
        assert asked(lang, "exercise_minutes") in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))["alone_hours"] == hours, typed


async def test_half_a_day_at_the_hours_alone_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 129800, "ko", "alone_hours")
    await tg.say(129800, "반나절")
    assert (await tg_answers(tg, 129800))["alone_hours"] == 5.0


# -- 10. wrong texts ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_done_at_the_hours_is_no_out_of_range_number_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send({"ko": "완료", "en": "done"}[lang])
    assert t(lang, "survey-err-alone_hours") not in user.text, user.text
    assert asked(lang, "alone_hours") in user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_at_the_sex_names_no_wrong_count_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send("3")
    assert {"ko": "네 가지", "en": "four options"}[lang] not in user.text, user.text
    assert asked(lang, "sex") in user.text
