"""The onboarding survey: one question at a time, resumable, editable.

The dog row is the single home of the answers: it is created when the name is given and updated
on every valid answer, so `/cancel`, a restart or a week of silence loses nothing. The state only
says where the user is: the question, the dog, and whether this is the first pass ("new") or an
edit from the review card ("edit").
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from dogcoach.domain.channel import NUMBERS_SHOWN, Channel
from dogcoach.domain.survey import BY_KEY, MONTHS_KINDS, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import META_KEPT_ASIDE, META_QUESTION, META_TYPED_PICKS, Reply
from dogcoach.handlers.card import (
    APPROXIMATE_KEY,
    PART_KEY,
    UNKNOWN_KEY,
    format_answer,
    format_stored,
    profile_card,
)
from dogcoach.handlers.parsing import OPTION_CONCEPTS, OPTION_KG, survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import Translator
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.store.base import utcnow
from dogcoach.services.understanding import (
    DECLINE,
    Approximate,
    Context,
    DontKnow,
    Expect,
    Folded,
    Option,
    Since,
    SincePuppy,
    Unclear,
    Value,
)
from dogcoach.services.understanding import (
    Kind as Said,
)
from dogcoach.services.understanding.answers import OTHER_ANSWER_CONCEPTS
from dogcoach.services.understanding.classify import (
    BEHAVIOUR_ALONE,
    CHILDREN_TOLD,
    HEALTH_TOLD,
    POSITION_NO_OPTIONS,
)
from dogcoach.services.understanding.quantity import WEIGHT_UNITS
from dogcoach.services.understanding.survey import (
    GENERIC_NOT_NAME,
    HOUSEHOLD_NOT_NAME,
    NAME_COMMAND_TYPO,
    NAME_SENTENCE,
    OLDER_CHILD,
    SEX_NOT_NAME,
)

FLOW = "onboarding"
# No name read at the name question, yet what the message tells of later questions is kept
# ("펫샵에서 데려왔어요", "남자애고 땅콩 뗐어요"; owner trial 12).
NAME_READ_PAST = frozenset({NAME_SENTENCE, "not-a-name", "name"})
REVIEW = "review"
EDIT_PICK = "edit_pick"

BACK = "survey:back"
SKIP = "survey:skip"
DONE = "survey:done"
UNKNOWN = "survey:unknown"
CONFIRM = "survey:confirm"
EDIT = "survey:edit"
CONTINUE = "survey:continue"
START = "survey:start"
# The button that adds a dog (`profile.NEW_DOG`, answered there), offered when a survey finishes.
ADD_DOG = "profile:newdog"
# Another dog mentioned during the survey ("둘째도 있어요"): offered once the survey is confirmed.
NEWDOG_AFTER = "newdog_after"
# Adding a dog was just put off with no name ("add a dog" mid-survey): a bare name typed as the next
# message, at a free-text question too, is that dog's name (batch 73: "Bean" stored as the breed).
NEWDOG_PUT_OFF = "newdog_put_off"
# The question about the other pets, where another dog may be told with its name.
OTHER_PETS = "other_pets"
# That offer's "not now" button, and the state key that keeps it open for typed answers
# (`profile.NEWDOG_NO`, `profile.OFFERED`, `profile.OFFER_TURNS`: profile builds on this module).
ADD_DOG_NO = "profile:newdog-no"
ADD_DOG_OFFERED = "newdog_offered"
# The name of the dog that offer was made for ("보리로 바꿔줘", "아 콩이 말고 보리요"): its survey's
# name question offers it (`profile.OFFERED_NAME`).
ADD_DOG_OFFERED_NAME = "newdog_offered_name"
ADD_DOG_OFFER_TURNS = 3

# A name the owner already gave ("우리 콩이가 밤마다 짖어요" first, "보리로 바꿔줘" with one dog): the
# name question offers it ("콩이 맞죠?") with a yes button and an "another name" one; typed
# "네" / "yes" take it, "아니요" / "no" ask the plain question, a name typed is the answer.
NAME_HINT = "name_hint"
NAME_YES = "survey:name-hint:yes"
NAME_OTHER = "survey:name-hint:other"
NAME_HINT_BUTTONS = ((NAME_YES, "survey-name-hint-yes"), (NAME_OTHER, "survey-name-hint-other"))
# Two names joined alone at the name question ("Salt and Pepper"): one dog's name or two dogs?
# (owner trial 10: read as two dogs) — asked with two buttons, [first, second, whole] kept.
NAME_PAIR = "name_pair"
NAME_ONE = "survey:name-pair:one"
NAME_TWO = "survey:name-pair:two"
NAME_PAIR_BUTTONS = ((NAME_ONE, "survey-name-pair-one"), (NAME_TWO, "survey-name-pair-two"))

# Multi-choice ticks not yet finished with "done", kept per question while the owner goes back.
TICKS_KEY = "ticks"
# Parts of a one-choice answer told over several messages ("여아", then "중성화 아직"), per question.
PARTS_KEY = "parts"
# Half of an earlier one-choice answer typed at a later question ("숫컷" at the breed) opens that
# earlier question to be completed: {"at": its key, "back": the question typed at, "mode": the mode
# before}. A message there that completes nothing is read at "back" (`_leaves_completion`).
COMPLETING_KEY = "completing"
# Answers of later questions told at the name, before the dog's row exists ("남아 중성화함" at the
# name): stored with the name when it comes (`_save`).
EARLY_KEY = "early"
# A command word mistyped at the name question ("시잒"), kept: the same word sent again is the name.
NAME_TYPO_KEY = "name_typo"
# A breed typed alone at the name ("푸들"), kept as the breed: the same word sent again is the name.
NAME_BREED_KEY = "name_breed"
# Later questions answered whole in an earlier answer ("3 years, spayed female" at the age: the
# sex too): stored then, not asked in their turn.
AHEAD_KEY = "ahead"
# A one-choice answer telling later answers too ("female spayed, a beagle, about 10kg") has this
# many words at least; "여아 중성화" alone tells only its own.
LATER_FACTS_MIN_WORDS = 3
# A birth year told late at another question is this short at most ("oh and she was born in 2019").
BIRTH_YEAR_MAX_WORDS = 7
# The number question just answered "don't know" ("idk" at the hours alone): a number the next
# question cannot take, sent right after, is that question's answer after all (owner trial 12:
# "like 3 or 4" was asked back as 3.5 minutes or hours of exercise). Kept for one message.
UNKNOWN_JUST_KEY = "unknown_just"
# The question asked again in the turn that kept a report typed at it (`reprompt`): a result
# pushed later does not ask it once more until the owner writes (`open_question`).
ASKED_AFTER_REPORT = "asked_after_report"
# The options of a yes-or-no question: a late "yes" or "no" is never taken for it (it answers
# the open question's own topic: "있어요" at the other pets).
YES_NO = frozenset({"yes", "no"})
# A restart under way (`start_over`): the questions answered again, the others keeping their answer.
RESTART_KEY = "restart"
# Set once the owner ticks something at the open multi-choice question (typed or tapped), not by
# ticks loaded from a stored answer: the exclusive option typed after it ("없어요", "nope") means
# "no more" and finishes with the ticks; typed first it is the answer itself.
TICKED_KEY = "ticked"
# A multi-choice question stays open until "done", whether its options are tapped or typed: a
# typed option ("고양이", "개, 고양이", "고양이 한마리 있어요") is added to the ticks already made
# (never toggled off) and the ticks are shown again, as a tap shows them; only the exclusive
# option ("없음" / "none") typed with nothing ticked finishes it (nothing could join it). One rule
# on every channel: a typed answer that closed the question lost the ticks tapped before it and read the
# next typed option as an answer to the next question (trial 2, finding 4). A typed tick says so in
# a line; after it "없어요" / "that's it" finish, and an answer to the next question keeps the ticks
# and answers it (`_answered_next`): the next message is never lost (fresh trial).


class Invalid(Exception):
    """An answer that does not fit: carries the Fluent id of the re-ask (and its arguments)."""

    def __init__(self, msg_id: str, **args: Any) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id
        self.args_ = args


# -- entry points ----------------------------------------------------------------------------


async def start_new_dog(
    turn: Turn, *, another: bool = False, name: str = "", sure: bool = False, told: str = ""
) -> None:
    """The survey from its first question. `another`: a further dog (/newdog), which becomes the
    active dog only when its profile is confirmed; `name`: the dog's name the owner gave already,
    offered by the name question (`NAME_HINT`), or with `sure` (told as its name: "another dog
    named bruno") taken as the answer, the survey going on at the next question; `told`: the
    message that name came in, whose age and breed are kept too (`_keep_told_before`)."""
    data: dict[str, Any] = {"mode": "new"}
    if another:
        data["another"] = True
    fits = bool(name) and BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum
    if fits and not sure:
        data[NAME_HINT] = name
    turn.state = ConversationState(FLOW, QUESTIONS[0].key, data)
    if told:
        _keep_told_before(turn, told)
    if fits and sure:
        await _store(turn, QUESTIONS[0], None, name)
        return
    await ask(turn, QUESTIONS[0], None)


def _shown(turn: Turn, dog: Dog, q: Question) -> str:
    """`q`'s stored answer as the card shows it, "" when it has none: said as what was corrected."""
    return format_stored(turn, dog, q) if q.key in dog.answers else ""


def _said_ahead(turn: Turn, q: Question, value: str, previous: str) -> None:
    """A later question's answer told ahead, stored: said as noted, or as corrected from `previous`
    (the card's text before, "" when none) when it changed (batch 65: "적어 뒀어요" for a change)."""
    field = turn.t(f"survey-field-{q.key}")
    if previous and previous != value:
        turn.say("survey-answered-ahead-corrected", field=field, previous=previous, value=value)
    else:
        turn.say("survey-answered-ahead", field=field, value=value)


def at_first_question(state: ConversationState) -> bool:
    """A new dog's survey at its first question (the name): nothing answered, nothing to resume."""
    return state.flow == FLOW and state.step == QUESTIONS[0].key and state.data.get("mode") == "new"


def adding_unnamed(state: ConversationState) -> bool:
    """A further dog's survey (/newdog) at its name question, no dog row yet: words that add a
    dog typed there repeat what is under way, never another dog (owner trial 8)."""
    return at_first_question(state) and bool(state.data.get("another")) and state.data.get("dog_id") is None


def unanswered(dog: Dog) -> Question | None:
    """The first question of `dog`'s survey not answered yet (neither a value, a skip nor "don't
    know"); None when every question has its answer."""
    unknown = dog.answers.get(UNKNOWN_KEY) or []
    return next((q for q in QUESTIONS if q.key not in dog.answers and q.key not in unknown), None)


def _unfinished(dog: Dog | None) -> Question | None:
    """The question an unconfirmed survey stopped at, if it stopped before its end: an edit of such
    a survey goes back to it, never to a review that would finish it (fresh trial: "나이 고치기",
    "3살", "맞아요" marked a survey with 13 questions unanswered as done)."""
    return unanswered(dog) if dog is not None and dog.completed_at is None else None


async def continue_dog(turn: Turn, dog: Dog) -> None:
    """Pick up an unfinished survey at its first unanswered question."""
    following = unanswered(dog)
    key = following.key if following is not None else None
    if key is None:
        turn.state = ConversationState(FLOW, REVIEW, {"mode": "new", "dog_id": dog.id})
        show_review(turn, dog)
        return
    turn.state = ConversationState(FLOW, key, {"mode": "new", "dog_id": dog.id})
    q = BY_KEY[key]
    _load_picks(turn, q, dog)
    await ask(turn, q, dog)


async def dog_in_progress(turn: Turn) -> Dog | None:
    """The dog the owner is talking about: the active dog; with none, the newest dog whose survey
    is under way. A dog added while the owner had none and stopped is not made active before its
    profile is confirmed (so it takes no dog-less reports, trial F9), but it is the owner's dog
    all the same: the profile card, "start" and the dog switch must all speak of it (owner trial:
    the card said "no dog yet", the switch "보리 is the only dog I know", and "start" made a
    second 보리)."""
    dog = await turn.active_dog()
    if dog is not None or turn.user.active_dog_id is not None:
        return dog
    unfinished = [d for d in await turn.session.list_dogs(turn.user.id) if d.completed_at is None]
    return unfinished[-1] if unfinished else None


async def start_over(turn: Turn, dog: Dog, *, another: bool = False) -> None:
    """`dog`'s survey again from its first question (the name offered by the name question as a
    hint). Its answers are not cleared: each is replaced when answered again (`RESTART_KEY` keeps
    which were), so a restart stopped midway keeps the profile, the new answers in it (owner
    trial 10: "처음부터 다시", then "그만", left a profile with the name alone). Reports and other
    dogs are untouched. `another`: a further dog, still made active only when confirmed."""
    name = dog.name
    data: dict[str, Any] = {"mode": "new", "dog_id": dog.id, RESTART_KEY: []}
    if another:
        data["another"] = True
    if name:
        data[NAME_HINT] = name
    turn.state = ConversationState(FLOW, QUESTIONS[0].key, data)
    await ask(turn, QUESTIONS[0], dog)


def restarted(state: ConversationState) -> list[str] | None:
    """The questions answered again in a restart of the survey open in `state` (`start_over`);
    None when no restart is under way."""
    keys = state.data.get(RESTART_KEY) if state.flow == FLOW else None
    return [str(k) for k in keys] if isinstance(keys, list) else None


async def reprompt(turn: Turn) -> None:
    """Show the current question again (after /start, /help, a report or a language switch)."""
    dog = await _dog(turn)
    step = turn.state.step
    if (
        step in BY_KEY
        and turn.surface is not Channel.KAKAO  # Kakao sends the result in place of this turn's lines
        and any(r.meta.get(META_KEPT_ASIDE) for r in turn.replies)
    ):
        turn.state.data[ASKED_AFTER_REPORT] = step  # asked once below the report's line: enough
    if step == REVIEW and dog is not None:
        show_review_reminder(turn, dog)
    elif step == EDIT_PICK:
        show_edit_pick(turn)
    elif step in BY_KEY:
        await ask(turn, BY_KEY[step], dog)


def is_card_button(choice: str | None) -> bool:
    """A button of the profile card: edit an answer, or continue the survey."""
    return choice in (EDIT, CONTINUE) or (choice or "").startswith(EDIT + ":")


async def handle_idle_choice(turn: Turn) -> bool:
    """Buttons of the profile card, tapped while no survey runs."""
    choice = turn.incoming.choice or ""
    dog = await dog_in_progress(turn)
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


async def edit_command(turn: Turn, value: str = "") -> None:
    """Editing asked in words ("edit answers", "답 고치기", the card's "✏️ Edit an answer" typed):
    the list of answers to change, as the card's button gives; with a question named ("change
    age", "나이 고치기"), that question straight away, answered with `value` when the message gave
    one ("change the name to Daisy Mae": `answer_retold`). The dog named ("콩이 나이 고쳐줘"; a name
    that is no dog of the owner's is said so), else the survey's own dog while it runs, else the
    active dog."""
    u = turn.understanding
    key = u.argument if u is not None and u.command == "edit" and u.argument in BY_KEY else None
    named = u.dog if u is not None and u.command == "edit" else ""
    if named:  # "콩이 나이 고쳐줘": that dog's answer, whichever dog the survey is about
        target = await named_dog(turn, named)
        if target is None:
            return
        if turn.state.data.get("dog_id") != target.id:
            turn.state = ConversationState(FLOW, EDIT_PICK, {"mode": "edit", "dog_id": target.id})
    if turn.state.flow == FLOW and turn.state.data.get("dog_id") is not None:
        dog = await _dog(turn)
        # as the review's own "edit": back to the review after; in the middle of the survey, back
        # to the question it stopped at (not on through the questions answered already)
        turn.state.data["mode"] = "edit"
    else:
        dog = await turn.active_dog()
        if dog is not None:
            turn.state = ConversationState(FLOW, EDIT_PICK, {"mode": "edit", "dog_id": dog.id})
    if dog is None:
        turn.say("profile-none-offer", choices=(turn.choice(START, "first-report-start"),))
        return
    turn.state.data.pop("picks", None)
    if key is None:
        turn.state.step = EDIT_PICK
        show_edit_pick(turn)
        return
    turn.state.step = key
    _load_picks(turn, BY_KEY[key], dog)
    if value:  # "change the name to Daisy Mae": the question answered with it, as if typed there
        await _answer_typed(turn, BY_KEY[key], dog, value)
        return
    await ask(turn, BY_KEY[key], dog)


async def _answer_typed(turn: Turn, q: Question, dog: Dog, value: str) -> None:
    """`value` read and stored as the answer typed at `q` (its own reader, its re-ask that says
    what was understood); the message's own text is the turn's again afterwards."""
    incoming = turn.incoming
    turn.incoming = dataclasses.replace(incoming, text=value)
    turn.understanding = turn.services.understander.understand(value, context(turn))
    try:
        await _handle_answer(turn, q, dog)
    finally:
        turn.incoming = incoming


async def named_dog(turn: Turn, named: str) -> Dog | None:
    """The owner's dog a correction or an edit names (`named`, the word the understanding read as
    a name, or any of their dogs' names in the text); None, said so with the owner's dogs and the
    open question again, when it names none of them."""
    dogs = await turn.session.list_dogs(turn.user.id)
    names = [d.name or "" for d in dogs]
    finder = turn.services.understander.names
    for found in (finder.named(turn.text, names), finder.named(named, names)):
        if len(found) == 1:
            return dogs[found[0]]
    listed = ", ".join(d.name or turn.t("value-none") for d in dogs)
    edit = turn.choice(EDIT, "survey-edit")
    turn.reply(Reply(turn.t("correction-unknown-dog", name=named, dogs=listed), (edit,)))
    turn.resume_flow()
    return None


# The questions about the dog's past (the worst reaction ever shown, the health so far): an event
# told there ("손 문적 있어요 피났어요", "he's had seizures before") is the answer, not a new incident:
# never a report, never analysed; its safety guidance is still shown (owner trial, issue 11).
HISTORY_QUESTIONS = frozenset({"worst_reaction", "health"})


def at_review(turn: Turn) -> bool:
    """True while the survey's review card waits for its confirmation."""
    return turn.state.flow == FLOW and turn.state.step == REVIEW


def at_history_question(turn: Turn) -> bool:
    """True while the survey's open question asks about the dog's past (`HISTORY_QUESTIONS`)."""
    return turn.state.flow == FLOW and turn.state.step in HISTORY_QUESTIONS


def say_left(turn: Turn, *, why: bool = False) -> None:
    """Asked about the survey itself ("이거 꼭 다 해야돼요?", "how many more questions?"): how
    many questions are left, this one included, and how to skip or stop, in a fixed line (never
    the coach model); `why`: asked what it is for ("whats this survey for"), said first. The
    caller asks the question again."""
    step = turn.state.step or QUESTIONS[0].key
    if why:  # why this question is asked when one is open ("why do u need to know where we got him?")
        turn.say(f"survey-why-{step}" if step in BY_KEY else "survey-why")
    left = len(QUESTIONS) - index_of(step) if step in BY_KEY else 1
    turn.say("survey-left", count=left)


async def say_name(turn: Turn) -> None:
    """The dog's name asked during the survey ("이름이 뭐였더라 ㅋㅋ", "what was his name again
    lol"; owner trial 13: renamed "뭐였더라", or sent to the coach model): the name kept, in one
    line; the caller asks the question again."""
    dog = await _dog(turn)
    if dog is not None and dog.name:
        turn.say("survey-name-recalled", name=dog.name)


async def handle(turn: Turn) -> None:
    turn.state.data.pop(ASKED_AFTER_REPORT, None)  # the owner wrote: a result may ask again
    step = turn.state.step or QUESTIONS[0].key
    dog = await _dog(turn)
    put_off = turn.state.data.pop(NEWDOG_PUT_OFF, None)  # only the message right after
    if (
        step in BY_KEY
        and BY_KEY[step].kind is Kind.TEXT
        and put_off
        and _other_dog_named(turn, q=BY_KEY[step], any_case=True)
    ):
        await ask(turn, BY_KEY[step], dog)  # "Bean" at the breed right after "add a dog": its name
        return
    if step == REVIEW:
        await _handle_review(turn, dog)
    elif step == EDIT_PICK:
        await _handle_edit_pick(turn, dog)
    else:
        await _handle_answer(turn, BY_KEY[step], dog, put_off=bool(put_off))


# -- what is open ----------------------------------------------------------------------------


def nav_buttons(state: ConversationState, q: Question) -> list[tuple[str, str]]:
    """The buttons shown under question `q` besides its options, as (id, label's message id):
    done, don't know, skip, back."""
    buttons: list[tuple[str, str]] = []
    if q.key == "name" and state.data.get(NAME_HINT):
        buttons += NAME_HINT_BUTTONS
    if q.key == "name" and state.data.get(NAME_PAIR):
        buttons += NAME_PAIR_BUTTONS
    if q.kind is Kind.MULTI:
        buttons.append((DONE, "nav-done"))
    if q.unknowable:
        buttons.append((UNKNOWN, "nav-unknown"))
    if q.optional:
        buttons.append((SKIP, "nav-skip"))
    if state.data.get("mode") == "edit" or index_of(q.key) > 0:
        buttons.append((BACK, "nav-back"))
    return buttons


def edit_pick_context() -> Context:
    """The list of answers to edit: each field by its label, its `.short` and its short names
    (`understanding-field-*`: "건강", "walks"), on any page of a channel that pages the list (owner
    trial: only the first page's short labels worked on Kakao), and back."""
    fields = tuple(
        Option(f"{EDIT}:{q.key}", f"survey-field-{q.key}", words=(f"understanding-field-{q.key}",))
        for q in QUESTIONS
    )
    return Context(Expect.CHOICE, (*fields, Option(BACK, "nav-back", numbered=False)))


def context(turn: Turn) -> Context:
    """What the survey has open: its question with the buttons under it, the review, or the
    list of answers to edit."""
    step = turn.state.step or QUESTIONS[0].key
    if step == REVIEW:
        # typed agreement ("ㅇㅇ맞아", "yep looks good", "👍") confirms; never "correct" inside
        # "that's not correct"
        options = (
            Option(CONFIRM, "survey-confirm", in_sentence=False),
            Option(EDIT, "survey-edit", in_sentence=False),
        )
        return Context(Expect.CHOICE, options)
    if step == EDIT_PICK:
        return edit_pick_context()
    q = BY_KEY[step]
    nav = tuple(Option(button, msg_id, numbered=False) for button, msg_id in nav_buttons(turn.state, q))
    if BACK not in {o.id for o in nav}:
        # "이전", "go back" at the first question, shown no Back button: still the command, never
        # the dog's name (owner trial 13: a dog called "뒤로가기"); `_go_back` says it is the first
        nav += (Option(BACK, "nav-back", numbered=False),)
    told = turn.state.data.get(UNLIKELY_KEY)
    if isinstance(told, list) and told and told[0] == q.key:  # "nevermind" at "30 years? send it again"
        nav += (Option(UNLIKELY_NO, "survey-unlikely-no", numbered=False, words=(DECLINE,)),)
    return survey_context(q, nav=nav, numbered=turn.surface in NUMBERS_SHOWN)


# -- asking ----------------------------------------------------------------------------------


async def ask(turn: Turn, q: Question, dog: Dog | None) -> None:
    turn.reply(question_reply(turn.t, turn.state, q, dog, typed=turn.incoming.choice is None))


def question_reply(
    t: Translator, state: ConversationState, q: Question, dog: Dog | None, *, typed: bool = False
) -> Reply:
    """Question `q` as asked in `state` (its progress line, the ticks so far, its buttons);
    `typed`: the owner typed their last answer (a multi-choice question then says so)."""
    name = dog.name if dog else ""
    edit = state.data.get("mode") == "edit"
    hint = state.data.get(NAME_HINT) if q.key == "name" else None
    asked = t("survey-q-name-hint", name=str(hint)) if hint else t(f"survey-q-{q.key}", name=name)
    pair = state.data.get(NAME_PAIR) if q.key == "name" else None
    if isinstance(pair, list) and len(pair) == 3:  # "Salt and Pepper — one dog or two?"
        asked = t("survey-q-name-pair", name=str(pair[2]))
    progress = t("survey-progress", n=index_of(q.key) + 1, total=len(QUESTIONS))
    text = asked if edit else progress + "\n" + asked

    picks = set(state.data.get("picks", []))
    choices = [t.choice(f"survey:{q.key}:{v}", q.option_msg(v), selected=v in picks) for v in q.options]
    if q.free_option:
        choices.append(t.choice(f"survey:{q.key}:{q.free_option}", q.option_msg(q.free_option)))
    choices += [t.choice(button, msg_id) for button, msg_id in nav_buttons(state, q)]
    free_text = q.kind not in (Kind.CHOICE, Kind.MULTI)
    meta: dict[str, object] = {META_QUESTION: q.key}
    if q.kind is Kind.MULTI and typed and state.data.get("picks") and state.data.get(TICKED_KEY):
        meta[META_TYPED_PICKS] = True
        # a typed pick keeps the question open: said in a line, on every channel (Telegram showed
        # the same question again without a word, and the owner's next answer was refused)
        ticked = [t(q.option_msg(v)) for v in q.options if v in picks]
        text = t("survey-picks-typed", picks=", ".join(ticked), count=len(ticked)) + "\n\n" + text
    return Reply(text, tuple(choices), multi=q.kind is Kind.MULTI, free_text=free_text, meta=meta)


def _ticked_typed(turn: Turn, q: Question) -> bool:
    """A multi-choice question with options ticked by typing: asked again, it says them."""
    data = turn.state.data
    return q.kind is Kind.MULTI and bool(data.get("picks")) and bool(data.get(TICKED_KEY))


def open_question(t: Translator, state: ConversationState, dog: Dog | None) -> Reply | None:
    """The survey question open in `state`, asked again; None when no question is open (outside
    the survey, or at its review). For a reply pushed outside a turn (an analysis result) that
    would otherwise leave the question out of view."""
    if state.flow != FLOW or state.step not in BY_KEY:
        return None
    if state.data.get(ASKED_AFTER_REPORT) == state.step:
        # asked again right below "I've saved what you told me" and not answered since (owner
        # trial 9: the question three times, once per result and follow-up): once is enough
        return None
    return question_reply(t, state, BY_KEY[state.step], dog)


def show_review(turn: Turn, dog: Dog) -> None:
    text = profile_card(turn, dog, reviewing=True) + "\n\n" + turn.t("survey-review", name=dog.name)
    choices = (turn.choice(CONFIRM, "survey-confirm"), turn.choice(EDIT, "survey-edit"))
    turn.reply(Reply(text, choices, meta={META_QUESTION: REVIEW}))


def show_review_reminder(turn: Turn, dog: Dog) -> None:
    """The review asked again in one line with its buttons, after a reply about something else
    (a report, thanks, history, help) or an answer that is neither: the whole card followed every
    later reply on Kakao and the terminal while the review stayed open (fresh trial)."""
    choices = (turn.choice(CONFIRM, "survey-confirm"), turn.choice(EDIT, "survey-edit"))
    turn.reply(Reply(turn.t("survey-review-again", name=dog.name), choices, meta={META_QUESTION: REVIEW}))


def show_edit_pick(turn: Turn) -> None:
    choices = [turn.choice(f"{EDIT}:{q.key}", f"survey-field-{q.key}") for q in QUESTIONS]
    choices.append(turn.choice(BACK, "nav-back"))
    turn.reply(Reply(turn.t("survey-edit-which"), tuple(choices), meta={META_QUESTION: EDIT_PICK}))


# -- answering -------------------------------------------------------------------------------


async def _dog(turn: Turn) -> Dog | None:
    dog_id = turn.state.data.get("dog_id")
    return await turn.session.get_dog(int(dog_id)) if dog_id is not None else None


def _typed_picks(turn: Turn) -> tuple[str, ...]:
    u = turn.understanding
    return u.picks if u is not None and u.kind is Said.CHOICE else ()


async def _handle_review(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await start_new_dog(turn)
        return
    if turn.picked(CONFIRM, "survey-confirm"):
        if _unfinished(dog) is not None:  # questions left: the survey goes on, it is not confirmed
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
        turn.state = ConversationState()
        turn.say(finished, name=dog.name)
        offer_waiting_dog(turn, another_dog)
    elif turn.picked(EDIT, "survey-edit"):
        turn.state.step = EDIT_PICK
        turn.state.data["mode"] = "edit"
        show_edit_pick(turn)
    else:
        if turn.incoming.choice is None:
            _other_dog_named(turn)  # "Bean" after "add a dog" at the review: kept, said (batch 73)
        show_review_reminder(turn, dog)


def offer_waiting_dog(turn: Turn, another_dog: object) -> None:
    """The dog mentioned during the survey (`NEWDOG_AFTER`: its name, or True), offered as
    promised then, when the survey is confirmed or stopped (English trial 5: stopped, never
    offered); idle, typed "네", "yes" take it too. Nothing when no dog waits."""
    if not another_dog:
        return
    offer = (turn.choice(ADD_DOG, "profile-newdog"), turn.choice(ADD_DOG_NO, "newdog-offer-no"))
    if isinstance(another_dog, str):  # its name told then ("둘째도 있어요 이름은 콩이"): offered
        turn.say("newdog-offer-named", name=another_dog, choices=offer)
        turn.state.data[ADD_DOG_OFFERED_NAME] = another_dog
    else:
        turn.say("newdog-offer", choices=offer)
    turn.state.data[ADD_DOG_OFFERED] = ADD_DOG_OFFER_TURNS


async def _handle_edit_pick(turn: Turn, dog: Dog | None) -> None:
    if dog is None:
        await start_new_dog(turn)
        return
    choice = turn.incoming.choice or next(iter(_typed_picks(turn)), "")
    key: str | None = None
    if choice.startswith(EDIT + ":"):
        key = choice.split(":", 2)[2]
    if key in BY_KEY:
        turn.state.step = key
        q = BY_KEY[key]
        _load_picks(turn, q, dog)
        await ask(turn, q, dog)
    elif turn.picked(BACK, "nav-back"):
        if _unfinished(dog) is not None:
            await _resume_survey(turn, dog)
            return
        turn.state.step = REVIEW
        show_review(turn, dog)
    elif choice == EDIT or (turn.incoming.choice is None and _other_dog_named(turn)):
        show_edit_pick(turn)  # ("Max" after "add a dog": its name kept, the list again)
    else:
        turn.say("survey-use-buttons")
        show_edit_pick(turn)


async def _handle_answer(turn: Turn, q: Question, dog: Dog | None, *, put_off: bool = False) -> None:
    """`q` answered (or not) by this turn's message; `put_off`: the message right after adding a
    dog was put off with no name, where a bare name in any case is that dog's (`NEWDOG_PUT_OFF`)."""
    choice = turn.incoming.choice
    picks = _typed_picks(turn)
    turn.state.data.pop("typed_multi", None)  # the flag of the old rule, left in a saved state
    unknown_just = turn.state.data.pop(UNKNOWN_JUST_KEY, None)
    if choice is None and UNLIKELY_NO in picks and turn.state.data.pop(UNLIKELY_KEY, None) is not None:
        turn.say("survey-unlikely-dropped")  # the rare number not noted; the question again
        await ask(turn, q, dog)
        return
    if choice == BACK or BACK in picks:
        await _go_back(turn, q, dog)
        return
    if q.optional and (choice == SKIP or SKIP in picks):
        await _store(turn, q, dog, None)
        return
    if is_card_button(choice) and await handle_idle_choice(turn):  # edit or continue instead
        return
    hint = turn.state.data.pop(NAME_HINT, None) if q.key == "name" else None
    if hint and (choice == NAME_YES or NAME_YES in picks):  # "콩이 맞죠?" "네"
        await _store(turn, q, dog, str(hint))
        return
    if hint and (choice == NAME_OTHER or NAME_OTHER in picks):  # another name: the plain question
        await ask(turn, q, dog)
        return
    if q.key == "name" and await _name_pair_answered(turn, q, dog, choice, picks):
        return
    if choice in (NAME_YES, NAME_OTHER):  # the suggestion's button after it was answered
        turn.refuse("survey-stale-button")
        await ask(turn, q, dog)
        return
    if choice is not None and not choice.startswith(f"survey:{q.key}:") and choice not in (DONE, UNKNOWN):
        turn.refuse("survey-stale-button")
        await ask(turn, q, dog)
        return
    if choice is None and await _leaves_completion(turn, q, dog):
        return
    u = turn.understanding
    if choice is None and u is not None and u.reason == POSITION_NO_OPTIONS:
        # "1번", "option 2" where no option is numbered: said, asked again; never an answer to
        # another question (owner trial 11: copied into every later choice question)
        turn.say("survey-position-no-options", typed=turn.text)
        await ask(turn, q, dog)
        return
    if choice is None and u is not None and u.reason == NAME_COMMAND_TYPO and q.key == "name":
        typed = turn.text.strip()
        if turn.state.data.pop(NAME_TYPO_KEY, None) == typed:  # sent again: the name after all
            await _store(turn, q, dog, typed)
            return
        # "시잒" for 시작 (owner trial 11: a dog called "시잒", the name typed next lost)
        turn.state.data[NAME_TYPO_KEY] = typed
        turn.say("survey-name-command-typo", typed=typed)
        await ask(turn, q, dog)
        return
    if (
        choice is None
        and u is not None
        and u.reason == CHILDREN_TOLD
        and await _children_told_early(turn, q, dog)
    ):
        return
    if choice is None and u is not None and u.rename and isinstance(u.answer, Value) and dog is not None:
        await _rename(turn, q, dog, str(u.answer.value))  # "his name is Max" at a later question
        return
    if choice is None and await _name_corrected(turn, q, dog):
        return
    if choice is None and await _earlier_corrected(turn, q, dog):
        return
    if (
        choice is None
        and q.kind not in _QUANTITY_KINDS  # a number the open question takes is its own ("45 min")
        and _with_words(turn.text)
        and await _number_after_unknown(turn, q, dog, unknown_just)
    ):
        return  # "3 wks", "5개월" right after "don't know" at the age: the age (stop 34: "say 'Age is 3 wks'")
    if choice is None and await _answers_earlier_choice(turn, q, dog):
        return
    if choice is None and await _earlier_sex_completed(turn, q, dog):
        return
    if choice is None and await _household_told_early(turn, q, dog):
        return
    if choice is None and await _span_kept_for_owned(turn, q, dog):
        return
    if choice is None and await _answers_earlier_quantity(turn, q, dog):
        return
    if choice is None and await _birth_year_told_late(turn, q, dog):
        return
    if choice is None and await _answers_other_quantity(turn, q, dog):
        return
    if choice is None and await _answers_later_choices(turn, q, dog):
        return
    if choice is None and await _late_length_unplaced(turn, q, dog):
        return
    if choice is None and await _answers_later_start(turn, q, dog):
        return
    if choice is None and await _answers_later_health(turn, q, dog):
        return
    if choice is None and await _keeps_concerns(turn, q, dog):
        return
    if choice is None and await _behaviour_unplaced(turn, q, dog):
        return
    if choice is None and q.key == "name" and dog is None and await dogs_told_at_name(turn):
        return
    try:
        value = _child_named(turn, q) or _read(turn, q, dog)
    except Invalid as bad:
        if choice is None and await _number_after_unknown(turn, q, dog, unknown_just):
            return
        if choice is None and await _answered_next(turn, q, dog):
            return
        if choice is None and q.key == "name" and dog is None:
            _keep_age_told_instead_of_name(turn)  # "he's 4 btw": the age kept, the name asked
        if choice is None and q.key != "name" and _other_dog_named(turn, any_case=put_off):
            await ask(turn, q, dog)  # "Milo" after "add my other dog": its name, kept for the offer
            return
        if not (choice is None and bad.msg_id == f"survey-err-{q.key}" and _ticked_typed(turn, q)):
            # with options ticked by typing, the question's own line says what is ticked and how
            # to finish; "pick at least one" above it contradicted it (Korean trial K2)
            turn.say(bad.msg_id, name=dog.name if dog else "", **bad.args_)
        elif turn.text:  # words that pick nothing ("almost every day"): said, never dropped silently
            turn.say("survey-unclear-ticked", typed=turn.text)
        await ask(turn, q, dog)
        return
    if choice is None and q.key == OTHER_PETS:
        _other_dog_told(turn)
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
    if value is _UNKNOWN:
        await _store_unknown(turn, q, dog)
        if choice is None and q.kind in _QUANTITY_KINDS and turn.state.data.get("mode") != "edit":
            turn.state.data[UNKNOWN_JUST_KEY] = q.key
        return
    if choice is None and q.kind not in (Kind.TEXT, Kind.CHOICE, Kind.MULTI):
        _keep_later_parts(turn, q, dog)
        _keep_children_told(turn, q, dog)
    if choice is None and q.kind is Kind.CHOICE and dog is not None:
        dog = await _keep_owned_span(turn, q, dog)
    if choice is None and q.key == "name" and dog is None and isinstance(value, str):
        _keep_age_told_with_name(turn)
    if isinstance(value, Approximate):
        since_puppy = choice is None and u is not None and isinstance(u.answer, SincePuppy)
        rounded = _number(q, value.value)
        await _store(turn, q, dog, rounded, approximate=(value.low, value.high), since_puppy=since_puppy)
        return
    if choice is None and (q.kind is Kind.CHOICE or (q.kind is Kind.TEXT and q.free_option)):
        _keep_later_facts(turn, q, dog)  # "female spayed, a beagle, about 10kg", "비글이고 10키로"
    await _store(turn, q, dog, value)


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
    await _store(turn, q, None, first)
    return True


async def dogs_told_at_name(turn: Turn, told: str = "") -> bool:
    """More than one dog told at a first dog's name question ("we have 2 dogs, Milo and Daisy",
    "강아지 두마리 키우는데요", "2 dogs"; owner trial 10: the name asked again, no second dog
    offered, "2마리요" stored as the name 마리): two names, the first is this dog's and the second
    offered once this survey is confirmed (`_two_names`, as "콩이랑 팥이요"); a count alone, the
    first dog's name asked, another dog offered after (`NEWDOG_AFTER`; `told`: a name the words
    gave it). False, nothing done, elsewhere or when no dogs are counted."""
    state = turn.state
    if not at_first_question(state) or state.data.get("another") or state.data.get("dog_id") is not None:
        return False
    q = QUESTIONS[0]
    if await _two_names(turn, q):
        return True
    u = turn.understanding
    command = u is not None and u.kind is Said.COMMAND and u.command == "newdog"
    if not command and not _dogs_counted(turn):
        return False
    turn.state.data[NEWDOG_AFTER] = told or turn.state.data.get(NEWDOG_AFTER) or True
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
            await _store(turn, q, dog, whole)
            return True
        if choice == NAME_TWO or NAME_TWO in picks:
            turn.state.data[NEWDOG_AFTER] = second
            turn.say("survey-name-two", name=first, other=second)
            await _store(turn, q, dog, first)
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


def _other_dog_told(turn: Turn) -> None:
    """The other dog's name told with the other pets ("yes another dog called Milo": Dog ticked,
    English trial 5: the name lost and adding Milo never offered): kept, and offered with its
    name when the survey is confirmed (`NEWDOG_AFTER`), said in one line."""
    name = turn.services.understander.new_dog_name(turn.text)
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


def _keep_age_told_with_name(turn: Turn) -> None:
    """Two answers in one message at the name ("이름은 별이구요 이제 5개월 됐어요", "Max, he's 3 years
    old"; Korean trial 4: the age dropped and asked as if untold; "3살 초코", batch 72: the age
    first): the age told from its first digit on (or up to the name), with its unit ("5개월 됐어요"; a bare "2" may be anything), waits for the dog's row
    (`EARLY_KEY`), is said in a line and not asked."""
    if turn.state.data.get("mode") == "edit":
        return
    born = turn.services.understander.answers.age_in_sentence(turn.text)
    if isinstance(born, Since):  # "Rex, born in 2019" (stop 34: the year lost)
        _keep_early_age(turn, age_from(turn, None, born))
        return
    words = turn.text.split()
    at = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), 0)
    told = " ".join(words[at:])
    understander = turn.services.understander
    first = understander.answers.age_first(turn.text) if at == 0 else None
    if first is not None:  # "3살 초코" (batch 72): the age before the name
        told = first[0]
    elif at > 0:  # "shes a 2 yr old corgi", "3살 말티즈에요" (owner trial 10): the age's words only
        told = (understander.answers.age_first(told) or (told, ""))[0]
    # "and shes 3": a bare number said of the dog by a pronoun is its age (owner trial 10)
    of_the_dog = at > 0 and understander.vocabulary["understanding-name-pronoun"].contains(
        Folded(words[at - 1])
    )
    if (at == 0 and first is None) or not (any(c.isalpha() for c in told) or of_the_dog):
        return
    age = BY_KEY["age_months"]
    _keep_early_age(
        turn, turn.services.understander.answers.quantity_told_late(Folded(told), Expect(age.kind.value))
    )


