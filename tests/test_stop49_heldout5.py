# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, held-out batch 5's misses (tests/corpus/heldout5.tsv, written before this round by a
helper who had not read the rules; corpus batches 362-364), each reproduced through a real channel
first (Kakao, Telegram over the fake Bot API), in Korean and English, what was kept read back.

1. A why-question that tells what happened today or just now ("왜 우리애는 나만 나가면 울까요ㅠㅠ
   오늘도 옆집에서 연락왔어요", "why did he just pee on my bed?? literally right in front of me")
   was a question to the coach, the incident kept nowhere: a report, its analysis answers the why.
2. "It happened again" told with when, right after a result ("it happened again just now when the
   postman came", "방금 또 그랬어요 택배 아저씨 왔을때") was noise (or detail of the last report): a
   new report of that behaviour.
3. A bite with blood at a check-in's "anything to add?" ("그리고 어제 동생 손을 물어서 피가
   났어요"): the channels already kept the note AND reported it with the bite's safety card (the
   router reports a note with `safety`); the reading called it the note alone, so the corpus
   counted it lost. It now says `incident` too; these tests keep the channels' behaviour (since
   stop 50 the report only, no note: tests/test_stop50_followup50.py).
4. An amount hedged with "정도" before the behaviour it comes with ("4시간정도인데 그때마다 문긁고
   울어요ㅠ" at the hours alone) was stored as exactly 4 (the clause cut at "정도인데"): about 4, as
   "4시간정도" alone is, and the report kept.
5. "change the breed" at the edit list (labelled the list's option) is the edit command: it opens
   the breed question on Kakao, as the option would; the label was changed.
6. "내 기록 볼래" (반말 "볼래") was the hint: the history.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.handlers.card import APPROXIMATE_KEY
from dogcoach.handlers.coaching.checkins import SKIP_NOTE
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Context, Expect, Kind, Option, Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import REPORT, STEP, _answered, _kakao_pushed, _telegram_plan

# -- 1. a why-question about what happened today --------------------------------------------------

WHY_TOLD = (
    ("ko", "왜 우리애는 나만 나가면 울까요ㅠㅠ 오늘도 옆집에서 연락왔어요"),
    ("ko", "오늘 아침에도 현관에서 짖던데 왜 그럴까요"),
    ("en", "why did he just pee on my bed?? literally right in front of me"),
    ("en", "why did she jump on my mum like that today?"),
)
WHY_ASKED = (("ko", "왜 나만 나가면 울까요?"), ("en", "why does he pee on my bed?"))


@pytest.mark.parametrize(("lang", "typed"), WHY_TOLD)
async def test_a_why_question_about_today_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.2)
    rows = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.is_question) for r in rows] == [(typed, False)], user.texts


@pytest.mark.parametrize(("lang", "typed"), WHY_ASKED)
async def test_a_why_question_with_no_day_is_still_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    """Control: why it happens, asked with nothing dated, is the coach's question."""
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await asyncio.sleep(0.2)
    rows = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.is_question) for r in rows] == [(typed, True)], user.texts


async def test_a_why_question_about_today_is_a_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(WHY_TOLD, 49501):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        rows = await _tg_reports(tg, chat)
        assert [(r.text, r.is_question) for r in rows] == [(typed, False)], tg.sent(chat)[-2:]
    await tg_owner(tg, 49510, "en")
    await tg.say(49510, WHY_ASKED[1][1])
    rows = await _tg_reports(tg, 49510)
    assert [(r.text, r.is_question) for r in rows] == [(WHY_ASKED[1][1], True)], tg.sent(49510)[-2:]


# -- 2. "it happened again", with when, right after a result ------------------------------------------

AGAIN_WHEN = (
    ("ko", "방금 또 그랬어요 택배 아저씨 왔을때"),
    ("ko", "택배 아저씨 왔을때 또 그랬어요ㅠㅠ"),
    ("en", "it happened again just now when the postman came"),
    ("en", "she did it again when the doorbell rang"),
)


