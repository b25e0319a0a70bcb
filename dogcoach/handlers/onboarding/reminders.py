"""When the survey's one-line reminder is said: the paused question ("설문 15개 중 13번째 질문이 답을
기다리고 있어요") or the profile waiting for its OK ("프로필이 확인을 기다리고 있어요"), after a reply
about something else. Stop 51 (owner trials): it came after every reply, seven times in a row. It is
said once, then again only at a natural point: after `REMIND_AGAIN`, on the owner's next day, or
once a result was shown since. What was said and when is kept in the conversation state
(`REMINDED`, `REMINDED_AT`), so it holds across replicas and restarts.
"""

from __future__ import annotations

import datetime as dt

from dogcoach.handlers.onboarding.constants import REMINDED, REMINDED_AT
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.base import utcnow

# A reminder said this long ago may be said again.
REMIND_AGAIN = dt.timedelta(hours=3)


async def reminder_due(turn: Turn, step: str) -> bool:
    """True when the reminder of `step` may be said now, which is then kept as said; False (the
    turn's `reminder_held` set) when it was said for that step a moment ago and nothing since
    makes it worth saying again."""
    said = _said_at(turn, step)
    if said is not None and not await _worth_again(turn, said, utcnow()):
        turn.reminder_held = True
        return False
    mark_said(turn, step)
    return True


def mark_said(turn: Turn, step: str) -> None:
    """The reminder of `step` said in answer to the owner's own message at it (the review answered
    with neither button): the next reply about something else does not say it again."""
    turn.state.data[REMINDED] = step
    turn.state.data[REMINDED_AT] = utcnow().isoformat()


def forget(turn: Turn) -> None:
    """The owner answered the survey: a later reminder is due again."""
    turn.state.data.pop(REMINDED, None)
    turn.state.data.pop(REMINDED_AT, None)


def _said_at(turn: Turn, step: str) -> dt.datetime | None:
    """When the reminder of `step` was last said, if it was."""
    if turn.state.data.get(REMINDED) != step:
        return None
    try:
        at = dt.datetime.fromisoformat(str(turn.state.data.get(REMINDED_AT)))
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


async def _worth_again(turn: Turn, said: dt.datetime, now: dt.datetime) -> bool:
    """A while has passed since `said`, the owner's day has changed, or a result was shown since."""
    if now - said >= REMIND_AGAIN:
        return True
    zone = await turn.zone()
    if said.astimezone(zone).date() != now.astimezone(zone).date():
        return True
    latest = await turn.session.latest_finished_report(turn.user.id)
    shown = latest.delivered_at if latest is not None else None
    return shown is not None and shown > said
