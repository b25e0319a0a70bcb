"""One change at a time: a finished analysis's next step becomes the plan for that behaviour, or
waits for the current plan's check-in, or replaces it when a red flag was raised with it.

Decided when the owner is shown the result (pushed, taken by a waiting channel, or shown at their
next message), in the transaction that claims the result, so the plan starts when they read it and
a result shown again never starts a second plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dogcoach.services.coaching import (
    Adoption,
    AdoptionDecision,
    CheckIn,
    CheckinPolicy,
    Outcome,
    Plan,
    PlanStatus,
    decide_adoption,
)
from dogcoach.services.coaching.words import local_date, step_shown
from dogcoach.services.i18n import Translator
from dogcoach.services.safety import FlagKind, RedFlag, SafetyCheck, Urgency, checked
from dogcoach.services.store import Report, StoreSession
from dogcoach.services.store.core import utcnow
from dogcoach.services.store.models import CheckinRow, PlanRow, RedFlagRecord
from dogcoach.services.understanding import FIRST_BITE, first_step


def to_plan(row: PlanRow) -> Plan:
    """The store's row as the coaching functions take it (a plan made before the survey: dog 0)."""
    return Plan(
        dog_id=row.dog_id or 0,
        category=row.category,
        next_step=row.next_step,
        started_at=row.started_at,
        checkin_due_at=row.checkin_due_at,
        status=PlanStatus(row.status),
        report_id=row.report_id,
        id=row.id,
    )


def to_checkin(row: CheckinRow) -> CheckIn:
    """An answered check-in as the coaching functions take it."""
    assert row.outcome is not None and row.answered_at is not None
    return CheckIn(
        dog_id=row.dog_id or 0,
        category=row.category,
        answered_at=row.answered_at,
        outcome=Outcome(row.outcome),
        plan_id=row.plan_id,
        note=row.note,
    )


async def owner_zone(session: StoreSession, user_id: int, policy: CheckinPolicy) -> str:
    """The owner's zone (`users.timezone`), else the bot's (`DOGCOACH_TIMEZONE`)."""
    return await session.user_timezone(user_id) or policy.timezone


async def flags_since(
    session: StoreSession, user_id: int, dog_id: int | None, since: dt.datetime
) -> list[RedFlagRecord]:
    """Red flags raised for one dog (or for an owner's dog-less reports) at or after `since`."""
    if dog_id is not None:
        return await session.red_flags_since(dog_id, since)
    return [f for f in await session.user_red_flags(user_id) if f.dog_id is None and f.raised_at >= since]


def safety_of(flags: list[RedFlagRecord]) -> SafetyCheck:
    return SafetyCheck(tuple(RedFlag(FlagKind(f.kind), Urgency(f.urgency), tuple(f.evidence)) for f in flags))


async def adopt(
    session: StoreSession, report: Report, *, policy: CheckinPolicy, now: dt.datetime | None = None
) -> AdoptionDecision | None:
    """The plan decision for a finished report (stored when a plan starts); None when the report
    has no analysed next step. A report already adopted gives its plan and how it began again
    (its step updated when the report was analysed again after a follow-up answer)."""
    analysis = report.analysis or {}
    category, step = analysis.get("category"), " ".join(str(analysis.get("next_step") or "").split())
    if report.status != "done" or not isinstance(category, str) or not step:
        return None
    now = now or dt.datetime.now(dt.UTC)
    existing = await session.plan_for_report(report.id)
    if existing is not None:
        if existing.status == PlanStatus.ACTIVE and existing.next_step != step:
            await session.set_plan_step(existing.id, step)
            existing.next_step = step
        return AdoptionDecision(Adoption(existing.adoption), to_plan(existing))
    current = await session.latest_plan(report.user_id, report.dog_id, category)
    zone = await owner_zone(session, report.user_id, policy)
    if await session.checkins_opt_out(report.user_id):
        policy = replace(policy, lapse=dt.timedelta(0))  # no check-in to wait for past its date
    raised = [f for f in await session.user_red_flags(report.user_id) if f.report_id == report.id]
    decision = decide_adoption(
        to_plan(current) if current is not None else None,
        dog_id=report.dog_id or 0,
        category=category,
        next_step=step,
        now=now,
        policy=policy,
        timezone=zone,
        report_id=report.id,
        safety=safety_of(raised),
    )
    if decision.action is Adoption.WAIT:
        return decision
    if decision.action is Adoption.OVERRIDE and current is not None and current.next_step == step:
        # safety would change the plan to the step already in force: nothing changes, nothing
        # restarts (its check-in stays where it was)
        return AdoptionDecision(Adoption.WAIT, to_plan(current))
    row = await session.start_plan(
        report.user_id,
        report.dog_id,
        category,
        step,
        report_id=report.id,
        started_at=decision.plan.started_at,
        checkin_due_at=decision.plan.checkin_due_at,
        replaces=current.id if decision.replaced is not None and current is not None else None,
        adoption=Adoption.OVERRIDE if decision.action is Adoption.OVERRIDE else Adoption.ADOPT,
    )
    return replace(decision, plan=to_plan(row))


