"""Results a channel could not push (Kakao without a live callback, a Telegram user who had
blocked the bot, a closed terminal): the router shows them before the replies of the user's next
turn (`show_undelivered`), and the "show result" button shows them on demand (`handle_choice`).
The apology's "try again" button (`retry`) analyses a failed report once more; a /history line's
button (`open_report`) shows that report's analysis, or that question's answer, again."""

from __future__ import annotations

import dataclasses

from dogcoach.domain.ids import number_after
from dogcoach.domain.types import META_REPORT, META_SAFETY, META_STILL, Reply
from dogcoach.handlers import history
from dogcoach.handlers.coaching.plans import plan_reply_text
from dogcoach.handlers.results.acknowledge import acknowledge, acknowledgement
from dogcoach.handlers.results.delivery import close_together
from dogcoach.handlers.results.followup import (
    DEFERRED,
    FLOW,
    PROMISED,
    can_ask,
    followup_state,
    raised_flags,
    waits,
)
from dogcoach.handlers.results.render import (
    OPEN,
    RETRY,
    SHOW_RESULT,
    followup_topic,
    result_replies,
    speak_report_language,
    translator,
)
from dogcoach.handlers.results.whose import dog_shown
from dogcoach.handlers.turn import Turn
from dogcoach.services.analysis.errors import OwnerNotice
from dogcoach.services.store import Report
from dogcoach.services.understanding.text import Folded


def _turn_started_report(turn: Turn) -> bool:
    return any(META_REPORT in reply.meta for reply in turn.replies)


async def _undelivered_replies(turn: Turn, undelivered: list[Report]) -> list[Reply]:
    """Replies for results claimed in this turn (each with its plan decision); the newest one
    with a question may ask it."""
    asking = None
    if (can_ask(turn.state) or waits(turn.state)) and not _turn_started_report(turn):
        asking = next(
            (r for r in reversed(undelivered) if followup_topic(r, turn.messages) is not None), None
        )
    replies: list[Reply] = []
    # shown beside this turn's own report, or with another result: each says which report it is
    quoted = _turn_started_report(turn) or len(undelivered) > 1
    for report in undelivered:
        # or another report open or answered moments ago (stop 62 trial: a Kakao result under the
        # health question had no quote, and read as the result above it printed twice)
        close = quoted or await close_together(turn.session, report)
        plan = await plan_reply_text(
            turn.session, report, translator(turn.messages, report), policy=turn.services.checkin_policy
        )
        replies += result_replies(
            turn.messages,
            report,
            ask=report is asking and not waits(turn.state),
            plan=plan,
            quoted=close,
            dog=await dog_shown(turn.session, report),
        )
    if asking is not None and waits(turn.state):  # the survey offered or under way: asked after it,
        turn.state.data[DEFERRED] = asking.id  # the newest, over one promised (owner trial 11)
        turn.state.data.pop(PROMISED, None)
    elif asking is not None:
        turn.state = followup_state(
            asking, turn.messages, await raised_flags(turn.session, asking), before=turn.state
        )
    return replies


async def show_undelivered(turn: Turn) -> None:
    """After the turn's own handler: put every result the channel could not deliver before this
    turn's replies, and mark them delivered in the same transaction. A red flag the turn raised
    stays first: what to do now comes before an older result (owner trial 17 on Kakao: the sock's
    result, then "retching: to the vet now" under it)."""
    if not turn.undelivered:
        return
    undelivered = await turn.session.claim_undelivered(turn.user.id)
    if undelivered:
        urgent = [r for r in turn.replies if r.meta.get(META_SAFETY)]
        rest = [r for r in turn.replies if not r.meta.get(META_SAFETY)]
        turn.replies[:] = [*urgent, *await _undelivered_replies(turn, undelivered), *rest]


async def show_results(turn: Turn) -> None:
    """`report:result`: results not yet seen, else "still working", else the latest result again."""
    undelivered = await turn.session.claim_undelivered(turn.user.id)
    if undelivered:
        if len(undelivered) == 1:  # the turn is about that report: said in its language
            speak_report_language(turn, undelivered[0])
        turn.replies.extend(await _undelivered_replies(turn, undelivered))
        return
    pending = await turn.session.user_reports_pending(turn.user.id)
    if pending:
        turn.reply(still_working(turn, pending[-1]))
        return
    latest = await turn.session.latest_finished_report(turn.user.id)
    if latest is None:
        turn.say("analysis-no-reports")
        return
    turn.replies.extend(await _shown_again(turn, latest))


