"""Choices as inline keyboards, and the callback data that carries a choice id back.

Callback data is the engine's choice id itself (`survey:sex:male_neutered`, `lang:en`,
`profile:dog:12`): stable across languages and releases, readable in logs, and what the
shared fixtures show. Every id the core emits today is far below Telegram's 64-byte limit (a test
enumerates them). An id that would not fit is sent as `#` + a 22-character hash and resolved from
a bounded in-memory table; after a restart such an old button resolves to an unknown id, which
the engine answers as a stale button, the same as any outdated keyboard.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from typing import NamedTuple

from dogcoach.domain.types import Choice

MAX_CALLBACK_DATA = 64  # bytes
HASH_PREFIX = "#"
SELECTED_MARK = "✓ "
# Row packing: at most this many buttons, and this much label width (wide characters count 2).
ROW_BUTTONS = 3
ROW_WIDTH = 34
BUTTON_PADDING = 4
REMEMBER_KEYBOARDS = 1024


class CallbackCodec:
    """Choice id ⇄ callback_data."""

    def __init__(self, remember: int = 4096) -> None:
        self._long: OrderedDict[str, str] = OrderedDict()
        self._remember = remember
        # keyboards whose every id is its own callback data (`markup`), made once: the survey's
        # are the same for every owner
        self.keyboards: OrderedDict[tuple[Choice, ...], str] = OrderedDict()

    def plain(self, choice_id: str) -> bool:
        """The id is its own callback data (no hash, nothing to remember)."""
        return (
            bool(choice_id)
            and len(choice_id.encode()) <= MAX_CALLBACK_DATA
            and not choice_id.startswith(HASH_PREFIX)
        )

    def encode(self, choice_id: str) -> str:
        if self.plain(choice_id):
            return choice_id
        digest = hashlib.sha256(choice_id.encode()).digest()
        data = HASH_PREFIX + base64.urlsafe_b64encode(digest).decode()[:22]
        self._long[data] = choice_id
        self._long.move_to_end(data)
        while len(self._long) > self._remember:
            self._long.popitem(last=False)
        return data

    def decode(self, data: str) -> str:
        """The choice id; an unknown hash comes back unchanged (the engine calls it stale)."""
        if data.startswith(HASH_PREFIX):
            return self._long.get(data, data)
        return data


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def button_label(choice: Choice) -> str:
    return SELECTED_MARK + choice.label if choice.selected else choice.label


def layout(choices: Sequence[Choice]) -> list[list[Choice]]:
    """Rows of buttons: options of one kind share a grid, and a change of id namespace starts a
    new row (`survey:sex:*` options, then `survey:back`/`survey:skip` navigation below them).
    Columns follow the widest label of the group (wide characters count 2)."""
    rows: list[list[Choice]] = []
    for group in _groups(choices):
        widest = max(display_width(button_label(c)) for c in group) + BUTTON_PADDING
        columns = max(1, min(ROW_BUTTONS, ROW_WIDTH // widest))
        rows.extend(list(group[i : i + columns]) for i in range(0, len(group), columns))
    return rows


def _groups(choices: Sequence[Choice]) -> list[list[Choice]]:
    groups: list[list[Choice]] = []
    namespace: str | None = None
    for choice in choices:
        ns = choice.id.rpartition(":")[0]
        if not groups or ns != namespace:
            groups.append([])
            namespace = ns
        groups[-1].append(choice)
    return groups


def markup(choices: Sequence[Choice], codec: CallbackCodec) -> str | None:
    """The `reply_markup` parameter, JSON-serialised as the Bot API takes it (None: no keyboard).
    A keyboard of plain ids is made once per codec (laid out and serialised on every question
    before); one with a hashed id is made each time, so that its hash stays remembered."""
    if not choices:
        return None
    key = tuple(choices)
    made = codec.keyboards.get(key)
    if made is not None:
        codec.keyboards.move_to_end(key)
        return made
    rows = [
        [{"text": button_label(c), "callback_data": codec.encode(c.id)} for c in row]
        for row in layout(choices)
    ]
    made = json.dumps({"inline_keyboard": rows}, ensure_ascii=False, separators=(",", ":"))
    if all(codec.plain(c.id) for c in key):
        codec.keyboards[key] = made
        while len(codec.keyboards) > REMEMBER_KEYBOARDS:
            codec.keyboards.popitem(last=False)
    return made


class Button(NamedTuple):
    """An inline keyboard button as it comes back with a tap: its label and callback data."""

    text: str
    callback_data: str | None


def tapped_answer(buttons: Sequence[Button] | None, data: str, *, multi: bool = False) -> str | None:
    """What a tap on `data` answered, as the user saw it: the button's label, or, on a
    multi-choice keyboard, for the button that finishes it, the ticked labels."""
    if buttons is None:
        return None
    tapped = next((b for b in buttons if b.callback_data == data), None)
    if tapped is None:
        return None
    ticked = [b.text.removeprefix(SELECTED_MARK) for b in buttons if b.text.startswith(SELECTED_MARK)]
    if multi and ticked and not tapped.text.startswith(SELECTED_MARK):
        return ", ".join(ticked)
    return tapped.text.removeprefix(SELECTED_MARK)
