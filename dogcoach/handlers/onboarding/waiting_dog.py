"""Facts told about the dog waiting to be added while this dog's survey is still open.

Adding another dog mid-survey is put off until the survey is done (`NEWDOG_AFTER`: its name, or
True when none was told). Owner trial 25: what the owner then told about that dog was taken as a
correction of this one — "her name is luna" renamed Biscuit to Luna, "여자애 중성화 안함" turned 콩이
from a neutered male into an intact female. A name told with no dog named is the waiting dog's
when it has none yet; a sex that contradicts this dog's (the other sex, not a completion) is the
waiting dog's when it answers nothing the open question asks: neither is stored on this dog, the
owner is told, and the question asked again.

Stop 48 (owner trial 33): another dog's age told at a question ("bramble is only 5 months btw",
"두부는 한살이에요" at the household: lost; "actually bramble is 2 not 1" after Bramble was
announced: stored as this dog's age). The owner's other dog with a profile has its age corrected;
else the dog named waits to be added, its age kept with it (`NEWDOG_AFTER_FACTS`), carried to the
offer, and stored with its name when its survey starts, never asked there.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Question
from dogcoach.handlers.card import format_answer, format_stored
from dogcoach.handlers.onboarding import storing
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import (
    NEWDOG_AFTER,
    NEWDOG_AFTER_FACTS,
    QUANTITY_KINDS,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import _check_number, _number
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Folded, Value
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
    if not answers_q and isinstance(waiting, str) and await _kept_by_pronoun(turn, q, dog, waiting):
        return True  # "0 shes never alone" with Lulu waiting, Tank a male (owner trial 33)
    if q.key != "sex" and not answers_q and _other_sex(turn, dog):
        turn.say(
            "newdog-after-survey-fact",
            name=waiting if isinstance(waiting, str) else turn.t("newdog-after-survey-other"),
        )
        await ask(turn, q, dog)
        return True
    return False


async def _kept_by_pronoun(turn: Turn, q: Question, dog: Dog, waiting: str) -> bool:
    """A message the open question cannot place that calls its dog by the pronoun of the other sex
    than this dog's (`understanding-pronoun-male` / `-female`: "0 shes never alone" at the exercise,
    Tank a male, Lulu waiting; owner trial 33: Tank's alone hours changed to 0) is about the dog
    waiting: a number it names one question of (`names_answer`) kept for that dog, else said to be
    that dog's; nothing stored on this dog, `q` asked again. False, nothing done, otherwise."""
    stored = dog.answers.get("sex")
    said = turn.services.understander.pronoun_sex(turn.text)
    if not isinstance(stored, str) or not said or said == stored.split("_")[0]:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    named = [
        other
        for other in QUESTIONS
        if other.kind in QUANTITY_KINDS and understander.names_answer(message, other.key, pronoun=False)
    ]
    answer = understander.value_within(turn.text, named[0].key) if len(named) == 1 else None
    if (
        answer is None
        or not isinstance(answer, Value | Approximate)
        or not keep_for_waiting(turn, waiting, named[0], answer)
    ):
        turn.say("newdog-after-survey-fact", name=waiting)
    await ask(turn, q, dog)
    return True


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


# Where an unknown name with an age is no dog of the owner's to wait: the age question (this dog's
# two ages are read there, `quantities._two_ages`) and the children (a child called by a nickname).
_UNKNOWN_NAME_NOT_KEPT = frozenset({"age_months", "children"})


