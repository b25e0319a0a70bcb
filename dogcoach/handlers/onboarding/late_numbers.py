"""Numbers told at the wrong question: a number that is, whole, an earlier or another number
question's answer, a number right after "don't know", a bare length or span with its unit, people
counted or named, and how long the dog has been owned told as when it came.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, MONTHS_KINDS, QUESTIONS, Kind, Question, index_of
from dogcoach.handlers.card import UNKNOWN_KEY, format_answer, format_stored
from dogcoach.handlers.onboarding import reading, storing, told_ahead, told_along
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import AHEAD_KEY, QUANTITY_KINDS, UNKNOWN, Invalid
from dogcoach.handlers.onboarding.quantities import _check_number, _number, _since_start, age_from
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import (
    Approximate,
    DontKnow,
    Expect,
    Folded,
    Since,
    SincePuppy,
    Unclear,
    Value,
    amount,
)
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.survey import DONT_KNOW_OTHER, DONT_KNOW_WHY

# A birth year told late at another question is this short at most ("oh and she was born in 2019").
BIRTH_YEAR_MAX_WORDS = 7


# The number answers a later choice question may take as told late: not a count of people ("2명이요"
# at the children question counts the children, not the household).
_QUANTITY_KINDS = frozenset({Kind.AGE, Kind.DURATION, Kind.HOURS, Kind.MINUTES})


def _unplaced_answer(turn: Turn) -> bool:
    """The turn was read as a plain answer that the open question could not place (no value, no
    "don't know"), or as a bare number with a unit it has no use for, with no safety concern and
    no incident in it: what may answer another question."""
    u = turn.understanding
    # a bare number with its unit ("1y", "8h" at the sex) reads as noise there: no label, a digit
    # (a number alone, "2", may be an option's position: it stays the question's own re-ask)
    bare = (
        u is not None
        and u.kind is Said.NOISE
        and not u.label
        and any(ch.isdigit() for ch in u.text)
        and any(ch.isalpha() for ch in u.text)
    )
    return (
        u is not None
        and (u.kind is Said.ANSWER or bare)
        and not isinstance(u.answer, Value | DontKnow)
        and not u.safety
        and not u.incident
    )


# A late number this short ("1살", "2 years", "1 year old") replaces no stored answer unasked:
# `_answers_earlier_quantity`. "1 year old" is as bare as "1살" (CI of stop 31: it replaced the age).
LATE_BARE_WORDS = 3


def _same_stored(dog: Dog, key: str, answer: Value[float] | Approximate) -> bool:
    """`answer` is the value already stored for `key` (so storing it changes nothing)."""
    value = answer.value if isinstance(answer, Value) else None
    return value is not None and dog.answers.get(key) == value


async def _answers_earlier_quantity(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a choice question, a message that picks none of its options but is, whole, a number
    answer of one earlier question ("she's about 1.5 yrs", "아 그리고 2살이에요" at the sex; owner
    trial: "pick one of the four options"): that earlier answer is corrected, said in a line, and
    the open question asked again. Several earlier questions it could answer ("2 years": the age
    or how long owned) are narrowed by the words that name one ("살", "years old", "나이"); still
    several, or none: False, nothing done (the question's own re-ask)."""
    if dog is None or q.kind not in (Kind.CHOICE, Kind.MULTI) or not _unplaced_answer(turn):
        return False
    if reading._child_named(turn, q) is not None:
        return False  # "네 6살" at the children: a child's age with a yes (the yes now read past)
    if BY_KEY["owned_months"].key not in dog.answers and _start_told(turn, dog) is not None:
        return False  # "2년 전에 데려왔어요": how long owned, not the age (`_answers_later_start`)
    owned = BY_KEY["owned_months"]
    if owned.key not in dog.answers and isinstance(
        turn.services.understander.answers.quantity(Folded(turn.text), Expect(owned.kind.value)), SincePuppy
    ):
        return False  # "since he was 8 weeks": since a puppy, how long owned (`_answers_later_start`)
    understander = turn.services.understander
    typed = understander.names.without(turn.text, [dog.name or ""]) or turn.text
    agreed_to = understander.answers.after_agreement(Folded(typed))
    if agreed_to is not None:  # "네 5살": the number after the yes ("네" is also four, stop 49)
        typed = agreed_to.text
    message = Folded(typed)
    found: dict[str, Value[float] | Approximate] = {}
    for earlier in QUESTIONS[: index_of(q.key)]:
        if earlier.kind in _QUANTITY_KINDS:
            answer = understander.answers.quantity_told_late(message, Expect(earlier.kind.value))
            if answer is not None:
                found[earlier.key] = answer
    if len(found) > 1:
        # a span longer than the dog's age is no time the dog has been had ("8년" at the
        # children, the age 3 years; owner trial 12: re-asked with no word on the 8 years)
        found = {key: answer for key, answer in found.items() if _fits(BY_KEY[key], answer, dog)}
    if len(found) > 1:
        named = {key for key in found if understander.names_answer(Folded(turn.text), key)}
        found = {key: answer for key, answer in found.items() if key in named}
    if len(found) != 1:
        return False
    [(key, answer)] = found.items()
    if _answered(dog, key) and not _unit_said(turn, message):
        # "둘" at the sex, the age answered (owner trial 12: "if it's the Age, say 'Age is 둘'"):
        # a number with no unit is no age told again; the question's own re-ask
        return False
    earlier = BY_KEY[key]
    field = turn.t(f"survey-field-{key}")
    lead, quoted = understander.correction_lead(turn.text)  # "아 2살이요": "2살이요" quoted (ko10)
    agreed = understander.answers.after_agreement(Folded(quoted))
    if agreed is not None:  # "네 5살" (owner trial 13: "say '나이는 네 5살'"): "5살" quoted
        quoted = " ".join(quoted.split()[-len(agreed.text.split()) :])
    corrects = bool(lead) and key in dog.answers and index_of(key) == index_of(q.key) - 1
    if (
        not corrects
        and not understander.names_answer(Folded(turn.text), key)
        and (key in (dog.answers.get(UNKNOWN_KEY) or []) or _open_span_reads(turn, q, dog, message, earlier))
    ):
        # "1년" at the size: the age the owner said they did not know, or how long owned (still
        # to come)? Nothing overwritten, nothing guessed (owner trial): said, and asked again.
        _late_number_said(turn, dog, earlier, answer, quoted)
        await ask(turn, q, dog)
        return True
    if (
        not corrects
        and key in dog.answers
        and len(typed.split()) <= LATE_BARE_WORDS
        and not _same_stored(dog, key, answer)
    ):
        # a bare number ("1살" at the sex, typed for a second dog; trial 4: the stored 3 replaced
        # with 1) would replace an answer given: nothing replaced unasked, said, and asked again.
        # `corrects`: opened as a correction ("아 2살이요", "oh wait 2 years") right at the question
        # after the one it answers, it corrects that answer (Korean owner trial ko10: lost); what
        # was understood is said ("한 반년?" at the sex: about 6 months; owner trial 11: unsaid)
        _late_number_said(turn, dog, earlier, answer, quoted)
        await ask(turn, q, dog)
        return True
    if await storing.correct(turn, dog, earlier, answer):
        value = format_stored(turn, dog, earlier)
        turn.say("survey-answered-earlier-number", name=dog.name or "", field=field, value=value)
    else:
        turn.say(f"survey-err-{key}", name=dog.name or "")
    await ask(turn, q, dog)
    return True


