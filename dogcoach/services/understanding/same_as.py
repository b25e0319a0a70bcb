"""An answer given as another dog's ("same as Biscuit", "보리랑 같아요", "위랑 똑같아요"; owner
trial 21: at a second dog's survey it was re-asked, the owner typing every household answer
again): which of the owner's other dogs the answer is copied from.

The whole message must be the words of sameness (`understanding-same-as`), with at most one of
the owner's dogs' names and the words read past around them (polite endings, fillers); anything
else ("same breed but smaller") is no copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from dogcoach.services.understanding.names import DogNames
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Table, Vocabulary, cover


class SameAsReader:
    """`other_dog`: the dog an answer is said to be the same as."""

    def __init__(self, vocabulary: Vocabulary, names: DogNames) -> None:
        self.vocabulary = vocabulary
        self.names = names

    @cached_property
    def _table(self) -> Table:
        v = self.vocabulary
        table = Table().add("same", v["understanding-same-as"])
        for entry in ("understanding-polite-ending", "understanding-same-as-filler", "lex-filler"):
            table.add("skip", v[entry])
        return table

    def other_dog(self, text: str, others: Sequence[str]) -> int | None:
        """The position in `others` (the owner's dogs besides the one asked about) of the dog
        the answer is the same as: the one named, else the only one; None when the message is
        no copy, names none of them while there are several, or names a dog not in `others`."""
        if not others:
            return None
        named = self.names.named(text, others)
        if len(named) > 1:
            return None
        rest = Folded(self.names.without(text, others))
        if not rest.text:
            return None
        pieces = cover(rest.units, self._table)
        if not pieces or not any(tag == "same" for tag, _ in pieces):
            return None
        if named:
            return named[0]
        return 0 if len(others) == 1 else None