def _keep_age_told_instead_of_name(turn: Turn) -> None:
    """An age told at the name instead of one ("he's 4 btw", "she's 2", "걔 4살이에요"; English
    owner trial, batch 77: the name "He's", "updated He's's profile"): kept until the dog's row
    exists (`EARLY_KEY`), said in a line ("Got the age too") and not asked; the name is asked
    again by the caller. Only an age said whole of the dog, by a pronoun or the age's own unit
    ("3살", "2 years old"): a bare "3" or "2 years" may be anything."""
    if turn.state.data.get("mode") == "edit":
        return
    understander = turn.services.understander
    message = Folded(turn.text)
    told = understander.vocabulary["understanding-name-pronoun"].contains(message)
    if not (told or understander.names_answer(message, "age_months")):
        return
    age = BY_KEY["age_months"]
    _keep_early_age(turn, _age_in_sentence(turn, message, Expect(age.kind.value)))


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


def _keep_told_before(turn: Turn, text: str) -> None:
    """The dog's age and breed told in the message that named it before the survey ("my 3 year
    old lab Max keeps barking", "8개월 된 푸들 콩이가 자꾸 물어요"; owner trial 8: only the name
    kept): each kept until the dog's row exists (`EARLY_KEY`), said in a line and not asked. An age
    only when said as one (`understanding-age-said`: "3 year old", "8개월 된"; "2 years ago" is
    none), a breed only when the breeds' list names one."""
    understander = turn.services.understander
    answers = understander.answers
    words = text.split()
    said = understander.vocabulary["understanding-age-said"]
    for at, word in enumerate(words):
        if not any(c.isdigit() for c in word):
            continue
        first = answers.age_first(" ".join(words[at:]))
        if first is not None and said.contains(Folded(first[0])):
            _keep_early_age(
                turn, answers.quantity_told_late(Folded(first[0]), Expect(BY_KEY["age_months"].kind.value))
            )
            break
    named = answers.breeds_named(Folded(text))
    if len(named) == 1:
        breed = BY_KEY["breed"]
        early = turn.state.data.setdefault(EARLY_KEY, {})
        early[breed.key] = named[0]
        turn.state.data.setdefault(AHEAD_KEY, []).append(breed.key)
        turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{breed.key}"), value=named[0])


