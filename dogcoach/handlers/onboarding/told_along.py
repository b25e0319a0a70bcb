"""Later answers read along with the open question's own ("3살이고 남자애에요", "5살 된 말티즈예요", "3 people, no
kids"): the parts of a later one-choice answer, children told beside a count, the breed beside the
age or a "don't know", and the next question's answer in the same message, each kept as told ahead.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.handlers.card import format_answer
from dogcoach.handlers.onboarding import storing, told_ahead
from dogcoach.handlers.onboarding.constants import (
    AHEAD_KEY,
    OTHER_DOG,
    OTHER_PETS,
    PARTS_KEY,
    QUANTITY_KINDS,
    YES,
)
from dogcoach.handlers.onboarding.quantities import _check_likely, _check_number, _number
from dogcoach.handlers.parsing import OPTION_CONCEPTS, OPTION_KG, needs_met, survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Expect, Folded, Unclear, Value
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.answers import OTHER_ANSWER_CONCEPTS
from dogcoach.services.understanding.quantity import WEIGHT_UNITS
from dogcoach.services.understanding.vocabulary import blanked

# A one-choice answer telling later answers too ("female spayed, a beagle, about 10kg") has this
# many words at least; "여아 중성화" alone tells only its own.
LATER_FACTS_MIN_WORDS = 3


# The option that adds nobody to a count said with it ("3 people, no kids"): `_with_next_answer`.
NO_ONE = "no"


def _part_concepts(q: Question) -> frozenset[str] | None:
    """The concepts `q`'s options are made of, for a one-choice question whose options are made
    of concepts that may come with another answer (the sex: "3살이고 남자애에요"); None for others."""
    concepts = frozenset(c for v in q.options for c in OPTION_CONCEPTS.get((q.key, v), ()))
    fits = q.kind is Kind.CHOICE and concepts and concepts <= set(OTHER_ANSWER_CONCEPTS)
    return concepts if fits else None


# Worked out once: every number answered looks at each later question.
_PART_CONCEPTS = {q.key: c for q in QUESTIONS if (c := _part_concepts(q)) is not None}


def _keep_later_parts(turn: Turn, q: Question, dog: Dog | None) -> None:
    """Two answers in one message ("3살이고 남자애에요" at the age): the number answered `q`; the
    concepts it names of a later one-choice question not answered yet (the sex) are kept as that
    question's earlier part (`_with_earlier_part`), so "중성화했어요" there completes them, and it
    is asked in its turn. Concepts that name one of its options whole ("3 years, spayed female",
    "3살 중성화한 여아에요") answer it: stored, said in a line and not asked (owner trial: the sex
    question came anyway). Positions ("3") and exact picks are no part."""
    if turn.state.data.get("mode") == "edit":
        return
    understander = turn.services.understander
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        concepts = _PART_CONCEPTS.get(later.key)
        if concepts is None or (dog is not None and later.key in dog.answers):
            continue
        if not understander.may_pick(turn.text, survey_context(later)):
            continue  # names none of its options nor their concepts (a third of the reading's cost)
        u = understander.understand(turn.text, survey_context(later))
        if u.kind is Said.CHOICE and u.reason == "option-in-sentence" and len(u.picks) == 1:
            named = list(OPTION_CONCEPTS.get((later.key, u.picks[0]), ()))
        elif (
            u.kind is Said.ANSWER and isinstance(u.answer, Unclear) and isinstance(u.answer.understood, tuple)
        ):
            named = [c for c in u.answer.understood if isinstance(c, str) and c in concepts]
        else:
            continue
        whole = [
            v
            for v in later.options
            if (need := OPTION_CONCEPTS.get((later.key, v))) and needs_met(need, named)
        ]
        if len(whole) == 1 and dog is not None:
            storing._qualify(dog, later, approximate=None, unknown=False)
            dog.answers[later.key] = whole[0]  # saved with the open question's answer (`_store`)
            turn.state.data.get(PARTS_KEY, {}).pop(later.key, None)
            turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
            field = turn.t(f"survey-field-{later.key}")
            turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, whole[0]))
        elif named:
            turn.state.data.setdefault(PARTS_KEY, {})[later.key] = sorted(named)


def _keep_children_told(turn: Turn, q: Question, dog: Dog | None) -> None:
    """Two answers in one message at a count ("3명이요 애기 하나 있어요", "3 of us and a baby"):
    a young child named beside the count answers the next question, children under 12 at home,
    yes: stored ahead, said in a line and not asked (Korean trial: the children question came
    anyway). Only a word for a child surely that young (`understanding-young-child`): "2 kids",
    "애 둘" may be older, so asked ("3명 있어요" names no child at all)."""
    if dog is None or q.kind is not Kind.COUNT or turn.state.data.get("mode") == "edit":
        return
    keep_children_beside(turn, q, dog)


def keep_children_beside(turn: Turn, count: Question, dog: Dog) -> None:
    """A young child named beside the household `count` (told at its question, or ahead of it:
    "2 adults 1 baby" at the age, owner trial 32): the children question's yes, stored ahead
    with the count (saved with it by the caller), said in a line and not asked."""
    position = index_of(count.key) + 1
    if position >= len(QUESTIONS):
        return
    later = QUESTIONS[position]
    if later.kind is not Kind.CHOICE or YES not in later.options or later.key in dog.answers:
        return
    understander = turn.services.understander
    said = Folded(turn.text)
    coming = understander.vocabulary["understanding-baby-coming"]
    if coming.contains(said):
        # "2명이요 곧 아기 태어나요", "2, baby due next month" (stop 63: the children's yes stored
        # and the question skipped): a baby on the way lives there not yet, no child under 12
        # yet; its words set aside, the children question is asked (the news kept by `life`)
        said = Folded(blanked(said, coming, latin_only=False))
    if not understander.vocabulary["understanding-young-child"].contains(said):
        return
    read = understander.understand(said.text, survey_context(later))
    if read.kind is not Said.CHOICE or tuple(read.picks) != (YES,):
        return
    storing._qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = YES  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, YES))


def _number_with_words_left(turn: Turn, q: Question, answer: Unclear[Any]) -> float | None:
    """A quantity question's number read with words left over, outside the edit list: where a
    later question's answer may be what was left (the breed, the origin, the children). None
    otherwise."""
    understood = answer.understood
    if (
        q.kind not in QUANTITY_KINDS
        or not isinstance(understood, int | float)
        or isinstance(understood, bool)
        or not answer.rest
        or turn.state.data.get("mode") == "edit"
    ):
        return None
    return float(understood)


def _with_breed_told(turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]) -> float | None:
    """A number with the breed beside it ("5살 된 말티즈예요" at the age; the age was asked again,
    the breed lost): when the words left over are one known breed and nothing else, the number is
    this question's answer and the breed is stored ahead, said in a line and not asked. None,
    nothing done, otherwise."""
    understood = _number_with_words_left(turn, q, answer)
    if dog is None or understood is None:
        return None
    later = next(
        (x for x in QUESTIONS[index_of(q.key) + 1 :] if x.kind is Kind.TEXT and x.free_option),
        None,
    )
    if later is None or later.key in dog.answers:
        return None
    understander = turn.services.understander
    rest = Folded(" ".join(answer.rest))
    named = understander.answers.breeds_named(rest)
    if len(named) != 1 or Folded(named[0]).compact != rest.compact:
        return None  # anything besides the breed ("5 maltese", a sentence): asked again
    if not later.minimum <= len(named[0]) <= later.maximum:
        return None
    number = _number(q, float(understood))
    _check_number(q, number, dog)
    _check_likely(turn, q, number)
    storing._qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = named[0]  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, named[0]))
    return number


def _dont_know_with_breed(turn: Turn, q: Question, dog: Dog | None) -> None:
    """The breed said beside a "don't know" at a number question ("dunno mutt" at the age; owner
    trial 13: the mix lost): stored ahead with a line, the don't-know kept for `q`."""
    if dog is None or q.kind not in QUANTITY_KINDS or turn.state.data.get("mode") == "edit":
        return
    later = next(
        (x for x in QUESTIONS[index_of(q.key) + 1 :] if x.kind is Kind.TEXT and x.free_option),
        None,
    )
    if later is None or later.key in dog.answers:
        return
    value = told_ahead._breed_told(turn, Folded(turn.text), later, as_typed=False)
    if value is None or not later.minimum <= len(value) <= later.maximum:
        return
    storing._qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = value  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, value))