def plan_text(decision: AdoptionDecision, t: Translator, timezone: str, *, checkins: bool = True) -> str:
    """What the owner is told under the result: this is the one change now (and when they will be
    asked how it went), or keep the current one until its check-in, or safety changed it."""
    suffix = "" if checkins else "-no-checkin"
    return t(
        f"{decision.message_id}{suffix}",
        text=step_shown(t, decision.plan.next_step),  # the plan kept may predate a language switch
        date=local_date(decision.plan.checkin_due_at, t, timezone),
    )


async def plan_reply_text(
    session: StoreSession, report: Report, t: Translator, *, policy: CheckinPolicy
) -> str | None:
    """Adopt (or not) the report's next step and word the decision; None without a next step,
    and None when the line would only repeat the plan the owner was already told for this
    behaviour (the same report analysed again after a follow-up answer — its first result, with
    the line, was shown before the question could be answered — with the same step, or a new
    report whose step is the plan in force).

    A report that tells a medical emergency (`SafetyCheck.emergency`: a seizure, a poison, heatstroke
    now) starts no plan and so no check-in "how did the step go?" days later: the owner is sent to a
    vet now, and a training step under that card reads as if the bot did not notice (stop 44). One
    line says the training advice can wait until the dog has been seen; the plans in force for the
    dog were put on hold when the emergency was told (`handlers.safety.hold_training`, stop 45).
    A sign of illness with no behaviour beside it ("어제부터 토를 세번 했어요", `vet_first`) is the
    same: a vet first, no training plan (stop 47); the plans in force go on, nothing urgent now."""
    first = first_step(t.messages, report.text)
    if first is not None:  # a vet, or a professional after a bite that injured someone (stop 50)
        done = report.status == "done" and bool(report.analysis) and not report.is_question
        if not done:
            return None
        if first == FIRST_BITE:  # who was bitten (stop 56: an adult was told of "a bite to a child")
            return t("coaching-plan-bite", bitten=await _bitten(session, report, t))
        return t("coaching-plan-emergency")
    told = await session.plan_for_report(report.id)
    if told is None and not report.is_question and await bite_recent(session, report, t):
        # the owner was told the plan comes after a professional: no step now (stop 62 trial)
        step = (report.analysis or {}).get("next_step") if report.status == "done" else None
        return t("coaching-plan-bite-held") if step else None
    category = (report.analysis or {}).get("category")
    current = None
    if told is None and isinstance(category, str):
        current = await session.latest_plan(report.user_id, report.dog_id, category)
    decision = await adopt(session, report, policy=policy)
    if decision is None:
        return None
    step = decision.plan.next_step
    if told is not None and report.followups > 0 and told.next_step == step:
        return None  # analysed again after a follow-up answer: told with the first result
    # what this report suggests (a plan that waits keeps its own step in `decision.plan`)
    suggested = " ".join(str((report.analysis or {}).get("next_step") or "").split())
    if (
        current is not None
        and current.status == PlanStatus.ACTIVE
        and decision.action is not Adoption.ADOPT
        and current.next_step == suggested
    ):
        return None  # the plan in force already is this step
    zone = await owner_zone(session, report.user_id, policy)
    checkins = not await session.checkins_opt_out(report.user_id)
    text = plan_text(decision, t, zone, checkins=checkins)
    zone_line = await zone_told_once(session, report.user_id, t, policy) if checkins else None
    return f"{text}\n{zone_line}" if zone_line else text


