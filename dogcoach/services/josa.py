"""Korean particle choice after a name (Choco-ga but Byeol-i), exposed to Fluent as `JOSA`.

Korean particles depend on whether the preceding syllable ends in a final consonant (batchim).
Translators write `{ JOSA($name, <form after a consonant>, <form after a vowel>) }` in ko
messages. Forms starting with 으 (으로/로) treat a final ㄹ like a vowel, as Korean does (별로).
Latin-letter names are judged by how they are read aloud in Korean (Max reads maek-seu, Bob reads bap).
"""

from __future__ import annotations

import unicodedata
from typing import Any

_HANGUL_FIRST = 0xAC00
_HANGUL_LAST = 0xD7A3
_RIEUL_FINAL = 8  # index of ㄹ among the 28 final-consonant slots
_EU = "\uc73c"  # the vowel "eu" that (eu)ro-type particles drop after a vowel or a final rieul

# How each digit is read (Sino-Korean): final consonant, and whether it is ㄹ.
_DIGIT_FINAL: dict[str, str | None] = {
    "0": "ng",
    "1": "l",
    "2": None,
    "3": "m",
    "4": None,
    "5": None,
    "6": "k",
    "7": "l",
    "8": "l",
    "9": None,
}
_SHORT_VOWELS = set("aeiou")


def final_consonant(word: str) -> str | None:
    """The final consonant a Korean reader hears at the end of `word`: None for a vowel,
    "l" for a final rieul, another tag otherwise. Unknown trailing characters (emoji, punctuation) are
    skipped. Decomposed Hangul (NFD, as macOS and iOS paste it) is read as the syllables it spells."""
    stripped = unicodedata.normalize("NFC", word).rstrip(" .,!?~)]}\"'")
    for ch in reversed(stripped):
        code = ord(ch)
        if _HANGUL_FIRST <= code <= _HANGUL_LAST:
            final = (code - _HANGUL_FIRST) % 28
            if final == 0:
                return None
            return "l" if final == _RIEUL_FINAL else "c"
        if ch in _DIGIT_FINAL:
            return _DIGIT_FINAL[ch]
        if ch.isascii() and ch.isalpha():
            return _latin_final(stripped.lower())
    return None


def _latin_final(word: str) -> str | None:
    letters = "".join(c for c in word if c.isascii() and c.isalpha())
    if not letters:
        return None
    last = letters[-1]
    prev = letters[-2] if len(letters) > 1 else ""
    before = letters[-3] if len(letters) > 2 else ""
    if last == "l":
        return "l"  # Bell reads "bel": final rieul
    if last in "mn":
        return "c"  # Sam, Ben: final nasal
    if last == "g" and prev == "n":
        return "c"  # Ming: final ng
    if last == "k" and prev == "c":
        return "c"  # Jack: final k
    if last in "bckpt" and prev in _SHORT_VOWELS and before not in _SHORT_VOWELS:
        return "c"  # Bob, Mac, Spot close on a consonant; Scout ends in a "-teu" syllable
    return None  # Max (maek-seu), Coco, Ted (te-deu), Star (seu-ta) end in a vowel


def josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """`word` (composed, NFC) followed by the particle form its last sound calls for."""
    word = unicodedata.normalize("NFC", word)
    final = final_consonant(word)
    if final is None:
        return word + after_vowel
    if final == "l" and after_consonant.startswith(_EU):
        return word + after_vowel
    return word + after_consonant


def fluent_josa(word: Any, after_consonant: Any, after_vowel: Any) -> str:
    """Fluent function adapter: Fluent passes resolved argument values."""
    return josa(str(word), str(after_consonant), str(after_vowel))
