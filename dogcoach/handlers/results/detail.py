"""Detail sent about a report before its result was shown: "우리 초코가 밤마다 현관 앞에서 짖어요 ㅠㅠ",
then seconds later "매일 그래요 한달쯤 됐어요" or "it gets worse when the doorbell rings".

While the owner's newest report (of the active dog) has not been shown yet — waiting, being
analysed, or finished and not delivered for a short while — the router understands the next
message with that in mind (`Expect.PENDING`: the follow-up question's cues, how often, since
when, what happens before or after). Detail is appended to the report, which is analysed again
once, with both texts: an analysis of the old text still running is cancelled and never stored
nor delivered (`AnalysisService.submit`, `settle_report`), so exactly one result comes. A new
incident (a behaviour told with a time anchor or with its situation) stays a report of its own.

The same holds while a survey question is open (the name question a greeting opened, the
terminal's first screen): a message that reads as detail and does not answer the question (no
option matched, not a name, not a whole quantity of the question's unit) is added to the report,
and the question is asked again (`Context.detail`; "하루에 두세번이요" at the name question was
stored as the dog's name). And for a while after the result was shown (`RECENT_WINDOW`): what the
follow-up asks, told without a behaviour ("it started about a month ago"), is received for that
report and analysed again; a behaviour told again is a report of its own (`Context.seen`). What the
dog does not do, told after the result ("she's never bitten anyone", `NEGATED_DETAIL`), is kept on
the report without analysing it again: it changes nothing the analysis said (stop 61 trial).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dogcoach.handlers.results import followup
from dogcoach.handlers.results.render import speak_report_language
from dogcoach.handlers.turn import Turn
from dogcoach.services.safety import FlagKind
from dogcoach.services.store import Report
from dogcoach.services.understanding.classify import AMOUNT
from dogcoach.services.understanding.survey import NEGATED_DETAIL
from dogcoach.services.understanding.text import Folded

# A finished result not delivered yet (a channel that shows it at the owner's next turn) still
# takes detail this long after it was written; a report still pending takes it whatever its age.
UNSEEN_WINDOW = timedelta(minutes=10)

# A result shown takes detail this long after it was delivered. Owners read the result, then
# add what it lacked ("it started about a month ago") in the same sitting, minutes later, and
# on a channel that shows the result in the turn (Kakao without a callback) the unseen window
# closes at once; half an hour covers a sitting. Later, a message is read as new (a new report).
RECENT_WINDOW = timedelta(minutes=30)


async def target(turn: Turn) -> Report | None:
    """The report detail would be added to: the owner's newest behaviour report, of the active
    dog (or of none: about a dog not registered), whose result they have not seen yet, or saw less than `RECENT_WINDOW` ago (`followup.append`
    tells the two apart by `delivered_at`: added before the result, or received after it). None
    otherwise."""
    report = await recent(turn)
    if report is None:
        return None
    dog = await turn.active_dog()
    # one kept with no dog, about a dog not registered (stop 64, `report.save`), takes its detail too
    return report if report.dog_id in (None, dog.id if dog is not None else None) else None


async def recent(turn: Turn) -> Report | None:
    """The owner's newest behaviour report while it is still the one being talked about (its
    result not seen yet, or seen less than `RECENT_WINDOW` ago), whichever dog it is filed under."""
    report = await turn.session.latest_incident(turn.user.id)
    if report is None:
        return None
    now = datetime.now(UTC)
    if report.delivered_at is not None:
        if now - report.delivered_at > RECENT_WINDOW:
            return None
    elif report.status != "pending" and now - report.updated_at > UNSEEN_WINDOW:
        return None
    return report


async def add(turn: Turn, report: Report) -> None:
    """Append the turn's text to the report and analyse it again (the analysis of the old text, if
    running, is superseded); one line says it was added (before the result) or received (after
    it). How much was eaten, told after a poisoning or a swallowed thing ("한 조각이요", "maybe 2
    grapes": `reason` "amount"), is said to be noted on that report (stop 45: the generic line)."""
    u = turn.understanding
    if u is not None and u.reason == NEGATED_DETAIL and report.delivered_at is not None:
        # "she's never bitten anyone" after the result (stop 61 trial: added and analysed again):
        # what the dog does not do changes nothing the analysis said; kept on the report, said so
        report.text = f"{report.text}\n{turn.text}"
        await turn.session.update_report(report)
        speak_report_language(turn, report)
        turn.say("analysis-detail-kept")
        return
    amount = None
    if u is not None and u.reason == AMOUNT:
        raised = await followup.raised_flags(turn.session, report)
        amount = next((str(k) for k in (FlagKind.TOXIN, FlagKind.FOREIGN_BODY) if k in raised), None)
    await followup.append(turn, report, turn.text, amount=amount)


def only_shown(turn: Turn, report: Report) -> bool:
    """The report only points at what a photo shows ("look what he did to my couch", "우리 애가 소파
    이렇게 만들어놨어요"; `understanding-report-shown`) and nothing was added to it yet: the owner's
    next report, while its result is waiting or was just shown, tells what happened there, and
    is added to it (owner trial 12: kept as a second report of the same incident, both analysed
    and both results shown together)."""
    text = report.text.strip()
    if "\n" in text:
        return False
    return turn.services.understander.vocabulary["understanding-report-shown"].contains(Folded(text))
