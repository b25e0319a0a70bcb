"""Which of the owner's dogs a message names: "보리가 산책할 때…", "Bori barks at…".

A name counts where it stands as a word of its own, bare or followed by one of the particles of
`understanding-name-particle` (보리가, 보리는, 보리를, 보리랑, Bori's); case, width and the
Unicode form of either side do not matter. "보리차" does not name 보리.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.understanding.canonical import canonical

PARTICLES = "understanding-name-particle"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", canonical(text)).casefold())


class DogNames:
    """Finds the dogs' names in a message, with the particles of the locale files."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages

    @cached_property
    def _particles(self) -> str:
        found: set[str] = set()
        for locale in LOCALES:
            aliases = self.messages.attribute(locale, PARTICLES, "aliases") or ""
            found.update(_fold(p) for p in aliases.split(",") if p.strip())
        return "|".join(map(re.escape, sorted(found, key=len, reverse=True)))

    def _pattern(self, name: str) -> re.Pattern[str] | None:
        words = _fold(name).split()
        if not any(ch.isalnum() for ch in "".join(words)):
            return None
        pattern = r"\s+".join(map(re.escape, words))
        return re.compile(rf"(?<!\w)(?:{pattern})(?:{self._particles})?(?!\w)")

    def named(self, text: str, names: Sequence[str]) -> tuple[int, ...]:
        """The positions in `names` of the names `text` mentions, in the order of `names`."""
        folded = _fold(text)
        found: list[int] = []
        for index, name in enumerate(names):
            pattern = self._pattern(name)
            if pattern is not None and pattern.search(folded):
                found.append(index)
        return tuple(found)

    def without(self, text: str, names: Sequence[str]) -> str:
        """`text` (folded) with the names and their particles taken out ("보리는 3살" → "3살")."""
        folded = _fold(text)
        for name in names:
            pattern = self._pattern(name)
            if pattern is not None:
                folded = pattern.sub(" ", folded)
        return " ".join(folded.split())