def keep_age_told(turn: Turn, answer: Value[float] | Approximate | None) -> None:
    """The age of the dog being added, told with it after a result ("우리집에 여름이도 있어요 걔는
    2살"; owner trial 10): kept for its survey as an age told at its name is (said, not asked)."""
    if turn.state.flow == FLOW and turn.state.data.get("dog_id") is None:
        _keep_early_age(turn, answer)


def _keep_early_age(turn: Turn, answer: Value[float] | Approximate | None) -> None:
    """An age read at the name question (`answer`, months; None: none read) kept until the dog's
    row exists (`EARLY_KEY`), marked told ahead and said in a line, never asked; an age outside
    the question's bounds is dropped. Shared by the age before the name ("3살 초코") and the age
    instead of one ("he's 4 btw")."""
    age = BY_KEY["age_months"]
    if answer is None:
        return
    try:
        months = _number(age, float(answer.value))
        _check_number(age, months, None)
    except Invalid:
        return
    early = turn.state.data.setdefault(EARLY_KEY, {})
    early[age.key] = months
    if isinstance(answer, Approximate):
        early.setdefault(APPROXIMATE_KEY, {})[age.key] = [answer.low, answer.high]
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if age.key not in ahead:
        ahead.append(age.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{age.key}"),
        value=format_answer(turn, age, months),
    )


