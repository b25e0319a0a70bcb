"""Punctuation said aloud by voice typing, at the end of a message ("thank you period", "고마워요
마침표", owner trial 15): the mark it stands for, so the words before it are read alone (they
were a fresh report's detail or "not understood"; thanks are thanks).

Only a mark that ends the message, after other words, is replaced; a word the mark's name may also
be ("her period", "a short period": `not_after`) keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """The mark's words at the end of a message; a Latin one after a space or comma ("superiod" is
    none), a Hangul one glued or not ("고마워요마침표")."""
    alternatives = sorted({w for w in words if w}, key=len, reverse=True)
    if not alternatives:
        return None
    spelled = "|".join(
        (r"(?<=[\s,])" if w[0].isascii() else "") + re.escape(w).replace(r"\ ", r"\s+") for w in alternatives
    )
    return re.compile(rf"^(?P<before>.*?\S)[\s,]*(?:{spelled})\s*[.!]*\s*$", re.IGNORECASE | re.DOTALL)


class Dictation:
    """`marks`: each mark with the words that say it; `not_after`: words before which a mark's
    name is a word of its own ("her period")."""

    def __init__(self, marks: dict[str, Iterable[str]], not_after: Iterable[str]) -> None:
        self._marks = [(mark, p) for mark, words in marks.items() if (p := _pattern(words)) is not None]
        self._not_after = frozenset(w.casefold() for w in not_after)

    def undictated(self, text: str) -> str:
        """`text` with a mark said aloud at its end written as the mark; `text` when none is."""
        for mark, pattern in self._marks:
            found = pattern.match(text)
            if found is None:
                continue
            before = found.group("before")
            last = re.split(r"\s+", before)[-1].casefold()
            if last in self._not_after or not re.search(r"[^\W\d_]", before):
                return text
            return before.rstrip(" ,") + mark
        return text
