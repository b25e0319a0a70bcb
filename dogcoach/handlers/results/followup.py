"""The follow-up question: a result whose analysis says information is `missing` ends with one
question (`render.result_replies`); a plausible answer to it (how often, what happened right
before or after) is appended to the same report and analysed again (flow `followup`). A new
incident becomes its own report (the router sends it to `new_incident`); when the message may be
either, two buttons ask: add it to the last report, or make it a new one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from dogcoach.domain.survey import BY_KEY
from dogcoach.domain.types import META_REPORT, META_SAFETY, Reply
from dogcoach.handlers import onboarding, profile, safety
from dogcoach.handlers import report as report_flow
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.results.render import (
    FOLLOWUP_PREFIX,
    SKIP_FOLLOWUP,
    followup_question,
    followup_topic,
    quote,
    speak_report_language,
    translator,
)
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import Messages
from dogcoach.services.safety import WOUND_FLAGS
from dogcoach.services.store import ConversationState, Dog, Report, StoreSession
from dogcoach.services.understanding import (
    BARE_NUMBER,
    BARE_PEOPLE,
    BARE_SPAN,
    DECLINE,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Unclear,
    Value,
    canonical,
)
from dogcoach.services.understanding.text import Folded

FLOW = "followup"
PREFIX = FOLLOWUP_PREFIX
ADD = f"{FOLLOWUP_PREFIX}add"  # the unclear message answers the question: add it to the report
NEW = f"{FOLLOWUP_PREFIX}new"  # it is another incident: a report of its own
# A plain "no", "아니요" at "add or new?": not the same incident, a new report (batch 65); listed
# before the cancel words, which hold "no" too, so it takes the plain no.
NEW_NO = "analysis-followup-new-no"
# "nevermind", "아냐 됐어" at "add or new?" (typed only, no button): neither; the message is dropped
WHICH_CANCEL = f"{FOLLOWUP_PREFIX}which-cancel"
# The locale the open question was asked again in, below another reply: not again in it.
ASKED_AGAIN = "asked_again"
# What a result's question asks about (`render.followup_topic`): each has its explanation,
# `analysis-followup-explain-<topic>`.
TOPICS = ("frequency", "antecedent", "consequence")
# A question left unanswered this long no longer captures the user's next message.
FOLLOWUP_TTL = timedelta(hours=24)
# How many of the dog's latest reports detail typed at a question may be about.
OLDER_REPORTS = 10
# A message left at "add or new?" this short that reads as no report on its own is not filed.
SETTLED_WORDS = 3


# Set in the state while the survey offered after a first report may be taken with "네" (the
# router reads it); a follow-up question armed meanwhile keeps it, so both stay answerable.
SURVEY_OFFERED = "survey_offered"
# Set where check-ins cannot come at a time, once that was said (`coaching.checkins.time_command`
# on Kakao): the next message, a time alone, is the time wanted, never a report's detail (stop 52:
# the result shown in the same turn armed its question and dropped the mark; "8pm" was added).
TIME_NO_PUSH_SAID = "checkin_time_no_push"
# Offers a result's question keeps from the state it replaces: the survey offered after a first
# report, and adding a dog offered in the same turn ("아 콩이 말고 보리요": 보리 is not registered),
# so the owner's "네" still takes it.
KEPT_OFFERS = (
    SURVEY_OFFERED,
    TIME_NO_PUSH_SAID,
    onboarding.ADD_DOG_OFFERED,
    onboarding.ADD_DOG_OFFERED_NAME,
    *onboarding.TOLD_BEFORE,
)
# A result's question that waits (batch 74): the id of its report, in the state, while the survey is
# offered or another flow is open (the survey under way, a check-in's "how did it go?"); asked at the
# end of the first turn that leaves nothing open (`ask_deferred`). Owner trial: the question came
# under a first result with the survey offered, "네" started the survey, and the question was set
# aside unanswered; a result shown mid-survey never asked it at all.
DEFERRED = "followup_deferred"
# The waiting question the owner was told would be asked ("I'll come back to your question":
# `start-followup-set-aside`): the id of its report. Owner trial 8: a newer report told during the
# survey dropped it unasked. A promise is kept: a newer report with nothing to ask does not drop it
# (`ask_deferred`, quoting its report); a newer result's own question takes its place (owner trial
# 11: the newest question is the open one, `arm_followup`, `undelivered`).
PROMISED = "followup_promised"
# The question this one replaced, on screen while this one's result is not shown yet (Kakao shows
# it with the owner's next message): the id of its report. Owner trial 13: a new incident told at
# "how often, since when?", then "몇달됐어요" answered the question on screen, not the new report's.
SHOWN_BEFORE = "followup_shown_before"
# The report whose result (and question) a push is sending now: armed when the push claimed it,
# shown only once it was sent (`ResultDelivery.deliver` drops the mark then). Stop 62 (trial fault
# of stop 61, Telegram): the later result was claimed while its message waited for Telegram's
# pace; the answer typed meanwhile went to it, though the question shown was the earlier one's.
PUSHING = "followup_pushing"


def followup_state(
    report: Report, messages: Messages, flags: Iterable[str] = (), *, before: ConversationState | None = None
) -> ConversationState:
    """The state that makes the owner's next message the answer to the question about `report`.
    `flags`: the red-flag kinds it raised (`raised_flags`), so a message raising another one is
    understood as a new incident, not an answer; `before`: the state it replaces (its open offers
    are kept, `KEPT_OFFERS`)."""
    data: dict[str, object] = {
        "report_id": report.id,
        "asked_at": datetime.now(UTC).isoformat(),
        "topic": followup_topic(report, messages),
        "flags": sorted(set(flags)),
    }
    if before is not None:
        data.update({key: before.data[key] for key in KEPT_OFFERS if before.data.get(key)})
    return ConversationState(FLOW, "answer", data)


async def raised_flags(session: StoreSession, report: Report) -> list[str]:
    """The red-flag kinds recorded against `report` (its text and what was added to it)."""
    return sorted({f.kind for f in await session.user_red_flags(report.user_id) if f.report_id == report.id})


def context(turn: Turn) -> Context:
    """The follow-up question (its topic: antecedent, consequence or frequency) and its buttons;
    with a message waiting for "add or new?", those two buttons as well."""
    options = [Option(SKIP_FOLLOWUP, "analysis-followup-skip", numbered=False)]
    if turn.state.data.get("pending") is not None:
        options = [
            Option(ADD, "analysis-followup-add"),
            Option(NEW, "analysis-followup-new", words=(NEW_NO,)),
            Option(WHICH_CANCEL, "analysis-followup-which-cancel", numbered=False, words=(DECLINE,)),
            *options,
        ]
    topic = turn.state.data.get("topic")
    flags = frozenset(str(f) for f in turn.state.data.get("flags") or ())
    return Context(Expect.FOLLOWUP, tuple(options), topic=str(topic) if topic else None, flags=flags)


async def expire(turn: Turn) -> None:
    """A question asked too long ago no longer captures the user's message."""
    if turn.state.flow == FLOW and not _fresh(turn.state):
        await settle_pending(turn)
        turn.state = ConversationState()


