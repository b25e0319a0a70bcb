# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12's survey leftovers (issue 11, batch 113), each reproduced through a real channel
first (Kakao and Telegram, Korean and English).

1a. "8년" typed at a later choice question, the age answered as 3 years: before how long owned it
    was "is it the Age or another question? say 'Age is 8 years'", after it re-asked with no word
    on it. A span longer than the age is no time the dog has been had: what was understood is said
    (as the age, noted otherwise, not changed), nothing stored, everywhere alike.
1b. "8시간" at how long the dog has been had: "I didn't catch how long" — hours are no span; said
    as not placed (hours alone or exercise), as "8시간" at a choice question is.
1c. A baby at the children under 12 ("애기 있어요 돌쟁이", "yes a 1 year old baby"): yes.
1d. "idk" at the hours alone, then "like 3 or 4": asked back as 3.5 minutes or hours of exercise;
    the number given after all is the hours alone. "한 3, 4시간?" read as 3 hours, "4" left over.
2.  "애가 짖어요" at the children (stored yes), "애기가 짖어요 많이" at the sex (kept as children
    told): "애가" is the dog doing something.
3.  "콩이야 이름" / "Max is his name" with nothing open: "not sure what you mean".
4.  "둘" at the sex, the age answered: "if it's the Age, say 'Age is 둘'" — a re-ask suggesting
    an answer already given.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial10_corrections import kakao_confirmed


def field(lang: str, key: str) -> str:
    return t(lang, f"survey-field-{key}")


# -- 1a. a span longer than the age at a later choice question ---------------------------------

LONG_SPAN = {"ko": "8년", "en": "8 years"}
AGE_8 = {"ko": "8살", "en": "8 years"}
AGE_3 = {"ko": "3살", "en": "3 years"}


def understood_as_age(lang: str, typed: str) -> str:
    return t(
        lang,
        "survey-late-number-understood",
        typed=typed,
        field=field(lang, "age_months"),
        value=AGE_8[lang],
        approx="no",
        stored=AGE_3[lang],
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["sex", "size", "children", "other_pets"])
async def test_a_span_longer_than_the_age_is_said_and_kept_nowhere_on_kakao(
    kakao: Server, lang: str, key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    before = await kakao_answers(kakao, user.key)
    await user.send(LONG_SPAN[lang])
    assert understood_as_age(lang, LONG_SPAN[lang]) in user.text, user.text
    assert asked(lang, key) in user.text, user.text
    after = await kakao_answers(kakao, user.key)
    assert after["age_months"] == 36 and after.get("owned_months") == before.get("owned_months"), after


async def test_a_span_longer_than_the_age_is_said_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131300, "ko", "children")
    await tg.say(131300, "8년")
    assert understood_as_age("ko", "8년") in tg.sent(131300)[-2:][0], tg.sent(131300)[-2:]
    answers = await tg_answers(tg, 131300)
    assert answers["age_months"] == 36 and answers["owned_months"] == 24 and "children" not in answers


# -- 1b. hours at how long owned ------------------------------------------------------------------

HOURS = {"ko": "8시간", "en": "8 hours"}


def unplaced(lang: str, typed: str) -> str:
    fields = f"{field(lang, 'alone_hours')} / {field(lang, 'exercise_minutes')}"
    return t(lang, "survey-late-number-unplaced", typed=typed, fields=fields)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_hours_at_how_long_owned_are_said_as_not_placed_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "owned_months")
    await user.send(HOURS[lang])
    assert unplaced(lang, HOURS[lang]) in user.text, user.text
    assert asked(lang, "owned_months") in user.text
    answers = await kakao_answers(kakao, user.key)
    assert "owned_months" not in answers and "alone_hours" not in answers, answers


async def test_hours_at_how_long_owned_are_said_as_not_placed_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131301, "en", "owned_months")
    await tg.say(131301, "30 min")
    assert unplaced("en", "30 min") in tg.sent(131301)[-2:][0], tg.sent(131301)[-2:]
    assert "owned_months" not in await tg_answers(tg, 131301)


# -- 1c. a baby is a child under 12 ---------------------------------------------------------------

BABIES = {"ko": ("애기 있어요 돌쟁이", "아기 있어요 돌 지났어요"), "en": ("yes a 1 year old baby",)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_baby_is_a_child_under_12_on_kakao(kakao: Server, lang: str) -> None:
    for typed in BABIES[lang]:
        user = await kakao_at(kakao, lang, "children")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))["children"] == "yes", typed
        assert asked(lang, "other_pets") in user.text, (typed, user.text)


async def test_a_baby_is_a_child_under_12_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131302, "ko", "children")
    await tg.say(131302, "애기 있어요 돌쟁이")
    assert (await tg_answers(tg, 131302))["children"] == "yes"


# -- 1d. the number given after "don't know" ------------------------------------------------------

