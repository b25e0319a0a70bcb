"""Free text outside a flow is a behaviour report: saved first, whatever happens next.

The report is stored `pending` in the turn's transaction and checked for red flags and aversive
methods (`safety.screen`, answered first, in this turn); the analysis service picks it up once the
turn has committed, and the user is answered at once with "analysing…" (see `results.acknowledge`).
"""

from __future__ import annotations

from dogcoach.handlers import safety
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.results.render import report_language, speak_report_language
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog


async def handle(turn: Turn, *, tip: bool = True) -> None:
    """Save the turn's text as a report and queue it; `tip` False: no "tell me about your dog"
    line (the survey is open, or offered in its own words)."""
    await save(turn, turn.text, tip=tip)


async def save(turn: Turn, text: str, *, tip: bool = True, screened: bool = False) -> None:
    """Save `text` as a report of the dog it is about (the one of the owner's dogs it names, else
    the active dog), answer what safety calls for (unless `screened` already, when the text first
    came), say which dog when it is not the active one, answer "analysing…" and queue it."""
    dog, named = await dog_of(turn, text)
    report = await turn.session.add_report(
        turn.user.id, dog.id if dog else None, text, report_language(text, turn.locale)
    )
    speak_report_language(turn, report)  # everything said about it, in the language it was typed in
    if not screened:
        await safety.screen(turn, text, report=report, dog=dog)
    if named and dog is not None:
        turn.say("report-filed-under", name=dog.name or turn.t("value-none"))
    if turn.services.on_report is not None:
        await turn.services.on_report(turn, report)
        return
    queue = turn.services.analysis
    if queue is None:  # no analysis configured (a bare engine): the report is kept for later
        turn.say("report-saved", name=dog.name if dog else "none")
    else:
        acknowledge(turn, report, queue)
    if dog is None and tip:
        turn.say("report-no-dog")


async def dog_of(turn: Turn, text: str) -> tuple[Dog | None, bool]:
    """The dog `text` is about: another of the owner's dogs when it names that one alone
    ("보리가 산책할 때…" with 초코 active), else the active dog; and whether it was named so."""
    active = await turn.active_dog()
    dogs = await turn.session.list_dogs(turn.user.id)
    if len(dogs) < 2:
        return active, False
    found = turn.services.understander.dogs_named(text, [d.name or "" for d in dogs])
    if len(found) != 1 or (active is not None and dogs[found[0]].id == active.id):
        return active, False
    return dogs[found[0]], True
