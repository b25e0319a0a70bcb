"""The owner saying a child word of an earlier answer meant the dog ("애기는 두부 말한거에요", "by
baby i meant the dog"; owner trial 34, batch 355: after "애기 있어요" stored the children yes, this
went nowhere): the children answer corrected to no.

A child word (`understanding-young-child`, `understanding-field-children`) and words saying what
it meant (`understanding-child-meant`), no number, no question and no behaviour; after the children question
(a later survey question, or none open): the edit of the children with its "no".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dogcoach.domain.survey import BY_KEY, index_of
from dogcoach.services.understanding.model import SURVEY, Context, Expect, Kind, Understanding
from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.classify import Understander

CHILD_MEANT_DOG = "child-meant-dog"
CHILDREN = "children"
NO_CHILD = "no"  # the children question's option the edit stores

# The most words such a message has ("oh sorry by baby i meant our dog rex").
MEANT_MAX_WORDS = 10


def child_meant_dog(reader: Understander, text: str | None, context: Context) -> Understanding | None:
    """The edit of the children (module doc); None for any other message."""
    if not text or any(ch.isdigit() for ch in text):
        return None
    if context.expect in SURVEY:
        if context.question not in BY_KEY or index_of(context.question) <= index_of(CHILDREN):
            return None
    elif context.expect not in (Expect.NOTHING, Expect.PENDING):
        return None
    message = Folded(text)
    if message.words > MEANT_MAX_WORDS or message.text.rstrip().endswith(("?", "？")):
        return None
    v = reader.vocabulary
    if not v["understanding-child-meant"].contains(message):
        return None
    if not (
        v["understanding-young-child"].contains(message)
        or v["understanding-field-children"].contains(message)
    ):
        return None
    if reader.signals.read(message).behaviour:
        return None  # "애기가 짖는다고 말한거에요": what the dog does, told
    return Understanding(Kind.COMMAND, text, command="edit", argument=CHILDREN, reason=CHILD_MEANT_DOG)
