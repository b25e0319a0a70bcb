"""/progress: what changed per behaviour, in words, with the before/after chart; and the plans
being tried with their check-in answers. The weekly digest (/week) says the same lines.

The numbers come from `services.coaching.progress` (its docstring defines baseline, recent window
and trend); the dog named or the owner's active dog is measured (`viewed.viewed_dog`). The chart is drawn once the turn's store session
is closed, off the event loop (`Turn.reply_later`), and shown as a photo on Telegram, an image
link on Kakao and a file in the terminal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from dogcoach.domain.types import Attachment, Reply
from dogcoach.handlers.charts import chart_labels, without_chart
from dogcoach.handlers.coaching.plans import owner_zone, to_checkin
from dogcoach.handlers.results.acknowledge import wait_phrase
from dogcoach.handlers.turn import Turn
from dogcoach.handlers.viewed import viewed_dog
from dogcoach.services.coaching import CategoryProgress, Trend, progress
from dogcoach.services.coaching.words import describe, describe_all, local_date, step_shown
from dogcoach.services.fonts import hangul_ttf
from dogcoach.services.i18n import Translator
from dogcoach.services.store import Dog
from dogcoach.services.store.models import CheckinRow, PlanRow

# Reports read for one dog's progress: years of a very active owner.
REPORT_LIMIT = 5000
# Plan states worth showing (a replaced plan was superseded by the one shown after it).
SHOWN_PLANS = ("active", "adjust", "referred")


@dataclasses.dataclass(frozen=True, slots=True)
class Measured:
    """One dog's progress and plans, read in one session."""

    dog: Dog | None
    found: list[CategoryProgress]
    plans: list[PlanRow]
    checkins: list[CheckinRow]
    zone: str
    checkins_off: bool = False  # the owner turned check-ins off: no "next check-in" date is promised


async def measure(turn: Turn, dog: Dog | None, now: dt.datetime | None = None) -> Measured:
    """Read `dog`'s reports, check-ins and plans (None: the owner's dog-less ones), and measure
    its progress."""
    now = now or dt.datetime.now(dt.UTC)
    session, user = turn.session, turn.user
    dog_id = dog.id if dog is not None else None
    reports = [
        r for r in await session.list_reports(user.id, dog_id=dog_id, limit=REPORT_LIMIT) if not r.is_question
    ]
    checkins = await session.list_checkins(user.id, dog_id)
    answered = [to_checkin(c) for c in checkins if c.outcome is not None]
    concerns = [str(c) for c in (dog.answers.get("concerns") or [])] if dog is not None else []
    found = progress(
        reports,
        answered,
        now=now,
        concerns=concerns,
        tracked_from=dog.completed_at if dog is not None else None,
    )
    plans = await session.list_plans(user.id, dog_id)
    zone = await owner_zone(session, user.id, turn.services.checkin_policy)
    off = await session.checkins_opt_out(user.id)
    return Measured(dog, found, plans, checkins, zone, checkins_off=off)


def plan_lines(t: Translator, m: Measured) -> list[str]:
    """The newest plan per behaviour (being tried, to be changed, or referred), with the answers
    its check-ins got and, while it runs, when the next one is asked."""
    latest: dict[str, PlanRow] = {}
    for plan in m.plans:
        if plan.status in SHOWN_PLANS:
            latest[plan.category] = plan  # oldest first: the last one per behaviour stays
    lines: list[str] = []
    for plan in sorted(latest.values(), key=lambda p: p.started_at):
        lines.append(
            t(
                "coaching-progress-plan",
                category=t(f"category-{plan.category}"),
                text=step_shown(t, plan.next_step),  # written before a language switch (stop 55)
                date=local_date(plan.started_at, t, m.zone),
                status=t(f"coaching-progress-plan-{plan.status}"),
            )
        )
        answers = [c for c in m.checkins if c.plan_id == plan.id and c.outcome is not None]
        if answers:
            named = ", ".join(t(f"coaching-outcome-{c.outcome}") for c in answers)
            lines.append(t("coaching-progress-plan-answers", answers=named))
        if plan.status == "active" and m.checkins_off:  # owner trial 12: a date shown that never came
            lines.append(t("coaching-progress-plan-off"))
        elif plan.status == "active":
            lines.append(t("coaching-progress-plan-next", date=local_date(plan.checkin_due_at, t, m.zone)))
    return lines


