"""Interruptions: a command used in the middle of a flow and then returned from.

`/language` or `/delete` asked during the survey keep the survey's state aside and restore it
afterwards, so the user lands back on the same question. Asked with no flow open, they keep aside
what an idle state holds (answers told before the survey, an offer made, a result's question
waiting; stop 59 trial: "언어" in the terminal dropped four answers the bot had said were noted).
"""

from __future__ import annotations

from typing import Any

from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState


def suspend(turn: Turn, flow: str, step: str) -> None:
    previous = turn.state
    saved: dict[str, Any] | None = None
    if previous.flow is not None and previous.flow != flow:
        saved = {"flow": previous.flow, "step": previous.step, "data": previous.data}
    elif previous.flow == flow:
        saved = previous.data.get("resume")
    elif previous.data:  # idle, with what idle keeps (answers told ahead of the survey, offers)
        saved = {"flow": None, "step": None, "data": previous.data}
    turn.state = ConversationState(flow, step, {"resume": saved} if saved else {})


def restore(turn: Turn) -> bool:
    """Back to the interrupted flow, if there was one, or to the idle state's data kept aside. True
    when a flow was restored (its question is to be asked again)."""
    saved = turn.state.data.get("resume")
    if not saved:
        turn.state = ConversationState()
        return False
    turn.state = ConversationState(saved["flow"], saved["step"], dict(saved["data"]))
    return saved["flow"] is not None
