"""Progress while a broadcast runs and the report at its end, plus their localized text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dogcoach.services.broadcast.outcome import SKIP_CANCELLED, SKIP_KAKAO_OFF, SKIP_TELEGRAM_OFF
from dogcoach.services.i18n import Messages
from dogcoach.services.store.base import Broadcast


@dataclass(frozen=True, slots=True)
class Progress:
    broadcast_id: int
    total: int
    sent: int
    blocked: int
    failed: int
    skipped: int
    elapsed: float

    @property
    def done(self) -> int:
        return self.sent + self.blocked + self.failed + self.skipped


@dataclass(frozen=True, slots=True)
class BroadcastReport:
    """Where a broadcast stands (or ended): the row's exact counters, how long it took, and why
    deliveries were skipped or failed (reason -> count)."""

    broadcast: Broadcast
    duration: float | None
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    failure_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.broadcast.status in ("done", "cancelled")

    def as_dict(self) -> dict[str, Any]:
        b = self.broadcast
        return {
            "id": b.id,
            "kind": b.kind,
            "tip": b.tip_key,
            "text_ko": b.text_ko,
            "text_en": b.text_en,
            "channel": b.channel,
            "locale": b.locale,
            "status": b.status,
            "total": b.total,
            "sent": b.sent,
            "blocked": b.blocked,
            "failed": b.failed,
            "skipped": b.skipped,
            "pending": b.total - b.settled,
            "created_by": b.created_by,
            "created_at": b.created_at.isoformat(),
            "started_at": b.started_at.isoformat() if b.started_at else None,
            "finished_at": b.finished_at.isoformat() if b.finished_at else None,
            "duration_seconds": None if self.duration is None else round(self.duration, 3),
            "skipped_reasons": self.skipped_reasons,
            "failure_reasons": self.failure_reasons,
        }


def format_duration(seconds: float) -> str:
    """`0:07`, `4:05`, `1:02:03`: the same in every language."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def report_text(messages: Messages, locale: str, report: BroadcastReport) -> str:
    """The admin's final report, in the admin's language."""
    b = report.broadcast
    lines = [
        messages.format(
            locale, "admin-bc-report-head", n=b.id, value=format_duration(report.duration or 0.0)
        ),
        messages.format(locale, "admin-bc-report-sent", count=b.sent),
        messages.format(locale, "admin-bc-report-blocked", count=b.blocked),
        messages.format(locale, "admin-bc-report-failed", count=b.failed),
        messages.format(locale, "admin-bc-report-skipped", count=b.skipped),
    ]
    for reason, msg_id in (
        (SKIP_KAKAO_OFF, "admin-bc-report-kakao-off"),
        (SKIP_TELEGRAM_OFF, "admin-bc-report-telegram-off"),
        (SKIP_CANCELLED, "admin-bc-report-cancelled"),
    ):
        count = report.skipped_reasons.get(reason)
        if count:
            lines.append(messages.format(locale, msg_id, count=count))
    return "\n".join(lines)


def progress_text(messages: Messages, locale: str, progress: Progress) -> str:
    return messages.format(
        locale, "admin-bc-progress", n=progress.broadcast_id, count=progress.done, total=progress.total
    )
