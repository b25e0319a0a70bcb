"""What the hand-over summary says, computed from plain inputs (no layout, no language).

A vet or a behaviour consultant reading it wants, on one page: who the dog is, what has been
happening and how often and how strongly (per behaviour, over time), the usual triggers
(antecedents) and what followed (consequences), what was tried and how it went, and any red flag.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dogcoach.services.coaching.models import CheckIn, Outcome, Plan
from dogcoach.services.coaching.progress import CategoryProgress, observations, progress
from dogcoach.services.i18n import Translator, normalize, typed_locale
from dogcoach.services.safety import FlagKind
from dogcoach.services.store.models import Report

TOP_ABC = 3
TIMELINE_ROWS = 8
CHART_CATEGORIES = 4
SNIPPET_CHARS = 70
# The owner's latest remarks on the advice shown (a page has room for a few).
REMARKS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class RaisedFlag:
    """A red flag raised for the dog (a row of the proposed `red_flags` table)."""

    kind: FlagKind
    raised_at: dt.datetime
    report_id: int | None = None


@dataclass(frozen=True, slots=True)
class Remark:
    """What the owner said about the advice, in their words (a `feedback` note: "we tried that
    already", "효과 없던데요"), kept when no plan existed to weigh it against."""

    at: dt.datetime
    text: str


@dataclass(frozen=True, slots=True)
class SummaryInput:
    """Everything the document shows. `profile`: (field, value) pairs already in the owner's
    language, as the profile card shows them; the rest are store rows for one dog."""

    dog_name: str
    profile: Sequence[tuple[str, str]]
    reports: Sequence[Report]
    checkins: Sequence[CheckIn] = ()
    plans: Sequence[Plan] = ()
    red_flags: Sequence[RaisedFlag] = ()
    concerns: Sequence[str] = ()
    tracked_from: dt.datetime | None = None
    remarks: Sequence[Remark] = ()


@dataclass(frozen=True, slots=True)
class Week:
    start: dt.date
    counts: dict[str, int]
    mean_intensity: float | None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    at: dt.datetime
    category: str | None
    intensity: int | None
    text: str
    # the analysis's words (in its report's language: labelled after a switch, `written`), not the
    # owner's own (an unanalysed report's text, shown as typed)
    analysed: bool = False


@dataclass(frozen=True, slots=True)
class Tried:
    plan: Plan
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    first: dt.datetime | None
    last: dt.datetime | None
    reports: int
    # Analysed reports per behaviour over the whole period.
    totals: dict[str, int]
    progress: list[CategoryProgress]
    weeks: list[Week]
    chart_categories: list[str]
    antecedents: list[tuple[str, int]]
    consequences: list[tuple[str, int]]
    tried: list[Tried]
    red_flags: list[RaisedFlag]
    timeline: list[TimelineRow] = field(default_factory=list)


def shorten(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def most_common(texts: Sequence[str], limit: int = TOP_ABC) -> list[tuple[str, int]]:
    """The texts seen most often, compared loosely (`i18n.normalize`), each shown as last written;
    ties: the most recent first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    last: dict[str, int] = {}
    for index, text in enumerate(texts):
        key = normalize(text)
        if not key:
            continue
        counts[key] += 1
        shown[key] = text
        last[key] = index
    ranked = sorted(counts, key=lambda k: (-counts[k], -last[k]))
    return [(shorten(shown[k]), counts[k]) for k in ranked[:limit]]


def weeks(reports: Sequence[Report], timezone: str) -> list[Week]:
    """Analysed reports per local week (Monday first), every week from the first to the last."""
    zone = ZoneInfo(timezone)
    seen = observations(reports)
    if not seen:
        return []

    def monday(at: dt.datetime) -> dt.date:
        day = at.astimezone(zone).date()
        return day - dt.timedelta(days=day.weekday())

    start, end = monday(seen[0].at), monday(seen[-1].at)
    found: list[Week] = []
    while start <= end:
        inside = [o for o in seen if monday(o.at) == start]
        levels = [o.intensity for o in inside if o.intensity is not None]
        found.append(
            Week(
                start,
                dict(Counter(o.category for o in inside)),
                sum(levels) / len(levels) if levels else None,
            )
        )
        start += dt.timedelta(days=7)
    return found


def latest_remarks(data: SummaryInput) -> list[Remark]:
    """The newest REMARKS_SHOWN remarks, oldest first, each cut to a snippet."""
    newest = sorted(data.remarks, key=lambda r: r.at)[-REMARKS_SHOWN:]
    return [Remark(r.at, shorten(r.text)) for r in newest]


def summarize(data: SummaryInput, *, now: dt.datetime, timezone: str) -> Summary:
    """The numbers behind the document. `now` bounds the recent window; times are shown in `timezone`."""
    ordered = sorted(data.reports, key=lambda r: r.created_at)
    # analysed: a category of the model's (a report kept unanalysed, the dog bitten by another dog, has none)
    done = [r for r in ordered if r.status == "done" and isinstance((r.analysis or {}).get("category"), str)]
    found = progress(ordered, data.checkins, now=now, concerns=data.concerns, tracked_from=data.tracked_from)
    counts = Counter(str((r.analysis or {}).get("category")) for r in done)
    tried = [
        Tried(
            plan,
            tuple(
                c.outcome
                for c in sorted(data.checkins, key=lambda c: c.answered_at)
                if (c.plan_id is not None and c.plan_id == plan.id)
                or (c.plan_id is None and c.category == plan.category and c.answered_at >= plan.started_at)
            ),
        )
        for plan in sorted(data.plans, key=lambda p: p.started_at)
    ]
    timeline = [
        TimelineRow(
            r.created_at,
            (r.analysis or {}).get("category"),
            (r.analysis or {}).get("intensity"),
            shorten(str((r.analysis or {}).get("behavior") or r.text)),
            bool((r.analysis or {}).get("behavior")),
        )
        for r in ordered[-TIMELINE_ROWS:]
    ]
    return Summary(
        first=ordered[0].created_at if ordered else None,
        last=ordered[-1].created_at if ordered else None,
        reports=len(ordered),
        totals=dict(counts),
        progress=found,
        weeks=weeks(ordered, timezone),
        chart_categories=[c for c, _ in counts.most_common(CHART_CATEGORIES)],
        antecedents=most_common([str((r.analysis or {}).get("antecedent") or "") for r in done]),
        consequences=most_common([str((r.analysis or {}).get("consequence") or "") for r in done]),
        tried=tried,
        red_flags=sorted(data.red_flags, key=lambda f: f.raised_at),
        timeline=timeline,
    )


def written(t: Translator, text: str) -> str:
    """Words the analysis wrote (what came right before, right after) as the summary shows them:
    as written, in the language of the report they came from, so after a language switch labelled
    with it (`summary-written-in`), as a plan step is (`coaching.words.step_shown`; stop 56: an
    English summary showed Korean antecedents unsaid)."""
    language = typed_locale(text)
    if language is None or language == t.locale:
        return text
    return t("summary-written-in", text=text, language=language)
