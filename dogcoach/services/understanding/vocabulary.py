"""Vocabularies read from the locale files, and the two ways a message is matched against them.

Every entry is a Fluent message whose `.aliases` attribute lists comma-separated phrases, in
`locales/{ko,en}/understanding.ftl` and `lexicon.ftl`; the phrases of all locales are merged, so a
Korean user typing "thanks" is understood too. A phrase is compared as a sequence of units: one
unit per Hangul letter (spacing does not matter) and one per Latin word or number (words match
whole).

- `Phrases.find` / `contains`: a phrase occurs somewhere in the message (stems, markers). A
  Hangul phrase listed in `.words` instead of `.aliases` counts only as a whole typed word (a
  short word that sits inside longer ones: "늘", always, is no habit in "오늘", "하늘", "늘리니까").
- `cover`: the whole message is a sequence of phrases from some entries (commands, small talk).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.understanding.text import Folded, fold, only_emoji_of, without_trailing_jamo

Units = tuple[str, ...]


@lru_cache(maxsize=1 << 16)
def units_of(folded: str) -> Units:
    """The comparison units of a folded text: Hangul letter by letter, words and numbers whole.

    Memoised (a pure function of the text): every vocabulary loaded cuts the same ~7,000 phrases,
    once per Messages, i.e. per runtime built (thousands in the test suite)."""
    return Folded(folded).units


def _is_hangul(unit: str) -> bool:
    return len(unit) == 1 and ("\uac00" <= unit <= "\ud7a3" or "\u3131" <= unit <= "\u318e")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """`re.compile`, kept for the process: the vocabularies make more patterns than `re`'s own
    cache holds (512), so every Messages loaded again (each runtime built: thousands in the test
    suite) compiled them all again, 0.1-0.2 s each time."""
    return re.compile(pattern)


@dataclass(frozen=True)
class Phrases:
    """The phrases of one vocabulary entry."""

    name: str
    phrases: frozenset[Units]
    # Hangul phrases found only as a whole typed word (`.words`); not in `cover`'s tables.
    words: frozenset[str] = frozenset()

    @cached_property
    def _hangul(self) -> re.Pattern[str] | None:
        words = sorted(("".join(p) for p in self.phrases if p and _is_hangul(p[0])), key=len, reverse=True)
        return _compiled("|".join(map(re.escape, words))) if words else None

    @cached_property
    def _latin(self) -> re.Pattern[str] | None:
        words = sorted(
            (" ".join(p) for p in self.phrases if p and not _is_hangul(p[0])), key=len, reverse=True
        )
        if not words:
            return None
        return _compiled(r"(?<= )(?:" + "|".join(map(re.escape, words)) + r")(?= )")

    @cached_property
    def korean(self) -> tuple[str, ...]:
        """The Korean phrases (those not opening with an ASCII word: endings, stems, particles),
        each run together as typed ("는데", "거든요"), in the set's own order (sort for the longest
        first). One reader for what a dozen places in the understanding joined again each
        (review, stop 61)."""
        return tuple("".join(p) for p in self.phrases if p and not p[0].isascii())

    @cached_property
    def typed(self) -> tuple[str, ...]:
        """The phrases as typed (Hangul run together, Latin words spaced), longest first: joined
        once per entry, not per message (stop 49's profile: `answers._words`, ~2 %)."""
        out = ["".join(p) if p and not p[0].isascii() else " ".join(p) for p in self.phrases if p]
        return tuple(sorted(out, key=len, reverse=True))

    def contains(self, message: Folded) -> bool:
        """`find` would find something: the first match answers (no list of every occurrence)."""
        if self._hangul is not None and self._hangul.search(message.compact) is not None:
            return True
        if self._latin is not None and self._latin.search(message.spaced) is not None:
            return True
        return bool(self.words) and any(True for _ in self._whole_words(message))

    def _whole_words(self, message: Folded) -> Iterable[tuple[str, int, int, bool]]:
        """The `words` typed as words of their own ("늘 짖어요", "늘ㅠㅠ"), at their place in
        `message.compact`."""
        at = 0
        for typed in message.text.split():
            compact = Folded(typed).compact
            word = without_trailing_jamo(compact)
            if word in self.words:
                yield word, at, at + len(word), True
            at += len(compact)

    def find(self, message: Folded) -> list[tuple[str, int, int, bool]]:
        """Every occurrence, longest phrase first where two start at one place: (phrase, start, end,
        in_hangul). Hangul positions are in `message.compact`, Latin ones in `message.spaced`."""
        found: list[tuple[str, int, int, bool]] = []
        if self._hangul is not None:
            found += [
                (m.group(), m.start(), m.end(), True) for m in _overlapping(self._hangul, message.compact)
            ]
        if self._latin is not None:
            found += [(m.group(), m.start(), m.end(), False) for m in self._latin.finditer(message.spaced)]
        if self.words:
            found += list(self._whole_words(message))
        return found

    def whole(self, message: Folded) -> bool:
        """`message` is, whole, one phrase ("애가", "is his name"): Hangul in the compact text,
        Latin in the spaced one (padded with a space each side)."""
        whole = {True: (0, len(message.compact)), False: (1, len(message.spaced) - 1)}
        return any((start, end) == whole[hangul] for _p, start, end, hangul in self.find(message))

    def __bool__(self) -> bool:
        return bool(self.phrases or self.words)


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """Matches starting at every position (a stem may sit inside a longer one)."""
    pos = 0
    while pos < len(text):
        m = pattern.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def blanked(message: Folded, phrases: Phrases, *, latin_only: bool) -> str:
    """The words of `message` with the phrases found blanked out (Hangul phrases in the
    compact text, whose spacing is then lost; Latin ones as words)."""
    hits = [h for h in phrases.find(message) if not (latin_only and h[3])]
    if not hits:
        return message.text
    spaced = list(message.spaced)
    compact = list(message.compact)
    for _phrase, start, end, hangul in hits:
        target = compact if hangul else spaced
        target[start:end] = " " * (end - start)
    if any(h[3] for h in hits):
        return " ".join("".join(compact).split())
    return " ".join("".join(spaced).split())


@dataclass
class Table:
    """Phrases of several entries, each tagged, for `cover`."""

    entries: dict[Units, str] = field(default_factory=dict)
    longest: int = 0

    def add(self, tag: str, phrases: Phrases) -> Table:
        for p in phrases.phrases:
            self.entries.setdefault(p, tag)
            self.longest = max(self.longest, len(p))
        return self

    def add_each(self, tag: str, vocabulary: Vocabulary, *msg_ids: str) -> Table:
        """`add` each of the vocabularies `msg_ids` under one tag (the fillers read past around
        a phrase: "understanding-talk-filler", "understanding-polite-ending", …)."""
        for msg_id in msg_ids:
            self.add(tag, vocabulary[msg_id])
        return self


def cover(
    units: Sequence[str], table: Table, *, single: Callable[[str], str | None] | None = None
) -> list[tuple[str, Units]] | None:
    """The whole of `units` as the fewest phrases of `table`, or None when some part is no phrase.

    `single` may tag a unit the table does not list (a number, a letter): it becomes a piece.
    """
    n = len(units)
    if n == 0:
        return None
    seq: Units = tuple(units)  # a slice of a tuple is a tuple: no copy per piece tried
    entries, longest = table.entries, table.longest
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, start of last piece)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - longest), end):
            prev = best[start]
            if prev is None:
                continue
            piece = seq[start:end]
            if piece not in entries and not (single and end - start == 1 and single(piece[0])):
                continue
            if best[end] is None or prev[0] + 1 < best[end][0]:  # type: ignore[index]
                best[end] = (prev[0] + 1, start)
    if best[n] is None:
        return None
    pieces: list[tuple[str, Units]] = []
    end = n
    while end > 0:
        step = best[end]
        assert step is not None
        piece = tuple(units[step[1] : end])
        tag = table.entries.get(piece) or (single(piece[0]) if single else None)
        assert tag is not None
        pieces.append((tag, piece))
        end = step[1]
    return pieces[::-1]


