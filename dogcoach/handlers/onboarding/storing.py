"""Storing an answer on the dog: saved with its qualifiers (range, "since he was a puppy"), "don't
know", a correction or a note told outside the survey, and where the survey goes once an answer is
stored (the next question, the review, or the changed line).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.handlers.card import APPROXIMATE_KEY, PART_KEY, UNKNOWN_KEY, format_stored
from dogcoach.handlers.onboarding import entry, picking, review
from dogcoach.handlers.onboarding.asking import ask, show_review
from dogcoach.handlers.onboarding.constants import (
    AHEAD_KEY,
    COMPLETING_KEY,
    EARLY_KEY,
    FLOW,
    NAME_BREED_KEY,
    NAME_HINT,
    PARTS_KEY,
    RESTART_KEY,
    REVIEW,
    SINCE_PUPPY_KEY,
    TICKS_KEY,
    TOLD_UNNAMED,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import _check_number, _number, _since_puppy
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, Value, amount

# The reports told of a dog before she was added that move to her records when she is: of the last
# week, the newest this many (`_reports_moved_to`).
REPORTS_MOVED_WITHIN = timedelta(days=7)
REPORTS_MOVED_MAX = 20


async def _save(turn: Turn, q: Question, dog: Dog | None, value: Any) -> Dog:
    """Store one answer; the dog row is created with the first (its name)."""
    if q.key == "name":
        turn.state.data.pop(NAME_HINT, None)  # the name offered is answered, whichever way
    if dog is None:
        early = turn.state.data.pop(EARLY_KEY, None) or {}
        turn.state.data.pop(NAME_BREED_KEY, None)
        dog = await turn.session.create_dog(turn.user.id, {**early, q.key: value})
        turn.state.data["dog_id"] = dog.id
        await _told_unnamed_moved_to(turn, dog)
        await _reports_moved_to(turn, dog)
        await _named_reports_filed(turn, dog)
        # A further dog (/newdog) becomes the active one only when its profile is confirmed
        # (`_handle_review`): a cancelled one never takes the owner's dog-less reports (trial F9).
        if not turn.state.data.get("another"):
            if turn.user.active_dog_id is None:  # what was told before there was a dog is about this one
                await turn.session.adopt_dogless(turn.user.id, dog.id)
            await turn.session.set_active_dog(turn.user.id, dog.id)
            turn.user.active_dog_id = dog.id
    else:
        if q.key == "name" and (dog.completed_at is not None or turn.state.data.get("mode") == "edit"):
            # a rename of a profiled dog keeps the name before: "rex" after rex → rexy is still this
            # dog (stop 34), and so does one asked for outside the first pass, the survey stopped
            # ("이름 쪼꼬예요" after /cancel, then "초코가 또 짖어요": offered as a new dog, owner
            # trial 16); a name retyped during the first pass ("back", then "Rexy") was a slip
            dog.rename(str(value))
        dog.answers[q.key] = value
        again = turn.state.data.get(RESTART_KEY)
        if isinstance(again, list) and q.key not in again:
            again.append(q.key)
        if q.key == "age_months" and dog.answers.get(SINCE_PUPPY_KEY):
            _owned_from_age(dog)
        await turn.session.save_dog(dog)
    turn.state.data.get(TICKS_KEY, {}).pop(q.key, None)
    turn.state.data.get(PARTS_KEY, {}).pop(q.key, None)
    completing = turn.state.data.get(COMPLETING_KEY)
    if isinstance(completing, dict) and completing.get("at") == q.key:
        turn.state.data.pop(COMPLETING_KEY, None)
    return dog


def _owned_from_age(dog: Dog) -> None:
    """How long owned told as "since he was a puppy", derived again from the age just stored
    (`SINCE_PUPPY_KEY`); an unknown age leaves the last value."""
    owned = BY_KEY["owned_months"]
    try:
        derived = _since_puppy(owned, dog)
    except Invalid:
        return
    dog.answers[owned.key] = _number(owned, derived.value)
    _qualify(dog, owned, approximate=(derived.low, derived.high), unknown=False, since_puppy=True)


async def _told_unnamed_moved_to(turn: Turn, dog: Dog) -> None:
    """The reports told at this further dog's name question, before it had a row (`TOLD_UNNAMED`,
    naming no dog): about the dog being added, so moved to it now, said in one line (stop 52,
    helper glue52: left under the active dog)."""
    told = turn.state.data.pop(TOLD_UNNAMED, None)
    if not isinstance(told, list) or not told:
        return
    moved = 0
    for report in await turn.session.list_reports(turn.user.id, limit=REPORTS_MOVED_MAX):
        if report.id in told and report.dog_id != dog.id:
            await turn.session.move_report(report, dog.id)
            moved += 1
    if moved:
        turn.say("report-moved-to-new-dog", name=dog.name or "", count=moved)


async def _reports_moved_to(turn: Turn, dog: Dog) -> None:
    """The reports about the dog just added, told before she was ("lulu keeps stealing socks"
    after "we also have Lulu": filed under Tank, the only dog then; owner trial 34): each recent
    report filed under another dog that names her and not the dog it is filed under is moved to
    her records (`move_report`), said in one line; so is one kept with no dog that names her (a
    dog not registered told of, stop 64). Nothing for the first dog (the dog-less reports
    are adopted) or a report that names its own dog too ("Tank bit Lulu")."""
    name = dog.name or ""
    if not name:
        return
    others = {d.id: d.name or "" for d in await turn.session.list_dogs(turn.user.id) if d.id != dog.id}
    if not others:
        return
    names = turn.services.understander.names
    since = datetime.now(UTC) - REPORTS_MOVED_WITHIN
    moved = 0
    for report in await turn.session.list_reports(turn.user.id, limit=REPORTS_MOVED_MAX):
        # a report kept with no dog beside the owner's dogs is one about a dog not registered then
        # (`handlers.report.save`, stop 64): hers when it names her
        filed = others.get(report.dog_id) if report.dog_id is not None else ""
        if filed is None or report.created_at.replace(tzinfo=report.created_at.tzinfo or UTC) < since:
            continue
        if names.named(report.text, [name]) and not (filed and names.named(report.text, [filed])):
            await turn.session.move_report(report, dog.id)
            moved += 1
    if moved:
        turn.say("report-moved-to-new-dog", name=name, count=moved)


async def _named_reports_filed(turn: Turn, dog: Dog) -> None:
    """A further dog (/newdog, "강아지 추가") added while the owner has no other: the recent dog-less
    reports that name her ("보리가 밤마다 짖어요" before 보리 was added) are hers, filed under her at
    once (`move_report`), said in one line (stop 60 trial). Reports naming no dog stay dog-less
    until her profile is confirmed (trial F9: a cancelled dog never takes them). A first dog's
    survey (not `another`) adopts every dog-less row when named (`_save`)."""
    name = dog.name or ""
    if not name or not turn.state.data.get("another"):
        return
    if any(d.id != dog.id for d in await turn.session.list_dogs(turn.user.id)):
        return
    names = turn.services.understander.names
    since = datetime.now(UTC) - REPORTS_MOVED_WITHIN
    moved = 0
    for report in await turn.session.list_reports(turn.user.id, limit=REPORTS_MOVED_MAX):
        if (
            report.dog_id is not None
            or report.created_at.replace(tzinfo=report.created_at.tzinfo or UTC) < since
        ):
            continue
        if names.named(report.text, [name]):
            await turn.session.move_report(report, dog.id)
            moved += 1
    if moved:
        turn.say("report-moved-to-new-dog", name=name, count=moved)


async def _store_unknown(turn: Turn, q: Question, dog: Dog | None) -> None:
    """ "Don't know": an explicit unknown, never a made-up value."""
    if dog is not None:
        unknown = [k for k in dog.answers.get(UNKNOWN_KEY) or [] if k != q.key]
        dog.answers[UNKNOWN_KEY] = [*unknown, q.key]
        dog.answers.get(APPROXIMATE_KEY, {}).pop(q.key, None)
        # the half of an option told before it ("여아", then "모름"; owner trial 8: the girl lost)
        # is kept with the "don't know" (`PART_KEY`), the option itself never invented
        part = turn.state.data.get(PARTS_KEY, {}).get(q.key)
        if q.kind is Kind.CHOICE and part:
            dog.answers.setdefault(PART_KEY, {})[q.key] = list(part)
    await _store(turn, q, dog, None, unknown=True)


async def _store(
    turn: Turn,
    q: Question,
    dog: Dog | None,
    value: Any,
    *,
    approximate: tuple[float, float] | None = None,
    unknown: bool = False,
    since_puppy: bool = False,
) -> None:
    was = dog.name if dog is not None and q.key == "name" else None
    if dog is not None:
        _qualify(dog, q, approximate=approximate, unknown=unknown, since_puppy=since_puppy)
    dog = await _save(turn, q, dog, value)
    await _after_answer(turn, q, dog, was=was)


def say_changed(turn: Turn, q: Question, dog: Dog, was: str | None = None) -> None:
    """The one line after an answer of `dog` is changed: the name from what to what (`was`: the
    name before; owner trial 13: "모카의 이름: 모카", the new name twice), else the field's value."""
    if q.key == "name" and was and was != dog.name:
        turn.say("survey-renamed-from", old=was, new=dog.name or "")
        return
    field = turn.t(f"survey-field-{q.key}")
    turn.say("correction-done", name=dog.name or "", field=field, value=format_stored(turn, dog, q))


