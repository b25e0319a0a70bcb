"""A survey answer corrected after the survey, in words: "아 잘못 말했어요 3살이에요", "sorry I meant
5 years old", "correction: she is 12 kg" (issue 11).

The understanding service finds the correction and its value (`Kind.CORRECTION`); here the value
is read by the survey's own answer readers for every question it could answer. One question
only (narrowed by the words that name it: "나이", "years old", "weight"): the answer of the dog
it names ("보리는 3살이에요", "콩이 나이 3살로 고쳐줘"), else of the dog of the survey open, else of the
active dog, is replaced and the owner told the new value, in any state; a name that is no dog of the
owner's is said so, nothing changed. None, or several, or no dog: what was understood
and how to change an answer ("✏️ Edit an answer"). Never a report, never detail, never the model.
"""

from __future__ import annotations

import re
from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import onboarding, profile
from dogcoach.handlers.card import format_stored
from dogcoach.handlers.onboarding import late_facts
from dogcoach.handlers.parsing import OPTION_KG, survey_context
from dogcoach.handlers.report import dog_of, sex_of
from dogcoach.handlers.results.followup import FLOW as FOLLOWUP_FLOW
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Expect, Folded, Since, Value
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.quantity import WEIGHT_UNITS

QUANTITY_KINDS = frozenset({Kind.AGE, Kind.DURATION, Kind.HOURS, Kind.MINUTES, Kind.COUNT})


def readings(turn: Turn, typed: str) -> dict[str, Value[Any] | Approximate]:
    """Each survey question `typed` answers whole, by the survey's readers: a quantity of the
    question's unit, or a weight for the size (its options' kg ranges)."""
    answers = turn.services.understander.answers
    message = Folded(typed)
    found: dict[str, Value[Any] | Approximate] = {}
    weight = answers.quantities.read(typed, WEIGHT_UNITS, None)
    for q in QUESTIONS:
        if q.kind in QUANTITY_KINDS:
            answer = answers.quantity(message, Expect(q.kind.value))
            if isinstance(answer, Value | Approximate):
                found[q.key] = answer
        elif weight.whole and weight.value is not None:
            for (key, option), band in OPTION_KG.items():
                if key == q.key and band.holds(weight.value):
                    found[q.key] = Value(option)
    return found


def _read_within(turn: Turn, typed: str, about: tuple[str, ...]) -> dict[str, Value[Any] | Approximate]:
    """The one quantity question a correction names (`about`) read from a few words of it when
    the whole is no value ("btw moved like 8 hours", "이사해서 이제 8시간"; owner trial 21: "not
    which answer it changes"), `Understander.value_within`."""
    keys = [key for key in about if key in BY_KEY]
    if len(keys) == 1 and any(key == keys[0] for key, _ in OPTION_KG):
        # a weight among other words ("Choco's more like large, she's 30kg", held-out 12: "not
        # which answer it changes"): the option whose kg range holds it
        weight = turn.services.understander.answers.quantities.read(typed, WEIGHT_UNITS, None).value
        for (key, option), band in OPTION_KG.items():
            if key == keys[0] and weight is not None and band.holds(weight):
                return {key: Value(option)}
        return {}
    if len(keys) != 1 or BY_KEY[keys[0]].kind not in QUANTITY_KINDS:
        return {}
    answer = turn.services.understander.value_within(typed, keys[0])
    return {keys[0]: answer} if answer is not None else {}


async def _dog(turn: Turn) -> Dog | None:
    """The dog a correction or a fact is about (`_pick`); the active dog when a pronoun fits none
    of several (the fact is kept where it was before stop 55)."""
    dog, told = await _pick(turn)
    return dog if told else await turn.active_dog()