AFTER_IDK = {"ko": ("몰라요", "한 3, 4?"), "en": ("idk", "like 3 or 4")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_number_right_after_dont_know_answers_that_question_on_kakao(
    kakao: Server, lang: str
) -> None:
    idk, number = AFTER_IDK[lang]
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(idk)
    assert asked(lang, "exercise_minutes") in user.text
    await user.send(number)
    answers = await kakao_answers(kakao, user.key)
    assert answers["alone_hours"] == 3.5 and "alone_hours" not in answers.get("unknown", []), answers
    assert "exercise_minutes" not in answers, answers
    assert field(lang, "alone_hours") in user.text and asked(lang, "exercise_minutes") in user.text


async def test_a_number_right_after_dont_know_answers_that_question_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131303, "en", "alone_hours")
    await tg.say(131303, "idk")
    await tg.say(131303, "like 3 or 4")
    answers = await tg_answers(tg, 131303)
    assert answers["alone_hours"] == 3.5 and "exercise_minutes" not in answers, answers


async def test_the_open_questions_own_answer_after_dont_know_stays_its_own_on_kakao(kakao: Server) -> None:
    """A number the open question takes ("45 min" at the exercise) is its answer: the hours alone
    stay not known."""
    user = await kakao_at(kakao, "en", "alone_hours")
    await user.send("idk")
    await user.send("45 min")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") is None and answers["exercise_minutes"] == 45, answers


async def test_a_comma_range_with_its_unit_is_a_range_on_kakao(kakao: Server) -> None:
    for key, typed, value in (("alone_hours", "한 3, 4시간?", 3.5), ("exercise_minutes", "30, 40분", 35)):
        user = await kakao_at(kakao, "ko", key)
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key))[key] == value, typed


# -- 2. "애가" for the dog ------------------------------------------------------------------------


async def test_the_dog_called_the_kid_is_no_child_at_the_children_on_kakao(kakao: Server) -> None:
    for typed in ("애가 짖어요", "우리 애가 짖어요", "애가 산책할때 짖어요"):
        user = await kakao_at(kakao, "ko", "children")
        await user.send(typed)
        assert "children" not in await kakao_answers(kakao, user.key), typed
        assert asked("ko", "children") in user.text, (typed, user.text)


async def test_the_dog_called_the_baby_is_no_child_at_the_sex_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131304, "ko", "sex")
    await tg.say(131304, "애기가 짖어요 많이")
    await tg.say(131304, "여아 중성화")
    await tg.say(131304, "푸들")
    await tg.say(131304, "소형")
    await tg.say(131304, "보호소")
    await tg.say(131304, "2년")
    await tg.say(131304, "2명")
    assert asked("ko", "children") in tg.last_text(131304), tg.last_text(131304)
    assert "children" not in await tg_answers(tg, 131304)


async def test_the_dog_called_the_kid_is_no_child_at_the_children_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131305, "ko", "children")
    await tg.say(131305, "애가 짖어요")
    assert "children" not in await tg_answers(tg, 131305)
    assert asked("ko", "children") in tg.last_text(131305)


# -- 3. the name told idle ------------------------------------------------------------------------

OWN_NAME = {"ko": "콩이야 이름", "en": "Rex is his name"}
OTHER_NAME = {"ko": ("보리야 이름", "보리", "네"), "en": ("Max is his name", "Max", "yes")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dogs_own_name_told_idle_is_said_noted_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_confirmed(kakao, lang)
    await user.send(OWN_NAME[lang])
    assert t(lang, "survey-name-same", name=NAME[lang]) in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["name"] == NAME[lang]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_name_told_idle_offers_the_rename_on_kakao(kakao: Server, lang: str) -> None:
    typed, name, yes = OTHER_NAME[lang]
    user = await kakao_confirmed(kakao, lang)
    await user.send(typed)
    assert t(lang, "survey-q-name-hint", name=name) in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["name"] == NAME[lang]  # offered, not yet taken
    await user.send(yes)
    assert (await kakao_answers(kakao, user.key))["name"] == name


async def test_the_name_told_first_is_offered_by_the_name_question_on_telegram(tg: Harness) -> None:
    await tg.say(131306, "콩이야 이름", language_code="ko")
    assert t("ko", "survey-q-name-hint", name="콩이") in tg.last_text(131306), tg.last_text(131306)


async def test_another_name_told_idle_offers_the_rename_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131307, "en", "health")
    await tg.say(131307, "skip")
    await tg.say(131307, "yes")  # the review confirmed
    await tg.say(131307, "Max is his name")
    assert t("en", "survey-q-name-hint", name="Max") in tg.last_text(131307), tg.last_text(131307)


# -- 4. a re-ask suggesting an answer already given -----------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [("ko", "둘"), ("ko", "둘이요"), ("en", "two")])
async def test_a_bare_number_word_suggests_no_answered_age_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    assert field(lang, "age_months") not in user.text, user.text
    assert asked(lang, "sex") in user.text
    assert (await kakao_answers(kakao, user.key))["age_months"] == 36


async def test_a_bare_number_word_at_the_children_is_no_length_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131308, "ko", "children")
    await tg.say(131308, "둘")  # two children (batch 115: a count there is a yes), no hours alone
    assert field("ko", "alone_hours") not in tg.sent(131308)[-2:][0], tg.sent(131308)[-2:]
    assert asked("ko", "other_pets") in tg.last_text(131308)
    answers = await tg_answers(tg, 131308)
    assert answers["children"] == "yes" and "alone_hours" not in answers, answers
