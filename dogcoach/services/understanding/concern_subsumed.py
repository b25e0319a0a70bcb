"""A concern told as a sign of another at the concerns question (held-out 16): one option's word
read inside the telling of another, both ticked where the owner named one problem.

- Howling or crying when left alone ("혼자 두면 하울링해요", "howls when we leave him"): the
  distress of being alone, separation only; "barks at the door and howls when alone" still
  ticks barking, told in a clause of its own or by a word of barking itself.
- A bite or nip on being touched ("만지면 물려고 해요", "he nips when i touch his paws"): the
  dislike of handling, not mouthing; "mouthy, and hates being brushed" (two clauses) both.

The message is parted into clauses as a typed list of options is ("…거랑", "and", commas); the
word is dropped when every clause that
names it names the other too (and, for the howl, names it no more once the crying words
`understanding-concern-alone-cry` are read out).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from dogcoach.services.understanding.model import Context, Kind, Understanding
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import blanked

if TYPE_CHECKING:
    from dogcoach.services.understanding.classify import Understander

CONCERNS = "concerns"
CONCERN_SUBSUMED = "concern-subsumed"
OTHER = "other"
# "…랑" glued to the next option's words with no space ("똥오줌이랑밤에돌아다니는거"; stop 63,
# held-out 19: one clause, the soiling read with the night pacing's warning sign): the list's cut,
# two letters each side at least
GLUED_AND = re.compile("(?<=[\uac00-\ud7a3]{2})\uc774?\ub791(?=[\uac00-\ud7a3]{2})")
# (the concern told, the one its telling names as well, the words of that telling read out first)
_SUBSUMED: tuple[tuple[str, str, str | None], ...] = (
    ("separation", "barking", "understanding-concern-alone-cry"),
    ("handling_sensitivity", "mouthing", None),
)


def concern_subsumed(reader: Understander, found: Understanding, context: Context) -> Understanding:
    """`found` (a reading at the concerns) without the concerns told only as a sign of another
    ticked beside it (module doc); `found` as it is otherwise."""
    if found.kind is not Kind.CHOICE or context.question != CONCERNS or not found.picks:
        return found
    picks = _red_flag_other(reader, found, context)
    for kept, within, cry in _SUBSUMED:
        if (
            kept in picks
            and within in picks
            and _within_only(reader, found.text, context, (kept, within), cry)
        ):
            picks = tuple(p for p in picks if p != within)
    if picks == found.picks:
        return found
    return dataclasses.replace(found, picks=picks, reason=CONCERN_SUBSUMED)


def _within_only(
    reader: Understander, text: str, context: Context, pair: tuple[str, str], cry: str | None
) -> bool:
    """Every clause of `text` naming `pair`'s second names its first, and, with `cry`'s words
    read out, no longer the second."""
    kept, within = pair
    clauses = reader.answers.choices.clauses(text)
    naming = [c for c in clauses if within in reader.concerns_in(c, context)]
    if not naming:
        return False
    for clause in naming:
        if kept not in reader.concerns_in(clause, context):
            return False
        if cry is not None:
            rest = blanked(Folded(clause), reader.vocabulary[cry], latin_only=False)
            if rest == clause or within in reader.concerns_in(rest, context):
                return False
    return True


def _red_flag_other(reader: Understander, found: Understanding, context: Context) -> tuple[str, ...]:
    """`found`'s picks, with "other" when a clause of it is a warning sign no option names ("밤에
    돌아다니는거랑 만지면 무는거요": the night pacing of an old dog, kept as a report too): every
    problem told is in the answer."""
    picks = found.picks
    if OTHER in picks or context.exclusive in picks or not found.safety:
        return picks
    if not any(o.id == OTHER for o in context.options):
        return picks
    for clause in (p for c in reader.answers.choices.clauses(found.text) for p in GLUED_AND.split(c)):
        part = Folded(clause)
        if reader.concerns_in(clause, context):
            continue
        if reader._alarm(part, reader.signals.read(part), context) is not None:
            return (*picks, OTHER)
    return picks
