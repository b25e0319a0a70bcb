"""Facts told about the dog waiting to be added while this dog's survey is still open.

Adding another dog mid-survey is put off until the survey is done (`NEWDOG_AFTER`: its name, or
True when none was told). Owner trial 25: what the owner then told about that dog was taken as a
correction of this one — "her name is luna" renamed Biscuit to Luna, "여자애 중성화 안함" turned 콩이
from a neutered male into an intact female. A name told with no dog named is the waiting dog's
when it has none yet; a sex that contradicts this dog's (the other sex, not a completion) is the
waiting dog's when it answers nothing the open question asks: neither is stored on this dog, the
owner is told, and the question asked again.
"""

from __future__ import annotations

from dogcoach.domain.survey import BY_KEY, Question
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import NEWDOG_AFTER
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Value
from dogcoach.services.understanding import Kind as Said


async def told_of_waiting_dog(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """True when the message was about the dog waiting to be added (see the module), answered and
    the question `q` asked again; False, nothing done, otherwise."""
    waiting = turn.state.data.get(NEWDOG_AFTER)
    u = turn.understanding
    if not waiting or dog is None or u is None or q.key == "name":
        return False
    names = turn.services.understander.names
    if names.named(turn.text, [dog.name or ""]):
        return False  # "콩이는 여아예요": this dog, named
    if u.rename and isinstance(u.answer, Value):
        if isinstance(waiting, str):
            return False  # a name told already: another name is this dog's, renamed as before
        name = str(u.answer.value)
        turn.state.data[NEWDOG_AFTER] = name
        turn.say("newdog-after-survey-named", name=name)
        await ask(turn, q, dog)
        return True
    answers_q = u.kind is Said.CHOICE or (u.kind is Said.ANSWER and isinstance(u.answer, Value | Approximate))
    if q.key != "sex" and not answers_q and _other_sex(turn, dog):
        turn.say(
            "newdog-after-survey-fact",
            name=waiting if isinstance(waiting, str) else turn.t("newdog-after-survey-other"),
        )
        await ask(turn, q, dog)
        return True
    return False


def _other_sex(turn: Turn, dog: Dog) -> bool:
    """The message reads as the sex question's answer whole, in words, and it is the other sex than
    this dog's stored one ("여자애 중성화 안함" for a neutered male)."""
    stored = dog.answers.get("sex")
    if not isinstance(stored, str):
        return False
    # no numbers: "2" at the household is no second option of the sex (stop 41's CI)
    read = turn.services.understander.understand(turn.text, survey_context(BY_KEY["sex"], numbered=False))
    if read.kind is not Said.CHOICE or len(read.picks) != 1:
        return False
    return read.picks[0].split("_")[0] != stored.split("_")[0]
