"""Why an answer does not fit: the re-ask that says what was understood and what was not (an option
that is none, another question's topic, a name that is no name or too long) for a message the
reading could not place.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import MONTHS_KINDS, QUESTIONS, Kind, Question
from dogcoach.handlers.card import format_answer
from dogcoach.handlers.onboarding.constants import QUANTITY_KINDS, UNKNOWN, Invalid
from dogcoach.handlers.onboarding.quantities import _number
from dogcoach.handlers.parsing import OPTION_CONCEPTS, concepts_named
from dogcoach.handlers.turn import Turn
from dogcoach.services.understanding import Folded, Unclear

# A name too long is said so only when it could be one (a few words); a longer text is a sentence.
NAME_MAX_WORDS_LONG = 3


def _unclear(turn: Turn, q: Question, answer: Unclear[Any]) -> Invalid:
    """The re-ask for an answer understood in part: what was understood, and what was not."""
    understood = answer.understood
    rest = turn.services.understander.answers.typed_words(turn.text, answer.rest)  # words as typed
    if understood == () and q.kind is Kind.CHOICE:  # "done", "next": words that name no option
        return _not_an_option(turn, q, typed=rest or turn.text)  # "not growling, just barking": Y
    if isinstance(understood, int | float) and not isinstance(understood, bool):
        someone = turn.services.understander.vocabulary["understanding-someone-else"]
        if q.kind in MONTHS_KINDS and someone.contains(Folded(turn.text)):
            # "my sons 8" at how long she was had (owner trial 9: "I understood 8 years"): the
            # number is someone else's, not this answer
            return Invalid(
                "survey-unclear-someone-else", typed=turn.text, asked=turn.t(f"survey-field-{q.key}")
            )
        value = format_answer(turn, q, _number(q, float(understood)))
        if rest:  # a count of people has no unit to send (stop 61: "the number and its unit")
            unclear = "survey-unclear-count" if q.kind is Kind.COUNT else "survey-unclear-number"
            return Invalid(unclear, value=value, rest=rest)
        named = (
            turn.services.understander.answers.people_named(Folded(turn.text))
            if q.kind is Kind.COUNT
            else None
        )
        if named is not None:  # "엄마 아빠 나 동생 셋이요": 3 said, 4 named (owner trial 16)
            return Invalid(
                "survey-unclear-household-named",
                value=value,
                understood=format_answer(turn, q, _number(q, named)),
            )
        if q.kind is Kind.COUNT:  # people named, the owner not among them ("남편이랑 애 둘")
            return Invalid("survey-unclear-household-owner", value=value)
        return Invalid("survey-unclear-number-only", value=value)
    if isinstance(understood, tuple) and understood:
        # Concepts before option ids: the worst reaction's concept "bite" is also an option's id.
        needs = {c for v in q.options for c in concepts_named(OPTION_CONCEPTS.get((q.key, v), ()))}
        if all(isinstance(c, str) and c in needs for c in understood):
            concepts = [turn.t(f"understanding-concept-{c}") for c in understood]
            return Invalid("survey-unclear-concepts", understood=", ".join(concepts))
        options = [v for v in understood if v in q.options]
        if options and (len(options) == len(understood) or len(options) > 1):
            # "pet shop or a breeder, not sure": which of the two (acceptance trial: the raw
            # message ids of the concepts were shown)
            labels = " / ".join(turn.t(q.option_msg(v)) for v in options)
            return Invalid("survey-unclear-options", options=labels)
        concepts = [_understood_label(turn, q, c) for c in understood if isinstance(c, str)]
        if any(concepts):
            return Invalid("survey-unclear-concepts", understood=", ".join(c for c in concepts if c))
    if q.key == "name":
        return _name_reask(turn, q)
    if (
        understood is None
        and q.kind in (Kind.HOURS, Kind.MINUTES)
        and turn.services.understander.vocabulary["lex-varies"].contains(Folded(turn.text))
    ):  # "depends", "그때그때 달라요" (owner trial 17: the plain number re-ask, no word on it)
        return Invalid(f"survey-unclear-varies-{q.kind.value}")
    other = (
        _other_topic(turn, q)
        if (q.kind in QUANTITY_KINDS or q.key == "breed") and understood is None
        else None
    )
    if other is not None:  # "산책은 거의 못해요ㅠ" at the hours alone: about walks, said so
        return Invalid(
            "survey-unclear-other-topic",
            typed=turn.text,
            asked=turn.t(f"survey-field-{q.key}"),
            field=turn.t(f"survey-field-{other.key}"),
        )
    if (
        q.kind in QUANTITY_KINDS
        and understood is None
        and (answers_none(turn) or (q.kind in RANGED and not _number_told(turn)))
    ):
        # "완료", "done" at the hours alone (owner trial 12: "from 0 to 24", as for a number out
        # of range): no number in it, said so; so is a sentence with no number at all where the
        # plain re-ask gives the range ("지금은괜찮아요밥도먹고" at the hours alone; stop 64 owner
        # trial, Kakao: "0시간에서 24시간 사이로")
        return Invalid("survey-unclear-no-number", typed=turn.text, asked=turn.t(f"survey-field-{q.key}"))
    if q.key == "breed":  # a sentence with no breed in it: said so, never stored as the breed
        return Invalid("survey-unclear-breed", typed=turn.text)
    if q.key == "health":  # "done", "끝": nothing about health in it (never stored as the note)
        return Invalid("survey-unclear-health", typed=turn.text)
    return Invalid(f"survey-err-{q.key}")


# The questions whose plain re-ask (`survey-err-*`) gives the range of a number, right for one out
# of range and wrong for a sentence with none (stop 64 owner trial).
# The household's ("1에서 20 사이 숫자로 알려 주세요. 예: 3") asks for a number plainly enough.
RANGED = frozenset({Kind.HOURS, Kind.MINUTES})


def _number_told(turn: Turn) -> bool:
    """Whether the message holds a number at all, digits or words ("한 이년쯤?" does: a number of
    another unit, told the range)."""
    return turn.services.understander.answers.quantities.number_told(turn.text)


def answers_none(turn: Turn) -> bool:
    """Only words that move the survey on or pick no option ("완료", "done", "next")."""
    return turn.services.understander.answers.not_an_option(Folded(turn.text))


def _understood_label(turn: Turn, q: Question, understood: str) -> str:
    """What a reader understood, in the owner's words: an option's label, "don't know", or a
    concept's name; "" for what has none (never a message id shown)."""
    if understood in q.options:
        return turn.t(q.option_msg(understood))
    if understood == UNKNOWN:
        return turn.t("value-unknown")
    msg_id = f"understanding-concept-{understood}"
    return turn.t(msg_id) if turn.messages.has(msg_id, turn.locale) else ""


