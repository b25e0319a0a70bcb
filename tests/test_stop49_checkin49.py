# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, checkin49 (owner trials): each fault reproduced through a real channel first (Kakao
over the skill's HTTP, Telegram over the fake Bot API), in Korean and English, what was stored read
back (corpus batches 371-373).

1. A vague answer at the check-in's "how did it go?" ("kinda?", "좀요?", "sort of?") was a
   question for the coach model, the check-in left open. Like "hmm hard to say": no outcome,
   "hard to tell" said and the outcome asked again (its buttons), no model call.
2. Not tried because the dog was ill ("didnt rly try it, he was sick all weekend, threw up twice",
   "아파서 못해봤어요 주말내내 토했어요"): the vet card, then a new report analysed, the check-in
   left `sent`. Now "didn't try" is kept with the words as its note, and the vet line said; no
   second analysis.
3. "오히려 더 심해졌어요 이제 산책 나가기 싫어해요", "worse actually, now he won't even go out":
   the check-in's "worse" and ALSO a new report (model called, a second plan) while the same reply
   asks the owner to tell what happened next. What the step made worse is its outcome: the words are
   the note, no second report (a clearly new incident — a bite, another behaviour — still is one).
4. "질문이 좀 있는데요", "몇개 질문해도 돼요?", "can i ask u something", "i have a few questions" at a
   survey question (the name, on Kakao): a question for the coach model, kept. Only leave to ask:
   "sure, ask away" (`talk-may-ask`), nothing kept, no model call, the survey question again.
6. A rescue's age said as about ("약 2~3살", "about 2-3 years": stored as 30 months with its range)
   was "2살" / "2 years" in the model's prompt: the range, marked approximate, in both languages.
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
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan

# -- 1. a vague answer ----------------------------------------------------------------------------

VAGUE = (
    ("en", "kinda?"),
    ("en", "sort of?"),
    ("en", "kind of"),
    ("en", "hmm hard to say"),
    ("ko", "글쎄요?"),
    ("ko", "좀요?"),
    ("ko", "애매해요"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), VAGUE)
async def test_a_vague_answer_is_asked_again_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert owner.texts[0] == t(lang, "coaching-checkin-unsure"), owner.texts
        assert any(c.startswith("checkin:") for c in owner.choice_ids), owner.texts
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [] and rows[0].status == "sent"
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), VAGUE[:1] + VAGUE[5:6])
async def test_a_vague_answer_is_asked_again_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4901
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before)
        await asyncio.sleep(0.3)
        assert tg.sent(chat)[before] == t(lang, "coaching-checkin-unsure"), tg.sent(chat)[before:]
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == []
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 2. not tried: the dog was ill -----------------------------------------------------------------

ILL = (
    ("en", "didnt rly try it, he was sick all weekend, threw up twice"),
    ("ko", "아파서 못해봤어요 주말내내 토했어요"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ILL)
async def test_not_tried_while_ill_is_kept_with_the_vet_line_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.4)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("not_tried", text)], owner.texts
        vet = (t(lang, "safety-header-within_24h"), t(lang, "safety-header-soon"))
        assert any(x.startswith(vet) for x in owner.texts), owner.texts  # the vet line
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts  # anything to add?
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), ILL)
async def test_not_tried_while_ill_is_kept_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4902
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("not_tried", text)], tg.sent(chat)[-4:]
        vet = (t(lang, "safety-header-within_24h"), t(lang, "safety-header-soon"))
        assert any(x.startswith(vet) for x in tg.sent(chat)), tg.sent(chat)[-4:]
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 3. worse, with what it made worse -------------------------------------------------------------

WORSE = (
    ("ko", "오히려 더 심해졌어요 이제 산책 나가기 싫어해요"),
    ("en", "worse actually, now he won't even go out"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), WORSE)
async def test_worse_with_its_detail_is_the_note_only_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.4)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("worse", text)], owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1, owner.texts
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), WORSE)
async def test_worse_with_its_detail_is_the_note_only_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 4903
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await asyncio.sleep(0.5)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("worse", text)], tg.sent(chat)[-4:]
        assert len(await _tg_reports(tg, chat)) == 1
        assert _model_calls(fake_ollama) == calls