async def settle_pending(turn: Turn) -> None:
    """A message left waiting for "add or new?" when the owner writes something else: it becomes
    a report of its own when it reads as one on its own (the understanding, nothing open), so
    nothing they wrote is glued to the wrong incident; a bare label ("짖음", "barking": noise
    when nothing is open) is never analysed as an incident: it stays in the transcript only, and
    one line says so (trial 2, finding 2: "짖음" became an analysed record)."""
    pending = turn.state.data.pop("pending", None)
    if turn.state.flow == FLOW and pending:
        turn.state = ConversationState()
        await _settle(turn, str(pending))


async def _settle(turn: Turn, text: str) -> None:
    """The message that waited for "add or new?" kept as a report of its own; only a bare label
    ("짖음") is not (owner trial 13: "오늘은 산책하다가 다른 개를 물뻔했어요", the old question
    answered next, was dropped as too short to tell: it was offered as a new incident, so it is one)."""
    u = turn.services.understander.understand(text, Context())
    if u.kind is not Kind.REPORT and (u.label or len(text.split()) < SETTLED_WORDS):
        turn.say("analysis-followup-pending-dropped", text=text)
        return
    await report_flow.save(turn, text, tip=False, screened=True)  # screened when it came


def can_ask(state: ConversationState) -> bool:
    """A question may take over the user's next message only when they are not in another flow,
    nor asked "add or new?" about a message still waiting (arming a new question dropped it
    unseen: trial 2, finding 2)."""
    return state.flow is None or (state.flow == FLOW and not state.data.get("pending"))


def waits(state: ConversationState) -> bool:
    """A result's question must wait rather than be asked now: a flow other than the follow-up's
    own is open (the survey under way, a check-in's "how did it go?": its question comes first).
    The survey's offer is no such flow: it is two buttons beside the result, kept open past talk,
    so the question comes with the result and the owner's next words answer it; "네" starts the
    survey and sets the question aside, to be asked when the survey is done (`set_aside`)."""
    return state.flow is not None and state.flow != FLOW


async def arm_followup(
    session: StoreSession, report: Report, messages: Messages, *, pushed: bool = False
) -> bool:
    """Outside a turn (the worker): make the user's next free text the answer, if they are idle;
    while the question must wait (`waits`) it is kept for later (`DEFERRED`). `pushed`: a push
    sends it next, so it is not shown until that is done (`PUSHING`, `shown_by_push`).

    True when armed, i.e. the question may be shown.
    """
    if followup_topic(report, messages) is None:
        return False
    before = await session.get_state(report.user_id)
    if waits(before):
        # the newest result's question waits, even over one promised (owner trial 11: the older
        # promised question was asked and the newer report's own question never was)
        before.data[DEFERRED] = report.id
        before.data.pop(PROMISED, None)
        await session.save_state(report.user_id, before)
        return False
    if not can_ask(before):
        return False
    state = followup_state(report, messages, await raised_flags(session, report), before=before)
    older = before.data.get("report_id") if before.flow == FLOW else None
    if older is not None and older != report.id:
        state.data[SHOWN_BEFORE] = dict(before.data)  # answered still, until this result is shown
    if pushed:
        state.data[PUSHING] = report.id
    await session.save_state(report.user_id, state)
    return True


async def shown_by_push(session: StoreSession, report: Report) -> None:
    """The push sent the result and its question: from now on the question is on screen."""
    state = await session.get_state(report.user_id)
    if state.flow == FLOW and state.data.get(PUSHING) == report.id:
        state.data.pop(PUSHING)
        await session.save_state(report.user_id, state)


async def disarm_followup(session: StoreSession, report: Report) -> None:
    """The question was not delivered after all: do not capture the next message for it. The
    offers it kept (`KEPT_OFFERS`: the survey offered after a first report) stay open: on Kakao,
    which cannot push, the result comes with the next message and "ok" there still takes the
    offer (ninth owner trial: the offer was dropped, "ok" got the idle reply, the survey never
    started, and the dog's name typed next was glued onto the report)."""
    state = await session.get_state(report.user_id)
    if state.flow == FLOW and state.data.get("report_id") == report.id:
        kept = {key: state.data[key] for key in KEPT_OFFERS if state.data.get(key)}
        before = state.data.get(SHOWN_BEFORE)
        if isinstance(before, dict):  # the question on screen before it is still the open one
            await session.save_state(report.user_id, ConversationState(FLOW, "answer", {**before, **kept}))
            return
        await session.save_state(report.user_id, ConversationState(data=kept))


