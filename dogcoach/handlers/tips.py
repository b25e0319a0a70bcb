"""/tips on, /tips off: a user chooses whether broadcasts (tips and announcements) reach them.
"알림 꺼줘", "turn off notifications", "stop the reminders": every message the bot sends by
itself, tips and check-ins alike (`notifications`). A tip asked for now ("give me a tip", "팁 좀
알려주세요", "오늘의 팁"): one tip of the catalogue, in the owner's language (`give`)."""

from __future__ import annotations

from datetime import datetime

from dogcoach.domain.types import Reply
from dogcoach.handlers.coaching import checkins
from dogcoach.handlers.turn import Turn
from dogcoach.services.broadcast.tips import tip_keys, tip_text, tip_title
from dogcoach.services.understanding import TIP_NOW

PREFIX = "tips:"
ON = "tips:on"
OFF = "tips:off"
# How many tips the owner asked for today, in the conversation state: the next ask is the next tip.
GIVEN_KEY = "tips_given"


async def command(turn: Turn) -> None:
    """`/tips off`, `/tips on` (words in either language), or `/tips` to see and switch."""
    args = turn.understanding.argument if turn.understanding is not None else ""
    if args == TIP_NOW:
        give(turn)
    elif args == "off" or (args and turn.messages.matches(args, "tips-off-button")):
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


async def when(turn: Turn) -> None:
    """ "알림은 언제 보내요?", "when do you send messages?", "팁은 언제 와요?" (owner trial 30: the
    check-in time alone, nothing of the daily tip): both kinds of message the bot sends by itself,
    as set for this owner. Tips: off; or not sent first on this channel (asked for in words
    instead); or every day at the daily tip's time; or now and then, when an admin sends one.
    Check-ins: their status and time (or that they are asked at the owner's next message), with
    the buttons that switch them and change the time."""
    off = await turn.session.tips_opt_out(turn.user.id)
    at = turn.services.daily_tip
    if off:
        line = turn.t("tips-when-off")
    elif not checkins.pushed(turn):
        line = turn.t("tips-when-no-push")
    elif at is not None:
        line = turn.t("tips-when-daily", time=checkins.clock_text(turn.t, at))
    else:
        line = turn.t("tips-when-sometimes")
    switch = turn.choice(ON, "tips-on-button") if off else turn.choice(OFF, "tips-off-button")
    turn.reply(Reply(line, (switch,)))
    if not checkins.pushed(turn):
        turn.say("coaching-checkin-time-no-push")
    else:
        text, choice = await checkins.status(turn)
        turn.reply(Reply(text, (choice, turn.choice(checkins.TIME_ASK, "coaching-checkin-time-button"))))
    turn.resume_flow()


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


def give(turn: Turn) -> None:
    """One tip now, asked for in words (owner trial: "give me a tip" got the on/off status or the
    noise hint). The first of the day is the daily tip, each further ask the next of the catalogue,
    so "another tip" is another one. The catalogue has no behaviours per tip, so it does not follow
    the dog's concerns; no model call. The count lives in the conversation state: a flow that
    ends may reset it, and the owner then gets the day's tip again, never nothing."""
    today = datetime.now(turn.services.timezone).date()
    given = turn.state.data.get(GIVEN_KEY)
    count = given[1] if isinstance(given, list) and len(given) == 2 and given[0] == today.isoformat() else 0
    keys = tip_keys(turn.messages)
    key = keys[(today.toordinal() + int(count)) % len(keys)]
    turn.state.data[GIVEN_KEY] = [today.isoformat(), int(count) + 1]
    field = tip_title(turn.messages, turn.locale, key)
    turn.say("tips-now", field=field, value=tip_text(turn.messages, turn.locale, key))