@asynccontextmanager
async def kakao_shown(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[Server, Any]]:
    """A Kakao owner whose report's result was shown a moment ago (nothing asked after it)."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(
            srv.app.state.runtime.store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1
        )
        await owner.send("/help")  # the result shown
        yield srv, owner


@pytest.mark.parametrize(("lang", "typed"), AGAIN_WHEN)
async def test_again_with_when_after_a_result_is_a_new_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with kakao_shown(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(typed)
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # analysed
        reports = await kakao_reports(srv, owner.key)
        assert len(reports) == 2 and REPORT[lang] in reports, owner.texts
        assert any(r.endswith(typed) for r in reports), reports  # that behaviour, once more


@pytest.mark.parametrize(("lang", "typed"), AGAIN_WHEN[::2])
async def test_again_with_when_after_a_result_is_a_new_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    chat = 49520
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        calls = _model_calls(fake_ollama)
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        reports = await tg_reports(tg, chat)
        assert len(reports) == 2 and any(r.endswith(typed) for r in reports), tg.sent(chat)[-3:]


# -- 3. a bite with blood told at a check-in's "anything to add?" -------------------------------------

BETTER = {"ko": "좋아졌어요", "en": "better"}
UNDERSTANDER = Understander(Messages())
NOTE = Context(Expect.NOTE, (Option(SKIP_NOTE, "coaching-checkin-note-skip", numbered=False),))
NOTE_BITES = (
    ("ko", "그리고 어제 동생 손을 물어서 피가 났어요"),
    ("en", "and yesterday she bit my brother's hand, it bled"),
)


@pytest.mark.parametrize(("lang", "typed"), NOTE_BITES)
async def test_a_bite_with_blood_at_the_note_is_a_report_with_its_safety_card_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(BETTER[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(typed)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        # stop 50 (tests/test_stop50_followup50.py): a new incident at the note is its own report,
        # no longer the note too, and no note's thanks ("📝 Noted") under its safety card
        assert _answered(rows) == [("better", None)], owner.texts
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], typed], owner.texts
        said = "\n".join(owner.texts)
        assert t(lang, "safety-header-now") in said and t(lang, "safety-bite_injury") in said, owner.texts
        assert t(lang, "coaching-checkin-note-saved") not in said, owner.texts


@pytest.mark.parametrize(("lang", "typed"), NOTE_BITES[1:])
async def test_a_bite_with_blood_at_the_note_is_a_report_with_its_safety_card_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, typed: str
) -> None:
    chat = 49530
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, BETTER[lang], language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: any(t(lang, "safety-bite_injury") in s for s in tg.sent(chat)))
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        # stop 50: its own report, no longer the note too (tests/test_stop50_followup50.py)
        assert _answered(rows) == [("better", None)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], typed]


def test_a_red_flag_at_the_note_is_the_note_and_a_report() -> None:
    """The reading says what the router does: a report of its own (`incident`; the note itself
    skipped since stop 50)."""
    for typed in (NOTE_BITES[0][1], NOTE_BITES[1][1], "he bit my sister's hand, it bled"):
        read = UNDERSTANDER.understand(typed, NOTE)
        assert (read.kind, read.safety, read.incident) == (Kind.ANSWER, True, True), read


# -- 4. an amount said with "정도" before the behaviour it comes with ------------------------------------

HEDGED_IN_REPORT = (
    ("ko", "alone_hours", "4시간정도인데 그때마다 문긁고 울어요ㅠ", 4),
    ("ko", "exercise_minutes", "30분쯤인데 산책하면 줄을 엄청 당겨요", 30),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), HEDGED_IN_REPORT)
async def test_a_hedged_amount_in_a_report_stays_approximate_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: int
) -> None:
    """The hours kept about 4 (as "4시간정도" alone is), not exactly 4, and the report kept."""
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers[key] == stored and key in answers.get(APPROXIMATE_KEY, {}), answers
    assert typed in await kakao_reports(kakao, user.key), user.texts


async def test_a_hedged_amount_in_a_report_stays_approximate_on_telegram(tg: Harness) -> None:
    lang, key, typed, stored = HEDGED_IN_REPORT[0]
    await tg_at(tg, 49540, lang, key)
    await tg.say(49540, typed)
    answers = await tg_answers(tg, 49540)
    assert answers[key] == stored and key in answers.get(APPROXIMATE_KEY, {}), answers
    assert await tg_reports(tg, 49540) == [typed]


# -- 5. a question named at the list of answers to edit ------------------------------------------------

EDIT_NAMED = (("en", "change the breed", "breed"), ("ko", "견종 바꿀래요", "breed"))


@pytest.mark.parametrize(("lang", "typed", "key"), EDIT_NAMED)
async def test_a_question_named_at_the_edit_list_opens_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str
) -> None:
    """Held-out 5 labelled "change the breed" at the edit list the list's option; it is read as
    the edit command for the breed. What the owner sees is the same: that question asked."""
    user = await kakao_owner(kakao, lang)
    await user.send("/profile")
    await user.tap("survey:edit")
    assert t(lang, "survey-edit-which") in user.text, user.text
    await user.send(typed)
    assert asked(lang, key) in user.text, user.text


# -- 6. a command asked in 반말 ("볼래") ---------------------------------------------------------------


async def test_history_asked_with_bollae_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """ "내 기록 볼래" was the "I didn't catch that" hint: the history, as "기록 볼래요" is."""
    user = await kakao_owner(kakao, "ko")
    await user.send("내 기록 볼래")
    assert user.texts == [t("ko", "history-empty-dog", name="콩이")], user.texts  # no report yet


async def test_history_asked_with_bollae_on_telegram(tg: Harness) -> None:
    await tg_owner(tg, 49550, "ko")
    await tg.say(49550, "내 기록 볼래")
    assert tg.sent(49550)[-1] == t("ko", "history-empty-dog", name="콩이"), tg.sent(49550)[-2:]
