"""What the user reads about an analysed report, and the small flows around it.

Channel-neutral and used from three places: the analysis worker pushes a finished result through
the outbox; the engine shows every result a channel could not push at the user's next turn
(`deliver_kept`); and the `report:result` choice shows results on demand. Results are rendered from
the stored report row (not from the model's objects) so any of them can do it, in any process.

A result whose analysis says information is `missing` ends with one follow-up question; the
user's next free text is appended to the same report and analysed again (flow `followup`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from dogcoach.domain.types import META_REPORT, META_RESULT, Choice, Reply
from dogcoach.handlers.turn import AnalysisQueue, Turn
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.store import ConversationState, Report, StoreSession

PREFIX = "report:"
SHOW_RESULT = "report:result"
SKIP_FOLLOWUP = "report:followup:skip"
HISTORY_PAGE = "report:history:"  # + offset

FLOW = "followup"

# Asked in this order of usefulness: an ABC analysis needs the antecedent most.
FOLLOWUP_TOPICS: tuple[str, ...] = ("antecedent", "consequence", "frequency")
# A question left unanswered this long no longer captures the user's next message.
FOLLOWUP_TTL = timedelta(hours=24)
MAX_FOLLOWUPS = 1


def translator(messages: Messages, report: Report) -> Translator:
    """Everything about a report is said in the report's language (see `report_language`)."""
    return Translator(messages, report.language if report.language in ("ko", "en") else "ko")


def show_result_choice(t: Translator) -> Choice:
    return Choice(SHOW_RESULT, t("analysis-show-result"))


def acknowledgement(t: Translator, report_id: int, *, delayed: bool, msg_id: str | None = None) -> Reply:
    """The immediate answer to a report: "analysing…" (or "saved, will analyse when the model is
    back"), a "show result" button, and `meta[analysis_report_id]` for channels that wait."""
    text = t("analysis-delayed") if delayed else t(msg_id or "analysis-working")
    return Reply(text, (show_result_choice(t),), free_text=True, meta={META_REPORT: report_id})


def acknowledge(turn: Turn, report: Report, queue: AnalysisQueue, *, msg_id: str | None = None) -> None:
    """Answer a just-saved (or just-reopened) report and queue it once the turn has committed."""
    t = translator(turn.messages, report)
    turn.reply(acknowledgement(t, report.id, delayed=queue.delayed, msg_id=msg_id))

    async def submit() -> None:
        queue.submit(report.id)

    turn.after_commit.append(submit)


# -- rendering ----------------------------------------------------------------------------------


def followup_topic(report: Report) -> str | None:
    """The one thing to ask about, or None (no analysis, nothing missing, or already asked)."""
    if report.status != "done" or report.followups >= MAX_FOLLOWUPS or not report.analysis:
        return None
    missing = set(report.analysis.get("missing") or ())
    return next((topic for topic in FOLLOWUP_TOPICS if topic in missing), None)


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def analysis_text(t: Translator, analysis: Mapping[str, Any]) -> str:
    """The analysis as one message: title, A/B/C, purpose and intensity, summary, next step."""
    lines = [
        t("analysis-title", category=t(f"category-{analysis.get('category', 'other')}")),
        "",
        t("analysis-antecedent", text=_text(analysis.get("antecedent"))),
        t("analysis-behavior", text=_text(analysis.get("behavior"))),
        t("analysis-consequence", text=_text(analysis.get("consequence"))),
        t("analysis-function", function=t(f"analysis-function-{analysis.get('likely_function', 'unclear')}")),
        t("analysis-intensity", level=int(analysis.get("intensity") or 0)),
        "",
        t("analysis-summary"),
        *(t("analysis-summary-line", line=_text(line)) for line in analysis.get("summary") or ()),
        "",
        t("analysis-next-step", text=_text(analysis.get("next_step"))),
    ]
    if analysis.get("safety_flag"):
        lines += ["", t("analysis-safety")]
    return "\n".join(lines)


def result_replies(messages: Messages, report: Report, *, ask: bool = True) -> list[Reply]:
    """A finished report as the user reads it: the analysis (or the apology), then, when `ask` and
    the analysis lacks something, the follow-up question with a skip button."""
    t = translator(messages, report)
    meta = {META_RESULT: report.id}
    if report.status != "done" or not report.analysis:
        return [Reply(t("analysis-failed"), meta=meta)]
    replies = [Reply(analysis_text(t, report.analysis), meta=meta)]
    topic = followup_topic(report) if ask else None
    if topic is not None:
        skip = Choice(SKIP_FOLLOWUP, t("analysis-followup-skip"))
        replies.append(
            Reply(t(f"analysis-followup-{topic}"), (skip,), free_text=True, meta={META_RESULT: report.id})
        )
    return replies


# -- the follow-up question ---------------------------------------------------------------------


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


async def handle_followup(turn: Turn) -> None:
    """The user's answer to the follow-up question: append it to the report and analyse again."""
    from dogcoach.handlers import report as report_flow

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


async def reprompt_followup(turn: Turn) -> None:
    """Asked again after an interruption such as /help."""
    report_id = turn.state.data.get("report_id")
    report = await turn.session.get_report(int(report_id)) if report_id is not None else None
    if report is None or followup_topic(report) is None:
        turn.state = ConversationState()
        return
    replies = result_replies(turn.messages, report)
    turn.replies.extend(replies[1:])


# -- showing results ----------------------------------------------------------------------------


def _turn_started_report(turn: Turn) -> bool:
    return any(META_REPORT in reply.meta for reply in turn.replies)


def _kept_replies(turn: Turn, kept: list[Report]) -> list[Reply]:
    """Replies for results claimed in this turn; the newest one with a question may ask it."""
    asking = None
    if can_ask(turn.state) and not _turn_started_report(turn):
        asking = next((r for r in reversed(kept) if followup_topic(r) is not None), None)
    replies: list[Reply] = []
    for report in kept:
        replies += result_replies(turn.messages, report, ask=report is asking)
    if asking is not None:
        turn.state = followup_state(asking)
    return replies


async def deliver_kept(turn: Turn) -> None:
    """Engine hook, after the turn's own flow: put every result the channel could not deliver
    before this turn's replies, and mark them delivered in the same transaction."""
    kept = await turn.session.claim_undelivered(turn.user.id)
    if kept:
        turn.replies[:0] = _kept_replies(turn, kept)


async def show_results(turn: Turn) -> None:
    """`report:result`: results not yet seen, else "still working", else the latest result again."""
    kept = await turn.session.claim_undelivered(turn.user.id)
    if kept:
        turn.replies.extend(_kept_replies(turn, kept))
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
    from dogcoach.handlers import history

    choice = turn.incoming.choice or ""
    interrupted = turn.state.flow not in (None, FLOW)
    if choice == SHOW_RESULT:
        await show_results(turn)
    elif choice == SKIP_FOLLOWUP:
        if turn.state.flow == FLOW:
            turn.state = ConversationState()
        turn.say("analysis-followup-skipped")
        return
    elif choice.startswith(HISTORY_PAGE) and choice.removeprefix(HISTORY_PAGE).isdigit():
        await history.show(turn, int(choice.removeprefix(HISTORY_PAGE)))
    else:
        turn.say("stale-button")
        return
    if interrupted:
        turn.resume_flow()
