"""Names and dogs at the name question: two names (one dog or two?), more dogs counted, another dog
told with its name, an age told with or instead of the name, the name corrected or said again
later, a name hinted by a report, and a name told with no survey open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Question
from dogcoach.handlers.onboarding import entry, storing, told_ahead, waiting_dog
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import (
    FLOW,
    NAME_HINT,
    NAME_ONE,
    NAME_PAIR,
    NAME_TWO,
    NEWDOG_AFTER,
    NEWDOG_AFTER_FACTS,
    PARTS_KEY,
)
from dogcoach.handlers.onboarding.quantities import age_from
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import Approximate, Expect, Folded, Since, Unclear, Value
from dogcoach.services.understanding import Kind as Said


async def _two_names(turn: Turn, q: Question) -> bool:
    """Two dogs' names at the name question ("two dogs, Milo and Daisy", "두마리요 밀로랑 데이지";
    owner trial 8: the dog named Daisy, Milo lost): the first is this dog's name, stored, and
    the second offered once this survey is confirmed (`NEWDOG_AFTER`), both said in a line. False,
    nothing done, when the message is not two names (`Understander.two_named`)."""
    if turn.state.data.get("mode") == "edit":
        return False
    told = turn.services.understander.two_named(turn.text)
    if told is None:
        return False
    first, second = _same_ending(turn, *told)
    if turn.services.understander.two_named_alone(turn.text):  # "Salt and Pepper": one dog or two?
        turn.state.data[NAME_PAIR] = [first, second, turn.text.strip()]
        await ask(turn, q, None)
        return True
    turn.state.data[NEWDOG_AFTER] = second
    turn.say("survey-name-two", name=first, other=second)
    facts, waiting = waiting_dog.facts_of_two(turn, told)
    if facts is not None:  # "콩이(4살 말티푸 여아)랑 두부(…)" (stop 50): each dog's facts kept
        told_ahead.keep_waiting_facts(turn, facts, first)
        turn.state.data[NEWDOG_AFTER_FACTS] = waiting
        await storing._store(turn, q, None, first)
        return True
    at = turn.text.find(second)
    if at > 0:  # "초코는 5살 밤이는 2살" (owner trial 17): the first dog's age, from its own words
        _keep_age_told_with_name(turn, turn.text[:at])
    await storing._store(turn, q, None, first)
    return True


async def dogs_told_at_name(turn: Turn, told: str = "") -> bool:
    """More than one dog told at a first dog's name question ("we have 2 dogs, Milo and Daisy",
    "강아지 두마리 키우는데요", "2 dogs"; owner trial 10: the name asked again, no second dog
    offered, "2마리요" stored as the name 마리): two names, the first is this dog's and the second
    offered once this survey is confirmed (`_two_names`, as "콩이랑 팥이요"); a count alone, the
    first dog's name asked, another dog offered after (`NEWDOG_AFTER`; `told`: a name the words
    gave it). False, nothing done, elsewhere or when no dogs are counted."""
    state = turn.state
    if (
        not entry.at_first_question(state)
        or state.data.get("another")
        or state.data.get("dog_id") is not None
    ):
        return False
    q = QUESTIONS[0]
    if await _two_names(turn, q):
        return True
    u = turn.understanding
    command = u is not None and u.kind is Said.COMMAND and u.command == "newdog"
    if not command and not _dogs_counted(turn):
        return False
    first = "" if told else turn.services.understander.name_first(turn.text)
    turn.state.data[NEWDOG_AFTER] = told or turn.state.data.get(NEWDOG_AFTER) or True
    if first:  # "보리! 근데 강아지 두마리에요" (owner trial 21: 보리 dropped): this dog is 보리
        turn.say("survey-name-count-first", name=first)
        await storing._store(turn, q, None, first)
        return True
    if told:
        turn.say("survey-name-count-named", name=told)
    else:
        turn.say("survey-name-count")
    await ask(turn, q, None)
    return True


def _dogs_counted(turn: Turn) -> bool:
    """The message counts the owner's dogs, two or more ("두마리", "2 dogs": `understanding-dogs-
    counted`; a digit glued to its counter, "2마리요", read apart: `understanding-dogs-counter`)."""
    vocabulary = turn.services.understander.vocabulary
    if vocabulary["understanding-dogs-counted"].contains(Folded(turn.text)):
        return True
    counter = vocabulary["understanding-dogs-counter"]
    for number in re.finditer(r"\d+", turn.text):
        after = Folded(turn.text[number.end() :].lstrip())
        if int(number.group()) >= 2 and any(start == 0 for _p, start, _e, _h in counter.find(after)):
            return True
    return False


async def _name_pair_answered(
    turn: Turn, q: Question, dog: Dog | None, choice: str | None, picks: Sequence[str]
) -> bool:
    """The answer to "Salt and Pepper — one dog or two?" (`NAME_PAIR`): one, the whole stored as
    this dog's name; two, the first stored and the second offered once this survey is done, as
    two names told with their count are. A stale button: the question again. False for anything
    else (a name typed instead is read as usual, the pair dropped)."""
    pair = turn.state.data.pop(NAME_PAIR, None)
    if isinstance(pair, list) and len(pair) == 3:
        first, second, whole = (str(p) for p in pair)
        if choice == NAME_ONE or NAME_ONE in picks:
            await storing._store(turn, q, dog, whole)
            return True
        if choice == NAME_TWO or NAME_TWO in picks:
            turn.state.data[NEWDOG_AFTER] = second
            turn.say("survey-name-two", name=first, other=second)
            await storing._store(turn, q, dog, first)
            return True
    if choice in (NAME_ONE, NAME_TWO):
        turn.refuse("survey-stale-button")
        await ask(turn, q, dog)
        return True
    return False


def _same_ending(turn: Turn, first: str, second: str) -> tuple[str, str]:
    """Two Korean names typed with the same affectionate ending ("콩이랑 팥이요": 콩 read as the
    first, its 이 taken for the particle 이랑; owner trial 9): the first given the ending too when
    the second has it and the message has the first with it."""
    endings = turn.services.understander.vocabulary["understanding-name-suffix"].phrases
    for suffix in ("".join(p) for p in endings if p and not p[0].isascii()):
        if second.endswith(suffix) and not first.endswith(suffix) and first + suffix in turn.text:
            return first + suffix, second
    return first, second


def _other_dog_told(turn: Turn, dog: Dog | None = None) -> None:
    """The other dog's name told with the other pets ("yes another dog called Milo": Dog ticked,
    English trial 5: the name lost and adding Milo never offered): kept, and offered with its
    name when the survey is confirmed (`NEWDOG_AFTER`), said in one line. With the dog ticked, a
    name told as had too ("보리도 있어요 말티즈 2살", "we also have Max, a 2 year old beagle";
    stop 58: lost) is one, never the surveyed `dog`'s own name."""
    understander = turn.services.understander
    name = understander.new_dog_name(turn.text)
    u = turn.understanding
    if not name and u is not None and "dog" in u.picks:
        told = understander.another_dog_told(turn.text, dog_said=True)
        own = dog.name if dog is not None and dog.name else ""
        if told is not None and not (own and understander.names.named(told[0], [own])):
            name = told[0]
    if name:
        turn.state.data[NEWDOG_AFTER] = name
        turn.say("newdog-after-survey-named", name=name)


def _other_dog_named(turn: Turn, q: Question | None = None, *, any_case: bool = False) -> bool:
    """The other dog's name typed alone after adding it was put off until the survey is done
    ("add my other dog Milo", then "Milo"; "add a dog", then "Max" at the list of answers to edit):
    English trial 5, "please tell me how long" or "pick one of the options" and the name lost.
    When the name the owner typed is that dog's (or no name was told yet), it is kept for the
    offer (`NEWDOG_AFTER`), said in one line; the caller asks its question again. False when no
    dog waits or the message is no name alone (`Understander.name_only`; at the breed question
    `q`, a breed is no name: "푸들" answers it). `any_case`: right after the dog was put off, an
    English name typed in lower case ("rocky") is one too (owner trial 8: stored as the health)."""
    pending = turn.state.data.get(NEWDOG_AFTER)
    u = turn.understanding
    if not pending or (u is not None and u.kind is not Said.ANSWER):
        return False
    understander = turn.services.understander
    name = understander.name_only(turn.text, breed=q is not None and q.key == "breed", any_case=any_case)
    if not name:
        return False
    if isinstance(pending, str) and understander.name_alone(turn.text, [pending]) is None:
        return False  # another name than the one told: not read as that dog's
    if not isinstance(pending, str):
        turn.state.data[NEWDOG_AFTER] = name
    turn.say("newdog-after-survey-named", name=pending if isinstance(pending, str) else name)
    return True


def _keep_age_told_with_name(turn: Turn, said: str | None = None) -> None:
    """Two answers in one message at the name ("이름은 별이구요 이제 5개월 됐어요", "Max, he's 3 years
    old"; Korean trial 4: the age dropped and asked as if untold; "3살 초코", batch 72: the age
    first): the age told from its first digit on (or up to the name), with its unit ("5개월 됐어요"; a bare "2" may be anything), waits for the dog's row
    (`EARLY_KEY`), is said in a line and not asked. `said`: the words about this dog when the
    message tells of two ("초코는 5살 밤이는 2살": "초코는 5살")."""
    if turn.state.data.get("mode") == "edit":
        return
    text = turn.text if said is None else said
    born = turn.services.understander.answers.age_in_sentence(text)
    if isinstance(born, Since):  # "Rex, born in 2019" (stop 34: the year lost)
        told_ahead._keep_early_age(turn, age_from(turn, None, born))
        return
    words = text.split()
    at = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), 0)
    told = " ".join(words[at:])
    understander = turn.services.understander
    first = understander.answers.age_first(text) if at == 0 else None  # "3살 초코", "세살 두부"
    if first is None and at == 0:  # "이름은 해피고 나이는 네살이에요" (owner trial 31: age lost)
        at = understander.answers.age_in_words_at(text)
        told = " ".join(words[at:])
    if first is not None:  # "3살 초코" (batch 72): the age before the name
        told = first[0]
    elif at > 0 and not isinstance(
        understander.answers.quantity(Folded(told), Expect.AGE), Value | Approximate
    ):  # "shes a 2 yr old corgi", "3살 말티즈에요" (owner trial 10): the age's words only; "10
        # wks" whole (owner trial 31: "wks" read as a name after the age, 10 years kept)
        told = (understander.answers.age_first(told) or (told, ""))[0]
    # "and shes 3": a bare number said of the dog by a pronoun is its age (owner trial 10)
    of_the_dog = at > 0 and understander.vocabulary["understanding-name-pronoun"].contains(
        Folded(words[at - 1])
    )
    if (at == 0 and first is None) or not (any(c.isalpha() for c in told) or of_the_dog):
        return
    age = BY_KEY["age_months"]
    told_ahead._keep_early_age(
        turn, turn.services.understander.answers.quantity_told_late(Folded(told), Expect(age.kind.value))
    )


def _keep_sex_told_with_name(turn: Turn) -> None:
    """The dog's sex said in a word of the message that named it ("3살 말티즈 여아 콩이 키우고
    있어요", "a 3 year old male beagle named Charlie"; owner trial 17: lost, asked as if untold):
    the half it tells (female, male) kept for the sex question (`PARTS_KEY`), whose answer then
    only needs the neutering ("중성화 했어요", "neutered")."""
    if turn.state.data.get("mode") == "edit" or len(turn.text.split()) < 2:
        return
    understander = turn.services.understander
    sex = BY_KEY["sex"]
    words = understander.vocabulary["understanding-name-sex-word"]
    for word in turn.text.split():
        bare = Folded(word.strip(",.!~"))
        if not words.whole(bare):
            continue
        read = understander.understand(bare.text, survey_context(sex))
        if (
            isinstance(read.answer, Unclear)
            and isinstance(read.answer.understood, tuple)
            and read.answer.understood
        ):
            halves = [c for c in read.answer.understood if isinstance(c, str)]
            turn.state.data.setdefault(PARTS_KEY, {})[sex.key] = halves
            return


def _keep_age_told_instead_of_name(turn: Turn) -> None:
    """An age told at the name instead of one ("he's 4 btw", "she's 2", "걔 4살이에요"; English
    owner trial, batch 77: the name "He's", "updated He's's profile"; "oh wait sorry she's actually
    6 not 5", stop 50: the age told wrong left out, 6 kept over the 5 told before): kept until the dog's row
    exists (`EARLY_KEY`), said in a line ("Got the age too") and not asked; the name is asked
    again by the caller. Only an age said whole of the dog, by a pronoun or the age's own unit
    ("3살", "2 years old"): a bare "3" or "2 years" may be anything."""
    if turn.state.data.get("mode") == "edit":
        return
    understander = turn.services.understander
    message = Folded(understander.without_said_wrong(turn.text) or turn.text)  # "6 not 5": 6
    told = understander.vocabulary["understanding-name-pronoun"].contains(message)
    if not (told or understander.names_answer(message, "age_months")):
        return
    age = BY_KEY["age_months"]
    told_ahead._keep_early_age(turn, _age_in_sentence(turn, message, Expect(age.kind.value)))


def _age_in_sentence(turn: Turn, message: Folded, expect: Expect) -> Value[float] | Approximate | None:
    """The age a sentence at the name question tells, read from the first word on that leaves it
    whole ("이제 막 두살 됐어요": "두살 됐어요"; owner trial 12: not kept, "not a name")."""
    answers = turn.services.understander.answers
    words = message.text.split()
    for at in range(len(words)):
        read = answers.quantity_told_late(Folded(" ".join(words[at:])), expect)
        if read is not None:
            return read
    return None


async def name_told_idle(turn: Turn) -> bool:
    """The dog's name told with nothing open and a dog of the owner's ("콩이야 이름", "Max is his
    name"; owner trial 12: "not sure what you mean", or the survey offered again to a dog whose
    profile is done): a name of the owner's dogs is said to be noted already; another name, with
    no flow open, is offered as the active dog's new name (its name question, the name suggested:
    "yes" takes it). False, nothing done, with no dog, no name, or another flow open."""
    name = turn.services.understander.profile_name(turn.text)
    if not name or not BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        return False
    dogs = await turn.session.list_dogs(turn.user.id)
    found = turn.services.understander.names.named(name, [d.name or "" for d in dogs])
    if len(found) == 1:
        turn.say("survey-name-same", name=dogs[found[0]].name or name)
        return True
    dog = await turn.active_dog()
    if dog is None or turn.state.flow is not None:
        return False
    # the name question of the dog, as its edit: the router asks it (`Turn.resume_flow`)
    turn.state = ConversationState(FLOW, "name", {"mode": "edit", "dog_id": dog.id, NAME_HINT: name})
    return True


async def _name_corrected(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The name given earlier corrected at a later question ("보리 아니고 보라", "아 보리 말고
    보라예요", "not Bori, Bora"; owner trial: the open question again, nothing changed): the
    message is the stored name marked as wrong and a new one, read as a report said to be about
    another dog is (`dog_retold`'s words); the new name is stored (`_rename`) and the open
    question asked again. Another of the owner's dogs named is no new name: False, nothing done."""
    if dog is None or not dog.name or q.key == "name":
        return False
    understander = turn.services.understander
    if not understander.may_retell(turn.text):
        return False
    dogs = [d for d in await turn.session.list_dogs(turn.user.id) if d.id != dog.id and d.name]
    names = [dog.name, *(d.name or "" for d in dogs)]
    new = understander.dog_unregistered(turn.text, names, 0)
    if not new:
        return False
    await _rename(turn, q, dog, new)
    return True


async def _name_retyped(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The dog's name typed again at a later question, close to the stored one ("콩이" for 콩이라,
    "its just Poppy not Popyy lol"; owner trial 31: "I didn't understand the age"): the stored
    name put right (`_rename`) and the open question asked again. Only a message that answers
    the open question in no way. False, nothing done, else."""
    u = turn.understanding
    if dog is None or not dog.name or q.key == "name" or u is None or u.kind is not Said.ANSWER:
        return False
    if not isinstance(u.answer, Unclear):
        return False
    new = turn.services.understander.name_retyped(turn.text, dog.name)
    if not new:
        return False
    await _rename(turn, q, dog, new)
    return True


async def _name_told_next(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A name typed alone at the question right after the name ("뭉치요", "Max" at the age; stop
    50 owner trial: the name had been stored wrong, "I didn't catch the age" ignored the fix):
    said back, and the name question opened as an edit offering it ("Is your dog's name 뭉치?":
    yes takes it, "another name" asks it plain); the survey then comes back to `q`. Only a
    message that answers `q` in no way; False, nothing done, else."""
    u = turn.understanding
    if dog is None or not dog.name or q.key != QUESTIONS[1].key or turn.state.data.get("mode") == "edit":
        return False
    if u is None or u.kind is not Said.ANSWER or not isinstance(u.answer, Unclear) or u.answer.understood:
        return False
    if turn.services.understander.answers.breeds_named(Folded(turn.text)):
        return False  # "말티즈", "푸들" at the age (stop 56 trial: "is the name 말티즈?"): the breed
    new = turn.services.understander.name_told_bare(turn.text, dog.name)
    if not new or not BY_KEY["name"].minimum <= len(new) <= BY_KEY["name"].maximum:
        return False
    turn.say("survey-name-fix-offer", typed=turn.text.strip(), old=dog.name)
    turn.state.data["mode"] = "edit"
    turn.state.data[NAME_HINT] = new
    turn.state.step = QUESTIONS[0].key
    await ask(turn, QUESTIONS[0], dog)
    return True


async def _rename(turn: Turn, q: Question, dog: Dog, name: str) -> None:
    """The dog's name said again at a later question: stored as the name (if it fits the name
    question's length), then the open question again."""
    if BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        was = dog.name or ""
        dog.rename(name)
        await turn.session.save_dog(dog)
        storing.say_changed(turn, BY_KEY["name"], dog, was)
    await ask(turn, q, dog)


async def hint_name(turn: Turn, text: str) -> None:
    """A report typed at the name question before there is a dog ("우리 콩이가 밤마다 짖어요"): the
    name it gives is what the question offers when it is asked again. Never the name of a dog the
    owner has already ("콩이가 또 짖어요" at a further dog's name question is about 콩이, as "콩" or
    "콩이")."""
    if turn.state.flow != FLOW or turn.state.step != "name" or turn.state.data.get("dog_id") is not None:
        return
    if turn.state.data.get("mode") == "edit":
        return
    names = turn.services.understander.names
    name = names.introduced(text)
    if not name or not BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        return
    dogs = await turn.session.list_dogs(turn.user.id)
    if names.named(name, [d.name or "" for d in dogs]):
        return
    turn.state.data[NAME_HINT] = name


async def named_by_report(turn: Turn) -> Dog | None:
    """A report typed at a further dog's name question that names the dog the question offers
    (`NAME_HINT`: "we also have Lulu" → "Is your dog's name Lulu?", then "lulu keeps stealing
    socks"; owner trial 34: filed under Tank without a word): her name taken, her row created, so
    the report is filed under her (`report.dog_of`); the survey goes on with `go_on_after_name`
    once the report is answered. None, nothing done, elsewhere."""
    state = turn.state
    hint = state.data.get(NAME_HINT)
    if (
        state.flow != FLOW
        or state.step != "name"
        or state.data.get("dog_id") is not None
        or state.data.get("mode") == "edit"
        or not isinstance(hint, str)
        or not turn.services.understander.names.named(turn.text, [hint])
        or not await turn.session.list_dogs(turn.user.id)
    ):
        return None
    return await storing._save(turn, QUESTIONS[0], None, hint)


async def go_on_after_name(turn: Turn, dog: Dog) -> None:
    """The survey after the name `named_by_report` took: the next question asked."""
    await storing._after_answer(turn, QUESTIONS[0], dog)
