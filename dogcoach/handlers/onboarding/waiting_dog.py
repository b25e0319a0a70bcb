"""Facts told about the dog waiting to be added while this dog's survey is still open.

Adding another dog mid-survey is put off until the survey is done (`NEWDOG_AFTER`: its name, or
True when none was told). Owner trial 25: what the owner then told about that dog was taken as a
correction of this one — "her name is luna" renamed Biscuit to Luna, "여자애 중성화 안함" turned 콩이
from a neutered male into an intact female. A name told with no dog named is the waiting dog's
when it has none yet; a sex that contradicts this dog's (the other sex, not a completion) is the
waiting dog's when it answers nothing the open question asks: neither is stored on this dog, the
owner is told, and the question asked again.

Stop 48 (owner trial 33): another dog's age told at a question ("bramble is only 5 months btw",
"두부는 한살이에요" at the household: lost; "actually bramble is 2 not 1" after Bramble was
announced: stored as this dog's age). The owner's other dog with a profile has its age corrected;
else the dog named waits to be added, its age kept with it (`NEWDOG_AFTER_FACTS`), carried to the
offer, and stored with its name when its survey starts, never asked there.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question
from dogcoach.handlers.card import format_answer, format_stored
from dogcoach.handlers.onboarding import storing, told_ahead, told_along
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import (
    NEWDOG_AFTER,
    NEWDOG_AFTER_FACTS,
    QUANTITY_KINDS,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import _check_number, _number
from dogcoach.handlers.onboarding.told_along import NEUTER_CONCEPTS, SEX_CONCEPTS
from dogcoach.handlers.parsing import OPTION_CONCEPTS, survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Expect, Folded, Unclear, Value
from dogcoach.services.understanding import Kind as Said


async def told_of_waiting_dog(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """True when the message was about the dog waiting to be added (see the module), answered and
    the question `q` asked again; False, nothing done, otherwise."""
    waiting = turn.state.data.get(NEWDOG_AFTER)
    u = turn.understanding
    if not waiting or dog is None or u is None or q.key == "name":
        return False
    names = turn.services.understander.names
    if names.named(turn.text, [dog.name or ""]):
        return False  # "콩이는 여아예요": this dog, named
    if u.rename and isinstance(u.answer, Value):
        if isinstance(waiting, str):
            return False  # a name told already: another name is this dog's, renamed as before
        name = str(u.answer.value)
        turn.state.data[NEWDOG_AFTER] = name
        turn.say("newdog-after-survey-named", name=name)
        await ask(turn, q, dog)
        return True
    answers_q = u.kind is Said.CHOICE or (u.kind is Said.ANSWER and isinstance(u.answer, Value | Approximate))
    if not answers_q and isinstance(waiting, str) and await _kept_by_pronoun(turn, q, dog, waiting):
        return True  # "0 shes never alone" with Lulu waiting, Tank a male (owner trial 33)
    if q.key != "sex" and not answers_q and _other_sex(turn, dog):
        turn.say(
            "newdog-after-survey-fact",
            name=waiting if isinstance(waiting, str) else turn.t("newdog-after-survey-other"),
        )
        await ask(turn, q, dog)
        return True
    return False


async def _kept_by_pronoun(turn: Turn, q: Question, dog: Dog, waiting: str) -> bool:
    """A message the open question cannot place that calls its dog by the pronoun of the other sex
    than this dog's (`understanding-pronoun-male` / `-female`: "0 shes never alone" at the exercise,
    Tank a male, Lulu waiting; owner trial 33: Tank's alone hours changed to 0) is about the dog
    waiting: a number it names one question of (`names_answer`) kept for that dog, else said to be
    that dog's; nothing stored on this dog, `q` asked again. False, nothing done, otherwise."""
    stored = dog.answers.get("sex")
    said = turn.services.understander.pronoun_sex(turn.text)
    if not isinstance(stored, str) or not said or said == stored.split("_")[0]:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    named = [
        other
        for other in QUESTIONS
        if other.kind in QUANTITY_KINDS and understander.names_answer(message, other.key, pronoun=False)
    ]
    answer = understander.value_within(turn.text, named[0].key) if len(named) == 1 else None
    if (
        answer is None
        or not isinstance(answer, Value | Approximate)
        or not keep_for_waiting(turn, waiting, named[0], answer)
    ):
        turn.say("newdog-after-survey-fact", name=waiting)
    await ask(turn, q, dog)
    return True