# How long a bite that broke the skin holds the plans of the dog's later reports: its result said
# the training plan comes after a professional has seen the dog (stop 50), and the next report's
# "one thing to change for now" contradicted it (stop 62 trial). Two weeks: time to see one.
BITE_HOLD = dt.timedelta(days=14)


# The dog's answers' key of when the owner said a vet or a behaviourist has seen the dog (stop 63):
# kept in the dog's profile, which both stores hold as JSON (`DogQueries.save_dog`), so no schema
# change; a bite told before it holds no plan any more.
PROFESSIONAL_SEEN_KEY = "professional_seen_at"


async def bite_recent(session: StoreSession, report: Report, t: Translator) -> bool:
    """Another report of the dog within `BITE_HOLD` before `report` told a bite that broke the
    skin (`understanding.first_step`: the rule its own result followed), and no professional was
    told as having seen the dog since (`PROFESSIONAL_SEEN_KEY`)."""
    seen = await professional_seen_at(session, report.dog_id)
    return await _bite_within(session, report.user_id, report.dog_id, report.created_at, t, report.id, seen)


async def professional_seen_at(session: StoreSession, dog_id: int | None) -> dt.datetime | None:
    """When the owner said a professional has seen dog `dog_id`, or None."""
    dog = await session.get_dog(dog_id) if dog_id is not None else None
    kept = dog.answers.get(PROFESSIONAL_SEEN_KEY) if dog is not None else None
    if not isinstance(kept, str):
        return None
    try:
        return dt.datetime.fromisoformat(kept)
    except ValueError:
        return None


async def _bite_within(
    session: StoreSession,
    user_id: int,
    dog_id: int | None,
    until: dt.datetime,
    t: Translator,
    skip: int | None = None,
    seen: dt.datetime | None = None,
) -> bool:
    since = until - BITE_HOLD
    for other in await session.list_reports(user_id, dog_id=dog_id, limit=30):
        if other.id == skip or other.is_question or other.dog_id != dog_id:
            continue
        if seen is not None and other.created_at <= seen:
            continue  # seen by a professional after this bite: it holds nothing now
        if since <= other.created_at <= until and first_step(t.messages, other.text) == FIRST_BITE:
            return True
    return False


async def bite_held(session: StoreSession, user_id: int, dog_id: int | None, t: Translator) -> bool:
    """A bite of dog `dog_id` that broke the skin holds its next report's plan now."""
    seen = await professional_seen_at(session, dog_id)
    return await _bite_within(session, user_id, dog_id, utcnow(), t, seen=seen)


async def _bitten(session: StoreSession, report: Report, t: Translator) -> str:
    """Who the bite that puts a professional first was on, as `coaching-plan-bite` words it:
    "child" when a child was bitten (`FlagKind.CHILD_BITTEN`, raised for the report, which reads
    the profile's children too, or read in its words), else "other": a bite that broke the skin,
    an adult's or another dog's."""
    raised = {f.kind for f in await session.user_red_flags(report.user_id) if f.report_id == report.id}
    child = FlagKind.CHILD_BITTEN in raised or FlagKind.CHILD_BITTEN in checked(t.messages, report.text).kinds
    return "child" if child else "other"


async def zone_told_once(
    session: StoreSession, user_id: int, t: Translator, policy: CheckinPolicy
) -> str | None:
    """The line saying which zone an English owner's times are in and how to change it, the first
    time a check-in's date is promised or its time set, for an owner with no zone of their own
    (Telegram tells none; stop 50, English owner trial: a London owner was promised "Dec 9", Seoul's
    date); once per owner (`users.zone_told`). Korean owners on the bot's zone get none."""
    if t.locale != "en" or not await session.tell_zone_once(user_id):
        return None
    return t("timezone-told", zone=policy.timezone.replace("_", " "))