def progress_text(t: Translator, m: Measured) -> str:
    text = describe_all(m.found, t, m.dog.name if m.dog is not None and m.dog.name else None)
    plans = plan_lines(t, m)
    if plans:
        text += "\n\n" + "\n".join([t("coaching-progress-plans"), *plans])
    return text


def week_lines(t: Translator, m: Measured) -> list[str]:
    """For /week: what changed, one line per behaviour that can be compared already (baseline and
    a recent window); nothing while it is too early."""
    shown = [describe(p, t) for p in m.found if p.recent is not None and p.trend is not Trend.NO_REPORTS]
    return [t("week-progress"), *(f"• {line}" for line in shown)] if shown else []


def charted(found: Sequence[CategoryProgress]) -> list[CategoryProgress]:
    """Behaviours with a report in either window and a weekly rate to draw: the chart's bars are
    reports a week, so a behaviour whose line says "지금까지 n번" (a baseline shorter than
    `MIN_RATE_DAYS`, no recent window: `words.describe`) has none. With none left, /progress
    sends its text alone (trial 2: a same-day count drawn as "처음 1.0/week" on 0.25 ticks)."""
    return [
        p
        for p in found
        if p.baseline is not None
        and (p.baseline.reports or (p.recent is not None and p.recent.reports))
        and (p.recent is not None or p.baseline.settled)
    ]


async def render_chart(t: Translator, found: Sequence[CategoryProgress]) -> bytes:
    """The before/after chart, drawn in the chart worker process: from a thread, matplotlib held
    the GIL and stalled other owners' turns up to 256 ms (`benchmarks/summary_turn.py`)."""
    from dogcoach.services.analysis.chart import in_worker
    from dogcoach.services.coaching.chart import render_progress_chart

    return await in_worker(
        render_progress_chart,
        list(found),
        [t(f"category-{p.category}") for p in found],
        title=t("coaching-chart-title"),
        before_label=t("coaching-chart-before"),
        after_label=t("coaching-chart-after"),
        axis_label=t("coaching-chart-axis"),
    )


async def command(turn: Turn) -> None:
    """/progress (or its words): the change per behaviour, the plans, and the chart where there
    is something to draw. The dog named ("Luna's progress", "보리 진행 상황") or the active one."""
    known, dog = await viewed_dog(turn)
    if not known:
        turn.resume_flow()
        return
    m = await measure(turn, dog)
    if not m.found and not m.plans and await _analysing(turn):
        return
    reply = Reply(progress_text(turn.t, m))
    bars = charted(m.found)
    if not bars:
        turn.reply(reply)
        turn.resume_flow()
        return
    t, messages = turn.t, turn.messages

    async def attach(shown: Reply) -> Reply:
        # Without a Hangul font a Korean chart would show empty boxes: English labels, said so.
        labels_t, text = chart_labels(t, messages, shown.text, hangul_font=hangul_ttf() is not None)
        png = await render_chart(labels_t, bars)
        image = Attachment("dogcoach-progress.png", png, "image/png", alt=t("coaching-chart-alt"))
        return dataclasses.replace(shown, text=text, image=image)

    turn.reply_later(
        reply, attach, unfinished=lambda shown: without_chart(t, shown, files=turn.incoming.files)
    )
    turn.resume_flow()


async def _analysing(turn: Turn) -> bool:
    """Nothing to show yet but a report still with the model: said so, with when its result comes
    (acceptance trial e2: "No reports yet" while the first report was being analysed)."""
    report = await turn.session.latest_incident(turn.user.id)
    if report is None or report.status != "pending":
        return False
    queue = turn.services.analysis
    if queue is None or queue.notice is not None:
        turn.say("coaching-progress-analysing-later")
    else:
        wait = wait_phrase(turn.t, queue.outlook(report.user_id, report.id).wait_seconds)
        turn.say("coaching-progress-analysing", wait=wait)
    turn.resume_flow()
    return True
