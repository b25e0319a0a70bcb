# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 60, helper survey16: survey answers held-out batch 16 misread, by kind, each reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API),
Korean and English, with our own variants (never the held-out rows' strings).

1. "back" as the dog's body ("she hates having her back end touched") at the concerns: never the
   Back button. The app's Back option (`onboarding.back_option`) was right already (the rows pass at
   360c5a59); the corpus harness built its own Back without the app's `concepts` and read "back"
   inside a sentence as the button: it now uses the app's option.
2. The concerns: howling when alone is separation only; guarding the sofa or bed is resource
   guarding; "물려고 해요" on being touched is handling, not mouthing (`concern_subsumed`).
3. The household: a newborn is a person (and answers the children ahead). ("두 분" as two people
   was taken out after the full run: "분" as a unit of people read "45분" at the age or the
   household as 45 people, stop 35's length tests.)
4. The hours alone: "혼자 있을 일이 없어요" is none; "2-3 hours max, <someone works from home>" the
   range (`understanding-alone-why-home`).
5. The exercise: the minutes told as the effect of a health note ("관절이 안좋아서 15분 천천히
   걸어요"): the minutes stored, the note kept ahead (`cause_apart`).
6. The age guessed by the shelter ("the shelter guessed maybe 3 or 4": "shelter" left over, asked
   again).
7. The health: don't know with why (`understanding-health-unknown-why`); "no issues as far as i
   know" is none. The children: "아직 없어요 다음달에 태어나요" is no.

First run at 360c5a59 (a worktree at 38d1f481, this file copied in): 19 failed, 4 passed before the
age rows were added (the English one fails there: "shelter" left over; the Korean one a control) (the two
"back" rows, and the two children rows: the flow answered "no" there already; their corpus rows
did not).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DONE = {"ko": "완료", "en": "done"}

# (lang, typed at the concerns, the concerns stored after "done")
CONCERNS = (
    ("en", "grooming. he hates his back legs being touched", ["handling_sensitivity"]),
    ("en", "handling. she hates her back end being brushed", ["handling_sensitivity"]),
    ("ko", "혼자 두면 하울링해요", ["separation"]),
    ("en", "howling when we leave him alone", ["separation"]),
    ("ko", "침대 지키는거요 남편 못 올라오게 해요", ["resource_guarding"]),
    ("ko", "발 만지면 물려고 해요", ["handling_sensitivity"]),
)


def _same(stored: Any, want: list[str]) -> bool:
    return isinstance(stored, list) and sorted(stored) == sorted(want)


# First run at 360c5a59: the two "back" rows passed (the app's Back needs "go back"), the other
# four failed (barking ticked beside separation, mouthing beside handling, the bed asked again).
@pytest.mark.parametrize(("lang", "typed", "want"), CONCERNS)
async def test_a_concern_told_in_a_sentence_is_ticked_on_kakao(
    kakao: Server, lang: str, typed: str, want: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    assert asked(lang, "exercise_minutes") not in user.text, user.text  # never moved back
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _same(answers.get("concerns"), want), (typed, answers, user.text)


async def test_a_concern_told_in_a_sentence_is_ticked_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, want) in enumerate(CONCERNS, 601600):
        await tg_at(tg, chat, lang, "concerns")
        said = await tg_typed(tg, chat, typed)
        assert asked(lang, "exercise_minutes") not in said, said
        await tg_typed(tg, chat, DONE[lang])
        answers = await tg_answers(tg, chat)
        assert _same(answers.get("concerns"), want), (typed, answers, said)


# (lang, question, typed, value stored, the question asked next)
TOLD = (
    # the newborn answers the children question too (`understanding-new-baby`): it is skipped
    ("ko", "household", "저랑 와이프 그리고 갓난아기요", 3, "other_pets"),
    ("en", "household", "me, my wife and our newborn", 3, "other_pets"),
    ("ko", "alone_hours", "저는 재택이라 혼자 있을 일이 없어요", 0, "exercise_minutes"),
    ("en", "alone_hours", "2-3 hours max, my partner works from home fridays", 2.5, "exercise_minutes"),
    ("ko", "alone_hours", "2-3시간 정도요 와이프가 금요일은 재택이에요", 2.5, "exercise_minutes"),
    ("en", "age_months", "the shelter guessed maybe 3 or 4", 42, "sex"),
    ("ko", "age_months", "보호소 추정 3-4살이요", 42, "sex"),  # control: passed at 360c5a59
    ("ko", "exercise_minutes", "관절이 안좋아서 15분 천천히 걸어요", 15, "concerns"),
    ("en", "exercise_minutes", "bad hips so 15 min slow walk", 15, "concerns"),
)


# First run at 360c5a59: all 8 failed (asked again, "갓난아기", "분", "있을 일", the partner, the
# whole kept as a health note).
@pytest.mark.parametrize(("lang", "key", "typed", "value", "nxt"), TOLD)
async def test_a_number_told_with_its_why_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: float, nxt: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(value), (typed, answers, user.text)
    assert asked(lang, nxt) in user.text, user.text


async def test_a_number_told_with_its_why_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, value, nxt) in enumerate(TOLD, 601700):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == pytest.approx(value), (typed, answers, said)
        assert asked(lang, nxt) in said, said


# (lang, question, typed, what the survey stores for it: None for nothing, the question asked next)
KEPT = (
    ("ko", "health", "잘 모르겠어요 입양한지 얼마 안돼서 아직 병원 못가봤어요", None),
    ("en", "health", "not sure, we just got her and haven't been to the vet yet", None),
    ("ko", "health", "저희가 알기로는 건강해요", "none"),
    ("en", "health", "no issues as far as i know", "none"),
    ("ko", "children", "아직 없어요 다음달에 태어나요", "no"),
    ("en", "children", "not yet, baby is due in may", "no"),  # control: passed at 360c5a59
)


# First run at 360c5a59: the 4 health rows failed (the whole message kept as the health note); the
# children rows passed (the flow's answer-asked took "아직 없어요"; the corpus read a question).
@pytest.mark.parametrize(("lang", "key", "typed", "stored"), KEPT)
async def test_a_reply_with_its_why_is_read_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: str | None
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.text)
    assert asked(lang, key) not in user.text, user.text


async def test_a_reply_with_its_why_is_read_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(KEPT, 601800):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, said)
        assert asked(lang, key) not in said, said
