"""How a dog's name sounds, so that a name typed in the other script is known ("Mongi" for 몽이,
"맥스" for Max, "Choco" for 초코; stop 34: offered as a new dog). Hangul is romanized by the
Revised Romanization table of `romanization.json` (each syllable's initial, vowel and final);
each spelling is folded to its consonant skeleton, with the Latin letters that stand for one
Korean sound merged ("x" is "ks", "r" is "l", "c" is "k", voiced and voiceless alike), and its
first and last vowels as sound groups. Two spellings sound alike when their skeletons are equal
and their first and last vowels share a group. Only across scripts: "Mango" is no "Mongi".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent / "romanization.json"
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_VOWELS = "aeiouyw"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return loaded


def hangul(word: str) -> bool:
    """`word` is Hangul syllables only."""
    return bool(word) and all(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for ch in word)


def latin(word: str) -> bool:
    """`word` is Latin letters only."""
    return bool(word) and word.isascii() and word.isalpha()


def romanized(word: str) -> str:
    """Hangul syllables by the Revised Romanization ("몽이" → "mongi", "맥스" → "maekseu")."""
    table = _table()
    out: list[str] = []
    for ch in word:
        index = ord(ch) - _HANGUL_FIRST
        out.append(table["initials"][index // 588] + table["medials"][(index // 28) % 21])
        out.append(table["finals"][index % 28])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Sound:
    skeleton: str
    first: str
    last: str
    open_end: bool  # ends in a vowel sounded ("렉시", "Rexy"), not a consonant ("렉스", "Rex")

    def like(self, other: Sound) -> bool:
        return (
            bool(self.skeleton)
            and self.skeleton == other.skeleton
            and self.open_end == other.open_end
            and bool(set(self.first) & set(other.first))
            and bool(set(self.last) & set(other.last))
        )


@lru_cache(maxsize=4096)
def sound(word: str) -> Sound | None:
    """How `word` (one word, Hangul or Latin) sounds; None for any other word."""
    table = _table()
    if hangul(word):
        spelled, groups = romanized(word), table["hangul_vowels"]
        vowels = [table["medials"][((ord(ch) - _HANGUL_FIRST) // 28) % 21] for ch in word]
        # a vowel only written to carry a consonant ("맥스": maek-seu) is no vowel of the name
        carried = (ord(word[-1]) - _HANGUL_FIRST) % 28 == 0 and vowels[-1] in table["epenthetic"]
        heard = vowels[:-1] if carried and len(vowels) > 1 else vowels
        first, last = groups.get(heard[0], ""), groups.get(heard[-1], "")
        open_end = (ord(word[-1]) - _HANGUL_FIRST) % 28 == 0 and not carried
    elif latin(word):
        spelled = word.lower()
        vowels = re.findall(f"[{_VOWELS}]+", spelled)
        first = _latin_vowel(vowels[0]) if vowels else ""
        # a group over two syllables sounds as its whole or its last letter ("Leo": 레오's o)
        last = _latin_vowel(vowels[-1]) + _latin_vowel(vowels[-1][-1]) if vowels else ""
        open_end = spelled[-1] in _VOWELS
    else:
        return None
    merged = spelled
    for letters, one in table["merged"]:
        merged = merged.replace(letters, one)
    merged = re.sub(r"(.)\1+", r"\1", merged)
    skeleton = re.sub(f"[{_VOWELS}h]", "", merged) if not hangul(word) else re.sub(f"[{_VOWELS}]", "", merged)
    skeleton = skeleton.replace("h", "")  # an h breathes a consonant: no sound of its own here
    return Sound(skeleton, first, last, open_end)


def _latin_vowel(group: str) -> str:
    groups: dict[str, str] = _table()["latin_vowels"]
    for length in (2, 1):
        if group[:length] in groups:
            return groups[group[:length]]
    return ""


# The shortest spellings compared: one syllable or two letters sound like too many words ("보는"
# is 보 with a particle, no "Bo"; "밥" is a meal, no "Bob").
MIN_SYLLABLES = 2
MIN_LETTERS = 3


def sound_alike(typed: str, name: str) -> bool:
    """`typed` is `name` spelled in the other script (one Hangul, the other Latin)."""
    if hangul(typed) and latin(name):
        korean, roman = typed, name
    elif latin(typed) and hangul(name):
        korean, roman = name, typed
    else:
        return False
    if len(korean) < MIN_SYLLABLES or len(roman) < MIN_LETTERS:
        return False
    heard, known = sound(typed), sound(name)
    return heard is not None and known is not None and heard.like(known)
