"""An option taken back inside one message at a survey question ("아 잠깐 크기 중형이었나
아니에요 소형 맞아요", "medium? no wait, small"; owner trial 34, batch 353: a question for the
model, or "which one?"): the option said after the words taking the first back
(`understanding-option-taken-back`) is the answer.

At the question itself that option is its CHOICE; at a later question, the head naming an
earlier one-choice question by its words ("크기", "the size"), the edit of that answer
(`said_last` its value, read by its question) for the flow to replace it and ask the open
question again. Only when the words before name an option too, another one: "small no kids" (the tail
picks no size) and "no, small" (nothing before) are no such message.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from dogcoach.domain.survey import BY_KEY, QUESTIONS, index_of
from dogcoach.domain.survey import Kind as QuestionKind
from dogcoach.services.understanding.model import SURVEY, Context, Expect, Kind, Unclear, Understanding
from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.classify import Understander

TAKEN_BACK = "option-taken-back"

# The most words a cue taking an option back spans ("아 잠깐 아니", "no wait sorry").
CUE_MAX_WORDS = 3

# The words read for a doubt opening at each word ("no idea about", "not sure if"): its phrase
# and a little after it, not the whole rest (read at every word, the rest made a long message
# quadratic: 2,000 characters took 2 s at the age question, stop 57).
DOUBT_MAX_WORDS = 6

_PUNCTUATION = " ,.?!~;:…？"


def _cut(reader: Understander, text: str) -> tuple[str, str] | None:
    """The words before the last cue and those after it; None without a cue with words on
    both sides."""
    cues = reader.vocabulary["understanding-option-taken-back"]
    words = text.split()
    last: tuple[int, int] | None = None
    for i in range(len(words)):
        if _doubt_opens(reader, " ".join(words[i : i + DOUBT_MAX_WORDS])):
            continue  # "girl, no idea about spayed or not": the "no" of a doubt takes nothing back
        for size in range(min(CUE_MAX_WORDS, len(words) - i), 0, -1):
            window = " ".join(words[i : i + size]).strip(_PUNCTUATION)
            if window and cues.whole(Folded(window)):
                last = (i, i + size)
                break
    if last is None:
        return None
    head = " ".join(words[: last[0]]).strip(_PUNCTUATION)
    tail = " ".join(words[last[1] :]).strip(_PUNCTUATION)
    return (head, tail) if head and tail else None


def _doubt_opens(reader: Understander, words: str) -> bool:
    """`words` open with doubt said of what follows (`understanding-unsure-if`: "no idea about",
    "not sure if"; held-out 10, batch 476: "girl, no idea about spayed or not" took the girl back
    for the spayed one doubted)."""
    found = reader.vocabulary["understanding-unsure-if"].find(Folded(words.lstrip(_PUNCTUATION)))
    return any(start <= 1 for _phrase, start, _end, _hangul in found)


def said_last(reader: Understander, text: str) -> str:
    """The words after the last cue taking an option back: the value meant; "" without one."""
    cut = _cut(reader, text)
    return cut[1] if cut is not None else ""


def _said_again(
    reader: Understander, text: str, head: str, context: Context, before: tuple[str, ...]
) -> bool:
    """The cue with the words after it reads as the option the head named ("nope no kids", "nah
    no kids", "no no kids" at the children; stop 56 trial: "kids" alone read as yes, and the
    children stored YES, which the safety advice reads): the same answer said twice, nothing
    taken back."""
    rest = text.strip()[len(head) :] if text.strip().startswith(head) else ""
    rest = rest.strip(_PUNCTUATION)
    if not rest or not before:
        return False
    again = reader.understand(rest, context)
    return again.kind is Kind.CHOICE and set(again.picks) <= set(before) and bool(again.picks)


def _named(read: Understanding) -> tuple[str, ...]:
    """The options a reading names: picked, or understood though not whole."""
    if read.kind is Kind.CHOICE:
        return tuple(read.picks)
    if (
        read.kind is Kind.ANSWER
        and isinstance(read.answer, Unclear)
        and isinstance(read.answer.understood, tuple)
    ):
        return tuple(str(c) for c in read.answer.understood)
    return ()


def taken_back(reader: Understander, text: str | None, context: Context) -> Understanding | None:
    """The reading of `text` as an option taken back and another said (module doc); None for
    any other message."""
    if not text or context.question not in BY_KEY or context.expect not in SURVEY:
        return None
    if context.expect is Expect.NAME:
        return None
    if context.question in reader.option_label(text):
        return None  # "Bite, no injury" typed: the option's own label, no "no" taking "Bite" back
    cut = _cut(reader, text)
    if cut is None:
        return None
    head, tail = cut
    own = BY_KEY[context.question]
    if own.kind is QuestionKind.CHOICE:
        after = reader.understand(tail, context)
        before = _named(reader.understand(head, context))
        if _said_again(reader, text, head, context, before):
            return None  # "nope no kids": the "no" of "no kids" takes nothing back, it says it again
        if after.kind is Kind.CHOICE and len(after.picks) == 1 and before and set(before) != set(after.picks):
            return dataclasses.replace(after, text=text, reason=TAKEN_BACK)
    for earlier in reversed(QUESTIONS[: index_of(own.key)]):
        if earlier.kind is not QuestionKind.CHOICE or not reader.names_question(Folded(head), earlier.key):
            continue
        options = Context(Expect.CHOICE, reader._options(earlier.key), question=earlier.key)
        after = reader.understand(tail, options)
        before = _named(reader.understand(head, options))
        if after.kind is Kind.CHOICE and len(after.picks) == 1 and set(before) - set(after.picks):
            return Understanding(Kind.COMMAND, text, command="edit", argument=earlier.key, reason=TAKEN_BACK)
    return None
