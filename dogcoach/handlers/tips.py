"""/tips on, /tips off: a user chooses whether broadcasts (tips and announcements) reach them.
"알림 꺼줘", "turn off notifications", "stop the reminders": every message the bot sends by
itself, tips and check-ins alike (`notifications`)."""

from __future__ import annotations

from dogcoach.domain.types import Reply
from dogcoach.handlers.coaching import checkins
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


async def notifications(turn: Turn) -> None:
    """ "알림 꺼줘", "turn off notifications", "stop the reminders": the owner names no one kind of
    message, so every one the bot sends by itself (tips and announcements, check-ins) is switched,
    and the reply says which and how to switch each back (fresh owner trial: "알림 꺼줘" turned off
    tips only, "stop the reminders" check-ins only). Switched at once rather than asked which: the
    owner said what they want (fewer messages), and a question would be one more message. With no
    on/off, both statuses, each with its button."""
    args = turn.understanding.argument if turn.understanding is not None else ""
    if args in ("on", "off"):
        opt_out = args == "off"
        await turn.session.set_tips_opt_out(turn.user.id, opt_out)
        await checkins.switch(turn, opt_out=opt_out)
        turn.say("notifications-off-done" if opt_out else "notifications-on-done")
        turn.resume_flow()
        return
    await show(turn)
    text, choice = await checkins.status(turn)
    turn.reply(Reply(text, (choice,)))


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
