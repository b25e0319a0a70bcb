"""A dog the owner removed (`/removedog`, confirmed; issue 11 item 8), named afterwards.

Removing a dog erases its profile and its reports; its name alone is kept on the owner's row
(`remember_removed_dog`), so a later message naming it is understood as about a dog that is gone
(stop 57 trial fault 8: "보리 없어졌어?" was sent to the coach model; "보리 기록 보여줘" said no dog
"보리" was ever registered, "보리기록보여줘" showed the active dog's records, and "보리가 또
짖어요" was filed under the active dog as a dog "not registered yet").

- Asked about it ("보리 없어졌어?", "where did bruno go", "did you delete bruno"), asked to remove it
  again, or named alone: said it was removed, with its profile and records, who the active dog
  is, and how to add it again (`removed-dog-asked`); nothing sent to the model.
- One of its views asked ("보리 기록 보여줘", "show bruno's history"): the same, nothing to show
  (`removed-dog-view`).
- Switching to it asked ("보리로 바꿔줘"): the same, nothing switched (`removed-dog-switch`).
- A report about it alone: decided (stop 57) as a report about a dog not registered is (stop 50):
  kept, analysed and filed under the active dog for now, one line saying the named dog was
  removed and offering to add it again; added again under its name, the report moves to it
  (`onboarding.storing._reports_moved_to`). Held back unanalysed, the owner would lose the
  analysis of what they told; dropped, they would lose the report (`report.save`).

Idle, adding it again is offered with the offer's buttons and its name kept (`profile.OFFERED_NAME`),
so "네" / "yes" starts its survey with that name; in a flow, the words that add a dog are said and
the open question is asked again. A dog added later under the same name is a dog of theirs again:
its name is no removed dog's (`names`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dogcoach.handlers import profile
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.models import Dog
from dogcoach.services.understanding import DOG_VIEWS, REMOVAL_ASKED, Kind, Understanding

# The commands whose dog a removed dog's name may be: its views, switching to it, removing it again.
ABOUT_A_DOG = frozenset(DOG_VIEWS) | {"switchdog", "removedog"}


async def names(turn: Turn, dogs: Sequence[Dog] | None = None) -> list[str]:
    """The names of the dogs the owner removed that no dog of theirs has now (nor had before a
    rename), newest last: a dog added again under its name is theirs again. `dogs`: the owner's
    dogs when the caller has read them already (the router, every turn: no second read)."""
    removed = await turn.session.removed_dog_names(turn.user.id)
    if not removed:
        return []
    if dogs is None:
        dogs = await turn.session.list_dogs(turn.user.id)
    now = {profile.same_name(n) for d in dogs for n in (d.name or "", *d.former_names) if n}
    return [n for n in removed if profile.same_name(n) not in now]


async def named(turn: Turn, text: str, *, alone: bool = True, argument: str = "") -> str:
    """The removed dog's name `text` names ("" for none); `alone`: and no dog of the owner's.
    `argument`: the name a command read ("보리로 바꿔줘": 보리, its ending not a subject's), that
    name when it is a removed dog's."""
    gone = await names(turn)
    if not gone:
        return ""
    understander = turn.services.understander
    found = understander.dogs_named(text, gone)
    if not found and argument.strip():
        found = tuple(i for i, n in enumerate(gone) if profile.same_name(n) == profile.same_name(argument))
    if not found:
        return ""
    if alone:
        dogs = await turn.session.list_dogs(turn.user.id)
        if understander.dogs_named(text, [d.name or "" for d in dogs if d.name]):
            return ""
    return gone[found[-1]]


async def answered(turn: Turn, u: Understanding) -> bool:
    """A question, a command about a dog (a view, switching, removing) or a bare name that names a
    removed dog and none of the owner's: said so (see the module), True. False, nothing done, for
    anything else (a report is `report.save`'s; small talk such as "보리 무지개다리 건넜어요" keeps
    its own reply)."""
    if u.kind not in (Kind.QUESTION, Kind.NOISE, Kind.COMMAND):
        return False
    if u.kind is Kind.COMMAND and u.command not in ABOUT_A_DOG:
        return False
    name = await named(turn, turn.text, argument=u.argument if u.kind is Kind.COMMAND else "")
    if not name:
        return False
    if u.kind is Kind.COMMAND and u.command in DOG_VIEWS:
        if not u.dog or not turn.services.understander.dogs_named(u.dog, [name]):
            return False  # "show history" with the name told of something else: the view as asked
        dogs = await turn.session.list_dogs(turn.user.id)
        listed = ", ".join(d.name or turn.t("value-none") for d in dogs) or turn.t("value-none")
        _say(turn, "removed-dog-view", name=name, dogs=listed)
        return True
    active = await turn.active_dog()
    if active is None:
        _say(turn, "removed-dog-none", name=name)
        return True
    msg = "removed-dog-switch" if u.kind is Kind.COMMAND and u.command == "switchdog" else "removed-dog-asked"
    _say(turn, msg, name=name, active=active.name or turn.t("value-none"))
    return True


async def still_here(turn: Turn, dogs: Sequence[Dog] | None = None) -> bool:
    """Asked whether one of the owner's dogs was removed ("did you delete bruno", "보리 지웠어?",
    "is bruno gone?"; `Understander.removal_asked`) while it is still theirs: said it is still there
    (`removed-dog-still-here`), nothing removed, True (stop 58: "did you delete bruno" removed a dog
    "did you"; "보리 삭제됐어요?" went to the coach model). A dog removed is `answered`'s; False, nothing
    done, for anything else; the owner's dogs are only listed for a question (stop 59, helper
    misc59: listed on every turn that reached here, a query per report, answer or command; the
    understanding reads the asking as a question, "did you delete bruno" too)."""
    u = turn.understanding
    if u is None or u.kind is not Kind.QUESTION:
        return False
    if dogs is None:
        dogs = await turn.session.list_dogs(turn.user.id)
    found = turn.services.understander.removal_asked(turn.text, [d.name or "" for d in dogs])
    if found is None and u.reason == REMOVAL_ASKED:
        # "did you delete max" naming no dog of theirs, removed or not (stop 59: a question for the
        # coach model): nothing was removed, their dogs said
        listed = ", ".join(d.name or turn.t("value-none") for d in dogs) or turn.t("value-none")
        turn.say("removed-dog-none-asked", dogs=listed)
    elif found is None:
        return False
    else:
        turn.say("removed-dog-still-here", name=dogs[found].name or turn.t("value-none"))
    if turn.state.flow is not None:
        turn.resume_flow()
    return True


def _say(turn: Turn, msg_id: str, *, name: str, **args: Any) -> None:
    """The line; idle, adding the dog again offered (its buttons, "네" takes it with the name),
    else the open question asked again after it."""
    if turn.state.flow is None:
        profile.offer_new_dog(turn, msg_id, name=name, offer="yes", **args)
        turn.state.data[profile.OFFERED_NAME] = name
        return
    turn.say(msg_id, name=name, offer="no", **args)
    turn.resume_flow()