# The sex's concepts a sentence may complete the stored answer with ("아 중성화 작년에 했어요"); a
# sex word alone ("아들이 8살이에요": a son) is no correction of the dog's.
NEUTER_CONCEPTS = frozenset({"neutered", "intact"})
SEX_CONCEPTS = frozenset({"male", "female"})


def sex_in_sentence(turn: Turn, dog: Dog | None, text: str, *, idle: bool = False) -> str | None:
    """The sex option a sentence tells whole ("oh and he's a boy, neutered"), or its neuter part
    completing the answer stored ("아 중성화 작년에 했어요" for a girl not spayed: spayed; stop 34:
    small talk after the survey, re-asked at the origin); None when it tells none or several.
    `idle` (nothing open, the profile told): the sex alone completes the stored neuter part too
    ("sorry he's actually a girl", "아 보리 여아예요" for a neutered male: a spayed female; owner
    trial 16: not understood), never in a sentence about someone else ("아들이 8살이에요")."""
    sex = BY_KEY["sex"]
    # no numbers shown for it: "three" at the breed is no third option (the sex not asked now)
    read = turn.services.understander.understand(text, survey_context(sex, numbered=False))
    picks = [p for p in read.picks if p in sex.options] if read.kind is Said.CHOICE else []
    if read.kind is Said.CHOICE:
        return picks[0] if len(picks) == 1 and not read.safety else None
    answer = read.answer
    if read.kind is not Said.ANSWER or not isinstance(answer, Unclear) or answer.rest:
        return None
    named = (
        {c for c in answer.understood or () if isinstance(c, str)}
        if isinstance(answer.understood, tuple)
        else set()
    )
    stored = dog.answers.get(sex.key) if dog is not None else None
    had = set(OPTION_CONCEPTS.get((sex.key, str(stored)), ()))
    someone = turn.services.understander.vocabulary["understanding-someone-else"]
    sex_alone = idle and named <= SEX_CONCEPTS and not someone.contains(Folded(text))
    if not named or not had or not (named <= NEUTER_CONCEPTS or sex_alone):
        return None  # "아들이 8살이에요": a son, no male dog; only the neuter part completes
    fits = [
        v
        for v in sex.options
        if named <= (need := set(OPTION_CONCEPTS.get((sex.key, v), ()))) and need - named <= had
    ]
    return fits[0] if len(fits) == 1 else None