async def _earlier_sex_completed(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The sex answered already told again or completed at a later question ("아 중성화 작년에
    했어요" at the origin for a girl not spayed; stop 34: re-asked, lost): corrected, said in a line
    from what it was, and `q` asked again. False, nothing done, for anything else."""
    sex = BY_KEY["sex"]
    if dog is None or turn.state.data.get("mode") == "edit" or index_of(q.key) <= index_of(sex.key):
        return False
    if dog.answers.get(sex.key) is None or not _unplaced_answer(turn):
        return False
    value = sex_in_sentence(turn, dog, turn.text)
    if value is None or value == dog.answers.get(sex.key):
        return False
    previous = _shown(turn, dog, sex)
    _qualify(dog, sex, approximate=None, unknown=False)
    dog = await _save(turn, sex, dog, value)
    _said_ahead(turn, sex, format_answer(turn, sex, value), previous)
    await ask(turn, q, dog)
    return True


async def _household_told_early(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """The owner living alone told at a one-choice question before the household ("저혼자요",
    "just me" at the origin; stop 34: re-asked, lost): one person, stored ahead, said in a line,
    and `q` asked again. False, nothing done, for anything else."""
    household = BY_KEY["household"]
    if dog is None or turn.state.data.get("mode") == "edit" or q.kind is not Kind.CHOICE:
        return False
    if index_of(q.key) >= index_of(household.key) or household.key in dog.answers:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if not _unplaced_answer(turn) or not understander.vocabulary["understanding-household-alone"].contains(
        message
    ):
        return False
    read = understander.answers.quantity(message, Expect(household.kind.value))
    if not isinstance(read, Value) or read.value != 1:
        return False
    _qualify(dog, household, approximate=None, unknown=False)
    dog = await _save(turn, household, dog, 1)
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if household.key not in ahead:
        ahead.append(household.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{household.key}"),
        value=format_stored(turn, dog, household),
    )
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
            if await correct(turn, dog, earlier, Value(picks[0])):
                value = format_stored(turn, dog, earlier)
                if both:
                    turn.say("survey-answered-ahead", field=field, value=value)
                else:
                    turn.say("survey-answered-earlier", name=dog.name or "", field=field, value=value)
            if both and isinstance(u.answer, Value):  # the breed named, not the whole sentence
                await _store(turn, q, dog, named[0] if len(named) == 1 else str(u.answer.value))
                return True
            await ask(turn, q, dog)
            return True
        # only where it would be stored as the breed ("girl"): a sentence that names no breed ("we
        # got him from a friend": "him") has the breed's own re-ask
        taken = isinstance(u.answer, Value)
        part = read.answer.understood if taken and isinstance(read.answer, Unclear) else None
        needs = {c for v in earlier.options for c in OPTION_CONCEPTS.get((earlier.key, v), ())}
        if isinstance(part, tuple) and part and all(c in needs for c in part):
            await _complete_earlier(turn, q, dog, earlier, [c for c in part if isinstance(c, str)])
            return True
    return False


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
    if earlier is None or not await _replace_named(turn, dog, earlier, Folded(turn.text)):
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
    named = _fields_named(turn, message)
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
    if previous.key == "origin" and _people_named(turn.services.understander, message):
        return None  # "엄마 아빠 나 동생" at how long owned (owner trial 14: origin family): the household
    if previous.options and set(previous.options) <= YES_NO:  # "있어요" at the other pets: not the children
        return None
    if q.kind is Kind.TEXT or not _unplaced_answer(turn) or previous.key not in dog.answers:
        return None
    if previous.key == "breed":  # a breed spelt out only ("아 포메요" at the size), never a typo's
        return previous if _breed_told(turn, message, previous, as_typed=True) else None
    return previous


async def _complete_earlier(turn: Turn, q: Question, dog: Dog, earlier: Question, part: list[str]) -> None:
    """Half of an earlier one-choice answer typed at `q` ("숫컷", "아 남아예요", "girl" at the
    breed; Korean trial: "choose ✏️ Edit an answer", a button not shown there, and the sex stayed
    unknown). Nothing is guessed: when the stored answer already says it, that is said and `q`
    asked again; else the earlier question is asked with the half kept (`PARTS_KEY`), as an edit,
    so its answer is said back and the survey returns to `q` (`_after_answer`)."""
    field = turn.t(f"survey-field-{earlier.key}")
    stored = dog.answers.get(earlier.key)
    if isinstance(stored, str) and set(part) <= set(OPTION_CONCEPTS.get((earlier.key, stored), ())):
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
    _load_picks(turn, earlier, dog)
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
    _load_picks(turn, back, dog)
    turn.understanding = turn.services.understander.understand(turn.text, context(turn))
    if turn.understanding.kind not in (Said.ANSWER, Said.CHOICE):
        await ask(turn, back, dog)
        return True
    await _handle_answer(turn, back, dog)
    return True


# The number answers a later choice question may take as told late: not a count of people ("2명이요"
# at the children question counts the children, not the household).
_QUANTITY_KINDS = frozenset({Kind.AGE, Kind.DURATION, Kind.HOURS, Kind.MINUTES})


def _unplaced_answer(turn: Turn) -> bool:
    """The turn was read as a plain answer that the open question could not place (no value, no
    "don't know"), or as a bare number with a unit it has no use for, with no safety concern and
    no incident in it: what may answer another question."""
    u = turn.understanding
    # a bare number with its unit ("1y", "8h" at the sex) reads as noise there: no label, a digit
    # (a number alone, "2", may be an option's position: it stays the question's own re-ask)
    bare = (
        u is not None
        and u.kind is Said.NOISE
        and not u.label
        and any(ch.isdigit() for ch in u.text)
        and any(ch.isalpha() for ch in u.text)
    )
    return (
        u is not None
        and (u.kind is Said.ANSWER or bare)
        and not isinstance(u.answer, Value | DontKnow)
        and not u.safety
        and not u.incident
    )


# A late number this short ("1살", "2 years", "1 year old") replaces no stored answer unasked:
# `_answers_earlier_quantity`. "1 year old" is as bare as "1살" (CI of stop 31: it replaced the age).
LATE_BARE_WORDS = 3


def _same_stored(dog: Dog, key: str, answer: Value[float] | Approximate) -> bool:
    """`answer` is the value already stored for `key` (so storing it changes nothing)."""
    value = answer.value if isinstance(answer, Value) else None
    return value is not None and dog.answers.get(key) == value


async def _answers_earlier_quantity(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a choice question, a message that picks none of its options but is, whole, a number
    answer of one earlier question ("she's about 1.5 yrs", "아 그리고 2살이에요" at the sex; owner
    trial: "pick one of the four options"): that earlier answer is corrected, said in a line, and
    the open question asked again. Several earlier questions it could answer ("2 years": the age
    or how long owned) are narrowed by the words that name one ("살", "years old", "나이"); still
    several, or none: False, nothing done (the question's own re-ask)."""
    if dog is None or q.kind not in (Kind.CHOICE, Kind.MULTI) or not _unplaced_answer(turn):
        return False
    if _child_named(turn, q) is not None:
        return False  # "네 6살" at the children: a child's age with a yes (the yes now read past)
    if BY_KEY["owned_months"].key not in dog.answers and _start_told(turn, dog) is not None:
        return False  # "2년 전에 데려왔어요": how long owned, not the age (`_answers_later_start`)
    understander = turn.services.understander
    typed = understander.names.without(turn.text, [dog.name or ""]) or turn.text
    message = Folded(typed)
    found: dict[str, Value[float] | Approximate] = {}
    for earlier in QUESTIONS[: index_of(q.key)]:
        if earlier.kind in _QUANTITY_KINDS:
            answer = understander.answers.quantity_told_late(message, Expect(earlier.kind.value))
            if answer is not None:
                found[earlier.key] = answer
    if len(found) > 1:
        # a span longer than the dog's age is no time the dog has been had ("8년" at the
        # children, the age 3 years; owner trial 12: re-asked with no word on the 8 years)
        found = {key: answer for key, answer in found.items() if _fits(BY_KEY[key], answer, dog)}
    if len(found) > 1:
        named = {key for key in found if understander.names_answer(Folded(turn.text), key)}
        found = {key: answer for key, answer in found.items() if key in named}
    if len(found) != 1:
        return False
    [(key, answer)] = found.items()
    if _answered(dog, key) and not _unit_said(turn, message):
        # "둘" at the sex, the age answered (owner trial 12: "if it's the Age, say 'Age is 둘'"):
        # a number with no unit is no age told again; the question's own re-ask
        return False
    earlier = BY_KEY[key]
    field = turn.t(f"survey-field-{key}")
    lead, quoted = understander.correction_lead(turn.text)  # "아 2살이요": "2살이요" quoted (ko10)
    agreed = understander.answers.after_agreement(Folded(quoted))
    if agreed is not None:  # "네 5살" (owner trial 13: "say '나이는 네 5살'"): "5살" quoted
        quoted = " ".join(quoted.split()[-len(agreed.text.split()) :])
    corrects = bool(lead) and key in dog.answers and index_of(key) == index_of(q.key) - 1
    if (
        not corrects
        and not understander.names_answer(Folded(turn.text), key)
        and (key in (dog.answers.get(UNKNOWN_KEY) or []) or _open_span_reads(turn, q, dog, message, earlier))
    ):
        # "1년" at the size: the age the owner said they did not know, or how long owned (still
        # to come)? Nothing overwritten, nothing guessed (owner trial): said, and asked again.
        _late_number_said(turn, dog, earlier, answer, quoted)
        await ask(turn, q, dog)
        return True
    if (
        not corrects
        and key in dog.answers
        and len(typed.split()) <= LATE_BARE_WORDS
        and not _same_stored(dog, key, answer)
    ):
        # a bare number ("1살" at the sex, typed for a second dog; trial 4: the stored 3 replaced
        # with 1) would replace an answer given: nothing replaced unasked, said, and asked again.
        # `corrects`: opened as a correction ("아 2살이요", "oh wait 2 years") right at the question
        # after the one it answers, it corrects that answer (Korean owner trial ko10: lost); what
        # was understood is said ("한 반년?" at the sex: about 6 months; owner trial 11: unsaid)
        _late_number_said(turn, dog, earlier, answer, quoted)
        await ask(turn, q, dog)
        return True
    if await correct(turn, dog, earlier, answer):
        value = format_stored(turn, dog, earlier)
        turn.say("survey-answered-earlier-number", name=dog.name or "", field=field, value=value)
    else:
        turn.say(f"survey-err-{key}", name=dog.name or "")
    await ask(turn, q, dog)
    return True


async def _birth_year_told_late(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A birth year told at a question after the age ("아 그리고 2019년생이에요", "oh and she was born
    in 2019" at the breed; stop 34: "no breed in it", the year lost): the age from it, stored and
    said in a line, and `q` asked again. A short message only; False, nothing done, otherwise."""
    age = BY_KEY["age_months"]
    if dog is None or turn.state.data.get("mode") == "edit" or index_of(q.key) <= index_of(age.key):
        return False
    if not _unplaced_answer(turn) or len(turn.text.split()) > BIRTH_YEAR_MAX_WORDS:
        return False
    told = turn.services.understander.answers.age_in_sentence(turn.text)
    answer = age_from(turn, dog, told) if isinstance(told, Since) else None
    if answer is None or not await correct(turn, dog, age, answer):
        return False
    value = format_stored(turn, dog, age)
    turn.say(
        "survey-answered-earlier-number",
        name=dog.name or "",
        field=turn.t(f"survey-field-{age.key}"),
        value=value,
    )
    await ask(turn, q, dog)
    return True


def _answered(dog: Dog, key: str) -> bool:
    """`key` has an answer with a value (not "don't know", not skipped)."""
    return dog.answers.get(key) is not None and key not in (dog.answers.get(UNKNOWN_KEY) or [])


def _unit_said(turn: Turn, message: Folded) -> bool:
    """`message` says its number's unit ("8년", "8h"): read as a count it is no number ("둘",
    "two" are)."""
    count = turn.services.understander.answers.quantity(message, Expect.COUNT)
    return not isinstance(count, Value | Approximate)


def _fits(q: Question, answer: Value[float] | Approximate, dog: Dog) -> bool:
    """`answer` is a possible answer of `q` for `dog` (within its range; how long owned no longer
    than the age)."""
    try:
        _check_number(q, _number(q, float(answer.value)), dog)
    except Invalid:
        return False
    return True


def _late_number_said(
    turn: Turn, dog: Dog, earlier: Question, answer: Value[float] | Approximate, quoted: str
) -> None:
    """A number that may be `earlier`'s answer, left unnoted: said with what was understood when
    `earlier` is answered already ("한 반년?" at the sex, the age 3 years: about 6 months; owner
    trial 11: only "I can't tell if that's the Age"), else as not placed. A span with no age word
    ("8년", "8 years") read as the age answered otherwise is said the same way (owner trial 12:
    "if it's the Age, say 'Age is 8 years'" while the age was noted as 3 years); an age said with
    its word ("1살", "1 year old") may be another dog's: not placed."""
    field = turn.t(f"survey-field-{earlier.key}")
    answered = _answered(dog, earlier.key)
    bare_span = earlier.key == "age_months" and not turn.services.understander.names_answer(
        Folded(turn.text), earlier.key
    )
    if not answered or not (isinstance(answer, Approximate) or bare_span):
        # an exact number ("1살", "1y") is quoted back as typed; a hedged one is no value to repeat
        turn.say("survey-late-number-which", typed=quoted, field=field)
        return
    turn.say(
        "survey-late-number-understood",
        typed=quoted,
        field=field,
        value=format_answer(turn, earlier, _number(earlier, answer.value)),
        approx="yes" if isinstance(answer, Approximate) else "no",
        stored=format_stored(turn, dog, earlier),
    )


async def _answers_other_quantity(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a number question, a message that names another number question and not this one and
    is, whole, that one's answer ("데려온지 6개월쯤 됐습니다", "we've had her 6 months" at the age;
    "하루 1시간 산책" at hours alone, "혼자 4시간 있어요" at the exercise; Korean trial: each stored
    as this question's answer): stored there (ahead for a later question, corrected for an
    earlier one), said in a line, and this question asked again. An age and how long owned are
    never corrected back from each other (a bare "2 years" may be either: `_open_span_reads`).
    False, nothing done, for anything else."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    at_choice = q.kind is Kind.CHOICE and _unplaced_answer(turn)  # "3 people" at the sex (trial 5)
    # "me and my wife" at the breed (English owner trial, batch 77: "no breed in it"), not the name
    at_text = q.key == "breed" and _unplaced_answer(turn)
    at_choice = at_choice or at_text
    if q.kind not in QUANTITY_KINDS and not at_choice:
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key):
        return False
    found: dict[str, Value[float] | Approximate] = {}
    for other in QUESTIONS:
        if other.key == q.key or other.kind not in QUANTITY_KINDS:
            continue
        later = index_of(other.key) > index_of(q.key)
        if at_choice and not later:
            continue  # an earlier number at a choice question: `_answers_earlier_quantity`
        if (later and other.key in dog.answers) or (
            not later and other.kind in MONTHS_KINDS and q.kind in MONTHS_KINDS
        ):
            continue
        if understander.names_answer(message, other.key) or (
            other.kind is Kind.COUNT
            and _unplaced_answer(turn)
            and (_people_named(understander, message) or _people_counted(turn, q, message))
        ):
            answer = understander.answers.quantity_told_late(message, Expect(other.kind.value))
            if answer is not None:
                found[other.key] = answer
    if len(found) != 1:
        return False
    [(key, answer)] = found.items()
    other = BY_KEY[key]
    try:
        value = _number(other, float(answer.value))
        _check_number(other, value, dog)
    except Invalid:
        return False
    approximate = (answer.low, answer.high) if isinstance(answer, Approximate) else None
    previous = _shown(turn, dog, other)
    _qualify(dog, other, approximate=approximate, unknown=False)
    dog = await _save(turn, other, dog, value)
    if index_of(key) > index_of(q.key):
        turn.state.data.setdefault(AHEAD_KEY, []).append(key)
    shown = format_stored(turn, dog, other)
    changed = bool(previous) and previous != shown  # "corrected from 3 to 5", not "noted" (batch 65)
    turn.say(
        "survey-answered-other-number-corrected" if changed else "survey-answered-other-number",
        typed=turn.text,
        name=dog.name or "",
        asked=turn.t(f"survey-field-{q.key}"),
        field=turn.t(f"survey-field-{key}"),
        value=shown,
        previous=previous,
    )
    await ask(turn, q, dog)
    return True


def _with_words(text: str) -> bool:
    """`text` has a letter beside its digits ("3 wks", "5개월"): no bare number, which at a
    choice question is an option's position."""
    return any(ch.isalpha() for ch in text)


async def _number_after_unknown(turn: Turn, q: Question, dog: Dog | None, key: Any) -> bool:
    """The message right after "don't know" at a number question (`UNKNOWN_JUST_KEY`), one the
    open question cannot take, read whole as that question's number ("idk" at the hours alone,
    then "like 3 or 4" at the exercise; owner trial 12: asked back as 3.5 minutes or hours of
    exercise): the number given after all, stored there with a line, `q` asked again. False,
    nothing done, for anything else (the open question's own re-ask)."""
    if dog is None or not isinstance(key, str) or key not in BY_KEY or key == q.key:
        return False
    if dog.answers.get(key) is not None or key not in (dog.answers.get(UNKNOWN_KEY) or []):
        return False
    earlier = BY_KEY[key]
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key):
        return False
    answer = understander.answers.quantity(message, Expect(earlier.kind.value))
    if not isinstance(answer, Value | Approximate) or not _fits(earlier, answer, dog):
        return False
    approximate = (answer.low, answer.high) if isinstance(answer, Approximate) else None
    _qualify(dog, earlier, approximate=approximate, unknown=False)
    dog = await _save(turn, earlier, dog, _number(earlier, float(answer.value)))
    turn.say(
        "survey-answered-other-number",
        typed=turn.text,
        name=dog.name or "",
        asked=turn.t(f"survey-field-{q.key}"),
        field=turn.t(f"survey-field-{key}"),
        value=format_stored(turn, dog, earlier),
        previous="",
    )
    await ask(turn, q, dog)
    return True


async def _late_length_unplaced(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a one-choice question, a length alone with its unit ("8h", "8시간", "30 min" at the sex;
    batch 72: "pick one of the four", the hours lost without a word) that names no question and
    that later questions not answered yet would read (hours alone, exercise): placed as a late
    bare number is ("1y": `_answers_earlier_quantity`), never stored unasked: said, with the
    questions it may answer, and this question asked again. False for anything else (a bare
    "8" is an option's position). The same at the household's count ("6ish hrs"; owner trial 12:
    "I understood 6 people, but not 'hrs'") and at a question of months ("8시간" at how long the
    dog has been had; owner trial 12: "I didn't catch how long", the hours unsaid): hours are no
    count and no span."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return False
    if q.kind not in (Kind.CHOICE, Kind.COUNT) and q.kind not in MONTHS_KINDS:
        return False
    if not _unplaced_answer(turn) or len(turn.text.split()) > LATE_BARE_WORDS:
        return False
    answers = turn.services.understander.answers
    message = Folded(turn.text)
    if not _unit_said(turn, message):
        return False  # "둘" at the children: no length told (owner trial 12: "hours alone?")
    later = [
        other
        for other in QUESTIONS[index_of(q.key) + 1 :]
        if other.kind in (Kind.HOURS, Kind.MINUTES)
        and other.key not in dog.answers
        and (read := answers.quantity_told_late(message, Expect(other.kind.value))) is not None
        and read.value > 0  # "아이 없어요" reads as no time: no length told
    ]
    if not later:
        return False
    fields = " / ".join(turn.t(f"survey-field-{other.key}") for other in later)
    if len(later) == 1:  # one question reads it (owner trial 13: "can't tell which (exercise)")
        turn.say("survey-late-number-unplaced-one", typed=turn.text, field=fields)
    else:
        turn.say("survey-late-number-unplaced", typed=turn.text, fields=fields)
    await ask(turn, q, dog)
    return True


async def _span_kept_for_owned(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """A span with its unit and no age word typed before how long the dog has been had, the age
    answered already ("1년", "2y", "6 months" at the sex; owner trial 12: "is it the age? say 'Age
    is 8 years'"): how long owned, stored ahead with a line, and `q` asked again. False, nothing
    done, when the age is open or not known, the span names the age, or it does not fit (longer
    than the dog's age: the earlier re-ask)."""
    owned = BY_KEY["owned_months"]
    if dog is None or turn.state.data.get("mode") == "edit" or q.kind in MONTHS_KINDS:
        return False
    if owned.key in dog.answers or index_of(q.key) >= index_of(owned.key) or not _unplaced_answer(turn):
        return False
    if not isinstance(dog.answers.get("age_months"), int) or "age_months" in (
        dog.answers.get(UNKNOWN_KEY) or []
    ):
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, "age_months") or len(turn.text.split()) > LATE_BARE_WORDS:
        return False
    span = understander.answers.quantity_told_late(message, Expect.DURATION)
    if span is None or isinstance(understander.answers.quantity(message, Expect.COUNT), Value | Approximate):
        return False  # no span, or a bare number (an option's position, a count): no unit said
    if not isinstance(span, Value):
        return False  # hedged ("한 반년?"): what was understood is said (`_late_number_said`)
    dog = await _store_ahead(
        turn, owned, dog, Approximate(float(span.value), float(span.value), float(span.value))
    )
    if owned.key not in dog.answers:
        return False
    await ask(turn, q, dog)
    return True


def _people_counted(turn: Turn, q: Question, message: Folded) -> bool:
    """People counted with their unit at a question of time ("4명이요 초딩 하나" at how long owned;
    owner trial 12: "I understood 1 year", the "하나" of the child read as a year): the household."""
    if q.kind not in MONTHS_KINDS and q.kind not in (Kind.HOURS, Kind.MINUTES):
        return False
    return bool(turn.services.understander.vocabulary["lex-unit-people"].find(message))


def _people_named(understander: Any, message: Folded) -> bool:
    """People named besides the owner ("me and my wife", "저랑 남편"): the household told, with no
    number needed. "I" or "me" alone names nobody else ("I don't know", "about 2 I think")."""
    v = understander.vocabulary
    owner = {phrase for phrase, *_ in v["lex-person-self"].find(message)}
    named = [phrase for e in ("lex-person", "lex-person-pair") for phrase, *_ in v[e].find(message)]
    return any(phrase not in owner for phrase in named)


def _open_span_reads(turn: Turn, q: Question, dog: Dog, message: Folded, earlier: Question) -> bool:
    """Another question not answered yet, of the same kind of number as `earlier` (an age or a
    span, both in months), would read `message` as its answer too: a bare "2 years" may be
    either, so it is placed in neither."""
    if earlier.kind not in MONTHS_KINDS:
        return False
    answers = turn.services.understander.answers
    return any(
        other.kind in MONTHS_KINDS
        and other.key != earlier.key
        and other.key not in dog.answers
        and answers.quantity_told_late(message, Expect(other.kind.value)) is not None
        for other in QUESTIONS[index_of(q.key) + 1 :]
    )


async def _keep_owned_span(turn: Turn, q: Question, dog: Dog) -> Dog:
    """At a choice question before how long owned, a span told beside the pick as how long the
    dog has been with the owner ("보호소에서 데려왔고 2년 됐어요", "he's a rescue, we've had him 2
    years" at the origin; owner trial: the 2 years were lost and asked next): stored ahead, said
    in a line. A bare span ("보호소, 2년") is not taken: it may be the age."""
    owned = BY_KEY["owned_months"]
    if (
        index_of(q.key) >= index_of(owned.key)
        or owned.key in dog.answers
        or turn.state.data.get("mode") == "edit"
    ):
        return dog
    understander = turn.services.understander
    message = Folded(turn.text)
    told = understander.names_answer(message, owned.key) or understander.vocabulary[
        "understanding-owned-span"
    ].contains(message)
    started = _start_told(turn, dog)
    if started is not None:  # "보호소에서 2년 전에 데려왔어요", "shelter, we got her 2 years ago"
        return await _store_ahead(turn, owned, dog, started)
    if not told:
        return dog
    span = _as_span(understander.answers.quantity(message, Expect(owned.kind.value)))
    return dog if span is None else await _store_ahead(turn, owned, dog, span)


def _start_told(turn: Turn, dog: Dog) -> Approximate | None:
    """How long owned told as when the dog came, with the words that say so: "2년 전에
    데려왔어요", "we got her 2 years ago", "3 months ago we adopted him", "작년에 보호소에서
    데려왔어요" (acceptance trial: at the origin the start was lost, alone there it was "the age or
    another answer?", at the age it was stored as the age). A span with "ago" (`understanding-
    owned-ago`) or a start (`Since`), and a word of coming by the dog (`understanding-choice-how`);
    None for anything else ("2년 전" alone may be when the dog was born), or a start that does not
    fit the dog (still ahead, before its birth)."""
    v = turn.services.understander.vocabulary
    message = Folded(turn.text)
    if not v["understanding-choice-how"].contains(message):
        return None
    owned = BY_KEY["owned_months"]
    read = turn.services.understander.answers.quantity(message, Expect(owned.kind.value))
    if isinstance(read, Since):
        try:
            return _since_start(turn, owned, dog, read)
        except Invalid:
            return None
    if not v["understanding-owned-ago"].contains(message):
        return None
    return _as_span(read)


def _as_span(read: object) -> Approximate | None:
    """A span read beside other words as one `Approximate` (its own range, or the number alone:
    the origin beside it, "rescue", "shelter", is the rest); None when no number was read."""
    if isinstance(read, Approximate):
        return read
    if isinstance(read, Value) and isinstance(read.value, int | float):
        number = float(read.value)
    elif isinstance(read, Unclear) and isinstance(read.understood, int | float):
        number = float(read.understood)
    else:
        return None
    return Approximate(number, number, number)


async def start_told_at_review(turn: Turn) -> bool:
    """At the review card, when the dog came told again ("we got her 3 years ago", "3년 전에
    데려왔어요"; acceptance trial: the review reminder, nothing changed): how long owned corrected
    and the card shown again. False, nothing done, for anything else or a start that does not fit
    the dog."""
    dog = await survey_dog(turn) if at_review(turn) else None
    started = _start_told(turn, dog) if dog is not None else None
    if dog is None or started is None:
        return False
    if not await correct(turn, dog, BY_KEY["owned_months"], started):
        return False
    show_review(turn, dog)
    return True


async def field_corrected_at_review(turn: Turn) -> bool:
    """A field named with its new value at the review card ("견종 잘못적었어요 말티즈에요", "wrong
    breed, she's a beagle", "her weight is 12kg", "가족은 4명이에요"; owner trials 9 and 10: the
    review reminder, the answer unchanged): that answer replaced, said, and the card shown again;
    its value not read whole, that question opened as an edit with the message read there. False,
    nothing done, when not one field is named."""
    dog = await survey_dog(turn) if at_review(turn) else None
    if dog is None:
        return False
    message = Folded(turn.text)
    named = _fields_named(turn, message)
    if len(named) != 1 or named[0].key == "name":
        return False
    [q] = named
    if not await _replace_named(turn, dog, q, message):
        # its value not read whole ("성별 남아에요": neutered or not?): that question opened as an
        # edit and the message read there, its re-ask saying what was understood, then the card
        turn.state.data["mode"] = "edit"
        turn.state.step = q.key
        _load_picks(turn, q, dog)
        await _answer_typed(turn, q, dog, turn.text)
        return True
    show_review(turn, dog)
    return True


def _fields_named(turn: Turn, message: Folded) -> list[Question]:
    """The survey questions a message names (`names_answer`: a field's word, or a unit only its
    answer has); of several, those named by a field's own word ("wrong breed, she's a beagle":
    "she's" may lead an age, "breed" names the breed)."""
    understander = turn.services.understander
    named = [q for q in QUESTIONS if understander.names_answer(message, q.key)]
    if len(named) > 1:
        fields = understander.vocabulary
        named = [q for q in named if fields[f"understanding-field-{q.key}"].contains(message)]
    return named


async def _replace_named(turn: Turn, dog: Dog, q: Question, message: Folded) -> bool:
    """`q`'s answer replaced by the value the message gives it, checked as the survey checks it,
    and what changed said in a line; False, nothing changed, when no value is read whole."""
    previous = _shown(turn, dog, q)
    if q.kind in QUANTITY_KINDS:
        number = _named_quantity(turn, q, message)
        if number is None or not await correct(turn, dog, q, number):
            return False
    else:
        value = _review_value(turn, q, message)
        if value is None:
            return False
        _qualify(dog, q, approximate=None, unknown=False)
        dog = await _save(turn, q, dog, value)
    shown = format_stored(turn, dog, q)
    field = turn.t(f"survey-field-{q.key}")
    if previous and previous != shown:
        turn.say("survey-review-corrected", field=field, previous=previous, value=shown)
    else:
        turn.say("survey-earlier-same", field=field, value=shown)
    return True


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


def _review_value(turn: Turn, q: Question, message: Folded) -> Any:
    """The new value of `q` read in a correction at the review: a breed named (or its mix), or
    one option picked; None when none is read."""
    if q.key == "breed":
        return _breed_told(turn, message, q)
    if q.kind not in (Kind.CHOICE, Kind.MULTI):
        return None
    read = turn.services.understander.understand(turn.text, survey_context(q))
    picks = [p for p in read.picks if p in q.options] if read.kind is Said.CHOICE else []
    if q.kind is Kind.MULTI:
        return picks or None
    return picks[0] if len(picks) == 1 else None


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


async def renamed_at_review(turn: Turn, name: str) -> bool:
    """The dog's name told at the review card ("actually his name is Max", "아 이름은 보리예요";
    owner trial 8: the review reminder, the name unchanged): stored when it fits the name
    question, said, and the card shown again. False, nothing done, when no name fits."""
    dog = await survey_dog(turn) if at_review(turn) else None
    if dog is None or not BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        return False
    dog.rename(name)
    await turn.session.save_dog(dog)
    turn.say("survey-renamed-review", name=name)
    show_review(turn, dog)
    return True


async def _store_ahead(turn: Turn, owned: Question, dog: Dog, span: Approximate) -> Dog:
    """`span` stored as how long owned ahead of its question, said in a line; the dog unchanged
    when it does not fit (longer than the dog's age, out of range: asked in its turn)."""
    try:
        months = _number(owned, span.value)
        _check_number(owned, months, dog)
    except Invalid:
        return dog
    approximate = (span.low, span.high) if span.low != span.high else None
    previous = _shown(turn, dog, owned)
    _qualify(dog, owned, approximate=approximate, unknown=False)
    dog = await _save(turn, owned, dog, months)
    turn.state.data.setdefault(AHEAD_KEY, []).append(owned.key)
    _said_ahead(turn, owned, format_stored(turn, dog, owned), previous)
    return dog


async def _children_told_early(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """Children told at an earlier question ("no kids", "애기 없음" at the name, "초딩 아들 하나
    있어요" at the sex; owner trial 11: the dog named "No Kids", a male dog): the children
    question's answer, stored ahead (before there is a dog, in `EARLY_KEY`), said in a line, and
    `q` asked again. False, nothing done, when it picks no one option there."""
    children = BY_KEY["children"]
    if turn.state.data.get("mode") == "edit":
        return False
    read = turn.services.understander.understand(turn.text, survey_context(children))
    picks = [p for p in read.picks if p in children.options] if read.kind is Said.CHOICE else []
    if len(picks) != 1 or read.safety:
        return False
    if dog is not None:
        _qualify(dog, children, approximate=None, unknown=False)
        dog.answers[children.key] = picks[0]
        await turn.session.save_dog(dog)
    else:
        turn.state.data.setdefault(EARLY_KEY, {})[children.key] = picks[0]
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if children.key not in ahead:
        ahead.append(children.key)
    value = format_answer(turn, children, picks[0])
    turn.say("survey-answered-ahead", field=turn.t(f"survey-field-{children.key}"), value=value)
    await ask(turn, q, dog)
    return True


async def _answers_later_choices(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a number question, a message that answers none of it but later one-choice questions
    whole and the breed ("여아고 중성화 했어요 믹스견이에요" at the age; Korean trial: "I didn't
    catch the age", both lost): each stored ahead, said in a line, and this question asked again.
    Yes/no questions are left out ("있어요" says yes to anything) unless their subject is named
    ("no have children", "아이 없어요" at the sex). At the name and the breed the
    same for the questions up to the origin ("남아 중성화함" at the name, "중형" at the breed;
    Korean trial 4: "I'll ask that later", nothing kept); before there is a dog the answers wait
    in `EARLY_KEY`. A breed alone at the name ("푸들") is kept as the breed and the name asked
    again, saying so: the same word sent again is the name. False, nothing done, when it
    answers none."""
    if q.kind not in (*QUANTITY_KINDS, Kind.CHOICE) and q.key not in ("name", "breed"):
        return False
    if (dog is None and q.key != "name") or turn.state.data.get("mode") == "edit":
        return False
    u = turn.understanding
    if u is None or u.kind is not Said.ANSWER or u.safety or u.incident:
        return False
    if q.key == "name":
        if turn.state.data.pop(NAME_BREED_KEY, None) == turn.text:  # "푸들" again: its name
            turn.state.data.get(EARLY_KEY, {}).pop("breed", None)
            return False
        if not isinstance(u.answer, Value) and not (
            isinstance(u.answer, Unclear) and u.reason in NAME_READ_PAST
        ):
            return False  # (a sentence, owner trial 12: "펫샵에서 데려왔어요" kept as the origin)
    elif not _unplaced_answer(turn) or not isinstance(u.answer, Unclear) or u.answer.understood:
        return False  # a number read ("5살 된 말티즈예요"): its own re-ask says what was understood
    understander = turn.services.understander
    if q.kind is Kind.TEXT and (
        len(turn.text) < 2
        or isinstance(understander.answers.quantity(Folded(turn.text), Expect.COUNT), Value)
    ):
        return False  # "three", "b": a position, no option named
    last = index_of("origin") if q.key == "name" else len(QUESTIONS)
    message = Folded(turn.text)
    kept: list[Question] = []
    answers: dict[str, Any] = dog.answers if dog is not None else turn.state.data.setdefault(EARLY_KEY, {})
    previous: dict[str, str] = {}  # a one-choice answer given already, as shown: corrected from it
    for later in QUESTIONS[index_of(q.key) + 1 : last + 1]:
        if later.key in answers and (dog is None or later.kind is not Kind.CHOICE or YES in later.options):
            continue
        if later.key in answers and dog is not None:
            # "여아 중성화 했어요" at the age after going back to it (owner trial 11: lost): the
            # sex told again, corrected from what it was, said in a line
            previous[later.key] = _shown(turn, dog, later)
        if later.kind is Kind.CHOICE or later.key == OTHER_PETS:
            if YES in later.options and not understander.names_answer(message, later.key):
                continue  # "있어요" says yes to anything; "no kids" names what it says no to
            if understander.vocabulary["understanding-children-not-told"].contains(message):
                continue  # "herding kids" at the origin (owner trial 12): what the dog does
            if not understander.may_pick(turn.text, survey_context(later)):
                continue
            read = understander.understand(turn.text, survey_context(later))
            picks = [p for p in read.picks if p in later.options] if read.kind is Said.CHOICE else []
            several = later.kind is Kind.MULTI and bool(picks)
            if later.exclusive in picks and not understander.names_answer(message, later.key):
                continue  # "nope" is no "no other pets" unless it names them
            if (len(picks) == 1 or several) and not read.safety:
                if dog is not None:
                    _qualify(dog, later, approximate=None, unknown=False)
                answers[later.key] = picks if later.kind is Kind.MULTI else picks[0]
                kept.append(later)
            else:
                previous.pop(later.key, None)
        elif later.kind is Kind.TEXT and later.free_option and not survey_context(later).verbatim:
            value = _breed_told(turn, message, later, as_typed=q.key == "name")
            if value is not None and later.minimum <= len(value) <= later.maximum:
                answers[later.key] = value
                kept.append(later)
    if not kept:
        return False
    if dog is not None:
        await turn.session.save_dog(dog)
    for later in kept:
        turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
        value = format_answer(turn, later, answers[later.key])
        _said_ahead(turn, later, value, previous.get(later.key, ""))
    if q.key == "name" and _name_told_besides(turn, [answers[k.key] for k in kept]):
        return False  # "my pup is called Pepper, shes a 2 yr old corgi": Pepper stored as usual
    if q.key == "name" and [k.key for k in kept] == ["breed"]:
        turn.state.data[NAME_BREED_KEY] = turn.text  # "푸들" again: the name after all
        turn.say("survey-name-breed", typed=turn.text)
    await ask(turn, q, dog)
    return True


def _name_told_besides(turn: Turn, kept: list[Any]) -> bool:
    """The name read at the name question is a word of a longer message and none of the answers
    kept ahead from it ("my pup is called Pepper, shes a 2 yr old corgi"; owner trial 10: the
    corgi kept, Pepper and the age lost, the name asked again). "푸들" or "golden retriever"
    alone is the breed and the name is asked again."""
    u = turn.understanding
    if u is None or not isinstance(u.answer, Value) or len(turn.text.split()) < 2:
        return False
    name = Folded(str(u.answer.value)).compact
    return all(Folded(str(value)).compact != name for value in kept)


def _breed_told(turn: Turn, message: Folded, breed: Question, *, as_typed: bool = False) -> str | None:
    """The breed told at another question: one breed named ("golden retriver": golden
    retriever), one with a mix word ("some kind of shepherd mix i think": shepherd mix; English
    owner trial, batch 77: "I didn't catch the age"), a mix alone (the free option); else None.
    `as_typed` (at the name question): only a breed spelt out counts, never one read past a typo
    (owner trial 10: the name "Ollie" was kept as the breed "collie" and the name asked again)."""
    answers = turn.services.understander.answers
    named = answers.breeds_named(message)
    if as_typed:
        named = [n for n in named if Folded(n).compact in message.compact]
    mixed = turn.services.understander.vocabulary["understanding-mix"].contains(message)
    if mixed and not named:
        return breed.free_option
    if len(named) > 1:  # "golden doodle" (owner trial 9: lost at the sex): one breed of two words
        read = answers.breed(message)
        said = str(read.value) if isinstance(read, Value) else ""
        whole = said.split() == [w for n in named for w in n.split()]
        return said if whole else None
    if not named:
        return None
    if not mixed:
        return named[0]
    read = answers.breed(message)
    said = str(read.value) if isinstance(read, Value) else ""
    return said if named[0] in said and len(said.split()) <= len(named[0].split()) + 1 else None


async def _answers_later_health(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """Health told at an earlier question ("슬개골 약간 안좋아요" at the origin; acceptance trial:
    sent to the coach model as a question): kept as the health answer ahead (said in a line, not
    asked in its turn) and the open question asked again. False, nothing done, otherwise (the
    health already answered, an edit, no dog yet)."""
    health = BY_KEY["health"]
    u = turn.understanding
    if (
        dog is None
        or u is None
        or u.reason != HEALTH_TOLD
        or turn.state.data.get("mode") == "edit"
        or not _unplaced_answer(turn)
        or len(turn.text) > (health.maximum or len(turn.text))
    ):
        return False
    # only the health part is the note; the rest may answer the open question ("보호소에서 왔고
    # 슬개골 약간 안좋아요" at the origin: the shelter and "슬개골 약간 안좋아요"; trial: all of it the note)
    note, rest = turn.services.understander.answers.told_apart(turn.text, "understanding-health-told")
    note = note or turn.text
    if rest and not _answers_open(turn, q, rest):
        note, rest = turn.text, ""  # "allergies, on apoquel" (owner trial 9: the medicine lost)
    dog = await _keep_health(turn, dog, note)
    if rest:
        await _answer_typed(turn, q, dog, rest)
        return True
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
    dog = await _save(turn, health, dog, note)
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
    dog = await _dog(turn)
    if dog is not None:
        await _keep_health(turn, dog, turn.text)


def _answers_open(turn: Turn, q: Question, text: str) -> bool:
    """`text` (the rest of a message beside a health note) answers the open question `q`: an
    option picked or a value read; else it belongs with the note ("on apoquel")."""
    read = turn.services.understander.understand(text, survey_context(q))
    return read.kind is Said.CHOICE or (
        read.kind is Said.ANSWER and isinstance(read.answer, Value | Approximate | DontKnow)
    )


# The question that takes the dog's problem behaviours, told at any other question (batch 76).
CONCERNS = "concerns"


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
    concerns = BY_KEY[CONCERNS]
    read = turn.services.understander.concerns_in(turn.text, survey_context(concerns))
    if not read:
        return False
    before = [v for v in dog.answers.get(concerns.key) or [] if v != concerns.exclusive]
    answered = concerns.key in dog.answers
    kept = [v for v in concerns.options if v in before or v in read]
    dog = await _save(turn, concerns, dog, kept)
    said = ", ".join(turn.t(concerns.option_msg(v)) for v in concerns.options if v in read)
    turn.say("survey-concerns-added" if answered else "survey-concerns-kept", concerns=said)
    await ask(turn, q, dog)
    return True


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
        dog = await _save(turn, concerns, dog, [v for v in concerns.options if v in before or v in named])
        said = ", ".join(turn.t(concerns.option_msg(v)) for v in concerns.options if v in named)
        turn.say("survey-concerns-added", concerns=said)
    else:
        turn.say("survey-behaviour-not-health", typed=turn.text)
    await ask(turn, q, dog)
    return True


async def _answers_later_start(turn: Turn, q: Question, dog: Dog | None) -> bool:
    """At a choice question before how long the owner has had the dog, a message that picks
    none of its options but is, whole, a start ("아니다 작년 봄에 데려왔어요", "we got her last
    spring" at the origin; owner trial: asked again with nothing kept): how long owned, counted
    from it, is stored ahead (said in a line, not asked in its turn) and the open question asked
    again. False, nothing done, for anything else (a span, "2년", may be the age: the re-ask)."""
    owned = BY_KEY["owned_months"]
    if (
        dog is None
        or q.kind not in (Kind.CHOICE, Kind.AGE)
        or index_of(q.key) >= index_of(owned.key)
        or owned.key in dog.answers
        or turn.state.data.get("mode") == "edit"
    ):
        return False
    u = turn.understanding
    started = _start_told(turn, dog) if u is not None and u.kind is Said.ANSWER else None
    if started is not None and not (u is not None and (u.safety or u.incident)):
        # "2년 전에 데려왔어요" at the origin or the age: when the dog came, never the age
        dog = await _store_ahead(turn, owned, dog, started)
        if owned.key not in dog.answers:
            return False  # it does not fit the dog: the open question reads it
        await ask(turn, q, dog)
        return True
    if q.kind is not Kind.CHOICE or not _unplaced_answer(turn):
        return False
    read = turn.services.understander.understand(turn.text, survey_context(owned))
    if read.kind is not Said.ANSWER or not isinstance(read.answer, Since):
        return False
    try:
        span = _since_start(turn, owned, dog, read.answer)
    except Invalid:
        return False  # a start still ahead or before the dog was born: the open question's re-ask
    previous = _shown(turn, dog, owned)
    _qualify(dog, owned, approximate=(span.low, span.high), unknown=False)
    dog = await _save(turn, owned, dog, _number(owned, span.value))
    turn.state.data.setdefault(AHEAD_KEY, []).append(owned.key)
    _said_ahead(turn, owned, format_stored(turn, dog, owned), previous)
    await ask(turn, q, dog)
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


async def _rename(turn: Turn, q: Question, dog: Dog, name: str) -> None:
    """The dog's name said again at a later question: stored as the name (if it fits the name
    question's length), then the open question again."""
    if BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum:
        was = dog.name or ""
        dog.rename(name)
        await turn.session.save_dog(dog)
        say_changed(turn, BY_KEY["name"], dog, was)
    await ask(turn, q, dog)


_PENDING: Any = object()
_UNKNOWN: Any = object()
# A name too long is said so only when it could be one (a few words); a longer text is a sentence.
NAME_MAX_WORDS_LONG = 3
# The option that adds nobody to a count said with it ("3 people, no kids"): `_with_next_answer`.
NO_ONE = "no"
# The questions answered with a number and its unit.
QUANTITY_KINDS = frozenset({Kind.AGE, Kind.DURATION, Kind.COUNT, Kind.HOURS, Kind.MINUTES})


def _read(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """The answer to `q` in this turn: a value, `Approximate`, `_UNKNOWN`, `_PENDING` (a
    multi-choice toggle); raises `Invalid` with the re-ask that says what was understood."""
    choice = turn.incoming.choice
    if choice is not None:
        return _tapped(turn, q, choice)
    u = turn.understanding
    if u is None:
        raise _name_reask(turn, q) if q.key == "name" else Invalid(f"survey-err-{q.key}")
    if u.kind is Said.CHOICE:
        _check_against_part(turn, q, u.picks)
        return _picked(turn, q, u.picks)
    if u.kind is Said.NOISE and u.label and _behaviour_not_answer(turn, q):
        # a behaviour named alone ("으르렁거려요" at the breed; Korean trial: "keep the breed under
        # 60 characters"): said to be a behaviour, one time it happened asked for, the question again
        raise Invalid("survey-behaviour-not-answer", typed=turn.text, field=turn.t(f"survey-field-{q.key}"))
    if u.kind is Said.SMALL_TALK and q.kind is Kind.CHOICE:
        # a bare "ok" / "ㅇㅋ" / "네" at a question with no yes option: small talk, so the options
        # again, kindly (acceptance trial: "no option matches 'ㅇㅋ'" read as a scolding); a no
        # ("아니요" at the sex question) is not answered "네! 👌" (trial 4)
        said_no = turn.services.understander.vocabulary["understanding-decline"].contains(Folded(turn.text))
        completed = _no_completes(turn, q) if said_no else None
        if completed is not None:
            return completed
        raise _not_an_option(turn, q, msg_id="survey-choice-pick-no" if said_no else "survey-choice-pick")
    if u.kind is Said.SMALL_TALK and q.key == "breed":  # "네", "ok": no breed in it (not "too long")
        raise Invalid("survey-unclear-breed", typed=turn.text)
    if u.kind is Said.SMALL_TALK and q.key == "health":  # "ok" there was "keep it under 500 characters"
        raise Invalid("survey-unclear-health", typed=turn.text)
    if q.key == "name" and u.reason in (SEX_NOT_NAME, HOUSEHOLD_NOT_NAME):
        # "ㅇㅇ 여자애", "혼자살아요" (owner trial 10: stored as the name): a later question's
        # answer, said so with the name asked again; the sex's words kept for its question
        if u.reason == SEX_NOT_NAME:
            _keep_later_parts(turn, q, dog)
        field = "sex" if u.reason == SEX_NOT_NAME else "household"
        raise Invalid("survey-name-other-answer", field=turn.t(f"survey-field-{field}"))
    if q.key == "name" and u.reason == GENERIC_NOT_NAME:  # "dog", "강아지": any dog's word
        word = str(u.answer.understood) if isinstance(u.answer, Unclear) and u.answer.understood else ""
        # the word as typed when it is the whole message ("dog", not "Dog"), else the word read
        # in it ("그냥 강아지라고 불러요": 강아지)
        same = word.casefold() == turn.text.strip().casefold()
        raise Invalid("survey-name-generic", typed=turn.text if same or not word else word)
    answer = u.answer
    if isinstance(answer, DontKnow):
        if q.key == "name" and answer.unnamed:
            # no name yet: nothing is invented; whatever the dog is called for now will do
            raise Invalid("survey-name-not-yet")
        if q.key == "name":
            raise _name_reask(turn, q)
        if q.kind is Kind.MULTI and turn.state.data.get("picks"):
            # "잘 모르겠어요" after "강아지 한마리 더 있어요" ticked the dog (owner trial 14: the
            # tick wiped, nothing stored): what was told stays ticked, the question shown again
            return _PENDING
        if answer.skip and q.optional:
            return None
        _dont_know_with_breed(turn, q, dog)
        return _UNKNOWN
    if isinstance(answer, Unclear):
        together = _with_earlier_part(turn, q, answer, dog)
        if together is not None:
            return together
        if _half_with_doubt(turn, q):
            return _UNKNOWN  # "여자애요 중성화는 모르겠어요": the girl kept with the "don't know"
        own_age = _two_ages(turn, q, dog)
        if own_age is not None:
            return own_age
        without = _without_own_name(turn, q, dog)
        if without is not None:
            return without
        both = _with_next_answer(turn, q, dog, answer)
        if both is not None:
            return both
        breed = _with_breed_told(turn, q, dog, answer)
        if breed is not None:
            return breed
        facts = _with_later_facts(turn, q, dog, answer)
        if facts is not None:
            return facts
        raise _unclear(turn, q, answer)
    if isinstance(answer, SincePuppy):
        return _since_puppy(q, dog)
    if isinstance(answer, Since):
        return _since_start(turn, q, dog, answer)
    if isinstance(answer, Approximate):
        if q.kind is Kind.COUNT and answer.value != int(answer.value):
            # "about 3, maybe 4" people: no half person is stored; both ends said, asked again
            raise Invalid(
                "survey-unclear-count-range", low=_number(q, answer.low), high=_number(q, answer.high)
            )
        _check_number(q, answer.value, dog)
        _check_bare_unit(turn, q, answer.value)
        _check_likely(turn, q, _number(q, answer.value))
        return answer
    if isinstance(answer, Value):
        if q.kind is Kind.TEXT:
            text = str(answer.value)
            if q.key == "name" and not any(ch.isalpha() for ch in text):
                raise _name_reask(turn, q)
            if q.key == "name" and _answers_sex(turn, text):
                raise Invalid("survey-name-other-answer", field=turn.t("survey-field-sex"))
            if not (q.minimum <= len(text) <= q.maximum):
                raise Invalid(f"survey-err-{q.key}")
            return text
        if q.kind in (Kind.CHOICE, Kind.MULTI):
            return _picked(turn, q, tuple(answer.value))
        number = _number(q, float(answer.value))
        _check_number(q, number, dog)
        _check_bare_unit(turn, q, number)
        _check_likely(turn, q, number)
        return number
    which = _which(turn, q, []) if q.kind is Kind.MULTI else None
    if which is not None:  # "공격성" alone: toward people or dogs, asked (it was "pick one")
        raise Invalid("survey-which-of", options=which)
    raise _name_reask(turn, q) if q.key == "name" else Invalid(f"survey-err-{q.key}")


# A child, at the children question, is younger than this (the question says "under 12").
CHILD_MAX_YEARS = 12
# The children question's option for "yes, children live here".
YES = "yes"


def _child_named(turn: Turn, q: Question) -> str | None:
    """At the children question, a child's age said with a yes or alone ("네 6살", "6살 아이
    있어요", "yes a 6 year old"; Korean trial: "answer yes or no", then "없음" stored no): yes.
    None for anything else (an age of 12 or more is no child the question asks about)."""
    if turn.incoming.choice is not None or q.key != "children" or YES not in q.options:
        return None
    understander = turn.services.understander
    words = turn.text.split()
    kept: list[str] = []
    ages: list[float] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):  # "6 year old", "6살"
            piece = Folded(" ".join(words[i : i + n]))
            if i + n > len(words) or not understander.names_answer(piece, "age_months"):
                continue
            age = understander.answers.quantity(piece, Expect.AGE)
            if isinstance(age, Value | Approximate):
                ages.append(float(age.value))
                i += n
                break
        else:
            kept.append(words[i])
            i += 1
    if not ages or any(age >= CHILD_MAX_YEARS * 12 for age in ages):
        return None
    if not kept:
        return YES
    read = understander.understand(" ".join(kept), survey_context(q))
    return YES if read.kind is Said.CHOICE and read.picks == (YES,) else None


def _behaviour_not_answer(turn: Turn, q: Question) -> bool:
    """A behaviour named alone answers no question but one whose options are behaviours or
    reactions (the concerns: asked which; the worst reaction's "growl"): never those. The other
    pets is a list too, of animals ("살짝 물어" there; Korean trial K2: stored and analysed)."""
    if q.key == "concerns":
        return False
    if q.kind not in (Kind.CHOICE, Kind.MULTI):
        return True
    return not turn.services.understander.may_pick(turn.text, survey_context(q))


def _tapped(turn: Turn, q: Question, choice: str) -> Any:
    if choice == UNKNOWN and q.unknowable:
        return _UNKNOWN
    if q.kind is Kind.MULTI:
        return _toggle_or_done(turn, q, choice)
    value = choice.split(":", 2)[2] if choice.startswith(f"survey:{q.key}:") else ""
    if value in q.options:
        _check_against_part(turn, q, (value,), tapped=True)  # the terminal's "1" is a tap
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
    ("aggression": toward people / toward dogs); None when there are not two."""
    choices = turn.services.understander.answers.choices
    pointed = [v for v in choices.split(Folded(turn.text), survey_context(q).options) if v not in ticks]
    return " / ".join(turn.t(q.option_msg(v)) for v in pointed) if len(pointed) > 1 else None


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
    if not picks:
        raise Invalid("survey-err-multi-empty")
    turn.state.data.pop("picks", None)
    turn.state.data.pop(TICKED_KEY, None)
    return picks


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
        _qualify(dog, q, approximate=None, unknown=False)
    dog = await _save(turn, q, dog, ticks)
    labels = ", ".join(turn.t(q.option_msg(v)) for v in q.options if v in ticks)
    turn.say("survey-picks-kept", field=turn.t(f"survey-field-{q.key}"), picks=labels)
    turn.state.step = following.key
    _load_picks(turn, following, dog)
    turn.understanding = again
    await _handle_answer(turn, following, dog)
    return True


def _number(q: Question, value: float) -> float | int:
    if not math.isfinite(value):  # "9" typed 400 times reads as infinity: no answer, not a crash
        raise Invalid(f"survey-err-{q.key}")
    # Hours to two decimals: every whole minute survives the round trip ("4시간 20분" is 4.33 h,
    # shown again as 4 h 20 min; one decimal showed it as 4 h 18 min).
    if q.kind in MONTHS_KINDS and 0 <= value < 1:
        return 0  # days or weeks, under a month: shown as "less than a month"
    return round(value, 2) if q.kind is Kind.HOURS else round(value)


def _check_number(q: Question, number: float, dog: Dog | None) -> None:
    if q.kind is Kind.COUNT and number != int(number):
        raise Invalid(f"survey-err-{q.key}")
    if not (q.minimum <= number <= q.maximum):
        raise Invalid(f"survey-err-{q.key}")
    if q.key == "owned_months" and dog is not None:
        age = dog.answers.get("age_months")
        if isinstance(age, int) and number > age:
            # The question follows this line and names the dog: the line says the age instead.
            raise Invalid("survey-err-owned_months-too-long", years=age // 12, months=age % 12)


# A bare number at the exercise up to this may be hours as well as minutes ("1": owner trial 12,
# stored as 1 minute): the unit is asked, never guessed.
UNIT_ASKED_MAX = 4


def _check_bare_unit(turn: Turn, q: Question, number: float) -> None:
    """A number with no unit at the minutes question, small enough to be hours ("1", "2", "한
    3?"): raises the re-ask that names both readings. A unit said ("1분", "2 hours") is taken."""
    if q.kind is not Kind.MINUTES or not 0 < number <= UNIT_ASKED_MAX:
        return
    hours = turn.services.understander.answers.quantity(Folded(turn.text), Expect.HOURS)
    if not isinstance(hours, Value | Approximate) or float(hours.value) != float(number):
        return  # read as hours it is another number: a unit was said
    shown = int(number) if number == int(number) else number
    first = turn.t("value-minutes", minutes=shown)
    second = turn.t("value-hours", hours=shown)
    raise Invalid("survey-unit-which", typed=turn.text.strip(), first=first, second=second)


# The state's note of a rare number told once (`Question.likely`): [question key, value].
UNLIKELY_KEY = "unlikely"
# "nevermind", "아니요" while that number waits (typed only, no button): not noted, asked again.
UNLIKELY_NO = "survey:unlikely-no"


def _check_likely(turn: Turn, q: Question, number: float) -> None:
    """A number past what `q`'s answer usually is ("하루8시간정도" at the exercise: 480 minutes)
    is not stored at once: the re-ask says what was understood and asks to confirm it; the same
    value told again is taken (a working dog may run 5 hours a day)."""
    told = turn.state.data.pop(UNLIKELY_KEY, None)
    if not q.likely or number <= q.likely or told == [q.key, number]:
        return
    turn.state.data[UNLIKELY_KEY] = [q.key, number]
    field = turn.t(f"survey-field-{q.key}")
    raise Invalid("survey-unlikely", typed=turn.text, field=field, value=format_answer(turn, q, number))


# The age a puppy comes home, in months: Korea's Animal Protection Act rules forbid selling dogs
# younger than two months, and breeders elsewhere let puppies go at about 8 weeks.
HOME_AGE_MONTHS = 2


# Kept on the dog when how long it was owned was told as "since he was a puppy": that answer is
# the age less `HOME_AGE_MONTHS`, so it follows the age when the age is changed (fourth trial: the
# age corrected from 2 to 3, the profile still said 22-24 months).
SINCE_PUPPY_KEY = "owned_since_puppy"


# The months of each season, as (first, last); winter runs from December into the next year.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "winter": (12, 14),
}


def start_months(start: Since, today: date) -> tuple[int, int]:
    """The earliest and latest month (counted as year * 12 + month - 1) a start may mean, by
    today's date: a year alone is any month of it, a season its three months; a month or season
    without a year is the latest one begun by today ("since March" in December: this March)."""
    now = today.year * 12 + today.month - 1
    if start.months_ago is not None:
        return now - start.months_ago, now - start.months_ago
    year = start.year if start.year is not None else None
    if year is None and start.years_ago is not None:
        year = today.year - start.years_ago
    first, last = (1, 12)
    if start.month is not None:
        first = last = start.month
    elif start.season is not None:
        first, last = SEASON_MONTHS[start.season]
    if year is None:  # the latest such month or season begun by today
        year = today.year if year_month(today.year, first) <= now else today.year - 1
    elif start.years_ago == 0 and start.season is not None and year_month(year - 1, last) >= now:
        year -= 1  # "올해 겨울" in February: the winter still running, begun last December
    return year_month(year, first), year_month(year, last)


def year_month(year: int, month: int) -> int:
    return year * 12 + month - 1


def _since_start(turn: Turn, q: Question, dog: Dog | None, start: Since) -> Approximate:
    """A start said at how long the owner has had the dog ("작년부터요", "since 2023"): the span
    from it to today (the app's clock), approximate between its latest and earliest month. A start
    still ahead, or before the dog was born, is asked again saying what was understood; never a
    span made up."""
    today = utcnow().date()
    now = year_month(today.year, today.month)
    earliest, latest = start_months(start, today)
    if q.key == "age_months" and start.year is not None:
        return _born_in(turn, q, dog, start.year, today)
    if q.key == "owned_months" and earliest > now and start.years_ago == 0 and start.year is None:
        # "올해 봄" in February (owner trial): not begun this year; the re-ask names the one
        # before it (last year's), never a guess stored
        raise Invalid("survey-err-owned_months-not-yet", typed=turn.text, year=str(today.year - 1))
    if q.key != "owned_months" or earliest > now:
        raise Invalid("survey-err-owned_months-future", typed=turn.text)
    low, high = float(now - min(latest, now)), float(now - earliest)
    age = dog.answers.get("age_months") if dog is not None else None
    if isinstance(age, int):
        if low > age:
            owned = format_answer(turn, q, round((low + high) / 2))
            shown_age = format_answer(turn, BY_KEY["age_months"], age)
            raise Invalid(
                "survey-err-owned_months-start-too-long", typed=turn.text, owned=owned, age=shown_age
            )
        high = min(high, float(age))  # "since 2023" for a dog of two: not before it was born
    value = float(round((low + high) / 2))
    _check_number(q, value, dog)
    return Approximate(value, low, high)


def _born_in(turn: Turn, q: Question, dog: Dog | None, year: int, today: date) -> Approximate:
    """A birth year at the age ("2018년생", "born in 2019"; owner trial 14: read as 2,018 years):
    today's year less it, approximate between the months of that year it may mean. A year still
    ahead is asked again saying what was read, never an age made up."""
    if year > today.year:
        raise Invalid("survey-err-age-born-future", typed=turn.text)
    now = year_month(today.year, today.month)
    low, high = float(max(0, now - year_month(year, 12))), float(now - year_month(year, 1))
    value = float((today.year - year) * 12) or float(round((low + high) / 2))
    _check_number(q, value, dog)
    return Approximate(value, low, high)


def _since_puppy(q: Question, dog: Dog | None) -> Approximate:
    """ "Since she was a puppy" at how long the owner has had the dog: the dog's age less
    `HOME_AGE_MONTHS`, kept as approximate (between that and the whole age). Without a known
    age there is nothing to count from: the re-ask says so."""
    age = dog.answers.get("age_months") if dog is not None else None
    if q.key != "owned_months" or not isinstance(age, int):
        raise Invalid("survey-err-owned_months-since-puppy")
    owned = float(max(age - HOME_AGE_MONTHS, 0))
    return Approximate(owned, owned, float(age))


def _part_concepts(q: Question) -> frozenset[str] | None:
    """The concepts `q`'s options are made of, for a one-choice question whose options are made
    of concepts that may come with another answer (the sex: "3살이고 남자애에요"); None for others."""
    concepts = frozenset(c for v in q.options for c in OPTION_CONCEPTS.get((q.key, v), ()))
    fits = q.kind is Kind.CHOICE and concepts and concepts <= set(OTHER_ANSWER_CONCEPTS)
    return concepts if fits else None


# Worked out once: every number answered looks at each later question.
_PART_CONCEPTS = {q.key: c for q in QUESTIONS if (c := _part_concepts(q)) is not None}


def _keep_later_parts(turn: Turn, q: Question, dog: Dog | None) -> None:
    """Two answers in one message ("3살이고 남자애에요" at the age): the number answered `q`; the
    concepts it names of a later one-choice question not answered yet (the sex) are kept as that
    question's earlier part (`_with_earlier_part`), so "중성화했어요" there completes them, and it
    is asked in its turn. Concepts that name one of its options whole ("3 years, spayed female",
    "3살 중성화한 여아에요") answer it: stored, said in a line and not asked (owner trial: the sex
    question came anyway). Positions ("3") and exact picks are no part."""
    if turn.state.data.get("mode") == "edit":
        return
    understander = turn.services.understander
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        concepts = _PART_CONCEPTS.get(later.key)
        if concepts is None or (dog is not None and later.key in dog.answers):
            continue
        if not understander.may_pick(turn.text, survey_context(later)):
            continue  # names none of its options nor their concepts (a third of the reading's cost)
        u = understander.understand(turn.text, survey_context(later))
        if u.kind is Said.CHOICE and u.reason == "option-in-sentence" and len(u.picks) == 1:
            named = list(OPTION_CONCEPTS.get((later.key, u.picks[0]), ()))
        elif (
            u.kind is Said.ANSWER and isinstance(u.answer, Unclear) and isinstance(u.answer.understood, tuple)
        ):
            named = [c for c in u.answer.understood if isinstance(c, str) and c in concepts]
        else:
            continue
        whole = [
            v
            for v in later.options
            if (need := OPTION_CONCEPTS.get((later.key, v))) and set(need) <= set(named)
        ]
        if len(whole) == 1 and dog is not None:
            _qualify(dog, later, approximate=None, unknown=False)
            dog.answers[later.key] = whole[0]  # saved with the open question's answer (`_store`)
            turn.state.data.get(PARTS_KEY, {}).pop(later.key, None)
            turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
            field = turn.t(f"survey-field-{later.key}")
            turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, whole[0]))
        elif named:
            turn.state.data.setdefault(PARTS_KEY, {})[later.key] = sorted(named)


def _keep_children_told(turn: Turn, q: Question, dog: Dog | None) -> None:
    """Two answers in one message at a count ("3명이요 애기 하나 있어요", "3 of us and a baby"):
    a young child named beside the count answers the next question, children under 12 at home,
    yes: stored ahead, said in a line and not asked (Korean trial: the children question came
    anyway). Only a word for a child surely that young (`understanding-young-child`): "2 kids",
    "애 둘" may be older, so asked ("3명 있어요" names no child at all)."""
    position = index_of(q.key) + 1
    if dog is None or q.kind is not Kind.COUNT or turn.state.data.get("mode") == "edit":
        return
    if position >= len(QUESTIONS):
        return
    later = QUESTIONS[position]
    if later.kind is not Kind.CHOICE or YES not in later.options or later.key in dog.answers:
        return
    understander = turn.services.understander
    if not understander.vocabulary["understanding-young-child"].contains(Folded(turn.text)):
        return
    read = understander.understand(turn.text, survey_context(later))
    if read.kind is not Said.CHOICE or tuple(read.picks) != (YES,):
        return
    _qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = YES  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, YES))


def _with_breed_told(turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]) -> float | None:
    """A number with the breed beside it ("5살 된 말티즈예요" at the age; the age was asked again,
    the breed lost): when the words left over are one known breed and nothing else, the number is
    this question's answer and the breed is stored ahead, said in a line and not asked. None,
    nothing done, otherwise."""
    understood = answer.understood
    if (
        dog is None
        or q.kind not in QUANTITY_KINDS
        or not isinstance(understood, int | float)
        or isinstance(understood, bool)
        or not answer.rest
        or turn.state.data.get("mode") == "edit"
    ):
        return None
    later = next(
        (x for x in QUESTIONS[index_of(q.key) + 1 :] if x.kind is Kind.TEXT and x.free_option),
        None,
    )
    if later is None or later.key in dog.answers:
        return None
    understander = turn.services.understander
    rest = Folded(" ".join(answer.rest))
    named = understander.answers.breeds_named(rest)
    if len(named) != 1 or Folded(named[0]).compact != rest.compact:
        return None  # anything besides the breed ("5 maltese", a sentence): asked again
    if not later.minimum <= len(named[0]) <= later.maximum:
        return None
    number = _number(q, float(understood))
    _check_number(q, number, dog)
    _check_likely(turn, q, number)
    _qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = named[0]  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, named[0]))
    return number