async def _pick(turn: Turn) -> tuple[Dog | None, bool]:
    """The dog corrected when none is named, and whether it could be told: the one the survey
    open is about (a further dog's survey too), else the one the text names (`dog_of`), else the
    dog being talked about (`_talked_about`: the report whose question is open, else the active
    dog). With several dogs, a pronoun of the other sex than that dog's ("she's 6" about Bruno) is
    the one other dog of that sex; none or several: not told, which dog is asked (stop 55: "she's 6" at a question
    about Pip's report changed Bruno's age, the active dog's)."""
    surveyed = await onboarding.survey_dog(turn)
    if surveyed is not None:
        return surveyed, True
    dog, named = await dog_of(turn, turn.text)  # "보리는 3살이에요": 보리's answer
    if named:
        return dog, True
    talked = await _talked_about(turn) or dog
    if talked is None:
        return dog, True
    sex = turn.services.understander.opening_pronoun_sex(turn.text)
    if not sex or sex_of(talked) in ("", sex):
        return talked, True
    dogs = await turn.session.list_dogs(turn.user.id)
    if len(dogs) < 2:
        # one dog: the pronoun is hers whatever its sex says (the full run: "he's alone about 9
        # hours on weekdays" about the only dog, a female, was asked "which dog?")
        return talked, True
    fits = [d for d in dogs if d.id != talked.id and sex_of(d) == sex]
    return (fits[0], True) if len(fits) == 1 else (None, False)


async def _talked_about(turn: Turn) -> Dog | None:
    """The dog of the report whose follow-up question is open, when it is filed under one: what
    the conversation is about, whichever dog is active (stop 55)."""
    if turn.state.flow != FOLLOWUP_FLOW or turn.state.data.get("report_id") is None:
        return None
    report = await turn.session.get_report(int(str(turn.state.data["report_id"])))
    if report is None or report.dog_id is None or report.user_id != turn.user.id:
        return None
    return await turn.session.get_dog(report.dog_id)


async def _which_dog(turn: Turn, typed: str) -> None:
    """A correction whose pronoun fits no one dog of several: what was read, and the dogs to name."""
    dogs = await turn.session.list_dogs(turn.user.id)
    listed = ", ".join(d.name or turn.t("value-none") for d in dogs)
    turn.say("correction-which-dog", value=typed, dogs=listed)


async def _told_dog(turn: Turn) -> Dog | None:
    """The dog a fact told with no question open is about (`_dog`); None when the owner has no
    dog yet (the caller offers the survey, or says what it can do)."""
    if not await turn.session.list_dogs(turn.user.id):
        return None
    return await _dog(turn)


async def handle(turn: Turn) -> None:
    u = turn.understanding
    typed = u.argument if u is not None else ""
    about = u.about if u is not None else ()
    named = u.dog if u is not None else ""
    dogs = await turn.session.list_dogs(turn.user.id)
    if named and await _kept_for_waiting(turn, named, typed, about, dogs):
        return  # "actually bramble is 2 not 1" with Bramble waiting to be added (stop 48)
    if (
        named
        and len(dogs) == 1
        and named.islower()
        and named.isascii()
        and not _names_a_dog(turn, named, dogs)
        and not _named_first(turn.text, named)
    ):
        named = ""  # "…it's 3 now my roommate moved in" (owner trial 21): a lowercase verb, no dog
    if not named and dogs:  # "밤이는 2살 아니고 5살이에요" with no 밤이 (owner trial 34: 콩이's age)
        former = [n for d in dogs for n in d.former_names]
        named = turn.services.understander.dog_not_registered(
            turn.text, [*(d.name or "" for d in dogs), *former]
        )
    if (
        named
        and dogs
        and not _names_a_dog(turn, named, dogs)
        and await _offered_for(turn, named, typed, about)
    ):
        return  # "pip is actually 3 not 2" with no Pip (owner trial 34: Bruno's age changed)
    if named and dogs:  # "콩이 나이 3살로 고쳐줘": that dog; "두부 …" with no 두부: said so, unchanged
        dog = await onboarding.named_dog(turn, named)
        if dog is None:
            return
    else:
        dog, sure = await _pick(turn)
        if not sure:
            await _which_dog(turn, typed)
            turn.resume_flow()
            return
    typed = turn.services.understander.names.without(typed, [d.name or "" for d in dogs]) or typed
    found = readings(turn, typed) or _read_within(turn, typed, about)
    if len(found) > 1 and about:  # "3살", "나이", "years old": the age, not how long owned
        found = {key: answer for key, answer in found.items() if key in about} or found
    if len(found) > 1 and not about and dog is not None:
        found = await _targeted(turn, dog, found, typed)
    if dog is not None and len(found) != 1 and await late_facts.fact_retold(turn, _open_key(turn)):
        return  # "아 맞다 몽실이 수컷이에요 제가 잘못썼네": no number, an answer in words (trial 20)
    if dog is not None and len(found) != 1 and "age_months" in (about or ("age_months",)):
        told = _age_told(turn)  # "콩이 생일이 2021년 5월이에요": a birth month (owner trial 21)
        age = onboarding.age_from(turn, dog, told) if told is not None else None
        found = {"age_months": age} if age is not None else found
    if dog is None:
        start = turn.choice(onboarding.START, "first-report-start")
        turn.reply(Reply(turn.t("correction-no-dog", value=typed), (start,)))
    elif len(found) == 1:
        [(key, answer)] = found.items()
        q = next(q for q in QUESTIONS if q.key == key)
        was, had = dog.name, _had(dog, q)
        if await onboarding.correct(turn, dog, q, answer):
            if q.key == "name" and was and was != dog.name:
                onboarding.say_changed(turn, q, dog, was)  # the name from what to what (trial 13)
            else:
                _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), had=had)
            if await onboarding.answered_by_correction(turn, dog, q):
                return  # the survey was at that very question: it went on to the next
        else:
            _unclear(turn, typed)
    else:
        _unclear(turn, typed)
    reviewed = await onboarding.survey_dog(turn) if onboarding.at_review(turn) else None
    if reviewed is not None:
        onboarding.show_review(turn, reviewed)  # the whole card again, corrected, to confirm
        return
    turn.resume_flow()


