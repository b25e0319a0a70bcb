"""The safety check's word lists, read from the locale files and compiled once into regexes.

A message is looked at in two views. Hangul words are found in the *compact* view (NFKC, case folded,
spaces and punctuation removed, as `i18n.normalize` makes it), because owners type on phones without
spaces ("애기를물었어요") and Korean attaches particles and endings to the stem, so a stem found anywhere
is the word. Latin words are found in the *spaced* view as whole words (apostrophes dropped, so
"didn't" and "didnt" are one word), because "bit" inside "habit" is not a bite. A trailing `*` in a list
allows any ending. Everything runs on `re`; a message costs well under a millisecond.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dogcoach.services.i18n import LOCALES, Messages, normalize

HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_JAMO = re.compile(r"[\u1100-\u11ff\u3130-\u318f]+")
_APOSTROPHES = re.compile(r"['’‘`´]")
_CLAUSE = re.compile(r"[.!?;,:\n…。！？]+")
_NON_WORD = re.compile(r"[^\w|]+|_")
# "chocolate을": a Korean particle glued to an English word still leaves the word whole.
_SCRIPT_CHANGE = re.compile(
    r"(?<=[a-z0-9])(?=[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])|(?<=[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])(?=[a-z0-9])"
)
CLAUSE_BREAK = "|"
# Words that end the reach of an English negation ("I didn't hit him, but I yelled").
CLAUSE_WORDS = frozenset({CLAUSE_BREAK, "but", "then", "and"})
# English negations reach this many words forward ("didn't ever really hit").
NEGATION_REACH_WORDS = 3
# A Korean negation reaches back over at most this many pieces of the word's own clause
# ("경련| 같은 | 건 | 전혀 | 없었어요").
CLAUSE_UNITS = 8


class View(StrEnum):
    COMPACT = "compact"
    SPACED = "spaced"


def spaced_view(text: str) -> str:
    """Lower-case words separated by single spaces, clause ends kept as `|`, padded with spaces."""
    folded = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    words = _SCRIPT_CHANGE.sub(" ", _NON_WORD.sub(" ", _CLAUSE.sub(f" {CLAUSE_BREAK} ", folded))).split()
    return f" {' '.join(words)} "


@dataclass(frozen=True, slots=True)
class Views:
    """A message as the matchers read it."""

    compact: str
    spaced: str

    @classmethod
    def of(cls, text: str) -> Views:
        return cls(normalize(text), spaced_view(text))

    def get(self, view: View) -> str:
        return self.compact if view is View.COMPACT else self.spaced

    def moved(self, hit: Hit, view: View) -> Hit | None:
        """`hit` at the same letters in the other `view`: a Latin word glued to a Korean particle
        ("sock을 먹었어요") is compared with the Korean verb after it in the compact view, a Korean
        word among English ones ("he ate a 양말") with the English words in the spaced view. None
        where the two views do not hold the same letters (they always do but for a typed "|")."""
        if hit.view is view:
            return hit
        letters = [i for i, ch in enumerate(self.spaced) if ch not in (" ", CLAUSE_BREAK)]
        if len(letters) != len(self.compact) or any(
            self.spaced[i] != c for i, c in zip(letters, self.compact, strict=True)
        ):
            return None
        if view is View.SPACED:
            return Hit(view, letters[hit.start], letters[hit.end - 1] + 1, hit.text)
        start, last = letters.index(hit.start), letters.index(hit.end - 1)
        return Hit(view, start, last + 1, hit.text)


@dataclass(frozen=True, slots=True)
class Hit:
    """One word of a list found in a message: where, in which view, and as which list entry."""

    view: View
    start: int
    end: int
    text: str

    def overlaps(self, other: Hit) -> bool:
        return self.view is other.view and self.start < other.end and other.start < self.end

    def gap(self, other: Hit, views: Views) -> int:
        """Distance between two hits in one view: characters (compact) or words (spaced)."""
        first, second = sorted((self, other), key=lambda h: h.start)
        if second.start <= first.end:
            return 0
        between = views.get(self.view)[first.end : second.start]
        return len(between) if self.view is View.COMPACT else len(between.split())


def _latin_alias(alias: str) -> str | None:
    """A Latin alias as a regex over the spaced view (None if nothing is left of it)."""
    star = alias.endswith("*")
    words = spaced_view(alias.rstrip("*")).split()
    if not words:
        return None
    body = r"\ ".join(re.escape(w) for w in words)
    return body + (r"[^\s|]*" if star else "")


def _alternation(parts: Iterable[str]) -> str:
    return "|".join(sorted(set(parts), key=lambda p: (-len(p), p)))


class Term:
    """One word list: its Hangul words over the compact view, its Latin words over the spaced one."""

    __slots__ = ("_compact", "_compact_only", "_latin_words", "_spaced", "name")

    def __init__(self, name: str, aliases: Iterable[str]) -> None:
        self.name = name
        hangul: list[str] = []
        latin: list[str] = []
        for alias in aliases:
            if HANGUL.search(alias):
                key = normalize(alias)
                if key:
                    hangul.append(re.escape(key))
            else:
                pattern = _latin_alias(alias)
                if pattern:
                    latin.append(pattern)
        self._compact = re.compile(_alternation(hangul)) if hangul else None
        self._spaced = re.compile(rf"(?<= )(?:{_alternation(latin)})(?= )") if latin else None
        self._compact_only = re.compile(f"(?:{_alternation(hangul)})*") if hangul else None
        self._latin_words = frozenset(
            w for a in aliases if not HANGUL.search(a) for w in spaced_view(a).split()
        )

    @classmethod
    def union(cls, *terms: Term) -> Term:
        """One list of every word of `terms`, for `matches` (`find` and `only` are the lists' own)."""
        union = cls("+".join(t.name for t in terms), ())
        compact = [f"(?:{t._compact.pattern})" for t in terms if t._compact is not None]
        spaced = [f"(?:{t._spaced.pattern})" for t in terms if t._spaced is not None]
        union._compact = re.compile("|".join(compact)) if compact else None
        union._spaced = re.compile("|".join(spaced)) if spaced else None
        return union

    def matches(self, views: Views) -> bool:
        """`find` would find something (the first match answers)."""
        if self._compact is not None and self._compact.search(views.compact) is not None:
            return True
        return self._spaced is not None and self._spaced.search(views.spaced) is not None

    def find(self, views: Views) -> list[Hit]:
        hits = []
        if self._compact is not None:
            hits += [
                Hit(View.COMPACT, m.start(), m.end(), m.group())
                for m in self._compact.finditer(views.compact)
            ]
        if self._spaced is not None:
            hits += [
                Hit(View.SPACED, m.start(), m.end(), m.group()) for m in self._spaced.finditer(views.spaced)
            ]
        return hits

    def only(self, views: Views, hits: Iterable[Hit]) -> bool:
        """Whether the message is nothing but `hits` and words of this list (Hangul anywhere in the
        compact view, Latin as whole words), punctuation and spaces aside."""
        rest = {view: list(views.get(view)) for view in View}
        for hit in hits:
            rest[hit.view][hit.start : hit.end] = [" "] * (hit.end - hit.start)
        hangul = "".join(c for c in rest[View.COMPACT] if HANGUL.match(c))
        if hangul and (self._compact_only is None or not self._compact_only.fullmatch(hangul)):
            return False
        latin = [w for w in "".join(rest[View.SPACED]).split() if w != CLAUSE_BREAK and not HANGUL.search(w)]
        return all(w in self._latin_words for w in latin)


def aliases(messages: Messages, msg_id: str) -> list[str]:
    """The raw `.aliases` entries of a message in every locale (not its label)."""
    found: list[str] = []
    for locale in LOCALES:
        extra = messages.attribute(locale, msg_id, "aliases")
        if extra:
            found += [a.strip() for a in extra.split(",") if a.strip()]
    return found


class Negation:
    """Tells whether a hit is negated in its own clause: "안 물었어요", "경련 같은 건 없었어요",
    "절뚝거리진 않아요", "다른 개한테 물린 적 없어요", "I didn't hit him", "no seizures or anything".

    Korean negates right before the verb (안/못) or at the end of the word's own clause: -지 않-,
    없-, 적 없-, 아니-, 안 + verb. Between the word and that negation there may be only what
    belongs to the word's clause (`NegationLists`): the rest of its verb ("절뚝|거리진 않아요"), particles and
    fillers ("경련| 같은 건 없었어요"), or more flag words joined by "or" ("경련|이나 발작은 없었어요").
    Anything else in between is another clause or another verb ("안 먹고 계속 토해요", "경련이 멈추지
    않아요"), so the flag stands; so it does before a verb that says the sign goes on ("피가 안
    멈춰요", "경련이 없어지지 않아요"). English negates before the verb, within a few words of the same
    clause; "hasn't stopped vomiting" and the like are no denial (`false`).
    """

    def __init__(self, lists: NegationLists) -> None:
        before, false = list(lists.before), list(lists.false)
        self._ko_before = tuple(normalize(a) for a in before if HANGUL.search(a))
        self._ko_false = tuple(normalize(a) for a in false if HANGUL.search(a))
        self._ko_tail = _korean_tail(lists)
        concessive = _hangul_alternation(lists.concessive)
        self._ko_concessive = re.compile(concessive) if concessive else None
        self._en_before = frozenset(w for a in before if not HANGUL.search(a) for w in spaced_view(a).split())
        self._en_false = tuple(spaced_view(a).strip() for a in false if not HANGUL.search(a))

    def negated(self, hit: Hit, views: Views) -> bool:
        if hit.view is View.COMPACT:
            head = views.compact[: hit.start]
            if head.endswith(self._ko_before) and not head.endswith(self._ko_false):
                return True
            tail = self._ko_tail.match(views.compact, hit.end) if self._ko_tail is not None else None
            if tail is None:
                return False
            # "절뚝거려도 안 울어요": "even though" ends the word's clause (its last syllable may be
            # the ending's first: "토해|도").
            span = views.compact[max(hit.start, hit.end - 1) : tail.end()]
            return self._ko_concessive is None or self._ko_concessive.search(span) is None
        words = views.spaced[: hit.start].split()[-NEGATION_REACH_WORDS:]
        for index in range(len(words) - 1, -1, -1):
            if words[index] in CLAUSE_WORDS:
                words = words[index + 1 :]
                break
        if not any(w in self._en_before for w in words):
            return False
        reach = f" {' '.join(views.spaced[: hit.end].split()[-NEGATION_REACH_WORDS - 2 :])} "
        return not any(f" {phrase} " in reach for phrase in self._en_false)


class Simile:
    """Tells whether a hit is only compared to: "발작|하듯", "경련|하는 것처럼", "초콜릿| 먹은 것처럼"
    (Korean: the marker after the word, only its verb pieces between), "like he was having a
    |seizure", "as if having a |fit" (English: the marker before it, only small words between, in
    the word's clause). Whether what is compared is a plain behaviour is the caller's to say."""

    def __init__(self, before: Iterable[str], after: Iterable[str], between: Iterable[str]) -> None:
        between = tuple(between)
        pieces = _hangul_alternation(between)
        markers = _hangul_alternation(after)
        self._ko = (
            re.compile(f"(?:{pieces}){{0,4}}(?:{markers})" if pieces else f"(?:{markers})")
            if markers
            else None
        )
        self._en_before = tuple(
            tuple(spaced_view(a).split()) for a in before if not HANGUL.search(a) and spaced_view(a).split()
        )
        self._en_between = frozenset(
            w for a in between if not HANGUL.search(a) for w in spaced_view(a).split()
        )

    def compares(self, hit: Hit, views: Views, reach: int) -> bool:
        """`reach`: how many small English words may stand between the marker and the word."""
        if hit.view is View.COMPACT:
            return self._ko is not None and self._ko.match(views.compact, hit.end) is not None
        words = views.spaced[: hit.start].split()
        skipped = 0
        while words and words[-1] in self._en_between and skipped < reach:
            words.pop()
            skipped += 1
        return any(tuple(words[-len(m) :]) == m for m in self._en_before)


class Subject:
    """Tells whether a person is the subject of a hit: "제가| 물에 빠졌어요", "남편이 어제| 벌에
    쏘였어요", "I| fell in the water", "my son just| ate chocolate" — the person right before it,
    only small words between (`between`: 어제, 방금, "just", "got", "had a"; and the thing eaten,
    `things`: "제가 초콜릿을| 먹었어요", "I ate| chocolate"). A verb of giving ("gave him", "먹였어요",
    `given`) makes the person the giver, the dog the one who ate: never theirs.

    A Korean person word begins a word of its own, or is glued only to a word that says whose
    (`owner`: "우리남편이") or to small words of `between` ("아까제가"): "어제가" is yesterday, not
    "제가"; "하나도" is none, not "나도"; "실내가" is indoors, not "내가" (stop 46). Glued to
    anything else, the word is not known to begin one: the dog's flag stays, the safe side. Latin words are whole words in
    the spaced view already ("me" is never read inside "home")."""

    def __init__(self, person: Term, between: Iterable[str], given: Term, owner: Iterable[str] = ()) -> None:
        self._person = person
        self._given = given
        self._owner = frozenset(normalize(a) for a in owner if HANGUL.search(a))
        pieces = _hangul_alternation(between)
        self._ko_between = re.compile(f"(?:{pieces})*") if pieces else re.compile("")
        self._en_between = frozenset(
            w for a in between if not HANGUL.search(a) for w in spaced_view(a).split()
        )

    def persons(self, views: Views) -> list[Hit]:
        return [h for h in self._person.find(views) if self._starts_word(h, views)]

    def _starts_word(self, hit: Hit, views: Views) -> bool:
        """A compact hit begins a word in the spaced view, or only an `owner` word or small
        `between` words are before it in its word."""
        if hit.view is not View.COMPACT:
            return True
        spaced = views.moved(hit, View.SPACED)
        if spaced is None:
            return True  # a typed "|": the views disagree, read as before
        start = views.spaced.rfind(" ", 0, spaced.start) + 1
        head = _JAMO.sub("", views.spaced[start : spaced.start])  # "ㅋㅋ제가", "ㅠㅠ남편이"
        return head in self._owner or self._ko_between.fullmatch(head) is not None

    def theirs(self, hit: Hit, views: Views, persons: Iterable[Hit], things: Iterable[Hit]) -> bool:
        """`persons`: the person words of the message (`persons`), found once by the caller."""
        if any(hit.overlaps(g) for g in self._given.find(views)):
            return False
        text = views.get(hit.view)
        for person in persons:
            if person.view is not hit.view or person.end > hit.start:
                continue
            rest = list(text[person.end : hit.start])
            for thing in things:
                if thing.view is hit.view and person.end <= thing.start and thing.end <= hit.start:
                    rest[thing.start - person.end : thing.end - person.end] = [" "] * (
                        thing.end - thing.start
                    )
            between = "".join(rest)
            if hit.view is View.COMPACT:
                if self._ko_between.fullmatch(between.replace(" ", "")) is not None:
                    return True
            elif all(w in self._en_between for w in between.split()):
                return True
        return False


@dataclass(frozen=True, slots=True)
class NegationLists:
    """The negation word lists (`safety-term-negation-*` in the locale files).

    `before`: 안, 못, not, never …; `after`: what ends a Korean clause negated (없, 않, 적없, 아니, 안 …);
    `after_verb`: a negation one syllable after the word, its own verb ("피가 나|지 않았어요");
    `false`: look-alikes that negate nothing (잘못, 불안, "hasn't stopped"); `verb`: the rest of the
    flag word's own verb before the negation (거리, 한, 린); `filler`: particles and words that keep
    the clause (은, 같은, 그런, 건, 전혀, and "or": 이나, 거나); `persist`: verbs
    that, negated, say the sign goes on (멈추, 멎, 낫, 없어지); `concessive`: "even though" endings
    that close the word's clause (해도, 려도, 지만); `listed`: every flag word, for lists of them.
    """

    before: tuple[str, ...]
    after: tuple[str, ...]
    after_verb: tuple[str, ...]
    false: tuple[str, ...]
    verb: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()
    persist: tuple[str, ...] = ()
    concessive: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()


def _hangul_alternation(words: Iterable[str]) -> str:
    return _alternation(re.escape(k) for k in (normalize(w) for w in words if HANGUL.search(w)) if k)


def _korean_tail(lists: NegationLists) -> re.Pattern[str] | None:
    """What may follow a Korean flag word for it to be negated in its own clause, as one regex
    matched right after the word: a few of (its verb | a filler | another flag word), taken
    possessively (no backtracking, so a long message costs no more than a short one), then a
    negation that is not of a verb saying the sign goes on."""
    after = _hangul_alternation(lists.after)
    if not after:
        return None
    persist = _hangul_alternation(lists.persist)
    keep = f"(?!{persist})" if persist else ""
    # One alternation, longest first: "한번도" is taken whole, not as the verb piece "한" and a "번".
    units = _hangul_alternation((*lists.verb, *lists.filler, *lists.listed))
    between = f"(?:{units}){{0,{CLAUSE_UNITS}}}+" if units else ""
    false = _hangul_alternation(lists.false)
    ends = [(f"(?!{false})" if false else "") + f"(?:{after}){keep}"]  # "안정" is no "안"
    verb_negation = _hangul_alternation(lists.after_verb)
    if verb_negation:
        # "피가 나|지 않았어요": one syllable, the word's own verb, then the negation.
        ends.append(f"{keep}[\\uac00-\\ud7a3](?:{verb_negation})")
    return re.compile(f"{between}(?:{'|'.join(ends)})")