async def _dont_know_of_earlier(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """ "Don't know" said of one other question by its name, not of the open one ("유기견이라
    나이 몰라요" at the sex; owner trial 29: stored as the sex unknown and the survey moved on; a
    later one as `DONT_KNOW_OTHER`, stop 64):
    that earlier answer becomes unknown, said in a line, and the open question asked again."""
    u = turn.understanding
    if dog is None or u is None:
        return False
    # typed, its "몰라요" is the "don't know" option in a sentence at a choice question
    dont_know = tuple(u.picks) == (UNKNOWN,) or (isinstance(u.answer, DontKnow) and not u.answer.unnamed)
    if not dont_know or not turn.text or u.reason == DONT_KNOW_WHY:
        return False  # "we've only had her a week, don't know yet": why, not how long owned unknown
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key, pronoun=False):
        return False
    other = understander.unknown_named(message, q.key) if u.reason == DONT_KNOW_OTHER else None
    # "입양한지 얼마나 됐는지 모르겠어요" at the sex (stop 64, noticed64): a later question named
    # as not known is marked unknown too, so the survey passes it by
    named = (
        [BY_KEY[other]]
        if other is not None
        else [
            e
            for e in QUESTIONS[: index_of(q.key)]
            if e.key != "name"
            and understander.names_answer(message, e.key, pronoun=False)
            # "입양한지 얼마 안돼서 모르겠어요" (stop 64): the time owned is why, not what is unknown
            and not understander.named_as_why(message, e.key)
        ]
    )
    if len(named) != 1:
        return False
    earlier = named[0]
    storing._qualify(dog, earlier, approximate=None, unknown=True)
    dog.answers[UNKNOWN_KEY] = [
        *(k for k in dog.answers.get(UNKNOWN_KEY) or [] if k != earlier.key),
        earlier.key,
    ]
    await storing._save(turn, earlier, dog, None)
    if index_of(earlier.key) > index_of(q.key) and earlier.key not in turn.state.data.get(AHEAD_KEY, []):
        turn.state.data.setdefault(AHEAD_KEY, []).append(earlier.key)  # passed by when reached
    value = format_stored(turn, dog, earlier)
    field = turn.t(f"survey-field-{earlier.key}")
    turn.say("survey-answered-earlier-number", name=dog.name or "", field=field, value=value)
    await ask(turn, q, dog)
    return True


