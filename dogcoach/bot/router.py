"""The one-page index of what the bot understands: commands, flows, their re-prompts, what each
flow has open, and the buttons answered in any flow; and the routing of a turn through them.

A turn is routed once, here: a tap goes to the button's owner; a typed message is first
understood (`services.understanding`: a command in slash or plain words, a pick of the options
on screen, an answer to the open question, a behaviour report, a question, small talk, media,
noise), with the context of what is open, and only then given to whoever acts on that kind.

Flows register here and nowhere else; the engine calls `dispatch` and knows no flow.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable
from functools import partial

from dogcoach.bot import budget
from dogcoach.domain.types import META_KEPT_ASIDE, META_REPORT, Reply
from dogcoach.handlers import (
    admin,
    aftercare,
    answer_retold,
    correction,
    history,
    label,
    language,
    language_offer,
    onboarding,
    picks,
    privacy,
    profile,
    question,
    removed,
    report,
    restart,
    safety,
    start,
    tips,
    unclear,
    zone,
)
from dogcoach.handlers.coaching import bite_hold, checkins, feedback
from dogcoach.handlers.coaching import progress as coaching_progress
from dogcoach.handlers.coaching import summary as coaching_summary
from dogcoach.handlers.results import detail, filed, followup, retold, undelivered
from dogcoach.handlers.results.render import PREFIX as REPORT_PREFIX
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import LOCALES
from dogcoach.services.store import ConversationState
from dogcoach.services.understanding import (
    EVENT_UNNAMED,
    Approximate,
    Context,
    Expect,
    Folded,
    Kind,
    Option,
    Understanding,
    Value,
)
from dogcoach.services.understanding.classify import (
    ANOTHER_DOG_TOLD,
    CAPTION_UNREAD,
    HOW_TO_ANSWER,
    OTHER_OPTION_LABEL,
    QUESTION_MARKS_ONLY,
    WHICH_QUESTION,
)
from dogcoach.services.understanding.commands import HELP_NOW_ASKED, SENT_WHEN, SWITCHES, WHAT_TO_DO
from dogcoach.services.understanding.correction_request import CORRECTION_REQUESTED
from dogcoach.services.understanding.followup import BABY_VISIT_TOLD, WHEN_THEN_INCIDENT
from dogcoach.services.understanding.reports import NOT_TRIED_ILL
from dogcoach.services.understanding.survey import CANCEL_AFTER, NOTE_BODY_SIGN, WARNING_HABIT
from dogcoach.services.understanding.talk import STEP_TRIED_TOLD, STILL_TOLD

log = logging.getLogger(__name__)

Handler = Callable[[Turn], Awaitable[None]]

# Flows the bot opened itself, set aside when the owner starts the survey.
SET_ASIDE = frozenset({followup.FLOW, checkins.FLOW})


async def _survey(turn: Turn) -> None:
    """The survey started (or resumed) by its button, /start or its plain words, whatever is open:
    a follow-up question or a check-in waiting for an answer is set aside (a message waiting for
    "add or new?" becomes its own report; a check-in's buttons stay usable, `GLOBAL_CHOICES`), so
    the owner's next messages answer the survey, not them. Another question (language, erase, a
    broadcast) is resumed instead: those the owner opened themselves. The /start a terminal sends
    when the owner comes back (`start.RETURNING`) sets nothing aside: the open question is asked
    again."""
    if turn.state.flow in SET_ASIDE and not restart.asked(turn) and await start.done_asked_in_words(turn):
        # "survey", "설문" with the profile done and a result's question open (stop 52 trial: "I'll
        # come back to the question once these are done" said, then that it is done): said done,
        # its three buttons last, the result's question left open for the next message
        return
    waiting = None
    if turn.state.flow in SET_ASIDE and not start.returning(turn):
        await followup.settle_pending(turn)
        waiting = followup.set_aside(turn)
        if waiting is not None:  # one open question at a time, and said so (trial K2: the
            turn.say("start-followup-set-aside")  # follow-up dropped without a word); asked after
        told = {k: v for k, v in turn.state.data.items() if k in (start.NAME_TOLD, start.NAME_SURE)}
        told.update(onboarding.told_before_survey(turn.state.data))  # answers told before it (trial 30)
        turn.state = ConversationState(data=told)  # a name told before it, offered (or taken) by the survey
    if start.returning(turn) and turn.state.flow == language.FLOW:
        language.set_aside(turn)  # asked once: not again at every start of the terminal
    if restart.asked(turn) and turn.state.flow in (None, onboarding.FLOW):
        dog = await restart.target(turn)
        if dog is not None:  # "처음부터 다시", "start over": asked first (`handlers.restart`)
            await restart.ask(turn, dog)
            _defer(turn, waiting, promised=True)
            return
    await start.start(turn)
    _defer(turn, waiting, promised=True)


def _defer(turn: Turn, waiting: int | None, *, promised: bool = False) -> None:
    """The result's question set aside by what the owner started (`followup.set_aside`): kept in the
    new flow's state, asked when it is done (`followup.ask_deferred`, batch 74); `promised`: the
    owner was told so (`start-followup-set-aside`), so it is asked whatever is told meanwhile."""
    if waiting is not None:
        turn.state.data[followup.DEFERRED] = waiting
        if promised:
            turn.state.data[followup.PROMISED] = waiting


async def _language(turn: Turn) -> None:
    """The language question's answer (a tap, a language named or its number); anything else
    typed there ("Max" at it, asked over the name question) drops the question, asked once, and
    is taken as if it had not been asked (owner trial: the question came back after every
    message, and at every start of the terminal, until a language was picked)."""
    if turn.incoming.choice is not None or language.typed_language(turn) is not None:
        await language.handle(turn)
        return
    language.set_aside(turn)
    await _by_kind(turn, await understand(turn))


async def _restart_set_aside(turn: Turn) -> None:
    """Another button tapped at "start over?" (the open question's, still on screen on Telegram):
    the question dropped, nothing replaced, and the tap taken by what it had set aside."""
    restart.set_aside(turn)
    choice = turn.incoming.choice
    if choice is not None and turn.state.flow != restart.FLOW:
        await _tap(turn, choice)


async def _edit(turn: Turn) -> None:
    """An answer edited in words ("edit answers", "나이 고치기"): like the survey, it takes over
    what the bot opened itself; a message waiting for "add or new?" becomes its own report first."""
    waiting = None
    if turn.state.flow in SET_ASIDE:
        await followup.settle_pending(turn)
        waiting = followup.set_aside(turn)
        turn.state = ConversationState()
    await onboarding.edit_command(turn)
    _defer(turn, waiting)


async def _new_dog(turn: Turn) -> None:
    """A dog added in words ("강아지 하나 더 있어" after a result): like the survey, it takes over
    what the bot opened itself, so the new dog's answers are not read as a follow-up's (eighth
    trial); a message waiting for "add or new?" becomes its own report first."""
    waiting = None
    if turn.state.flow in SET_ASIDE:
        await followup.settle_pending(turn)
        waiting = followup.set_aside(turn)
        # the name the offer was made for, offered; the answers told before there was a dog, kept
        # for the first dog (stop 64 trial: lost when "다른 강아지도 등록할게요" came at a question)
        kept = (profile.OFFERED, profile.OFFERED_NAME, *onboarding.TOLD_BEFORE)
        offer = {k: v for k, v in turn.state.data.items() if k in kept}
        turn.state = ConversationState(data=offer)
    await profile.new_dog(turn)
    u = turn.understanding
    if u is not None and u.reason == ANOTHER_DOG_TOLD:  # "여름이도 있어요 걔는 2살": its age kept
        told = turn.services.understander.another_dog_told(turn.text)
        onboarding.keep_age_told(turn, told[1] if told is not None else None)
    _defer(turn, waiting)


# Commands, by the router name the understanding service gives slash commands and their plain
# words alike ("/history", "기록", "show my history").
COMMANDS: dict[str, Handler] = {
    "start": _survey,
    "help": start.help_,
    "profile": profile.show,
    "newdog": _new_dog,
    "removedog": profile.remove_command,
    "switchdog": profile.switch_command,
    "edit": _edit,
    "language": language.start,
    "cancel": start.cancel,
    "export": privacy.export,
    "delete": privacy.ask_delete,
    "broadcast": admin.start,
    "tips": tips.command,
    "history": history.history,
    "week": history.week,
    "progress": coaching_progress.command,
    "summary": coaching_summary.command,
    "checkins": checkins.command,
    "checkintime": checkins.time_command,
    "notifications": tips.notifications,
    "result": undelivered.show_command,
    "timezone": zone.command,
}

# The flow a user is in, given their answer (a pick or an answer to its question).
FLOWS: dict[str, Handler] = {
    onboarding.FLOW: onboarding.handle,
    language.FLOW: _language,
    privacy.FLOW: privacy.handle,
    admin.FLOW: admin.handle,
    followup.FLOW: followup.handle,
    checkins.FLOW: checkins.handle,
    checkins.TIME_FLOW: checkins.handle_time,
    profile.FLOW: profile.handle,
    restart.FLOW: _restart_set_aside,
}

# What each flow has open, for understanding the next message (no entry: nothing is open).
CONTEXTS: dict[str, Callable[[Turn], Context]] = {
    onboarding.FLOW: onboarding.context,
    language.FLOW: language.context,
    privacy.FLOW: privacy.context,
    followup.FLOW: followup.context,
    checkins.FLOW: checkins.context,
    checkins.TIME_FLOW: checkins.time_context,
    profile.FLOW: profile.context,
    restart.FLOW: restart.context,
}

REPROMPTS: dict[str, Handler] = {
    onboarding.FLOW: onboarding.reprompt,
    language.FLOW: language.start,
    privacy.FLOW: privacy.ask_delete,
    admin.FLOW: admin.reprompt,
    followup.FLOW: followup.reprompt,
    checkins.FLOW: checkins.reprompt,
    checkins.TIME_FLOW: checkins.reprompt_time,
    profile.FLOW: profile.reprompt,
    restart.FLOW: restart.reprompt,
}


async def _profile_choice(turn: Turn) -> None:
    if not await profile.handle_idle_choice(turn):
        turn.refuse("stale-button")


async def _card_choice(turn: Turn) -> None:
    """A profile-card button ("edit an answer", "continue the survey"): the survey handles it
    itself when it is open, anywhere else it starts the survey's edit or continuation."""
    if turn.state.flow == onboarding.FLOW:
        await onboarding.handle(turn)
        return
    waiting = None
    if turn.state.flow in SET_ASIDE:  # a message waiting for "add or new?" becomes its own report
        await followup.settle_pending(turn)
        waiting = followup.set_aside(turn)
        turn.state = ConversationState()
    await _profile_choice(turn)
    _defer(turn, waiting)


# Buttons answered whatever flow the user is in, by the prefix of their id (first match wins).
# Language, tips and analysis buttons (show result, the follow-up's buttons, history pages) leave
# the flow to resume; profile-card buttons start something new (survey answers are already on
# the dog, so leaving a question loses nothing).
GLOBAL_CHOICES: dict[str, Handler] = {
    language.PREFIX: language.handle,
    language_offer.PREFIX: language_offer.tap,
    zone.PREFIX: zone.tap,
    tips.PREFIX: tips.handle_choice,
    restart.PREFIX: restart.tap,
    followup.PREFIX: followup.handle_choice,
    checkins.PREFIX: checkins.handle_choice,
    REPORT_PREFIX: undelivered.handle_choice,
    unclear.PREFIX: unclear.handle_choice,
    profile.PREFIX: _profile_choice,
    onboarding.START: _survey,
    onboarding.CONTINUE: _card_choice,
    onboarding.EDIT: _card_choice,
}

# Flows whose questions let detail about the owner's newest report through (`Context.detail`):
# a message that reads as detail and does not answer the question is added to that report.
DETAIL_FLOWS = frozenset({onboarding.FLOW})

# Flows whose question answers noise itself (with its example of a good answer).
QUESTION_FLOWS = frozenset({onboarding.FLOW, language.FLOW, privacy.FLOW, checkins.FLOW, checkins.TIME_FLOW})

# The survey offered after a first report ("네" takes it): kept for the next message only.
OFFER_KEY = followup.SURVEY_OFFERED
# Put off ("not now, maybe later", "나중에요"; typed only): said, the follow-up question left open
# (English owner trial: glued onto the report as its answer and analysed again).
OFFER_LATER = "survey:offer-later"
SURVEY_OFFER = (
    Option(onboarding.START, "first-report-start", numbered=False),
    Option(onboarding.START, "first-report-yes", numbered=False),
    Option(OFFER_LATER, "first-report-later", numbered=False),
)

# Keeping a dog after its removal found no such dog ("no wait, keep him"): this many words at most.
KEEP_MAX_WORDS = 6

# Small talk that ends an exchange: after a result's follow-up question, the thanks alone (the
# question stays open, so a later answer is still taken; fresh trial: "ok thanks!" got it again).
# A plan to try the advice or news that it worked close it alike (pre-merge trial); an objection
# ("that's not what happened") asks what happened itself, the question open for it (owner trial 16).
CLOSING_TALK = frozenset({"thanks", "bye", "done", "plan", "worked", "objection", "to_vet", "vet_cleared"})
# Asked about the survey itself: how many are left ("survey_left"), or what it is for ("survey_why").
SURVEY_TALK = frozenset({"survey_left", "survey_why"})

# Small talk that answers neither button of "add or new?" ("네", "thanks"): the question again.
UNDECIDED_TALK = frozenset({"agree", "thanks", "laughter", "reaction", "emoji", "wait", "confused"})

# Small talk that answers nothing at a check-in's "how did it go?" ("hmm what", "ㅋㅋ", "네"): the
# check-in's own re-ask (its four answers) and the question, never the idle reply about telling
# what the dog did, which read as if the check-in had been dropped (owner trial).
CHECKIN_REASKED_TALK = frozenset({"agree", "laughter", "reaction", "emoji"})

# What was just said taken back at a survey question ("nvm lol", "sorry wrong chat"): nothing is
# kept and the question is asked again (owner trial 12: "nvm lol" stopped the survey).
TAKEN_BACK_TALK = frozenset({"dismiss", "retract"})

# Small talk at a survey question that answers nothing and asks nothing ("👍", "ㅋㅋ"): a short line
# pointing at the question below, never the idle reply about telling what the dog did (thanks keep
# their "you're welcome").
SURVEY_NUDGED_TALK = frozenset({"emoji", "reaction", "laughter", None})
# The same at a result's follow-up question ("how often?"), where an okay answers nothing either
# (owner trial 21: "👍", "ㅇㅇ" there got "tell me what your dog did").
FOLLOWUP_NUDGED_TALK = SURVEY_NUDGED_TALK | {"agree"}

# Small talk about something else than an open survey question (thanks, a greeting, news of the
# dog): a question asked again in full once after it is then said in one line (`Turn.aside`;
# English owner trial 30: the 19 concerns after every reply, for days). Small talk about the survey
# itself ("👍", "where were we?", "nvm") points at the question below and always gets it.
ASIDE_TALK = frozenset(
    {"thanks", "greeting", "bye", "praise", "news", "plan", "worked", "fond", "sorry", "sad", "misfit"}
    | {"reminders", "which_dog", "feedback", "other_species", "shown", "owner_afraid", "bereaved"}
    | {"to_vet", "moved", "baby_coming", "just-asking", "objection", "one_record", "records"}
    | {"may-ask", "update", "chat_shared"}
)
# What a message leading to one of the owner's dogs ("ok now rocky", "이제 루키요") was read as
# before the dog is looked up: news, noise, an answer not understood (`profile.next_dog_named`).
NEXT_DOG_KINDS = frozenset({Kind.SMALL_TALK, Kind.NOISE, Kind.ANSWER})
# Taps about something else than the survey: a result shown, a check-in's or a tip's button.
ASIDE_TAPS = (REPORT_PREFIX, checkins.PREFIX, tips.PREFIX)

# Short replies to small talk, each ending with what the owner can do next.
TALK_REPLIES: dict[str, str] = {
    "result_meant": "talk-result-meant",  # "그게 무슨 뜻이에요" right after a result (stop 49)
    "thanks": "talk-thanks",
    "greeting": "talk-greeting",
    "bye": "talk-bye",
    "done": "talk-done",
    "sad": "talk-sad",
    "lost": "talk-lost",
    "confirmed": "talk-confirmed",  # "ㄴㄴ 몽실이 맞아요" at a later question: an earlier answer confirmed (trial 12)
    "wait": "talk-wait",  # "잠시만요", "one sec": the question stays open (never a name or an answer)
    "nothing_waiting": "talk-nothing-waiting",  # "답이 왜 안와요" with nothing waiting (stop 54)
    "tell_me": "talk-tell-me",  # "결과 나오면 알려주세요" while a report waits: it will be sent here (stop 56)
    "impatient": "talk-impatient",  # "빨리요ㅠㅠ", "hurry up pls" while a report waits: it is coming (stop 53)
    "praise": "talk-praise",
    "news": "talk-news",
    "update": "talk-update",  # "fyi biscuit gained 2kg, vet says cut treats": thanks, nothing stored (stop 59)
    "plan": "talk-plan",
    "worked": "talk-worked",
    "misfit": "talk-misfit",  # "간식 안 먹어요" after a result: the step does not fit (batch 49)
    "one_record": "talk-delete-one",  # "마지막 기록 삭제": one record cannot be removed alone
    "records": "talk-delete-records",  # "기록 다 지워줘": the records alone cannot be removed (K2)
    "reminders": "talk-reminders",  # "remind me every evening": none daily; check-ins (trial 5)
    "sorry": "talk-sorry",  # "미안 너한테 화낸거 아니야ㅠ", "sry" (owner trial 11)
    "dismiss": "talk-dismiss",  # "됐어", "forget it" (owner trial 11)
    "retract": "talk-retract",  # "oops wrong chat ignore that", "undo": never detail (owner trial 11)
    "objection": "talk-objection",  # "that's not what happened" after a result: what happened asked (trial 16)
    "may-ask": "talk-may-ask",  # "질문이 좀 있는데요", "can i ask u something": ask away (stop 49)
    "just-asking": "talk-just-asking",  # "no I was just asking" after a report: no new one (trial 12)
    "fond": "talk-fond",  # "love you dogcoach", "사랑해 도그코치": to the bot, not the dog (owner trial 9)
    "help_wanted": "talk-greeting",  # "I want help with my dog" with no survey open: what to tell (stop 61)
    "resume": "talk-greeting",  # "sorry got busy" with nothing open: a greeting (in the survey: `survey-resume`)
    "not_a_dog": "talk-not-a-dog",  # "we also have Luna the cat": dogs only, nothing stored (trial 10)
    "other_species": "talk-other-species",  # "do you also work with cats?": dogs only (trial 22)
    "chat_shared": "talk-chat-shared",  # "이거 아빠한테 보여줘도 돼?": about the chat, never detail (stop 64)
    "shown": "talk-shown",  # "이러고 있어요", "look at him" under a photo: asked in words (trial 15)
    "owner_afraid": "talk-owner-afraid",  # "I'm honestly scared of him": never analysed (trial 23)
    "owner_crisis": "talk-owner-crisis",  # "죽고싶어요": the owner first, a crisis line (trial 28)
    "bereaved": "talk-bereaved",  # "콩이 무지개다리 건넜어요": condolences; check-ins and the dog (trial 27)
    "to_vet": "talk-to-vet",  # "ok going to the vet" after a safety note: go, we wait (trial 25)
    "vet_cleared": "talk-vet-cleared",  # "병원 다녀왔는데 괜찮대요": relief, what to watch (trial 30)
    "moved": "life-moved",  # "이사했어요 원룸에서 투룸으로": what a move changes (owner trial 23: glued on)
    "baby_coming": "life-baby-coming",  # "my gf is pregnant": preparing the dog; nothing stored (trial 25)
}

# What a message that picks neither button at the survey's review may be, read with nothing open:
# taken as anywhere else, the review asked again after it (`_correction_at_review`).
AT_REVIEW_ASIDE = frozenset({Kind.REPORT, Kind.QUESTION, Kind.SMALL_TALK})

# Commands answered beside an open survey question (a view, a status, a file): the survey's
# question is asked again after them, whichever handler answers (acceptance trial K2: "체크인 언제
# 와요?" at the size got the status and no question). The others open or end a flow themselves;
# the profile card offers its own way back ("▶ continue the survey") and stays last.
BESIDE_SURVEY = frozenset(
    {"help", "tips", "history", "week", "progress", "summary", "checkins", "notifications", "result"}
    | {"export", "timezone"}  # "i'm in london" at a survey question (stop 51 trial): set, then asked again
)

# Commands that end or replace what is open (a survey, another dog, the answers' editor, cancel):
# a message waiting at "add or new?" is filed on its own before them; any other command keeps it
# waiting and asks again (stop 62 trial: "체크인 시간 저녁 9시로" settled it as a new report).
SETTLES = frozenset({"start", "newdog", "switchdog", "edit", "cancel"})

# What walks away from "really erase everything?" (acceptance trial K2: asked again, with its 🗑
# button, after every later command): another command, a report, a question or a correction. The
# question is dropped and said so once (`privacy.set_aside`); cancelling it is the cancel's own.
WALKS_AWAY = frozenset({Kind.COMMAND, Kind.REPORT, Kind.QUESTION, Kind.CORRECTION})


async def dispatch(turn: Turn) -> None:
    """The turn's handler, then the interrupted flow's question again if the handler asked for it
    (`Turn.resume_flow`), then the results the user's channel could not push, then a check-in
    that is due and was not shown yet."""
    offered = turn.state.data.get(profile.OFFERED)  # adding a dog offered: still open after this?
    was = turn.state.flow  # a check-in or a result's question answered over the survey: an aside
    waiting = followup.deferred(turn)  # a result's question waiting for the survey: asked after it?
    promised = followup.promised(turn)  # and the owner told it would be (kept over a newer report)
    await _names_set_apart(turn)
    at_note = checkins.at_note(turn)  # a check-in's "anything to add?" open: still open after this?
    try:
        await _route(turn)
    except budget.OverBudget:  # kept in the transcript, the owner asked to say it shorter
        log.warning("a message of %d characters was not read in time (user %s)", len(turn.text), turn.user.id)
        turn.say("understanding-over-budget")
        if turn.state.flow is not None:
            turn.resume_flow()
    profile.keep_offer(turn, offered)
    if turn.state.flow == onboarding.FLOW and (start.returning(turn) or _greeted(turn)):
        # the owner back ("hey", the terminal opened again) with a check-in due: asked now, the
        # survey set aside and resumed after it (English owner trial: blocked by the open survey)
        await checkins.offer_due(turn, over=True)
    if at_note:
        checkins.close_note_moved_on(turn)  # a view or another button over the note: moved on
    handled = len(turn.replies)
    turn.aside = _about_something_else(turn, was)
    while turn.resuming:  # a re-prompt may itself leave a flow and resume the one before it
        turn.resuming = False
        again = REPROMPTS.get(turn.state.flow or "")
        if again is not None:
            await again(turn)
    asked_again = len(turn.replies) - handled  # the interrupted flow's question, under a list
    if not turn.erased:
        # Analysis results the user's channel could not push come first, whatever was said.
        await undelivered.show_undelivered(turn)
        await checkins.offer_due(turn)
        await followup.ask_deferred(turn, waiting, was_promised=promised)  # the survey done or declined
        last = len(turn.replies) == handled + asked_again
        if not last:
            asked_again = 0  # something else came last: a typed "1" is its
        picks.remember(turn, asked_again)  # a list shown (history, dogs): its buttons typed next time
        picks.remember_view(turn, last=last)  # a view with nothing numbered: "1" next gets a hint
        # the owner wrote in the other language than the chat's: switching offered, once (stop 58)
        asked = bool(turn.state.data.get(OFFER_KEY) or turn.state.data.get(profile.OFFERED))
        await language_offer.offer(turn, open_question=asked or turn.state.flow is not None)
        turn.survey_paused = turn.asks_survey_paused and await _survey_paused(turn)


async def _names_set_apart(turn: Turn) -> None:
    """The owner's dogs' names typed glued to the next word set apart for the whole turn
    (`Understander.names_set_apart`; trial 56: "보리기록보여줘", "보리가현관에서짖어요", "보리도그래요",
    "show me lunas history" were the active dog's, an unknown "보리도그래" or no dog "lunas"), so
    every reading and flow sees the name as a spaced message shows it. Not in the survey: a new
    dog's name is taken as typed, and its answers read a name glued on their own way ("콩이는세살ㅋㅋ"
    at the age: 3 years; "콩이는 세살ㅋㅋ" renamed 콩이 "콩이는", test_stop41_lead)."""
    text = turn.incoming.text
    if not text or turn.incoming.choice is not None or turn.state.flow == onboarding.FLOW:
        return
    dogs = await turn.session.list_dogs(turn.user.id)
    names = [n for d in dogs for n in (d.name or "", *d.former_names) if n]
    names += await removed.names(turn, dogs)  # "보리기록보여줘" after 보리 was removed (stop 57)
    spaced = turn.services.understander.names_set_apart(text, names) if names else text
    if spaced != text:
        turn.incoming = dataclasses.replace(turn.incoming, text=spaced)


def _about_something_else(turn: Turn, was: str | None) -> bool:
    """The turn answered something else than the open question (`Turn.aside`): a view, the help,
    a question to the coach, small talk about something else, a result's or a check-in's button,
    or the answer to a check-in or a result's question asked over the survey (`was`)."""
    if was in SET_ASIDE:
        return True
    choice = turn.incoming.choice
    if choice is not None:
        return choice.startswith(ASIDE_TAPS)
    u = turn.understanding
    if u is None:
        return False
    if u.reason == CANCEL_AFTER or (
        u.kind is Kind.CHOICE and any(p.startswith(checkins.PREFIX) for p in u.picks)
    ):
        return True  # a check-in on screen answered, or cancelled with words, over the survey (stop 52)
    if u.kind is Kind.COMMAND:
        return u.command in BESIDE_SURVEY
    return u.kind is Kind.QUESTION or (u.kind is Kind.SMALL_TALK and u.talk in ASIDE_TALK)


def _greeted(turn: Turn) -> bool:
    u = turn.understanding
    return u is not None and u.kind is Kind.SMALL_TALK and u.talk == "greeting"


async def _survey_paused(turn: Turn) -> bool:
    """The active dog's survey paused, not finished, and none of its questions open (owner
    trial: Kakao offered the way back only with the pause's own answer); or open, its one-line
    reminder held back this turn (`Turn.reminder_held`)."""
    if turn.state.flow == onboarding.FLOW:
        return turn.reminder_held  # its reminder held back (stop 51): the menu leads with the way back
    dog = await onboarding.dog_in_progress(turn)
    return dog is not None and dog.completed_at is None


def context_for(
    turn: Turn, *, pending: bool = False, seen: bool = False, flags: frozenset[str] = frozenset()
) -> Context:
    """What is open for this user: a survey question, a follow-up question, a confirmation, the
    first message of a new user, the survey offered after a first report ("네" takes it), a
    report whose result was not shown yet or was shown a moment ago (`pending`, `seen`: detail
    about it may follow; `flags`: the red-flag kinds it raised, read at a survey question), or
    nothing."""
    flow = turn.state.flow
    offered: tuple[Option, ...] = SURVEY_OFFER if turn.state.data.get(OFFER_KEY) else ()
    # adding a dog offered: "네", "sure, add him", "not now" (also at a result's question shown with it)
    offered += profile.offer_options(turn, aside=flow in SET_ASIDE)
    if flow is None:
        if turn.is_new:  # after a picture's welcome, its survey offer is open ("네", "나중에")
            return Context(Expect.FIRST_CONTACT, SURVEY_OFFER if turn.welcomed else ())
        return Context(Expect.PENDING if pending else Expect.NOTHING, offered, seen=seen, flags=flags)
    context = CONTEXTS.get(flow)
    found = context(turn) if context is not None else Context()
    if pending and flow in DETAIL_FLOWS:
        found = dataclasses.replace(found, detail=True, seen=seen, flags=flags)
    return dataclasses.replace(found, options=found.options + offered) if offered else found


async def understand(
    turn: Turn, *, pending: bool = False, seen: bool = False, flags: frozenset[str] = frozenset()
) -> Understanding:
    """Decide once what the typed message is; flows read it from `turn.understanding`. Every
    channel's message is read here, off the event loop within `Services.understanding_budget`
    (`budget.within`; stop 57: one message read for 20+ minutes stopped every owner): over it,
    `OverBudget` (`dispatch` keeps the message and says so)."""
    context = context_for(turn, pending=pending, seen=seen, flags=flags)
    understander, text, incoming = turn.services.understander, turn.text, turn.incoming
    u = await budget.within(
        partial(understander.understand, text, context, media=incoming.media, caption=incoming.caption),
        turn.services.understanding_budget,
    )
    if u.kind is Kind.SMALL_TALK and u.talk == "dismiss" and onboarding.adding_unnamed(turn.state):
        # "nvm" at a further dog's name, nothing answered yet (owner trial 15: the name asked
        # again): adding the dog is called off, as its cancel words do
        u = dataclasses.replace(u, kind=Kind.COMMAND, command="cancel", talk=None, reason="never-mind-adding")
    turn.understanding = u
    return u


async def _route(turn: Turn) -> None:
    if await checkins.time_after_no_push(turn):  # "8pm" after "no set time here" (Kakao): never detail
        return
    if picks.yes_or_no(turn):  # "아니요" at a list of dogs: nothing done; "네" among several: which?
        return
    if picks.number_after_view(turn):  # "1" after /week or /progress: nothing there to pick (trial 16)
        return
    typed = await picks.typed(turn)  # "1", "초코로", a label typed at the list just shown: its button
    if typed is not None:
        turn.incoming = dataclasses.replace(turn.incoming, choice=typed)
    choice = turn.incoming.choice
    if choice is not None:
        await _tap(turn, choice)
        return
    if turn.state.flow == restart.FLOW:  # "start over?": yes or no; anything else drops it and
        await understand(turn)  # is taken below as if it had not been asked
        if await restart.answer(turn):
            return
    await followup.expire(turn)  # a follow-up question a day old no longer captures the message
    await checkins.expire(turn)
    if turn.state.flow == admin.FLOW and not turn.text.startswith("/"):
        await admin.handle(turn)  # an admin composing a broadcast: the text is the broadcast
        return
    if not turn.is_new and retold.may_apply(turn) and await retold.handle(turn):
        turn.state.data.pop(OFFER_KEY, None)  # "아 초코 말고 보리요": the report just sent moved to 보리
        return
    if await followup.unknown_name(turn):  # "Luna" alone at a result's question, no such dog
        return
    if await profile.own_dog_at_offer(turn):  # "보리" at "add another dog?": 보리 meant
        return
    if await profile.name_at_offer(turn):  # "Pip", "now pip", "2" at "add the other dog?": added
        return
    # idle or at a survey question, with a report whose result was not shown yet or was shown a
    # moment ago (`detail.RECENT_WINDOW`): the message may be detail about it
    flow = turn.state.flow
    first_words = start.first_words(turn)  # the terminal's first screen: the owner's first message
    last = await detail.target(turn) if (flow is None or flow in DETAIL_FLOWS) and not turn.is_new else None
    # at a survey question after the result was shown, no follow-up question is open: only how
    # often it happens is still detail about that report ("거의 매일이요 애들 하원하고 나서요",
    # batch 70); anything else answers the survey's question (acceptance trial e2, batch 57)
    seen = last is not None and last.delivered_at is not None
    await language.follow_typed(turn, context_for(turn).expect)  # before anything is said
    # the red flags it raised, read at a survey question only: there, after a poisoning, "maybe 4
    # or 5" is how much was eaten (stop 42); idle, no query
    flags: frozenset[str] = frozenset()
    if last is not None and (flow is None or flow in DETAIL_FLOWS):  # idle too: "반개정도요 체중은
        flags = frozenset(await followup.raised_flags(turn.session, last))  # 5키로" after chocolate
    u = await understand(turn, pending=last is not None, seen=seen, flags=flags)
    if await language_offer.answered(turn):  # "네 한국어로", "keep english" to the offer just made
        return
    if u.talk != "owner_crisis" and turn.services.understander.crisis_told(turn.text):
        # "밤마다 짖어서 잠을 못자요 그냥 사라지고 싶어요" (owner trial 31: analysed, no crisis line):
        # the owner first, then what the message tells of the dog, kept and handled as usual
        turn.say("talk-owner-crisis-beside")
    if u.kind in NEXT_DOG_KINDS and await profile.next_dog_named(turn, context_for(turn).question):
        return  # "ok now rocky": that dog (stop 50: "That's wonderful progress! 🎉")
    # an offer is taken by the next message or not at all, unless that message was not understood
    # or said nothing to it ("hmm", "ㅋㅋ"; English owner trial: "yes" after "not sure what you
    # mean" got "tell me what your dog did")
    offer = turn.state.data.pop(OFFER_KEY, None)
    if offer and (
        (u.kind is Kind.NOISE and not u.label)
        or (u.kind is Kind.SMALL_TALK and u.talk in UNDECIDED_TALK)
        or start.returning(turn)  # the terminal opened again: the owner said nothing yet (stop 60)
    ):
        turn.state.data[OFFER_KEY] = offer
    if offer and u.kind is Kind.SMALL_TALK and u.talk == "agree" and (flow is None or flow in SET_ASIDE):
        # "ok cool" to "tell me a little about your dog" (owner trial 25, terminal: "tell me what
        # your dog did", the survey never started): the offer's yes; "아니요", "nope" its no (owner
        # trial 33: "아니요" to '"네"라고 보내 주시면 바로 시작할게요' STARTED the survey)
        declined = turn.services.understander.vocabulary["understanding-decline"].contains(Folded(turn.text))
        u = turn.understanding = dataclasses.replace(
            u, kind=Kind.CHOICE, picks=(OFFER_LATER if declined else onboarding.START,), talk=None
        )
    if not turn.is_new and await _kept_after_remove(turn, u):  # "no wait, keep him" after "remove Max"
        return
    seen_told = (  # "수의사한테 다녀왔어요" with a bite holding the plans (stop 63): the hold lifted
        not turn.is_new
        and (flow is None or flow == followup.FLOW)
        and u.kind is not Kind.COMMAND
        and await bite_hold.professional_seen(turn)
    )
    cared = (
        await aftercare.read(turn)
        if not turn.is_new and u.kind is not Kind.COMMAND and u.talk != "owner_crisis"
        else None
    )
    if cared in aftercare.VET_TALK:
        # "ok calling the vet rn", "다녀옴ㅋㅋ 토하게 하는 주사 맞고 괜찮대" right after an emergency, at
        # a survey question too (owner trial 31: "Please send a number of hours", or stored as the
        # health answer with an analysis and a plan): the to-vet / vet-cleared reply, never an answer
        u = turn.understanding = dataclasses.replace(
            u,
            kind=Kind.SMALL_TALK,
            talk=cared,
            reason="aftercare",
            detail=False,
            safety=False,
            incident=False,
        )
        await _by_kind(turn, u)
        return
    if seen_told:  # said; the question of the result, if open, stays open
        if flow is not None:
            turn.resume_flow()
        return
    if cared == "asked":
        # "can it wait till tmrw??", "is there anything i can do at home first??" right after one
        # (owner trial 31: the coach model answered about the leash, or "Please answer yes or no"):
        # read as "what do I do??" there, its first aid again (`_help_now`), no model call
        u = turn.understanding = dataclasses.replace(u, kind=Kind.QUESTION, reason=HELP_NOW_ASKED)
        await _by_kind(turn, u)
        return
    if cared is not None:
        # "shes shaking and her heart is racing" right after chocolate (owner trial 31: a new report
        # with a plan and "how often does this happen?"): added to its report, go now
        await aftercare.handle(turn, cared)
        return
    weak = onboarding.at_first_question(turn.state)  # the name question takes nearly any text
    if not turn.is_new and flow in (None, onboarding.FLOW) and await checkins.told(turn, u, weak=weak):
        return  # "a bit better, …" with a check-in due: its answer, never a new incident
    if turn.is_new and flow is None:
        await _first_contact(turn, u)
        return
    if first_words and u.kind in (Kind.REPORT, Kind.QUESTION):
        # a report or a question as the first message in the terminal, whose first screen asked the
        # name: first contact as on Kakao and Telegram, the name question closed, the survey offered
        # ("네" takes it; owner trial 16: "네" after it was read at the name question)
        turn.state = ConversationState()
        await _first_contact(turn, u)
        return
    if ((last is not None and u.detail) or turn.state.flow == followup.FLOW) and await _correction_not_detail(
        turn
    ):
        return  # "입양한지 4개월이에요" with a report pending: the profile's answer, not the report's
    if last is not None and u.detail:  # detail about it: added, analysed again
        await detail.add(turn, last)
        if flow is not None:
            turn.resume_flow()  # the survey's question again, as after a report typed there
        return
    if (
        last is not None
        and flow is None
        and u.kind in (Kind.NOISE, Kind.REPORT)
        and turn.services.understander.same_subject(turn.text, last.text)
    ):
        # "oh and the bikes, mostly the red ones" with "he barks at bicycles" waiting (stop 63
        # trial: not understood, or add or new? after its result): what it is about, its detail
        await detail.add(turn, last)
        return
    if last is not None and u.reason == WHEN_THEN_INCIDENT and isinstance(u.answer, Value) and u.split:
        # "It happened around four in the afternoon. And just now she had another accident…"
        # (held-out 13, batch 600: one new report, the time lost): the time added to the report
        # waiting, the incident after "and just now" a report of its own
        await followup.append(turn, last, str(u.answer.value))
        await report.save(turn, u.split, tip=False)
        if flow is not None:
            turn.resume_flow()
        return
    if last is not None and u.added:  # "한달째 매일 그래요ㅠ 이름은 호두": the detail added to
        await followup.append(turn, last, u.added)  # the report (stop 47), the name answered below
    if u.kind is Kind.REPORT and await _tells_what_was_shown(turn):
        return
    if last is not None and seen and flow is None and u.ambiguous:  # "밥그릇 으르렁 하는건 간식먹을때도
        await followup.offer_which(turn, last)  # 그래요" after its result: add or new? (owner trial 9)
        return
    if await removed.answered(turn, u):  # "보리 없어졌어?" after 보리 was removed (stop 57 trial fault 8)
        return
    if await removed.still_here(turn):  # "보리 지웠어?" while 보리 is still theirs (stop 58)
        return
    await _by_kind(turn, u)


async def _tells_what_was_shown(turn: Turn) -> bool:
    """A report right after one that only points at what a photo shows ("look what he did to my
    couch", then "he tore the cushions apart while i was at work"; owner trial 12: two reports of
    one incident, both analysed, both results shown together): added to that report, analysed
    again, while its result is waiting or was just shown (its follow-up question, if open, is
    answered by it). False, nothing done, at any other question or after any other report."""
    flow = turn.state.flow
    if turn.is_new or flow not in (None, followup.FLOW) or turn.state.data.get("pending"):
        return False
    last = await detail.target(turn)
    if last is None or not detail.only_shown(turn, last):
        return False
    if flow == followup.FLOW:
        turn.state = ConversationState()
    await detail.add(turn, last)
    return True


async def _tap(turn: Turn, choice: str) -> None:
    for prefix, handler in GLOBAL_CHOICES.items():
        if choice.startswith(prefix):
            await handler(turn)
            return
    flow = FLOWS.get(turn.state.flow or "")
    if flow is not None:
        await flow(turn)
        return
    await _profile_choice(turn)


async def _correction_at_review(turn: Turn, u: Understanding) -> bool:
    """At the review card the message is read against its two buttons; one that picks neither is
    read as it would be with nothing open: an answer corrected with its value ("나이 틀렸어요
    열두살이에요", "the age is wrong, she is 12"; acceptance trial: ignored, then the wrong age
    confirmed) is corrected, the name told ("actually his name is Max") changes it, and a report,
    a question or small talk is taken as anywhere else, the review asked again (owner trial 8)."""
    if not onboarding.at_review(turn):
        return False
    if await _ok_but_at_review(turn):
        return True
    if u.kind is not Kind.ANSWER:
        return False
    return await _read_at_review(turn)


async def _ok_but_at_review(turn: Turn) -> bool:
    """An OK to the review card with a correction after its "but" ("네 맞아요 아 근데 나이는 정확히
    11개월이에요", "looks right but she's spayed not intact"; stop 47, owner trials 30-31: sent whole
    to the model, or the OK taken alone): the correction read as if typed alone at the card, the
    card shown again to confirm. False, the message as it was, when there is no such OK or what
    follows it is nothing the card reads."""
    rest = turn.services.understander.review_corrected(turn.text)
    if not rest:
        return False
    typed = turn.incoming
    turn.incoming = dataclasses.replace(typed, text=rest)
    if await _read_at_review(turn):
        return True
    turn.incoming = typed
    return False


async def _read_at_review(turn: Turn) -> bool:
    """The message, no button picked, read at the review card (`_correction_at_review`)."""
    if await onboarding.start_told_at_review(turn):  # "we got her 3 years ago": how long owned
        return True
    if await onboarding.fields_corrected_at_review(turn):  # "애기없어요!! 그리고 혼자 9시간이에요"
        return True
    if await onboarding.field_corrected_at_review(turn):  # "견종 잘못적었어요 말티즈에요" (trial 9)
        return True
    fixed = turn.services.understander.understand(turn.text, Context())
    if fixed.kind is Kind.CORRECTION:
        turn.understanding = fixed
        await correction.handle(turn)
        return True
    if fixed.kind is Kind.SMALL_TALK and fixed.talk == "profile":  # "actually his name is Max"
        if await onboarding.renamed_at_review(turn, turn.services.understander.profile_name(turn.text)):
            return True
        reviewed = await onboarding.survey_dog(turn)
        if reviewed is None or not await correction.profile_told(turn):
            return False
        onboarding.show_review(turn, reviewed)  # "she's spayed not intact" (stop 47): the card again
        return True
    if fixed.kind in AT_REVIEW_ASIDE:
        # a report, a question or small talk typed at the review (owner trial 8: "아 그리고 요즘
        # 배변을 자꾸 아무데나 해요" dropped as no pick): read as with nothing open and acted on, the
        # review asked again after it
        turn.understanding = fixed
        await _by_kind(turn, fixed)
        return True
    return False


async def _correction_not_detail(turn: Turn) -> bool:
    """A profile answer corrected with its field named, typed while a report waits for more
    ("아까입양한지3개월아니고4개월이에요" at the review card, "보리 입양한지 4개월이에요" after
    confirming; stop 54 verification trial: glued to the report typed during the survey and
    analysed again, the answer unchanged): corrected as it would be with no report, at the review
    by its readers, else as a correction read with nothing open. False, nothing done, for anything
    that is not such a correction."""
    if onboarding.at_review(turn):
        return (
            await onboarding.start_told_at_review(turn)
            or await onboarding.fields_corrected_at_review(turn)
            or await onboarding.field_corrected_at_review(turn)
        )
    if turn.state.flow not in (None, followup.FLOW):
        return False
    fixed = turn.services.understander.understand(turn.text, Context())
    if fixed.kind is not Kind.CORRECTION or not fixed.about:
        return False
    if not await turn.session.list_dogs(turn.user.id):
        return False  # no profile to correct: what the message is at the open question ("he's 5")
    turn.understanding = fixed
    await correction.handle(turn)
    return True


async def _help_now(turn: Turn, u: Understanding) -> bool:
    """ "what do i do??", "어떡해요??" alone right after an emergency, whatever is open: that
    emergency's first aid again, nothing stored, no model call, the open question (if any) asked
    again. One rule for every state (owner trial 30: with nothing open it also went to the coach
    model, with the survey open it did not; owner trial 29: the first aid had scrolled away while
    the question waited for the model). Read as a question right after a report
    (`HELP_NOW_ASKED`), as the help command later ("what-to-do"). False, nothing done, when the
    latest report raised no urgent flag (`safety.alarm_recent`): a question about it, or the menu."""
    asked = (u.kind is Kind.QUESTION and u.reason == HELP_NOW_ASKED) or (
        u.kind is Kind.COMMAND and u.command == "help" and u.reason == WHAT_TO_DO
    )
    if not asked or not await safety.alarm_recent(turn):
        return False
    await followup.settle_pending(turn)
    await safety.repeat_urgent(turn)
    turn.resume_flow()
    return True


# "뒤로"/"back", "완료"/"done" alone with nothing open: what each is said to have nothing to do
# (`understanding-nothing-open-<word>`, `nothing-open-<word>`)
NOTHING_OPEN_WORDS = ("back", "done")


def _nothing_open(turn: Turn) -> bool:
    """ "뒤로", "완료", "back", "done" typed alone with nothing open (no question, no offer taken
    by them; stop 60 trial: the generic hint, and at the survey offer "뒤로" was the dog's name):
    nothing to go back from or finish, said, what to do next, and the menu. False, nothing done,
    for any other message."""
    vocabulary = turn.services.understander.vocabulary
    typed = Folded(turn.text)
    word = next(
        (w for w in NOTHING_OPEN_WORDS if vocabulary[f"understanding-nothing-open-{w}"].whole(typed)), None
    )
    if word is None:
        return False
    turn.say(f"nothing-open-{word}")
    turn.say(turn.on_surface("help-text"))
    return True


async def _by_kind(turn: Turn, u: Understanding) -> None:
    if (
        turn.state.flow == privacy.FLOW
        and u.kind in WALKS_AWAY
        and not (u.kind is Kind.COMMAND and u.command in ("delete", "cancel"))
    ):
        privacy.set_aside(turn)  # the flow it interrupted (a survey question) is open again
    flow = turn.state.flow
    if flow is None and _nothing_open(turn):
        return
    if await answer_retold.handle(turn, u):  # "change the name to Daisy Mae": stored, not asked
        return
    if await _correction_at_review(turn, u):
        return
    if u.kind is Kind.SMALL_TALK and u.talk in UNDECIDED_TALK and followup.waiting(turn):
        await followup.ask_which_again(turn)  # "네" at "add or new?" picks neither
        return
    if (
        u.kind is Kind.SMALL_TALK
        and u.talk == "confused"
        and u.reason != WHICH_QUESTION  # "이게 무슨 질문이에요?": no result again, no question open
        and await undelivered.said_again(turn)
    ):
        return  # "what did u say again?" with nothing open: the last result again (owner trial 12)
    if (
        u.kind is Kind.SMALL_TALK
        and u.talk == "resume"
        and flow != onboarding.FLOW
        and await _survey_paused(turn)
    ):
        # "let's continue where we left off", "어디까지 했더라" with the survey paused (owner trial
        # 28: a greeting, or added to the report at its question): the survey, where it stopped
        turn.understanding = u = dataclasses.replace(u, kind=Kind.COMMAND, command="start", talk=None)
    if u.kind is Kind.SMALL_TALK and u.talk == "plan" and flow is None and await _survey_meant(turn):
        # "어제 하던거 계속할게요" with no step to try and the survey not done (owner trial 30: "good
        # luck, tell me how it went"): the survey, started or where it stopped
        turn.understanding = u = dataclasses.replace(u, kind=Kind.COMMAND, command="start", talk=None)
    if (
        u.kind is Kind.SMALL_TALK
        and u.talk == "nothing_waiting"
        and await turn.session.user_reports_pending(turn.user.id)
    ):
        await undelivered.show_command(turn)  # a report waits after all: its status, as /result
        return
    if await _help_now(turn, u):
        return
    if u.kind is Kind.COMMAND:
        await _command(turn, u)
    elif u.kind is Kind.REPORT:
        await _report(turn)
    elif u.kind is Kind.CORRECTION and u.reason == "age-by-pronoun" and not await _has_dog(turn):
        await followup.settle_pending(turn)  # "he is to years old" with no profile: the profile's
        await _offer_survey_for_profile(turn)  # answer, not a correction of nothing (trial 5)
        turn.resume_flow()
    elif u.kind is Kind.CORRECTION:  # "아 잘못 말했어요 3살이에요": the dog's answer, never a report
        await correction.handle(turn)
    elif u.kind is Kind.CHOICE and (flow is None or flow in SET_ASIDE) and profile.NEW_DOG in u.picks:
        await _new_dog(turn)  # "네", "응 등록할래", "sure, add him" typed at "add another dog?"
    elif u.kind is Kind.CHOICE and (flow is None or flow in SET_ASIDE) and profile.NEWDOG_NO in u.picks:
        profile.decline_offer(turn)  # "아니요", "not now" there
        turn.resume_flow()  # a result's question shown with the offer stays open
    elif u.kind is Kind.CHOICE and onboarding.START in u.picks and (flow is None or flow in SET_ASIDE):
        if isinstance(u.answer, Value):  # "콩이", "Max" typed after the offer: its name (trial 10)
            turn.state.data[start.NAME_TOLD] = str(u.answer.value)
            turn.state.data[start.NAME_SURE] = True
        await _survey(turn)  # "네" or "강아지 소개하기" typed after the survey was offered
    elif u.kind is Kind.CHOICE and OFFER_LATER in u.picks and (flow is None or flow in SET_ASIDE):
        turn.say("first-report-declined")  # "not now, maybe later": the follow-up question stays open
        turn.resume_flow()  # and is asked again under the line, as after any interruption
    elif u.kind is Kind.SMALL_TALK and u.talk == "confused" and flow == followup.FLOW:
        await followup.clarify(turn)  # "뭔소리야", "wdym": what it asks, and it again (trial 10)
    elif u.kind is Kind.SMALL_TALK and u.talk == "dismiss" and flow == followup.FLOW:
        await followup.dismiss(turn)  # "nvm", "됐어요" at the question: waved off (owner trial 11)
    elif u.kind is Kind.SMALL_TALK and u.talk == "followup-why" and flow == followup.FLOW:
        await followup.explain(turn)  # "왜요?" at the follow-up question: why, and it again
    elif u.kind is Kind.SMALL_TALK and u.talk in SURVEY_TALK and u.answered and flow == onboarding.FLOW:
        # "펫샵이요 근데 그게 상관있어요?" (held-out 7: the pet shop lost), "중성화는 했어요 근데 이거
        # 왜 물어봐요?" at the age (stop 52 owner trial: the sex lost): why it is asked, and the
        # answer beside it kept as if typed alone
        onboarding.say_left(turn, why=u.talk == "survey_why")
        await _answered_beside(turn, u.answered)
    elif u.kind is Kind.QUESTION and u.answered and flow == onboarding.FLOW:
        await followup.settle_pending(turn)
        await question.handle(turn)  # "7시간? 너무 긴가요?": the question answered, and
        await _answered_beside(turn, u.answered)  # the 7 hours stored, the next question (stop 49)
    elif u.kind is Kind.QUESTION and u.answered and flow == checkins.FLOW:
        await followup.settle_pending(turn)
        await question.handle(turn)  # "나아진 것 같은데 이거 언제까지 해야 돼요?" (stop 56, held-out
        await _outcome_beside(turn, u.answered)  # 12: the outcome lost): the coach, and the outcome
    elif u.kind is Kind.QUESTION and u.answered and flow == followup.FLOW:
        await followup.settle_pending(turn)
        await question.handle(turn)  # "한 달에 한두 번이요 그런데 … 몇 번 연습해야 고쳐집니까" (held-out
        await _followup_beside(turn, u.answered)  # 13: the answer lost): the coach, and the answer
    elif u.kind is Kind.QUESTION and u.answered and flow != onboarding.FLOW:
        await followup.settle_pending(turn)
        await question.handle(turn)  # "also she's 3, is that old?" (held-out 9): the question for
        await _corrected_beside(turn, u.answered)  # the coach, and the age told kept, said back
        turn.resume_flow()
    elif u.kind is Kind.QUESTION:
        await followup.settle_pending(turn)
        await question.handle(turn)
        turn.resume_flow()
    elif (
        u.kind is Kind.SMALL_TALK
        and u.talk == "profile"
        and turn.state.data.get(profile.OFFERED)
        and (named := turn.services.understander.profile_name(turn.text))
    ):
        # "his name is max" with adding a dog offered (owner trial 25: "send 'yes'" for the survey
        # of the dog already there, and the name lost): the offer taken, with that name
        turn.understanding = dataclasses.replace(
            u, kind=Kind.COMMAND, command="newdog", argument=named, rename=True, talk=None
        )
        await _new_dog(turn)
    elif u.kind is Kind.SMALL_TALK and u.talk == "profile":  # "his name is cooper" with no survey
        await followup.settle_pending(turn)  # question open: the profile's, the survey offered
        if not await _profile_told(turn, u):  # "중형" with a dog: its size, stored (trial 10)
            await _offer_survey_for_profile(turn)
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.talk == "health":  # "피부병 약 먹어요" after a result: the
        await followup.settle_pending(turn)  # dog's health note, kept in its profile (trial 10)
        if not await correction.health_told(turn):
            await _offer_survey_for_profile(turn, health=True)
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.talk == "baby":  # "아기가 태어났어요": the children's yes,
        await followup.settle_pending(turn)  # said with what a baby changes (owner trial 22)
        if not await correction.baby_told(turn):
            await _offer_survey_for_profile(turn)
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.talk == "not_a_dog":  # "we also have a cat" with a dog:
        await followup.settle_pending(turn)  # its other-pets answer, stored and said (trial 16);
        if not await correction.other_pets_told(turn):  # no dog: DogCoach coaches dogs
            _aside(turn, u)
        turn.resume_flow()
    elif (
        u.kind is Kind.SMALL_TALK and u.reason == STEP_TRIED_TOLD and await feedback.plan_about(turn) is None
    ):
        # "매트훈련 해봤는데 매트에 안올라가요ㅠ 간식만 먹고 도망감" with no step being tried (stop 53):
        # what the dog did is told, a report as before; with a plan, the plan's feedback below
        await _by_kind(turn, dataclasses.replace(u, kind=Kind.REPORT, talk=None, reason="step-tried-no-plan"))
    elif u.kind is Kind.SMALL_TALK and u.talk == "feedback":  # "we tried that already": kept
        await followup.settle_pending(turn)  # against the plan, never a report or a question
        await feedback.handle(turn)
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.reason == STILL_TOLD and not await _still_about_plan(turn):
        # "he still barks at the mailman" with no step being tried for barking: a report
        await _by_kind(turn, dataclasses.replace(u, kind=Kind.REPORT, talk=None, reason="still-no-plan"))
    elif u.kind is Kind.SMALL_TALK and u.talk in feedback.OUTCOME_TALK:  # "meh so so", "it's gotten
        await followup.settle_pending(turn)  # worse", "not tried yet" after a result: kept against
        await feedback.kept(turn, feedback.OUTCOME_TALK[u.talk])  # the plan (owner trial 9)
        if flow == onboarding.FLOW:
            turn.resume_flow()  # at a survey question: it again (owner trial 14)
    elif u.kind is Kind.SMALL_TALK and u.talk == "news" and await safety.alarm_recent(turn):
        await followup.settle_pending(turn)  # "he's fine now I think" after a seizure: glad, and the
        turn.say("talk-news-after-alarm")  # safety advice still stands (owner trial 23: "🎉")
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.talk == "worked":  # "a bit better i think": kept against
        await followup.settle_pending(turn)  # the plan as a check-in's "better", never an answer
        await feedback.progress(turn)  # glued onto the report (owner trial 8); closes the question
        if flow == onboarding.FLOW:
            turn.resume_flow()  # "해봤는데 효과 있어요!!" at a survey question: it again (trial 14)
    elif u.kind is Kind.SMALL_TALK and u.talk == "impatient" and flow == followup.FLOW:
        turn.say(await followup.hurried(turn))  # "hurry up pls" at a result's question: no answer
        # (stop 62 owner trial: added to the report and analysed again)
    elif u.kind is Kind.SMALL_TALK and u.talk == "which_dog":  # "which dog was that for?": from the
        await filed.say(turn)  # store, never the coach model (owner trial 17); what was open stays
        turn.resume_flow()
    elif u.kind is Kind.SMALL_TALK and u.reason == "news-calm" and flow is None:  # "어제는 하루종일
        await feedback.calm_news(turn)  # 안짖었어요!!" with a plan open: kept as progress (trial 9)
    elif flow in FLOWS and (
        u.kind in (Kind.CHOICE, Kind.ANSWER)
        or (u.kind is Kind.NOISE and flow in QUESTION_FLOWS)
        or (u.kind is Kind.SMALL_TALK and u.talk == "agree" and flow == onboarding.FLOW)
        or (
            u.kind is Kind.SMALL_TALK
            and u.talk in CHECKIN_REASKED_TALK
            and flow == checkins.FLOW
            and turn.state.step != checkins.NOTE
        )
    ):
        if (
            onboarding.at_history_question(turn)
            or u.reason in (WARNING_HABIT, NOT_TRIED_ILL, OTHER_OPTION_LABEL, NOTE_BODY_SIGN)
        ) and not u.incident:
            # a past event told as the answer ("발작한 적 있어요"), or a warning at a child told as a
            # habit at an option ("nips kids"): the answer, no report and no model call; its safety
            # guidance is shown (issue 11). Told as now ("계속 토해요", "방금 물었어요"): a report too.
            # Not tried as the dog was ill, at a check-in (stop 49): "didn't try", the vet line.
            # The worst reaction's option label typed at another question or a check-in ("물었음
            # (상처 있음)"; stop 56: no card): its card, the question again. A sign of the dog's
            # body at the health question ("she flinches when touched near her tail"; stop 62):
            # the health answer and its card, no report.
            await safety.screen(turn, turn.text, report=None, dog=await turn.active_dog())
            turn.understanding = dataclasses.replace(u, safety=False, incident=False)
        elif flow == onboarding.FLOW and (u.safety or u.incident) and safety.emergency(turn, turn.text):
            # an emergency told at a survey question ("지금 발작해요 어떡해요" at the health note, a
            # number, a choice; stop 44: kept as the answer): a report only, the question again
            await _report(turn)
            return
        elif u.incident and u.split and flow == checkins.FLOW:
            # "괜찮아졌어요 근데 오늘 산책하다 다른 개한테 달려들었어요" (stop 47: the report held
            # "괜찮아졌어요 근데" too): the outcome the check-in's, what follows "but" the report
            await report.save(turn, u.split, tip=False)
        elif (u.safety or u.incident) and flow != followup.FLOW:  # it tells an incident: a report too
            await report.handle(turn, tip=False)  # (the follow-up screens what it adds itself)
        # noise, or a bare "네" / "아니요", at a question: the question's own re-ask, with an example
        await FLOWS[flow](turn)
    else:
        await followup.settle_pending(turn)
        if u.kind is Kind.NOISE:  # too short to analyse ("알파롤 했어요"), not too short to be unsafe
            await safety.screen(turn, turn.text, report=None, dog=await turn.active_dog())
        if u.kind is Kind.SMALL_TALK and u.talk == "name_asked" and flow == onboarding.FLOW:
            await onboarding.say_name(turn)  # "이름이 뭐였더라 ㅋㅋ" (owner trial 13): the name kept
        else:
            _aside(turn, u)
        # the owner in crisis first (owner trial 29: the dog's question came straight back under
        # the crisis lines): nothing of the dog asked in this turn, what was open waits
        crisis = u.kind is Kind.SMALL_TALK and u.talk == "owner_crisis"
        closed = flow == followup.FLOW and u.kind is Kind.SMALL_TALK and u.talk in CLOSING_TALK
        if not (crisis or closed):
            turn.resume_flow()


async def _profile_told(turn: Turn, u: Understanding) -> bool:
    """`correction.profile_told`, reading the fact alone when it came with a correction asked for
    ("Rex is neutered, please correct that", "중성화 했어요 고쳐주세요"; stop 64: the edit opened or
    the fact lost): its words (`u.argument`) stand for the message while it is stored."""
    if u.reason != CORRECTION_REQUESTED or not u.argument:
        return await correction.profile_told(turn)
    typed = turn.incoming
    turn.incoming = dataclasses.replace(typed, text=u.argument)
    try:
        return await correction.profile_told(turn)
    finally:
        turn.incoming = typed


async def _survey_meant(turn: Turn) -> bool:
    """A plan said in the survey's own words ("계속할게요", "continue") with no step being tried
    and no finished profile: the survey meant, not advice (there is none to go on with)."""
    vocabulary = turn.services.understander.vocabulary
    if not vocabulary["understanding-command-start"].contains(Folded(turn.text)):
        return False
    if await feedback.plan_about(turn) is not None:
        return False
    dog = await turn.active_dog()
    return dog is None or dog.completed_at is None


async def _has_dog(turn: Turn) -> bool:
    return bool(await turn.session.list_dogs(turn.user.id))


async def _offer_survey_for_profile(turn: Turn, *, health: bool = False) -> None:
    """A survey answer told with no survey question open ("his name is cooper", "3살이에요"): said
    to be the dog's profile, and the survey offered with its button ("네" takes it, as after a
    first report); nothing glued onto a report, nothing sent to the model (acceptance trial 5).
    With no dog yet the answer is kept for the survey, said with its value, and not asked then
    (`correction.kept_for_survey`; owner trial 30: lost, and asked again)."""
    name = turn.services.understander.profile_name(turn.text)
    kept = not name and await correction.kept_for_survey(turn, health=health)
    start_button = (turn.choice(onboarding.START, "first-report-start"),)
    turn.say("talk-profile-kept" if kept else "talk-profile", choices=start_button)
    turn.state.data[OFFER_KEY] = True
    if name:  # the survey's name question offers it
        turn.state.data[start.NAME_TOLD] = name


async def _still_about_plan(turn: Turn) -> bool:
    """A behaviour told as still happening ("근데 아직도 짖어요") is about the step being tried: a
    plan is open and the message names its behaviour (a jumping plan says nothing of barking)."""
    plan = await feedback.plan_about(turn)
    return plan is not None and turn.services.understander.names_category(turn.text, plan.category)


def _aside(turn: Turn, u: Understanding) -> None:
    """Media, small talk or noise: a short answer, nothing stored, nothing analysed (a behaviour
    named alone: asked for one time it happened)."""
    if u.kind is Kind.MEDIA:  # at a survey question, its answer asked for in words (owner trial 13)
        turn.say("unsupported-input-survey" if turn.state.flow == onboarding.FLOW else "unsupported-input")
    elif u.kind is Kind.NOISE and u.label and turn.state.flow is None:  # a behaviour named alone, idle:
        # one time it happened, asked (at an open question, the hint and the question again)
        label.ask_for_incident(turn)
    elif u.kind is Kind.NOISE and u.reason == EVENT_UNNAMED and turn.state.flow is None:
        unclear.offer(turn)  # told as having happened, no behaviour known: analyse it? (one button)
    elif u.kind is Kind.SMALL_TALK and u.talk == "confused":  # "뭐라고요?", "what?": how to go on
        turn.say(_confused_reply(turn, u))  # (no coach question)
    elif u.kind is Kind.SMALL_TALK and u.talk in SURVEY_TALK and turn.state.flow == onboarding.FLOW:
        onboarding.say_left(  # "이거 꼭 다 해야돼요?": how many are left, how to skip or stop;
            turn, why=u.talk == "survey_why", example=u.reason in (QUESTION_MARKS_ONLY, HOW_TO_ANSWER)
        )  # "이름 뭐라고 해야돼?" (stop 64): its why and an example too  # "?" alone: why it is asked and an example of an answer (stop 58)
    elif u.kind is Kind.SMALL_TALK and u.talk == "help_wanted" and turn.state.flow == onboarding.FLOW:
        turn.say("survey-help-wanted")  # "I want help with my dog" (stop 61): what the survey is for
    elif u.kind is Kind.SMALL_TALK and u.talk == "resume" and turn.state.flow == onboarding.FLOW:
        turn.say("survey-resume")  # "어디까지 했더라", "hey sorry got busy": the open question again
    elif (
        u.kind is Kind.SMALL_TALK
        and u.talk == "greeting"
        and turn.state.flow == onboarding.FLOW
        and turn.services.understander.back_said(turn.text)
    ):
        turn.say("survey-resume")  # "다녀왔어요", "ok back" after a wait (owner trial 30): welcome back
    elif u.kind is Kind.SMALL_TALK and u.talk in TAKEN_BACK_TALK and turn.state.flow == onboarding.FLOW:
        # "nvm lol", "sorry wrong chat": nothing kept, the question again; once answers are stored,
        # never "I haven't kept that" of them (owner trial 61: said right after "2" was stored)
        kept = turn.state.data.get("dog_id") is not None
        turn.say("survey-taken-back-kept" if kept else "survey-taken-back")
    elif u.kind is Kind.SMALL_TALK and u.talk == "done" and turn.state.flow == onboarding.FLOW:
        turn.say("survey-go-on")  # "thats all" mid-survey: the questions go on (not "talk to me again")
    elif u.kind is Kind.SMALL_TALK and turn.state.flow == onboarding.FLOW and u.talk in SURVEY_NUDGED_TALK:
        turn.say("survey-talk-nudge")  # "👍", "ㅋㅋ" at a survey question: the question, kindly (owner
        # trial 18: "tell me what your dog did", as if nothing were asked)
    elif u.kind is Kind.SMALL_TALK and turn.state.flow == followup.FLOW and u.talk in FOLLOWUP_NUDGED_TALK:
        turn.say("analysis-followup-nudge")  # the same at a result's question, which a channel may
        # not show again below it (trial 22, the terminal): the question named, and how to skip it
    elif u.kind is Kind.SMALL_TALK and u.reason == BABY_VISIT_TOLD:
        turn.say("life-baby-visit")  # "조카가 다음주에 놀러와요": a visit, nothing stored (stop 56)
    elif u.kind is Kind.SMALL_TALK:
        turn.say(TALK_REPLIES.get(u.talk or "", "talk-other"))
        country = turn.services.understander.country_named(turn.text) if u.talk == "moved" else ""
        if country:  # "미국으로 이사왔어요": which of the country's zones, as buttons (stop 53)
            zone.offer_country(turn, country)
    else:
        turn.say("noise-hint")


def _confused_reply(turn: Turn, u: Understanding) -> str:
    """The reply to not understanding the bot: at an open question, that it is asked again below;
    which question is meant, asked with none open ("이게 무슨 질문이에요?", "what question is this?";
    stop 55, batch 495: a question for the coach model), that none is waiting and what to do."""
    if turn.state.flow:
        return "talk-confused-question"
    return "talk-no-question" if u.reason == WHICH_QUESTION else "talk-confused"


async def _command(turn: Turn, u: Understanding) -> None:
    if not u.command and turn.state.flow is None:
        back = await _switched_back(turn)
        if back is not None:  # "ㄴㄴ 켜줘" right after "체크인 꺼줘": that switch, on again
            turn.understanding = u = back
    name = u.command or ""
    # a message left at "add or new?" keeps waiting and the choice is asked again below the
    # command's reply (owner trial 9: a view; stop 62 trial: "체크인 시간 저녁 9시로" filed it as a
    # new report and analysed it); only a command that ends or replaces what is open (`SETTLES`)
    # files it on its own first, so it is never lost (pre-merge trial: stored nowhere)
    kept = name not in SETTLES and followup.waiting(turn)
    if not kept:
        await followup.settle_pending(turn)
    if await profile.before_command(turn, name):  # typed at "remove {name}?": it is settled first
        return
    if name == "language" and u.argument in LOCALES:
        await language.switch(turn, u.argument)
        return
    survey = turn.state.flow == onboarding.FLOW
    if u.reason == SENT_WHEN:  # "알림은 언제 보내요?": tips and check-ins, when each comes
        await tips.when(turn)
    else:
        await COMMANDS.get(name, start.unknown)(turn)
    picks.viewed(turn, name)
    if kept and followup.waiting(turn):
        turn.resume_flow()  # "add or new?" again (`followup.reprompt`)
    if survey and name in BESIDE_SURVEY and turn.state.flow == onboarding.FLOW:
        turn.resume_flow()  # asked once: `dispatch` re-prompts once however many asked for it


async def _switched_back(turn: Turn) -> Understanding | None:
    """An on-word with no switch named ("켜줘", "ㄴㄴ 켜줘", "turn it back on") right after the
    owner's previous message turned a switch off: that switch's command, on (trial 4: "I can't do
    that" and the help). None when the previous message turned nothing off."""
    understander = turn.services.understander
    vocabulary = understander.vocabulary
    if not vocabulary["understanding-argument-on"].contains(Folded(turn.text)):
        return None
    was = await _previous_understood(turn)
    if was is None or was.kind is not Kind.COMMAND or was.command not in SWITCHES or was.argument != "off":
        return None
    return dataclasses.replace(was, text=turn.text, argument="on", reason="switched-back")


async def _previous_understood(turn: Turn) -> Understanding | None:
    """The owner's previous message (this one is not written yet), read with nothing open; None
    when there is none. For words that answer what the bot said to it ("turn it back on", "no
    wait, keep him")."""
    lines = await turn.session.list_messages(turn.user.id)
    previous = next((line["text"] for line in reversed(lines) if line["direction"] == "in"), None)
    return turn.services.understander.understand(previous, Context()) if previous else None


async def _removal_confirmed(turn: Turn) -> bool:
    """The owner's previous message confirmed a dog's removal: its Yes tapped, or its label typed."""
    lines = await turn.session.list_messages(turn.user.id)
    previous = next((line for line in reversed(lines) if line["direction"] == "in"), None)
    if previous is None:
        return False
    choice = str((previous.get("payload") or {}).get("choice") or "")
    typed = Folded(str(previous.get("text") or "")).units
    return choice.startswith(profile.REMOVE_YES) or typed == Folded(turn.t("profile-remove-yes")).units


async def _kept_after_remove(turn: Turn, u: Understanding) -> bool:
    """ "no wait, keep him", "아 아니 그냥 둘게요" right after the owner asked to remove a dog and was
    told no dog has that name (nothing was removed, no question asked): said that nothing was
    removed, and the open question again; never an answer to it (English owner trial: glued onto
    the report at its follow-up question and analysed again). At "remove Choco?" the question's
    own Keep option takes the same words (`profile.FLOW`). False, nothing done, otherwise."""
    if turn.state.flow == profile.FLOW or u.kind in (Kind.REPORT, Kind.QUESTION):
        return False
    if u.kind is Kind.COMMAND and u.command != "cancel":
        return False
    understander = turn.services.understander
    message = Folded(turn.text)
    if len(turn.text.split()) > KEEP_MAX_WORDS or not (
        understander.vocabulary["understanding-keep-dog"].contains(message)
    ):
        return False
    was = await _previous_understood(turn)
    if was is None or was.kind is not Kind.COMMAND or was.command != "removedog":
        return False
    await followup.settle_pending(turn)
    # "아니 취소" right after "네, 지워 주세요" (a tap, or its words typed) removed the dog: it is
    # gone and cannot come back, never "nothing was removed" (stop 50 owner trial)
    turn.say("profile-remove-already" if await _removal_confirmed(turn) else "profile-remove-kept")
    turn.resume_flow()
    return True


def _kept_aside(turn: Turn) -> None:
    """The line between a report told at an open question and the question again. Under the
    report's acknowledgement ("🔍 analysing it now…") it only says the question goes on: "I'll
    save it and analyse it separately" under it said the same thing twice (stop 53, Telegram)."""
    acked = any(META_REPORT in r.meta for r in turn.replies)
    turn.reply(
        Reply(turn.t("report-kept-back" if acked else "report-kept-in-flow"), meta={META_KEPT_ASIDE: True})
    )


async def _report(turn: Turn) -> None:
    """A behaviour report, whatever is open: saved and analysed; an open question keeps its
    place and is asked again after one line that says so (a report is never an answer)."""
    flow = turn.state.flow
    if flow == followup.FLOW:
        if not await followup.named_report_answered(turn):  # "신발 씹는 건 혼자 있을 때만 그래요"
            await followup.new_incident(turn)
        return
    if flow == checkins.FLOW:  # at "how did it go?": the question's buttons stay (the note prompt
        checkins.close(turn)  # takes any text as the note: `checkins.context`); a survey it was
        await report.handle(turn, tip=False)  # asked over is open again
        return
    u = turn.understanding
    emergency = flow == onboarding.FLOW and safety.emergency(turn, turn.text)
    # a free-text answer (the health note) is the whole message, no clear answer beside an emergency
    noted = u is not None and isinstance(u.answer, Value) and isinstance(u.answer.value, str)
    if (
        flow == onboarding.FLOW
        and u is not None
        and isinstance(u.answer, Value | Approximate)
        and not (emergency and noted)
    ):
        # "8시간인데 그동안 계속 짖어요": the report kept, and the answer it holds saved (one line
        # says both), then the next question. An emergency too ("2년 됐는데 지금 발작해요", "4 hours,
        # but he got into my pills"; stop 63, the lead's decision reversing stop 44's "the question
        # again"): its card first, then the answer kept; nothing an owner sent is dropped
        await report.handle(turn, tip=False)
        turn.understanding = dataclasses.replace(u, kind=Kind.ANSWER, incident=True)
        await onboarding.handle(turn)
        return
    # "lulu keeps stealing socks" at "Is your dog's name Lulu?": Lulu added, the report hers
    named = await onboarding.named_by_report(turn) if flow == onboarding.FLOW else None
    await report.handle(turn, tip=flow is None)
    await correction.age_in_report(turn)  # "btw she turned 4, and she barked again": the age too
    if named is not None:
        _kept_aside(turn)
        await onboarding.go_on_after_name(turn, named)
        return
    if flow is not None:
        await onboarding.hint_name(turn, turn.text)  # at the name question: the name it gives, offered
        if not emergency:  # "다리를 절어요 병원다녀요": kept for the health too; a seizure now is no note
            await onboarding.health_in_report(turn)
        _kept_aside(turn)
        turn.resume_flow()


async def _after_media_welcome(turn: Turn, u: Understanding) -> bool:
    """The first words of an owner who was shown the welcome after a picture (owner trial 30: the
    welcome again): read for what they are. "나중에" declines the welcome's offer; small talk and
    noise get their own reply, the offer kept ("네" takes it). False for what first contact reads
    the same way (the offer taken: the survey, whose first line is no welcome again)."""
    if u.kind is Kind.CHOICE and OFFER_LATER in u.picks:
        turn.say("first-report-declined")
        return True
    if (u.kind is Kind.NOISE and not u.label and u.reason != EVENT_UNNAMED) or (
        u.kind is Kind.SMALL_TALK and u.talk not in ("owner_crisis", "other_species")
    ):
        _aside(turn, u)
    else:
        return False
    turn.say("first-report-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))
    turn.state.data[OFFER_KEY] = True
    return True


async def _answered_beside(turn: Turn, answered: str) -> None:
    """The survey's answer told beside a question (`Understanding.answered`: "7시간" of "7시간?
    너무 긴가요?"; stop 49, Korean owner trial: only the question kept, the answer asked again)
    stored as if typed alone, the survey going on from it."""
    read = turn.services.understander.understand(answered, onboarding.context(turn))
    with turn.typed_alone(answered, read):
        await onboarding.handle(turn)


async def _outcome_beside(turn: Turn, told: str) -> None:
    """A check-in's outcome told beside a question (`Understanding.answered`: "나아진 것 같은데" of
    "나아진 것 같은데 이거 언제까지 해야 돼요?"; stop 56, held-out 12: only the question kept) kept
    as if typed alone: stored, and the note asked; read as no outcome, the check-in asked again."""
    read = turn.services.understander.understand(told, checkins.context(turn))
    with turn.typed_alone(told, read):
        await checkins.handle(turn)


async def _followup_beside(turn: Turn, told: str) -> None:
    """A result's follow-up answered beside a question to the coach (`Understanding.answered`: "한 달에
    한두 번이요" of "한 달에 한두 번이요 그런데 이런 건 몇 번 정도 연습해야 고쳐집니까"; held-out 13,
    batch 600: only the question kept) handled as if typed alone: added to the report."""
    read = turn.services.understander.understand(told, followup.context(turn))
    with turn.typed_alone(told, read):
        await followup.handle(turn)


async def _corrected_beside(turn: Turn, corrected: str) -> None:
    """A profile answer corrected beside a question asked with nothing open (`Understanding.answered`:
    "also she's 3" of "also she's 3, is that old?"; held-out 9: only the question kept, the age
    lost): changed and said back as the correction typed alone is."""
    fixed = turn.services.understander.understand(corrected, Context())
    if fixed.kind is not Kind.CORRECTION:
        return
    with turn.typed_alone(corrected, fixed):
        await correction.handle(turn)


async def _first_contact(turn: Turn, u: Understanding) -> None:
    """A new user's first message, the same on every channel: a report is kept and analysed, a
    question answered, and the survey offered; a command runs (a language name switches, then the
    welcome); anything else (a greeting, noise, command words that name no command) gets the
    welcome and the survey's first question."""
    if u.kind in (Kind.REPORT, Kind.QUESTION):
        if u.kind is Kind.REPORT:
            await report.handle(turn, tip=False)
        else:
            await question.handle(turn)
        turn.say("first-report-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))
        turn.state.data[OFFER_KEY] = True  # "네" to the offer starts the survey
        return
    if (
        u.kind is Kind.MEDIA
        and u.reason == CAPTION_UNREAD
        and turn.services.understander.names.introduced(turn.text)
    ):
        # "우리 망고에요" under a first photo (Telegram; stop 54 verification trial: the photo reply
        # alone, the name lost): the photo unread, the caption read as typed, its name offered
        turn.say("unsupported-input-survey")
        await start.start(turn)
        return
    if u.kind is Kind.MEDIA:  # a picture first: the same "I read text" as later, nothing stored
        _aside(turn, u)
        return
    if turn.welcomed and await _after_media_welcome(turn, u):
        return
    if u.kind is Kind.NOISE and (u.label or u.reason == EVENT_UNNAMED):  # "separation anxiety" first:
        # asked for one time it happened; something told naming no behaviour: offered to be analysed
        start_survey = turn.choice(onboarding.START, "first-report-start")
        if u.label:
            label.ask_for_incident(turn)
            turn.say("first-report-offer", choices=(start_survey,))
        else:  # both buttons on the last line: Kakao shows that line's quick replies
            unclear.keep(turn)
            turn.say("unclear-event")
            turn.say("first-report-offer", choices=(unclear.button(turn), start_survey))
        turn.state.data[OFFER_KEY] = True
        return
    if u.kind is Kind.COMMAND and u.command:  # command words naming no command: the welcome
        await _command(turn, u)
        if u.command == "language" and turn.state.flow is None:
            turn.resuming = False  # nothing to resume: the welcome follows in the new language
            await start.start(turn)
        elif u.command == "help" and turn.state.flow is None:
            # "안녕하세요 처음 써봐요 어떻게 하는거예요?" (owner trial 30: a question for the model):
            # how to use it, and the survey offered ("네", or the dog's name, takes it)
            turn.say("first-report-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))
            turn.state.data[OFFER_KEY] = True
        return
    if u.kind is Kind.SMALL_TALK and u.talk == "owner_crisis":  # "i want to die" first (trial 28):
        _aside(turn, u)  # the owner first, with where to get help; no survey pressed on them
        return
    if u.kind is Kind.SMALL_TALK and u.talk == "other_species":  # "do you also work with cats?"
        _aside(turn, u)  # first: dogs only, then the welcome
    if u.kind is Kind.SMALL_TALK and u.talk == "health":  # "the vet said her knees are bad" first
        # (stop 55, batch 497: noise, the note lost): kept for the survey, not asked again there
        await correction.kept_for_survey(turn, health=True)
    await start.start(turn)