async def other_dog_age_told(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """Another dog's age told at question `q` of `dog`'s survey (see the module): that dog's age
    corrected when it has a profile, else kept for the dog waiting to be added (the one named, or
    a dog newly named when none waits by a name); said in a line, `q` asked again. False, nothing
    done, for anything else (a third dog named while another waits, an age out of range)."""
    if dog is None or not dog.name or q.key == "name" or turn.incoming.choice is not None:
        return False
    understander = turn.services.understander
    told = understander.other_dog_age(turn.text, dog.name)
    if told is None:
        return False
    name, answer = told
    age = BY_KEY["age_months"]
    others = [d for d in await turn.session.list_dogs(turn.user.id) if d.id != dog.id and d.name]
    found = understander.names.named(name, [d.name or "" for d in others])
    if len(found) == 1:  # "두부 나이 1살로 해주세요" with 두부 profiled: 두부's age
        other = others[found[0]]
        had = age.key in other.answers
        if not await storing.correct(turn, other, age, answer):
            return False
        said = "correction-done" if had else "correction-added"
        field = turn.t(f"survey-field-{age.key}")
        turn.say(said, name=other.name or name, field=field, value=format_stored(turn, other, age))
        await ask(turn, q, dog)
        return True
    waiting = turn.state.data.get(NEWDOG_AFTER)
    if isinstance(waiting, str):
        if not understander.names.named(name, [waiting]):
            return False  # a third dog: not guessed
        name = waiting
    elif q.key in _UNKNOWN_NAME_NOT_KEPT:
        return False
    if not keep_for_waiting(turn, name, age, answer):
        return False
    await ask(turn, q, dog)
    return True


def keep_for_waiting(
    turn: Turn, name: str, q: Question, answer: Value[Any] | Approximate, *, beside: str = ""
) -> bool:
    """`answer` to `q` (a number question) kept for the dog `name` waiting to be added after this
    survey (`NEWDOG_AFTER`, `NEWDOG_AFTER_FACTS`), said in a line (`beside`: the surveyed dog's
    name, its own answer told in the same message and stored: no "nothing changed"). False,
    nothing kept, when it does not fit `q`."""
    try:
        value = _number(q, float(answer.value))
        _check_number(q, value, None)
    except (Invalid, TypeError, ValueError):
        return False
    facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
    if not isinstance(facts, dict) or facts.get("name") != name:
        facts = {"name": name, "answers": {}, "approximate": {}}
    facts["answers"][q.key] = value
    if isinstance(answer, Approximate):
        facts["approximate"][q.key] = [answer.low, answer.high]
    else:
        facts["approximate"].pop(q.key, None)
    turn.state.data[NEWDOG_AFTER_FACTS] = facts
    turn.state.data[NEWDOG_AFTER] = name
    field = turn.t(f"survey-field-{q.key}")
    shown = format_answer(turn, q, value)
    if beside:
        turn.say("newdog-after-survey-kept-beside", name=name, field=field, value=shown, dog=beside)
    else:
        turn.say("newdog-after-survey-kept", name=name, field=field, value=shown)
    return True


def kept_beside(turn: Turn, q: Question, dog: Dog | None) -> str | None:
    """The waiting dog's fact told beside this dog's answer in one message ("망고는 5살 키위는
    1살이요", "Mango is 5 and Kiwi is 1" at 망고's age, 키위 told at the first contact; owner trial
    34: 키위's age lost, or "Mango is" stored as the name): the waiting dog's words read as an
    answer to `q` when it asks a number, else as its age (`Understander.other_dog_age`), kept for
    it (`keep_for_waiting`, said in a line); what the message says of this dog is returned, for
    the caller to read as the answer typed alone. None, nothing kept, for anything else (no dog
    waits by a name, one of the two not named, nothing read in the waiting dog's words)."""
    waiting = turn.state.data.get(NEWDOG_AFTER)
    if (
        not isinstance(waiting, str)
        or dog is None
        or not dog.name
        or q.key == "name"
        or turn.incoming.choice is not None
    ):
        return None
    understander = turn.services.understander
    parts = understander.names.apart(turn.text, dog.name, waiting)
    if parts is None:
        return None
    own, other = parts
    if not own or not other:
        return None
    if q.kind in QUANTITY_KINDS:  # "망고는 2시간 키위는 5시간" at the alone hours: the same question's
        said = understander.understand(understander.names.without(other, [waiting]), survey_context(q))
        answer = said.answer if said.kind is Said.ANSWER else None
        if isinstance(answer, Value | Approximate) and keep_for_waiting(
            turn, waiting, q, answer, beside=dog.name
        ):
            return own
    told = understander.other_dog_age(other, dog.name)
    if told is not None and keep_for_waiting(turn, waiting, BY_KEY["age_months"], told[1], beside=dog.name):
        return own
    return None
