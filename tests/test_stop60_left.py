# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 60, helper left60: misreadings left from stop 59 (held-out 12-15), each kind reproduced
through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API),
Korean and English, what was stored read back (corpus batches 624-626). Failed at 360c5a59 as
each section says.

1. At a result's follow-up question, an answer and then a new incident with a red flag after "oh
   and" / "그리고" ("he was home alone. oh and he just threw up"): one new report, the answer lost
   (the red flag read first). Now the answer is added to the report analysed and the incident is a
   report of its own (`Understanding.split`), as the answer then an incident with no flag already
   was; the words before the incident may tell how things stood ("crate door was open, I was making
   dinner") when the incident is told as just now (`understanding-added-split-now`).
2. A distance told in native Korean or English number words at a follow-up ("열 걸음?", "ten
   steps?"): a question for the coach model (only digits counted). Now the answer, added to the report.
3. Commands asked at length: what was analysed so far asked to be summarised (the vet's one-page
   summary, or a question for the coach) is the reports so far (history); "I live in Busan now,
   please set the time accordingly. Mark" (noise) sets the zone.
4. A check-in: "패드 성공률 80%쯤?? 많이 늘었어요" (good news, the check-in left open) is better.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store.models import QUESTION
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_typed
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop50_tz50 import _kakao_zone, _tg_zone
from tests.test_stop52_lead import BARK, _fixed
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import eventually, harness
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan


async def _tg_result_shown(tg, chat: int, lang: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    await tg_owner(tg, chat, lang)
    await tg.say(chat, BARK[lang], language_code=lang)
    question = t(lang, f"analysis-followup-{topic}")
    await eventually(lambda: any(question in s for s in tg.sent(chat)))
    await asyncio.sleep(0.3)


async def _kakao_rows(kakao: Server, key: str, count: int) -> list[str]:
    for _ in range(40):
        rows = await _kakao_reports(kakao, key)
        if len([r for r in rows if r.kind != QUESTION]) >= count:
            break
        await asyncio.sleep(0.05)
    return [r.text for r in rows if r.kind != QUESTION]  # the coach's questions are kept apart


async def _tg_rows(tg, chat: int, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    for _ in range(40):
        rows = await _tg_reports(tg, chat)
        if len([r for r in rows if r.kind != QUESTION]) >= count:
            break
        await asyncio.sleep(0.05)
    return [r.text for r in rows if r.kind != QUESTION]  # the coach's questions are kept apart


# -- 1. an answer, then a new incident with a red flag ---------------------------------------------
# All 4 failed at 360c5a59 (one new report, the answer lost).

ANSWER_THEN_FLAG = {
    "ko": ("혼자 집에 있었어요 그리고 방금 또 토했어요", "혼자 집에 있었어요", "방금 또 토했어요"),
    "en": ("he was home alone. oh and he just threw up", "he was home alone.", "he just threw up"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_answer_then_a_flagged_incident_is_split_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    typed, answer, incident = ANSWER_THEN_FLAG[lang]
    await user.send(typed)
    rows = await _kakao_rows(kakao, user.key, 2)
    assert rows[0] == f"{BARK[lang]}\n{answer}", (rows, user.text)
    assert len(rows) == 2 and rows[1] == incident, rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_answer_then_a_flagged_incident_is_split_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 60101 + ("ko", "en").index(lang)
        await _tg_result_shown(tg, chat, lang, "antecedent")
        typed, answer, incident = ANSWER_THEN_FLAG[lang]
        shown = await tg_typed(tg, chat, typed)
        rows = await _tg_rows(tg, chat, 2)
        assert rows[0] == f"{BARK[lang]}\n{answer}", (rows, shown)
        assert len(rows) == 2 and rows[1] == incident, rows


# -- 2. a distance in number words at a follow-up ---------------------------------------------------
# Both Korean tests failed at 360c5a59 (a question for the coach model, nothing added).

STEPS = {"ko": "열 걸음?", "en": "about ten steps?"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_distance_in_number_words_is_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    await user.send(STEPS[lang])
    await asyncio.sleep(0.3)
    assert await _kakao_rows(kakao, user.key, 1) == [f"{BARK[lang]}\n{STEPS[lang]}"], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_distance_in_number_words_is_added_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("antecedent")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 60111 + ("ko", "en").index(lang)
        await _tg_result_shown(tg, chat, lang, "antecedent")
        shown = await tg_typed(tg, chat, STEPS[lang])
        await asyncio.sleep(0.3)
        assert await _tg_rows(tg, chat, 1) == [f"{BARK[lang]}\n{STEPS[lang]}"], shown


# -- 3. commands asked at length -------------------------------------------------------------------
# The four summaries failed at 360c5a59 (the vet's summary in Korean, a question in English); the
# four zones too (noise).

HISTORY = ("history-empty", "history-empty-dog")  # the reports so far (none yet), of the dog or all
SUMMARISED = {
    "ko": "지금까지 분석한거 요약해서 보여줄 수 있어요?",
    "en": "can you summarise everything so far",
}
MOVED = {
    "ko": "저 이제 부산 살아요, 시간 맞춰 주세요. 감사합니다 민수",
    "en": "I live in Busan now, please set the time accordingly. Mark",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_summary_of_the_analyses_shows_the_history_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(SUMMARISED[lang])
    assert any(_fixed(lang, view) in user.text for view in HISTORY), user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_summary_of_the_analyses_shows_the_history_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 60121 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, SUMMARISED[lang])
        assert any(_fixed(lang, view) in shown for view in HISTORY), shown
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_move_with_the_clock_asked_sets_the_zone_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(MOVED[lang])
    assert await _kakao_zone(kakao, user.key) == "Asia/Seoul", user.texts
    assert await _kakao_rows(kakao, user.key, 0) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_move_with_the_clock_asked_sets_the_zone_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 60131 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        shown = await tg_typed(tg, chat, MOVED[lang])
        assert await _tg_zone(tg, chat) == "Asia/Seoul", shown


# -- 4. a check-in: a success rate told as risen ---------------------------------------------------
# All 4 failed at 360c5a59 (good news, the check-in left open).

ROSE = {"ko": "패드 성공률 80%쯤?? 많이 늘었어요", "en": "pad success rate is way up, like 80% now"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_success_rate_risen_is_better_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(ROSE[lang])
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _words in _answered(rows)] == ["better"], owner.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_success_rate_risen_is_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 60141 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, ROSE[lang], language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _words in _answered(rows)] == ["better"], tg.sent(chat)[-3:]
