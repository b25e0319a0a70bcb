"""Plain values the coaching functions take and give: check-in answers, plans, the policy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    """An owner's answer to "how did it go?" (the same four a C-BARQ-style re-survey would ask)."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    NOT_TRIED = "not_tried"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One answered check-in: a row of the proposed `checkins` table, as the functions need it."""

    dog_id: int
    category: str
    answered_at: dt.datetime
    outcome: Outcome
    plan_id: int | None = None
    note: str | None = None


class PlanStatus(StrEnum):
    """active: being tried, check-in pending; adjust: the check-in asked for a new step;
    referred: the check-in sent the owner to a professional; replaced: a newer plan took over."""

    ACTIVE = "active"
    ADJUST = "adjust"
    REFERRED = "referred"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class Plan:
    """The one change being tried for one behaviour of one dog (a row of the proposed `plans`)."""

    dog_id: int
    category: str
    next_step: str
    started_at: dt.datetime
    checkin_due_at: dt.datetime
    status: PlanStatus = PlanStatus.ACTIVE
    report_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Local hours when no check-in is sent; may cross midnight (21:00–09:00, the default)."""

    start: dt.time = dt.time(21, 0)
    end: dt.time = dt.time(9, 0)

    def contains(self, local: dt.time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


@dataclass(frozen=True, slots=True)
class CheckinPolicy:
    """When to ask. `after`: from a plan's start to its check-in (issue 13: 3 days by default).
    `lapse`: how long an unanswered check-in holds the plan before a new step may replace it."""

    after: dt.timedelta = dt.timedelta(days=3)
    quiet: QuietHours = field(default_factory=QuietHours)
    lapse: dt.timedelta = dt.timedelta(days=7)
    timezone: str = "Asia/Seoul"
