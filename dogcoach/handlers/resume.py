"""Interruptions: a command used in the middle of a flow and then returned from.

`/language` or `/delete` asked during the survey keep the survey's state aside and restore it
afterwards, so the user lands back on the same question.
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
    turn.state = ConversationState(flow, step, {"resume": saved} if saved else {})


def restore(turn: Turn) -> bool:
    """Back to the interrupted flow, if there was one. True when a flow was restored."""
    saved = turn.state.data.get("resume")
    if not saved:
        turn.state = ConversationState()
        return False
    turn.state = ConversationState(saved["flow"], saved["step"], dict(saved["data"]))
    return True
