"""The coaching loop's logic: per-behaviour baseline and trend, one plan at a time, check-ins.

Pure functions over plain values (reports, check-in answers, plans, a clock passed in); storing and
delivering them is the caller's job.
"""

from dogcoach.services.coaching.models import CheckIn, CheckinPolicy, Outcome, Plan, PlanStatus, QuietHours
from dogcoach.services.coaching.plans import (
    Adoption,
    AdoptionDecision,
    Advice,
    CheckinAdvice,
    Reason,
    advise,
    decide_adoption,
    did_not_help,
    unsuccessful_steps,
)
from dogcoach.services.coaching.progress import CategoryProgress, Trend, Window, progress
from dogcoach.services.coaching.schedule import checkin_due, out_of_quiet_hours

__all__ = [
    "Adoption",
    "AdoptionDecision",
    "Advice",
    "CategoryProgress",
    "CheckIn",
    "CheckinAdvice",
    "CheckinPolicy",
    "Outcome",
    "Plan",
    "PlanStatus",
    "QuietHours",
    "Reason",
    "Trend",
    "Window",
    "advise",
    "checkin_due",
    "decide_adoption",
    "did_not_help",
    "out_of_quiet_hours",
    "progress",
    "unsuccessful_steps",
]
