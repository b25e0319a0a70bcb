"""A start said instead of a span at "how long have you had her?": "작년부터요", "작년 여름부터요",
"2023년 3월부터", "since last year", "since March 2023", "we got her last summer" (owner trial).

The whole message must be a start: words of the `lex-start-*` entries (relative years and months,
seasons, month names), a four-digit year, a month number before "월", and the words read past
around them (`lex-since`, `lex-context`, `lex-filler`, `lex-approx`, polite endings) and words
taking back what was said before it ("아니다 작년 봄에 데려왔어요", "no wait, …": `lex-retract`). Anything
else, or no start word at all ("2 years"), is no start: the quantity reader reads it.
"""

from __future__ import annotations

from functools import cached_property

from dogcoach.services.understanding.model import Since
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Table, Units, Vocabulary, cover

SEASONS: tuple[str, ...] = ("spring", "summer", "fall", "winter")
YEARS_AGO: tuple[int, ...] = (0, 1, 2)
MONTHS_AGO: tuple[int, ...] = (0, 1)
# Four-digit years read as a start; other numbers are no start ("2" is a span: "2 years").
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100


class StartReader:
    """Reads a start (`Since`) with the words of the locale files."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    @cached_property
    def _table(self) -> Table:
        v = self.vocabulary
        table = Table()
        for n in YEARS_AGO:
            table.add(f"years_ago:{n}", v[f"lex-start-years-ago-{n}"])
        table.add("this", v["lex-start-this"])
        table.add("last", v["lex-start-last"])
        for n in MONTHS_AGO:
            table.add(f"months_ago:{n}", v[f"lex-start-months-ago-{n}"])
        for season in SEASONS:
            table.add(f"season:{season}", v[f"lex-start-season-{season}"])
        for n in range(1, 13):
            table.add(f"month:{n}", v[f"lex-start-month-{n}"])
        table.add("month-unit", v["lex-start-month-unit"])
        table.add("year-unit", v["lex-start-year-unit"])
        skips = (
            "lex-since",
            "lex-context",
            "lex-filler",
            "lex-approx",
            "lex-retract",
            "understanding-polite-ending",
        )
        for skip in skips:
            table.add("skip", v[skip])
        return table

    def read(self, message: Folded) -> Since | None:
        pieces = cover(message.units, self._table, single=_digits)
        if not pieces:
            return None
        found: dict[str, int | str] = {}
        for i, (tag, units) in enumerate(pieces):
            after = pieces[i + 1][0] if i + 1 < len(pieces) else ""
            if tag == "year":
                found["year"] = int(units[0])
            elif tag == "number":
                if after != "month-unit" or not 1 <= int(units[0]) <= 12:
                    return None  # "2" alone, "2년": a span, not a start
                found["month"] = int(units[0])
            elif tag == "this":  # "this spring": this year's, only before a season or a month
                if not after.startswith(("season:", "month:")) or "years_ago" in found:
                    return None
                found["years_ago"] = 0
            elif tag == "last":  # "since last christmas": the latest such month before this one
                if not after.startswith("month:") or found:
                    return None
                found["last"] = 1
            elif tag in ("month-unit", "year-unit"):
                if i == 0 or pieces[i - 1][0] not in ("number", "year"):
                    return None  # "년" of "2년": a span
            elif tag != "skip":
                name, value = tag.split(":", 1)
                if name in found:
                    return None  # two starts ("작년 올해"): none guessed
                found[name] = value if name == "season" else int(value)
        if not found or ("year" in found and "years_ago" in found):
            return None
        season = found.get("season")
        return Since(
            year=_int(found.get("year")),
            years_ago=_int(found.get("years_ago")),
            months_ago=_int(found.get("months_ago")),
            month=_int(found.get("month")),
            season=str(season) if season is not None else None,
            last="last" in found,
        )


class BirthYearReader:
    """A birth year said at the age, or wherever an age is read ("2018년생", "20년생이에요", "born in
    2019"; owner trial 14: read as 2,018 years): the year (`Since.year`), the flow counts the age
    from the clock. The whole message must be the year and the words of being born (`lex-born`),
    with the words read past around them; a two-digit year needs its "년" ("20년생"). A month
    beside the year ("생일이 2021년 5월이에요", "born in May 2021"; owner trial 21: lost) is
    `Since.month`; a month without a year is no birth read. A year said by how long ago ("작년에
    태어났어요", "재작년생", "born last year") is `Since.years_ago`. A season with the year it was in
    or with "last" ("born last summer", "작년 여름에 태어났어요"; stop 47: asked again, "born"
    left over) or "this" ("born this spring", "올여름에 태어났어요": this year's; owner trial 33) is
    `Since.season`; a season alone ("born in the summer") is no birth read."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    @cached_property
    def _table(self) -> Table:
        v = self.vocabulary
        table = Table().add("born", v["lex-born"]).add("year-unit", v["lex-start-year-unit"])
        for n in YEARS_AGO:  # before the skips: "올해" is a start here, not a word read past
            table.add(f"years_ago:{n}", v[f"lex-start-years-ago-{n}"])
        table.add("last", v["lex-start-last"])
        table.add("this", v["lex-start-this"])
        for n in range(1, 13):
            table.add(f"month:{n}", v[f"lex-start-month-{n}"])
        for season in SEASONS:
            table.add(f"season:{season}", v[f"lex-start-season-{season}"])
        table.add("month-unit", v["lex-start-month-unit"])
        for skip in ("lex-approx", "lex-filler", "lex-context", "understanding-polite-ending"):
            table.add("skip", v[skip])
        return table

    def read(self, message: Folded) -> Since | None:
        pieces = cover(message.units, self._table, single=_digits)
        if not pieces or not any(tag == "born" for tag, _ in pieces):
            return None
        year_units = {p[0] for p in self.vocabulary["lex-start-year-unit"].phrases if p}
        years: list[int] = []
        months: list[int] = []
        years_ago: list[int] = []
        last = False
        seasons: list[str] = []
        for i, (tag, units) in enumerate(pieces):
            after_tag = pieces[i + 1][0] if i + 1 < len(pieces) else ""
            after = pieces[i + 1][1][0] if i + 1 < len(pieces) else ""
            if tag == "year":
                years.append(int(units[0]))
            elif tag == "number" and after_tag == "month-unit" and 1 <= int(units[0]) <= 12:
                months.append(int(units[0]))  # "5월"
            elif tag == "number":
                if after not in year_units or len(units[0]) != 2:  # its "년", alone or in "년생"
                    return None  # "3 born": no year
                short = int(units[0])  # "20년생": this century's, "98년생" the last one's
                years.append((1900 if short >= EARLIEST_YEAR % 100 else 2000) + short)
            elif tag.startswith("month:"):
                months.append(int(tag.partition(":")[2]))
            elif tag.startswith("years_ago:"):
                years_ago.append(int(tag.partition(":")[2]))
            elif tag.startswith("season:"):  # "last summer" is one phrase: its "last" is in it
                seasons.append(tag.partition(":")[2])
                last = last or self._says(units, "lex-start-last")
                if self._says(units, "lex-start-this"):
                    years_ago.append(0)  # "올여름", one phrase: this year's (owner trial 33)
            elif tag == "this":  # "born this spring" (owner trial 33): only before a season
                if not after_tag.startswith("season:"):
                    return None
                years_ago.append(0)
            elif tag == "last":  # "born last christmas" (stop 47): only before a month or season
                if not after_tag.startswith(("month:", "season:")) or last:
                    return None
                last = True
            elif tag == "month-unit" and (i == 0 or pieces[i - 1][0] != "number"):
                return None  # "월" alone: no month
        if seasons:  # "born last summer", "작년 여름에 태어났어요", "born in summer 2024" (stop 47)
            if len(seasons) > 1 or months or int(last) + len(years) + len(years_ago) != 1:
                return None
            year = years[0] if years else None
            ago = years_ago[0] if years_ago else None
            return Since(year=year, years_ago=ago, season=seasons[0], last=last)
        if last and len(months) == 1 and not years and not years_ago:
            return Since(month=months[0], last=True)  # the flow finds its year from the clock
        if last or len(years) + len(years_ago) != 1 or len(months) > 1:
            return None
        month = months[0] if months else None
        if years_ago:  # "작년에 태어났어요", "born last year" (stop 45: asked again): counted from the clock
            return Since(years_ago=years_ago[0], month=month)
        return Since(year=years[0], month=month)

    def _says(self, units: Units, entry: str) -> bool:
        """`units` hold a word of `entry` ("last summer", "지난여름": `lex-start-last`; "올여름":
        `lex-start-this`)."""
        return any(
            units[i : i + len(p)] == p
            for p in self.vocabulary[entry].phrases
            for i in range(len(units) - len(p) + 1)
        )


def _int(value: int | str | None) -> int | None:
    return int(value) if value is not None else None


def _digits(unit: str) -> str | None:
    if not unit.isdigit():
        return None
    if len(unit) == 4 and EARLIEST_YEAR <= int(unit) <= LATEST_YEAR:
        return "year"
    return "number" if len(unit) <= 2 else None
