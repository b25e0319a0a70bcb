"""An answer given as another dog's at a further dog's survey ("same as Biscuit", "보리랑
같아요", "위랑 똑같아요"; owner trial 21: re-asked, the owner typing every household answer again):
that dog's stored answer copied, with its range and "don't know", and said in one line."""

from __future__ import annotations

from dogcoach.domain.survey import Question
from dogcoach.handlers.card import APPROXIMATE_KEY, UNKNOWN_KEY, format_stored
from dogcoach.handlers.onboarding import storing
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog


async def answered_as_other_dog(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The open question answered with another of the owner's dogs' answer (`SameAsReader`):
    stored as that dog's (a range stays a range, a "don't know" one), the survey goes on. False,
    nothing done, at the name, before this dog exists, or when no other dog has that answer or
    the message is no copy."""
    if q.key == "name" or dog is None:
        return False
    others = [d for d in await turn.session.list_dogs(turn.user.id) if d.id != dog.id and q.key in d.answers]
    if not others:
        return False
    at = turn.services.understander.same_as.other_dog(turn.text, [d.name or "" for d in others])
    if at is None:
        return False
    other = others[at]
    ranges = other.answers.get(APPROXIMATE_KEY) or {}
    low_high = ranges.get(q.key) if isinstance(ranges, dict) else None
    approximate = (float(low_high[0]), float(low_high[1])) if isinstance(low_high, list) else None
    unknown = q.key in (other.answers.get(UNKNOWN_KEY) or [])
    turn.say("survey-same-as", name=other.name or "", value=format_stored(turn, other, q))
    await storing._store(turn, q, dog, other.answers[q.key], approximate=approximate, unknown=unknown)
    return True