async def _kept_for_waiting(
    turn: Turn, named: str, typed: str, about: tuple[str, ...], dogs: list[Dog]
) -> bool:
    """A number corrected for the dog `named` that waits to be added after the survey open
    (`onboarding.NEWDOG_AFTER`; stop 48, owner trial 33: "actually bramble is 2 not 1" after
    "i'll tell you about bramble too" stored as the surveyed dog's age): kept for that dog, said,
    the question asked again. False, nothing done, when no such dog waits, it is a dog of the
    owner's, or the correction answers no one number question."""
    waiting = turn.state.data.get(onboarding.NEWDOG_AFTER) if turn.state.flow == onboarding.FLOW else None
    names = turn.services.understander.names
    if not isinstance(waiting, str) or not names.named(named, [waiting]) or _names_a_dog(turn, named, dogs):
        return False
    typed = names.without(typed, [waiting]) or typed
    found = readings(turn, typed) or _read_within(turn, typed, about)
    if len(found) > 1 and about:
        found = {key: answer for key, answer in found.items() if key in about} or found
    if len(found) != 1:
        return False
    [(key, answer)] = found.items()
    if BY_KEY[key].kind not in QUANTITY_KINDS or not onboarding.keep_for_waiting(
        turn, waiting, BY_KEY[key], answer
    ):
        return False
    turn.resume_flow()
    return True


def _named_first(text: str, named: str) -> bool:
    """`named` (a lowercase word read as a dog's name) is the subject the correction opens with
    ("pip is actually 3 not 2") or owns its value ("change pip's age to 3"): a dog's name, never
    a verb (owner trial 34: dropped as one, and the correction applied to the active dog)."""
    words = text.casefold().replace("’", "'").split()
    return bool(words) and (words[0] == named or f"{named}'s" in words)


async def _offered_for(turn: Turn, named: str, typed: str, about: tuple[str, ...]) -> bool:
    """A correction naming a dog that is not the owner's (`named`) and telling one value: never
    the active dog's (owner trial 34: "pip is actually 3 not 2" → "Updated Bruno's profile — Age:
    3 years"): adding her is offered, the value kept for her survey (`ADD_DOG_OFFERED_FACTS`).
    False, nothing done, when no one value is read (the caller says the dog is unknown)."""
    names = turn.services.understander.names
    typed = names.without(typed, [named]) or typed
    found = readings(turn, typed) or _read_within(turn, typed, about)
    if len(found) > 1 and about:
        found = {key: answer for key, answer in found.items() if key in about} or found
    if len(found) != 1 or turn.state.flow is not None:
        return False
    [(key, answer)] = found.items()
    name = named[:1].upper() + named[1:] if named.isascii() else named
    _offer_with(turn, name, key, answer)
    profile.offer_new_dog(turn, "newdog-offer-named", name=name)
    return True


