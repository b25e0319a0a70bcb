"""Answers to later questions told ahead, at the name or at an earlier question (the age and breed
with the name, the sex and breed at the age, children at the name, the start at a choice): kept,
said in a line as noted or corrected, and not asked in their turn.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.handlers.card import APPROXIMATE_KEY, format_answer, format_stored
from dogcoach.handlers.onboarding import late_numbers, storing
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import (
    AHEAD_KEY,
    EARLY_KEY,
    FLOW,
    NAME_BREED_KEY,
    NAME_READ_PAST,
    OTHER_PETS,
    PARTS_KEY,
    QUANTITY_KINDS,
    TOLD_BEFORE,
    YES,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import _check_number, _number, _since_puppy, _since_start
from dogcoach.handlers.parsing import OPTION_CONCEPTS, concepts_named, survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Expect, Folded, Since, SincePuppy, Unclear, Value
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.survey import OWNER_OF_NAME


def _shown(turn: Turn, dog: Dog, q: Question) -> str:
    """`q`'s stored answer as the card shows it, "" when it has none: said as what was corrected."""
    return format_stored(turn, dog, q) if q.key in dog.answers else ""


def _said_ahead(turn: Turn, q: Question, value: str, previous: str) -> None:
    """A later question's answer told ahead, stored: said as noted, or as corrected from `previous`
    (the card's text before, "" when none) when it changed (batch 65: "적어 뒀어요" for a change)."""
    field = turn.t(f"survey-field-{q.key}")
    if previous and previous != value:
        turn.say("survey-answered-ahead-corrected", field=field, previous=previous, value=value)
    else:
        turn.say("survey-answered-ahead", field=field, value=value)


def _keep_told_before(turn: Turn, text: str) -> None:
    """The dog's age and breed told in the message that named it before the survey ("my 3 year
    old lab Max keeps barking", "8개월 된 푸들 콩이가 자꾸 물어요"; owner trial 8: only the name
    kept): each kept until the dog's row exists (`EARLY_KEY`), said in a line and not asked. An age
    only when said as one (`understanding-age-said`: "3 year old", "8개월 된"; "2 years ago" is
    none), a breed only when the breeds' list names one."""
    understander = turn.services.understander
    answers = understander.answers
    words = text.split()
    said = understander.vocabulary["understanding-age-said"]
    for at, word in enumerate(words):
        if not any(c.isdigit() for c in word):
            continue
        first = answers.age_first(" ".join(words[at:]))
        if first is not None and said.contains(Folded(first[0])):
            _keep_early_age(
                turn, answers.quantity_told_late(Folded(first[0]), Expect(BY_KEY["age_months"].kind.value))
            )
            break
    named = answers.breeds_named(Folded(text))
    if len(named) == 1:
        breed = BY_KEY["breed"]
        early = turn.state.data.setdefault(EARLY_KEY, {})
        early[breed.key] = named[0]
        turn.state.data.setdefault(AHEAD_KEY, []).append(breed.key)
        turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{breed.key}"), value=named[0])


def keep_before_survey(turn: Turn, key: str, answer: Value[Any] | Approximate) -> bool:
    """A survey answer told with no survey question open and no dog yet ("시츄예요", "열두살이에요",
    "작은편이에요" after a first report; owner trial 30: "that's for the profile", lost, the survey
    then asked it again): kept as an answer told ahead (`_keep_early`) and said in a line with its
    value. False, nothing kept, when it does not fit the question (an option it has not, a number
    out of its bounds)."""
    return _keep_early(turn, BY_KEY[key], answer, "survey-kept-before")


def _keep_early(turn: Turn, q: Question, answer: Value[Any] | Approximate, said: str) -> bool:
    """`answer` to `q` kept in the state until the dog's row exists (`EARLY_KEY`, stored on the
    dog with its name), marked told ahead (`AHEAD_KEY`, never asked) and said with `said`. False,
    nothing kept or said, when it does not fit `q` (an option it has not, a number out of its
    bounds). Shared by the answers told before the survey and the age told at the name."""
    try:
        if q.kind is Kind.TEXT:
            value: Any = str(answer.value).strip()
            if not value:
                return False
        elif q.kind in (Kind.CHOICE, Kind.MULTI):
            if not isinstance(answer, Value) or str(answer.value) not in q.options:
                return False
            value = str(answer.value) if q.kind is Kind.CHOICE else [str(answer.value)]
        else:
            value = _number(q, float(answer.value))
            _check_number(q, value, None)
    except (Invalid, TypeError, ValueError):
        return False
    early = turn.state.data.setdefault(EARLY_KEY, {})
    early[q.key] = value
    if isinstance(answer, Approximate) and q.kind not in (Kind.TEXT, Kind.CHOICE, Kind.MULTI):
        early.setdefault(APPROXIMATE_KEY, {})[q.key] = [answer.low, answer.high]
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if q.key not in ahead:
        ahead.append(q.key)
    turn.say(said, field=turn.t(f"survey-field-{q.key}"), value=format_answer(turn, q, value))
    return True


