"""The channels a user can write from; the values are what the store keeps in `users.channel`."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    TELEGRAM = "telegram"
    KAKAO = "kakao"
    CONSOLE = "console"
