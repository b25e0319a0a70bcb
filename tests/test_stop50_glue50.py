# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, English owner trial (helper glue50): messages glued onto the last report, reproduced
through a real channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was
stored and shown read back.

1. "ok hes fine now its just a small cut. shes never done that before" right after a bite's result
   became a new report with the "sudden change in behaviour" card ("never done that before" is a
   sudden-change red flag); "지금은 괜찮아요 살짝 긁힌 정도에요 처음 그런거에요" was a question for
   the coach. Right after a report it is that incident's history: detail added to it
   (`INCIDENT_HISTORY`), screened with no sudden-change card; told with nothing pending, or with
   "suddenly started" beside it, the flag stays (corpus batch 426).
2. After "she ate a grape off the floor like 5 mins ago", "oops i meant to go back" at a new dog's
   name question and "cocoa" at the rename prompt were added to the grapes report ("💾 Your report
   is saved"), the rename lost. "meant to go back" is the Back option (`nav-back`); a name the
   question reads is its answer though it names a food; the open question wins (batch 427).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_surveyed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers
from tests.test_telegram_e2e import eventually

# -- 1. the incident's history right after its result: detail, no sudden-change card -------------

BITE = {"ko": "콩이가 조카 손을 물었어요", "en": "she bit my nephew's hand today"}
HISTORY = {
    "ko": "지금은 괜찮아요 살짝 긁힌 정도에요 처음 그런거에요",
    "en": "ok hes fine now its just a small cut. shes never done that before",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_incidents_history_after_its_result_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BITE[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    await user.send(HISTORY[lang])
    assert t(lang, "safety-sudden_change") not in user.text, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [f"{BITE[lang]}\n{HISTORY[lang]}"], (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_incidents_history_after_its_result_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    chat = 50501 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, BITE[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        before = len(tg.sent(chat, ("message",)))
        await tg.say(chat, HISTORY[lang])
        await asyncio.sleep(0.3)
        sent = tg.sent(chat, ("message",))[before:]
        assert not any(t(lang, "safety-sudden_change") in m for m in sent), sent
        rows = await _tg_reports(tg, chat)
        assert [r.text for r in rows] == [f"{BITE[lang]}\n{HISTORY[lang]}"], (rows, sent)


async def test_never_done_before_told_fresh_keeps_the_flag_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send("he's never done this before, he suddenly started biting")
    assert t("en", "safety-sudden_change") in user.text, user.text


# -- 2. the open question beats "detail for the last report" ------------------------------------

POISON = {
    "ko": "콩이가 방금 바닥에 떨어진 포도를 먹었어요",
    "en": "she ate a grape off the floor like 5 mins ago",
}
BACK = {"ko": "앗 이전으로 가려고 했어요", "en": "oops i meant to go back"}
NAME = {"ko": "초코", "en": "cocoa"}
STORED = {"ko": "초코", "en": "Cocoa"}
RENAME = {"ko": "이름 바꿀래", "en": "change name"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_back_and_a_name_at_the_name_question_after_a_poisoning_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(POISON[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(BACK[lang])
    assert asked(lang, "name") in user.text, user.text
    await user.send(NAME[lang])
    assert (await kakao_answers(kakao, user.key)).get("name") == STORED[lang], user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [POISON[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_a_poisoning_takes_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(POISON[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(RENAME[lang])
    await user.send(NAME[lang])
    assert (await kakao_answers(kakao, user.key)).get("name") == STORED[lang], user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [POISON[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_after_a_poisoning_takes_the_name_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    chat = 50511 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, POISON[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await tg.say(chat, RENAME[lang])
        await tg.say(chat, NAME[lang])
        assert (await tg_answers(tg, chat)).get("name") == STORED[lang], tg.last_text(chat)
        assert [r.text for r in await _tg_reports(tg, chat)] == [POISON[lang]]
