"""One change at a time and check-ins through the engine, on SQLite and PostgreSQL, with the real
analysis service against the fake Ollama: the plan told under the result, a second step waiting,
safety overriding it, the check-in asked at the owner's next message once it is due (days pass by
moving the stored history back: `tests.timetravel`), answered by tap or in words, advice and plan
status after it, the note, /checkins off and on."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dogcoach.domain.types import META_REPORT, Reply
from dogcoach.handlers.coaching.checkins import OFF, ON, SKIP_NOTE, TIME_ASK, outcome_choice
from dogcoach.services.coaching import CheckinPolicy, Outcome, QuietHours
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.services.store.models import CheckinRow, PlanRow
from tests.analysis_support import Bot, add_dog, running_bot
from tests.chat import Chat
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import FakeOllama, request_language, sample_analysis
from tests.timetravel import travel

fake_ollama = ollama_fixture.fake_ollama
SEOUL = ZoneInfo("Asia/Seoul")
# No quiet hours: dates here are exactly three days on, whatever time the suite runs.
POLICY = CheckinPolicy(quiet=QuietHours(dt.time(0), dt.time(0)))
REPORT_KO = "손님이 오면 현관에서 계속 짖어요"
STEP_KO = "초인종 소리를 작게 들려주고 조용하면 간식을 주세요."
OTHER_STEP_KO = "손님이 오기 전에 매트에서 기다리는 연습을 해요."
REPORT_EN = "He keeps barking at the door whenever guests come"
STEP_EN = "Play a quiet doorbell sound and treat the dog while it stays calm."


def analysis(**overrides: Any) -> Any:
    """The fake model's answer in the request's language: nothing missing (no follow-up question)."""

    def factory(body: dict[str, Any]) -> dict[str, Any]:
        return sample_analysis(request_language(body), missing=[], **overrides)

    return factory


def date(messages: Messages, locale: str, moment: dt.datetime) -> str:
    local = moment.astimezone(SEOUL)
    return messages.format(locale, "history-date", month=local.month, day=local.day)


async def report_and_result(bot: Bot, chat: Chat, text: str) -> list[Reply]:
    """Send a report and wait for the result the bot pushes (what the owner reads)."""
    before = len(bot.recorder.sent)
    [ack] = [r for r in await chat.send(text) if META_REPORT in r.meta]
    assert await bot.service.wait(ack.meta[META_REPORT], 5)
    await bot.recorder.wait_for(before + 1)
    return bot.recorder.sent[before][1]


async def rows(store: Store, external_id: str) -> tuple[list[PlanRow], list[CheckinRow]]:
    async with store.session() as s:
        user = await s.get_user("console", external_id)
        assert user is not None
        return await s.list_plans(user.id), await s.list_checkins(user.id)


def question_of(replies: list[Reply]) -> Reply:
    [asked] = [r for r in replies if any(c.id.startswith("checkin:") for c in r.choices)]
    return asked


async def test_one_change_at_a_time_and_the_check_in_three_days_later(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    await add_dog(store, "u", {"name": "초코", "age_months": 36, "concerns": ["barking"]})
    fake_ollama.behaviour.analysis = analysis()
    async with running_bot(store, messages, fake_ollama.url, policy=POLICY) as bot:
        chat = Chat(bot.engine, "u", hint="ko")
        result, plan = await report_and_result(bot, chat, REPORT_KO)
        [first] = (await rows(store, "u"))[0]
        assert result.text.startswith("🔍 ABC 분석: 짖음")
        assert first.checkin_due_at - first.started_at == dt.timedelta(days=3)
        due = date(messages, "ko", first.checkin_due_at)
        assert plan.text == messages.format("ko", "coaching-plan-adopt", text=STEP_KO, date=due)

        # A new suggestion for the same behaviour waits for the check-in.
        fake_ollama.behaviour.analysis = analysis(next_step=OTHER_STEP_KO)
        _result, waiting = await report_and_result(bot, chat, REPORT_KO)
        assert waiting.text == messages.format("ko", "coaching-plan-wait", text=STEP_KO, date=due)
        plans, checkins = await rows(store, "u")
        assert [(p.next_step, p.status) for p in plans] == [(STEP_KO, "active")]
        assert [c.status for c in checkins] == ["pending"]

        # Not due yet: nothing asked.
        assert not any(r.choices for r in await chat.send("안녕하세요"))
        await travel(store, dt.timedelta(days=3, minutes=1))
        replies = await chat.send("안녕하세요")
        asked = question_of(replies)
        assert asked is replies[-1]  # after the turn's own answer
        assert asked.text == messages.format("ko", "coaching-checkin-question-dog", name="초코", text=STEP_KO)
        checkin_id = checkins[0].id
        assert [(c.id, c.label) for c in asked.choices] == [
            (outcome_choice(checkin_id, Outcome(o)), messages.format("ko", f"coaching-outcome-{o}"))
            for o in ("better", "same", "worse", "not_tried")
        ]
        _plans, checkins = await rows(store, "u")
        assert checkins[0].status == "sent"  # taken once, with the turn that showed it
        helped = await chat.send("/help")  # a command in between: the open question comes back after it
        assert question_of(helped).text == asked.text

        chat.replies = [asked]
        advice, note = await chat.tap(outcome_choice(checkin_id, Outcome.BETTER))
        assert advice.text == messages.format("ko", "coaching-advice-keep-better")
        assert note.text == messages.format("ko", "coaching-checkin-note")
        assert [c.id for c in note.choices] == [SKIP_NOTE]
        [saved] = await chat.send("하루 두 번 연습했어요")
        assert saved.text == messages.format("ko", "coaching-checkin-note-saved")
        chat.replies = [asked]
        [again] = await chat.tap(outcome_choice(checkin_id, Outcome.WORSE))  # an old button: answered once
        assert again.text == messages.format("ko", "coaching-checkin-answered")

    plans, checkins = await rows(store, "u")
    [kept] = plans
    assert kept.status == "active"
    answered, following = checkins
    assert (answered.status, answered.outcome, answered.note) == (
        "answered",
        "better",
        "하루 두 번 연습했어요",
    )
    assert following.status == "pending" and following.due_at == kept.checkin_due_at
    assert following.due_at - answered.answered_at == dt.timedelta(days=3)  # type: ignore[operator]


async def test_typed_answers_advice_and_getting_help(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    store = sqlite_store
    await add_dog(store, "e", {"name": "Bo"}, hint="en")
    fake_ollama.behaviour.analysis = analysis()
    async with running_bot(store, messages, fake_ollama.url, policy=POLICY) as bot:
        chat = Chat(bot.engine, "e", hint="en")
        _result, plan = await report_and_result(bot, chat, REPORT_EN)
        assert plan.text.startswith(
            f"📌 One thing to change for now: {STEP_EN}\nI'll ask you how it went on "
        )
        await travel(store, dt.timedelta(days=3, minutes=1))
        question_of(await chat.send("hello"))
        [reask, asked] = await chat.send("hmm what")  # not one of the four: asked again
        assert reask.text == messages.format("en", "coaching-checkin-reask")
        assert asked.text.endswith("How did it go?")
        [unsure, asked] = await chat.send("hmm not sure")  # no outcome: how to tell, asked again
        assert unsure.text == messages.format("en", "coaching-checkin-unsure")
        assert asked.text.endswith("How did it go?")
        advice, _note = await chat.send("it got worse")
        assert advice.text == messages.format("en", "coaching-advice-adjust-worse")
        [skipped] = await chat.send("nothing")
        assert skipped.text == messages.format("en", "coaching-checkin-note-skipped")

        # Adjust: the next suggestion is adopted at once; worse again on it: get help.
        fake_ollama.behaviour.analysis = analysis(next_step="Keep guests outside until he settles.")
        _result, plan = await report_and_result(bot, chat, REPORT_EN)
        assert plan.text.startswith("📌 One thing to change for now: Keep guests outside")
        await travel(store, dt.timedelta(days=3, minutes=1))
        question_of(await chat.send("hi"))
        advice, _note = await chat.send("worse")
        assert advice.text == messages.format("en", "coaching-advice-get_help-worse_twice")
    plans, _ = await rows(store, "e")
    assert [p.status for p in plans] == ["adjust", "referred"]


async def test_safety_overrides_the_wait(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    store = sqlite_store
    await add_dog(store, "s", {"name": "초코"})
    fake_ollama.behaviour.analysis = analysis()
    async with running_bot(store, messages, fake_ollama.url, policy=POLICY) as bot:
        chat = Chat(bot.engine, "s", hint="ko")
        await report_and_result(bot, chat, REPORT_KO)
        fake_ollama.behaviour.analysis = analysis(next_step=OTHER_STEP_KO, safety_flag=True)
        # A bite: the safety check records the red flag in this very turn. (One that broke the skin
        # makes no plan at all since stop 50: a professional first; this one says no wound.)
        _result, override = await report_and_result(bot, chat, "손님 손을 물었어요")
        again = await chat.send("/profile")
    plans, checkins = await rows(store, "s")
    assert override.text.startswith(
        f"⚠️ 안전이 먼저라서 계획을 바로 바꿀게요. 이제부터는 이것 하나예요: {OTHER_STEP_KO}"
    )
    assert [(p.next_step, p.status, p.adoption) for p in plans] == [
        (STEP_KO, "replaced", "adopt"),
        (OTHER_STEP_KO, "active", "override"),
    ]
    assert [c.status for c in checkins] == ["skipped", "pending"]  # the old plan is never asked about
    assert not any("📌" in r.text or "⚠️ 안전이 먼저라서" in r.text for r in again)  # said once


async def test_an_override_shown_later_is_still_an_override(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The decision is taken when the result is first offered; shown at the next message, it is
    worded the same (the plan row keeps how it began)."""
    store = sqlite_store
    await add_dog(store, "l", {"name": "초코"})
    fake_ollama.behaviour.analysis = analysis()
    async with running_bot(store, messages, fake_ollama.url, policy=POLICY) as bot:
        chat = Chat(bot.engine, "l", hint="ko")
        await report_and_result(bot, chat, REPORT_KO)
        bot.recorder.accept = False  # the channel cannot push: shown with the next message
        fake_ollama.behaviour.analysis = analysis(next_step=OTHER_STEP_KO, safety_flag=True)
        [ack] = [
            r for r in await chat.send("손님 손을 물었어요") if META_REPORT in r.meta
        ]  # no wound (stop 50)
        assert await bot.service.wait(ack.meta[META_REPORT], 5)
        replies = await chat.send("/profile")
    [override] = [r for r in replies if r.text.startswith("⚠️ 안전이 먼저라서")]
    assert OTHER_STEP_KO in override.text


