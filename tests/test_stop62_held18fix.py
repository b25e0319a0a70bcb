# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 62, helper held18fix: held-out 18's reports lost and non-reports leaked, each reproduced as a
kind through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot
API), Korean and English, with variants of our own (corpus batches 672-674).

Lost (a report not kept nor analysed):
1. A behaviour with what the owner already does about it, then "why" ("…자꾸 쉬를 해요ㅠ 간식으로
   칭찬도 해주는데 왜 그럴까요", "…even though I praise him every time, why does he do that?"): a
   question for the coach. A report, its analysis answering the why.
2. Trembling told as "did nothing but" ("첫 산책 나갔는데 길에서 떨기만 했어요": a correction of the
   exercise minutes, "떨기만" no behaviour word; English "…she just stood there trembling the whole
   time" already a report, kept as a guard). A report.
3. The behaviour just analysed told "again" with a daily moment ("she just did it again at dinner",
   "콩이 저녁 먹다가 또 그랬어요") at the result's question: the answer to it. A second report.
4. What the owner did, then "but since then" a new incident at "what did you do right after?"
   ("혼냈어요 근데 그 뒤로 침대 밑에 숨어서 안 나와요"): the whole as the answer, the hiding lost.
   The answer, and the incident its own report.
Leaked (a second report for the model):
5. The thing eaten named again with how much, at a survey question while the poisoning report waits
   ("초콜릿 세조각 정도 먹은 것 같아요", "I think he ate a couple of pieces of chocolate"): a new
   poisoning report. Detail of the one waiting, the question asked again.
6. (held-out 18's "is it going to take long? she's crying right now" labelled a question: relabelled
   a report, by the tuned corpus's conventions; a guard: the crying kept as its own report.)
Second kind, held-out 18's biggest misses:
7. The sex with a neutering plan ("암컷입니다. 중성화는 할 생각이 없습니다": stored as spayed; "boy, no
   plans to neuter him", "girl, not spayed yet, booked for when she turns 6 months": asked again).
   Not neutered yet.

Run at 7d4ea0e3 (before the fix): 18 of 24 failed in 1-6 (the 6 guards passed: English 2 and 6, each
channel), and 8 of 8 in 7.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_surveyed, tg_typed
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_stop60_held16 import _kept
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import eventually, harness

# -- 1-2. reports lost, idle ------------------------------------------------------------------------

REPORTS: dict[tuple[str, str], str] = {
    ("why-tried", "ko"): "콩이가 현관 앞에 자꾸 쉬를 해요ㅠ 간식으로 칭찬도 해주는데 왜 그럴까요",
    (
        "why-tried",
        "en",
    ): "rex keeps peeing right next to his pad even though I praise him every time, why does he do that?",
    ("only-trembled", "ko"): "첫 산책 나갔는데 길에서 떨기만 했어요",
    ("only-trembled", "en"): "first walk today and she just stood there trembling the whole time",
}


@pytest.mark.parametrize(("kind", "lang"), list(REPORTS))
async def test_a_report_is_kept_and_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(REPORTS[kind, lang])
    assert _kept(await _kakao_reports(kakao, user.key)) == [REPORTS[kind, lang]], user.text
    await eventually(lambda: _model_calls(fake_ollama) > before)


@pytest.mark.parametrize(("kind", "lang"), list(REPORTS))
async def test_a_report_is_kept_and_analysed_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    chat = 62180 + list(REPORTS).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, REPORTS[kind, lang])
        assert _kept(await _tg_reports(tg, chat)) == [REPORTS[kind, lang]], shown
        await eventually(lambda: _model_calls(fake_ollama) > before)


# -- 3. "again" with a daily moment, at the result's question ---------------------------------------

AGAIN = {"ko": "콩이 저녁 먹다가 또 그랬어요", "en": "she just did it again at dinner"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_again_at_a_meal_after_the_result_is_a_second_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(AGAIN[lang])
    await asyncio.sleep(0.3)
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert len(rows) == 2 and rows[0].startswith(BARK[lang]), (rows, user.text)
    assert rows[1].endswith(AGAIN[lang]), rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_again_at_a_meal_after_the_result_is_a_second_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62190 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARK[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        shown = await tg_typed(tg, chat, AGAIN[lang])
        await asyncio.sleep(0.3)
        rows = _kept(await _tg_reports(tg, chat))
        assert len(rows) == 2 and rows[0].startswith(BARK[lang]), (rows, shown)
        assert rows[1].endswith(AGAIN[lang]), rows


# -- 4. the answer, then "but since then" a new incident, at "what did you do right after?" ---------
# (lang, typed, the answer added to the report, the incident kept apart)

SINCE = [
    (
        "ko",
        "혼냈어요 근데 그 뒤로 침대 밑에 숨어서 안 나와요",
        "혼냈어요",
        "그 뒤로 침대 밑에 숨어서 안 나와요",
    ),
    (
        "en",
        "I told her off, but since then she's been hiding under the bed and won't come out",
        "I told her off",
        "since then she's been hiding under the bed and won't come out",
    ),
]


@pytest.mark.parametrize(("lang", "typed", "answer", "incident"), SINCE)
async def test_an_incident_since_then_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, answer: str, incident: str
) -> None:
    fake_ollama.behaviour.analysis = missing("consequence")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-consequence") in user.text, user.text
    await user.send(typed)
    await asyncio.sleep(0.3)
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert rows == [f"{BARK[lang]}\n{answer}", incident], (rows, user.text)


@pytest.mark.parametrize(("lang", "typed", "answer", "incident"), SINCE)
async def test_an_incident_since_then_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    answer: str,
    incident: str,
) -> None:
    fake_ollama.behaviour.analysis = missing("consequence")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62192 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARK[lang], language_code=lang)
        question = t(lang, "analysis-followup-consequence")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        shown = await tg_typed(tg, chat, typed)
        await asyncio.sleep(0.3)
        rows = _kept(await _tg_reports(tg, chat))
        assert rows == [f"{BARK[lang]}\n{answer}", incident], (rows, shown)


# -- 5. how much was eaten, the thing named again, at a survey question -----------------------------

EATEN = (
    ("ko", "household", "콩이가 초콜릿을 먹었어요 ㅠㅠ", "초콜릿 세조각 정도 먹은 것 같아요"),
    (
        "en",
        "household",
        "he got into the chocolate on the table",
        "I think he ate a couple of pieces of chocolate",
    ),
)


@pytest.mark.parametrize(("lang", "key", "report", "amount"), EATEN)
async def test_the_thing_eaten_named_with_how_much_is_detail_on_kakao(
    kakao: Server, lang: str, key: str, report: str, amount: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(report)
    assert t(lang, "safety-toxin") in user.text, user.text
    await user.send(amount)
    reports = await kakao_reports(kakao, user.key)
    assert len(reports) == 1 and amount in reports[0], (reports, user.text)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(("lang", "key", "report", "amount"), EATEN)
async def test_the_thing_eaten_named_with_how_much_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    key: str,
    report: str,
    amount: str,
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62194 + ("ko", "en").index(lang)
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, report)
        before = len(tg.sent(chat))
        await tg.say(chat, amount)
        reports = await tg_reports(tg, chat)
        assert len(reports) == 1 and amount in reports[0], (reports, tg.last_text(chat))
        assert key not in await tg_answers(tg, chat), tg.last_text(chat)
        # the question asked again in the reply to the amount; the analysis the detail starts again
        # streams in whenever the model writes, so it may be the last message by now
        said = "\n".join(tg.sent(chat)[before:])
        assert asked(lang, key) in said, said


# -- 6. guard: a status ask with a behaviour happening now, while a report waits --------------------

CRYING = {
    "ko": "오래 걸려요? 지금 계속 울고 있어요",
    "en": "is this going to take long? he's whining right now",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_crying_now_while_waiting_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(CRYING[lang])
    rows = _kept(await _kakao_reports(kakao, user.key))
    assert rows == [BARK[lang], CRYING[lang]], (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_crying_now_while_waiting_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62196 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        shown = await tg_typed(tg, chat, CRYING[lang])
        rows = _kept(await _tg_reports(tg, chat))
        assert rows == [BARK[lang], CRYING[lang]], (rows, shown)


# -- 7. the sex with a neutering plan (second kind: held-out 18's "수컷입니다. 중성화는 생각하지 않고
# 있습니다", "girl, not spayed yet but booked for 6 months": asked again; "암컷입니다. 중성화는 할 생각이
# 없습니다" stored as spayed) ------------------------------------------------------------------------
# (lang, typed, stored)

PLANNED = [
    ("ko", "암컷입니다. 중성화는 할 생각이 없습니다", "female_intact"),
    ("ko", "남아예요 중성화는 다음달로 예약했어요", "male_intact"),
    ("en", "boy, no plans to neuter him", "male_intact"),
    ("en", "girl, not spayed yet, booked for when she turns 6 months", "female_intact"),
]


@pytest.mark.parametrize(("lang", "typed", "stored"), PLANNED)
async def test_the_sex_with_a_neutering_plan_is_intact_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("sex") == stored, user.text


@pytest.mark.parametrize(("lang", "typed", "stored"), PLANNED)
async def test_the_sex_with_a_neutering_plan_is_intact_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    stored: str,
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 62170 + PLANNED.index((lang, typed, stored))
        await tg_at(tg, chat, lang, "sex")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("sex") == stored, tg.last_text(chat)
