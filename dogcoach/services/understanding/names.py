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
# A name's own ending ("콩이" for 콩): a particle starting with it is not taken off a bare word.
SUFFIX = "understanding-name-suffix"
# The word a name is replaced with by `DogNames.marked` (a Latin word no owner types, one letter
# more per dog).
PLACEHOLDER = "qqdogname"
PLACEHOLDER_LETTERS = "abcdefghijklmnopqrstuvwxyz"


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

    def marked(self, text: str, names: Sequence[str]) -> tuple[str, dict[str, int]]:
        """`text` folded with each name standing at a word's start replaced by a placeholder word,
        and the position in `names` of each placeholder: what follows a name in its word (a
        particle, "보리요", "보리얘기예요") stays for the caller to read. Longer names first, so
        "초" never takes the start of "초코"."""
        folded = _fold(text)
        found: dict[str, int] = {}
        order = sorted(range(len(names)), key=lambda i: len(names[i]), reverse=True)
        for slot, index in enumerate(order[: len(PLACEHOLDER_LETTERS)]):
            words = _fold(names[index]).split()
            if not any(ch.isalnum() for ch in "".join(words)):
                continue
            hangul_end = "\uac00" <= words[-1][-1] <= "\ud7a3"  # "보리요": a Korean word goes on
            end = "" if hangul_end else r"(?!\w)"
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + end)
            placeholder = PLACEHOLDER + PLACEHOLDER_LETTERS[slot]
            folded, count = pattern.subn(f" {placeholder} ", folded)
            if count:
                found[placeholder] = index
        return " ".join(folded.split()), found

    def without(self, text: str, names: Sequence[str]) -> str:
        """`text` (folded) with the names and their particles taken out ("보리는 3살" → "3살")."""
        folded = _fold(text)
        for name in names:
            pattern = self._pattern(name)
            if pattern is not None:
                folded = pattern.sub(" ", folded)
        return " ".join(folded.split())

    @cached_property
    def _particle_list(self) -> tuple[str, ...]:
        """The particles, longest first, without those that start with a name's own ending."""
        endings: set[str] = set()
        found: set[str] = set()
        for locale in LOCALES:
            endings.update(
                _fold(e) for e in (self.messages.attribute(locale, SUFFIX, "aliases") or "").split(",")
            )
            aliases = self.messages.attribute(locale, PARTICLES, "aliases") or ""
            found.update(_fold(p) for p in aliases.split(",") if p.strip())
        endings.discard("")
        kept = {p for p in found if not any(p.startswith(e) for e in endings)}
        return tuple(sorted(kept, key=len, reverse=True))

    def is_particle(self, word: str) -> bool:
        """`word` is a particle alone ("를" left over from "나이를"), never a name."""
        return bool(re.fullmatch(self._particles, _fold(word))) if self._particles else False

    def bare(self, word: str) -> str:
        """One word that may be a name with its particles taken off ("두부는" → "두부", "max's" →
        "max", "두부의를" → "두부"); a name's own ending stays ("콩이는" → "콩이"): how a name typed
        in a sentence is shown back when no dog has it."""
        folded = _fold(word)
        for _ in range(2):  # "콩이의를": two particles, where a particle was typed twice over
            particle = next(
                (p for p in self._particle_list if folded.endswith(p) and len(folded) > len(p)), ""
            )
            folded = folded[: len(folded) - len(particle)]
        return folded
