"""Which dog a per-dog view (history, week, profile, summary, progress) is about: the one the
message names, or the one its button carries, else the active dog. Asking to see a dog never
switches the active dog: the owner asked to see, not to talk about that dog from now on."""

from __future__ import annotations

from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.understanding import DOG_VIEWS, Kind, Understanding


async def viewed_dog(turn: Turn) -> tuple[bool, Dog | None]:
    """(True, the dog) the view is about: the one the message names ("Show me Charlie's history",
    "보리 프로필 보여줘": `Understanding.dog`), else the active dog (None: the owner has none).
    (False, None) when the name is none of the owner's dogs: said so with their dogs
    (`view-unknown-dog`), nothing shown. Owner trial: the named dog was read and ignored,
    Bella's history shown under Bella's name for "Charlie's"; the profile, summary and progress
    kept doing so after the history and week were fixed (batch 55)."""
    u = turn.understanding
    named = u.dog if u is not None and _a_view(u) else ""
    if not named:
        return True, await turn.active_dog()
    dogs = await turn.session.list_dogs(turn.user.id)
    if not dogs:  # "콩이 정보 보여줘" before any dog: the view says how to add one
        return True, None
    found = dogs_named(turn, named, dogs)
    if len(found) == 1:
        return True, dogs[found[0]]
    listed = ", ".join(d.name or turn.t("value-none") for d in dogs) or turn.t("value-none")
    turn.say("view-unknown-dog", name=named, dogs=listed)
    return False, None


def named(turn: Turn) -> bool:
    """The message named the dog it asks to see (a view of `viewed_dog` chose by name)."""
    return _a_view(turn.understanding)


def _a_view(u: Understanding | None) -> bool:
    """A view asked with a dog's name (`DOG_VIEWS`); not an edit naming one ("콩이 나이 고쳐줘")
    whose flow shows the card afterwards."""
    return u is not None and u.kind is Kind.COMMAND and u.command in DOG_VIEWS and bool(u.dog)


async def own_dog(turn: Turn, dog_id: int) -> Dog | None:
    """The owner's dog of a button's id; None when it is gone or another owner's."""
    dog = await turn.session.get_dog(dog_id)
    return dog if dog is not None and dog.user_id == turn.user.id else None


def dogs_named(turn: Turn, text: str, dogs: list[Dog]) -> tuple[int, ...]:
    """The positions in `dogs` of the dogs `text` names: by their names now (in either script:
    "Mongi" for 몽이), else by a name one had before a rename (stop 34: "show rex's history" after
    rex → rexy answered "no dog called rex"), one no dog has now."""
    names = turn.services.understander.names
    found = names.named(text, [d.name or "" for d in dogs])
    if found:
        return found
    now = {(d.name or "").casefold() for d in dogs}
    former = [(i, n) for i, d in enumerate(dogs) for n in d.former_names if n.casefold() not in now]
    hits = names.named(text, [n for _, n in former])
    return tuple(sorted({former[j][0] for j in hits}))
