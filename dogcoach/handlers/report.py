"""Free text outside a flow is a behaviour report: saved first, whatever happens next.

The report is stored `pending` in the turn's transaction; the analysis service picks it up once the
turn has committed, and the user is answered at once with "analysing…" (see `results.acknowledge`).
"""

from __future__ import annotations

import re

from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.turn import Turn

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN_WORD = re.compile(r"(?<![\w\uac00-\ud7a3])[A-Za-z][A-Za-z'’-]*(?![\w\uac00-\ud7a3])")


def report_language(text: str, fallback: str) -> str:
    """The language a report is clearly written in, else `fallback` (the user's language).

    Words are counted, not letters: a Korean sentence with one English word in it is Korean, an
    English sentence with one Korean word in it is English; a tie keeps the user's language (the
    concrete cases are in `tests/test_report_followup.py`). Linear in the text: the words are
    split first (a pattern matching a whole word around a Hangul letter backtracked quadratically, 0.1-0.3 s for 4,096
    characters without a space; benchmarks/text_checks.py).
    """
    korean = sum(1 for word in text.split() if _HANGUL.search(word))
    english = len(_LATIN_WORD.findall(text))
    if korean > english:
        return "ko"
    if english > korean:
        return "en"
    return fallback


async def handle(turn: Turn, *, tip: bool = True) -> None:
    """Save the turn's text as a report and queue it; `tip` False: no "tell me about your dog"
    line (the survey is open, or offered in its own words)."""
    await save(turn, turn.text, tip=tip)


async def save(turn: Turn, text: str, *, tip: bool = True) -> None:
    """Save `text` as a report of the active dog, answer "analysing…" and queue it."""
    dog = await turn.active_dog()
    report = await turn.session.add_report(
        turn.user.id, dog.id if dog else None, text, report_language(text, turn.locale)
    )
    if turn.services.on_report is not None:
        await turn.services.on_report(turn, report)
        return
    queue = turn.services.analysis
    if queue is None:  # no analysis configured (a bare engine): the report is kept for later
        turn.say("report-saved", name=dog.name if dog else "")
    else:
        acknowledge(turn, report, queue)
    if dog is None and tip:
        turn.say("report-no-dog")
