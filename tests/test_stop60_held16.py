# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 60, helper held16: held-out 16's reports lost and non-reports leaked, each reproduced as a
kind through a real channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot
API), Korean and English, with variants of our own (corpus batches 628-630). Not done: the household
answer told with a husband who died ("저 혼자요 영감은 먼저 갔어요": condolences for the dog).

Lost (a report not kept nor analysed):
1. A newly adopted dog hiding under the bed or the sofa ("…밥도 하나도 안먹고 소파 밑에서 안
   나와요ㅠㅠ 어떡해요": a question; English "she won't come out from under the bed, what do i do"
   already a report, kept as a guard), also typed without spaces ("소파밑에만있어요ㅠ", "she
   stayed under the bed all day"): noise (hiding under something was no behaviour). A report.
Leaked (sent to the model as a report, none):
2. The vet's diagnosis brought home ("오늘 병원 갔는데 치매 초기라고 하네요 약 먹이기로 했어요",
   "back from the vet, she has early dementia, got some meds"): a cognitive red flag analysed. The
   dog's health note.
3. A step that worked, the night behaviour told as not happening ("말씀하신 대로 … 안 서성였어요",
   "… like you said and she didn't pace at all last night, thanks"): a report. The step working.
4. Just after a result, the step not fitting the dog ("손으로는 안 먹어요 그건 못하겠어요", "she
   won't take it from my hand, can't do that"): a report. The misfit line.
5. At a check-in, more of the behaviour told in other words ("이사하고 나서 짖는게 더 많아졌어요",
   English "barks more since the move": it already read "worse", kept as a guard): "not
   understood". Worse.
6. At the exercise question, no walks yet because the dog is scared ("무서워서 아직 산책 못 나가요",
   "no walks yet, she's too scared"): a report. Zero minutes.

Idle talk read as noise (batch 630):
7. The move told as done ("이사 끝났어요 …", "finished moving today …"), a treat taken from the
   hand at last ("오늘 처음으로 내 손에 있던 간식 받아먹었어ㅠㅠ 감동", "she took a treat from my
   hand today"): "shall I analyse it?". Booking the vet now after a result ("ok booking the vet
   now"; Korean "병원 예약하려고요" already went, kept as a guard): noise. The survey's offer put off
   with why ("나중에 할게요 지금 운전중이라", "later, i'm holding the baby rn"): noise, a goodbye.

Each failed at 360c5a59 (before the fix; run at 38d1f481, the same code) but the guards (English
1 asked and 5, Korean 7 booking): 38 of 44 failed there.
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
from tests.owners import tg_settings, tg_surveyed, tg_typed
from tests.test_checkins import analysis
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop42_lead import _result_shown
from tests.test_survey_answers_misread import kakao_typed_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import eventually, harness
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan
from tests.test_trial_en_open import REPORT as FIRST_REPORT
from tests.test_trial_en_open import _first_report_followup, _tg_first_report_followup


def _kept(rows: list[Report]) -> list[str]:
    return [r.text for r in rows if r.kind != "question"]


# -- 1. reports lost --------------------------------------------------------------------------------

REPORTS: dict[tuple[str, str], str] = {
    ("asked", "ko"): "입양한지 사흘 됐는데 밥도 하나도 안먹고 소파 밑에서 안 나와요ㅠㅠ 어떡해요",
    ("asked", "en"): "we adopted her last week and she won't come out from under the bed, what do i do",
    ("unspaced", "ko"): "보리가오늘도하루종일 소파밑에만있어요ㅠ 밥도 조금밖에안먹었어",
    ("unspaced", "en"): "she stayed under the bed all day again, ate half her food",
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
    chat = 60160 + list(REPORTS).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, REPORTS[kind, lang])
        assert _kept(await _tg_reports(tg, chat)) == [REPORTS[kind, lang]], shown
        await eventually(lambda: _model_calls(fake_ollama) > before)


# -- 2-3. non-reports leaked, idle ------------------------------------------------------------------
# (kind, lang) → (the message, the reply it gets or None: only no report and no model call).


NOT_REPORTS: dict[tuple[str, str], tuple[str, str | None]] = {
    ("vet", "ko"): ("오늘 병원 갔는데 치매 초기라고 하네요 약 먹이기로 했어요", None),
    ("vet", "en"): ("back from the vet, she has early dementia, got some meds", None),
    ("worked", "ko"): ("말씀하신 대로 밤에 불 켜놨더니 어제는 안 서성였어요 감사해요", "talk-worked"),
    ("worked", "en"): (
        "left the night light on like you said and she didn't pace at all last night, thanks",
        "talk-worked",
    ),
}


@pytest.mark.parametrize(("kind", "lang"), list(NOT_REPORTS))
async def test_no_report_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    text, reply = NOT_REPORTS[kind, lang]
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == before, user.text
    if reply is not None:
        assert t(lang, reply) in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(NOT_REPORTS))
async def test_no_report_is_kept_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    text, reply = NOT_REPORTS[kind, lang]
    chat = 60170 + list(NOT_REPORTS).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == before, shown
        if reply is not None:
            assert t(lang, reply) in shown, shown


# -- 4. the step does not fit, just after a result ------------------------------------------------

MISFIT = {
    "ko": "그릇에 주면 먹는데 손으로는 안 먹어요 그건 못하겠어요",
    "en": "she won't take it from my hand, can't do that",
}
BARK = {"ko": "손님 올 때마다 현관에서 계속 짖어요", "en": "he barks at the door every time guests come over"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_step_not_fitting_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    before = _model_calls(fake_ollama)
    await user.send(MISFIT[lang])
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [BARK[lang]], user.text
    assert t(lang, "talk-misfit") in user.text, user.text
    assert _model_calls(fake_ollama) == before, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_step_not_fitting_is_no_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 60180 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, MISFIT[lang])
        await asyncio.sleep(0.3)
        assert len(_kept(await _tg_reports(tg, chat))) == 1, shown
        assert t(lang, "talk-misfit") in shown, shown
        assert _model_calls(fake_ollama) == before, shown


# -- 5. a check-in: more of the behaviour is worse ------------------------------------------------

WORSE = {
    "ko": "이사하고 나서 짖는게 더 많아졌어요 하루 두번",
    "en": "barks more since the move tbh, like twice a day",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_more_of_it_is_worse_at_a_checkin_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(WORSE[lang])
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _words in _answered(rows)] == ["worse"], owner.texts
        assert _model_calls(fake_ollama) == calls, owner.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_more_of_it_is_worse_at_a_checkin_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 60190 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, WORSE[lang], language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _words in _answered(rows)] == ["worse"], tg.sent(chat)[-3:]
        assert _model_calls(fake_ollama) == calls, tg.sent(chat)[-3:]


