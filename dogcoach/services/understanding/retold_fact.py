"""An earlier profile answer said to be wrong, with its new value, anywhere in the message and in
any order (owner trial 20): "아 맞다 몽실이 수컷이에요 제가 잘못썼네", "hold on, the breed should be
aussie not border collie", "actually the name is wrong too - it's Rufus Jr", "sorry, he is a boy
not a girl", "can i change his name? it's Ziggy Stardust", "봄이 이름 바꾸고 싶어요 보미로".

The quantities have their reader (`corrections`); this one reads the answers that are words: the
name, sex, breed, size and origin. A correction or change word must be said
(`understanding-correction`, `-edit-wrong`, `-edit-verb`, `-correction-should`), or an old value
marked beside a new one of the same question ("a boy not a girl"); the question is
the one named by its words (`understanding-field-*`), else the one question whose value alone is
in the message (a sex or size option, a breed of the list). An old value marked as wrong ("not a
girl", "푸들 말고") is left out. The value is handed on as text for that question's own reader,
which decides what it says (`handlers/answer_retold`).
"""

from __future__ import annotations

import re
from functools import cached_property

from dogcoach.domain.survey import BY_KEY, QUESTIONS
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.choices import Picked
from dogcoach.services.understanding.field_value import FieldValue
from dogcoach.services.understanding.model import Option, Unclear, Value
from dogcoach.services.understanding.option_concepts import OPTION_CONCEPTS
from dogcoach.services.understanding.reports import ReportReading
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Table, cover

# The answers that are words, in the order they are tried (a name last: any word may be one).
FACT_KEYS = ("sex", "size", "origin", "breed", "worst_reaction", "name")

# The answers whose options are behaviours ("으르렁", "a snap"): corrected only when named or with
# the old value marked beside the new one, as a behaviour told is otherwise a report (stop 46: "아
# 아까 최악 반응 으르렁으로 바꿔주세요", "i said bite by mistake, it was a snap" at the health).
BEHAVIOUR_KEYS = ("worst_reaction",)

# The understanding's reason for an edit read here (the flow reads the value again with `fact_retold`).
RETOLD = "fact-retold"

# A correction is a sentence or two; longer messages tell something else.
RETOLD_MAX_WORDS = 18

# Where one clause of a message ends: punctuation, or a dash between spaces.
_CLAUSES = re.compile(r"[,.!?;~…]+|\s[-–—]+\s|\n")

# The cues a retold fact needs, one of them at least.
_CUES = (
    "understanding-correction",
    "understanding-edit-wrong",
    "understanding-edit-verb",
    "understanding-correction-should",
)


# Clauses whose `_old_split` is kept: the recent ones (a message's clauses are read several times).
OLD_SPLITS_KEPT = 4096


