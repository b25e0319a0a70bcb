"""An earlier answer in words corrected at a later question, its value anywhere in the sentence
("hold on, the breed should be aussie not border collie" at the household, "actually the name is
wrong too - it's Rufus Jr" at the concerns, "아 맞다 몽실이 수컷이에요 제가 잘못썼네"; owner trial 20:
the open question asked again, the correction lost): read last, once no reader of an earlier or
later answer placed the message (`Understander.fact_retold`).
"""

from __future__ import annotations

from dogcoach.handlers.onboarding import entry
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