async def _birth_year_told_late(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A birth year told at a question after the age ("아 그리고 2019년생이에요", "oh and she was born
    in 2019" at the breed; stop 34: "no breed in it", the year lost): the age from it, stored and
    said in a line, and `q` asked again. A short message only; False, nothing done, otherwise."""
    age = BY_KEY["age_months"]
    if dog is None or turn.state.data.get("mode") == "edit" or index_of(q.key) <= index_of(age.key):
        return False
    if not _unplaced_answer(turn) or len(turn.text.split()) > BIRTH_YEAR_MAX_WORDS:
        return False
    told = turn.services.understander.answers.age_in_sentence(turn.text)
    answer = age_from(turn, dog, told) if isinstance(told, Since) else None
    if answer is None or not await storing.correct(turn, dog, age, answer):
        return False
    value = format_stored(turn, dog, age)
    turn.say(
        "survey-answered-earlier-number",
        name=dog.name or "",
        field=turn.t(f"survey-field-{age.key}"),
        value=value,
    )
    await ask(turn, q, dog)
    return True


def _answered(dog: Dog, key: str) -> bool:
    """`key` has an answer with a value (not "don't know", not skipped)."""
    return dog.answers.get(key) is not None and key not in (dog.answers.get(UNKNOWN_KEY) or [])


def _unit_said(turn: Turn, message: Folded) -> bool:
    """`message` says its number's unit ("8년", "8h"): read as a count it is no number ("둘",
    "two" are)."""
    count = turn.services.understander.answers.quantity(message, Expect.COUNT)
    return not isinstance(count, Value | Approximate)


def _fits(q: Question, answer: Value[float] | Approximate, dog: Dog) -> bool:
    """`answer` is a possible answer of `q` for `dog` (within its range; how long owned no longer
    than the age)."""
    said = amount(answer)  # a number question takes a number only (stop 63)
    if said is None:
        return False
    try:
        _check_number(q, _number(q, said), dog)
    except Invalid:
        return False
    return True


def _late_number_said(
    turn: Turn, dog: Dog, earlier: Question, answer: Value[float] | Approximate, quoted: str
) -> None:
    """A number that may be `earlier`'s answer, left unnoted: said with what was understood when
    `earlier` is answered already ("한 반년?" at the sex, the age 3 years: about 6 months; owner
    trial 11: only "I can't tell if that's the Age"), else as not placed. A span with no age word
    ("8년", "8 years") read as the age answered otherwise is said the same way (owner trial 12:
    "if it's the Age, say 'Age is 8 years'" while the age was noted as 3 years); an age said with
    its word ("1살", "1 year old") may be another dog's: not placed."""
    field = turn.t(f"survey-field-{earlier.key}")
    answered = _answered(dog, earlier.key)
    bare_span = earlier.key == "age_months" and not turn.services.understander.names_answer(
        Folded(turn.text), earlier.key
    )
    owned = BY_KEY["owned_months"]
    passed = turn.services.understander.vocabulary["understanding-span-passed"].contains(Folded(turn.text))
    if answered and bare_span and passed and owned.key not in dog.answers and _fits(owned, answer, dog):
        # "1년 조금 넘었어요", "a bit over a year now" at the size, the age noted as 3 years (stop
        # 60 trial: "as the Age, I understood about 1 year"): time gone by, no age word, shorter
        # than the age: how long the dog has been had, likelier; said so, noted in its turn
        turn.say("survey-late-number-unplaced-one", typed=quoted, field=turn.t(f"survey-field-{owned.key}"))
        return
    if not answered or not (isinstance(answer, Approximate) or bare_span):
        # an exact number ("1살", "1y") is quoted back as typed; a hedged one is no value to repeat
        turn.say("survey-late-number-which", typed=quoted, field=field)
        return
    turn.say(
        "survey-late-number-understood",
        typed=quoted,
        field=field,
        value=format_answer(turn, earlier, _number(earlier, answer.value)),
        approx="yes" if isinstance(answer, Approximate) else "no",
        stored=format_stored(turn, dog, earlier),
    )


async def _answers_other_quantity(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a number question, a message that names another number question and not this one and
    is, whole, that one's answer ("데려온지 6개월쯤 됐습니다", "we've had her 6 months" at the age;
    "하루 1시간 산책" at hours alone, "혼자 4시간 있어요" at the exercise; Korean trial: each stored
    as this question's answer): stored there (ahead for a later question, corrected for an
    earlier one), said in a line, and this question asked again. An age and how long owned are
    never corrected back from each other (a bare "2 years" may be either: `_open_span_reads`).
    False, nothing done, for anything else."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    unplaced = _unplaced_answer(turn)
    # "3 people" at the sex (trial 5), "me and my wife" at the breed (English owner trial, batch
    # 77: "no breed in it"), and at every other question but the name (owner trial 16: "we walk
    # her twice a day, 30 min each" at the other pets, "there are 3 of us at home" at the children
    # or the health note: lost, or kept as that question's answer)
    at_choice = q.kind not in QUANTITY_KINDS and q.key != "name"
    if q.kind not in QUANTITY_KINDS and not at_choice:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key) and not _other_number(turn, q, message):
        return False
    found: dict[str, Value[float] | Approximate] = {}
    u = turn.understanding
    picked = at_choice and u is not None and any(p in q.options for p in u.picks)
    for other in QUESTIONS:
        if other.key == q.key or other.kind not in QUANTITY_KINDS:
            continue
        later = index_of(other.key) > index_of(q.key)
        named = understander.names_answer(message, other.key)
        if at_choice and not (unplaced and later):
            # at a choice question, a number the question could place, or an earlier question's,
            # is another question's only when the message names it by words ("there are 3 of us
            # at home" at the children; "2명" there counts the children; the rest:
            # `_answers_earlier_quantity`)
            named = understander.names_question(message, other.key)
            if not named:
                continue
        if at_choice and not unplaced and not _amount_said(turn, message):
            continue  # "없어요 얘 혼자에요" at the other pets: the dog alone, no time nor household told
        if (later and other.key in dog.answers) or (
            not later
            and other.kind in MONTHS_KINDS
            and q.kind in MONTHS_KINDS
            and not _age_told_at_owned(turn, q, other, message)
        ):
            continue
        if named or (
            other.kind is Kind.COUNT
            and unplaced
            and (_people_named(understander, message) or _people_counted(turn, q, message))
        ):
            answers = understander.answers
            # told ahead, its reason or what it is made of may follow in another clause ("about
            # an hour a day, mostly fetch in the garden" at the sex; owner trial 33: lost)
            read = answers.quantity_in_a_clause if later and unplaced else answers.quantity_told_late
            answer = read(message, Expect(other.kind.value))
            if answer is None and named and later and unplaced:
                answer = _read_there(turn, other)
            if answer is not None:
                found[other.key] = answer
    if len(found) != 1 or (picked and "owned_months" in found):
        return False  # "rescue, had her for 1 year" at the origin: both kept (`_keep_owned_span`)
    [(key, answer)] = found.items()
    other = BY_KEY[key]
    said = amount(answer)  # a number question takes a number only (stop 63)
    if said is None:
        return False
    try:
        value = _number(other, said)
        _check_number(other, value, dog)
    except Invalid:
        return False
    approximate = (answer.low, answer.high) if isinstance(answer, Approximate) else None
    previous = told_ahead._shown(turn, dog, other)
    storing._qualify(dog, other, approximate=approximate, unknown=False)
    if other.kind is Kind.COUNT and index_of(key) > index_of(q.key):
        told_along.keep_children_beside(turn, other, dog)  # "2 adults 1 baby" at the age: yes too
    dog = await storing._save(turn, other, dog, value)
    if index_of(key) > index_of(q.key):
        turn.state.data.setdefault(AHEAD_KEY, []).append(key)
    shown = format_stored(turn, dog, other)
    changed = bool(previous) and previous != shown  # "corrected from 3 to 5", not "noted" (batch 65)
    turn.say(
        "survey-answered-other-number-corrected" if changed else "survey-answered-other-number",
        typed=turn.text,
        name=dog.name or "",
        asked=turn.t(f"survey-field-{q.key}"),
        field=turn.t(f"survey-field-{key}"),
        value=shown,
        previous=previous,
    )
    await ask(turn, q, dog)
    return True


