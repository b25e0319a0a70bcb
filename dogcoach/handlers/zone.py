"""/timezone: the owner's time zone, named in words ("my timezone is London", "I'm in New York",
"EST", "UTC-5", "한국 시간으로 해줘") or asked for. Dates and times the bot shows (history, check-ins,
progress, the summary) and the check-in time are in it; unset, in the bot's (`DOGCOACH_TIMEZONE`).
Stop 50 (English owner trial): an owner in London saw tomorrow's date, with no way to say where
they are."""

from __future__ import annotations

import datetime as dt
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dogcoach.domain.types import Choice
from dogcoach.handlers.coaching.checkins import clock_text
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import LOCALES
from dogcoach.services.understanding import ZONE_COUNTRY, ZONE_COUNTRY_ARG, ZONE_UNKNOWN

# A zone tapped among a country's (`country:` argument): "timezone:set:America/Chicago".
PREFIX = "timezone:set:"

# Zones named by their offset alone ("UTC-5" is `Etc/GMT+5`): shown as the offset.
_OFFSET_ZONES = ("Etc/", "UTC")
_SECONDS_PER_HOUR = 3600


def zone_label(zone: tzinfo, now: dt.datetime) -> str:
    """ "America/New York (UTC-5)", "UTC+1": the zone's name and its offset now."""
    offset = now.astimezone(zone).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")
    key = getattr(zone, "key", None) or str(zone)
    if key.startswith(_OFFSET_ZONES):
        return utc
    return f"{key.replace('_', ' ')} ({utc})"


def _shown(turn: Turn, msg_id: str, zone: tzinfo) -> None:
    now = dt.datetime.now(dt.UTC)
    turn.say(msg_id, zone=zone_label(zone, now), time=clock_text(turn.t, now.astimezone(zone).time()))


def zone_choices(turn: Turn, country: str) -> tuple[Choice, ...]:
    """A country's main zones as buttons, each labelled by `timezone-zone-<zone>` (its region and
    a city, with the offset now); the zones are the value of `understanding-zone-country-<key>`."""
    listed = turn.messages.format(LOCALES[0], f"{ZONE_COUNTRY}{country}").split()
    now = dt.datetime.now(dt.UTC)
    return tuple(
        turn.choice(f"{PREFIX}{zone}", label_id(zone), offset=_offset(ZoneInfo(zone), now)) for zone in listed
    )


def _offset(zone: tzinfo, now: dt.datetime) -> str:
    """ "UTC-5", "UTC+3:30": the offset part of `zone_label`."""
    return zone_label(zone, now).rsplit("(", 1)[-1].rstrip(")")


def label_id(zone: str) -> str:
    """ "America/New_York" → "timezone-zone-america-new_york" (a Fluent id has no "/")."""
    return "timezone-zone-" + zone.lower().replace("/", "-")


def offer_country(turn: Turn, named: str) -> None:
    """A country with several zones (`country:<key>`): which one, its main zones as buttons."""
    country = named.removeprefix(ZONE_COUNTRY_ARG)
    turn.say(
        "timezone-country", country=turn.t(f"timezone-country-{country}"), choices=zone_choices(turn, country)
    )


async def tap(turn: Turn) -> None:
    """One of a country's zones tapped: kept as the owner's, said back as a zone named is."""
    choice = turn.incoming.choice or ""
    try:
        zone = ZoneInfo(choice.removeprefix(PREFIX))
    except (ZoneInfoNotFoundError, ValueError):
        turn.say("timezone-unknown")
        return
    await turn.session.set_timezone(turn.user.id, zone.key)
    _shown(turn, "timezone-set", zone)


async def command(turn: Turn) -> None:
    """A zone named: kept as the owner's, said back with the time there now; an unknown one: the
    examples; none: the zone in use and how to change it."""
    u = turn.understanding
    named = u.argument if u is not None and u.command == "timezone" else ""
    if named.startswith(ZONE_COUNTRY_ARG):
        # "we moved to the US", "시간대 미국": several zones; the main ones offered (stop 53)
        offer_country(turn, named)
        return
    if not named:
        mine = await turn.session.user_timezone(turn.user.id)
        _shown(turn, "timezone-current" if mine else "timezone-default", await turn.zone())
        return
    try:
        zone = ZoneInfo(named) if named != ZONE_UNKNOWN else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    if zone is None:
        turn.say("timezone-unknown")
        return
    await turn.session.set_timezone(turn.user.id, zone.key)
    _shown(turn, "timezone-set", zone)
