# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 35, flows around a result, the terminal's first contact, and language (issue 11, owner
trial 16).

1. Feedback typed while a report is analysed again (the owner added detail, the new analysis is
   running): thanks, a plan, an objection are no detail: never glued onto the report nor analysed
   again; only plausible detail (how often, what came before or after) joins it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_stop34_lead import KAKAO_SLOW, SLOW, TOLD
from tests.test_telegram_e2e import TURN_BOUND, eventually, harness, settings_for
from tests.test_trial8_followup import _shown_until_asked
from tests.test_trial10_after import ONE_DOG

# -- 1. feedback while a report is analysed again ---------------------------------------------------

# What the owner types while the new analysis runs: none of it is detail (owner trial 16).
FEEDBACK = {
    "ko": ("고마워요", "알겠어요 해볼게요", "그게 아니라요…"),
    "en": ("thanks!", "ok will try", "that's not what happened"),
}
# How the detail was added: words pointing at a photo (the question stays open), or the answer
# to the question itself (the question closed).
HOW = ("pointed", "answered")


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", range(3))
async def test_feedback_while_analysed_again_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, how: str, which: int
) -> None:
    chewed, pointed, answer = TOLD[lang]
    added = pointed if how == "pointed" else answer
    said = FEEDBACK[lang][which]
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    user = kakao.user(lang=lang)
    for typed in ("/start", *ONE_DOG[lang], "/cancel", chewed):
        await user.send(typed)
    await _shown_until_asked(user, lang, "frequency")
    calls = _model_calls(fake_ollama)
    fake_ollama.behaviour.delay = KAKAO_SLOW
    await user.send(added)
    await user.send(said)  # the analysis of chewed + added still running
    await asyncio.sleep(KAKAO_SLOW + 1)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ["\n".join((chewed, added))], user.texts
    assert _model_calls(fake_ollama) <= calls + 1, user.texts


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("which", range(3))
async def test_feedback_while_analysed_again_is_no_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, how: str, which: int
) -> None:
    chewed, pointed, answer = TOLD[lang]
    added = pointed if how == "pointed" else answer
    said = FEEDBACK[lang][which]
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    async with harness(fake_telegram, settings) as tg:
        chat = 13501
        for typed in ("/start", *ONE_DOG[lang], "/cancel", chewed):
            await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: tg.last_text(chat).endswith(t(lang, "analysis-followup-frequency")))
        calls = _model_calls(fake_ollama)
        fake_ollama.behaviour.delay = SLOW
        await tg.say(chat, added)
        await tg.say(chat, said)  # the analysis of chewed + added still running
        summary = t(lang, "analysis-summary")
        await eventually(
            lambda: sum(summary in x for x in tg.sent(chat, ("message", "edit_text"))) >= 2, within=SLOW * 5
        )
        await tg.hook.idle(TURN_BOUND)
        assert [r.text for r in await _tg_reports(tg, chat)] == ["\n".join((chewed, added))], tg.sent(chat)
        assert _model_calls(fake_ollama) <= calls + 1, tg.sent(chat)
