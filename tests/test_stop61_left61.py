# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 61, helper left61: faults left by stop 60's verification trial and review, each a kind
reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake
Bot API), Korean and English (corpus batches 637-639). What failed at 23c2ae41 (before the fix) is
said per section: 16 of 40.

1. A diagnosis told with no condition ("she got diagnosed today"), idle or just after a result:
   noise, nothing kept (Korean "진단 받았어요" reached the note through the channel, but was noise
   in the reading: corpus batch 637). The dog's health note, as a
   diagnosis with its condition named ("병원에서 슬개골 탈구 진단 받았어요", "the vet diagnosed hip
   dysplasia": kept as guards) already was; "진단" and "diagnosed" are health words now.
2. An escape told ("he got out this morning, found him an hour later", "문 열어둔 사이에
   나가버려서 한시간 찾아다녔어요"): noise, lost. A report ("got out of the yard" and "문 열린 틈에
   나갔다가" already were: guards).
3. Where the owner lives and the clock asked in one Korean sentence with no comma ("부산에 살아요
   시간 맞춰 주세요": noise) sets the zone (Asia/Seoul); "I live in Berlin, set my time please"
   already did (a guard: Europe/Berlin).
4. At a check-in, a success rate told as fallen ("성공률이 떨어졌어요", "success rate went down":
   good news, the check-in left open) is worse; risen in Korean's other form ("성공률이
   올라갔어요": good news) better, as stop 60 made "늘었어요".
5. The age told as turned 13 last month, at the age question ("지난달에 13살 됐어요", "turned 13
   last month") and idle ("사실 지난달에 13살 됐어요", "she actually turned 13 last month"): 13
   years, 156 months (a month more is below what the age is asked for: the survey keeps whole
   years told as years). Already so at 23c2ae41: guards.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Report
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_typed
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop50_tz50 import _kakao_zone, _tg_zone
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

LANGS = ("ko", "en")


def _kept(rows: list[Report]) -> list[str]:
    return [r.text for r in rows if r.kind != "question"]  # the coach's questions are kept apart


async def _tg_result_shown(tg: Harness, chat: int, lang: str, fake: FakeOllama) -> None:
    await tg_owner(tg, chat, lang)
    await tg.say(chat, BARK[lang], language_code=lang)
    await eventually(lambda: _model_calls(fake) >= 1)
    await asyncio.sleep(0.3)
    await tg.say(chat, "/result")


def _noted(lang: str) -> str:
    """The fixed start of the health note's reply ("Noted in Rex's profile as a health note")."""
    return t(lang, "analysis-followup-health-kept", name="\x00", note="").partition("\x00")[0]


# -- 1. a diagnosis told ---------------------------------------------------------------------------
# The two short English ones failed at 23c2ae41 on both channels (noise); the rest passed.

DIAGNOSED: dict[tuple[str, str, str], str] = {
    ("idle", "short", "ko"): "진단 받았어요",
    ("idle", "short", "en"): "she got diagnosed today",
    ("recent", "short", "ko"): "오늘 진단 받았어요",
    ("recent", "short", "en"): "got diagnosed today",
    ("idle", "named", "ko"): "병원에서 슬개골 탈구 진단 받았어요",
    ("idle", "named", "en"): "the vet diagnosed hip dysplasia",
    ("recent", "named", "ko"): "병원에서 슬개골 탈구 진단 받았어요",
    ("recent", "named", "en"): "the vet diagnosed hip dysplasia",
}


@pytest.mark.parametrize(("when", "kind", "lang"), list(DIAGNOSED))
async def test_a_diagnosis_told_is_the_health_note_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, when: str, kind: str, lang: str
) -> None:
    typed = DIAGNOSED[when, kind, lang]
    if when == "recent":
        user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    else:
        user = await kakao_owner(kakao, lang)
    before = _kept(await _kakao_reports(kakao, user.key))
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == before, user.text
    assert _model_calls(fake_ollama) == calls, user.text
    assert _noted(lang) in user.text, user.text


@pytest.mark.parametrize(("when", "kind", "lang"), list(DIAGNOSED))
async def test_a_diagnosis_told_is_the_health_note_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    when: str,
    kind: str,
    lang: str,
) -> None:
    typed = DIAGNOSED[when, kind, lang]
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 611000 + list(DIAGNOSED).index((when, kind, lang))
        if when == "recent":
            await _tg_result_shown(tg, chat, lang, fake_ollama)
        else:
            await tg_owner(tg, chat, lang)
        before = _kept(await _tg_reports(tg, chat))
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, typed)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == before, shown
        assert _model_calls(fake_ollama) == calls, shown
        assert _noted(lang) in shown, shown


# -- 2. an escape told -----------------------------------------------------------------------------
# The two "got out"/"나가버려서" ones failed at 23c2ae41 on both channels (noise, lost).

ESCAPED: dict[tuple[str, str], str] = {
    ("new", "ko"): "문 열어둔 사이에 나가버려서 한시간 찾아다녔어요",
    ("new", "en"): "he got out this morning, found him an hour later",
    ("known", "ko"): "문 열린 틈에 나갔다가 한시간만에 찾았어요",
    ("known", "en"): "he got out of the yard this morning... found him an hour later",
}


@pytest.mark.parametrize(("kind", "lang"), list(ESCAPED))
async def test_an_escape_told_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(ESCAPED[kind, lang])
    assert _kept(await _kakao_reports(kakao, user.key)) == [ESCAPED[kind, lang]], user.text
    await eventually(lambda: _model_calls(fake_ollama) > calls)


@pytest.mark.parametrize(("kind", "lang"), list(ESCAPED))
async def test_an_escape_told_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 611100 + list(ESCAPED).index((kind, lang))
        await tg_owner(tg, chat, lang)
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, ESCAPED[kind, lang])
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        assert _kept(await _tg_reports(tg, chat)) == [ESCAPED[kind, lang]], shown


