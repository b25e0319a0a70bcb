"""Canonical text: the one form of a typed message that everything downstream sees.

Made once, where a message enters (the engine, before the transcript is written), so that
counting, comparing, script detection, Korean particle choice and storage agree. Phones send text
that looks the same but is not: macOS and iOS paste Hangul decomposed (NFD: a syllable as two or
three conjoining jamo), keyboards and copy-paste leave zero-width spaces, direction marks, byte-order
marks and Hangul filler characters, and Windows sends CR LF.

Decisions (Unicode categories from UAX #44):
- NFC, not NFKC: NFKC would also rewrite full-width letters, circled numbers and the like that the
  owner chose; comparison code folds those itself (`i18n.normalize`).
- Newlines are kept (a report may come in paragraphs; the follow-up flow joins texts with one);
  CR LF and CR become LF, line and paragraph separators become LF, three or more line breaks become
  two, and spaces at the ends of lines go.
- Every other control character (category Cc) goes; a tab becomes a space.
- Format characters (category Cf: zero-width space, word joiner, direction marks, BOM, soft hyphen)
  go, except a zero-width joiner inside an emoji sequence (family, service dog), which would
  otherwise fall apart into several pictures.
- Invisible fillers (the Hangul fillers U+3164, U+FFA0, U+115F, U+1160 and the blank Braille
  pattern U+2800, used to send "empty" messages) go.
- Every space separator (category Zs: no-break, ideographic, thin …) becomes one ASCII space, and
  runs of spaces become one.
"""

from __future__ import annotations

import re
import unicodedata

_ZWJ = "\u200d"
_INVISIBLE = frozenset("\u3164\uffa0\u115f\u1160\u2800")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[^\S\n]+")
_TRAILING = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def canonical(text: str | None) -> str:
    """The canonical form of a typed message ("" for None). Idempotent: canonical(canonical(x))
    equals canonical(x)."""
    if not text:
        return ""
    return text if _already(text) else _full_pass(text)


def _full_pass(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    kept: list[str] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            if ch == "\n":
                kept.append(ch)
            elif ch == "\t":
                kept.append(" ")
            continue
        if category == "Cf":
            if ch == _ZWJ and _joins_emoji(text, i):
                kept.append(ch)
            continue
        kept.append(" " if category == "Zs" else ch)
    text = unicodedata.normalize("NFC", "".join(kept))
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _already(text: str) -> bool:
    """`text` is canonical as it stands (most messages are; called several times a turn, the full
    pass took 10 µs of a turn's). `isprintable` is False for every character the full pass
    changes or drops but the fillers and ASCII space: controls and line breaks (Cc, Zl, Zp), format
    characters (Cf) and every space separator but ASCII space (Zs); what is left to check is
    the fillers, NFC, and single spaces inside the text only."""
    return (
        text.isprintable()
        and _INVISIBLE.isdisjoint(text)
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        and unicodedata.is_normalized("NFC", text)
    )


def _joins_emoji(text: str, i: int) -> bool:
    """A zero-width joiner between two pictographs (skin tones and variation selectors allowed)."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return _pictographic(before) and _pictographic(after)


def _pictographic(ch: str) -> bool:
    if not ch:
        return False
    if ch == "\ufe0f" or "\U0001f3fb" <= ch <= "\U0001f3ff":  # emoji presentation, skin tones
        return True
    return unicodedata.category(ch) == "So"
