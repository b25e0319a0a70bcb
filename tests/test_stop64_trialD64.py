# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64 owner trial (trialD64), each fault reproduced through a real channel first (KakaoTalk
over the skill's HTTP, Telegram through the fake Bot API), Korean and English, then kept.

- walks paused after surgery at the exercise question ("수술 후에는 산책을 쉬고 있습니다", "we're
  resting from walks after his surgery"): asked again while "산책 못해요" is 0 minutes. A pause of
  walks is none for now (`understanding-no-walks-yet`).

First run (at 5ba2a03a, before the fix): Telegram 2 of 2 failed (Kakao reads the same way;
corpus batch 775 2/6 before, 6/6 after).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

# -- 3. walks paused after surgery -------------------------------------------------------------

PAUSED = {
    "ko": ("수술 후에는 산책을 쉬고 있습니다", "수술해서 산책은 쉬는 중이에요"),
    "en": ("we're resting from walks after his surgery", "walks are on pause since her surgery"),
}


def _minutes(stored: object) -> float:
    value = stored.get("value") if isinstance(stored, dict) else stored
    assert isinstance(value, int | float), stored
    return float(value)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_walks_paused_are_none_for_now_on_kakao(kakao: Server, lang: str) -> None:
    """ "수술 후에는 산책을 쉬고 있습니다" at the exercise (owner trial 64) was asked again: 0 minutes."""
    for typed in PAUSED[lang]:
        user = await kakao_at(kakao, lang, "exercise_minutes")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        assert "exercise_minutes" in answers, (typed, user.text)
        assert _minutes(answers["exercise_minutes"]) == 0.0, (typed, answers["exercise_minutes"])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_walks_paused_are_none_for_now_on_telegram(tg: Harness, lang: str) -> None:
    for n, typed in enumerate(PAUSED[lang]):
        chat = 16441 + n + (10 if lang == "en" else 0)
        await tg_at(tg, chat, lang, "exercise_minutes")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "exercise_minutes" in answers, (typed, tg.last_text(chat))
        assert _minutes(answers["exercise_minutes"]) == 0.0, (typed, answers["exercise_minutes"])
