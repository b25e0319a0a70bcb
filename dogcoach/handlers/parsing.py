"""The survey's side of understanding: what each question expects, for the understanding service.

The reading itself (numbers, units, names, options) lives in `dogcoach.services.understanding`;
this module keeps the names the flows import (`Lexicon`, `parse_quantity`, `parse_count`, the unit
tables) and builds the `Context` of a survey question. The words are vocabulary in the locale
files (`lexicon.ftl`, `understanding.ftl`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from dogcoach.domain.survey import Kind, Question
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding.choices import ALTERNATIVE
from dogcoach.services.understanding.model import Band, Context, Expect, Option
from dogcoach.services.understanding.option_concepts import OPTION_CONCEPTS as OPTION_CONCEPTS
from dogcoach.services.understanding.quantity import (
    AGE_UNITS,
    COUNT_UNITS,
    HOUR_UNITS,
    MINUTE_UNITS,
    NUMBER_WORDS,
    QuantityReader,
)
from dogcoach.services.understanding.vocabulary import Vocabulary

__all__ = [
    "AGE_UNITS",
    "COUNT_UNITS",
    "HOUR_UNITS",
    "MINUTE_UNITS",
    "NUMBER_WORDS",
    "Lexicon",
    "parse_count",
    "parse_quantity",
    "survey_context",
]

# Weight bands of the size options, in kg, as their labels state them (`survey-opt-size-*`):
# "under 10" leaves 10 out, "10–25" holds both ends, "over 25" leaves 25 out (owner trial: "idk
# maybe 25kg?" was stored as Large). Checked against the labels in tests/test_survey_leftovers.py.
OPTION_KG: Mapping[tuple[str, str], Band] = {
    # "under 10 kg" above nothing: "0" is no weight, asked again (acceptance trial: stored small)
    ("size", "small"): Band(0.0, 10.0, low_in=False),
    ("size", "medium"): Band(10.0, 25.0, high_in=True),
    ("size", "large"): Band(25.0, 200.0, low_in=False, high_in=True),
}
# A text question longer than this is a note kept as typed (health), not a short answer (breed).
NOTE_CHARS = 100


def survey_context(q: Question, nav: Sequence[Option] = (), *, numbered: bool = True) -> Context:
    """The context of survey question `q`: its options (their values come back as picks) and the
    navigation buttons shown with it (`nav`, e.g. back, skip, done: their ids come back);
    `numbered`: the owner saw numbers beside the options, so a typed number picks one; without
    them only a position said as one does ("두 번째", "second": `Option.ordered`)."""
    expect = Expect.NAME if q.key == "name" else Expect(q.kind.value)
    options = [
        Option(
            v,
            q.option_msg(v),
            concepts=OPTION_CONCEPTS.get((q.key, v), ()),
            kg=OPTION_KG.get((q.key, v)),
            numbered=numbered,
            ordered=not numbered,
        )
        for v in q.options
    ]
    if q.free_option:
        options.append(Option(q.free_option, q.option_msg(q.free_option), numbered=False))
    return Context(
        expect,
        tuple(options) + tuple(nav),
        exclusive=q.exclusive,
        verbatim=q.kind is Kind.TEXT and q.maximum > NOTE_CHARS,
        question=q.key,
        none=q.none_option,
    )


@dataclass(frozen=True)
class Lexicon:
    """The number and unit words of the locale files (kept for the flows that parse quantities
    directly; `Understander.answers` is the fuller reader)."""

    messages: Messages

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.messages)

    @cached_property
    def reader(self) -> QuantityReader:
        return QuantityReader(self.vocabulary)

    @cached_property
    def units(self) -> dict[str, frozenset[str]]:
        names = {*AGE_UNITS, *HOUR_UNITS, *MINUTE_UNITS, *COUNT_UNITS}
        return {name: self.messages.aliases(f"lex-unit-{name}") for name in names}


def parse_quantity(
    text: str, lexicon: Lexicon, units: Mapping[str, float], default_unit: str
) -> float | None:
    """The quantity in the base unit of `units`, or None unless every word of `text` was used
    (a range gives its middle: "2-3 years" → 30 months).

    None too for a number too large to be finite ("1" typed 400 times), which crashed the turn.
    """
    read = lexicon.reader.read(text, units, default_unit)
    if not read.whole or read.value is None or not math.isfinite(read.value):
        return None
    return read.value


def parse_count(text: str, lexicon: Lexicon) -> int | None:
    """A whole number of people: a digit, a number word, with or without a unit."""
    value = parse_quantity(text, lexicon, COUNT_UNITS, "people")
    if value is None or value != int(value):
        return None
    return int(value)


def concepts_named(need: Sequence[str]) -> set[str]:
    """Every concept an option's need names, its alternatives apart (`bite|snap_contact`, the
    worst reaction's bite with injury since stop 49: a snap that drew blood touched)."""
    return {c for n in need for c in n.split(ALTERNATIVE)}


def needs_met(need: Sequence[str], told: Iterable[str]) -> bool:
    """Every concept `need` holds is among `told`, a need with alternatives by any of them."""
    said = set(told)
    return all(n in said or any(c in said for c in n.split(ALTERNATIVE)) for n in need)
