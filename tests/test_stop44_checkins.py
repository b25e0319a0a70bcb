# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Owner trial 29's check-in and follow-up findings (corpus batches 229-230), each reproduced
through a real channel first (Kakao pushed through the Event API or the skill webhook, Telegram
over the fake Bot API), in Korean and English, what was stored read back.

1. At a barking check-in "still barks but less" was stored as "the same" ("Behaviour takes time
   to change…") while "아직 짖긴 하는데 훨씬 덜해요" was "better": the behaviour told as still
   happening but less (fewer, not as much, shorter, quieter) is better in both languages.
2. At the check-in's "anything to add?", "wait can u remind me what i was supposed to do" was
   thanked for and stored as the note, the step never shown: a question asking what the step was
   shows the plan (the result asked for again), and is never the note.
3. At a result's "how often… since when?", "what do you mean how often? i just said every day lol"
   went to the model as a question to the coach: an answer told inside a "what do you mean?"
   complaint is detail for the report.
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

# -- 1. still, but less: better ------------------------------------------------------------------

LESS = [
    ("en", "still barks but less"),
    ("en", "he still barks, just a lot less"),
    ("en", "still barking but it's shorter now"),
    ("en", "still barks but quieter"),
    ("ko", "아직 짖는데 전보다 덜 해요"),
    ("ko", "여전히 짖지만 줄었어요"),
    ("ko", "아직 짖긴 하는데 훨씬 덜해요"),
    ("ko", "아직도 짖긴 하는데 짧아졌어요"),
]
BETTER = "coaching-advice-keep-better"


@pytest.mark.parametrize(("lang", "text"), LESS)
async def test_still_but_less_is_better_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert owner.texts[0] == t(lang, BETTER), owner.texts
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", text)]
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), LESS[:1] + LESS[4:5])
async def test_still_but_less_is_better_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7441
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, BETTER) in tg.sent(chat))
        await asyncio.sleep(0.3)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)]


# the behaviour still told as it was, no less: the same, as before
STILL_SAME = [
    ("en", "he still barks, no less than before"),
    ("en", "still barks as much as ever"),
    ("ko", "여전히 짖어요 줄지 않았어요"),
]


@pytest.mark.parametrize(("lang", "text"), STILL_SAME)
async def test_still_and_no_less_stays_the_same_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("same", text)], owner.texts


# -- 2. what was the step? at the note ------------------------------------------------------------

NOTE = {"ko": "손님 올 때도 조용했어요", "en": "he was calm when guests came"}
REMIND = [
    ("en", "wait can u remind me what i was supposed to do"),
    ("en", "what was the plan again"),
    ("en", "remind me what to do"),
    ("ko", "뭐 하라고 하셨죠?"),
    ("ko", "아까 뭐 해보라고 하셨더라?"),
]


@pytest.mark.parametrize(("lang", "text"), REMIND)
async def test_asking_the_step_at_the_note_shows_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        await owner.send("좋아졌어요" if lang == "ko" else "better")
        assert owner.texts[-1] == t(lang, "coaching-checkin-note")
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert any(STEP[lang] in said for said in owner.texts), owner.texts
        assert t(lang, "coaching-checkin-note-saved") not in owner.texts, owner.texts
        assert _model_calls(fake_ollama) == calls
        await asyncio.sleep(0.3)
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", None)], (
            owner.texts
        )
        await owner.send(NOTE[lang])
        await asyncio.sleep(0.3)
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", NOTE[lang])]


@pytest.mark.parametrize(("lang", "text"), REMIND[:1] + REMIND[3:4])
async def test_asking_the_step_at_the_note_shows_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7442
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, "좋아졌어요" if lang == "ko" else "better", language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        shown = len([m for m in tg.sent(chat) if STEP[lang] in m])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: len([m for m in tg.sent(chat) if STEP[lang] in m]) > shown)
        await asyncio.sleep(0.3)
        assert t(lang, "coaching-checkin-note-saved") not in tg.sent(chat)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", None)]


# -- 3. an answer inside "what do you mean?" at the follow-up question -----------------------------

MEANT = [
    ("en", "what do you mean how often? i just said every day lol"),
    ("en", "what do u mean how often? every day since march"),
    ("ko", "몇 번이냐니요? 매일이라고 했잖아요"),
    ("ko", "무슨 말이에요? 매일이라고 했잖아요"),
]


@pytest.mark.parametrize(("lang", "text"), MEANT)
async def test_an_answer_inside_what_do_you_mean_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user = kakao.user(lang=lang)
    await _until_followup(user, lang)
    await user.send(text)
    for _ in range(100):
        [report] = await _kakao_reports(kakao, user.key)
        if report.followups:
            break
        await asyncio.sleep(0.05)
    assert (report.text, report.followups) == (f"{FOLLOWED[lang]}\n{text}", 1), user.text


@pytest.mark.parametrize(("lang", "text"), MEANT[:1] + MEANT[2:3])
async def test_an_answer_inside_what_do_you_mean_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 7443
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: tg.last_text(chat).endswith(question))
        await tg.say(chat, text, language_code=lang)
        for _ in range(100):
            [report] = await _tg_reports(tg, chat)
            if report.followups:
                break
            await asyncio.sleep(0.05)
        assert (report.text, report.followups) == (f"{FOLLOWED[lang]}\n{text}", 1), tg.sent(chat)[-3:]