def _dont_know_with_breed(turn: Turn, q: Question, dog: Dog | None) -> None:
    """The breed said beside a "don't know" at a number question ("dunno mutt" at the age; owner
    trial 13: the mix lost): stored ahead with a line, the don't-know kept for `q`."""
    if dog is None or q.kind not in QUANTITY_KINDS or turn.state.data.get("mode") == "edit":
        return
    later = next(
        (x for x in QUESTIONS[index_of(q.key) + 1 :] if x.kind is Kind.TEXT and x.free_option),
        None,
    )
    if later is None or later.key in dog.answers:
        return
    value = _breed_told(turn, Folded(turn.text), later, as_typed=False)
    if value is None or not later.minimum <= len(value) <= later.maximum:
        return
    _qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = value  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, value))


def age_from(
    turn: Turn, dog: Dog | None, told: Value[float] | Approximate | Since
) -> Value[float] | Approximate | None:
    """An age told in a sentence (`SurveyAnswers.age_in_sentence`) in months: a birth year counted
    from the clock (`_born_in`); None for a year still ahead or a start that is no year."""
    if not isinstance(told, Since):
        return told
    if told.year is None:
        return None
    try:
        return _born_in(turn, BY_KEY["age_months"], dog, told.year, utcnow().date())
    except Invalid:
        return None


