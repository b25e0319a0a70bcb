# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12's survey leftovers, each reproduced through a real channel first.

1. "하루종일 집에 없어요" at the hours alone was stored as 0 ("없어요" read as none): the owner
   away the whole day is about 8 to 10 hours (`AWAY_ALL_DAY_HOURS`); "we're out all day" was not
   understood.
2. "6ish hrs" at the household got "I understood 6 people, but not 'hrs'": a length with its
   unit answers a question of time to come; said so, nothing noted, the household asked again.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

AWAY = [
    ("ko", "하루종일 집에 없어요"),
    ("ko", "맞벌이라 하루종일 집에 아무도 없어요ㅠ"),
    ("ko", "종일 혼자 있어요"),
    ("en", "we're out all day"),
    ("en", "he's alone all day unfortunately"),
]
HOME = [("ko", "하루종일 집에 있어요"), ("en", "I'm home all day")]


@pytest.mark.parametrize(("lang", "typed"), AWAY)
async def test_away_all_day_is_a_working_day_alone_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("alone_hours") == 9, (answers, user.texts)
    assert asked(lang, "exercise_minutes") in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), HOME)
async def test_home_all_day_is_still_no_time_alone_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("alone_hours") == 0, user.texts


async def test_away_all_day_is_a_working_day_alone_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131300, "ko", "alone_hours")
    await tg.say(131300, "하루종일 집에 없어요")
    assert (await tg_answers(tg, 131300)).get("alone_hours") == 9


HOURS_AT_HOUSEHOLD = [("en", "6ish hrs"), ("en", "6 hours"), ("ko", "8시간"), ("ko", "8시간정도요")]


def _unplaced(lang: str, typed: str) -> str:
    fields = " / ".join(t(lang, f"survey-field-{key}") for key in ("alone_hours", "exercise_minutes"))
    return t(lang, "survey-late-number-unplaced", typed=typed, fields=fields)


@pytest.mark.parametrize(("lang", "typed"), HOURS_AT_HOUSEHOLD)
async def test_hours_at_the_household_are_said_not_counted_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(typed)
    assert _unplaced(lang, typed) in user.texts, user.texts
    assert asked(lang, "household") in user.text, user.text
    answers = await kakao_answers(kakao, user.key)
    assert not {"household", "alone_hours", "exercise_minutes"} & set(answers), answers


async def test_hours_at_the_household_are_said_not_counted_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 131301, "en", "household")
    await tg.say(131301, "6ish hrs")
    assert _unplaced("en", "6ish hrs") in tg.sent(131301)[-2:], tg.sent(131301)[-2:]
    assert "household" not in await tg_answers(tg, 131301)