def _fresh(state: ConversationState) -> bool:
    try:
        asked = datetime.fromisoformat(str(state.data.get("asked_at")))
    except ValueError:
        return False
    return datetime.now(UTC) - asked < FOLLOWUP_TTL


async def _usable_report(turn: Turn, *, analysing: bool = False) -> Report | None:
    """The owner's report the open question is about, analysed (`analysing`: or being analysed
    again with something added while its question stayed open, words pointing at a photo; the
    answer typed before the new result is back is still its answer, stop 34). None otherwise."""
    report_id = turn.state.data.get("report_id")
    report = await turn.session.get_report(int(report_id)) if report_id is not None else None
    usable = ("done", "pending") if analysing else ("done",)
    if report is None or report.user_id != turn.user.id or report.status not in usable:
        return None
    return report


async def handle(turn: Turn) -> None:
    """The owner's answer to the follow-up question (a plausible one: appended to the report and
    analysed again), or a message that may be an answer or a new incident (asked with two
    buttons), or their pick of those buttons typed."""
    if turn.incoming.choice is not None:  # a button of an older message: the question stays open
        turn.refuse("stale-button")
        turn.resume_flow()
        return
    u = turn.understanding
    picks = u.picks if u is not None and u.kind is Kind.CHOICE else ()
    if SKIP_FOLLOWUP in picks or (u is not None and isinstance(u.answer, DontKnow)):
        await _skip(turn)
        if u is not None and u.split:
            # "모르겠어요 저 없을 때라서 그리고 방금 또 제 실내화를 다 뜯어놨어요" (held-out 13): the
            # question skipped, and the incident told after "그리고" a report of its own
            await report_flow.save(turn, u.split, tip=False)
        return
    if ADD in picks or NEW in picks:
        await _resolve(turn, add=ADD in picks)
        return
    if WHICH_CANCEL in picks and turn.state.data.pop("pending", None) is not None:
        turn.say("analysis-followup-which-cancelled")  # kept nowhere; the question stays open
        return
    pending = turn.state.data.pop("pending", None)
    if pending:  # left at "add or new?": filed first (sent first); this message is still read
        await _settle(turn, str(pending))
    report = await _usable_report(turn, analysing=True)
    if report is None:
        turn.state = ConversationState()
        await report_flow.handle(turn)
        return
    if u is not None and u.split and isinstance(u.answer, Value):
        # "like every day, mostly evenings… oh and he peed on the rug again 🙃" (English owner
        # trial 31: one new report, the answer lost): the answer to this report, analysed again,
        # and the incident told after "oh and" a report of its own
        turn.state = ConversationState()
        await append(turn, report, str(u.answer.value))
        await report_flow.save(turn, u.split, tip=False)
        return
    named = await _report_named(turn, report)
    if named is not None:
        # "아까 짖는 거요, 하루에 두세 번이요" at the leash pulling's question, the barking told
        # before it (stop 64 trial: appended to the latest): the report it names takes it, said
        # so; the question open stays open
        await _added_to_named(turn, named)
        return
    on_screen = await _shown_before(turn, report)
    if on_screen is not None and u is not None and u.alternative is not Kind.REPORT:
        turn.state.data.pop(SHOWN_BEFORE, None)
        await append(turn, on_screen, turn.text)  # the question on screen answered; this one stays
        return
    dogs = [d for d in await turn.session.list_dogs(turn.user.id) if d.name]  # read once, used twice
    if _name_alone(turn, report, dogs) or _not_an_answer(turn, report):
        return
    if u is not None and u.alternative is Kind.REPORT and _names_another_dog(turn, report, dogs):
        # "둘째 보리는 밤에 낑낑거려요" after 초코's result: 보리's own report, never asked whether it
        # adds to 초코's (fifth owner trial)
        await new_incident(turn)
        return
    if u is not None and u.alternative is Kind.REPORT and _points_at_shown(turn):
        # "이거 보세요 이렇게 물어뜯어놨어요" after a photo, the sofa's question open: that incident
        # pointed at, added to it, the question still open (owner trial 13: filed as a second
        # report, and the answer that followed added to the first)
        await append(turn, report, turn.text)
        return
    if (
        u is not None
        and u.alternative is Kind.REPORT
        and turn.services.understander.other_behaviour(turn.text, report.text)
    ):
        # "밤마다 우다다해요", "he's been so clingy lately" at the question about jumping or
        # spinning: another behaviour (words pointing at a photo, above, stay the asked one's;
        # stop 34's CI: "look at this he tore it up" after "chewed up the sofa"),
        # its own report (owner trial 15: glued onto the asked one)
        await new_incident(turn)
        return
    if (
        u is not None
        and u.alternative is Kind.REPORT
        and turn.services.understander.same_subject(turn.text, report.text)
    ):
        # "아 그리고 자전거는 특히 빨간 거에 더 그래요" after "자전거 보면 짖어요" (stop 63 trial: add
        # or new?): what that report is about named again, no time and no "again": its detail
        turn.state = ConversationState()
        await append(turn, report, turn.text)
        return
    if u is not None and u.alternative is Kind.REPORT and _names_asked(turn, report):
        # "about the leash pulling - it happens every walk" at the pulling's question (stop 64
        # trial: "add or new?"): its behaviour named, about it
        turn.state = ConversationState()
        await append(turn, report, turn.text)
        return
    if u is not None and u.alternative is Kind.REPORT:
        turn.state.data["pending"] = turn.text
        await safety.screen(turn, turn.text, report=None, dog=await turn.active_dog())  # safety first
        _ask_which(turn)
        return
    elsewhere = await _answered_elsewhere(turn, report, dogs)
    if elsewhere is not None:  # "Pip does it every day" at Bruno's question (stop 55)
        name = next((d.name for d in dogs if d.id == elsewhere.dog_id), "")
        turn.say("analysis-followup-other-dog", name=name, text=quote(turn.t, elsewhere.text))
        await append(turn, elsewhere, turn.text)
        return  # the question about `report` stays open
    older = await _older_report_told(turn, report)
    if older is not None:  # "the peeing happens every day" at the growl's question (owner trial 8)
        turn.say("analysis-followup-older", text=quote(turn.t, older.text))
        await append(turn, older, turn.text)
        return  # the question about `report` stays open
    turn.state = ConversationState()
    await append(turn, report, turn.text)