def _weight_size(turn: Turn, message: Folded) -> str | None:
    """The size whose kg range holds a weight said whole in a few words of `message` ("about
    10kg", "10키로 정도"), None when none is."""
    words = message.text.split()
    amounts = turn.services.understander.answers.quantities
    for at, word in enumerate(words):
        if not any(ch.isdigit() for ch in word):
            continue
        for end in (at + 2, at + 1):
            weight = amounts.read(" ".join(words[at:end]).strip(",.!?~"), WEIGHT_UNITS, None)
            if weight.whole and weight.value is not None:
                value = weight.value
                return next(
                    (o for (k, o), band in OPTION_KG.items() if k == "size" and band.holds(value)), None
                )
    return None


def _pets_told_along(
    turn: Turn, later: Question, message: Folded, *, left_over: bool = False
) -> list[str] | None:
    """The other pets told in their own clauses beside the children's answer ("no kids, we have a
    dog", "애는 없고 강아지 있어요"; owner trial 30: the dog lost, asked again), or in the words
    left over from a count (`left_over`: "저랑 남편 둘이고 고양이도 있어요", "me and my wife,
    plus a cat" at the household; stop 47: "I understood 2 people, but not 'cat'"): the pets
    they tick, read as the other pets' question reads them, there never the dog ("3살 강아지예요":
    the dog asked about); None when the message tells of the children alone, of both in one
    clause, or ticks no pet."""
    understander = turn.services.understander
    told = message.text if left_over else understander.told_of_other_subject(message.text, "children")
    if told is None:
        return None
    read = understander.understand(told, survey_context(later, numbered=False))
    picks = [p for p in read.picks if p in later.options] if read.kind is Said.CHOICE else []
    if left_over:
        picks = [p for p in picks if p not in (OTHER_DOG, later.exclusive)]
    if (
        not picks
        or read.safety
        or (later.exclusive in picks and not understander.names_answer(Folded(told), later.key))
    ):
        return None  # "no kids, nope": no "no other pets" unless it names them
    return picks