def _age_told_at_owned(turn: Turn, q: Question, other: Question, message: Folded) -> bool:
    """At how long owned, the dog's age told in its own words ("3살이에요", "he's 3 years old";
    stop 64 owner trial: stored as the time owned): the age's answer, not this one's, unless the
    words also name how long owned or the age the dog came home ("3살 때부터 키웠어요", "since he
    was 3": how long owned is read from it, `understanding-since-age`). A bare "3 years" names
    neither and stays this question's."""
    if q.key != "owned_months" or other.key != "age_months":
        return False
    understander = turn.services.understander
    return (
        understander.names_answer(message, "age_months")
        and not understander.names_answer(message, "owned_months")
        and not understander.vocabulary["understanding-since-age"].contains(message)
    )


# Words left unread beside an amount told ahead for the question it names, at most, for the amount
# read to be kept as about that much ("two walks a day maybe 45 min each plus some fetch": 90).
_AHEAD_REST_MAX = 2


def _read_there(turn: Turn, other: Question) -> Value[float] | Approximate | None:
    """A later number question's answer told ahead in words its own question reads ("like 5 to 6
    hours on weekdays when we are both at work" at the household, stop 57 trial: "about the hours
    alone, so I didn't note it", lost): the message read as if `other` were open; whole there, or
    its amount with at most `_AHEAD_REST_MAX` words beside it unread, kept as about that much.
    Only an amount told: a zero read from words ("no walks yet cos of her jabs", "we can hardly
    walk him" at the hours alone) is no answer told ahead (stop 57 full run: kept as 0 minutes of
    exercise, the health note lost; stop 49, trial 8)."""
    u = turn.services.understander.understand(turn.text, survey_context(other))
    if u.kind is not Said.ANSWER or u.detail:
        return None
    if isinstance(u.answer, Value | Approximate | Unclear) and not _an_amount(u.answer):
        return None
    if isinstance(u.answer, Value | Approximate) and isinstance(u.answer.value, float | int):
        return u.answer if isinstance(u.answer, Approximate) else Value(float(u.answer.value))
    if (
        isinstance(u.answer, Unclear)
        and u.answer.understood is not None
        and len(u.answer.rest) <= _AHEAD_REST_MAX
        and not any(ch.isdigit() for word in u.answer.rest for ch in word)  # another number unread
    ):
        value = float(u.answer.understood)
        return Approximate(value, value, value)
    return None