@pytest.mark.parametrize(
    ("off", "on"), [("/checkins off", "/checkins on"), ("체크인 끄기", "확인 메시지 켜줘")]
)
async def test_check_ins_off_and_on(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama, off: str, on: str
) -> None:
    store = sqlite_store
    await add_dog(store, "o", {"name": "초코"})
    fake_ollama.behaviour.analysis = analysis()
    async with running_bot(store, messages, fake_ollama.url, policy=POLICY) as bot:
        chat = Chat(bot.engine, "o", hint="ko")
        [status] = await chat.send("/checkins")
        assert status.text == messages.format("ko", "coaching-checkins-status-on")
        assert [c.id for c in status.choices] == [OFF, TIME_ASK]  # the time they come at (stop 44)
        [done] = await chat.send(off)
        assert done.text == messages.format("ko", "coaching-checkins-off")
        _result, plan = await report_and_result(bot, chat, REPORT_KO)
        assert plan.text == messages.format("ko", "coaching-plan-adopt-no-checkin", text=STEP_KO, date="")
        await travel(store, dt.timedelta(days=3, minutes=1))
        assert not any(c.id.startswith("checkin:") for r in await chat.send("안녕") for c in r.choices)
        [status] = await chat.send("/checkins")
        assert [c.id for c in status.choices] == [ON, TIME_ASK]
        [done, asked] = await chat.send(on)  # on again: the due check-in is asked right away
        assert done.text == messages.format("ko", "coaching-checkins-on")
        assert asked.text.startswith("🗓️ 초코와 며칠 전부터 해 보신 것")