async def _shown_before(turn: Turn, report: Report) -> Report | None:
    """The report whose question is on screen while `report`'s result is not shown yet
    (`SHOWN_BEFORE`), when it was shown; None otherwise. A pushed result counts as shown once its
    push was sent (`PUSHING`) before the owner's message came (`Incoming.pushed_unseen`: sent
    while the turn waited), never from its claim (stop 62)."""
    before = turn.state.data.get(SHOWN_BEFORE)
    older_id = before.get("report_id") if isinstance(before, dict) else None
    unseen = (
        report.delivered_at is None
        or turn.state.data.get(PUSHING) == report.id
        or turn.incoming.pushed_unseen
    )
    if not unseen or older_id is None:
        return None
    older = await turn.session.get_report(int(str(older_id)))
    if older is None or older.user_id != turn.user.id or older.delivered_at is None:
        return None
    return older if older.status == "done" else None


async def named_report_answered(turn: Turn) -> bool:
    """A message read as a report at a result's question that names, by its behaviour words, one
    of the owner's recent reports with no time of its own, no "again", no red flag ("신발 씹는 건
    혼자 있을 때만 그래요" at the leash pulling's question, the chewing told before; "he pulls on
    the leash every walk" at the pulling's own; stop 64 trial: appended to the latest, or a new
    report): detail of the report it names, said which when it is not the asked one. False,
    nothing done, otherwise (a new incident)."""
    if turn.state.flow != FLOW or waiting(turn):
        return False
    report = await _usable_report(turn, analysing=True)
    if report is None or turn.services.understander.signals.read(Folded(canonical(turn.text))).anchored:
        return False
    named = await _report_named(turn, report)
    if named is not None:
        await _added_to_named(turn, named)
        return True
    if not _names_asked(turn, report):
        return False
    turn.state = ConversationState()
    await append(turn, report, turn.text)
    return True


async def _added_to_named(turn: Turn, named: Report) -> None:
    """The message added to the report it names, the line saying which; the question open stays
    open (the one on screen before it is no longer waited on)."""
    turn.state.data.pop(SHOWN_BEFORE, None)
    turn.say("analysis-followup-older", text=quote(turn.t, named.text))
    await append(turn, named, turn.text)


def _names_asked(turn: Turn, report: Report) -> bool:
    """The message names the asked report's behaviour by its words as its topic ("about the leash
    pulling - it happens every walk", "줄 당기는 건 산책 때마다 그래요" at its question;
    `understanding-report-topic`), no time of its own, no "again", no red flag: about it, never
    "add or new?". The same behaviour told as an event ("every time guests come he barks at the
    door") may be another incident: still asked."""
    understander = turn.services.understander
    message = Folded(canonical(turn.text))
    told = understander.categories_named(turn.text)
    return (
        bool(told & understander.categories_named(report.text))
        and understander.vocabulary["understanding-report-topic"].contains(message)
        and not understander.signals.read(message).anchored
        and not understander.vocabulary["understanding-again"].contains(message)
        and not turn.services.safety.check(turn.text).flags
    )


async def _report_named(turn: Turn, report: Report) -> Report | None:
    """The owner's other recent report, of the same dog, whose behaviour the message names by its
    words when it names none of the asked report's ("아까 짖는 거요, 하루에 두세 번이요", "about the
    barking - it's like twice a day" at the leash pulling's question, three reports told back to
    back; stop 64 trial: appended to the latest). Behaviours are read from the reports' own words
    (`Understander.categories_named`), so it holds whatever category the model gave. Its result
    shown within `FOLLOWUP_TTL`, the newest such report first. None when the message names no
    behaviour, names the asked report's, says "again", raises a red flag or has a time of its own
    with the behaviour not named as a topic (a new incident)."""
    understander = turn.services.understander
    told = understander.categories_named(turn.text)
    if not told or told & understander.categories_named(report.text):
        return None
    message = Folded(canonical(turn.text))
    if understander.vocabulary["understanding-again"].contains(message):
        return None
    if turn.services.safety.check(turn.text).flags:
        return None
    if understander.signals.read(message).anchored and not understander.vocabulary[
        "understanding-report-topic"
    ].contains(message):
        return None  # "he barked at the mailman just now": a new incident ("아까 짖는 거요" points back)
    since = datetime.now(UTC) - FOLLOWUP_TTL
    recent = await turn.session.list_reports(turn.user.id, dog_id=report.dog_id, limit=OLDER_REPORTS)
    return next(
        (
            older
            for older in recent  # newest first
            if older.id != report.id
            and older.status == "done"
            and not older.is_question
            and older.delivered_at is not None
            and older.delivered_at >= since
            and told & understander.categories_named(older.text)
        ),
        None,
    )


