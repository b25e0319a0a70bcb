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


# -- issue 11: the whole answer or nothing; native and Sino-Korean numbers; ranges ------------


@pytest.mark.parametrize(
    ("typed", "months"),
    [
        ("열세 살", 156), ("열세살", 156), ("열 세 살", 156), ("십삼 세", 156), ("13세", 156),
        ("스무 살", 240), ("열다섯 살", 180), ("열아홉살", 228), ("1년 6개월", 18), ("한 살 반", 18),
        ("2~3살", 30), ("두세 살", 30), ("2-3 years", 30), ("서너 살", 42), ("twenty years", 240),
        ("생후 3개월", 3), ("3개월 됐어요", 3), ("일주일", pytest.approx(0.23, abs=0.01)),
    ],
)  # fmt: skip
def test_more_ages(lex: Lexicon, typed: str, months: float) -> None:
    assert parse_quantity(typed, lex, AGE_UNITS, "years") == months


@pytest.mark.parametrize("typed", ["5살 된 말티즈예요", "열세 살 넘은 말티즈", "3살 아니 4살", "3 4"])
def test_an_age_with_words_left_over_is_not_accepted(lex: Lexicon, typed: str) -> None:
    assert parse_quantity(typed, lex, AGE_UNITS, "years") is None


@pytest.mark.parametrize(
    ("typed", "hours"),
    [("4시간 반", 4.5), ("출근하면 9시간 정도요", 9), ("8~9시간", 8.5), ("1시간 30분", 1.5)],
)
def test_more_hours(lex: Lexicon, typed: str, hours: float) -> None:
    assert parse_quantity(typed, lex, HOUR_UNITS, "hours") == hours


@pytest.mark.parametrize(
    ("typed", "minutes"), [("한시간반", 90), ("an hour and a half", 90), ("40~50분", 45), ("이십 분", 20)]
)
def test_more_minutes(lex: Lexicon, typed: str, minutes: float) -> None:
    assert parse_quantity(typed, lex, MINUTE_UNITS, "minutes") == minutes


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("저랑 남편 둘이요", 2),
        ("셋이요", 3),
        ("4인 가족", 4),
        ("부모님이랑 저 세 명", 3),
        ("two of us", 2),
        ("just me", 1),
    ],
)
def test_more_counts(lex: Lexicon, typed: str, count: int) -> None:
    assert parse_count(typed, lex) == count
