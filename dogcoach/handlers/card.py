"""The dog's profile as one readable card, shared by the survey's review and /profile."""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import QUESTIONS, Kind, Question
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog


def format_months(turn: Turn, months: int) -> str:
    return turn.t("value-age", years=months // 12, months=months % 12)


# Keys of `Dog.answers` that qualify answers (see `handlers.onboarding`): questions answered
# "don't know", and the [low, high] of answers given as a range or "about".
UNKNOWN_KEY = "unknown"
APPROXIMATE_KEY = "approximate"
# The unit a range is shown in, by question kind (ages: years when both ends are whole years).
RANGE_UNITS = {Kind.HOURS: "hours", Kind.MINUTES: "minutes", Kind.COUNT: "people"}


def format_range(turn: Turn, q: Question, value: Any, low: float, high: float) -> str:
    """An approximate answer: "about 2-3 years", or "about 9 hours" for a hedged one."""
    if low == high:
        return turn.t("value-about", value=format_answer(turn, q, value))
    if q.kind is Kind.AGE:
        if low % 12 == 0 and high % 12 == 0:
            return turn.t("value-range-years", low=_num(low / 12), high=_num(high / 12))
        return turn.t("value-range-months", low=_num(low), high=_num(high))
    unit = RANGE_UNITS.get(q.kind)
    if unit is None:
        return format_answer(turn, q, value)
    return turn.t(f"value-range-{unit}", low=_num(low), high=_num(high))


def format_stored(turn: Turn, dog: Dog, q: Question) -> str:
    """The stored answer to `q` with its qualifier: "don't know", or the range it was given as."""
    if q.key in (dog.answers.get(UNKNOWN_KEY) or []):
        return turn.t("value-unknown")
    value = dog.answers.get(q.key)
    approximate = (dog.answers.get(APPROXIMATE_KEY) or {}).get(q.key)
    if approximate and value is not None:
        return format_range(turn, q, value, float(approximate[0]), float(approximate[1]))
    return format_answer(turn, q, value)


def format_answer(turn: Turn, q: Question, value: Any) -> str:
    """An answer as the user reads it, in their language."""
    if value is None or value == [] or value == "":
        return turn.t("value-none")
    if q.kind is Kind.AGE:
        return format_months(turn, int(value))
    if q.kind is Kind.CHOICE:
        return turn.t(q.option_msg(str(value)))
    if q.kind is Kind.MULTI:
        return ", ".join(turn.t(q.option_msg(str(v))) for v in value)
    if q.kind is Kind.HOURS:
        return turn.t("value-hours", hours=_num(value))
    if q.kind is Kind.MINUTES:
        return turn.t("value-minutes", minutes=_num(value))
    if q.kind is Kind.COUNT:
        return turn.t("value-people", count=int(value))
    if q.free_option and value == q.free_option:
        return turn.t(q.option_msg(q.free_option))
    return str(value)


def _num(value: Any) -> int | float:
    number = float(value)
    return int(number) if number == int(number) else round(number, 1)


def profile_card(turn: Turn, dog: Dog) -> str:
    lines = [turn.t("card-title", name=dog.name or turn.t("value-none"))]
    unknown = dog.answers.get(UNKNOWN_KEY) or []
    for q in QUESTIONS:
        if q.key in dog.answers or q.key in unknown:
            lines.append(
                turn.t(
                    "card-line",
                    field=turn.t(f"survey-field-{q.key}"),
                    value=format_stored(turn, dog, q),
                )
            )
    if dog.completed_at is None:
        lines.append(turn.t("card-incomplete"))
    return "\n".join(lines)