# -- 6. no walks yet because the dog is scared ----------------------------------------------------

NO_WALKS = {"ko": "무서워서 아직 산책 못 나가요", "en": "no walks yet, she's too scared"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_no_walks_yet_for_fear_is_zero_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    stored, user = await kakao_typed_at(kakao, lang, "exercise_minutes", NO_WALKS[lang])
    assert stored == 0, user.text
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_no_walks_yet_for_fear_is_zero_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 60195 + ("ko", "en").index(lang)
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_at(tg, chat, lang, "exercise_minutes")
        shown = await tg_typed(tg, chat, NO_WALKS[lang])
        assert (await tg_answers(tg, chat)).get("exercise_minutes") == 0, shown
        assert _kept(await _tg_reports(tg, chat)) == [], shown


# -- 7. idle talk read as noise (batch 630) ---------------------------------------------------------
# Each failed at 360c5a59: noise ("shall I analyse it?"), or a goodbye with the offer open.

TALK: dict[tuple[str, str], tuple[str, str]] = {
    ("moved", "ko"): ("이사 끝났어요 이제 마당 있는 집이에요ㅎㅎ", "life-moved"),
    ("moved", "en"): ("finished moving today, way bigger place now lol", "life-moved"),
    ("hand", "ko"): ("오늘 처음으로 내 손에 있던 간식 받아먹었어ㅠㅠ 감동", "talk-news"),
    ("hand", "en"): ("she took a treat from my hand today", "talk-news"),
}


@pytest.mark.parametrize(("kind", "lang"), list(TALK))
async def test_idle_talk_is_answered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, kind: str, lang: str
) -> None:
    text, reply = TALK[kind, lang]
    user = await kakao_owner(kakao, lang)
    before = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _kept(await _kakao_reports(kakao, user.key)) == [], user.text
    assert _model_calls(fake_ollama) == before, user.text
    assert t(lang, "unclear-event")[:20] not in user.text, user.text
    assert t(lang, reply)[:30] in user.text, user.text


@pytest.mark.parametrize(("kind", "lang"), list(TALK))
async def test_idle_talk_is_answered_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, kind: str, lang: str
) -> None:
    text, reply = TALK[kind, lang]
    chat = 60200 + list(TALK).index((kind, lang))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, text)
        await asyncio.sleep(0.3)
        assert _kept(await _tg_reports(tg, chat)) == [], shown
        assert _model_calls(fake_ollama) == before, shown
        assert t(lang, "unclear-event")[:20] not in shown, shown
        assert t(lang, reply)[:30] in shown, shown


TO_VET = {"ko": "알겠어요 병원 예약하려고요", "en": "ok booking the vet now"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_booking_the_vet_is_going_to_the_vet_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()  # nothing missing: no follow-up question open
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    before = _model_calls(fake_ollama)
    await user.send(TO_VET[lang])
    await asyncio.sleep(0.3)
    assert t(lang, "talk-to-vet") in user.text, user.text
    assert _model_calls(fake_ollama) == before, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_booking_the_vet_is_going_to_the_vet_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 60210 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        before = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, TO_VET[lang])
        await asyncio.sleep(0.3)
        assert t(lang, "talk-to-vet") in shown, shown
        assert _model_calls(fake_ollama) == before, shown


LATER = {"ko": "나중에 할게요 지금 운전중이라", "en": "later, i'm holding the baby rn"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_offer_put_off_with_why_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    user = kakao.user(lang=lang)
    await _first_report_followup(user, lang)
    calls = _model_calls(fake_ollama)
    await user.send(LATER[lang])
    assert t(lang, "first-report-declined") in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    assert _kept(await _kakao_reports(kakao, user.key)) == [FIRST_REPORT[lang]], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_offer_put_off_with_why_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 60220 + ("ko", "en").index(lang)
        await _tg_first_report_followup(tg, chat, lang)
        await asyncio.sleep(0.3)
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, LATER[lang])
        assert t(lang, "first-report-declined") in shown, shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert _kept(await _tg_reports(tg, chat)) == [FIRST_REPORT[lang]], shown
