"""Thinking aloud before a survey answer ("뭐라고 해야하지 세명이요", "음 글쎄 네명?", "hmm let me
think, three of us", "how do I put it... three of us"; stop 60 verification trial: a question for
the coach model): the lead-in (`understanding-thinking-aloud`, whole words at the start, one or
more) is no part of the answer, and the rest is read as if typed alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.vocabulary import Vocabulary

# The most words one lead-in phrase spans ("how do i put it").
_LEAD_MAX_WORDS = 5
# Marks around a lead-in ("hmm...", "글쎄요,", "how do I put it —").
_MARKS = " ,.;:~!…-—"


def lead_in_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the thinking-aloud words it starts with; None when it starts with none or
    nothing with a letter or digit is left."""
    lead = vocabulary["understanding-thinking-aloud"]
    words = text.split()
    at = 0
    while at < len(words):
        for k in range(min(_LEAD_MAX_WORDS, len(words) - at), 0, -1):
            head = " ".join(words[at : at + k]).strip(_MARKS)
            if head and lead.whole(Folded(head)):
                at += k
                break
        else:
            break
    rest = " ".join(words[at:]).strip(_MARKS)
    if not at or not any(ch.isalnum() for ch in rest):
        return None
    return rest
