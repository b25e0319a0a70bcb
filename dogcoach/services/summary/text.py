"""The hand-over summary as chat text, for a channel that cannot hand over its PDF (Kakao without
PUBLIC_BASE_URL): the same sections as the document less the chart and the timeline, in the
owner's language (batch 65: the owner got "I can't send files" and nothing of the summary)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from dogcoach.services.coaching.words import step_shown
from dogcoach.services.i18n import Translator
from dogcoach.services.summary.content import Summary, SummaryInput, latest_remarks, written


def render_text(
    data: SummaryInput, summary: Summary, t: Translator, *, now: dt.datetime, timezone: str
) -> str:
    """The summary as lines of text: title, period, red flags, profile, reports per behaviour, the
    common antecedents and consequences, what was tried; the footer last."""
    zone = ZoneInfo(timezone)

    def date(moment: dt.datetime) -> str:
        local = moment.astimezone(zone)
        return t("history-date", month=local.month, day=local.day)

    lines = [t("summary-title", name=data.dog_name) if data.dog_name else t("summary-title-nameless")]
    if summary.first is not None and summary.last is not None:
        lines.append(
            t(
                "summary-period",
                start=date(summary.first),
                end=date(summary.last),
                count=summary.reports,
                date=date(now),
            )
        )
    else:
        lines.append(t("summary-no-reports", date=date(now)))
    if summary.red_flags:
        lines += ["", t("summary-section-flags")]
        lines += [
            "• " + t("summary-flag-line", date=date(f.raised_at), text=t(f"summary-flag-{f.kind}"))
            for f in summary.red_flags
        ]
    if data.profile:
        lines += ["", t("summary-section-profile"), *(f"• {field}: {value}" for field, value in data.profile)]
    if summary.totals:
        lines += ["", t("summary-col-reports")]
        lines += [
            f"• {t(f'category-{c}')}: {n}" for c, n in sorted(summary.totals.items(), key=lambda i: -i[1])
        ]
    if summary.antecedents or summary.consequences:
        lines += ["", t("summary-section-abc")]
        for title, found in (
            (t("summary-col-antecedents"), summary.antecedents),
            (t("summary-col-consequences"), summary.consequences),
        ):
            if found:
                lines.append(
                    f"{title}: "
                    + ", ".join(t("summary-abc-line", text=written(t, x), count=n) for x, n in found)
                )
    lines += ["", t("summary-section-tried")]
    if summary.tried:
        for tried in summary.tried:
            outcomes = ", ".join(t(f"coaching-outcome-{o}") for o in tried.outcomes) or t(
                "summary-tried-pending"
            )
            lines.append(
                "• "
                + t(
                    "summary-tried-line",
                    date=date(tried.plan.started_at),
                    category=t(f"category-{tried.plan.category}"),
                    text=step_shown(t, tried.plan.next_step),  # stop 56: labelled if another language
                    value=outcomes,
                )
            )
    else:
        lines.append(t("summary-none"))
    remarks = latest_remarks(data)
    if remarks:
        lines += ["", t("summary-section-remarks")]
        lines += ["• " + t("summary-remark-line", date=date(r.at), text=r.text) for r in remarks]
    lines += ["", t("summary-footer")]
    return "\n".join(lines)
