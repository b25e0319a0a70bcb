"""Feedback on the last advice ("we tried that already", "that didnt work", "그거 이미 해봤어요",
"효과 없던데요"; the understanding's small talk `feedback`), in any state.

Product rule (issue 11, acceptance trial e2): such feedback is about the step the owner was
given, not a new incident and not a question, so it is never glued onto a report, never sent to
the model and never lost. It is kept against the plan it is about — the active dog's newest plan
being tried — as an answered check-in "same" (didn't get better) with the owner's words as its
note, exactly what "how did it go?" would have stored; the plan's next check-in weighs it
(`services.coaching.plans.advise`: no progress twice asks for a new step). The owner is told it
was noted and what to do next (tell the next time it happens, or ask). With no plan yet (the
first result not shown, or advice from a coach's answer or a tip) there is no step to keep it
against, but it is kept all the same (batch 74, owner trial: answered and dropped): a note of kind
`feedback` (`store.add_note`) about the active dog, beside the owner's newest report or question
(the advice it most likely answers), in the export, erased with the owner; said so, with what to do.
"""

from __future__ import annotations

import datetime as dt

from dogcoach.handlers.coaching import checkins
from dogcoach.handlers.results import followup as result_followup
from dogcoach.handlers.turn import Turn
from dogcoach.services.coaching.models import Outcome, PlanStatus
from dogcoach.services.store.models import FEEDBACK, CheckinRow, PlanRow

# Plans the feedback may be about, the one being tried first (a replaced plan was superseded).
OPEN_PLANS = ("active", "adjust")
# How the step went, told in words after a result or a plan (the understanding's small talk):
# the check-in answer each one is kept as (owner trial 9, `kept`).
OUTCOME_TALK: dict[str, Outcome] = {
    "so_so": Outcome.SAME,
    "worse": Outcome.WORSE,
    "worse_since": Outcome.WORSE,  # "it's been worse since we moved": added to the report too
    "not_tried": Outcome.NOT_TRIED,
}
# What `_kept_as_checkin` did: a check-in added, an earlier one replaced, or nothing kept.
ADDED, REPLACED, NOT_KEPT = "added", "replaced", ""


async def plan_about(turn: Turn) -> PlanRow | None:
    """The active dog's newest plan still being tried (or to be changed), else None."""
    dog = await turn.active_dog()
    plans = await turn.session.list_plans(turn.user.id, dog.id if dog is not None else None)
    open_plans = [p for p in plans if p.status in OPEN_PLANS]
    return open_plans[-1] if open_plans else None  # oldest first: the newest is last


async def handle(turn: Turn) -> None:
    """Keep the turn's text against the plan it is about (an answered check-in "same" with the
    text as its note) and say so; with no plan, keep it as a note and say that no step was given
    yet."""
    plan = await plan_about(turn)
    if plan is None:
        dog = await turn.active_dog()
        newest = await turn.session.list_reports(turn.user.id, limit=1)
        about = newest[0].id if newest else None
        await turn.session.add_note(turn.user.id, dog.id if dog else None, about, FEEDBACK, turn.text)
        turn.say("talk-feedback-early")
        return
    if await _kept_as_checkin(turn, plan, Outcome.SAME) != REPLACED:
        turn.say("talk-feedback", category=turn.t(f"category-{plan.category}"))


async def progress(turn: Turn) -> None:
    """News that the advice helps ("we tried it, a bit better i think", "효과 있었어요"; small talk
    `worked`): the news answered, and kept against the plan it is about as an answered check-in
    "better" with the owner's words as its note, what "how did it go?" would have stored (owner
    trial 8: appended to the report as the follow-up's answer and analysed again). With no plan
    there is no step to keep it against: the news answered only. News about another behaviour
    than the plan's ("she's been a bit better with the chewing" while a barking step is tried;
    owner trial 22: kept as the barking step's "better") is not its progress: said so."""
    plan = await plan_about(turn)
    if plan is not None and await _about_another_behaviour(turn, plan):
        turn.say("talk-progress-other", category=turn.t(f"category-{plan.category}"))
        return
    if plan is None and await held(turn):
        turn.say("talk-worked-held")  # never "keep going with the plan" while it waits for the vet
        return
    turn.say("talk-worked")
    if plan is None:
        return
    if await _kept_as_checkin(turn, plan, Outcome.BETTER) == ADDED:
        turn.say("talk-progress-kept", category=turn.t(f"category-{plan.category}"))


async def held(turn: Turn) -> bool:
    """The active dog's training is on hold for a professional (`safety.hold_training`, a plan
    set "referred") with no plan being tried since: good news is no reason to keep going with a
    step that waits for the vet's word (stop 63: "조금 나아졌습니다" after the vet card got "keep
    going with it")."""
    dog = await turn.active_dog()
    plans = await turn.session.list_plans(turn.user.id, dog.id if dog is not None else None)
    return bool(plans) and plans[-1].status == PlanStatus.REFERRED


async def _about_another_behaviour(turn: Turn, plan: PlanRow) -> bool:
    """The message names behaviours only of categories that are neither the plan's nor any its
    report's words name ("better with the chewing" under a barking step for the doorbell; "he
    didn't growl at all today" under a step for barking and lunging at dogs stays that step's,
    growling and lunging being one category, whatever category the model gave the plan)."""
    understander = turn.services.understander
    told = understander.categories_named(turn.text)
    if not told or plan.category in told:
        return False
    report = await turn.session.get_report(plan.report_id) if plan.report_id is not None else None
    return report is None or not told & understander.categories_named(report.text)


