"""An answer retold with its new value, the question named first: "change the name to Daisy Mae",
"이름 보리 말고 보라로 바꿔주세요", "이름을 보라로 바꿔줘", "이름 보리 아니고 보라예요", "견종 말티즈로 바꿔줘",
"the name is not Bori, it's Bora" (acceptance trial, issue 11: the name question asked again, the
value given lost).

The message is read word by word: first the question's name with the edit words around it
(`understanding-field-*`, `understanding-edit-*`, particles), then the value, where an old value
marked as wrong ("보리 말고", "not Bori", "from Bori to") is left out, and at the end the edit verb
and the request words ("바꿔주세요", "please"). The value is only the text: the survey question's
own reader decides what it says. It is a change only with a change word (an edit verb, a wrong
value marked); "이름은 보라예요" alone is the classifier's rename, not read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from dogcoach.domain.survey import QUESTIONS
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Phrases, Table, Vocabulary, cover

# Punctuation around words, dropped before the words are compared ("Bori," "보라예요!").
_EDGES = ".,!?~…\"'“”‘’()"


# The most words a request before "rename" may take ("could you please", "i would like to").
_REQUEST_MAX_WORDS = 5


def rename_at(vocabulary: Vocabulary, words: list[str]) -> int | None:
    """The index of the rename word (`understanding-rename`) when only request words
    (`understanding-request`: "I want to", "can you", "please") stand before it, else None
    (owner trial 17: "I want to rename Pepper to Salt" was the noise hint, "can you rename …"
    a question for the model)."""
    rename = vocabulary["understanding-rename"].phrases
    for i, word in enumerate(words[: _REQUEST_MAX_WORDS + 1]):
        if tuple(Folded(word.strip(_EDGES)).units) in rename:
            if i == 0:
                return 0
            # the request table only once a rename word is found (stop 49's profile: it was
            # built for every message read, ~2 % of the reading)
            request = Table().add("request", vocabulary["understanding-request"])
            return i if cover(Folded(" ".join(words[:i])).units, request) is not None else None
    return None


@dataclass(frozen=True)
class FieldValue:
    """`key`: the survey question named; `value`: the new value as typed (for that question's
    reader); `old`: the value marked as wrong, "" when none; `marked`: a wrong value was marked or
    an edit verb said (a change, not a statement)."""

    key: str
    value: str
    old: str
    marked: bool


class FieldValueReader:
    """Reads `FieldValue` with the words of the locale files."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    @cached_property
    def _lead(self) -> Table:
        """The question's name and the edit words before the value ("change the name", "이름을")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-edit-verb"])
        for q in QUESTIONS:
            table.add(f"field:{q.key}", v[f"understanding-field-{q.key}"])
            table.add(f"field:{q.key}", v.label(f"survey-field-{q.key}"))
        table.add("filler", v["understanding-edit-filler"])
        return table.add("filler", v["understanding-dog"])

    @cached_property
    def _tail(self) -> Table:
        """The words after the value that change nothing ("바꿔주세요", "please", "예요")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-edit-verb"])
        table.add("verb", v["understanding-switch-verb"])
        table.add("filler", v["understanding-request"])
        return table.add("filler", v["understanding-polite-ending"])

    @cached_property
    def _toward(self) -> tuple[str, ...]:
        """The particles of direction on the value's last word before an edit verb ("보라로
        바꿔줘"), longest first (`understanding-toward-particle`)."""
        phrases = self.vocabulary["understanding-toward-particle"].phrases
        return tuple(sorted(("".join(p) for p in phrases if p), key=len, reverse=True))

    def _without_toward(self, word: str) -> str:
        """ "보라로" → "보라", "말티즈로" → "말티즈"; a word that is only the particle stays."""
        for particle in self._toward:
            if word.endswith(particle) and len(word) > len(particle):
                return word.removesuffix(particle)
        return word

    @property
    def _to(self) -> Phrases:
        return self.vocabulary["understanding-retold-to"]

    @property
    def _not_before(self) -> Phrases:
        return self.vocabulary["understanding-retold-not-before"]

    @property
    def _not_after(self) -> Phrases:
        return self.vocabulary["understanding-dog-retold-not-after"]

    def read(self, text: str) -> FieldValue | None:
        """The question named and its new value; None when the message does not start with one
        question's name or gives no value after it."""
        words = [w.strip(_EDGES) for w in text.split()]
        words = [w for w in words if w]
        v = self.vocabulary
        at = rename_at(v, words)
        renamed = at is not None
        # "rename to Max" (owner trial 9), "I want to rename him to Max" (owner trial 17)
        key, start = ("name", at + 1) if at is not None else self._named(words)
        if key is None:
            return None
        rest = words[start:]
        to = next((i for i, w in enumerate(rest) if self._is(w, self._to)), None) if renamed else None
        if to is not None:  # "rename him to Max": who is renamed is no part of the new name
            rest = rest[to + 1 :]
        message = Folded(text)
        verb = (
            renamed
            or v["understanding-edit-verb"].contains(message)
            or v["understanding-switch-verb"].contains(message)
        )
        while rest and cover(Folded(rest[-1]).units, self._tail) is not None:
            rest = rest[:-1]
        while rest and self._is(rest[0], self._to):  # "to Daisy Mae", "is not Bori"
            rest = rest[1:]
        old: list[str] = []
        marked = False
        for i, word in enumerate(rest):
            bare = self._without_marker(word)
            last = i == len(rest) - 1 and (i >= 2 or (bare and i >= 1))
            if bare is not None and last:
                # "견종 비숑이에요 포메 아니고" (owner trial 14): the old value said after the new one
                cut = i if bare else i - 1
                old, rest, marked = [bare] if bare else [rest[i - 1]], rest[:cut], True
                break
            if bare is not None:  # "보리 말고 보라", "보리말고 보라"
                old, rest, marked = [*rest[:i], *([bare] if bare else [])], rest[i + 1 :], True
                break
            if self._is(word, self._not_before) and i == 0:  # "not Bori, it's Bora"
                split = next((j for j in range(1, len(rest)) if self._is(rest[j], self._to)), None)
                if split is None and len(rest) > 2:
                    split = 1  # "not Bori Bora": the first word the old one
                if split is not None:
                    old, rest, marked = rest[1:split], rest[split:], True
                break
        while rest and self._is(rest[0], self._to):  # "…, it's Bora", "from Bori to Bora"
            rest = rest[1:]
        if verb and rest and not rest[-1].isascii():
            rest = [*rest[:-1], self._without_toward(rest[-1])]
        value = " ".join(rest).strip()
        if not value or not (verb or marked):
            return None
        return FieldValue(key, value, " ".join(old), True)

    def _named(self, words: list[str]) -> tuple[str | None, int]:
        """The question named by the longest start of `words` that is only edit words with one
        question's name, and how many words it takes."""
        for end in range(min(len(words), 6), 0, -1):
            pieces = cover(Folded(" ".join(words[:end])).units, self._lead)
            fields = {tag.split(":", 1)[1] for tag, _ in pieces or () if tag.startswith("field:")}
            if len(fields) == 1:
                return fields.pop(), end
        return None, 0

    def _is(self, word: str, phrases: Phrases) -> bool:
        units = Folded(word).units
        return bool(units) and tuple(units) in phrases.phrases

    def _without_marker(self, word: str) -> str | None:
        """The word without its marker of a wrong value at its end ("보리말고": 보리, "말고": "");
        None when it has none."""
        for phrase in sorted(self._not_after.phrases, key=len, reverse=True):
            marker = "".join(phrase)
            if phrase and not marker.isascii() and word.endswith(marker):
                return word.removesuffix(marker)
        return None
