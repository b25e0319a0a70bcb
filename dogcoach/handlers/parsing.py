"""Understanding typed quantities: 3 years, 18 months, 1y 6m, two and a half years, 1h 30m —
in Korean as in English (the test suite has the Korean cases).

The words themselves (units, number words, filler like "about") are vocabulary of each
language and live in the `lexicon.ftl` files as `.aliases`; this module only knows the grammar:
numbers followed by an optional unit, summed, with Korean particles allowed after a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from dogcoach.services.i18n import Messages, normalize

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)

# Unit → size in the base unit of each kind of quantity.
AGE_UNITS = {"years": 12.0, "months": 1.0, "weeks": 12.0 / 52.0}
HOUR_UNITS = {"hours": 1.0, "minutes": 1.0 / 60.0}
MINUTE_UNITS = {"hours": 60.0, "minutes": 1.0}
COUNT_UNITS = {"people": 1.0}

NUMBER_WORDS = range(1, 13)


@dataclass(frozen=True)
class Lexicon:
    """Aliases of units, number words, "half" and filler words, across all locales."""

    messages: Messages

    @cached_property
    def units(self) -> dict[str, frozenset[str]]:
        names = {*AGE_UNITS, *HOUR_UNITS, *MINUTE_UNITS, *COUNT_UNITS}
        return {name: self.messages.aliases(f"lex-unit-{name}") for name in names}

    @cached_property
    def numbers(self) -> dict[str, float]:
        found: dict[str, float] = {}
        for n in NUMBER_WORDS:
            for alias in self.messages.aliases(f"lex-number-{n}"):
                found[alias] = float(n)
        return found

    @cached_property
    def half(self) -> frozenset[str]:
        return self.messages.aliases("lex-half")

    @cached_property
    def filler(self) -> frozenset[str]:
        return self.messages.aliases("lex-filler")


def parse_quantity(text: str, lexicon: Lexicon, units: dict[str, float], default_unit: str) -> float | None:
    """The quantity in the base unit of `units`, or None when the text is not a quantity.

    A bare number takes `default_unit` ("3" → 3 years for an age). "half" after a unit adds half
    of that unit (one year and a half → 18 months).
    """
    total = 0.0
    pending: float | None = None  # a number waiting for its unit
    last_unit: str | None = None
    seen_number = False
    for raw in _TOKEN.findall(text):
        if raw[0].isdigit():
            if pending is not None:
                return None  # "3 4": two numbers in a row is not a quantity
            pending = float(raw.replace(",", "."))
            seen_number = True
            continue
        token = normalize(raw)
        rest = token
        while rest:
            unit, rest_after_unit = _prefix(rest, lexicon.units, units)
            if pending is not None and unit is not None:
                total += pending * units[unit]
                pending, last_unit, rest = None, unit, rest_after_unit
                continue
            number, rest_after_number = _number_prefix(rest, lexicon.numbers)
            if number is not None and pending is None:
                pending, rest, seen_number = number, rest_after_number, True
                continue
            if rest in lexicon.half or _starts_with_any(rest, lexicon.half):
                if last_unit is None:
                    return None
                total += 0.5 * units[last_unit]
                break
            if rest in lexicon.filler or (last_unit is not None and not rest.isascii()):
                break  # filler ("old"), or a Korean particle glued to a unit
            return None
    if pending is not None:
        total += pending * units[default_unit]
    return total if seen_number else None


def _prefix(
    token: str, aliases: dict[str, frozenset[str]], allowed: dict[str, float]
) -> tuple[str | None, str]:
    best: tuple[str | None, str] = (None, token)
    best_len = 0
    for name in allowed:
        for alias in aliases.get(name, ()):
            if token.startswith(alias) and len(alias) > best_len and _splits_ok(token, alias):
                best, best_len = (name, token[len(alias) :]), len(alias)
    return best


def _number_prefix(token: str, numbers: dict[str, float]) -> tuple[float | None, str]:
    best: tuple[float | None, str] = (None, token)
    best_len = 0
    for alias, value in numbers.items():
        if token.startswith(alias) and len(alias) > best_len and _splits_ok(token, alias):
            best, best_len = (value, token[len(alias) :]), len(alias)
    return best


def _splits_ok(token: str, alias: str) -> bool:
    """Latin words must match whole ("m" is not the start of "mixed"); Hangul may run on."""
    return len(token) == len(alias) or not alias.isascii()


def _starts_with_any(token: str, options: frozenset[str]) -> bool:
    return any(token.startswith(o) and not o.isascii() for o in options)


def parse_count(text: str, lexicon: Lexicon) -> int | None:
    """A whole number of people: a digit, a number word, with or without a unit."""
    value = parse_quantity(text, lexicon, COUNT_UNITS, "people")
    if value is None or value != int(value):
        return None
    return int(value)
