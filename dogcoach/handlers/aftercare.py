"""Right after an emergency: the owner's worried messages about it (owner trial 31).

Within `safety.ALARM_WINDOW` of a report that raised an urgent red flag (a poisoning, bloat, a bad
bite), what the owner says about that emergency is read before any open question or the coach
model takes it (`Understander.aftercare`):

- asked whether to wait, go now or what to do at home ("my vet is closed rn, can i just wait and
  see?", "should he go to the ER or can it wait till tmrw??"): its first aid / go-now again, at
  once, no model call, nothing stored (trial 31: the coach model answered about the leash, or a
  survey question said "Please answer yes or no");
- a new sign of harm ("shes shaking and her heart is racing" after chocolate): added to that
  report, said so, its first aid again: go now (trial 31: a new report with a training plan, a
  check-in and "how often does this happen?");
- going to or back from the vet ("ok calling the vet rn", "다녀옴ㅋㅋ 토하게 하는 주사 맞고 괜찮대"):
  the to-vet / vet-cleared replies, in every state, never an answer (the caller routes them as
  that small talk; trial 31: "Please send a number of hours", the health answer and a plan).
"""

from __future__ import annotations

from dogcoach.domain.types import Reply
from dogcoach.handlers import safety
from dogcoach.handlers.results import followup
from dogcoach.handlers.results.render import translator
from dogcoach.handlers.turn import Turn
from dogcoach.services.safety import FlagKind, Urgency

# What the reading names, for the caller: small talk with its own reply in every state.
VET_TALK = frozenset({"to_vet", "vet_cleared"})


async def read(turn: Turn) -> str | None:
    """What the message says about the emergency just told (`Understander.aftercare`: "asked",
    "sign", "to_vet", "vet_cleared"), or None: no urgent red flag raised by the latest report in
    the last `safety.ALARM_WINDOW`, or nothing about it said."""
    said = turn.services.understander.aftercare(turn.text)
    if said is None or not await safety.alarm_recent(turn):
        return None
    if said == "sign" and not await _sign_of_latest(turn):
        return None
    return said


async def _sign_of_latest(turn: Turn) -> bool:
    """A sign told right after an emergency is that emergency's when it raises no red flag of
    another kind ("shes shaking and her heart is racing"), or when the emergency is something
    eaten (a poisoning or a swallowed object: tremors, seizures, vomiting are its signs; ASPCA
    Animal Poison Control). A seizure after a bite is a new emergency: its own report (stop 46:
    it was added to the bite report, its own first aid and analysis lost)."""
    own = turn.services.safety.check(turn.text).kinds
    if not own:
        return True
    [latest] = await turn.session.list_reports(turn.user.id, limit=1)
    raised = set(await followup.raised_flags(turn.session, latest))
    eaten = {str(FlagKind.TOXIN), str(FlagKind.FOREIGN_BODY)}
    return bool(raised & eaten) or {str(k) for k in own} <= raised


async def handle(turn: Turn, said: str) -> None:
    """A new sign of the emergency ("sign", read by `read`): added to its report, said so with a
    go-now line, its first aid again; what was open is asked again after it. A question about it
    ("asked") is the router's "what do I do??" (`router._help_now`)."""
    await followup.settle_pending(turn)
    if said == "sign":
        [latest] = await turn.session.list_reports(turn.user.id, limit=1)
        flags = await followup.raised_flags(turn.session, latest)
        kind = next((str(k) for k in (FlagKind.TOXIN, FlagKind.FOREIGN_BODY) if k in flags), "other")
        turn.reply(Reply(translator(turn.messages, latest)("aftercare-sign-added", kind=kind)))
        if turn.services.safety.check(latest.text).urgency is Urgency.NOW:
            # the go-now line wins: a card of a day's wait after it would contradict it (stop 49)
            await safety.repeat_urgent(turn, translator(turn.messages, latest))  # as the line above
        await followup.append(turn, latest, turn.text)
    if turn.state.flow is not None:
        turn.resume_flow()
