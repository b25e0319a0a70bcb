"""A behaviour the owner asks to add to the concerns after answering them ("으르렁거리는거
추가하고싶어요", "can i add growling too"; owner trial 34, batch 355: a report or a question for
the model, or stored as the worst reaction): the edit of the concerns, never a report.

An add word (`understanding-concern-add`) and a behaviour, no incident told, at a survey
question after the concerns or with none open: the concerns it names added (`picks`, the flow
ticks them beside those stored), or, naming none of them as typed ("growling": toward people
or other dogs?), the concerns question opened to pick from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dogcoach.domain.survey import BY_KEY, QUESTIONS, index_of
from dogcoach.services.understanding.model import SURVEY, Context, Expect, Kind, Understanding
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import blanked

if TYPE_CHECKING:
    from dogcoach.services.understanding.classify import Understander

CONCERN_ADDED = "concern-added"
CONCERNS = "concerns"
_AFTER = frozenset(q.key for q in QUESTIONS[index_of(CONCERNS) + 1 :])


def concern_added(
    reader: Understander, text: str | None, context: Context, taken_back: str
) -> Understanding | None:
    """The edit of the concerns (module doc), with `taken_back` the reason the flow adds `picks`
    by; None for any other message."""
    if not text:
        return None
    if context.expect in SURVEY:
        if context.question not in _AFTER:
            return None
    elif context.expect not in (Expect.NOTHING, Expect.PENDING):
        return None
    message = Folded(text)
    add = reader.vocabulary["understanding-concern-add"]
    if not add.contains(message):
        return None
    signals = reader.signals.read(message)
    if not signals.behaviour or signals.anchored:
        return None  # "can i add something", "어제 으르렁거린거 추가할게요": an incident
    rest = blanked(message, add, latin_only=False)
    options = Context(
        Expect.MULTI, reader._options(CONCERNS), exclusive=BY_KEY[CONCERNS].exclusive, question=CONCERNS
    )
    named = reader.concerns_in(rest, options) if rest else ()
    if named and context.expect in SURVEY:
        return Understanding(
            Kind.COMMAND, text, command="edit", argument=CONCERNS, picks=named, reason=taken_back
        )
    return Understanding(Kind.COMMAND, text, command="edit", argument=CONCERNS, reason=CONCERN_ADDED)
