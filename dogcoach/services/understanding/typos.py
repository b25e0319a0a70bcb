"""Typos in an English survey value ("femal spayed", "boy neutred", "smal", "frend gave her to us",
"golden retriver"; English owner trial, corpus batch 77): one letter left out, or two next to
each other swapped, in a word that no vocabulary of the bot holds.

A typed word is corrected only towards a word of what the open question reads (its options'
words, the breeds) of at least `MIN_TARGET` letters, and only when exactly one such word fits
(or several spellings of one entry: "female" and its alias "femail"):
"smell" is no "small" (one letter changed is another word more often than a typo), "bred" is
a word of the vocabularies and stays. Slang and other spellings ("smol", "gurl") are aliases in
the locale files, not typos.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Phrases

# A word this long at least is looked for in what was typed ("femal" of "female").
MIN_TARGET = 5
# A typed word this long at least may be a typo ("smal"); shorter, it is too often a word.
MIN_TYPED = 4
_WORD = re.compile(r"[a-z]+")
# The locale entries of common misspellings: the value the word, the aliases its misspellings.
MISSPELT = "understanding-misspelt-"


# A word this long at least may have one letter struck as its neighbour on the keyboard
# ("mediun"; owner trial 14); shorter, another word is too near ("smell" is no "small").
MIN_STRUCK = 6
# The letter keys by rows of a QWERTY keyboard: a key's neighbours are beside it in its row.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(a: str, b: str) -> bool:
    return any(a in row and b in row and abs(row.index(a) - row.index(b)) == 1 for row in _ROWS)


def one_typo(typed: str, word: str, *, struck: bool = True) -> bool:
    """`typed` is `word` with one letter left out, or with two neighbouring letters swapped, or (a
    long word, `struck`) one letter struck as its neighbour key."""
    if len(typed) + 1 == len(word):
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    if len(typed) == len(word) and typed != word:
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        if len(diff) == 1 and len(word) >= MIN_STRUCK and struck:
            return _neighbours(typed[diff[0]], word[diff[0]])
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and (typed[diff[1]] == word[diff[0]])
        )
    return False


class Spelling:
    """Corrects the typos of a message towards the words of given vocabulary entries."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages

    @cached_property
    def _known(self) -> frozenset[str]:
        """Every Latin word of every label and alias of the locale files: never a typo."""
        words: set[str] = set()
        for locale in LOCALES:
            for msg_id in self.messages.ids(locale):
                aliases = self.messages.attribute(locale, msg_id, "aliases") or ""
                words.update(_WORD.findall(aliases.casefold()))
        return frozenset(words)

    @cached_property
    def _misspelt(self) -> dict[str, str]:
        """The common misspellings of a word further than one typo from it ("nuterd", "spaded",
        "중썽화"; owner trial 33: "male not nuterd" read as "male" only), each with the word:
        the aliases of `understanding-misspelt-*`, whose value is the word."""
        out: dict[str, str] = {}
        for locale in LOCALES:
            for msg_id in self.messages.ids(locale):
                if not msg_id.startswith(MISSPELT):
                    continue
                word = self.messages.format(locale, msg_id).casefold()
                for alias in (self.messages.attribute(locale, msg_id, "aliases") or "").split(","):
                    if alias.strip():
                        out[alias.strip().casefold()] = word
        return out

    @cached_property
    def _misspelt_hangul(self) -> list[str]:
        """The Hangul misspellings of `_misspelt`, longest first (matched at a typed word's start)."""
        return sorted((m for m in self._misspelt if not m.isascii()), key=len, reverse=True)

    def _respelt(self, typed: list[str], targets: list[Phrases]) -> list[str] | None:
        """`typed` with each common misspelling (`_misspelt`) of a word of `targets` replaced by
        the word (a Hangul one also at the start of a typed word: "중성하했어요"); None for none."""
        if not self._misspelt:
            return None
        # the targets' phrases as typed, worked out only once a misspelling is typed: most messages
        # type none, and joining every phrase of every target cost ~10 % of a message's reading
        held: set[str] | None = None
        hangul = self._misspelt_hangul
        out: list[str] = []
        changed = False
        for raw in typed:
            bare = raw.casefold().strip(",.!?~;:")
            if bare not in self._misspelt and not bare.isascii():  # "중성하했어요": at its start
                bare = next((m for m in hangul if bare.startswith(m)), bare)
            word = self._misspelt.get(bare)
            if word is not None and held is None:
                held = {f(p) for t in targets for p in t.phrases for f in (" ".join, "".join)}
            if word is not None and held is not None and any(word in h for h in held):
                out.append(raw.casefold().replace(bare, word, 1))
                changed = True
            else:
                out.append(raw)
        return out if changed else None

    def corrected(self, message: Folded, targets: Iterable[Phrases], *, struck: bool = True) -> Folded | None:
        """`message` with each typo'd word replaced by the one word of `targets` it fits; None
        when nothing was corrected. `struck` False: a letter left out or two swapped only, no
        neighbour key (behaviour words: "kicking" is no "licking"). A common misspelling further
        than one typo (`_misspelt`) is the word it misspells first."""
        typed = message.text.split()
        targets = list(targets)
        respelt = self._respelt(typed, targets)
        if respelt is not None:
            again = self.corrected(Folded(" ".join(respelt)), targets, struck=struck)
            return again or Folded(" ".join(respelt))
        if not any(_typo_shaped(w, self._known) for w in typed):
            return None
        entries: dict[str, set[str]] = {}  # each word and the entries that hold it
        for phrases in targets:
            for phrase in phrases.phrases:
                for w in phrase:
                    if len(w) >= MIN_TARGET and w.isascii() and w.isalpha():
                        entries.setdefault(w, set()).add(phrases.name)
        changed = False
        out: list[str] = []
        for raw in typed:
            bare = raw.casefold().strip(",.!?~;:")
            if _typo_shaped(raw, self._known):
                fits = sorted(w for w in entries if one_typo(bare, w, struck=struck))
                # several words of one entry are one fit ("femal": "female" and the alias "femail")
                if fits and set.intersection(*(entries[w] for w in fits)):
                    out.append(raw.casefold().replace(bare, fits[0]))
                    changed = True
                    continue
            out.append(raw)
        return Folded(" ".join(out)) if changed else None


