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


# The most words an echo of the survey question spans ("how long have we had her?").
_ECHO_MAX_WORDS = 7
# The syllables of a Korean word compared with the question's words ("몇살이요": "몇살").
_ECHO_STEM_SYLLABLES = 2
# The marks an echo ends with: it is said back as a question.
_ECHO_ENDS = "?？"


def _compact(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _echoes(word: str, asked: str, asked_words: frozenset[str], fillers: Phrases) -> bool | None:
    """Whether `word` is one of the question's own words (True), a filler an echo may hold
    beside them (None), or neither (False). A Korean word is compared by its first syllables
    ("몇살이냐고요" holds "몇살" of "몇 살이에요?"), an English one whole."""
    bare = word.strip(_MARKS + "?？'\"")
    if not bare or fillers.whole(Folded(bare)):
        return None
    if bare.isascii():
        return bare.casefold() in asked_words
    compact = _compact(bare)
    for cut in range(1, len(compact)):  # the asking ending said back off ("명이냐고요": "명")
        if fillers.whole(Folded(compact[cut:])):
            compact = compact[:cut]
            break
    stem = compact[:_ECHO_STEM_SYLLABLES]
    if not stem:
        return False
    if stem in asked:
        return True
    # "지낸" said back for "지내신": the last syllable's final consonant aside
    return len(stem) == 2 and any(
        asked[i] == stem[0] and _open(asked[i + 1]) == _open(stem[1]) for i in range(len(asked) - 1)
    )


def _open(syllable: str) -> str:
    """A Hangul syllable without its final consonant ("낸": "내"); anything else as it is."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return syllable
    return chr(0xAC00 + code - code % 28)


def question_echo_dropped(text: str, asked: tuple[str, ...], vocabulary: Vocabulary) -> str | None:
    """`text` without the survey question said back before the answer ("how old? she's two",
    "몇 살이요? 두 살이요"; stop 64 owner trial, Telegram: a question for the coach model, the age
    never stored): the words before the first "?" are the question's own (`asked`, its text in
    each language) with at most one other word (the dog's name) beside the fillers
    (`understanding-question-echo-filler`), at least one of them the question's; None when the
    message opens with no such echo or nothing with a letter or digit follows it."""
    cut = min((text.find(mark) for mark in _ECHO_ENDS if mark in text), default=-1)
    if cut <= 0:
        return None
    head, rest = text[:cut].split(), text[cut + 1 :]
    if not head or len(head) > _ECHO_MAX_WORDS or not any(ch.isalnum() for ch in rest):
        return None
    fillers = vocabulary["understanding-question-echo-filler"]
    compact = "".join(_compact(q) for q in asked)
    words = frozenset(w.strip(_MARKS + "?？'\"").casefold() for q in asked for w in q.split())
    read = [_echoes(w, compact, words, fillers) for w in head]
    own, other = read.count(True), read.count(False)
    if own == 0 or other > 1:
        return None
    return _left(rest.split())
