# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, typos and hedges (helper `typos`): what owners typed that was stored wrong or asked
again, each reproduced through Kakao and Telegram, what was kept read back from the store.

1. Korean phone typos: a final consonant typed apart ("업ㅅ어요": 없어요) and a unit with one vowel
   struck as its neighbour key ("30븐": 30분, "2시긴": 2시간, "3샬": 3살) were not understood.
2. A navigation command with a politeness word ("back pls", "뒤로 가주세요") was stored as the
   dog's name or the answer.
3. "not exactly sure" at the age was not understood ("not sure" left over): don't know.
4. A season with last/작년 ("born last summer", "작년 여름에 태어났어요") was asked again.
5. A number with a reason beside it ("about 4 hours including the commute") was asked again.
6. "she has never been around kids" at the children was stored as yes.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, question, typed, stored): what the survey keeps for the question.
STORED: tuple[tuple[str, str, str, Any], ...] = (
    ("ko", "alone_hours", "업ㅅ어요", 0),
    ("ko", "other_pets", "업ㅅ어요", ["none"]),
    ("ko", "exercise_minutes", "30븐", 30),
    ("ko", "alone_hours", "2시긴", 2),
    ("ko", "age_months", "3샬이요", 36),
    ("en", "exercise_minutes", "30 minuts", 30),
    ("en", "age_months", "not exactly sure", None),
    ("en", "alone_hours", "about 4 hours including the commute", 4),
    ("ko", "alone_hours", "출퇴근 포함해서 4시간 정도요", 4),
)
NEXT = {q: n for q, n in zip(
    ("name", "age_months", "sex", "breed", "size", "origin", "owned_months", "household", "children",
     "other_pets", "alone_hours", "exercise_minutes", "concerns", "worst_reaction", "health"),
    ("age_months", "sex", "breed", "size", "origin", "owned_months", "household", "children",
     "other_pets", "alone_hours", "exercise_minutes", "concerns", "worst_reaction", "health", ""),
    strict=True,
)}  # fmt: skip


def _kept(answers: dict[str, Any], key: str, stored: Any) -> bool:
    if stored is None:
        return key in answers.get("unknown", []) and answers.get(key) is None
    value = answers.get(key)
    return value == stored or (
        isinstance(stored, int) and value is not None and abs(float(value) - stored) < 1e-6
    )


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), STORED)
async def test_typos_and_hedges_are_read_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: Any
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert _kept(answers, key, stored), (typed, answers, user.texts)
    assert asked(lang, NEXT[key]) in user.text, user.texts


async def test_typos_and_hedges_are_read_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(STORED, 47301):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert _kept(answers, key, stored), (typed, answers, tg.sent(chat))


# A season of last year at the age: about a year less the months since that season (approximate).
SEASONS = (("en", "born last summer"), ("ko", "작년 여름에 태어났어요"))


@pytest.mark.parametrize(("lang", "typed"), SEASONS)
async def test_born_last_season_is_an_age_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months"), (answers, user.texts)
    assert asked(lang, "sex") in user.text, user.texts


async def test_born_last_season_is_an_age_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(SEASONS, 47351):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("age_months"), tg.sent(chat)


# A navigation command with a politeness word is the command, never the answer.
BACK = (("en", "back pls"), ("en", "back please"), ("ko", "뒤로 가주세요"), ("ko", "뒤로요"))


@pytest.mark.parametrize(("lang", "typed"), BACK)
async def test_back_please_goes_back_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(typed)
    assert asked(lang, "sex") in user.text, user.texts
    assert "breed" not in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize(("lang", "typed"), BACK)
async def test_back_please_at_the_name_is_no_name_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert t(lang, "survey-back-first") in user.text, user.texts
    assert asked(lang, "name") in user.text, user.texts


async def test_back_please_goes_back_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(BACK, 47361):
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, typed)
        assert asked(lang, "sex") in tg.last_text(chat), tg.sent(chat)
        assert "breed" not in await tg_answers(tg, chat)


# Never been around children: no child lives with the dog, never "yes".
NEVER = (("en", "she has never been around kids"), ("ko", "애들이랑은 지내본 적이 없어요"))


@pytest.mark.parametrize(("lang", "typed"), NEVER)
async def test_never_around_kids_is_no_children_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") != "yes", user.texts


async def test_never_around_kids_is_no_children_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(NEVER, 47371):
        await tg_at(tg, chat, lang, "children")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("children") != "yes", tg.sent(chat)
