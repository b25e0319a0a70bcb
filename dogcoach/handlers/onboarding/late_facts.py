"""An earlier answer in words corrected at a later question, its value anywhere in the sentence
("hold on, the breed should be aussie not border collie" at the household, "actually the name is
wrong too - it's Rufus Jr" at the concerns, "아 맞다 몽실이 수컷이에요 제가 잘못썼네"; owner trial 20:
the open question asked again, the correction lost): read last, once no reader of an earlier or
later answer placed the message (`Understander.fact_retold`).
"""

from __future__ import annotations

from dogcoach.domain.survey import BY_KEY
from dogcoach.handlers.onboarding import entry, told_along
from dogcoach.handlers.turn import Turn
from dogcoach.services.understanding import Kind, Understanding
from dogcoach.services.understanding.field_value import FieldValue
from dogcoach.services.understanding.retold_fact import RETOLD


async def fact_retold(turn: Turn, open_key: str | None) -> bool:
    """That answer changed as the survey's edit does (its question's reader reads the value; a
    partial one, "수컷", asks the rest), and the survey back at `open_key`; False, nothing done,
    when the message corrects no answer but the open one."""
    understander = turn.services.understander
    found = understander.fact_retold(turn.text)
    if found is None or found.key == open_key:
        return False
    value = await retold_value(turn, found)
    if found.key == "sex":
        value = await sex_completed(turn, value)
    turn.understanding = Understanding(
        Kind.COMMAND, turn.text, command="edit", argument=found.key, reason=RETOLD
    )
    await entry.edit_command(turn, value=value)
    return True


async def retold_value(turn: Turn, found: FieldValue) -> str:
    """The value `fact_retold` read, without the owner's dogs' names beside it ("몽실이
    수컷이에요": 수컷이에요); a new name is the value whole."""
    if found.key == "name":
        return found.value
    names = [d.name or "" for d in await turn.session.list_dogs(turn.user.id)]
    return turn.services.understander.names.without(found.value, names) or found.value


async def sex_completed(turn: Turn, value: str) -> str:
    """The sex retold by one half ("수컷이요 잘못 말한거에요", "he's male, I said female by
    mistake" for a spayed female; stop 45: the sex asked again, "tell me the rest"), the other half
    as stored: the whole option's words (a neutered male), read by the sex question as typed
    there. The value as it was when it is whole already or nothing stored completes it."""
    dog = await entry.survey_dog(turn) or await turn.active_dog()
    whole = told_along.sex_in_sentence(turn, dog, value, idle=True) if dog is not None else None
    if whole is None:
        return value
    return turn.t(BY_KEY["sex"].option_msg(whole))
