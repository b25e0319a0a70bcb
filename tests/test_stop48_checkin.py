# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 48, the check-in's loop (corpus batch 333), each reproduced through a real channel first
(Kakao without the Event API, Kakao through it, Telegram over the fake Bot API), in Korean and
English, the stored rows read back.

1. Kakao without the Event API (nothing can push): a check-in due and never shown took the owner's
   next message as its answer when it told a behaviour going on ("산책할때 줄을 계속 당겨요", "he
   keeps pulling on the leash on walks"): stored whole as the note of a "the same" the owner was
   never asked, no report. Now a message to a check-in never shown is read as with nothing open (a
   report is a report, a command a command, a question the coach's) and the check-in is asked after
   its replies; an outcome said in words ("a bit better, he only barked twice") still answers it.
2. `understanding-outcome-habit` (ko) matched "늘" inside "오늘", "하늘", "늘리니까": a bite told
   beside "better" ("좀 나아졌는데 하늘이를 물었어요") read as a habit, the check-in's note, no
   report. Short aliases of the check-in's vocabularies that are words of their own now count only
   as a whole typed word (`.words`).
3. An answer typed with its reason at the check-in's quick replies ("a bit better, he only barked
   twice", "조금 나아졌어요 두번만 짖었어요", "오늘은 좀 나았어요"): the outcome and the words both kept.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Context, Expect, Kind, Understander
from tests.checkin_due import REPORT, STEP, asked, kakao_due, pushed_answer_kept_on_telegram
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import checkins_of, push_checkin, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import _answered, _kakao_pushed, _telegram_plan

# -- 1. a check-in never shown -------------------------------------------------------------------

UNSEEN_REPORTS = [
    ("ko", "산책할때 줄을 계속 당겨요"),
    ("ko", "계속 짖어요 손님 오면"),
    ("en", "he keeps pulling on the leash on walks"),
    ("en", "he keeps jumping on guests"),
]
UNSEEN_COMMANDS = [("ko", "기록 보여줘"), ("en", "/history")]
UNSEEN_OUTCOMES = [
    ("ko", "조금 나아졌어요 두번만 짖었어요", "better"),
    ("en", "a bit better, he only barked twice", "better"),
    ("en", "about the same, he still barks at the bell", "same"),
]


@pytest.mark.parametrize(("lang", "text"), UNSEEN_REPORTS)
async def test_a_report_to_a_check_in_never_shown_is_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # analysed
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [], owner.texts
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], text]
        assert owner.texts[-1] == asked(lang), owner.texts  # asked after the report's replies
        assert rows[0].status == "sent"
        await owner.send(t(lang, "coaching-outcome-better"))  # the next message answers it
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("better", None)], owner.texts


@pytest.mark.parametrize(("lang", "text"), UNSEEN_COMMANDS)
async def test_a_command_to_a_check_in_never_shown_is_the_command_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        assert owner.texts[0].startswith("📚"), owner.texts
        assert owner.texts[-1] == asked(lang), owner.texts
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [] and rows[0].status == "sent"


@pytest.mark.parametrize(("lang", "text", "outcome"), UNSEEN_OUTCOMES)
async def test_an_outcome_said_to_a_check_in_never_shown_answers_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    """Control: how the step went, said in outcome words, is the check-in's answer, no report."""
    async with kakao_due(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text"), UNSEEN_REPORTS[::2])
async def test_a_report_at_a_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    """Telegram pushes the question: another behaviour told at it is a report of its own."""
    chat = 4801
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], text]


# -- 2. "늘" inside "오늘" -----------------------------------------------------------------------

HABIT = Understander(Messages()).vocabulary["understanding-outcome-habit"]


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("늘 짖어요", True),
        ("좀 나아졌는데 아직 가끔 물어요", True),
        ("계속해서 짖어요", True),
        ("오늘은 좀 나았어요", False),
        ("오늘 또 짖었어요", False),
        ("하늘이를 물었어요", False),
        ("간식 늘리니까 물었어요", False),
        ("산책 시간이 늘어났어요", False),
    ],
)
def test_a_short_habit_word_counts_only_as_a_word(text: str, habit: bool) -> None:
    from dogcoach.services.understanding.text import Folded

    assert HABIT.contains(Folded(text)) is habit


BITES = [
    ("ko", "좀 나아졌는데 하늘이를 물었어요"),
    ("ko", "나아졌어요 근데 간식 늘리니까 물었어요"),
]


@pytest.mark.parametrize(("lang", "text"), BITES)
async def test_a_bite_beside_better_is_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _n in _answered(rows)] == ["better"], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 2, owner.texts


def test_today_was_better_is_better_at_the_check_in() -> None:
    from dogcoach.handlers.coaching.checkins import outcome_options

    understander = Understander(Messages())
    for text in ("오늘은 좀 나았어요", "오늘은 훨씬 나았어요 두번만 짖었어요"):
        read = understander.understand(text, Context(Expect.CHOICE, outcome_options(7), about="barking"))
        assert (read.kind, read.picks, read.incident) == (Kind.CHOICE, ("checkin:7:better",), False), read


# -- 3. typed answers with their reason at the quick replies --------------------------------------

REASONED = [
    ("en", "a bit better, he only barked twice", "better"),
    ("ko", "조금 나아졌어요 두번만 짖었어요", "better"),
    ("ko", "오늘은 좀 나았어요", "better"),
    ("en", "about the same, he still barks at the bell", "same"),
    ("ko", "그대로예요 아직 초인종 울리면 짖어요", "same"),
    ("en", "a little worse, he barks longer than before", "worse"),
    ("ko", "더 심해졌어요 한시간 내내 짖어요", "worse"),
    ("en", "haven't tried yet, we were away", "not_tried"),
    ("ko", "아직 못해봤어요 출장가서요", "not_tried"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), REASONED)
async def test_a_reasoned_answer_at_the_quick_replies_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        assert any(c.startswith("checkin:") for c in owner.choice_ids)
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)], owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(("lang", "text", "outcome"), REASONED[:3])
async def test_a_reasoned_answer_at_the_pushed_check_in_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, text)], owner.texts


@pytest.mark.parametrize(("lang", "text", "outcome"), REASONED[:3])
async def test_a_reasoned_answer_at_the_pushed_check_in_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    await pushed_answer_kept_on_telegram(fake_telegram, fake_ollama, tmp_path, 4802, lang, text, outcome)