def _an_amount(answer: Value[Any] | Approximate | Unclear[Any]) -> bool:
    """`answer` is a number above zero: an amount the owner told, not "none" read from words."""
    value = answer.understood if isinstance(answer, Unclear) else answer.value
    return isinstance(value, float | int) and value > 0


async def _number_after_unknown(turn: Turn, q: Question, dog: Dog | None, key: Any) -> bool:
    """The message right after "don't know" at a number question (`UNKNOWN_JUST_KEY`), one the
    open question cannot take, read whole as that question's number ("idk" at the hours alone,
    then "like 3 or 4" at the exercise; owner trial 12: asked back as 3.5 minutes or hours of
    exercise): the number given after all, stored there with a line, `q` asked again. False,
    nothing done, for anything else (the open question's own re-ask)."""
    if dog is None or not isinstance(key, str) or key not in BY_KEY or key == q.key:
        return False
    if dog.answers.get(key) is not None or key not in (dog.answers.get(UNKNOWN_KEY) or []):
        return False
    earlier = BY_KEY[key]
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key):
        return False
    answer = understander.answers.quantity(message, Expect(earlier.kind.value))
    if not isinstance(answer, Value | Approximate) or not _fits(earlier, answer, dog):
        return False
    approximate = (answer.low, answer.high) if isinstance(answer, Approximate) else None
    storing._qualify(dog, earlier, approximate=approximate, unknown=False)
    dog = await storing._save(turn, earlier, dog, _number(earlier, float(answer.value)))
    turn.say(
        "survey-answered-other-number",
        typed=turn.text,
        name=dog.name or "",
        asked=turn.t(f"survey-field-{q.key}"),
        field=turn.t(f"survey-field-{key}"),
        value=format_stored(turn, dog, earlier),
        previous="",
    )
    await ask(turn, q, dog)
    return True


