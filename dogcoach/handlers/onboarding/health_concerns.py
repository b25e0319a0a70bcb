"""Health and problem behaviours told at another survey question: kept as the health answer ahead
(also from a report typed during the survey) or added to the concerns, and a behaviour word alone
where it answers nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from dogcoach.domain.survey import BY_KEY, Question, index_of
from dogcoach.handlers.onboarding import entry, late_numbers, storing
from dogcoach.handlers.onboarding.asking import ask
from dogcoach.handlers.onboarding.constants import AHEAD_KEY, FLOW
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, DontKnow, Folded, Value
from dogcoach.services.understanding import Kind as Said
from dogcoach.services.understanding.classify import BEHAVIOUR_ALONE, HEALTH_NONE_TOLD, HEALTH_TOLD
from dogcoach.services.understanding.survey import WORST_TOLD


async def _answers_later_health(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """Health told at an earlier question ("슬개골 약간 안좋아요" at the origin; acceptance trial:
    sent to the coach model as a question): kept as the health answer ahead (said in a line, not
    asked in its turn) and the open question asked again. False, nothing done, otherwise (the
    health already answered, an edit, no dog yet)."""
    health = BY_KEY["health"]
    u = turn.understanding
    if u is not None and u.reason == HEALTH_NONE_TOLD:
        return await _health_none_ahead(turn, q, dog)
    if (
        dog is None
        or u is None
        or u.reason != HEALTH_TOLD
        or turn.state.data.get("mode") == "edit"
        or not (late_numbers._unplaced_answer(turn) or _amount_after_health(turn))
        or len(turn.text) > (health.maximum or len(turn.text))
    ):
        return False
    # only the health part is the note; the rest may answer the open question ("보호소에서 왔고
    # 슬개골 약간 안좋아요" at the origin: the shelter and "슬개골 약간 안좋아요"; trial: all of it the note)
    answers = turn.services.understander.answers
    note, rest = answers.told_apart(turn.text, "understanding-health-told")
    if not rest:
        # "다리가 안좋아서 10분 천천히 걸어요": the note is the cause, the minutes its effect
        note, rest = answers.cause_apart(turn.text, "understanding-health-told")
    note = note or turn.text
    if rest and not _answers_open(turn, q, rest):
        note, rest = turn.text, ""  # "allergies, on apoquel" (owner trial 9: the medicine lost)
    dog = await _keep_health(turn, dog, note)
    if rest:
        await entry._answer_typed(turn, q, dog, rest)
        return True
    await ask(turn, q, dog)
    return True


async def _health_none_ahead(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The health's none told at an earlier question ("no health issues", "건강 문제 없어요" at the
    concerns; stop 52 owner trial: the concerns' "none" ticked, or the children's "no"): kept as
    the health's "nothing to note" ahead, said in a line, unless a health note was kept already
    (that note stands, never cleared by a none); the open question asked again. False, nothing
    done, in an edit or with no dog yet."""
    health = BY_KEY["health"]
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    before = dog.answers.get(health.key)
    if not (isinstance(before, str) and before not in ("", health.none_option)):
        assert health.none_option is not None
        dog = await storing._save(turn, health, dog, health.none_option)
        if health.key not in turn.state.data.get(AHEAD_KEY, []):
            turn.state.data.setdefault(AHEAD_KEY, []).append(health.key)
        value = turn.t(health.option_msg(health.none_option))
        turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{health.key}"), value=value)
    await ask(turn, q, dog)
    return True


async def _keep_health(turn: Turn, dog: Dog, note: str) -> Dog:
    """`note` kept as the health answer ahead, said in a line; a second note ("약먹고있어요" at
    the breed after "슬개골 탈구" at the sex; owner trial 13: refused as "not this question's
    answer") is added to the first, not lost."""
    health = BY_KEY["health"]
    before = dog.answers.get(health.key)
    if isinstance(before, str) and before not in ("", health.none_option) and note not in before:
        joined = turn.t("survey-health-joined", first=before, second=note)
        note = joined if len(joined) <= (health.maximum or len(joined)) else note
    dog = await storing._save(turn, health, dog, note)
    if health.key not in turn.state.data.get(AHEAD_KEY, []):
        turn.state.data.setdefault(AHEAD_KEY, []).append(health.key)
    turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{health.key}"), value=note)
    return dog


