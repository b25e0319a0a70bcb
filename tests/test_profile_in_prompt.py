# ruff: noqa: F811  (the fake Ollama fixture is imported by name and used as a parameter)
"""What the survey told reaches the model: the owner answers the survey on KakaoTalk (the skill
over HTTP) or Telegram (the webhook, the fake Bot API), sends a behaviour report and asks a question; the fake Ollama records each request
body, and the profile line in it is read.

Fault: the health answer ("관절이 안 좋아서 관절약 먹어요", "hip dysplasia, on joint meds") was stored
but never sent, though a painful or medical cause is the first thing a behaviour consultant rules
out (IAABC LIMA / Friedman's humane hierarchy: health first; Mills et al. 2020, *Pain and Problem
Behavior in Cats and Dogs*, Animals 10:318: pain in about a third of referred dog cases). "None"
at that question sends nothing. A dog home alone many hours on a weekday (over the four hours
PDSA and the RSPCA advise) is said too; a usual day is left out (the line costs prompt tokens).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.analysis.prompt import load_prompts
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import FAST_BOX, settings_for, until_owed
from tests.test_kakao_skill import EN_TYPED, KO_TYPED, KakaoUser, Server, serve, t
from tests.test_streaming_channels import report_done, telegram

HEALTH = {"ko": "관절이 안 좋아서 관절약 먹어요", "en": "hip dysplasia, on joint meds"}
NONE = {"ko": "없어요", "en": "none"}
REPORT = {
    "ko": "초코가 손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요.",
    "en": "Choco barks at the door every time guests come in, and then I pick her up to calm her.",
}
QUESTION = {"ko": "산책할 때 줄 당기는 거 어떻게 고쳐요?", "en": "how do I stop her pulling on the leash?"}
# The survey's answers typed, the last (health, "skip" there) and the hours alone given per test.
ALONE = {"ko": KO_TYPED.index("4시간"), "en": EN_TYPED.index("4")}
HOURS = {"ko": "{}시간", "en": "{}"}
CONFIRM = {"ko": "맞아요", "en": "ok"}


def bodies(fake: FakeOllama, key: str) -> list[dict[str, Any]]:
    """The chat bodies sent for an analysis (`category` in the schema) or an answer (`answer`)."""
    return [b for b in fake.chat_bodies() if key in (b.get("format") or {}).get("properties", {})]


def profile_of(body: dict[str, Any]) -> str:
    """The profile line: the first line of the user message."""
    return str(body["messages"][1]["content"]).splitlines()[0]


async def surveyed(srv: Server, language: str, health: str, alone: int = 4) -> KakaoUser:
    """A Kakao owner who typed the whole survey, `health` at its last question."""
    user = srv.user(lang=language)
    await user.send("시작" if language == "ko" else "English")
    typed = list(KO_TYPED if language == "ko" else EN_TYPED)
    typed[ALONE[language]] = HOURS[language].format(alone)
    typed[-1] = health
    for text in typed:
        await user.send(text)
    await user.send(CONFIRM[language])
    name = "초코" if language == "ko" else "Choco"
    assert user.texts[0] == t(language, "survey-finished", name=name), user.texts
    return user


async def report_and_question(
    srv: Server, user: KakaoUser, fake: FakeOllama, language: str
) -> tuple[str, str]:
    """The profile lines the model read for a report and for a question, in that order."""
    await user.send(REPORT[language])
    await until_owed(srv, user)
    await user.send(QUESTION[language])
    await until_owed(srv, user)
    for _ in range(100):
        if bodies(fake, "answer"):
            break
        await asyncio.sleep(0.02)
    [analysed] = bodies(fake, "category")
    [answered] = bodies(fake, "answer")
    return profile_of(analysed), profile_of(answered)


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_health_answer_reaches_the_analysis_and_the_answer(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    async with serve(settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        user = await surveyed(srv, language, HEALTH[language])
        analysed, answered = await report_and_question(srv, user, fake_ollama, language)
    health = load_prompts(language).profile.fields["health"].replace("{value}", HEALTH[language])
    assert analysed.endswith(health), analysed  # last: the note's own commas end nothing
    assert answered == analysed  # the question is answered with the same profile


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_no_health_word_when_there_is_nothing_to_note(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    async with serve(settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        user = await surveyed(srv, language, NONE[language])
        analysed, answered = await report_and_question(srv, user, fake_ollama, language)
    label = load_prompts(language).profile.fields["health"].split("{value}")[0].strip(" :")
    none_words = {t(language, "survey-opt-health-none"), NONE[language]}
    for line in (analysed, answered):
        assert label not in line, line
        assert not any(word in line for word in none_words), line
    assert ("소형견" if language == "ko" else "small") in analysed  # the rest of the profile is there


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_long_hours_alone_are_said_and_a_usual_day_is_not(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    alone = load_prompts(language).profile.fields["alone_hours"]
    async with serve(settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        long_day = await surveyed(srv, language, NONE[language], alone=9)
        await long_day.send(REPORT[language])
        await until_owed(srv, long_day)
        [analysed] = bodies(fake_ollama, "category")
        assert alone.replace("{value}", "9") in profile_of(analysed)
        fake_ollama.requests.clear()
        usual = await surveyed(srv, language, NONE[language], alone=4)
        await usual.send(REPORT[language])
        await until_owed(srv, usual)
        [analysed] = bodies(fake_ollama, "category")
    assert alone.split("{value}")[0].strip() not in profile_of(analysed)


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_health_answer_reaches_the_analysis_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, language: str
) -> None:
    """The same survey typed on Telegram (webhook over HTTP, the fake Bot API), a long day alone
    and a health note, then a report: the line the model reads carries both."""
    chat = 8100 if language == "ko" else 8101
    typed = list(KO_TYPED if language == "ko" else EN_TYPED)
    typed[ALONE[language]] = HOURS[language].format(9)
    typed[-1] = HEALTH[language]
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        await tg.say(chat, "/start", language_code=language)
        for text in [*typed, CONFIRM[language]]:
            await tg.say(chat, text, language_code=language)
        name = "초코" if language == "ko" else "Choco"
        assert any(x.startswith(t(language, "survey-finished", name=name)) for x in tg.sent(chat)[-2:])
        await tg.say(chat, REPORT[language], language_code=language)
        await report_done(tg, chat)
    [analysed] = bodies(fake_ollama, "category")
    profile = load_prompts(language).profile
    line = profile_of(analysed)
    assert profile.fields["alone_hours"].replace("{value}", "9") in line, line
    assert line.endswith(profile.fields["health"].replace("{value}", HEALTH[language])), line
