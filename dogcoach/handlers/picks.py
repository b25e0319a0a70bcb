"""Typed picks on the lists just shown: the /history page ("1번 보기", "이전 ▶") and the dog
pickers (switch, remove). These are no flow of their own, so nothing told understanding what the
buttons were: "1", "초코", "초코로" got "무슨 뜻인지 잘 모르겠어요" and the list was gone (fresh
owner trial). On Kakao a tap whose `extra` was lost arrives as its label text, so the labels
typed, the positions ("1", "2번", "첫 번째") and, for dogs, the name with what owners add after it
(`understanding-pick-name-ending`: "초코로", "Choco please") pick that button. Kept for the next
message only, as Kakao keeps the quick replies of the last answer only."""

from __future__ import annotations

import re

from dogcoach.domain.channel import NUMBERS_SHOWN
from dogcoach.domain.ids import number_after
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers.profile import NEW_DOG as ADD_DOG
from dogcoach.handlers.profile import PICK as DOG_PICK
from dogcoach.handlers.profile import REMOVE as DOG_REMOVE
from dogcoach.handlers.profile import of_breed
from dogcoach.handlers.results.render import HISTORY_PAGE, OPEN
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import normalize
from dogcoach.services.understanding import Folded, Option
from dogcoach.services.understanding.choices import Picked

SHOWN = "shown_list"
# Lists whose buttons are remembered (an option of a question is the question's to read); the
# dogs to switch to may end with the button that adds one (`ADD_DOG`: its label typed taps it).
LISTS = (OPEN, HISTORY_PAGE, DOG_PICK, DOG_REMOVE)
# Positions are read against this label: it takes no variable (formatting "history-open" without
# its `n` logged a Fluent error on every message after a list) and is never typed as such, so only
# positions pick.
POSITION_LABEL = "list-position"
# Yes and no typed at a list of dogs (`yes_or_no`).
YES = "understanding-picker-yes"
NO = "understanding-picker-no"


# A view of lines with nothing to pick by its number (/week, /progress, an empty /history): a bare
# number typed right after it is answered with a hint, never taken as an answer to the survey
# question asked again under it nor as anything else (owner trial 16: "1" after /progress stored
# as the age, 1 year). Kept for the next message only, as `SHOWN` is.
VIEWED = "viewed_unnumbered"
VIEWS = frozenset({"history", "week", "progress", "summary"})
_BARE_NUMBER = re.compile(r"\d{1,3}\s*[.)]?")


def viewed(turn: Turn, command: str) -> None:
    """`command`, a view, was just shown (`router._command`): `remember_view` keeps it when it was
    what the turn ended with."""
    if command in VIEWS:
        turn.state.data[VIEWED] = command


def remember_view(turn: Turn, *, last: bool) -> None:
    """After a turn: the view shown (`viewed`) is kept for the next message when nothing came
    after it but the interrupted flow's question (`last`) and it left no list to pick from."""
    if turn.state.data.get(VIEWED) and (not last or SHOWN in turn.state.data):
        turn.state.data.pop(VIEWED, None)


def number_after_view(turn: Turn) -> bool:
    """A bare number ("1", "2.") typed right after a view with nothing numbered to pick: said so
    (`picker-number-not-listed`; the question open asked again, where "1" typed once more answers
    it), True. The view is forgotten either way."""
    view = turn.state.data.pop(VIEWED, None)
    text = turn.incoming.text or ""
    if not view or turn.incoming.choice is not None or not _BARE_NUMBER.fullmatch(text.strip()):
        return False
    if turn.state.flow is None:
        turn.say("picker-number-not-listed")
    else:
        turn.say("picker-number-not-listed-question")
        turn.resume_flow()
    return True


def remember(turn: Turn, asked_again: int = 0) -> None:
    """After a turn: the list of these buttons it ended with, for the next message. The last
    `asked_again` replies are the interrupted flow's question asked again under it (/history at a
    survey question): the list still counts, as the owner answers what they asked for ("1" after
    "번호를 고르시면 ..." opened report 1, fourth trial; it had answered the question). Not when
    anything else came after it (a check-in): "1" answers that."""
    turn.state.data.pop(SHOWN, None)
    shown = turn.replies[: len(turn.replies) - asked_again]
    last = shown[-1] if shown else None
    if (
        last is not None
        and last.choices
        and all(c.id.startswith(LISTS) or c.id == ADD_DOG for c in last.choices)
    ):
        turn.state.data[SHOWN] = [[c.id, c.label] for c in last.choices]


async def typed(turn: Turn) -> str | None:
    """The button of the list just shown that the typed message picks, if it is one; the list is
    forgotten either way (it answers the next message only). A dog's breed picks that dog ("the
    beagle", "비글"; stop 50: stored as the active dog's breed): `profile.of_breed`."""
    shown = turn.state.data.get(SHOWN)
    found = _typed(turn)
    if found is not None or not shown or turn.incoming.choice is not None or not turn.incoming.text:
        return found
    by_id: dict[int | None, str] = {
        number_after(str(i), DOG_PICK) or number_after(str(i), DOG_REMOVE): str(i)
        for i, _ in shown
        if str(i).startswith((DOG_PICK, DOG_REMOVE))
    }
    dogs = [d for d in await turn.session.list_dogs(turn.user.id) if d.id in by_id]
    bred = of_breed(turn, turn.incoming.text, dogs)
    return by_id[bred[0].id] if len(bred) == 1 else None