async def health_in_report(turn: Turn) -> None:
    """A report typed at a survey question before the health one that tells health ("다리를
    절어요 병원다녀요" at the age; owner trial 13: the vet alert and an analysis, never kept as the
    health answer): the report is analysed as before, and the whole message kept for the health."""
    if turn.state.flow != FLOW or turn.state.data.get("mode") == "edit" or turn.state.step not in BY_KEY:
        return
    health = BY_KEY["health"]
    if index_of(turn.state.step) >= index_of(health.key) or len(turn.text) > (health.maximum or 0):
        return
    if not turn.services.understander.vocabulary["understanding-health-told"].contains(Folded(turn.text)):
        return
    dog = await entry._dog(turn)
    if dog is not None:
        await _keep_health(turn, dog, turn.text)


def _amount_after_health(turn: Turn) -> bool:
    """The turn was read as a health note with the open question's amount told as its effect
    ("bad hips so 15 min slow walk": `Understander._after_health`; held-out 16)."""
    u = turn.understanding
    return u is not None and u.kind is Said.ANSWER and isinstance(u.answer, Value | Approximate)


def _answers_open(turn: Turn, q: Question, text: str) -> bool:
    """`text` (the rest of a message beside a health note) answers the open question `q`: an
    option picked or a value read; else it belongs with the note ("on apoquel")."""
    read = turn.services.understander.understand(text, survey_context(q))
    return read.kind is Said.CHOICE or (
        read.kind is Said.ANSWER and isinstance(read.answer, Value | Approximate | DontKnow)
    )


# The question that takes the dog's problem behaviours, told at any other question (batch 76).
CONCERNS = "concerns"
# The strongest reaction: a behaviour told there that is none of its options gets a hint.
WORST = "worst_reaction"


