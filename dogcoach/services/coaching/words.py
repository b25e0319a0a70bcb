"""Progress, plans and check-in advice as the owner reads them (Fluent ids in coaching.ftl)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from dogcoach.services.coaching.models import Outcome
from dogcoach.services.coaching.plans import AdoptionDecision
from dogcoach.services.coaching.progress import CategoryProgress, Trend
from dogcoach.services.i18n import Messages, Translator, typed_locale

Translate = Callable[..., str]
OUTCOME_IDS: tuple[str, ...] = tuple(f"coaching-outcome-{o}" for o in Outcome)


def number(value: float) -> str:
    """One decimal at most, no trailing ".0" (5 → "5", 2.25 → "2.2")."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def level(value: float | None, t: Translate) -> str:
    return number(value) if value is not None else t("coaching-level-none")


def describe(p: CategoryProgress, t: Translate) -> str:
    """One line per behaviour, e.g. "짖음: 처음 14일 주 5회, 강도 3 → 최근 14일 주 2회, 강도 2 (좋아지고
    있어요)"; "no reports yet" for a survey concern nothing was reported about."""
    category = t(f"category-{p.category}")
    if p.trend is Trend.NO_REPORTS or p.baseline is None:
        return t("coaching-progress-no-reports", category=category)
    before: dict[str, Any] = {
        "category": category,
        "before_days": round(p.baseline.days),
        "before_rate": number(p.baseline.per_week),
        "before_level": level(p.baseline.mean_intensity, t),
    }
    if p.recent is None:
        if not p.baseline.settled:  # a few days of reports: a count, not a weekly rate
            return t(
                "coaching-progress-so-far",
                category=category,
                count=p.baseline.reports,
                before_level=before["before_level"],
            )
        return t("coaching-progress-too-early", **before)
    return t(
        "coaching-progress-line",
        **before,
        after_days=round(p.recent.days),
        after_rate=number(p.recent.per_week),
        after_level=level(p.recent.mean_intensity, t),
        trend=t(f"coaching-trend-{p.trend}"),
    )


def describe_all(progress: Sequence[CategoryProgress], t: Translate, dog_name: str | None = None) -> str:
    title = t("coaching-progress-title-dog", name=dog_name) if dog_name else t("coaching-progress-title")
    if not progress:
        return "\n".join([title, t("coaching-progress-empty")])
    return "\n".join([title, *(f"• {describe(p, t)}" for p in progress)])


def local_date(moment: dt.datetime, t: Translate, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return t("history-date", month=local.month, day=local.day)


def plan_message(decision: AdoptionDecision, t: Translate, timezone: str) -> str:
    """What the owner is told when a next step is suggested: it is the plan now, or the current
    plan holds until its check-in (and when that is), or safety replaced it."""
    plan = decision.plan
    args: dict[str, Any] = {"text": plan.next_step, "date": local_date(plan.checkin_due_at, t, timezone)}
    return t(decision.message_id, **args)


def parse_outcome(typed: str, messages: Messages) -> Outcome | None:
    """A typed or tapped check-in answer ("좋아졌어요", "same", "못 해봤어요"), or None."""
    found = messages.match_any(typed, OUTCOME_IDS)
    return Outcome(found.removeprefix("coaching-outcome-")) if found else None


def step_shown(t: Translator, step: str) -> str:
    """A stored plan step as a reply in `t`'s language shows it. A step is the model's words,
    kept as written in the language of the report it came from; it is no Fluent message, so it
    cannot be said again in another language. After a language switch (stop 55, verification
    trial: "/language en", then a Korean step inside an English check-in and progress view) it
    is shown as written, labelled with the language it was written in
    (`coaching-step-other-language`), so the owner sees why, rather than dropped or guessed at
    by a translation nobody checked. A step in the reply's language, or one whose script tells no
    language (a number, an emoji), is shown as it is."""
    written = typed_locale(step)
    if written is None or written == t.locale:
        return step
    return t("coaching-step-other-language", text=step, language=written)
