"""One change at a time and check-ins, with the clock passed in: when a check-in is due (quiet hours,
time zones, daylight saving), when a new step waits, and keep / adjust / get help."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from dogcoach.services.coaching import (
    Adoption,
    Advice,
    CheckIn,
    CheckinPolicy,
    Outcome,
    Plan,
    PlanStatus,
    QuietHours,
    Reason,
    advise,
    checkin_due,
    decide_adoption,
    out_of_quiet_hours,
)
from dogcoach.services.coaching.words import parse_outcome, plan_message
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.safety import SafetyChecker

SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")
POLICY = CheckinPolicy()


def seoul(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (seoul(2, 10), seoul(5, 10)),  # three days later, daytime
        (seoul(2, 20, 59), seoul(5, 20, 59)),  # just before quiet hours
        (seoul(2, 21), seoul(6, 9)),  # evening: the next morning
        (seoul(2, 23, 30), seoul(6, 9)),
        (seoul(2, 2), seoul(5, 9)),  # small hours: the same morning
        (seoul(2, 9), seoul(5, 9)),  # quiet hours end at 09:00 sharp
    ],
)
def test_checkin_due_three_days_later_outside_quiet_hours(start: dt.datetime, due: dt.datetime) -> None:
    found = checkin_due(start.astimezone(dt.UTC), POLICY)
    assert found == due and found.tzinfo == dt.UTC


def test_owner_time_zone_and_daylight_saving() -> None:
    """New York springs forward on 2026-03-08: the check-in still lands at 09:00 local."""
    start = dt.datetime(2026, 3, 5, 22, 30, tzinfo=NEW_YORK)  # EST
    due = checkin_due(start, POLICY, "America/New_York")
    assert due.astimezone(NEW_YORK) == dt.datetime(2026, 3, 9, 9, 0, tzinfo=NEW_YORK)  # EDT
    assert due == dt.datetime(2026, 3, 9, 13, 0, tzinfo=dt.UTC)
    # The bot's default zone applies when the owner has none: the same instant is daytime in Seoul.
    assert checkin_due(start, POLICY) == start + dt.timedelta(days=3)


def test_policy_is_configurable() -> None:
    policy = CheckinPolicy(after=dt.timedelta(days=1), quiet=QuietHours(dt.time(13), dt.time(14)))
    assert checkin_due(seoul(2, 13, 30), policy) == seoul(3, 14)
    assert checkin_due(seoul(2, 12), policy) == seoul(3, 12)
    no_quiet = CheckinPolicy(quiet=QuietHours(dt.time(0), dt.time(0)))
    assert checkin_due(seoul(2, 23), no_quiet) == seoul(5, 23)


def test_a_delayed_delivery_is_moved_out_of_quiet_hours_too() -> None:
    assert out_of_quiet_hours(seoul(5, 22), POLICY.quiet, SEOUL) == seoul(6, 9)
    with pytest.raises(ValueError, match="aware"):
        out_of_quiet_hours(dt.datetime(2026, 3, 5, 22), POLICY.quiet, SEOUL)


def adopt(current: Plan | None, now: dt.datetime, step: str = "Reward quiet at the door") -> Plan:
    return decide_adoption(current, dog_id=1, category="barking", next_step=step, now=now, policy=POLICY).plan


def test_first_step_becomes_the_plan_and_the_next_waits_for_the_check_in() -> None:
    first = decide_adoption(
        None,
        dog_id=1,
        category="barking",
        next_step="Reward quiet",
        now=seoul(2, 10),
        policy=POLICY,
        report_id=7,
    )
    assert first.action is Adoption.ADOPT and first.replaced is None
    plan = first.plan
    assert (plan.started_at, plan.checkin_due_at, plan.status, plan.report_id) == (
        seoul(2, 10), seoul(5, 10), PlanStatus.ACTIVE, 7,
    )  # fmt: skip
    second = decide_adoption(
        plan, dog_id=1, category="barking", next_step="Block the window", now=seoul(3, 10), policy=POLICY
    )
    assert second.action is Adoption.WAIT and second.plan is plan and second.replaced is None
    # Still waiting after the check-in was due, until it lapses a week later without an answer.
    late = decide_adoption(plan, dog_id=1, category="barking", next_step="x", now=seoul(12, 9), policy=POLICY)
    assert late.action is Adoption.WAIT
    lapsed = decide_adoption(
        plan, dog_id=1, category="barking", next_step="x", now=seoul(12, 10), policy=POLICY
    )
    assert lapsed.action is Adoption.ADOPT and lapsed.replaced is not None
    assert lapsed.replaced.status is PlanStatus.REPLACED


@pytest.mark.parametrize("status", [PlanStatus.ADJUST, PlanStatus.REFERRED, PlanStatus.REPLACED])
def test_a_plan_no_longer_active_lets_the_next_step_in(status: PlanStatus) -> None:
    plan = Plan(1, "barking", "Reward quiet", seoul(2, 10), seoul(5, 10), status=status)
    decision = decide_adoption(
        plan, dog_id=1, category="barking", next_step="New", now=seoul(5, 12), policy=POLICY
    )
    assert decision.action is Adoption.ADOPT and decision.plan.next_step == "New"


def test_safety_overrides_the_wait(messages: Messages) -> None:
    plan = Plan(1, "aggression_people", "Give space", seoul(2, 10), seoul(5, 10))
    safety = SafetyChecker(messages).check("손님 손을 물어서 피가 났어요")
    decision = decide_adoption(
        plan, dog_id=1, category="aggression_people", next_step="Muzzle training", now=seoul(3, 10),
        policy=POLICY, safety=safety,
    )  # fmt: skip
    assert decision.action is Adoption.OVERRIDE
    assert decision.replaced is not None and decision.replaced.status is PlanStatus.REPLACED
    clean = SafetyChecker(messages).check("손님이 오면 짖어요")
    kept = decide_adoption(
        plan,
        dog_id=1,
        category="aggression_people",
        next_step="x",
        now=seoul(3, 10),
        policy=POLICY,
        safety=clean,
    )
    assert kept.action is Adoption.WAIT


def answers(*outcomes: Outcome) -> list[CheckIn]:
    return [CheckIn(1, "barking", seoul(2, 10) + dt.timedelta(days=3 * i), o) for i, o in enumerate(outcomes)]


B, S, W, N = Outcome.BETTER, Outcome.SAME, Outcome.WORSE, Outcome.NOT_TRIED


@pytest.mark.parametrize(
    ("history", "advice", "reason"),
    [
        ((B,), Advice.KEEP, Reason.BETTER),
        ((S,), Advice.KEEP, Reason.SAME),
        ((N,), Advice.KEEP, Reason.NOT_TRIED),
        ((W,), Advice.ADJUST, Reason.WORSE),
        ((S, S), Advice.ADJUST, Reason.SAME_TWICE),
        ((N, N), Advice.ADJUST, Reason.NOT_TRIED_TWICE),
        ((W, W), Advice.GET_HELP, Reason.WORSE_TWICE),
        ((W, N, W), Advice.GET_HELP, Reason.WORSE_TWICE),  # "didn't try" is not a try
        ((S, S, S), Advice.GET_HELP, Reason.NO_PROGRESS),
        ((S, W, S), Advice.GET_HELP, Reason.NO_PROGRESS),
        ((B, S), Advice.KEEP, Reason.SAME),
        ((B, W), Advice.ADJUST, Reason.WORSE),
        ((S, S, B), Advice.KEEP, Reason.BETTER),
        ((W, B, W), Advice.ADJUST, Reason.WORSE),
    ],
)
def test_keep_adjust_or_get_help(history: tuple[Outcome, ...], advice: Advice, reason: Reason) -> None:
    result = advise(answers(*history), now=seoul(20, 22), policy=POLICY)
    assert (result.advice, result.reason) == (advice, reason)
    if advice is Advice.KEEP:
        assert result.next_checkin_at == seoul(24, 9)  # three days on, out of quiet hours
        assert result.plan_status is PlanStatus.ACTIVE
    else:
        assert result.next_checkin_at is None


def test_a_red_flag_means_get_help_whatever_the_answer() -> None:
    result = advise(answers(B), now=seoul(5, 10), policy=POLICY, red_flag=True)
    assert (result.advice, result.reason, result.plan_status) == (
        Advice.GET_HELP,
        Reason.RED_FLAG,
        PlanStatus.REFERRED,
    )
    with pytest.raises(ValueError, match="answer"):
        advise([], now=seoul(5, 10), policy=POLICY)


def test_advice_message_ids_exist(messages: Messages) -> None:
    for history, _, _ in [((B,), 0, 0), ((S, S), 0, 0), ((W, W), 0, 0), ((N, N), 0, 0), ((S, S, S), 0, 0)]:
        msg_id = advise(answers(*history), now=seoul(20, 10), policy=POLICY).message_id
        assert messages.has(msg_id, "ko") and messages.has(msg_id, "en"), msg_id
    assert messages.has(advise(answers(B), now=seoul(5, 10), policy=POLICY, red_flag=True).message_id)


def test_two_simulated_weeks() -> None:
    """Day 0 a report suggests a step; a second suggestion waits; the check-in on day 3 says "same"
    (keep, ask again); day 6 "worse" (adjust); the next step is adopted; day 10 "worse" (get help)."""
    plan = adopt(None, seoul(2, 20, 30))
    assert plan.checkin_due_at == seoul(5, 20, 30)
    assert adopt(plan, seoul(3, 12), "Something else") is plan
    history = [CheckIn(1, "barking", seoul(5, 21), Outcome.SAME)]
    first = advise(history, now=seoul(5, 21), policy=POLICY)
    assert first.advice is Advice.KEEP and first.next_checkin_at == seoul(9, 9)
    history.append(CheckIn(1, "barking", seoul(9, 9, 5), Outcome.WORSE))
    second = advise(history, now=seoul(9, 9, 5), policy=POLICY)
    assert second.advice is Advice.ADJUST
    adjusted = replace(plan, status=second.plan_status)
    assert adjusted.status is PlanStatus.ADJUST
    new_plan = adopt(adjusted, seoul(9, 15), "Block the view")
    assert new_plan.next_step == "Block the view" and new_plan.checkin_due_at == seoul(12, 15)
    history.append(CheckIn(1, "barking", seoul(12, 15), Outcome.WORSE))
    third = advise(history, now=seoul(12, 15), policy=POLICY)
    assert (third.advice, third.reason) == (Advice.GET_HELP, Reason.WORSE_TWICE)


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("좋아졌어요", Outcome.BETTER), ("좋아짐!", Outcome.BETTER), ("그대로예요", Outcome.SAME),
        ("똑같아요", Outcome.SAME), ("더 심해졌어요", Outcome.WORSE), ("못 해 봤어요", Outcome.NOT_TRIED),
        ("Better", Outcome.BETTER), ("no change", Outcome.SAME), ("got worse", Outcome.WORSE),
        ("didn't try", Outcome.NOT_TRIED), ("바나나", None), ("", None),
    ],
)  # fmt: skip
def test_parse_outcome(messages: Messages, typed: str, outcome: Outcome | None) -> None:
    assert parse_outcome(typed, messages) is outcome


def test_plan_messages_name_the_step_and_the_check_in_day(messages: Messages) -> None:
    decision = decide_adoption(
        None,
        dog_id=1,
        category="barking",
        next_step="현관 앞에서 조용히 있으면 간식 주기",
        now=seoul(2, 22),
        policy=POLICY,
    )
    text = plan_message(decision, Translator(messages, "ko"), "Asia/Seoul")
    assert "현관 앞에서 조용히 있으면 간식 주기" in text and "3월 6일" in text
    en = plan_message(decision, Translator(messages, "en"), "America/New_York")
    assert "on Mar 5." in en  # 09:00 Seoul on the 6th is still the 5th in New York
