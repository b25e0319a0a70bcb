"""Words around a survey answer that are no part of it, read past so the answer is read alone:
thinking aloud before it ("뭐라고 해야하지 세명이요", "음 글쎄 네명?", "hmm let me think, three of
us", "how do I put it... three of us"; stop 60 verification trial: a question for the coach model;
`understanding-thinking-aloud`, whole words at the start, one or more), and the dog's being a puppy
given as the reason, anywhere ("남아요 중성화는 아직 애기라 안했어요", "아직 애기라 그런거 없어요";
held-out 15: the neutered option, or not understood; `understanding-puppy-reason`); at the other
pets, how the pets get on ("another dog, they tolerate each other": "each other" ticked Other;
stop 62; `understanding-pets-get-on`); at the worst reaction, a bite's harm denied ("bit me, no
injury": the injury option; "물었는데 피는 안 났어요" with a report waiting: its detail; stop 62;
`understanding-injury-denied`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.vocabulary import Phrases, Vocabulary

# The most words one phrase spans ("how do i put it").
_PHRASE_MAX_WORDS = 5
# Marks around such words ("hmm...", "글쎄요,", "how do I put it —").
_MARKS = " ,.;:~!…-—"


def _phrase_at(words: list[str], at: int, table: Phrases) -> int:
    """How many words from `at` make one phrase of `table` (0: none), the longest first."""
    for k in range(min(_PHRASE_MAX_WORDS, len(words) - at), 0, -1):
        head = " ".join(words[at : at + k]).strip(_MARKS)
        if head and table.whole(Folded(head)):
            return k
    return 0


def _left(words: list[str]) -> str | None:
    rest = " ".join(words).strip(_MARKS)
    return rest if any(ch.isalnum() for ch in rest) else None


def lead_in_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the thinking-aloud words it starts with; None when it starts with none or
    nothing with a letter or digit is left."""
    lead = vocabulary["understanding-thinking-aloud"]
    words = text.split()
    at = 0
    while at < len(words) and (k := _phrase_at(words, at, lead)):
        at += k
    return _left(words[at:]) if at else None


def puppy_reason_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the first words anywhere in it that give the dog's being a puppy as the
    reason; None when it has none or nothing with a letter or digit is left."""
    reason = vocabulary["understanding-puppy-reason"]
    words = text.split()
    for at in range(len(words)):
        k = _phrase_at(words, at, reason)
        if k:
            return _left(words[:at] + words[at + k :])
    return None


# Where a clause ends: a mark, an English joining word, or a Korean word ending a sentence or
# joining two (`understanding-clause-close`).
_CLAUSE_MARK = re.compile(r"[,.;:!?~…]+|\s+(?:and|but|so|though)\s+", re.IGNORECASE)


def _clauses(text: str, vocabulary: Vocabulary) -> list[str]:
    """`text` cut into its clauses (`_CLAUSE_MARK`, and after a Korean word ending in one of
    `understanding-clause-close`)."""
    ends = tuple(
        "".join(p) for p in vocabulary["understanding-clause-close"].phrases if p and not p[0].isascii()
    )
    clauses: list[str] = []
    for piece in _CLAUSE_MARK.split(text):
        current: list[str] = []
        for word in piece.split():
            current.append(word)
            if not word.isascii() and word.endswith(ends):
                clauses.append(" ".join(current))
                current = []
        if current:
            clauses.append(" ".join(current))
    return [c for c in clauses if c.strip()]


def clauses_dropped(text: str, vocabulary: Vocabulary, *entries: str) -> str | None:
    """`text` without its clauses holding a phrase of one of `entries`; None when it has none or
    nothing with a letter or digit is left."""
    told = [vocabulary[entry] for entry in entries]
    clauses = _clauses(text, vocabulary)
    kept = [c for c in clauses if not any(t.contains(Folded(c)) for t in told)]
    if len(kept) == len(clauses):
        return None
    return _left(", ".join(kept).split())


def pets_getting_on_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without its clauses telling how the pets get on (`understanding-pets-get-on`:
    "they tolerate each other", "서로 관심 없어요"; and `understanding-pets-along`, stop 61's words
    of a pet had with how it gets on)."""
    return clauses_dropped(text, vocabulary, "understanding-pets-get-on", "understanding-pets-along")


def injury_denied_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without its clauses saying a bite did no harm (`understanding-injury-denied`: "no
    blood", "피는 안 났어요", "상처도 없어요")."""
    return clauses_dropped(text, vocabulary, "understanding-injury-denied")
