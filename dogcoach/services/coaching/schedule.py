"""When a check-in is due: a few days after the plan started, never inside the owner's quiet hours;
and when it goes out: at the owner's own chosen time of day, if they chose one (`at_chosen_time`)."""

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


# A check-in whose chosen time passed this long ago still goes out now (a pass a little late, a
# server restarted at 20:10); past it, at the chosen time of the next day, never in the night.
CHOSEN_TIME_GRACE = dt.timedelta(hours=1)


def at_chosen_time(
    due: dt.datetime,
    now: dt.datetime,
    chosen: dt.time,
    zone: ZoneInfo,
    *,
    grace: dt.timedelta = CHOSEN_TIME_GRACE,
) -> dt.datetime:
    """When a check-in due at `due` goes out for an owner who chose the local time `chosen`
    ("알림은 저녁 8시쯤 보내주세요", owner trial 28): the first `chosen` in `zone` at or after
    `due`, never earlier than it is due. At or before `now` it goes out now; one missed by more
    than `grace` (the server was down) moves to the next day's `chosen`. Quiet hours do not
    apply: a time inside them (22:00 with the default 21:00-09:00) is the owner's choice and is
    kept. A wall-clock time: across a daylight-saving change it is still `chosen` local.
    Aware datetimes in, UTC out."""
    if due.tzinfo is None or now.tzinfo is None:
        raise ValueError("moments must be timezone-aware")
    start = max(due, now - grace).astimezone(zone)
    at = dt.datetime.combine(start.date(), chosen, tzinfo=zone)
    if at < start:
        at = dt.datetime.combine(start.date() + dt.timedelta(days=1), chosen, tzinfo=zone)
    return at.astimezone(dt.UTC)


def checkin_due(started_at: dt.datetime, policy: CheckinPolicy, timezone: str | None = None) -> dt.datetime:
    """When to ask about a plan that started at `started_at`: `policy.after` later, moved out of
    quiet hours in the owner's zone (`timezone`, else the policy's default zone)."""
    zone = ZoneInfo(timezone or policy.timezone)
    return out_of_quiet_hours(started_at + policy.after, policy.quiet, zone)
