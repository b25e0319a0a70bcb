"""Text for Telegram: HTML escaping and splitting at Telegram's length limits.

Replies are sent with `parse_mode=HTML`, so the adapter can add its own light markup (the answer
mark on an answered question) while everything that comes from the engine, including what users
typed (a dog named `<Max & "Co">`), is escaped. Limits count the text *after* entity parsing, in
UTF-16 code units, so splitting happens on the plain text, before escaping.
"""

from __future__ import annotations

import html

PARSE_MODE = "HTML"
MAX_TEXT = 4096  # sendMessage / editMessageText
MAX_CAPTION = 1024  # sendPhoto / sendDocument


def escape(text: str) -> str:
    """Plain text → Telegram HTML that shows exactly that text."""
    return html.escape(text, quote=False)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji outside the BMP counts 2)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut `text` into pieces of at most `limit` units, at line boundaries where possible.

    A single line longer than the limit is cut at the last space that fits, else hard. Pieces keep
    their inner newlines; the newline at a cut is dropped (Telegram trims it anyway).
    """
    if utf16_len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for part in _cut_line(line, limit):
            extra = utf16_len(part) + (1 if current else 0)
            if current and size + extra > limit:
                pieces.append("\n".join(current))
                current, size = [], 0
                extra = utf16_len(part)
            current.append(part)
            size += extra
    if current:
        pieces.append("\n".join(current))
    return [p for p in pieces if p.strip()] or [text[:limit]]


def _cut_line(line: str, limit: int) -> list[str]:
    parts: list[str] = []
    while utf16_len(line) > limit:
        head = _prefix_fitting(line, limit)
        space = head.rfind(" ")
        if space > len(head) // 2:
            head = head[:space]
        parts.append(head)
        line = line[len(head) :].lstrip(" ")
    parts.append(line)
    return parts


def _prefix_fitting(line: str, limit: int) -> str:
    """The longest prefix of `line` within `limit` UTF-16 units (never splitting a character)."""
    used = 0
    for i, ch in enumerate(line):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return line[:i]
    return line
