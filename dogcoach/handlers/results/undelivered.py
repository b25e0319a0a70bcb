"""Results a channel could not push (Kakao without a live callback, a Telegram user who had
blocked the bot, a closed terminal): the router shows them before the replies of the user's next
turn (`show_undelivered`), and the "show result" button shows them on demand (`handle_choice`)."""

from __future__ import annotations

from dogcoach.domain.ids import number_after
from dogcoach.domain.types import META_REPORT, Reply
from dogcoach.handlers import history
from dogcoach.handlers.results.acknowledge import acknowledgement
from dogcoach.handlers.results.followup import FLOW, can_ask, followup_state
from dogcoach.handlers.results.render import (
    HISTORY_PAGE,
    SHOW_RESULT,
    SKIP_FOLLOWUP,
    followup_topic,
    result_replies,
    translator,
)
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Report


def _turn_started_report(turn: Turn) -> bool:
    return any(META_REPORT in reply.meta for reply in turn.replies)


def _undelivered_replies(turn: Turn, undelivered: list[Report]) -> list[Reply]:
    """Replies for results claimed in this turn; the newest one with a question may ask it."""
    asking = None
    if can_ask(turn.state) and not _turn_started_report(turn):
        asking = next((r for r in reversed(undelivered) if followup_topic(r) is not None), None)
    replies: list[Reply] = []
    for report in undelivered:
        replies += result_replies(turn.messages, report, ask=report is asking)
    if asking is not None:
        turn.state = followup_state(asking)
    return replies


async def show_undelivered(turn: Turn) -> None:
    """After the turn's own handler: put every result the channel could not deliver before this
    turn's replies, and mark them delivered in the same transaction."""
    undelivered = await turn.session.claim_undelivered(turn.user.id)
    if undelivered:
        turn.replies[:0] = _undelivered_replies(turn, undelivered)


async def show_results(turn: Turn) -> None:
    """`report:result`: results not yet seen, else "still working", else the latest result again."""
    undelivered = await turn.session.claim_undelivered(turn.user.id)
    if undelivered:
        turn.replies.extend(_undelivered_replies(turn, undelivered))
        return
    pending = await turn.session.user_reports_pending(turn.user.id)
    if pending:
        newest = pending[-1]
        queue = turn.services.analysis
        t = translator(turn.messages, newest)
        delayed = queue is not None and queue.delayed
        turn.reply(acknowledgement(t, newest.id, delayed=delayed, msg_id="analysis-still-working"))
        return
    latest = await turn.session.latest_finished_report(turn.user.id)
    if latest is None:
        turn.say("analysis-no-reports")
        return
    turn.replies.extend(result_replies(turn.messages, latest, ask=False))


async def handle_choice(turn: Turn) -> None:
    """Every `report:` choice, whatever flow the user is in (the flow is resumed afterwards)."""
    choice = turn.incoming.choice or ""
    interrupted = turn.state.flow not in (None, FLOW)
    if choice == SHOW_RESULT:
        await show_results(turn)
    elif choice == SKIP_FOLLOWUP:
        if turn.state.flow == FLOW:
            turn.state = ConversationState()
        turn.say("analysis-followup-skipped")
        return
    elif (offset := number_after(choice, HISTORY_PAGE)) is not None:
        await history.show(turn, offset)
    else:
        turn.say("stale-button")
        return
    if interrupted:
        turn.resume_flow()