# -- 3. where the owner lives, and the clock asked --------------------------------------------------
# The Korean one failed at 23c2ae41 on both channels (noise); the English one passed.

LIVES = {
    "ko": ("부산에 살아요 시간 맞춰 주세요", "Asia/Seoul"),
    "en": ("I live in Berlin, set my time please", "Europe/Berlin"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_where_the_owner_lives_sets_the_zone_on_kakao(kakao: Server, lang: str) -> None:
    typed, zone = LIVES[lang]
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert await _kakao_zone(kakao, user.key) == zone, user.texts
    assert _kept(await _kakao_reports(kakao, user.key)) == []


@pytest.mark.parametrize("lang", LANGS)
async def test_where_the_owner_lives_sets_the_zone_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, zone = LIVES[lang]
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 611200 + LANGS.index(lang)
        await tg_owner(tg, chat, lang)
        shown = await tg_typed(tg, chat, typed)
        assert await _tg_zone(tg, chat) == zone, shown


# -- 4. a check-in: a success rate told as fallen, or risen -------------------------------------------
# All six failed at 23c2ae41 but the English rise (good news, the check-in left open).

RATE: dict[tuple[str, str], str] = {
    ("worse", "ko"): "성공률이 떨어졌어요",
    ("worse", "en"): "success rate went down",
    ("better", "ko"): "성공률이 올라갔어요",
    ("better", "en"): "success rate went up",
}


@pytest.mark.parametrize(("outcome", "lang"), list(RATE))
async def test_a_success_rate_told_is_the_outcome_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, outcome: str, lang: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(RATE[outcome, lang])
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _words in _answered(rows)] == [outcome], owner.texts


@pytest.mark.parametrize(("outcome", "lang"), list(RATE))
async def test_a_success_rate_told_is_the_outcome_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, outcome: str, lang: str
) -> None:
    chat = 611300 + list(RATE).index((outcome, lang))
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, RATE[outcome, lang], language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _words in _answered(rows)] == [outcome], tg.sent(chat)[-3:]


# -- 5. turned 13 last month -------------------------------------------------------------------------
# Guards: 156 months at 23c2ae41 already, at the question and told idle.

TURNED = {"ko": "지난달에 13살 됐어요", "en": "turned 13 last month"}
TURNED_IDLE = {"ko": "사실 지난달에 13살 됐어요", "en": "she actually turned 13 last month"}
THIRTEEN = 13 * 12


@pytest.mark.parametrize("lang", LANGS)
async def test_turned_13_last_month_is_13_years_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(TURNED[lang])
    assert (await kakao_answers(kakao, user.key)).get("age_months") == THIRTEEN, user.text
    owner = await kakao_owner(kakao, lang)
    await owner.send(TURNED_IDLE[lang])
    assert (await kakao_answers(kakao, owner.key)).get("age_months") == THIRTEEN, owner.text
    assert _kept(await _kakao_reports(kakao, owner.key)) == [], owner.text


@pytest.mark.parametrize("lang", LANGS)
async def test_turned_13_last_month_is_13_years_on_telegram(tg: Harness, lang: str) -> None:
    chat = 611400 + LANGS.index(lang)
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, TURNED[lang])
    assert (await tg_answers(tg, chat)).get("age_months") == THIRTEEN, tg.sent(chat)[-2:]
    await tg_owner(tg, chat + 10, lang)
    await tg.say(chat + 10, TURNED_IDLE[lang])
    assert (await tg_answers(tg, chat + 10)).get("age_months") == THIRTEEN, tg.sent(chat + 10)[-2:]
    assert _kept(await _tg_reports(tg, chat + 10)) == [], tg.sent(chat + 10)[-2:]
