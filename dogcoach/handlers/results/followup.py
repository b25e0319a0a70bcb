"""The follow-up question: a result whose analysis says information is `missing` ends with one
question (`render.result_replies`); the user's next free text is appended to the same report and
analysed again (flow `followup`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dogcoach.domain.types import Reply
from dogcoach.handlers import report as report_flow
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.results.render import followup_topic, result_replies, translator
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Report, StoreSession

FLOW = "followup"
# A question left unanswered this long no longer captures the user's next message.
FOLLOWUP_TTL = timedelta(hours=24)


def followup_state(report: Report) -> ConversationState:
    return ConversationState(
        FLOW, "answer", {"report_id": report.id, "asked_at": datetime.now(UTC).isoformat()}
    )


def can_ask(state: ConversationState) -> bool:
    """A question may take over the user's next message only when they are not in another flow."""
    return state.flow in (None, FLOW)


async def arm_followup(session: StoreSession, report: Report) -> bool:
    """Outside a turn (the worker): make the user's next free text the answer, if they are idle.

    True when armed, i.e. the question may be shown.
    """
    if followup_topic(report) is None:
        return False
    if not can_ask(await session.get_state(report.user_id)):
        return False
    await session.save_state(report.user_id, followup_state(report))
    return True


async def disarm_followup(session: StoreSession, report: Report) -> None:
    """The question was not delivered after all: do not capture the next message for it."""
    state = await session.get_state(report.user_id)
    if state.flow == FLOW and state.data.get("report_id") == report.id:
        await session.save_state(report.user_id, ConversationState())


def _fresh(state: ConversationState) -> bool:
    try:
        asked = datetime.fromisoformat(str(state.data.get("asked_at")))
    except ValueError:
        return False
    return datetime.now(UTC) - asked < FOLLOWUP_TTL


async def handle(turn: Turn) -> None:
    """The user's answer to the follow-up question: append it to the report and analyse again."""
    report_id = turn.state.data.get("report_id")
    fresh = _fresh(turn.state)
    turn.state = ConversationState()
    if turn.incoming.choice is not None:
        turn.say("stale-button")
        return
    report = await turn.session.get_report(int(report_id)) if report_id is not None else None
    usable = report is not None and report.user_id == turn.user.id and report.status == "done"
    if report is None or not usable or not fresh:
        await report_flow.handle(turn)
        return
    if turn.messages.matches(turn.text, "analysis-followup-skip"):
        turn.reply(Reply(translator(turn.messages, report)("analysis-followup-skipped")))
        return
    queue = turn.services.analysis
    await turn.session.reopen_report(report, f"{report.text}\n{turn.text}")
    if queue is None:
        turn.say("report-saved", name="")
        return
    acknowledge(turn, report, queue, msg_id="analysis-followup-received")


async def reprompt(turn: Turn) -> None:
    """Asked again after an interruption such as /help."""
    report_id = turn.state.data.get("report_id")
    report = await turn.session.get_report(int(report_id)) if report_id is not None else None
    if report is None or followup_topic(report) is None:
        turn.state = ConversationState()
        return
    replies = result_replies(turn.messages, report)
    turn.replies.extend(replies[1:])
