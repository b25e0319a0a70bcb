"""The dog's profile as one readable card, shared by the survey's review and /profile."""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import QUESTIONS, Kind, Question
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog


def format_months(turn: Turn, months: int) -> str:
    return turn.t("value-age", years=months // 12, months=months % 12)


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
    for q in QUESTIONS:
        if q.key in dog.answers:
            lines.append(
                turn.t(
                    "card-line",
                    field=turn.t(f"survey-field-{q.key}"),
                    value=format_answer(turn, q, dog.answers[q.key]),
                )
            )
    if dog.completed_at is None:
        lines.append(turn.t("card-incomplete"))
    return "\n".join(lines)