def _later_fact(
    turn: Turn, later: Question, message: Folded, dog: Dog, *, left_over: bool = False
) -> str | list[str] | None:
    """What `message` tells of `later`, a question after the open one (stop 34): the breed
    named, the size by a weight, where the dog came from in its own words, children surely under
    12 (`understanding-young-child`), the other pets in clauses of their own beside the
    children's answer or left over from a count (`_pets_told_along`); None for anything else."""
    understander = turn.services.understander
    v = understander.vocabulary
    if later.key == OTHER_PETS:
        return _pets_told_along(turn, later, message, left_over=left_over)
    if later.kind is Kind.TEXT and later.free_option and not survey_context(later).verbatim:
        breed = told_ahead._breed_told(turn, message, later)
        return breed if breed is not None and later.minimum <= len(breed) <= later.maximum else None
    if later.key == "size":
        return _weight_size(turn, message)
    if later.key == "origin" and not any(
        v[entry].contains(message)
        for entry in (
            "understanding-origin-told",
            "understanding-profile-origin",
            "understanding-profile-origin-word",
        )
    ):
        return None
    if later.key == "children" and not v["understanding-young-child"].contains(message):
        return None
    if later.key not in ("origin", "children"):
        return None
    read = understander.understand(message.text, survey_context(later, numbered=False))
    picks = [p for p in read.picks if p in later.options] if read.kind is Said.CHOICE else []
    if len(picks) != 1 or read.safety or (later.key == "children" and picks[0] != YES):
        return None
    return picks[0]


def _keep_ahead(turn: Turn, later: Question, dog: Dog, value: str | list[str]) -> None:
    """`value` stored as `later`'s answer told ahead (saved with the open question's), said."""
    storing._qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = value
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if later.key not in ahead:
        ahead.append(later.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{later.key}"),
        value=format_answer(turn, later, value),
    )


def _keep_later_facts(turn: Turn, q: Question, dog: Dog | None) -> None:
    """A one-choice answer or the breed typed with later questions' answers ("female spayed, a
    beagle, about 10kg" at the sex, "비글이고 10키로 정도" at the breed; stop 34: only the first kept): each later one it tells (`_later_fact`) stored
    ahead, said in a line and not asked."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return
    message = Folded(turn.text)
    if message.words < LATER_FACTS_MIN_WORDS:
        return
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        if later.key in dog.answers or later.key in (turn.state.data.get(AHEAD_KEY) or []):
            continue
        value = _later_fact(turn, later, message, dog)
        if value is not None:
            _keep_ahead(turn, later, dog, value)


def keep_later_facts_beside_unknown(turn: Turn, q: Question, dog: Dog | None) -> None:
    """ "Don't know" typed with why, the why a later question's answer ("몰라요 유기견이라", "no
    idea, she's a rescue" at the age; stop 60 trial: the don't-know kept, the shelter dropped):
    each later answer it tells (`_later_fact`: the origin in its own words, the breed, …) stored
    ahead beside the unknown, said in a line and not asked. Any length: the don't-know words
    themselves tell no later answer."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return
    message = Folded(turn.text)
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        if later.key in dog.answers or later.key in (turn.state.data.get(AHEAD_KEY) or []):
            continue
        value = _later_fact(turn, later, message, dog)
        if value is not None:
            _keep_ahead(turn, later, dog, value)