def _not_an_option(
    turn: Turn, q: Question, *, msg_id: str = "survey-unclear-not-an-option", typed: str = ""
) -> Invalid:
    """The re-ask of a one-choice question after words that pick none of its options ("done",
    "next", "ok"): what was typed (or `typed`, the part read), and the options by name."""
    labels = " / ".join(turn.t(q.option_msg(v)) for v in q.options)
    return Invalid(msg_id, typed=typed or turn.text, options=labels)


def _other_topic(turn: Turn, q: Question) -> Question | None:
    """The one other number question a message names, not `q` ("산책은 거의 못해요" at the hours
    alone names the exercise; owner trial 8: stored as 0 hours alone); None otherwise."""
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key):
        return None
    named = [
        o
        for o in QUESTIONS
        if o.key != q.key
        and (o.kind in QUANTITY_KINDS or q.key == "breed")  # "no other pets" at the breed (trial 9)
        and understander.names_answer(message, o.key, pronoun=False)  # "nah hes healthy": no age
    ]
    return named[0] if len(named) == 1 else None


def _name_reask(turn: Turn, q: Question) -> Invalid:
    """The name question's re-ask saying what was wrong (trial 2): no letter at all ("?"), too
    long, or words that are not a name ("잘 모르겠어요"); never "1~30자" to an answer of 6."""
    if not any(ch.isalpha() for ch in turn.text):
        return Invalid("survey-err-name-letters")
    if len(turn.text) > q.maximum and len(turn.text.split()) <= NAME_MAX_WORDS_LONG:
        return Invalid("survey-err-name")
    # a sentence ("Hello. I would like some help with my dog."): no name in it, whatever its
    # length (ninth owner trial: "That's longer than 30 characters")
    return Invalid("survey-err-name-unknown")