async def _older_report_told(turn: Turn, report: Report) -> Report | None:
    """The dog's most recent other analysed report whose behaviour the message names, when it does
    not name the asked report's: detail about the peeing typed at the growl's question belongs to
    the peeing (owner trial 8: glued onto the growl, analysed again). Behaviours are read as the
    concerns question's options (`Understander.concerns_in`), compared with the analyses'
    categories; None when the message names none, or the asked report's."""
    named = turn.services.understander.concerns_in(turn.text, survey_context(BY_KEY["concerns"]))
    if not named or (report.analysis or {}).get("category") in named:
        return None
    recent = await turn.session.list_reports(turn.user.id, dog_id=report.dog_id, limit=OLDER_REPORTS)
    return next(
        (
            older
            for older in recent  # newest first
            if older.id != report.id
            and older.status == "done"
            and not older.is_question
            and (older.analysis or {}).get("category") in named
        ),
        None,
    )


async def _answered_elsewhere(turn: Turn, report: Report, dogs: Sequence[Dog]) -> Report | None:
    """The report of another dog this answer is about, when two dogs' results each asked a
    question (stop 55, Telegram: the answer to Pip's "how often?" was added to Bruno's report,
    whose question was asked last): the dog the answer names ("Pip does it every day"), its
    latest report that asked one within `FOLLOWUP_TTL`; else, naming no dog, the question asked
    just before this one (`SHOWN_BEFORE`) about another dog, when the answer plainly answers that
    one's topic and not this one's ("every day, since last month" at "what happened right
    before?" after "how often?"). None otherwise: the question asked last takes it."""
    named = _other_dog_named(turn, report, dogs)
    if named is not None:
        return await _latest_asked(turn, named)
    before = turn.state.data.get(SHOWN_BEFORE)
    if (
        not isinstance(before, dict)
        or before.get("report_id") is None
        or not _fresh(ConversationState(data=before))
    ):
        return None
    earlier = await turn.session.get_report(int(str(before["report_id"])))
    if (
        earlier is None
        or earlier.user_id != turn.user.id
        or earlier.status != "done"
        or earlier.dog_id in (None, report.dog_id)
    ):
        return None
    return earlier if _fits_only(turn, str(before.get("topic") or "")) else None


def _fits_only(turn: Turn, topic: str) -> bool:
    """The message is a plausible answer at `topic` and not at the question open (`Understanding`
    reason "plausible": it holds that topic's cues)."""
    u = turn.understanding
    if not topic or u is None or u.reason == "plausible" or topic == turn.state.data.get("topic"):
        return False
    flags = frozenset(str(f) for f in turn.state.data.get("flags") or ())
    there = turn.services.understander.understand(
        turn.text, Context(Expect.FOLLOWUP, topic=topic, flags=flags)
    )
    return there.kind is Kind.ANSWER and there.reason == "plausible"


def _other_dog_named(turn: Turn, report: Report, dogs: Sequence[Dog]) -> int | None:
    """The one dog of the owner's other than the report's that the message names (its subject
    among several), when it names not the report's dog; None otherwise."""
    names = [d.name or "" for d in dogs]
    found = turn.services.understander.dogs_named(turn.text, names)
    if len(found) > 1:
        subject = turn.services.understander.dog_subject(turn.text, names)
        found = (subject,) if subject is not None else found
    ids = {dogs[i].id for i in found}
    return next(iter(ids)) if len(ids) == 1 and report.dog_id not in ids else None


async def _latest_asked(turn: Turn, dog_id: int) -> Report | None:
    """The dog's latest analysed report whose result asked a question, shown within `FOLLOWUP_TTL`."""
    since = datetime.now(UTC) - FOLLOWUP_TTL
    recent = await turn.session.list_reports(turn.user.id, dog_id=dog_id, limit=1)
    return next(
        (
            r
            for r in recent
            if r.status == "done"
            and not r.is_question
            and r.delivered_at is not None
            and r.delivered_at >= since
            and followup_topic(r, turn.messages) is not None
        ),
        None,
    )


def _points_at_shown(turn: Turn) -> bool:
    """The message only points at what a photo shows ("이거 보세요 이렇게 물어뜯어놨어요";
    `understanding-report-shown`)."""
    return turn.services.understander.vocabulary["understanding-report-shown"].contains(Folded(turn.text))


def _name_alone(turn: Turn, report: Report, dogs: Sequence[Dog]) -> bool:
    """A dog's name alone ("초코요", "Choco") at the question: nothing to add (owner trial: glued
    onto the report and analysed again); the name said back and the question again, the question
    still open. (Another dog's name alone moves the report: `retold`.) `dogs`: the owner's named
    dogs."""
    alone = turn.services.understander.name_alone(turn.text, [d.name for d in dogs])
    question = followup_question(turn.t, report)
    if alone is None or question is None:
        return False
    turn.say("analysis-followup-name-only", name=dogs[alone].name)
    turn.reply(question)
    return True