# -- 6. an approximate age in the model's prompt ---------------------------------------------------

ABOUT_AGE = (
    ("ko", "약 2~3살", "약 2~3살"),
    ("ko", "2~3살 정도요", "약 2~3살"),
    ("en", "about 2-3 years", "about 2–3 years"),
    ("en", "2 or 3 years old i think", "about 2–3 years"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "typed", "shown"), ABOUT_AGE)
async def test_an_approximate_age_stays_approximate_in_the_prompt_on_kakao(
    kakao: Server, lang: str, typed: str, shown: str
) -> None:
    from dogcoach.services.analysis.prompt import build_profile_line

    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("approximate", {}).get("age_months"), answers
    assert shown in build_profile_line(answers, lang), answers


async def test_an_approximate_age_stays_approximate_in_the_prompt_on_telegram(tg: Harness) -> None:
    from dogcoach.services.analysis.prompt import build_profile_line

    for chat, (lang, typed, shown) in enumerate(ABOUT_AGE, 49601):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert shown in build_profile_line(answers, lang), answers


def test_an_exact_age_is_said_as_before() -> None:
    from dogcoach.services.analysis.prompt import build_profile_line

    assert build_profile_line({"age_months": 30}, "ko") == "반려견: 2살"
    assert build_profile_line({"age_months": 30}, "en") == "Dog: 2 years"
    assert build_profile_line({"age_months": 30, "approximate": {"age_months": [30, 30]}}, "en") == (
        "Dog: about 2.5 years"
    )
    assert build_profile_line({"age_months": 5, "approximate": {"age_months": [4, 6]}}, "ko") == (
        "반려견: 약 4~6개월"
    )


# -- 4. leave to ask asked at a survey question ----------------------------------------------------

MAY_ASK = (
    ("ko", "질문이 좀 있는데요"),
    ("ko", "몇개 질문해도 돼요?"),
    ("en", "can i ask u something"),
    ("en", "i have a few questions"),
)  # fmt: skip


@pytest.mark.parametrize("key", ["name", "breed"])
@pytest.mark.parametrize(("lang", "typed"), MAY_ASK)
async def test_leave_to_ask_at_a_survey_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    before = await kakao_answers(kakao, user.key) if key != "name" else None
    await user.send(typed)
    assert user.texts[0] == t(lang, "talk-may-ask"), user.texts
    assert asked(lang, key) in user.text, user.texts  # the survey question again
    await asyncio.sleep(0.3)
    if before is not None:
        assert await kakao_answers(kakao, user.key) == before
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


async def test_leave_to_ask_at_a_survey_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, typed) in enumerate(MAY_ASK, 49401):
            await tg_at(tg, chat, lang, "name")
            before = len(tg.sent(chat))
            await tg.say(chat, typed)
            said = tg.sent(chat)[before:]
            assert said[0] == t(lang, "talk-may-ask"), said
            assert asked(lang, "name") in said[-1], said
            assert await tg_reports(tg, chat) == []
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == 0


# -- 5. the terminal: two asides in a row mid-survey, then a quit word ----------------------------

TERMINAL = {
    "ko": (["별", "18개월", "도움말", "기록"], "그만하기", "별"),
    "en": (["Choco", "2 years", "help", "history"], "quit", "Choco"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_terminal_keeps_the_survey_open_and_quits_at_a_quit_word(tmp_path: Path, lang: str) -> None:
    """ "dogcoach chat", at the sex question (four options): two replies about something else in a
    row said the survey was paused ("멈춰 있어요"), which only the owner asks for; then "그만하기"
    only paused it and the chat went on. The question is said to be waiting for its answer, and a
    quit word ends the chat (the hint: "종료" / "exit"), the survey kept where it was."""
    from tests.test_console import _chat

    lines, quit_word, name = TERMINAL[lang]
    out = _chat(tmp_path, [*lines, quit_word, "/help"], "--lang", lang, "--user", f"q{lang}")
    assert "멈춰" not in out and "paused" not in out, out[-600:]
    assert t(lang, "survey-still-open", name=name, n=3, total=15, field=t(lang, "survey-field-sex")) in out, (
        out[-600:]
    )
    assert out.rstrip().endswith(t(lang, "console-bye")), out[-300:]
