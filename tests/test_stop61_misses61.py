# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 61, helper misses61: the household and the age held-out 16 misread, by kind, each reproduced through a
real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English, with our own variants (never the held-out rows' strings).

1. A person's death told beside the household ("저 혼자 살아요 남편이 작년에 세상을 떠났어요",
   "just me, my husband passed away last year"): the owner alone, 1; it was read as the dog's
   death (condolences, nothing stored, the question asked again). `person_died`.
2. "두 분" (two persons, the honorific counter) after a native Korean number at the household: 2
   ("할머니랑 할아버지 두 분이에요"); after digits "분" stays minutes (stop 60's full run), kept
   by the stop-35 length tests.
3. The age now and the next one with its birthday ("he's 5, turns 6 in july", "12살이요 3월에 13살
   돼요"): the first, exactly (was about 5 to 6, or the 13 left over and asked again).
   `quantity._next_birthday`.
4. After the survey, the age said before set against the birthday had ("my mistake, i said she was 3
   but she turned 4 last week"): a correction (it was read as the profile told, `told-as-profile`;
   `understanding-correction-about-age_months` now takes "she turned"). Both channel cases passed
   at the old code too (the profile told stores the age as well): controls; the corpus rows keep
   the kind.

First run at 23c2ae41 (a worktree at main, this file copied in): 7 failed, 3 passed (the 6 Kakao
household and age cases and their Telegram test failed; the 3 correction tests passed: controls).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, question, typed, value stored, the question asked next)
TOLD = (
    ("ko", "household", "저 혼자 살아요 남편이 작년에 세상을 떠났어요", 1, "children"),
    ("en", "household", "just me, my husband passed away last year", 1, "children"),
    ("ko", "household", "엄마랑 저 둘이요 아빠는 재작년에 하늘나라 가셨어요", 2, "children"),
    ("ko", "household", "할머니랑 할아버지 두 분이에요", 2, "children"),
    # 3. the age now, then the next birthday
    ("en", "age_months", "he's 5, turns 6 in july", 60, "sex"),
    ("ko", "age_months", "12살이요 3월에 13살 돼요", 144, "sex"),
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


# (lang, typed after the survey, the age stored after, in months) — the setup dog is 3 years old
CORRECTED = (
    ("en", "my mistake, i said she was 3 but she turned 4 last week", 48),
    ("ko", "아까 3살이라고 했는데 지난주에 4살 됐어요", 48),  # control: passed at 23c2ae41
)


@pytest.mark.parametrize(("lang", "typed", "value"), CORRECTED)
async def test_the_age_said_before_set_against_the_birthday_had_is_corrected_on_kakao(
    kakao: Server, lang: str, typed: str, value: int
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == value, (typed, answers, user.text)


async def test_the_age_said_before_set_against_the_birthday_had_is_corrected_on_telegram(
    tg: Harness,
) -> None:
    for chat, (lang, typed, value) in enumerate(CORRECTED, 611200):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == value, (typed, answers, tg.sent(chat)[-2:])
