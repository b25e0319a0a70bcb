"""A behaviour named alone ("separation anxiety", "짖음", "barking, jumping"): no incident to
analyse, so nothing is stored and the model is not called; the owner is told which behaviour was
understood and asked for one recent time it happened (before, what the dog did, after), which is
what an analysis needs (fresh owner trial: each label was analysed as a report)."""

from __future__ import annotations

from dogcoach.domain.survey import BY_KEY
from dogcoach.handlers.parsing import survey_context
from dogcoach.handlers.turn import Turn
from dogcoach.services.understanding import Value
from dogcoach.services.understanding.classify import OTHER_OPTION_LABEL
from dogcoach.services.understanding.text import Folded

# The question whose options are the behaviours: its reader names the ones in the message.
CONCERNS = "concerns"
# The question whose option labels, typed with no question open, name a reaction (stop 56).
WORST = "worst_reaction"


def named(turn: Turn) -> str:
    """The behaviours the message names, as the concerns question calls them in the owner's
    language ("Separation distress", "짖음"); the text as typed when no concern is read."""
    if turn.understanding is not None and turn.understanding.reason == OTHER_OPTION_LABEL:
        # "물었음 (상처 있음)" typed after the survey: that reaction as the survey calls it, in the
        # owner's language (the concerns read it as mouthing)
        picked = turn.services.understander.understand(turn.text, survey_context(BY_KEY[WORST])).picks
        return turn.t(BY_KEY[WORST].option_msg(picked[0])) if len(picked) == 1 else turn.text
    context = survey_context(BY_KEY[CONCERNS])
    read = turn.services.understander.answers.choice(
        Folded(turn.text), context.options, multi=True, exclusive=context.exclusive
    )
    picks = [p for p in read.value if p != context.exclusive] if isinstance(read, Value) else []
    if not picks:
        return turn.text
    return ", ".join(turn.t(BY_KEY[CONCERNS].option_msg(p)) for p in picks)


def ask_for_incident(turn: Turn) -> None:
    """The behaviour understood, and one recent time it happened asked for."""
    turn.say("label-ask-incident", category=named(turn))
