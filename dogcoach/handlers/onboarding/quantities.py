"""Numbers in an answer: a number read and checked against its question's range and unit, a bare
number that may be hours, a rare number held for a confirmation, two dogs' ages in one answer, and
a start ("since spring", "born in 2019", "since she was a puppy") turned into months. It takes only
the shared constants, so other modules import from it directly.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from dogcoach.domain.survey import BY_KEY, MONTHS_KINDS, Kind, Question
from dogcoach.handlers.card import format_answer
from dogcoach.handlers.onboarding.constants import NEWDOG_AFTER, UNLIKELY_KEY, Invalid
from dogcoach.handlers.turn import Turn
from dogcoach.services.store import Dog
from dogcoach.services.store.base import utcnow
from dogcoach.services.understanding import Approximate, Expect, Folded, Since, Value


def _number(q: Question, value: float) -> float | int:
    if not math.isfinite(value):  # "9" typed 400 times reads as infinity: no answer, not a crash
        raise Invalid(f"survey-err-{q.key}")
    # Hours to two decimals: every whole minute survives the round trip ("4시간 20분" is 4.33 h,
    # shown again as 4 h 20 min; one decimal showed it as 4 h 18 min).
    if q.kind in MONTHS_KINDS and 0 <= value * WEEKS_PER_MONTH < 1:
        return 0  # days, under a week: shown as "less than a month"
    if q.kind in MONTHS_KINDS and value < EXACT_MONTHS and value != int(value):
        # "3주", "6 weeks", "한달반" (owner trial 32: stored as 0 and 2 months): weeks and half
        # months kept to two decimals, shown again as weeks (`format_months`)
        return round(value, 2)
    return round(value, 2) if q.kind is Kind.HOURS else round(value)


# The reader counts a week as 12/52 of a month; a span in months this short keeps its fraction.
WEEKS_PER_MONTH = 52 / 12
EXACT_MONTHS = 3


def _check_number(q: Question, number: float, dog: Dog | None) -> None:
    if q.kind is Kind.COUNT and number != int(number):
        raise Invalid(f"survey-err-{q.key}")
    if not (q.minimum <= number <= q.maximum):
        raise Invalid(f"survey-err-{q.key}")
    if q.key == "owned_months" and dog is not None:
        age = dog.answers.get("age_months")
        if isinstance(age, int | float) and number > age:
            # The question follows this line and names the dog: the line says the age instead.
            raise Invalid("survey-err-owned_months-too-long", years=int(age) // 12, months=round(age) % 12)


# A bare number at the exercise up to this may be hours as well as minutes ("1": owner trial 12,
# stored as 1 minute): the unit is asked, never guessed.
UNIT_ASKED_MAX = 4


def _check_bare_unit(turn: Turn, q: Question, number: float) -> None:
    """A number with no unit at the minutes question, small enough to be hours ("1", "2", "한
    3?"): raises the re-ask that names both readings. A unit said ("1분", "2 hours") is taken."""
    if q.kind is not Kind.MINUTES or not 0 < number <= UNIT_ASKED_MAX:
        return
    hours = turn.services.understander.answers.quantity(Folded(turn.text), Expect.HOURS)
    if not isinstance(hours, Value | Approximate) or float(hours.value) != float(number):
        return  # read as hours it is another number: a unit was said
    shown = int(number) if number == int(number) else number
    first = turn.t("value-minutes", minutes=shown)
    second = turn.t("value-hours", hours=shown)
    raise Invalid("survey-unit-which", typed=turn.text.strip(), first=first, second=second)


def _check_likely(turn: Turn, q: Question, number: float) -> None:
    """A number past what `q`'s answer usually is ("하루8시간정도" at the exercise: 480 minutes), or
    an age under `YOUNG_AGE_MONTHS`, is not stored at once: the re-ask says what was understood
    and asks to confirm it; the same value told again is taken (a working dog may run 5 hours a
    day, a breeder's puppy may be 3 weeks old)."""
    told = turn.state.data.pop(UNLIKELY_KEY, None)
    young = q.kind is Kind.AGE and number < YOUNG_AGE_MONTHS
    if told == [q.key, number] or not (young or (q.likely and number > q.likely)):
        return
    turn.state.data[UNLIKELY_KEY] = [q.key, number]
    field = turn.t(f"survey-field-{q.key}")
    value = format_answer(turn, q, number)
    # "일주일이요" at the age of an adult rescue (owner trial 25: stored as under a month): younger
    # than puppies come home, more likely how long the dog has been there; asked to confirm
    raise Invalid(
        "survey-unlikely-young" if young else "survey-unlikely", typed=turn.text, field=field, value=value
    )


# The age a puppy comes home, in months: Korea's Animal Protection Act rules forbid selling dogs
# younger than two months, and breeders elsewhere let puppies go at about 8 weeks.
HOME_AGE_MONTHS = 2
# An age under this many months is confirmed before it is stored (half the age a puppy comes home).
YOUNG_AGE_MONTHS = HOME_AGE_MONTHS / 2


# The months of each season, as (first, last); winter runs from December into the next year.
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "winter": (12, 14),
}


