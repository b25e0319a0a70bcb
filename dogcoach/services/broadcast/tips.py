"""The tips catalogue: `locales/{ko,en}/tips.ftl`, one `tip-<key>` message per tip with a `.title`.

The order of the English file is the catalogue order: the admin pages through it in that order and
the daily tip walks through it one tip a day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dogcoach.services.i18n import LOCALES_DIR, Messages

TIP_PREFIX = "tip-"
_TIP_LINE = re.compile(r"^tip-([a-z0-9][a-z0-9-]*)\s*=", re.MULTILINE)


@lru_cache(maxsize=1)
def _file_order() -> tuple[str, ...]:
    path = LOCALES_DIR / "en" / "tips.ftl"
    return tuple(_TIP_LINE.findall(path.read_text(encoding="utf-8")))


def tip_keys(messages: Messages) -> list[str]:
    """Every tip present in both languages, in catalogue order."""
    known = {
        i.removeprefix(TIP_PREFIX)
        for i in messages.ids("en") & messages.ids("ko")
        if i.startswith(TIP_PREFIX)
    }
    ordered = [k for k in _file_order() if k in known]
    return ordered + sorted(known - set(ordered))


def has_tip(messages: Messages, key: str) -> bool:
    return key in tip_keys(messages)


def tip_text(messages: Messages, locale: str, key: str) -> str:
    return messages.format(locale, TIP_PREFIX + key)


def tip_title(messages: Messages, locale: str, key: str) -> str:
    return messages.attribute(locale, TIP_PREFIX + key, "title") or key


def tip_for_day(messages: Messages, day: dt.date) -> str:
    """The daily tip: the catalogue in order, one a day, starting over when it runs out."""
    keys = tip_keys(messages)
    return keys[day.toordinal() % len(keys)]
