"""Check-ins: "how did it go?" a few days after a plan started, answered with one tap (or typed:
"좋아졌어요", "the same"), then keep / adjust / get help (`services.coaching.advise`) and an
optional note.

The question reaches the owner pushed by the server (`delivery.CheckinSender`) or, where nothing
can push, at their next message (`offer_due`). Either way the flow `checkin` is armed when the
owner is in no other flow, so a typed answer is understood as one of the four answers; the
buttons (`checkin:<id>:<outcome>`) work whatever is open. `/checkins off` and `on` (in words too)
stop and restart them; `/checkintime` ("알림 시간", "remind me at 8pm") sets the time of day they
come at (`time_command`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import label
from dogcoach.handlers.coaching.plans import flags_since, owner_zone, to_checkin, zone_told_once
from dogcoach.handlers.results.followup import TIME_NO_PUSH_SAID
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.coaching import Advice, Outcome, PlanStatus, advise
from dogcoach.services.coaching.words import step_shown
from dogcoach.services.i18n import Translator
from dogcoach.services.store import ConversationState, StoreSession
from dogcoach.services.store.models import CheckinRow, CheckinTarget
from dogcoach.services.understanding import (
    CLOCK,
    Approximate,
    ClockRead,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Unclear,
    Understanding,
    Value,
    hhmm,
    parse_hhmm,
)
from dogcoach.services.understanding.classify import OTHER_OPTION_LABEL
from dogcoach.services.understanding.survey import CANCEL_AFTER, OUTCOME_BARE_NO
from dogcoach.services.understanding.text import Folded

FLOW = "checkin"
PREFIX = "checkin:"
ON = "checkin:on"
OFF = "checkin:off"
SKIP_NOTE = "checkin:note:skip"
ASK = "outcome"
NOTE = "note"
# The commands asked at the note that keep it open (`_about_the_checkin`): the plan's step
# ("what was the step again?", stop 44: shown, then the note), the week, the progress, the check-
# ins, help. Any other turn closes it (stop 57 trial fault 14).
NOTE_KEPT_BY = frozenset({"result", "week", "progress", "summary", "checkins", "help"})
# A question left unanswered this long no longer takes the owner's next message (its buttons do).
ASK_TTL = dt.timedelta(hours=48)
# A check-in answered again this soon after its answer: the owner corrected themselves, and the
# newer answer replaces the earlier one (`replace_answer`; owner trial 14: both were stored).
CORRECTED_WITHIN = dt.timedelta(minutes=2)
# Statuses of a check-in on the owner's screen and not answered: `sending` is one being pushed (the
# platform may show it before the push is settled).
SHOWN = frozenset({"sending", "sent"})
# The question a check-in was asked over (a survey's), asked again once the check-in is done.
ASIDE = "aside"
# In the note's state: the answer made the plan's decision (a correction in the note decides again).
DECIDED = "decided"
# At the question: news of the dog's health told before the answer ("배탈은 다 나았어요"), kept
# with the answer's note when it comes (`answer`).
HEALTH_NEWS = "health_news"
# In the note's state: the check-in's dog's name, the owner having more than one (`named_dog`).
DOG = "dog"
# In the note's state: the words the answer was typed with (kept as its note), which go with the
# answer if the owner takes it back at the note (`_drop_answer_words`; stop 57).
ANSWER_WORDS = "answer_words"
# A report opening with an outcome says it in its first words ("honestly worse, he lunged…").
OPENING_WORDS = 5
# Small talk the owner comes back with ("hey", "ㅎㅇ", "ok", "ㅋㅋ"): a check-in shown and never
# answered, its plan still active, is asked again (owner trial 10: "hey" more than 48 h after it got
# the greeting alone, the check-in never seen again).
RETURN_TALK = frozenset({"greeting", "agree", "reaction", "laughter", "emoji", "thanks"})


# The question of the time of day check-ins come at (`time_command`): its flow, its buttons
# (`checkin:time:HH:MM`, "any" for no set time, "ask" for the question), and the times offered.
TIME_FLOW = "checkin_time"
TIME_PREFIX = "checkin:time:"
TIME_ANY = "checkin:time:any"
TIME_ASK = "checkin:time:ask"
# The two times an hour said alone may name ("8시": 08:00 and 20:00), while it is asked which.
EITHER = "either"
TIMES: tuple[tuple[str, dt.time], ...] = (
    ("morning", dt.time(9)),
    ("noon", dt.time(12)),
    ("evening", dt.time(20)),
    ("night", dt.time(22)),
)


def outcome_choice(checkin_id: int, outcome: Outcome) -> str:
    return f"{PREFIX}{checkin_id}:{outcome}"


def parse_choice(choice: str) -> tuple[int, Outcome] | None:
    """`checkin:<id>:<outcome>` → (id, outcome); None for anything else."""
    head, _, outcome = choice.removeprefix(PREFIX).partition(":")
    if not head.isdigit() or outcome not in Outcome.__members__.values():
        return None
    return int(head), Outcome(outcome)


def question(t: Translator, checkin_id: int, step: str, dog_name: str | None) -> Reply:
    """The check-in question with its four answers as buttons."""
    step = step_shown(t, step)  # written before a language switch: labelled (stop 55)
    text = (
        t("coaching-checkin-question-dog", name=dog_name, text=step)
        if dog_name
        else t("coaching-checkin-question", text=step)
    )
    choices = tuple(t.choice(outcome_choice(checkin_id, o), f"coaching-outcome-{o}") for o in Outcome)
    return Reply(text, choices)


def question_text(t: Translator, checkin_id: int, step: str, dog_name: str | None) -> str:
    """The question as one text, its answers named (a channel that cannot carry buttons)."""
    reply = question(t, checkin_id, step, dog_name)
    answers = ", ".join(c.label for c in reply.choices)
    return f"{reply.text}\n{t('coaching-checkin-reply-hint', answers=answers)}"


def asking_state(
    checkin_id: int, now: dt.datetime, category: str | None = None, *, aside: dict[str, Any] | None = None
) -> ConversationState:
    """`category`: the behaviour followed up, so an answer telling another one is kept as a report;
    `aside`: the question it is asked over (a survey's), asked again once it is done (`close`)."""
    data: dict[str, object] = {"checkin_id": checkin_id, "asked_at": now.isoformat()}
    if category:
        data["category"] = category
    if aside:
        data[ASIDE] = aside
    return ConversationState(FLOW, ASK, data)


def can_ask(state: ConversationState) -> bool:
    """A check-in may take over the owner's next message only when no other flow is open."""
    return state.flow in (None, FLOW)


async def arm(session: StoreSession, user_id: int, checkin_id: int, category: str | None = None) -> bool:
    """Outside a turn (the server pushed the question): make the owner's next message its answer,
    if they are in no other flow and have not answered it already (typed or tapped while the push
    was being settled: their note step is not taken over)."""
    checkin = await session.get_checkin(checkin_id)
    if checkin is None or checkin.status not in SHOWN:
        return False
    if not can_ask(await session.get_state(user_id)):
        return False
    await session.save_state(user_id, asking_state(checkin_id, dt.datetime.now(dt.UTC), category))
    return True


async def dog_name(session: StoreSession, dog_id: int | None) -> str | None:
    dog = await session.get_dog(dog_id) if dog_id is not None else None
    return dog.name or None if dog is not None else None


async def named_dog(session: StoreSession, user_id: int, dog_id: int | None) -> str | None:
    """The check-in's dog's name when the owner has more than one dog, None otherwise (stop 57:
    with two dogs only "how did it go?" named it, and "anything to add?", the advice, "noted"
    said nothing of which dog they were about)."""
    if dog_id is None:
        return None
    dogs = await session.list_dogs(user_id)
    if len(dogs) < 2:
        return None
    return next((d.name for d in dogs if d.id == dog_id and d.name), None)


def say(turn: Turn, msg_id: str, name: str | None, **args: Any) -> None:
    """A check-in message, in its `-dog` form naming the dog when `name` is given (`named_dog`)."""
    if name:
        turn.say(f"{msg_id}-dog", name=name, **args)
    else:
        turn.say(msg_id, **args)


# Outcomes with casual words too (`understanding-concept-outcome_<o>_casual`: "went ok", "not bad").
CASUAL = frozenset({Outcome.BETTER, Outcome.SAME})


def outcome_options(checkin_id: int, *, casual: bool = True) -> tuple[Option, ...]:
    """Not numbered: "네" (yes) must not pick the fourth; the terminal turns its keys into taps.
    Inside a sentence the outcome words (`understanding-concept-outcome_*`) are read, not the
    labels: "조금 나아진거 같아요! 근데 아직 짖긴 해요" is better, its "아직" is no "not yet"; two
    outcomes at once are asked again. `casual`: the casual words too ("it went ok", "not bad",
    "그냥 그래요"; owner trial 12), as the answer to "how did it go?"; not in a note, where "he was
    fine with guests" corrects nothing."""
    return tuple(
        Option(
            outcome_choice(checkin_id, o),
            f"coaching-outcome-{o}",
            numbered=False,
            concepts=(f"outcome_{o}|outcome_{o}_casual" if casual and o in CASUAL else f"outcome_{o}",),
        )
        for o in Outcome
    )


def context(turn: Turn) -> Context:
    """The four answers while asking; after one, the note: any text is the note ("간식 주니까 훨씬
    덜 짖어요" says how the plan went, it is not a new incident), "nothing to add" skips it, and a
    red flag makes it a report as well (the router keeps both)."""
    checkin_id = int(turn.state.data.get("checkin_id") or 0)
    category = turn.state.data.get("category")
    if turn.state.step == NOTE:
        # the behaviour followed up (`about`): another one told with "also" is a report as well
        skip = Option(SKIP_NOTE, "coaching-checkin-note-skip", numbered=False)
        return Context(Expect.NOTE, (skip,), about=str(category) if category else None)
    return Context(Expect.CHOICE, outcome_options(checkin_id), about=str(category) if category else None)


async def expire(turn: Turn) -> None:
    """A question (or a note prompt) asked too long ago no longer takes the owner's message."""
    if turn.state.flow != FLOW:
        return
    try:
        asked = dt.datetime.fromisoformat(str(turn.state.data.get("asked_at")))
    except ValueError:
        asked = None
    if asked is None or dt.datetime.now(dt.UTC) - asked >= ASK_TTL:
        turn.state = ConversationState()


async def handle(turn: Turn) -> None:
    """A typed message while the flow is open: one of the four answers, the note, or "nothing to
    add"; anything else at the question asks it again."""
    u = turn.understanding
    picks = u.picks if u is not None and u.kind is Kind.CHOICE else ()
    checkin_id = int(turn.state.data.get("checkin_id") or 0)
    if turn.state.step == NOTE:
        name = _state_dog(turn)
        if SKIP_NOTE in picks:
            say(turn, "coaching-checkin-note-skipped", name)
            close(turn)
            return
        if u is not None and u.kind is Kind.ANSWER and (u.incident or u.safety):
            # a new incident told here ("he stands in corners at night staring at the wall", a bite
            # with blood; stop 50: kept as the note too, "📝 Noted"): the router reported it, with
            # its safety card; its own report, not a note on the step, which closes unnoted
            close(turn)
            return
        if u is not None and u.kind is Kind.ANSWER and isinstance(u.answer, Unclear):
            # "근데 다른 문제가 생겼어요" (owner trial 12: kept as the note): no note; the note closed
            # and what happened asked for, the next message read as anywhere (a report)
            turn.say("coaching-checkin-new-problem")
            close(turn)
            return
        corrected = await _corrected(turn, checkin_id)
        if corrected is not None and turn.services.understander.retold_alone(turn.text):
            # "actually scratch that, it got worse", "아 아니다 더 심해졌어요" (stop 56: kept as the
            # note, "📝 Noted", and the note closed): the answer taken back, which is no note; the
            # new one said back, with the plan's new advice if it changed, and the note still asked;
            # the words the first answer was typed with go with it (stop 57). Another outcome only
            # stated in the note ("kinda worse?" after "will try this weekend") keeps both words
            await _drop_answer_words(turn, checkin_id)
            say(turn, "coaching-checkin-replaced", name, outcome=turn.t(f"coaching-outcome-{corrected[0]}"))
            if corrected[1] is not None:
                say(turn, corrected[1], name, outcome=str(corrected[0]))
            turn.state.data["asked_at"] = dt.datetime.now(dt.UTC).isoformat()
            turn.reply(_note_prompt(turn))
            return
        if await turn.session.set_checkin_note(checkin_id, turn.user.id, await _with_words(turn, checkin_id)):
            if corrected is None:
                say(turn, "coaching-checkin-note-saved", name)
            else:
                outcome = turn.t(f"coaching-outcome-{corrected[0]}")
                say(turn, "coaching-checkin-note-corrected", name, outcome=outcome)
                if corrected[1] is not None:
                    say(turn, corrected[1], name, outcome=str(corrected[0]))
        if u is not None and u.reason == OTHER_OPTION_LABEL:
            # the worst reaction's survey label typed as the note ("물었음 (상처 있음)", "Bite with
            # injury"; stop 57): its card and red flag came first (router), the words are the
            # note, and, as with nothing open (`label`), one time it happened is asked for: the
            # bite is told as a report next, the check-in closed
            label.ask_for_incident(turn)
        close(turn)
        return
    if parsed_sorry(turn):
        # "sry", "미안해요" at "how did it go?" (owner trial 11: "please pick one"): a kind line, and
        # the question again
        turn.say("coaching-checkin-sorry")
        await reprompt(turn)
        return
    parsed = parse_choice(picks[0]) if len(picks) == 1 else None
    if parsed is None and u is not None and isinstance(u.answer, DontKnow):
        # "잘 모르겠어요", "not sure": no outcome to record ("same" twice would change the plan
        # for nothing); how to tell, and that the question can wait
        turn.say("coaching-checkin-unsure")
        await reprompt(turn)
        return
    if parsed is None and u is not None and u.reason == OUTCOME_BARE_NO:
        # "nope", "아니요" (English owner trial 30: stored as the same): no change, or not tried?
        turn.say("coaching-checkin-which-no")
        await reprompt(turn)
        return
    if parsed is None and u is not None and _good_and_bad(u.answer):
        # "반반? 어제는 괜찮았는데 오늘은 또 짖었어요", "mixed tbh, good days and bad days" (stop 50:
        # asked which one overall, the question twice, and only the next word "그대로인듯" kept as
        # the note): better and worse at once is "the same", its words the note, said so
        say(turn, "coaching-checkin-read-mixed", await _checkin_dog(turn, checkin_id))
        await answer(turn, checkin_id, Outcome.SAME, words=turn.text)
        return
    if parsed is None and u is not None and _mixed(u.answer):
        # "kinda? it worked 2 out of 5 times": better and the same at once, neither recorded;
        # which one overall
        turn.say("coaching-checkin-mixed")
        await reprompt(turn)
        return
    if parsed is None and _new_problem(turn):
        # "다른 문제가 생겼어요", "but a different problem came up" at "how did it go?" (owner trial
        # 12: "please pick one"): as at the note, what happened is asked for and the next message
        # read as anywhere (a report); the check-in is left unanswered (nothing said of the plan)
        turn.say("coaching-checkin-new-problem")
        close(turn)
        return
    if parsed is None and _health_told(turn):
        # "배탈은 다 나았어요", "tummy bug is gone, he's eating again" (stop 49, owner trial: "please
        # pick one", as if nothing were said): news of the dog, said back kindly and kept for the
        # note; the step's own outcome is still asked (health news is no outcome of a behaviour
        # plan, owner trial 31)
        turn.state.data[HEALTH_NEWS] = "\n".join(filter(None, (turn.state.data.get(HEALTH_NEWS), turn.text)))
        turn.say("coaching-checkin-health-news")
        await reprompt(turn)
        return
    if parsed is None:
        turn.say("coaching-checkin-reask")
        await reprompt(turn)
        return
    await answer(turn, *parsed, words=_words(turn, parsed[1]))


def _health_told(turn: Turn) -> bool:
    """The message at the question is news of the dog's health (`Understander.health_update`)
    naming no behaviour of the plan followed up (as `_health_news` reads it at a check-in asked)."""
    understander = turn.services.understander
    category = turn.state.data.get("category")
    if not understander.health_update(turn.text):
        return False
    return not (isinstance(category, str) and understander.names_category(turn.text, category))


def _new_problem(turn: Turn) -> bool:
    """The message announces a new problem and tells nothing of it, as the note reads it
    (`reason` "note-new-problem": another problem named, no behaviour, nothing dated, no alarm)."""
    if turn.incoming.choice is not None:
        return False
    note = Context(Expect.NOTE, (Option(SKIP_NOTE, "coaching-checkin-note-skip", numbered=False),))
    return turn.services.understander.understand(turn.text, note).reason == "note-new-problem"


def parsed_sorry(turn: Turn) -> bool:
    """An apology alone at "how did it go?" ("sry", "미안해요"), read as it is with nothing open."""
    u = turn.understanding
    if u is None or u.kind is Kind.CHOICE or turn.incoming.choice is not None:
        return False
    read = turn.services.understander.understand(turn.text, Context())
    return read.kind is Kind.SMALL_TALK and read.talk == "sorry"


async def _corrected(turn: Turn, checkin_id: int) -> tuple[Outcome, str | None] | None:
    """The note at "anything to add?" states another outcome than the one answered ("해볼 시간이
    없었어요", "haven't had time to try it" after "better"; owner trial 11: kept as a note only):
    the check-in's outcome changed to it, and the plan's decision taken again (`decide_again`);
    returned with the new advice's message when that decision changed; None when it states none,
    the same, or tells an incident besides."""
    checkin = await turn.session.get_checkin(checkin_id)
    if checkin is None or checkin.user_id != turn.user.id or checkin.outcome is None:
        return None
    options = outcome_options(checkin_id, casual=False)
    read = turn.services.understander.understand(
        turn.text, Context(Expect.CHOICE, options, about=checkin.category)
    )
    if read.kind is not Kind.CHOICE or len(read.picks) != 1 or read.incident or read.safety:
        return None
    if read.reason in ("outcome-still", "outcome-stopped"):
        # the behaviour told as it goes on, or as it stopped ("밤에는 안 짖어요" after "the same"):
        # what it does, no outcome stated
        return None
    parsed = parse_choice(read.picks[0])
    if parsed is None or parsed[1] == checkin.outcome:
        return None
    if parsed[1] is Outcome.NOT_TRIED and _plan_only(turn):
        # "주말에 해볼게요", "will try it again this weekend" after "better" (owner trial 17:
        # "계속 해볼게요" replaced it with "didn't try"): a plan, the note, no outcome taken back
        return None
    if not await turn.session.correct_checkin_outcome(checkin_id, turn.user.id, parsed[1]):
        return None
    advice = await decide_again(turn, checkin) if turn.state.data.get(DECIDED) else None
    return parsed[1], advice


def _plan_only(turn: Turn) -> bool:
    """The note is a plan, as it reads with nothing open (small talk `plan`: "해볼게요", "will keep
    doing it"), with no words saying it was not tried (`understanding-outcome-not-tried-said`)."""
    understander = turn.services.understander
    if understander.vocabulary["understanding-outcome-not-tried-said"].contains(Folded(turn.text)):
        return False  # "못 해봤어요 주말에 해볼게요": not tried, said
    read = understander.understand(turn.text, Context())
    return read.kind is Kind.SMALL_TALK and read.talk == "plan"


async def decide_again(turn: Turn, checkin: CheckinRow) -> str | None:
    """The plan's keep / adjust / get help decided again with the check-in's corrected outcome
    (owner trial 12: a plan renewed on "better" stayed renewed after "actually it got worse"):
    kept, it is renewed and asked about again; else its next check-in is dropped and its status
    set. Returns the new advice's message when the decision changed, else None (nothing done).
    Only for a check-in whose answer made the decision (`DECIDED`) on a plan no newer one took
    over since."""
    session, user = turn.session, turn.user
    plan = await session.get_plan(checkin.plan_id)
    if plan is None or plan.status == PlanStatus.REPLACED:
        return None
    now = dt.datetime.now(dt.UTC)
    policy = turn.services.checkin_policy
    answered = await session.answered_checkins(user.id, checkin.dog_id, checkin.category)
    zone = await owner_zone(session, user.id, policy)
    red_flag = bool(await flags_since(session, user.id, checkin.dog_id, plan.started_at))
    advice = advise(
        [to_checkin(c) for c in answered], now=now, policy=policy, timezone=zone, red_flag=red_flag
    )
    if advice.plan_status == plan.status:
        return None  # the same decision: the plan as it is (renewed, or to be changed)
    if advice.advice is Advice.KEEP and advice.next_checkin_at is not None:
        await session.renew_plan(plan.id, advice.next_checkin_at)
        await session.add_checkin(plan, advice.next_checkin_at)
    else:
        await session.set_plan_status(plan.id, advice.plan_status)
        await session.skip_plan_checkins(plan.id, "corrected")
    return advice.message_id


def just_answered(checkin: CheckinRow, now: dt.datetime) -> bool:
    """Answered a moment ago (`CORRECTED_WITHIN`): an answer now is the owner correcting it."""
    return (
        checkin.status == "answered"
        and checkin.answered_at is not None
        and now - checkin.answered_at <= CORRECTED_WITHIN
    )


async def replace_answer(turn: Turn, checkin: CheckinRow, outcome: Outcome, words: str | None) -> None:
    """A check-in answered a moment ago, told otherwise in words that take it back ("아 아니 좀
    나아졌어요", "actually no, …"): the owner corrected themselves, so the newer answer is the
    check-in's, said so (owner trial 14: "해봤는데 그대로예요" then "아 아니 좀 나아졌어요" were two
    check-ins, both counted towards the plan). Another outcome replaces the earlier one, with its
    words as the note, and a check-in that was asked (its answer decided the plan) has the plan
    decided again (`decide_again`); the same outcome told again keeps the words beside the
    earlier ones. (A second tap on the question's buttons stays refused: `answer`.)"""
    session, user = turn.session, turn.user
    if checkin.outcome == outcome:
        if words:
            note = f"{checkin.note}\n{words}" if checkin.note else words
            await session.set_checkin_note(checkin.id, user.id, note)
            say(turn, "coaching-checkin-note-saved", await named_dog(session, user.id, checkin.dog_id))
        else:
            turn.refuse("coaching-checkin-answered")
        return
    name = await named_dog(session, user.id, checkin.dog_id)
    await session.correct_checkin_outcome(checkin.id, user.id, outcome)
    if words:
        await session.set_checkin_note(checkin.id, user.id, words)
    say(turn, "coaching-checkin-replaced", name, outcome=turn.t(f"coaching-outcome-{outcome}"))
    if checkin.sent_at is not None:  # asked, its answer decided the plan: decided again
        advice = await decide_again(turn, checkin)
        if advice is not None:
            say(turn, advice, name, outcome=str(outcome))


def _words(turn: Turn, outcome: Outcome) -> str | None:
    """The typed answer kept as the check-in's note when it says more than the answer's label
    ("he only chewed once this week": owner trial 10, the words lost); None for the label alone."""
    if turn.incoming.choice is not None or turn.messages.matches(turn.text, f"coaching-outcome-{outcome}"):
        return None
    return turn.text


async def _with_words(turn: Turn, checkin_id: int) -> str:
    """The note typed after "anything to add?", after the words the answer was typed with, if any."""
    checkin = await turn.session.get_checkin(checkin_id)
    kept = checkin.note if checkin is not None else None
    return f"{kept}\n{turn.text}" if kept else turn.text


def _mixed(answer: object) -> bool:
    """Two of the four answers read in one message."""
    if not isinstance(answer, Unclear) or not isinstance(answer.understood, tuple):
        return False
    return sum(parse_choice(str(c)) is not None for c in answer.understood) >= 2


def _good_and_bad(answer: object) -> bool:
    """ "Better" and "worse" both read in one message: good days and bad days, the same overall."""
    if not isinstance(answer, Unclear) or not isinstance(answer.understood, tuple):
        return False
    read = {parsed[1] for c in answer.understood if (parsed := parse_choice(str(c))) is not None}
    return {Outcome.BETTER, Outcome.WORSE} <= read


async def handle_choice(turn: Turn) -> None:
    """A `checkin:` button, whatever flow is open: an answer, "nothing to add", on or off."""
    choice = turn.incoming.choice or ""
    interrupted = turn.state.flow not in (None, FLOW)
    if choice.startswith(TIME_PREFIX):
        await _time_choice(turn, choice)
        return
    if choice in (ON, OFF):
        await _set(turn, opt_out=choice == OFF)
    elif choice == SKIP_NOTE:
        say(turn, "coaching-checkin-note-skipped", _state_dog(turn))
        if turn.state.flow == FLOW:
            close(turn)
    else:
        parsed = parse_choice(choice)
        if parsed is None:
            turn.refuse("stale-button")
            return
        await answer(turn, *parsed)
    if interrupted:
        turn.resume_flow()


async def reprompt(turn: Turn) -> None:
    """The open question again (after /help, or an answer that was not one of the four). The note
    ("anything to add?") only after a turn about the check-in itself (`_about_the_checkin`: "what
    was the step again?", stop 44), its check-in still there; after anything else the owner moved
    on (stop 57 trial fault 14: asked again after an old result's tap, the dog list, and after its
    dog was removed) and, left open, it would take the next message, whatever it is, as the note:
    closed, the outcome kept (the note is optional)."""
    checkin_id = int(turn.state.data.get("checkin_id") or 0)
    if turn.state.step == NOTE:
        checkin = await turn.session.get_checkin(checkin_id) if _about_the_checkin(turn) else None
        if checkin is None or checkin.user_id != turn.user.id:
            close(turn)
            return
        turn.reply(_note_prompt(turn))
        return
    checkin = await turn.session.get_checkin(checkin_id)
    plan = await turn.session.get_plan(checkin.plan_id) if checkin is not None else None
    if checkin is None or plan is None or checkin.user_id != turn.user.id or checkin.outcome is not None:
        turn.state = ConversationState()
        return
    turn.reply(question(turn.t, checkin.id, plan.next_step, await dog_name(turn.session, checkin.dog_id)))


def at_note(turn: Turn) -> bool:
    """A check-in's note ("anything to add?") is the open question."""
    return turn.state.flow == FLOW and turn.state.step == NOTE


def close_note_moved_on(turn: Turn) -> None:
    """After a turn that began at the note: a command or another message's button that left the
    note open without asking it again (a view: the dog list, a result; stop 57 trial fault 14,
    the owner's next words then kept as the note) closes it, unless it was about the check-in
    (`_about_the_checkin`: "what was the step again?" shows the step, the note still open)."""
    if not at_note(turn) or _about_the_checkin(turn):
        return
    u, choice = turn.understanding, turn.incoming.choice
    tapped_elsewhere = choice is not None and not choice.startswith(PREFIX)
    if tapped_elsewhere or (choice is None and u is not None and u.kind is Kind.COMMAND):
        close(turn)


def _about_the_checkin(turn: Turn) -> bool:
    """The turn asked, in words or by its command, for what the check-in is about (the step, the
    week, the progress: `NOTE_KEPT_BY`) or for help: the note is still being answered. A button of
    an older message, another view or anything else: the owner moved on."""
    u = turn.understanding
    return (
        turn.incoming.choice is None
        and u is not None
        and u.kind is Kind.COMMAND
        and (u.command or "") in NOTE_KEPT_BY
    )


def _note_prompt(turn: Turn) -> Reply:
    skip = turn.choice(SKIP_NOTE, "coaching-checkin-note-skip")
    name = _state_dog(turn)
    text = turn.t("coaching-checkin-note-dog", name=name) if name else turn.t("coaching-checkin-note")
    return Reply(text, (skip,), free_text=True)


def _state_dog(turn: Turn) -> str | None:
    """The dog named in the check-in's state (`DOG`): set when the owner has more than one."""
    name = turn.state.data.get(DOG) if turn.state.flow == FLOW else None
    return name if isinstance(name, str) and name else None


async def _checkin_dog(turn: Turn, checkin_id: int) -> str | None:
    """The check-in's dog named, the owner having more than one (`named_dog`)."""
    checkin = await turn.session.get_checkin(checkin_id)
    return await named_dog(turn.session, turn.user.id, checkin.dog_id) if checkin is not None else None


async def _drop_answer_words(turn: Turn, checkin_id: int) -> None:
    """The answer taken back at the note in words that take it back ("actually scratch that, it
    got worse", `Understander.retold_alone`): the words it was typed with (`ANSWER_WORDS`, "better,
    he barks less with treats") go with it, the rest of the note kept (health news told before
    it). Stop 57: they stayed the note of the answer the owner took back."""
    words = turn.state.data.pop(ANSWER_WORDS, None)
    checkin = await turn.session.get_checkin(checkin_id)
    if not isinstance(words, str) or not words or checkin is None or not checkin.note:
        return
    if checkin.note == words:
        kept: str | None = None
    elif checkin.note.endswith(f"\n{words}"):
        kept = checkin.note.removesuffix(f"\n{words}")
    else:
        return
    await turn.session.set_checkin_note(checkin_id, turn.user.id, kept)


async def answer(
    turn: Turn, checkin_id: int, outcome: Outcome, *, words: str | None = None, note: bool = True
) -> None:
    """Record the answer, advise keep / adjust / get help, update the plan, offer a note.
    `words`: the answer as typed, kept as its note; `note`: False when the message is a report as
    well (the report's own replies follow, no "anything to add?")."""
    session, user = turn.session, turn.user
    now = dt.datetime.now(dt.UTC)
    checkin = await session.get_checkin(checkin_id)
    if checkin is None or checkin.user_id != user.id:
        turn.refuse("stale-button")
        return
    if not await session.answer_checkin(checkin_id, user.id, outcome, now):
        turn.refuse("coaching-checkin-answered")
        return
    news = turn.state.data.pop(HEALTH_NEWS, None) if turn.state.flow == FLOW else None
    typed = words
    words = "\n".join(w for w in (news, words) if isinstance(w, str) and w) or None  # stop 49
    if words:
        await session.set_checkin_note(checkin_id, user.id, words)
    name = await named_dog(session, user.id, checkin.dog_id)
    plan = await session.get_plan(checkin.plan_id)
    policy = turn.services.checkin_policy
    if plan is None or plan.status != "active":  # a newer plan took over meanwhile: noted, no advice
        say(turn, "coaching-checkin-thanks", name)
        if turn.state.flow == FLOW:
            close(turn)
        return
    answered = await session.answered_checkins(user.id, checkin.dog_id, checkin.category)
    zone = await owner_zone(session, user.id, policy)
    red_flag = bool(await flags_since(session, user.id, checkin.dog_id, plan.started_at))
    advice = advise(
        [to_checkin(c) for c in answered], now=now, policy=policy, timezone=zone, red_flag=red_flag
    )
    if advice.advice is Advice.KEEP and advice.next_checkin_at is not None:
        await session.renew_plan(plan.id, advice.next_checkin_at)
        plan.checkin_due_at = advice.next_checkin_at
        await session.add_checkin(plan, advice.next_checkin_at)
    else:
        await session.set_plan_status(plan.id, advice.plan_status)
    if words and outcome is Outcome.SAME and _went_ok(turn, words):
        # "ya it went ok i guess", "it was fine": tried, nothing said to be better; "the same",
        # and said so, with how to say "better" instead (owner trial 12)
        say(turn, "coaching-checkin-read-ok", name)
    say(turn, advice.message_id, name, outcome=str(outcome))  # the red flag's line says the answer too
    if note and can_ask(turn.state):
        aside = turn.state.data.get(ASIDE) if turn.state.flow == FLOW else None
        data: dict[str, object] = {"checkin_id": checkin_id, "asked_at": now.isoformat(), DECIDED: True}
        if name:
            data[DOG] = name
        if typed:
            data[ANSWER_WORDS] = typed
        if aside:
            data[ASIDE] = aside  # the survey's question comes back after the note
        category = turn.state.data.get("category") if turn.state.flow == FLOW else None
        if category:  # the behaviour followed up: another told with "also" is a report too (stop 52)
            data["category"] = category
        turn.state = ConversationState(FLOW, NOTE, data)
        turn.reply(_note_prompt(turn))


def _went_ok(turn: Turn, words: str) -> bool:
    """The answer says the step went all right, no more ("went ok", "it was fine", "무난했어요";
    `understanding-outcome-ok`): read as "the same", which the reply says."""
    return turn.services.understander.vocabulary["understanding-outcome-ok"].contains(Folded(words))


async def offer_due(turn: Turn, *, over: bool = False) -> None:
    """At the owner's own message: a due check-in not shown yet (nothing could push it, or the
    push failed) is asked after this turn's replies, and marked sent with the turn; one shown and
    never answered is asked again when the owner comes back with small talk ("hey": `_came_back`,
    owner trial 10). `over`: the
    owner came back ("hey") with another question open (a survey's): the check-in is asked
    instead of it, that question set aside and asked again once the check-in is done (English
    owner trial: a survey left open blocked the check-in for days)."""
    if turn.erased or turn.incoming.choice is not None or turn.state.flow == FLOW:
        return
    if turn.state.flow is not None and not over:
        return
    now = dt.datetime.now(dt.UTC)
    target = await turn.session.take_due_checkin(turn.user.id, now)
    if target is not None:
        checkin, step = target.checkin, target.next_step
    else:
        unanswered = await _unanswered(turn) if _came_back(turn) else None
        if unanswered is None:
            return
        checkin, step = unanswered
    aside = _aside(turn.state)
    turn.resuming = False  # the set-aside question comes back after the check-in, not now
    turn.reply(question(turn.t, checkin.id, step, await dog_name(turn.session, checkin.dog_id)))
    turn.state = asking_state(checkin.id, now, checkin.category, aside=aside)


def _came_back(turn: Turn) -> bool:
    """The owner's message is small talk they come back with ("hey", "ㅇㅋ": `RETURN_TALK`)."""
    u = turn.understanding
    return u is not None and u.kind is Kind.SMALL_TALK and u.talk in RETURN_TALK


async def _unanswered(turn: Turn) -> tuple[CheckinRow, str] | None:
    """The newest check-in shown and not answered whose plan is still active (`_open`, however
    long ago: past `ASK_TTL` it no longer takes any message, but it is still the question the
    owner never answered), with its plan's step; None when there is none."""
    checkin = await _open(turn)
    if checkin is None:
        return None
    plan = await turn.session.get_plan(checkin.plan_id)
    return (checkin, plan.next_step) if plan is not None else None


async def told(turn: Turn, u: Understanding, *, weak: bool = False) -> bool:
    """A check-in due or shown and not answered while another question (a survey's) kept it from
    taking the owner's message, and the message reads as its answer ("a bit better, he barked for
    10 min instead of the whole time", "조금 나아졌어요", "he only barked once"): that check-in
    answered, the question set aside asked again once it is done; never a new incident (English
    owner trial: analysed as one). `u`: the message as read with what is open; an answer to that
    (a survey's choice or value) stays its answer, unless `weak`: the open question takes nearly
    any text (the name: "조금 나아졌어요" is no name). False, nothing done, otherwise."""
    if turn.incoming.choice is not None or u.kind in (Kind.CHOICE, Kind.COMMAND, Kind.CORRECTION):
        return False
    if u.kind is Kind.ANSWER and isinstance(u.answer, Value | Approximate) and not weak:
        return False
    now = dt.datetime.now(dt.UTC)
    target = await turn.session.due_checkin(turn.user.id, now)
    shown = None if target is not None else await _shown(turn, now)
    checkin = target.checkin if target is not None else shown
    if checkin is None:
        await _report_opened(turn, u, None, now)
        return False
    read = turn.services.understander.understand(
        turn.text, Context(Expect.CHOICE, outcome_options(checkin.id), about=checkin.category)
    )
    if target is None and read.reason == CANCEL_AFTER and read.split:
        # words and a cancel ("ㄴ 고양이라 안됨 ㅋㅋ 취소", "didn't try, cancel") for the check-in
        # on screen, a survey question open too (stop 52, owner trial: a bad name at the name
        # question, the check-in left as if unheard): its cancel, as at the check-in alone (stop
        # 51), then the survey's question again
        turn.state = asking_state(checkin.id, now, checkin.category, aside=_aside(turn.state))
        turn.understanding = read
        return await cancelled_with_words(turn)
    parsed = parse_choice(read.picks[0]) if read.kind is Kind.CHOICE and len(read.picks) == 1 else None
    if (
        parsed is None
        or read.incident
        or read.safety
        or (target is not None and _unasked_other(turn, read, u))
    ):
        await _report_opened(turn, u, target, now)
        return False
    if _health_news(turn, checkin, asked=target is None):
        return False  # "병원 다녀왔는데 장염이래요 … 많이 좋아졌어요": the dog's health, not the step's
    if target is not None:
        await turn.session.take_due_checkin(turn.user.id, now)  # shown with this turn: its answer
    turn.state = asking_state(checkin.id, now, checkin.category, aside=_aside(turn.state))
    turn.understanding = read
    await answer(turn, *parsed, words=_words(turn, parsed[1]))
    return True


def _unasked_other(turn: Turn, read: Understanding, u: Understanding) -> bool:
    """A check-in due and never shown (nothing could push it: Kakao without its Event API, the
    terminal) takes the owner's message only when it says how the step went in outcome words ("a
    bit better, he only barked twice", "똑같아요 아직 짖어요"). A behaviour told as it goes on, with
    no outcome word ("he keeps pulling on the leash on walks", "계속 짖어요 손님 오면": `reason`
    "outcome-still"), or a question, is what it is with nothing open: a report, the coach's
    question; the check-in is asked after it (`offer_due`). Owner trial 33, Kakao: "산책할때 줄을
    계속 당겨요" was stored whole as the note of a "the same" the owner was never asked."""
    idle = u if turn.state.flow is None else turn.services.understander.understand(turn.text, Context())
    if idle.reason == "tried-told":
        return False  # "어제 해봤는데 아직도 짖어요": how trying the step went, its answer
    return read.reason == "outcome-still" or idle.kind is Kind.QUESTION


def _health_news(turn: Turn, checkin: CheckinRow, *, asked: bool) -> bool:
    """The message is news of the dog's health (a vet visit, an illness, medicine:
    `Understander.health_update`) and no answer about the behaviour plan: the check-in not asked
    yet (`asked` False: due, not shown), or asked and the message names no behaviour of its plan
    (owner trial 31: "저 왔어요~ 까미 병원 다녀왔는데 장염이래요 약 먹고 많이 좋아졌어요" with a check-in
    due was stored as "better" for the motorbike-fear plan, the question never shown)."""
    understander = turn.services.understander
    if not understander.health_update(turn.text):
        return False
    return not asked or not understander.names_category(turn.text, checkin.category)


async def _report_opened(
    turn: Turn, u: Understanding, target: CheckinTarget | None, now: dt.datetime
) -> None:
    """A report that opens with an outcome word while a check-in is open ("honestly worse, he
    lunged at a kid's dog yesterday"; owner trial 10: only a report, "worse" never recorded): the
    outcome recorded against the plan, the words its note, and the message left to the caller to
    keep as a report (a new incident). Nothing done otherwise.

    Even a check-in asked longer ago than `ASK_TTL`: that limit only stops an old question from
    taking any message as its answer; an outcome said outright, first, answers it. The limit kept
    is the plan's: `CheckinPolicy.lapse` is how long an unanswered check-in holds its plan
    against a new report's step, and past it the report may replace the plan; so a check-in
    counts while its plan is still the active one (a replaced or adjusted plan takes no answer).
    Recorded before the report is analysed, its advice ("worse": adjust) frees the plan for the
    report's new step, as a tap on the question would have. `target`: the check-in due now, as
    `told` already read it (None: none due)."""
    if u.kind is not Kind.REPORT:
        return
    checkin = target.checkin if target is not None else await _open(turn)
    if checkin is None:
        return
    parsed = _opening(turn, checkin)
    if parsed is None:
        return
    if target is not None:
        await turn.session.take_due_checkin(turn.user.id, now)
    await answer(turn, *parsed, words=turn.text, note=False)


async def _open(turn: Turn) -> CheckinRow | None:
    """The newest check-in shown and not answered whose plan is still active, however long ago."""
    for row in await turn.session.open_checkins(turn.user.id):
        plan = await turn.session.get_plan(row.plan_id)
        if row.status in SHOWN and plan is not None and plan.status == "active":
            return row
    return None


def _opening(turn: Turn, checkin: CheckinRow) -> tuple[int, Outcome] | None:
    """The one outcome a short first clause says with an outcome word ("honestly worse", "솔직히
    더 심해졌어요"); not a report that only tells the behaviour as it goes on ("he keeps barking at
    the door whenever guests come": no answer to the check-in, even if it reads as "the same")."""
    head = turn.text
    for mark in (",", ".", "!", ";", "\n"):
        head = head.split(mark, 1)[0]
    if len(head.split()) > OPENING_WORDS:
        return None
    read = turn.services.understander.understand(
        head, Context(Expect.CHOICE, outcome_options(checkin.id), about=checkin.category)
    )
    if read.kind is not Kind.CHOICE or len(read.picks) != 1 or read.reason == "outcome-still":
        return None
    return parse_choice(read.picks[0])


async def _shown(turn: Turn, now: dt.datetime) -> CheckinRow | None:
    """The newest check-in shown (pushed) and not answered, asked less than `ASK_TTL` ago, or
    being pushed now: Telegram shows the question before the push is settled, and an answer typed
    in that gap was a new incident (CI of stop 31, under load)."""
    for row in await turn.session.open_checkins(turn.user.id):
        if row.status == "sending":
            return row
        if row.status == "sent" and row.sent_at is not None and now - row.sent_at < ASK_TTL:
            return row
    return None


def _aside(state: ConversationState) -> dict[str, Any] | None:
    """The open question a check-in is asked over (a survey's), to be asked again after it."""
    if state.flow is None or state.flow == FLOW:
        return None
    return {"flow": state.flow, "step": state.step, "data": dict(state.data)}


async def cancelled_with_words(turn: Turn) -> bool:
    """Words and then a cancel at "how did it go?" or its note ("ㄴ 고양이라 안됨 ㅋㅋ 취소"; stop 51
    owner trial: "please pick one", the cancel and the words both lost). At the question: the
    check-in left unanswered for now, as a bare cancel leaves it, and the words said back, so the
    owner sees what was read and that no outcome was taken from them (its outcome is one of its
    four answers). At the note (the answer recorded): the words are the note, then it closes. The
    question it was asked over comes back (`close`). False, nothing done, for anything else."""
    u = turn.understanding
    if turn.state.flow != FLOW or u is None or u.reason != CANCEL_AFTER or not u.split:
        return False
    checkin_id = int(turn.state.data.get("checkin_id") or 0)
    if turn.state.step == NOTE:
        kept = await turn.session.get_checkin(checkin_id)
        note = f"{kept.note}\n{u.split}" if kept is not None and kept.note else u.split
        if await turn.session.set_checkin_note(checkin_id, turn.user.id, note):
            say(turn, "coaching-checkin-note-saved", _state_dog(turn))
    else:
        say(turn, "coaching-checkin-cancelled-said", await _checkin_dog(turn, checkin_id), said=u.split)
    close(turn)
    return True


def close(turn: Turn) -> None:
    """The check-in done (answered, its note kept or skipped, or left for a report): the question
    it was asked over, if any, open again and asked (`Turn.resume_flow`); else nothing open."""
    aside = turn.state.data.get(ASIDE) if turn.state.flow == FLOW else None
    if isinstance(aside, dict) and aside.get("flow"):
        turn.state = ConversationState(str(aside["flow"]), aside.get("step"), dict(aside.get("data") or {}))
        turn.resume_flow()
        return
    turn.state = ConversationState()


# -- /checkins on | off ---------------------------------------------------------------------------


async def command(turn: Turn) -> None:
    """`/checkins off`, `/checkins on` (words in either language), or `/checkins` to see and switch."""
    args = turn.understanding.argument if turn.understanding is not None else ""
    if args == "off" or (args and turn.messages.matches(args, "coaching-checkins-off-button")):
        await _set(turn, opt_out=True)
    elif args == "on" or (args and turn.messages.matches(args, "coaching-checkins-on-button")):
        await _set(turn, opt_out=False)
    else:
        text, choice = await status(turn)
        timed = (turn.choice(TIME_ASK, "coaching-checkin-time-button"),) if pushed(turn) else ()
        turn.reply(Reply(text, (choice, *timed)))
        return
    turn.resume_flow()


async def _set(turn: Turn, *, opt_out: bool) -> None:
    await switch(turn, opt_out=opt_out)
    turn.say("coaching-checkins-off" if opt_out else "coaching-checkins-on")


async def switch(turn: Turn, *, opt_out: bool) -> None:
    """Check-ins off (or on), saying nothing: a check-in waiting for its answer is closed too."""
    await turn.session.set_checkins_opt_out(turn.user.id, opt_out)
    if opt_out and turn.state.flow == FLOW:
        turn.state = ConversationState()


async def status(turn: Turn) -> tuple[str, Choice]:
    """Whether check-ins are on, and the button that switches them."""
    off = await turn.session.checkins_opt_out(turn.user.id)
    choice = (
        turn.choice(ON, "coaching-checkins-on-button")
        if off
        else turn.choice(OFF, "coaching-checkins-off-button")
    )
    if off:
        return turn.t("coaching-checkins-status-off"), choice
    at = await turn.session.checkin_time(turn.user.id)
    if at is not None:  # the chosen time beside the on state ("around 8 pm")
        return turn.t("coaching-checkins-status-on-at", time=clock_text(turn.t, at)), choice
    return turn.t("coaching-checkins-status-on"), choice


# -- /checkintime: the time of day check-ins come at ----------------------------------------------


def pushed(turn: Turn) -> bool:
    """The owner's channel can be sent a check-in first, at the time they choose (Kakao without
    its Event API and the terminal cannot: asked at the owner's next message, `offer_due`)."""
    return turn.user.channel not in turn.services.unpushed


def clock_text(t: Translator, at: dt.time) -> str:
    """A time of day as the owner reads it ("오후 8시 반", "8:30 pm")."""
    part = "am" if at.hour < 12 else "pm"
    hour = at.hour % 12 or 12
    return t("coaching-clock", part=part, clock_hour=hour, clock_minute=at.minute)


def time_context(turn: Turn) -> Context:
    """The question of the time: its four times and "any time" by their words, and a time typed
    ("저녁 7시", "8:30 pm": read by the understanding service at `CLOCK`, over the options)."""
    options = tuple(
        Option(f"{TIME_PREFIX}{hhmm(at)}", f"coaching-checkin-time-{name}", numbered=False, in_sentence=False)
        for name, at in TIMES
    )
    anytime = Option(TIME_ANY, "coaching-checkin-time-any", numbered=False)
    return Context(Expect.CHOICE, (*options, anytime), about=CLOCK)


async def time_command(turn: Turn) -> None:
    """`/checkintime`, "알림 시간", "notification time": the time asked with a few choices; with a
    time said ("알림은 저녁 8시쯤 보내주세요", "remind me at 8pm"; owner trial 28) it is set and
    repeated. The owner's time wins over the operator's quiet hours (a time inside them is the
    owner's choice; `schedule.at_chosen_time`); "알림 꺼줘" still turns check-ins off."""
    argument = turn.understanding.argument if turn.understanding is not None else ""
    at = parse_hhmm(argument or "")
    if not pushed(turn):
        if at is not None:  # "저녁 여덟시로 해주십시오" (owner trial 61): the time heard, said back
            turn.say("coaching-checkin-time-no-push-heard", time=clock_text(turn.t, at))
        else:
            turn.say("coaching-checkin-time-no-push")
            turn.state.data[TIME_NO_PUSH_SAID] = True  # "8pm" next is the time wanted (`time_after_no_push`)
        turn.resume_flow()
        return
    if at is not None:
        await _set_time(turn, at)
        turn.resume_flow()
        return
    read = turn.services.understander.clock.read(turn.text) if not turn.text.startswith("/") else None
    if read is not None and read.ambiguous:
        await _ask_which(turn, read)
        return
    await ask_time(turn, unread=read is not None)


async def time_after_no_push(turn: Turn) -> bool:
    """The message right after "I can't send check-ins at a set time here" (`time_command` where
    nothing is sent first): a time alone ("8pm", "저녁 8시", "8시", a time's button words) is the
    time the owner wanted, said back as understood with why it cannot be kept, nothing stored (as
    the no-push line promises); what was open is asked again. False, nothing done, for anything
    else, or a button tapped. Stop 52 (helper glue52, Kakao): "8pm" was added to the last report
    as its detail and analysed again."""
    if not turn.state.data.pop(TIME_NO_PUSH_SAID, None) or turn.incoming.choice is not None or pushed(turn):
        return False
    u = turn.services.understander.understand(turn.text, time_context(turn))
    at: dt.time | None = None
    if u.kind is Kind.ANSWER and isinstance(u.answer, Value):
        at = parse_hhmm(str(u.answer.value))
    elif u.kind is Kind.CHOICE and len(u.picks) == 1 and u.picks[0].startswith(TIME_PREFIX):
        at = parse_hhmm(u.picks[0].removeprefix(TIME_PREFIX))
    if at is not None:
        turn.say("coaching-checkin-time-no-push-heard", time=clock_text(turn.t, at))
        turn.resume_flow()
        return True
    read = turn.services.understander.clock.read(turn.text, asked=True)
    if u.kind is Kind.ANSWER and read is not None and read.ambiguous and read.at and read.evening:
        said = (clock_text(turn.t, read.at), clock_text(turn.t, read.evening))
        turn.say("coaching-checkin-time-no-push-heard-either", morning=said[0], evening=said[1])
        turn.resume_flow()
        return True
    return False


async def ask_time(turn: Turn, *, unread: bool = False) -> None:
    """The question of the time, with its choices (their `.short` labels on Kakao) and a typed
    time taken; `unread`: a time was said and could not be read, which is said first."""
    if unread:
        _unread(turn)
    suspend(turn, TIME_FLOW, "ask")
    current = await turn.session.checkin_time(turn.user.id)
    text = (
        turn.t("coaching-checkin-time-ask-current", time=clock_text(turn.t, current))
        if current is not None
        else turn.t("coaching-checkin-time-ask")
    )
    turn.reply(Reply(text, _time_choices(turn), free_text=True))


async def _ask_which(turn: Turn, read: ClockRead) -> None:
    """An hour said with no part of the day ("8시", "at 8"; owner trial: stored as 08:00 unasked):
    its morning and evening times offered as two taps, nothing stored until one is picked (or a
    part of the day typed: "오후", "pm", `EITHER`)."""
    if read.at is None or read.evening is None:
        return
    if turn.state.flow != TIME_FLOW:
        suspend(turn, TIME_FLOW, "ask")
    both = (read.at, read.evening)
    turn.state.data[EITHER] = [hhmm(at) for at in both]
    said = [clock_text(turn.t, at) for at in both]
    choices = tuple(
        turn.choice(f"{TIME_PREFIX}{hhmm(at)}", "coaching-checkin-time-pick", time=clock_text(turn.t, at))
        for at in both
    )
    turn.reply(
        Reply(
            turn.t("coaching-checkin-time-which", morning=said[0], evening=said[1]), choices, free_text=True
        )
    )


def _either_picked(turn: Turn) -> dt.time | None:
    """After "오전 8시인가요, 오후 8시인가요?" (`_ask_which`), the one a part of the day typed alone
    picks ("오후요", "저녁", "pm", "in the morning"); None for anything else."""
    either = turn.state.data.get(EITHER)
    if not (isinstance(either, list) and len(either) == 2):
        return None
    part = turn.services.understander.clock.part(turn.text)
    if part is None:
        return None
    return parse_hhmm(str(either[1] if part == "pm" else either[0]))


def _time_choices(turn: Turn) -> tuple[Choice, ...]:
    times = tuple(turn.choice(f"{TIME_PREFIX}{hhmm(at)}", f"coaching-checkin-time-{n}") for n, at in TIMES)
    return (*times, turn.choice(TIME_ANY, "coaching-checkin-time-any"))


def _unread(turn: Turn) -> None:
    """What was understood of a message that names no time of day: the hour said, past the day
    ("25시": "I read 25 o'clock…"), or no time at all ("나중에")."""
    read = turn.services.understander.clock.read(turn.text)
    if read is not None and read.at is None:
        turn.say("coaching-checkin-time-invalid", hour=read.hour)
    else:
        turn.say("coaching-checkin-time-unread", text=turn.text.strip())


async def handle_time(turn: Turn) -> None:
    """A typed message at the question of the time: a time read sets it, an option's words pick
    it; anything else is asked again, saying what was understood."""
    u = turn.understanding
    if u is not None and u.kind is Kind.ANSWER and isinstance(u.answer, Value):
        at = parse_hhmm(str(u.answer.value))
        if at is not None:
            await _set_time(turn, at)
            _close_time(turn)
            return
    if u is not None and u.kind is Kind.CHOICE and len(u.picks) == 1 and u.picks[0].startswith(TIME_PREFIX):
        await _time_choice(turn, u.picks[0])
        return
    picked = _either_picked(turn)
    if picked is not None:
        await _set_time(turn, picked)
        _close_time(turn)
        return
    read = turn.services.understander.clock.read(turn.text, asked=True)
    if read is not None and read.ambiguous:
        await _ask_which(turn, read)
        return
    _unread(turn)
    turn.reply(Reply(turn.t("coaching-checkin-time-ask"), _time_choices(turn), free_text=True))


async def reprompt_time(turn: Turn) -> None:
    """The question of the time again (after /help, or a message that was no time)."""
    turn.reply(Reply(turn.t("coaching-checkin-time-ask"), _time_choices(turn), free_text=True))


async def _time_choice(turn: Turn, choice: str) -> None:
    """A `checkin:time:` button (or its words typed): a time, any time, or the question."""
    if not pushed(turn):  # an old button, or the question asked before the channel lost its push
        if turn.state.flow == TIME_FLOW:
            restore(turn)
        turn.say("coaching-checkin-time-no-push")
        turn.resume_flow()
        return
    if choice == TIME_ASK:
        await ask_time(turn)
        return
    if choice == TIME_ANY:
        await turn.session.set_checkin_time(turn.user.id, None)
        turn.say("coaching-checkin-time-cleared")
    else:
        at = parse_hhmm(choice.removeprefix(TIME_PREFIX))
        if at is None:
            turn.refuse("stale-button")
            return
        await _set_time(turn, at)
    _close_time(turn)


def _close_time(turn: Turn) -> None:
    """The question of the time answered: what it interrupted is open again and asked."""
    if turn.state.flow != TIME_FLOW or restore(turn):
        turn.resume_flow()


async def _set_time(turn: Turn, at: dt.time) -> None:
    """Stored and repeated as understood ("오후 8시", "8 pm"); check-ins turned on if they were
    off: choosing when to get them asks for them."""
    await turn.session.set_checkin_time(turn.user.id, at)
    if await turn.session.checkins_opt_out(turn.user.id):
        await turn.session.set_checkins_opt_out(turn.user.id, False)
    turn.say("coaching-checkin-time-set", time=clock_text(turn.t, at))
    told = await zone_told_once(turn.session, turn.user.id, turn.t, turn.services.checkin_policy)
    if told:
        turn.reply(Reply(told))
