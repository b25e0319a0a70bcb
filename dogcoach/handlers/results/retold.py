"""A report said, right after it was sent, to be about another of the owner's dogs ("아 초코 말고
보리요", "보리 얘기예요", "oh not Choco, Bori", "I meant Bori"; issue 11): it is moved to that dog,
never glued onto it as detail nor filed as a report of its own.

Decided: the analysis is done again with that dog's profile, since its age, breed and history are
in the prompt and advice written for the other dog may not fit. Still running, the old analysis
loses its lease and is dropped (`reopen_report`); already shown, the plan its result started for
the wrong dog is withdrawn (its check-ins skipped) and the new result starts the right dog's.
Nothing is lost: the text is unchanged and the red flags it raised move with it. The active dog
stays as it was (switching is its own command); one line says where the report went.

Another of the owner's dogs named alone ("보리", "Bori") at the result's follow-up question or just
after the result (the question answered or skipped) is read the same way: the report moved.

A dog the owner has not registered named so ("아 콩이 말고 보리요" with 콩이 alone, "oh not Max,
Bella", a third dog of two): adding it is offered (`profile.offer_new_dog`: its buttons, typed
"네" / "yes", its name offered by the name question), and the report stays where it is, said in
the same line with the way to file it under the new dog (send it again once the dog is added).
Decided: moving it when the new dog's survey ends would carry the report through a survey that
may be cancelled or left for days, then re-analyse it out of the blue; sending it again is one
message and the owner sees where it went. A name alone that is none of the owner's dogs, just after
a result ("Luna", "루나요"; at its follow-up question: `followup.unknown_name`) is read the same way.
"""

from __future__ import annotations

from dogcoach.handlers import onboarding, profile
from dogcoach.handlers import report as report_flow
from dogcoach.handlers.results import detail, followup
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import ConversationState, Report


def may_apply(turn: Turn) -> bool:
    """The message may say so where it can be read that way: idle, after a follow-up question, or
    at a survey question other than the name (where a dog's name is the answer)."""
    flow = turn.state.flow
    at_survey = flow == onboarding.FLOW and turn.state.step != "name"
    if flow == followup.FLOW and len(turn.text.split()) == 1:
        return True  # another dog's name alone at the result's question ("보리"): said about it
    if flow is None and turn.services.understander.name_unregistered(turn.text, (), None):
        return True  # a name alone just after a result ("Luna"): maybe a dog not registered yet
    understander = turn.services.understander
    if flow in (None, followup.FLOW) and understander.dog_disowned(turn.text, ()) is not None:
        return True  # "아 그건 다른 손님 강아지였어요": the report was about a dog not the owner's
    return (flow in (None, followup.FLOW) or at_survey) and understander.may_retell(turn.text)


async def handle(turn: Turn) -> bool:
    """Move the owner's recent report (`detail.recent`) to the dog the message names instead of
    its own; False, nothing done, when the message says no such thing."""
    dogs = await turn.session.list_dogs(turn.user.id)
    if not dogs:
        return False
    report = await detail.recent(turn)
    if report is None:
        return False
    ids = [d.id for d in dogs]
    current = ids.index(report.dog_id) if report.dog_id in ids else None
    names = [d.name or "" for d in dogs]
    understander = turn.services.understander
    found = understander.dog_retold(turn.text, names, current) if len(dogs) > 1 else None
    disowned = understander.dog_disowned(turn.text, names) if found is None else None
    if disowned is not None and current is not None and turn.state.flow in (followup.FLOW, None):
        await _disown(turn, report, names[current] or turn.t("value-none"), disowned)
        return True
    if found is None and turn.state.flow in (followup.FLOW, None):
        # another dog's name alone at the follow-up question ("보리" after 초코's result): the
        # report was about it (owner trial: the name was glued onto the report); just after the
        # result (the question answered or skipped) the same (owner trial: the noise hint)
        alone = understander.name_alone(turn.text, names)
        found = alone if alone is not None and alone != current else None
        if found is None and turn.state.flow is not None and not understander.may_retell(turn.text):
            return False
    if found is None and turn.state.flow is None and not understander.may_retell(turn.text):
        # a name alone that is none of the dogs', just after the result ("Luna", "루나요"; owner
        # trial: the noise hint): read as "아 초코 말고 루나요", the dog not registered yet
        unknown = understander.name_unregistered(turn.text, names, None)
        if not unknown or current is None:
            return False
        await _offer(turn, unknown, names[current] or turn.t("value-none"))
        return True
    if found is None:
        unregistered = understander.dog_unregistered(turn.text, names, current)
        if not unregistered or current is None:
            return False
        await _offer(turn, unregistered, names[current] or turn.t("value-none"))
        return True
    dog = dogs[found]
    flow = turn.state.flow
    if flow == followup.FLOW:  # its question was about the analysis for the wrong dog
        await followup.settle_pending(turn)
        turn.state = ConversationState()
    await turn.session.move_report(report, dog.id)
    plan = await turn.session.plan_for_report(report.id)
    if plan is not None and plan.status in ("active", "adjust"):
        await turn.session.set_plan_status(plan.id, "replaced")
        await turn.session.skip_plan_checkins(plan.id, "replaced")
    name = dog.name or turn.t("value-none")
    queue = turn.services.analysis
    if queue is None:
        turn.say("report-moved", name=name)
    else:
        turn.say("report-moved-again", name=name)
        await turn.session.reopen_report(report, report.text, followup=False)
        acknowledge(turn, report, queue)
    if flow == onboarding.FLOW:
        turn.resume_flow()
    return True


async def _disown(turn: Turn, report: Report, dog: str, rest: str) -> None:
    """The report was about a dog that is not the owner's (stop 64 owner trial: "아 그건 두부 말고
    다른 손님 강아지였어요", sent to the model as a new report): kept with no dog, as a report about
    a dog not registered is (`report-filed-unregistered`), its red flags and notes with it, so
    they no longer count for `dog` and a bite in it no longer holds `dog`'s plans
    (`plans.bite_held` reads the dog's own reports); the plan its result started is withdrawn.
    Its analysis is left as it was: it was about that dog's behaviour, which has not changed.
    `rest`, what the owner said of their own dog after ("두부는 으르렁만 해요"), tells a behaviour:
    decided, a report of its own under the dog it names or the active one, since it is news of
    that dog that the disowned report no longer carries (never detail of a report about another
    dog)."""
    if turn.state.flow == followup.FLOW:
        await followup.settle_pending(turn)
        turn.state = ConversationState()
    await turn.session.move_report(report, None)
    plan = await turn.session.plan_for_report(report.id)
    if plan is not None and plan.status in ("active", "adjust"):
        await turn.session.set_plan_status(plan.id, "replaced")
        await turn.session.skip_plan_checkins(plan.id, "replaced")
    turn.say("report-disowned", name=dog)
    if rest:
        await report_flow.save(turn, rest, tip=False)


async def _offer(turn: Turn, name: str, dog: str) -> None:
    """The dog named is not registered: adding it offered (its name then offered by the survey's
    name question), the report left with `dog`, said so. A follow-up question about the report is
    closed first, so "네" takes the offer; at a survey question, that question comes back."""
    flow = turn.state.flow
    if flow == followup.FLOW:
        await followup.settle_pending(turn)
        turn.state = ConversationState()
    profile.offer_new_dog(turn, "report-retold-unregistered", typed=name, name=dog)
    if turn.state.flow is None:
        turn.state.data[profile.OFFERED_NAME] = name
    else:
        turn.resume_flow()