def _offer_with(turn: Turn, name: str, key: str, answer: Value[Any] | Approximate) -> None:
    """Adding the dog `name` offered with `key`'s answer kept for her survey (the facts the offer
    carries, `told_ahead.keep_waiting_facts`)."""
    value = answer.value
    if BY_KEY[key].kind in QUANTITY_KINDS:
        value = float(value)
    facts: dict[str, Any] = {"name": name, "answers": {key: value}, "approximate": {}}
    if isinstance(answer, Approximate):
        facts["approximate"][key] = [answer.low, answer.high]
    turn.state.data[profile.OFFERED_NAME] = name
    turn.state.data[onboarding.ADD_DOG_OFFERED_FACTS] = facts


# The profile answers that say who a dog is: one typed alone that contradicts them is asked about.
_IDENTITY = frozenset({"sex", "breed", "size", "origin"})


async def _contradicted(turn: Turn, dog: Dog, q: Question, value: Any, names: list[str]) -> bool:
    """An answer typed alone, naming no dog and with no word tying it to `dog` (a pronoun,
    "actually": `understanding-profile-own-dog`, a correction word), that contradicts `dog`'s
    confirmed profile ("girl spayed" for a neutered male, "jack russell" for a poodle; owner trial
    35: applied silently, meant for the second dog): never stored on `dog`. A dog told of and not
    added yet takes it (offered, kept for her survey); else asked whose it is, with a button that
    updates `dog` (`profile.CONTRADICTED`) and one that adds a dog. False, nothing done, otherwise."""
    stored = dog.answers.get(q.key)
    if q.key not in _IDENTITY or dog.completed_at is None or stored in (None, "", q.none_option, "unknown"):
        return False
    if q.key == "sex":
        differs = str(value).split("_")[0] != str(stored).split("_")[0]  # neutered later is no contradiction
    elif q.kind is Kind.TEXT:
        new, old = Folded(str(value)).compact, Folded(str(stored)).compact
        differs = new not in old and old not in new
    else:
        differs = value != stored
    understander = turn.services.understander
    text = Folded(turn.text)
    if (
        not differs
        or understander.names.named(turn.text, names)
        or any(
            understander.vocabulary[v].contains(text)
            for v in (
                "understanding-profile-own-dog",
                "understanding-correction",
                "understanding-correction-mistake",
            )
        )
    ):
        return False
    name, field = dog.name or turn.t("value-none"), turn.t(f"survey-field-{q.key}")
    shown = format_stored(turn, dog, q)
    typed = turn.text.strip()
    other = _told_of(turn, names)
    if other:
        _offer_with(turn, other, q.key, Value(value))
        profile.offer_new_dog(
            turn,
            "profile-contradict-other-named",
            name=name,
            field=field,
            stored=shown,
            value=typed,
            other=other,
        )
        return True
    turn.state.data[profile.CONTRADICTED] = {"dog": dog.id, "key": q.key, "value": value}
    update = Choice(profile.UPDATE, turn.t("profile-contradict-update", name=name))
    turn.reply(
        Reply(
            turn.t("profile-contradict-ask", name=name, field=field, stored=shown, value=typed),
            (update, turn.choice(profile.NEW_DOG, "profile-newdog")),
        )
    )
    return True


def _told_of(turn: Turn, names: list[str]) -> str:
    """The dog last told of and not added (the offer's name, else the newest remembered), "" for
    none or one of the owner's dogs."""
    mentioned = [n for n in turn.state.data.get(profile.MENTIONED) or [] if isinstance(n, str)]
    for name in (str(turn.state.data.get(profile.OFFERED_NAME) or ""), *reversed(mentioned)):
        if name and not turn.services.understander.names.named(name, names):
            return name
    return ""


def _names_a_dog(turn: Turn, named: str, dogs: list[Dog]) -> bool:
    """`named` is one of the owner's dogs' names."""
    return bool(turn.services.understander.names.named(named, [d.name or "" for d in dogs]))


def _open_key(turn: Turn) -> str | None:
    """The survey question open, if any (its own answer is no correction of an earlier one)."""
    return turn.state.step if turn.state.flow == onboarding.FLOW and turn.state.step in BY_KEY else None


