from __future__ import annotations

import pytest

from dogcoach.handlers.parsing import (
    AGE_UNITS,
    HOUR_UNITS,
    MINUTE_UNITS,
    Lexicon,
    parse_count,
    parse_quantity,
)
from dogcoach.services.i18n import Messages


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon(Messages())


@pytest.mark.parametrize(
    ("typed", "months"),
    [
        ("3", 36), ("3살", 36), ("3 살", 36), ("3살이에요", 36), ("18개월", 18), ("2 years", 24),
        ("6 months", 6), ("1y 6m", 18), ("1y6m", 18), ("1살 6개월", 18), ("1년 반", 18),
        ("두 살", 24), ("세살", 36), ("2.5 years", 30), ("8주", pytest.approx(1.85, abs=0.01)),
        ("about 4 years old", 48), ("열두 살", 144), ("3세", 36), ("a year", 12),
    ],
)  # fmt: skip
def test_ages(lex: Lexicon, typed: str, months: float) -> None:
    assert parse_quantity(typed, lex, AGE_UNITS, "years") == months


@pytest.mark.parametrize("typed", ["banana", "", "몰라요", "3 apples", "3 4", "years", "반", "mixed"])
def test_nonsense_is_not_an_age(lex: Lexicon, typed: str) -> None:
    assert parse_quantity(typed, lex, AGE_UNITS, "years") is None


@pytest.mark.parametrize(
    ("typed", "hours"), [("4", 4), ("4h", 4), ("4시간", 4), ("30분", 0.5), ("1시간 반", 1.5), ("2 hours", 2)]
)
def test_hours(lex: Lexicon, typed: str, hours: float) -> None:
    assert parse_quantity(typed, lex, HOUR_UNITS, "hours") == hours


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("45", 45), ("1h 30m", 90), ("1시간 30분", 90), ("하루 40분 정도", 40), ("1.5 hours", 90)],
)
def test_minutes(lex: Lexicon, typed: str, minutes: float) -> None:
    assert parse_quantity(typed, lex, MINUTE_UNITS, "minutes") == minutes


@pytest.mark.parametrize(("typed", "count"), [("3", 3), ("3명", 3), ("세 명", 3), ("two", 2), ("혼자", 1)])
def test_counts(lex: Lexicon, typed: str, count: int) -> None:
    assert parse_count(typed, lex) == count


@pytest.mark.parametrize("typed", ["2.5", "lots", "3 hours"])
def test_bad_counts(lex: Lexicon, typed: str) -> None:
    assert parse_count(typed, lex) is None
