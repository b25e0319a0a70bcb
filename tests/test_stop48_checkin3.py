# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, checkin3: each fault reproduced through a real channel first, what was kept read back
from the store.

1. A behaviour told as happened for a length of time ("오늘 아침에 택배 기사님 보고 10분 동안
   짖었어요") was good news (`news-calm`), nothing kept: "동안 짖" holds "안 짖" (didn't bark). A
   negation that starts inside a word it only seems to continue (`understanding-talk-calm-false`:
   동안, 한동안, 불안, "not a good day") is none.
2. At a due check-in, a mixed result told with what each side was ("음 반반? 어떤날은 덜짖고
   어떤날은 똑같아요") was asked again to pick one: it is "the same", its words the note (a bare
   "반반이요" asked which one overall until stop 50: better and worse at once is now "the same"
   with its words too, tests/test_stop50_followup50.py). "ㅇㅋ 해볼게요" ("ok I'll try") was stored as not
   tried: an intention to try is no outcome, the check-in stays open.
3. Telegram, the survey paused at the sex question after "what should I do??": "ok I'll ring them
   now, thank you" got the sex question's "Please pick one of the options shown". A plan to
   ring, call or phone someone (`understanding-talk-plan`) is the plan's small talk.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

# -- 1. a behaviour told as lasting a while is a report, not good news ---------------------------

LASTED = (
    ("ko", "오늘 아침에 택배 기사님 보고 10분 동안 짖었어요"),
    ("ko", "한시간 내내 울었어요"),
    ("ko", "어제 저녁에 30분 동안 낑낑댔어요"),
    ("ko", "산책하다가 한동안 짖었어요"),
    ("en", "barked for 10 minutes at the delivery guy"),
)


@pytest.mark.parametrize(("lang", "typed"), LASTED)
async def test_a_behaviour_told_as_lasting_a_while_is_a_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


async def test_a_behaviour_told_as_lasting_a_while_is_a_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(LASTED, 48301):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert await tg_reports(tg, chat) == [typed], tg.sent(chat)


# -- 2. a mixed result told out is the same; "ok I'll try" is no outcome ------------------------

MIXED = (
    ("ko", "음 반반? 어떤날은 덜짖고 어떤날은 똑같아요"),
    ("ko", "왔다갔다해요 어떤 날은 좀 나아졌고 어떤 날은 그대로예요"),
    ("en", "half and half? some days he barks less, some days it's the same"),
)
TRY = (
    ("ko", "ㅇㅋ 해볼게요"),
    ("ko", "네 해볼게요!"),
    ("en", "ok I'll try"),
    ("en", "will try that, thanks"),
)


@pytest.mark.parametrize(("lang", "typed"), MIXED)
async def test_a_mixed_result_told_out_is_the_same_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(typed)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("same", typed)], owner.texts
        assert _model_calls(fake_ollama) == calls


async def test_a_mixed_result_told_out_is_the_same_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    lang, typed = MIXED[2]
    chat = 48321
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, typed, language_code=lang)
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("same", typed)], tg.sent(chat)[-3:]


@pytest.mark.parametrize(("lang", "typed"), TRY)
async def test_ok_ill_try_leaves_the_check_in_open_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(typed)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [], owner.texts


async def test_ok_ill_try_leaves_the_check_in_open_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    chat = 48322
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, "ko") as tg:
        await push_checkin(tg, chat, "ko", STEP["ko"])
        await tg.say(chat, TRY[0][1], language_code="ko")
        await eventually(lambda: len(tg.sent(chat)) > 0)
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [], tg.sent(chat)[-3:]


# -- 3. a plan to ring someone, said at a paused survey question, is the plan's small talk -------

RING = (("en", "ok I'll ring them now, thank you"), ("ko", "네 지금 전화할게요 감사해요"))


async def test_a_plan_to_ring_at_the_sex_question_is_small_talk_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(RING, 48331):
        await tg_at(tg, chat, lang, "sex")
        await tg.say(chat, "what should I do??" if lang == "en" else "어떻게 해야 돼요??")
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = tg.sent(chat)[before:]
        assert t(lang, "talk-plan") in said, said
        assert not any(t(lang, "survey-err-sex") in s for s in said), said
        assert "sex" not in await tg_answers(tg, chat)


@pytest.mark.parametrize(("lang", "typed"), RING)
async def test_a_plan_to_ring_at_the_sex_question_is_small_talk_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    assert t(lang, "talk-plan") in user.text, user.texts
    assert "sex" not in await kakao_answers(kakao, user.key)