async def profile_told(turn: Turn) -> bool:
    """A profile answer typed alone with no survey question open, the owner having a dog ("중형",
    "보호소요", "medium", "from a shelter" after a result; owner trial 10: offered as dogs' names,
    or the survey offered to a dog that has a profile): decided, stored at once as the dog's answer
    (the dog the survey is about, else the one named, else the active one) and said in one line
    with the value (`correction-done`), as a correction is; the profile card's edit undoes it.
    False, nothing done, when there is no dog or the message picks no one option
    (`Understander.profile_option`)."""
    if await renamed_told(turn) or await onboarding.name_told_idle(turn):  # "콩이야 이름" (trial 12)
        return True
    dogs = await turn.session.list_dogs(turn.user.id)
    if not dogs:
        return False
    names = [d.name or "" for d in dogs]
    found = _profile_answer(turn, names)
    understander = turn.services.understander
    former = [n for d in dogs for n in d.former_names]  # "초코는 3살" after 초코 → 쪼꼬 (owner trial 16)
    told = _age_told(turn) if found is None else None
    other = understander.dog_not_registered(turn.text, [*names, *former])
    if other and (found is not None or told is not None or understander.fact_named(turn.text)):
        # "우리 여름이는 3살", "여름이는 말티즈예요" with no 여름이: another dog's, adding it offered,
        # nothing stored on the owner's dog
        profile.offer_new_dog(turn, "newdog-offer-named", name=other)
        turn.state.data[profile.OFFERED_NAME] = other
        return True
    if await _facts_told(turn):
        return True
    if found is None and told is not None:
        return await _age_kept(turn, told)
    if found is None:
        return await _sex_told(turn)
    dog = await _dog(turn)
    key, answer = found
    q = BY_KEY[key]
    if dog is None:
        return False
    if await _contradicted(turn, dog, q, answer.value, names):
        return True
    had = _had(dog, q)
    if q.kind is Kind.TEXT:  # the breed, as typed ("말티즈", "beagle"), as the survey keeps it
        await onboarding.keep_note(turn, dog, q, str(answer.value))
    elif not await onboarding.correct(turn, dog, q, answer):
        return False
    _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), had=had)
    return True


async def _facts_told(turn: Turn) -> bool:
    """Several profile facts told in one sentence with no question open, the owner having a dog
    ("she's 3, spayed, and a beagle btw", "참고로 3살이고 중성화했고 비글이에요"; stop 50: only one
    stored, the rest lost): each stored on the dog (the one named, else the active one), as each
    alone is, and all said back in one line (`correction-done-many`). False, nothing done, for
    fewer than two facts, no dog, or a sex of the other half than the stored one (whose dog it is
    is asked as for that fact alone: `_contradicted`)."""
    dog = await _dog(turn)
    if dog is None:
        return False
    understander = turn.services.understander
    names = [d.name or "" for d in await turn.session.list_dogs(turn.user.id)]
    facts: list[tuple[str, Value[Any] | Approximate]] = list(
        understander.profile_facts(understander.names.without(turn.text, names) or turn.text)
    )
    sex = onboarding.sex_in_sentence(turn, dog, turn.text, idle=True)
    stored = dog.answers.get("sex")
    if sex is not None and isinstance(stored, str) and sex.split("_")[0] != stored.split("_")[0]:
        return False
    if sex is not None:
        facts.append(("sex", Value(sex)))
    if len(facts) < 2:
        return False
    said: list[str] = []
    for key, answer in facts:
        q = BY_KEY[key]
        if q.kind is Kind.TEXT:
            await onboarding.keep_note(turn, dog, q, str(answer.value))
        elif not await onboarding.correct(turn, dog, q, answer):
            continue
        field = turn.t(f"survey-field-{q.key}")
        said.append(turn.t("correction-fact", field=field, value=format_stored(turn, dog, q)))
    if not said:
        return False
    turn.say("correction-done-many", name=dog.name or turn.t("value-none"), facts="; ".join(said))
    return True