async def _after_answer(turn: Turn, q: Question, dog: Dog, *, was: str | None = None) -> None:
    """Where the survey goes once `q` is answered: the next question; after an edit, the review,
    or the survey where it stopped while it is unfinished."""
    if turn.state.data.get("mode") == "edit" and entry._unfinished(dog) is not None:
        # the changed answer said first (Korean trial: "나이 고칠래요", "4살" got only "the survey
        # is not finished yet", the new age never confirmed)
        say_changed(turn, q, dog, was)
        await review._resume_survey(turn, dog)
        return
    if turn.state.data.get("mode") == "edit" and dog.completed_at is not None:
        # a confirmed profile: the change is stored, nothing waits for an OK (owner trial 12: after
        # a rename the review stayed open and every later message got "waiting for your OK")
        review._edit_saved(turn, q, dog, was)
        return
    if turn.state.data.get("mode") == "edit":
        turn.state.step = REVIEW
        show_review(turn, dog)
        return
    position = index_of(q.key)
    ahead: list[str] = turn.state.data.get(AHEAD_KEY) or []
    while position + 1 < len(QUESTIONS) and QUESTIONS[position + 1].key in ahead:
        ahead.remove(QUESTIONS[position + 1].key)  # answered with an earlier one: not asked
        position += 1
    if not ahead:
        turn.state.data.pop(AHEAD_KEY, None)
    if position + 1 < len(QUESTIONS):
        following = QUESTIONS[position + 1]
        turn.state.step = following.key
        picking._load_picks(turn, following, dog)
        await ask(turn, following, dog)
    else:
        turn.state.step = REVIEW
        show_review(turn, dog)


