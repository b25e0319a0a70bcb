# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 57, helper held12: rows the held-out files (12, 10, 6, 5) still missed, each reproduced as a
kind through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot
API), Korean and English, what was stored and replied read back (corpus batches 546-548).

1. At a result's question, what it means asked in the owner's own words ("선행사건이 뭐예요??
   무슨말인지 잘ㅠ": a question for the coach model; "wdym before? before the walk or right before
   he lunged?": "add to the report or a new one?"; "what counts as after? like right after or when
   i got home": added to the report as the answer, analysed again): the question explained again,
   nothing stored, no model call.
2. At a result's question, a like incident with its own time ("어제 저녁에도 비슷했는데 그땐 자전거가
   옆으로 지나가서 그랬어요": added to the report as the answer; "also she peed on the rug again
   this morning and i just cleaned it…", "그리고 오늘은 소파에도 쌌어요": a new report analysed):
   "add to the last report or keep it as a new one?" asked.

First run at 1c249cdb (main): see each section's comment.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_result_shown, tg_settings, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import eventually, harness

# -- 1. what the result's question means, asked in own words -------------------------------------
# (lang, topic, typed). All 8 failed at 1c249cdb (the coach model asked, or kept as the answer and
# analysed again, or "add to the report or a new one?").

CONFUSED = [
    ("ko", "antecedent", "선행사건이 뭐예요?? 무슨말인지 잘ㅠ"),
    ("ko", "antecedent", "직전이 무슨 말이에요?? 산책 나가기 직전이요 아니면 짖기 직전이요?"),
    ("en", "antecedent", "wdym before? before the walk or right before he lunged?"),
    ("en", "consequence", "what counts as after? like right after or when i got home"),
]


async def _explained_on_kakao(kakao: Server, fake: FakeOllama, lang: str, topic: str, text: str) -> None:
    fake.behaviour.analysis = missing(topic)
    user = await _result_shown(kakao, fake, lang, BARK[lang])
    assert t(lang, f"analysis-followup-{topic}") in user.text, user.text
    calls = _model_calls(fake)
    await user.send(text)
    assert t(lang, f"analysis-followup-explain-{topic}") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake) == calls, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]], user.text


@pytest.mark.parametrize(("lang", "topic", "text"), CONFUSED)
async def test_the_question_asked_back_is_explained_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, topic: str, text: str
) -> None:
    await _explained_on_kakao(kakao, fake_ollama, lang, topic, text)


@pytest.mark.parametrize(("lang", "topic", "text"), [CONFUSED[0], CONFUSED[3]])
async def test_the_question_asked_back_is_explained_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    topic: str,
    text: str,
) -> None:
    fake_ollama.behaviour.analysis = missing(topic)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 57121 + ("ko", "en").index(lang)
        await tg_result_shown(tg, chat, lang, topic, BARK[lang])
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        assert t(lang, f"analysis-followup-explain-{topic}") in shown, shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]], shown


# -- 2. a like incident with its own time, at a result's question --------------------------------
# All 5 failed at 1c249cdb (kept as the answer, or a new report analysed, nothing asked). The report
# is about the same behaviour, told with the same verb (another one told is its own report,
# `other_behaviour`; its stems compared as typed: "peeing" and "peed" are two).

PEE = {
    "ko": "초코가 어제 거실 러그에 쌌어요 ㅠ",
    "en": "she peed on the living room rug again while i was at work",
}
REPORTED = {"antecedent": BARK, "frequency": PEE, "consequence": PEE}

SIMILAR = [
    ("ko", "antecedent", "어제 저녁에도 비슷했는데 그땐 자전거가 옆으로 지나가서 그랬어요"),
    ("ko", "frequency", "그리고 오늘은 소파에도 쌌어요"),
    (
        "en",
        "consequence",
        "also she peed on the rug again this morning and i just cleaned it without saying anything",
    ),
]


@pytest.mark.parametrize(("lang", "topic", "text"), SIMILAR)
async def test_a_like_incident_with_its_own_time_is_asked_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, topic: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = missing(topic)
    reported = REPORTED[topic][lang]
    user = await _result_shown(kakao, fake_ollama, lang, reported)
    assert t(lang, f"analysis-followup-{topic}") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(text)
    assert t(lang, "analysis-followup-which") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [reported], user.text


@pytest.mark.parametrize(("lang", "topic", "text"), [SIMILAR[1], SIMILAR[2]])
async def test_a_like_incident_with_its_own_time_is_asked_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    topic: str,
    text: str,
) -> None:
    fake_ollama.behaviour.analysis = missing(topic)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 57131 + ("ko", "en").index(lang)
        reported = REPORTED[topic][lang]
        await tg_owner(tg, chat, lang)
        await tg.say(chat, reported, language_code=lang)
        question = t(lang, f"analysis-followup-{topic}")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        assert t(lang, "analysis-followup-which") in shown, shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [reported], shown