async def _late_length_unplaced(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a one-choice question, a length alone with its unit ("8h", "8시간", "30 min" at the sex;
    batch 72: "pick one of the four", the hours lost without a word) that names no question and
    that later questions not answered yet would read (hours alone, exercise): read by one only
    ("아침저녁 30분씩", "30 min twice a day" at the age; owner trial 32), kept ahead for it; by
    both ("8시간"), never stored unasked: said, with the questions it may answer, and this
    question asked again. False for anything else (a bare
    "8" is an option's position). The same at the household's count ("6ish hrs"; owner trial 12:
    "I understood 6 people, but not 'hrs'") and at a question of months ("8시간" at how long the
    dog has been had; owner trial 12: "I didn't catch how long", the hours unsaid): hours are no
    count and no span."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    if (
        q.kind not in (Kind.CHOICE, Kind.MULTI, Kind.COUNT)
        and q.kind not in MONTHS_KINDS
        and q.key != "breed"
    ):
        return False  # owner trial 16: "9 hours" at the breed, the other pets: no word on the hours
    if not _unplaced_answer(turn):
        return False
    # a longer sentence ("30 min twice a day" at the age; owner trial 32) only when one question
    # reads it whole: kept for it below
    sentence = len(turn.text.split()) > LATE_BARE_WORDS
    answers = turn.services.understander.answers
    message = Folded(turn.text)
    if not _unit_said(turn, message):
        return False  # "둘" at the children: no length told (owner trial 12: "hours alone?")
    later = [
        other
        for other in QUESTIONS[index_of(q.key) + 1 :]
        if other.kind in (Kind.HOURS, Kind.MINUTES)
        and other.key not in dog.answers
        and (read := answers.quantity_told_late(message, Expect(other.kind.value))) is not None
        and read.value > 0  # "아이 없어요" reads as no time: no length told
    ]
    if sentence and len(later) != 1 and not _only_a_length(turn, message):
        return False
    if not later:
        if not _length_noted_said(turn, q, dog, message):
            return False
        await ask(turn, q, dog)
        return True
    if len(later) == 1:
        # one question reads it ("아침저녁 30분씩" at the age; owner trial 32: "'하루 운동' 질문의
        # 답 같아요", the owner typed it again later): kept ahead as the origin or the household
        # told early are, said in a line, not asked in its turn
        read = answers.quantity_told_late(message, Expect(later[0].kind.value))
        if read is not None:
            dog = await told_ahead._store_ahead(turn, later[0], dog, read, hedged=True)
            if later[0].key in dog.answers:
                await ask(turn, q, dog)
                return True
        if sentence:
            return False
    fields = " / ".join(turn.t(f"survey-field-{other.key}") for other in later)
    if len(later) == 1:  # one question reads it, out of its range (owner trial 13: "can't tell which")
        turn.say("survey-late-number-unplaced-one", typed=turn.text, field=fields)
    else:
        turn.say("survey-late-number-unplaced", typed=turn.text, fields=fields)
    await ask(turn, q, dog)
    return True


def _only_a_length(turn: Turn, message: Folded) -> bool:
    """`message` is, whole, a length of time in words around it ("like 6 to 8 hours", "about 8 hours
    or so"): as bare as "8h" however many words (stop 57 trial: at the children it got "please answer
    yes or no", the hours lost; the Korean "6~8시간정도" was said back)."""
    answers = turn.services.understander.answers
    hours, minutes = (answers.quantity(message, e) for e in (Expect.HOURS, Expect.MINUTES))
    if not isinstance(hours, Value | Approximate) or not isinstance(minutes, Value | Approximate):
        return False
    # a unit said: the minutes are the hours converted; a bare count reads the same in both
    # ("엄마 아빠 나 동생 셋이요" at the household is people, no length; stop 58 full run)
    return hours.value != minutes.value


def _length_noted_said(turn: Turn, q: Question, dog: Dog, message: Folded) -> bool:
    """A length alone with its unit ("9시간", "45 min") after the questions that read it are
    answered: said with those answers (owner trial 16: "I didn't catch the age", no reason),
    nothing changed. False, nothing said, when no answered question reads it."""
    answers = turn.services.understander.answers
    noted = [
        other
        for other in QUESTIONS
        if other.kind in (Kind.HOURS, Kind.MINUTES)
        and other.key != q.key
        and _answered(dog, other.key)
        and (read := answers.quantity_told_late(message, Expect(other.kind.value))) is not None
        and read.value > 0
    ]
    if not noted:
        return False
    turn.say(
        "survey-late-number-noted",
        typed=turn.text,
        fields=" / ".join(turn.t(f"survey-field-{other.key}") for other in noted),
        stored=", ".join(
            f"{turn.t(f'survey-field-{other.key}')}: {format_stored(turn, dog, other)}" for other in noted
        ),
    )
    return True


async def _span_kept_for_owned(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A span with its unit and no age word typed before how long the dog has been had, the age
    answered already ("1년", "2y", "6 months" at the sex; owner trial 12: "is it the age? say 'Age
    is 8 years'"): how long owned, stored ahead with a line, and `q` asked again. False, nothing
    done, when the age is open or not known, the span names the age, or it does not fit (longer
    than the dog's age: the earlier re-ask)."""
    owned = BY_KEY["owned_months"]
    if dog is None or turn.state.data.get("mode") == "edit" or q.kind in MONTHS_KINDS:
        return False
    if owned.key in dog.answers or index_of(q.key) >= index_of(owned.key) or not _unplaced_answer(turn):
        return False
    if not isinstance(dog.answers.get("age_months"), int | float) or "age_months" in (
        dog.answers.get(UNKNOWN_KEY) or []
    ):
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.vocabulary["understanding-owned-span-raised"].contains(message):
        # said with words no age uses ("1년 반 정도 같이 살았어요" at the size, "we've had him 2
        # years" at the origin; stop 54 trial: re-asked, or "that's the age", and the span lost):
        # the span in any longer sentence, hedged or not ("살았어요" is no "3살")
        raised = _as_span(understander.answers.quantity(message, Expect.DURATION))
        if raised is None:
            return False
        dog = await told_ahead._store_ahead(turn, owned, dog, raised)
        if owned.key not in dog.answers:
            return False
        await ask(turn, q, dog)
        return True
    if understander.names_answer(message, "age_months") or len(turn.text.split()) > LATE_BARE_WORDS:
        return False
    span = understander.answers.quantity_told_late(message, Expect.DURATION)
    if span is None or isinstance(understander.answers.quantity(message, Expect.COUNT), Value | Approximate):
        return False  # no span, or a bare number (an option's position, a count): no unit said
    if not isinstance(span, Value):
        return False  # hedged ("한 반년?"): what was understood is said (`_late_number_said`)
    dog = await told_ahead._store_ahead(
        turn, owned, dog, Approximate(float(span.value), float(span.value), float(span.value))
    )
    if owned.key not in dog.answers:
        return False
    await ask(turn, q, dog)
    return True


def _other_number(turn: Turn, q: Question, message: Folded) -> bool:
    """At a number question, the number said is none of its own ("he's alone about 9 hours on
    weekdays" at the age: "he's" names the age, the hours do not read as one; owner trial 16)."""
    if q.kind not in QUANTITY_KINDS:
        return False
    own = turn.services.understander.answers.quantity(message, Expect(q.kind.value))
    return isinstance(own, Unclear) and own.understood is None


def _amount_said(turn: Turn, message: Folded) -> bool:
    """`message` says an amount with digits or a unit ("3 of us", "집에 3명", "nine hours"), not
    only words that may read as one ("혼자", "없어요")."""
    v = turn.services.understander.vocabulary
    return any(ch.isdigit() for ch in message.text) or any(
        v[f"lex-unit-{unit}"].find(message) for unit in ("people", "hours", "minutes")
    )


def _people_counted(turn: Turn, q: Question, message: Folded) -> bool:
    """People counted with their unit at a question of time ("4명이요 초딩 하나" at how long owned;
    owner trial 12: "I understood 1 year", the "하나" of the child read as a year): the household."""
    if q.kind not in MONTHS_KINDS and q.kind not in (Kind.HOURS, Kind.MINUTES):
        return False
    return bool(turn.services.understander.vocabulary["lex-unit-people"].find(message))


def _people_named(understander: Any, message: Folded) -> bool:
    """People named besides the owner ("me and my wife", "저랑 남편", "2 adults"): the household told, with no
    number needed. "I" or "me" alone names nobody else ("I don't know", "about 2 I think")."""
    v = understander.vocabulary
    owner = {phrase for phrase, *_ in v["lex-person-self"].find(message)}
    # grown-ups counted ("2 adults 1 baby" at the age; owner trial 32: "I didn't catch the age")
    # are the household's, whoever they are
    entries = ("lex-person", "lex-person-pair", "lex-person-grown")
    named = [phrase for e in entries for phrase, *_ in v[e].find(message)]
    return any(phrase not in owner for phrase in named)


def _open_span_reads(turn: Turn, q: Question, dog: Dog, message: Folded, earlier: Question) -> bool:
    """Another question not answered yet, of the same kind of number as `earlier` (an age or a
    span, both in months), would read `message` as its answer too: a bare "2 years" may be
    either, so it is placed in neither."""
    if earlier.kind not in MONTHS_KINDS:
        return False
    answers = turn.services.understander.answers
    return any(
        other.kind in MONTHS_KINDS
        and other.key != earlier.key
        and other.key not in dog.answers
        and answers.quantity_told_late(message, Expect(other.kind.value)) is not None
        for other in QUESTIONS[index_of(q.key) + 1 :]
    )


async def _keep_owned_span(turn: Turn, q: Question, dog: Dog) -> Dog:
    """At a choice question before how long owned, a span told beside the pick as how long the
    dog has been with the owner ("보호소에서 데려왔고 2년 됐어요", "he's a rescue, we've had him 2
    years" at the origin; owner trial: the 2 years were lost and asked next): stored ahead, said
    in a line. A bare span ("보호소, 2년") is not taken: it may be the age."""
    owned = BY_KEY["owned_months"]
    if (
        index_of(q.key) >= index_of(owned.key)
        or owned.key in dog.answers
        or turn.state.data.get("mode") == "edit"
    ):
        return dog
    understander = turn.services.understander
    message = Folded(turn.text)
    told = understander.names_answer(message, owned.key) or understander.vocabulary[
        "understanding-owned-span"
    ].contains(message)
    started = _start_told(turn, dog)
    if started is not None:  # "보호소에서 2년 전에 데려왔어요", "shelter, we got her 2 years ago"
        return await told_ahead._store_ahead(turn, owned, dog, started)
    if not told:
        return dog
    span = _as_span(understander.answers.quantity(message, Expect(owned.kind.value)))
    return dog if span is None else await told_ahead._store_ahead(turn, owned, dog, span)


def _start_told(turn: Turn, dog: Dog) -> Approximate | None:
    """How long owned told as when the dog came, with the words that say so: "2년 전에
    데려왔어요", "we got her 2 years ago", "3 months ago we adopted him", "작년에 보호소에서
    데려왔어요" (acceptance trial: at the origin the start was lost, alone there it was "the age or
    another answer?", at the age it was stored as the age). A span with "ago" (`understanding-
    owned-ago`) or a start (`Since`), and a word of coming by the dog (`understanding-choice-how`);
    None for anything else ("2년 전" alone may be when the dog was born), or a start that does not
    fit the dog (still ahead, before its birth)."""
    v = turn.services.understander.vocabulary
    message = Folded(turn.text)
    if not v["understanding-choice-how"].contains(message):
        return None
    owned = BY_KEY["owned_months"]
    read = turn.services.understander.answers.quantity(message, Expect(owned.kind.value))
    if isinstance(read, Since):
        try:
            return _since_start(turn, owned, dog, read)
        except Invalid:
            return None
    if not v["understanding-owned-ago"].contains(message):
        return None
    return _as_span(read)


def _as_span(read: object) -> Approximate | None:
    """A span read beside other words as one `Approximate` (its own range, or the number alone:
    the origin beside it, "rescue", "shelter", is the rest); None when no number was read."""
    if isinstance(read, Approximate):
        return read
    if isinstance(read, Value) and isinstance(read.value, int | float):
        number = float(read.value)
    elif isinstance(read, Unclear) and isinstance(read.understood, int | float):
        number = float(read.understood)
    else:
        return None
    return Approximate(number, number, number)