async def unknown_name(turn: Turn) -> bool:
    """A name alone at the question that is none of the owner's dogs ("Luna", "루나요"; owner
    trial: glued onto the report, or "루나요" sent to the coach as a question). Decided: most
    likely the report was about that dog, not registered yet: said so, nothing added, the report
    left where it is, adding the dog offered (typed "네" / "yes" or its button; its name offered
    at the name question), and the question again, still open, so a sentence still answers it
    (the line says so, for a word that was no name after all). False, nothing done, otherwise."""
    if turn.state.flow != FLOW or waiting(turn) or len(turn.text.split()) != 1:
        return False
    if turn.state.data.get(SURVEY_OFFERED):  # the survey offered beside it: the name is its answer
        return False  # (the router's `offer-name`; owner trial 10)
    topic = turn.state.data.get("topic")
    understander = turn.services.understander
    if not understander.name_unregistered(turn.text, (), str(topic) if topic else None):
        return False  # no name-like word: nothing to look up (most one-word answers end here)
    report = await _usable_report(turn)
    question = followup_question(turn.t, report) if report is not None else None
    if report is None or question is None:
        return False
    dogs = await turn.session.list_dogs(turn.user.id)
    typed = understander.name_unregistered(
        turn.text, [d.name or "" for d in dogs], str(topic) if topic else None
    )
    if not typed:
        return False
    own = next((d.name for d in dogs if d.id == report.dog_id and d.name), None)
    # the offer's buttons on its line: a channel that shows the last message's buttons only
    # (Kakao's quick replies) joins them to the question's (`kakao.screen._carry_offers`)
    offer = profile.offer_choices(turn)
    if own is None:  # no dog yet: most likely the name of the dog this is about (the survey offered)
        turn.say("analysis-followup-name-first", typed=typed, choices=offer)
    else:
        turn.say("analysis-followup-name-unknown", typed=typed, name=own, choices=offer)
    turn.state.data[profile.OFFERED] = profile.OFFER_TURNS  # "네" takes it while the question is open
    turn.state.data[profile.OFFERED_NAME] = typed
    turn.reply(question)
    return True


def _not_an_answer(turn: Turn, report: Report) -> bool:
    """One word that says no frequency at "how often?" ("Max" typed for the survey offered beside
    it), or a length of time alone at any follow-up ("5 years", "about 3 hours"; stop 55): not
    glued onto the report and analysed again (ninth owner trial, Kakao); said so, and the
    question again, still open."""
    u = turn.understanding
    question = followup_question(turn.t, report)
    if u is None or not isinstance(u.answer, Unclear) or question is None:
        return False
    if u.reason == BARE_NUMBER:
        # "13ish" (stop 50: appended to the report): 13 times a day, or a week? asked for
        turn.say("analysis-followup-no-unit", text=turn.text)
    elif u.reason == BARE_SPAN:
        # "5 years", "about 3 hours" (stop 55: glued onto the report): a dog's age or hours alone
        # as likely as an answer; what was read said, how to tell either, the question again
        turn.say("analysis-followup-span", text=turn.text)
    elif u.reason == BARE_PEOPLE:  # "3명" (stop 59 trial): the household's, most likely
        turn.say("analysis-followup-people", text=turn.text)
    else:
        turn.say("analysis-followup-not-understood", text=turn.text)
    turn.reply(question)
    return True


def _names_another_dog(turn: Turn, report: Report, dogs: Sequence[Dog]) -> bool:
    """The message names one of the owner's dogs (`dogs`) other than the report's, and not the
    report's; naming several, its subject is another dog ("보리가 초코 밥을 뺏어먹어요" after 초코's
    result: 보리's own report; `dog_subject`)."""
    names = [d.name or "" for d in dogs]
    named = turn.services.understander.dogs_named(turn.text, names)
    subject = turn.services.understander.dog_subject(turn.text, names) if len(named) > 1 else None
    ids = {dogs[i].id for i in ((subject,) if subject is not None else named)}
    return bool(ids) and report.dog_id not in ids


def _ask_which(turn: Turn) -> None:
    """ "Add to the last report, or new?" asks about the message just typed, not the report: in
    the language the turn speaks, the owner's now (stop 63 trial: asked in English, the report's,
    right after "한국어로 바꿔줘"; the report's result keeps its own)."""
    t = turn.t
    choices = (
        t.choice(ADD, "analysis-followup-add"),
        t.choice(NEW, "analysis-followup-new"),
    )
    turn.reply(Reply(t("analysis-followup-which"), choices))


async def offer_which(turn: Turn, report: Report) -> None:
    """Detail about the behaviour of the result just shown, told with no question open ("밥그릇
    으르렁 하는건 간식먹을때도 그래요": the growling analysed, when else it happens; owner trial 9:
    filed as a new report): it may add to that report or be a new incident, so "add or new?" is
    asked with its two buttons, the message waiting (safety first, as at the question)."""
    flags = await raised_flags(turn.session, report)
    turn.state = followup_state(report, turn.messages, flags, before=turn.state)
    turn.state.data["pending"] = turn.text
    await safety.screen(turn, turn.text, report=None, dog=await turn.active_dog())
    _ask_which(turn)


async def hurried(turn: Turn) -> str:
    """The reply to "hurry up pls" at a result's question (stop 62 owner trial: added to the report
    as its answer and analysed again): while the report is analysed again the analysis is coming
    (`talk-impatient`); its result shown, that it is above and the question is the owner's to
    answer or skip."""
    report = await _usable_report(turn, analysing=True)
    if report is not None and report.status == "pending":
        return "talk-impatient"
    return "analysis-followup-hurried"


def waiting(turn: Turn) -> bool:
    """A message waits for "add or new?"."""
    return turn.state.flow == FLOW and bool(turn.state.data.get("pending"))


async def ask_which_again(turn: Turn) -> None:
    """ "네", "thanks" typed at "add or new?" answer neither button (pre-merge trial: the waiting
    message was filed as a new report): the question again, nothing filed yet. Without its report
    (deleted meanwhile) the waiting message is settled on its own."""
    report = await _usable_report(turn)
    if report is None:
        await settle_pending(turn)
        return
    _ask_which(turn)


