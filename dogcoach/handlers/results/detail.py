"""Detail sent about a report before its result was shown: "우리 초코가 밤마다 현관 앞에서 짖어요 ㅠㅠ",
then seconds later "매일 그래요 한달쯤 됐어요" or "it gets worse when the doorbell rings".

While the owner's newest report (of the active dog) has not been shown yet — waiting, being
analysed, or finished and not delivered for a short while — the router understands the next
message with that in mind (`Expect.PENDING`: the follow-up question's cues, how often, since
when, what happens before or after). Detail is appended to the report, which is analysed again
once, with both texts: an analysis of the old text still running is cancelled and never stored
nor delivered (`AnalysisService.submit`, `settle_report`), so exactly one result comes. A new
incident (a behaviour told with a time anchor or with its situation) stays a report of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dogcoach.handlers.results import followup
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Report

# A finished result not delivered yet (a channel that shows it at the owner's next turn) still
# takes detail this long after it was written; a report still pending takes it whatever its age.
UNSEEN_WINDOW = timedelta(minutes=10)


async def target(turn: Turn) -> Report | None:
    """The report detail would be added to: the owner's newest behaviour report, of the active
    dog, whose result they have not seen yet. None when idle otherwise."""
    report = await turn.session.latest_incident(turn.user.id)
    if report is None or report.delivered_at is not None:
        return None
    if report.status != "pending" and datetime.now(UTC) - report.updated_at > UNSEEN_WINDOW:
        return None
    dog = await turn.active_dog()
    return report if report.dog_id == (dog.id if dog is not None else None) else None


async def add(turn: Turn, report: Report) -> None:
    """Append the turn's text to the unseen report and analyse it again (the analysis of the old
    text, if running, is superseded); one line says it was added."""
    await followup.append(turn, report, turn.text)