def told_before_survey(data: dict[str, Any]) -> dict[str, Any]:
    """The answers kept before the survey started (`keep_before_survey`), from a state's data: carried
    into the survey's first state, so they are stored with the name and not asked."""
    return {k: data[k] for k in TOLD_BEFORE if data.get(k)}


def keep_age_told(turn: Turn, answer: Value[float] | Approximate | None) -> None:
    """The age of the dog being added, told with it after a result ("우리집에 여름이도 있어요 걔는
    2살"; owner trial 10): kept for its survey as an age told at its name is (said, not asked)."""
    if turn.state.flow == FLOW and turn.state.data.get("dog_id") is None:
        _keep_early_age(turn, answer)


def _keep_early_age(turn: Turn, answer: Value[float] | Approximate | None) -> None:
    """An age read at the name question (`answer`, months; None: none read) kept until the dog's
    row exists and said in a line, never asked (`_keep_early`); an age outside the question's
    bounds is dropped. Shared by the age before the name ("3살 초코") and the age instead of one
    ("he's 4 btw")."""
    if answer is not None:
        _keep_early(turn, BY_KEY["age_months"], answer, "survey-answered-ahead")


async def _household_told_early(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The owner living alone told at a choice or number question or the breed before the household
    ("저혼자요", "just me" at the origin; stop 34, owner trial 26: re-asked, lost; "저 혼자요" at the
    breed, owner trial 28: said to be the hours alone): one person, stored ahead, said in a line,
    and `q` asked again. False, nothing done, for anything else."""
    household = BY_KEY["household"]
    if dog is None or turn.state.data.get("mode") == "edit" or (q.kind is Kind.TEXT and q.key != "breed"):
        return False  # a choice or a number before it ("혼자살아요" at how long owned: trial 26)
    if index_of(q.key) >= index_of(household.key) or household.key in dog.answers:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if not late_numbers._unplaced_answer(turn) or not understander.vocabulary[
        "understanding-household-alone"
    ].contains(message):
        return False
    read = understander.answers.quantity(message, Expect(household.kind.value))
    if not isinstance(read, Value) or read.value != 1:
        return False
    storing._qualify(dog, household, approximate=None, unknown=False)
    dog = await storing._save(turn, household, dog, 1)
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if household.key not in ahead:
        ahead.append(household.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{household.key}"),
        value=format_stored(turn, dog, household),
    )
    await ask(turn, q, dog)
    return True


async def household_beside_children(turn: Turn, q: Question, dog: Dog | None) -> Dog | None:
    """The household counted with its children at an earlier question ("me, my wife and two kids",
    "저랑 남편이랑 애들 둘이요" at the size; stop 60 trial: the children kept, the count lost): the
    count, when the household question reads the message whole as one, stored ahead and said in
    a line (the children are the caller's). The dog, saved when the count was kept."""
    household = BY_KEY["household"]
    if dog is None or turn.state.data.get("mode") == "edit":
        return dog
    if index_of(q.key) >= index_of(household.key) or household.key in dog.answers:
        return dog
    read = turn.services.understander.understand(turn.text, survey_context(household))
    if read.kind is not Said.ANSWER or not isinstance(read.answer, Value) or read.safety:
        return dog  # "two kids": the children alone, no head count
    return await _store_ahead(turn, household, dog, read.answer)


async def _alone_hours_told_early(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The hours alone told in a sentence at an earlier question, by its words ("맞벌이라 8시간 반
    정도요", "like 8 hours, we both work", "저희는 하루 종일 집에 있습니다" at the household; owner
    trial 25: "send a number from 1 to 20", the hours lost): stored ahead, said in a line, and `q`
    asked again. Only when the sentence names the hours alone (`understanding-correction-about-
    alone_hours`), the dog never alone (`understanding-never-alone`: about none) or the owner at
    home ("거의 없어요 재택해서": `understanding-survey-time-told`), and reads whole as hours: a
    bare "8시간" stays `late_numbers._late_length_unplaced`'s (it may be the exercise). False,
    nothing done, else."""
    alone = BY_KEY["alone_hours"]
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    if index_of(q.key) >= index_of(alone.key) or alone.key in dog.answers:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if not late_numbers._unplaced_answer(turn):
        return False
    never = understander.vocabulary["understanding-never-alone"].contains(message)
    home = understander.vocabulary["understanding-survey-time-told"].contains(message)  # "재택해서"
    v = understander.vocabulary
    # "평일엔 9시간정도ㅠㅠ", "about 9 hours on weekdays" at how long owned (owner trial 33: which
    # question?): hours on weekdays, no walk named, are the hours alone (the weekday is the
    # usual day the question asks about; the exercise is asked by the day)
    weekdays = (
        v["lex-weekday"].contains(message)
        and bool(v["lex-unit-hours"].find(message))
        and not understander.names_answer(message, "exercise_minutes")
    )
    if not never and not home and not weekdays and not understander.names_answer(message, alone.key):
        return False
    read = (
        Approximate(0.0, 0.0, 0.0)
        if never
        else understander.answers.quantity(message, Expect(alone.kind.value))
    )
    if not isinstance(read, Value | Approximate):
        return False
    if home and not never and not understander.names_answer(message, alone.key) and read.value != 0:
        return False  # "we walk 30 minutes a day": the time together is the exercise's (batch 72)
    dog = await _store_ahead(turn, alone, dog, read, hedged=True)
    if alone.key not in dog.answers:
        return False  # out of range: the open question's own re-ask
    await ask(turn, q, dog)
    return True


async def _store_ahead(
    turn: Turn, later: Question, dog: Dog, span: Value[float] | Approximate, *, hedged: bool = False
) -> Dog:
    """`span` stored as `later`'s answer ahead of its question (how long owned, the hours alone),
    said in a line; the dog unchanged when it does not fit (longer than the dog's age, out of
    range: asked in its turn). Approximate when a range, or with `hedged` any `Approximate`
    ("8시간 반 정도요": about 8.5)."""
    try:
        number = _number(later, span.value)
        _check_number(later, number, dog)
    except Invalid:
        return dog
    ranged = isinstance(span, Approximate) and (span.low != span.high or hedged)
    approximate = (span.low, span.high) if isinstance(span, Approximate) and ranged else None
    previous = _shown(turn, dog, later)
    storing._qualify(dog, later, approximate=approximate, unknown=False)
    dog = await storing._save(turn, later, dog, number)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    _said_ahead(turn, later, format_stored(turn, dog, later), previous)
    return dog


async def _children_told_early(turn: Turn, q: Question, dog: Dog | None, *, ask_again: bool = True) -> bool:
    """Children told at an earlier question ("no kids", "애기 없음" at the name, "초딩 아들 하나
    있어요" at the sex; owner trial 11: the dog named "No Kids", a male dog): the children
    question's answer, stored ahead (before there is a dog, in `EARLY_KEY`), said in a line, and
    `q` asked again (not with `ask_again` False: "small, no kids" answers `q` too, owner trial
    33). False, nothing done, when it picks no one option there."""
    children = BY_KEY["children"]
    if turn.state.data.get("mode") == "edit":
        return False
    read = turn.services.understander.understand(turn.text, survey_context(children))
    picks = [p for p in read.picks if p in children.options] if read.kind is Said.CHOICE else []
    if len(picks) != 1 or read.safety:
        return False
    if dog is not None:
        storing._qualify(dog, children, approximate=None, unknown=False)
        dog.answers[children.key] = picks[0]
        await turn.session.save_dog(dog)
    else:
        turn.state.data.setdefault(EARLY_KEY, {})[children.key] = picks[0]
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if children.key not in ahead:
        ahead.append(children.key)
    value = format_answer(turn, children, picks[0])
    turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{children.key}"), value=value)
    if ask_again:
        await ask(turn, q, dog)
    return True


async def _answers_later_choices(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a number question, a message that answers none of it but later one-choice questions
    whole and the breed ("여아고 중성화 했어요 믹스견이에요" at the age; Korean trial: "I didn't
    catch the age", both lost): each stored ahead, said in a line, and this question asked again.
    Yes/no questions are left out ("있어요" says yes to anything) unless their subject is named
    ("no have children", "아이 없어요" at the sex). At the name and the breed the
    same for the questions up to the origin ("남아 중성화함" at the name, "중형" at the breed;
    Korean trial 4: "I'll ask that later", nothing kept); before there is a dog the answers wait
    in `EARLY_KEY`. A breed alone at the name ("푸들") is kept as the breed and the name asked
    again, saying so: the same word sent again is the name. False, nothing done, when it
    answers none."""
    if q.kind not in (*QUANTITY_KINDS, Kind.CHOICE) and q.key not in ("name", "breed"):
        return False
    if (dog is None and q.key != "name") or turn.state.data.get("mode") == "edit":
        return False
    u = turn.understanding
    if u is None or u.kind is not Said.ANSWER or u.safety or u.incident:
        return False
    if q.key == "name":
        if u.reason == OWNER_OF_NAME:
            return False  # "im biscuits mum" (stop 47): the owner named by the dog, no family origin
        if turn.services.understander.two_with_facts(turn.text) is not None:
            return False  # "a lab called Bruno and a little jack russell called Pip" (stop 50: Pip's
            # "little" stored on Bruno): each dog's facts, read with its name (`naming._two_names`)
        if turn.state.data.pop(NAME_BREED_KEY, None) == turn.text:  # "푸들" again: its name
            turn.state.data.get(EARLY_KEY, {}).pop("breed", None)
            return False
        if not isinstance(u.answer, Value) and not (
            isinstance(u.answer, Unclear) and u.reason in NAME_READ_PAST
        ):
            return False  # (a sentence, owner trial 12: "펫샵에서 데려왔어요" kept as the origin)
    elif not late_numbers._unplaced_answer(turn) or not isinstance(u.answer, Unclear) or u.answer.understood:
        return False  # a number read ("5살 된 말티즈예요"): its own re-ask says what was understood
    understander = turn.services.understander
    if q.kind is Kind.TEXT and (
        len(turn.text) < 2
        or isinstance(understander.answers.quantity(Folded(turn.text), Expect.COUNT), Value)
    ):
        return False  # "three", "b": a position, no option named
    last = index_of("origin") if q.key == "name" else len(QUESTIONS)
    message = Folded(turn.text)
    kept: list[Question] = []
    halves: dict[str, list[str]] = {}  # half an option told ("여자애" at the age): kept for its question
    answers: dict[str, Any] = dog.answers if dog is not None else turn.state.data.setdefault(EARLY_KEY, {})
    previous: dict[str, str] = {}  # a one-choice answer given already, as shown: corrected from it
    for later in QUESTIONS[index_of(q.key) + 1 : last + 1]:
        if later.key in answers and (dog is None or later.kind is not Kind.CHOICE or YES in later.options):
            continue
        if later.key in answers and dog is not None:
            # "여아 중성화 했어요" at the age after going back to it (owner trial 11: lost): the
            # sex told again, corrected from what it was, said in a line
            previous[later.key] = _shown(turn, dog, later)
        if later.kind is Kind.CHOICE or later.key == OTHER_PETS:
            if YES in later.options and not understander.names_answer(message, later.key):
                continue  # "있어요" says yes to anything; "no kids" names what it says no to
            if understander.vocabulary["understanding-children-not-told"].contains(message):
                continue  # "herding kids" at the origin (owner trial 12): what the dog does
            if (
                YES in later.options
                and (any(k.key == "sex" for k in kept) or "sex" in halves)
                and understander.vocabulary["understanding-child-word-sex"].contains(message)
            ):
                continue  # "여자아이고 중성화 안했어요" (owner trial 26: children "yes"): the dog's sex
            if not understander.may_pick(turn.text, survey_context(later)):
                continue
            read = understander.understand(turn.text, survey_context(later))
            picks = [p for p in read.picks if p in later.options] if read.kind is Said.CHOICE else []
            several = later.kind is Kind.MULTI and bool(picks)
            if later.exclusive in picks and not understander.names_answer(message, later.key):
                continue  # "nope" is no "no other pets" unless it names them
            if (len(picks) == 1 or several) and not read.safety:
                if dog is not None:
                    storing._qualify(dog, later, approximate=None, unknown=False)
                answers[later.key] = picks if later.kind is Kind.MULTI else picks[0]
                kept.append(later)
            else:
                previous.pop(later.key, None)
                half = _half_told(read, later) if later.key not in answers and dog is not None else []
                if half:
                    halves[later.key] = half
        elif later.kind is Kind.TEXT and later.free_option and not survey_context(later).verbatim:
            value = _breed_told(turn, message, later, as_typed=q.key == "name")
            if value is not None and later.minimum <= len(value) <= later.maximum:
                answers[later.key] = value
                kept.append(later)
    if not kept and not halves:
        return False
    for key, half in halves.items():
        # "여자애", "a girl" at the age (owner trial 33, numbers3: "I didn't catch the age", the
        # sex lost): the half kept for the sex question (`PARTS_KEY`), which then asks only the rest
        turn.state.data.setdefault(PARTS_KEY, {})[key] = half
        labels = [turn.t(f"understanding-concept-{c}") for c in half]
        turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{key}"), value=", ".join(labels))
    if dog is not None:
        await turn.session.save_dog(dog)
    for later in kept:
        turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
        value = format_answer(turn, later, answers[later.key])
        _said_ahead(turn, later, value, previous.get(later.key, ""))
    if q.key == "name" and _name_told_besides(turn, [answers[k.key] for k in kept]):
        return False  # "my pup is called Pepper, shes a 2 yr old corgi": Pepper stored as usual
    if q.key == "name" and [k.key for k in kept] == ["breed"]:
        turn.state.data[NAME_BREED_KEY] = turn.text  # "푸들" again: the name after all
        turn.say("survey-name-breed", typed=turn.text)
    await ask(turn, q, dog)
    return True


def _half_told(read: Any, later: Question) -> list[str]:
    """The concepts of `later`'s options a reading understood with nothing left over, when they
    name no option whole (the sex's "female" without the neutering); [] otherwise."""
    answer = read.answer
    if read.kind is not Said.ANSWER or not isinstance(answer, Unclear) or answer.rest:
        return []
    if not isinstance(answer.understood, tuple) or not answer.understood:
        return []
    concepts = {c for v in later.options for c in concepts_named(OPTION_CONCEPTS.get((later.key, v), ()))}
    half = sorted(c for c in answer.understood if isinstance(c, str))
    return half if half and set(half) <= concepts else []


def _name_told_besides(turn: Turn, kept: list[Any]) -> bool:
    """The name read at the name question is a word of a longer message and none of the answers
    kept ahead from it ("my pup is called Pepper, shes a 2 yr old corgi"; owner trial 10: the
    corgi kept, Pepper and the age lost, the name asked again). "푸들" or "golden retriever"
    alone is the breed and the name is asked again."""
    u = turn.understanding
    if u is None or not isinstance(u.answer, Value) or len(turn.text.split()) < 2:
        return False
    name = Folded(str(u.answer.value)).compact
    return all(Folded(str(value)).compact != name for value in kept)


def _breed_told(turn: Turn, message: Folded, breed: Question, *, as_typed: bool = False) -> str | None:
    """The breed told at another question: one breed named ("golden retriver": golden
    retriever), one with a mix word ("some kind of shepherd mix i think": shepherd mix; English
    owner trial, batch 77: "I didn't catch the age"), a mix alone (the free option); else None.
    `as_typed` (at the name question): only a breed spelt out counts, never one read past a typo
    (owner trial 10: the name "Ollie" was kept as the breed "collie" and the name asked again)."""
    answers = turn.services.understander.answers
    named = answers.breeds_named(message)
    if as_typed:
        named = [n for n in named if Folded(n).compact in message.compact]
    mixed = turn.services.understander.vocabulary["understanding-mix"].contains(message)
    if mixed and not named:
        return breed.free_option
    if len(named) > 1:  # "golden doodle" (owner trial 9: lost at the sex): one breed of two words
        read = answers.breed(message)
        said = str(read.value) if isinstance(read, Value) else ""
        whole = said.split() == [w for n in named for w in n.split()]
        # "she's a lab mix, maybe some pit bull in there, who knows" at the age (stop 55 trial:
        # the breed dropped): the breeds named, each in the mix read ("lab·pit bull mix")
        blended = mixed and "·" in said and all(n in said for n in named)
        return said if whole or blended else None
    if not named:
        return None
    if not mixed:
        return named[0]
    read = answers.breed(message)
    said = str(read.value) if isinstance(read, Value) else ""
    return said if named[0] in said and len(said.split()) <= len(named[0].split()) + 1 else None


async def _answers_later_start(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a choice question before how long the owner has had the dog, a message that picks
    none of its options but is, whole, a start ("아니다 작년 봄에 데려왔어요", "we got her last
    spring" at the origin; owner trial: asked again with nothing kept): how long owned, counted
    from it, is stored ahead (said in a line, not asked in its turn) and the open question asked
    again. False, nothing done, for anything else (a span, "2년", may be the age: the re-ask)."""
    owned = BY_KEY["owned_months"]
    if (
        dog is None
        or q.kind not in (Kind.CHOICE, Kind.AGE)
        or index_of(q.key) >= index_of(owned.key)
        or owned.key in dog.answers
        or turn.state.data.get("mode") == "edit"
    ):
        return False
    u = turn.understanding
    started = late_numbers._start_told(turn, dog) if u is not None and u.kind is Said.ANSWER else None
    if started is not None and not (u is not None and (u.safety or u.incident)):
        # "2년 전에 데려왔어요" at the origin or the age: when the dog came, never the age
        dog = await _store_ahead(turn, owned, dog, started)
        if owned.key not in dog.answers:
            return False  # it does not fit the dog: the open question reads it
        await ask(turn, q, dog)
        return True
    if q.kind is Kind.AGE and u is not None and u.kind is Said.ANSWER and not (u.safety or u.incident):
        raised = turn.services.understander.vocabulary["understanding-owned-span-raised"]
        if raised.contains(Folded(turn.text)):
            # "4년 키웠어요", "we've had her for 4 years" at the age (owner trial 23: stored as
            # the age): how long owned, kept ahead; the age asked again
            owned_for = turn.services.understander.answers.quantity(
                Folded(turn.text), Expect(owned.kind.value)
            )
            span = late_numbers._as_span(owned_for)
            if span is not None:
                dog = await _store_ahead(turn, owned, dog, span)
                if owned.key in dog.answers:
                    await ask(turn, q, dog)
                    return True
    if q.kind is not Kind.CHOICE or not late_numbers._unplaced_answer(turn):
        return False
    read = turn.services.understander.understand(turn.text, survey_context(owned))
    if (
        read.kind is Said.ANSWER
        and isinstance(read.answer, SincePuppy)
        and not (read.safety or read.incident)
    ):
        # "since he was 8 weeks", "8주때부터 키웠어요" at the sex (stop 48, owner trial 33: added to
        # the report just analysed, or stored as the age): how long owned, counted from the age
        try:
            puppy = _since_puppy(owned, dog, read.answer.at_months)
        except Invalid:
            return False
        dog = await _store_ahead(turn, owned, dog, puppy)
        if owned.key not in dog.answers:
            return False
        await ask(turn, q, dog)
        return True
    if read.kind is not Said.ANSWER or not isinstance(read.answer, Since):
        return False
    try:
        span = _since_start(turn, owned, dog, read.answer)
    except Invalid:
        return False  # a start still ahead or before the dog was born: the open question's re-ask
    previous = _shown(turn, dog, owned)
    storing._qualify(dog, owned, approximate=(span.low, span.high), unknown=False)
    dog = await storing._save(turn, owned, dog, _number(owned, span.value))
    turn.state.data.setdefault(AHEAD_KEY, []).append(owned.key)
    _said_ahead(turn, owned, format_stored(turn, dog, owned), previous)
    await ask(turn, q, dog)
    return True


def keep_waiting_facts(turn: Turn, facts: object, name: str) -> None:
    """The facts kept for a waiting dog (`keep_for_waiting`), now that its survey starts with the
    name `name`: kept as answers told ahead (stored with the name, said in a line, not asked).
    Nothing for another dog's name or none."""
    if not isinstance(facts, dict) or not name or facts.get("name") != name:
        return
    for key, half in (facts.get("parts") or {}).items():  # "1살 암컷": the sex asks only the rest
        if key in BY_KEY and isinstance(half, list) and half:
            turn.state.data.setdefault(PARTS_KEY, {})[key] = [str(c) for c in half]
    approximate = facts.get("approximate") or {}
    for key, value in (facts.get("answers") or {}).items():
        if key not in BY_KEY:
            continue
        span = approximate.get(key)
        answer: Value[Any] | Approximate = (
            Approximate(float(value), float(span[0]), float(span[1]))
            if isinstance(span, list) and len(span) == 2
            else Value(value)
        )
        _keep_early(turn, BY_KEY[key], answer, "survey-answered-ahead")
