"""The survey's doors: a dog's survey started, continued or started over, each message routed to the
step it answers (a question, the review card, the list of answers to edit), editing asked in words,
the question asked again after another flow spoke, and what the rest of the bot asks about the
survey under way (its dog, its step, how much is left).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.domain.survey import BY_KEY, QUESTIONS, Kind, Question, index_of
from dogcoach.domain.types import META_KEPT_ASIDE, Reply
from dogcoach.handlers.card import UNKNOWN_KEY
from dogcoach.handlers.onboarding import answering, naming, picking, reminders, review, storing, told_ahead
from dogcoach.handlers.onboarding.asking import (
    ask,
    context,
    show_edit_pick,
    show_review,
    show_review_reminder,
    show_still_open,
)
from dogcoach.handlers.onboarding.constants import (
    ASKED_AFTER_REPORT,
    ASKED_ASIDE,
    CONTINUE,
    EARLY_KEY,
    EDIT,
    EDIT_PICK,
    FLOW,
    NAME_HINT,
    NEWDOG_PUT_OFF,
    RESTART_KEY,
    REVIEW,
    START,
    STILL_OPEN_OPTIONS,
    TOLD_BEFORE,
)
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import Folded


async def start_new_dog(
    turn: Turn,
    *,
    another: bool = False,
    name: str = "",
    sure: bool = False,
    told: str = "",
    facts: object = None,
) -> None:
    """The survey from its first question. `another`: a further dog (/newdog), which becomes the
    active dog only when its profile is confirmed; `name`: the dog's name the owner gave already,
    offered by the name question (`NAME_HINT`), or with `sure` (told as its name: "another dog
    named bruno") taken as the answer, the survey going on at the next question; `told`: the
    message that name came in, whose age and breed are kept too (`_keep_told_before`); `facts`:
    what was told of this dog during another's survey (`told_ahead.keep_waiting_facts`), kept."""
    data: dict[str, Any] = {"mode": "new"}
    if another:
        data["another"] = True
    else:  # answers told before the survey, with no dog yet ("시츄예요"): kept, not asked (trial 30)
        data.update(told_ahead.told_before_survey(turn.state.data))
    fits = bool(name) and BY_KEY["name"].minimum <= len(name) <= BY_KEY["name"].maximum
    if fits and not sure:
        data[NAME_HINT] = name
    turn.state = ConversationState(FLOW, QUESTIONS[0].key, data)
    if told:
        told_ahead._keep_told_before(turn, told)
    told_ahead.keep_waiting_facts(turn, facts, name)
    if fits and sure:
        await storing._store(turn, QUESTIONS[0], None, name)
        return
    await ask(turn, QUESTIONS[0], None)


async def first_report_name(turn: Turn) -> tuple[str, str]:
    """The dog's name the owner's newest report told while it was filed under no dog ("보리가 밤마다
    짖어요": 보리, "Max keeps barking at night": Max) and that report's text; ("", "") for no such
    report, and a name "" when it names none clearly ("우리 강아지", "my dog"). The name question
    offers it, whichever way the survey of the owner's first dog starts (its button, "네", "강아지
    추가"; stop 60 trial: "강아지 추가" asked the name again)."""
    report = await turn.session.latest_incident(turn.user.id)
    if report is None or report.dog_id is not None:
        return "", ""
    return turn.services.understander.names.introduced(report.text), report.text


async def keep_first_dog(turn: Turn, told: str = "") -> bool:
    """Another dog asked for ("다른 강아지도 등록할게요", "I want to add another dog", /newdog, a
    dog's name to add) by an owner with no dog registered yet but a first dog told of: named by
    the newest dog-less report (`first_report_name`) and answers noted for her before her survey
    (`told_ahead.keep_before_survey`), or the words say another dog (`understanding-another-dog`),
    or the name told is not hers. She is kept as she is: registered with that name and the
    answers noted, her survey unfinished (resumed later where it stopped: `continue_dog`), the
    owner's dog that what was told before belongs to (the dog-less reports filed under her, so
    /history shows them), all said in one line. True: kept, the caller starts the new dog's
    survey with nothing offered (it becomes active only when confirmed). Owner trial 64 (the
    groomer): her survey was opened again ("이름이 두부 맞죠?"), the new dog's name renamed her,
    her answers were lost and five reports stayed with no dog."""
    name, _ = await first_report_name(turn)
    if not name or (told and _same(told) == _same(name)):
        return False
    vocabulary = turn.services.understander.vocabulary
    message = Folded(turn.text)
    another = bool(told) or any(
        vocabulary[v].contains(message)
        for v in ("understanding-another-dog", "understanding-newdog-the-other")
    )
    early = turn.state.data.get(EARLY_KEY)
    noted = {k: v for k, v in early.items() if k in BY_KEY} if isinstance(early, dict) else {}
    if not (noted or another):
        return False  # "강아지 추가" after "보리가 짖어요": that dog's survey, her name offered (stop 60)
    answers = dict(early) if isinstance(early, dict) else {}
    for key in (*TOLD_BEFORE, NAME_HINT):
        turn.state.data.pop(key, None)
    dog = await turn.session.create_dog(turn.user.id, {**answers, "name": name})
    dogless = [r for r in await turn.session.list_reports(turn.user.id) if r.dog_id is None]
    if turn.user.active_dog_id is None:
        await turn.session.adopt_dogless(turn.user.id, dog.id)
    await turn.session.set_active_dog(turn.user.id, dog.id)
    turn.user.active_dog_id = dog.id
    turn.say("newdog-first-kept", name=name, answers=len(noted), count=len(dogless))
    return True


def _same(name: str) -> str:
    """A dog's name as compared here: case and spaces ignored."""
    return name.casefold().replace(" ", "")


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
    picking._load_picks(turn, q, dog)
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
    if step in BY_KEY and turn.aside and len(BY_KEY[step].options) >= STILL_OPEN_OPTIONS:
        # after a reply about something else: its list in full once, then one line naming it with
        # its buttons until the owner answers it or asks to continue (English owner trial 30). A
        # question with a short list or none is as short as that line and asked again as it is:
        # stop 52 tried the line for every question and after a report saved, and broke thirty
        # older promises (the question after a result, after first aid, after a first greeting)
        if turn.state.data.get(ASKED_ASIDE) == step:
            if await reminders.reminder_due(turn, step):  # once, not after every reply (stop 51)
                show_still_open(turn, BY_KEY[step], dog)
            return
        turn.state.data[ASKED_ASIDE] = step
    if step == REVIEW and dog is not None:
        if await reminders.reminder_due(turn, REVIEW):  # "…is waiting for your OK": once (stop 51)
            show_review_reminder(turn, dog)
    elif step == EDIT_PICK:
        show_edit_pick(turn)
    elif step in BY_KEY:
        await ask(turn, BY_KEY[step], dog, again=True)


def ask_in_full(turn: Turn) -> None:
    """The owner asked to go on with the survey ("continue", its button): its question is asked
    in full, and once more after the next reply about something else (`reprompt`)."""
    turn.state.data.pop(ASKED_ASIDE, None)
    reminders.forget(turn)


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
    picking._load_picks(turn, BY_KEY[key], dog)
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
        await answering._handle_answer(turn, q, dog)
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


def say_left(turn: Turn, *, why: bool = False, example: bool = False) -> None:
    """Asked about the survey itself ("이거 꼭 다 해야돼요?", "how many more questions?"): how
    many questions are left, this one included, and how to skip or stop, in a fixed line (never
    the coach model); `why`: asked what it is for ("whats this survey for"), said first;
    `example`: only "?" typed (stop 58: the why alone left the owner guessing what to type), a
    short example of a good answer to the open question after the why. The caller asks the
    question again."""
    step = turn.state.step or QUESTIONS[0].key
    named = _why_named(turn) if why else None
    if named is not None:  # "근데 하루에 몇시간 혼자있는지가 왜 중요해요?" at the size (stop 54
        turn.say(f"survey-why-{named}")  # trial: the size's why): the why of the question it names
    elif why and step == QUESTIONS[0].key:  # "이거 뭐하는거에요?" at the first question: what this is
        turn.say("survey-why-first")  # (owner trial 18: only why the name is asked)
    elif why:  # why this question is asked when one is open ("why do u need to know where we got him?")
        turn.say(f"survey-why-{step}" if step in BY_KEY else "survey-why")
    if why and example and named in (None, step) and step in BY_KEY:  # "이름 뭐라고 적어요?" names it
        turn.say(f"survey-example-{step}")
    left = len(QUESTIONS) - index_of(step) if step in BY_KEY else 1
    turn.say("survey-left", count=left)


def _why_named(turn: Turn) -> str | None:
    """The one survey question a "why do you ask" names, when that is all the message says (no
    answer beside it): "나이는 왜 물어봐요?", "why does it matter how many hours he's alone?" at
    another question. None when it names none or several."""
    u = turn.understanding
    if u is not None and u.answered:
        return None  # "중성화는 했어요 근데 이거 왜 물어봐요?": the sex told, the open question's why
    named = review._fields_named(turn, Folded(turn.text))
    return named[0].key if len(named) == 1 else None


async def say_name(turn: Turn) -> None:
    """The dog's name asked during the survey ("이름이 뭐였더라 ㅋㅋ", "what was his name again
    lol"; owner trial 13: renamed "뭐였더라", or sent to the coach model): the name kept, in one
    line; the caller asks the question again."""
    dog = await _dog(turn)
    if dog is not None and dog.name:
        turn.say("survey-name-recalled", name=dog.name)


async def handle(turn: Turn) -> None:
    turn.state.data.pop(ASKED_AFTER_REPORT, None)  # the owner wrote: a result may ask again
    turn.state.data.pop(ASKED_ASIDE, None)  # and an aside later shows the question in full once
    reminders.forget(turn)  # and says where the survey is paused once more
    step = turn.state.step or QUESTIONS[0].key
    dog = await _dog(turn)
    put_off = turn.state.data.pop(NEWDOG_PUT_OFF, None)  # only the message right after
    if (
        step in BY_KEY
        and BY_KEY[step].kind is Kind.TEXT
        and put_off
        and naming._other_dog_named(turn, q=BY_KEY[step], any_case=True)
    ):
        await ask(turn, BY_KEY[step], dog)  # "Bean" at the breed right after "add a dog": its name
        return
    if step == REVIEW:
        await review._handle_review(turn, dog)
    elif step == EDIT_PICK:
        await review._handle_edit_pick(turn, dog)
    else:
        await answering._handle_answer(turn, BY_KEY[step], dog, put_off=bool(put_off))


async def _dog(turn: Turn) -> Dog | None:
    dog_id = turn.state.data.get("dog_id")
    return await turn.session.get_dog(int(dog_id)) if dog_id is not None else None


async def survey_dog(turn: Turn) -> Dog | None:
    """The dog the open survey is about (None outside the survey, or before its name)."""
    return await _dog(turn) if turn.state.flow == FLOW else None
