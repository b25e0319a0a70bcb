"""Folding and splitting a canonical message into runs of one script each.

Korean owners space freely (a whole sentence without a space), so Hangul is compared without spaces;
English is compared word by word. A message is split into runs: Hangul syllables, Hangul letters
typed alone (jamo: laughter "kk", crying "uu", "ok" as two consonants), Latin words, numbers, emoji
and punctuation.

Folding is NFC + case folding + full-width ASCII to ASCII, not NFKC: NFKC turns the jamo a phone
keyboard sends (compatibility jamo) into conjoining jamo that then merge with their neighbours into
syllables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20


def fold(text: str) -> str:
    """Case, width and composition folded; spaces and punctuation kept; laughter glued onto an
    ending taken off it ("3살이욬ㅋㅋ" reads "3살이요ㅋㅋ", same length); the past of 되다 as
    phones misspell it read as spelt ("됫", "됬": "됐", same length), the ending 겠 typed 겟
    ("모르겟어요", "하겟습니다": 겠), any past typed with ㅅ for ㅆ ("넘엇어요": 넘었어요), and a
    final consonant typed apart from its syllable ("업ㅅ어요": 없어요, one letter shorter)."""
    folded = _unglue_laughter(unicodedata.normalize("NFC", text).translate(_FULL_WIDTH).casefold())
    folded = _rejoin_final(folded)
    folded = _DROPPED_SSANG.sub(lambda m: chr(ord(m.group()) + 1), folded)
    folded = _SOUNDED_PAST.sub(_spelt_past, folded)
    return _MISSPELT_WILL.sub(_GESS, _MISSPELT_PAST.sub(_DWAESS, folded))


# The past of 되다 (되어 + ㅆ: "됐") misspelt with the vowel of 되 and a final ㅅ or ㅆ ("몇주됫어요",
# "2주 됬어요"; owner trial 16: read as a question to the coach). Syllables are (initial × 21 +
# medial) × 28 + final from U+AC00 (Unicode §3.12): initial ㄷ 3, medials ㅚ 11 and ㅙ 10, finals
# ㅅ 19 and ㅆ 20. Neither misspelling is a syllable of a common word.
_DWAESS = chr(0xAC00 + (3 * 21 + 10) * 28 + 20)
_MISSPELT_PAST = re.compile(
    f"[{chr(0xAC00 + (3 * 21 + 11) * 28 + 19)}{chr(0xAC00 + (3 * 21 + 11) * 28 + 20)}]"
)


# A past tense typed with a final ㅅ for its ㅆ, as older owners' phones often send it ("두살 됏어요",
# "열살 넘엇어요", "나아졋어요", "키웟습니다"; owner trial 28: each asked again): read as spelt. Only
# the past's own syllables (었 았 였 졌 했 왔 갔 봤 줬 셨 렸 켰 쳤 냈 랐 됐 웠 있 with ㅅ), and only
# before an ending's first syllable, so "앗 잠깐", "갓 태어난", "냇가", "햇살", "잇몸" stay. Final ㅅ is
# 19 and ㅆ 20 (Unicode §3.12): the fix is the next code point, same length. 잇다 (to join: "잇는")
# is rare in what owners tell and is read as 있다.
def _syllable(initial: int, medial: int, final: int = 0) -> str:
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final)


# (initial, medial) of each past syllable, and (initial, medial, final) of each ending's first
_PAST = ((11, 4), (11, 0), (11, 6), (12, 6), (18, 1), (11, 9), (0, 0), (7, 9), (12, 14), (9, 6), (5, 6),
         (15, 6), (14, 6), (2, 1), (5, 0), (3, 10), (11, 14), (11, 20))  # fmt: skip
_ENDING_STARTS = ((11, 4, 0), (11, 12, 0), (9, 18, 17), (3, 0, 0), (0, 8, 0), (2, 5, 0), (2, 18, 4),
                  (12, 20, 0), (11, 18, 16), (3, 4, 4), (3, 4, 0), (11, 18, 0), (2, 0, 0), (2, 20, 0))  # fmt: skip
# A past tense typed as it sounds, as children and fast typists spell it ("무러써요" for 물었어요, "머거써"
# for 먹었어, "씹어써요" for 씹었어요, "해써요" for 했어요; stop 64, held-out 20: "두부가 내 손을 무러써요
# 아파요" was noise): the ending's ㅆ moved onto 어 (써) and the stem's final onto the ending's silent ㅇ
# (러), read back as spelt, same length. Only before the end of a word or 요/여/용 ("이거 써봐요" stays).
# 1. A syllable with no final, then (a consonant, ㅏ or ㅓ) and 써: the consonant the first one's final.
# 2. A syllable of ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅝ with no final (해, 봐, 어 after a stem with a final), then 써.
# Initials and finals are numbered apart (Unicode §3.12): each movable initial's final.
_INITIAL_AS_FINAL = {0: 1, 2: 4, 3: 7, 5: 8, 6: 16, 7: 17, 9: 19, 12: 22, 14: 23, 16: 25, 17: 26}
_SSEO = _syllable(10, 4)  # 써
_ENDING_AFTER = _syllable(11, 12) + _syllable(11, 6) + _syllable(11, 12, 21)  # 요 여 용
_SOUNDED_PAST = re.compile(
    f"([\uac00-\ud7a3]?)([\uac00-\ud7a3]){_SSEO}(?=$|[^\uac00-\ud7a3]|[{_ENDING_AFTER}])"
)
_PAST_VOWELS = frozenset((0, 1, 4, 6, 9, 10, 14))
_DA = _syllable(3, 0)  # 다 ("다써요", all used up: no past)


def _spelt_past(m: re.Match[str]) -> str:
    """`_SOUNDED_PAST`'s match spelt (무러써: 물었어, 해써: 했어), or as typed where no rule fits."""
    before, sounded = m.group(1), ord(m.group(2)) - 0xAC00
    initial, medial, final = sounded // 28 // 21, sounded // 28 % 21, sounded % 28
    eo = _syllable(11, 4)
    if final or medial not in _PAST_VOWELS or (not before and m.group(2) == _DA):
        return m.group()  # "다써요": all used up
    if before and (ord(before) - 0xAC00) % 28 == 0 and initial in _INITIAL_AS_FINAL and medial in (0, 4):
        stem = chr(ord(before) + _INITIAL_AS_FINAL[initial])
        return stem + _syllable(11, medial, 20) + eo  # 무러써: 물었어
    return before + chr(0xAC00 + sounded + 20) + eo  # 해써: 했어; 씹어써: 씹었어


