"""The message at an open question: what else it may be is tried in order (a card button, back,
another dog, a name corrected, an answer told late or ahead, health or a behaviour told early)
before it is read as the question's own answer and stored, or asked again.
"""

from __future__ import annotations

from dogcoach.domain.survey import BY_KEY, Kind, Question
from dogcoach.handlers.card import format_answer, format_stored
from dogcoach.handlers.onboarding import (
    dog_named,
    entry,
    health_concerns,
    late_choices,
    late_facts,
    late_numbers,
    life,
    naming,
    picking,
    reading,
    review,
    same_as,
    storing,
    told_ahead,
    told_along,
    waiting_dog,
)
from dogcoach.handlers.onboarding.asking import ask, context
from dogcoach.handlers.onboarding.constants import (
    _PENDING,
    _UNKNOWN,
    BACK,
    DONE,
    NAME_HINT,
    NAME_OTHER,
    NAME_TYPO_KEY,
    NAME_YES,
    NEWDOG_AFTER,
    OTHER_PETS,
    SKIP,
    UNKNOWN,
    UNKNOWN_JUST_KEY,
    UNLIKELY_KEY,
    UNLIKELY_NO,
    Invalid,
)
from dogcoach.handlers.onboarding.quantities import _number
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import (
    Approximate,
    DontKnow,
    Expect,
    Folded,
    SincePuppy,
    Unclear,
    Understanding,
    Value,
)
from dogcoach.services.understanding.classify import (
    ALONE_FOR_NOW,
    CHILDREN_TOLD,
    OTHER_DOG_ASKED,
    POSITION_NO_OPTIONS,
    SAID_BEFORE,
    WORSE_SINCE_TOLD,
)
from dogcoach.services.understanding.survey import (
    CHILDREN_BESIDE,
    CHILDREN_LIKED,
    DISTANCE_TOLD,
    NAME_COMMAND_TYPO,
    NAME_TOLD_LAST,
    OLDER_CHILD,
    PETS_AND_HABIT,
    POSITION_UNSHOWN,
)


def _answered(dog: Dog, q: Question) -> bool:
    """`dog` has an answer to `q` that is not "don't know"."""
    value = dog.answers.get(q.key)
    return value not in (None, "", []) and q.key not in (dog.answers.get("unknown") or [])


def _skip_typed(u: Understanding | None) -> bool:
    """A skip typed ("skip", "건너뛰기"), not a "don't know"."""
    return u is not None and isinstance(u.answer, DontKnow) and u.answer.skip


