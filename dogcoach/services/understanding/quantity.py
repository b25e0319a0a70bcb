"""Quantities typed in words: 13 years in native Korean words, "1 year 6 months", "two or three years",
"4 and a half hours", "about 30kg", "2-3 years" (the Korean cases are in tests/test_parsing.py).

The grammar is here; every word (numbers, units, hedges, words that may surround a quantity) is in
the `lexicon.ftl` files. A message is cut into the fewest known pieces (Hangul letter by letter, so
spacing does not matter), then read left to right:

- numbers: digits; native Korean (yeol + se = 13, seumul-daseot = 25); Sino-Korean only next to
  sip/baek (10/100) or before a unit (sip-sam se = 13; "i" (2) alone is a particle); English words;
- two native numbers in a row are a range (du-se = 2–3, seo-neo = 3–4), as are two numbers joined
  by "~", "-", "to", "or" and their Korean words (lex-range);
- "se" is the unit 歲 (years) after digits or Sino-Korean numbers and the native number 3
  elsewhere ("se sal" = 3 years, "yeol-se sal" = 13 years) — the fault that read 13 years as 10;
- a number's unit follows it; "half" (ban) adds half of the last unit; a number without a unit
  takes the question's default unit;
- hedges ("about" and the words of lex-approx) and ranges make the value approximate;
- every piece must be used: anything else is returned in `rest`, so the caller can say what it
  understood instead of storing a guess.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from dogcoach.services.understanding.text import Folded, Script, fold, runs
from dogcoach.services.understanding.typos import one_typo, struck_vowel
from dogcoach.services.understanding.vocabulary import Units, Vocabulary

# Unit → its size in the base unit of each kind of quantity.
# A day is 12/365 of a month: "45일" is 1.5 months, "이틀" 0.07 (stored as months, shown as "less
# than a month" under one: `survey.MONTHS_KINDS`).
AGE_UNITS: Mapping[str, float] = {"years": 12.0, "months": 1.0, "weeks": 12.0 / 52.0, "days": 12.0 / 365.0}
HOUR_UNITS: Mapping[str, float] = {"hours": 1.0, "minutes": 1.0 / 60.0}
MINUTE_UNITS: Mapping[str, float] = {"hours": 60.0, "minutes": 1.0}
COUNT_UNITS: Mapping[str, float] = {"people": 1.0}
WEIGHT_UNITS: Mapping[str, float] = {"kg": 1.0, "lb": 0.45359237}  # the international pound
ALL_UNITS: tuple[str, ...] = ("years", "months", "weeks", "days", "hours", "minutes", "people", "kg", "lb")
# Words that are a number of days by themselves ("이틀" = 2 days, "yesterday" = a day ago):
# `lex-day-count-N`.
DAY_COUNTS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 10, 15)
# Words that are a count of times by themselves ("아침저녁" = twice, "twice"): `lex-times-count-N`.
TIMES_COUNTS: tuple[int, ...] = (1, 2, 3)
# Voice typing's homophones of a number ("to years", "for ours", "tree months"): `lex-homophone-N`.
HOMOPHONES: tuple[int, ...] = (2, 3, 4, 8)
# Native Korean range words that fuse two numbers into one ("대여섯" = 5–6, "예닐곱" = 6–7; owner
# trial 32: read as 6): `lex-range-word-N`, N the lower number, the higher one more.
RANGE_WORDS: tuple[int, ...] = (5, 6, 7)

# Numbers with a `lex-number-N` entry: native Korean and English words.
NUMBER_WORDS: tuple[int, ...] = (*range(0, 20), 20, 30, 40, 50, 60, 70, 80, 90)
SINO_WORDS: tuple[int, ...] = (*range(1, 11), 100)

# A quantity is said in a few words ("about two and a half hours, three on weekends": 51).
MAX_QUANTITY_CHARS = 300
# A word right after a number: where a unit is typed (`QuantityReader._unit_typos`).
_AFTER_NUMBER = re.compile(r"(\d\s?)([\uac00-\ud7a3]+|[a-z]+)")
_RANGE_MARKS = frozenset("~-\u2013\u2014\u301c\uff5e")
# Multiplication signs ("20min ×2", "30 min * 2"): read as `lex-times-by` is (`_pieces`).
_TIMES_MARKS = frozenset("\u00d7*\u2715\u2716")
# Two numbers in a row joined by a comma, the second one (or ten) more, before a unit word ("3, 4시간",
# "3,4 hours", or ending the message: "한 3, 4?"; owner trial 12: "한 3, 4시간?" read as 3 hours
# with "4" left over): a range, as "두세 시간" is. Not a thousands separator (three digits).
_COMMA_RANGE = re.compile(r"(?<![\d.,])(\d{1,2})\s*,\s*(\d{1,2})(?=\s*(?:[^\W\d_]|\?|$))")


def _comma_range(text: str) -> str:
    def joined(m: re.Match[str]) -> str:
        low, high = int(m.group(1)), int(m.group(2))
        step = 10 if low and low % 10 == 0 else 1  # "30, 40분": tens in a row
        return f"{low}~{high}" if high == low + step else m.group(0)

    return _COMMA_RANGE.sub(joined, text)


# The base unit a count of times multiplies ("두 번 30분씩" = 60 minutes of exercise a day); at the
# other questions (hours alone, ages, people) a count of times answers something else.
_TIMED_BASE = "minutes"
# People listed before a group word and its count ("남편이랑 나랑 딸 셋"): at least this many for a
# count that equals all of them to be the household's total (`_groups`).
TOTAL_AFTER_LIST = 2


@dataclass(frozen=True, slots=True)
class Quantity:
    """What a quantity parse understood, in the base unit of the units asked for.

    `value` is None when no number was found; `low`/`high` bound a range (equal otherwise);
    `approximate` is set by a range or a hedge; `rest` lists the words that were not used;
    `doubt`: every word was used, but the number may not be the one meant (people named without
    the owner at the household question).
    """

    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    rest: tuple[str, ...] = ()
    doubt: bool = False
    named: float | None = None  # people named one by one, more than the count said (`doubt`)

    @property
    def whole(self) -> bool:
        """Every word was used, there is a value, and it is the one meant."""
        return self.value is not None and not self.rest and not self.doubt


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    tags: frozenset[str]


@dataclass
class _Token:
    kind: str  # num, unit, half, approx, range, skip, person, times, total, weekday, weekend, other
    text: str
    value: float = 0.0
    system: str = ""  # digit | native | sino | word; a person: "self" for the owner ("저", "me");
    # a unit: "whole" for a word counting the whole household ("식구": `_whole_after`)
    unit: str = ""
    high: float | None = None  # a native range (du-se: 2–3)
    units: list[str] = field(default_factory=list)  # unit names a unit piece may mean


_SYLLABLE_BASE = 0xAC00
_FINAL_L, _FINAL_D, _FINAL_B = 8, 7, 17
# The vowels of a verb's stem as the polite ending contracts them ("나가요", "봐요", "걸려요"):
# medial index (Unicode §3.12) in the contracted syllable → the stem's own.
_CONTRACTED_VOWEL = {0: 0, 1: 1, 4: 4, 5: 5, 6: 20, 9: 8, 10: 11, 14: 13}


def _jamo_of(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _SYLLABLE_BASE if len(syllable) == 1 else -1
    if not 0 <= code < 11172:
        return None
    return code // 588, code // 28 % 21, code % 28


def _hangul(initial: int, medial: int, final: int) -> str:
    return chr(_SYLLABLE_BASE + (initial * 21 + medial) * 28 + final)


# The syllables of the two endings, by their letters (initial, medial, final: Unicode §3.12).
_YO, _NI, _DA = _hangul(11, 12, 0), _hangul(2, 20, 0), _hangul(3, 0, 0)
_SEUP, _HAP, _HAE = _hangul(9, 18, _FINAL_B), _hangul(18, 0, _FINAL_B), _hangul(18, 1, 0)
_EO_A = frozenset({_hangul(11, 4, 0), _hangul(11, 0, 0)})  # the polite ending after a stem


def formal_forms(phrase: Units) -> list[Units]:
    """The formal endings (hasipsio-che) of a phrase told in the polite one (haeyo-che).

    Fillers around an amount are listed as they are mostly typed ("혼자 있어요", "놀아요"); an owner
    writing formally ("서너 시간 정도 혼자 있습니다", stop 63 owner trial: "I understood 3 hours
    but not ...") means the same, for every verb, so the forms are made here rather than listed
    word by word. Irregular stems get a spare form that never occurs (harmless in a skip list).
    """
    if len(phrase) < 2 or phrase[-1] != _YO:
        return []
    head, last = phrase[:-2], phrase[-2]
    ending = (_NI, _DA)
    jamo = _jamo_of(last)
    if jamo is None:
        return []
    initial, medial, final = jamo
    if last == _HAE:  # "hae-yo" -> "hap-ni-da"
        return [(*head, _HAP, *ending)]
    if last in _EO_A and head:  # "eo"/"a" after a stem with a final consonant
        stem = _jamo_of(head[-1])
        if stem is None or stem[2] == 0:
            return []
        si, sm, sf = stem
        rest = head[:-1]
        if sf == _FINAL_L:  # "nol-a-yo" -> "nop-ni-da"; "geol-eo-yo" may be "geot-seup-ni-da"
            return [
                (*rest, _hangul(si, sm, _FINAL_B), *ending),
                (*rest, _hangul(si, sm, _FINAL_D), _SEUP, *ending),
            ]
        return [(*head, _SEUP, *ending)]  # "iss-eo-yo" -> "iss-seup-ni-da"
    if final == 0 and medial in _CONTRACTED_VOWEL:  # "na-ga-yo" -> "na-gap-ni-da"
        return [(*head, _hangul(initial, _CONTRACTED_VOWEL[medial], _FINAL_B), *ending)]
    return []


class QuantityReader:
    """Reads quantities with the number and unit words of the locale files."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    @cached_property
    def _table(self) -> tuple[dict[Units, frozenset[str]], int]:
        v = self.vocabulary
        tagged: dict[Units, set[str]] = {}

        def add(tag: str, msg_id: str) -> None:
            for phrase in v[msg_id].phrases:
                tagged.setdefault(phrase, set()).add(tag)
                if tag == "skip":  # "혼자 있습니다" read as "혼자 있어요" (stop 63, owner trial)
                    for formal in formal_forms(phrase):
                        tagged.setdefault(formal, set()).add(tag)

        for n in NUMBER_WORDS:
            add(f"num:{n}", f"lex-number-{n}")
        for n in SINO_WORDS:
            add(f"sino:{n}", f"lex-sino-{n}")
        for unit in ALL_UNITS:
            add(f"unit:{unit}", f"lex-unit-{unit}")
        for n in DAY_COUNTS:
            add(f"days:{n}", f"lex-day-count-{n}")
        add("half", "lex-half")
        add("times", "lex-times")
        add("by", "lex-times-by")
        add("past", "lex-past")
        add("total", "lex-total")
        add("daily", "lex-per-day")  # "an hour a day, two walks": the day's total (`_daily_total`)
        add("each", "lex-each")  # "30 min each", "30분씩": the length is one time's
        add("weekday", "lex-weekday")
        add("weekend", "lex-weekend")
        add("incident", "lex-incident-day")  # "그날은 30분", "30 min when it happened" (stop 62)
        add("daypart", "lex-day-part")
        add("one", "lex-unit-one")
        add("honorific", "lex-unit-people-honorific")  # "두 분": people after a native number
        for n in TIMES_COUNTS:
            add(f"times:{n}", f"lex-times-count-{n}")
        for n in HOMOPHONES:
            add(f"sounds:{n}", f"lex-homophone-{n}")
        for n in RANGE_WORDS:
            add(f"span:{n}", f"lex-range-word-{n}")
        add("agesubj", "lex-age-subject")  # "she's 14" at the hours alone: an age (`_age_told`)
        add("ageclause", "lex-age-clause")  # "our son who is 8": a person's age (`_tokens`)
        add("both", "lex-both")  # "둘 다 출근해서": no number where no people are counted
        add("approx", "lex-approx")
        add("bound", "lex-upper-bound")  # "3 hrs max", "길어야 3시간": at most (`_bound`)
        add("approx", "lex-varies")  # "depends, 2 to 6 hours": the range, approximate
        add("future", "lex-future")
        add("soon", "lex-next-month")  # "she turns 2 next month": a month short of it now
        add("month", "lex-birthday-month")  # "hes 2 in june": a birthday to come (`_birthday`)
        add("turned", "lex-birthday-past")  # "he turned 2 in june": the birthday had
        add("approx", "lex-hearsay")  # told second-hand ("3살이라던데"): no block, approximate
        add("rarely", "lex-rarely")
        add("range", "lex-range")
        add("alt", "lex-alternative")
        add("not", "lex-not")
        add("not", "lex-among")  # "3명 그중 하나는 애기": inside the amount, never added to it
        add("skip", "lex-filler")
        add("skip", "lex-insisted")  # "3살이라니까요", "I said 3 years!!": the value said again
        add("skip", "lex-context")
        add("skip", "lex-context-more")  # "데려와서", "거의 평생", "애기야" (owner trial 33)
        add("skip", "lex-context-setting")  # "6년째 키우는중", "원룸", "마당에서" (stop 49)
        add("skip", "lex-counted-in")
        add("skip", "lex-context-work")  # "12시간 교대근무라..", "he's away a lot for work" (stop 62)
        add("skip", "lex-context-walk")  # "하루 사십 분 가량 걷습니다" (stop 62)
        add("skip", "lex-context-reason")  # "제가 바빠서요", "시간이 없어서요" (stop 64)
        add(
            "skip", "lex-context-alone"
        )  # "9시간 정도 혼자 지내요", "he spends about 9 hours alone" (stop 64)
        add("helper", "lex-context-helper")  # who else looks after the dog: `_resolve`, `_evaluate`
        add("elder", "lex-context-old-dog")  # "열두살이요 할머니에요": read past at an age (`_resolve`)
        add("skip", "lex-number-verb")  # "할머니 혼자 사세요": 살다, never 4 (owner trial 33)
        add("skip", "lex-when")
        add("skip", "lex-retract")  # "아니다 2년이요", "no wait, 3 hours": the answer after it
        add("retract", "lex-retract")  # what came before it taken back (`_retracted`, stop 53)
        add("skip", "lex-sum-after")  # "1 hour walk and fetch so 1.5h" (stop 56): the total after
        add("sum", "lex-sum-after")  # the parts before it read as taken back (`_retracted`)
        add("skip", "lex-retract-bare")  # "아니 9시간이요", "no 9 hours" (stop 53)
        add("retract", "lex-retract-bare")
        add("bare", "lex-retract-bare")  # taking nothing back, a word as any other (`_retracted`)
        add("skip", "lex-slip")  # "3살이요 헷갈렸네", "got confused": the value unchanged (stop 53)
        add("rarely", "lex-rarely-left")  # "거의 안둬요", "almost never alone" (stop 53)
        add("was", "lex-was-then")  # "작년에 두살이었으니까 지금 세살": the amount then, not now
        add("person:1", "lex-person")
        add("person:2", "lex-person-pair")
        add("self", "lex-person-self")
        add("group", "lex-person-group")
        add("grown", "lex-person-grown")
        add("also", "lex-person-also")
        add("join", "lex-person-joiner")
        add("alone", "lex-person-alone")  # "할머니 혼자 사세요": that one alone (`_evaluate`)
        add("whole", "lex-household-whole")
        table = {k: frozenset(tags) for k, tags in tagged.items()}
        return table, max((len(k) for k in table), default=1)

    def read(
        self,
        text: str,
        units: Mapping[str, float],
        default_unit: str | None,
        *,
        zero_words: bool = False,
    ) -> Quantity:
        """The quantity in `text`, in the base unit of `units` (whose values are unit sizes).

        `default_unit` is the unit of a bare number (None: a bare number is not understood);
        `zero_words` lets "none" (lex-number-0) mean 0 (hours alone, not an age).

        A text over `MAX_QUANTITY_CHARS` is not read (no value): reading costs about 30 µs a
        character on the event loop, so a 4,096-character message at a survey question held
        every other owner's turn for up to 0.18 s (benchmarks/text_checks.py).
        """
        if len(text) > MAX_QUANTITY_CHARS:
            return Quantity(None, rest=(text,))
        text = self._between(self._unit_typos(text, units))
        usual = self._usual_clauses(text)
        day = self._usual_clauses(usual or text, "lex-incident-day")
        tokens = self._tokens(self._pieces(day or usual or text), units, zero_words=zero_words)
        if usual:
            tokens.append(_Token("approx", ""))  # the weekend's amount left out: it varies
        return _evaluate(tokens, units, default_unit)

    def number_told(self, text: str) -> bool:
        """Whether `text` holds a number: digits, or a number word, native Korean or English
        ("열 걸음?", "다섯 걸음쯤", "ten steps"; stop 60: a distance told in words at a result's
        question was a question for the coach, only digits counted)."""
        if any(ch.isdigit() for ch in text):
            return True
        if len(text) > MAX_QUANTITY_CHARS:
            return False
        return any(t.kind == "num" for t in self._tokens(self._pieces(text), {}, zero_words=False))

    @cached_property
    def _time_units(self) -> frozenset[str]:
        """The words of the hours' and minutes' units ("hours", "시간", "mins")."""
        v = self.vocabulary
        return frozenset(
            " ".join(p).casefold() for unit in ("hours", "minutes") for p in v[f"lex-unit-{unit}"].phrases
        )

    def _time_of_day_after(self, pieces: Sequence[_Piece], i: int, allowed: Mapping[str, float]) -> bool:
        """The number at `i` is a length of time read past with its unit ("4 hours alone" at the
        age: "hours alone" a phrase the hours alone reads past; stop 52: stored as 4 years) where
        no hour or minute is asked: no amount of this question."""
        if "hours" in allowed or "minutes" in allowed or i + 1 >= len(pieces):
            return False
        nxt = pieces[i + 1]
        if "skip" not in nxt.tags:
            return False
        return any(w in self._time_units for w in nxt.text.casefold().split())

    def age_told(self, text: str, units: Mapping[str, float]) -> bool:
        """`text` tells the dog's age as a bare number where `units` ask no age ("she's 14 and
        barks at night" at the hours alone; stop 52): `_age_told`."""
        if len(text) > MAX_QUANTITY_CHARS:
            return False
        pieces = self._pieces(text)
        return any(_age_told(pieces, i, units) for i, p in enumerate(pieces) if "digits" in p.tags)

    @cached_property
    def _between_pattern(self) -> re.Pattern[str] | None:
        v = self.vocabulary
        opens = [" ".join(p) for p in v["lex-range-between"].phrases if p and p[0].isascii()]
        joins = [" ".join(p) for p in v["lex-range-between-and"].phrases if p and p[0].isascii()]
        if not opens or not joins:
            return None
        alt = "|".join(re.escape(w) for w in sorted(opens, key=len, reverse=True))
        join = "|".join(re.escape(w) for w in sorted(joins, key=len, reverse=True))
        # the first end: a number or a number word, with at most one word after it ("7 years")
        return re.compile(rf"\b(?:{alt})\s+(\S+(?:\s+\S+)?)\s+(?:{join})\s+(?=\S)", re.IGNORECASE)

    def _between(self, text: str) -> str:
        """`text` with "between 7 and 8" read as the range "7 ~ 8" (stop 52, English owner trial:
        "between 7 and 8 i guess" was 7 with "between 8" not understood): the words opening a
        range (`lex-range-between`) and the word joining its ends (`lex-range-between-and`),
        which elsewhere adds ("2 years and 6 months")."""
        pattern = self._between_pattern
        return text if pattern is None else pattern.sub(lambda m: f"{m.group(1)} ~ ", text)

    def _unit_typos(self, text: str, units: Mapping[str, float]) -> str:
        """`text` with the word right after a number read as the one unit asked for that it is
        a typo of ("30븐": 30분, "2시긴": 2시간, "3샬": 3살, "30 minuts"; stop 47: asked again).
        Only a unit of `units`, only when the word typed is no word of the quantity vocabulary,
        and only when exactly one unit fits: a Hangul vowel struck as its neighbour key
        (`struck_vowel`), or an English letter left out or two swapped (`one_typo`)."""
        table = self._table[0]

        def fix(m: re.Match[str]) -> str:
            typed = m.group(2)
            if (typed,) in table or (
                not typed.isascii() and any(typed.startswith(k[0]) for k in table if len(k) == 1)
            ):
                return m.group()  # a word of the vocabulary ("3번", "2시간씩")
            if any(
                typed.startswith(alias) for unit in ALL_UNITS for alias in self._unit_words(unit) if alias
            ):
                # a unit of another kind ("평일엔 9시간정도" at how long owned; owner trial 33: "9세간",
                # 시 taken for a typo of 세): that unit, never a typo of one asked for
                return m.group()
            if any(typed.startswith(word) for word in self._counted_words()):
                # what was eaten counted ("3알이요" after grapes at the age; stop 50: a typo of
                # 3일, the age stored as three days): no unit of any question
                return m.group()
            fits = {
                (alias, unit)
                for unit in units
                for alias in self._unit_words(unit)
                if (alias[0] >= "\uac00" and struck_vowel(typed[: len(alias)], alias))
                or (alias.isascii() and len(alias) >= 4 and one_typo(typed, alias, struck=False))
            }
            if len({unit for _, unit in fits}) != 1 or len(fits) != 1:
                return m.group()
            alias = next(iter(fits))[0]
            return m.group(1) + alias + typed[len(alias) :] if not alias.isascii() else m.group(1) + alias

        folded = fold(text)
        fixed = _AFTER_NUMBER.sub(fix, folded)
        return fixed if fixed != folded else text

    def _counted_words(self) -> list[str]:
        """The words counting what was eaten (`lex-counter-eaten`), each phrase joined."""
        return ["".join(p) for p in self.vocabulary["lex-counter-eaten"].phrases]

    def _unit_words(self, unit: str) -> list[str]:
        """The words of a unit: "".join of each Hangul phrase, each one-word English phrase."""
        return [
            "".join(p) if not p[0].isascii() else p[0]
            for p in self.vocabulary[f"lex-unit-{unit}"].phrases
            if len(p) == 1 or not p[0].isascii()
        ]

    def _usual_clauses(self, text: str, other: str = "lex-weekend") -> str:
        """The clauses of `text` that say nothing of the weekend, when another does ("8 hours on
        weekdays, none on weekends": "8 hours on weekdays"); "" when none is left out. The amount
        comes before its label in English, so a clause goes whole (`_usual_day` reads the
        label-first order: "평일엔 8시간 주말엔 없어요"). `other`: the words of the other day left
        out (`lex-incident-day`: the day it happened, "usually 6 hours, 20 min when it happened")."""
        clauses = [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
        if len(clauses) < 2:
            return ""
        weekend = self.vocabulary[other]
        usual = [c for c in clauses if not weekend.contains(Folded(c))]
        return " ".join(usual) if usual and len(usual) < len(clauses) else ""

    # -- cutting the text into known pieces --------------------------------------------------

    def _pieces(self, text: str) -> list[_Piece]:
        units: list[tuple[str, str]] = []  # (unit, kind): kind h = Hangul letter, w = word/number
        word_of: list[int] = []  # the Hangul word (run) each unit belongs to, -1 for words/numbers
        all_runs = list(runs(fold(_comma_range(text))))
        digits_at = [i for i, run in enumerate(all_runs) if run.script is Script.DIGITS]
        for index, run in enumerate(all_runs):
            if (
                run.script is Script.MARK
                and "?" in run.text
                and digits_at
                and digits_at[0] < index < digits_at[-1]
            ):
                # "9시간? 출퇴근까지 치면 10시간 가까이" (owner trial 33: 19 hours, the two added): an
                # amount asked back, then another one, is its range, never a part to add
                units.append(("~", "w"))
                word_of.append(-1)
            elif run.script is Script.HANGUL:
                units.extend((ch, "h") for ch in run.text)
                word_of.extend(index for _ in run.text)
            elif run.script in (Script.LATIN, Script.DIGITS):
                units.append((run.text, "w"))
                word_of.append(-1)
            elif run.script is Script.MARK and run.text in _RANGE_MARKS:
                units.append(("~", "w"))
                word_of.append(-1)
            elif run.script is Script.MARK and run.text.strip() in _TIMES_MARKS:
                units.append(("\u00d7", "w"))  # "20min ×2": the sign, as the word "x" is read
                word_of.append(-1)
            # jamo (laughter, crying), emoji and other punctuation carry no quantity
        table, longest = self._table
        n = len(units)
        # best[i] = (cost, start of last piece, known?) — unknown units cost far more than pieces
        best: list[tuple[int, int, bool] | None] = [None] * (n + 1)
        best[0] = (0, 0, True)
        for end in range(1, n + 1):
            for start in range(max(0, end - longest), end):
                prev = best[start]
                if prev is None:
                    continue
                key = tuple(u for u, _ in units[start:end])
                known = key in table or (
                    end - start == 1 and (_is_number(key[0]) or key[0] in ("~", "\u00d7"))
                )
                if not known and end - start > 1:
                    continue
                cost = prev[0] + (1 if known else 100)
                current = best[end]
                if current is None or cost < current[0]:
                    best[end] = (cost, start, known)
        pieces: list[_Piece] = []
        spans: list[tuple[int, int]] = []
        end = n
        while end > 0:
            step = best[end]
            assert step is not None
            key = tuple(u for u, _ in units[step[1] : end])
            tags = table.get(key, frozenset()) if step[2] else frozenset()
            if step[2] and not tags:
                tags = frozenset({"range" if key == ("~",) else "by" if key == ("\u00d7",) else "digits"})
            pieces.append(_Piece("".join(key) if units[step[1]][1] == "h" else " ".join(key), tags))
            spans.append((step[1], end))
            end = step[1]
        return _join_unknown(_inside_words(pieces[::-1], spans[::-1], word_of))

    # -- deciding what each piece is ----------------------------------------------------------

    def _tokens(
        self, pieces: Sequence[_Piece], allowed: Mapping[str, float], *, zero_words: bool
    ) -> list[_Token]:
        tokens: list[_Token] = []
        # another number beside "both" ("5 to 6 hours when we are both at work"): "both" no count
        numbered = any(
            "digits" in p.tags or any(t.startswith(("num:", "sino:")) for t in p.tags) for p in pieces
        )
        for i, piece in enumerate(pieces):
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            prev = tokens[-1] if tokens else None
            if "bound" in piece.tags:
                after = pieces[i + 2] if i + 2 < len(pieces) else None
                piece = _bound(piece, prev, nxt, after, named="years" in allowed or "people" in allowed)
            # (a usual day's words between them link no amount: "4-5 hrs most days, sometimes 9")
            said = next((t for t in reversed(tokens) if t.kind not in _NOT_SAID), None)
            token = _resolve(piece, prev, nxt, allowed, zero_words=zero_words, said=said)
            if "ageclause" in piece.tags or ("both" in piece.tags and ("people" not in allowed or numbered)):
                token = _Token("skip", piece.text)
            elif "both" in piece.tags:
                token = _Token("num", piece.text, 2.0, system="word")  # "둘 다요", "both of us": two
            elif "years" not in allowed and _after_age_clause(pieces, i):
                # "me my wife and our son who is 8 (years old)" at the household (stop 57 owner
                # trial: 8 people): the son's age and its unit, read past; the people listed count
                token = _Token("skip", piece.text)
            elif token.kind == "num" and (
                _age_told(pieces, i, allowed) or self._time_of_day_after(pieces, i, allowed)
            ):
                # "she's 14 and barks at night" at the hours alone (stop 52 owner trial: stored as
                # 14 hours): the dog's age, no amount of this question's; not understood here
                token = _Token("not", piece.text)
            if token.system == "age" and prev is not None:
                tokens[-1] = _Token("skip", prev.text)  # the age's number counts nobody
            if token.kind == "skip" and "retract" in piece.tags:
                token = _Token(
                    "skip", piece.text, system="retract-bare" if "bare" in piece.tags else "retract"
                )
            elif token.kind == "skip" and "sum" in piece.tags:
                token = _Token("skip", piece.text, system="sum")
            tokens.append(token)
        tokens = _total_first(_retracted(_daily_total(pieces, tokens)))
        # "3 or 4 maybe" (stop 52: the range lost): an alternative word with no amount after it
        # is a hedge of what came before
        tokens = [
            _Token("approx", t.text)
            if t.kind == "alt" and not any(u.kind == "num" for u in tokens[i + 1 :])
            else t
            for i, t in enumerate(tokens)
        ]
        # the usual day first: "평일엔 거의 안해요 주말엔 1시간" (owner trial 30, stop 47: stored 60)
        # is hardly any on the usual day, the weekend's hour no amount said beside "hardly"
        tokens = _usual_day(tokens)
        tokens = _birthday(tokens, pieces)
        if "years" in allowed:
            tokens = _next_birthday(tokens)
        # "2살이었는데" with no amount after it: what it was is no answer, the ending not understood
        tokens = [
            _Token("not", t.text)
            if t.kind == "was" and not any(u.kind == "num" for u in tokens[i + 1 :])
            else t
            for i, t in enumerate(tokens)
        ]
        if any(t.kind == "num" and t.system != "rarely" for t in tokens):
            # "not much tbh 20 min", "별로 안 해요 20분 정도": the amount said is the answer, "not
            # much" only says what the owner thinks of it (English owner trial, batch 77: 0 minutes)
            tokens = [_Token("skip", t.text) if t.system == "rarely" else t for t in tokens]
        return _groups(_counted_first(_compose(tokens)))


def _retracted(tokens: list[_Token]) -> list[_Token]:
    """The tokens after the last word taking back what was said ("about an hour. wait no exactly an
    hour, …", "oops 2 years, i mean 3", "8 hours no 9"; stop 53 held-out: 180 minutes, not
    understood) when an amount comes before it and after it: the last value told is the answer.
    With nothing said before it ("no wait, 3 hours") or nothing after ("30 minutes sorry") it is
    read past as before."""
    for at in range(len(tokens) - 1, -1, -1):
        if tokens[at].kind == "skip" and tokens[at].system in ("retract", "retract-bare", "sum"):
            before = any(t.kind == "num" for t in tokens[:at])
            after = any(t.kind == "num" for t in tokens[at + 1 :])
            if tokens[at].system == "sum" and not _unit_follows(tokens[at + 1 :]):
                # "me, mum and my 8yo brother, so 3" (stop 56 full run: "so" took the 8yo back,
                # the 3 left read as an age): a total is said with its unit ("so 1.5h")
                continue
            asked_back = at > 0 and tokens[at - 1].kind == "range"  # "3명? 아니 4명인가": unsure
            if before and after and not asked_back:
                return tokens[at + 1 :]
    # a bare "no" after the amount with none after it takes nothing back: a word of the answer
    # ("2 adults, no kids": the children told beside; stop 53's full run: "no" read past, "kids"
    # not understood)
    return [
        _Token("other", t.text)
        if t.system == "retract-bare"
        and any(u.kind == "num" for u in tokens[:i])
        and not any(u.kind == "num" for u in tokens[i + 1 :])
        else t
        for i, t in enumerate(tokens)
    ]


def _unit_follows(tokens: list[_Token]) -> bool:
    """The first amount of `tokens` has its unit right after it ("1.5h", "90 minutes")."""
    for i, token in enumerate(tokens):
        if token.kind == "num":
            return i + 1 < len(tokens) and tokens[i + 1].kind == "unit"
    return False


# `_Token.unit` of the first amount's unit when what follows it is told apart ("an hour, two 30 min
# walks", "1시간이요 30분씩 두번"): the day's total, and the parts after it maybe its breakdown.
TOTAL_FIRST = "total-first"


def _daily_total(pieces: Sequence[_Piece], tokens: list[_Token]) -> list[_Token]:
    """A length said as the day's (`lex-per-day` right after it, "an hour a day"; in Korean right
    before it, "하루 한시간") is the total however many walks are counted beside it ("about an
    hour a day, two walks", stop 55 trial: stored as 120 minutes), unless the length is said to
    be each time's (`lex-each`: "30 min each", "30분씩"). "twice a day", "2 walks a day": the day
    follows a count of times, not a length; it stays read past."""
    if len(pieces) != len(tokens) or any("each" in p.tags for p in pieces):
        return tokens
    out = list(tokens)
    for i, piece in enumerate(pieces):
        if "daily" not in piece.tags or tokens[i].kind != "skip":
            continue
        after = piece.text.isascii() and i > 0 and tokens[i - 1].kind == "unit"
        before = (
            not piece.text.isascii()
            and i + 2 < len(tokens)
            and tokens[i + 1].kind == "num"
            and tokens[i + 2].kind == "unit"
        )
        if after or before:
            out[i] = _Token("total", piece.text)
    return out


def _total_first(tokens: list[_Token]) -> list[_Token]:
    """The first amount's unit marked `TOTAL_FIRST` when the next number is parted from it by
    words ("1시간이요 30분씩"), or is the count of parts said before their length ("an hour, two 30
    min walks"); never when the next amount is right beside it ("1시간 30분씩 두번": one hour and
    a half, twice)."""
    first = next((i for i, t in enumerate(tokens) if t.kind == "unit"), None)
    if first is None or not any(t.kind == "num" for t in tokens[:first]):
        return tokens
    nxt = next((i for i in range(first + 1, len(tokens)) if tokens[i].kind == "num"), None)
    if nxt is None:
        return tokens
    counted = nxt + 1 < len(tokens) and tokens[nxt + 1].kind == "num"
    if nxt == first + 1 and not counted:
        return tokens
    out = list(tokens)
    out[first] = replace(tokens[first], unit=TOTAL_FIRST)
    return out


def _after_age_clause(pieces: Sequence[_Piece], i: int) -> bool:
    """The piece at `i` is the number right after a relative clause of a person's age ("who is 8",
    `lex-age-clause`), or that number's unit of years after it ("who is 8 years old")."""
    for back in (1, 2):
        if i - back < 0 or "ageclause" not in pieces[i - back].tags:
            continue
        number = pieces[i - back + 1]
        is_number = "digits" in number.tags or any(t.startswith(("num:", "sino:")) for t in number.tags)
        if back == 1:
            return is_number
        return is_number and "unit:years" in pieces[i].tags
    return False


def _age_told(pieces: Sequence[_Piece], i: int, allowed: Mapping[str, float]) -> bool:
    """The number at `i` is the dog's age told where no age is asked ("she's 14", "he turned 14"
    at the hours alone, the exercise or the household; stop 52): right after the words that say
    how old the dog is (`lex-age-subject`) with no unit of the question after it ("she's 4 hrs
    alone" is hours). Never where an age is asked (years among `allowed`)."""
    if "years" in allowed or i == 0 or "agesubj" not in pieces[i - 1].tags:
        return False
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    return not _unit_of(nxt, allowed)


def _birthday(tokens: list[_Token], pieces: Sequence[_Piece]) -> list[_Token]:
    """A birthday month beside an age ("hes 2 in june", "6월에 2살 돼요"; stop 51: stored as 2
    years exactly, or read as 6) is a birthday to come, the dog a year short of it by up to a year
    (`_evaluate`'s future, as "he'll be 2 in june"); with the birthday said to be had ("he turned 2
    in june", "6월에 2살 됐어요") the month only dates it."""
    if not any("turned" in p.tags for p in pieces):
        return tokens
    return [_Token("skip", t.text) if t.kind == "future" and t.system == "month" else t for t in tokens]


def _next_birthday(tokens: list[_Token]) -> list[_Token]:
    """The age now, then the next one with its birthday ("she's 12, 13 in march", "12살이요 3월에
    13살 돼요", "5, 6 next month"; held-out 16: read as about 12 to 13, or the 13 left over): the
    first age is the answer as said; the next birthday after it (one year more, a birthday word
    or "turns" beside it: `lex-birthday-month`, `lex-future`, `lex-next-month`) is read past."""
    nums = [i for i, t in enumerate(tokens) if t.kind == "num"]
    if len(nums) != 2 or tokens[nums[0]].high is not None or tokens[nums[1]].high is not None:
        return tokens
    first, second = nums
    if tokens[second].value != tokens[first].value + 1:
        return tokens
    if not any(t.kind in ("future", "soon") for t in tokens[first + 1 :]):
        return tokens
    end = first + 1
    if end < len(tokens) and tokens[end].kind == "unit":
        end += 1
    return tokens[:end] + [_Token("skip", t.text) for t in tokens[end:]]


def _bound(
    piece: _Piece, prev: _Token | None, nxt: _Piece | None, unit: _Piece | None, *, named: bool
) -> _Piece:
    """An upper bound ("max", "tops", "최대") right after the amount or right before its number
    ("3 hrs max", "최대 4시간", "at most 4 hours"; owner trial 25: "maybe 3 hrs max" asked
    again): approximate, as a hedge is. Anywhere else it is no amount's word ("3 year old Max");
    one English word before a bare number is a name as often ("Max 4": Max is 4 now), so it is a
    bound there only with the number's unit after it and where no name is said with a number
    (`named`: an age, a count of people; "max 3h" at the hours alone, stop 51: asked again; "max
    3" alone is still asked again, saying 3 was understood)."""
    after = prev is not None and prev.kind in ("num", "unit")
    number = nxt is not None and (
        bool(nxt.tags & {"digits"}) or any(t.startswith(("num:", "sino:")) for t in nxt.tags)
    )
    united = unit is not None and any(t.startswith("unit:") for t in unit.tags)
    before = number and (not piece.text.isascii() or " " in piece.text or (united and not named))
    return _Piece(piece.text, frozenset({"approx"}) if after or before else frozenset())


# Tokens that say no amount: the last amount said is looked for past them (`_resolve`).
_NOT_SAID = frozenset({"skip", "approx", "weekday", "weekend", "daypart"})

# Where one clause of an answer ends and the next begins: punctuation, or a joining word.
# A point inside a number ("2.5 hours") or a range mark ("2~6시간") breaks nothing.
_CLAUSE_BREAK = re.compile(r"(?:[,;!?…]|\.(?!\d))+|\s+(?:but|and|while|though|whereas)\s+", re.IGNORECASE)


def _usual_day(tokens: list[_Token]) -> list[_Token]:
    """A weekday amount told beside the weekend's ("평일엔 8시간정도.. 주말엔 거의 같이 있어요", "8
    hours on weekdays, none on weekends"; owner trial 18: stored as about 0): the weekday's is the
    usual day the question asks about, the weekend's words read past and the answer approximate
    (it varies). With no amount outside the weekend's words ("주말엔 4시간"), that amount stands."""
    kept: list[_Token] = []
    weekend = False
    dropped = False
    other_day = ""  # "그날은 30분이었어요" (stop 62): the day it happened, no usual day's amount
    for token in tokens:
        if token.kind in ("weekday", "weekend", "incident"):
            weekend = token.kind != "weekday"
            other_day = token.kind if weekend else other_day
            continue
        if weekend:
            dropped = dropped or other_day == "weekend"
            continue
        kept.append(token)
    if not any(t.kind == "num" for t in kept):
        # the amount of the day it happened alone ("그날은 한 시간도 혼자 안 있었대요"): no answer
        return [
            _Token("other" if t.kind == "incident" else "skip", t.text)
            if t.kind in ("weekday", "weekend", "incident")
            else t
            for t in tokens
        ]
    return [*kept, _Token("approx", "")] if dropped else kept


def _is_number(unit: str) -> bool:
    """`unit` is digits: Python's "nan", "inf" are words ("me and my nan": a grandmother, stop 47;
    read as a household of NaN)."""
    try:
        return math.isfinite(float(unit))
    except ValueError:
        return False


def _inside_words(pieces: list[_Piece], spans: list[tuple[int, int]], word_of: list[int]) -> list[_Piece]:
    """A number word is a whole word: Korean number letters glued to letters that are no known
    word are part of that word, not a number ("건너뛸게요" holds the native 4, "너": it is no age
    of 4 years, it is "skip"). Glued to known pieces they stay numbers ("세살", "두세시간")."""
    out = list(pieces)
    for i, (piece, (start, end)) in enumerate(zip(pieces, spans, strict=True)):
        if piece.text.isascii() or not any(t.startswith(("num:", "sino:")) for t in piece.tags):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(pieces) or pieces[j].tags or pieces[j].text.isascii():
                continue
            near = spans[j][1] - 1 if j < i else spans[j][0]
            here = start if j < i else end - 1
            if word_of[near] == word_of[here] >= 0:
                out[i] = _Piece(piece.text, frozenset())
                break
        else:
            if _ends_unknown_word(pieces, spans, word_of, i):
                out[i] = _Piece(piece.text, frozenset())
            elif _ends_word_read_past(pieces, spans, word_of, i):
                out[i] = _Piece(piece.text, frozenset({"skip"}))
    return out


def _before_in_word(spans: list[tuple[int, int]], word_of: list[int], i: int) -> list[int] | None:
    """The pieces before piece `i` in its Korean word when `i` ends that word; None when it is in
    no Korean word or something follows it there ("강아지는세살": the unit keeps it a number)."""
    word = word_of[spans[i][0]]
    if word < 0:
        return None
    same = [j for j, (start, _end) in enumerate(spans) if word_of[start] == word]
    return same[:-1] if same[-1] == i else None


def _ends_unknown_word(
    pieces: list[_Piece], spans: list[tuple[int, int]], word_of: list[int], i: int
) -> bool:
    """Number piece `i` ends a Korean word that holds letters of no known word further back
    ("데려와서": "데려", "와", then "서", read as the native 3; Korean trial: "보호소에서
    데려와서 나이는 잘 몰라요" was understood as 3 years): the word's ending, no number."""
    before = _before_in_word(spans, word_of, i) or []
    return any(not pieces[j].tags and not pieces[j].text.isascii() for j in before)


def _ends_word_read_past(
    pieces: list[_Piece], spans: list[tuple[int, int]], word_of: list[int], i: int
) -> bool:
    """Number piece `i` ends a Korean word whose other pieces are all read past ("회사가서":
    회사, 가, then 서, the native 3; owner trial 23: 3 hours alone): the word's ending, read past
    too. A word that counts before it ("식구는셋") keeps it."""
    before = _before_in_word(spans, word_of, i)
    return bool(before) and all(pieces[j].tags - {"retract", "sum"} == {"skip"} for j in before or ())


def _join_unknown(pieces: list[_Piece]) -> list[_Piece]:
    """Unknown Hangul letters next to each other form one unknown word (a breed's name)."""
    out: list[_Piece] = []
    for piece in pieces:
        if (
            not piece.tags
            and out
            and not out[-1].tags
            and not piece.text.isascii()
            and not out[-1].text.isascii()
        ):
            out[-1] = _Piece(out[-1].text + piece.text, frozenset())
        else:
            out.append(piece)
    return out


def _tag_values(tags: frozenset[str], prefix: str) -> list[str]:
    return [t.split(":", 1)[1] for t in tags if t.startswith(prefix + ":")]


def _resolve(
    piece: _Piece,
    prev: _Token | None,
    nxt: _Piece | None,
    allowed: Mapping[str, float],
    *,
    zero_words: bool,
    said: _Token | None = None,
) -> _Token:
    """What `piece` is, by its tags and its neighbours: `prev` the token before it, `said` the last
    one that is neither read past nor a hedge ("about 2 i think, maybe 3": "maybe" follows the 2)."""
    tags = piece.tags
    if "digits" in tags:
        return _Token("num", piece.text, float(piece.text), "digit")
    span = _tag_values(tags, "span")
    if span:  # "대여섯": a native range in one word, as "두세" is in two
        return _Token("num", piece.text, float(span[0]), "native", high=float(span[0]) + 1)
    sounds = _tag_values(tags, "sounds")
    if sounds and _unit_of(nxt, allowed) and not (prev is not None and prev.kind == "num"):
        # "to years", "for ours", "tree months" (voice typing, batch 72): the number they sound
        # like, only right before a unit and with no number before ("2 to 3 years" is a range)
        return _Token("num", piece.text, float(sounds[0]), "word")
    if "rarely" in tags:
        # "rarely", "별로 안": hardly any time, about none where none is an answer (hours alone;
        # owner trial: asked again), never an age or a count
        if zero_words and prev is not None and prev.kind == "num" and prev.value == 0:
            # "거의 없어요 항상 집에 있어요": about none said twice is one answer, not two numbers
            return _Token("skip", piece.text)
        return (
            _Token("num", piece.text, 0.0, "rarely", high=0.0) if zero_words else _Token("other", piece.text)
        )
    people = _tag_values(tags, "person")
    if "alone" in tags and "people" in allowed:
        # "할머니 혼자 사세요", "my grandma lives alone": the person named before lives alone, the
        # whole household (owner trial 33: grandma and the owner, 2); with no one named, the owner
        return _Token("person", piece.text, 1.0, "alone")
    if "group" in tags and "people" in allowed and not _tag_values(tags, "num"):
        # "2 kids", "아이 둘": people counted by the number next to them (`_groups`)
        # "2 adults", "어른 둘": the grown-ups at home count the owner (ninth owner trial: asked
        # whether that included them, at "how many people, you included?")
        grown = "self" if "grown" in tags else ""
        return _Token("group", piece.text, float(people[0]) if people else 0.0, grown)
    if people and not _tag_values(tags, "num"):
        if "people" in allowed:  # counted when no number says the total ("me and my wife")
            return _Token("person", piece.text, float(people[0]), "self" if "self" in tags else "")
        # not an age ("저랑 남편 둘이요" is no length of time); at the time questions, context
        return _Token("other" if "months" in allowed else "skip", piece.text)
    units = [u for u in _tag_values(tags, "unit") if u in allowed]
    other_units = _tag_values(tags, "unit")
    nums = [float(n) for n in _tag_values(tags, "num")]
    sinos = [float(n) for n in _tag_values(tags, "sino")]
    prev_is_number = prev is not None and prev.kind == "num"
    counted = _tag_values(tags, "times")
    if counted:
        # "아침저녁", "twice": a count of times by itself, the length said beside it (`value` set)
        return _Token("times", piece.text, float(counted[0]))
    days = _tag_values(tags, "days")
    if days and "days" in allowed and not prev_is_number:
        return _Token("term", piece.text, float(days[0]))  # "이틀", "yesterday": a number of days
    if sinos and "days" in units and not (prev_is_number and prev is not None and prev.system == "digit"):
        units = [u for u in units if u != "days"]  # "일" is days after digits ("45일"), else 1 ("일년")
    next_tags = nxt.tags if nxt is not None else frozenset()
    next_is_unit = any(t.startswith("unit:") for t in next_tags)
    next_is_digits = "digits" in next_tags
    # "se": the unit 歲 after digits or Sino-Korean numbers, the native number 3 elsewhere.
    whole = "whole" if "whole" in tags else ""  # "세식구": the household's total (`_groups`)
    if not whole and "one" in tags:
        whole = "one"  # "hour walk in the morning + 20 min at night": one hour (`_evaluate`)
    if (
        "people" in allowed
        and "years" in other_units
        and not units
        and prev_is_number
        and prev is not None
        and prev.system == "digit"
    ):
        # "남동생 8살이랑 저랑 엄마 3명", "my 8yo brother, so 3": a person's age, no count of
        # people (stop 49 owner trial: asked again); the number before it is dropped (`_tokens`)
        return _Token("skip", piece.text, system="age")
    if units and prev_is_number and prev is not None and prev.system in ("digit", "sino", "word"):
        return _Token("unit", piece.text, system=whole, units=units)
    if (
        "honorific" in tags
        and "people" in allowed
        and prev_is_number
        and prev is not None
        and prev.system == "native"
    ):
        # "할머니 할아버지 두 분이요" (held-out 16: asked again): "분" counts people after a native
        # number only; after digits ("45분") it stays minutes (stop 60's full run)
        return _Token("unit", piece.text, system=whole, units=["people"])
    if units and not nums:
        return _Token("unit", piece.text, system=whole, units=units)
    if nums:
        value = nums[0]
        if value == 0 and not zero_words:
            return _Token("skip" if "skip" in tags else "other", piece.text)
        next_is_sino = any(t.startswith("sino:") for t in next_tags)
        next_nums = [float(n) for n in _tag_values(next_tags, "num")]
        if "approx" in tags and (next_is_digits or next_is_sino):
            return _Token("approx", piece.text)  # "han 3 sal", "han i-nyeon": about 3, about 2 years
        if "approx" in tags and "half" in next_tags and not piece.text.isascii():
            return _Token(
                "approx", piece.text
            )  # "han ban-nyeon": about half a year (owner trial 11: 1.5 years)
        if "approx" in tags and next_nums and not piece.text.isascii() and value + 1 not in next_nums:
            # "han se-sal-jjeum": about 3 years, not 1–3; "han du-sal" (1–2) stays a range
            return _Token("approx", piece.text)
        if "skip" in tags and not (next_is_unit or nxt is None or "group" in next_tags):
            # "a" in "a 3 year old", "an 8 month old puppy" (batch 72: read as 1 year, 1 month):
            # an article is one only where it is the quantity ("a year", "an hour and a half")
            return _Token("skip", piece.text)
        system = "word" if piece.text.isascii() else "native"
        return _Token("num", piece.text, value, system)
    if sinos:
        value = sinos[0]
        prev_sino = prev is not None and prev.kind == "num" and prev.system == "sino"
        next_sino_big = any(t in next_tags for t in ("sino:10", "sino:100"))
        if value in (10.0, 100.0) or prev_sino or next_sino_big or (next_is_unit and not prev_is_number):
            return _Token("num", piece.text, value, "sino")
    if other_units and prev_is_number:
        # a unit of another kind of quantity ("이년" at the household): its number is not this one's
        return _Token("foreign", piece.text)
    if (
        "by" in tags
        and prev is not None
        and prev.kind == "unit"
        and nxt is not None
        and (next_is_digits or bool(_tag_values(next_tags, "num")))
    ):
        return _Token("by", piece.text)  # "30 min x2": the count follows (`_counted_first`)
    if ("times" in tags or "by" in tags) and prev_is_number:
        return _Token("times", piece.text)  # "두 번", "two walks": a count of times, not a length
    if (
        "alt" in tags
        and said is not None
        and said.kind == "range"
        and prev is not None
        and prev.kind == "range"
    ):
        # "maybe 4ish? could be 5" (stop 52: "could be 5" a question): the amount asked back is
        # already a range's first end (`_pieces`); the alternative word only repeats it
        return _Token("skip", piece.text)
    if "alt" in tags and said is not None and said.kind in ("num", "unit", "half"):
        # "an hour, sometimes two", "about 3, maybe 4", "3명? 아니 4명": after an amount, the
        # number that follows is another value it may be, never a part added to it
        return _Token("alt", piece.text)
    if "not" in tags and prev is not None and prev.kind in ("num", "unit", "half"):
        return _Token("not", piece.text)  # "3명? 아니 4명인가": the amount after is never added
    if "was" in tags:
        # "작년에 두살이었으니까 지금 세살이요" (stop 50, Korean owner trial: 2 + 3 years): the
        # amount before it was true then, the answer is the one after (`_evaluate`)
        then = said is not None and said.kind in ("num", "unit", "half")
        return _Token("was" if then else "skip", piece.text)
    if "month" in tags:
        # "hes 2 in june", "6월에 2살 돼요": a birthday to come at an age, unless it was had
        # (`_birthday`); elsewhere read past
        return _Token("future" if "years" in allowed else "skip", piece.text, system="month")
    if "future" in tags:
        # "he'll be 3 in June": a birthday to come, at an age (`_evaluate`); elsewhere read past
        return _Token("future" if "years" in allowed else "skip", piece.text)
    if "soon" in tags and "years" in allowed:
        return _Token("soon", piece.text)  # "turns 2 next month": the birthday a month away
    if (
        "also" in tags
        and "people" in allowed
        and (piece.text.isascii() or (prev is not None and prev.kind in ("person", "group")))
    ):
        # "동생도 있어요", "plus my mom": people added to a count already said (`_evaluate`)
        return _Token("also", piece.text)
    if (
        "join" in tags
        and "people" in allowed
        and prev is not None
        and prev.kind in ("num", "unit", "person", "group", "grown")
    ):
        # "어른 둘에 아기 하나", "성인 2명에 아이 1명" (owner trial 33: asked again): "에" joins
        # the groups counted, as "이랑" does; elsewhere ("2시간에") no word read past
        return _Token("skip", piece.text)
    if "helper" in tags:
        # "점심때 엄마가 한번 봐줘요", "the dog walker does an hour" (stop 62, held-out 15, 17): who
        # else looks after the dog, read past; the time they come with it (`_evaluate`)
        return _Token("skip", piece.text, system="helper")
    if "elder" in tags:
        # "열두살이요 할머니에요", "she's 12, an old lady now": the dog called old beside its age;
        # elsewhere (the household) a grandmother is a person, not understood here
        return _Token("skip" if "years" in allowed else "other", piece.text)
    if "daypart" in tags:
        return _Token("daypart", piece.text)  # "in the morning": a summed part's label (`_evaluate`)
    for kind in ("weekday", "weekend", "incident"):
        if kind in tags:
            return _Token(kind, piece.text)  # the usual day told apart from the rest (`_usual_day`)
    if "total" in tags:
        return _Token("total", piece.text)  # "an hour in total": the count of times not multiplied
    if "past" in tags:
        # "3명이었어요": the count said in the past tense; at an age or how long owned, the value
        # of another time ("데려올 때 2살이었어요"), not understood
        return _Token("other" if "years" in allowed else "skip", piece.text)
    for kind in ("half", "approx", "range", "skip"):
        if kind in tags:
            # a count word read past after a unit ("20 min walks") is marked: `_counted_first`
            return _Token(kind, piece.text, system="times" if "times" in tags else "")
    return _Token("other", piece.text)


def _unit_of(piece: _Piece | None, allowed: Mapping[str, float]) -> bool:
    """`piece` is a unit of the quantity asked for."""
    return piece is not None and any(u in allowed for u in _tag_values(piece.tags, "unit"))


def _compose(tokens: list[_Token]) -> list[_Token]:
    """Join number words into numbers: yeol+se = 13, seumul+daseot = 25, sip+sam = 13, du+se = 2–3."""
    out: list[_Token] = []
    for token in tokens:
        last = out[-1] if out else None
        if (
            token.kind == "num"
            and last is not None
            and last.kind == "num"
            and last.system == token.system == "native"
            and last.value == 1
            and last.high == 2
            and token.value == 3
        ):
            # "한 두세시간": "한" is about, never 1 of a range 1–2 (stop 50, held-out 6: "세" left
            # over); the range is 2–3, as "한 서너시간" is about 3–4
            out[-1:] = [_Token("approx", ""), _Token("num", last.text + token.text, 2.0, "native", high=3.0)]
            continue
        if token.kind == "num" and last is not None and last.kind == "num" and last.high is None:
            if token.system == "sino" and last.system == "sino":
                out[-1] = _sino_join(last, token)
                continue
            if token.system == last.system and token.system in ("native", "word"):
                if last.value % 10 == 0 and last.value >= 10 and 0 < token.value < 10:
                    out[-1] = _Token("num", last.text + token.text, last.value + token.value, token.system)
                    continue
                if (
                    token.system == "native"
                    and 0 < last.value < 10
                    and token.value in (last.value + 1, last.value + 2)
                ):
                    out[-1] = _Token("num", last.text + token.text, last.value, "native", high=token.value)
                    continue
                if last.value > 10 and last.value % 10 != 0 and 0 < token.value < 10:
                    pass  # "11 or 12" glued: leave as two numbers (not understood)
        out.append(token)
    return out


def _counted_first(tokens: list[_Token]) -> list[_Token]:
    """A count said before the length it counts, with the counted word after ("two 20 min walks",
    "three 15 minute walks"; owner trial: "20" was two numbers in a row, asked again): read as the
    length then the count ("20 min, two walks"), which `_evaluate` multiplies at the exercise
    question. Only a number, a number (or "half"), a unit and a count word (`lex-times`) in that
    order."""
    # "two 20-minute walks": a range word between a number and its unit joins nothing
    out = [
        t
        for i, t in enumerate(tokens)
        if not (
            t.kind == "range"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].kind in ("num", "half")
            and tokens[i + 1].kind == "unit"
        )
    ]
    for i in range(len(out) - 3):
        count, length, unit, times = out[i : i + 4]
        if (
            count.kind == "num"
            and length.kind in ("num", "half")  # "two half-hour walks": each half an hour
            and count.high is None
            and unit.kind == "unit"
            and (times.kind == "times" or times.system == "times")
            and not times.value
        ):
            out[i : i + 4] = [length, unit, count, _Token("times", times.text)]
            break
    for i, token in enumerate(out):
        # "30 min x2", "20min ×2", "30분 x 2": the number after the sign counts times, unless a
        # unit follows it (then it is no count)
        after = out[i + 2] if i + 2 < len(out) else None
        if (
            token.kind == "by"
            and i + 1 < len(out)
            and out[i + 1].kind == "num"
            and (after is None or after.kind != "unit")
        ):
            out[i : i + 2] = [out[i + 1], _Token("times", token.text)]
            break
    return out


def _groups(tokens: list[_Token]) -> list[_Token]:
    """People counted in groups at the household question: "me, my partner and 2 kids" is 4, "저랑
    남편, 아이 둘" is 4 — the number next to a group word ("kids", "아이") counts its people, it is
    not the household's total. A group word with no number next to it ("me and the kids") counts
    nobody it could name: `vague`, so the people named alone are never taken as the total."""
    out: list[_Token] = []
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if token.kind != "group":
            out.append(token)
            continue
        last = out[-1] if out else None
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        named = sum(t.value or 1 for t in out if t.kind == "person")
        if last is not None and last.kind == "num" and last.high is None:
            out[-1] = _Token("person", last.text + " " + token.text, last.value, token.system)
        elif (
            following is not None
            and following.kind == "num"
            and following.high is None
            and named >= TOTAL_AFTER_LIST
            and named + 1 == following.value
            and not _people_unit(tokens, i + 2)
        ):
            # "남편이랑 나랑 딸 셋이요", "me my husband and our daughter, 3" (owner trial 30: 5): two
            # or more people listed, then a bare count that is all of them, the daughter among
            # them, is the total; a count that is not ("저랑 남편, 아이 둘"), one person before it
            # ("남편이랑 애 둘") or a count of people ("애기 세명": three babies) still counts the
            # group's people
            out.append(_Token("person", token.text, 1, token.system))
        elif (
            following is not None
            and following.kind == "num"
            and following.high is None
            and not _whole_after(tokens, i + 2)  # "남편 저 아기 세식구" (owner trial 23: 5)
        ):
            # the count's own unit after it is part of it ("애기 세명": owner trial 24, "명" left over)
            unit = tokens[i + 2] if i + 2 < len(tokens) else None
            counted = unit is not None and unit.kind == "unit" and "people" in unit.units
            said = following.text + (unit.text if counted and unit is not None else "")
            out.append(_Token("person", token.text + " " + said, following.value, token.system))
            skip = 2 if counted else 1
        elif token.value:
            out.append(_Token("person", token.text, token.value))  # "아들" alone: one person
        else:
            out.append(_Token("vague", token.text))
    return out


def _people_unit(tokens: Sequence[_Token], i: int) -> bool:
    """Token `i` is a unit of people ("명"): the number before it counts the word before that."""
    return i < len(tokens) and tokens[i].kind == "unit" and "people" in tokens[i].units


def _whole_after(tokens: Sequence[_Token], i: int) -> bool:
    """Token `i` is a word for the whole household ("식구", "가족": `lex-household-whole`): the
    number before it is the total, never a group's count ("아기 세식구" is three people, not three
    babies; owner trial 23: 5)."""
    return i < len(tokens) and tokens[i].kind == "unit" and tokens[i].system == "whole"


def _sino_join(last: _Token, token: _Token) -> _Token:
    """Sino-Korean: i+sip = 20, sip+sam = 13, sam+sip+o = 35 (the running value is kept in `value`)."""
    if token.value in (10.0, 100.0):
        head = last.value % token.value or 1.0
        value = last.value - (last.value % token.value) + head * token.value
    else:
        value = last.value + token.value
    return _Token("num", last.text + token.text, value, "sino")


def _evaluate(tokens: Sequence[_Token], units: Mapping[str, float], default_unit: str | None) -> Quantity:
    low = high = 0.0
    pending: tuple[float, float] | None = None
    range_open = False
    split: tuple[float, float] | None = None  # "30분에서 1시간": the first end of a range of terms
    alt_first: float | None = None  # "3, maybe 4": the number said first, before its alternative
    split_unit: str | None = None  # its unit: the other end's bare number ("an hour or two") has it
    previous = ""
    said_kind = ""  # the last token that says an amount (`_NOT_SAID` read past)
    last_unit: str | None = None
    approximate = False
    seen = False
    rest: list[str] = []
    people = 0.0  # persons named, for a count without a number ("저랑 남편" = 2)
    owner = False  # the owner is among the persons named ("저", "me"): else the count may lack them
    halve = False  # "half" came before any number: it halves the unit that follows
    halve_text = ""
    vague: list[str] = []  # people named without a number ("the kids"): the count is not whole
    after = 0.0  # persons named after the count said ("셋이요 동생도 있어요")
    also = False  # a word adding people to the count said ("도", "also", "plus") after it
    times: tuple[float, float] | None = None  # "하루 두번": a count of times, multiplies a length
    times_text = ""
    total = False  # "an hour in total": the length is the day's, the count of times not multiplied
    unnamed: str | None = None  # a number followed by a word where its unit goes ("3 montsh")
    number_text = ""
    future = False  # "he'll be 3": a birthday to come
    soon = ""  # "next month" of "she turns 2 next month": the birthday a month away

    terms: list[str] = []  # the units of the terms added so far ("1년 6개월": years, months)
    words_at_term = 0  # len(rest) when the last term was read: a word since parts the amounts
    rest_at_number = 0  # len(rest) when the pending number was read
    denied = False  # "3명? 아니 4명": an amount after a denial is another value, never a part
    dayparts: list[str] = []  # "in the morning", "저녁에": the parts of the day named
    bare_one: tuple[str, float] | None = None  # "hour walk …": a unit alone first, one of it
    parts: list[tuple[float, float]] = []  # each term added, in order (a breakdown: below)
    parted_at: int | None = None  # len(parts) after a total said first (`TOTAL_FIRST`)
    helped = False  # another person named since the last term ("… and i do 30"): a part of theirs

    def flush(unit: str, said: str = "") -> None:
        nonlocal low, high, pending, words_at_term, rest_at_number, times, helped
        assert pending is not None
        add_low, add_high = pending[0] * units[unit], pending[1] * units[unit]
        pending = None
        if denied and terms:
            rest.append(said or str(add_low))
            words_at_term = len(rest)
            return
        # nothing but the amounts themselves between them (words after the last number do not part
        # it from the term before: "3 people, one is a baby" is no 3 + 1)
        # (another person's part, "the walker does 40 min and i do 30": `lex-context-helper`)
        beside = rest_at_number == words_at_term and not helped
        helped = False
        restated = (
            add_high > 0 and not (units[unit] < units[terms[-1]] and add_high < units[terms[-1]])
            if terms
            else False
        )
        if (
            terms
            and times is not None
            and not denied
            and abs(add_low - low * times[0]) < 1e-9
            and abs(add_high - high * times[1]) < 1e-9
        ):
            # "two 30 min walks, an hour", "30분씩 두 번 한시간이요" (stop 53 held-out: not
            # understood): the day's total after its parts, counted once
            low, high, times = add_low, add_high, None
            words_at_term = len(rest)
            return
        if beside and restated:  # a zero adds nothing either way ("공" of "공놀이" read as 0)
            # right beside the term before and not a smaller part of it ("1 year 6 months",
            # "2시간 30분"): the same quantity restated ("2 years (24 months)", "3살 three years")
            # is one value; another value is not understood, never added (acceptance trial e2:
            # 48 months, 6 people). Amounts with words between are parts ("아침 30분 저녁 30분").
            if abs(add_low - low) > 1e-9 or abs(add_high - high) > 1e-9:
                rest.append(said or str(add_low))
            words_at_term = len(rest)
            return
        terms.append(unit)
        parts.append((add_low, add_high))
        low += add_low
        high += add_high
        words_at_term = len(rest)

    for token in tokens:
        if token.system == "helper":
            helped = True
        kind_before, previous = previous, token.kind
        said_before = said_kind
        if token.kind not in _NOT_SAID:
            said_kind = token.kind
        if token.kind == "num":
            seen = True
            number_text = token.text
            top = token.high if token.high is not None else token.value
            if token.high is not None:
                approximate = True
            if halve and pending is None and token.value == 1 and token.high is None:
                pending, halve = (0.5, 0.5), False  # "half a year": half of one
            elif pending is not None and range_open:
                pending = (pending[0], top)
                range_open = False
            elif pending is not None:
                rest.append(token.text)  # two numbers in a row: "3 4"
            else:
                pending = (token.value, top)
                rest_at_number = len(rest)
        elif token.kind == "unit":
            unit = next((u for u in token.units if u in units), None)
            if unit is None or (pending is None and not (last_unit is None and token.units)):
                rest.append(token.text)
                continue
            if pending is None and halve:
                pending, halve = (0.5, 0.5), False  # "반년", "half year"
                seen = True
            if pending is None and not seen and token.system == "one":
                # "hour walk in the morning + 20 min at night": one of it, kept only where the
                # parts of the day are summed (below); else the unit alone is not understood
                pending, seen, number_text = (1.0, 1.0), True, ""
                bare_one = (token.text, units[unit])
            if pending is None:
                rest.append(token.text)  # a unit with no number: "years"
                continue
            flush(unit, number_text + ("" if "가" <= token.text[:1] <= "힣" else " ") + token.text)
            last_unit = unit
            if token.unit == TOTAL_FIRST and parted_at is None:
                parted_at = len(parts)
        elif token.kind == "half":
            if pending is not None and not range_open:
                pending = (pending[0] + 0.5, pending[1] + 0.5)  # "2 and a half years"
            elif last_unit is not None and pending is None:
                low += 0.5 * units[last_unit]
                high += 0.5 * units[last_unit]
                bare_one = None  # "hour and a half ish" (owner trial 31: 30 minutes): one and a half
            elif pending is None and not seen and not halve:
                halve = True  # "half a year", "반년": half of the unit that follows
                halve_text = token.text
            else:
                rest.append(token.text)
        elif token.kind in ("range", "alt"):
            if pending is not None:
                if token.kind == "alt":
                    alt_first = pending[0]
                range_open = True
                approximate = True
            elif (
                kind_before in ("unit", "half") or (token.kind == "alt" and said_before in ("unit", "half"))
            ) and split is None:
                # ("4시간 정도 가끔은 9시간", owner trial 21: a hedge between still links them)
                split = (low, high)  # a range of whole terms: what follows is its other end
                split_unit = last_unit
                low = high = 0.0
                terms.clear()
                approximate = True
            elif token.kind == "alt":
                approximate = True
            # a range word with nothing before it ("보호소에서") joins nothing: ignored
        elif token.kind == "not":
            rest.append(token.text)
            denied = True
        elif token.kind == "was":
            low = high = 0.0  # the amount it was then: what follows is the answer
            pending = None  # "she was 3 last year so 4 now": a bare number then, too
            terms.clear()
            approximate = False
        elif token.kind == "approx":
            approximate = True
        elif token.kind == "daypart":
            rest.append(token.text)  # parts the amounts beside it; read past if they are summed
            dayparts.append(token.text)
        elif token.kind == "future":
            future = True
        elif token.kind == "soon":
            soon = token.text
            rest.append(token.text)  # not understood unless it completes an age (below)
        elif token.kind == "term" and "days" in units:
            seen = True
            low += token.value * units["days"]
            high += token.value * units["days"]
            last_unit = "days"
        elif token.kind == "person" and token.system == "alone":
            people = people or 1.0  # "할머니 혼자": the one named; "혼자요": the owner
            owner = True  # the whole household is named: no doubt whether it counts the owner
        elif token.kind == "person":
            if not (owner and token.system == "self"):  # "저 혼자요": the owner named twice is one
                people += token.value
                after += token.value if seen and token.system != "self" else 0.0  # "저도": counted?
            owner = owner or token.system == "self"
        elif token.kind == "vague":
            vague.append(token.text)
        elif token.kind == "also":
            also = also or seen
        elif token.kind == "total":
            total = True
        elif token.kind == "times" and token.value:
            # a word that is a count by itself ("아침저녁 30분씩", "30 min twice a day"): the
            # number beside it stays the length
            if times is None and units.get(_TIMED_BASE) == 1.0:
                times, times_text = (token.value, token.value), token.text
            else:
                rest.append(token.text)
        elif token.kind in ("times", "foreign"):
            # The number before belongs to this word (번, 회, times; a unit of another kind): never
            # claimed as the quantity asked for (trial 2, finding 5).
            if (
                token.kind == "times"
                and pending is not None
                and times is None
                and units.get(_TIMED_BASE) == 1.0
            ):
                times, times_text = pending, token.text
            else:
                rest.append(token.text)
            pending = None
            range_open = False
        elif token.kind == "other":
            rest.append(token.text)
            if kind_before == "num" and pending is not None and not range_open:
                unnamed = number_text
    if halve:
        rest.append(halve_text)
    if range_open:
        if previous == "approx":
            range_open = False  # "three-ish": a hedge, not a range left open
        else:
            rest.append("~")
    if pending is not None and unnamed is not None:
        # a word where the unit goes, not one known: the number's unit is not known either, so
        # it is never read in the question's own unit ("3 montsh" was understood as 3 years)
        rest.insert(0, unnamed)
        # "3, maybe 4 on weekends": the alternative is tied to those words; the first number stays
        pending = (alt_first, alt_first) if alt_first is not None else None
    if pending is not None and split is not None and split_unit is not None and not terms:
        flush(split_unit)  # "an hour, sometimes two": two hours, not two minutes
    if pending is not None:
        if default_unit is None:
            rest.append(str(pending[0]))
        else:
            flush(default_unit, number_text)
    if len(dayparts) >= 2 and len(terms) >= 2 and split is None and not denied:
        # "1 hr in the morning and 20 min at night", "오전에 4시간 오후에 2시간": the day's total,
        # each part labelled by its time of day (owner trial 29: asked again)
        for said in dayparts:
            rest.remove(said)
    elif dayparts and any(t.system == "helper" for t in tokens) and not denied:
        # "점심때 엄마가 한번 봐줘요", "저녁에 제가 20분" beside the walker's hour (stop 62): the
        # time another person comes or takes a part of the day, said with who they are
        for said in dayparts:
            rest.remove(said)
    elif bare_one is not None:
        rest.insert(0, bare_one[0])  # "hour" alone, its parts not summed: not understood
        low, high = low - bare_one[1], high - bare_one[1]
    if split is not None:
        if low == high == 0.0:
            low, high = split  # nothing after the range word ("3살인가"): the first end alone
        else:
            low, high = min(split[0], low), max(split[1], high)
    if parted_at is not None and 0 < parted_at < len(parts) and split is None and not denied:
        # "an hour, two 30 min walks", "1시간이요 30분씩 두번" (stop 53 held-out: 180 minutes): the
        # total said first, then its breakdown summing to it (two parts or more, or one counted):
        # the total, never added to again
        head = parts[:parted_at]
        tail = parts[parted_at:]
        count = times if times is not None else (1.0, 1.0)
        head_low, head_high = sum(p[0] for p in head), sum(p[1] for p in head)
        tail_low = sum(p[0] for p in tail) * count[0]
        tail_high = sum(p[1] for p in tail) * count[1]
        if (
            (times is not None or len(tail) >= 2)
            and abs(head_low - tail_low) < 1e-9
            and abs(head_high - tail_high) < 1e-9
        ):
            low, high, times = head_low, head_high, None
            for said in dayparts:
                if said in rest:
                    rest.remove(said)
    if times is not None and total and not (low == high == 0.0):
        times = None  # "two walks, an hour in total": 60 minutes, the walks counted in it
    if times is not None:
        if low == high == 0.0:
            rest.append(times_text)  # how many times, but not how long: not understood
        else:
            low, high = low * times[0], high * times[1]
            approximate = approximate or times[0] != times[1]
    if not seen and people and "people" in units:
        if not owner and not rest and not vague:
            # "남편이랑 애 둘", "my wife and 2 kids": 3 named, the owner perhaps not counted — the
            # number read is said and asked again, never stored as a guess
            return Quantity(people, people, people, False, doubt=True)
        return Quantity(people, people, people, False, (*rest, *vague))
    if not seen or (low == high == 0.0 and rest and not _any_zero(tokens)):
        return Quantity(None, rest=tuple(rest))
    if people and "people" in units and not denied and low == high and split is None:
        # a count said and people named (owner trial 16: "엄마 아빠 저 셋이요 동생도 있어요" stored 3)
        if also and after:
            # the people named after the count with "도 있어요", "also", "plus": added to it
            return Quantity(low + after, low + after, low + after, approximate, tuple(rest))
        if people > low:
            # more people named than counted ("엄마 아빠 나 동생 셋이요"): which is meant is not
            # known — said and asked again, never stored as a guess
            return Quantity(low, low, low, approximate, tuple(rest), doubt=True, named=people)
    if soon and terms and low == high and "months" in units and low > units["months"]:
        # "she turns 2 next month" (owner trial 31: "understood 1 month"), "다음달에 2살 돼요":
        # a month short of it now
        low = high = low - units["months"]
        rest.remove(soon)
        return Quantity(low, low, high, True, tuple(rest))
    if future and terms and low == high and low >= units[terms[-1]]:
        # "he'll be 3 in June": between 2 and 3 years now, how far unknown without the clock's
        # month: stored as about 2-3 years (batch 77 decision), never 3 exactly
        low -= units[terms[-1]]
        approximate = True
    return Quantity((low + high) / 2, low, high, approximate or low != high, tuple(rest))


def _any_zero(tokens: Sequence[_Token]) -> bool:
    return any(t.kind == "num" and t.value == 0 for t in tokens)
