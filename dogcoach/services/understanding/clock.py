"""One time of day in words ("저녁 8시쯤", "오후 8시 반", "8pm", "8:30 pm", "20:00", "7 in the
evening"): the time an owner wants their check-ins at (owner trial 28: "알림은 저녁 8시쯤
보내주세요" could not be done). The words are the lexicon's (`lex-clock-*`, shared with the
hours between two clock times that `answers` reads); an hour past the day ("25시") is read as
said and marked impossible, so the re-ask can say what was understood.

An hour from 1 to 11 said with no part of the day ("8시", "at 8", "8:30") is either of two times:
both are kept (`ClockRead.evening`) and the owner asked which, nothing stored before (owner
trial: "8시" was stored as 08:00 unasked). A night word makes 12 midnight ("밤 12시": 00:00, was
noon), a late-night one keeps 1 to 4 as said ("밤 2시": 02:00); "자정"/"midnight" and
"정오"/"noon" are a time with no number.
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
# With a late-night word ("밤 2시", "2 at night") the hours 1 to this one are the early hours as said.
SMALL_HOURS = 4


@dataclass(frozen=True, slots=True)
class ClockRead:
    """A time of day found in a message. `hour`: the hour as said ("25" of "25시"); `at`: the
    time it names, an afternoon or evening word making 8 20:00; None when there is no such time.
    `evening`: an hour from 1 to 11 said with no part of the day ("8시", "at 8"), the evening time
    it may name as well, `at` being the morning one; None when the time is said whole."""

    hour: int
    minute: int
    at: dt.time | None
    evening: dt.time | None = None

    @property
    def ambiguous(self) -> bool:
        """Morning or evening is not said: asked, nothing taken."""
        return self.evening is not None


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

    @cached_property
    def _lead(self) -> re.Pattern[str]:
        """A word before a bare number that makes it an hour ("at 8", "around 8")."""
        return re.compile(rf"(?:^|\s){_either(_words(self.vocabulary['lex-clock-at']))}\s*$")

    @cached_property
    def _half_past(self) -> re.Pattern[str]:
        """Words before the hour that add half an hour ("half past 8")."""
        return re.compile(rf"(?:^|\s){_either(_words(self.vocabulary['lex-clock-half-past']))}\s*$")

    @cached_property
    def _native_hours(self) -> list[tuple[re.Pattern[str], int]]:
        """A Korean native number word before the clock mark ("여덟 시", "다섯시에") and its
        figure, longest first: `read` reads figures (owner trial 61: "저녁 여덟시로 해주십시오"
        had no time in it; stop 59's hours alone read them first)."""
        v = self.vocabulary
        marks = [m for m in v["lex-clock-mark"].typed if not m.isascii()]
        units = [u for u in v["lex-unit-hours"].typed if not u.isascii()]
        longer = sorted({u[len(m) :] for m in marks for u in units if u.startswith(m) and u != m})
        after = "(?:" + "|".join(map(re.escape, marks)) + ")"
        if longer:
            after += "(?!" + "|".join(map(re.escape, longer)) + ")"
        out = [
            (re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(word)}\s*(?={after})"), n)
            for n in range(1, NOON + 1)
            for word in v[f"lex-number-{n}"].typed
            if not word.isascii()
        ]
        return sorted(out, key=lambda pair: len(pair[0].pattern), reverse=True)

    def figured(self, text: str) -> str:
        """`text` with each Korean native hour before a clock mark as its figure ("여덟 시" → "8
        시"); the rest as it was."""
        for pattern, n in self._native_hours:
            text = pattern.sub(f"{n}", text)
        return text

    def part(self, text: str) -> str | None:
        """The part of the day `text` names with no hour ("오후", "저녁에요", "pm", "in the
        morning"): "pm" or "am"; None for none or both. Answers which of an hour's two times."""
        message = Folded(canonical(text).casefold())
        evening = self.vocabulary["lex-clock-pm"].contains(message)
        morning = self.vocabulary["lex-clock-am"].contains(message)
        if evening == morning:
            return None
        return "pm" if evening else "am"

    def read(self, text: str, *, asked: bool = False) -> ClockRead | None:
        """The first time of day in `text`: an hour with a colon, a clock mark, a part of the day
        beside it ("7 in the evening") or a word before it ("at 8"); "자정", "정오" with no number;
        None when there is none ("나중에", "5 minutes"). `asked`: at the question of a time, where
        a number alone ("8") is an hour too."""
        folded = self.figured(canonical(text).casefold())
        v = self.vocabulary
        message = Folded(folded)
        evening = v["lex-clock-pm"].contains(message)
        morning = v["lex-clock-am"].contains(message)
        night = v["lex-clock-night"].contains(message)
        late = v["lex-clock-small-hours"].contains(message)
        for m in self._pattern.finditer(folded):
            hour_said, colon, mark, half, minutes = m.groups()
            before = folded[: m.start()]
            past = self._half_past.search(before) is not None
            alone = asked and folded.strip() == hour_said
            if not (colon or mark or evening or morning or past or alone or self._lead.search(before)):
                continue  # a bare number: an amount, not a time
            hour = int(hour_said)
            minute = int(colon or minutes or 0) + (HALF_HOUR if half or past else 0)
            pm, am = mark in self._pm_marks, mark in self._am_marks
            if not (pm or am):
                pm, am = evening, morning
            padded = len(hour_said) == 2 and hour_said.startswith("0")  # "08:00": a 24-hour time
            if pm == am and not padded and 1 <= hour < NOON and minute < HOUR_MINUTES:
                return ClockRead(hour, minute, dt.time(hour, minute), dt.time(hour + NOON, minute))
            at = _time(hour, minute, evening=pm, morning=am, night=night, late=late)
            return ClockRead(hour, minute, at)
        if v["lex-clock-midnight"].contains(message):
            return ClockRead(0, 0, dt.time(0))
        if v["lex-clock-noon"].contains(message):
            return ClockRead(NOON, 0, dt.time(NOON))
        return None


def _time(
    hour: int, minute: int, *, evening: bool, morning: bool, night: bool = False, late: bool = False
) -> dt.time | None:
    """The time `hour`:`minute` names, an afternoon or evening word (and no morning word) moving
    1-11 to 13-23, a late-night one leaving 1-4 as said ("밤 2시"); 12 with a night or morning
    word is midnight ("밤 12시", "12 am"), with an afternoon one noon; 24 is midnight. None past
    the day."""
    if hour > DAY_HOURS or minute >= HOUR_MINUTES:
        return None
    if evening and not morning and 1 <= hour < NOON and not (late and hour <= SMALL_HOURS):
        hour += NOON
    elif hour == NOON and ((morning and not evening) or (evening and night)):
        hour = 0
    return dt.time(hour % DAY_HOURS, minute)