async def kept_for_survey(turn: Turn, *, health: bool = False) -> bool:
    """A profile answer told with no survey question open and no dog yet ("시츄예요", "열두살이에요",
    "작은편이에요", "아들이 사다줬어요 애견샵에서"; `health`: a health note, "눈이 잘 안보여요 백내장";
    owner trial 30: "that's for the profile", then the survey asked them all again): kept for the
    survey as answers told ahead (`onboarding.keep_before_survey`), said with its value; a sentence
    of several (`Understander.profile_facts`, the sex read whole) keeps each. False,
    nothing kept, when the owner has a dog (`profile_told` stores it on the dog) or it reads as no
    one answer."""
    if await turn.session.list_dogs(turn.user.id):
        return False
    if health:
        return onboarding.keep_before_survey(turn, "health", Value(turn.text.strip()))
    facts = turn.services.understander.profile_facts(turn.text)
    if facts:  # "He's just turned one, we got him … from a breeder" (owner trial 33: all lost)
        kept = [onboarding.keep_before_survey(turn, key, answer) for key, answer in facts]
        sex = onboarding.sex_in_sentence(turn, None, turn.text, idle=True)
        kept.append(sex is not None and onboarding.keep_before_survey(turn, "sex", Value(sex)))
        return any(kept)
    found = _profile_answer(turn, [])
    if found is None:
        told = _age_told(turn)
        age = onboarding.age_from(turn, None, told) if told is not None else None
        found = ("age_months", age) if age is not None else None
    if found is None:
        sex = onboarding.sex_in_sentence(turn, None, turn.text, idle=True)
        found = ("sex", Value(sex)) if sex is not None else None
    return found is not None and onboarding.keep_before_survey(turn, found[0], found[1])


def _age_told(turn: Turn) -> Value[float] | Approximate | Since | None:
    """The age a message with no question open tells of the dog: a birth year ("보리
    2019년생이에요", "Duke was born in 2019") or an age now ("she's 7 now"; owner trial 16: not
    understood), `SurveyAnswers.age_in_sentence`; None for none or someone else's ("아들이
    2019년생이에요", `understanding-someone-else`)."""
    understander = turn.services.understander
    if understander.vocabulary["understanding-someone-else"].contains(Folded(turn.text)):
        return None
    return understander.answers.age_in_sentence(turn.text)


async def _age_kept(turn: Turn, told: Value[float] | Approximate | Since) -> bool:
    """The age told (`_age_told`) stored as the dog's (the one named, else the active one) and
    said in one line, a birth year as today's year less it, approximate (`onboarding.age_from`).
    False, nothing done, when it does not fit the question."""
    dog = await _dog(turn)
    answer = onboarding.age_from(turn, dog, told) if dog is not None else None
    if dog is None or answer is None:
        return False
    q = BY_KEY["age_months"]
    had = _had(dog, q)
    if not await onboarding.correct(turn, dog, q, answer):
        return False
    _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), had=had)
    return True


async def other_pets_told(turn: Turn) -> bool:
    """Another pet told with no question open, the owner having a dog ("we also have a cat",
    "고양이도 한마리 있어요"; owner trial 16: "I only coach dogs", nothing stored): the survey's
    other-pets answer of the dog (named, else active), read as that question reads it, added to
    what it had ("none" replaced), said in one line. False, nothing done, with no dog or no pet
    read (the caller says DogCoach coaches dogs)."""
    dog = await _told_dog(turn)
    if dog is None:
        return False
    q = BY_KEY["other_pets"]
    read = turn.services.understander.understand(turn.text, survey_context(q, numbered=False))
    picks = [p for p in read.picks if p in q.options and p != q.exclusive] if read.kind is Said.CHOICE else []
    if not picks:
        return False
    had = dog.answers.get(q.key)
    kept = [p for p in had if p in q.options and p != q.exclusive] if isinstance(had, list) else []
    value = tuple(p for p in q.options if p in kept or p in picks)
    if not await onboarding.correct(turn, dog, q, Value(value)):
        return False
    _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), had=had is not None)
    return True


async def _sex_told(turn: Turn) -> bool:
    """The sex told late in a sentence, with no question open ("oh and he's a boy, neutered", "아
    중성화 작년에 했어요" for a girl not spayed; stop 34: "not sure what you mean" or the survey
    offered): the stored answer corrected, said in a line. False, nothing done, when it tells
    none (`onboarding.sex_in_sentence`) or says what is stored already."""
    dog = await _dog(turn)
    if dog is None:
        return False
    q = BY_KEY["sex"]
    value = onboarding.sex_in_sentence(turn, dog, turn.text, idle=True)
    if value is None:
        return False
    names = [d.name or "" for d in await turn.session.list_dogs(turn.user.id)]
    if await _contradicted(turn, dog, q, value, names):
        return True
    # "actually she's a girl" for a girl (owner trial 27: the whole survey offered again): what is
    # stored already, said so
    same = value == dog.answers.get(q.key)
    had = _had(dog, q)
    if not same and not await onboarding.correct(turn, dog, q, Value(value)):
        return False
    said = "correction-same" if same else "correction-done"
    _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), said=said, had=had)
    return True


