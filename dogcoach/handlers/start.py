"""/start, /help, /cancel and the answer to an unknown command."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dogcoach.domain.survey import QUESTIONS
from dogcoach.domain.types import META_SURVEY_UNFINISHED, Reply
from dogcoach.handlers import onboarding, profile, restart
from dogcoach.handlers.coaching import checkins
from dogcoach.handlers.onboarding import picking, waiting_dog
from dogcoach.handlers.onboarding.constants import NAME_HINT
from dogcoach.handlers.results.followup import SURVEY_OFFERED
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import Folded, Kind, Value

# The argument of the /start a terminal chat sends by itself when it opens: the owner came back,
# they did not ask for the start (owner trial: every restart printed the whole help).
RETURNING = "returning"
# The dog's name told with no survey open ("his name is cooper" after a report): kept in the
# state until the survey's name question offers it (acceptance trial 5, batch 66).
NAME_TOLD = "name_told"
# With `NAME_TOLD`: the name was typed as the answer to the survey offered ("콩이" right after a
# first report's offer; owner trial 10): taken as the name question's answer, not offered.
NAME_SURE = "name_sure"
# Set in the state while the name question the terminal opened before the owner's first message is
# open and nothing was typed yet (`returning` for a new owner): the first message there is still
# first contact (`first_words`; issue 11, owner trial 16: a report there was kept "aside" and the
# survey's name question asked again, so "네" typed next read as no name or as one).
OPENING = "opening"
# The welcome back is said to an owner who wrote nothing for this long.
WELCOME_BACK_GAP = timedelta(minutes=30)


def returning(turn: Turn) -> bool:
    """The turn is the /start a channel sends when the owner opens the chat again."""
    command = turn.command
    return command is not None and command[0] == "start" and command[1].strip().lower() == RETURNING


async def start(turn: Turn) -> None:
    """The survey: the open question again, or the dog in progress continued (also one added
    while the owner had none and stopped: never a second dog of the same name), or a new dog's;
    with the profile done, the welcome back. (Its restart words ask first: `handlers.restart`.)
    A dog of the owner's named with it ("팥이 설문할래요"): that dog's survey (`_named_survey`)."""
    sure = bool(turn.state.data.pop(NAME_SURE, False))
    named = await _named_dog(turn)
    if named is not None:
        await _named_survey(turn, named)
        return
    if turn.state.flow is not None:
        if not onboarding.at_first_question(turn.state):
            turn.say("start-resume")  # at the name question nothing was stopped ("ㅇㅋ 시작", batch 65)
        if turn.state.flow == onboarding.FLOW:
            onboarding.ask_in_full(turn)
        turn.resume_flow()
        return
    dog = await onboarding.dog_in_progress(turn)
    if dog is None and returning(turn) and not turn.is_new:
        # back at the terminal with no dog (the survey stopped before the name, or reports only):
        # the first welcome, with its offer of the other language, was said once; the survey the
        # owner stopped is one word away, not started again by itself (owner trial)
        turn.say("talk-greeting")
        turn.say("profile-none-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))
        # the offer open to typed answers as on every channel: "네", a name ("구름이", "it's Coco";
        # stop 60 trial: "not understood" here, taken as the name on Kakao)
        turn.state.data[SURVEY_OFFERED] = True
    elif dog is None:
        # the whole welcome once: a survey started again later ("설문 이어서 할게요", "start over"
        # with no dog yet) says only what comes (Kakao owner trial, batch 79: the first-contact
        # welcome again after some fifteen turns)
        # (a picture's welcome was the welcome: owner trial 30)
        turn.say("start-welcome" if turn.is_new and not turn.welcomed else "start-survey-again")
        if turn.is_new and await _introduced_first(turn):
            return
        name, told = await _name_told(turn)
        two = turn.services.understander.two_named(turn.text) if turn.is_new else None
        # "Milo and Daisy" first (owner trial 8): one at a time, the second after; told as two
        # ("ㅎㅇ 저희집 강아지 두마리에요 콩이랑 두부", stop 47: the name asked again), the first's
        # name taken, both said; "Salt and Pepper" alone may be one dog's name: offered
        alone = two is not None and turn.services.understander.two_named_alone(turn.text)
        first_facts, second_facts = None, None
        if two is not None:
            if alone:
                turn.say("newdog-first-contact")
            else:
                turn.say("survey-name-two", name=two[0], other=two[1])
            name = two[0]
            # "콩이(4살 말티푸 여아)랑 두부(1살 진도믹스 남아)" (stop 50: every fact lost): each dog's
            # kept for its survey, the second's said in a line
            first_facts, second_facts = waiting_dog.facts_of_two(turn, two)
            told = "" if first_facts is not None else told
        await onboarding.start_new_dog(
            turn,
            name=name,
            told=told,
            sure=(sure and two is None) or (two is not None and not alone),
            facts=first_facts,
        )
        if two is not None:
            turn.state.data[onboarding.NEWDOG_AFTER] = two[1]
            if second_facts is not None:
                turn.state.data[onboarding.NEWDOG_AFTER_FACTS] = second_facts
        if turn.is_new and returning(turn) and onboarding.at_first_question(turn.state):
            turn.state.data[OPENING] = True  # the terminal's first screen: nothing typed yet
    elif dog.completed_at is None:
        turn.say("start-resume")
        await onboarding.continue_dog(turn, dog)
    elif returning(turn):
        # a short welcome back, the help one word away (the open question, if any, was asked above)
        turn.say("start-welcome-back", name=dog.name)
        turn.say("start-help-hint")
    elif turn.incoming.choice is None and turn.text and not turn.text.startswith("/"):
        # the survey asked for in words ("설문", "survey again") with the profile done: said so,
        # with what can be done with it (stop 52, owner trial: the help, as if nothing was asked)
        if await _after_a_gap(turn):  # "처음" hours later: welcomed back first (stop 34)
            turn.say("start-welcome-back", name=dog.name)
        done_already(turn, dog)
    else:
        if await _after_a_gap(turn):  # "처음" seconds after the last reply is no return (stop 34)
            turn.say("start-welcome-back", name=dog.name)
        turn.say(turn.on_surface("help-text"))


async def done_asked_in_words(turn: Turn) -> bool:
    """The survey asked for in words ("설문", "survey") with the active dog's profile done and no
    dog named: `done_already` said, True; else nothing said, False. (A slash, a button, the
    restart words and a dog's name keep their own ways.)"""
    if turn.incoming.choice is not None or not turn.text or turn.text.startswith("/") or returning(turn):
        return False
    if await _named_dog(turn) is not None:
        return False
    dog = await onboarding.dog_in_progress(turn)
    if dog is None or dog.completed_at is None:
        return False
    done_already(turn, dog)
    return True


def done_already(turn: Turn, dog: Dog) -> None:
    """`dog`'s survey is done: said so, with its three ways on as buttons (an answer edited, the
    profile, the survey again from its first question, which asks first)."""
    choices = (
        turn.choice(onboarding.EDIT, "survey-edit"),
        turn.choice(profile.SHOW, "survey-done-profile"),
        turn.choice(restart.ASK, "survey-done-redo"),
    )
    turn.reply(Reply(turn.t("survey-done-already", name=dog.name or turn.t("value-none")), choices))


async def _introduced_first(turn: Turn) -> bool:
    """The dog introduced in the owner's first message ("안녕하세요 3살 말티즈 여아 콩이 키우고
    있어요", "hi I have a 3 year old male beagle named Charlie"; Kakao owner trial 17: the welcome
    and the name asked, everything told lost): read as the answer to the survey's name question,
    which keeps its age, sex and breed too, the survey going on at the next question. False,
    nothing done, when the message introduces no dog by a name."""
    understander = turn.services.understander
    if not understander.introduces_dog(turn.text):
        return False
    before = turn.state
    turn.state = ConversationState(onboarding.FLOW, QUESTIONS[0].key, {"mode": "new"})
    read = understander.understand(turn.text, onboarding.context(turn))
    if read.kind is not Kind.ANSWER or not isinstance(read.answer, Value):
        turn.state = before
        return False
    turn.understanding = read
    await onboarding.handle(turn)
    return True


def first_words(turn: Turn) -> bool:
    """The owner's first message, typed at the name question the terminal opened before it
    (`OPENING`): read as first contact is on every channel (a report kept and analysed and the
    survey offered). Read once: the mark is dropped by the message that reads it."""
    opening = bool(turn.state.data.pop(OPENING, False))
    return opening and onboarding.at_first_question(turn.state)


async def _after_a_gap(turn: Turn) -> bool:
    """The owner comes back: nothing was said in the chat for `WELCOME_BACK_GAP` (stop 34: "처음"
    seconds after the last message got "다시 오셨네요!")."""
    last = await turn.session.last_message_at(turn.user.id)
    return last is None or datetime.now(UTC) - last >= WELCOME_BACK_GAP


async def _named_dog(turn: Turn) -> Dog | None:
    """The owner's dog the survey's words name ("팥이 설문할래요", "continue Max's survey"), None
    for none or a name that is none of theirs (then the survey as without a name)."""
    u = turn.understanding
    if u is None or u.command != "start" or not u.dog:
        return None
    dogs = await turn.session.list_dogs(turn.user.id)
    found = turn.services.understander.names.named(u.dog, [d.name or "" for d in dogs])
    return dogs[found[0]] if len(found) == 1 else None


async def _named_survey(turn: Turn, dog: Dog) -> None:
    """`dog`'s survey, whichever dog's is open or paused (owner trial 9: "팥이 설문할래요" with 콩's
    survey paused resumed 콩's): its open question again, or continued where it stopped, or, its
    profile done, the list of its answers to change. Another dog's open survey is left, its
    answers kept, so the next message is not taken as that dog's answer."""
    if turn.state.flow == onboarding.FLOW and turn.state.data.get("dog_id") == dog.id:
        if not onboarding.at_first_question(turn.state):
            turn.say("start-resume")
        onboarding.ask_in_full(turn)
        turn.resume_flow()
        return
    turn.state = ConversationState()
    if dog.completed_at is None:
        turn.say("start-resume")
        await onboarding.continue_dog(turn, dog)
        return
    turn.state = ConversationState(onboarding.FLOW, onboarding.EDIT_PICK, {"mode": "edit", "dog_id": dog.id})
    onboarding.show_edit_pick(turn)


async def _name_told(turn: Turn) -> tuple[str, str]:
    """The dog's name the owner gave before there was a dog, in their first message ("my dog's
    name is Max") or their newest report ("우리 콩이가 밤마다 짖어요": 콩이, "my dog Max pulls on
    the leash": Max): the name question offers it rather than asking again. "" when it names none
    clearly ("우리 강아지", "my dog"). With it, that message, where the dog's age and breed may be
    told too ("8개월 된 푸들 콩이가 자꾸 물어요"; `onboarding.start_new_dog`), "" for none."""
    told = str(turn.state.data.pop(NAME_TOLD, "") or "")
    if told:
        return told, ""
    names = turn.services.understander.names
    if turn.is_new and (told := names.introduced(turn.text)):  # "my dog's name is Max" first
        return told, turn.text
    if turn.is_new and (told := turn.services.understander.profile_name(turn.text)):
        return told, turn.text  # "콩이야 이름" first (owner trial 12: the name asked again)
    return await onboarding.first_report_name(turn)


async def help_(turn: Turn) -> None:
    """The help, with the way into the survey (its plain words, for channels without commands)."""
    turn.reply(Reply(turn.t(turn.on_surface("help-text")) + "\n" + turn.t("help-survey")))
    turn.resume_flow()


async def cancel(turn: Turn) -> None:
    if await checkins.cancelled_with_words(turn):  # "ㄴ 고양이라 안됨 ㅋㅋ 취소" at a check-in (stop 51)
        return
    if turn.state.flow is None:
        turn.say("cancel-nothing")
        return
    survey = turn.state.flow == onboarding.FLOW
    await picking.keep_ticks(turn)  # what the question said it ticked is what "kept" keeps
    kept = survey and turn.state.data.get("dog_id") is not None
    another = survey and bool(turn.state.data.get("another"))
    dog_id = turn.state.data.get("dog_id") if kept else None
    surveyed = await turn.session.get_dog(int(dog_id)) if dog_id is not None else None
    waiting = turn.state.data.get(onboarding.NEWDOG_AFTER) if survey else None
    facts = turn.state.data.get(onboarding.NEWDOG_AFTER_FACTS) if survey else None
    again = onboarding.restarted(turn.state)
    # "we also have Lulu" → "Is your dog's name Lulu?", stopped: Lulu told of, not added (owner
    # trial 34: "lulu keeps stealing socks" then filed under Tank without a word)
    hint = turn.state.data.get(NAME_HINT) if another and not kept else None
    turn.state = ConversationState()
    if isinstance(hint, str) and hint:
        profile.remember(turn, hint)
    active = await turn.active_dog()
    if another and active is not None:  # /newdog stopped: the active dog stays the active one
        turn.say("cancel-newdog" if kept else "cancel-newdog-empty", name=active.name or "")
    elif surveyed is not None and surveyed.completed_at is not None and again is not None:
        # a restart of a confirmed profile stopped: the profile as it was, the answers given again
        # in it (owner trial 10: "처음부터 다시", then "그만", left the name alone)
        turn.say("cancel-restart-kept", name=surveyed.name or turn.t("value-none"), count=len(again))
    elif surveyed is not None and surveyed.completed_at is not None:
        turn.say("cancel-edit-done")  # an edit of a finished profile stopped: nothing to continue
    elif not kept and survey and _put_off(turn):
        # "idk maybe later", "나중에요" at the first question: how to come back (English owner trial)
        turn.reply(Reply(turn.t("cancel-later"), (turn.choice(onboarding.START, "first-report-start"),)))
    else:
        # a dog added with /newdog while the owner had none, stopped: not active until confirmed,
        # but the owner's dog in progress all the same ("start" continues it: `dog_in_progress`)
        paused = kept and (not another or active is None)
        meta = {META_SURVEY_UNFINISHED: True} if paused else {}
        turn.reply(Reply(turn.t("cancel-kept" if paused else "cancel-done"), meta=meta))
    onboarding.offer_waiting_dog(turn, waiting, facts)  # the dog mentioned during the survey, as promised


def _put_off(turn: Turn) -> bool:
    """The cancel says "later" ("idk maybe later", "나중에요"; `understanding-later`)."""
    u = turn.understanding
    if u is not None and u.argument == "later":
        return True
    return turn.services.understander.vocabulary["understanding-later"].contains(Folded(turn.text))


async def unknown(turn: Turn) -> None:
    """A slash command the bot has not, or command words that name no command ("change food",
    "사료 바꿔줘"): said so, with the words it understands (never a report)."""
    u = turn.understanding
    if u is not None and u.kind is Kind.COMMAND and not u.command:
        turn.say("command-words-unknown")
        turn.say(turn.on_surface("help-text"))
        turn.resume_flow()
        return
    turn.say("unknown-command")