def _qualify(
    dog: Dog,
    q: Question,
    *,
    approximate: tuple[float, float] | None,
    unknown: bool,
    since_puppy: bool = False,
) -> None:
    """The qualifiers of a new answer to `q`: no longer "don't know" (unless it is), its range,
    and for how long owned whether it was "since he was a puppy" (`SINCE_PUPPY_KEY`)."""
    if q.key == "owned_months":
        if since_puppy:
            dog.answers[SINCE_PUPPY_KEY] = True
        else:
            dog.answers.pop(SINCE_PUPPY_KEY, None)
    if not unknown and q.key in (dog.answers.get(UNKNOWN_KEY) or []):
        dog.answers[UNKNOWN_KEY] = [k for k in dog.answers[UNKNOWN_KEY] if k != q.key]
    if not unknown:
        dog.answers.get(PART_KEY, {}).pop(q.key, None)  # a whole answer now: no half kept
    ranges = dict(dog.answers.get(APPROXIMATE_KEY) or {})
    ranges.pop(q.key, None)
    if approximate is not None:
        ranges[q.key] = [approximate[0], approximate[1]]
    if ranges or APPROXIMATE_KEY in dog.answers:
        dog.answers[APPROXIMATE_KEY] = ranges


async def correct(turn: Turn, dog: Dog, q: Question, answer: Value[Any] | Approximate) -> bool:
    """A stored answer of `dog` replaced outside the survey (a correction typed later: "아 잘못
    말했어요 3살이에요"), checked as the survey checks it; False (nothing changed) when it does not
    fit the question (out of its range, longer owned than the dog's age)."""
    try:
        if q.kind is Kind.MULTI and isinstance(answer, Value) and isinstance(answer.value, tuple):
            # the options ticked ("we also have a cat": cat), stored as the survey stores them
            if not answer.value or any(str(p) not in q.options for p in answer.value):
                return False
            value: Any = [str(p) for p in answer.value]
            approximate = None
        elif q.kind in (Kind.CHOICE, Kind.MULTI, Kind.TEXT):
            if not isinstance(answer, Value) or str(answer.value) not in q.options:
                return False
            value = str(answer.value)
            approximate = None
        else:
            said = amount(answer)  # a number question takes a number only (stop 63)
            if said is None:
                return False
            value = _number(q, said)
            _check_number(q, value, dog)
            approximate = (answer.low, answer.high) if isinstance(answer, Approximate) else None
    except Invalid:
        return False
    _qualify(dog, q, approximate=approximate, unknown=False)
    await _save(turn, q, dog, value)
    return True


async def keep_note(turn: Turn, dog: Dog, q: Question, note: str) -> None:
    """A free-text answer of `dog` stored outside the survey (a health note told after a result:
    `correction.health_told`), no longer "don't know"."""
    _qualify(dog, q, approximate=None, unknown=False)
    await _save(turn, q, dog, note)


async def answered_by_correction(turn: Turn, dog: Dog, q: Question) -> bool:
    """A correction of `dog`'s answer to `q` typed while the survey of `dog` asks `q` ("나이 3살로
    고쳐줘" at the age question): it answered the question, so the survey goes on as after an
    answer. False (nothing done) when the survey is elsewhere."""
    if turn.state.flow != FLOW or turn.state.step != q.key or turn.state.data.get("dog_id") != dog.id:
        return False
    await _after_answer(turn, q, dog)
    return True
