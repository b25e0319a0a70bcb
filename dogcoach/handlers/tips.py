"""/tips on, /tips off: a user chooses whether broadcasts (tips and announcements) reach them."""

from __future__ import annotations

from dogcoach.domain.types import Reply
from dogcoach.handlers.turn import Turn

PREFIX = "tips:"
ON = "tips:on"
OFF = "tips:off"


async def command(turn: Turn) -> None:
    """`/tips off`, `/tips on` (words in either language), or `/tips` to see and switch."""
    args = turn.understanding.argument if turn.understanding is not None else ""
    if args == "off" or (args and turn.messages.matches(args, "tips-off-button")):
        await _set(turn, opt_out=True)
    elif args == "on" or (args and turn.messages.matches(args, "tips-on-button")):
        await _set(turn, opt_out=False)
    else:
        await show(turn)
        return
    turn.resume_flow()


async def show(turn: Turn) -> None:
    off = await turn.session.tips_opt_out(turn.user.id)
    choice = turn.choice(ON, "tips-on-button") if off else turn.choice(OFF, "tips-off-button")
    turn.reply(Reply(turn.t("tips-status-off" if off else "tips-status-on"), (choice,)))


async def handle_choice(turn: Turn) -> None:
    """A tapped `tips:on` / `tips:off` button; it works whatever flow the user is in."""
    if turn.incoming.choice == ON:
        await _set(turn, opt_out=False)
    elif turn.incoming.choice == OFF:
        await _set(turn, opt_out=True)
    else:
        turn.say("stale-button")
        return
    turn.resume_flow()


async def _set(turn: Turn, *, opt_out: bool) -> None:
    await turn.session.set_tips_opt_out(turn.user.id, opt_out)
    turn.say("tips-off-done" if opt_out else "tips-on-done")
