"""Starting the survey over ("처음부터 다시", "start over", "리셋", "reset"): asked first.

The words used to resume the survey and say it would not start over; an owner who says it after
finishing, or midway, may well want to answer again (new-owner trial). So they ask whether to
start that dog's survey again from its first question, with two buttons (a typed yes or no in the
terminal): yes asks the first question again, each answer replaced as it is given again (none
cleared before: a restart stopped midway keeps the profile, `onboarding.start_over`); no goes on with the question
that was open. Anything else drops the question, nothing replaced, and is taken as if it had not
been asked (an answer to the open question answers it). Reports and other dogs are never touched.
"""

from __future__ import annotations

from dogcoach.domain.types import Reply
from dogcoach.handlers import onboarding
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import DECLINE, RESTART, Context, Expect, Kind, Option

FLOW = "restart"
PREFIX = "restart:"
YES = "restart:yes"
NO = "restart:no"
# Start over asked with a button (the survey asked for when it is done, stop 52): asked first, as
# the words are.
ASK = "restart:ask"
DOG_KEY = "dog_id"
OPTIONS = (Option(YES, "restart-yes"), Option(NO, "restart-no", words=(DECLINE,)))


def asked(turn: Turn) -> bool:
    """The start command in the words that ask to answer again from the first question."""
    u = turn.understanding
    return (
        turn.incoming.choice is None
        and u is not None
        and u.kind is Kind.COMMAND
        and u.command == "start"
        and u.argument == RESTART
    )


async def target(turn: Turn) -> Dog | None:
    """The dog whose answers a restart replaces: the open survey's own dog (None before its name
    is given: nothing to replace, the survey is at its first question already), else the dog the
    owner is talking about."""
    if turn.state.flow == onboarding.FLOW:
        return await onboarding.survey_dog(turn)
    return await onboarding.dog_in_progress(turn)


def context(turn: Turn) -> Context:
    """ "Start over?": its two buttons, typed ("네", "yes", "아니요", "keep going", "1", "2")."""
    return Context(Expect.CHOICE, OPTIONS)


async def ask(turn: Turn, dog: Dog) -> None:
    """The question, opened as a flow: whatever was open is set aside, and back after "no"."""
    suspend(turn, FLOW, "confirm")
    turn.state.data[DOG_KEY] = dog.id
    _show(turn, dog)


def _show(turn: Turn, dog: Dog) -> None:
    choices = (turn.choice(YES, "restart-yes"), turn.choice(NO, "restart-no"))
    turn.reply(Reply(turn.t("restart-ask", name=dog.name or turn.t("value-none")), choices))


async def _dog(turn: Turn) -> Dog | None:
    dog_id = turn.state.data.get(DOG_KEY)
    dog = await turn.session.get_dog(int(dog_id)) if dog_id is not None else None
    return dog if dog is not None and dog.user_id == turn.user.id else None


async def reprompt(turn: Turn) -> None:
    """The question again (after help or a question asked there); its dog gone meanwhile, what it
    set aside comes back instead."""
    dog = await _dog(turn)
    if dog is not None:
        _show(turn, dog)
    elif restore(turn):
        turn.resume_flow()


async def answer(turn: Turn) -> bool:
    """Yes or no, tapped or typed: done, True. Anything else: False, the question dropped
    (nothing replaced) and what it set aside back, for the router to take the message as usual."""
    dog = await _dog(turn)
    if dog is not None and turn.picked(YES, "restart-yes"):
        saved = turn.state.data.get("resume") or {}
        data = saved.get("data") or {}
        another = (
            saved.get("flow") == onboarding.FLOW
            and data.get("dog_id") == dog.id
            and bool(data.get("another"))
        )
        turn.say("restart-done")
        await onboarding.start_over(turn, dog, another=another)
        return True
    if turn.picked(NO, "restart-no") or (dog is None and turn.incoming.choice == YES):
        turn.say("restart-kept")
        await _keep_going(turn, dog)
        return True
    set_aside(turn)
    return False


async def _keep_going(turn: Turn, dog: Dog | None) -> None:
    """The question that was open, again; with none open, an unfinished survey where it stopped
    (the restart words resumed it before they asked)."""
    if restore(turn):
        turn.resume_flow()
    elif dog is not None and dog.completed_at is None:
        await onboarding.continue_dog(turn, dog)


def set_aside(turn: Turn) -> None:
    """The question dropped, unanswered: what it set aside is open again."""
    if turn.state.flow == FLOW:
        restore(turn)


async def tap(turn: Turn) -> None:
    """A tap on either button: answered while the question is open, a stale button after; the
    button that asks (`ASK`): the question, for the dog talked about."""
    if turn.incoming.choice == ASK and turn.state.flow in (None, onboarding.FLOW):
        dog = await target(turn)
        if dog is not None:
            await ask(turn, dog)
            return
    if turn.state.flow != FLOW or not await answer(turn):
        turn.refuse("stale-button")
