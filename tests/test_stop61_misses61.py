# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 61, helper misses61: the household held-out 16 misread, by kind, each reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English, with our own variants (never the held-out rows' strings).

1. A person's death told beside the household ("저 혼자 살아요 남편이 작년에 세상을 떠났어요",
   "just me, my husband passed away last year"): the owner alone, 1; it was read as the dog's
   death (condolences, nothing stored, the question asked again). `person_died`.
2. "두 분" (two persons, the honorific counter) after a native Korean number at the household: 2
   ("할머니랑 할아버지 두 분이에요"); after digits "분" stays minutes (stop 60's full run), kept
   by the stop-35 length tests.

First run at 23c2ae41 (a worktree at main, this file copied in): 5 failed, 0 passed (the 4 Kakao
cases and the Telegram one).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, question, typed, value stored, the question asked next)
TOLD = (
    ("ko", "household", "저 혼자 살아요 남편이 작년에 세상을 떠났어요", 1, "children"),
    ("en", "household", "just me, my husband passed away last year", 1, "children"),
    ("ko", "household", "엄마랑 저 둘이요 아빠는 재작년에 하늘나라 가셨어요", 2, "children"),
    ("ko", "household", "할머니랑 할아버지 두 분이에요", 2, "children"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "value", "nxt"), TOLD)
async def test_the_household_told_with_a_death_or_honorific_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: float, nxt: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(value), (typed, answers, user.text)
    assert asked(lang, nxt) in user.text, user.text


async def test_the_household_told_with_a_death_or_honorific_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, value, nxt) in enumerate(TOLD, 611100):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == pytest.approx(value), (typed, answers, said)
        assert asked(lang, nxt) in said, said
