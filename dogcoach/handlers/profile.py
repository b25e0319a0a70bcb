"""/profile and /newdog: show the active dog, edit it, switch between dogs, add one."""

from __future__ import annotations

from dogcoach.domain.ids import number_after
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import onboarding
from dogcoach.handlers.card import profile_card
from dogcoach.handlers.turn import Turn

PREFIX = "profile:"
SWITCH = "profile:switch"
NEW_DOG = "profile:newdog"
PICK = "profile:dog:"


async def show(turn: Turn) -> None:
    dog = await turn.active_dog()
    if dog is None:
        turn.say("profile-none")
        return
    dogs = await turn.session.list_dogs(turn.user.id)
    choices: list[Choice] = []
    if dog.completed_at is None:
        choices.append(turn.choice(onboarding.CONTINUE, "profile-continue"))
    choices.append(turn.choice(onboarding.EDIT, "survey-edit"))
    if len(dogs) > 1:
        choices.append(turn.choice(SWITCH, "profile-switch"))
    choices.append(turn.choice(NEW_DOG, "profile-newdog"))
    turn.reply(Reply(profile_card(turn, dog), tuple(choices)))


async def new_dog(turn: Turn) -> None:
    turn.say("newdog-intro")
    await onboarding.start_new_dog(turn)


async def handle_idle_choice(turn: Turn) -> bool:
    choice = turn.incoming.choice or ""
    if choice == NEW_DOG:
        await new_dog(turn)
    elif choice == SWITCH:
        dogs = await turn.session.list_dogs(turn.user.id)
        options = tuple(
            Choice(f"{PICK}{d.id}", d.name or turn.t("value-none"), d.id == turn.user.active_dog_id)
            for d in dogs
        )
        turn.reply(Reply(turn.t("profile-pick-dog"), options))
    elif choice.startswith(PICK):
        dog_id = number_after(choice, PICK)
        dog = await turn.session.get_dog(dog_id) if dog_id is not None else None
        if dog is None or dog.user_id != turn.user.id:
            return False
        await turn.session.set_active_dog(turn.user.id, dog.id)
        turn.user.active_dog_id = dog.id
        turn.say("profile-switched", name=dog.name)
        await show(turn)
    else:
        return await onboarding.handle_idle_choice(turn)
    return True