async def _skip_keeps(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A skip at a question that has an answer already, gone back to (owner trial 33: "Other" wiped
    to "don't know"): the answer kept, said, and the survey goes on. False when there is none."""
    if dog is None or not _answered(dog, q):
        return False
    field = turn.t(f"survey-field-{q.key}")
    turn.say("survey-skip-kept", field=field, value=format_stored(turn, dog, q))
    await storing._after_answer(turn, q, dog)
    return True


async def _handle_answer(turn: Turn, q: Question, dog: Dog | None, *, put_off: bool = False) -> None:
    """`q` answered (or not) by this turn's message; `put_off`: the message right after adding a
    dog was put off with no name, where a bare name in any case is that dog's (`NEWDOG_PUT_OFF`)."""
    choice = turn.incoming.choice
    own = waiting_dog.kept_beside(turn, q, dog)
    if own is not None:  # "망고는 5살 키위는 1살이요": 키위's age kept, 망고's words read alone
        with turn.typed_alone(own, turn.services.understander.understand(own, context(turn))):
            await _handle_answer(turn, q, dog, put_off=put_off)
        return
    if choice is None:  # "콩떡이랑 싸우는거요" at the concerns: 콩떡이 is the owner's other dog
        await dog_named.read_other_dog_as_words(turn, q, dog)
    picks = picking._typed_picks(turn)
    turn.state.data.pop("typed_multi", None)  # the flag of the old rule, left in a saved state
    unknown_just = turn.state.data.pop(UNKNOWN_JUST_KEY, None)
    if choice is None and UNLIKELY_NO in picks and turn.state.data.pop(UNLIKELY_KEY, None) is not None:
        turn.say("survey-unlikely-dropped")  # the rare number not noted; the question again
        await ask(turn, q, dog)
        return
    if choice == BACK or BACK in picks:
        await review._go_back(turn, q, dog)
        return
    if choice in (None, UNKNOWN) and await late_numbers._dont_know_of_earlier(turn, q, dog):
        return  # "유기견이라 나이 몰라요" typed at the sex: the age's (owner trial 29)
    if q.optional and (choice == SKIP or SKIP in picks):
        if await _skip_keeps(turn, q, dog):
            return
        await storing._store(turn, q, dog, None)
        return
    if entry.is_card_button(choice) and await entry.handle_idle_choice(turn):  # edit or continue instead
        return
    # the name offered ("Is your dog's name Taco?") stays offered until the name is stored
    # (`storing._save`) or another is asked for: a "yes" after an aside still takes it (owner trial 30)
    hint = turn.state.data.get(NAME_HINT) if q.key == "name" else None
    if hint and (choice == NAME_YES or NAME_YES in picks):  # "콩이 맞죠?" "네"
        await storing._store(turn, q, dog, str(hint))
        return
    if hint and (choice == NAME_OTHER or NAME_OTHER in picks):  # another name: the plain question
        turn.state.data.pop(NAME_HINT, None)
        await ask(turn, q, dog)
        return
    if hint and choice is None and dog is None and await _age_takes_the_name(turn, q, dog, str(hint)):
        return
    if choice is None and dog is not None and await _number_at_the_name_fix(turn, q, dog):
        return  # "한 팔년 키웠지" at "강아지 이름이 시고르자브종 맞죠?" mid-survey: no name (stop 54)
    if q.key == "name" and await naming._name_pair_answered(turn, q, dog, choice, picks):
        return
    if choice in (NAME_YES, NAME_OTHER):  # the suggestion's button after it was answered
        turn.refuse("survey-stale-button")
        await ask(turn, q, dog)
        return
    if choice is not None and not choice.startswith(f"survey:{q.key}:") and choice not in (DONE, UNKNOWN):
        turn.refuse("survey-stale-button")
        await ask(turn, q, dog)
        return
    if choice is None and await late_choices._leaves_completion(turn, q, dog):
        return
    u = turn.understanding
    if choice is None and u is not None and u.reason == POSITION_NO_OPTIONS:
        # "1번", "option 2" where no option is numbered: said, asked again; never an answer to
        # another question (owner trial 11: copied into every later choice question)
        turn.say("survey-position-no-options", typed=turn.text)
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == POSITION_UNSHOWN and isinstance(u.answer, Unclear):
        # "1", "1, 3" where the options are shown with no number (stop 63 owner trial: the generic
        # re-ask): what was understood, asked back, nothing stored
        _position_unshown(turn, q, tuple(u.answer.understood or ()))
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == CHILDREN_LIKED:
        # "she loves kids", "애들 좋아해요" at the children (owner trial 33: stored yes): how the
        # dog is with children, not whether any live at home; said, asked again
        turn.say("survey-children-liked", typed=turn.text, name=dog.name if dog else "")
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == DISTANCE_TOLD and isinstance(u.answer, Unclear):
        # "한 2키로?", "like 2km?" at the exercise (owner trial 33: read as a weight): how far, no
        # time; said what was understood, asked again
        turn.say("survey-distance-not-time", understood=str(u.answer.rest[0]) if u.answer.rest else turn.text)
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == SAID_BEFORE:
        # "아까 말했잖아요", "i just told you lol" with no answer in it (owner trial 31: a report
        # sent to the model): the answer stored before is kept, else none was: said, asked again
        rest = u.answer.rest[0] if isinstance(u.answer, Unclear) and u.answer.rest else ""
        if q.key == OTHER_PETS and await dog_named.other_dog_in(turn, dog, str(rest)):
            # "초코요 위에 말한 애" at a further dog's other pets: the first dog, a dog (owner trial
            # 31: "말" read as a horse, Other ticked)
            if picking._picked(turn, q, ("dog",)) is _PENDING:
                await ask(turn, q, dog)
            return
        before = dog.answers.get(q.key) if dog is not None else None
        if before is not None:
            await storing._store(turn, q, dog, before)
            return
        turn.say("survey-said-before-missing")
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == OTHER_DOG_ASKED and u.dog:
        # "심장약 먹어요 이첨판. 아 근데 이거 다 끝나면 보리도 해야돼?" (owner trial 31: all sent to
        # the model, the health lost): yes, after this one; the note stored below
        turn.state.data[NEWDOG_AFTER] = u.dog
        turn.say("newdog-after-survey-named", name=u.dog)
        if isinstance(u.answer, Unclear) and u.answer.understood is None:
            # "두부 얘기도 할게요" alone (owner trial 32): nothing to store, the question again
            await ask(turn, q, dog)
            return
    if choice is None and u is not None and u.reason == WORSE_SINCE_TOLD:
        # "이사 오고 나서 더 심해진 것 같습니다" (stop 45 owner trial: "I didn't understand"): no
        # answer, kept beside the profile, said, and the question again
        await life.keep_saved(turn, dog, "worse_since")
        await ask(turn, q, dog)
        return
    if choice is None and await waiting_dog.other_dog_age_told(turn, q, dog):
        return  # "bramble is only 5 months btw" at the household: Bramble's (stop 48)
    if choice is None and await same_as.answered_as_other_dog(turn, q, dog):
        return  # "same as Biscuit" at a further dog's survey: Biscuit's answer (owner trial 21)
    if choice is None and u is not None and u.reason == NAME_COMMAND_TYPO and q.key == "name":
        typed = turn.text.strip()
        if turn.state.data.pop(NAME_TYPO_KEY, None) == typed:  # sent again: the name after all
            await storing._store(turn, q, dog, typed)
            return
        # "시잒" for 시작 (owner trial 11: a dog called "시잒", the name typed next lost)
        turn.state.data[NAME_TYPO_KEY] = typed
        turn.say("survey-name-command-typo", typed=typed)
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == CHILDREN_TOLD:
        # "me, my wife and two kids" at the size (stop 60 trial: the children kept, the count
        # lost): the household's count told with them kept ahead too
        dog = await told_ahead.household_beside_children(turn, q, dog)
        if await told_ahead._children_told_early(turn, q, dog):
            return
    if (
        choice is None
        and u is not None
        and u.reason == CHILDREN_BESIDE
        and "children" not in (dog.answers if dog else {})
    ):
        # "small, no kids", "작아요, 애들은 없어요" at the size (owner trial 33: one of them lost):
        # the children kept ahead, this question's option stored below
        await told_ahead._children_told_early(turn, q, dog, ask_again=False)
    if choice is None and await waiting_dog.told_of_waiting_dog(turn, q, dog):
        return  # "her name is luna" after "add a dog" (owner trial 25: Biscuit renamed Luna)
    if choice is None and u is not None and u.rename and isinstance(u.answer, Value) and dog is not None:
        await naming._rename(turn, q, dog, str(u.answer.value))  # "his name is Max" at a later question
        return
    if choice is None and await naming._name_corrected(turn, q, dog):
        return
    if choice is None and await naming._name_retyped(turn, q, dog):
        return  # "콩이" for 콩이라 at the age (owner trial 31: "I didn't understand the age")
    if choice is None and await naming._name_told_next(turn, q, dog):
        return  # "뭉치요" at the age right after a name stored wrong (stop 50): the fix offered
    if choice is None and await waiting_dog.earlier_contradicted_for_waiting(turn, q, dog):
        return  # "2살" at the exercise right after "보리" was announced: 보리's (stop 50)
    if choice is None and await late_choices._earlier_corrected(turn, q, dog):
        return
    if (
        choice is None
        and q.kind
        not in late_numbers._QUANTITY_KINDS  # a number the open question takes is its own ("45 min")
        and _with_words(turn.text)
        and await late_numbers._number_after_unknown(turn, q, dog, unknown_just)
    ):
        return  # "3 wks", "5개월" right after "don't know" at the age: the age (stop 34: "say 'Age is 3 wks'")
    if choice is None and await late_choices._answers_earlier_choice(turn, q, dog):
        return
    if choice is None and await late_choices._earlier_sex_completed(turn, q, dog):
        return
    if choice is None and await told_ahead._household_told_early(turn, q, dog):
        return
    if choice is None and await told_ahead._alone_hours_told_early(turn, q, dog):
        return  # "맞벌이라 8시간 반 정도요" at the household (owner trial 25: a bad count, lost)
    if choice is None and await late_numbers._span_kept_for_owned(turn, q, dog):
        return
    if choice is None and await late_numbers._answers_earlier_quantity(turn, q, dog):
        return
    if choice is None and await late_numbers._birth_year_told_late(turn, q, dog):
        return
    if (
        choice is None
        and picking._ticked_typed(turn, q)
        and not picking._typed_picks(turn)
        and picking._next_takes_a_number(q)
        and await picking._answered_next(turn, q, dog)
    ):
        # "4시간" after a typed tick: the ticks kept, the next question's number answered (trial
        # 5), before the late-number placers ask which question it is; a behaviour ("growling"
        # after "barking" at the concerns) stays the concerns' own re-ask (trial 11)
        return
    if choice is None and await late_numbers._answers_other_quantity(turn, q, dog):
        return
    if choice is None and await told_ahead._answers_later_choices(turn, q, dog):
        return
    if choice is None and await late_numbers._late_length_unplaced(turn, q, dog):
        return
    if choice is None and await told_ahead._answers_later_start(turn, q, dog):
        return
    if choice is None and await health_concerns._answers_later_health(turn, q, dog):
        return
    if choice is None and await health_concerns._keeps_concerns(turn, q, dog):
        return
    if choice is None and await health_concerns._worst_told_early(turn, q, dog):
        return
    if choice is None and await health_concerns._behaviour_unplaced(turn, q, dog):
        return
    if choice is None and q.key == "name" and dog is None and await naming.dogs_told_at_name(turn):
        return
    try:
        value = reading._child_named(turn, q) or reading._read(turn, q, dog)
    except Invalid as bad:
        if choice is None and await late_numbers._number_after_unknown(turn, q, dog, unknown_just):
            return
        if choice is None and await picking._answered_next(turn, q, dog):
            return
        if choice is None and q.key == "name" and dog is None:
            naming._keep_age_told_instead_of_name(turn)  # "he's 4 btw": the age kept, the name asked
        if choice is None and q.key != "name" and naming._other_dog_named(turn, any_case=put_off):
            await ask(turn, q, dog)  # "Milo" after "add my other dog": its name, kept for the offer
            return
        if (
            choice is None
            and q.key != "name"
            and dog is not None
            and await late_facts.fact_retold(turn, q.key)
        ):
            return  # "hold on, the breed should be aussie not border collie" at the household
        if choice is None and dog is not None and await late_choices.earlier_choice_changed(turn, q, dog):
            return  # "펫샵이요" at the household, the shelter kept with the age (stop 53: dropped)
        if not (choice is None and bad.msg_id == f"survey-err-{q.key}" and picking._ticked_typed(turn, q)):
            # with options ticked by typing, the question's own line says what is ticked and how
            # to finish; "pick at least one" above it contradicted it (Korean trial K2)
            turn.say(bad.msg_id, name=dog.name if dog else "", **bad.args_)
        elif turn.text:  # words that pick nothing ("almost every day"): said, never dropped silently
            turn.say("survey-unclear-ticked", typed=turn.text)
        await ask(turn, q, dog)
        return
    if choice is None and q.key == OTHER_PETS:
        naming._other_dog_told(turn, dog)
    if choice is None and u is not None and u.unmatched and q.kind is Kind.MULTI and not u.incident:
        # (an incident told with the concerns is kept whole as a report, said in its own line: its
        # words are no unmatched part; stop 61 trial: "'오늘 아침에'에 맞는 보기는 없어서" beside
        # "짖음, 분리불안 … 골라 뒀어요", two contradicting bubbles)
        # "밤에 우는거랑 배변실수요", "nipping, herding" at the concerns (stop 49 owner trial: the
        # part no option names dropped silently): what matched is ticked (the question's own
        # line says so), the rest said back
        turn.say("survey-unmatched-parts", typed=", ".join(u.unmatched))
    if choice is None and u is not None and u.reason == PETS_AND_HABIT:
        dog = await health_concerns.keep_concerns_told_along(turn, dog)  # "…얘가 고양이를 쫓아다녀요"
    if value is _PENDING:
        await ask(turn, q, dog)  # a multi-choice toggle: show the picks so far
        return
    if choice is None and u is not None and u.reason == OLDER_CHILD:
        turn.say("survey-children-older", typed=turn.text)  # "네 있어요 중딩": no, said why
    if choice is None and u is not None and (u.safety or u.incident) and value is not _UNKNOWN:
        # the message told an incident too, saved as a report (router): both said in one line
        shown = _number(q, value.value) if isinstance(value, Approximate) else value
        field = turn.t(f"survey-field-{q.key}")
        turn.say("report-kept-with-answer", field=field, value=format_answer(turn, q, shown))
    if value is _UNKNOWN and choice is None and _skip_typed(u) and await _skip_keeps(turn, q, dog):
        return
    if value is _UNKNOWN:
        if choice is None and u is not None and isinstance(u.answer, DontKnow) and not u.answer.skip:
            told_along.keep_later_facts_beside_unknown(turn, q, dog)  # "몰라요 유기견이라": the origin
        await storing._store_unknown(turn, q, dog)
        if (
            choice is None
            and q.kind in late_numbers._QUANTITY_KINDS
            and turn.state.data.get("mode") != "edit"
        ):
            turn.state.data[UNKNOWN_JUST_KEY] = q.key
        return
    # "한달째 매일 그래요ㅠ 이름은 호두": the words before the name tell no age (owner trial 31)
    told_last = u is not None and u.reason == NAME_TOLD_LAST
    if choice is None and q.kind not in (Kind.TEXT, Kind.CHOICE, Kind.MULTI) and not told_last:
        told_along._keep_later_parts(turn, q, dog)
        told_along._keep_children_told(turn, q, dog)
    if choice is None and q.kind is Kind.CHOICE and dog is not None:
        dog = await late_numbers._keep_owned_span(turn, q, dog)
    if choice is None and q.key == "name" and dog is None and isinstance(value, str) and not told_last:
        naming._keep_age_told_with_name(turn)
        naming._keep_sex_told_with_name(turn)
    if choice is None and u is not None and u.reason == ALONE_FOR_NOW:
        life.keep(turn, dog, "away")  # "남편이 해외출장가서 당분간 저혼자에요": one, the absence kept
    elif choice is None:
        life.told_with_answer(turn, q, dog)  # "no kids yet but baby coming in march": the baby kept
    if isinstance(value, Approximate):
        since_puppy = choice is None and u is not None and isinstance(u.answer, SincePuppy)
        rounded = _number(q, value.value)
        await storing._store(
            turn, q, dog, rounded, approximate=(value.low, value.high), since_puppy=since_puppy
        )
        return
    if choice is None and (q.kind is Kind.CHOICE or (q.kind is Kind.TEXT and q.free_option)):
        told_along._keep_later_facts(turn, q, dog)  # "female spayed, a beagle, about 10kg", "비글이고 10키로"
    await storing._store(turn, q, dog, value)


async def _age_takes_the_name(turn: Turn, q: Question, dog: Dog | None, hint: str) -> bool:
    """The age told, with its unit, at the name offered for a "yes" ("12 wks", "3개월" at "Is your
    dog's name Taco?"; owner trial 30: the name asked again, Taco never stored): the owner went on
    to the next question, so the name offered is taken and the age kept, said in a line."""
    if not _with_words(turn.text):
        return False  # a bare "3" may be anything
    age = BY_KEY["age_months"]
    read = naming._age_in_sentence(turn, Folded(turn.text), Expect(age.kind.value))
    if read is None:
        return False
    told_ahead._keep_early_age(turn, read)
    await storing._store(turn, q, dog, hint)
    return True


async def _number_at_the_name_fix(turn: Turn, q: Question, dog: Dog) -> bool:
    """A number told at the name question opened again mid-survey (the name fix offered at the age,
    "강아지 이름이 시고르자브종 맞죠?", then "한 팔년 키웠지"; stop 54 verification trial: the dog
    renamed "한", every later question "한은 몇 살이에요?"): never a name. The offer dropped, the
    name kept and said so with how to change it (`survey-name-fix-kept`; stop 61: "뭉치" then "2살?"
    dropped the rename silently), and the message read at the question the survey stopped at. False, nothing done,
    with no number in it, at a finished survey's edit, or at the first name."""
    if q.key != "name" or turn.state.data.get("mode") != "edit":
        return False
    back = entry._unfinished(dog)
    if back is None or back.key == "name" or not _reads_a_number(turn, back):
        return False
    hint = turn.state.data.pop(NAME_HINT, None)
    turn.state.data.pop("mode", None)
    if hint and dog.name and str(hint) != dog.name:
        # "뭉치" at the age offered the name fix, then "2살?" (stop 61 trial: the offer dropped
        # silently, the dog still "우리집개"): the name kept, as stop 54 chose ("한 팔년 키웠지"
        # renamed the dog "한"), but said so, with how to change it
        turn.say("survey-name-fix-kept", old=dog.name, new=str(hint))
    turn.state.step = back.key
    turn.understanding = turn.services.understander.understand(turn.text, context(turn))
    await _handle_answer(turn, back, dog)
    return True


def _position_unshown(turn: Turn, q: Question, ids: tuple[str, ...]) -> None:
    """Says the options at the positions typed bare, and that their names (or "1번") pick them: a
    bare number picks only where numbers are shown, as on the terminal (`Option.ordered`)."""
    known = [i for i in ids if i in q.options]
    positions = ", ".join(turn.t("survey-position-unshown-one", n=q.options.index(i) + 1) for i in known)
    labels = ", ".join(f"'{turn.t(q.option_msg(i))}'" for i in known)
    turn.say(
        "survey-position-unshown",
        typed=turn.text.strip(),
        positions=positions,
        labels=labels,
        count=len(known),
    )


def _reads_a_number(turn: Turn, q: Question) -> bool:
    """`turn`'s text, read at the number question `q`, tells a number (all of it or a part)."""
    if q.kind not in late_numbers._QUANTITY_KINDS:
        return False
    read = turn.services.understander.understand(turn.text, survey_context(q))
    answer = read.answer
    if isinstance(answer, Unclear):
        return answer.understood is not None
    return isinstance(answer, Value | Approximate)


def _with_words(text: str) -> bool:
    """`text` has a letter beside its digits ("3 wks", "5개월"): no bare number, which at a
    choice question is an option's position."""
    return any(ch.isalpha() for ch in text)
