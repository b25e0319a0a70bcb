"""A person's death told, not the dog's ("저 혼자요 영감은 먼저 갔어요" at the household, "just me,
my husband passed away last year"; held-out 16: read as the dog died, condolences and nothing
stored).

The death words (`understanding-dog-died`) a few words after a person (`lex-person`, the owner left
out; in Korean with at most a particle, `understanding-person-aged`: 은, 는, 이, 가, 도): that
person died. At a survey question the clause is read past (from the person to the end of its
sentence) and the rest read alone ("저 혼자요": 1); the dog's death still needs no person before
the words ("콩이 무지개다리 건넜어요").
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.vocabulary import Vocabulary

# The most words between the person and the death words ("남편이 작년에 세상을 떠났어요", "my
# husband sadly passed away").
_GAP = 3
# The most words the death words span ("crossed the rainbow bridge").
_DEATH_WORDS = 5
# Marks that end a sentence or a clause ("just me, my wife died in 2020").
_CLAUSE_END = ",.;!?~…"
_MARKS = " ,.;:~!…-—"


def _death_span(words: list[str], vocabulary: Vocabulary) -> tuple[int, int] | None:
    """Where the first death words are: (first word, one past the last), or None."""
    died = vocabulary["understanding-dog-died"]
    for end in range(1, len(words) + 1):
        if not died.contains(Folded(" ".join(words[:end]))):
            continue
        for start in range(end - 1, max(-1, end - 1 - _DEATH_WORDS), -1):
            if died.contains(Folded(" ".join(words[start:end]))):
                return start, end
        return end - 1, end
    return None


def _person_at(words: list[str], start: int, vocabulary: Vocabulary) -> int | None:
    """The word naming a person (not the owner) at most `_GAP` words before `start` (or glued
    at the start of the death words' first word), nearest first; None when there is none."""
    people = {p.casefold() for p in vocabulary["lex-person"].typed}
    people -= {p.casefold() for p in vocabulary["lex-person-self"].typed}
    links = ("", *vocabulary["understanding-person-aged"].typed)
    for at in range(start, max(-1, start - 1 - _GAP), -1):
        word = words[at].strip(_MARKS).casefold()
        if word in people or (
            not word.isascii() and any(word == p + k for p in people if not p.isascii() for k in links)
        ):
            return at
        if at < start and word[-1:] and words[at][-1:] in _CLAUSE_END:
            return None  # "콩이가 먼저 갔어요, 남편은…": another sentence
    return None


def person_died(vocabulary: Vocabulary, message: Folded) -> bool:
    """True when the first death words of `message` follow a person who is not the owner."""
    words = message.text.split()
    span = _death_span(words, vocabulary)
    return span is not None and _person_at(words, span[0], vocabulary) is not None


def person_death_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the sentence part telling a person's death (from the person to the next
    clause mark or the end); None when it tells none or nothing with a letter or digit is left.
    Decomposed Hangul (NFD, as macOS and iOS paste it) is read as the syllables it spells."""
    words = unicodedata.normalize("NFC", text).split()
    span = _death_span(words, vocabulary)
    if span is None:
        return None
    person = _person_at(words, span[0], vocabulary)
    if person is None:
        return None
    end = span[1]
    # a Korean verb ends its clause ("남편이 세상을 떠나서 이제 저 혼자예요"); in English the
    # clause runs to a mark or a word opening the next one ("my husband passed away so it's just
    # me"; stop 62: the answer after it read past with the death)
    after = vocabulary["understanding-clause-next"]
    while (
        end < len(words)
        and words[end - 1].isascii()
        and words[end - 1][-1:] not in _CLAUSE_END
        and not after.whole(Folded(words[end].strip(_MARKS)))
    ):
        end += 1
    rest = " ".join(words[:person] + words[end:]).strip(_MARKS)
    return rest if any(ch.isalnum() for ch in rest) else None