def start_months(start: Since, today: date) -> tuple[int, int]:
    """The earliest and latest month (counted as year * 12 + month - 1) a start may mean, by
    today's date: a year alone is any month of it, a season its three months; a month or season
    without a year is the latest one begun by today ("since March" in December: this March)."""
    now = today.year * 12 + today.month - 1
    if start.months_ago is not None:
        return now - start.months_ago, now - start.months_ago
    year = start.year if start.year is not None else None
    if year is None and start.years_ago is not None:
        year = today.year - start.years_ago
    first, last = (1, 12)
    if start.month is not None:
        first = last = start.month
    elif start.season is not None:
        first, last = SEASON_MONTHS[start.season]
    if year is None and start.last and start.season is not None:  # "last summer": the latest ended
        year = today.year if year_month(today.year, last) < now else today.year - 1
    elif year is None and start.last:  # "last christmas": the latest such month before this one
        year = last_year(first, today)
    if year is None:  # the latest such month or season begun by today
        year = today.year if year_month(today.year, first) <= now else today.year - 1
    elif start.years_ago == 0 and start.season is not None and year_month(year - 1, last) >= now:
        year -= 1  # "올해 겨울" in February: the winter still running, begun last December
    return year_month(year, first), year_month(year, last)


def year_month(year: int, month: int) -> int:
    return year * 12 + month - 1


def last_year(month: int, today: date) -> int:
    """The year of the latest `month` before today's month ("last christmas" in December is last
    year's, "last march" in December this year's; stop 47)."""
    return today.year if month < today.month else today.year - 1


def since_answer(turn: Turn, q: Question, dog: Dog | None, start: Since) -> Value[float] | Approximate:
    """A start read at a quantity question: at the age, a birth (`_born_in`); elsewhere the
    span from it (`_since_start`)."""
    if q.key == "age_months" and (
        start.year is not None
        or start.years_ago is not None
        or (start.last and (start.month is not None or start.season is not None))
    ):
        return _born_in(turn, q, dog, start, utcnow().date())
    return _since_start(turn, q, dog, start)


