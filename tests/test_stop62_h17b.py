# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 62, helper h17b: survey answers held-out 13–17 missed, by kind, each reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English; never tuned on the held-out rows' words (the rows below are other wordings of each kind).

Numbers — a number and an explaining clause beside it is that number; the rule stays "a quantity
is accepted only when the whole answer is used", so the words read past are known explaining words
of the locale files:
1. the why or who helps after it ("12시간 교대근무라..", "8-9 hours? my mum checks on him at
   lunch"), a word about the dog ("열두살이요 할머니에요 우리콩이", "she's 12, an old lady now");
2. amounts by two people summed ("도그워커가 1시간 … 제가 20분" = 80 minutes);
3. an exact count with a clause is exact ("me and my husband, he's away a lot for work though" = 2).
4. the day it happened ("보통 5시간이고 그날은 30분이었어요") left out, a person's death clause
   ("my husband passed away so it's just me") ending before the answer.
Choices — "엄마가 데려와서 잘 모름" is don't-know, not the option the person names; children who only
visit are a no; reactions told as one leading to the next are the strongest.

First run at 2b27a807 (main 5699b752 with only this file): 17 failed, 8 passed (the passing ones
guards: "10시간이요 야간근무라서", "12 hours, i work shifts..", "we walk about fifty minutes a
day", "she's 11, an old lady now", "me and my wife, she travels…", the Korean don't-know, the sex
rows). The health note's don't-know and the worst-of-sequence rows were added with their fixes.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


def _nfd(text: str) -> str:
    """As an iPhone types Hangul (decomposed jamo)."""
    return unicodedata.normalize("NFD", text)


# (lang, question, typed, value stored for the question)
NUMBERS = (
    ("ko", "alone_hours", "12시간 교대근무라..", 12),
    ("ko", "alone_hours", "10시간이요 야간근무라서", 10),
    ("en", "alone_hours", "12 hours, i work shifts..", 12),
    ("ko", "alone_hours", "출근하면 7-8시간? 점심때 엄마가 한번 봐줘요", 7.5),
    ("en", "alone_hours", "7-8 hours? my mum checks on him at lunch", 7.5),
    ("ko", "exercise_minutes", "도그워커가 40분 산책시켜 주고 밤에 제가 30분", 70),
    ("en", "exercise_minutes", "the dog walker does 40 minutes and i do 30 at night", 70),
    ("ko", "exercise_minutes", _nfd("하루 오십 분 가량 걷습니다"), 50),
    ("en", "exercise_minutes", "we walk about fifty minutes a day", 50),
    ("ko", "age_months", _nfd("열한살이요 할머니에요"), 132),
    ("en", "age_months", "she's 11, an old lady now", 132),
    ("ko", "household", "둘이요 남편은 출장이 잦아요", 2),
    ("en", "household", "me and my wife, she travels a lot for work though", 2),
    ("en", "household", "my husband passed away so it's just me", 1),
    ("ko", "household", "남편이 세상을 떠나서 이제 저 혼자예요", 1),
    ("en", "alone_hours", "usually 5 hours, 30 min when it happened", 5),
    ("ko", "alone_hours", "보통 5시간이고 그날은 30분이었어요", 5),
)


@pytest.mark.parametrize(("lang", "key", "typed", "value"), NUMBERS)
async def test_a_number_with_its_explaining_clause_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(value), (typed, answers, user.text)


async def test_a_number_with_its_explaining_clause_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, key, typed, value) in enumerate(NUMBERS, 621700):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        got = (await tg_answers(tg, chat)).get(key)
        if got != pytest.approx(value):
            bad.append((typed, got, said))
    assert not bad, bad


# Not fixed at stop 62 (still asked again, nothing wrong stored): a person named again after the
# count ("남편 둘이요 남편은…": the husband counted twice). The dog's own name beside its age
# ("열한살이요 할머니에요 우리콩이") is fixed at stop 63: tests/test_stop63_oldheld63.py.
NOT_FIXED = (("ko", "household", "저랑 남편 둘이요 남편은 출장이 잦아요", 2),)


@pytest.mark.xfail(strict=True, reason="not fixed at stop 62: see NOT_FIXED")
@pytest.mark.parametrize(("lang", "key", "typed", "value"), NOT_FIXED)
async def test_not_fixed_yet_on_kakao(kakao: Server, lang: str, key: str, typed: str, value: float) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == pytest.approx(value)


def _one(got: Any) -> Any:
    return got[0] if isinstance(got, list) and len(got) == 1 else got


# (lang, question, typed, option stored; None: nothing stored, or don't-know)
CHOICES = (
    ("ko", "origin", "아빠가 데려와서 잘 몰라요", None),
    ("en", "origin", "my dad brought her home so no idea", None),
    ("ko", "sex", "여아예요 아직 중성화 안 했어요 수의사가 6개월 지나서 하래요", "female_intact"),
    ("en", "sex", "female, not spayed yet, the vet said to wait till she's 6 months", "female_intact"),
    ("ko", "children", _nfd("손자들이 가끔 옵니다만 같이 살지는 않습니다"), "no"),
    ("en", "children", "the grandkids visit sometimes but they don't live with us", "no"),
    # added with the fixes (not in the first run): the same kinds in other words
    ("ko", "origin", "아빠가 데려와서 잘 모름", None),
    ("ko", "worst_reaction", "으르렁거리다가 한번 허공에 물었어요", "snap"),
    ("en", "worst_reaction", "growled and then snapped at the air once", "snap"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "value"), CHOICES)
async def test_a_choice_told_in_a_sentence_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: str | None
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    if value is None:
        assert answers.get(key) in (None, "unknown"), (typed, answers, user.text)
    else:
        assert _one(answers.get(key)) == value, (typed, answers, user.text)


async def test_a_choice_told_in_a_sentence_on_telegram(tg: Harness) -> None:
    bad = []
    for chat, (lang, key, typed, value) in enumerate(CHOICES, 621800):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        got = (await tg_answers(tg, chat)).get(key)
        if (value is None and got not in (None, "unknown")) or (value is not None and _one(got) != value):
            bad.append((typed, got, said))
    assert not bad, bad


HEALTH = (("ko", "잘 모르겠어요 남편이 병원 데려가서"), ("en", "not sure, my mum takes him to the vet"))


@pytest.mark.parametrize(("lang", "typed"), HEALTH)
async def test_dont_know_because_another_takes_him_to_the_vet_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("health") != typed, (answers, user.text)


async def test_dont_know_because_another_takes_him_to_the_vet_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(HEALTH, 621900):
        await tg_at(tg, chat, lang, "health")
        said = await tg_typed(tg, chat, typed)
        assert (await tg_answers(tg, chat)).get("health") != typed, said
