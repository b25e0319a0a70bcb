# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Owner trial 28's check-in findings (corpus batches 217-219), each reproduced through a real
channel first (Kakao pushed through the Event API, Telegram pushed), in Korean and English, what
was stored read back.

1. At a check-in about barking, "이제 안짖어요!! 대박" (it doesn't bark any more) was analysed as a new
   incident (a report, a model call), the best outcome lost: the behaviour followed up told as
   stopped is "better", its words the note. "간식만 먹고 또 짖어요" (takes the treat and barks again)
   was a new incident too: the behaviour told again is "the same", its words the note.
2. "kinda? it worked 2 out of 5 times" was stored as "better" without a word, while "반반이요" (half
   and half) is asked which one overall: a step that worked only some of the times is asked the
   same way in both languages, nothing recorded until the owner says which (stop 50: "반반이요", better
   and worse at once, is now "the same" with its words; tests/test_stop50_followup50.py).
3. A check-in whose plan saw a report raising a red flag (a bite that bled) answered "better" got
   only "something happened that is a safety concern", nothing of the answer: the answer is
   acknowledged, then the professional help the earlier concern calls for.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.kakao_event_api import FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import (
    DAYS,
    FAST,
    checkins_of,
    kakao_pushing,
    push_checkin,
    t,
    wait_for_rows,
)
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import serve
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial10_checkins import (
    REPORT,
    STEP,
    _answered,
    _kakao_pushed,
    _kakao_report_count,
    _telegram_plan,
    _tg_report_count,
)
from tests.timetravel import travel

ADVICE = {"better": "coaching-advice-keep-better", "same": "coaching-advice-keep-same"}
TOLD = [
    ("ko", "이제 안짖어요!! 대박", "better"),
    ("ko", "요즘은 초인종 울려도 짖지 않아요", "better"),
    ("en", "he doesn't bark anymore!! amazing", "better"),
    ("en", "hasn't barked at the door since tuesday", "better"),
    ("ko", "간식만 먹고 또 짖어요", "same"),
    ("en", "he takes the treat and barks again", "same"),
]
PARTLY = [
    ("en", "kinda? it worked 2 out of 5 times"),
    ("ko", "5번 중에 2번은 효과 있었어요"),
]


# -- 1. the behaviour told stopped, or again ------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "outcome"), TOLD)
async def test_the_behaviour_told_stopped_or_again_answers_the_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert owner.texts[0] == t(lang, ADVICE[outcome])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note")
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)]
        assert await _kakao_report_count(srv, owner.key) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text", "outcome"), TOLD)
async def test_the_behaviour_told_stopped_or_again_answers_the_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 7428
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, ADVICE[outcome]) in tg.sent(chat))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, text)]
        assert await _tg_report_count(tg, chat) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. worked some of the times: asked which one overall, as "half and half" is -------------------


@pytest.mark.parametrize(("lang", "text"), PARTLY)
async def test_worked_some_of_the_times_is_asked_which_one_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        # "반반이요" / "half and half" were asked the same way here; better and worse at once is now
        # "the same" with its words (stop 50, tests/test_stop50_followup50.py), so the step that worked
        # some of the times is asked twice on its own
        for said in (text, text):
            await owner.send(said)
            assert owner.texts[0] == t(lang, "coaching-checkin-mixed")
            assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == []
        await owner.send("좋아졌어요" if lang == "ko" else "better")
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", None)]


@pytest.mark.parametrize(("lang", "text"), PARTLY)
async def test_worked_some_of_the_times_is_asked_which_one_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7429
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-mixed") in tg.sent(chat))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == []


# -- 3. a check-in after a red flag ---------------------------------------------------------------

BITE = {
    "ko": "어제 택배 기사님 다리를 물어서 피가 났어요",
    "en": "yesterday he bit the delivery man's leg and it bled",
}
RED_FLAG = "coaching-advice-get_help-red_flag"


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_check_in_after_a_red_flag_acknowledges_the_answer_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    with FakeKakaoEventApi() as api:
        async with serve(kakao_pushing(tmp_path, fake_ollama, api)) as srv:
            store = srv.app.state.runtime.store
            owner = srv.user(lang=lang)
            await owner.send(REPORT[lang])
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
            await owner.send(BITE[lang])  # during the plan: a red flag raised since it began
            await owner.send("/help")
            await travel(store, DAYS)
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: rows[0].status == "sent")
            await owner.send("좋아졌어요" if lang == "ko" else "better")
            assert t(lang, RED_FLAG, outcome="better") != t(lang, RED_FLAG, outcome="worse")
            assert owner.texts[0] == t(lang, RED_FLAG, outcome="better")
            assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", None)]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_check_in_after_a_red_flag_acknowledges_the_answer_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 7430
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await tg.say(chat, BITE[lang], language_code=lang)  # during the plan: a red flag raised
        await eventually(lambda: len([x for x in tg.sent(chat) if "🔍" in x]) >= 2)
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, "더 심해졌어요" if lang == "ko" else "worse", language_code=lang)
        shown = t(lang, RED_FLAG, outcome="worse")
        await eventually(lambda: any(shown in text for text in tg.sent(chat)))
        assert t(lang, RED_FLAG, outcome="worse") != t(lang, RED_FLAG, outcome="better")
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("worse", None)]
