"""The review card and editing: the card confirmed or an answer picked to edit, the list of answers to
edit, a field corrected or the name or start told again at the review, going back a question, the
survey resumed after an edit, and the dog mentioned during the survey offered at its end.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import Reply
from dogcoach.handlers.card import format_stored, profile_card
from dogcoach.handlers.onboarding import (
    entry,
    late_numbers,
    naming,
    picking,
    reminders,
    storing,
    told_ahead,
    told_along,
)
from dogcoach.handlers.onboarding.asking import ask, show_edit_pick, show_review, show_review_reminder
from dogcoach.handlers.onboarding.constants import (
    ADD_DOG,
    ADD_DOG_NO,
    ADD_DOG_OFFER_TURNS,
    ADD_DOG_OFFERED,
    ADD_DOG_OFFERED_FACTS,
    ADD_DOG_OFFERED_NAME,
    BACK,
    CONFIRM,
    EDIT,
    EDIT_PICK,
    NEWDOG_AFTER,
    NEWDOG_AFTER_FACTS,
    QUANTITY_KINDS,
    REVIEW,
    TICKS_KEY,
)
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.store.base import utcnow
from dogcoach.services.understanding import Approximate, Expect, Folded, Unclear, Value
from dogcoach.services.understanding import Kind as Said


async def _handle_review(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await entry.start_new_dog(turn)
        return
    if turn.picked(CONFIRM, "survey-confirm"):
        if entry._unfinished(dog) is not None:  # questions left: the survey goes on, it is not confirmed
            await _resume_survey(turn, dog)
            return
        # "all set" once, when the survey is completed; confirming an edit of a finished profile
        # says it changed (trial: "준비 끝!" after every edit)
        finished = "survey-finished" if dog.completed_at is None else "survey-updated"
        if dog.completed_at is None:
            dog.completed_at = utcnow()
            await turn.session.save_dog(dog)
        if turn.user.active_dog_id is None:  # the owner's first dog: what was told before is about it
            await turn.session.adopt_dogless(turn.user.id, dog.id)
        await turn.session.set_active_dog(turn.user.id, dog.id)
        turn.user.active_dog_id = dog.id
        another_dog = turn.state.data.get(NEWDOG_AFTER)
        facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
        turn.state = ConversationState()
        turn.say(finished, name=dog.name)
        offer_waiting_dog(turn, another_dog, facts)
    elif turn.picked(EDIT, "survey-edit"):
        turn.state.step = EDIT_PICK
        turn.state.data["mode"] = "edit"
        show_edit_pick(turn)
    else:
        if turn.incoming.choice is None:
            naming._other_dog_named(turn)  # "Bean" after "add a dog" at the review: kept, said (batch 73)
        show_review_reminder(turn, dog)
        reminders.mark_said(turn, REVIEW)  # the next reply about something else: not again


def offer_waiting_dog(turn: Turn, another_dog: object, facts: object = None) -> None:
    """The dog mentioned during the survey (`NEWDOG_AFTER`: its name, or True), offered as
    promised then, when the survey is confirmed or stopped (English trial 5: stopped, never
    offered); idle, typed "네", "yes" take it too. Nothing when no dog waits. `facts`: what was
    told of it then (`NEWDOG_AFTER_FACTS`), kept with the offer for its survey (stop 48)."""
    if not another_dog:
        return
    offer = (turn.choice(ADD_DOG, "profile-newdog"), turn.choice(ADD_DOG_NO, "newdog-offer-no"))
    if isinstance(another_dog, str):  # its name told then ("둘째도 있어요 이름은 콩이"): offered
        turn.say("newdog-offer-named", name=another_dog, choices=offer)
        turn.state.data[ADD_DOG_OFFERED_NAME] = another_dog
        if isinstance(facts, dict) and facts.get("name") == another_dog:
            turn.state.data[ADD_DOG_OFFERED_FACTS] = facts
    else:
        turn.say("newdog-offer", choices=offer)
    turn.state.data[ADD_DOG_OFFERED] = ADD_DOG_OFFER_TURNS


async def _handle_edit_pick(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await entry.start_new_dog(turn)
        return
    choice = turn.incoming.choice or next(iter(picking._typed_picks(turn)), "")
    key: str | None = None
    if choice.startswith(EDIT + ":"):
        key = choice.split(":", 2)[2]
    if key in BY_KEY:
        turn.state.step = key
        q = BY_KEY[key]
        picking._load_picks(turn, q, dog)
        await ask(turn, q, dog)
    elif turn.picked(BACK, "nav-back"):
        if entry._unfinished(dog) is not None:
            await _resume_survey(turn, dog)
            return
        turn.state.step = REVIEW
        show_review(turn, dog)
    elif choice == EDIT or (turn.incoming.choice is None and naming._other_dog_named(turn)):
        show_edit_pick(turn)  # ("Max" after "add a dog": its name kept, the list again)
    else:
        turn.say("survey-use-buttons")
        show_edit_pick(turn)


async def start_told_at_review(turn: Turn) -> bool:
    """At the review card, when the dog came told again ("we got her 3 years ago", "3년 전에
    데려왔어요"; acceptance trial: the review reminder, nothing changed): how long owned corrected
    and the card shown again. False, nothing done, for anything else or a start that does not fit
    the dog."""
    dog = await entry.survey_dog(turn) if entry.at_review(turn) else None
    started = late_numbers._start_told(turn, dog) if dog is not None else None
    if dog is None or started is None:
        return False
    owned = BY_KEY["owned_months"]
    previous = told_ahead._shown(turn, dog, owned)
    if not await storing.correct(turn, dog, owned, started):
        return False
    _said_replaced(turn, dog, owned, previous)  # "입양한지 4개월이에요" (stop 54: changed unsaid)
    show_review(turn, dog)
    return True


async def field_corrected_at_review(turn: Turn) -> bool:
    """A field named with its new value at the review card ("견종 잘못적었어요 말티즈에요", "wrong
    breed, she's a beagle", "her weight is 12kg", "가족은 4명이에요"; owner trials 9 and 10: the
    review reminder, the answer unchanged): that answer replaced, said, and the card shown again;
    its value not read whole, that question opened as an edit with the message read there. False,
    nothing done, when not one field is named."""
    dog = await entry.survey_dog(turn) if entry.at_review(turn) else None
    if dog is None:
        return False
    message = Folded(turn.text)
    named = _fields_named(turn, message)
    if len(named) != 1 or named[0].key == "name":
        return False
    if _said_right(turn, message):
        return False  # "ok the health one is right, looks good" (owner trial 21: stored as the health)
    [q] = named
    if not await _replace_named(turn, dog, q, message):
        # its value not read whole ("성별 남아에요": neutered or not?): that question opened as an
        # edit and the message read there, its re-ask saying what was understood, then the card
        await _typed_at_edit(turn, q, dog, turn.text)
        return True
    show_review(turn, dog)
    return True


async def fields_corrected_at_review(turn: Turn) -> bool:
    """Two or more fields corrected in one message at the review card, its parts joined by words
    that add one (`understanding-added-split`: "그리고", "also"): "애기없어요!! 그리고
    혼자있는시간 9시간이에요ㅠ" (owner trial 33: read as one number, "0시간까지는 알아들었는데",
    neither corrected). Each part that names one field and gives its value replaces it; a part
    whose value is not read whole opens its question as an edit. False, nothing done, unless every
    part names one field, each a different one."""
    dog = await entry.survey_dog(turn) if entry.at_review(turn) else None
    if dog is None:
        return False
    parts = _added_parts(turn, turn.text)
    if len(parts) < 2:
        return False
    named = [_fields_named(turn, Folded(part)) for part in parts]
    keys = [n[0].key for n in named if len(n) == 1]
    if len(keys) != len(parts) or len(set(keys)) != len(keys) or "name" in keys:
        return False
    unread: list[tuple[Question, str]] = []
    for part, [q] in zip(parts, named, strict=True):
        if not await _replace_named(turn, dog, q, Folded(part)):
            unread.append((q, part))
    if unread:  # the first part not read whole: its question opened as an edit, read there
        q, part = unread[0]
        await _typed_at_edit(turn, q, dog, part)
        return True
    show_review(turn, dog)
    return True


async def _typed_at_edit(turn: Turn, q: Question, dog: Dog, text: str) -> None:
    """`q` opened as an edit from the review and `text` read there; when that took it back to
    the card with the answer changed, the change said above the card ("아까입양한지3개월아니고
    4개월이에요"; stop 54 verification trial: the card alone, the change unsaid)."""
    previous = told_ahead._shown(turn, dog, q)
    first = len(turn.replies)
    turn.state.data["mode"] = "edit"
    turn.state.step = q.key
    picking._load_picks(turn, q, dog)
    await entry._answer_typed(turn, q, dog, text)
    now = await entry.survey_dog(turn) if turn.state.step == REVIEW else None
    if now is None:
        return
    shown = told_ahead._shown(turn, now, q)
    if previous and shown and shown != previous:
        field = turn.t(f"survey-field-{q.key}")
        said = Reply(turn.t("survey-review-corrected", field=field, previous=previous, value=shown))
        turn.replies.insert(first, said)


def _added_parts(turn: Turn, text: str) -> list[str]:
    """`text` cut at each word that adds one more thing (`understanding-added-split`)."""
    split = turn.services.understander.vocabulary["understanding-added-split"]
    words = text.split()
    parts: list[str] = []
    start = k = 0
    while k < len(words):
        n = next(
            (
                n
                for n in (3, 2, 1)
                if k + n <= len(words) and split.whole(Folded(" ".join(words[k : k + n]).strip(",.;:!~…")))
            ),
            0,
        )
        if n and k > start:
            parts.append(" ".join(words[start:k]))
            start = k + n
        k += max(n, 1)
    parts.append(" ".join(words[start:]))
    return [p for p in (part.strip(" ,.;~") for part in parts) if p]


def _said_right(turn: Turn, message: Folded) -> bool:
    """A field named only to say it is right ("the health one is right", "건강은 맞아요"): a
    confirming word (`understanding-name-confirm`) and no word of a change or a mistake."""
    v = turn.services.understander.vocabulary
    if not v["understanding-name-confirm"].contains(message):
        return False
    return not any(
        v[entry].contains(message)
        for entry in ("understanding-edit-verb", "understanding-edit-wrong", "understanding-correction")
    )


def _fields_named(turn: Turn, message: Folded) -> list[Question]:
    """The survey questions a message names (`names_answer`: a field's word, or a unit only its
    answer has); of several, those named by a field's own word ("wrong breed, she's a beagle":
    "she's" may lead an age, "breed" names the breed)."""
    understander = turn.services.understander
    named = [q for q in QUESTIONS if understander.names_answer(message, q.key)]
    if len(named) > 1:  # "입양한지 4개월": the origin's "입양" is inside how long owned's words (stop 54)
        keys = tuple(q.key for q in named)
        named = [q for q in named if not understander.named_inside(message, q.key, keys)] or named
    if len(named) > 1:
        fields = understander.vocabulary
        named = [q for q in named if fields[f"understanding-field-{q.key}"].contains(message)]
    return named


async def _replace_named(turn: Turn, dog: Dog, q: Question, message: Folded) -> bool:
    """`q`'s answer replaced by the value the message gives it, checked as the survey checks it,
    and what changed said in a line; False, nothing changed, when no value is read whole."""
    previous = told_ahead._shown(turn, dog, q)
    if q.kind in QUANTITY_KINDS:
        number = _named_quantity(turn, q, message)
        if number is None or not await storing.correct(turn, dog, q, number):
            return False
    else:
        value = _review_value(turn, q, message, dog)
        if value is None:
            return False
        storing._qualify(dog, q, approximate=None, unknown=False)
        dog = await storing._save(turn, q, dog, value)
    _said_replaced(turn, dog, q, previous)
    return True


def _said_replaced(turn: Turn, dog: Dog, q: Question, previous: str) -> None:
    """`q`'s answer, replaced at the review, said in a line: from what to what, or that it was
    so already."""
    shown = format_stored(turn, dog, q)
    field = turn.t(f"survey-field-{q.key}")
    if previous and previous != shown:
        turn.say("survey-review-corrected", field=field, previous=previous, value=shown)
    else:
        turn.say("survey-earlier-same", field=field, value=shown)


def _named_quantity(turn: Turn, q: Question, message: Folded) -> Value[float] | Approximate | None:
    """The number a message gives quantity question `q` it names: read whole, or with only the
    words that name `q` left over ("her age is 5", "household is 4"); None otherwise."""
    understander = turn.services.understander
    read = understander.answers.quantity(message, Expect(q.kind.value))
    if isinstance(read, Value | Approximate):
        return read
    if not isinstance(read, Unclear) or not isinstance(read.understood, float | int) or not read.rest:
        return None
    if all(understander.names_answer(Folded(str(word)), q.key) for word in read.rest):
        return Value(float(read.understood))
    return None


def _review_value(turn: Turn, q: Question, message: Folded, dog: Dog) -> Any:
    """The new value of `q` read in a correction at the review: a breed named (or its mix), or
    one option picked, an old value marked as wrong left out ("she's spayed not intact"), the sex
    completed from the stored one ("중성화 했어요" for a girl: spayed; stop 47: the sex question
    asked again); None when none is read."""
    if q.key == "breed":
        return told_ahead._breed_told(turn, message, q)
    if q.kind not in (Kind.CHOICE, Kind.MULTI):
        return None
    text = turn.services.understander.without_old(message.text)
    if q.key == "sex":
        # only the neuter part completes the stored sex: "성별 남아에요" for a girl asks neutered or not
        return told_along.sex_in_sentence(turn, dog, text)
    read = turn.services.understander.understand(text, survey_context(q))
    picks = [p for p in read.picks if p in q.options] if read.kind is Said.CHOICE else []
    if q.kind is Kind.MULTI:
        return picks or None
    return picks[0] if len(picks) == 1 else None


async def renamed_at_review(turn: Turn, name: str) -> bool:
    """The dog's name told at the review card ("actually his name is Max", "아 이름은 보리예요";
    owner trial 8: the review reminder, the name unchanged): stored when it fits the name
    question, said, and the card shown again. False, nothing done, when no name fits."""
    dog = await entry.survey_dog(turn) if entry.at_review(turn) else None
    if dog is None or not BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        return False
    dog.rename(name)
    await turn.session.save_dog(dog)
    turn.say("survey-renamed-review", name=name)
    show_review(turn, dog)
    return True


def _edit_saved(turn: Turn, q: Question, dog: Dog, was: str | None = None) -> None:
    """An answer of a confirmed profile changed: said with the card, the flow closed; the card's
    edit button when the dog is the active one (the button edits the active dog)."""
    another_dog = turn.state.data.get(NEWDOG_AFTER)
    facts = turn.state.data.get(NEWDOG_AFTER_FACTS)
    turn.state = ConversationState()
    storing.say_changed(turn, q, dog, was)
    choices = (turn.choice(EDIT, "survey-edit"),) if turn.user.active_dog_id == dog.id else ()
    turn.reply(Reply(profile_card(turn, dog), choices))
    offer_waiting_dog(turn, another_dog, facts)


async def _resume_survey(turn: Turn, dog: Dog) -> None:
    """Back from an edit (or the review) to the survey where it stopped, said in one line: the
    answers are kept and the survey is not finished yet (a further dog stays a further dog)."""
    kept = {
        key: turn.state.data[key]
        for key in ("another", NEWDOG_AFTER, NEWDOG_AFTER_FACTS)
        if key in turn.state.data
    }
    turn.say("survey-edit-continue")
    await entry.continue_dog(turn, dog)
    turn.state.data.update(kept)


async def _go_back(turn: Turn, q: Question, dog: Dog | None) -> None:
    if q.kind is Kind.MULTI:  # keep the ticks for when the owner comes back to this question
        turn.state.data.setdefault(TICKS_KEY, {})[q.key] = list(turn.state.data.get("picks", []))
    turn.state.data.pop("picks", None)
    if turn.state.data.get("mode") == "edit" and dog is not None:
        if entry._unfinished(dog) is not None:
            await _resume_survey(turn, dog)
            return
        turn.state.step = REVIEW
        show_review(turn, dog)
        return
    position = index_of(q.key)
    if position == 0:
        turn.say("survey-back-first")  # nothing before the first question: it is asked again
    previous = QUESTIONS[max(position - 1, 0)]
    turn.state.step = previous.key
    picking._load_picks(turn, previous, dog)
    await ask(turn, previous, dog)
