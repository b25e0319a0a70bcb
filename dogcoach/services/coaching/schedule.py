"""When a check-in is due: a few days after the plan started, never inside the owner's quiet hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from dogcoach.services.coaching.models import CheckinPolicy, QuietHours


def out_of_quiet_hours(moment: dt.datetime, quiet: QuietHours, zone: ZoneInfo) -> dt.datetime:
    """`moment` itself when it is outside the quiet hours in `zone`, else the end of those quiet
    hours (09:00 the same or the next local day). Aware datetimes in, UTC out.

    The end is a wall-clock time, so across a daylight-saving change it is still 09:00 local.
    """
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    local = moment.astimezone(zone)
    if not quiet.contains(local.time()):
        return moment.astimezone(dt.UTC)
    day = local.date()
    if quiet.start > quiet.end and local.time() >= quiet.start:
        day += dt.timedelta(days=1)  # evening part of a night that crosses midnight
    return dt.datetime.combine(day, quiet.end, tzinfo=zone).astimezone(dt.UTC)


def checkin_due(started_at: dt.datetime, policy: CheckinPolicy, timezone: str | None = None) -> dt.datetime:
    """When to ask about a plan that started at `started_at`: `policy.after` later, moved out of
    quiet hours in the owner's zone (`timezone`, else the policy's default zone)."""
    zone = ZoneInfo(timezone or policy.timezone)
    return out_of_quiet_hours(started_at + policy.after, policy.quiet, zone)
