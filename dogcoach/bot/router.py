"""The one-page index of what the bot understands: commands, flows, their re-prompts, and the
buttons answered in any flow; and the routing of a turn through them: a command first, then a
button, a typed language name, the flow the user is in, else free text as a report.

Flows register here and nowhere else; the engine calls `dispatch` and knows no flow.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from dogcoach.domain.survey import QUESTIONS
from dogcoach.handlers import (
    admin,
    history,
    language,
    onboarding,
    privacy,
    profile,
    report,
    start,
    tips,
)
from dogcoach.handlers.results import followup, undelivered
from dogcoach.handlers.results.render import PREFIX as REPORT_PREFIX
from dogcoach.handlers.turn import Turn

Handler = Callable[[Turn], Awaitable[None]]

COMMANDS: dict[str, Handler] = {
    "start": start.start,
    "help": start.help_,
    "profile": profile.show,
    "newdog": profile.new_dog,
    "language": language.start,
    "cancel": start.cancel,
    "export": privacy.export,
    "delete": privacy.ask_delete,
    "broadcast": admin.start,
    "tips": tips.command,
    "history": history.history,
    "week": history.week,
}

FLOWS: dict[str, Handler] = {
    onboarding.FLOW: onboarding.handle,
    language.FLOW: language.handle,
    privacy.FLOW: privacy.handle,
    admin.FLOW: admin.handle,
    followup.FLOW: followup.handle,
}

REPROMPTS: dict[str, Handler] = {
    onboarding.FLOW: onboarding.reprompt,
    language.FLOW: language.start,
    privacy.FLOW: privacy.ask_delete,
    admin.FLOW: admin.reprompt,
    followup.FLOW: followup.reprompt,
}


async def _profile_choice(turn: Turn) -> None:
    if not await profile.handle_idle_choice(turn):
        turn.say("stale-button")


# Buttons answered whatever flow the user is in. Language, tips and analysis buttons (show result,
# skip the follow-up, history pages) leave the flow to resume; profile-card buttons start
# something new (survey answers are already on the dog, so leaving a question loses nothing).
GLOBAL_CHOICES: dict[str, Handler] = {
    language.PREFIX: language.handle,
    tips.PREFIX: tips.handle_choice,
    REPORT_PREFIX: undelivered.handle_choice,
    profile.PREFIX: _profile_choice,
}


async def dispatch(turn: Turn) -> None:
    """The turn's handler, then the interrupted flow's question again if the handler asked for it
    (`Turn.resume_flow`), then the results the user's channel could not push."""
    await _route(turn)
    while turn.resuming:  # a re-prompt may itself leave a flow and resume the one before it
        turn.resuming = False
        again = REPROMPTS.get(turn.state.flow or "")
        if again is not None:
            await again(turn)
    if not turn.erased:
        # Analysis results the user's channel could not push come first, whatever was said.
        await undelivered.show_undelivered(turn)


async def _route(turn: Turn) -> None:
    inc = turn.incoming
    if inc.choice is None and not turn.text:
        turn.say("unsupported-input")
        return
    command = turn.command
    if command is not None:
        handler = COMMANDS.get(command[0], start.unknown)
        await handler(turn)
        return
    if inc.choice is not None:
        for prefix, handler in GLOBAL_CHOICES.items():
            if inc.choice.startswith(prefix):
                await handler(turn)
                return
    typed_locale = language.typed_language(turn)
    if typed_locale is not None and (turn.state.flow in (None, language.FLOW) or _at_welcome(turn)):
        await language.switch(turn, typed_locale)
        return
    flow = FLOWS.get(turn.state.flow or "")
    if flow is not None:
        await flow(turn)
        return
    if inc.choice is not None:
        await _profile_choice(turn)
        return
    await report.handle(turn)


def _at_welcome(turn: Turn) -> bool:
    """On the survey's first question, right under the welcome that says "English? Type English."

    A language name typed there is that switch, not the dog's name.
    """
    state = turn.state
    return (
        state.flow == onboarding.FLOW and state.step == QUESTIONS[0].key and state.data.get("mode") == "new"
    )
