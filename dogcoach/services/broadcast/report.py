"""Progress while a broadcast runs and the report at its end, plus their localized text (and the
preview's, before it is sent)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dogcoach.services.broadcast.outcome import (
    INTERRUPTED,
    OUTCOME_UNKNOWN,
    SKIP_CANCELLED,
    SKIP_KAKAO_OFF,
    SKIP_TELEGRAM_OFF,
)
from dogcoach.services.broadcast.preview import Preview
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BroadcastReport:
        """The report `as_dict` gave (the admin API's answer), e.g. for the CLI following a
        broadcast the server sends."""

        def when(key: str) -> datetime | None:
            value = data.get(key)
            return None if value is None else datetime.fromisoformat(value)

        created_at = when("created_at")
        assert created_at is not None
        broadcast = Broadcast(
            id=int(data["id"]),
            kind=data["kind"],
            tip_key=data.get("tip"),
            text_ko=data.get("text_ko"),
            text_en=data.get("text_en"),
            channel=data.get("channel"),
            locale=data.get("locale"),
            status=data["status"],
            total=int(data["total"]),
            sent=int(data["sent"]),
            blocked=int(data["blocked"]),
            failed=int(data["failed"]),
            skipped=int(data["skipped"]),
            created_by=data["created_by"],
            daily_key=None,
            created_at=created_at,
            started_at=when("started_at"),
            finished_at=when("finished_at"),
        )
        duration = data.get("duration_seconds")
        return cls(
            broadcast,
            None if duration is None else float(duration),
            {str(k): int(v) for k, v in (data.get("skipped_reasons") or {}).items()},
            {str(k): int(v) for k, v in (data.get("failure_reasons") or {}).items()},
        )

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
    """`0:07`, `4:05`, `1:02:03`: the same in every language (the CLI's report line)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def took_text(messages: Messages, locale: str, seconds: float) -> str:
    """How long it took, as people say it: under a second, whole seconds, minutes and seconds,
    or (from an hour on) hours and minutes. Rounded to the unit shown (59.6 s reads 1 minute)."""
    if seconds < 1:
        return messages.format(locale, "admin-bc-took-instant")
    if round(seconds) < 60:
        return messages.format(locale, "admin-bc-took-seconds", seconds=round(seconds))
    if round(seconds) < 3600:
        minutes, secs = divmod(round(seconds), 60)
        return messages.format(locale, "admin-bc-took-minutes", minutes=minutes, seconds=secs)
    hours, minutes = divmod(round(seconds / 60), 60)
    return messages.format(locale, "admin-bc-took-hours", hours=hours, minutes=minutes)


def broadcast_name(messages: Messages, locale: str, broadcast_id: int, kind: str) -> str:
    """ "3번 공지" / "Announcement #3" ("팁" / "Tip" for a catalogue tip): the subject of the
    admin's sentences about a broadcast."""
    return messages.format(locale, f"admin-bc-name-{'tip' if kind == 'tip' else 'text'}", n=broadcast_id)


# Skip reasons, in the order the report names them, and their sentences; any other code is
# worded as a plain skip.
_SKIP_SENTENCES = (
    (SKIP_KAKAO_OFF, "admin-bc-report-kakao-off"),
    (SKIP_TELEGRAM_OFF, "admin-bc-report-telegram-off"),
    (SKIP_CANCELLED, "admin-bc-report-cancelled"),
)


def _unknown_outcome(reason: str) -> bool:
    """A failure whose message may have gone out (never sent again: at-most-once)."""
    return reason == INTERRUPTED or reason.startswith(OUTCOME_UNKNOWN)


def report_text(messages: Messages, locale: str, report: BroadcastReport) -> str:
    """The admin's report, in the admin's language, as sentences: how many of how many got it,
    then each reason some did not (blocked, failed, unconfirmed, skipped and why, still
    pending), then how long it took. E.g. "2번 공지를 8명 중 6명에게 보냈어요. 2명은 카카오 이벤트
    API가 설정되지 않아서 건너뛰었어요. 1초도 걸리지 않았어요." """
    b = report.broadcast
    label = broadcast_name(messages, locale, b.id, b.kind)
    if b.total == 0:
        head = messages.format(locale, "admin-bc-report-empty", label=label)
    elif b.sent == b.total:
        head = messages.format(locale, "admin-bc-report-all", label=label, total=b.total)
    elif b.sent == 0:
        head = messages.format(locale, "admin-bc-report-none", label=label, total=b.total)
    else:
        head = messages.format(locale, "admin-bc-report-some", label=label, count=b.sent, total=b.total)
    sentences = [head]
    if b.blocked:
        sentences.append(messages.format(locale, "admin-bc-report-blocked", count=b.blocked))
    unknown = sum(n for reason, n in report.failure_reasons.items() if _unknown_outcome(reason))
    # After compaction the reasons may be gone while the counter stays: the rest is "refused".
    refused = b.failed - unknown
    if refused > 0:
        sentences.append(messages.format(locale, "admin-bc-report-failed", count=refused, n=b.id))
    if unknown:
        sentences.append(messages.format(locale, "admin-bc-report-unknown", count=unknown))
    explained = 0
    for reason, msg_id in _SKIP_SENTENCES:
        count = report.skipped_reasons.get(reason, 0)
        if count:
            sentences.append(messages.format(locale, msg_id, count=count))
            explained += count
    if b.skipped > explained:
        sentences.append(messages.format(locale, "admin-bc-report-skipped", count=b.skipped - explained))
    if b.total > b.settled:
        sentences.append(messages.format(locale, "admin-bc-report-pending", count=b.total - b.settled))
    sentences.append(took_text(messages, locale, report.duration or 0.0))
    return " ".join(sentences)


def progress_text(messages: Messages, locale: str, progress: Progress, kind: str) -> str:
    label = broadcast_name(messages, locale, progress.broadcast_id, kind)
    return messages.format(
        locale, "admin-bc-progress", label=label, count=progress.done, total=progress.total
    )


def preview_text(messages: Messages, locale: str, preview: Preview, audience_label: str) -> str:
    """The preview's summary, one line each: how many get it (of how many, when some are
    skipped), per language how many and in which language's text (a fallback marked ⚠️), who is
    skipped and why, who is left out. `audience_label` names the group the admin picked."""
    if preview.skipped:
        lines = [
            messages.format(
                locale,
                "admin-bc-preview-head-skips",
                field=audience_label,
                count=preview.will_send,
                total=preview.recipients,
            )
        ]
    else:
        lines = [
            messages.format(locale, "admin-bc-preview-head", field=audience_label, count=preview.will_send)
        ]
    lines += preview_detail(messages, locale, preview)
    return "\n".join(lines)


def preview_detail(messages: Messages, locale: str, preview: Preview) -> list[str]:
    """The preview's lines after its head (also under the "nobody can get this" answer)."""
    lines = []
    for loc, count in preview.to_send.items():
        if count:
            kind = "fallback" if preview.fallback(loc) else "own"
            lines.append(messages.format(locale, f"admin-bc-preview-{kind}-{loc}", count=count))
    for reason, msg_id in (
        (SKIP_KAKAO_OFF, "admin-bc-preview-skip-kakao"),
        (SKIP_TELEGRAM_OFF, "admin-bc-preview-skip-telegram"),
    ):
        if preview.skipped.get(reason):
            lines.append(messages.format(locale, msg_id, count=preview.skipped[reason]))
    for standing, msg_id in (
        ("opted_out", "admin-bc-preview-opted-out"),
        ("blocked", "admin-bc-preview-blocked"),
    ):
        if preview.left_out.get(standing):
            lines.append(messages.format(locale, msg_id, count=preview.left_out[standing]))
    return lines
