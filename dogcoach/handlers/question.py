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
from dogcoach.handlers.results.render import report_language, speak_report_language
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.models import QUESTION


async def handle(turn: Turn) -> None:
    """Save the turn's text as a question about the dog it names (else the active dog), answer
    what safety calls for, acknowledge it and queue it for the model."""
    text = turn.text
    dog, named = await dog_of(turn, text)
    own = turn.services.topics.own_reply(text)  # "can you speak spanish", "can u talk to my vet"
    if own is not None or turn.services.topics.about_bot(text):
        await safety.screen(turn, text, report=None, dog=dog)
        turn.say(own or "coach-about")
        return
    question = await turn.session.add_report(
        turn.user.id, dog.id if dog else None, text, report_language(text, turn.locale), kind=QUESTION
    )
    speak_report_language(turn, question)  # everything said about it, in the language it was typed in
    await safety.screen(turn, text, report=question, dog=dog)
    if named and dog is not None:
        turn.say("report-filed-under", name=dog.name or turn.t("value-none"))
    queue = turn.services.analysis
    if queue is None:  # no model configured (a bare engine): the question is kept
        turn.say("coach-saved")
        return
    acknowledge(turn, question, queue)
