"""Reading the owner's dogs in a message: a registered name alone or among others, a name that
is none of the owner's dogs, both dogs told at once, a report said to be about another dog
("아 초코 말고 보리요"), and whether a word may be a name at all. The flows ask the public methods
with the owner's dogs; the later readings use the name checks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from functools import cached_property

from dogcoach.domain.survey import QUESTIONS
from dogcoach.services.i18n import LOCALES, normalize
from dogcoach.services.josa import final_consonant
from dogcoach.services.understanding.answers import _after_last, _before_number
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.model import (
    QUANTITIES,
    Approximate,
    Expect,
    Kind,
    Understanding,
    Value,
)
from dogcoach.services.understanding.names import INTRO_MAX_HANGUL, _fold
from dogcoach.services.understanding.romanized import sound_alike
from dogcoach.services.understanding.shared import Tables, _syllable
from dogcoach.services.understanding.signals import Signals, _past_final
from dogcoach.services.understanding.text import Folded, fold
from dogcoach.services.understanding.vocabulary import Phrases, Table, Units, cover, units_of

# Crying, laughter and marks typed onto a sentence's last word ("엄청짖었어요ㅠㅠ", "짖어요!!"):
# the ending is looked for under them (held-out 9: the sentence not cut, the calm dog the subject).
_FEELING_TAIL = "\u3160\u315c\u314b\u314e^~.!?\u2026;:"

# A message saying the report just sent is about another dog ("아 초코 말고 보리요") is this
# short at most (folded, with the names as placeholders).
RETOLD_MAX_LETTERS = 120
# The behaviour said of the dog pointed at as the one who does it ("the one who bites tho", "무는
# 건"): this many words at most, and the words that point at it as many.
# The longest `understanding-dog-slip` phrase, in words.
SLIP_WORDS = 4
THE_ONE_WORDS = 4
# A dog's name typed with words that remove it ("delete Max", "보리 삭제해주세요"): this long at most.
NAME_MAX_WORDS = 2
# The longest message whose name after a correction's words is read ("아 이름 잘못썼어요 쪼꼬에요";
# stop 47: "actually can i change the name to Biscuit Jr lol", ten words).
RENAME_LEAD_MAX_WORDS = 10
# A name typed again is the stored one put right when this many letters apart at most ("Popyy", "Poppy").
NAME_RETYPED_DISTANCE = 2
# A particle glued to "이름" makes what follows no name after it ("이름을 …", "이름이 …").
_PARTICLES = ("을", "를", "은", "는", "이", "가", "도", "만")
NAME_MAX_HANGUL = 6
# Words for the dog or the owner, never a dog's name beside a corrected value (stop 47)
_PRONOUNS = ("understanding-name-pronoun", "understanding-owner-pronoun")


# A registered name glued to what follows is set apart (`DogReading.names_set_apart`) when it
# is this long at least: a shorter one opens too many words ("별로", "콩국수"; "Bo" of "Bos").
GLUED_MIN_SYLLABLES = 2
GLUED_MIN_LETTERS = 3
# The views whose words may follow a dog's name typed glued ("보리기록보여줘").
GLUED_VIEWS = ("history", "week", "profile", "summary", "progress")

# A dog's name standing first as the subject ("콩이가 또 그랬어요") is this many syllables at most
# (콩이, 망고, 초코; a longer first word is a clause of its own).
NAME_MAX_SYLLABLES = 4


def _capitalised(word: str) -> bool:
    """A Latin word typed as a name is ("Max", not "I" or "OK")."""
    return word.isascii() and word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 1


def aside_removed(text: str) -> str:
    """`text` without an aside in brackets after a word ("Max (my sister's dog, staying with us) bit
    Luna's ear": "Max bit Luna's ear"; stop 64 owner trial), whose words hid the subject's verb."""
    return re.sub(r"\s*\([^()]{1,80}\)", "", text) if "(" in text else text


def _name_stem(word: str, particles: Sequence[str]) -> str:
    """The name before a particle ending `word` ("콩이가" → "콩이"), Hangul syllables only and at
    most `NAME_MAX_SYLLABLES` of them, else ""."""
    if not word or not all(_syllable(ch) for ch in word):
        return ""
    stem = next((word[: -len(p)] for p in sorted(particles, key=len, reverse=True) if word.endswith(p)), "")
    return stem if 0 < len(stem) <= NAME_MAX_SYLLABLES else ""


# The dog's name's place in `understanding-removed-asked` ("did you delete name"; "name's gone").
_NAME = "\x00"
_NAME_WORDS = frozenset({"name", "name's"})


def _name_placed(units: Units, own: Units, particles: frozenset[str]) -> Units | None:
    """`units` with the first mention of the name `own` (or its possessive, "bruno's") as `_NAME`,
    a particle right after it left out; None when it is not mentioned."""
    n = len(own)
    for at in range(len(units) - n + 1):
        if units[at : at + n] == own:
            rest = units[at + n :]
        elif n == 1 and units[at] in (own[0] + "'s", own[0] + "’s"):
            rest = units[at + 1 :]
        else:
            continue
        if rest and rest[0] in particles:
            rest = rest[1:]
        return (*units[:at], _NAME, *rest)
    return None


class DogReading(Tables):
    """Dogs and their names (after the tables: the name checks look command and small-talk words up)."""

    def name_alone(self, text: str, names: Sequence[str]) -> int | None:
        """The position in `names` of the dog whose name is the whole message ("보리", "콩이요",
        "Luna"), its particle or polite ending aside; None for anything else."""
        message = Folded(canonical(text))
        if message.words != 1 or not names:
            return None
        answer = self.answers.name(message)
        if not isinstance(answer, Value):
            return None
        typed = self.names.bare(str(answer.value)).casefold()
        found = [i for i, name in enumerate(names) if name and self.names.bare(name).casefold() == typed]
        # "Mongi" for 몽이, "맥스" for Max: the name typed in the other script (stop 34)
        found = found or [i for i, name in enumerate(names) if name and sound_alike(typed, _fold(name))]
        return found[0] if found else None

    def offered_dog_name(self, text: str) -> str:
        """The name typed as the answer to "shall we add the other dog?" ("Pip", "now pip", "이제
        밤이요"; stop 50: not understood): one word that may be a dog's name after the words that
        lead it (`understanding-offer-name-lead`); "" for anything else."""
        message = Folded(canonical(text))
        rest = _after_last(message.text, self.vocabulary["understanding-offer-name-lead"]) or message.text
        words = rest.split()
        if len(words) != 1 or any(ch.isdigit() for ch in rest) or not self._name_like(words[0]):
            return ""
        answer = self.answers.name(Folded(words[0]))
        if not isinstance(answer, Value) or normalize(str(answer.value)).casefold() in self._intro_not_names:
            return ""
        if self.signals.read(message).behaviour or self.signals.read(message).question:
            return ""
        value = str(answer.value)
        # as typed: "pip" is Pip, the survey's name question confirms it
        return value[:1].upper() + value[1:] if value.isascii() else value

    def removal_asked(self, text: str, names: Sequence[str]) -> int | None:
        """The position in `names` of the dog `text` asks whether it was removed ("did you delete
        bruno", "보리 지웠어?", "is bruno gone?"): the whole message one of
        `understanding-removed-asked`'s phrases with the dog's name in "name"'s place, a particle
        after it read past (`-particle`); the "gone" ones (`-gone-asked`: "보리 없어졌어") only with
        a question mark, told without one the dog may be missing. Stop 58: for a dog the owner still
        has, "did you delete bruno" removed a dog "did you". None for anything else."""
        asked = "?" in text or "？" in text  # the full-width question mark too
        units = units_of(fold(text))
        for i, name in enumerate(names):
            own = units_of(fold(name)) if name else ()
            said = _name_placed(units, own, self._removal_asked_particles) if own else None
            if said is not None and (
                said in self._removal_asked[0] or (asked and said in self._removal_asked[1])
            ):
                return i
        return None

    def removal_asked_of_any(self, text: str) -> bool:
        """`text` is, whole, one of `understanding-removed-asked`'s phrases with a word or two in
        "name"'s place, whichever dog it names ("did you delete bruno", "보리 지웠어" without a
        question mark): asking whether a dog was removed, never a removal (stop 59, helper misc59:
        read as "remove bruno", only the router's check with the owner's dogs' names caught it).
        Whether the dog is still the owner's is `removal_asked`'s, with their names."""
        units = units_of(fold(canonical(text)))
        for phrase in self._removal_asked[0]:
            if _NAME not in phrase:
                continue
            at = phrase.index(_NAME)
            before, after = phrase[:at], phrase[at + 1 :]
            named = len(units) - len(before) - len(after)
            if (
                1 <= named <= 2
                and units[: len(before)] == before
                and units[len(units) - len(after) :] == after
            ):
                return True
        return False

    @cached_property
    def _removal_asked(self) -> tuple[frozenset[Units], frozenset[Units]]:
        """The phrases asking whether a dog was removed, "name" as `_NAME`: always, with a "?"."""
        v = self.vocabulary
        return tuple(  # type: ignore[return-value]
            frozenset(tuple(_NAME if u in _NAME_WORDS else u for u in p) for p in v[msg_id].phrases)
            for msg_id in ("understanding-removed-asked", "understanding-removed-gone-asked")
        )

    @cached_property
    def _removal_asked_particles(self) -> frozenset[str]:
        return frozenset(
            p[0] for p in self.vocabulary["understanding-removed-asked-particle"].phrases if len(p) == 1
        )

    def dog_after_slip(self, text: str, names: Sequence[str]) -> int | None:
        """The position in `names` of the dog a report names, then says in the same message it
        meant instead (held-out 17: "rocky chewed the remote… sorry, not rocky, luna", "luna
        growled… wait no, rocky", "보리가 으르렁거려요 아 아니다 반대예요 쿠키가 보리한테…"): after the
        last `understanding-dog-slip` that follows a dog's name, the first dog named that is not
        the one said to be wrong ("not rocky", "보리 말고"), when it is not the dog named first.
        None otherwise: the report is read as usual."""
        marked, placeholders = self.names.marked(text, names)
        if len(placeholders) < 2:
            return None
        words = [w for w in (w.strip(",.!?~;:") for w in marked.split()) if w]
        slip = self.vocabulary["understanding-dog-slip"]
        cut = None
        for start in range(1, len(words)):
            end = next(
                (
                    end
                    for end in range(min(len(words), start + SLIP_WORDS), start, -1)
                    if self._whole(Folded(" ".join(words[start:end])), slip)
                ),
                None,
            )
            if end is not None and any(w in placeholders for w in words[:start]):
                cut = (start, end)
        if cut is None:
            return None
        first = next(placeholders[w] for w in words if w in placeholders)
        not_before = self.vocabulary["understanding-dog-retold-not-before"]
        not_after = self.vocabulary["understanding-dog-retold-not-after"]
        rest = words[cut[1] :]
        for i, word in enumerate(rest):
            if word not in placeholders:
                continue
            before = rest[max(0, i - 2) : i]  # "not pip", "no not pip"
            after = rest[i + 1 : i + 3]  # "초코 말고", "초코 가 아니라"
            wrong = any(
                self._whole(Folded(" ".join(before[j:])), not_before) for j in range(len(before))
            ) or any(self._whole(Folded(" ".join(after[:k])), not_after) for k in range(1, len(after) + 1))
            if not wrong:
                return placeholders[word] if placeholders[word] != first else None
        return None

    def dogs_named(self, text: str, names: Sequence[str]) -> tuple[int, ...]:
        """The positions in `names` of the dogs' names `text` mentions ("보리가 짖어요": 보리)."""
        return self.names.named(text, names)

    def names_set_apart(self, text: str, names: Sequence[str]) -> str:
        """`text` with the owner's dogs' names (`names`, registered) as the owner glues them set
        apart as a word of their own, so every later reading sees the name (trial 56: "보리기록보여줘",
        "보리가현관에서짖어요", "보리도그래요" were the active dog's or an unknown "보리도그래"; "show
        me lunas history", "change coopers age to 4": no dog "lunas", "coopers" offered as new).
        Korean: a name of `GLUED_MIN_SYLLABLES` or more opening a Hangul run, the rest starting with
        a view's or a field's or a behaviour's word ("보리 기록보여줘"), or with a particle and
        `GLUED_MIN_SYLLABLES` more ("보리가 현관에서짖어요"; particles starting with a name's own
        ending left out: "보리이번주" is no 보리 + 이). English: a name of `GLUED_MIN_LETTERS` or
        more with a bare "s", before such a word ("lunas history": "luna's history"). Only the
        owner's own names: "보리차", "초코파이" and a name that is no dog's stay as typed. `text`
        itself when nothing is glued."""
        plain = canonical(text)
        hangul = sorted(
            (n for n in names if len(n) >= GLUED_MIN_SYLLABLES and all(_syllable(ch) for ch in n)),
            key=len,
            reverse=True,
        )
        latin = {n.casefold() for n in names if len(n) >= GLUED_MIN_LETTERS and n.isascii() and n.isalpha()}
        if not hangul and not latin:
            return text
        own = {n.casefold() for n in names if n}
        changed = False

        def korean(m: re.Match[str]) -> str:
            nonlocal changed
            word = m.group()
            if word.casefold() in own:
                return word
            for name in hangul:
                rest = word[len(name) :]
                if not word.startswith(name) or not rest:
                    continue
                if self._opens_with_glued_word(rest, hangul=True):
                    changed = True
                    return f"{name} {rest}"
                particle = next((p for p in self.names._particle_list if rest.startswith(p)), "")
                if particle and len(rest) - len(particle) >= GLUED_MIN_SYLLABLES:
                    changed = True
                    return f"{name}{particle} {rest[len(particle) :]}"
                return word
            return word

        def english(m: re.Match[str]) -> str:
            nonlocal changed
            word, after = m.group(1), plain[m.end() :]
            if word.casefold() in own or word[:-1].casefold() not in latin:
                return m.group()
            if not self._opens_with_glued_word(after, hangul=False):
                return m.group()
            changed = True
            return f"{word[:-1]}'s"

        spaced = re.sub(r"(?<![\w])[\uac00-\ud7a3]+", korean, plain)
        if latin:
            spaced = re.sub(r"(?<![\w'’])([A-Za-z]+s)(?![\w'’])", english, spaced)
        return spaced if changed else text

    def _opens_with_glued_word(self, rest: str, *, hangul: bool) -> bool:
        """`rest` (what follows a name) starts with a word of a dog's view, a profile's field or, in
        Korean, a behaviour (`understanding-command-*`, `understanding-keyword-*`,
        `understanding-field-*`, `understanding-behaviour-verb`: a possessive before a verb is none)."""
        message = Folded(canonical(rest))
        start = 0 if hangul else 1  # Hangul found in the compact text, Latin in the spaced one
        entries = self._glued_words if hangul else self._glued_words[:-1]  # "coopers barks": no "'s"
        return any(
            found_start == start and in_hangul == hangul
            for entry in entries
            for _phrase, found_start, _end, in_hangul in self.vocabulary[entry].find(message)
        )

    @cached_property
    def _glued_words(self) -> tuple[str, ...]:
        """The vocabularies whose words may follow a dog's name typed glued (`names_set_apart`), the
        behaviour's last."""
        return (
            *(f"understanding-command-{n}" for n in GLUED_VIEWS),
            *(f"understanding-keyword-{n}" for n in GLUED_VIEWS),
            *(f"understanding-field-{q.key}" for q in QUESTIONS),
            "understanding-behaviour-verb",
        )

    def dog_subject(self, text: str, names: Sequence[str]) -> int | None:
        """The position in `names` of the dog a message naming several is about: its subject
        (owner trial 10: "콩이가 두부 밥을 자꾸 뺏어먹어요" was filed under 두부, named second).
        Korean: the one name marked as the topic (`understanding-name-topic-particle`: "두부는 콩이가
        다가오면 으르렁대요": 두부, what the sentence is about), else the one marked with a subject
        particle (`understanding-name-subject-particle`: "콩이가"); English (no Hangul): the first name that is no possessive ("Rex
        keeps stealing Max's food": Rex). None when the dogs are joined ("두부랑 콩이가", "Max and
        Rex": both) or no name is marked so. Read canonical (NFC: held-out 9, a report pasted
        decomposed from an iPhone had no Hangul syllable in it and was read as English). An aside in
        brackets is read past (`aside_removed`; stop 64: "Max (my sister's dog) bit Luna's ear")."""
        text = canonical(aside_removed(text))
        marked, placeholders = self.names.marked(text, names)
        if len(set(placeholders.values())) < 2:
            return None
        told = self._dog_in_behaviour_clause(text, names)
        if told is not None:
            return told
        tokens = marked.split()
        joined = {*self._joining_particles, "&"}
        after = [
            (placeholders[token], tokens[i + 1] if i + 1 < len(tokens) else "")
            for i, token in enumerate(tokens)
            if token in placeholders
        ]
        if any(following.strip(",.!?~") in joined for _, following in after):
            return None  # "두부랑 콩이가 싸워요", "Max and Rex fight": about both
        if any(_syllable(ch) for ch in text):
            endings = self._typed_aliases("understanding-name-trigger-ending")
            triggers = {  # "키위가 다가가면": the dog whose coming sets the behaviour off
                placeholders[token]
                for i, token in enumerate(tokens)
                if token in placeholders
                and any(
                    word.strip(",.!?~").endswith(endings)
                    for word in itertools.takewhile(lambda w: w not in placeholders, tokens[i + 2 : i + 4])
                )
            }
            return self._korean_subject(marked, after, triggers)
        before = set(self._typed_aliases("understanding-name-trigger-before"))
        after = [  # "when kiwi comes near, mango growls": Kiwi sets it off, Mango does it
            (dog, following)
            for (dog, following), i in zip(
                after, [i for i, t in enumerate(tokens) if t in placeholders], strict=True
            )
            if not (i and tokens[i - 1].strip(",.!?~") in before)
        ] or after
        agent = set(self._typed_aliases("understanding-name-agent"))
        by = {
            placeholders[t]
            for i, t in enumerate(tokens)
            if t in placeholders and i and tokens[i - 1] in agent
        }
        if len(by) == 1:
            return by.pop()  # "Luna gets humped by Sol": the one doing it (owner trial 16)
        possessive = set(self._typed_aliases("understanding-name-particle"))
        for dog, following in after:
            if following.strip(",.!?~") not in possessive:
                return dog
        return None

    def named_as_target(self, text: str, names: Sequence[str]) -> bool:
        """`text` names one of `names` only as the one a behaviour is aimed at: "she growls at
        clyde when he gets near her food bowl", "초코한테 자꾸 으르렁거려요" (owner trial 17: filed
        under Clyde, the dog growled at). English: a word of `understanding-name-aimed-at` right
        before the name; Korean: one right after it and a behaviour verb within the next two words
        ("초코한테 간식 주면 으르렁거려요" is 초코's: the owner's verb comes first; "초코를 혼자 두면",
        the object of the owner's verb, is never read so). Read canonical, as `dog_subject`."""
        text = canonical(text)
        marked, placeholders = self.names.marked(text, names)
        if len(set(placeholders.values())) != 1:
            return False
        tokens = [token.strip(",.!?~") for token in marked.split()]
        at = [i for i, token in enumerate(tokens) if token in placeholders]
        aimed = set(self._typed_aliases("understanding-name-aimed-at"))
        if any(_syllable(ch) for ch in text):
            verbs = self.vocabulary["understanding-behaviour-verb"]
            return all(
                i + 1 < len(tokens)
                and tokens[i + 1] in aimed
                and any(verbs.contains(Folded(t)) for t in tokens[i + 2 : i + 4])
                for i in at
            )
        return all(i > 0 and tokens[i - 1] in aimed for i in at)

    def _korean_subject(
        self, marked: str, after: Sequence[tuple[int, str]], triggers: set[int]
    ) -> int | None:
        """The dog a Korean message naming several is about, from the particles after the names
        (`after`: each name's dog and the word after it in `marked`): the one dog before the
        agent's particle of a passive verb ("몽이가 맥스한테 물렸어요": 맥스, who bit;
        `understanding-passive-verb`); else the one marked as the topic, else as the subject;
        else, none marked so, the one dog not marked as the one the behaviour is done to ("맥스
        몽이한테 으르렁거려요", `understanding-name-target-particle`; owner trial 16)."""

        def marked_by(msg_id: str) -> set[int]:
            particles = set(self._typed_aliases(msg_id))
            return {dog for dog, following in after if following.strip(",.!?~") in particles}

        if self.vocabulary["understanding-passive-verb"].contains(Folded(marked)):
            agents = marked_by("understanding-passive-agent-particle")
            if len(agents) == 1:
                return agents.pop()
        for msg_id in ("understanding-name-topic-particle", "understanding-name-subject-particle"):
            marked_so = marked_by(msg_id)
            if len(marked_so) > 1 and len(marked_so - triggers) == 1:
                marked_so -= triggers
            if len(marked_so) == 1:
                return marked_so.pop()
            if marked_so:
                return None
        targets = marked_by("understanding-name-target-particle")
        others = {dog for dog, _ in after} - targets
        return others.pop() if targets and len(others) == 1 else None

    def _dog_in_behaviour_clause(self, text: str, names: Sequence[str]) -> int | None:
        """A message of contrasted clauses ("우유는 얌전한데 초코는 밥먹을때 으르렁거려요", "Pepper is
        fine but Milo growls at him"; `understanding-clause-contrast`): the one dog named only in
        the clauses that tell a behaviour (owner trial 15: filed under the calm one, the active
        dog). None when not one dog is so."""
        contrast = sorted(self._typed_aliases("understanding-clause-contrast"), key=len, reverse=True)
        if not contrast:
            return None
        pattern = "|".join(
            rf"(?<={re.escape(c)})\s+" if _syllable(c[0]) else rf"\s+{re.escape(c)}\s+|\s*{re.escape(c)}\s+"
            for c in contrast
        )
        pattern = rf"{pattern}|\s*[,;]\s*" if pattern else r"\s*[,;]\s*"
        pattern = rf"{pattern}|[.!?\n]+\s*"
        verbs = self.vocabulary["understanding-behaviour-verb"]
        clauses = [
            sentence
            for c in re.split(pattern, canonical(text).casefold())
            if c and c.strip()
            for sentence in self._korean_sentences(c, names)
        ]
        if len(clauses) < 2:
            return None
        telling: set[int] = set()
        calm: set[int] = set()
        for clause in clauses:
            _marked, placeholders = self.names.marked(clause, names)
            dogs = set(placeholders.values())
            if verbs.contains(Folded(clause)) and len(dogs) > 1:
                # "밤이가 초코 밥을 뺏어먹어요 초코는 가만히 있어요" (stop 50): the clause's subject
                # tells it, the dog whose food it is stays out
                subject = self.dog_subject(clause, names)
                dogs = {subject} if subject is not None else dogs
            told = verbs.contains(Folded(clause)) and not self._concessive(clause)
            (telling if told else calm).update(dogs)
        only = telling - calm
        return only.pop() if len(only) == 1 and len(telling) == 1 and calm else None

    def _concessive(self, clause: str) -> bool:
        """`clause` only the circumstance the behaviour goes on in spite of (`understanding-clause-
        concessive`: "쌀이가 깽깽대는데도요", "even when Pip yelps"; held-out 18, stop 63: the
        report filed under the yelping dog, not the biting one): what the dog in it does is its
        reaction, the report not about it. Korean: the clause's last word ends so; else it opens so."""
        said = clause.strip(" ,.!?~ㅠㅜ")
        for word in self._typed_aliases("understanding-clause-concessive"):
            if _syllable(word[0]) and said.endswith(word):
                return True
            if not _syllable(word[0]) and (said == word or said.startswith(word + " ")):
                return True
        return False

    def _korean_sentences(self, clause: str, names: Sequence[str]) -> list[str]:
        """`clause` cut into its Korean sentences typed with no full stop: after a word telling a
        behaviour that ends a sentence (`understanding-sentence-end`: "뺏어먹어요") when the next
        word opens with a dog's name ("… 뺏어먹어요 초코는 가만히 있어요"). Not Korean: whole."""
        if not any(_syllable(ch) for ch in clause):
            return [clause]
        endings = self._typed_aliases("understanding-sentence-end")
        verbs = self.vocabulary["understanding-behaviour-verb"]
        words = clause.split()
        sentences: list[list[str]] = [[]]
        for i, word in enumerate(words):
            sentences[-1].append(word)
            following = words[i + 1] if i + 1 < len(words) else ""
            bare = word.rstrip(_FEELING_TAIL)  # "엄청짖었어요ㅠㅠ 보리는 가만히…" (held-out 9)
            if (
                following
                and bare.endswith(endings)
                and verbs.contains(Folded(bare))
                and not self.names.named(word, names)
                and self.names.named(following, names)
            ):
                sentences.append([])
        return [" ".join(s) for s in sentences if s]

    def dogs_together(self, text: str, names: Sequence[str]) -> tuple[int, ...]:
        """The positions in `names` of two dogs the message opens with, joined ("max and bella
        both bark", "콩이랑 두부 둘 다 짖어요", "Max & Bella bark at the door"): the report is about
        both (owner trial 11: filed under Max, the first, without a word). () for anything else:
        one dog the subject and the other in the rest ("콩이가 두부 밥을 뺏어먹어요") is not both."""
        marked, placeholders = self.names.marked(text, names)
        words = marked.split()
        if len(words) < 3 or words[0] not in placeholders or words[2] not in placeholders:
            return ()
        if words[1].casefold() not in self._joining_particles and words[1] != "&":
            return ()
        first, second = placeholders[words[0]], placeholders[words[2]]
        return (first, second) if first != second else ()

    def both_dogs(self, text: str) -> bool:
        """The message tells something of two dogs at once ("둘 다 줄을 당겨요", "both pull on the
        leash", "they both bark at the door", "둘이 싸웠어요": a fight between the two): one report,
        about both."""
        message = Folded(canonical(text))
        v = self.vocabulary
        if v["understanding-both-dogs"].contains(message):
            return True
        if v["understanding-both-dogs-pair"].contains(message) and v[
            "understanding-both-dogs-fight"
        ].contains(message):
            return True  # "방금 둘이 진짜 싸웠어요" (held-out 15): a fight is between the two
        first = message.spaced.strip().split(" ", 1)[0]
        return (first,) in v["understanding-both-dogs-first"].phrases

    @cached_property
    def _retelling(self) -> Table:
        """The words around the dogs' names of a report said to be about another dog ("아 초코 말고
        보리요", "oh not Choco, Bori", "I meant Bori"): what says so, what marks the wrong dog, and
        what is read past (interjections, apologies, particles, polite endings)."""
        v = self.vocabulary
        table = Table().add("not-before", v["understanding-dog-retold-not-before"])
        table.add("not-after", v["understanding-dog-retold-not-after"])
        table.add("cue", v["understanding-dog-retold"])
        table.add("cue", v["understanding-correction"])
        table.add("filler", v["understanding-correction-filler"])
        table.add("filler", v["understanding-dog-retold-filler"])  # "아 그거 보리 얘기였어요"
        table.add("filler", v["understanding-polite-ending"])
        table.add("filler", v["understanding-name-particle"])
        return table.add("filler", v["understanding-dog"])

    def may_retell(self, text: str) -> bool:
        """A cheap first look (no dogs' names needed): the message has words that say a report was
        about another dog (`dog_retold` decides)."""
        message = Folded(canonical(text))
        v = self.vocabulary
        words = message.text.split()
        one = v["understanding-dog-retold-one"]
        if any(
            self._whole(Folded(" ".join(words[a:b])), one)
            for a in range(len(words))
            for b in range(a + 1, min(len(words), a + THE_ONE_WORDS) + 1)
        ):
            return True  # "무는 건 보리예요": whole words only ("건강" has no "건")
        return any(
            v[msg_id].contains(message)
            for msg_id in (
                "understanding-dog-retold",
                "understanding-dog-retold-not-before",
                "understanding-dog-retold-not-after",
                "understanding-correction",
            )
        )

    def dog_retold(self, text: str, names: Sequence[str], current: int | None) -> int | None:
        """The position in `names` of the dog a message says the report just sent is about
        instead of the dog at `current` ("아 초코 말고 보리요", "보리 얘기예요", "oh not Choco, Bori",
        "sorry, that was Bori", "I meant Bori"): the whole message is the dogs' names and the words
        that correct which dog it was, and it names one dog other than `current` that is not the
        one said to be wrong ("not Choco"). None for anything else: a new incident about that dog
        ("보리도 밤마다 짖어요") tells something, so it is read as usual."""
        read = self._retold(text, names, current)
        return read[0].pop() if read is not None and len(read[0]) == 1 else None

    def dog_disowned(self, text: str, names: Sequence[str]) -> str | None:
        """What a message says of the owner's own dog after saying the report just sent was about
        a dog that is not the owner's ("아 그건 두부 말고 다른 손님 강아지였어요 두부는 으르렁만 해요",
        "that wasn't Rex, it was a client's dog", "it was my neighbour's dog not mine"; stop 64
        owner trial: sent to the model as a new report, the bite's red flag and hold left on the
        owner's dog): the words after the clause that says so when they tell a behaviour (filed as
        a report of its own), "" when nothing or no behaviour follows, None when the message says
        no such thing. "another dog" alone (`understanding-dog-disowned-other`) says so only with
        one dog registered (`names`): with two it may mean the other (`dog_retold` names it). Only
        with the owner's dog denied or the report pointed at (`understanding-dog-disowned-said`:
        "말고", "그건", "not mine", "that was"): said alone, the other dog is the trigger."""
        v = self.vocabulary
        entries = ["understanding-dog-disowned"]
        if len(names) <= 1:
            entries.append("understanding-dog-disowned-other")
        words = text.split()
        for end in range(1, len(words) + 1):
            head = Folded(canonical(" ".join(words[:end])))
            if any(v[entry].contains(head) for entry in entries):
                break
        else:
            return None
        if not v["understanding-dog-disowned-said"].contains(Folded(canonical(text))):
            # "옆집 강아지였어요", "it was my neighbour's dog" alone answer "what happened right
            # before?" as well (the trigger); the owner's dog denied or the report pointed at says
            # it is a correction (stop 64, the lead's review)
            return None
        rest = " ".join(words[end:]).strip(" ,.!?~")
        return rest if rest and self.signals.read(Folded(canonical(rest))).behaviour else ""

    def dog_not_registered(self, text: str, names: Sequence[str]) -> str:
        """The name of a dog none of `names` a report is about ("Milo peed on the rug", "Milo
        chewing the rug", "콩이가 또 짖어요": the name it introduces, `DogNames.introduced`; "Bella
        and Milo fought over food": a capitalised word joined by "and" to a registered dog's name),
        as typed; "" for none, a registered dog, or a word that is no name (`_name_like`,
        `understanding-asked-not-name`). English trial 5: filed under the active dog without a word."""
        registered = {called for n in names if n for called in self._called(self.names.bare(n))}
        not_names = self.vocabulary["understanding-asked-not-name"]

        def unregistered(word: str, *, whole: bool = False) -> bool:
            bare = self.names.bare(word)
            folded = normalize(bare).casefold()
            # `whole`: the word itself is none of `not_names`, not one opening with it ("두부" is
            # no "두")
            named_not = (
                tuple(Folded(bare).units) in not_names.phrases if whole else not_names.contains(Folded(bare))
            )
            return (
                bool(bare)
                and folded not in registered
                and not any(sound_alike(folded, _fold(n)) for n in names if n)  # "Mongi" for 몽이
                and folded not in self._intro_not_names
                and self._name_like(bare)
                and not named_not
                and not self.verb_ended(bare)  # "저희 이사왔어요 어제" (owner trial 22: a dog "이사왔어")
                # a kind of dog or a child, no name: "큰개가", "동네개가", "첫애가" (stop 64 review)
                and not any(
                    bare.endswith(end) for end in self._typed_aliases("understanding-subject-not-dog-end")
                )
            )

        text = aside_removed(text)  # "Max (my sister's dog, staying with us) bit …" (stop 64)
        introduced = self.names.introduced(text)
        if introduced and unregistered(introduced):
            return introduced
        words = [w.strip(",.!?~;:") for w in canonical(text).split()]
        if self._lowercase_subject(words) and unregistered(words[0]):
            return words[0]
        korean = self._korean_first_subject(words)
        if korean and unregistered(korean, whole=True):
            return korean
        joined = self.vocabulary["understanding-dog-joined"]
        for i, word in enumerate(words):
            if i == 0 or not (word.isascii() and word[:1].isupper() and word != "I"):
                continue
            beside = [words[j] for j in (i - 2, i + 2) if 0 <= j < len(words)]
            links = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            with_dog = any(normalize(self.names.bare(b)).casefold() in registered for b in beside)
            if with_dog and any(joined.contains(Folded(w)) for w in links) and unregistered(word):
                return word
        return ""

    def _korean_first_subject(self, words: Sequence[str]) -> str:
        """A Korean name opening a report as its subject with a subject particle, whatever its
        ending ("두부가 오늘 산책하다가 다른 개를 물었어요"; stop 64 owner trial: filed silently
        under the one registered dog, its red flag in that dog's vet summary): the stem, two or three
        syllables ending in a vowel, its particle 가, not a word owners open with for someone else (`understanding-subject-not-dog`:
        "택배가", "손님이", "엄마가"), the next word no clause of its own ("택배가 오면") and the
        rest telling a behaviour. The caller checks it is no registered dog and may be a name."""
        if len(words) < 3 or not words[0] or not all(_syllable(ch) for ch in words[0]):
            return ""
        first = words[0]
        stem, particle = first[:-1], first[-1]
        # 가 after a vowel only: a word closed by a consonant with 이 is a name read by its ending
        # (`DogNames.introduced`: "콩이가") or a noun ("잇몸이", "기운이", "고양이"); a stem in 다 is a
        # verb's "while" ("자다가", "놀다가")
        if (
            not 2 <= len(stem) <= 3
            or particle != "\uac00"
            or final_consonant(stem)
            or stem.endswith("\ub2e4")
        ):
            return ""
        if self.vocabulary["understanding-subject-not-dog"].contains(Folded(stem)):
            return ""
        if self.verb_ended(words[1]) or words[1].endswith("\uba74"):
            return ""  # "택배가 오면", "민준이가 뛰어다니면": who sets it off, in a clause of its own
        return stem if self.signals.read(Folded(" ".join(words[1:]))).behaviour else ""

    def verb_ended(self, word: str) -> bool:
        """`word` ends as a Korean verb does, closing a clause or a sentence ("이사해서",
        "이사왔어", "나갔거든": `understanding-verb-clause-end`, `understanding-verb-final`), also
        with the polite ending after it (`understanding-verb-polite`: "데려왔어요"; owner trial 22: a
        dog named so): no dog's name."""
        bare = word.rstrip(".,!?~")
        polite = next((p for p in self._typed_aliases("understanding-verb-polite") if bare.endswith(p)), "")
        forms = [bare, bare[: -len(polite)]] if polite and len(bare) > len(polite) + 1 else [bare]
        return any(
            phrase and units[-len(phrase) :] == phrase
            for units in (Folded(form).units for form in forms)
            for entry in ("understanding-verb-clause-end", "understanding-verb-final")
            for phrase in self.vocabulary[entry].phrases
            if not phrase[0].isascii()
        )

    def _lowercase_subject(self, words: Sequence[str]) -> bool:
        """The first word an English name typed lower case, as phones type it ("rex chewed the
        remote", owner trial 9: filed under the active dog without a word): letters only, followed
        by a behaviour verb (`understanding-name-subject-verb`, one that tells a behaviour: not
        "is", "was"), neither a word in -ing ("barking") nor a breed ("lab"). The caller checks it
        is no word that names none (`understanding-asked-not-name`) and no registered dog."""
        if len(words) < 2 or not (words[0].isascii() and words[0].isalpha() and words[0].islower()):
            return False
        first, verb = words[0], Folded(words[1])
        if len(first) < 2 or (len(first) > 4 and first.endswith("ing")):
            return False
        v = self.vocabulary
        if v["understanding-breed"].contains(Folded(first)):
            return False  # "lab chewed my shoe": the breed, no name
        if not v["understanding-name-subject-verb"].contains(verb):
            return False
        # "lulu keeps stealing socks" (stop 50: filed under the active dog without a word): the
        # behaviour after "keeps", "always", "has been" is read with the words that follow
        return self.signals.read(Folded(" ".join(words[1:4]))).behaviour

    def _two_told(self, text: str) -> tuple[str, str] | None:
        """Two dogs' names given at once where one dog's name is asked ("two dogs, Milo and Daisy",
        "두마리요 밀로랑 데이지", owner trial 8: named Daisy, Milo lost): the names in
        the order told, joined by one joining word (`understanding-dog-joined`, a Korean one glued to
        the first name: "밀로랑"), the rest words that count or own the dogs
        (`understanding-two-dogs-filler`). None for anything else: one name, three, or other words.
        Each is checked as a name alone by `Understander.two_named`."""
        filler = self.vocabulary["understanding-two-dogs-filler"]
        joined = self.vocabulary["understanding-dog-joined"]
        joins = sorted(
            (a for a in self._joining_particles if a and all(_syllable(ch) for ch in a)),
            key=len,
            reverse=True,
        )
        tokens = [w for w in re.split(r"[\s,.!?~;:]+", canonical(text)) if w]
        by_topic = self._two_by_topic(tokens)
        if by_topic is not None:
            return by_topic
        names: list[str] = []
        joined_at: list[int] = []
        for i, token in enumerate(tokens):
            folded = Folded(token)
            if token.casefold() in self._joining_particles or self._whole(folded, joined):
                joined_at.append(len(names))
                continue
            if self._whole(folded, filler):
                continue
            glued = next((j for j in joins if token.endswith(j) and len(token) > len(j)), "")
            # "콩이랑", "루이랑": the name as the owner calls it (콩이, 루이) and the particle 랑, not
            # 콩 + 이랑 (owner trial 10): a join that starts with a name's own ending is read short
            glued = next(
                (
                    glued[len(e) :]
                    for e in self._name_endings
                    if glued.startswith(e) and glued[len(e) :] in joins
                ),
                glued,
            )
            if glued and i + 1 < len(tokens) and all(_syllable(ch) for ch in token):
                token = token[: -len(glued)]  # "밀로랑": 밀로, joined to the next
                names.append(token)
                joined_at.append(len(names))
                continue
            names.append(token)
        if len(names) != 2 or joined_at != [1]:
            return None
        read = [self.answers.name(Folded(n)) for n in names]
        found = tuple(str(r.value) for r in read if isinstance(r, Value))
        if len(found) != 2 or not all(self._name_like(n) for n in found):
            return None
        if any(normalize(n).casefold() in self._intro_not_names for n in found):
            return None
        return found[0], found[1]

    def _two_with_facts(self, text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """Two dogs told each with its facts in brackets after its name ("콩이(4살 말티푸 여아)랑
        두부(1살 진도믹스 남아)", "Bella (3, spayed female lab) and Max (1yo neutered boy, beagle)";
        stop 50: "not a name", every fact lost): each name as typed and the words in its brackets,
        the two joined by a joining word (`understanding-dog-joined`, a Korean one glued to the
        bracket), only words counting or owning the dogs before (`understanding-two-dogs-filler`)
        and a polite ending after. None for anything else; the names are checked by the caller."""
        found = _TWO_WITH_FACTS.fullmatch(canonical(text).strip())
        if found is None:
            return self._two_called(text)
        join = found["join"].strip(" ,").casefold()
        if (
            join
            and join not in self._joining_particles
            and not self._whole(Folded(join), self.vocabulary["understanding-dog-joined"])
        ):
            return None
        lead, tail = found["lead"].strip(" ,.!~:"), found["tail"].strip(" ,.!~")
        if lead and not self._whole(Folded(lead), self.vocabulary["understanding-two-dogs-filler"]):
            return None
        if tail and not self._whole(Folded(tail), self.vocabulary["understanding-polite-ending"]):
            return None
        return (found["first"], found["facts1"].strip()), (found["second"], found["facts2"].strip())

    def _two_called(self, text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """Two dogs each told by what it is, then the word that names it, then its name ("a lab
        called Bruno and a little jack russell called Pip"; stop 50: Pip's "little" stored on
        Bruno, or only Pip kept): each name and the words before it back to the joining word
        (`understanding-dog-called`, `understanding-dog-joined`). English only: a Korean name
        comes before what it is told of. None for anything else."""
        text = canonical(text)
        if any(_syllable(ch) for ch in text):
            return self._two_told_korean(text)
        called = sorted(
            (a for a in self._typed_aliases("understanding-dog-called") if a.isascii()), key=len, reverse=True
        )
        joins = sorted((a for a in self._joining_particles if a.isascii()), key=len, reverse=True)
        if not called or not joins:
            return None
        word = "|".join(map(re.escape, called))
        join = "|".join(map(re.escape, joins))
        found = re.fullmatch(
            rf"(?P<facts1>.*?)\b(?:{word})\s+(?P<first>[A-Za-z][\w'’-]*)\s*,?\s+(?:{join})\s+"
            rf"(?P<facts2>.*?)\b(?:{word})\s+(?P<second>[A-Za-z][\w'’-]*)[\s.!~]*",
            canonical(text).strip(),
            flags=re.IGNORECASE,
        )
        if found is None or not found["facts1"].strip() or not found["facts2"].strip():
            return None
        return (found["first"], found["facts1"].strip(" ,")), (found["second"], found["facts2"].strip(" ,"))

    def _two_told_korean(self, text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """Korean: two dogs each told by what it is, then its name, joined by a particle glued to
        the first name ("래브 브루노랑 작은 잭러셀 핍이요"): each name (the last word of its side, the
        particle off) and the words before it, both sides telling something. None else."""
        words = canonical(text).split()
        joins = sorted(
            (a for a in self._joining_particles if a and all(_syllable(ch) for ch in a)),
            key=len,
            reverse=True,
        )
        at = [
            i
            for i, w in enumerate(words[:-1])
            if all(_syllable(ch) for ch in w) and any(w.endswith(j) and len(w) > len(j) for j in joins)
        ]
        if len(at) != 1 or at[0] == 0 or at[0] + 2 >= len(words):
            return None
        i = at[0]
        glued = next(j for j in joins if words[i].endswith(j) and len(words[i]) > len(j))
        first = words[i][: -len(glued)]
        first = next(
            (
                first + e
                for e in self._name_endings
                if words[i].startswith(first + e) and glued[len(e) :] in joins
            ),
            first,
        )
        return (first, " ".join(words[:i])), (words[-1], " ".join(words[i + 1 : -1]))

    def _two_by_topic(self, tokens: list[str]) -> tuple[str, str] | None:
        """Two dogs told one after the other, each by its order or as the topic of its own fact
        ("첫째는 초코 둘째는 라떼요", "초코는 5살 밤이는 2살"; owner trial 17: only 라떼 kept, or
        the dog named "초코는" and the second's age taken for its own): the two names in the order
        told, each checked by `Understander.two_named`. None for anything else."""
        ordinal = self.vocabulary["understanding-name-ordinal"]
        tokens = self._ordinals_apart(self._ordinal_phrases(tokens, ordinal), ordinal)
        if (
            len(tokens) == 4
            and self._whole(Folded(tokens[0]), ordinal)
            and self._whole(Folded(tokens[2]), ordinal)
        ):
            return self._without_copula_and(tokens[1]), tokens[3]
        topics = [i for i, token in enumerate(tokens) if self.answers.told_stem(token)]
        if len(topics) != 2 or topics[0] != 0:
            return None
        facts = (tokens[1 : topics[1]], tokens[topics[1] + 1 :])
        if not all(fact and any(ch.isdigit() for w in fact for ch in w) for fact in facts):
            return None  # each name with its own fact ("5살", "2살")
        return self.answers.told_stem(tokens[0]), self.answers.told_stem(tokens[topics[1]])

    def _ordinal_phrases(self, tokens: list[str], ordinal: Phrases) -> list[str]:
        """`tokens` with an order of several words made one ("the older one is Mango and the
        younger is Kiwi": "the older one is", Mango, "the younger is", Kiwi; owner trial 34: no
        name read, then "Mango is" stored as the name), a joining word right before an order left
        out ("and")."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            ends = [
                j
                for j in range(i + 2, min(len(tokens), i + 5) + 1)
                if self._whole_ordinal(tokens[i:j], ordinal)
            ]
            if not ends:
                out.append(tokens[i])
                i += 1
                continue
            if out and out[-1].casefold() in self._joining_particles:
                out.pop()  # "… Mango and the younger is Kiwi"
            out.append(" ".join(tokens[i : max(ends)]))
            i = max(ends)
        return out

    def _whole_ordinal(self, words: list[str], ordinal: Phrases) -> bool:
        """`words` are, whole, one order of `understanding-name-ordinal` ("the older one is")."""
        return self._whole(Folded(" ".join(words)), ordinal) and len(words) > 1

    def _ordinals_apart(self, tokens: list[str], ordinal: Phrases) -> list[str]:
        """`tokens` with an order word typed glued to the words around it set apart, and the
        home's filler before the first left out ("울집첫째는초코구 둘째는망고에용": 첫째는, 초코구,
        둘째는, 망고에용; owner trial 24: only 망고 kept)."""
        filler = self.vocabulary["understanding-two-dogs-filler"]
        apart: list[str] = []
        for token in tokens:
            hits = [h for h in ordinal.find(Folded(token)) if h[3] and Folded(token).compact == token]
            if not hits:
                apart.append(token)
                continue
            _phrase, start, end, _hangul = hits[0]
            before, said, after = token[:start], token[start:end], token[end:]
            if before and not (not apart and self._whole(Folded(before), filler)):
                apart.append(before)
            apart += [said, after] if after else [said]
        while len(apart) > 4 and self._whole(Folded(apart[0]), filler):
            apart = apart[1:]  # "울집 첫째는 …", "우리집 첫째는 …"
        return apart

    def _without_copula_and(self, word: str) -> str:
        """A first name joined to the next clause by the copula's "and" (`understanding-name-copula-
        and`: "첫째는 콩이고 둘째는 보리예요": 콩이; owner trial 23: the dog named "콩이고"). Only where
        the name left ends as names end (`understanding-name-suffix`: 콩이), in a vowel, after which
        이고 is said 고 ("초코구", "두부고": owner trial 24), or the ending is said twice (망고고:
        망고), so a name ending in it after a consonant (망고) stays."""
        for ending in self._typed_aliases("understanding-name-copula-and"):
            stem = word[: -len(ending)]
            ends = (*self._name_endings, ending)
            if (
                word.endswith(ending)
                and len(stem) >= 2
                and (stem.endswith(ends) or (_syllable(stem[-1]) and final_consonant(stem) is None))
            ):
                return stem
        return word

    def two_named_alone(self, text: str) -> bool:
        """Two names joined by a word and nothing else ("Salt and Pepper", "Milo & Daisy"): one
        dog's name may be so ("Salt and Pepper", "Mac and Cheese"), so the flow asks whether it is
        one dog or two (owner trial 10: read as two dogs). Words counting or owning the dogs ("two
        dogs, Milo and Daisy") or a Korean particle glued to the first ("콩이랑 팥이요") say two."""
        tokens = [w for w in re.split(r"[\s,.!?~;:]+", canonical(text)) if w]
        if len(tokens) != 3:
            return False
        joined = self.vocabulary["understanding-dog-joined"]
        return tokens[1].casefold() in self._joining_particles or self._whole(Folded(tokens[1]), joined)

    def _whole(self, message: Folded, phrases: Phrases) -> bool:
        """The whole of `message` is one or more of `phrases` (never a part of a word: "두" of
        "두부")."""
        return cover(message.units, Table().add("x", phrases)) is not None

    @cached_property
    def _joining_particles(self) -> tuple[str, ...]:
        """The joining words of every locale (`understanding-dog-joined`), as typed."""
        return self._typed_aliases("understanding-dog-joined")

    def after_a_name(self, message: Folded, refused: Table | None = None) -> Folded | None:
        """The words after a dog's name opening the message, else None (held-out 11: "Max just did
        it again right now lol", "콩이가 또 그랬어요" with two dogs were noise, a report lost: the
        classifier knows no names, so the name is what stands first as one: a capitalised Latin
        word, or one Hangul word of at most `NAME_MAX_SYLLABLES` syllables before its subject or
        topic particle that is none of the again words). The flow files the report under the dog named (`handlers.report.dog_of`)."""
        first, _, rest = message.text.strip().partition(" ")
        if not rest:
            return None
        if _capitalised(first):
            return Folded(rest)
        if refused is not None and first.isascii() and first.isalpha() and len(first) > 1:
            # "luna just did the same thing again" (held-out 17: noise, the report lost): a name
            # typed in lower case, as phones leave it, where the caller's own words follow it
            return None if cover(Folded(first).units, refused) else Folded(rest)
        v = self.vocabulary
        stem = _name_stem(
            first,
            v["understanding-name-subject-particle"].typed + v["understanding-name-topic-particle"].typed,
        )
        if not stem and refused is not None and 0 < len(first) <= NAME_MAX_SYLLABLES:
            # "루나 방금 또 똑같이 했어요" (held-out 17): a name typed bare, no particle after it
            # (a clause's verb is none: "혼냈는데 또 그래요" tells what the owner did, past or "-는데")
            bare = all(_syllable(ch) for ch in first) and not any(_past_final(ch) for ch in first)
            stem = first if bare and not first.endswith(v["understanding-clause-contrast"].typed) else ""
        if not stem or (refused is not None and cover(Folded(stem).units, refused)):
            return None  # "방금도 또 그랬어요": no name before it (`refused`: the caller's own words)
        return Folded(rest)

    def _stand_in(self, locale: str) -> str:
        """The word standing for the dog that `name_as_pronoun` puts where a name stood."""
        return (
            self.vocabulary.messages.attribute(locale, "understanding-name-stand-in", "aliases") or ""
        ).strip()

    def name_as_pronoun(self, message: Folded) -> Folded | None:
        """`message` with the dog's name said where the owner's words put a pronoun, else None
        (held-out 11, two dogs by name: "솔직히 해피가 좀 무서워요", "honestly im scared of Rocky" were
        reports analysed, where "얘가 무서워요", "scared of him" are the owner's fear): the first
        Hangul word of at most `NAME_MAX_SYLLABLES` syllables before a subject particle becomes
        the vocabulary's own subject ("얘가"), a capitalised Latin word after the first the pronoun
        "him". The classifier knows no names; these are the places a name stands."""
        words = message.text.split()
        particles = self.vocabulary["understanding-name-subject-particle"].typed
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            locale = "en" if i and _capitalised(bare) else "ko" if _name_stem(bare, particles) else ""
            if locale:
                return Folded(" ".join([*words[:i], self._stand_in(locale), *words[i + 1 :]]))
        return None

    def _typed_aliases(self, msg_id: str) -> tuple[str, ...]:
        """The `.aliases` of `msg_id` in every locale, normalized and case-folded, not folded into
        comparison units (a particle glued to a name is matched as typed)."""
        found: set[str] = set()
        for locale in LOCALES:
            aliases = self.messages.attribute(locale, msg_id, "aliases") or ""
            found.update(normalize(a).strip().casefold() for a in aliases.split(",") if a.strip())
        found.discard("")  # "&" normalized away: no word follows a name as ""; "Max growls at Mongi"
        return tuple(sorted(found))  # was read as two dogs joined (owner trial 16)

    def _called(self, name: str) -> tuple[str, ...]:
        """A registered name, case-folded, and, when it ends in a Hangul syllable with a final
        consonant, as it is called with a name's own ending ("별" → "별이", "까꿍" → "까꿍이";
        `understanding-name-suffix`): owner trial 9 read "별이가 …" as a dog not registered."""
        folded = normalize(name).casefold()
        if not (folded and "\uac00" <= folded[-1] <= "\ud7a3" and final_consonant(folded[-1]) is not None):
            return (folded,)
        return (folded, *(folded + e for e in self._name_endings))

    def dog_unregistered(self, text: str, names: Sequence[str], current: int | None) -> str:
        """The name of a dog none of `names` that a message says the report just sent is about
        instead of the dog at `current` ("아 콩이 말고 보리요" with 콩이 alone, "oh not Max, Bella"):
        read as `dog_retold` reads it with that word as one more dog, and `current` named as the
        wrong one ("콩이 말고", "not Max"), so a word that only follows a correction ("콩이 얘기예요")
        is never taken for a dog. A Korean name is the shortest start of its word that reads so
        ("보리요": 보리); an English one is capitalised, as `DogNames.introduced` asks. "" for none."""
        if current is None or not 0 <= current < len(names):
            return ""
        not_names = self._intro_not_names
        registered = {called for n in names for called in self._called(n)}

        def names_it(candidate: str) -> bool:
            read = self._retold(text, [*names, candidate], current)
            return read is not None and read[0] == {len(names)} and current in read[1]

        for word in re.findall(r"[^\s.,!?~…\"'“”‘’()]+", canonical(text)):
            for candidate in _name_starts(word):
                folded = normalize(candidate).casefold()
                if folded in registered or folded in not_names:
                    break  # "보리요" of a dog registered; "산책이요": no start of such a word is a name
                if any(folded.removesuffix(e) in not_names for e in self._name_endings):
                    break
                if names_it(candidate):  # "별이요": 별이, as the owner calls 별, rather than 별
                    called = (candidate + e for e in self._name_endings)
                    return next((c for c in called if word.startswith(c) and names_it(c)), candidate)
        return ""

    @cached_property
    def _name_endings(self) -> tuple[str, ...]:
        """A name's own endings ("콩이" for 콩), from `understanding-name-suffix`."""
        return self._typed_aliases("understanding-name-suffix")

    @cached_property
    def _intro_not_names(self) -> frozenset[str]:
        found: set[str] = set()
        for locale in LOCALES:
            aliases = self.messages.attribute(locale, "understanding-name-intro-not-name", "aliases") or ""
            found.update(normalize(a).strip().casefold() for a in aliases.split(",") if a.strip())
        return frozenset(found)

    def _retold(
        self, text: str, names: Sequence[str], current: int | None
    ) -> tuple[set[int], set[int]] | None:
        """The dogs a retelling message names as the right one (other than `current`) and those it
        names as wrong ("초코 말고", "not Choco"); None when it is not the dogs' names and the
        words that correct which dog it was."""
        marked, placeholders = self.names.marked(text, names)
        marked, pointed = self._the_one(marked, placeholders)
        if not placeholders or len(marked) > RETOLD_MAX_LETTERS:
            return None
        pieces = cover(
            Folded(marked).units, self._retelling, single=lambda u: "dog" if u in placeholders else None
        )
        if pieces is None:
            return None
        if not pointed and not any(tag in ("cue", "not-before", "not-after") for tag, _ in pieces):
            return None
        said = [(tag, unit) for tag, unit in pieces if tag != "filler"]
        targets: set[int] = set()
        wrongs: set[int] = set()
        for i, (tag, unit) in enumerate(said):
            if tag != "dog":
                continue
            index = placeholders[unit[0]]
            wrong = (i > 0 and said[i - 1][0] == "not-before") or (
                i + 1 < len(said) and said[i + 1][0] == "not-after"
            )
            if wrong:
                wrongs.add(index)
            elif index != current:
                targets.add(index)
        return targets, wrongs

    def _the_one(self, marked: str, placeholders: Mapping[str, int]) -> tuple[str, bool]:
        """`marked` without the behaviour said of the dog pointed at as the one who does it, and
        whether one was (owner trial 11: "bella's the one who bites tho" after a report about Max
        was a new report): "X's the one who bites", "its X who does that" (English: the words
        after `understanding-dog-retold-one`, a few at most, dropped) and "무는 건 X예요" (Korean:
        the words before it dropped). The rest is read as any retelling is."""
        words = marked.split()
        one = self.vocabulary["understanding-dog-retold-one"]
        for start in range(len(words)):
            for end in range(min(len(words), start + THE_ONE_WORDS), start, -1):
                phrase = " ".join(words[start:end])
                if not self._whole(Folded(phrase), one):
                    continue
                if any(_syllable(ch) for ch in phrase):  # "무는 건 X예요": the words before
                    before, rest = words[:start], words[end:]
                    if 0 < len(before) <= THE_ONE_WORDS and any(p in rest for p in placeholders):
                        return " ".join(rest), True
                    continue
                after = words[end:]  # "X's the one who bites tho": the words after
                if len(after) <= THE_ONE_WORDS and any(p in words[:start] for p in placeholders):
                    return " ".join(words[:start]), True
        return marked, False

    def _name_like(self, word: str) -> bool:
        """A word that may be a dog's name: letters only, short, no command or dog word."""
        bare = self.names.bare(word)
        if not bare or not all(ch.isalpha() for ch in bare.replace("'", "").replace("’", "")):
            return False
        hangul = sum(1 for ch in bare if _syllable(ch))
        if hangul > NAME_MAX_HANGUL or (not hangul and len(bare) > 20):
            return False
        units = tuple(Folded(bare).units)
        if any(units in self.vocabulary[e].phrases for e in _PRONOUNS):
            return False  # "weve had her 2 years not 6 months" (stop 47): dog "weve"
        dog = self.vocabulary["understanding-dog"].phrases
        return not (units in dog or cover(units, self._commands) or cover(units, self._talk))

    def _rename(self, message: Folded, signals: Signals) -> Understanding | None:
        """ "his name is Max" / "이름은 콩이예요" at a later question (a number or a free text): the
        dog's name said again, to correct it; never a question or a behaviour."""
        if signals.question or signals.behaviour:
            return None
        if not self.vocabulary["understanding-name-correction"].contains(message):
            return None
        if self.vocabulary["understanding-another-dog"].contains(message):
            return None  # "네 다른 강아지도 있어요 이름은 콩이": another dog's name (batch 73: renamed)
        if self.vocabulary["understanding-not-a-dog-animal"].contains(message):
            return None  # "고양이 한마리 있어요 이름은 나비" (owner trial 21: the dog renamed 나비)
        answer = self.answers.name(message)
        if not isinstance(answer, Value):
            return None
        return Understanding(Kind.ANSWER, message.text, answer=answer, rename=True, reason="rename")

    def _change_asked_first(self, message: Folded, changing: Phrases) -> bool:
        """`changing` ("이름을") in the message with only words of `understanding-name-change-before`
        before it ("아 근데 이름을 …"): a dog's name before it ("밀로 이름을 맥스로 바꿔줘") is
        another dog's rename, read by the edit command."""
        words = message.text.split()
        starts = [i for i in range(len(words)) if changing.contains(Folded(" ".join(words[i:])))]
        if not starts:
            return False
        before = words[: max(starts)]
        table = Table().add("x", self.vocabulary["understanding-name-change-before"])
        return not before or cover(Folded(" ".join(before)).units, table) is not None

    def renamed_after_slip(self, message: Folded, signals: Signals) -> Understanding | None:
        """At the question right after the name, the name corrected after words that say only
        that something was typed wrong ("아 잘못썼어요 아롱이에요", "oops typo, it's Arong"; stop
        34: read as a bad age): the name told after `understanding-correction`, when what follows
        holds no number (a number is the age corrected: "아 잘못썼어요 3살이에요")."""
        if any(ch.isdigit() for ch in message.text):
            return None
        renamed = self.renamed_after_lead(message, signals, lead="understanding-correction")
        if renamed is None or not isinstance(renamed.answer, Value):
            return None
        age = self.answers.quantity(Folded(canonical(str(renamed.answer.value))), Expect.AGE)
        if isinstance(age, Value | Approximate):
            return None  # "세 살이에요": the age, in words
        return renamed

    def renamed_after_lead(
        self, message: Folded, signals: Signals, lead: str = "understanding-name-correction-lead"
    ) -> Understanding | None:
        """The dog's new name told after words that correct it, at a later question ("아 이름
        잘못썼어요 쪼꼬에요", "이름 쪼꼬예요", "call him Chuck actually"; owner trial 13: "no dog
        called 쪼꼬에요", or "pick an option"): the one or two words after the last of
        `understanding-name-correction-lead`, their endings and trailing words
        (`understanding-name-correction-tail`) off; None when they read as no name."""
        v = self.vocabulary
        leading = v[lead]
        if signals.behaviour or message.words > RENAME_LEAD_MAX_WORDS or not leading.contains(message):
            return None
        if v["understanding-another-dog"].contains(message) or v["understanding-name-asked"].contains(
            message
        ):
            return None
        after = _after_last(message.text, leading)
        changing = v["understanding-name-change-object"]
        asked_change = after[:1] in _PARTICLES and self._change_asked_first(message, changing)
        if asked_change:  # "이름을 보리로 바꿔도 되나요?" (stop 48, owner trial 33: to the model)
            after = _after_last(message.text, changing)
        words = self._wrong_name_off(after.split())
        tail = v["understanding-name-correction-tail"]
        popped = len(words)
        while words and tail.contains(Folded(words[-1])) and Folded(words[-1]).words == 1:
            words.pop()
        hangul = any(_syllable(ch) for w in words for ch in w)
        if hangul and words and len(words) < popped:
            # "콩이주니어로 바꿔도 돼요?" (stop 47): the name with the "to" of the change asked off
            bare = _without_ending(words[-1], v["understanding-name-changed-to"])
            asked_change = asked_change and bare != words[-1]
            words[-1] = bare
        elif asked_change:
            return None  # "이름을 …" with no change asked: a sentence about the name
        if hangul and len(words) == 2 and len({str(self.answers.name(Folded(w))) for w in words}) == 1:
            words = words[:1]  # "보리야 보리" (owner trial 31): the name said twice
        if not 1 <= len(words) <= (1 if hangul else NAME_MAX_WORDS) or words[0][:1] in _PARTICLES:
            return None  # "이름을 …", "이름 짓기 힘들었어요": a sentence about the name
        rest = Folded(" ".join(words))
        if any(
            v[m].contains(rest)
            for m in ("understanding-edit-verb", "understanding-edit-wrong", "understanding-switch-verb")
        ):
            return None  # "이름 고쳐줘", "her name is wrong": the edit asked, no name told
        answer = self.answers.name(rest)
        if not isinstance(answer, Value) or normalize(str(answer.value)).casefold() in self._intro_not_names:
            return None
        return Understanding(Kind.ANSWER, message.text, answer=answer, rename=True, reason="rename")

    def _wrong_name_off(self, words: list[str]) -> list[str]:
        """The words of a name correction without the name said to be wrong (`understanding-name-
        not`: "호두에요 호두라 아니고": 호두에요; "Poppy not Popyy lol": Poppy; owner trial 31: the
        name not corrected). A Korean one goes with the word before it, an English one with the
        words after it."""
        negators = self.vocabulary["understanding-name-not"]
        for at, word in enumerate(words):
            if not negators.whole(Folded(word.strip(",.!~"))):
                continue
            if word.isascii():
                return words[:at] if at else words
            return [*words[: max(0, at - 1)], *self._wrong_name_off(words[at + 1 :])]
        return words

    def name_told_bare(self, text: str, stored: str) -> str:
        """A name typed alone ("뭉치요", "Max"; stop 50 owner trial: at the age question right
        after the name was stored as something else, "I didn't catch the age"): the name, when
        the message is one word that reads as one, with no number, no word of the dog's stage of
        life ("senior", "할배", "puppy": `understanding-age-stage`) and none that is never a name
        (`understanding-name-intro-not-name`: "애기", "baby"), not a lowercase Latin word ("nonsense"
        is an unreadable age, "Max" a name), and not `stored`. "" else."""
        message = Folded(canonical(text))
        if message.words != 1 or any(ch.isdigit() for ch in text) or self.signals.read(message).behaviour:
            return ""
        if canonical(text)[:1].islower():
            return ""  # "nonsense" at the age: a word, not written as a name (a Latin name is capitalized)
        v = self.vocabulary
        if v["understanding-age-stage"].contains(message) or v["understanding-age-stage-baby"].contains(
            message
        ):
            return ""
        answer = self.answers.name(message)
        if not isinstance(answer, Value):
            return ""
        new = str(answer.value)
        if normalize(new).casefold() in self._intro_not_names or _fold(new) == _fold(stored):
            return ""
        return new

    def without_said_wrong(self, text: str) -> str:
        """`text` without what it says is wrong ("she's actually 6 not 5": "she's actually 6",
        "5살 아니고 6살이에요": "6살이에요"; `_wrong_name_off`): stop 50, the age corrected at the
        name question kept as the 5 it said was wrong."""
        return " ".join(self._wrong_name_off(text.split()))

    def name_retyped(self, text: str, stored: str) -> str:
        """The dog's name typed again at a later question to put the stored one right ("콩이" or
        "콩이요" for 콩이라, "its just Poppy not Popyy lol" for Popyy; owner trial 31: "I didn't
        understand the age"): the name read after `understanding-name-retyped-lead`, without the
        name said to be wrong, when it is close to `stored` (one starts the other, or two letters
        apart at most, from the same first letter) and not it. "" else."""
        message = Folded(canonical(text))
        if not stored or message.words > RENAME_LEAD_MAX_WORDS or self.signals.read(message).behaviour:
            return ""
        rest = " ".join(self._wrong_name_off(message.text.split()))
        rest = _after_last(rest, self.vocabulary["understanding-name-retyped-lead"]) or rest
        words = rest.split()
        tail = self.vocabulary["understanding-name-correction-tail"]
        while words and tail.contains(Folded(words[-1])) and Folded(words[-1]).words == 1:
            words.pop()
        if len(words) != 1 or any(ch.isdigit() for ch in message.text):
            # the name alone: "콩이 중성화했어요 어제ㅋㅋ" at the household and "Rex's 2" at the age
            # (stop 46: renamed "콩이 중성화했어", "Rex's") answer their own questions
            return ""
        answer = self.answers.name(Folded(" ".join(words)))
        if not isinstance(answer, Value):
            return ""
        new, was = _fold(str(answer.value)), _fold(stored)
        if new == was or new[:1] != was[:1]:
            return ""
        if not self.names.without(new, [stored]):
            # the stored name with its own particle ("콩이는 세살ㅋㅋ" at the age, the laughter read
            # as the name's tail: stop 57 renamed 콩이 "콩이는"): this dog named, no name typed again
            return ""
        if was.startswith(new) or new.startswith(was) or _distance(new, was) <= NAME_RETYPED_DISTANCE:
            return str(answer.value)
        return ""

    def name_corrected(self, text: str) -> str:
        """The new name `renamed_after_lead` reads in `text` ("아 이름 잘못썼어요 쪼꼬에요": 쪼꼬),
        for a correction typed with no survey question open; "" for none."""
        message = Folded(canonical(text))
        renamed = self.renamed_after_lead(message, self.signals.read(message))
        return str(renamed.answer.value) if renamed is not None and isinstance(renamed.answer, Value) else ""

    def name_asked(self, message: Folded) -> bool:
        """The dog's name asked in a short message ("이름이 뭐였더라 ㅋㅋ", "what was his name again
        lol"; owner trial 13: renamed "뭐였더라", or sent to the model): said by the survey."""
        return message.words <= RENAME_LEAD_MAX_WORDS and self.vocabulary[
            "understanding-name-asked"
        ].contains(message)

    def _not_a_name(self, message: Folded) -> bool:
        """How often or how long, not what the dog is called: a quantity of any unit ("한달쯤
        됐어요", "3살") or a frequency ("하루에 두세번이요", "2-3 times a day", "매일 그래요"), told
        with a digit or in more than one word; a one-word name that is also a number or a time
        word ("하나", "하루", "Sunday") stays a name."""
        if message.words < 2 and not any(c.isdigit() for c in message.text):
            return False
        ordinal = self.vocabulary["understanding-name-ordinal"]
        if ordinal.contains(message):  # "첫째는 초코예요" (Korean trial 4): 첫째 counts no quantity
            message = Folded(_after_last(message.text, ordinal) or message.text)
        if self.signals.plausible_followup(message, "frequency"):
            # unless a name comes before the number ("이름은 별이구요 이제 5개월 됐어요": the age
            # told with the name, its "5개월 됐어요" a span as well since batch 118)
            head = Folded(_before_number(message.text))
            return not (
                head.text
                and isinstance(self.answers.name(head), Value)
                and not self.signals.plausible_followup(head, "frequency")
            )
        return any(isinstance(self.answers.quantity(message, e), Value | Approximate) for e in QUANTITIES)


# Two names, each with its facts in brackets, joined: "콩이(4살 말티푸 여아)랑 두부(1살 진도믹스 남아)".
_TWO_WITH_FACTS = re.compile(
    r"(?P<lead>[^()]*?)(?P<first>[^\s(),]+)\s*\((?P<facts1>[^()]+)\)(?P<join>[^()]*?)"
    r"(?P<second>[^\s(),]+)\s*\((?P<facts2>[^()]+)\)(?P<tail>[^()]*)"
)


def _name_starts(word: str) -> tuple[str, ...]:
    """What may be a dog's name in one word of a message: a Korean word's starts, shortest first,
    of at most `INTRO_MAX_HANGUL` syllables ("보리요": 보, 보리, 보리요); an English word when it is
    capitalised ("Bella", "Bella's", "Bella요" with a Korean ending: Bella); nothing else."""
    if all("\uac00" <= ch <= "\ud7a3" for ch in word):
        return tuple(word[:n] for n in range(1, min(len(word), INTRO_MAX_HANGUL) + 1))
    for particle in ("'s", "’s"):
        word = word.removesuffix(particle)
    if (latin := re.match(r"[A-Za-z]+(?=[\uac00-\ud7a3]+$)", word)) is not None:
        word = latin.group()
    return (word,) if word.isalpha() and word.isascii() and word[0].isupper() else ()


def _distance(a: str, b: str) -> int:
    """The edit distance of two short words (letters added, dropped or changed)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _without_ending(word: str, endings: Phrases) -> str:
    """`word` without the longest of `endings` it ends in, when a name is left ("콩이주니어로":
    콩이주니어, the name a change asks for)."""
    for ending in sorted(("".join(e) for e in endings.phrases), key=len, reverse=True):
        if ending and word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word