class Vocabulary:
    """Every vocabulary entry of the locale files, loaded on first use and kept."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages
        self._cache: dict[tuple[str, bool | str], Phrases] = {}
        # `_cache`'s (msg_id, False) entries by msg_id alone: a message's reading asks for ~240 of
        # these (stop 49's profile), and a tuple key built for each was ~half the cost
        self._aliases: dict[str, Phrases] = {}

    def __getitem__(self, msg_id: str) -> Phrases:
        """The `.aliases` of `msg_id` in every locale."""
        cached = self._aliases.get(msg_id)
        if cached is None:
            cached = self._aliases[msg_id] = self._load(msg_id, with_label=False)
        return cached

    def labelled(self, msg_id: str) -> Phrases:
        """The label (message value) and `.aliases` of `msg_id` in every locale: an option."""
        return self._load(msg_id, with_label=True)

    def alone(self, msg_id: str) -> frozenset[Units]:
        """An option's `.alone` phrases: they pick it said whole ("작은" at the size), never looked
        for inside a sentence, where the word says something else ("작은 소리에도 짖어요"; stop 51:
        "작은" alone at the size was not understood). `labelled` has them too."""
        key = (msg_id, "alone")
        cached = self._cache.get(key)
        if cached is None:
            texts = [
                t
                for locale in LOCALES
                if self.messages.has(msg_id, locale)
                for t in (self.messages.attribute(locale, msg_id, "alone") or "").split(",")
            ]
            cached = Phrases(msg_id, frozenset(u for u in (units_of(fold(t)) for t in texts) if u))
            self._cache[key] = cached
        return cached.phrases

    def label(self, msg_id: str) -> Phrases:
        """The label (message value) and its `.short`, in every locale, without the aliases: a
        button's text typed as it reads ("🔁 Switch dog")."""
        key = (msg_id, "label")
        cached = self._cache.get(key)
        if cached is None:
            texts = [
                text
                for locale in LOCALES
                if self.messages.has(msg_id, locale)
                for text in (
                    self.messages.format(locale, msg_id),
                    self.messages.attribute(locale, msg_id, "short"),
                )
                if text
            ]
            cached = Phrases(msg_id, frozenset(u for u in (units_of(fold(t)) for t in texts) if u))
            self._cache[key] = cached
        return cached

    def _load(self, msg_id: str, *, with_label: bool) -> Phrases:
        key = (msg_id, with_label)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        texts: list[str] = []
        words: set[str] = set()
        for locale in LOCALES:
            if not self.messages.has(msg_id, locale):
                continue
            if with_label:
                texts.append(self.messages.format(locale, msg_id))
            extra = self.messages.attribute(locale, msg_id, "aliases")
            if extra:
                texts.extend(extra.split(","))
            alone = self.messages.attribute(locale, msg_id, "alone") if with_label else None
            if alone:  # an option said whole (`alone`)
                texts.extend(alone.split(","))
            own = self.messages.attribute(locale, msg_id, "words")
            if own:
                words.update(w for w in (Folded(t).compact for t in own.split(",")) if w)
        phrases = frozenset(u for u in (units_of(fold(t)) for t in texts) if u)
        loaded = Phrases(msg_id, phrases, frozenset(words))
        self._cache[key] = loaded
        return loaded


@lru_cache(maxsize=64)
def _listed_emoji(messages: Messages, msg_id: str) -> frozenset[str]:
    return frozenset(
        e.strip()
        for locale in LOCALES
        if messages.has(msg_id, locale)
        for e in (messages.attribute(locale, msg_id, "emoji") or "").split(",")
        if e.strip()
    )


def emoji_only_of(messages: Messages, message: Folded, msg_id: str) -> bool:
    """`message` is emoji only, each of them listed in `msg_id`'s `.emoji` attribute (ko or en:
    "🙏🙏" of the thanks), skin tones, joiners and variation selectors aside. The aliases are
    normalized and keep no emoji, hence the attribute."""
    return only_emoji_of(message, _listed_emoji(messages, msg_id))