def _typo_shaped(raw: str, known: frozenset[str]) -> bool:
    bare = raw.casefold().strip(",.!?~;:")
    return len(bare) >= MIN_TYPED and bare.isascii() and bare.isalpha() and bare not in known


# The vowels of the Korean two-set keyboard (두벌식) by the QWERTY key they share, by their index
# among the 21 medials (Unicode §3.12): "븐" for 분 is ㅡ (m) struck for its neighbour ㅜ (n).
_VOWEL_KEY = {
    0: "k",
    1: "o",
    2: "i",
    4: "j",
    5: "p",
    6: "u",
    8: "h",
    12: "y",
    13: "n",
    17: "b",
    18: "m",
    20: "l",
}


def _keys_touch(a: str, b: str) -> bool:
    """Two keys side by side in a row, or touching across rows (a row's key `c` sits over the
    keys `c - 1` and `c` of the row below: "i" over "j" and "k")."""
    if _neighbours(a, b):
        return True
    at = {ch: (r, row.index(ch)) for r, row in enumerate(_ROWS) for ch in (a, b) if ch in row}
    if len(at) < 2:
        return False
    (ra, ca), (rb, cb) = sorted((at[a], at[b]))
    return rb == ra + 1 and cb in (ca - 1, ca)


def struck_vowel(typed: str, word: str) -> bool:
    """`typed` is the Hangul `word` with one syllable's vowel struck as a neighbouring key ("븐":
    분, "시긴": 시간, "샬": 살); consonants as typed."""
    if len(typed) != len(word) or typed == word:
        return False
    diff = [(ord(t) - 0xAC00, ord(w) - 0xAC00) for t, w in zip(typed, word, strict=True) if t != w]
    if len(diff) != 1 or not all(0 <= c < 11172 for c in diff[0]):
        return False
    t, w = diff[0]
    if t // 588 != w // 588 or t % 28 != w % 28:  # another initial or final consonant
        return False
    kt, kw = _VOWEL_KEY.get(t % 588 // 28), _VOWEL_KEY.get(w % 588 // 28)
    return kt is not None and kw is not None and _keys_touch(kt, kw)
