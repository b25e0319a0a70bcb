"""The channels a user can write from; the values are what the store keeps in `users.channel`."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    TELEGRAM = "telegram"
    KAKAO = "kakao"
    CONSOLE = "console"


# The channels whose choices the owner sees with numbers beside them: the terminal prints "1) …"
# (its keys become taps). Telegram's inline keyboard and Kakao's quick replies show labels only,
# so a number typed there is an answer of its own ("maybe 2": the age), never the second option
# (acceptance trial: "4" at the sex question became "Female, spayed" on Kakao).
NUMBERS_SHOWN: frozenset[Channel] = frozenset({Channel.CONSOLE})
