"""The tips that ground the coach's answer to a question: the few of the catalogue
(`locales/*/tips.ftl`) whose topic words the question uses.

Deterministic and cheap, so the prompt stays small and the same question always gets the same
tips: each tip has a word list (`coach-tip-words-<key>` in `locales/*/coach.ftl`, both languages
read for every question, Hangul matched regardless of spacing, Latin as whole words, `*` any
ending, as the safety check reads its lists); a tip scores the number of its distinct words in
the question, and the tips with the best score win (at most `limit`, in catalogue order). A
question that names no topic gets no tip, and a tip that fits less well than another is left out:
a Korean tip costs 40-90 prompt tokens, which a loosely related one does not earn.
"""

from __future__ import annotations

from functools import lru_cache

from dogcoach.services.broadcast.tips import tip_keys, tip_text
from dogcoach.services.i18n import Messages
from dogcoach.services.safety.lexicon import Term, Views, aliases

WORDS_PREFIX = "coach-tip-words-"
# Two tips ground an answer well enough (a question on two topics); each costs 35-90 prompt tokens.
MAX_TIPS = 2


class TipGrounding:
    """Compiled once per process from the locale files; `tips` is pure and thread-safe."""

    def __init__(self, messages: Messages, *, limit: int = MAX_TIPS) -> None:
        self.messages = messages
        self.limit = limit
        self._terms = [
            (key, Term(key, aliases(messages, WORDS_PREFIX + key)))
            for key in tip_keys(messages)
            if messages.has(WORDS_PREFIX + key)
        ]

    def keys(self, question: str) -> list[str]:
        """The keys of the tips that fit `question`, best first (at most `limit`)."""
        views = Views.of(question)
        scored: list[tuple[int, int, str]] = []
        for index, (key, term) in enumerate(self._terms):
            words = {hit.text for hit in term.find(views)}
            if words:
                scored.append((-len(words), index, key))
        if not scored:
            return []
        best = min(score for score, _, _ in scored)
        return [key for score, _, key in sorted(scored) if score == best][: self.limit]

    def tips(self, question: str, language: str) -> tuple[str, ...]:
        """The texts, in `language`, of the tips that fit `question`."""
        return tuple(tip_text(self.messages, language, key) for key in self.keys(question))


@lru_cache(maxsize=8)
def tip_grounding(messages: Messages) -> TipGrounding:
    """The process's one `TipGrounding` over `messages` at the default limit (by identity, like
    `understanding.warmed`): immutable once compiled, and compiling it (about 15 ms of CPU) at
    every runtime built was paid thousands of times by the test suite."""
    return TipGrounding(messages)