# ...except the 앗 of 빼앗다 (to take away: "장난감 빼앗으면 으르렁대요"), a word of its own
_TAKE_AWAY = _syllable(8, 1)  # 빼
_DROPPED_SSANG = re.compile(
    f"(?<!{_TAKE_AWAY})"
    "[" + "".join(_syllable(i, m, 19) for i, m in _PAST) + "]"
    "(?=[" + "".join(_syllable(*e) for e in _ENDING_STARTS) + "])"
)

# The ending 겠 (ㄱ 0, ㅔ 5, final ㅆ 20) typed with a final ㅅ (19) as phones misspell it ("모르겟어요",
# "잘 모르겟다"; owner trial 23: stop 40 read it in one vocabulary only): read as spelt, same
# length. Vocabulary phrases are folded alike, so a loanword spelt with it ("타겟") still matches
# itself.
_GESS = chr(0xAC00 + (0 * 21 + 5) * 28 + 20)
_MISSPELT_WILL = re.compile(f"{chr(0xAC00 + (0 * 21 + 5) * 28 + 19)}")


# A final consonant a phone keyboard split off its syllable ("업ㅅ어요" for 없어요, "이ㅆ어요" for
# 있어요; stop 47: not understood): a lone consonant typed between two syllables, the next starting
# with the silent ㅇ, is the first one's final, alone or joined with the final it has (ㅂ + ㅅ: ㅄ).
# Never ㅋ (laughter glued to a word: `_unglue_laughter`). The finals in their order (Unicode
# §3.12, index 1 to 27) are exactly these compatibility letters; the pairs make the double finals.
_FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_DOUBLE_FINALS = {(1, "ㅅ"): 3, (4, "ㅈ"): 5, (4, "ㅎ"): 6, (8, "ㄱ"): 9, (8, "ㅁ"): 10, (8, "ㅂ"): 11,
                  (8, "ㅅ"): 12, (8, "ㅌ"): 13, (8, "ㅍ"): 14, (8, "ㅎ"): 15, (17, "ㅅ"): 18}  # fmt: skip
_SPLIT_FINAL = re.compile(
    "([\uac00-\ud7a3])(["
    + _FINALS.replace("ㅋ", "")
    + "])(?=["
    + _syllable(11, 0)
    + "-"
    + _syllable(11, 20, 27)
    + "])"
)


