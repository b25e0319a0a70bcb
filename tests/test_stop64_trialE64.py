# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 owner trial faults (transcripts /tmp/trial64), reproduced through Kakao and Telegram,
ko and en, first.

1. "나이트근무라밤에10시간정도혼자있어요" at the hours alone: "10시간까지는 알아들었는데, "나이트근무라밤에"
   부분은 알아듣지 못했어요" and nothing stored (the owner never answered again). Leftover words
   with no other number, negation or doubt in them (a reason, a time of day, the question's own
   words) no longer block the number: it is stored (approximate with "정도", "about"), the usual
   saved line; another number or a "not" beside it is still asked again, and so is one part of
   the day at the exercise (stop 44: "아침에 30분" is not the day's total).

First run (before the fix, at ba705c26): 6 failed, 6 passed; with the rows as they stand (the
exercise reasons reworded off "after work", a part of the day) 4 failed, 8 passed: the Korean
ones; the English ones were already read hedged and stored, kept as neighbours.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_owner_trial_6 import t
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (fixture)

# A number with words beside it that say why, when or what was asked: the number is the answer.
WITH_REASON = [
    ("ko", "alone_hours", "나이트근무라밤에10시간정도혼자있어요", 10),
    ("en", "alone_hours", "he's alone about 10 hours cause i work nights", 10),
    ("ko", "exercise_minutes", "걷는 걸 좋아해서 40분 정도 산책해요", 40),
    ("en", "exercise_minutes", "about 40 minutes cause he loves his walks", 40),
]

# Words beside the number that really conflict with it: asked again, nothing stored.
CONFLICTING = [
    ("ko", "alone_hours", "10시간 아니 혼자 있는 건 아니에요"),
    ("en", "alone_hours", "not 10 hours, my mom is home"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "value"), WITH_REASON)
async def test_a_number_with_its_reason_is_stored_on_kakao(
    kakao: Server, fake_ollama: object, lang: str, key: str, typed: str, value: int
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == value, (answers, user.texts[-2:])
    partial = t(lang, "survey-unclear-number", value="@", rest="@").split("@")[1][:8]
    assert partial not in user.text, user.texts[-2:]


@pytest.mark.parametrize(("lang", "key", "typed", "value"), WITH_REASON)
async def test_a_number_with_its_reason_is_stored_on_telegram(
    tg: Harness, fake_ollama: object, lang: str, key: str, typed: str, value: int
) -> None:
    chat = 64_100 + WITH_REASON.index((lang, key, typed, value))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    answers = await tg_answers(tg, chat)
    assert answers.get(key) == value, (answers, tg.sent(chat)[-2:])


@pytest.mark.parametrize(("lang", "key", "typed"), CONFLICTING)
async def test_a_number_with_a_conflict_is_asked_again_on_kakao(
    kakao: Server, fake_ollama: object, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert key not in await kakao_answers(kakao, user.key), user.texts[-2:]
    assert asked(lang, key) in user.text or "?" in user.text, user.texts[-2:]


@pytest.mark.parametrize(("lang", "key", "typed"), CONFLICTING)
async def test_a_number_with_a_conflict_is_asked_again_on_telegram(
    tg: Harness, fake_ollama: object, lang: str, key: str, typed: str
) -> None:
    chat = 64_200 + CONFLICTING.index((lang, key, typed))
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    assert key not in await tg_answers(tg, chat), tg.sent(chat)[-2:]