def _since_start(turn: Turn, q: Question, dog: Dog | None, start: Since) -> Approximate:
    """A start said at how long the owner has had the dog ("작년부터요", "since 2023"): the span
    from it to today (the app's clock), approximate between its latest and earliest month. A start
    still ahead, or before the dog was born, is asked again saying what was understood; never a
    span made up."""
    today = utcnow().date()
    now = year_month(today.year, today.month)
    earliest, latest = start_months(start, today)
    if q.key == "owned_months" and earliest > now and start.years_ago == 0 and start.year is None:
        # "올해 봄" in February (owner trial): not begun this year; the re-ask names the one
        # before it (last year's), never a guess stored
        raise Invalid("survey-err-owned_months-not-yet", typed=turn.text, year=str(today.year - 1))
    if q.key != "owned_months" or earliest > now:
        raise Invalid("survey-err-owned_months-future", typed=turn.text)
    low, high = float(now - min(latest, now)), float(now - earliest)
    age = dog.answers.get("age_months") if dog is not None else None
    if isinstance(age, int | float):
        if low > age:
            owned = format_answer(turn, q, round((low + high) / 2))
            shown_age = format_answer(turn, BY_KEY["age_months"], age)
            raise Invalid(
                "survey-err-owned_months-start-too-long", typed=turn.text, owned=owned, age=shown_age
            )
        high = min(high, float(age))  # "since 2023" for a dog of two: not before it was born
    value = float(round((low + high) / 2))
    _check_number(q, value, dog)
    return Approximate(value, low, high)


def _born_in(
    turn: Turn, q: Question, dog: Dog | None, born: Since, today: date
) -> Value[float] | Approximate:
    """A birth year at the age ("2018년생", "born in 2019"; owner trial 14: read as 2,018 years):
    today's year less it, approximate between the months of that year it may mean; with its
    month ("2021년 5월생", "born in May 2021"; owner trial 21: lost) the months since it; a year
    said by how long ago ("작년에 태어났어요", stop 45) is today's year less it. A birth
    still ahead is asked again saying what was read, never an age made up. A season ("born last
    summer", "작년 여름에 태어났어요"; stop 47) is the months since it, approximate over its three."""
    if born.season is not None:
        now = year_month(today.year, today.month)
        earliest, latest = start_months(born, today)
        if earliest > now:
            raise Invalid("survey-err-age-born-future", typed=turn.text)
        low, high = float(now - min(latest, now)), float(now - earliest)
        value = float(round((low + high) / 2))
        _check_number(q, value, dog)
        return Approximate(value, low, high)
    year = born.year if born.year is not None else today.year - (born.years_ago or 0)
    if born.last and born.month is not None:
        year = last_year(born.month, today)  # "born last christmas" (stop 47)
    now = year_month(today.year, today.month)
    if year > today.year or (born.month is not None and year_month(year, born.month) > now):
        raise Invalid("survey-err-age-born-future", typed=turn.text)
    if born.month is not None:
        months = float(now - year_month(year, born.month))
        _check_number(q, months, dog)
        return Value(months)
    low, high = float(max(0, now - year_month(year, 12))), float(now - year_month(year, 1))
    value = float((today.year - year) * 12) or float(round((low + high) / 2))
    _check_number(q, value, dog)
    return Approximate(value, low, high)


def _since_puppy(q: Question, dog: Dog | None, at_months: float | None = None) -> Approximate:
    """ "Since she was a puppy" at how long the owner has had the dog: the dog's age less
    `HOME_AGE_MONTHS`, kept as approximate (between that and the whole age); "since he was 8
    weeks" (`at_months`, the age it came home): the age less that. Without a known age there is
    nothing to count from: the re-ask says so."""
    age = dog.answers.get("age_months") if dog is not None else None
    if q.key != "owned_months" or not isinstance(age, int | float):
        raise Invalid("survey-err-owned_months-since-puppy")
    if at_months is not None:
        owned = float(max(round(age - at_months), 0))
        return Approximate(owned, owned, owned)
    owned = float(max(age - HOME_AGE_MONTHS, 0))
    return Approximate(owned, owned, float(age))


def age_from(
    turn: Turn, dog: Dog | None, told: Value[float] | Approximate | Since
) -> Value[float] | Approximate | None:
    """An age told in a sentence (`SurveyAnswers.age_in_sentence`) in months: a birth year counted
    from the clock (`_born_in`); None for a year still ahead or a start that is no year."""
    if not isinstance(told, Since):
        return told
    if told.year is None and told.years_ago is None:
        return None
    try:
        return _born_in(turn, BY_KEY["age_months"], dog, told, utcnow().date())
    except Invalid:
        return None


