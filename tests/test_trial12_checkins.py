# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12, check-ins (issue 11, corpus batch 108). Each reproduced through a real channel
first (Telegram pushed, Kakao at the owner's next message), both languages, then fixed for its kind.

2. Kakao, no push: "해봤는데 그냥 그래요" as the first message once the check-in fell due got "not
   sure what you mean" and the question; dropped. So-so and unchanged said in a sentence are "the
   same", the note asked.
1. "ya it went ok i guess" at a pushed "how did it go?" got "please pick one" (and, with the
   survey's sex question open, the sex options' re-ask). Casual outcomes are read; "went ok" /
   "it was fine" (tried, nothing clearly better) is "the same", and the reply says so; "nah
   nothing else" at the note skips it.
3. "근데 다른 문제가 생겼어요" at the note was kept as the note: a new problem announced without
   details closes the note and asks what happened; the next message is a new report.
4. "kinda worse?" at "how did it go?" was unsure: a hedge with an outcome is that outcome.
5. A note that corrects the outcome re-runs the plan's keep / adjust decision.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import DAYS, FAST, MESSAGES, checkins_of, push_checkin, t, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import kakao_settings, serve
from tests.test_telegram_e2e import eventually
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


def _kept(text: str, outcome: str) -> tuple[str, str | None]:
    """The check-in row an answer typed in words leaves: its outcome, the words as its note
    unless they are the answer's own label ("meh" is a label of "the same")."""
    return outcome, None if MESSAGES.matches(text, f"coaching-outcome-{outcome}") else text


# -- 2. Kakao, no push: so-so / unchanged as the first message once the check-in is due -----------

SO_SO = [
    ("ko", "해봤는데 그냥 그래요", "same"),
    ("ko", "해봤는데 그저 그래요", "same"),
    ("ko", "해봤는데 별로 안 달라졌어요", "same"),
    ("ko", "연습해봤는데 비슷해요", "same"),
    ("ko", "해봤는데 똑같아요 ㅠ", "same"),
    ("ko", "음 그대로에요", "same"),
    ("ko", "그냥저냥이에요", "same"),
    ("en", "tried it, same", "same"),
    ("en", "ya it went ok i guess", "same"),
    ("en", "meh, no change really", "same"),
    ("en", "tried it but it didnt work", "same"),
    ("en", "pretty good actually", "better"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), SO_SO)
async def test_so_so_as_the_first_message_answers_a_due_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    from tests.test_checkins import analysis

    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert t(lang, "noise-hint") not in owner.text, owner.text
        assert t(lang, "unclear-event") not in owner.text, owner.text
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [_kept(text, outcome)]
        assert await _kakao_report_count(srv, owner.key) == 1
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == calls


# -- 1. casual outcomes at a pushed check-in, and "nah nothing else" at the note ---------------------

CASUAL = [
    ("en", "ya it went ok i guess", "same"),
    ("en", "it was fine", "same"),
    ("en", "meh", "same"),
    ("en", "not bad", "better"),
    ("en", "pretty good", "better"),
    ("en", "kinda better", "better"),
    ("en", "no change really", "same"),
    ("en", "didnt work", "same"),
    ("en", "tried it, same", "same"),
    ("ko", "해봤는데 그냥 그래요", "same"),
    ("ko", "나쁘지 않았어요", "better"),
    ("ko", "해봤는데 무난했어요", "same"),
]
SKIPS = {"en": ("nah nothing else", "that's it", "nope"), "ko": ("딱히 없어요", "그게 다예요", "없어요")}


@pytest.mark.parametrize(("lang", "text", "outcome"), CASUAL)
async def test_a_casual_outcome_answers_a_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 10801
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        said = tg.sent(chat)
        assert t(lang, "coaching-checkin-reask") not in said
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [_kept(text, outcome)]
        ok_line = t(lang, "coaching-checkin-read-ok")
        assert (ok_line in said) == (outcome == "same" and text in OK_SAID), said
        skip = SKIPS[lang][CASUAL.index((lang, text, outcome)) % 3]
        await tg.say(chat, skip, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note-skipped") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [_kept(text, outcome)]  # the skip kept as no note
        assert _model_calls(fake_ollama) == calls


# "went ok", "it was fine": the step tried, nothing said better: "the same", said so in the reply
OK_SAID = {"ya it went ok i guess", "it was fine", "해봤는데 무난했어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_casual_outcome_with_the_sex_question_open_answers_the_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """The survey's sex question open when the check-in was pushed (not armed): "ya it went ok i
    guess" answers the check-in, never the sex question's re-ask; the survey comes back after."""
    chat = 10802
    text = {"en": "ya it went ok i guess", "ko": "해봤는데 그냥 그래요"}[lang]
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "Max" if lang == "en" else "콩이", language_code=lang)
        await tg.say(chat, "3", language_code=lang)
        name = "Max" if lang == "en" else "콩이"
        sex = t(lang, "survey-q-sex", name=name)
        await eventually(lambda: sex in tg.sent(chat)[-1])
        await travel(tg.rt.store, DAYS)  # the check-in pushed (not armed: the sex question is open)
        await eventually(lambda: STEP[lang] in tg.sent(chat)[-1])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("same", text)]
        await tg.say(chat, "nah nothing else" if lang == "en" else "딱히 없어요", language_code=lang)
        await eventually(lambda: sex in tg.sent(chat)[-1])  # the survey's question again


# -- 3. a new problem announced at the note -----------------------------------------------------------

NEW_PROBLEM = [
    ("ko", "근데 다른 문제가 생겼어요", "어제 산책하다가 다른 개한테 달려들어서 짖었어요"),
    ("ko", "아 그리고 새로운 문제가 있어요", "어제 산책하다가 다른 개한테 달려들어서 짖었어요"),
    ("en", "but a different problem came up", "yesterday on a walk he lunged at another dog and barked"),
    ("en", "also there's a new issue", "yesterday on a walk he lunged at another dog and barked"),
]


@pytest.mark.parametrize(("lang", "text", "then"), NEW_PROBLEM)
async def test_a_new_problem_at_the_note_asks_what_happened_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    then: str,
) -> None:
    chat = 10803
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.tap(chat, t(lang, "coaching-outcome-better"), language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-new-problem") in tg.sent(chat))
        assert t(lang, "coaching-checkin-note-saved") not in tg.sent(chat)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", None)]  # no note
        assert _model_calls(fake_ollama) == calls
        await tg.say(chat, then, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # the next message: a report
        assert await _tg_report_count(tg, chat) == 2
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", None)]


@pytest.mark.parametrize(("lang", "text", "then"), NEW_PROBLEM[::2])
async def test_a_new_problem_at_the_note_asks_what_happened_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, then: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send("better" if lang == "en" else "좋아졌어요")
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        await owner.send(text)
        assert t(lang, "coaching-checkin-new-problem") in owner.text, owner.text
        store = srv.app.state.runtime.store
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", None)]
        await owner.send(then)
        assert await _kakao_report_count(srv, owner.key) == 2


TOLD = [("ko", "다른 문제가 생겼는데 밤마다 낑낑거려요"), ("en", "another problem, he whines all night now")]


@pytest.mark.parametrize(("lang", "text"), TOLD)
async def test_a_new_problem_told_at_the_note_is_the_note_and_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """Told with what happens: a report of its own (analysed); since stop 50 no longer the note as
    well (tests/test_stop50_followup50.py: a new incident is no note on the step)."""
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send("better" if lang == "en" else "좋아졌어요")
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        await owner.send(text)
        assert t(lang, "coaching-checkin-new-problem") not in owner.text, owner.text
        store = srv.app.state.runtime.store
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", None)]
        assert await _kakao_report_count(srv, owner.key) == 2


# -- 4. a hedge with an outcome is that outcome -------------------------------------------------------

HEDGED = [
    ("en", "kinda worse?", "worse"),
    ("en", "kinda worse", "worse"),
    ("en", "sort of better", "better"),
    ("en", "a bit worse i guess", "worse"),
    ("ko", "좀 나빠진듯?", "worse"),
    ("ko", "약간 나빠진 것 같아요", "worse"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), HEDGED)
async def test_a_hedged_outcome_at_how_did_it_go_is_that_outcome_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        assert t(lang, "coaching-checkin-unsure") not in owner.text, owner.text
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [_kept(text, outcome)]


async def test_a_hedged_outcome_at_how_did_it_go_is_that_outcome_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    chat = 10804
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, "en") as tg:
        await push_checkin(tg, chat, "en", STEP["en"])
        await tg.say(chat, "kinda worse?", language_code="en")
        await eventually(lambda: tg.sent(chat)[-1] == t("en", "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("worse", "kinda worse?")]


# -- 5. a corrected outcome re-runs the plan's decision -----------------------------------------------

CORRECTIONS = [("en", "actually it got worse tbh"), ("ko", "사실 더 심해졌어요")]


@pytest.mark.parametrize(("lang", "text"), CORRECTIONS)
async def test_a_corrected_outcome_changes_the_plans_decision_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """ "better" kept the plan (renewed, its next check-in set); the note "actually it got worse"
    corrects the outcome, and the plan is then to be adjusted, its next check-in dropped, and the
    adjust advice said."""
    chat = 10805
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.tap(chat, t(lang, "coaching-outcome-better"), language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [r.status for r in rows] == ["answered", "pending"]  # renewed on "better"
        await tg.say(chat, text, language_code=lang)
        line = t(lang, "coaching-checkin-note-corrected", outcome=t(lang, "coaching-outcome-worse"))
        await eventually(lambda: line in tg.sent(chat))
        await eventually(lambda: t(lang, "coaching-advice-adjust-worse") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [r.status for r in rows] == ["answered", "skipped"]
        assert _answered(rows) == [("worse", text)]
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None
            [plan] = await s.list_plans(user.id)
        assert plan.status == "adjust"


async def test_a_correction_that_keeps_the_decision_changes_nothing_else_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """ "better", then "actually had no time to try it": not tried keeps the plan too; the next
    check-in stays, no second advice."""
    chat = 10806
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, "en") as tg:
        await push_checkin(tg, chat, "en", STEP["en"])
        await tg.tap(chat, t("en", "coaching-outcome-better"), language_code="en")
        await eventually(lambda: tg.sent(chat)[-1] == t("en", "coaching-checkin-note"))
        await tg.say(chat, "actually had no time to try it", language_code="en")
        line = t("en", "coaching-checkin-note-corrected", outcome=t("en", "coaching-outcome-not_tried"))
        await eventually(lambda: line in tg.sent(chat))
        await asyncio.sleep(0.2)
        assert t("en", "coaching-advice-keep-not_tried") not in tg.sent(chat)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [r.status for r in rows] == ["answered", "pending"]


CASUAL_NOTES = [("en", "he was fine with guests"), ("ko", "손님 올 때는 무난했어요")]


@pytest.mark.parametrize(("lang", "text"), CASUAL_NOTES)
async def test_casual_words_in_a_note_correct_nothing_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """Control: the casual words read at "how did it go?" ("was fine", "무난했") do not correct
    the answer from a note: "better" stays, the words its note."""
    chat = 10807
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.tap(chat, t(lang, "coaching-outcome-better"), language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note-saved") in tg.sent(chat))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("better", text)]