# The sex's concepts a sentence may complete the stored answer with ("아 중성화 작년에 했어요"); a
# sex word alone ("아들이 8살이에요": a son) is no correction of the dog's.
NEUTER_CONCEPTS = frozenset({"neutered", "intact"})


def sex_in_sentence(turn: Turn, dog: Dog | None, text: str) -> str | None:
    """The sex option a sentence tells whole ("oh and he's a boy, neutered"), or its neuter part
    completing the answer stored ("아 중성화 작년에 했어요" for a girl not spayed: spayed; stop 34:
    small talk after the survey, re-asked at the origin); None when it tells none or several."""
    sex = BY_KEY["sex"]
    # no numbers shown for it: "three" at the breed is no third option (the sex not asked now)
    read = turn.services.understander.understand(text, survey_context(sex, numbered=False))
    picks = [p for p in read.picks if p in sex.options] if read.kind is Said.CHOICE else []
    if read.kind is Said.CHOICE:
        return picks[0] if len(picks) == 1 and not read.safety else None
    answer = read.answer
    if read.kind is not Said.ANSWER or not isinstance(answer, Unclear) or answer.rest:
        return None
    named = (
        {c for c in answer.understood or () if isinstance(c, str)}
        if isinstance(answer.understood, tuple)
        else set()
    )
    stored = dog.answers.get(sex.key) if dog is not None else None
    had = set(OPTION_CONCEPTS.get((sex.key, str(stored)), ()))
    if not named or not had or not named <= NEUTER_CONCEPTS:
        return None  # "아들이 8살이에요": a son, no male dog; only the neuter part completes
    fits = [
        v
        for v in sex.options
        if named <= (need := set(OPTION_CONCEPTS.get((sex.key, v), ()))) and need - named <= had
    ]
    return fits[0] if len(fits) == 1 else None


