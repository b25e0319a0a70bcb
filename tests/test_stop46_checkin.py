# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""English owner trial 31's check-in and follow-up findings (corpus batches 288-290), each
reproduced through a real channel first (Kakao pushed through the Event API or the skill webhook,
Telegram over the fake Bot API), in Korean and English, the stored rows read back.

1. A check-in answer that describes what happened became a new report and the check-in stayed
   unanswered: "eh kinda better? he still bites but less hard maybe" (a trailing "maybe" hedges the
   detail, not the outcome: better) and the sarcastic "oh yeah GREAT, she barked at the window for
   an hour straight yesterday 🙃" (praise said of the behaviour told at its worst: worse), the
   words kept as the check-in's note, no report, no model call.
2. At a result's "how often does this happen?", "so what happens now" (a question about the
   flow, answered by the bot) and "gotta go, brb" (leaving: small talk) were glued onto the report
   and analysed again.
3. An answer and a new incident in one message ("every time we go out tbh since we got him. also
   alfie growled at him at dinner"): one new report, the answer lost. The answer part goes to the
   report it answers, the incident after "also", "oh and", "그리고" becomes its own report.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_followup_not_reports import REPORT as FOLLOWED
from tests.test_followup_not_reports import _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial10_checkins import STEP, _answered, _kakao_pushed, _telegram_plan

# -- 1. a check-in answer told as what happened ----------------------------------------------------

TOLD = [
    ("en", "eh kinda better? he still bites but less hard maybe", "better"),
    ("en", "oh yeah GREAT, she barked at the window for an hour straight yesterday 🙃", "worse"),
    ("en", "oh great, he barked at the door all evening again 🙃", "worse"),
    ("ko", "좀 나아진것같긴한데 아직 물어요", "better"),
    ("ko", "아주 좋네요^^ 어제 한시간 내내 짖었어요", "worse"),
    ("ko", "참 좋네요 🙃 어제 저녁 내내 짖었어요", "worse"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), TOLD)
async def test_a_told_outcome_answers_the_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)], owner.texts
        reports = await _kakao_reports(srv, owner.key)
        assert len(reports) == 1, [r.text for r in reports]
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text", "outcome"), TOLD[:2] + TOLD[3:5])
async def test_a_told_outcome_answers_the_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 4631
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, text)], tg.sent(chat)[-3:]
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. not an answer at a result's question ------------------------------------------------------

NOT_ANSWERS = [
    ("en", "so what happens now"),
    ("en", "ok what happens next"),
    ("en", "gotta go, brb"),
    ("en", "gotta go"),
    ("ko", "이제 어떻게 되는거예요"),
    ("ko", "그럼 이제 뭐가 어떻게 되나요"),
    ("ko", "잠깐 나갔다올게요"),
    ("ko", "이따 올게요"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ANSWERS)
async def test_the_flow_asked_or_leaving_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user = kakao.user(lang=lang)
    await _until_followup(user, lang)
    calls = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    reports = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.followups) for r in reports] == [(FOLLOWED[lang], 0)], user.text
    assert _model_calls(fake_ollama) == calls, user.text


@pytest.mark.parametrize(("lang", "text"), NOT_ANSWERS[::2])
async def test_the_flow_asked_or_leaving_is_no_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4632
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: tg.last_text(chat).endswith(question))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await asyncio.sleep(0.5)
        reports = await _tg_reports(tg, chat)
        assert [(r.text, r.followups) for r in reports] == [(FOLLOWED[lang], 0)], tg.sent(chat)[-3:]
        assert _model_calls(fake_ollama) == calls


# -- 3. an answer and a new incident in one message -----------------------------------------------

SPLIT = [
    (
        "en",
        "every time we go out tbh since we got him. also alfie growled at him at dinner",
        "every time we go out tbh since we got him.",
        "alfie growled at him at dinner",
    ),
    (
        "en",
        "like every day, mostly evenings… oh and he peed on the rug again 🙃",
        "like every day, mostly evenings…",
        "he peed on the rug again 🙃",
    ),
    ("ko", "매일이요 그리고 어제 밥먹다가 으르렁댔어요", "매일이요", "어제 밥먹다가 으르렁댔어요"),
    ("ko", "거의 매일요 ㅠ 아 그리고 또 카펫에 쉬했어요", "거의 매일요 ㅠ", "또 카펫에 쉬했어요"),
]


async def _settled_reports(read: object, count: int) -> list[object]:
    reports: list[object] = []
    for _ in range(100):
        reports = await read()  # type: ignore[operator]
        if len(reports) >= count and all(getattr(r, "followups", 0) or i for i, r in enumerate(reports)):
            break
        await asyncio.sleep(0.05)
    return reports


@pytest.mark.parametrize(("lang", "text", "answer", "incident"), SPLIT)
async def test_an_answer_and_an_incident_are_split_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, answer: str, incident: str
) -> None:
    user = kakao.user(lang=lang)
    await _until_followup(user, lang)
    await user.send(text)
    reports = await _settled_reports(lambda: _kakao_reports(kakao, user.key), 2)
    assert [(r.text, r.followups) for r in reports] == [  # type: ignore[attr-defined]
        (f"{FOLLOWED[lang]}\n{answer}", 1),
        (incident, 0),
    ], user.text


@pytest.mark.parametrize(("lang", "text", "answer", "incident"), SPLIT[1:3])
async def test_an_answer_and_an_incident_are_split_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    answer: str,
    incident: str,
) -> None:
    chat = 4633
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: tg.last_text(chat).endswith(question))
        await tg.say(chat, text, language_code=lang)
        reports = await _settled_reports(lambda: _tg_reports(tg, chat), 2)
        assert [(r.text, r.followups) for r in reports] == [  # type: ignore[attr-defined]
            (f"{FOLLOWED[lang]}\n{answer}", 1),
            (incident, 0),
        ], tg.sent(chat)[-3:]
