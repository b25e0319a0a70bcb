# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, owner trial 32: answers told for another question than the open one, and the household
counted from "me and my mum". Each reproduced through a real channel (Kakao, Telegram), what was
stored read back.

1. The exercise told at the age ("아침저녁 30분씩", "하루 한번 20분?") was recognised but dropped
   ("'하루 운동' 질문의 답 같아요. 그 질문은 차례가 오면 여쭤볼게요"): the owner typed it again.
   Kept ahead like the origin, the hours alone and the household.
2. The household, children and hours alone told at the age ("2 adults 1 baby", "yes a baby",
   "none really, i wfh"), children with an age at how long owned ("있어요 7살": read as 7 years
   owned), no children at the size ("애기없어요"): "I didn't catch the age", dropped. Each kept for
   its own question, the open one asked again.
3. "me and my mum" at the household stored 1: the owner and a family word are two.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (language, question open, typed, what is kept {key: value}, the question asked next)
EARLY: tuple[tuple[str, str, str, dict[str, Any], str], ...] = (
    ("ko", "age_months", "아침저녁 30분씩", {"exercise_minutes": 60}, "age_months"),
    ("ko", "age_months", "하루 한번 20분?", {"exercise_minutes": 20}, "age_months"),
    ("en", "age_months", "30 min twice a day", {"exercise_minutes": 60}, "age_months"),
    ("en", "sex", "we walk 45 mins a day", {"exercise_minutes": 45}, "sex"),
    ("en", "age_months", "2 adults 1 baby", {"household": 3, "children": "yes"}, "age_months"),
    ("en", "age_months", "yes a baby", {"children": "yes"}, "age_months"),
    ("en", "age_months", "none really, i wfh", {"alone_hours": 0}, "age_months"),
    ("ko", "owned_months", "있어요 7살", {"children": "yes"}, "owned_months"),
    ("ko", "size", "애기없어요", {"children": "no"}, "size"),
    ("ko", "age_months", "어른 둘 아기 하나", {"household": 3, "children": "yes"}, "age_months"),
    ("ko", "age_months", "아기 있어요", {"children": "yes"}, "age_months"),
)

# (language, typed at the household, the count stored)
HOUSEHOLD: tuple[tuple[str, str, int], ...] = (
    ("en", "me and my mum", 2),
    ("en", "just me n my bf", 2),
    ("en", "me and my sister", 2),
    ("en", "me and my flatmate", 2),
    ("en", "just me and my husband", 2),
    ("ko", "엄마랑 저요", 2),
    ("ko", "저랑 남편이요", 2),
    ("ko", "룸메랑 저", 2),
    ("en", "me and my nan", 2),
    ("en", "me and my mum and dad", 3),
    ("ko", "저랑 엄마", 2),
    ("ko", "저랑 남동생", 2),
    ("ko", "저랑 언니", 2),
)


def _kept(answers: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(answers.get(k) == v for k, v in want.items())


@pytest.mark.parametrize(("lang", "key", "typed", "want", "next_key"), EARLY)
async def test_told_for_a_later_question_is_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, want: dict[str, Any], next_key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert _kept(answers, want), (typed, answers, user.texts)
    assert key not in answers, (typed, answers)
    assert asked(lang, next_key) in user.text, user.texts


async def test_told_for_a_later_question_is_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, want, next_key) in enumerate(EARLY, 47301):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert _kept(answers, want), (typed, answers, tg.sent(chat))
        assert key not in answers, (typed, answers)
        assert asked(lang, next_key) in tg.last_text(chat), tg.sent(chat)


async def test_exercise_kept_early_is_not_asked_again_on_kakao(kakao: Server) -> None:
    """The exercise kept at the age is not asked in its turn: the survey goes from the hours alone
    to the concerns, and the review shows the minutes told."""
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("아침저녁 30분씩")
    for text in ("3살", "여아 중성화", "푸들", "소형", "보호소", "2년", "2명", "아니요", "없어요"):
        await user.send(text)
    assert asked("ko", "alone_hours") in user.text, user.texts
    await user.send("4시간")
    assert asked("ko", "concerns") in user.text, user.texts
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("exercise_minutes") == 60, answers


@pytest.mark.parametrize(("lang", "typed", "count"), HOUSEHOLD)
async def test_me_and_a_family_member_is_two_on_kakao(
    kakao: Server, lang: str, typed: str, count: int
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("household") == count, (typed, answers, user.texts)


async def test_me_and_a_family_member_is_two_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, count) in enumerate(HOUSEHOLD, 47351):
        await tg_at(tg, chat, lang, "household")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("household") == count, (typed, answers, tg.sent(chat))


async def test_the_dog_called_a_baby_at_the_age_is_no_child_on_kakao(kakao: Server) -> None:
    """ "she's still a baby" at the age is the dog: no children answer, the age asked again."""
    for typed in ("she's still a baby", "아직 아기예요"):
        lang = "ko" if typed[0] > "z" else "en"
        user = await kakao_at(kakao, lang, "age_months")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert "children" not in answers, (typed, answers, user.texts)