def _other_sex(turn: Turn, dog: Dog) -> bool:
    """The message reads as the sex question's answer whole, in words, and it is the other sex than
    this dog's stored one ("여자애 중성화 안함" for a neutered male)."""
    stored = dog.answers.get("sex")
    if not isinstance(stored, str):
        return False
    # no numbers: "2" at the household is no second option of the sex (stop 41's CI)
    read = turn.services.understander.understand(turn.text, survey_context(BY_KEY["sex"], numbered=False))
    if read.kind is not Said.CHOICE or len(read.picks) != 1:
        return False
    return read.picks[0].split("_")[0] != stored.split("_")[0]


# Where an unknown name with an age is no dog of the owner's to wait: the age question (this dog's
# two ages are read there, `quantities._two_ages`) and the children (a child called by a nickname).
_UNKNOWN_NAME_NOT_KEPT = frozenset({"age_months", "children"})


async def other_dog_age_told(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """Another dog's age told at question `q` of `dog`'s survey (see the module): that dog's age
    corrected when it has a profile, else kept for the dog waiting to be added (the one named, or
    a dog newly named when none waits by a name); said in a line, `q` asked again. False, nothing
    done, for anything else (a third dog named while another waits, an age out of range)."""
    if dog is None or not dog.name or q.key == "name" or turn.incoming.choice is not None:
        return False
    understander = turn.services.understander
    age = BY_KEY["age_months"]
    # at the age question a bare number is the age, and only a word that reads as a name is one
    # ("Bori is 3", "보리는 세살"; not 얼마전에 of "얼마전에 생일이었는데 2살 됐어요": stop 57's revert)
    named = understander.other_dog_age(turn.text, dog.name, at_age=True) if q.key == age.key else None
    told = understander.other_dog_age(turn.text, dog.name) or named
    if told is None:
        return False
    name, answer = told
    others = [d for d in await turn.session.list_dogs(turn.user.id) if d.id != dog.id and d.name]
    found = understander.names.named(name, [d.name or "" for d in others])
    if len(found) == 1:  # "두부 나이 1살로 해주세요" with 두부 profiled: 두부's age
        other = others[found[0]]
        had = age.key in other.answers
        if not await storing.correct(turn, other, age, answer):
            return False
        said = "correction-done" if had else "correction-added"
        field = turn.t(f"survey-field-{age.key}")
        turn.say(said, name=other.name or name, field=field, value=format_stored(turn, other, age))
        await ask(turn, q, dog)
        return True
    waiting = turn.state.data.get(NEWDOG_AFTER)
    if isinstance(waiting, str):
        if not understander.names.named(name, [waiting]):
            return False  # a third dog: not guessed
        name = waiting
    elif q.key == age.key and named is not None:
        # "보리는 세살" at 콩이's age (stop 58; before: "I understood 3 years, but not 보리", nothing
        # asked): another dog, or the name kept wrong? Asked, nothing stored
        value = format_answer(turn, age, _number(age, float(named[1].value)))
        turn.say("survey-unclear-other-name", value=value, other=named[0], name=dog.name)
        await ask(turn, q, dog)
        return True
    elif q.key in _UNKNOWN_NAME_NOT_KEPT:
        return False
    if not keep_for_waiting(turn, name, age, answer):
        return False
    await ask(turn, q, dog)
    return True


def keep_for_waiting(
    turn: Turn, name: str, q: Question, answer: Value[Any] | Approximate, *, beside: str = ""
) -> bool:
    """`answer` to `q` (a number question) kept for the dog `name` waiting to be added after this
    survey (`NEWDOG_AFTER`, `NEWDOG_AFTER_FACTS`), said in a line (`beside`: the surveyed dog's
    name, its own answer told in the same message and stored: no "nothing changed"). False,
    nothing kept, when it does not fit `q`."""
    try:
        value = _number(q, float(answer.value))
        _check_number(q, value, None)
    except (Invalid, TypeError, ValueError):
        return False
    facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
    if not isinstance(facts, dict) or facts.get("name") != name:
        facts = {"name": name, "answers": {}, "approximate": {}}
    facts["answers"][q.key] = value
    if isinstance(answer, Approximate):
        facts["approximate"][q.key] = [answer.low, answer.high]
    else:
        facts["approximate"].pop(q.key, None)
    turn.state.data[NEWDOG_AFTER_FACTS] = facts
    turn.state.data[NEWDOG_AFTER] = name
    field = turn.t(f"survey-field-{q.key}")
    shown = format_answer(turn, q, value)
    if beside:
        turn.say("newdog-after-survey-kept-beside", name=name, field=field, value=shown, dog=beside)
    else:
        turn.say("newdog-after-survey-kept", name=name, field=field, value=shown)
    return True


def kept_beside(turn: Turn, q: Question, dog: Dog | None) -> str | None:
    """The waiting dog's fact told beside this dog's answer in one message ("망고는 5살 키위는
    1살이요", "Mango is 5 and Kiwi is 1" at 망고's age, 키위 told at the first contact; owner trial
    34: 키위's age lost, or "Mango is" stored as the name): the waiting dog's words read as an
    answer to `q` when it asks a number, else as its age (`Understander.other_dog_age`), kept for
    it (`keep_for_waiting`, said in a line); what the message says of this dog is returned, for
    the caller to read as the answer typed alone. None, nothing kept, for anything else (no dog
    waits by a name, one of the two not named, nothing read in the waiting dog's words)."""
    waiting = turn.state.data.get(NEWDOG_AFTER)
    if (
        not isinstance(waiting, str)
        or dog is None
        or not dog.name
        or q.key == "name"
        or turn.incoming.choice is not None
    ):
        return None
    understander = turn.services.understander
    parts = understander.names.apart(turn.text, dog.name, waiting)
    if parts is None:
        return None
    own, other = parts
    if not own or not other:
        return None
    if q.kind in QUANTITY_KINDS:  # "망고는 2시간 키위는 5시간" at the alone hours: the same question's
        said = understander.understand(understander.names.without(other, [waiting]), survey_context(q))
        answer = said.answer if said.kind is Said.ANSWER else None
        if isinstance(answer, Value | Approximate) and keep_for_waiting(
            turn, waiting, q, answer, beside=dog.name
        ):
            return own
    told = understander.other_dog_age(other, dog.name)
    words = understander.names.without(other, [waiting]) or other
    facts = told_of_dog(turn, words)
    if told is not None:
        facts = [(BY_KEY["age_months"], told[1]), *[(k, a) for k, a in facts if k.key != "age_months"]]
    halves = sex_halves(turn, words) if not any(k.key == "sex" for k, _ in facts) else []
    if len(facts) == 1 and not halves:
        return own if keep_for_waiting(turn, waiting, facts[0][0], facts[0][1], beside=dog.name) else None
    if (facts or halves) and keep_all_for_waiting(turn, waiting, facts, halves, beside=dog.name):
        return own
    return None


# The most words an age told among a dog's other facts spans ("a 1 year old", "1살").
AGE_WORDS = 4


def told_of_dog(
    turn: Turn, text: str, *, bare_age: bool = False
) -> list[tuple[Question, Value[Any] | Approximate]]:
    """The profile facts a few words tell of one dog ("1살 암컷 말티즈요", "a 1 year old female
    maltese", "little jack russell"; stop 50: only an age told alone was kept for a waiting dog):
    its age (a digit and its unit, a few words; `bare_age`: a number first alone too, "Bella (3,
    spayed female lab)"), its sex when whole (the option), its breed (`told_ahead._breed_told`),
    its size by a weight or a size word. Each question once."""
    understander = turn.services.understander
    message = Folded(text)
    found: list[tuple[Question, Value[Any] | Approximate]] = []
    words = message.text.split()
    age = BY_KEY["age_months"]
    read: Value[Any] | Approximate | None = None
    for at, word in enumerate(words):
        if read is not None or not any(ch.isdigit() for ch in word):
            continue
        for end in range(min(len(words), at + AGE_WORDS), at, -1):
            said = understander.answers.quantity_told_late(Folded(" ".join(words[at:end])), Expect.AGE)
            if said is not None and any(ch.isalpha() for ch in " ".join(words[at:end])):
                read = said
                break
    first = words[0].strip(",.") if words else ""
    if read is None and bare_age and first.isdigit():
        read = understander.answers.quantity_told_late(Folded(first), Expect.AGE)
    if read is not None:
        found.append((age, read))
    sex = BY_KEY["sex"]
    picks = _sex_picks(turn, message)
    if len(picks) == 1:
        found.append((sex, Value(picks[0])))
    breed = BY_KEY["breed"]
    named = told_ahead._breed_told(turn, message, breed, as_typed=True)
    for span in (1, 2):  # "1살 진도믹스 남아": the breed's own words ("진도믹스") among the others
        spans = (" ".join(words[at : at + span]).strip(",.!?~") for at in range(len(words) - span + 1))
        named = named or next(
            (b for w in spans if (b := told_ahead._breed_told(turn, Folded(w), breed, as_typed=True))), None
        )
    if named:
        found.append((breed, Value(named)))
    sized = told_along._weight_size(turn, message) or _size_word(turn, message)
    if sized:
        found.append((BY_KEY["size"], Value(sized)))
    return found


def _sex_picks(turn: Turn, message: Folded) -> list[str]:
    """The sex options the words of `message` name, read whole and word by word at the sex question
    with no numbers ("1살 암컷 중성화", "spayed female"): the one option both halves name, or none."""
    concepts = set(_sex_concepts(turn, message.text))
    for word in message.text.split():
        concepts.update(_sex_concepts(turn, word.strip(",.!?~()")))
    sex = BY_KEY["sex"]
    return [v for v in sex.options if concepts and set(OPTION_CONCEPTS.get((sex.key, v), ())) == concepts]


def _sex_concepts(turn: Turn, text: str) -> list[str]:
    """The sex concepts `text` read at the sex question names (female, male, neutered, intact)."""
    sex = BY_KEY["sex"]
    read = turn.services.understander.understand(text, survey_context(sex, numbered=False))
    if read.kind is Said.CHOICE and len(read.picks) == 1 and read.picks[0] in sex.options:
        return list(OPTION_CONCEPTS.get((sex.key, read.picks[0]), ()))
    answer = read.answer
    if read.kind is Said.ANSWER and isinstance(answer, Unclear) and isinstance(answer.understood, tuple):
        return [c for c in answer.understood if isinstance(c, str) and c in SEX_CONCEPTS | NEUTER_CONCEPTS]
    return []


def sex_halves(turn: Turn, text: str) -> list[str]:
    """The half of the sex `text` tells with no option whole ("1살 암컷": female), for the sex
    question of that dog to ask only the rest (`PARTS_KEY`); [] for none or a whole one."""
    message = Folded(text)
    if _sex_picks(turn, message):
        return []
    concepts = set(_sex_concepts(turn, message.text))
    for word in message.text.split():
        concepts.update(_sex_concepts(turn, word.strip(",.!?~()")))
    return sorted(concepts)


def _size_word(turn: Turn, message: Folded) -> str | None:
    """The size one word of `message` picks, read at the size question with no numbers ("little",
    "작은"), the same for every word that picks one; None else."""
    size = BY_KEY["size"]
    found: set[str] = set()
    for word in message.text.split():
        read = turn.services.understander.understand(
            word.strip(",.!?~()"), survey_context(size, numbered=False)
        )
        if read.kind is Said.CHOICE and len(read.picks) == 1 and read.picks[0] in size.options:
            found.add(read.picks[0])
    return found.pop() if len(found) == 1 else None


def keep_all_for_waiting(
    turn: Turn,
    name: str,
    facts: list[tuple[Question, Value[Any] | Approximate]],
    halves: list[str],
    *,
    beside: str = "",
) -> bool:
    """Several facts of the dog `name` waiting to be added (`told_of_dog`, and the half of its sex
    told: `halves`), each kept for its survey as `keep_for_waiting` keeps one, all said in one
    line. False, nothing said, when none fits its question."""
    said: list[str] = []
    for q, answer in facts:
        value = _kept_value(turn, name, q, answer)
        if value is not None:
            field = turn.t(f"survey-field-{q.key}")
            said.append(turn.t("correction-fact", field=field, value=format_answer(turn, q, value)))
    if halves:
        kept = _waiting_facts(turn, name)
        kept.setdefault("parts", {})["sex"] = halves
        shown = ", ".join(turn.t(f"understanding-concept-{c}") for c in halves)
        said.append(turn.t("correction-fact", field=turn.t("survey-field-sex"), value=shown))
    if not said:
        return False
    turn.state.data[NEWDOG_AFTER] = name
    if beside:
        turn.say("newdog-after-survey-kept-beside-many", name=name, facts="; ".join(said), dog=beside)
    else:
        turn.say("newdog-after-survey-kept-many", name=name, facts="; ".join(said))
    return True


def _waiting_facts(turn: Turn, name: str) -> dict[str, Any]:
    """The facts kept for the waiting dog `name` (`NEWDOG_AFTER_FACTS`), new when none are hers."""
    facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
    if not isinstance(facts, dict) or facts.get("name") != name:
        facts = {"name": name, "answers": {}, "approximate": {}}
        turn.state.data[NEWDOG_AFTER_FACTS] = facts
    return facts


def _fitting(q: Question, answer: Value[Any] | Approximate) -> Any:
    """`answer` as `q` keeps it (a number checked as the survey checks it, an option of `q`, a
    text); None when it does not fit."""
    try:
        if q.kind in QUANTITY_KINDS:
            value: Any = _number(q, float(answer.value))
            _check_number(q, value, None)
        elif q.kind is Kind.CHOICE:
            value = str(answer.value)
            if value not in q.options:
                return None
        else:
            value = str(answer.value).strip()
            if not value:
                return None
    except (Invalid, TypeError, ValueError):
        return None
    return value


def _kept_value(turn: Turn, name: str, q: Question, answer: Value[Any] | Approximate) -> Any:
    """`answer` to `q` kept for the waiting dog `name` (`_fitting`), the value kept; None,
    nothing kept, when it does not fit."""
    value = _fitting(q, answer)
    if value is None:
        return None
    facts = _waiting_facts(turn, name)
    facts["answers"][q.key] = value
    if isinstance(answer, Approximate) and q.kind in QUANTITY_KINDS:
        facts["approximate"][q.key] = [answer.low, answer.high]
    else:
        facts["approximate"].pop(q.key, None)
    return value


def facts_for(turn: Turn, name: str, text: str) -> tuple[dict[str, Any], list[str]]:
    """The facts `text` tells of the dog `name` (`told_of_dog`, a bare number first its age;
    the half of its sex, `sex_halves`) as the facts kept for a dog's survey are kept
    (`NEWDOG_AFTER_FACTS`, applied by `told_ahead.keep_waiting_facts`), and each said as
    `correction-fact`; nothing kept in the state. Facts that fit no question are left out."""
    facts: dict[str, Any] = {"name": name, "answers": {}, "approximate": {}}
    said: list[str] = []
    for q, answer in told_of_dog(turn, text, bare_age=True):
        value = _fitting(q, answer)
        if value is None:
            continue
        facts["answers"][q.key] = value
        if isinstance(answer, Approximate) and q.kind in QUANTITY_KINDS:
            facts["approximate"][q.key] = [answer.low, answer.high]
        said.append(
            turn.t(
                "correction-fact", field=turn.t(f"survey-field-{q.key}"), value=format_answer(turn, q, value)
            )
        )
    halves = [] if "sex" in facts["answers"] else sex_halves(turn, text)
    if halves:
        facts["parts"] = {"sex": halves}
        shown = ", ".join(turn.t(f"understanding-concept-{c}") for c in halves)
        said.append(turn.t("correction-fact", field=turn.t("survey-field-sex"), value=shown))
    return facts, said


def facts_of_two(turn: Turn, names: tuple[str, str]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Two dogs told each with its facts in brackets (`Understander.two_with_facts`: "콩이(4살 말티푸
    여아)랑 두부(1살 진도믹스 남아)"), named `names`: the first's facts for its survey, kept by
    `entry.start_new_dog` or `told_ahead.keep_waiting_facts`, and the second's, to keep for the
    offer after this survey (`NEWDOG_AFTER_FACTS`), said in a line here. (None, None) when the
    message is not of that form."""
    told = turn.services.understander.two_with_facts(turn.text)
    if told is None or (told[0][0], told[1][0]) != names:
        return None, None
    first, _said = facts_for(turn, names[0], told[0][1])
    second, said = facts_for(turn, names[1], told[1][1])
    if said:
        turn.say("newdog-after-survey-kept-beside-many", name=names[1], facts="; ".join(said), dog=names[0])
    return first, second


# The earlier answers that tell one dog from another (the household, the hours alone, the other
# pets are the home's, shared by both): a bare answer contradicting one of them while another dog
# waits is that dog's, not a correction of this one. The sex is `told_of_waiting_dog`'s.
_OWN_FACTS = ("age_months", "size", "origin", "breed")
# And while the owner tells the waiting dog's facts (one kept already): its sex, agreeing with this
# dog's or not (trial 56: "남자애 중성화 안했어" after "5살이요" was kept for 보리).
_TELLING_FACTS = ("sex",)

# Words that tie a message to the dog being surveyed ("actually", "아니 잘못 말했어요", "he's"):
# with one, a contradicting answer is this dog's correction, as before.
_TIED = ("understanding-profile-own-dog", "understanding-correction", "understanding-correction-mistake")


async def earlier_contradicted_for_waiting(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """While another dog waits to be added (`NEWDOG_AFTER`), a bare answer that the open question
    `q` does not read and that contradicts an earlier answer of this dog's own (its age, size,
    origin, breed: `_OWN_FACTS`), naming no dog and with no word tying it to this one (Korean owner
    trial, stop 50: "강아지 추가", "보리", then "2살" and "지인한테 분양받았어요" at the exercise
    changed 코코's age 5살 → 2살 and origin 펫숍 → 지인; "2 yrs", "rescue" alike; trial 56: "진돗개"
    replaced 콩이's breed): never stored on this dog. Once a fact of the waiting dog is kept, the
    sex too, and one agreeing with what is stored. Kept for the waiting dog when it has a name
    (said in a line, stored when its survey starts), else said to be the other dog's; `q` asked
    again. False, nothing done, otherwise (the open question's own answer, one agreeing with what
    is stored while nothing of the waiting dog's is kept, a dog named, a correction word)."""
    waiting = turn.state.data.get(NEWDOG_AFTER)
    u = turn.understanding
    if not waiting or dog is None or u is None or q.key == "name" or turn.incoming.choice is not None:
        return False
    if turn.state.data.get("mode") == "edit":
        return False  # an edit of this dog's answer is about this dog (stop 54: "20 mins" at Rex's sex)
    if u.kind is Said.CHOICE or (u.kind is Said.ANSWER and isinstance(u.answer, Value | Approximate)):
        return False  # the open question's own answer
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names.named(turn.text, [dog.name or ""]) or any(
        understander.vocabulary[v].contains(message) for v in _TIED
    ):
        return False
    # the owner telling the waiting dog's facts already ("5살이요" kept for 보리): what follows is
    # that dog's too, agreeing with this dog's or not (trial 56: "남자애 중성화 안했어" said to be
    # 콩이's already, "진돗개" replaced 콩이's breed)
    telling = isinstance(waiting, str) and bool(_waiting_facts(turn, waiting).get("answers"))
    found = _contradicting(turn, q, dog, telling=telling)
    if found is None:
        return False
    earlier, value = found
    if isinstance(waiting, str) and _keep_for_waiting_as_is(turn, waiting, earlier, value):
        await ask(turn, q, dog)
        return True
    turn.say(
        "newdog-after-survey-fact",
        name=waiting if isinstance(waiting, str) else turn.t("newdog-after-survey-other"),
    )
    await ask(turn, q, dog)
    return True


def _contradicting(
    turn: Turn, q: Question, dog: Dog, *, telling: bool = False
) -> tuple[Question, Any] | None:
    """The earlier own-fact question (`_OWN_FACTS`, before `q`, answered) the message answers
    whole with another value than the stored one, and that value; None for none. `telling`: the
    owner is telling the waiting dog's facts: the sex too (`_TELLING_FACTS`), and the same value."""
    understander = turn.services.understander
    message = Folded(turn.text)
    for key in (*_OWN_FACTS, *(_TELLING_FACTS if telling else ())):
        earlier = BY_KEY[key]
        stored = dog.answers.get(key)
        if QUESTIONS.index(earlier) >= QUESTIONS.index(q) or stored in (
            None,
            "",
            "unknown",
            earlier.none_option,
        ):
            continue
        if earlier.kind in QUANTITY_KINDS:
            read = understander.value_within(turn.text, key)
            # a number with the age's own word ("2살", "2 yrs"): no bare "2", which a count may be
            if not isinstance(read, Value) or not (
                understander.names_answer(message, key)
                or isinstance(understander.value_within(turn.text, "owned_months"), Value)
            ):
                continue
            if not _number_read_at(turn, earlier):
                continue  # "20 mins": the number's unit is another question's (stop 54: "Age: 20 years")
            try:
                value: Any = _number(earlier, float(read.value))
            except (Invalid, TypeError, ValueError):
                continue
            if not telling and isinstance(stored, int | float) and abs(float(stored) - value) < 1:
                continue
            return earlier, value
        if earlier.kind is Kind.TEXT:  # the breed: one named, the message no more than it
            breed = _breed_alone(turn, earlier)
            if breed is not None and (telling or breed.casefold() != str(stored).casefold()):
                return earlier, breed
            continue
        context = survey_context(earlier, numbered=False)
        if not understander.may_pick(turn.text, context):
            continue
        said = understander.understand(turn.text, context)
        picks = [p for p in said.picks if p in earlier.options] if said.kind is Said.CHOICE else []
        if len(picks) == 1 and (telling or picks[0] != stored):
            return earlier, picks[0]
    return None


def _breed_alone(turn: Turn, q: Question) -> str | None:
    """The one breed a message names (`understanding-breed`) when the breed question `q` reads the
    whole message as it ("진돗개", "husky"); None for anything else."""
    understander = turn.services.understander
    if len(understander.answers.breeds_named(Folded(turn.text))) != 1:
        return None
    said = understander.understand(turn.text, survey_context(q, numbered=False))
    if said.kind is not Said.ANSWER or not isinstance(said.answer, Value):
        return None
    return str(said.answer.value)


def _number_read_at(turn: Turn, q: Question) -> bool:
    """The whole message, read at the number question `q`, tells a number of it: "2 yrs", "2살"
    at the age; never "20 mins", "3 hours" (a window of it, "20", is a bare age, the unit left)."""
    read = turn.services.understander.understand(turn.text, survey_context(q, numbered=False))
    answer = read.answer
    if isinstance(answer, Unclear):
        return answer.understood is not None
    return isinstance(answer, Value | Approximate)


def _keep_for_waiting_as_is(turn: Turn, name: str, q: Question, value: Any) -> bool:
    """`value` for `q` kept for the dog `name` waiting (a number through `keep_for_waiting`, a
    choice as it is), said in a line."""
    if q.kind in QUANTITY_KINDS:
        return keep_for_waiting(turn, name, q, Value(value))
    facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
    if not isinstance(facts, dict) or facts.get("name") != name:
        facts = {"name": name, "answers": {}, "approximate": {}}
    facts["answers"][q.key] = value
    facts.setdefault("approximate", {}).pop(q.key, None)
    turn.state.data[NEWDOG_AFTER_FACTS] = facts
    turn.state.data[NEWDOG_AFTER] = name
    field = turn.t(f"survey-field-{q.key}")
    turn.say("newdog-after-survey-kept", name=name, field=field, value=format_answer(turn, q, value))
    return True