async def _shown_again(turn: Turn, report: Report) -> list[Reply]:
    """A stored result shown again on the owner's asking, in their language now, its dog named
    for an owner of two (`whose.dog_shown`), quoting its report when others came close to it;
    no follow-up question (it was asked with it)."""
    dog = await dog_shown(turn.session, report)
    quoted = await close_together(turn.session, report)  # which of the reports just sent it is
    return result_replies(turn.messages, report, ask=False, locale=turn.locale, dog=dog, quoted=quoted)


def still_working(turn: Turn, report: Report) -> Reply:
    """ "Still working" for a pending report, with its place in line and the wait from now (the
    turn is about it: said in its language, `speak_report_language`)."""
    speak_report_language(turn, report)
    queue = turn.services.analysis
    t = translator(turn.messages, report)
    question = report.is_question
    if queue is None:
        return acknowledgement(
            t, report.id, notice=OwnerNotice.UNAVAILABLE, msg_id="analysis-still-working", question=question
        )
    notice = queue.notice
    outlook = None if notice is not None else queue.outlook(report.user_id, report.id)
    reply = acknowledgement(
        t, report.id, outlook=outlook, notice=notice, msg_id="analysis-still-working", question=question
    )
    return dataclasses.replace(reply, meta={**reply.meta, META_STILL: True})


async def retry(turn: Turn, report_id: int) -> None:
    """The apology's "try again": the failed report, kept as it was, is analysed once more."""
    report = await turn.session.get_report(report_id)
    queue = turn.services.analysis
    if report is None or report.user_id != turn.user.id or queue is None:
        turn.say("stale-button")
    elif report.status == "pending":
        turn.reply(still_working(turn, report))
    elif report.status != "failed":
        turn.replies.extend(await _shown_again(turn, report))
    else:
        followups = report.followups  # a retry is not a follow-up answer: the question stays askable
        await turn.session.reopen_report(report, report.text)
        report.followups = followups
        await turn.session.update_report(report)
        acknowledge(turn, report, queue)


async def open_report(turn: Turn, report_id: int) -> None:
    """A /history line's button: that report's analysis (or question's answer) again; "still
    working" while pending; the apology with "try again" when it failed. A result not yet seen
    counts as seen now."""
    report = await turn.session.get_report(report_id)
    if report is None or report.user_id != turn.user.id:
        turn.refuse("stale-button")
    elif report.status == "pending":
        turn.reply(still_working(turn, report))
    else:
        if report.delivered_at is None:
            await turn.session.claim_delivery(report.id)
        turn.replies.extend(await _shown_again(turn, report))


async def show_command(turn: Turn) -> None:
    """ "결과 보기", "show result" typed (the acknowledgement tells owners to tap it; the button
    may be gone): what the button does, whatever is open; a survey question is asked again after
    it. Never a report, never detail added to one."""
    await show_results(turn)
    if turn.state.flow not in (None, FLOW):
        turn.resume_flow()


async def said_again(turn: Turn) -> bool:
    """ "what did u say again?", "다시 말해 줄래요?" with nothing open (`understanding-say-again`;
    owner trial 12: "Sorry, I wasn't clear"): what the coach said last that the owner can ask for
    is the result, shown again as the `result` command does (one not seen yet, or "still
    working"). False, nothing said, when the owner has no report at all: the confused reply."""
    if turn.state.flow is not None:
        return False
    if not turn.services.understander.vocabulary["understanding-say-again"].contains(Folded(turn.text)):
        return False
    if await turn.session.latest_finished_report(turn.user.id) is None and not (
        await turn.session.user_reports_pending(turn.user.id)
    ):
        return False
    await show_results(turn)
    return True


async def handle_choice(turn: Turn) -> None:
    """Every `report:` choice, whatever flow the user is in (the flow is resumed afterwards)."""
    choice = turn.incoming.choice or ""
    interrupted = turn.state.flow not in (None, FLOW)
    if choice == SHOW_RESULT:
        await show_results(turn)
    elif (page := history.page_of(choice)) is not None:
        await history.show(turn, page[1], page[0])
    elif (report_id := number_after(choice, RETRY)) is not None:
        await retry(turn, report_id)
    elif (report_id := number_after(choice, OPEN)) is not None:
        await open_report(turn, report_id)
    else:
        turn.refuse("stale-button")
        return
    if interrupted:
        turn.resume_flow()