def _ages_told(turn: Turn, q: Question) -> list[tuple[list[str], Value[float] | Approximate]]:
    """Each (the words since the age before it, age) in a message that gives ages dog by dog
    ("콩이는 3살 팥이는 1살", "Rex is 3 and Daisy is 1", "hes 6, bramble is the pup, 5 months"):
    an age read whole from a number with the word after it ("5 months") or alone, or a word that
    is an age by itself ("세살"), after words with no digit in them."""
    reader = turn.services.understander.answers
    words = turn.text.replace(",", " ").split()
    told: list[tuple[list[str], Value[float] | Approximate]] = []
    said: list[str] = []
    i = 0
    while i < len(words):
        digits = any(ch.isdigit() for ch in words[i])
        if said and (digits or isinstance(reader.quantity(Folded(words[i]), Expect(q.kind.value)), Value)):
            # "콩이 세살 두부 한살" (owner trial 32: read as 4 years): a native number with its unit
            for width in (2, 1) if digits else (1,):
                window = words[i : i + width]
                read = reader.quantity(Folded(" ".join(window)), Expect(q.kind.value))
                if len(window) == width and isinstance(read, Value | Approximate):
                    told.append((said, read))
                    said, i = [], i + width
                    break
            else:
                said.append(words[i])
                i += 1
            continue
        said.append(words[i])
        i += 1
    return told


def _whose_age(turn: Turn, said: list[str], dog: Dog) -> str | None:
    """Whose age the words before it say: "" for the dog asked about (its name, or a word
    standing for it, `understanding-age-pronoun`: "hes 6", "얘는 6살"), the other dog's name
    (its first word after a joining word, read as a name: "bramble is the pup", "팥이는"), or
    None for neither ("2 and a half, maybe 3": no second dog)."""
    understander = turn.services.understander
    names = understander.names
    if dog.name and any(not names.without(word, [dog.name]).strip() for word in said):
        return ""
    if understander.vocabulary["understanding-age-pronoun"].contains(Folded(" ".join(said))):
        return ""
    joiners = understander.vocabulary["understanding-clause-joiner"]
    first = next((w for w in said if not joiners.contains(Folded(w))), "")
    name = understander.name_only(first, any_case=True) if first else ""
    if not name:
        return None
    return names.bare(name) if not name.isascii() else name


def _two_ages(turn: Turn, q: Question, dog: Dog | None) -> Any:
    """Two dogs' ages in one answer at the age question ("콩이는 3살 팥이는 1살"; owner trial 9: read
    as 4 years, the two summed): the age of the dog surveyed when its name, or a word standing
    for it, is before one of them ("hes 6, bramble is the pup, 5 months"; owner trial 30: asked
    again), the other dog, named, offered once the survey is done (`NEWDOG_AFTER`, said in a
    line; stop 47); else the question again saying both were heard. None when one age or none
    is told, or words before one say no dog."""
    if q.key != "age_months" or dog is None:
        return None
    told = _ages_told(turn, q)
    if len(told) < 2:
        return None
    whose = [_whose_age(turn, said, dog) for said, _read in told]
    if None in whose:
        return None
    own = [read for who, (_said, read) in zip(whose, told, strict=True) if who == ""]
    if len(own) != 1:
        shown = ", ".join(
            f"{who or ' '.join(said)} {format_answer(turn, q, _number(q, float(r.value)))}"
            for who, (said, r) in zip(whose, told, strict=True)
        )
        raise Invalid("survey-two-ages", text=shown)  # $name: the dog, as every re-ask
    [answer] = own
    number = _number(q, float(answer.value))
    _check_number(q, number, dog)
    other = next(who for who in whose if who)
    if not isinstance(turn.state.data.get(NEWDOG_AFTER), str):
        turn.state.data[NEWDOG_AFTER] = other
        turn.say("newdog-after-survey-named", name=other)
    return answer if isinstance(answer, Approximate) else number
