# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, ages and lengths of time (owner trial 32), each fault reproduced through a real channel
first, what was kept read back from the store.

1. Two dogs' ages in native Korean numbers ("콩이 세살 두부 한살") were summed: 4 years. A native
   number with its unit is an age as "3살" is: the surveyed dog's kept, the other dog offered.
2. A range of native numbers after a reason ("몰라요 보호소에서 데려와서 ㅠㅠ 대충 두세살?") was "2살
   까지는…" with words never typed quoted; "대여섯살" was 6 years. The number said after a
   don't-know and why is the answer, approximate; "대여섯" is 5–6.
4. A number beside a hedge and why ("no idea hes a rescue from romania, maybe 1?", "loads, like 2
   hours") was asked again: it is that number, approximate.
5. "3주", "6 weeks" at how long the owner has had the dog were stored as 0 and 1 month; "이제
   한달반 됐어요" at the age as 2 months. A part of a month is kept and shown in weeks.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
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

NEXT = {k: ANSWERS["ko"][i + 1][0] for i, (k, _) in enumerate(ANSWERS["ko"][:-1])}

# (language, question, typed, stored, [low, high] kept as approximate or None)
TOLD: tuple[tuple[str, str, str, float, list[float] | None], ...] = (
    ("ko", "age_months", "몰라요 보호소에서 데려와서 ㅠㅠ 대충 두세살?", 30, [24, 36]),
    ("ko", "age_months", "대여섯살", 66, [60, 72]),
    ("ko", "age_months", "이제 한달반 됐어요", 1.5, None),
    ("en", "age_months", "no idea hes a rescue from romania, maybe 1?", 12, [12, 12]),
    ("en", "alone_hours", "loads, like 2 hours", 2, [2, 2]),
    ("en", "exercise_minutes", "loads, like 2 hours", 120, [120, 120]),
    ("ko", "alone_hours", "엄청 많이요 한 2시간", 2, [2, 2]),
    ("ko", "owned_months", "3주", 0.69, None),
    ("en", "owned_months", "6 weeks", 1.38, None),
)


def _kept(answers: dict[str, Any], key: str) -> tuple[Any, Any]:
    return answers.get(key), (answers.get("approximate") or {}).get(key)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "between"), TOLD)
async def test_quantity_said_loosely_is_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float, between: list[float] | None
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, NEXT[key]) in user.text, (typed, user.texts)
    value, approx = _kept(await kakao_answers(kakao, user.key), key)
    assert value == stored, (typed, value)
    if between is not None:
        assert approx == between, (typed, approx)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "between"), TOLD)
async def test_quantity_said_loosely_is_kept_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, stored: float, between: list[float] | None
) -> None:
    chat = 47320 + TOLD.index((lang, key, typed, stored, between))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert asked(lang, NEXT[key]) in tg.last_text(chat), (typed, tg.sent(chat))
    value, approx = _kept(await tg_answers(tg, chat), key)
    assert value == stored, (typed, value)
    if between is not None:
        assert approx == between, (typed, approx)


async def test_weeks_are_shown_as_weeks_on_the_card_on_kakao(kakao: Server) -> None:
    """ "3주" was "1개월 미만" on the card: the review shows 3주 (and "6 weeks" in English)."""
    for lang, typed, weeks in (("ko", "3주", 3), ("en", "6 weeks", 6)):
        user = await kakao_at(kakao, lang, "owned_months")
        await user.send(typed)
        keys = [k for k, _ in ANSWERS[lang]]
        for _key, text in ANSWERS[lang][keys.index("household") :]:
            await user.send(text)
        assert t(lang, "value-weeks", weeks=weeks) in user.text, user.texts


@pytest.mark.parametrize("typed", ["콩이 세살 두부 한살", "콩이는 세살 두부는 한살"])
async def test_two_ages_in_native_numbers_on_kakao_and_telegram(
    kakao: Server, tg: Harness, typed: str
) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["age_months"] == 36, user.texts
    assert t("ko", "newdog-after-survey-named", name="두부") in user.text, user.texts
    assert asked("ko", "sex") in user.text, user.texts
    chat = 47340 + len(typed)
    await tg_at(tg, chat, "ko", "age_months")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["age_months"] == 36, tg.sent(chat)
    assert asked("ko", "sex") in tg.last_text(chat), tg.sent(chat)