def _typed(turn: Turn) -> str | None:
    shown = turn.state.data.pop(SHOWN, None)
    text = turn.incoming.text
    if not shown or turn.incoming.choice is not None or not text:
        return None
    choices = [Choice(str(i), str(label)) for i, label in shown]
    key = normalize(text)
    if not key:
        return None
    for c in choices:
        if normalize(c.label) == key:
            return c.id
    dogs = [c for c in choices if c.id.startswith((DOG_PICK, DOG_REMOVE))]
    if len(dogs) == 1 and len(choices) == 1 and turn.messages.matches(text, YES):
        return dogs[0].id  # "네", "yes" at a list of one dog: that dog
    position = _position(turn, text, choices)
    if position is not None:
        return position
    return _dog_named(turn, key, choices)


def yes_or_no(turn: Turn) -> bool:
    """A yes or no typed at a list of dogs just shown, answered here (True) unless a yes picks
    its only dog (`typed`): no leaves everything as it was, said so; yes among several dogs asks
    which, the list again (owner trial: both got "무슨 뜻인지 잘 모르겠어요", the list gone)."""
    shown = turn.state.data.get(SHOWN)
    text = turn.incoming.text
    if not shown or turn.incoming.choice is not None or not text:
        return False
    dogs = [Choice(str(i), str(label)) for i, label in shown if str(i).startswith((DOG_PICK, DOG_REMOVE))]
    if dogs and _unshown_number(turn, text, dogs):
        turn.reply(Reply(turn.t("picker-which"), tuple(Choice(str(i), str(label)) for i, label in shown)))
        return True
    if not dogs or any(i == ADD_DOG for i, _ in shown):
        return False  # the list offers adding a dog: yes and no are the offer's
    if turn.messages.matches(text, NO):
        turn.state.data.pop(SHOWN, None)
        turn.say("picker-none")
        return True
    if len(dogs) > 1 and turn.messages.matches(text, YES):
        choices = tuple(Choice(str(i), str(label)) for i, label in shown)
        turn.reply(Reply(turn.t("picker-which"), choices))
        return True
    return False


def _unshown_number(turn: Turn, text: str, dogs: list[Choice]) -> bool:
    """A bare number ("2") typed at a list of dogs, nothing open, on a channel that shows no
    number beside the names (`NUMBERS_SHOWN`): not the second dog, which dog is asked, the list
    again (batch 55: "2" switched to the second dog on Kakao, as the survey's choices did before
    batch 54). With a question open, the number is left to it."""
    if turn.state.flow is not None or _numbers_shown(turn):
        return False
    if len({c.id.startswith(DOG_PICK) for c in dogs}) > 1:
        return False  # a card's buttons (talk about it, remove it: `profile._other_card`), no list of dogs
    return _position(turn, text, dogs, numbered=True) is not None and _position(turn, text, dogs) is None


def _numbers_shown(turn: Turn) -> bool:
    return turn.surface in NUMBERS_SHOWN


def _position(turn: Turn, text: str, choices: list[Choice], *, numbered: bool | None = None) -> str | None:
    """The button at the position typed. The /history page numbers its lines ("1. …", "1번
    보기"): a bare number picks there; the dogs are listed by name alone, so where the channel
    shows no number beside them (`NUMBERS_SHOWN`) only a position said as one does ("2번", "두
    번째", "second": `Option.ordered`). `numbered`: as if numbers were shown (True) or not."""
    items = [c for c in choices if c.id.startswith((OPEN, DOG_PICK, DOG_REMOVE))]
    if not items:
        return None
    shown = _numbers_shown(turn) if numbered is None else numbered
    options = tuple(
        Option(c.id, POSITION_LABEL, in_sentence=False, numbered=numbers, ordered=not numbers)
        for c in items
        for numbers in (shown or c.id.startswith(OPEN),)
    )
    picked = turn.services.understander.answers.choices.pick(Folded(text), options, multi=False)
    if isinstance(picked, Picked) and picked.exact and len(picked.ids) == 1:
        return picked.ids[0]
    return None


def _dog_named(turn: Turn, key: str, choices: list[Choice]) -> str | None:
    """A dog's name, alone or with "로", "요", "please" after it, "just", "그냥" before it ("just
    bramble obvs", "당연히 초코죠"; stop 47: not understood, `understanding-pick-name-before`)."""
    dogs = [c for c in choices if c.id.startswith((DOG_PICK, DOG_REMOVE))]
    endings = turn.messages.aliases("understanding-pick-name-ending")
    keys = {key} | {key.removeprefix(b) for b in turn.messages.aliases("understanding-pick-name-before")}
    found = {
        c.id
        for c in dogs
        for typed in keys
        if (name := normalize(c.label))
        and typed.startswith(name)
        and (typed == name or typed.removeprefix(name) in endings)
    }
    return found.pop() if len(found) == 1 else None
