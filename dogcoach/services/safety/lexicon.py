"""The safety check's word lists, read from the locale files and compiled once into regexes.

A message is looked at in two views. Hangul words are found in the *compact* view (NFKC, case folded,
spaces and punctuation removed, as `i18n.normalize` makes it), because owners type on phones without
spaces ("애기를물었어요") and Korean attaches particles and endings to the stem, so a stem found anywhere
is the word. Latin words are found in the *spaced* view as whole words (apostrophes dropped, so
"didn't" and "didnt" are one word), because "bit" inside "habit" is not a bite. A trailing `*` in a list
allows any ending. Everything runs on `re`; a message costs well under a millisecond.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dogcoach.services.i18n import LOCALES, Messages, normalize

HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_APOSTROPHES = re.compile(r"['’‘`´]")
_CLAUSE = re.compile(r"[.!?;,:\n…。！？]+")
_NON_WORD = re.compile(r"[^\w|]+|_")
# "chocolate을": a Korean particle glued to an English word still leaves the word whole.
_SCRIPT_CHANGE = re.compile(
    r"(?<=[a-z0-9])(?=[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])|(?<=[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])(?=[a-z0-9])"
)
CLAUSE_BREAK = "|"
# Words that end the reach of an English negation ("I didn't hit him, but I yelled").
CLAUSE_WORDS = frozenset({CLAUSE_BREAK, "but", "then", "and"})
# English negations reach this many words forward ("didn't ever really hit").
NEGATION_REACH_WORDS = 3


class View(StrEnum):
    COMPACT = "compact"
    SPACED = "spaced"


def spaced_view(text: str) -> str:
    """Lower-case words separated by single spaces, clause ends kept as `|`, padded with spaces."""
    folded = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    words = _SCRIPT_CHANGE.sub(" ", _NON_WORD.sub(" ", _CLAUSE.sub(f" {CLAUSE_BREAK} ", folded))).split()
    return f" {' '.join(words)} "


@dataclass(frozen=True, slots=True)
class Views:
    """A message as the matchers read it."""

    compact: str
    spaced: str

    @classmethod
    def of(cls, text: str) -> Views:
        return cls(normalize(text), spaced_view(text))

    def get(self, view: View) -> str:
        return self.compact if view is View.COMPACT else self.spaced


@dataclass(frozen=True, slots=True)
class Hit:
    """One word of a list found in a message: where, in which view, and as which list entry."""

    view: View
    start: int
    end: int
    text: str

    def overlaps(self, other: Hit) -> bool:
        return self.view is other.view and self.start < other.end and other.start < self.end

    def gap(self, other: Hit, views: Views) -> int:
        """Distance between two hits in one view: characters (compact) or words (spaced)."""
        first, second = sorted((self, other), key=lambda h: h.start)
        if second.start <= first.end:
            return 0
        between = views.get(self.view)[first.end : second.start]
        return len(between) if self.view is View.COMPACT else len(between.split())


def _latin_alias(alias: str) -> str | None:
    """A Latin alias as a regex over the spaced view (None if nothing is left of it)."""
    star = alias.endswith("*")
    words = spaced_view(alias.rstrip("*")).split()
    if not words:
        return None
    body = r"\ ".join(re.escape(w) for w in words)
    return body + (r"[^\s|]*" if star else "")


def _alternation(parts: Iterable[str]) -> str:
    return "|".join(sorted(set(parts), key=lambda p: (-len(p), p)))


class Term:
    """One word list: its Hangul words over the compact view, its Latin words over the spaced one."""

    __slots__ = ("_compact", "_spaced", "name")

    def __init__(self, name: str, aliases: Iterable[str]) -> None:
        self.name = name
        hangul: list[str] = []
        latin: list[str] = []
        for alias in aliases:
            if HANGUL.search(alias):
                key = normalize(alias)
                if key:
                    hangul.append(re.escape(key))
            else:
                pattern = _latin_alias(alias)
                if pattern:
                    latin.append(pattern)
        self._compact = re.compile(_alternation(hangul)) if hangul else None
        self._spaced = re.compile(rf"(?<= )(?:{_alternation(latin)})(?= )") if latin else None

    def find(self, views: Views) -> list[Hit]:
        hits = []
        if self._compact is not None:
            hits += [
                Hit(View.COMPACT, m.start(), m.end(), m.group())
                for m in self._compact.finditer(views.compact)
            ]
        if self._spaced is not None:
            hits += [
                Hit(View.SPACED, m.start(), m.end(), m.group()) for m in self._spaced.finditer(views.spaced)
            ]
        return hits


def aliases(messages: Messages, msg_id: str) -> list[str]:
    """The raw `.aliases` entries of a message in every locale (not its label)."""
    found: list[str] = []
    for locale in LOCALES:
        extra = messages.attribute(locale, msg_id, "aliases")
        if extra:
            found += [a.strip() for a in extra.split(",") if a.strip()]
    return found


class Negation:
    """Tells whether a hit is negated: "안 물었어요", "물지 않았어요", "I didn't hit him".

    Korean negates right next to the word (안/못 before the verb, -지 않- / 없- / 아니- after it, a
    particle at most in between), so the compact view is checked at the hit's edges. English negates
    before the verb, within a few words of the same clause.
    """

    def __init__(
        self, before: Iterable[str], after: Iterable[str], after_verb: Iterable[str], false: Iterable[str]
    ) -> None:
        before, false = list(before), list(false)
        self._ko_before = tuple(normalize(a) for a in before if HANGUL.search(a))
        self._ko_after = tuple(normalize(a) for a in after if HANGUL.search(a))
        self._ko_false = tuple(normalize(a) for a in false if HANGUL.search(a))
        self._ko_after_verb = tuple(normalize(a) for a in after_verb if HANGUL.search(a))
        self._en_before = frozenset(w for a in before if not HANGUL.search(a) for w in spaced_view(a).split())
        self._en_false = tuple(spaced_view(a).strip() for a in false if not HANGUL.search(a))

    def negated(self, hit: Hit, views: Views) -> bool:
        if hit.view is View.COMPACT:
            head = views.compact[: hit.start]
            if head.endswith(self._ko_before) and not head.endswith(self._ko_false):
                return True
            tail = views.compact[hit.end :]
            # "피가 안 났어요" negates next to the word; "피가 나지 않았어요" one syllable (the verb) later.
            return tail.startswith(self._ko_after) or tail[1:].startswith(self._ko_after_verb)
        words = views.spaced[: hit.start].split()[-NEGATION_REACH_WORDS:]
        for index in range(len(words) - 1, -1, -1):
            if words[index] in CLAUSE_WORDS:
                words = words[index + 1 :]
                break
        if not any(w in self._en_before for w in words):
            return False
        reach = " ".join(views.spaced[: hit.end].split()[-NEGATION_REACH_WORDS - 2 :])
        return not any(phrase in reach for phrase in self._en_false)
