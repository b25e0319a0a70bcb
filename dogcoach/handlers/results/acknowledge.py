"""The immediate answer to a report: "analysing…" (or "saved, analysed once the model is back"),
and the report queued for the analysis once the turn has committed."""

from __future__ import annotations

from dogcoach.domain.types import META_REPORT, Reply
from dogcoach.handlers.results.render import show_result_choice, translator
from dogcoach.handlers.turn import AnalysisQueue, Turn
from dogcoach.services.i18n import Translator
from dogcoach.services.store import Report


def acknowledgement(t: Translator, report_id: int, *, delayed: bool, msg_id: str | None = None) -> Reply:
    """The "analysing…" reply (or `analysis-delayed` when `delayed`), a "show result" button, and
    `META_REPORT` in its meta for channels that wait for the result."""
    text = t("analysis-delayed") if delayed else t(msg_id or "analysis-working")
    return Reply(text, (show_result_choice(t),), free_text=True, meta={META_REPORT: report_id})


def acknowledge(turn: Turn, report: Report, queue: AnalysisQueue, *, msg_id: str | None = None) -> None:
    """Answer a just-saved (or just-reopened) report and queue it once the turn has committed."""
    t = translator(turn.messages, report)
    turn.reply(acknowledgement(t, report.id, delayed=queue.delayed, msg_id=msg_id))

    async def submit() -> None:
        queue.submit(report.id)

    turn.after_commit.append(submit)
