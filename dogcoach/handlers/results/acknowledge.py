"""The immediate answer to a report, and queueing it once the turn has committed.

The answer says what is true at that moment: the report's place in the analysis line and the
estimated wait (`AnalysisQueue.outlook`, from the measured durations of recent analyses); that it
is saved and waits behind the owner's other reports when they are over the per-owner cap; or,
when the model is known to be down, that it is saved and analysed once the model is back (by the
service's `notice`: cannot be reached, or temporarily unavailable). One message says it all, so
the owner is never told "analysing…" and then at once "saved, the model is away". A question to
the coach is answered alike, in its own words ("writing the answer…").
"""

from __future__ import annotations

import dataclasses
import math

from dogcoach.domain.types import (
    META_ABOUT,
    META_ADDED,
    META_AMOUNT,
    META_ANSWER,
    META_QUEUE,
    META_REPORT,
    Reply,
)
from dogcoach.handlers.results.render import quote, show_result_choice, translator
from dogcoach.handlers.turn import AnalysisQueue, Turn
from dogcoach.services.analysis.errors import OwnerNotice
from dogcoach.services.analysis.eta import QueueOutlook
from dogcoach.services.i18n import Translator
from dogcoach.services.store import Report

# What a report waiting for the model is told, by the service's notice.
DELAYED = {OwnerNotice.UNREACHABLE: "analysis-delayed", OwnerNotice.UNAVAILABLE: "analysis-unavailable"}
# Asked for the result of a report still waiting for the model (`msg_id` "analysis-still-working"):
# nothing new was saved, so not "your report is saved" again (stop 62 trial, "결과" with the model away).
STILL_DELAYED = {
    OwnerNotice.UNREACHABLE: "analysis-still-delayed",
    OwnerNotice.UNAVAILABLE: "analysis-still-unavailable",
}
# The same answers about a question to the coach.
QUESTION_IDS = {
    "analysis-still-delayed": "coach-still-delayed",
    "analysis-still-unavailable": "coach-still-unavailable",
    "analysis-delayed": "coach-delayed",
    "analysis-unavailable": "coach-unavailable",
    "analysis-held": "coach-held",
    "analysis-working": "coach-working",
    "analysis-queued": "coach-queued",
    "analysis-still-working": "coach-still-working",
}


def wait_phrase(t: Translator, seconds: float) -> str:
    """An estimate as people say it: "about 15 seconds" (rounded up to 5 s) under a minute,
    else "about 4 minutes" (rounded)."""
    if seconds < 57.5:
        return t("analysis-wait-seconds", seconds=max(5, 5 * math.ceil(seconds / 5)))
    return t("analysis-wait-minutes", minutes=max(1, round(seconds / 60)))


def acknowledgement(
    t: Translator,
    report_id: int,
    *,
    outlook: QueueOutlook | None = None,
    notice: OwnerNotice | None = None,
    msg_id: str | None = None,
    question: bool = False,
    amount: str | None = None,
) -> Reply:
    """The answer to a report: delayed by `notice` when the model is away; else `msg_id` (with
    `place` and `wait`) or, by the `outlook`, analysed now, number N in line, or held behind
    the owner's other reports. A "show result" button; `META_REPORT` (and `META_QUEUE` with the
    place and the estimate) in its meta, for channels that wait for the result. `question`: the
    same about a question to the coach (and `META_ANSWER` in its meta). `amount`: `msg_id`'s text
    names the red flag's kind (how much was eaten, noted on the poisoning report)."""
    meta: dict[str, object] = {META_REPORT: report_id}
    if question:
        meta[META_ANSWER] = True

    def say(msg: str, **args: object) -> str:
        return t(QUESTION_IDS.get(msg, msg) if question else msg, **args)

    if notice is not None or outlook is None:
        waiting = STILL_DELAYED if msg_id == "analysis-still-working" else DELAYED
        text = say(waiting[notice or OwnerNotice.UNREACHABLE])
    else:
        wait = wait_phrase(t, outlook.wait_seconds)
        if msg_id is not None:
            text = say(msg_id, place=outlook.place, wait=wait, kind=amount or "")
        elif outlook.held:
            text = say("analysis-held", count=outlook.owner_waiting, wait=wait)
        elif outlook.place == 1:
            text = say("analysis-working", wait=wait)
        else:
            text = say("analysis-queued", place=outlook.place, wait=wait)
        meta[META_QUEUE] = {"place": outlook.place, "wait_seconds": round(outlook.wait_seconds, 1)}
    return Reply(text, (show_result_choice(t),), free_text=True, meta=meta)


def name_reports(turn: Turn) -> None:
    """Two reports acknowledged in one turn (a message left at "add or new?" and a new incident)
    read alike: each acknowledgement then starts with a quote of its report (trial 3, F5)."""
    acks = [(i, r) for i, r in enumerate(turn.replies) if META_ABOUT in r.meta]
    if len({r.meta.get(META_REPORT) for _, r in acks}) < 2:
        return
    for i, reply in acks:
        about = str(reply.meta[META_ABOUT])
        if not reply.text.startswith(about):
            turn.replies[i] = dataclasses.replace(reply, text=f"{about}\n{reply.text}")


def acknowledge(
    turn: Turn, report: Report, queue: AnalysisQueue, *, msg_id: str | None = None, amount: str | None = None
) -> None:
    """Answer a just-saved (or just-reopened) report and queue it once the turn has committed.
    `amount`: what was added is how much was eaten, after this red flag's kind (`META_AMOUNT`)."""
    t = translator(turn.messages, report)
    notice = queue.notice
    added = msg_id is not None  # text added to the report: analysed again, maybe while it runs
    outlook = (
        None
        if notice is not None
        else queue.outlook(report.user_id, report.id if added else None, again=added)
    )
    reply = acknowledgement(
        t,
        report.id,
        outlook=outlook,
        notice=notice,
        msg_id=msg_id,
        question=report.is_question,
        amount=amount,
    )
    meta: dict[str, object] = {**reply.meta, META_ABOUT: quote(t, report.text)}
    if added:  # text added to the report (a follow-up answer, detail): channels say so
        meta[META_ADDED] = True
    if amount is not None:
        meta[META_AMOUNT] = amount
    turn.reply(dataclasses.replace(reply, meta=meta))
    name_reports(turn)

    async def submit() -> None:
        queue.submit(report.id, report.user_id)

    turn.after_commit.append(submit)
