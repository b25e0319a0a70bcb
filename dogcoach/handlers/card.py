"""The dog's profile as one readable card, shared by the survey's review and /profile."""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import QUESTIONS, Kind, Question
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog


def format_months(turn: Turn, months: float, *, duration: bool = False) -> str:
    """A dog's age ("3살", "1 year 6 months") or, with `duration`, a span of time ("2년", "1년
    6개월"): Korean counts an age in 살 and a duration in 년, so the two are different messages.
    A part of a month (stored from "3주", "6 weeks"; stop 47) is shown in weeks, a half month
    ("한달반") as months and a half."""
    if months != int(months):
        weeks = months * 52 / 12
        if abs(weeks - round(weeks)) < WEEK_SLACK:
            return turn.t("value-weeks", weeks=round(weeks))
        return turn.t("value-months-part", months=round(months, 1))
    whole = int(months)
    return turn.t("value-duration" if duration else "value-age", years=whole // 12, months=whole % 12)


# A part of a month this close to whole weeks is shown in weeks ("0.69 months": 3 weeks).
WEEK_SLACK = 0.05


def format_time(turn: Turn, q: Question, value: float) -> str:
    """Hours or minutes as people write them: "1시간 30분" (not "90분"), "4시간 30분" (not
    "4.5시간"), "45 minutes". `value` is in the question's unit (hours or minutes), rounded to the
    minute; a zero keeps the question's unit ("0시간" alone at home)."""
    total = round(float(value) * (60 if q.kind is Kind.HOURS else 1))
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return turn.t("value-hours-minutes", hours=hours, minutes=minutes)
    if hours or (q.kind is Kind.HOURS and not minutes):
        return turn.t("value-hours", hours=hours)
    return turn.t("value-minutes", minutes=minutes)


# Keys of `Dog.answers` that qualify answers (see `handlers.onboarding`): questions answered
# "don't know", and the [low, high] of answers given as a range or "about".
UNKNOWN_KEY = "unknown"
APPROXIMATE_KEY = "approximate"
# ... and the half of an option known with a "don't know" ("여아", then "모름": the sex's female).
PART_KEY = "part"
# The dog's life events told during the survey, the owner's words ("baby coming in march", "이사
# 오고 나서 더 심해진 것 같습니다"): kept beside the answers for the advice (`onboarding.life`).
LIFE_KEY = "life"
# A range whose top is this many months or more is shown in years and months, not in months.
YEAR_MONTHS = 12
# The unit a range is shown in, by question kind (ages: years when both ends are whole years).
RANGE_UNITS = {Kind.HOURS: "hours", Kind.MINUTES: "minutes", Kind.COUNT: "people"}


def format_range(turn: Turn, q: Question, value: Any, low: float, high: float) -> str:
    """An approximate answer: "about 2-3 years", or "about 9 hours" for a hedged one."""
    if low == high == 0 and q.kind in (Kind.HOURS, Kind.MINUTES):
        # "rarely", "거의 없어요", "not much tbh" (stop 51: the exercise's "about 0 minutes"):
        # about none, never "about 0 hours"
        return turn.t("value-hardly-any")
    if low == high:
        return turn.t("value-about", value=format_answer(turn, q, value))
    if q.kind in (Kind.AGE, Kind.DURATION):
        if low % 12 == 0 and high % 12 == 0:
            years = "value-range-years" if q.kind is Kind.AGE else "value-range-duration-years"
            return turn.t(years, low=_num(low / 12), high=_num(high / 12))
        if high < YEAR_MONTHS:
            return turn.t("value-range-months", low=_num(low), high=_num(high))
        # a year or more: each end in years and months ("about 5 years 10 months–6 years"; owner
        # trial 8: "about 70–72 months")
        duration = q.kind is Kind.DURATION
        return turn.t(
            "value-range-span",
            low=format_months(turn, round(low), duration=duration),
            high=format_months(turn, round(high), duration=duration),
        )
    unit = RANGE_UNITS.get(q.kind)
    if unit is None:
        return format_answer(turn, q, value)
    return turn.t(f"value-range-{unit}", low=_num(low), high=_num(high))


def format_stored(turn: Turn, dog: Dog, q: Question) -> str:
    """The stored answer to `q` with its qualifier: "don't know", or the range it was given as."""
    if q.key in (dog.answers.get(UNKNOWN_KEY) or []):
        part = (dog.answers.get(PART_KEY) or {}).get(q.key)
        if part:  # "female (the rest not known)": the half told is shown, never lost
            known = ", ".join(turn.t(f"understanding-concept-{c}") for c in part)
            return turn.t("value-unknown-part", understood=known)
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
    if q.kind in (Kind.AGE, Kind.DURATION):
        return format_months(turn, float(value), duration=q.kind is Kind.DURATION)
    if q.kind is Kind.CHOICE:
        return turn.t(q.option_msg(str(value)))
    if q.kind is Kind.MULTI:
        return ", ".join(turn.t(q.option_msg(str(v))) for v in value)
    if q.kind in (Kind.HOURS, Kind.MINUTES):
        return format_time(turn, q, float(value))
    if q.kind is Kind.COUNT:
        return turn.t("value-people", count=int(value))
    if q.free_option and value == q.free_option:
        return turn.t(q.option_msg(q.free_option))
    if q.none_option and value == q.none_option:
        return turn.t(q.option_msg(q.none_option))
    return str(value)


def _num(value: Any) -> int | float:
    number = float(value)
    return int(number) if number == int(number) else round(number, 1)


def profile_pairs(turn: Turn, dog: Dog) -> list[tuple[str, str]]:
    """(field, answer) for every question answered (or answered "don't know"), in survey order,
    in the owner's language, then the life events told (`LIFE_KEY`): the card's lines, and the
    hand-over summary's profile."""
    unknown = dog.answers.get(UNKNOWN_KEY) or []
    pairs = [
        (turn.t(f"survey-field-{q.key}"), format_stored(turn, dog, q))
        for q in QUESTIONS
        if q.key in dog.answers or q.key in unknown
    ]
    life = [str(note) for note in dog.answers.get(LIFE_KEY) or []]
    if life:  # "baby coming in march", "이사 오고 나서 더 심해졌어요": the owner's words, last
        pairs.append((turn.t("card-field-life"), " / ".join(life)))
    return pairs


def unanswered(dog: Dog) -> list[Question]:
    """The questions of the survey not answered yet (neither a value nor "don't know")."""
    unknown = dog.answers.get(UNKNOWN_KEY) or []
    return [q for q in QUESTIONS if q.key not in dog.answers and q.key not in unknown]


def profile_card(turn: Turn, dog: Dog, *, reviewing: bool = False) -> str:
    """The card: the dog's name and a line per answer, then, for a profile not confirmed yet, a
    note of what is true: questions left (`card-incomplete`), or every answer given and waiting
    for the owner's OK (`card-unconfirmed`). `reviewing`: the card asks for that OK itself (the
    survey's review), so no note (the note "not finished" stood above "✅ Looks right")."""
    lines = [turn.t("card-title", name=dog.name or turn.t("value-none"))]
    lines += [turn.t("card-line", field=field, value=value) for field, value in profile_pairs(turn, dog)]
    if dog.completed_at is None and not reviewing:
        lines.append(turn.t("card-incomplete" if unanswered(dog) else "card-unconfirmed"))
    return "\n".join(lines)
