"""Baseline and trend per behaviour: how often and how intense, at first and lately.

Definitions (C-BARQ's before/after design measures the same way twice; here the measure is the
owner's own reports, analysed):

- *Baseline*: the first `baseline_days` (14) of tracking. Tracking of a concern the owner chose in
  the survey starts the day the survey was finished (so two quiet weeks count as zero reports);
  any other behaviour starts at its first report.
- *Recent*: the last `recent_days` (14) before now, never overlapping the baseline; it needs at
  least `MIN_RECENT_DAYS` (7), else the trend is "too early".
- *Rate*: analysed reports per week in a window, over at least `MIN_RATE_DAYS` (7): reports all
  from one day are not "35,000 a week" — a window shorter than a week is not `settled` yet, and
  its rate is its count (the owners' words say "so far" instead of a weekly rate).
  *Intensity*: their mean intensity, 0–4.
- *Report trend*: too few to tell with fewer than `MIN_REPORTS` (3) reports in both windows together;
  better when the rate fell by at least a quarter, or held (≤) while the mean
  intensity fell by at least half a point; worse the other way round; else the same.
- *Trend*: the owner's check-in answers in the recent window win over report counts when there are
  any (counts also fall when owners simply report less): more "better" than "worse" is better, more
  "worse" is worse, else the same.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dogcoach.services.coaching.models import CheckIn, Outcome
from dogcoach.services.store.models import Report

BASELINE_DAYS = 14
RECENT_DAYS = 14
MIN_RECENT_DAYS = 7
RATE_CHANGE = 0.25
INTENSITY_CHANGE = 0.5
MIN_REPORTS = 3
MIN_RATE_DAYS = 7
WEEK = dt.timedelta(days=7)


class Trend(StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    TOO_EARLY = "too_early"
    TOO_FEW = "too_few"
    NO_REPORTS = "no_reports"


@dataclass(frozen=True, slots=True)
class Observation:
    """One analysed report reduced to what progress needs."""

    at: dt.datetime
    category: str
    intensity: int | None


def observations(reports: Iterable[Report]) -> list[Observation]:
    """Analysed reports (status `done` with a category), oldest first; others are not measured."""
    found = []
    for report in reports:
        analysis = report.analysis or {}
        category = analysis.get("category")
        if report.status != "done" or not isinstance(category, str):
            continue
        intensity = analysis.get("intensity")
        found.append(
            Observation(report.created_at, category, intensity if isinstance(intensity, int) else None)
        )
    return sorted(found, key=lambda o: o.at)


@dataclass(frozen=True, slots=True)
class Window:
    """Reports of one behaviour in [start, end): how many, per week, how intense on average."""

    start: dt.datetime
    end: dt.datetime
    reports: int
    mean_intensity: float | None

    @property
    def days(self) -> float:
        return (self.end - self.start) / dt.timedelta(days=1)

    @property
    def settled(self) -> bool:
        """Long enough for a weekly rate to mean something (`MIN_RATE_DAYS`)."""
        return self.end - self.start >= dt.timedelta(days=MIN_RATE_DAYS)

    @property
    def per_week(self) -> float:
        """Reports per week over the window, or over `MIN_RATE_DAYS` when it is shorter."""
        span = max(self.end - self.start, dt.timedelta(days=MIN_RATE_DAYS))
        return self.reports / (span / WEEK)


def window(seen: Sequence[Observation], start: dt.datetime, end: dt.datetime) -> Window:
    inside = [o for o in seen if start <= o.at < end]
    levels = [o.intensity for o in inside if o.intensity is not None]
    return Window(start, end, len(inside), sum(levels) / len(levels) if levels else None)


@dataclass(frozen=True, slots=True)
class CategoryProgress:
    category: str
    from_survey: bool
    # None: nothing reported and not tracked from the survey.
    baseline: Window | None
    # None: too early to compare (or no baseline).
    recent: Window | None
    report_trend: Trend
    # Check-in answers given in the recent window, oldest first.
    answers: tuple[Outcome, ...]
    trend: Trend


def report_trend(baseline: Window, recent: Window) -> Trend:
    if baseline.reports + recent.reports < MIN_REPORTS:
        return Trend.TOO_FEW
    before, after = baseline.per_week, recent.per_week
    if before == 0:
        return Trend.SAME if after == 0 else Trend.WORSE
    ratio = after / before
    change = (
        (recent.mean_intensity - baseline.mean_intensity)
        if recent.mean_intensity is not None and baseline.mean_intensity is not None
        else 0.0
    )
    if ratio <= 1 - RATE_CHANGE or (ratio <= 1 and change <= -INTENSITY_CHANGE):
        return Trend.BETTER
    if ratio >= 1 + RATE_CHANGE or (ratio >= 1 and change >= INTENSITY_CHANGE):
        return Trend.WORSE
    return Trend.SAME


def answers_trend(answers: Sequence[Outcome]) -> Trend | None:
    """The owner's verdict from check-in answers, or None when none was a real try."""
    counts = Counter(a for a in answers if a is not Outcome.NOT_TRIED)
    if not counts:
        return None
    score = counts[Outcome.BETTER] - counts[Outcome.WORSE]
    return Trend.BETTER if score > 0 else Trend.WORSE if score < 0 else Trend.SAME