async def _keeps_concerns(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A behaviour with no incident told at another survey question ("she's reactive to other
    dogs and pulls on the lead" at the breed, "분리불안이 좀 있어요" at the size; English owner
    trial, batch 76: analysed by the model as an incident, or only re-asked): the concerns it
    names are ticked for the concerns question — stored, so nothing is lost; that question is
    still asked in its turn with them ticked (more may be added), or, answered already, they are
    added to it — said in a line that also asks for one time it happened, and the open question
    asked again. False, nothing done, when it names no concern (the behaviour's re-ask stands)."""
    u = turn.understanding
    if dog is None or u is None or u.kind is not Said.NOISE or not u.label or q.key == CONCERNS:
        return False
    ticked = await _tick_concerns_told(turn, dog)
    if ticked is None:
        return False
    dog = ticked
    if q.key == WORST:
        # "barking i guess" at the worst reaction: none of its options; what it asks, and "None"
        turn.say("survey-worst-none-hint")
    await ask(turn, q, dog)
    return True


async def keep_concerns_told_along(turn: Turn, dog: Dog | None) -> Dog | None:
    """The concerns a habit told beside another question's answer names ("고양이 있는데 얘가
    고양이를 쫓아다녀요" at the other pets, stop 55 trial: a report for the model, the cat not
    ticked; `PETS_AND_HABIT`), ticked for the concerns question as `_keeps_concerns` ticks them
    and said; `dog` as it was when it names none."""
    if dog is None:
        return dog
    return await _tick_concerns_told(turn, dog) or dog


async def _tick_concerns_told(turn: Turn, dog: Dog) -> Dog | None:
    """The concerns the message names ticked for the concerns question beside those ticked before
    (added to its answer when it was answered), said in a line; the dog as stored, None when the
    message names none."""
    concerns = BY_KEY[CONCERNS]
    read = turn.services.understander.concerns_in(turn.text, survey_context(concerns))
    if not read:
        return None
    before = [v for v in dog.answers.get(concerns.key) or [] if v != concerns.exclusive]
    answered = concerns.key in dog.answers
    kept = [v for v in concerns.options if v in before or v in read]
    dog = await storing._save(turn, concerns, dog, kept)
    _say_concerns(turn, read, before, "survey-concerns-added" if answered else "survey-concerns-kept")
    return dog


def _say_concerns(turn: Turn, read: Sequence[str], before: Sequence[str], msg_id: str) -> None:
    """Say the concerns `read` that were not ticked `before` with `msg_id` (added or kept); when
    all were ticked already ("barking i guess" at the worst reaction with Barking ticked; English
    owner trial 30: "I've added Barking"), that they are already among the concerns."""
    concerns = BY_KEY[CONCERNS]
    new = [v for v in concerns.options if v in read and v not in before]
    shown = new or [v for v in concerns.options if v in read]
    said = ", ".join(turn.t(concerns.option_msg(v)) for v in shown)
    turn.say(msg_id if new else "survey-concerns-already", concerns=said)


async def _behaviour_unplaced(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A behaviour word alone where it answers nothing as typed (owner trial 11: "으르렁" at the
    concerns filled the later worst reaction; at the health question it was stored as the health
    note). At the concerns, one that names no option there ("으르렁", "growling": toward people or
    other dogs?) is said and the question asked again, nothing ticked nor kept for a later
    question. At the health note, a behaviour with no health word in it is no note: the concerns
    it names are added to the concerns answer and said (as at any other question, batch 76), or,
    naming none, it is said as understood; the health question asked again. False otherwise."""
    u = turn.understanding
    if dog is None or u is None or u.safety or u.incident or turn.state.data.get("mode") == "edit":
        return False
    concerns = BY_KEY[CONCERNS]
    if q.key == CONCERNS:
        if u.kind is not Said.NOISE or u.reason != BEHAVIOUR_ALONE:
            return False
        turn.say("survey-behaviour-which-concern", typed=turn.text)
        await ask(turn, q, dog)
        return True
    if q.key != "health" or u.kind is not Said.ANSWER:
        return False
    understander = turn.services.understander
    if understander.vocabulary["understanding-health-told"].contains(Folded(turn.text)):
        return False  # "슬개골 때문에 산책을 싫어해요": a health note
    read = understander.understand(turn.text, survey_context(concerns))
    if not (read.kind is Said.NOISE and read.reason == BEHAVIOUR_ALONE) and read.kind is not Said.CHOICE:
        return False
    named = understander.concerns_in(turn.text, survey_context(concerns))
    if read.kind is Said.CHOICE and not named:
        return False
    if named:
        before = [v for v in dog.answers.get(concerns.key) or [] if v != concerns.exclusive]
        dog = await storing._save(
            turn, concerns, dog, [v for v in concerns.options if v in before or v in named]
        )
        _say_concerns(turn, named, before, "survey-concerns-added")
    else:
        turn.say("survey-behaviour-not-health", typed=turn.text)
    await ask(turn, q, dog)
    return True


async def _worst_told_early(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The strongest reaction told at an earlier question, in words that tick no concern ("he's
    never bitten anyone, the worst is he growls at the hoover" at the sex; owner trial 33: "pick
    one of the options", lost): when the message names that question and reads there as one of
    its options, that option is kept as its answer ahead, said in a line, and the open question
    asked again. False, nothing done, otherwise (answered already, an edit, a report)."""
    u = turn.understanding
    worst = BY_KEY[WORST]
    if (
        dog is None
        or u is None
        or u.safety
        or u.incident
        or turn.state.data.get("mode") == "edit"
        or index_of(q.key) >= index_of(worst.key)
        or worst.key in dog.answers
        or not ((u.kind is Said.NOISE and u.label) or late_numbers._unplaced_answer(turn))
    ):
        return False
    understander = turn.services.understander
    # "물었음 상처는 없었어요" at the other pets (`WORST_TOLD`, stop 61 trial: a report for the
    # model): the option's own words name the question as well as its name does
    if u.reason != WORST_TOLD and not understander.names_answer(Folded(turn.text), worst.key):
        return False
    read = understander.understand(turn.text, survey_context(worst))
    picks = [p for p in read.picks if p in worst.options] if read.kind is Said.CHOICE else []
    if len(picks) != 1 or read.safety:
        return False
    storing._qualify(dog, worst, approximate=None, unknown=False)
    dog = await storing._save(turn, worst, dog, picks[0])
    turn.state.data.setdefault(AHEAD_KEY, []).append(worst.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{worst.key}"),
        value=turn.t(worst.option_msg(picks[0])),
    )
    await ask(turn, q, dog)
    return True
