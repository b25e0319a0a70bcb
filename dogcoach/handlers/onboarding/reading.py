"""Reading a message as the open question's answer: the value, an approximate one, "don't know" or a
tick, or `Invalid` with the re-ask; an option told in two messages, a bare no completing it, a
child's age at the children question, a number that names the dog, and a behaviour that is no
answer.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from dogcoach.domain.survey import BY_KEY, CHILD_MAX_YEARS, Kind, Question
from dogcoach.handlers.card import PART_KEY
from dogcoach.handlers.onboarding import picking, told_along
from dogcoach.handlers.onboarding.asking import context
from dogcoach.handlers.onboarding.constants import (
    _PENDING,
    _UNKNOWN,
    AHEAD_KEY,
    DONE,
    PARTS_KEY,
    QUANTITY_KINDS,
    YES,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import (
    _check_bare_unit,
    _check_likely,
    _check_number,
    _number,
    _since_puppy,
    _two_ages,
    since_answer,
)
from dogcoach.handlers.onboarding.reasks import (
    RANGED,
    _name_reask,
    _not_an_option,
    _other_topic,
    _unclear,
    _understood_label,
)
from dogcoach.handlers.parsing import OPTION_CONCEPTS, concepts_named, needs_met, survey_context
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
    by_words,
)
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.survey import (
    GENERIC_NOT_NAME,
    HOUSEHOLD_NOT_NAME,
    LEAD_IN_NOT_NAME,
    OPTION_WORD_NOT_NAME,
    SEX_NOT_NAME,
)


def _read(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """The answer to `q` in this turn: a value, `Approximate`, `_UNKNOWN`, `_PENDING` (a
    multi-choice toggle); raises `Invalid` with the re-ask that says what was understood."""
    choice = turn.incoming.choice
    if choice is not None:
        return picking._tapped(turn, q, choice)
    u = turn.understanding
    if u is None:
        raise _name_reask(turn, q) if q.key == "name" else Invalid(f"survey-err-{q.key}")
    told = picking._told_apart(turn, q)
    if told is not None:
        return told
    if u.kind is Said.CHOICE:
        _check_against_part(turn, q, u.picks)
        return picking._picked(turn, q, u.picks)
    if u.kind is Said.NOISE and u.label and _behaviour_not_answer(turn, q):
        # a behaviour named alone ("으르렁거려요" at the breed; Korean trial: "keep the breed under
        # 60 characters"): said to be a behaviour, one time it happened asked for, the question again
        raise Invalid("survey-behaviour-not-answer", typed=turn.text, field=turn.t(f"survey-field-{q.key}"))
    if u.kind is Said.SMALL_TALK and u.talk == "agree" and not _declined(turn):
        affirmed = turn.services.understander.vocabulary["understanding-affirm"].contains(Folded(turn.text))
        if q.kind is Kind.MULTI and turn.state.data.get("picks") and affirmed:
            # "맞아요" with 짖음 and 물어뜯기 ticked (owner trial 25: "pick one or more"): those, done;
            # a hesitant "so yeah hmm" closes nothing (Kakao trial 2)
            return picking._picked(turn, q, (DONE,))
        if tuple(q.options) == YES_NO and affirmed:
            # "맞아요", "that's right" at "any children under 12?" (owner trial 25: "pick 네 or
            # 아니요"): the question's yes
            return picking._picked(turn, q, (YES,))
    if u.kind is Said.SMALL_TALK and q.kind is Kind.CHOICE:
        # a bare "ok" / "ㅇㅋ" / "네" at a question with no yes option: small talk, so the options
        # again, kindly (acceptance trial: "no option matches 'ㅇㅋ'" read as a scolding); a no
        # ("아니요" at the sex question) is not answered "네! 👌" (trial 4)
        said_no = _declined(turn)
        completed = _no_completes(turn, q) if said_no else None
        if completed is not None:
            return completed
        raise _not_an_option(turn, q, msg_id="survey-choice-pick-no" if said_no else "survey-choice-pick")
    if u.kind is Said.SMALL_TALK and q.key == "breed":  # "네", "ok": no breed in it (not "too long")
        raise Invalid("survey-unclear-breed", typed=turn.text)
    if u.kind is Said.SMALL_TALK and q.key == "health":  # "ok" there was "keep it under 500 characters"
        raise Invalid("survey-unclear-health", typed=turn.text)
    if q.key == "name" and u.reason in (SEX_NOT_NAME, HOUSEHOLD_NOT_NAME):
        # "ㅇㅇ 여자애", "혼자살아요" (owner trial 10: stored as the name): a later question's
        # answer, said so with the name asked again; the sex's words kept for its question
        if u.reason == SEX_NOT_NAME:
            told_along._keep_later_parts(turn, q, dog)
        field = "sex" if u.reason == SEX_NOT_NAME else "household"
        raise Invalid("survey-name-other-answer", field=turn.t(f"survey-field-{field}"))
    if q.key == "name" and u.reason == OPTION_WORD_NOT_NAME and isinstance(u.answer, Unclear):
        # "중형이요 12키로", "rescue" (owner trial 25: dogs named "중형이", "Rescue"): the size's or the
        # origin's word, said so with the name asked again
        raise Invalid("survey-name-other-answer", field=turn.t(f"survey-field-{u.answer.understood}"))
    if q.key == "name" and u.reason == LEAD_IN_NOT_NAME:
        # "우리", "우리요", "our" (owner trial 30: the dog named "우리"): the words before a name,
        # said as understood, the name asked for
        raise Invalid("survey-name-lead-in", typed=turn.text.strip())
    if q.key == "name" and u.reason == GENERIC_NOT_NAME:  # "dog", "강아지": any dog's word
        word = str(u.answer.understood) if isinstance(u.answer, Unclear) and u.answer.understood else ""
        # the word as typed when it is the whole message ("dog", not "Dog"), else the word read
        # in it ("그냥 강아지라고 불러요": 강아지)
        same = word.casefold() == turn.text.strip().casefold()
        raise Invalid("survey-name-generic", typed=turn.text if same or not word else word)
    answer = u.answer
    if isinstance(answer, DontKnow):
        if q.key == "name" and answer.unnamed:
            # no name yet: nothing is invented; whatever the dog is called for now will do
            raise Invalid("survey-name-not-yet")
        if q.key == "name":
            raise _name_reask(turn, q)
        if q.kind is Kind.MULTI and turn.state.data.get("picks"):
            # "잘 모르겠어요" after "강아지 한마리 더 있어요" ticked the dog (owner trial 14: the
            # tick wiped, nothing stored): what was told stays ticked, the question shown again
            return _PENDING
        if answer.skip and q.optional:
            return None
        told_along._dont_know_with_breed(turn, q, dog)
        return _UNKNOWN
    if isinstance(answer, Unclear):
        together = _with_earlier_part(turn, q, answer, dog)
        if together is not None:
            return together
        if _half_with_doubt(turn, q):
            return _UNKNOWN  # "여자애요 중성화는 모르겠어요": the girl kept with the "don't know"
        own_age = _two_ages(turn, q, dog)
        if own_age is not None:
            return own_age
        without = _without_own_name(turn, q, dog)
        if without is not None:
            return without
        both = told_along._with_next_answer(turn, q, dog, answer)
        if both is not None:
            return both
        breed = told_along._with_breed_told(turn, q, dog, answer)
        if breed is not None:
            return breed
        facts = told_along._with_later_facts(turn, q, dog, answer)
        if facts is not None:
            return facts
        beside = _number_beside_its_reason(turn, q, answer, dog)
        if beside is not None:
            return beside
        raise _unclear(turn, q, answer)
    if isinstance(answer, SincePuppy):
        return _since_puppy(q, dog, answer.at_months)
    if isinstance(answer, Since):
        started = since_answer(turn, q, dog, answer)  # a birth month is whole months: a number
        return _number(q, started.value) if isinstance(started, Value) else started
    if isinstance(answer, Approximate):
        if q.kind is Kind.COUNT and answer.value != int(answer.value):
            # "about 3, maybe 4" people: no half person is stored; both ends said, asked again
            raise Invalid(
                "survey-unclear-count-range", low=_number(q, answer.low), high=_number(q, answer.high)
            )
        _check_number(q, answer.value, dog)
        _check_bare_unit(turn, q, answer.value)
        _check_likely(turn, q, _number(q, answer.value))
        return answer
    if isinstance(answer, Value):
        if q.kind is Kind.TEXT:
            text = str(answer.value)
            if q.key == "name" and not any(ch.isalpha() for ch in text):
                raise _name_reask(turn, q)
            if q.key == "name" and _answers_sex(turn, text):
                # "남아 중성화" (stop 56 trial: "noted" and "I'll ask that later" said both): the
                # sex stored ahead this turn is said noted, never asked later
                kept = "sex" in turn.state.data.get(AHEAD_KEY, [])
                msg_id = "survey-name-other-answer-kept" if kept else "survey-name-other-answer"
                raise Invalid(msg_id, field=turn.t("survey-field-sex"))
            if not (q.minimum <= len(text) <= q.maximum):
                raise Invalid(f"survey-err-{q.key}")
            return text
        if q.kind in (Kind.CHOICE, Kind.MULTI):
            return picking._picked(turn, q, tuple(answer.value))
        said = amount(answer)
        if said is None:
            # a Value of words at a number question (a name's correction read after the dog's own
            # name was taken out: "wait no, Pepper Jr" was float("No Jr"), stop 63): no answer
            raise Invalid(f"survey-err-{q.key}")
        number = _number(q, said)
        _check_number(q, number, dog)
        _check_bare_unit(turn, q, number)
        _check_likely(turn, q, number)
        return number
    which = picking._which(turn, q, []) if q.kind is Kind.MULTI else None
    if which is not None:  # "공격성" alone: toward people or dogs, asked (it was "pick one")
        raise Invalid("survey-which-of", options=which)
    raise _name_reask(turn, q) if q.key == "name" else Invalid(f"survey-err-{q.key}")


def _child_named(turn: Turn, q: Question) -> str | None:
    """At the children question, a child's age said with a yes or alone ("네 6살", "6살 아이
    있어요", "yes a 6 year old"; Korean trial: "answer yes or no", then "없음" stored no): yes.
    None for anything else (an age of 12 or more is no child the question asks about)."""
    if turn.incoming.choice is not None or q.key != "children" or YES not in q.options:
        return None
    understander = turn.services.understander
    words = turn.text.split()
    kept: list[str] = []
    ages: list[float] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):  # "6 year old", "6살"
            piece = Folded(" ".join(words[i : i + n]))
            if i + n > len(words) or not understander.names_answer(piece, "age_months"):
                continue
            age = understander.answers.quantity(piece, Expect.AGE)
            if isinstance(age, Value | Approximate):
                ages.append(float(age.value))
                i += n
                break
        else:
            kept.append(words[i])
            i += 1
    if not ages or any(age >= CHILD_MAX_YEARS * 12 for age in ages):
        return None
    if not kept:
        return YES
    read = understander.understand(" ".join(kept), survey_context(q))
    return YES if read.kind is Said.CHOICE and read.picks == (YES,) else None


def _behaviour_not_answer(turn: Turn, q: Question) -> bool:
    """A behaviour named alone answers no question but one whose options are behaviours or
    reactions (the concerns: asked which; the worst reaction's "growl"): never those. The other
    pets is a list too, of animals ("살짝 물어" there; Korean trial K2: stored and analysed)."""
    if q.key == "concerns":
        return False
    if q.kind not in (Kind.CHOICE, Kind.MULTI):
        return True
    return not turn.services.understander.may_pick(turn.text, survey_context(q))


def _with_earlier_part(turn: Turn, q: Question, answer: Unclear[Any], dog: Dog | None = None) -> str | None:
    """An option told over two messages ("여아", then "중성화 아직" at the sex question): the
    concepts understood are kept until the question is answered, and the option the two parts
    name together is the answer (fresh trial: each part alone was asked again). None while the
    parts name no single option yet (the newest part is kept for the next message)."""
    understood = answer.understood
    if q.kind is not Kind.CHOICE or not isinstance(understood, tuple) or not understood:
        return None
    parts = turn.state.data.setdefault(PARTS_KEY, {})
    # the half kept with a "don't know" (`PART_KEY`: "여아", the rest not known), answered again
    stored = dog.answers.get(PART_KEY, {}).get(q.key, []) if dog is not None else []
    earlier = parts.get(q.key) or list(stored)
    together = set(earlier) | {c for c in understood if isinstance(c, str)}
    named = [v for v in q.options if (need := OPTION_CONCEPTS.get((q.key, v))) and needs_met(need, together)]
    if len(named) == 1 and earlier:
        parts.pop(q.key, None)
        return named[0]
    parts[q.key] = [c for c in understood if isinstance(c, str)] if len(named) > 1 else sorted(together)
    return None


def _check_against_part(turn: Turn, q: Question, picks: tuple[str, ...], *, tapped: bool = False) -> None:
    """An option's number typed (or, in the terminal, its key: a tap) after half of an option was
    told ("여아", then "1" = male, not neutered; owner trial 12: stored male without a word):
    raises the re-ask that says both when the option does not have the half told; the half is
    let go, so the same number sent again is taken."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if q.kind is not Kind.CHOICE or not parts or len(picks) != 1 or picks[0] not in q.options:
        return
    need = OPTION_CONCEPTS.get((q.key, picks[0]))
    if not need or set(parts) <= concepts_named(need):
        return
    if not tapped:
        number = turn.services.understander.answers.quantity(Folded(turn.text), Expect.COUNT)
        if not isinstance(number, Value):
            return  # the option named in words ("남아 중성화"): the owner's correction
    turn.state.data[PARTS_KEY].pop(q.key, None)
    understood = ", ".join(label for c in parts if (label := _understood_label(turn, q, c)))
    typed = str(q.options.index(picks[0]) + 1) if tapped else turn.text.strip()
    value = turn.t(q.option_msg(picks[0]))
    raise Invalid("survey-part-contradicted", typed=typed, value=value, understood=understood)


def _half_with_doubt(turn: Turn, q: Question) -> bool:
    """Half of an option told, and the rest said not to be known in the same message ("여자애요
    중성화는 모르겠어요", "girl, not sure if spayed"; owner trial 9: stored spayed, or asked again):
    the half is kept (`PARTS_KEY`, set by `_with_earlier_part`) with a "don't know"."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if q.kind is not Kind.CHOICE or not parts or any(p in q.options for p in parts):
        return False  # "pet shop or a breeder, not sure": two options, which one asked
    return turn.services.understander.vocabulary["understanding-dont-know"].contains(Folded(turn.text))


# The half a bare no gives to an option told in two parts: the sex kept ("숫컷", "m") is not
# neutered (`_no_completes`). Not the bite kept: "no" there picks "None" (an option), not its half.
NO_CONCEPTS = ("intact",)


def _no_completes(turn: Turn, q: Question) -> str | None:
    """A bare no ("아니요", "ㄴㄴ", "no", "nope") while the other half of an option is kept
    (`PARTS_KEY`: "숫컷", then "아니요"; batch 72: "pick one of the options", the owner trapped):
    the option the kept half and the no name together (male, not neutered), the half dropped.
    None when nothing is kept or a no completes no single option ("neutered" kept: a no does not
    say male or female)."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if not parts:
        return None
    named = [
        v
        for v in q.options
        for no in NO_CONCEPTS
        if (need := OPTION_CONCEPTS.get((q.key, v))) and no in need and set(need) <= {*parts, no}
    ]
    if len(named) != 1:
        return None
    turn.state.data[PARTS_KEY].pop(q.key, None)
    return named[0]


def _without_own_name(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """A number answer that names the survey's own dog ("콩이는 두살이에요", "Rex is 3", "we've had
    Rex for 2 years"): the answer read once the name and its particle are taken out (fifth owner
    trial: "I understood 3 years, but not "rex""); None when the message does not name the dog,
    or reads no whole answer without it either (then the re-ask says what was understood)."""
    if q.kind not in QUANTITY_KINDS or dog is None or not dog.name:
        return None
    names = turn.services.understander.names
    rest = names.without(turn.text, [dog.name])
    if not rest or rest == names.without(turn.text, []):
        return None
    again = turn.services.understander.understand(rest, context(turn))
    if again.kind is not Said.ANSWER or isinstance(again.answer, Unclear) or again.rename:
        return None  # "wait no, Pepper Jr" without Pepper is no renaming to "Jr" (stop 63)
    understood, turn.understanding = turn.understanding, again
    try:
        return _read(turn, q, dog)
    finally:
        turn.understanding = understood


def _answers_sex(turn: Turn, name: str) -> bool:
    """At the name question, words that pick one option of the sex question whole ("boy,
    neutered", "남아 중성화했어요"): no name (trial 3 stored "Boy Neutered" and asked its age).
    Only when the name read (`name`) is of those words: "이름은 보리고 4살 여아에요 중성화함" names
    보리 (owner trial 12: the name and the age lost), the sex kept ahead."""
    sex = BY_KEY["sex"]
    # its options by their words only: "하나" (a common name; "one") is no position picked
    asked = survey_context(sex)
    asked = dataclasses.replace(asked, options=by_words(asked.options))
    if not turn.services.understander.may_pick(turn.text, asked):
        return False  # names no option of it (most names): a cheap first look instead of the reading
    if not turn.services.understander.may_pick(name, asked):
        return False
    read = turn.services.understander.understand(turn.text, asked)
    picks = [p for p in read.picks if p in sex.options] if read.kind is Said.CHOICE else []
    return len(picks) == 1 and not read.safety


# The options of a yes-or-no question (the children under 12).
YES_NO = (YES, "no")


def _declined(turn: Turn) -> bool:
    """The message says no ("아니요", "nah": `understanding-decline`)."""
    return turn.services.understander.vocabulary["understanding-decline"].contains(Folded(turn.text))


def _number_beside_its_reason(turn: Turn, q: Question, answer: Unclear[Any], dog: Dog | None) -> Any:
    """The number of an hours or minutes answer whose other words say why, when or what was
    asked ("나이트근무라밤에10시간정도혼자있어요", "alone about 10 hours cause i work nights"; stop 64
    owner trial, Kakao: "10시간까지는 알아들었는데" and nothing stored, the owner gone): stored, hedged
    when the message hedges it; None (asked again) when the other words hold another number, a
    negation or a doubt, or name another question."""
    understood = answer.understood
    if q.kind not in RANGED or not isinstance(understood, int | float) or isinstance(understood, bool):
        return None
    understander = turn.services.understander
    rest = understander.answers.typed_words(turn.text, answer.rest)
    if not rest or any(ch.isdigit() for ch in rest) or understander.answers.quantities.number_told(rest):
        return None
    if understander.vocabulary["understanding-number-rest-conflict"].contains(Folded(rest)):
        return None
    if _other_topic(turn, q) is not None:  # "산책 1시간" at the hours alone: the exercise's
        return None
    said = Folded(rest)
    told = (
        "understanding-why-told",
        "understanding-number-rest-said",
        f"understanding-field-{q.key}",
        "lex-day-part",
    )
    if not any(understander.vocabulary[entry].contains(said) for entry in told):
        # words that say neither why, what was asked nor when ("격일마다 5시간": every other day;
        # "4시간 순해요"): what they change is unknown, so they are quoted and the question asked
        # again (stop 37, stop 61)
        return None
    if q.kind is Kind.MINUTES and understander.vocabulary["lex-day-part"].contains(Folded(rest)):
        # "아침에 30분": one part of the day's exercise, not the day's (stop 44, still asked);
        # alone "밤에 10시간" is when the stretch is, the whole of it
        return None
    number = _number(q, float(understood))
    _check_number(q, number, dog)
    _check_bare_unit(turn, q, number)
    _check_likely(turn, q, number)
    if understander.vocabulary["lex-approx"].contains(Folded(turn.text)):
        return Approximate(float(understood), float(understood), float(understood))
    return number
