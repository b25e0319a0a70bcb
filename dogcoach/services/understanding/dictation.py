"""Punctuation said aloud by voice typing ("thank you period", "고마워요 마침표", owner trial 15;
"밤마다 짖어요 마침표 어떻게 하면 좋을까요 물음표", owner trial 25): the mark it stands for, so
the words before it are read alone (they were a fresh report's detail or "not understood"; thanks
are thanks; a question asked after a report was no question).

A mark that ends the message, after other words, is replaced; a word the mark's name may also be
("her period", "a short period": `not_after`) keeps it. Inside the message a mark's name no
word shares is replaced: one in Hangul ("마침표") or of several words ("question mark"), between
other words. A single Latin word ("period", "comma"; stop 57, held-out 13: "hello period my dog
growls … period what do i do question mark" read as a question) is replaced between words too,
unless the word before it is one of `not_after` ("a short period of", "what's a comma") or the
word after it one of `not_before` ("period of time"). A mark may be a line break ("new line").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


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


def _inner_word(words: Iterable[str]) -> re.Pattern[str] | None:
    """A mark's one-word Latin name between words ("growls period he is"), with the words either
    side of it to judge it by."""
    alternatives = sorted({w for w in words if w and w.isascii() and " " not in w}, key=len, reverse=True)
    if not alternatives:
        return None
    spelled = "|".join(re.escape(w) for w in alternatives)
    return re.compile(
        rf"(?P<last>[^\s,.!?]+)[\s,]+(?:{spelled})[\s,]+(?=(?P<next>[^\s,.!?]+))", re.IGNORECASE
    )


class Dictation:
    """`marks`: each mark with the words that say it; `not_after`: words before which a mark's
    name is a word of its own ("her period"); `not_before`: words after which it is ("period of
    time")."""

    def __init__(
        self, marks: dict[str, Iterable[str]], not_after: Iterable[str], not_before: Iterable[str] = ()
    ) -> None:
        self._marks = [(mark, p) for mark, words in marks.items() if (p := _pattern(words)) is not None]
        self._inner = [(mark, p) for mark, words in marks.items() if (p := _inner(words)) is not None]
        self._words = [(mark, p) for mark, words in marks.items() if (p := _inner_word(words)) is not None]
        self._not_after = frozenset(w.casefold() for w in not_after)
        self._not_before = frozenset(w.casefold() for w in not_before)

    def _mark_between(self, mark: str) -> Callable[[re.Match[str]], str]:
        def written(found: re.Match[str]) -> str:
            last, following = found.group("last"), found.group("next")
            if last.casefold() in self._not_after or following.casefold() in self._not_before:
                return found.group(0)
            return last + (mark if mark == "\n" else mark + " ")

        return written

    def undictated(self, text: str) -> str:
        """`text` with each mark said aloud written as the mark; `text` when none is."""
        for mark, pattern in self._inner:
            text = pattern.sub(mark if mark == "\n" else mark + " ", text)
        for mark, pattern in self._words:
            text = pattern.sub(self._mark_between(mark), text)
        for mark, pattern in self._marks:
            found = pattern.match(text)
            if found is None:
                continue
            before = found.group("before")
            last = re.split(r"\s+", before)[-1].casefold()
            if last in self._not_after or not re.search(r"[^\W\d_]", before):
                return text
            return before.rstrip(" ,") + ("" if mark == "\n" else mark)
        return text
