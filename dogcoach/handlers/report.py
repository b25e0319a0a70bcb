"""Free text outside a flow is a behaviour report: saved first, whatever happens next."""

from __future__ import annotations

import re

from dogcoach.bot.turn import Turn

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")


def report_language(text: str, fallback: str) -> str:
    """The language a report is written in: Hangul → ko, Latin letters only → en."""
    if _HANGUL.search(text):
        return "ko"
    if _LATIN.search(text):
        return "en"
    return fallback


async def handle(turn: Turn) -> None:
    dog = await turn.active_dog()
    report = await turn.session.add_report(
        turn.user.id, dog.id if dog else None, turn.text, report_language(turn.text, turn.locale)
    )
    on_report = turn.services.get("on_report")
    if on_report is not None:
        await on_report(turn, report)
        return
    turn.say("report-saved", name=dog.name if dog else "")
    if dog is None:
        turn.say("report-no-dog")
