"""A command asked in a sentence at a check-in's "anything to add?" (fresh owner trial, the kind of
"how was this week" mid-survey): it runs, as "/week" does, instead of going to the coach model as a
question; the note prompt stays open."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import FAST, push_checkin, t
from tests.test_telegram_e2e import eventually, harness, settings_for


@pytest.mark.parametrize(
    ("locale", "report", "step", "asked"),
    [("ko", REPORT_KO, STEP_KO, "이번주 어땠어?"), ("en", REPORT_EN, STEP_EN, "how was this week")],
)
async def test_this_week_asked_at_the_note_prompt_runs_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    locale: str,
    report: str,
    step: str,
    asked: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 7351
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=locale)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await push_checkin(tg, chat, locale, step)
        await tg.tap(chat, t(locale, "coaching-outcome-better"))
        await eventually(lambda: tg.sent(chat)[-1] == t(locale, "coaching-checkin-note"))
        calls = len([r for r in fake_ollama.requests if r.path == "/api/chat"])
        before = len(tg.sent(chat))
        note = t(locale, "coaching-checkin-note")
        await tg.say(chat, asked, language_code=locale)
        await eventually(lambda: len(tg.sent(chat)) > before and tg.sent(chat)[-1] == note)
        by_sentence = tg.sent(chat)[before:]
        before = len(tg.sent(chat))
        await tg.say(chat, "/week", language_code=locale)
        await eventually(lambda: len(tg.sent(chat)) > before and tg.sent(chat)[-1] == note)
        by_command = tg.sent(chat)[before:]
        assert by_sentence == by_command, (asked, by_sentence)
        assert by_sentence[-1] == t(locale, "coaching-checkin-note")  # the note prompt again
        assert len([r for r in fake_ollama.requests if r.path == "/api/chat"]) == calls
