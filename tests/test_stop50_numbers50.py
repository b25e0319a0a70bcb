# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, numbers50: quantities misread in today's owner trials, each reproduced through a real
channel first (Kakao over the skill's HTTP, Telegram through the fake Bot API), what was kept read
back from the store.

1. A length then its count after a multiplication sign at the exercise question: "30 min x2" got
   "I understood 32 minutes, but not "x"" ("2x 30min walks" worked). Now the count after "x",
   "×" or "*" multiplies the length: "30 min x2", "30분 x 2", "20min ×2" are 60, 60, 40 minutes.
4. A bare number at a report's "how often does this happen?" ("13ish") was appended to the report
   and analysed again: now not understood, its unit asked for ("13ish" times a day, a week or a
   month? `analysis-followup-no-unit`), nothing appended; "13 times a day" is still the answer.
   "13번?" stays an answer, as the corpus's "3번" is (a count of times said).
6. Held-out batch 6: "한 두세시간?" read "한" as one (1 hour, "세" left over): now about 2–3 hours,
   as "한 서너시간" is about 3–4; "3명이었어요" at the household (the past tense unread) is 3.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial10_after import ONE_DOG, _one_dog_at_frequency

NEXT = {"exercise_minutes": "concerns", "alone_hours": "exercise_minutes", "household": "children"}


def _span(stored: object) -> tuple[float, float]:
    """(low, high) of a stored quantity: a number, or an approximate one's bounds."""
    if isinstance(stored, dict):
        return float(stored["low"]), float(stored["high"])
    assert isinstance(stored, int | float), stored
    return float(stored), float(stored)


async def test_a_count_after_a_multiplication_sign_multiplies_the_walk_on_kakao(kakao: Server) -> None:
    for lang, typed, minutes in (
        ("en", "30 min x2", 60),
        ("ko", "30분 x 2", 60),
        ("en", "20min ×2", 40),
        ("ko", "20분 * 3", 60),
        ("en", "2 x 45", 90),
    ):
        user = await kakao_at(kakao, lang, "exercise_minutes")
        await user.send(typed)
        assert asked(lang, "concerns") in user.text, (typed, user.text)
        assert _span((await kakao_answers(kakao, user.key))["exercise_minutes"]) == (minutes, minutes), typed


async def test_a_count_after_a_multiplication_sign_multiplies_the_walk_on_telegram(tg: Harness) -> None:
    for chat, lang, typed, minutes in ((50101, "en", "30 min x2", 60), (50102, "ko", "20min ×2", 40)):
        await tg_at(tg, chat, lang, "exercise_minutes")
        await tg.say(chat, typed)
        assert asked(lang, "concerns") in tg.last_text(chat), (typed, tg.last_text(chat))
        assert _span((await tg_answers(tg, chat))["exercise_minutes"]) == (minutes, minutes), typed


async def test_han_before_a_korean_range_is_about_on_kakao_and_telegram(kakao: Server, tg: Harness) -> None:
    # a range is stored as its middle (as "두세시간" is): 1 hour before, "세" left over
    for typed, span in (("한 두세시간?", (2.5, 2.5)), ("한 서너시간", (3.5, 3.5))):
        user = await kakao_at(kakao, "ko", "alone_hours")
        await user.send(typed)
        assert asked("ko", "exercise_minutes") in user.text, (typed, user.text)
        assert _span((await kakao_answers(kakao, user.key))["alone_hours"]) == span, typed
    await tg_at(tg, 50103, "ko", "alone_hours")
    await tg.say(50103, "한 두세시간?")
    assert asked("ko", "exercise_minutes") in tg.last_text(50103), tg.last_text(50103)
    assert _span((await tg_answers(tg, 50103))["alone_hours"]) == (2.5, 2.5)


async def test_a_past_tense_count_at_the_household_on_kakao_and_telegram(kakao: Server, tg: Harness) -> None:
    user = await kakao_at(kakao, "ko", "household")
    await user.send("3명이었어요")
    assert asked("ko", "children") in user.text, user.text
    assert (await kakao_answers(kakao, user.key))["household"] == 3
    await tg_at(tg, 50104, "ko", "household")
    await tg.say(50104, "셋이었어요")
    assert asked("ko", "children") in tg.last_text(50104), tg.last_text(50104)
    assert (await tg_answers(tg, 50104))["household"] == 3


BARE = {"en": ("13ish", "13 times a day"), "ko": ("13 정도?", "하루에 13번")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bare_number_at_how_often_asks_its_unit_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    bare, whole = BARE[lang]
    await user.send(bare)
    assert t(lang, "analysis-followup-no-unit", text=bare) in user.texts, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]
    await user.send(whole)
    assert any(whole in r.text for r in await _kakao_reports(kakao, user.key)), whole


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bare_number_at_how_often_asks_its_unit_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 50105
        name, age = ONE_DOG[lang]
        for text in ("/start", name, age, "/cancel", REPORT[lang]):
            await tg.say(chat, text, language_code=lang)
        await eventually(lambda: any("?" in line for line in tg.sent(chat)[-1:]))
        bare = BARE[lang][0]
        await tg.say(chat, bare)
        await eventually(lambda: t(lang, "analysis-followup-no-unit", text=bare) in tg.sent(chat))
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
