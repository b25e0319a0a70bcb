"""Numbers carried in ids a client sends back (a button's choice id, a URL): read them safely.

A choice id such as `profile:pick:12` comes back from the platform as the user's tap, and a
forged one can carry anything after the prefix: letters, a Unicode digit `int()` refuses, or a
number no database row can have (SQLite and Postgres both stop at 2^63 - 1, and the driver raises
before the query runs). `number_after` turns all of those into None, which every flow answers as a
stale button.
"""

from __future__ import annotations

# The largest id a row can have: SQLite's INTEGER and Postgres's bigint are signed 64-bit.
MAX_ROW_ID = 2**63 - 1


def number_after(value: str | None, prefix: str, *, maximum: int = MAX_ROW_ID) -> int | None:
    """The decimal number that follows `prefix` in `value` (0..`maximum`), else None."""
    if not value or not value.startswith(prefix):
        return None
    rest = value[len(prefix) :]
    # isascii: "²" and other Unicode digits pass isdigit() but not int(); 19 digits hold 2^63.
    if not (rest.isascii() and rest.isdigit()) or len(rest) > 19:
        return None
    number = int(rest)
    return number if number <= maximum else None
