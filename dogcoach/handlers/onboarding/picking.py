"""Options tapped or typed: a tap, labels, positions and lists typed, the ticks of a multi-choice
question kept until "done" (and loaded back from a stored answer), which of several options a word
meant, and the next question answered after a tick.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import Reply
from dogcoach.handlers.card import format_stored
from dogcoach.handlers.onboarding import answering, entry, reading, storing
from dogcoach.handlers.onboarding.asking import nav_buttons
from dogcoach.handlers.onboarding.constants import (
    _PENDING,
    _UNKNOWN,
    DONE,
    FLOW,
    QUANTITY_KINDS,
    TICKED_KEY,
    TICKS_KEY,
    UNKNOWN,
    WHICH_KEY,
    Invalid,
)
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import Approximate, Folded, Option, Value
from dogcoach.services.understanding import Kind as Said


def _ticked_typed(turn: Turn, q: Question) -> bool:
    """A multi-choice question with options ticked by typing: asked again, it says them."""
    data = turn.state.data
    return q.kind is Kind.MULTI and bool(data.get("picks")) and bool(data.get(TICKED_KEY))


def _typed_picks(turn: Turn) -> tuple[str, ...]:
    u = turn.understanding
    return u.picks if u is not None and u.kind is Said.CHOICE else ()


def _tapped(turn: Turn, q: Question, choice: str) -> Any:
    if choice == UNKNOWN and q.unknowable:
        return _UNKNOWN
    if q.kind is Kind.MULTI:
        return _toggle_or_done(turn, q, choice)
    value = choice.split(":", 2)[2] if choice.startswith(f"survey:{q.key}:") else ""
    if value in q.options:
        reading._check_against_part(turn, q, (value,), tapped=True)  # the terminal's "1" is a tap
    if value in q.options or (q.free_option and value == q.free_option):
        return value
    raise Invalid(f"survey-err-{q.key}")


def _picked(turn: Turn, q: Question, picks: tuple[str, ...]) -> Any:
    """Options typed (a label, a position, a list, or named inside a sentence)."""
    if UNKNOWN in picks and q.unknowable:
        return _UNKNOWN
    if q.kind is Kind.MULTI:
        values = [p for p in picks if p in q.options]
        if q.exclusive in values and len(values) > 1:
            raise Invalid(f"survey-err-{q.key}")
        if not values and DONE not in picks:
            raise Invalid(f"survey-err-{q.key}")
        ticks: list[str] = list(turn.state.data.get("picks", []))
        u = turn.understanding
        if u is not None and u.unpicks:  # "산책 말고 분리불안이요" (stop 46): the one said instead unticked
            ticks = [t for t in ticks if t not in u.unpicks]
        if values == [q.exclusive] and DONE not in picks:
            if turn.state.data.get(TICKED_KEY) and ticks and ticks != [q.exclusive]:
                return _finish(turn)  # "없어요" / "nope" after a tick: no more, the ticks are the answer
            turn.state.data.pop("picks", None)
            return values  # "없음" / "none" first: nothing could be added to it
        for value in values:  # added, never toggled off: typing an option again keeps it
            if value not in ticks:
                ticks = _toggle(q, ticks, value)
        turn.state.data["picks"] = ticks
        turn.state.data[TICKED_KEY] = True
        _ask_which(turn, q, ticks)
        return _finish(turn) if DONE in picks else _PENDING
    values = [p for p in picks if p in q.options or p == q.free_option]
    if len(values) != 1:
        raise Invalid(f"survey-err-{q.key}")
    return values[0]


def _ask_which(turn: Turn, q: Question, ticks: list[str]) -> None:
    """A word beside the ticks that points at several options, none ticked ("aggression" of
    "aggression, barking": toward people or dogs): asked which in a line, the ticks kept
    (acceptance trial: dropped without a word)."""
    which = _which(turn, q, ticks)
    if which is not None:
        turn.say("survey-which-of", options=which)


def _which(turn: Turn, q: Question, ticks: list[str]) -> str | None:
    """The options, by label, that a word of the message points at together and none ticked
    ("aggression": toward people / toward dogs); None when there are not two. The options are
    kept (`WHICH_KEY`) for the answer to "which do you mean" (`_told_apart`)."""
    choices = turn.services.understander.answers.choices
    pointed = [v for v in choices.split(Folded(turn.text), survey_context(q).options) if v not in ticks]
    if len(pointed) < 2:
        return None
    turn.state.data[WHICH_KEY] = {q.key: pointed}
    return " / ".join(turn.t(q.option_msg(v)) for v in pointed)


def _told_apart(turn: Turn, q: Question) -> Any:
    """The answer to "which do you mean" after a word pointed at several options (`_which`):
    "사람한테요", "other dogs" tick the option the message tells apart, "둘 다" / "both" all of
    them, kept with the ticks (`_PENDING`); None when the message tells none apart (read as any
    answer). Owner trial 17: "사람한테요" was "no option fits", the answer lost."""
    pointed = turn.state.data.get(WHICH_KEY, {}).get(q.key)
    if q.kind is not Kind.MULTI or not pointed or turn.incoming.choice is not None:
        return None
    understander = turn.services.understander
    message = Folded(turn.text)
    told: tuple[str, ...] = understander.answers.choices.told_apart(
        message, survey_context(q).options, pointed
    )
    if not told and understander.vocabulary["understanding-which-both"].contains(message):
        told = tuple(pointed)
    if not told:
        return None
    turn.state.data.pop(WHICH_KEY, None)
    ticks: list[str] = list(turn.state.data.get("picks", []))
    for value in told:
        if value not in ticks:
            ticks = _toggle(q, ticks, value)
    turn.state.data["picks"] = ticks
    turn.state.data[TICKED_KEY] = True
    return _PENDING


def _toggle_or_done(turn: Turn, q: Question, choice: str) -> Any:
    if choice == DONE:
        return _finish(turn)
    value = choice.split(":", 2)[2] if choice.startswith(f"survey:{q.key}:") else ""
    if value not in q.options:
        raise Invalid(f"survey-err-{q.key}")
    if value == q.exclusive:
        # "None" tapped: nothing can be added to it, so it is the answer, the other ticks cleared,
        # as typed "none" is (owner trial 8 on Telegram: only ticked, and the next answer typed
        # went to a question not shown yet)
        turn.state.data["picks"] = [value]
        return _finish(turn)
    turn.state.data["picks"] = _toggle(q, list(turn.state.data.get("picks", [])), value)
    turn.state.data[TICKED_KEY] = True
    return _PENDING


def _finish(turn: Turn) -> list[str]:
    picks: list[str] = list(turn.state.data.get("picks", []))
    unresolved = _unanswered_which(turn)
    if not picks and unresolved:
        # only the word that pointed at two options said ("aggression", then "done"): which one
        # is asked again, nothing guessed (stop 62)
        raise Invalid("survey-which-needed", options=unresolved)
    if not picks:
        raise Invalid("survey-err-multi-empty")
    if unresolved:
        turn.say("survey-which-left-out", options=unresolved)
    turn.state.data.pop("picks", None)
    turn.state.data.pop(TICKED_KEY, None)
    turn.state.data.pop(WHICH_KEY, None)
    return picks


def _unanswered_which(turn: Turn) -> str:
    """The options one word pointed at together ("공격성" of "짖음이랑 공격성": toward people /
    toward dogs, `_which`) that "which do you mean" asked about and nothing told apart since, as
    labels ("" when none). Never ticked when the question is finished: a guess stored as the
    owner's answer (stop 62 owner trial: "aggression, fear" then "done" stored aggression toward
    dogs, never said; stop 55 had ticked all of them). The caller says they were left out, or
    asks which again when nothing else was ticked."""
    which: dict[str, list[str]] = turn.state.data.get(WHICH_KEY) or {}
    ticks = turn.state.data.get("picks", [])
    labels: list[str] = []
    for key, pointed in which.items():
        q = QUESTIONS[index_of(key)]
        if any(v in ticks for v in pointed):
            continue  # told apart since ("사람한테요"): that one is ticked
        labels += [turn.t(q.option_msg(v)) for v in pointed if v in q.options]
    return " / ".join(dict.fromkeys(labels))


def _next_takes_a_number(q: Question) -> bool:
    """The question after `q` is answered by a number (hours alone after the other pets)."""
    position = index_of(q.key)
    return position + 1 < len(QUESTIONS) and QUESTIONS[position + 1].kind in QUANTITY_KINDS


async def _answered_next(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """After a tick at a multi-choice question, a typed message that picks nothing there but
    answers the next question whole ("고양이 한마리 있어요", then "4시간"): the ticks are kept as
    the answer (said in a line) and the message answers the next question, never refused and
    lost (fresh trial). False, nothing changed, for anything else."""
    data = turn.state.data
    position = index_of(q.key)
    if (
        q.kind is not Kind.MULTI
        or not data.get(TICKED_KEY)
        or not data.get("picks")
        or data.get("mode") == "edit"
        or position + 1 >= len(QUESTIONS)
    ):
        return False
    following = QUESTIONS[position + 1]
    nav = tuple(
        Option(button, msg_id, numbered=False)
        for button, msg_id in nav_buttons(ConversationState(FLOW, following.key, data), following)
    )
    again = turn.services.understander.understand(turn.text, survey_context(following, nav=nav))
    answers = again.kind is Said.ANSWER and isinstance(again.answer, Value | Approximate)
    picked = again.kind is Said.CHOICE and any(p in following.options for p in again.picks)
    if not (answers or picked) or again.safety:
        return False
    ticks = _finish(turn)
    if dog is not None:
        storing._qualify(dog, q, approximate=None, unknown=False)
    dog = await storing._save(turn, q, dog, ticks)
    labels = ", ".join(turn.t(q.option_msg(v)) for v in q.options if v in ticks)
    turn.say("survey-picks-kept", field=turn.t(f"survey-field-{q.key}"), picks=labels)
    turn.state.step = following.key
    _load_picks(turn, following, dog)
    turn.understanding = again
    at = len(turn.replies)
    await answering._handle_answer(turn, following, dog)
    if answers:
        # "6~8시간정도" after "개", "고양이" at the other pets (stop 57 trial: the hours alone kept,
        # the survey jumped on, nothing said of it): what was kept for the next question, said
        # before what comes next
        stored = await turn.session.get_dog(dog.id) if dog is not None else None
        if stored is not None and following.key in stored.answers:
            line = Reply(
                turn.t(
                    "survey-answered-ahead",
                    field=turn.t(f"survey-field-{following.key}"),
                    value=format_stored(turn, stored, following),
                )
            )
            turn.replies.insert(min(at, len(turn.replies)), line)
    return True


def _toggle(q: Question, picks: list[str], value: str) -> list[str]:
    if value in picks:
        return [p for p in picks if p != value]
    if value == q.exclusive:
        return [value]
    return [p for p in picks if p != q.exclusive] + [value]


def _load_picks(turn: Turn, q: Question, dog: Dog | None) -> None:
    """The ticks a multi-choice question starts with: those left when the owner went back from
    it, else the stored answer (in a restart, only one given again: the old ticks are no
    answer to the question asked anew)."""
    turn.state.data.pop("picks", None)
    turn.state.data.pop(TICKED_KEY, None)
    if q.kind is not Kind.MULTI:
        return
    ticks = turn.state.data.get(TICKS_KEY, {}).get(q.key)
    again = entry.restarted(turn.state)
    anew = again is not None and q.key not in again
    stored = dog.answers.get(q.key) if dog is not None and not anew else None
    turn.state.data["picks"] = list(ticks if ticks is not None else stored or [])


async def keep_ticks(turn: Turn) -> None:
    """The ticks of the open multi-choice question that the bot said it ticked ("✔ 짖음, 분리불안
    골랐어요"), stored as its answer when the survey is stopped there: the cancel then says the
    answers are kept, and they are (owner trial 61: "취소" kept separation alone, barking lost). Not
    in an edit of a confirmed profile, which a cancel leaves as it was."""
    state = turn.state
    if state.flow != FLOW or state.step not in BY_KEY or not state.data.get(TICKED_KEY):
        return
    q = BY_KEY[state.step]
    ticks = [p for p in state.data.get("picks", []) if p in q.options]
    dog_id = state.data.get("dog_id")
    if q.kind is not Kind.MULTI or not ticks or dog_id is None:
        return
    dog = await turn.session.get_dog(int(dog_id))
    if dog is None or dog.completed_at is not None:
        return
    dog.answers[q.key] = ticks
    await turn.session.save_dog(dog)
