"""An earlier one-choice answer told late: picked whole or completed by its other half at a later
question ("숫컷" at the breed), or named and corrected there ("wrong breed, she's a beagle"), and
what a message that completes nothing is read as.
"""

from __future__ import annotations

from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.handlers.card import format_answer, format_stored
from dogcoach.handlers.onboarding import (
    answering,
    entry,
    late_numbers,
    picking,
    review,
    storing,
    told_ahead,
    told_along,
)
from dogcoach.handlers.onboarding.asking import ask, context
from dogcoach.handlers.onboarding.constants import COMPLETING_KEY, PARTS_KEY, YES_NO
from dogcoach.handlers.parsing import OPTION_CONCEPTS, concepts_named, survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import Approximate, DontKnow, Expect, Folded, Unclear, Value
from dogcoach.services.understanding import Kind as Said


async def _earlier_sex_completed(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The sex answered already told again or completed at a later question ("아 중성화 작년에
    했어요" at the origin for a girl not spayed; stop 34: re-asked, lost): corrected, said in a line
    from what it was, and `q` asked again. False, nothing done, for anything else."""
    sex = BY_KEY["sex"]
    if dog is None or turn.state.data.get("mode") == "edit" or index_of(q.key) <= index_of(sex.key):
        return False
    if dog.answers.get(sex.key) is None or not late_numbers._unplaced_answer(turn):
        return False
    # the old value said beside the new one left out ("아까 수컷이라고 했는데 암컷이에요": stop 46)
    value = told_along.sex_in_sentence(turn, dog, turn.services.understander.without_old(turn.text))
    if value is None or value == dog.answers.get(sex.key):
        return False
    previous = told_ahead._shown(turn, dog, sex)
    storing._qualify(dog, sex, approximate=None, unknown=False)
    dog = await storing._save(turn, sex, dog, value)
    told_ahead._said_ahead(turn, sex, format_answer(turn, sex, value), previous)
    await ask(turn, q, dog)
    return True


async def _answers_earlier_choice(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a short free-text question (the breed), a message that picks one option of an earlier
    one-choice question whole ("girl, spayed", "여아 중성화했어요" at the breed): it answers that
    question, not this one (new-owner trial: stored as the breed). That answer is set again, said
    in a line, and the open question asked again. False, nothing done, for anything else."""
    u = turn.understanding
    # at the health note only a whole option picked, with no health word ("girl not fixed": owner
    # trial 14, stored as the health note); a health note may well name the neutering
    verbatim = survey_context(q).verbatim
    if (
        dog is None
        or q.kind is not Kind.TEXT
        or (
            verbatim
            and turn.services.understander.vocabulary["understanding-health-told"].contains(Folded(turn.text))
        )
        or u is None
        or u.kind is not Said.ANSWER
        or isinstance(u.answer, DontKnow)
        or len(turn.text) < 2  # "b": a position, not an option named
        or isinstance(turn.services.understander.answers.quantity(Folded(turn.text), Expect.COUNT), Value)
    ):
        return False  # "three" is no option named either (it would be the third one's position)
    for earlier in QUESTIONS[: index_of(q.key)]:
        if earlier.kind is not Kind.CHOICE:
            continue
        if not turn.services.understander.may_pick(turn.text, survey_context(earlier)):
            continue  # names none of its options: a cheap first look instead of the reading
        read = turn.services.understander.understand(turn.text, survey_context(earlier))
        picks = [p for p in read.picks if p in earlier.options] if read.kind is Said.CHOICE else []
        field = turn.t(f"survey-field-{earlier.key}")
        if verbatim and (
            len(picks) != 1
            or read.safety
            or isinstance(read.answer, Unclear)
            # a yes or no ("no, all good") and a reaction ("growls") are no profile fact told late
            or set(earlier.options) <= YES_NO
            or earlier.key == "worst_reaction"
        ):
            continue
        if len(picks) == 1 and not read.safety:
            # the breed named beside it ("남아 중성화했고 말티즈예요"): both answers, the breed kept
            # by the caller (owner trial K: the breed was lost and asked again)
            named = turn.services.understander.answers.breeds_named(Folded(turn.text))
            both = isinstance(u.answer, Value) and bool(named) and not verbatim
            if await storing.correct(turn, dog, earlier, Value(picks[0])):
                value = format_stored(turn, dog, earlier)
                if both:
                    turn.say("survey-answered-ahead", field=field, value=value)
                else:
                    turn.say("survey-answered-earlier", name=dog.name or "", field=field, value=value)
            if both and isinstance(u.answer, Value):  # the breed named, not the whole sentence
                await storing._store(turn, q, dog, named[0] if len(named) == 1 else str(u.answer.value))
                return True
            await ask(turn, q, dog)
            return True
        # only where it would be stored as the breed ("girl"): a sentence that names no breed ("we
        # got him from a friend": "him") has the breed's own re-ask
        taken = isinstance(u.answer, Value)
        part = read.answer.understood if taken and isinstance(read.answer, Unclear) else None
        needs = {
            c for v in earlier.options for c in concepts_named(OPTION_CONCEPTS.get((earlier.key, v), ()))
        }
        if isinstance(part, tuple) and part and _pronoun_beside_breed(turn, earlier):
            continue  # "shes a staffy" at the breed (stop 50 trial: the breed refused as the sex)
        if isinstance(part, tuple) and part and not verbatim and isinstance(u.answer, Value):
            breed = _breed_beside_half(turn, str(u.answer.value))
            if breed is not None and all(c in needs for c in part):
                await _breed_with_half(turn, q, dog, earlier, [c for c in part if isinstance(c, str)], breed)
                return True
        if isinstance(part, tuple) and part and all(c in needs for c in part):
            await _complete_earlier(turn, q, dog, earlier, [c for c in part if isinstance(c, str)])
            return True
    return False


def _breed_beside_half(turn: Turn, read: str) -> str | None:
    """The breed a message names beside half of an earlier answer ("말티즈 남자애요", "lab mix,
    big boy ~30kg", "poodle, good girl"): the clause that names it, read as the breed alone (the
    whole message's reading, `read`, when it has no comma). None when it names no breed."""
    answers = turn.services.understander.answers
    if not answers.breeds_named(Folded(turn.text)):
        return None
    for clause in turn.text.split(","):
        if clause.strip() and answers.breeds_named(Folded(clause)):
            alone = answers.breed(Folded(clause.strip()))
            return str(alone.value) if isinstance(alone, Value) and str(alone.value).strip() else read
    return read


async def _breed_with_half(
    turn: Turn, q: Question, dog: Dog, earlier: Question, part: list[str], breed: str
) -> None:
    """A breed told with half of an earlier answer at the breed (stop 54 trial: "말티즈 남자애요",
    "lab mix, big boy ~30kg": "that's the sex", the breed lost): the breed stored, a weight or size
    told along kept ahead. A half that agrees with the stored answer ("여자애" for a spayed girl)
    says nothing more and the survey goes on; one that contradicts it opens that question to be
    completed (`_complete_earlier`), which then comes back to where the survey stopped."""
    stored = dog.answers.get(earlier.key)
    agrees = isinstance(stored, str) and set(part) <= concepts_named(
        OPTION_CONCEPTS.get((earlier.key, stored), ())
    )
    told_along._keep_later_facts(turn, q, dog)
    if agrees:
        await storing._store(turn, q, dog, breed)
        return
    dog = await storing._save(turn, q, dog, breed)
    following = entry._unfinished(dog) or q
    await _complete_earlier(turn, following, dog, earlier, part)


def _pronoun_beside_breed(turn: Turn, earlier: Question) -> bool:
    """The message names a breed and tells `earlier`'s half only by a pronoun ("shes a staffy",
    "hes a lab" at the breed; stop 50 English trial: "that sounds like your answer to Sex", the
    owner stuck at the breed): the breed's answer, no late half (`understanding-sex-pronoun`)."""
    understander = turn.services.understander
    message = Folded(turn.text)
    if not understander.answers.breeds_named(message):
        return False
    pronouns = understander.vocabulary["understanding-sex-pronoun"]
    rest = " ".join(w for w in turn.text.split() if not pronouns.whole(Folded(w)))
    read = understander.understand(rest, survey_context(earlier)) if rest else None
    return read is None or not (isinstance(read.answer, Unclear) and read.answer.understood)


async def _earlier_corrected(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """An earlier answer corrected at a later question (owner trial 10: "성별 틀렸어요 여아에요
    중성화했구요" at the household, "wrong breed, she's a beagle" at the children, "아 펫샵이요" at
    how long owned, right after the origin: each re-asked as a bad answer there, the correction
    lost). Either an earlier question named with its new value ("견종", "sex", "가족": read as at
    the review card, `_replace_named`), or, naming none, a late answer that the question just
    before reads whole while the open one does not. That answer is replaced, what changed said in
    a line, and the open question asked again. False, nothing done, for anything else."""
    u = turn.understanding
    if dog is None or u is None or u.safety or u.incident or turn.state.data.get(COMPLETING_KEY):
        return False
    earlier = _earlier_named(turn, q, dog)
    # the old value said beside the new one left out ("we have kids, I said no by mistake": stop 45)
    new = turn.services.understander.without_old(turn.text)
    if earlier is None or not await review._replace_named(turn, dog, earlier, Folded(new)):
        return False
    await ask(turn, q, dog)
    return True


# An option typed as the whole answer (`understanding` reason): only such an earlier option changes
# that answer at a later question.
WHOLE_OPTION = "option"
# The catch-all option ("기타", "Other"): told alone at a later question it may mean any question's
# other, so it never changes an earlier answer there (stop 64 owner trial).
CATCH_ALL = "other"


def _earlier_choice_told(turn: Turn, q: Question, dog: Dog) -> Question | None:
    """The one earlier one-choice question answered already (told ahead or asked) whose options a
    message at `q` picks, `q` unable to place it and no question named ("펫샵이요" at the household
    after "유기견이라 …" kept the shelter at the age; stop 53 trial: "send a number from 1 to 20",
    the change dropped silently): that question, its answer then replaced and the change said from
    what it was. Not yes-or-no questions, the worst reaction or the sex (read by their own rules),
    nor a free-text question (`_answers_earlier_choice`); None when no one question or the same
    value is read."""
    u = turn.understanding
    if q.kind is Kind.TEXT or not late_numbers._unplaced_answer(turn) or (u is not None and u.detail):
        return None  # detail for a report waiting ("oh and it was a big dog") changes no answer
    if review._fields_named(turn, Folded(turn.text)):
        return None  # a question named: `_earlier_named` decided
    understander = turn.services.understander
    found: list[Question] = []
    for earlier in QUESTIONS[: index_of(q.key)]:
        if (
            earlier.kind is not Kind.CHOICE
            or set(earlier.options) <= YES_NO
            or earlier.key in ("sex", "worst_reaction")
            or earlier.key not in dog.answers
            or not understander.may_pick(turn.text, survey_context(earlier))
        ):
            continue
        read = understander.understand(turn.text, survey_context(earlier))
        if read.reason != WHOLE_OPTION:
            # "it was a big dog", "엄마 아빠 저 동생 이렇게 3명이요" (stop 53's full run: the origin
            # changed to friend / family at the household): an option's word inside a sentence
            # may describe anything; only the option typed as the answer ("펫샵이요") changes it
            continue
        picks = [p for p in read.picks if p in earlier.options] if read.kind is Said.CHOICE else []
        if picks == [CATCH_ALL]:
            # "기타입니다" at the exercise (stop 64 owner trial, Telegram: the origin changed to
            # Other): the catch-all option names nothing of that question; the open one re-asks
            continue
        if len(picks) == 1 and not read.safety and picks[0] != dog.answers.get(earlier.key):
            found.append(earlier)
    return found[0] if len(found) == 1 else None


async def earlier_choice_changed(turn: Turn, q: Question, dog: Dog) -> bool:
    """The last resort before `q`'s own re-ask: an earlier one-choice answer told again with
    another value (`_earlier_choice_told`) replaced, the change said from what it was, and `q`
    asked again. False, nothing done, for anything else."""
    u = turn.understanding
    if u is None or u.safety or u.incident or turn.state.data.get(COMPLETING_KEY):
        return False
    earlier = _earlier_choice_told(turn, q, dog)
    new = turn.services.understander.without_old(turn.text)
    if earlier is None or not await review._replace_named(turn, dog, earlier, Folded(new)):
        return False
    await ask(turn, q, dog)
    return True


def _earlier_named(turn: Turn, q: Question, dog: Dog) -> Question | None:
    """The earlier answered question a message at `q` corrects: the one question it names
    (`_fields_named`; never `q`'s own nor the name; when `q` reads the message, only with a
    correction word: "틀렸어요", "wrong"); else, when it names none and `q` cannot
    place it (`_unplaced_answer`), the question just before `q`, a one-choice question (not a
    yes-or-no one) or the breed spelt out. None for anything else."""
    if q.key not in BY_KEY or index_of(q.key) == 0:
        return None
    message = Folded(turn.text)
    before = QUESTIONS[: index_of(q.key)]
    named = review._fields_named(turn, message)
    if len(named) > 1:
        return None
    u = turn.understanding
    own = u is not None and (
        u.kind is Said.CHOICE
        or (u.kind is Said.ANSWER and isinstance(u.answer, Value | Approximate | DontKnow))
    )
    if own and not turn.services.understander.vocabulary["understanding-correction"].contains(message):
        return None  # the open question's answer, an earlier field said beside it ("작아서"): no correction
    if named:
        [earlier] = named
        words = turn.services.understander.vocabulary
        # a unit alone ("3명이요" at the children counts the children) names no field here
        by_name = words[f"understanding-field-{earlier.key}"].contains(message) or words[
            f"understanding-correction-about-{earlier.key}"
        ].contains(message)
        fits = by_name and earlier in before and earlier.key != "name"
        return earlier if fits and earlier.key in dog.answers else None
    previous = before[-1]
    if previous.kind is not Kind.CHOICE and previous.key != "breed":
        return None
    if previous.key == "origin" and late_numbers._people_named(turn.services.understander, message):
        return None  # "엄마 아빠 나 동생" at how long owned (owner trial 14: origin family): the household
    if previous.options and set(previous.options) <= YES_NO:  # "있어요" at the other pets: not the children
        return None
    if q.kind is Kind.TEXT or not late_numbers._unplaced_answer(turn) or previous.key not in dog.answers:
        return None
    if previous.key == "breed":  # a breed spelt out only ("아 포메요" at the size), never a typo's
        return previous if told_ahead._breed_told(turn, message, previous, as_typed=True) else None
    return previous


async def _complete_earlier(turn: Turn, q: Question, dog: Dog, earlier: Question, part: list[str]) -> None:
    """Half of an earlier one-choice answer typed at `q` ("숫컷", "아 남아예요", "girl" at the
    breed; Korean trial: "choose ✏️ Edit an answer", a button not shown there, and the sex stayed
    unknown). Nothing is guessed: when the stored answer already says it, that is said and `q`
    asked again; else the earlier question is asked with the half kept (`PARTS_KEY`), as an edit,
    so its answer is said back and the survey returns to `q` (`_after_answer`)."""
    field = turn.t(f"survey-field-{earlier.key}")
    stored = dog.answers.get(earlier.key)
    if isinstance(stored, str) and set(part) <= concepts_named(
        OPTION_CONCEPTS.get((earlier.key, stored), ())
    ):
        value = format_stored(turn, dog, earlier)
        turn.say("survey-answered-earlier-kept", name=dog.name or "", field=field, value=value)
        await ask(turn, q, dog)
        return
    understood = ", ".join(turn.t(f"understanding-concept-{c}") for c in part)
    turn.say("survey-answered-earlier-part", field=field, understood=understood)
    mode = turn.state.data.get("mode")
    turn.state.data[COMPLETING_KEY] = {"at": earlier.key, "back": q.key, "mode": mode}
    turn.state.data["mode"] = "edit"
    turn.state.step = earlier.key
    picking._load_picks(turn, earlier, dog)
    turn.state.data.setdefault(PARTS_KEY, {})[earlier.key] = sorted(part)
    await ask(turn, earlier, dog)


async def _leaves_completion(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At an earlier question opened to be completed (`_complete_earlier`: "숫컷" at the breed), a
    message that names none of its concepts and picks none of its options ("진돗개 잡종", "중형",
    "길에서 주웠어요"; Korean trial 4: each got "pick one of the four" and the breed was never
    stored): the completion is left, the half dropped, and the message read at the question it
    was opened from, as if typed there. False, nothing done, for a pick, a part, "don't know"."""
    completing = turn.state.data.get(COMPLETING_KEY)
    if not isinstance(completing, dict) or completing.get("at") != q.key or dog is None:
        return False
    u = turn.understanding
    if u is None or u.kind is not Said.ANSWER or isinstance(u.answer, Value | DontKnow):
        return False
    if isinstance(u.answer, Unclear) and u.answer.understood:
        return False  # "중성화 했어요": the rest of it (or a part to say back)
    turn.state.data.pop(COMPLETING_KEY, None)
    turn.state.data.get(PARTS_KEY, {}).pop(q.key, None)
    back = BY_KEY[str(completing.get("back"))]
    mode = completing.get("mode")
    if mode is None:
        turn.state.data.pop("mode", None)
    else:
        turn.state.data["mode"] = mode
    turn.state.step = back.key
    picking._load_picks(turn, back, dog)
    turn.understanding = turn.services.understander.understand(turn.text, context(turn))
    if turn.understanding.kind not in (Said.ANSWER, Said.CHOICE):
        await ask(turn, back, dog)
        return True
    await answering._handle_answer(turn, back, dog)
    return True


async def concerns_taken_back(turn: Turn, unpicks: tuple[str, ...], picks: tuple[str, ...]) -> bool:
    """Concerns said instead of others right after the concerns ("산책 말고 분리불안이요", "not
    leash pulling, I meant separation" at the worst reaction; stop 46: "pick one of the options",
    or separation added and leash pulling kept): the stored concerns without `unpicks` and with
    `picks`, what changed said in one line, and the open question asked again. False, nothing
    done, when no concerns are stored for the survey's dog."""
    q = BY_KEY["concerns"]
    dog = await entry.dog_in_progress(turn)
    stored = dog.answers.get(q.key) if dog is not None else None
    if dog is None or not isinstance(stored, list) or turn.state.step not in BY_KEY:
        return False
    kept = [v for v in stored if v not in unpicks and v != q.exclusive]
    new = kept + [p for p in picks if p not in kept]
    previous = format_stored(turn, dog, q)
    if not await storing.correct(turn, dog, q, Value(tuple(new))):
        return False
    field = turn.t(f"survey-field-{q.key}")
    turn.say("survey-review-corrected", field=field, previous=previous, value=format_stored(turn, dog, q))
    await ask(turn, BY_KEY[turn.state.step], dog)
    return True
