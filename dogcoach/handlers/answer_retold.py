"""An answer retold with its new value, the question named ("change the name to Daisy Mae", "이름
보리 말고 보라로 바꿔주세요", "이름을 보라로 바꿔줘", "이름 보리 아니고 보라예요"; acceptance trial, issue 11:
the name question asked again, the value given lost): the value is the answer, read by that
question's own reader as if typed there, stored, and the review card shown again (at the review
or after the survey), or the survey asked on where it stopped.

An edit command reads its value here; without an edit verb only a wrong value marked ("보리
아니고", "not Bori") makes the message a change (`FieldValueReader`)."""

from __future__ import annotations

import dataclasses
import re

from dogcoach.domain.survey import BY_KEY
from dogcoach.handlers import onboarding
from dogcoach.handlers.onboarding import late_choices
from dogcoach.handlers.onboarding.late_facts import retold_value, sex_completed
from dogcoach.handlers.turn import Turn
from dogcoach.services.understanding import Kind, Understanding, Value
from dogcoach.services.understanding.child_meant_dog import CHILD_MEANT_DOG, NO_CHILD
from dogcoach.services.understanding.classify import EDITED_AT_LIST, TAKEN_BACK
from dogcoach.services.understanding.field_value import FieldValue
from dogcoach.services.understanding.retold_fact import RETOLD
from dogcoach.services.understanding.taken_back import TAKEN_BACK as OPTION_TAKEN_BACK
from dogcoach.services.understanding.taken_back import said_last

# An English possessive after a dog's name ("Mochi's", "Mochi’s", "Boris'").
POSSESSIVE = r"(?:['’]s\b|['’])?"

# What a message with a question's name and a wrong value marked may have been read as besides.
_MARKED_KINDS = frozenset({Kind.ANSWER, Kind.NOISE})


def told(turn: Turn, u: Understanding) -> FieldValue | None:
    """The question and new value the message gives, or None (no value, or another kind)."""
    if u.kind is Kind.COMMAND and (u.command != "edit" or not u.argument):
        return None
    if u.kind is not Kind.COMMAND and u.kind not in _MARKED_KINDS:
        return None
    if u.kind is Kind.COMMAND and u.reason == CHILD_MEANT_DOG:
        # "애기는 두부 말한거에요" after "애기 있어요" (owner trial 34, batch 355): no child after all
        return FieldValue(u.argument, turn.t(BY_KEY[u.argument].option_msg(NO_CHILD)), "", True)
    if u.kind is Kind.COMMAND and u.reason == EDITED_AT_LIST and isinstance(u.answer, Value):
        # "나이 틀렸어요 3살이에요" at the list of answers to edit (held-out 9: the age asked again,
        # the 3 years lost): the value the understanding read beside the answer's name
        return FieldValue(u.argument, str(u.answer.value), "", True)
    if u.kind is Kind.COMMAND and u.reason == OPTION_TAKEN_BACK:
        # "아 잠깐 크기 중형이었나 아니에요 소형 맞아요" at the origin (owner trial 34, batch 353: a
        # question for the model): the option said after the first was taken back
        last = said_last(turn.services.understander, turn.text)
        return FieldValue(u.argument, last, "", True) if last else None
    # the dog named is found by the edit, the rest read here; its possessive goes with it ("change
    # Mochi's name to Momo", owner trial 17: asked again)
    text = re.sub(re.escape(u.dog) + POSSESSIVE, " ", turn.text, count=1) if u.dog else turn.text
    if u.kind is Kind.COMMAND:
        # "the breed should be aussie not border collie", "봄이 이름 바꾸고 싶어요 보미로" (owner
        # trial 20: renamed "싶어요 보미"): the value anywhere in the sentence, the edit's words
        # around it wherever they stand
        retold = turn.services.understander.fact_retold(text)
        if retold is not None and retold.key == u.argument:
            return retold
        if u.reason == RETOLD:
            return None
    if u.kind is Kind.COMMAND and u.argument == "name":
        new = turn.services.understander.name_corrected(turn.text)
        if new:  # "아 이름 잘못썼어요 쪼꼬에요" (owner trial 13: no dog called "쪼꼬에요"): the name
            return FieldValue("name", new, "", True)
    found = turn.services.understander.field_values.read(text)
    if found is None:
        return None
    if u.kind is Kind.COMMAND:
        return found if found.key == u.argument else None
    return found if found.old else None


async def handle(turn: Turn, u: Understanding) -> bool:
    """The answer changed to the value told; False, nothing done, when the message tells none."""
    if u.kind is Kind.COMMAND and u.reason == TAKEN_BACK:
        # "산책 말고 분리불안이요" right after the concerns (stop 46): those concerns changed
        return await late_choices.concerns_taken_back(turn, u.unpicks, u.picks)
    found = told(turn, u)
    if found is None:
        return False
    if u.kind is not Kind.COMMAND and await onboarding.dog_in_progress(turn) is None:
        return False  # no dog yet: nothing to change
    value = await retold_value(turn, found) if u.reason == RETOLD else found.value
    if u.reason == RETOLD and found.key == "sex":
        value = await sex_completed(turn, value)  # "i said female by mistake hes male": neutered kept
    dog = "" if found.key == "name" and u.dog and found.value in u.dog else u.dog  # not "쪼꼬에요"
    turn.understanding = dataclasses.replace(
        u, kind=Kind.COMMAND, command="edit", argument=found.key, dog=dog
    )
    await onboarding.edit_command(turn, value=value)
    return True
