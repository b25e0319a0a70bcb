"""One time of day in words ("저녁 8시쯤", "오후 8시 반", "8pm", "8:30 pm", "20:00", "7 in the
evening"): the time an owner wants their check-ins at (owner trial 28: "알림은 저녁 8시쯤
보내주세요" could not be done). The words are the lexicon's (`lex-clock-*`, shared with the
hours between two clock times that `answers` reads); an hour past the day ("25시") is read as
said and marked impossible, so the re-ask can say what was understood.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from dogcoach.services.understanding.answers import _either, _words
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Vocabulary

# `Context.about` at the question of the time check-ins come at (`Understander._checkin_time`).
CLOCK = "clock"
NOON = 12
DAY_HOURS = 24
HOUR_MINUTES = 60
HALF_HOUR = 30


@dataclass(frozen=True, slots=True)
class ClockRead:
    """A time of day found in a message. `hour`: the hour as said ("25" of "25시"); `at`: the
    time it names, an afternoon or evening word making 8 20:00; None when there is no such time."""

    hour: int
    minute: int
    at: dt.time | None


def hhmm(at: dt.time) -> str:
    """A time as "HH:MM" (a command's argument, a choice's id)."""
    return f"{at.hour:02d}:{at.minute:02d}"


def parse_hhmm(text: str) -> dt.time | None:
    """ "HH:MM" back to a time; None for anything else."""
    head, _, tail = text.partition(":")
    if not (head.isdigit() and tail.isdigit() and len(tail) == 2):
        return None
    hour, minute = int(head), int(tail)
    return dt.time(hour, minute) if hour < DAY_HOURS and minute < HOUR_MINUTES else None


class ClockReader:
    """Built once per `Understander` from its vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """An hour, with minutes after a colon or in words, and a clock mark ("시", "pm",
        "o'clock"; a mark that begins an hours unit, "시" of "시간", is none)."""
        v = self.vocabulary
        marks = _words(v["lex-clock-mark"])
        units = _words(v["lex-unit-hours"])
        longer = [u[len(m) :] for m in marks for u in units if u.startswith(m) and u != m]
        mark = _either(marks) + (f"(?!{_either(longer)})" if longer else "")
        half, minute = _either(_words(v["lex-clock-half"])), _either(_words(v["lex-clock-minute"]))
        return re.compile(
            rf"(?<![\d.:])(\d{{1,2}})(?::(\d{{2}}))?(?![\d.])\s*({mark})?"
            rf"(?:\s*({half})|\s*(\d{{1,2}})\s*{minute})?",
            re.IGNORECASE,
        )

    @cached_property
    def _pm_marks(self) -> frozenset[str]:
        return frozenset(_words(self.vocabulary["lex-clock-pm"]))

    @cached_property
    def _am_marks(self) -> frozenset[str]:
        return frozenset(_words(self.vocabulary["lex-clock-am"]))

    def read(self, text: str) -> ClockRead | None:
        """The first time of day in `text`: an hour with a colon, a clock mark, or a part of the
        day beside it ("7 in the evening"); None when there is none ("나중에", "5 minutes")."""
        folded = canonical(text).casefold()
        v = self.vocabulary
        message = Folded(folded)
        evening = v["lex-clock-pm"].contains(message)
        morning = v["lex-clock-am"].contains(message)
        for m in self._pattern.finditer(folded):
            hour_said, colon, mark, half, minutes = m.groups()
            if not (colon or mark or evening or morning):
                continue  # a bare number: an amount, not a time
            hour = int(hour_said)
            minute = int(colon or minutes or 0) + (HALF_HOUR if half else 0)
            pm, am = evening or mark in self._pm_marks, morning or mark in self._am_marks
            return ClockRead(hour, minute, _time(hour, minute, evening=pm, morning=am))
        return None


def _time(hour: int, minute: int, *, evening: bool, morning: bool) -> dt.time | None:
    """The time `hour`:`minute` names, an afternoon or evening word (and no morning word) moving
    1-11 to 13-23, a morning word 12 to 0; 24 is midnight. None past the day."""
    if hour > DAY_HOURS or minute >= HOUR_MINUTES:
        return None
    if evening and not morning and 1 <= hour < NOON:
        hour += NOON
    elif morning and not evening and hour == NOON:
        hour = 0
    return dt.time(hour % DAY_HOURS, minute)
