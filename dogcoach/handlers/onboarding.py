"""The onboarding survey: one question at a time, resumable, editable.

The dog row is the single home of the answers: it is created when the name is given and updated
on every valid answer, so `/cancel`, a restart or a week of silence loses nothing. The state only
says where the user is: the question, the dog, and whether this is the first pass ("new") or an
edit from the review card ("edit").
"""

from __future__ import annotations

import re
from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import META_QUESTION, Choice, Reply
from dogcoach.handlers.card import profile_card
from dogcoach.handlers.parsing import (
    AGE_UNITS,
    HOUR_UNITS,
    MINUTE_UNITS,
    parse_count,
    parse_quantity,
)
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.store.base import utcnow

FLOW = "onboarding"
REVIEW = "review"
EDIT_PICK = "edit_pick"

BACK = "survey:back"
SKIP = "survey:skip"
DONE = "survey:done"
CONFIRM = "survey:confirm"
EDIT = "survey:edit"
CONTINUE = "survey:continue"


class Invalid(Exception):
    """An answer that does not fit: carries the Fluent id of the re-ask."""

    def __init__(self, msg_id: str) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id


# -- entry points ----------------------------------------------------------------------------


async def start_new_dog(turn: Turn) -> None:
    turn.state = ConversationState(FLOW, QUESTIONS[0].key, {"mode": "new"})
    await ask(turn, QUESTIONS[0], None)


async def continue_dog(turn: Turn, dog: Dog) -> None:
    """Pick up an unfinished survey at its first unanswered question."""
    key = next((q.key for q in QUESTIONS if q.key not in dog.answers), None)
    if key is None:
        turn.state = ConversationState(FLOW, REVIEW, {"mode": "new", "dog_id": dog.id})
        show_review(turn, dog)
        return
    turn.state = ConversationState(FLOW, key, {"mode": "new", "dog_id": dog.id})
    await ask(turn, BY_KEY[key], dog)


async def reprompt(turn: Turn) -> None:
    """Show the current question again (after /start, /help or a language switch)."""
    dog = await _dog(turn)
    step = turn.state.step
    if step == REVIEW and dog is not None:
        show_review(turn, dog)
    elif step == EDIT_PICK:
        show_edit_pick(turn)
    elif step in BY_KEY:
        await ask(turn, BY_KEY[step], dog)


async def handle_idle_choice(turn: Turn) -> bool:
    """Buttons of the profile card, tapped while no flow runs."""
    choice = turn.incoming.choice or ""
    dog = await turn.active_dog()
    if dog is None:
        return False
    if choice == CONTINUE:
        await continue_dog(turn, dog)
        return True
    if choice == EDIT or choice.startswith(EDIT + ":"):
        turn.state = ConversationState(FLOW, EDIT_PICK, {"mode": "edit", "dog_id": dog.id})
        await handle(turn)
        return True
    return False


async def handle(turn: Turn) -> None:
    step = turn.state.step or QUESTIONS[0].key
    dog = await _dog(turn)
    if step == REVIEW:
        await _handle_review(turn, dog)
    elif step == EDIT_PICK:
        await _handle_edit_pick(turn, dog)
    else:
        await _handle_answer(turn, BY_KEY[step], dog)


# -- asking ----------------------------------------------------------------------------------


async def ask(turn: Turn, q: Question, dog: Dog | None) -> None:
    name = dog.name if dog else ""
    edit = turn.state.data.get("mode") == "edit"
    if edit:
        text = turn.t(f"survey-q-{q.key}", name=name)
    else:
        text = (
            turn.t("survey-progress", n=index_of(q.key) + 1, total=len(QUESTIONS))
            + "\n"
            + turn.t(f"survey-q-{q.key}", name=name)
        )
    picks = set(turn.state.data.get("picks", []))
    choices = [Choice(f"survey:{q.key}:{v}", turn.t(q.option_msg(v)), v in picks) for v in q.options]
    if q.free_option:
        choices.append(Choice(f"survey:{q.key}:{q.free_option}", turn.t(q.option_msg(q.free_option))))
    if q.kind is Kind.MULTI:
        choices.append(turn.choice(DONE, "nav-done"))
    if q.optional:
        choices.append(turn.choice(SKIP, "nav-skip"))
    if edit or index_of(q.key) > 0:
        choices.append(turn.choice(BACK, "nav-back"))
    free_text = q.kind not in (Kind.CHOICE, Kind.MULTI)
    turn.reply(
        Reply(
            text, tuple(choices), multi=q.kind is Kind.MULTI, free_text=free_text, meta={META_QUESTION: q.key}
        )
    )