def category_progress(
    category: str,
    seen: Sequence[Observation],
    checkins: Sequence[CheckIn],
    *,
    now: dt.datetime,
    tracked_from: dt.datetime | None = None,
    baseline_days: int = BASELINE_DAYS,
    recent_days: int = RECENT_DAYS,
) -> CategoryProgress:
    """Progress of one behaviour. `seen`: its observations; `tracked_from`: the survey's finish
    when the owner chose this concern there (None otherwise)."""
    mine = [o for o in seen if o.category == category]
    from_survey = tracked_from is not None
    starts = [t for t in (tracked_from, mine[0].at if mine else None) if t is not None]
    if not starts:
        return CategoryProgress(category, False, None, None, Trend.NO_REPORTS, (), Trend.NO_REPORTS)
    start = min(starts)
    baseline_end = min(start + dt.timedelta(days=baseline_days), now)
    baseline = window(mine, start, baseline_end)
    recent = None
    if now - baseline_end >= dt.timedelta(days=MIN_RECENT_DAYS):
        recent = window(mine, max(baseline_end, now - dt.timedelta(days=recent_days)), now)
    if not mine:
        return CategoryProgress(
            category, from_survey, baseline, recent, Trend.NO_REPORTS, (), Trend.NO_REPORTS
        )
    if recent is None:
        return CategoryProgress(category, from_survey, baseline, None, Trend.TOO_EARLY, (), Trend.TOO_EARLY)
    by_reports = report_trend(baseline, recent)
    answers = tuple(
        c.outcome
        for c in sorted(checkins, key=lambda c: c.answered_at)
        if c.category == category and recent.start <= c.answered_at < recent.end
    )
    return CategoryProgress(
        category, from_survey, baseline, recent, by_reports, answers, answers_trend(answers) or by_reports
    )


def progress(
    reports: Iterable[Report],
    checkins: Sequence[CheckIn],
    *,
    now: dt.datetime,
    concerns: Sequence[str] = (),
    tracked_from: dt.datetime | None = None,
    baseline_days: int = BASELINE_DAYS,
    recent_days: int = RECENT_DAYS,
) -> list[CategoryProgress]:
    """Every tracked behaviour of one dog: the survey's `concerns` first (in their order, even with
    no reports yet), then the other reported categories, most reported first.

    `reports`: the dog's reports (any status; only analysed ones count). `tracked_from`: when the
    survey was finished (the dog's `completed_at`).
    """
    seen = [o for o in observations(reports) if o.at < now]
    counts = Counter(o.category for o in seen)
    others = sorted((c for c in counts if c not in concerns), key=lambda c: (-counts[c], c))
    return [
        category_progress(
            category,
            seen,
            checkins,
            now=now,
            tracked_from=tracked_from if category in concerns else None,
            baseline_days=baseline_days,
            recent_days=recent_days,
        )
        for category in (*dict.fromkeys(c for c in concerns if c != "none"), *others)
    ]
