# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, numbers2: numbers misread at the survey's number questions (owner trial 33), each
reproduced through a real channel first, what was kept read back from the store.

1. A check-in time asked for at a number question ("remind me at 7pm" at the hours alone,
   "checkin time 8pm" at how long owned, "체크인 오후 8시") was that question's amount ("I
   understood 7 hours", "8 years"). A clock time with a reminder or check-in word is the command
   `checkintime` at any survey question, never a quantity.
2. A number's syllable inside a verb ("할머니 혼자 사세요": 사 = 4) was read as 4 years, 4 people.
   The verbs beginning with one (`lex-number-verb`) are read past.
3. "9시간? 출퇴근까지 치면 10시간 가까이ㅠ" at the hours alone was 19 hours (the two added). An
   amount asked back then another is its range: about 9 to 10 hours.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.reading import clock_said
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial28_checkin_time import stored_time

TIME_AT_NUMBER = (
    ("en", "alone_hours", "remind me at 7pm", dt.time(19, 0)),
    ("en", "owned_months", "checkin time 8pm", dt.time(20, 0)),
    ("ko", "alone_hours", "체크인 오후 8시", dt.time(20, 0)),
    ("ko", "household", "저녁 7시에 알림 보내줘", dt.time(19, 0)),
)


@pytest.mark.parametrize(("lang", "key", "typed", "at"), TIME_AT_NUMBER)
async def test_the_checkin_time_at_a_number_question_on_telegram(
    tg: Harness, lang: str, key: str, typed: str, at: dt.time
) -> None:
    chat = 48200 + len(typed) + len(key)
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert key not in await tg_answers(tg, chat), tg.sent(chat)
    assert await stored_time(tg.rt.store, "telegram", str(chat)) == at, tg.sent(chat)


@pytest.mark.parametrize(("lang", "key", "typed", "_at"), TIME_AT_NUMBER)
async def test_the_checkin_time_at_a_number_question_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, _at: dt.time
) -> None:
    """Kakao without the Event API pushes nothing: the time heard is said back as not kept (stop
    61, cmd61: `coaching-checkin-time-no-push-heard`, was the plain no-push line); no amount stored."""
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.1)
    assert key not in await kakao_answers(kakao, user.key), user.texts
    heard = t(lang, "coaching-checkin-time-no-push-heard", time=clock_said(lang, _at))
    assert heard in "\n".join(user.texts), user.texts


VERB = (("owned_months", "할머니 혼자 사세요"), ("household", "주말엔 엄마가 오세요"))


@pytest.mark.parametrize(("key", "typed"), VERB)
async def test_a_number_syllable_inside_a_verb_is_no_number_on_kakao(
    kakao: Server, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, "ko", key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) not in (4, 4.0, 48, 48.0, 5, 5.0, 60, 60.0), (answers, user.texts)
    assert '"사세"' not in user.text and '"오세"' not in user.text, user.texts  # no fragment quoted


@pytest.mark.parametrize(("key", "typed"), VERB)
async def test_a_number_syllable_inside_a_verb_is_no_number_on_telegram(
    tg: Harness, key: str, typed: str
) -> None:
    chat = 48300 + len(typed) + len(key)
    await tg_at(tg, chat, "ko", key)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get(key) not in (4, 4.0, 48, 48.0, 5, 5.0, 60, 60.0), (answers, tg.sent(chat))


RANGE = (
    ("ko", "9시간? 출퇴근까지 치면 10시간 가까이ㅠ"),
    ("en", "9 hrs? 10 counting the commute"),
)


def _hours(stored: object) -> tuple[float, float]:
    if isinstance(stored, dict):
        low, high = stored.get("low", stored.get("value")), stored.get("high", stored.get("value"))
        assert isinstance(low, int | float) and isinstance(high, int | float), stored
        return float(low), float(high)
    assert isinstance(stored, int | float), stored
    return float(stored), float(stored)


@pytest.mark.parametrize(("lang", "typed"), RANGE)
async def test_an_amount_asked_back_then_another_is_a_range_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    stored = (await kakao_answers(kakao, user.key)).get("alone_hours")
    assert stored is not None, user.texts
    low, high = _hours(stored)
    assert 9 <= low <= high <= 10, (stored, user.texts)
    assert asked(lang, "alone_hours") not in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed"), RANGE)
async def test_an_amount_asked_back_then_another_is_a_range_on_telegram(
    tg: Harness, lang: str, typed: str
) -> None:
    chat = 48400 + len(typed)
    await tg_at(tg, chat, lang, "alone_hours")
    await tg.say(chat, typed)
    stored = (await tg_answers(tg, chat)).get("alone_hours")
    assert stored is not None, tg.sent(chat)
    low, high = _hours(stored)
    assert 9 <= low <= high <= 10, (stored, tg.sent(chat))
