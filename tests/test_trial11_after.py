# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11 after an analysis result (issue 11, corpus batch 98). Each reproduced through a
real channel first (Kakao and Telegram), both languages, then fixed for its kind.

1. "근데 혹시 중성화하면 덜 짖나요?" (idle and at a result's question) was stored as a report, analysed
   with the report prompt and counted this week: a yes/no question whether something would help,
   the behaviour verb carrying the asking ending, is a question to the coach ("does a
   thundershirt make him calmer?" was good news).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import harness, settings_for
from tests.test_trial8_followup import _asks, _shown_until_asked

ONE_DOG = {"ko": ("두부", "3살"), "en": ("Dubu", "3")}


async def _one_dog_at_frequency(kakao: Server, fake: FakeOllama, lang: str) -> KakaoUser:
    """A Kakao owner of one dog (its name and age told, the survey stopped) at a result's "how
    often, and since when?" question."""
    _asks(fake, lang, "frequency")
    user = kakao.user(lang=lang)
    name, age = ONE_DOG[lang]
    for text in ("/start", name, age, "/cancel", REPORT[lang]):
        await user.send(text)
    await _shown_until_asked(user, lang, "frequency")
    return user


# -- 1. "would it help?" is a question ------------------------------------------------------------

WOULD_HELP = {
    "ko": ("근데 혹시 중성화하면 덜 짖나요?", "간식 주면 덜 짖나요?"),
    "en": ("does a thundershirt make him calmer?", "will neutering make him calmer?"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_would_it_help_is_a_question_after_a_result_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _one_dog_at_frequency(kakao, fake_ollama, lang)
    for text in WOULD_HELP[lang]:
        await user.send(text)
    records = await _kakao_reports(kakao, user.key)
    assert [r.text for r in records if not r.is_question] == [REPORT[lang]]
    assert [r.text for r in records if r.is_question] == list(WOULD_HELP[lang])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_would_it_help_is_a_question_with_nothing_open_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 98101
        name, age = ONE_DOG[lang]
        for text in ("/start", name, age, "/cancel"):
            await tg.say(chat, text, language_code=lang)
        for text in WOULD_HELP[lang]:
            await tg.say(chat, text)
        records = await _tg_reports(tg, chat)
        assert [r.text for r in records if r.is_question] == list(WOULD_HELP[lang])
        assert [r.text for r in records if not r.is_question] == []