def _child_counted(turn: Turn, answer: Unclear[Any]) -> bool:
    """Each word left over from a count is said of a person it counted ("초등학생 아들", "toddler
    son": the son counted, the word his age); "저랑 남편 초등학생", "our toddler" leave the child
    uncounted (asked again, never one person short)."""
    words = turn.text.split()
    person = turn.services.understander.vocabulary["lex-person"]
    for word in answer.rest:
        at = next((i for i, w in enumerate(words) if w.strip(",.!?~") == word), None)
        if at is None or at + 1 >= len(words) or not person.contains(Folded(words[at + 1])):
            return False
    return True


def _with_later_facts(
    turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]
) -> float | Approximate | None:
    """A number with a later question's answer left over ("about 3 I guess, he was a stray" at
    the age: the origin; "남편이랑 저랑 초등학생 아들" at the household: children under 12; stop 34:
    asked again, both lost): the words left over told whole by one later question, the number is
    this question's answer (approximate as said) and that one stored ahead, said. None otherwise."""
    understood = _number_with_words_left(turn, q, answer)
    if dog is None or understood is None:
        return None
    rest = Folded(" ".join(answer.rest))
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        if later.key in dog.answers or (later.key == "children" and not _child_counted(turn, answer)):
            continue
        value = _later_fact(turn, later, rest, dog, left_over=True)
        if value is None:
            continue
        head = turn.text
        for word in answer.rest:
            head = head.replace(word, " ")
        read = turn.services.understander.answers.quantity(Folded(head), Expect(q.kind.value))
        number = _number(q, float(understood))
        _check_number(q, number, dog)
        _check_likely(turn, q, number)
        _keep_ahead(turn, later, dog, value)
        # a range read with its low end understood ("유기견이라 정확히는 모르는데 7~8살 정도?"; stop
        # 52: stored as exactly 7): the range, about its middle
        if isinstance(read, Approximate) and read.low <= float(understood) <= read.high:
            return read
        return number
    return None


def _with_next_answer(turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]) -> float | None:
    """Two answers in one message ("3 people, no kids", "셋이요 애는 없어요" at the household
    count): the number is this question's answer when the words left over say "no" to the next
    one-choice question by themselves, as the whole message does there (nobody else to count);
    that answer is
    stored ahead, said in a line and not asked (ninth owner trial: "I understood 3 people, but
    not 'no'"). None, nothing done, otherwise."""
    understood = answer.understood
    if (
        dog is None
        or q.kind not in QUANTITY_KINDS
        or not isinstance(understood, int | float)
        or not answer.rest
        or turn.state.data.get("mode") == "edit"
        or index_of(q.key) + 1 >= len(QUESTIONS)
    ):
        return None
    later = QUESTIONS[index_of(q.key) + 1]
    if later.kind is not Kind.CHOICE or later.key in dog.answers:
        return None
    understander = turn.services.understander
    left = " ".join(answer.rest)
    inside = understander.answers.quantity(Folded(left), Expect.COUNT)
    part = (
        inside.value
        if isinstance(inside, Value)
        else inside.understood
        if isinstance(inside, Unclear)
        else None
    )
    among = understander.vocabulary["lex-among"].whole(Folded(left))  # "one of them"
    if among or (
        isinstance(part, int | float) and not isinstance(part, bool) and float(part) < float(understood)
    ):
        # "3 people, one is a baby": the baby counted as one of a group (stop 47), "one" left
        # over is a part of the count; the child is named in the whole message
        left = turn.text
    rest = understander.understand(left, survey_context(later))
    whole = understander.understand(turn.text, survey_context(later))
    # "3 people, one toddler": a young child named in the words left over, the count said in
    # people, is yes to the children question (Korean trial K2)
    young = tuple(rest.picks) == (YES,) and understander.vocabulary["understanding-young-child"].contains(
        Folded(left)
    )
    if (
        rest.kind is not Said.CHOICE
        or len(rest.picks) != 1
        or whole.kind is not Said.CHOICE
        or whole.picks != rest.picks
        or not (rest.picks[0] == NO_ONE or (young and understander.names_answer(Folded(turn.text), q.key)))
    ):
        return None  # "me and the kids": the kids live there too, how many is not said (asked again)
    number = _number(q, float(understood))
    _check_number(q, number, dog)
    storing._qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = rest.picks[0]  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, rest.picks[0]))
    return number