async def age_in_report(turn: Turn) -> None:
    """A report that tells the dog's age too ("참고로 콩이 이제 4살 됐고 어제 또 짖었어요", "btw she
    turned 4, and she barked again", "2019년생인데 요즘 짖어요"; stop 34: analysed, the new age
    lost): the report is analysed as before and the age stored, said in one line, as health told
    in a report is kept (`onboarding.health_in_report`). The dog being added before its row
    exists keeps it for its survey; at the age question itself the survey reads it."""
    if turn.state.data.get("mode") == "edit" or turn.state.step == "age_months":
        return
    told = turn.services.understander.answers.age_in_sentence(turn.text)
    if told is None:
        return
    surveyed = await onboarding.survey_dog(turn)
    if turn.state.flow == onboarding.FLOW and surveyed is None:
        onboarding.keep_age_told(turn, onboarding.age_from(turn, None, told))
        return
    dog = await _told_dog(turn)
    answer = onboarding.age_from(turn, dog, told) if dog is not None else None
    if dog is None or answer is None:
        return
    q = BY_KEY["age_months"]
    before = format_stored(turn, dog, q) if dog.answers.get(q.key) is not None else None
    if not await onboarding.correct(turn, dog, q, answer) or format_stored(turn, dog, q) == before:
        return
    _corrected(turn, dog.name or turn.t("value-none"), q, format_stored(turn, dog, q), had=before is not None)


def _profile_answer(turn: Turn, names: list[str]) -> tuple[str, Value[Any] | Approximate] | None:
    """The profile answer a message typed alone is (`profile_told`): a choice option ("중형"), else
    an age, a breed or a weight (`Understander.profile_fact`) read without the owner's dogs' names
    ("두부는 말티즈예요": 말티즈), a weight read as the size whose kg range holds it, as the size
    question reads it."""
    understander = turn.services.understander
    option = understander.profile_option(turn.text)
    if option is not None:
        return option[0], Value(option[1])
    fact = understander.profile_fact(understander.names.without(turn.text, names) or turn.text)
    if fact is None:
        return None
    key, answer = fact
    if key != "weight":
        return key, answer
    size = next(
        (o for (k, o), band in OPTION_KG.items() if k == "size" and band.holds(float(answer.value))), None
    )
    return ("size", Value(size)) if size is not None else None


async def health_told(turn: Turn) -> bool:
    """A health note told with no survey question open ("피부병 약 먹어요" at a result's "how
    often?"; owner trial 10: glued onto the report and analysed again): kept as the dog's health
    answer, what the survey's health question keeps, after the note it has ("슬개골; 피부병 약
    먹어요"), said in one line; the open question stays open. False, nothing done, with no dog
    (the caller offers the survey)."""
    dog = await _told_dog(turn)
    if dog is None:
        return False
    q = BY_KEY["health"]
    note = turn.text.strip()
    before = dog.answers.get(q.key)
    if isinstance(before, str) and before not in ("", q.none_option) and note not in before:
        joined = f"{before}; {note}"
        note = joined if len(joined) <= (q.maximum or len(joined)) else note
    await onboarding.keep_note(turn, dog, q, note)
    turn.say("analysis-followup-health-kept", name=dog.name or turn.t("value-none"), note=turn.text.strip())
    return True


async def baby_told(turn: Turn) -> bool:
    """A new baby told with no survey question open ("아기가 태어났어요 지난주에", "we just had a
    baby"; owner trial 22: glued onto a report or noise): the children question's yes stored for
    the dog (named, else active), said in one line when it changes, then what a baby changes for
    a dog (`life-new-baby`: supervision and a place of its own, as the AVSAB and the AKC advise for
    dogs and infants). False, nothing done, with no dog (the caller offers the survey)."""
    dog = await _told_dog(turn)
    if dog is None:
        return False
    q = BY_KEY["children"]
    name = dog.name or turn.t("value-none")
    if dog.answers.get(q.key) != "yes":
        had = _had(dog, q)
        if not await onboarding.correct(turn, dog, q, Value("yes")):
            return False
        _corrected(turn, name, q, format_stored(turn, dog, q), had=had)
    turn.say("life-new-baby", name=name)
    return True