def show_review(turn: Turn, dog: Dog) -> None:
    text = profile_card(turn, dog) + "\n\n" + turn.t("survey-review", name=dog.name)
    choices = (turn.choice(CONFIRM, "survey-confirm"), turn.choice(EDIT, "survey-edit"))
    turn.reply(Reply(text, choices, meta={META_QUESTION: REVIEW}))


def show_edit_pick(turn: Turn) -> None:
    choices = [turn.choice(f"{EDIT}:{q.key}", f"survey-field-{q.key}") for q in QUESTIONS]
    choices.append(turn.choice(BACK, "nav-back"))
    turn.reply(Reply(turn.t("survey-edit-which"), tuple(choices), meta={META_QUESTION: EDIT_PICK}))


# -- answering -------------------------------------------------------------------------------


async def _dog(turn: Turn) -> Dog | None:
    dog_id = turn.state.data.get("dog_id")
    return await turn.session.get_dog(int(dog_id)) if dog_id is not None else None


async def _handle_review(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await start_new_dog(turn)
        return
    if turn.picked(CONFIRM, "survey-confirm"):
        if dog.completed_at is None:
            dog.completed_at = utcnow()
            await turn.session.save_dog(dog)
        await turn.session.set_active_dog(turn.user.id, dog.id)
        turn.user.active_dog_id = dog.id
        turn.state = ConversationState()
        turn.say("survey-finished", name=dog.name)
    elif turn.picked(EDIT, "survey-edit"):
        turn.state.step = EDIT_PICK
        turn.state.data["mode"] = "edit"
        show_edit_pick(turn)
    else:
        turn.say("survey-use-buttons")
        show_review(turn, dog)


async def _handle_edit_pick(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await start_new_dog(turn)
        return
    choice = turn.incoming.choice or ""
    key: str | None = None
    if choice.startswith(EDIT + ":"):
        key = choice.split(":", 2)[2]
    elif turn.incoming.choice is None and turn.text:
        matched = turn.messages.match_any(turn.text, [f"survey-field-{q.key}" for q in QUESTIONS])
        key = matched.removeprefix("survey-field-") if matched else None
    if key in BY_KEY:
        turn.state.step = key
        turn.state.data.pop("picks", None)
        q = BY_KEY[key]
        if q.kind is Kind.MULTI:
            turn.state.data["picks"] = list(dog.answers.get(key) or [])
        await ask(turn, q, dog)
    elif turn.picked(BACK, "nav-back"):
        turn.state.step = REVIEW
        show_review(turn, dog)
    elif choice == EDIT:
        show_edit_pick(turn)
    else:
        turn.say("survey-use-buttons")
        show_edit_pick(turn)


async def _handle_answer(turn: Turn, q: Question, dog: Dog | None) -> None:
    if turn.picked(BACK, "nav-back"):
        await _go_back(turn, q, dog)
        return
    if q.optional and turn.picked(SKIP, "nav-skip"):
        await _store(turn, q, dog, None)
        return
    choice = turn.incoming.choice
    profile_button = choice in (EDIT, CONTINUE) or (choice or "").startswith(EDIT + ":")
    if profile_button and await handle_idle_choice(turn):  # edit or continue instead
        return
    if choice is not None and not choice.startswith(f"survey:{q.key}:") and choice != DONE:
        turn.say("survey-stale-button")
        await ask(turn, q, dog)
        return
    try:
        value = _parse(turn, q, dog)
    except Invalid as bad:
        turn.say(bad.msg_id, name=dog.name if dog else "")
        await ask(turn, q, dog)
        return
    if value is _PENDING:
        await ask(turn, q, dog)  # a multi-choice toggle: show the picks so far
        return
    await _store(turn, q, dog, value)


_PENDING: Any = object()


def _parse(turn: Turn, q: Question, dog: Dog | None) -> Any:
    choice = turn.incoming.choice
    text = turn.text
    if q.kind is Kind.CHOICE:
        if choice is not None:
            value = choice.split(":", 2)[2]
            if value in q.options:
                return value
            raise Invalid(f"survey-err-{q.key}")
        matched = turn.messages.match_any(text, [q.option_msg(v) for v in q.options])
        if matched is None:
            raise Invalid(f"survey-err-{q.key}")
        return q.options[[q.option_msg(v) for v in q.options].index(matched)]
    if q.kind is Kind.MULTI:
        return _parse_multi(turn, q)
    if q.kind is Kind.TEXT:
        if q.free_option and (
            choice == f"survey:{q.key}:{q.free_option}"
            or (choice is None and turn.messages.matches(text, q.option_msg(q.free_option)))
        ):
            return q.free_option
        if choice is not None or not (q.minimum <= len(text) <= q.maximum):
            raise Invalid(f"survey-err-{q.key}")
        return text
    if choice is not None:
        raise Invalid(f"survey-err-{q.key}")
    lexicon = turn.services.lexicon
    number: float | None
    if q.kind is Kind.AGE:
        months = parse_quantity(text, lexicon, AGE_UNITS, "years")
        number = None if months is None else round(months)
    elif q.kind is Kind.HOURS:
        number = parse_quantity(text, lexicon, HOUR_UNITS, "hours")
    elif q.kind is Kind.MINUTES:
        minutes = parse_quantity(text, lexicon, MINUTE_UNITS, "minutes")
        number = None if minutes is None else round(minutes)
    else:
        number = parse_count(text, lexicon)
    if number is None or not (q.minimum <= number <= q.maximum):
        raise Invalid(f"survey-err-{q.key}")
    if q.key == "owned_months" and dog is not None:
        age = dog.answers.get("age_months")
        if isinstance(age, int) and number > age:
            raise Invalid("survey-err-owned_months-too-long")
    if q.kind is Kind.HOURS:
        return round(number, 1)
    return int(number)


def _parse_multi(turn: Turn, q: Question) -> Any:
    picks: list[str] = list(turn.state.data.get("picks", []))
    choice = turn.incoming.choice
    if choice == DONE or (choice is None and turn.messages.matches(turn.text, "nav-done")):
        if not picks:
            raise Invalid("survey-err-multi-empty")
        turn.state.data.pop("picks", None)
        return picks
    if choice is not None:
        value = choice.split(":", 2)[2]
        if value not in q.options:
            raise Invalid(f"survey-err-{q.key}")
        picks = _toggle(q, picks, value)
        turn.state.data["picks"] = picks
        return _PENDING
    typed = _match_list(turn, q)
    if not typed:
        raise Invalid(f"survey-err-{q.key}")
    if q.exclusive in typed and len(typed) > 1:
        raise Invalid(f"survey-err-{q.key}")
    turn.state.data.pop("picks", None)
    return typed


def _toggle(q: Question, picks: list[str], value: str) -> list[str]:
    if value in picks:
        return [p for p in picks if p != value]
    if value == q.exclusive:
        return [value]
    return [p for p in picks if p != q.exclusive] + [value]


def _match_list(turn: Turn, q: Question) -> list[str]:
    """Options named in a typed list ("dog, cat"): every part must match."""
    msg_ids = [q.option_msg(v) for v in q.options]
    whole = turn.messages.match_any(turn.text, msg_ids)
    if whole:
        return [q.options[msg_ids.index(whole)]]
    for splitter in (r"[,/·\u3001;+&]|\band\b", r"[,/·\u3001;+&\s]+|\band\b"):
        parts = [p for p in re.split(splitter, turn.text) if p.strip()]
        found = [turn.messages.match_any(p, msg_ids) for p in parts]
        if parts and all(found):
            values = [q.options[msg_ids.index(f)] for f in found if f]
            return list(dict.fromkeys(values))
    return []


async def _store(turn: Turn, q: Question, dog: Dog | None, value: Any) -> None:
    if dog is None:
        dog = await turn.session.create_dog(turn.user.id, {q.key: value})
        turn.state.data["dog_id"] = dog.id
        await turn.session.set_active_dog(turn.user.id, dog.id)
        turn.user.active_dog_id = dog.id
    else:
        dog.answers[q.key] = value
        await turn.session.save_dog(dog)
    if turn.state.data.get("mode") == "edit":
        turn.state.step = REVIEW
        show_review(turn, dog)
        return
    position = index_of(q.key)
    if position + 1 < len(QUESTIONS):
        following = QUESTIONS[position + 1]
        turn.state.step = following.key
        if following.kind is Kind.MULTI:
            turn.state.data["picks"] = list(dog.answers.get(following.key) or [])
        await ask(turn, following, dog)
    else:
        turn.state.step = REVIEW
        show_review(turn, dog)


async def _go_back(turn: Turn, q: Question, dog: Dog | None) -> None:
    turn.state.data.pop("picks", None)
    if turn.state.data.get("mode") == "edit" and dog is not None:
        turn.state.step = REVIEW
        show_review(turn, dog)
        return
    position = index_of(q.key)
    previous = QUESTIONS[max(position - 1, 0)]
    turn.state.step = previous.key
    if previous.kind is Kind.MULTI and dog is not None:
        turn.state.data["picks"] = list(dog.answers.get(previous.key) or [])
    await ask(turn, previous, dog)
