"""Which of the owner's dogs a message names: "보리가 산책할 때…", "Bori barks at…".

A name counts where it stands as a word of its own, bare or followed by one of the particles of
`understanding-name-particle` (보리가, 보리는, 보리를, 보리랑, Bori's); case, width and the
Unicode form of either side do not matter. "보리차" does not name 보리.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.romanized import sound_alike
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Vocabulary

PARTICLES = "understanding-name-particle"
# A name's own ending ("콩이" for 콩): a particle starting with it is not taken off a bare word.
SUFFIX = "understanding-name-suffix"
# Words before a dog's name in a message ("우리 콩이가", "my dog Max"), and words that stand there
# without being a name ("우리 강아지가", "my dog always").
INTRO = "understanding-name-intro"
INTRO_NOT_NAME = "understanding-name-intro-not-name"
# Particles a word ending in a consonant takes with 이 ("부모님이랑"): there 이 is no name's ending.
AFTER_CLOSED = "understanding-name-particle-after-closed"
# Words after a capitalised first word that make it the subject of a sentence ("Max keeps barking":
# Max), for a name told without an introduction (`DogNames.introduced`).
SUBJECT_VERB = "understanding-name-subject-verb"
# A vowel-ending name told as the subject ("보리가 또 짖어요"): its particle (가), the behaviour
# its own clause must tell, and the endings that close a clause before it ("누나가 만지면 물어요":
# 누나 is who touches, not the dog).
VOWEL_SUBJECT = "understanding-name-vowel-subject"
BEHAVIOUR = "understanding-behaviour-verb"
# Something eaten or swallowed ("먹었어요", "삼켰어요"): what the dog did in a toxin report, which
# the behaviour verbs leave out.
SWALLOWED = "safety-term-swallowed"
CLAUSE_END = "understanding-name-clause-end"
# A title typed with its period before a name ("Mr. Biscuits", stop 50).
TITLE = "understanding-name-title"
# Polite endings after a name ("이름은 콩이예요").
POLITE = "understanding-polite-ending"
# Words joining two dogs' clauses ("Mango is 5 and Kiwi is 1"), left out of each clause (`DogNames.apart`).
JOINED = "understanding-dog-joined"
# A name offered from a message is this many Hangul syllables at most.
INTRO_MAX_HANGUL = 4
# The word a name is replaced with by `DogNames.marked` (a Latin word no owner types, one letter
# more per dog).
PLACEHOLDER = "qqdogname"
PLACEHOLDER_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# One word of one script in folded text: where a name typed in the other script may stand.
_SCRIPT_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![a-z])|(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", canonical(text)).casefold())


class DogNames:
    """Finds the dogs' names in a message, with the particles of the locale files."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages
        self._alias_lists: dict[str, list[str]] = {}

    @cached_property
    def _particles(self) -> str:
        found: set[str] = set()
        for locale in LOCALES:
            aliases = self.messages.attribute(locale, PARTICLES, "aliases") or ""
            found.update(_fold(p) for p in aliases.split(",") if p.strip())
        return "|".join(map(re.escape, sorted(found, key=len, reverse=True)))

    def _pattern(self, name: str, *, glued: bool = False) -> re.Pattern[str] | None:
        """The name as a word, with a particle or none; `glued`: with a particle and the next
        word typed on ("콩이는세살")."""
        words = _fold(name).split()
        if not any(ch.isalnum() for ch in "".join(words)):
            return None
        pattern = r"\s+".join(map(re.escape, words))
        if glued:
            return re.compile(rf"(?<!\w)(?:{pattern})(?:{self._particles})(?=[\uac00-\ud7a3\d])")
        return re.compile(rf"(?<!\w)(?:{pattern})(?:{self._particles})?(?!\w)")

    def named(self, text: str, names: Sequence[str]) -> tuple[int, ...]:
        """The positions in `names` of the names `text` mentions, in the order of `names`; a name
        typed in the other script counts (`heard`: "Mongi" for 몽이, "맥스" for Max)."""
        folded = _fold(text)
        found: list[int] = []
        for index, name in enumerate(names):
            pattern = self._pattern(name)
            if (pattern is not None and pattern.search(folded)) or self.heard(folded, name):
                found.append(index)
        return tuple(found)

    def apart(self, text: str, first: str, second: str) -> tuple[str, str] | None:
        """`text` (folded) cut into what it says of dog `first` and of dog `second`, each named
        once, each part from its name to the other's (or the text's end), what comes before the
        first name said going with the first part ("망고는 5살 키위는 1살이요": "망고는 5살",
        "키위는 1살이요"; owner trial 34: 키위's age lost). None unless both are named once each."""
        folded = _fold(text)
        starts: list[int] = []
        for name in (first, second):
            pattern = self._pattern(name)
            hits = list(pattern.finditer(folded)) if pattern is not None else []
            if len(hits) != 1:
                return None
            starts.append(hits[0].start())
        a, b = starts
        if a < b:
            return self._unjoined(folded[:b]), self._unjoined(folded[b:])
        return self._unjoined(folded[:b] + " " + folded[a:]), self._unjoined(folded[b:a])

    def _unjoined(self, part: str) -> str:
        """`part` without the joining word it ends in ("mango is 5 and": `understanding-dog-joined`)."""
        words = part.strip(" ,.").split()
        joins = set(self._aliases(JOINED))
        while words and words[-1].strip(",.") in joins:
            words.pop()
        return " ".join(words).strip(" ,.")

    @cached_property
    def _endings(self) -> tuple[str, ...]:
        """What may follow a name in its Korean word: the particles and polite endings."""
        found: set[str] = set()
        for locale in LOCALES:
            for msg_id in (PARTICLES, POLITE):
                aliases = self.messages.attribute(locale, msg_id, "aliases") or ""
                found.update(_fold(p) for p in aliases.split(",") if p.strip())
        return tuple(sorted(found, key=len, reverse=True))

    def heard(self, folded: str, name: str) -> list[tuple[int, int, int]]:
        """Where folded text holds `name` typed in the other script (stop 34: "Mongi" for 몽이,
        "맥스" for Max, "Choco" for 초코 were offered as new dogs): (start, end of the name, end of
        its word) for each such word, a Korean word's particle or polite ending after the name
        ("맥스가", "초코예요"). Names of one word only; the sound compared by `sound_alike`."""
        words = _fold(name).split()
        if len(words) != 1:
            return []
        found: list[tuple[int, int, int]] = []
        for m in _SCRIPT_WORD.finditer(folded):
            word = m.group()
            if sound_alike(word, words[0]):
                found.append((m.start(), m.end(), m.end()))
                continue
            for ending in self._endings:
                stem = word[: len(word) - len(ending)]
                if word.endswith(ending) and stem and sound_alike(stem, words[0]):
                    found.append((m.start(), m.start() + len(stem), m.end()))
                    break
        return found

    def marked(self, text: str, names: Sequence[str]) -> tuple[str, dict[str, int]]:
        """`text` folded with each name standing at a word's start replaced by a placeholder word,
        and the position in `names` of each placeholder: what follows a name in its word (a
        particle, "보리요", "보리얘기예요") stays for the caller to read. Longer names first, so
        "초" never takes the start of "초코"."""
        folded = _fold(text)
        found: dict[str, int] = {}
        order = sorted(range(len(names)), key=lambda i: len(names[i]), reverse=True)
        for slot, index in enumerate(order[: len(PLACEHOLDER_LETTERS)]):
            words = _fold(names[index]).split()
            if not any(ch.isalnum() for ch in "".join(words)):
                continue
            hangul_end = "\uac00" <= words[-1][-1] <= "\ud7a3"  # "보리요": a Korean word goes on
            # "Bella요", "Max랑": a Korean ending goes on a Latin name too; "Bellas" is no Bella
            end = "" if hangul_end else r"(?![^\W\uac00-\ud7a3])"
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + end)
            placeholder = PLACEHOLDER + PLACEHOLDER_LETTERS[slot]
            folded, count = pattern.subn(f" {placeholder} ", folded)
            for start, stop, _ in reversed(self.heard(folded, names[index])):  # "Mongi가", "맥스랑"
                folded, count = f"{folded[:start]} {placeholder} {folded[stop:]}", count + 1
            if count:
                found[placeholder] = index
        return " ".join(folded.split()), found

    def replaced(self, text: str, names: Sequence[str], words: str) -> str:
        """`text` (folded) with each of the names and its particles read as `words` ("콩떡이랑
        싸우는거요" with "다른 강아지": "다른 강아지 싸우는거요")."""
        folded = _fold(text)
        for name in names:
            pattern = self._pattern(name)
            if pattern is not None:
                folded = pattern.sub(f" {words} ", folded)
        return " ".join(folded.split())

    def without(self, text: str, names: Sequence[str]) -> str:
        """`text` (folded) with the names and their particles taken out ("보리는 3살" → "3살"; a
        particle glued to the next word too, "콩이는세살ㅋㅋ" → "세살ㅋㅋ": owner trial 24)."""
        folded = _fold(text)
        for name in names:
            pattern = self._pattern(name)
            if pattern is not None:
                folded = pattern.sub(" ", folded)
            glued = self._pattern(name, glued=True)
            if glued is not None:
                folded = glued.sub(" ", folded)
            for start, _, end in reversed(self.heard(folded, name)):
                folded = f"{folded[:start]} {folded[end:]}"
        return " ".join(folded.split())

    @cached_property
    def _particle_list(self) -> tuple[str, ...]:
        """The particles, longest first, without those that start with a name's own ending."""
        endings: set[str] = set()
        found: set[str] = set()
        for locale in LOCALES:
            endings.update(
                _fold(e) for e in (self.messages.attribute(locale, SUFFIX, "aliases") or "").split(",")
            )
            aliases = self.messages.attribute(locale, PARTICLES, "aliases") or ""
            found.update(_fold(p) for p in aliases.split(",") if p.strip())
        endings.discard("")
        kept = {p for p in found if not any(p.startswith(e) for e in endings)}
        return tuple(sorted(kept, key=len, reverse=True))

    def _aliases(self, msg_id: str) -> list[str]:
        """The folded `.aliases` of `msg_id` in every locale, longest first; built once per
        message (folding them all took 3 ms, on every message that introduces a dog)."""
        cached = self._alias_lists.get(msg_id)
        if cached is None:
            found: set[str] = set()
            for locale in LOCALES:
                aliases = self.messages.attribute(locale, msg_id, "aliases") or ""
                found.update(" ".join(_fold(a).split()) for a in aliases.split(",") if a.strip())
            cached = self._alias_lists[msg_id] = sorted(found, key=len, reverse=True)
        return cached

    @cached_property
    def _intro(self) -> re.Pattern[str]:
        intros = "|".join(r"\s+".join(map(re.escape, a.split())) for a in self._aliases(INTRO))
        return re.compile(rf"(?<!\w)(?:{intros})\s+([^\s.,!?~…]+)", re.IGNORECASE)

    @cached_property
    def _not_names(self) -> frozenset[str]:
        return frozenset(self._aliases(INTRO_NOT_NAME))

    def introduced(self, text: str) -> str:
        """The dog's name a message gives where it introduces the dog ("우리 콩이가 밤마다 짖어요":
        콩이, "my dog Max pulls on the leash": Max), as typed without its particle; "" when it
        names none clearly ("우리 강아지가", "my dog always…", a lower-case English word, a Korean
        word with neither a particle nor a name's ending: "우리 매일…"). Without an introduction,
        a name its words show to be one (`_subject`: "콩이가 또 짖어요", "Max keeps barking")."""
        plain = unicodedata.normalize("NFC", canonical(text))
        not_names = self._not_names
        position = 0
        while (m := self._intro.search(plain, position)) is not None:
            name = self._intro_name(m.group(1), not_names)
            if name:
                return self._titled(name, plain[m.end(1) :])
            position = m.start() + 1  # a shorter introduction starting here ("우리 집" of "우리 집 콩이")
        return self._subject(plain, not_names)

    def _titled(self, name: str, after: str) -> str:
        """`name`, a title (`understanding-name-title`) typed with its period, with the name after
        it ("my dog Mr. Biscuits keeps…": "Mr. Biscuits"; stop 50: "Mr" offered); `name` else."""
        if _fold(name) not in self._aliases(TITLE):
            return name
        told = re.match(r"\.\s*([A-Za-z]+|[\uac00-\ud7a3]+)", after)
        if told is None:
            return name
        word = told.group(1)
        return f"{name}. {word[:1].upper() + word[1:] if word.isascii() else word}"

    def _subject(self, plain: str, not_names: frozenset[str]) -> str:
        """A name told without an introduction, where the words say it is one (owner trial: "콩이가
        또 짖어요", "Max keeps barking at night"). A Korean word read as a name's own ending after a
        closed syllable, then a particle ("콩이가", "별이는", "곰이도": 콩이, 별이, 곰이); a subject
        read so is a name only because its ending is one owners add to names, so "택배가", "손님이",
        "엄마가", "애가" are not, nor are the words of `INTRO_NOT_NAME` ("고양이가", "많이도") or
        words ending in one ("길고양이가", "터그놀이가"), nor 이 with a particle a word ending in
        a consonant takes so (`AFTER_CLOSED`: "부모님이랑"). An English word, capitalised, followed by a word of `SUBJECT_VERB` ("Max keeps", "Bella
        is", "my lab Max keeps"), neither in `INTRO_NOT_NAME` ("He keeps", "Everything is") nor a word in -ing
        ("Barking is"). "" for none: a name without such an ending ("보리가 또 짖어요") is not
        guessed."""
        words = re.findall(r"[^\s.,!?~…\"“”()]+", plain)
        for word in words:
            if all("\uac00" <= ch <= "\ud7a3" for ch in word) and (name := self._called(word, not_names)):
                return name
        if words and (name := self._vowel_subject(words, not_names)):
            return name
        verbs = self._aliases(SUBJECT_VERB)
        for word, following in itertools.pairwise(words):  # "my 3 year old lab Max keeps"
            if _fold(following) in verbs and (name := self._english_subject(word, not_names)):
                return name  # (owner trial 8: a capitalised word before the verb, not only first)
        return ""

    def _english_subject(self, word: str, not_names: frozenset[str]) -> str:
        """`word`, capitalised before a verb of `SUBJECT_VERB`, as a name: "" for "I", the words of
        `INTRO_NOT_NAME` ("He", "Everything"), words in -ing ("Barking") and breeds ("Lab")."""
        if not (word.isascii() and word.isalpha() and word[0].isupper() and len(word) > 1):
            return ""
        if _fold(word) in not_names or (len(word) > 4 and _fold(word).endswith("ing")):
            return ""
        if self._vocabulary["understanding-breed"].contains(Folded(word)):
            return ""  # "The Lab keeps barking": the breed, no name
        return word if len(word) <= 20 else ""

    @cached_property
    def _vocabulary(self) -> Vocabulary:
        return Vocabulary(self.messages)

    def _vowel_subject(self, words: Sequence[str], not_names: frozenset[str]) -> str:
        """A name ending in a vowel, told as the subject of the first clause with the behaviour
        ("보리가 또 짖어요": 보리; owner trial: offered only with 이, "콩이가"). Its evidence, since
        most words before 가 are no name ("엄마가", "택배가", "누나가 만지면 물어요"): the first
        word, two or three syllables ending in a vowel, then the subject's particle
        (`VOWEL_SUBJECT`); no word of `INTRO_NOT_NAME` nor one ending in it; and a behaviour verb
        in its own clause (or something swallowed, `SWALLOWED`), before any ending that closes a
        clause (`CLAUSE_END`). "" else."""
        first = words[0]
        particle = next((p for p in self._aliases(VOWEL_SUBJECT) if first.endswith(p)), "")
        stem = first[: len(first) - len(particle)]
        if not particle or not 2 <= len(stem) <= 3 or not all("\uac00" <= ch <= "\ud7a3" for ch in stem):
            return ""
        folded = _fold(stem)
        compound = any(len(n) > 1 and folded.endswith(n) for n in not_names)  # "길고양이" too
        if (ord(stem[-1]) - 0xAC00) % 28 != 0 or folded in not_names or compound:
            return ""
        ends = self._aliases(CLAUSE_END)
        if any(_fold(first).endswith(e) for e in ends):
            return ""  # "놀다가 흥분하면…": a verb's "-다가", no subject
        behaviour = self._vocabulary[BEHAVIOUR]
        swallowed = self._vocabulary[SWALLOWED]  # "보리가 포도 3알 먹었어요" (owner trial 23)
        for word in words[1:]:
            if behaviour.contains(Folded(word)) or swallowed.contains(Folded(word)):
                return stem
            if any(_fold(word).endswith(e) for e in ends):
                return ""
        return ""

    def _called(self, word: str, not_names: frozenset[str]) -> str:
        """`word` as a name with the ending owners add to it and a particle ("콩이가": 콩이), else ""."""
        endings = [e for e in self._aliases(SUFFIX) if e]
        after_closed = set(self._aliases(AFTER_CLOSED))
        for particle in self._particle_list:
            if not word.endswith(particle) or len(word) <= len(particle):
                continue
            called = word[: len(word) - len(particle)]
            for ending in endings:
                root = called[: len(called) - len(ending)]
                if not called.endswith(ending) or not root or len(called) > INTRO_MAX_HANGUL:
                    continue
                if ending + particle in after_closed:  # "부모님이랑": 부모님 with 이랑, or 콩이 with 랑
                    continue
                closed = (ord(root[-1]) - 0xAC00) % 28 != 0  # "콩" has a final consonant, "보" none
                # "길고양이가", "터그놀이가": a word ending in one that is no name is none either
                compound = any(len(n) > 1 and _fold(called).endswith(n) for n in not_names)
                if closed and not compound and _fold(root) not in not_names:
                    return called
        return ""

    def _intro_name(self, word: str, not_names: frozenset[str]) -> str:
        if any("\uac00" <= ch <= "\ud7a3" for ch in word):
            if not all("\uac00" <= ch <= "\ud7a3" for ch in word):
                return ""
            polite = self._aliases(POLITE)
            ending = next((e for e in polite if word.endswith(e) and len(word) > len(e)), "")
            if ending.startswith("이") and ending[1:] in polite:
                ending = ending[1:]  # "콩이에요": 콩이, as owners call 콩 (`SUFFIX`)
            bare = _fold(word[: len(word) - len(ending)]) if ending else self.bare(word)
            endings = [e for e in self._aliases(SUFFIX) if bare.endswith(e) and len(bare) > len(e)]
            if not ending and bare == _fold(word) and not endings:  # no particle, ending or name's ending
                return ""
            if bare in not_names or any(bare[: len(bare) - len(e)] in not_names for e in endings):
                return ""  # "우리 남편이": 남편 is no dog
            return bare if len(bare) <= INTRO_MAX_HANGUL else ""
        for particle in ("'s", "’s"):
            word = word.removesuffix(particle)
        if not word.isalpha() or not word[0].isupper() or _fold(word) in not_names:
            return ""
        return word if len(word) <= 20 else ""

    def is_particle(self, word: str) -> bool:
        """`word` is a particle alone ("를" left over from "나이를"), never a name."""
        return bool(re.fullmatch(self._particles, _fold(word))) if self._particles else False

    def bare(self, word: str) -> str:
        """One word that may be a name with its particles taken off ("두부는" → "두부", "max's" →
        "max", "두부의를" → "두부"); a name's own ending stays ("콩이는" → "콩이"): how a name typed
        in a sentence is shown back when no dog has it."""
        folded = _fold(word)
        for _ in range(2):  # "콩이의를": two particles, where a particle was typed twice over
            particle = next(
                (p for p in self._particle_list if folded.endswith(p) and len(folded) > len(p)), ""
            )
            folded = folded[: len(folded) - len(particle)]
        return folded
