"""Changes in the dog's life told during the survey (stop 45 owner trial): a baby on the way
beside "no" at the children question, someone away beside "just me" at the household, "it got
worse after we moved" at any question. None is any question's answer, yet each bears on the
advice (a baby, a move and a changed household are what the AVSAB and the AKC prepare a dog for),
so the owner's words are kept beside the profile (`card.LIFE_KEY`: a line of the profile card,
and of the profile line the analysis is given) and said in a line; the survey goes on, or asks its question again.
"""

from __future__ import annotations

from dogcoach.domain.survey import Question
from dogcoach.handlers.card import LIFE_KEY
from dogcoach.handlers.onboarding.constants import EARLY_KEY
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog

# The owner's words kept, the newest last; older ones fall off.
MAX_LIFE_NOTES = 5


def keep(turn: Turn, dog: Dog | None, event: str) -> None:
    """The turn's words kept among `dog`'s life events (saved with the dog's next save: the
    answer stored after this, or `keep_saved`); with no dog yet (the name question), kept for its
    row (`EARLY_KEY`). Said in one line (`survey-life-<event>`)."""
    text = turn.text.strip()
    answers = turn.state.data.setdefault(EARLY_KEY, {}) if dog is None else dog.answers
    notes = [str(n) for n in answers.get(LIFE_KEY) or []]
    if text and text not in notes:
        notes = [*notes, text][-MAX_LIFE_NOTES:]
    answers[LIFE_KEY] = notes
    turn.say(f"survey-life-{event}")


async def keep_saved(turn: Turn, dog: Dog | None, event: str) -> None:
    """`keep`, the dog saved now (no answer is stored after it: the question is asked again)."""
    keep(turn, dog, event)
    if dog is not None:
        await turn.session.save_dog(dog)


def told_with_answer(turn: Turn, q: Question, dog: Dog | None) -> None:
    """A change named beside the answer to `q` ("no kids yet but baby coming in march"): kept."""
    event = turn.services.understander.life_event(turn.text, q.key)
    if event is not None:
        keep(turn, dog, event)