class RetoldFactReading(ReportReading):
    """`fact_retold`: the question and new value of a profile answer corrected in words."""

    def fact_retold(self, text: str) -> FieldValue | None:
        """The survey question (`FACT_KEYS`) and its new value as typed, for the flow that
        stores it; None when no word answer is corrected whole."""
        return self._fact_retold(Folded(canonical(text)))

    def _fact_retold(self, message: Folded) -> FieldValue | None:
        if message.words > RETOLD_MAX_WORDS or message.words < 2:
            return None
        spaced = self.answers.old_breed_spaced(message.text)
        if spaced != message.text:
            message = Folded(spaced)  # "말티즈아니고 말티푸예요" (held-out 11): the old breed marked
        clauses = [c.strip() for c in _CLAUSES.split(message.text) if c.strip()]
        cut = [Folded(self._old_cut(c)) for c in clauses]
        old = [Folded(o) for c in clauses if (o := self._old_of(c))]
        cued = self._cued(message)
        if not cued and not old:
            return None
        signals = self.signals.read(message)
        told = signals.behaviour or signals.narrated  # "he barks when I say his name wrong": a report
        named = [key for key in FACT_KEYS if self._names_field(message, key)]
        if len(named) > 1:
            return None
        if not named and any(self._names_field(message, q.key) for q in QUESTIONS if q.key not in FACT_KEYS):
            return None  # "가족 수 틀렸어요 이제 2명이에요 룸메가 나갔거든요": the household's, a number
        keys = named or [key for key in FACT_KEYS if key != "name"]
        if told:
            keys = [key for key in keys if key in BEHAVIOUR_KEYS]
        found = {key: value for key in keys if (value := self._value_of(key, message, cut, named))}
        if len(found) != 1:
            return None
        [(key, value)] = found.items()
        if not cued and key not in ("breed", "name") and self._one_option(key, message):
            # "girl not fixed" at the health: the whole is one option (intact), "not fixed" no old
            # value marked (stop 46: read as "girl, instead of fixed", stored spayed)
            return None
        was = next((said.text for said in old if self._value_of(key, said, [said], named, loose=True)), "")
        if not cued and not was:
            return None  # "he is not neutered": a value denied, nothing corrected; "a boy not a girl"
        if key in BEHAVIOUR_KEYS and not named and not was:
            return None  # "actually he growled at me": a behaviour told, no answer corrected
        return FieldValue(key, value, was, True)

    def _one_option(self, key: str, message: Folded) -> bool:
        """The whole message picks exactly one option of `key`'s question."""
        picked = self.answers.choices.pick(message, self._options(key), multi=False, exclusive=None)
        return isinstance(picked, Picked) and len(picked.ids) == 1

    def _value_of(
        self, key: str, message: Folded, clauses: list[Folded], named: list[str], *, loose: bool = False
    ) -> str:
        """The new value of `key` in the message, as typed; "" for none. `loose`: an old value,
        part of an option is enough ("물었다고 잘못 말했어요": a bite, with or without a wound)."""
        if key == "breed":
            denied = self.answers.breed_denied(message)
            if denied is not None:
                return denied  # "보리 푸들 아니고 말티즈예요"
            breeds = [b for c in clauses for b in self.answers.breeds_named(c)]
            if len(set(breeds)) == 1:
                return breeds[0]
            return self._named_value(clauses, key) if named and not breeds else ""
        if key == "name":
            return self._named_value(clauses, key) if named else ""
        options = self._options(key)
        pronoun = self.vocabulary["understanding-sex-pronoun"]
        for clause in clauses:
            # "he is" names no sex: only the words besides a pronoun may ("he is a boy": a boy)
            bare = Folded(" ".join(w for w in clause.text.split() if not pronoun.whole(Folded(w))))
            picked = (
                self.answers.choices.pick(bare, options, multi=False, exclusive=None) if bare.text else None
            )
            said = self._value_words(bare)
            if isinstance(picked, Picked) and len(picked.ids) == 1:
                return said
            if isinstance(picked, Unclear) and len(picked.understood or ()) == 1 and (key == "sex" or loose):
                return said  # "수컷이에요": male, neutered or not asked by the question
        return ""

    def _cued(self, message: Folded) -> bool:
        """The message holds a correction or change word (`_CUES`)."""
        return any(self.vocabulary[entry].contains(message) for entry in _CUES)

    def only_retracted(self, message: Folded) -> bool:
        """The message says only that something was said wrong ("no sorry wrong", "아 아니에요 잘못
        말했어요"): a correction word and nothing besides the correction's own words."""
        v = self.vocabulary
        if message.words < 2 or self._small_talk(message, closing=False) is not None:
            return False  # "wait", "hold on", "잠깐만요": a pause, answered as such
        if not any(v[e].contains(message) for e in ("understanding-correction", "understanding-edit-wrong")):
            return False
        return not self._beside_correction(message.text.split())

    def _beside_correction(self, words: list[str]) -> list[str]:
        """`words` without the correction's own: its fillers, and the words of a correction
        phrase, one word or two typed apart ("잘못 말했어요")."""
        v = self.vocabulary
        cued = [any(v[e].contains(Folded(w)) for e in _CUES) for w in words]
        for i in range(len(words) - 1):
            if not (cued[i] or cued[i + 1]) and any(
                v[e].contains(Folded(f"{words[i]} {words[i + 1]}")) for e in _CUES
            ):
                cued[i] = cued[i + 1] = True
        return [w for w, c in zip(words, cued, strict=True) if not c and not self._retold_fillers_word(w)]

    def name_after_retraction(self, message: Folded) -> str:
        """The name told after a correction word at the name question ("oops wrong, its Max":
        Max; owner trial 21: the dog named "Oops Wrong"); "" when the message holds none."""
        v = self.vocabulary
        if not any(v[e].contains(message) for e in ("understanding-correction", "understanding-edit-wrong")):
            return ""
        clauses = [c.strip() for c in _CLAUSES.split(message.text) if c.strip()]
        if len(clauses) < 2:
            return ""
        cued = [
            i
            for i, c in enumerate(clauses)
            if any(v[e].contains(Folded(c)) for e in ("understanding-correction", "understanding-edit-wrong"))
        ]
        if cued and cued[-1] < len(clauses) - 1:
            # "her name's bella. no wait its bonnie, the shelter called her bella" (stop 50, English
            # owner trial: Bella stored): the name the correction tells, in its clause or the next;
            # what follows is an aside
            for clause in clauses[cued[-1] : cued[-1] + 2]:
                said = Folded(" ".join(self._beside_correction(clause.split())))
                answer = self.answers.name(said) if said.text else None
                if isinstance(answer, Value) and self._could_be_name(str(answer.value)):
                    return str(answer.value)
        rest = Folded(" ".join(self._beside_correction(clauses[-1].split())))
        answer = self.answers.name(rest) if rest.text else None
        return str(answer.value) if isinstance(answer, Value) else ""

    def _value_words(self, clause: Folded) -> str:
        """The clause without the correction's own words ("아 맞다 수컷이에요 제가 잘못썼네":
        수컷이에요), for the question's reader to read whole."""
        return " ".join(self._beside_correction(clause.text.split())) or clause.text

    def _named_value(self, clauses: list[Folded], key: str) -> str:
        """The value of a question named by its words: the clause that holds neither the
        question's name nor a correction word, read by that question's reader ("it's Rufus Jr"),
        or the last Korean word marked as the new value ("보미로"); a name said after its marker
        in the clause that names it ("actually his name is just Captain, can you shorten it";
        owner trial 21: the dog renamed "Can You Shorten") first."""
        if key == "name":
            for clause in clauses:
                if not self.vocabulary["understanding-name-formal"].contains(clause):
                    continue
                answer = self.answers.name(clause)
                said = str(answer.value) if isinstance(answer, Value) else ""
                if said and self._could_be_name(said) and not self._cued(Folded(said)):
                    return said
        for clause in clauses:
            rest = self._without_correction_words(clause)
            if rest is None or not rest.text:
                continue
            answer = self.answers.name(rest) if key == "name" else self.answers.breed(rest)
            if isinstance(answer, Value) and self._could_be_name(str(answer.value)):
                return str(answer.value)
        for clause in reversed(clauses):  # the last word so marked: "밀로 이름을 맥스로": 맥스
            for word in reversed(clause.text.split()):
                bare = word.strip(",.!?~")
                for particle in self._value_particles:
                    stem = bare.removesuffix(particle)
                    if stem != bare and len(stem) >= 1 and not stem.isascii():
                        answer = self.answers.name(Folded(stem))
                        if isinstance(answer, Value) and self._could_be_name(stem):
                            return stem
                        break
        return ""

    @cached_property
    def _value_particles(self) -> tuple[str, ...]:
        """The Korean endings that mark a change's new value (`understanding-value-particle`),
        longest first ("으로" before "로")."""
        phrases = ("".join(p) for p in self.vocabulary["understanding-value-particle"].phrases)
        return tuple(sorted((p for p in phrases if not p.isascii()), key=len, reverse=True))

    def _without_correction_words(self, clause: Folded) -> Folded | None:
        """The clause without the correction's own words; None when they were all it held or it
        names a question (the value stands in a clause of its own)."""
        if any(self._names_field(clause, key) for key in FACT_KEYS):
            return None
        if any(self.vocabulary[entry].contains(clause) for entry in _CUES):
            return None
        pieces = cover(clause.units, self._retold_fillers)
        if pieces is not None:
            return None  # all correction words: "hold on", "sorry can you go back"
        words = [w for w in clause.text.split() if not self._retold_fillers_word(w)]
        return Folded(" ".join(words))

    @cached_property
    def _retold_fillers(self) -> Table:
        v = self.vocabulary
        table = Table().add("filler", v["understanding-edit-lead"])
        table.add("filler", v["understanding-edit-filler"])
        table.add("filler", v["understanding-request"])
        table.add("filler", v["understanding-polite-ending"])
        return table.add("filler", v["understanding-correction-filler"])

    def _retold_fillers_word(self, word: str) -> bool:
        units = Folded(word.strip(",.!?~")).units
        return bool(units) and tuple(units) in self._retold_fillers.entries

    def _old_cut(self, clause: str) -> str:
        """The clause without an old value marked as wrong: what follows "not", "instead of"
        (`understanding-correction-old-after`, English) or comes before "아니고", "말고"
        (`-old-before`, Korean)."""
        return self._old_split(clause)[0]

    @cached_property
    def _old_splits(self) -> dict[str, tuple[str, str]]:
        """`_old_split`'s results by clause: a pure function of the clause and the vocabularies,
        asked twice per clause (`_old_cut`, `_old_of`) and again by `without_old`; stop 49's
        profile: ~8 % of a message's reading."""
        return {}

    def _old_split(self, clause: str) -> tuple[str, str]:
        """`_old_cut`, and the old value it leaves out ("" when none is marked)."""
        kept = self._old_splits.get(clause)
        if kept is None:
            if len(self._old_splits) >= OLD_SPLITS_KEPT:
                self._old_splits.clear()
            kept = self._old_splits[clause] = self._old_split_read(clause)
        return kept

    def _old_split_read(self, clause: str) -> tuple[str, str]:
        words = clause.split()
        v = self.vocabulary
        mistaken = v["understanding-edit-wrong"].contains(Folded(clause)) or v[
            "understanding-correction-mistake"
        ].contains(Folded(clause))
        for i in range(len(words)):
            word = words[i].strip(",.!?~")
            if mistaken and not word.isascii() and i + 1 < len(words):
                quoted = [word.removesuffix(q) for q in self._quotatives if word.endswith(q) and word != q]
                if quoted and self._mistake_next(words[i + 1 :]):
                    # "암컷이라고 잘못 말했어요" (stop 45), "수컷이라고 잘못말했네", "수컷으로 잘못
                    # 눌렀어요" (stop 46): the value quoted right before the mistake, said by mistake
                    return " ".join(words[:i] + words[i + 1 :]), quoted[0]
            if (
                not word.isascii()
                and i + 1 < len(words)
                and self._quotatives
                and word.endswith(self._quotatives)
            ):
                said = Folded(self._quotative_of(word) + words[i + 1].strip(",.!?~"))
                if v["understanding-correction-old-before"].whole(said):
                    # "아까 수컷이라고 했는데 암컷이에요" (stop 46): the value quoted as said before
                    return " ".join(words[:i] + words[i + 2 :]), word.removesuffix(self._quotative_of(word))
            for size in (3, 2, 1):
                said = Folded(" ".join(words[i : i + size]).strip(",.!?~"))
                if not said.text or i + size > len(words):
                    continue
                if said.text.isascii() and i and v["understanding-correction-old-after"].whole(said):
                    return " ".join(words[:i]), " ".join(words[i:])  # "a boy not a girl": a boy
                said_old = said.text.isascii() and v["understanding-correction-said-old"].whole(said)
                # "i said female but hes male" (stop 47): no mistake said, a "but" closes the old value
                span = self._mistake_span(words, i + size, but=not mistaken) if said_old else None
                if said_old and (mistaken or (span is not None and span[1] < len(words))):
                    # "he's male, i said female by mistake" (stop 45): what was said by mistake;
                    # "i said female by mistake hes male" (stop 46): up to the mistake's words, the
                    # new value after them
                    if span is not None and span[1] < len(words):
                        return " ".join(words[:i] + words[span[1] :]), " ".join(words[i + size : span[0]])
                    old = " ".join(words[i + size : span[0]]) if span is not None else " ".join(words[i:])
                    return " ".join(words[:i]), old
                if not said.text.isascii() and v["understanding-correction-old-before"].whole(said):
                    after = " ".join(words[i + size :])  # "푸들 말고 말티즈"
                    if after:
                        return after, " ".join(words[:i])
                    return " ".join(words[:i]), ""
        return clause, ""

    def _mistake_next(self, words: list[str]) -> bool:
        """`words` open with the words of a mistake ("잘못 말했어요", "잘못말했네", "틀렸어요")."""
        v = self.vocabulary
        for size in (1, 2, 3):
            head = Folded(" ".join(words[:size]).strip(",.!?~"))
            if not head.text:
                continue
            for entry in ("understanding-edit-wrong", "understanding-correction-mistake"):
                if any(start == 0 and hangul for _p, start, _e, hangul in v[entry].find(head)):
                    return True
        return False

    def _mistake_span(self, words: list[str], start: int, *, but: bool = False) -> tuple[int, int] | None:
        """Where the words of a mistake ("by mistake", "by accident") that close an old value
        opening at `start` begin and end ("i said female by mistake hes male": "by mistake");
        `but`: the word that sets the new value against it instead ("i said female but hes male",
        `understanding-correction-said-but`). None when none follows within a few words."""
        entry = "understanding-correction-said-but" if but else "understanding-correction-mistake"
        mistake = self.vocabulary[entry]
        for j in range(start + 1, min(len(words), start + 5)):
            for size in (3, 2, 1):
                piece = Folded(" ".join(words[j : j + size]).strip(",.!?~"))
                if j + size <= len(words) and piece.text.isascii() and mistake.whole(piece):
                    return j, j + size
        return None

    def _quotative_of(self, word: str) -> str:
        """The quotative ending `word` ends with (longest first)."""
        return next((q for q in self._quotatives if word.endswith(q)), "")

    @cached_property
    def _quotatives(self) -> tuple[str, ...]:
        """The Korean endings that quote what was said (`understanding-correction-quoted`: "라고"),
        longest first."""
        phrases = ("".join(p) for p in self.vocabulary["understanding-correction-quoted"].phrases)
        return tuple(sorted((p for p in phrases if not p.isascii()), key=len, reverse=True))

    def without_old(self, text: str) -> str:
        """`text` without the old values it marks as wrong, clause by clause ("we have kids, I
        said no by mistake": "we have kids"; `_old_cut`), for a question's reader to read the new
        value alone (stop 45: "kids" and "no" were two answers)."""
        clauses = [c.strip() for c in _CLAUSES.split(canonical(text)) if c.strip()]
        kept = [self._old_cut(c) for c in clauses]
        return ", ".join(k for k in kept if k.strip()) or text

    def _old_of(self, clause: str) -> str:
        """The old value `_old_cut` leaves out of the clause; "" when none is marked."""
        return self._old_split(clause)[1]

    def _options(self, key: str) -> tuple[Option, ...]:
        q = BY_KEY[key]
        return tuple(
            Option(value, q.option_msg(value), concepts=OPTION_CONCEPTS.get((key, value), ()), numbered=False)
            for value in q.options
        )
