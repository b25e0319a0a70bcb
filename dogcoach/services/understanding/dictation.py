"""Punctuation said aloud by voice typing ("thank you period", "고마워요 마침표", owner trial 15;
"밤마다 짖어요 마침표 어떻게 하면 좋을까요 물음표", owner trial 25): the mark it stands for, so
the words before it are read alone (they were a fresh report's detail or "not understood"; thanks
are thanks; a question asked after a report was no question).

A mark that ends the message, after other words, is replaced; a word the mark's name may also be
("her period", "a short period": `not_after`) keeps it. Inside the message only a mark's name no
word shares is replaced: one in Hangul ("마침표") or of several words ("question mark"), between
other words.
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


def _inner(words: Iterable[str]) -> re.Pattern[str] | None:
    """A mark's name between words, where no word shares it: Hangul or several words."""
    alternatives = sorted({w for w in words if w and (not w.isascii() or " " in w)}, key=len, reverse=True)
    if not alternatives:
        return None
    spelled = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alternatives)
    return re.compile(rf"(?<=[^\s,.!?])[\s,]*(?:{spelled})\s+(?=\S)", re.IGNORECASE)


class Dictation:
    """`marks`: each mark with the words that say it; `not_after`: words before which a mark's
    name is a word of its own ("her period")."""

    def __init__(self, marks: dict[str, Iterable[str]], not_after: Iterable[str]) -> None:
        self._marks = [(mark, p) for mark, words in marks.items() if (p := _pattern(words)) is not None]
        self._inner = [(mark, p) for mark, words in marks.items() if (p := _inner(words)) is not None]
        self._not_after = frozenset(w.casefold() for w in not_after)

    def undictated(self, text: str) -> str:
        """`text` with each mark said aloud written as the mark; `text` when none is."""
        for mark, pattern in self._inner:
            text = pattern.sub(mark + " ", text)
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
