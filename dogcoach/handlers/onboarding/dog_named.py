"""Another of the owner's dogs named in an answer at a choice question ("콩떡이랑 싸우는거요",
"fighting with Biscuit" at the concerns; owner trial 21: the name read as people, nothing
ticked): the name read as the words "my other dog" (`survey-other-dog-words`), so the option about
other dogs is ticked as it is for those words."""

from __future__ import annotations

from dogcoach.domain.survey import Kind, Question
from dogcoach.handlers.onboarding.asking import context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Kind as Said


async def read_other_dog_as_words(turn: Turn, q: Question, dog: Dog | None) -> None:
    """The turn's understanding replaced by the reading of its text with the other dog's name
    as "my other dog", when that reading ticks options and the first did not. Nothing changes
    at other questions, with no other dog named, or when the words tick nothing either."""
    u = turn.understanding
    if q.kind not in (Kind.CHOICE, Kind.MULTI) or u is None or u.kind is Said.CHOICE:
        return
    others = [
        d.name
        for d in await turn.session.list_dogs(turn.user.id)
        if d.name and (dog is None or d.id != dog.id)
    ]
    finder = turn.services.understander.names
    if not others or not finder.named(turn.text, others):
        return
    text = finder.replaced(turn.text, others, turn.t("survey-other-dog-words"))
    reread = turn.services.understander.understand(text, context(turn))
    if reread.kind is Said.CHOICE:
        turn.understanding = reread


async def other_dog_in(turn: Turn, dog: Dog | None, text: str) -> bool:
    """`text` names another of the owner's dogs ("콩이요", "Rex,": what is left of "콩이요 위에
    말한 애", "Rex, the one i told you about"): at a further dog's other pets, a dog."""
    others = [
        d.name
        for d in await turn.session.list_dogs(turn.user.id)
        if d.name and (dog is None or d.id != dog.id)
    ]
    if not others or not text:
        return False
    understander = turn.services.understander
    bare = text.strip(" ,.!?~")
    return bool(understander.names.named(bare, others)) or understander.name_alone(bare, others) is not None
