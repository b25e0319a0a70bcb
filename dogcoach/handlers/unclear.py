"""Something told as having happened that names no behaviour the rules know ("산책하다가 오토바이
소리에 놀래서 주저앉았어요", "she went under the bed and wouldn't come out for an hour"): it may be a
report worded past the vocabularies, or not one at all. It is neither lost as noise nor sent to
the model unasked: the owner is told what was not understood and offered one button that
analyses it as a report (the text kept until then). Held-out batch 3: 2 of 15 reports were lost
as "not sure what you mean" before this."""

from __future__ import annotations

from dogcoach.domain.types import Choice
from dogcoach.handlers import report
from dogcoach.handlers.turn import Turn

PREFIX = "unclear:"
ANALYSE = f"{PREFIX}analyse"
HELD = "unclear_text"  # the message the button analyses, kept in the conversation state


def offer(turn: Turn) -> None:
    """Say what was not understood, keep the message and offer to analyse it as a report."""
    keep(turn)
    turn.say("unclear-event", choices=(button(turn),))


def keep(turn: Turn) -> None:
    """Keep the message for the button."""
    turn.state.data[HELD] = turn.text


def button(turn: Turn) -> Choice:
    """The button that analyses the kept message."""
    return turn.choice(ANALYSE, "unclear-analyse")


async def handle_choice(turn: Turn) -> None:
    """The button: the kept message saved and analysed as a report of the dog it names (else the
    active dog); the stale-button line when nothing is kept (tapped twice, or after an erase)."""
    held = turn.state.data.pop(HELD, None)
    if not isinstance(held, str) or not held.strip():
        turn.say("stale-button")
        return
    await report.save(turn, held, tip=False)
