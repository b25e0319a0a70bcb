# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 small faults other helpers noticed (noticed64), each reproduced through a real channel
first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English.

1. "입양한지 얼마나 됐는지 모르겠어요", "I don't know how long we've had her" at the sex: stored as
   the sex unknown (`dont-know-why`): how long owned is what is not known; marked unknown, said in
   a line, and the sex asked again (`DONT_KNOW_OTHER`).
2. "입양한지 얼마 안돼서 나이는 몰라요", "she's a rescue so we don't know her age" at the other pets:
   asked again (Unclear): the age marked unknown, said, the other pets asked again.
3. "we just got her so no idea yet", "데려온 지 얼마 안 돼서 아직 몰라요" at the hours alone: asked
   again: don't know, the survey moves on.
4. "barely any since my knee is bad" at the exercise: asked again: about 0 minutes.
5. "none cause he's healthy" at the health: kept as the note typed: "none".
6. "중성화 했어요" told idle for a female dog: checked (spayed stored, the sex kept female).

First run at f345a9b2 (main's tip, this file in): 18 failed, 11 passed (the three guards, fault 6's
four: a female told "중성화 했어요" / "she's been neutered" idle was already stored spayed and kept
female, nothing changed for it; and the Korean exercise and health, already read right). After the
understanding's fix 2 still failed (the owned time marked unknown at the sex was asked later):
passed by via the survey's answered-ahead list.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

UNKNOWN_KEY = "unknown"

# (lang, the open question, typed, the question marked unknown)
CASES: tuple[tuple[str, str, str, str], ...] = (
    ("ko", "sex", "입양한지 얼마나 됐는지 모르겠어요", "owned_months"),
    ("en", "sex", "I don't know how long we've had her", "owned_months"),
    ("ko", "other_pets", "입양한지 얼마 안돼서 나이는 몰라요", "age_months"),
    ("en", "other_pets", "she's a rescue so we don't know her age", "age_months"),
)


def _unknown(answers: dict[str, Any]) -> list[str]:
    found = answers.get(UNKNOWN_KEY) or []
    assert isinstance(found, list), answers
    return found


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
async def test_a_dont_know_of_another_question_marks_that_one_on_kakao(
    kakao: Server, case: tuple[str, str, str, str]
) -> None:
    lang, key, typed, other = case
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, (answers, user.text)  # the open question not answered
    assert _unknown(answers) == [other], (answers, user.text)
    assert t(lang, f"survey-field-{other}") in user.text, user.text  # said in a line
    assert asked(lang, key) in user.text, user.text  # the open question asked again


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
async def test_a_dont_know_of_another_question_marks_that_one_on_telegram(
    tg: Harness, case: tuple[str, str, str, str]
) -> None:
    lang, key, typed, other = case
    chat = 64600 + CASES.index(case)
    await tg_at(tg, chat, lang, key)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    shown = "\n".join(tg.sent(chat)[before:])
    answers = await tg_answers(tg, chat)
    assert key not in answers, (answers, shown)
    assert _unknown(answers) == [other], (answers, shown)
    assert t(lang, f"survey-field-{other}") in shown, shown
    assert asked(lang, key) in shown, shown


# the owned time marked unknown at the sex is passed by when the survey reaches it
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_owned_time_marked_unknown_is_not_asked_later_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(CASES[0 if lang == "ko" else 1][2])
    for typed in (
        {
            "ko": ("여아 중성화", "푸들", "소형", "보호소"),
            "en": ("female spayed", "poodle", "small", "breeder"),
        }
    )[lang]:
        await user.send(typed)
    assert asked(lang, "household") in user.text, user.text
    assert asked(lang, "owned_months") not in user.text, user.text


# guards: why the dog is new names no question not known; the open question's don't-know
GUARDS: tuple[tuple[str, str, str], ...] = (
    ("ko", "worst_reaction", "입양한지 얼마 안돼서 모르겠어요"),
    ("en", "worst_reaction", "we've only had her a week, don't know yet"),
    ("en", "sex", "idk if she likes kids"),
)


@pytest.mark.parametrize("case", GUARDS, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in GUARDS])
async def test_why_the_dog_is_new_marks_no_other_question_on_kakao(
    kakao: Server, case: tuple[str, str, str]
) -> None:
    lang, key, typed = case
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert all(k == key for k in _unknown(answers)), (answers, user.text)


# -- 3. a don't-know with why the dog is new at the hours alone ------------------------------------

NEW_DOG = {"ko": "데려온 지 얼마 안 돼서 아직 몰라요", "en": "we just got her so no idea yet"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_for_a_new_dog_at_the_hours_alone_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(NEW_DOG[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _unknown(answers) == ["alone_hours"], (answers, user.text)
    assert asked(lang, "exercise_minutes") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dont_know_for_a_new_dog_at_the_hours_alone_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64610 if lang == "ko" else 64611
    await tg_at(tg, chat, lang, "alone_hours")
    await tg.say(chat, NEW_DOG[lang])
    answers = await tg_answers(tg, chat)
    assert _unknown(answers) == ["alone_hours"], (answers, tg.sent(chat)[-2:])
    assert asked(lang, "exercise_minutes") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 4. an amount word with the owner's own why at the exercise -----------------------------------

BARELY = {"ko": "제가 무릎이 안 좋아서 거의 못 해요", "en": "barely any since my knee is bad"}


def _zero(stored: object) -> bool:
    value = stored.get("value") if isinstance(stored, dict) else stored
    return isinstance(value, int | float) and value == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_barely_any_with_why_is_about_none_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "exercise_minutes")
    await user.send(BARELY[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _zero(answers.get("exercise_minutes")), (answers, user.text)
    assert asked(lang, "concerns") in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_barely_any_with_why_is_about_none_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64620 if lang == "ko" else 64621
    await tg_at(tg, chat, lang, "exercise_minutes")
    await tg.say(chat, BARELY[lang])
    answers = await tg_answers(tg, chat)
    assert _zero(answers.get("exercise_minutes")), (answers, tg.sent(chat)[-2:])


# -- 5. none with its why at the health -----------------------------------------------------------

NONE_WHY = {"ko": "없어요 건강해서요", "en": "none cause he's healthy"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_none_with_why_at_the_health_is_none_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(NONE_WHY[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") == "none", (answers, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_none_with_why_at_the_health_is_none_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64630 if lang == "ko" else 64631
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, "none because he's healthy" if lang == "en" else NONE_WHY[lang])
    answers = await tg_answers(tg, chat)
    assert answers.get("health") == "none", (answers, tg.sent(chat)[-2:])


# -- 6. "neutered" told idle for a female dog ------------------------------------------------------

SPAYED = {"ko": "중성화 했어요", "en": "she's been neutered"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_neutered_told_of_a_female_keeps_her_female_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang, "intact_female")
    await user.send(SPAYED[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") == "female_spayed", (answers, user.text)
    assert t(lang, "survey-opt-sex-male_neutered") not in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_neutered_told_of_a_female_keeps_her_female_on_telegram(tg: Harness, lang: str) -> None:
    chat = 64640 if lang == "ko" else 64641
    await tg_owner(tg, chat, lang, "intact_female")
    await tg.say(chat, SPAYED[lang])
    answers = await tg_answers(tg, chat)
    assert answers.get("sex") == "female_spayed", (answers, tg.sent(chat)[-2:])
    assert t(lang, "survey-opt-sex-male_neutered") not in tg.last_text(chat), tg.sent(chat)[-2:]