# A number, its word and the next ("4개월 말고", "4 months,"): where an old value may be stated.
_STATED = re.compile(r"\d+(?:[.,]\d+)?\s*[^\d\s,.!?~]*(?:\s+[^\d\s,.!?~]+)?")


async def _targeted(
    turn: Turn, dog: Dog, found: dict[str, Value[Any] | Approximate], typed: str
) -> dict[str, Value[Any] | Approximate]:
    """A correction naming no question, whose value fits several ("아 아까 4개월 말고 5개월이야":
    5 months, the age or how long owned; owner trial: asked again, nothing changed): the answers
    the dog has, and among them the one whose stored value the message states as the old one
    ("4개월 말고"); the first only while the dog's survey is open (after it, an answer skipped is no
    reason to pick the other). Several still, or none: all of them (the caller says it could not
    tell)."""
    surveyed = await onboarding.survey_dog(turn)
    answered = {key: a for key, a in found.items() if dog.answers.get(key) is not None}
    if surveyed is not None and surveyed.id == dog.id and len(answered) <= 1:
        return answered or found  # mid-survey, only the answers given so far are earlier ones
    old = turn.text.replace(typed, " ") if typed and typed in turn.text else turn.text
    stated = [readings(turn, piece) for found in _STATED.finditer(old) for piece in _pieces(found.group())]
    was = {
        key: a
        for key, a in answered.items()
        if any(key in said and _same(said[key], dog.answers[key]) for said in stated)
    }
    return was if len(was) == 1 else found


def _pieces(stated: str) -> tuple[str, ...]:
    """ "4개월", "4 months", "4개월 말고": the number with its own word, and with the next one."""
    words = stated.split()
    return (words[0], " ".join(words[:2])) if len(words) > 1 else (stated,)


def _same(said: Value[Any] | Approximate, stored: Any) -> bool:
    try:
        return abs(float(said.value) - float(stored)) < 0.01
    except (TypeError, ValueError):
        return False


def _had(dog: Dog, q: Question) -> bool:
    """Whether `dog` has an answer to `q` yet (a value, "don't know" or a skip kept)."""
    return dog.answers.get(q.key) is not None


def _corrected(
    turn: Turn, name: str, q: Question, value: str, *, said: str = "correction-done", had: bool = True
) -> None:
    """`value` said as `q`'s answer for the dog `name`: changed (`correction-done`), what the
    profile has already (`correction-same`), or a first answer to a question the survey has not
    asked yet (`correction-added`: owner trial 28, "말티즈요" with the survey paused was said as
    "corrected" when nothing was there to correct)."""
    if not had and said == "correction-done":
        said = "correction-added"
    field = turn.t(f"survey-field-{q.key}")
    turn.say(said, name=name, field=field, value=value)


def _unclear(turn: Turn, typed: str) -> None:
    edit = turn.choice(onboarding.EDIT, "survey-edit")
    turn.reply(Reply(turn.t("correction-unclear", value=typed), (edit,)))


async def renamed_told(turn: Turn) -> bool:
    """A new name told after words that correct it, nothing open ("이름 쪼꼬예요", "이름 잘못 썼어요
    두부에요", "his name is Max"; stop 34: the name offered to confirm, as a name told without them
    is; owner trial 16: the same with the survey stopped midway, confirmed, then the question
    again): the active dog renamed, its name before kept, said in one line (old → new); a survey
    stopped stays stopped. False, nothing done, for no such words, no dog or the name it has."""
    new = turn.services.understander.name_corrected(turn.text)
    question = BY_KEY["name"]
    if not new or turn.state.flow is not None or not question.minimum <= len(new) <= question.maximum:
        return False
    dog = await turn.active_dog()
    if dog is None or (dog.name or "").casefold() == new.casefold():
        return False
    was = dog.name or ""
    dog.rename(new)
    await turn.session.save_dog(dog)
    turn.say("survey-renamed-from", old=was, new=new)
    return True