def _weight_size(turn: Turn, message: Folded) -> str | None:
    """The size whose kg range holds a weight said whole in a few words of `message` ("about
    10kg", "10키로 정도"), None when none is."""
    words = message.text.split()
    amounts = turn.services.understander.answers.quantities
    for at, word in enumerate(words):
        if not any(ch.isdigit() for ch in word):
            continue
        for end in (at + 2, at + 1):
            weight = amounts.read(" ".join(words[at:end]).strip(",.!?~"), WEIGHT_UNITS, None)
            if weight.whole and weight.value is not None:
                value = weight.value
                return next(
                    (o for (k, o), band in OPTION_KG.items() if k == "size" and band.holds(value)), None
                )
    return None


def _later_fact(turn: Turn, later: Question, message: Folded, dog: Dog) -> str | None:
    """What `message` tells of `later`, a question after the open one (stop 34): the breed
    named, the size by a weight, where the dog came from in its own words, children surely under
    12 (`understanding-young-child`); None for anything else."""
    understander = turn.services.understander
    v = understander.vocabulary
    if later.kind is Kind.TEXT and later.free_option and not survey_context(later).verbatim:
        breed = _breed_told(turn, message, later)
        return breed if breed is not None and later.minimum <= len(breed) <= later.maximum else None
    if later.key == "size":
        return _weight_size(turn, message)
    if later.key == "origin" and not any(
        v[entry].contains(message)
        for entry in (
            "understanding-origin-told",
            "understanding-profile-origin",
            "understanding-profile-origin-word",
        )
    ):
        return None
    if later.key == "children" and not v["understanding-young-child"].contains(message):
        return None
    if later.key not in ("origin", "children"):
        return None
    read = understander.understand(message.text, survey_context(later, numbered=False))
    picks = [p for p in read.picks if p in later.options] if read.kind is Said.CHOICE else []
    if len(picks) != 1 or read.safety or (later.key == "children" and picks[0] != YES):
        return None
    return picks[0]


def _keep_ahead(turn: Turn, later: Question, dog: Dog, value: str) -> None:
    """`value` stored as `later`'s answer told ahead (saved with the open question's), said."""
    _qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = value
    ahead = turn.state.data.setdefault(AHEAD_KEY, [])
    if later.key not in ahead:
        ahead.append(later.key)
    turn.say(
        "survey-answered-ahead",
        field=turn.t(f"survey-field-{later.key}"),
        value=format_answer(turn, later, value),
    )


def _keep_later_facts(turn: Turn, q: Question, dog: Dog | None) -> None:
    """A one-choice answer or the breed typed with later questions' answers ("female spayed, a
    beagle, about 10kg" at the sex, "비글이고 10키로 정도" at the breed; stop 34: only the first kept): each later one it tells (`_later_fact`) stored
    ahead, said in a line and not asked."""
    if dog is None or turn.state.data.get("mode") == "edit":
        return
    message = Folded(turn.text)
    if message.words < LATER_FACTS_MIN_WORDS:
        return
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        if later.key in dog.answers or later.key in (turn.state.data.get(AHEAD_KEY) or []):
            continue
        value = _later_fact(turn, later, message, dog)
        if value is not None:
            _keep_ahead(turn, later, dog, value)


def _child_counted(turn: Turn, answer: Unclear[Any]) -> bool:
    """Each word left over from a count is said of a person it counted ("초등학생 아들", "toddler
    son": the son counted, the word his age); "저랑 남편 초등학생", "our toddler" leave the child
    uncounted (asked again, never one person short)."""
    words = turn.text.split()
    person = turn.services.understander.vocabulary["lex-person"]
    for word in answer.rest:
        at = next((i for i, w in enumerate(words) if w.strip(",.!?~") == word), None)
        if at is None or at + 1 >= len(words) or not person.contains(Folded(words[at + 1])):
            return False
    return True


def _with_later_facts(
    turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]
) -> float | Approximate | None:
    """A number with a later question's answer left over ("about 3 I guess, he was a stray" at
    the age: the origin; "남편이랑 저랑 초등학생 아들" at the household: children under 12; stop 34:
    asked again, both lost): the words left over told whole by one later question, the number is
    this question's answer (approximate as said) and that one stored ahead, said. None otherwise."""
    understood = answer.understood
    if (
        dog is None
        or q.kind not in QUANTITY_KINDS
        or not isinstance(understood, int | float)
        or isinstance(understood, bool)
        or not answer.rest
        or turn.state.data.get("mode") == "edit"
    ):
        return None
    rest = Folded(" ".join(answer.rest))
    for later in QUESTIONS[index_of(q.key) + 1 :]:
        if later.key in dog.answers or (later.key == "children" and not _child_counted(turn, answer)):
            continue
        value = _later_fact(turn, later, rest, dog)
        if value is None:
            continue
        head = turn.text
        for word in answer.rest:
            head = head.replace(word, " ")
        read = turn.services.understander.answers.quantity(Folded(head), Expect(q.kind.value))
        number = _number(q, float(understood))
        _check_number(q, number, dog)
        _check_likely(turn, q, number)
        _keep_ahead(turn, later, dog, value)
        return read if isinstance(read, Approximate) and _number(q, read.value) == number else number
    return None


def _with_next_answer(turn: Turn, q: Question, dog: Dog | None, answer: Unclear[Any]) -> float | None:
    """Two answers in one message ("3 people, no kids", "셋이요 애는 없어요" at the household
    count): the number is this question's answer when the words left over say "no" to the next
    one-choice question by themselves, as the whole message does there (nobody else to count);
    that answer is
    stored ahead, said in a line and not asked (ninth owner trial: "I understood 3 people, but
    not 'no'"). None, nothing done, otherwise."""
    understood = answer.understood
    if (
        dog is None
        or q.kind not in QUANTITY_KINDS
        or not isinstance(understood, int | float)
        or not answer.rest
        or turn.state.data.get("mode") == "edit"
        or index_of(q.key) + 1 >= len(QUESTIONS)
    ):
        return None
    later = QUESTIONS[index_of(q.key) + 1]
    if later.kind is not Kind.CHOICE or later.key in dog.answers:
        return None
    understander = turn.services.understander
    rest = understander.understand(" ".join(answer.rest), survey_context(later))
    whole = understander.understand(turn.text, survey_context(later))
    # "3 people, one toddler": a young child named in the words left over, the count said in
    # people, is yes to the children question (Korean trial K2)
    young = tuple(rest.picks) == (YES,) and understander.vocabulary["understanding-young-child"].contains(
        Folded(" ".join(answer.rest))
    )
    if (
        rest.kind is not Said.CHOICE
        or len(rest.picks) != 1
        or whole.kind is not Said.CHOICE
        or whole.picks != rest.picks
        or not (rest.picks[0] == NO_ONE or (young and understander.names_answer(Folded(turn.text), q.key)))
    ):
        return None  # "me and the kids": the kids live there too, how many is not said (asked again)
    number = _number(q, float(understood))
    _check_number(q, number, dog)
    _qualify(dog, later, approximate=None, unknown=False)
    dog.answers[later.key] = rest.picks[0]  # saved with the open question's answer (`_store`)
    turn.state.data.setdefault(AHEAD_KEY, []).append(later.key)
    field = turn.t(f"survey-field-{later.key}")
    turn.say("survey-answered-ahead", field=field, value=format_answer(turn, later, rest.picks[0]))
    return number