async def calm_news(turn: Turn) -> None:
    """Good news told with nothing open and no result shown a moment ago, the behaviour told as
    not happening ("어제는 하루종일 안짖었어요!!", "she didn't bark at all yesterday"; the
    understanding's `news-calm`). With a plan being tried it is how that step is going, so it is
    `progress`: kept against the plan as an answered check-in "better" with the owner's words as
    its note, and said so (owner trial 9: answered as plain news and kept nowhere, so the plan's
    next check-in never weighed it). With no plan there is no step to keep it against: the news
    answered only, as before."""
    if await plan_about(turn) is None:
        turn.say("talk-news")
        return
    await progress(turn)


async def _kept_as_checkin(turn: Turn, plan: PlanRow, outcome: Outcome) -> str:
    """The turn's text kept against `plan` as a check-in answered now with `outcome`, the text its
    note: `ADDED`; or, when a check-in of that plan was answered a moment ago
    (`checkins.CORRECTED_WITHIN`), at its question or in words, and these words take it back
    ("아 아니 좀 나아졌어요", "actually no, …": `Understander.retold`), that one's answer replaced
    by this one, said so: `REPLACED`; `NOT_KEPT` when no check-in could be added or answered. Two
    accounts told one after the other with no such words ("tried it 3 times, still barking", then
    "didn't get to try it yet": owner trial 13), or feedback after a check-in answered ("we tried
    that already": owner trial 11), stay two answers."""
    now = dt.datetime.now(dt.UTC)
    session, user = turn.session, turn.user
    earlier = await _just_answered(turn, plan, now)
    if earlier is not None and turn.services.understander.retold(turn.text):
        # words taking back the answer just kept ("아 아니 …", "actually no, …"): replaced; two
        # accounts told one after the other, or feedback after a check-in, both stay (trial 11, 13)
        await checkins.replace_answer(turn, earlier, outcome, turn.text)
        return REPLACED
    checkin = await session.add_checkin(plan, now)
    if checkin is None or not await session.answer_checkin(checkin.id, user.id, outcome, now):
        return NOT_KEPT
    await session.set_checkin_note(checkin.id, user.id, turn.text)
    return ADDED


async def _just_answered(turn: Turn, plan: PlanRow, now: dt.datetime) -> CheckinRow | None:
    """The check-in of `plan` answered last, when that was a moment ago
    (`checkins.CORRECTED_WITHIN`): at "how did it go?", by its buttons, or by words kept here."""
    rows = await turn.session.list_checkins(turn.user.id, plan.dog_id)
    recent = [c for c in rows if c.plan_id == plan.id and checkins.just_answered(c, now)]
    return max(recent, key=lambda c: (c.answered_at, c.id)) if recent else None


async def kept(turn: Turn, outcome: Outcome) -> None:
    """How the step went, told in words after a result or a plan ("음 그냥 그래요", "meh so so":
    the same; "요즘 더 심해졌어요", "it's gotten worse": worse; "아직 안해봤어요", "not tried yet":
    not tried) — what "how did it go?" asks, so kept as an answered check-in with that outcome
    and the owner's words as its note (owner trial 9: lost as "not sure what you mean", glued
    onto the report, or "worse" stored as "no effect yet"); the plan's next check-in weighs it
    (`services.coaching.plans.advise`). With no plan yet it is kept as a note with the records
    (as `handle` keeps feedback), and said so.

    "그건 잘 모르겠고 요즘 더 심해졌어요" at "how often, and since when?" is decided here too:
    the owner does not know how often ("그건 잘 모르겠고"), and what they do say ("요즘" lately,
    "더 심해졌어요" worse) is the trend since the step, which is what a check-in records and what
    changes the next step; appending it to the report would analyse the same incident again with
    no frequency in it. So it is kept as "worse" with the words (the "lately" with them), and
    the question is not asked again (the flow does not resume it)."""
    plan = await plan_about(turn)
    if plan is None:
        dog = await turn.active_dog()
        newest = await turn.session.list_reports(turn.user.id, limit=1)
        about = newest[0].id if newest else None
        await turn.session.add_note(turn.user.id, dog.id if dog else None, about, FEEDBACK, turn.text)
        turn.say("coaching-kept-early")
    elif await _kept_as_checkin(turn, plan, outcome) != REPLACED or outcome is Outcome.WORSE:
        # (replaced and worse: the line of what to do when it gets worse all the same)
        turn.say(f"coaching-kept-{outcome}", category=turn.t(f"category-{plan.category}"))
    if turn.understanding is not None and turn.understanding.talk == "worse_since":
        await _event_added(turn, plan)


async def _event_added(turn: Turn, plan: PlanRow | None) -> None:
    """Worse since an event ("이사오고 나서 심해졌어요", "it's been worse since we moved") is two
    things at once, and both are kept, with no buttons to choose between them: the trend since
    the step (the check-in "worse" just kept, which makes the plan's next check-in change the
    step) and an antecedent or setting event the analysis did not know (a move, a new baby, a
    new dog), which may be the cause itself. Kept only as the check-in's note (owner trial 9),
    the move never reached the analysis; asking "add it to the report, or a check-in?" would make
    the owner choose between two true readings for nothing. So the words are also added to the
    report the plan came from (else, or with no plan, the dog's newest), which is analysed again
    with them, as any detail told after a result is (`results.followup.append`)."""
    report_id = plan.report_id if plan is not None else None
    report = await turn.session.get_report(report_id) if report_id is not None else None
    if report is None or report.user_id != turn.user.id:
        dog = await turn.active_dog()
        newest = await turn.session.list_reports(turn.user.id, dog_id=dog.id if dog else None, limit=5)
        report = next((r for r in newest if not r.is_question), None)
    if report is not None and report.status == "done":
        await result_followup.append(turn, report, turn.text)
