# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 51, Korean owner trial (helper glue51): a new behaviour told while an earlier report waits
for its result, or has just shown it, was glued onto that report as detail, reproduced through a
real channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored and
shown read back.

1. After a chocolate report, "몽이가 요즘 밤에 자꾸 멍하니 벽보고 서있어요" (a senior staring at the
   wall at night: a cognitive-dysfunction sign) was added to the chocolate report and analysed
   with it; the cognitive card was never shown. Two faults: the Korean cognitive vocabulary knew
   "벽을 멍하니", "벽만 쳐다보" but not "멍하니 벽보고 서있", "허공을 쳐다보", "구석에 들어가서
   안나와요" (`safety-term-cognitive`); and with no behaviour word known in it, its habit words
   ("요즘", "자꾸", "밤에") read as how often the waiting report's behaviour happens
   (`FollowUpReader._at_pending`: plausible, detail). Staring at a wall or into space, wandering,
   scooting, scratching are behaviour words now (`understanding-behaviour-verb`), and a habit told
   with "자꾸" / "keeps" in words of its own, pointing back at nothing ("그래요", "doing it"), is
   its own report (`understanding-habit-own`), asked "add or new?" after the result when no
   behaviour word is known (corpus batches 429, 430).
2. Real detail still goes to the waiting report ("아까 짖은거 밤 11시쯤이었어요", "forgot to say, it
   was right after his dinner", "요즘 자꾸 그러네요"). "how much he ate: 2 squares" right after the
   chocolate report was a question for the coach model (its label's "how much" read as asking):
   it is how much, added to that report (`understanding-amount-label`; batch 430).
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
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import eventually

CHOCOLATE = {"ko": "콩이가 방금 초콜릿 한조각 먹었어요", "en": "she just ate a piece of chocolate"}
STARING = {
    "ko": "콩이가 요즘 밤에 자꾸 멍하니 벽보고 서있어요",
    "en": "also lately she's been staring at the wall at night",
}
BARK = {
    "ko": "콩이가 택배 오면 현관에서 계속 짖어요",
    "en": "she barks at the door every time the mailman comes",
}
HABIT = {
    "ko": "요즘 자꾸 엉덩이를 바닥에 끌어요",
    "en": "oh and lately she keeps scratching the door at night",
}
UNKNOWN = {"ko": "요즘 자꾸 식탁 밑에 들어가 있어요", "en": "lately she keeps going under the table"}
DETAIL = {"ko": "아까 짖은거 밤 11시쯤이었어요", "en": "forgot to say, it was right after his dinner"}
AMOUNT = {"ko": "얼마나 먹었냐면: 2조각", "en": "how much he ate: 2 squares"}


# -- 1. a new behaviour while a report waits: its own row, its own card ---------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_staring_at_the_wall_after_chocolate_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(CHOCOLATE[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(STARING[lang])
    assert t(lang, "safety-cognitive") in user.text, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert sorted(r.text for r in rows) == sorted([CHOCOLATE[lang], STARING[lang]]), (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_staring_at_the_wall_after_chocolate_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    chat = 51501 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, CHOCOLATE[lang])
        before = len(tg.sent(chat, ("message",)))
        await tg.say(chat, STARING[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 2)
        await asyncio.sleep(0.3)
        sent = tg.sent(chat, ("message",))[before:]
        assert any(t(lang, "safety-cognitive") in m for m in sent), sent
        rows = await _tg_reports(tg, chat)
        assert sorted(r.text for r in rows) == sorted([CHOCOLATE[lang], STARING[lang]]), (rows, sent)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_habit_while_a_report_waits_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(HABIT[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert sorted(r.text for r in rows) == sorted([BARK[lang], HABIT[lang]]), (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_habit_after_the_result_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    """After the result its follow-up question is open: another behaviour told is filed apart."""
    chat = 51511 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, BARK[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await tg.say(chat, HABIT[lang])
        await asyncio.sleep(0.3)
        rows = await _tg_reports(tg, chat)
        assert sorted(r.text for r in rows) == sorted([BARK[lang], HABIT[lang]]), (rows, tg.last_text(chat))


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_habit_in_unknown_words_after_the_result_is_asked_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    """No behaviour word known in it: "add to the last report, or a new one?", nothing glued."""
    chat = 51521 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, BARK[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await tg.say(chat, UNKNOWN[lang])
        assert tg.last_text(chat) == t(lang, "analysis-followup-which"), tg.last_text(chat)
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]]


# -- 2. real detail still goes to the waiting report ----------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_detail_of_the_waiting_report_is_still_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await user.send(DETAIL[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [f"{BARK[lang]}\n{DETAIL[lang]}"], (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_much_after_its_label_is_added_to_the_chocolate_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(CHOCOLATE[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(AMOUNT[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [f"{CHOCOLATE[lang]}\n{AMOUNT[lang]}"], (rows, user.text)