async def append(
    turn: Turn, report: Report, text: str, *, screened: bool = False, amount: str | None = None
) -> None:
    """Add the owner's answer to the report and analyse it again; what the answer adds is checked
    for safety like a report (unless `screened` already, when it came). A report whose result
    the owner has not seen yet (detail sent while it was analysed: `results.detail`) is not a
    follow-up answer: its follow-up question stays askable, and the line says it was added to
    the report being analysed. `amount`: the text is how much was eaten, after a red flag of that
    kind (a poisoning, a swallowed thing): the line says it was noted on that report (stop 45)."""
    queue = turn.services.analysis
    seen = report.delivered_at is not None
    speak_report_language(turn, report)  # the turn is about it: said in its language, as its analysis
    told = report.text
    await turn.session.reopen_report(report, f"{told}\n{text}", followup=seen)
    dog = await turn.session.get_dog(report.dog_id) if report.dog_id is not None else None
    if not screened:
        await _screen_added(turn, report, told, text, dog)
    if dog is not None and turn.services.understander.both_dogs(text):
        await report_flow.filed_once(turn, dog)  # "둘 다 그래요": kept under one dog, said so
    if queue is None:
        turn.say("report-saved", name="none")
        return
    if amount is not None:
        acknowledge(turn, report, queue, msg_id="analysis-amount-added", amount=amount)
        return
    acknowledge(turn, report, queue, msg_id="analysis-followup-received" if seen else "analysis-detail-added")


async def _screen_added(turn: Turn, report: Report, told: str, text: str, dog: Dog | None) -> None:
    """What an answer or a detail adds to `report` (whose words were `told`), checked for safety.
    Bleeding said alone ("피나요", "it's bleeding") after a bite or an injury (stop 52) is read
    with the report's words: the bite now with its blood gets the wound's card ("물었어요" then
    "피나요": the bite-wound care), and nothing is shown when it raises nothing the report had not."""
    if not turn.services.safety.bleeding_alone(text):
        await safety.screen(turn, text, report=report, dog=dog)
        return
    raised = set(await raised_flags(turn.session, report))
    if not raised & WOUND_FLAGS:
        await safety.screen(turn, text, report=report, dog=dog)
        return
    both = f"{told}\n{text}"
    if turn.services.safety.check(both).kinds <= raised:
        return  # the wound's card was shown with the report already
    await safety.screen(turn, both, report=report, dog=dog, methods=False)


async def _skip(turn: Turn) -> None:
    report = await _usable_report(turn) if turn.state.flow == FLOW else None
    await settle_pending(turn)
    turn.state = ConversationState()
    t = translator(turn.messages, report) if report is not None else turn.t
    turn.reply(Reply(t("analysis-followup-skipped")))


async def dismiss(turn: Turn) -> None:
    """ "nvm", "forget it", "됐어요" at the question (owner trial 11: "nvm" was /cancel): the
    question closed, kindly; a message waiting at "add or new?" is settled on its own, and the
    offers the question kept (`KEPT_OFFERS`: the survey offered) stay open."""
    await settle_pending(turn)
    kept = {key: turn.state.data[key] for key in KEPT_OFFERS if turn.state.data.get(key)}
    turn.state = ConversationState(data=kept)
    turn.say("talk-dismiss")


async def _resolve(turn: Turn, *, add: bool) -> None:
    """The owner said whether the waiting message belongs to the last report."""
    pending = turn.state.data.pop("pending", None) if turn.state.flow == FLOW else None
    report = await _usable_report(turn) if turn.state.flow == FLOW else None
    turn.state = ConversationState()
    if not pending:
        turn.refuse("stale-button")
        return
    if add and report is not None:
        await append(turn, report, str(pending), screened=True)
    else:
        await report_flow.save(turn, str(pending), tip=False, screened=True)


async def new_incident(turn: Turn) -> None:
    """A new incident typed while the question is open: its own report; the question is dropped.
    A message that waited for "add or new?" is settled first: filed (and acknowledged) in the order
    the owner sent them (trial 3, F5); the new report's safety text still leads the turn, and the
    line saying a bare label was not filed comes last."""
    pending = turn.state.data.get("pending") if turn.state.flow == FLOW else None
    asked = await _usable_report(turn) if turn.state.flow == FLOW else None  # "또 그랬어요" repeats it
    turn.state = ConversationState()
    start = len(turn.replies)
    if pending:
        await _settle(turn, str(pending))
    settled = len(turn.replies)
    await report_flow.handle(turn, tip=False, repeats=asked)
    if asked is not None and turn.state.flow is None and _fresh_question(asked, turn):
        # the older question stays answerable until the new report's own is asked (owner trial 13:
        # "몇달됐어요" typed next answered it, and went to the coach model as a question)
        flags = await raised_flags(turn.session, asked)
        turn.state = followup_state(asked, turn.messages, flags, before=turn.state)
        turn.state.data[ASKED_AGAIN] = turn.locale  # not asked again under the new report's reply
    settling, new = turn.replies[start:settled], turn.replies[settled:]
    urgent = [r for r in new if META_SAFETY in r.meta]
    rest = [r for r in new if META_SAFETY not in r.meta]
    if any(META_REPORT in r.meta for r in settling):  # filed: acknowledged in the order sent
        turn.replies[start:] = [*urgent, *settling, *rest]
    else:  # not filed (a bare label): the line saying so comes last (trial 2, finding 2)
        turn.replies[start:] = [*urgent, *rest, *settling]


