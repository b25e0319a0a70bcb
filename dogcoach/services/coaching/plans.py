"""One change at a time: when a suggested next step becomes the plan, and what a check-in answer
means for it.

Good practice in behaviour change (IAABC's LIMA guidelines; AVSAB 2021) changes one thing, measures
again the same way, and follows up after days; it refers to a vet or a certified behaviour
professional when things get worse or do not improve. The thresholds here are ours, chosen to be
explainable to an owner: two "worse" answers, or three answers in a row without "better", mean the
owner should get help; one "worse", two "same" or two "didn't try" mean the step should change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from dogcoach.services.coaching.models import CheckIn, CheckinPolicy, Outcome, Plan, PlanStatus
from dogcoach.services.coaching.schedule import checkin_due
from dogcoach.services.safety import SafetyCheck

NO_PROGRESS_ANSWERS = 3
# Steps a new analysis's prompt names as tried without success: the latest two say enough, and
# each costs prompt tokens (about 15 in English, 30 in Korean).
MAX_UNSUCCESSFUL_STEPS = 2


class Adoption(StrEnum):
    """adopt: the suggestion becomes the plan; wait: the current plan stays until its check-in;
    override: a red flag lets the suggestion replace the current plan at once."""

    ADOPT = "adopt"
    WAIT = "wait"
    OVERRIDE = "override"


@dataclass(frozen=True, slots=True)
class AdoptionDecision:
    action: Adoption
    # The plan in force afterwards: the new one (adopt, override) or the current one (wait).
    plan: Plan
    # The plan the new one replaces, now with status `replaced` (to be written back).
    replaced: Plan | None = None

    @property
    def message_id(self) -> str:
        return f"coaching-plan-{self.action}"


def decide_adoption(
    current: Plan | None,
    *,
    dog_id: int,
    category: str,
    next_step: str,
    now: dt.datetime,
    policy: CheckinPolicy,
    timezone: str | None = None,
    report_id: int | None = None,
    safety: SafetyCheck | None = None,
) -> AdoptionDecision:
    """Whether a new next step for (dog, category) becomes the plan.

    `current` is the dog's latest plan for that category, if any. An active plan holds until its
    check-in is answered, or until `policy.lapse` after it was due without an answer; a red flag
    (`safety.flags`) overrides the wait, because the safe step cannot wait three days.
    """
    new = Plan(
        dog_id=dog_id,
        category=category,
        next_step=next_step,
        started_at=now,
        checkin_due_at=checkin_due(now, policy, timezone),
        report_id=report_id,
    )
    if current is None or current.status is not PlanStatus.ACTIVE:
        return AdoptionDecision(Adoption.ADOPT, new)
    replaced = replace(current, status=PlanStatus.REPLACED)
    if safety is not None and safety.flags:
        return AdoptionDecision(Adoption.OVERRIDE, new, replaced)
    if now >= current.checkin_due_at + policy.lapse:
        return AdoptionDecision(Adoption.ADOPT, new, replaced)
    return AdoptionDecision(Adoption.WAIT, current)


class Advice(StrEnum):
    KEEP = "keep"
    ADJUST = "adjust"
    GET_HELP = "get_help"


class Reason(StrEnum):
    BETTER = "better"
    SAME = "same"
    NOT_TRIED = "not_tried"
    WORSE = "worse"
    SAME_TWICE = "same_twice"
    NOT_TRIED_TWICE = "not_tried_twice"
    WORSE_TWICE = "worse_twice"
    NO_PROGRESS = "no_progress"
    RED_FLAG = "red_flag"


PLAN_STATUS_AFTER: dict[Advice, PlanStatus] = {
    Advice.KEEP: PlanStatus.ACTIVE,
    Advice.ADJUST: PlanStatus.ADJUST,
    Advice.GET_HELP: PlanStatus.REFERRED,
}


@dataclass(frozen=True, slots=True)
class CheckinAdvice:
    advice: Advice
    reason: Reason
    # Keep: when to ask again (a new plan schedules its own; getting help ends the check-ins).
    next_checkin_at: dt.datetime | None

    @property
    def plan_status(self) -> PlanStatus:
        return PLAN_STATUS_AFTER[self.advice]

    @property
    def message_id(self) -> str:
        return f"coaching-advice-{self.advice}-{self.reason}"


def advise(
    answers: Sequence[CheckIn],
    *,
    now: dt.datetime,
    policy: CheckinPolicy,
    timezone: str | None = None,
    red_flag: bool = False,
) -> CheckinAdvice:
    """Keep, adjust or get help, after the latest answer.

    `answers`: every check-in answered for this dog and behaviour, across plans, oldest first (the
    latest is the one just given). `red_flag`: a red flag was raised for the dog since the plan began.
    Raises ValueError without answers.
    """
    if not answers:
        raise ValueError("advise needs at least the answer just given")
    latest = answers[-1].outcome
    tried = [a.outcome for a in answers if a.outcome is not Outcome.NOT_TRIED]

    def verdict(advice: Advice, reason: Reason) -> CheckinAdvice:
        again = checkin_due(now, policy, timezone) if advice is Advice.KEEP else None
        return CheckinAdvice(advice, reason, again)

    if red_flag:
        return verdict(Advice.GET_HELP, Reason.RED_FLAG)
    if latest is not Outcome.NOT_TRIED:
        if tried[-2:] == [Outcome.WORSE, Outcome.WORSE]:
            return verdict(Advice.GET_HELP, Reason.WORSE_TWICE)
        recent = tried[-NO_PROGRESS_ANSWERS:]
        if len(recent) == NO_PROGRESS_ANSWERS and Outcome.BETTER not in recent:
            return verdict(Advice.GET_HELP, Reason.NO_PROGRESS)
        if latest is Outcome.WORSE:
            return verdict(Advice.ADJUST, Reason.WORSE)
        if tried[-2:] == [Outcome.SAME, Outcome.SAME]:
            return verdict(Advice.ADJUST, Reason.SAME_TWICE)
        return verdict(Advice.KEEP, Reason(latest.value))
    if len(answers) >= 2 and answers[-2].outcome is Outcome.NOT_TRIED:
        return verdict(Advice.ADJUST, Reason.NOT_TRIED_TWICE)
    return verdict(Advice.KEEP, Reason.NOT_TRIED)


def did_not_help(outcomes: Sequence[Outcome]) -> bool:
    """Did the owner's answers about one plan say its step did not help: the latest tried answer
    was "worse", the last two "the same", or `NO_PROGRESS_ANSWERS` tries brought no "better"
    (`advise`'s own rules for changing the approach). "Not tried" says nothing about the step."""
    tried = [o for o in outcomes if o is not Outcome.NOT_TRIED]
    if not tried:
        return False
    recent = tried[-NO_PROGRESS_ANSWERS:]
    return (
        tried[-1] is Outcome.WORSE
        or tried[-2:] == [Outcome.SAME, Outcome.SAME]
        or (len(recent) == NO_PROGRESS_ANSWERS and Outcome.BETTER not in recent)
    )


def unsuccessful_steps(
    plans: Sequence[tuple[str, Sequence[Outcome]]], limit: int = MAX_UNSUCCESSFUL_STEPS
) -> list[str]:
    """The steps the owner tried and said did not help, at most `limit`, each once.

    `plans`: (next step, its answers oldest first), newest plan first. A new analysis names them so
    that the model suggests something else: without them a small model proposes the step that has
    just failed again, the advice "tell me about the next time and I'll suggest a new step" made
    empty (owner trial 8's proposal; LIMA: change the plan when the data say it is not working).
    """
    steps: list[str] = []
    for step, outcomes in plans:
        if len(steps) >= limit:
            break
        if step and step not in steps and did_not_help(outcomes):
            steps.append(step)
    return steps