# ...and where the syllable with that letter alone is no word but with a silent ㅎ after it is one
# ("마ㄴ아요" for 많아요, "괜차ㄴ아요" for 괜찮아요, "시ㄹ어요" for 싫어요; owner trial 33:
# "만아요", no word), the ㅎ the owner left out, as it is not heard: the double final (ㄶ 6, ㅀ 15),
# before an ending's vowel only (ㅏ ㅓ ㅡ ㅣ: 많아, 싫어, 많은, 많이)
_SILENT_H = {(_syllable(6, 0), "ㄴ"): 6, (_syllable(14, 0), "ㄴ"): 6, (_syllable(9, 20), "ㄹ"): 15}
_SILENT_H_VOWELS = frozenset((0, 4, 18, 20))


def _rejoin_final(text: str) -> str:
    """`text` with each final consonant typed apart joined back onto its syllable (`_SPLIT_FINAL`)."""
    if not any("\u3131" <= ch <= "\u314e" for ch in text):
        return text

    def joined(m: re.Match[str]) -> str:
        code = ord(m.group(1)) - 0xAC00
        final, letter = code % 28, m.group(2)
        new = _FINALS.index(letter) + 1 if final == 0 else _DOUBLE_FINALS.get((final, letter))
        after = m.string[m.end()] if m.end() < len(m.string) else ""
        silent = _SILENT_H.get((m.group(1), letter))
        if silent is not None and after and (ord(after) - 0xAC00) // 28 % 21 in _SILENT_H_VOWELS:
            new = silent
        return m.group() if new is None else chr(0xAC00 + code - final + new)

    return _SPLIT_FINAL.sub(joined, text)


# A syllable right before the jamo ㅋ (U+314B): laughter typed fast glues its first ㅋ onto the
# ending before it as a final consonant ("요ㅋㅋ" becomes "욬ㅋ").
_BEFORE_K = re.compile(r"[\uac00-\ud7a3](?=\u314b)")
_FINAL_K = 24  # ㅋ as a syllable's final consonant (index among the 28 finals)


def without_trailing_jamo(text: str) -> str:
    """`text` without the lone Hangul letters it ends with ("20분?ㅠㅠ", "세살ㅋㅋ": crying,
    laughter; no word) and the spaces around them, so that what ends the words ("?") shows."""
    return text.rstrip().rstrip("".join(map(chr, range(0x3131, 0x318F))) + " ").rstrip()


def _unglue_laughter(text: str) -> str:
    """A syllable ending in the first ㅋ of laughter ("이욬ㅋㅋ") without it: the ending is read
    as typed without laughter (fresh trial: "3살이욬ㅋㅋ" was not understood as 3 years)."""
    if "\u314b" not in text:
        return text

    def plain(m: re.Match[str]) -> str:
        code = ord(m.group()) - 0xAC00
        return chr(0xAC00 + code - _FINAL_K) if code % 28 == _FINAL_K else m.group()

    return _BEFORE_K.sub(plain, text)


class Script(StrEnum):
    HANGUL = "hangul"  # syllables
    JAMO = "jamo"  # letters typed alone: laughter, crying, "ok" as two consonants
    LATIN = "latin"
    DIGITS = "digits"
    EMOJI = "emoji"
    MARK = "mark"  # punctuation and other symbols


_RUN = re.compile(
    r"(?P<hangul>[\uac00-\ud7a3]+)"
    r"|(?P<jamo>[\u3131-\u318e]+)"
    r"|(?P<digits>\d+(?:\.\d+)?)"
    r"|(?P<latin>[a-z]+(?:['\u2019][a-z]+)*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.DOTALL,
)


_SCRIPTS = {s.value: s for s in Script}


@dataclass(frozen=True, slots=True)
class Run:
    script: Script
    text: str
    spaced: bool  # a space (or line break) comes before it


def runs(folded: str) -> list[Run]:
    """The runs of a folded text, in order."""
    out: list[Run] = []
    space = False
    for m in _RUN.finditer(folded):
        kind = m.lastgroup
        piece = m.group()
        if kind == "space":
            space = True
            continue
        if kind == "other":
            script = Script.EMOJI if _is_emoji(piece) else Script.MARK
            if out and out[-1].script is script and script is Script.EMOJI:
                out[-1] = Run(script, out[-1].text + piece, out[-1].spaced)
                space = False
                continue
        else:
            script = _SCRIPTS[kind or "mark"]
        out.append(Run(script, piece, space))
        space = False
    return out