def _fresh_question(report: Report, turn: Turn) -> bool:
    """`report` still has a question to ask in the owner's language."""
    return followup_question(turn.t, report) is not None


async def handle_choice(turn: Turn) -> None:
    """The follow-up's buttons (skip, add to the last report, new report), whatever is open."""
    choice = turn.incoming.choice
    if choice == SKIP_FOLLOWUP:
        await _skip(turn)
    elif choice in (ADD, NEW):
        await _resolve(turn, add=choice == ADD)
    else:
        turn.refuse("stale-button")


async def explain(turn: Turn) -> None:
    """ "왜요?", "why do you ask" at the question: a short fixed line on why it helps, and the
    question again (owner trial: the coach model was asked); nothing stored, nothing analysed."""
    report = await _usable_report(turn)
    question = followup_question(turn.t, report) if report is not None else None
    topic = turn.state.data.get("topic")  # a line per topic (stop 57: one line for all three)
    turn.say(f"analysis-followup-why-{topic}" if topic in TOPICS else "analysis-followup-why")
    if question is None:
        turn.state = ConversationState()
        return
    turn.reply(question)


async def clarify(turn: Turn) -> None:
    """ "뭔소리야", "wdym" at the question (owner trial 10: "뭔소리야" read as how often and glued
    onto the report): what it asks, with examples, and the question again, whether or not it was
    asked again already (`ASKED_AGAIN` spares the owner a nag, not an answer to "what?"). Nothing
    stored, nothing analysed; a message waiting at "add or new?" gets that question again."""
    report = await _usable_report(turn)
    if report is not None and waiting(turn):
        _ask_which(turn)
        return
    question = followup_question(turn.t, report) if report is not None else None
    topic = turn.state.data.get("topic")
    if question is None or topic not in TOPICS:
        turn.say("talk-confused")
        turn.state = ConversationState()
        return
    turn.say(f"analysis-followup-explain-{topic}")
    turn.reply(question)


async def reprompt(turn: Turn) -> None:
    """Asked again after an interruption such as /help, in the owner's language now (the result
    itself keeps the report's language): after /language the question is asked in the new one.

    Once only (once more after a language switch): under every later reply ("고마워요", "👍", a
    coach's answer, /history) it nagged (new-owner trial, F7: seven times in a row on Kakao and in
    the terminal). The question stays open, so the owner's answer is still taken whenever it comes."""
    report_id = turn.state.data.get("report_id")
    report = await turn.session.get_report(int(report_id)) if report_id is not None else None
    if report is not None and waiting(turn):
        _ask_which(turn)  # a view typed at "add or new?" (/history): that question again
        return
    question = followup_question(turn.t, report) if report is not None else None
    if question is None:
        turn.state = ConversationState()
        return
    if turn.state.data.get(ASKED_AGAIN) == turn.locale:
        return
    turn.state.data[ASKED_AGAIN] = turn.locale  # after /language, once more in the new language
    turn.reply(question)


def set_aside(turn: Turn) -> int | None:
    """The report whose question is open, when the owner starts something that takes over (the
    survey, a dog added, an answer edited): its id, to be kept as `DEFERRED` in the new flow's
    state, so the question is asked when that is done; None when no question is open."""
    if turn.state.flow != FLOW or not _fresh(turn.state):
        return None
    report_id = turn.state.data.get("report_id")
    return int(str(report_id)) if report_id is not None else None


def deferred(turn: Turn) -> int | None:
    """The report whose question waits (`DEFERRED`), read before the turn's handler runs."""
    value = turn.state.data.get(DEFERRED)
    return int(str(value)) if value is not None else None


def promised(turn: Turn) -> bool:
    """The question that waits was promised (`PROMISED`), read before the turn's handler runs
    (a /cancel clears the state it is kept in)."""
    return turn.state.data.get(PROMISED) is not None


async def ask_deferred(turn: Turn, waiting_id: int | None, *, was_promised: bool = False) -> None:
    """At the end of a turn: the question that waited (`waiting_id`, or one set aside during the
    turn) is asked once nothing else is open — the survey done, stopped or declined (the offer
    lapses with the next message), another flow closed — quoting its report when it waited from
    an earlier turn (time has passed), plainly when it was set aside by this very turn (an edit
    that found nothing to edit: the question again below it, as after any interruption). While
    something is still open it keeps waiting. Dropped when it no longer applies: a question
    of a newer result is open or a newer report was told (its own result asks), the report was
    analysed again or answered, or its result was shown over a day ago (`FOLLOWUP_TTL`). A question
    promised (`PROMISED`, or `was_promised` before the turn) is asked even when a newer report was
    told meanwhile, quoting its report (owner trial 8: "I'll come back to your question", then
    never asked)."""
    named = waiting_id is not None
    kept = was_promised or promised(turn)
    waiting_id = deferred(turn) or waiting_id
    if waiting_id is None:
        return
    if waits(turn.state):
        turn.state.data[DEFERRED] = waiting_id
        return
    turn.state.data.pop(DEFERRED, None)
    turn.state.data.pop(PROMISED, None)
    if turn.state.flow == FLOW:
        return
    report = await turn.session.get_report(waiting_id)
    if report is None or report.user_id != turn.user.id or report.delivered_at is None:
        return
    if datetime.now(UTC) - report.delivered_at >= FOLLOWUP_TTL:
        return
    newest = await turn.session.latest_incident(turn.user.id)
    newer = newest is not None and newest.id != report.id
    question = followup_question(turn.t, report, named=named or newer)
    if newest is None or (newer and not kept) or question is None:
        return
    turn.state = followup_state(
        report, turn.messages, await raised_flags(turn.session, report), before=turn.state
    )
    turn.reply(question)
