"""A question to the coach ("산책할 때 줄 당기는 거 어떻게 고쳐요?"): answered by the model, briefly.

Saved as a row of kind `question` (never an incident: /week, progress and the summary do not count
it; /history lists it, told apart), checked for red flags and aversive methods first
(`safety.screen`, answered in this turn), then acknowledged with its place in line and queued:
the analysis worker answers it with the question prompt and streams the answer like an analysis.
A question about the bot itself ("너 누구야?") gets the bot's own answer: the model knows dogs, not
this service.
"""

from __future__ import annotations

from dogcoach.handlers import safety
from dogcoach.handlers.report import dog_of
from dogcoach.handlers.results.acknowledge import acknowledge
from dogcoach.handlers.results.render import report_language, speak_report_language, translator
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.models import QUESTION, Report
from dogcoach.services.understanding.followup import FLOW_ASKED


async def handle(turn: Turn) -> None:
    """Save the turn's text as a question about the dog it names (else the active dog), answer
    what safety calls for, acknowledge it and queue it for the model."""
    text = turn.text
    if turn.understanding is not None and turn.understanding.reason == FLOW_ASKED:
        turn.say("coach-next")  # "so what happens now" right after a result: the bot's own answer
        return
    dog, named = await dog_of(turn, text)
    own = turn.services.topics.own_reply(text)  # "can you speak spanish", "can u talk to my vet"
    if own is not None or turn.services.topics.about_bot(text):
        await safety.screen(turn, text, report=None, dog=dog)
        turn.say(own or "coach-about")
        return
    if turn.services.topics.remember_asked(text):
        await _remembered(turn, text)
        return
    question = await turn.session.add_report(
        turn.user.id, dog.id if dog else None, text, report_language(text, turn.locale), kind=QUESTION
    )
    speak_report_language(turn, question)  # everything said about it, in the language it was typed in
    check = await safety.screen(turn, text, report=question, dog=dog)
    if named and dog is not None:
        turn.say("report-filed-under", name=dog.name or turn.t("value-none"))
    if check.medicine:
        await _answered_by_vet_note(turn, question, check.medicine)
        return
    queue = turn.services.analysis
    if queue is None:  # no model configured (a bare engine): the question is kept
        turn.say("coach-saved")
        return
    acknowledge(turn, question, queue)


async def _answered_by_vet_note(turn: Turn, question: Report, note: str) -> None:
    """A medicine asked about ("how many mg of trazodone for a 20kg dog", "타이레놀 먹여도 돼요?"):
    the vet note shown by `safety.screen` is the answer, never the model's (owner trial, stop 49:
    a small model advising doses). The question is kept as the owner's, answered with that note
    and already seen (its /history line opens it), so nothing is queued or delivered again."""
    t = translator(turn.messages, question)
    question.status = "done"
    question.analysis = {"answer": [t(note)], "next_step": t("safety-medicine-next")}
    await turn.session.update_report(question)
    await turn.session.claim_delivery(question.id)


async def _remembered(turn: Turn, text: str) -> None:
    """ "두부 기억나요?", "do you remember me?": answered from the store, never the model (owner
    trial 11: asked after an erase, the model made up an answer). Nothing stored: nothing is kept
    after an erase; the dog named (or the only one): its profile and records are kept; else the
    dogs kept."""
    dogs = [d for d in await turn.session.list_dogs(turn.user.id) if d.name]
    if not dogs:
        turn.say("coach-remember-none")
        return
    found = turn.services.understander.dogs_named(text, [d.name or "" for d in dogs])
    if len(found) == 1 or len(dogs) == 1:
        turn.say("coach-remember-dog", name=dogs[found[0] if len(found) == 1 else 0].name)
        return
    turn.say("coach-remember-dogs", dogs=", ".join(d.name or "" for d in dogs))
