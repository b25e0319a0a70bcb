# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34, the lead (issue 11): the answer to a follow-up question typed while its report is being
analysed again.

Words that only point at a photo ("이거 보세요 이렇게 물어뜯어놨어요", "look at this he tore it up") at
a result's question are added to that report and analysed again, the question kept open (owner
trial 13). The answer typed next, before the new result is back ("혼자 있을때요 매일", "when he's
alone, every day"), found the report no longer "done" and was filed as a report of its own and
analysed apart (stop 33's CI: `test_words_pointing_at_a_photo_at_the_question_are_one_report_on_
telegram`, 1 run in 3 under load; on the target box, where an analysis takes 15–35 s, every owner
who types on at once). It is the same report's answer: added to it, the analysis running again
with it, on every channel and in both languages.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_telegram_e2e import TURN_BOUND, eventually, harness, settings_for
from tests.test_trial8_followup import _shown_until_asked
from tests.test_trial10_after import ONE_DOG

# The incident, the words pointing at what it looks like, and the answer to "how often?".
TOLD = {
    "ko": ("망고가 쇼파를 다 물어뜯어놨어요ㅠㅠ", "이거 보세요 이렇게 물어뜯어놨어요", "혼자 있을때요 매일"),
    "en": ("Mango chewed up the whole sofa 😭", "look at this he tore it up", "when he's alone, every day"),
}
# Seconds the fake model takes for the analysis after the pointing words: the answer comes in
# while it runs (a real one on the target box takes 15–35 s). On Kakao it outlasts the skill's
# synchronous budget (`KAKAO_SYNC_BUDGET_SECONDS`, 3.5 s), as a real analysis does.
SLOW = 2.0
KAKAO_SLOW = 5.0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_answer_typed_while_its_report_is_analysed_again_joins_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    chewed, pointed, answer = TOLD[lang]
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel", chewed):
        await user.send(said)
    await _shown_until_asked(user, lang, "frequency")
    calls = _model_calls(fake_ollama)
    fake_ollama.behaviour.delay = KAKAO_SLOW
    await user.send(pointed)
    added = user.text  # the line saying the words were added and are analysed again
    await user.send(answer)  # the analysis of chewed + pointed still running
    assert _but_numbers(user.text) == _but_numbers(added), user.texts  # added too, not a report's line
    await asyncio.sleep(KAKAO_SLOW + 1)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ["\n".join((chewed, pointed, answer))]
    assert _model_calls(fake_ollama) <= calls + 2  # analysed again, never a second report's call


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_answer_typed_while_its_report_is_analysed_again_joins_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chewed, pointed, answer = TOLD[lang]
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=["frequency"])
    async with harness(fake_telegram, settings) as tg:
        chat = 13401
        for said in ("/start", *ONE_DOG[lang], "/cancel", chewed):
            await tg.say(chat, said, language_code=lang)
        await eventually(lambda: tg.last_text(chat).endswith(t(lang, "analysis-followup-frequency")))
        calls = _model_calls(fake_ollama)
        fake_ollama.behaviour.delay = SLOW
        await tg.say(chat, pointed)
        await tg.say(chat, answer)  # the analysis of chewed + pointed still running
        added = t(lang, "analysis-detail-added", wait="\0").split("\0")[0]  # before its wait
        assert added in tg.last_text(chat), tg.sent(chat)
        summary = t(lang, "analysis-summary")
        await eventually(
            lambda: sum(summary in x for x in tg.sent(chat, ("message", "edit_text"))) >= 2, within=SLOW * 5
        )
        await tg.hook.idle(TURN_BOUND)
        assert [r.text for r in await _tg_reports(tg, chat)] == ["\n".join((chewed, pointed, answer))]
        assert _model_calls(fake_ollama) <= calls + 2


def _but_numbers(text: str) -> str:
    """The text with its numbers and time words left out: the wait it announces varies."""
    return re.sub(r"\d+", "#", text)


# -- "뭐해야돼요" right after a result: no dog of that name (owner trial 16) ------------------------

WHAT_TO_DO = "뭐해야돼요"


def _unregistered(lang: str) -> str:
    """The start of the line offering to register a dog the owner named, before its name."""
    return t(lang, "report-retold-unregistered", typed="\0", name="\0", choices="\0").split("\0")[1][2:14]


async def test_what_to_do_after_a_result_is_no_dog_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    fake_ollama.behaviour.analysis = sample_analysis("ko")
    user = kakao.user(lang="ko")
    for said in ("/start", *ONE_DOG["ko"], "/cancel", TOLD["ko"][0]):
        await user.send(said)
    await _shown_until_result(user, "ko")
    await user.send(WHAT_TO_DO)
    assert not any(_unregistered("ko") in x for x in user.texts), user.texts
    # a question about the report just analysed (`understanding-what-to-do`), never an incident
    assert [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question] == [TOLD["ko"][0]]


async def test_what_to_do_after_a_result_is_no_dog_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis("ko")
    async with harness(fake_telegram, settings) as tg:
        chat = 13402
        for said in ("/start", *ONE_DOG["ko"], "/cancel", TOLD["ko"][0]):
            await tg.say(chat, said, language_code="ko")
        summary = t("ko", "analysis-summary")
        await eventually(lambda: any(summary in x for x in tg.sent(chat, ("message", "edit_text"))))
        await tg.say(chat, WHAT_TO_DO)
        assert not any(_unregistered("ko") in x for x in tg.sent(chat)), tg.sent(chat)
        assert [r.text for r in await _tg_reports(tg, chat) if not r.is_question] == [TOLD["ko"][0]]


async def _shown_until_result(user: KakaoUser, lang: str) -> None:
    """Tap "show result" until the analysis is on screen."""
    summary = t(lang, "analysis-summary")
    for _ in range(100):
        if any(summary in x for x in user.texts):
            return
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")
    raise AssertionError(user.texts)


# -- thanks said with why, after a result (owner trial 16: "not understood") -----------------------

THANKS = {"ko": "고마워요 힘이 되네요", "en": "thanks for listening"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_thanks_with_why_after_a_result_is_thanks_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    user = kakao.user(lang=lang)
    for said in ("/start", *ONE_DOG[lang], "/cancel", TOLD[lang][0]):
        await user.send(said)
    await _shown_until_result(user, lang)
    calls = _model_calls(fake_ollama)
    await user.send(THANKS[lang])
    assert t(lang, "talk-thanks") in user.texts, user.texts
    assert _model_calls(fake_ollama) == calls
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [TOLD[lang][0]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_thanks_with_why_after_a_result_is_thanks_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang)
    async with harness(fake_telegram, settings) as tg:
        chat = 13403
        for said in ("/start", *ONE_DOG[lang], "/cancel", TOLD[lang][0]):
            await tg.say(chat, said, language_code=lang)
        summary = t(lang, "analysis-summary")
        await eventually(lambda: any(summary in x for x in tg.sent(chat, ("message", "edit_text"))))
        await tg.hook.idle(TURN_BOUND)
        calls = _model_calls(fake_ollama)
        await tg.say(chat, THANKS[lang])
        assert tg.last_text(chat) == t(lang, "talk-thanks"), tg.sent(chat)[-2:]
        assert _model_calls(fake_ollama) == calls
        assert [r.text for r in await _tg_reports(tg, chat)] == [TOLD[lang][0]]