def _is_emoji(ch: str) -> bool:
    if ch in "\u200d\ufe0f" or "\U0001f3fb" <= ch <= "\U0001f3ff":
        return True
    category = unicodedata.category(ch)
    return category == "So" or (category == "Sk" and ord(ch) > 0x2000)


def only_emoji_of(message: Folded, emoji: set[str] | frozenset[str] | tuple[str, ...]) -> bool:
    """`message` is emoji only, each of them one of `emoji` (a vocabulary's aliases: "🙏🙏" of
    the thanks), their skin tones, joiners and variation selectors aside."""
    wanted = {ch for e in emoji for ch in e if not _is_modifier(ch)}
    seen = [ch for ch in message.text if not ch.isspace() and not _is_modifier(ch)]
    return bool(seen) and bool(wanted) and all(ch in wanted for ch in seen)


def _is_modifier(ch: str) -> bool:
    return ch in "\u200d\ufe0f\u2640\u2642" or "\U0001f3fb" <= ch <= "\U0001f3ff"


FOLDED_KEPT = 2048  # recent texts whose views are kept: a few hundred KB


@lru_cache(maxsize=FOLDED_KEPT)
def _kept(text: str) -> Folded:
    return object.__new__(Folded)


@dataclass(frozen=True)
class Folded:
    """One message, folded, with the views the matchers need.

    The same text gives the same instance while it is among the last FOLDED_KEPT made: a message's
    classifying folds it, and pieces of it, about twenty times over (stop 27's profile: `runs`
    computed 62,724 times for 3,118 messages), and the views are immutable once computed."""

    text: str  # canonical text as typed

    def __new__(cls, text: str) -> Folded:
        return _kept(text)

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def runs(self) -> list[Run]:
        return runs(self.folded)

    @cached_property
    def units(self) -> tuple[str, ...]:
        """Comparison units: each Hangul letter, each Latin word and number (emoji and marks out)."""
        out: list[str] = []
        for r in self.runs:
            if r.script in (Script.HANGUL, Script.JAMO):
                out.extend(r.text)
            elif r.script in (Script.LATIN, Script.DIGITS):
                out.append(r.text)
        return tuple(out)

    @cached_property
    def compact(self) -> str:
        """Letters and digits only, no spaces: where Hangul phrases are searched."""
        return "".join(r.text for r in self.runs if r.script not in (Script.EMOJI, Script.MARK))

    @cached_property
    def spaced(self) -> str:
        """Words separated by one space, scripts apart ("3kg" and a Korean hedge glued → three words), padded with spaces:
        where Latin words are searched whole."""
        words = [r.text for r in self.runs if r.script not in (Script.EMOJI, Script.MARK)]
        return " " + " ".join(words) + " "

    @cached_property
    def letters(self) -> int:
        """Hangul syllables and Latin letters (what can describe something)."""
        return sum(len(r.text) for r in self.runs if r.script in (Script.HANGUL, Script.LATIN))

    @cached_property
    def words(self) -> int:
        """Space-separated words with at least one letter or digit."""
        count = 0
        for r in self.runs:
            if r.script in (Script.HANGUL, Script.LATIN, Script.DIGITS, Script.JAMO) and (
                r.spaced or count == 0
            ):
                count += 1
        return count

    def has(self, *scripts: Script) -> bool:
        return any(r.script in scripts for r in self.runs)

    def only(self, *scripts: Script) -> bool:
        return bool(self.runs) and all(r.script in scripts for r in self.runs)


# A word that ends a clause: a mark after it, or a sentence's ending (요, 다, 임, 중, laughter,
# crying: "9시간이요ㅠㅠ 직장때문에 어쩔수없어요", stop 61);
# "마다" ("격일마다 5시간": every other day) is a particle, no ending (stop 54's full run).
CLAUSE_END = re.compile(r"(?:[,.;!?~…]|(?<!\ub9c8)\ub2e4|[\uc694\uc784\uc911\u314b\u314e\u3160\u315c])$")


def clauses_of(text: str) -> list[str]:
    """`text` cut after each word that ends a clause (`CLAUSE_END`), empty pieces left out."""
    out: list[list[str]] = [[]]
    for word in text.split():
        out[-1].append(word)
        if CLAUSE_END.search(word):
            out.append([])
    return [" ".join(c) for c in out if c]
