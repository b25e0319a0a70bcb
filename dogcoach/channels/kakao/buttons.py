"""The channel's own buttons, answered without the engine: "more" (the rest of a long answer),
"more options" (the next page of choices) and "continue" (replies of a turn that finished after
the deadline)."""

from __future__ import annotations

import dataclasses

from dogcoach.domain.types import Incoming
from dogcoach.handlers.results.render import SHOW_RESULT
from dogcoach.services.i18n import Messages, normalize

from .memory import View
from .render import MORE_CHOICE_ID, page_choice, parse_page_choice

HELD_CHOICE_ID = "kakao.held"
# Buttons this channel adds to the core's replies (recognised when typed as their label).
CHANNEL_CHOICES = frozenset({HELD_CHOICE_ID, SHOW_RESULT})


def is_channel_button(choice: str | None) -> bool:
    return choice in (MORE_CHOICE_ID, HELD_CHOICE_ID) or parse_page_choice(choice) is not None


def recognise(incoming: Incoming, view: View | None, held: bool, messages: Messages) -> Incoming:
    """A tap of one of the channel's own buttons whose `extra` was lost arrives as its label.

    Only labels of what we showed last count, so ordinary text never turns into a button;
    "continue" only while replies are `held` for the user.
    """
    if incoming.choice is not None or not incoming.text:
        return incoming
    typed = normalize(incoming.text)
    if not typed:
        return incoming
    choice: str | None = None
    if view is not None:
        if view.overflow and typed in messages.aliases("kakao-more"):
            choice = MORE_CHOICE_ID
        elif view.page_count > 1 and typed in messages.aliases("kakao-more-options"):
            choice = page_choice((view.page + 1) % view.page_count)
        else:
            # Survey options are the core's to match (typed text means more than a tap there);
            # only buttons this channel added are recognised here.
            choice = next(
                (c.id for c in view.choices if c.id in CHANNEL_CHOICES and normalize(c.label) == typed),
                None,
            )
    if choice is None and held and typed in messages.aliases("kakao-continue"):
        choice = HELD_CHOICE_ID
    return dataclasses.replace(incoming, choice=choice) if choice else incoming