def _with_earlier_part(turn: Turn, q: Question, answer: Unclear[Any], dog: Dog | None = None) -> str | None:
    """An option told over two messages ("여아", then "중성화 아직" at the sex question): the
    concepts understood are kept until the question is answered, and the option the two parts
    name together is the answer (fresh trial: each part alone was asked again). None while the
    parts name no single option yet (the newest part is kept for the next message)."""
    understood = answer.understood
    if q.kind is not Kind.CHOICE or not isinstance(understood, tuple) or not understood:
        return None
    parts = turn.state.data.setdefault(PARTS_KEY, {})
    # the half kept with a "don't know" (`PART_KEY`: "여아", the rest not known), answered again
    stored = dog.answers.get(PART_KEY, {}).get(q.key, []) if dog is not None else []
    earlier = parts.get(q.key) or list(stored)
    together = set(earlier) | {c for c in understood if isinstance(c, str)}
    named = [v for v in q.options if (need := OPTION_CONCEPTS.get((q.key, v))) and set(need) <= together]
    if len(named) == 1 and earlier:
        parts.pop(q.key, None)
        return named[0]
    parts[q.key] = [c for c in understood if isinstance(c, str)] if len(named) > 1 else sorted(together)
    return None


def _check_against_part(turn: Turn, q: Question, picks: tuple[str, ...], *, tapped: bool = False) -> None:
    """An option's number typed (or, in the terminal, its key: a tap) after half of an option was
    told ("여아", then "1" = male, not neutered; owner trial 12: stored male without a word):
    raises the re-ask that says both when the option does not have the half told; the half is
    let go, so the same number sent again is taken."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if q.kind is not Kind.CHOICE or not parts or len(picks) != 1 or picks[0] not in q.options:
        return
    need = OPTION_CONCEPTS.get((q.key, picks[0]))
    if not need or set(parts) <= set(need):
        return
    if not tapped:
        number = turn.services.understander.answers.quantity(Folded(turn.text), Expect.COUNT)
        if not isinstance(number, Value):
            return  # the option named in words ("남아 중성화"): the owner's correction
    turn.state.data[PARTS_KEY].pop(q.key, None)
    understood = ", ".join(label for c in parts if (label := _understood_label(turn, q, c)))
    typed = str(q.options.index(picks[0]) + 1) if tapped else turn.text.strip()
    value = turn.t(q.option_msg(picks[0]))
    raise Invalid("survey-part-contradicted", typed=typed, value=value, understood=understood)


def _ages_told(turn: Turn, q: Question) -> list[tuple[str, Value[float] | Approximate]]:
    """Each (word before it, age) in a message that gives ages word by word ("콩이는 3살 팥이는
    1살", "Rex is 3 and Daisy is 1"): an age read whole from the one or two words after a word
    with no digit in it."""
    reader = turn.services.understander.answers
    words = turn.text.replace(",", " ").split()
    told: list[tuple[str, Value[float] | Approximate]] = []
    i = 0
    while i < len(words) - 1:
        for width in (1, 2):
            window = words[i + 1 : i + 1 + width]
            if not any(ch.isdigit() for ch in window[-1]) or any(ch.isdigit() for ch in words[i]):
                continue
            read = reader.quantity(Folded(" ".join(window)), Expect(q.kind.value))
            if isinstance(read, Value | Approximate):
                told.append((words[i], read))
                i += width
                break
        i += 1
    return told


def _two_ages(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """Two dogs' ages in one answer at the age question ("콩이는 3살 팥이는 1살"; owner trial 9: read
    as 4 years, the two summed): the age of the dog surveyed when its name is before one of
    them, else the question again saying both were heard. None when one age or none is told."""
    if q.key != "age_months" or dog is None:
        return None
    told = _ages_told(turn, q)
    if len(told) < 2:
        return None
    names = turn.services.understander.names
    own = [read for word, read in told if dog.name and not names.without(word, [dog.name]).strip()]
    if len(own) != 1:
        shown = ", ".join(f"{w} {format_answer(turn, q, _number(q, float(r.value)))}" for w, r in told)
        raise Invalid("survey-two-ages", text=shown)  # $name: the dog, as every re-ask
    [answer] = own
    if isinstance(answer, Approximate):
        return answer
    number = _number(q, float(answer.value))
    _check_number(q, number, dog)
    return number


def _half_with_doubt(turn: Turn, q: Question) -> bool:
    """Half of an option told, and the rest said not to be known in the same message ("여자애요
    중성화는 모르겠어요", "girl, not sure if spayed"; owner trial 9: stored spayed, or asked again):
    the half is kept (`PARTS_KEY`, set by `_with_earlier_part`) with a "don't know"."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if q.kind is not Kind.CHOICE or not parts or any(p in q.options for p in parts):
        return False  # "pet shop or a breeder, not sure": two options, which one asked
    return turn.services.understander.vocabulary["understanding-dont-know"].contains(Folded(turn.text))


# The half a bare no gives to an option told in two parts: the sex kept ("숫컷", "m") is not
# neutered (`_no_completes`). Not the bite kept: "no" there picks "None" (an option), not its half.
NO_CONCEPTS = ("intact",)


def _no_completes(turn: Turn, q: Question) -> str | None:
    """A bare no ("아니요", "ㄴㄴ", "no", "nope") while the other half of an option is kept
    (`PARTS_KEY`: "숫컷", then "아니요"; batch 72: "pick one of the options", the owner trapped):
    the option the kept half and the no name together (male, not neutered), the half dropped.
    None when nothing is kept or a no completes no single option ("neutered" kept: a no does not
    say male or female)."""
    parts = turn.state.data.get(PARTS_KEY, {}).get(q.key)
    if not parts:
        return None
    named = [
        v
        for v in q.options
        for no in NO_CONCEPTS
        if (need := OPTION_CONCEPTS.get((q.key, v))) and no in need and set(need) <= {*parts, no}
    ]
    if len(named) != 1:
        return None
    turn.state.data[PARTS_KEY].pop(q.key, None)
    return named[0]


def _without_own_name(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """A number answer that names the survey's own dog ("콩이는 두살이에요", "Rex is 3", "we've had
    Rex for 2 years"): the answer read once the name and its particle are taken out (fifth owner
    trial: "I understood 3 years, but not "rex""); None when the message does not name the dog,
    or reads no whole answer without it either (then the re-ask says what was understood)."""
    if q.kind not in QUANTITY_KINDS or dog is None or not dog.name:
        return None
    names = turn.services.understander.names
    rest = names.without(turn.text, [dog.name])
    if not rest or rest == names.without(turn.text, []):
        return None
    again = turn.services.understander.understand(rest, context(turn))
    if again.kind is not Said.ANSWER or isinstance(again.answer, Unclear):
        return None
    understood, turn.understanding = turn.understanding, again
    try:
        return _read(turn, q, dog)
    finally:
        turn.understanding = understood


def _unclear(turn: Turn, q: Question, answer: Unclear[Any]) -> Invalid:
    """The re-ask for an answer understood in part: what was understood, and what was not."""
    understood = answer.understood
    rest = turn.services.understander.answers.typed_words(turn.text, answer.rest)  # words as typed
    if understood == () and q.kind is Kind.CHOICE:  # "done", "next": words that name no option
        return _not_an_option(turn, q, typed=rest or turn.text)  # "not growling, just barking": Y
    if isinstance(understood, int | float) and not isinstance(understood, bool):
        someone = turn.services.understander.vocabulary["understanding-someone-else"]
        if q.kind in MONTHS_KINDS and someone.contains(Folded(turn.text)):
            # "my sons 8" at how long she was had (owner trial 9: "I understood 8 years"): the
            # number is someone else's, not this answer
            return Invalid(
                "survey-unclear-someone-else", typed=turn.text, asked=turn.t(f"survey-field-{q.key}")
            )
        value = format_answer(turn, q, _number(q, float(understood)))
        if rest:
            return Invalid("survey-unclear-number", value=value, rest=rest)
        if q.kind is Kind.COUNT:  # people named, the owner not among them ("남편이랑 애 둘")
            return Invalid("survey-unclear-household-owner", value=value)
        return Invalid("survey-unclear-number-only", value=value)
    if isinstance(understood, tuple) and understood:
        # Concepts before option ids: the worst reaction's concept "bite" is also an option's id.
        needs = {c for v in q.options for c in OPTION_CONCEPTS.get((q.key, v), ())}
        if all(isinstance(c, str) and c in needs for c in understood):
            concepts = [turn.t(f"understanding-concept-{c}") for c in understood]
            return Invalid("survey-unclear-concepts", understood=", ".join(concepts))
        options = [v for v in understood if v in q.options]
        if options and (len(options) == len(understood) or len(options) > 1):
            # "pet shop or a breeder, not sure": which of the two (acceptance trial: the raw
            # message ids of the concepts were shown)
            labels = " / ".join(turn.t(q.option_msg(v)) for v in options)
            return Invalid("survey-unclear-options", options=labels)
        concepts = [_understood_label(turn, q, c) for c in understood if isinstance(c, str)]
        if any(concepts):
            return Invalid("survey-unclear-concepts", understood=", ".join(c for c in concepts if c))
    if q.key == "name":
        return _name_reask(turn, q)
    other = (
        _other_topic(turn, q)
        if (q.kind in QUANTITY_KINDS or q.key == "breed") and understood is None
        else None
    )
    if other is not None:  # "산책은 거의 못해요ㅠ" at the hours alone: about walks, said so
        return Invalid(
            "survey-unclear-other-topic",
            typed=turn.text,
            asked=turn.t(f"survey-field-{q.key}"),
            field=turn.t(f"survey-field-{other.key}"),
        )
    if q.kind in QUANTITY_KINDS and understood is None and answers_none(turn):
        # "완료", "done" at the hours alone (owner trial 12: "from 0 to 24", as for a number out
        # of range): no number in it, said so
        return Invalid("survey-unclear-no-number", typed=turn.text, asked=turn.t(f"survey-field-{q.key}"))
    if q.key == "breed":  # a sentence with no breed in it: said so, never stored as the breed
        return Invalid("survey-unclear-breed", typed=turn.text)
    if q.key == "health":  # "done", "끝": nothing about health in it (never stored as the note)
        return Invalid("survey-unclear-health", typed=turn.text)
    return Invalid(f"survey-err-{q.key}")


def answers_none(turn: Turn) -> bool:
    """Only words that move the survey on or pick no option ("완료", "done", "next")."""
    return turn.services.understander.answers.not_an_option(Folded(turn.text))


def _understood_label(turn: Turn, q: Question, understood: str) -> str:
    """What a reader understood, in the owner's words: an option's label, "don't know", or a
    concept's name; "" for what has none (never a message id shown)."""
    if understood in q.options:
        return turn.t(q.option_msg(understood))
    if understood == UNKNOWN:
        return turn.t("value-unknown")
    msg_id = f"understanding-concept-{understood}"
    return turn.t(msg_id) if turn.messages.has(msg_id, turn.locale) else ""


def _not_an_option(
    turn: Turn, q: Question, *, msg_id: str = "survey-unclear-not-an-option", typed: str = ""
) -> Invalid:
    """The re-ask of a one-choice question after words that pick none of its options ("done",
    "next", "ok"): what was typed (or `typed`, the part read), and the options by name."""
    labels = " / ".join(turn.t(q.option_msg(v)) for v in q.options)
    return Invalid(msg_id, typed=typed or turn.text, options=labels)


def _answers_sex(turn: Turn, name: str) -> bool:
    """At the name question, words that pick one option of the sex question whole ("boy,
    neutered", "남아 중성화했어요"): no name (trial 3 stored "Boy Neutered" and asked its age).
    Only when the name read (`name`) is of those words: "이름은 보리고 4살 여아에요 중성화함" names
    보리 (owner trial 12: the name and the age lost), the sex kept ahead."""
    sex = BY_KEY["sex"]
    if not turn.services.understander.may_pick(turn.text, survey_context(sex)):
        return False  # names no option of it (most names): a cheap first look instead of the reading
    if not turn.services.understander.may_pick(name, survey_context(sex)):
        return False
    read = turn.services.understander.understand(turn.text, survey_context(sex))
    picks = [p for p in read.picks if p in sex.options] if read.kind is Said.CHOICE else []
    return len(picks) == 1 and not read.safety


def _other_topic(turn: Turn, q: Question) -> Question | None:
    """The one other number question a message names, not `q` ("산책은 거의 못해요" at the hours
    alone names the exercise; owner trial 8: stored as 0 hours alone); None otherwise."""
    understander = turn.services.understander
    message = Folded(turn.text)
    if understander.names_answer(message, q.key):
        return None
    named = [
        o
        for o in QUESTIONS
        if o.key != q.key
        and (o.kind in QUANTITY_KINDS or q.key == "breed")  # "no other pets" at the breed (trial 9)
        and understander.names_answer(message, o.key)
    ]
    return named[0] if len(named) == 1 else None


def _name_reask(turn: Turn, q: Question) -> Invalid:
    """The name question's re-ask saying what was wrong (trial 2): no letter at all ("?"), too
    long, or words that are not a name ("잘 모르겠어요"); never "1~30자" to an answer of 6."""
    if not any(ch.isalpha() for ch in turn.text):
        return Invalid("survey-err-name-letters")
    if len(turn.text) > q.maximum and len(turn.text.split()) <= NAME_MAX_WORDS_LONG:
        return Invalid("survey-err-name")
    # a sentence ("Hello. I would like some help with my dog."): no name in it, whatever its
    # length (ninth owner trial: "That's longer than 30 characters")
    return Invalid("survey-err-name-unknown")


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
    again = restarted(turn.state)
    anew = again is not None and q.key not in again
    stored = dog.answers.get(q.key) if dog is not None and not anew else None
    turn.state.data["picks"] = list(ticks if ticks is not None else stored or [])


async def _save(turn: Turn, q: Question, dog: Dog | None, value: Any) -> Dog:
    """Store one answer; the dog row is created with the first (its name)."""
    if dog is None:
        early = turn.state.data.pop(EARLY_KEY, None) or {}
        turn.state.data.pop(NAME_BREED_KEY, None)
        dog = await turn.session.create_dog(turn.user.id, {**early, q.key: value})
        turn.state.data["dog_id"] = dog.id
        # A further dog (/newdog) becomes the active one only when its profile is confirmed
        # (`_handle_review`): a cancelled one never takes the owner's dog-less reports (trial F9).
        if not turn.state.data.get("another"):
            if turn.user.active_dog_id is None:  # what was told before there was a dog is about this one
                await turn.session.adopt_dogless(turn.user.id, dog.id)
            await turn.session.set_active_dog(turn.user.id, dog.id)
            turn.user.active_dog_id = dog.id
    else:
        if q.key == "name":  # the name before kept: "rex" after rex → rexy is still this dog (stop 34)
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
    if turn.state.data.get("mode") == "edit" and _unfinished(dog) is not None:
        # the changed answer said first (Korean trial: "나이 고칠래요", "4살" got only "the survey
        # is not finished yet", the new age never confirmed)
        say_changed(turn, q, dog, was)
        await _resume_survey(turn, dog)
        return
    if turn.state.data.get("mode") == "edit" and dog.completed_at is not None:
        # a confirmed profile: the change is stored, nothing waits for an OK (owner trial 12: after
        # a rename the review stayed open and every later message got "waiting for your OK")
        _edit_saved(turn, q, dog, was)
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
        _load_picks(turn, following, dog)
        await ask(turn, following, dog)
    else:
        turn.state.step = REVIEW
        show_review(turn, dog)


def _edit_saved(turn: Turn, q: Question, dog: Dog, was: str | None = None) -> None:
    """An answer of a confirmed profile changed: said with the card, the flow closed; the card's
    edit button when the dog is the active one (the button edits the active dog)."""
    another_dog = turn.state.data.get(NEWDOG_AFTER)
    turn.state = ConversationState()
    say_changed(turn, q, dog, was)
    choices = (turn.choice(EDIT, "survey-edit"),) if turn.user.active_dog_id == dog.id else ()
    turn.reply(Reply(profile_card(turn, dog), choices))
    offer_waiting_dog(turn, another_dog)


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
        if q.kind in (Kind.CHOICE, Kind.MULTI, Kind.TEXT):
            if not isinstance(answer, Value) or str(answer.value) not in q.options:
                return False
            value: Any = str(answer.value)
            approximate = None
        else:
            value = _number(q, float(answer.value))
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


async def _resume_survey(turn: Turn, dog: Dog) -> None:
    """Back from an edit (or the review) to the survey where it stopped, said in one line: the
    answers are kept and the survey is not finished yet (a further dog stays a further dog)."""
    kept = {key: turn.state.data[key] for key in ("another", NEWDOG_AFTER) if key in turn.state.data}
    turn.say("survey-edit-continue")
    await continue_dog(turn, dog)
    turn.state.data.update(kept)


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


async def survey_dog(turn: Turn) -> Dog | None:
    """The dog the open survey is about (None outside the survey, or before its name)."""
    return await _dog(turn) if turn.state.flow == FLOW else None


async def answered_by_correction(turn: Turn, dog: Dog, q: Question) -> bool:
    """A correction of `dog`'s answer to `q` typed while the survey of `dog` asks `q` ("나이 3살로
    고쳐줘" at the age question): it answered the question, so the survey goes on as after an
    answer. False (nothing done) when the survey is elsewhere."""
    if turn.state.flow != FLOW or turn.state.step != q.key or turn.state.data.get("dog_id") != dog.id:
        return False
    await _after_answer(turn, q, dog)
    return True


async def _go_back(turn: Turn, q: Question, dog: Dog | None) -> None:
    if q.kind is Kind.MULTI:  # keep the ticks for when the owner comes back to this question
        turn.state.data.setdefault(TICKS_KEY, {})[q.key] = list(turn.state.data.get("picks", []))
    turn.state.data.pop("picks", None)
    if turn.state.data.get("mode") == "edit" and dog is not None:
        if _unfinished(dog) is not None:
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
    _load_picks(turn, previous, dog)
    await ask(turn, previous, dog)
