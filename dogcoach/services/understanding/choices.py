"""Which offered options a typed message picks.

In order, the first that applies:
1. the whole message is an option's label or alias (either language; polite ending allowed);
2. the message is only positions: "2", "2 beon", "the second", "b", several at once "1, 3" / "1 3";
3. a multi-choice list of labels: "dog, cat", "barking and separation";
4. a weight for options with a kg range ("about 30kg" → large);
5. inside a sentence: the options whose concepts (or, without concepts, whose labels of two
   letters or more) appear, longest phrase first so "not spayed" hides "spayed"
   ("he's a boy and neutered" → male + neutered).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from dogcoach.services.i18n import LOCALES, Messages, normalize
from dogcoach.services.understanding.model import Option, Unclear
from dogcoach.services.understanding.quantity import WEIGHT_UNITS, QuantityReader
from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.typos import Spelling
from dogcoach.services.understanding.vocabulary import Phrases, Table, Vocabulary, cover

_SPLIT = re.compile(r"[,/·\u3001;+&\n]+")
_SINGLE_LETTER = re.compile(r"^[a-z]$")
# The survey's navigation buttons' label ids (nav-back, nav-skip …): politeness beside them is read past.
NAV_PREFIX = "nav-"
# A concept's look-alikes (`understanding-concept-<name>-not`), found like a concept and dropped.
NOT_CONCEPT = "not:"
# The concepts of the sex question's options, each also called by its pronouns.
SEXES = ("male", "female")
# The concept of an animal other than a dog or a cat (the other pets' "Other").
OTHER_ANIMAL = "other_animal"
# Between concepts that each meet one need of an option ("concern_aggression|concern_bite": an
# attack or a bite, toward people): `Option.concepts`.
ALTERNATIVE = "|"
# The ideas of one-choice options that are behaviours (the worst reaction), which an owner may say
# are no problem ("growling isnt a problem, he snapped once"): `ChoiceReader.without_dismissed`.
_BEHAVIOUR_CONCEPTS = frozenset({"bite", "flight"})
# Spaces, variation selectors and skin tones: "👍🏻" is "👍".
_EMOJI_NOISE = re.compile("[\\s\ufe0f\U0001f3fb-\U0001f3ff]+")


@dataclass(frozen=True, slots=True)
class Picked:
    """Options picked, and how (`exact`: a label, position or list, not read out of a sentence)."""

    ids: tuple[str, ...]
    exact: bool


class ChoiceReader:
    def __init__(self, messages: Messages, vocabulary: Vocabulary, quantities: QuantityReader) -> None:
        self.messages = messages
        self.vocabulary = vocabulary
        self.quantities = quantities
        self._in_sentence_cache: dict[str, Phrases | None] = {}
        self._option_tables: dict[tuple[tuple[str, str, tuple[str, ...]], ...], Table] = {}
        self.spelling = Spelling(messages)

    @cached_property
    def _positions(self) -> Table:
        table = Table()
        counts = self.vocabulary["understanding-count-only"].phrases
        for n in range(1, 20):
            number = self.vocabulary[f"lex-number-{n}"]
            table.add(f"num:{n}", Phrases(number.name, number.phrases - counts))
        table.add("ordinal", self.vocabulary["understanding-ordinal"])
        table.add("last", self.vocabulary["understanding-ordinal-last"])
        table.add("filler", self.vocabulary["understanding-ordinal-filler"])
        table.add("skip", self.vocabulary["understanding-list-joiner"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        return table

    @cached_property
    def _agreement(self) -> Table:
        """Yes, no and okay ("네", "넹", "ok"): never a position, though "네" is also the native
        number 4 (lexicon.ftl) — "네" at a numbered question is not its fourth option."""
        table = Table()
        table.add("talk", self.vocabulary["understanding-talk-agree"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        return table

    @cached_property
    def _nones(self) -> Table:
        """Negative words ("nope", "아뇨", "not really"): at a multi-choice question with an
        exclusive option, the whole message made of them picks it (trial finding 7)."""
        table = Table()
        table.add("none", self.vocabulary["understanding-none"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        table.add("skip", self.vocabulary["understanding-talk-filler"])
        return table

    def _none(self, message: Folded) -> bool:
        pieces = cover(message.units, self._nones)
        return pieces is not None and any(tag == "none" for tag, _ in pieces)

    @cached_property
    def _endings(self) -> tuple[str, ...]:
        """Polite endings, longest first, folded as `normalize` folds."""
        phrases = self.vocabulary["understanding-polite-ending"].phrases
        return tuple(sorted(("".join(p) for p in phrases), key=len, reverse=True))

    @cached_property
    def _splitters(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """List separators: punctuation and joining words; the second also splits on spaces."""
        joining = self.vocabulary["understanding-list-joiner"].phrases
        latin = sorted((" ".join(p) for p in joining if p[0].isascii()), key=len, reverse=True)
        korean = sorted(self.vocabulary["understanding-list-joiner"].korean, key=len, reverse=True)
        parts = [_SPLIT.pattern]
        if latin:
            parts.append(r"\b(?:" + "|".join(map(re.escape, latin)) + r")\b")
        if korean:
            parts.append(r"(?:" + "|".join(map(re.escape, korean)) + r")(?=\s|$)")
        return re.compile("|".join(parts)), re.compile("|".join(parts) + r"|\s+")

    def clauses(self, text: str) -> list[str]:
        """`text` cut at list separators (punctuation, "and", "이랑"): its clauses, as typed."""
        return [c.strip() for c in self._splitters[0].split(text) if c and c.strip()]

    def _sentence_phrases(self, option: Option) -> Phrases | None:
        """An option's labels long enough to be looked for inside a sentence (kept per option)."""
        if option.msg_id not in self._in_sentence_cache:
            own = self.vocabulary.labelled(option.msg_id)
            alone = self.vocabulary.alone(option.msg_id)  # "작은": the option only said whole
            usable = frozenset(p for p in own.phrases if _long_enough(p) and p not in alone)
            self._in_sentence_cache[option.msg_id] = Phrases(own.name, usable) if usable else None
        return self._in_sentence_cache[option.msg_id]

    def pick(
        self, message: Folded, options: Sequence[Option], *, multi: bool, exclusive: str | None = None
    ) -> Picked | Unclear[tuple[str, ...]] | None:
        """The options picked; `Unclear` with the concepts understood when a sentence names part
        of an option (only "male" of "male, neutered"); None when nothing points at an option.
        What is read whole only once its typos are corrected ("femal spayed", "smal") is read so
        (`typos`; English owner trial, batch 77)."""
        if not options:
            return None
        picked = self._pick(message, options, multi=multi, exclusive=exclusive)
        if isinstance(picked, Picked):
            return picked
        bare = self._without_lead_in(message)
        if bare is not None:  # "음 그냥 그래요", "hmm same": the pick after a sound of thinking
            again = self._pick(bare, options, multi=multi, exclusive=exclusive)
            if isinstance(again, Picked):
                return again
        named = self._beside_a_name(message, options, multi=multi, exclusive=exclusive)
        if named is not None:
            return named
        corrected = self.spelling.corrected(message, self._option_words(options))
        if corrected is None:
            return picked
        again = self._pick(corrected, options, multi=multi, exclusive=exclusive)
        if isinstance(again, Picked) or (
            isinstance(again, Unclear)
            and len(again.understood or ()) > len(getattr(picked, "understood", ()) or ())
        ):
            return again
        return picked

    def _beside_a_name(
        self, message: Folded, options: Sequence[Option], *, multi: bool, exclusive: str | None
    ) -> Picked | None:
        """An option said whole beside the pet's name and laughter ("개 밤이ㅋㅋ" at the other pets:
        a dog called 밤이; stop 49 owner trial: asked again, the one-letter 개 never looked for in
        a sentence): the option. The name is known by its shape only, a Korean word of two or three
        letters ending in a name's 이 after a closed syllable, none of the words that end so and
        are no name (`understanding-name-intro-not-name`: 고양이, 아이); None otherwise."""
        words = [_LAUGHTER.sub("", w).strip(",.!?~") for w in message.text.split()]
        words = [w for w in words if w]
        if len(words) != 2:
            return None
        for name, said in (words, words[::-1]):
            if not self._bare_name(name):
                continue
            picked = self._pick(Folded(said), options, multi=multi, exclusive=exclusive)
            if isinstance(picked, Picked):
                return picked
        return None

    def name_beside(self, text: str, option: Option) -> str:
        """The name told bare beside `option` said whole ("개 밤이ㅋㅋ" at the other pets: 밤이,
        offered as a further dog once the survey is done); "" for none (`_beside_a_name`)."""
        words = [_LAUGHTER.sub("", w).strip(",.!?~") for w in text.split()]
        words = [w for w in words if w]
        if len(words) != 2:
            return ""
        for name, said in (words, words[::-1]):
            if self._bare_name(name) and isinstance(
                self._pick(Folded(said), (option,), multi=False, exclusive=None), Picked
            ):
                return name
        return ""

    def _bare_name(self, word: str) -> bool:
        """`word` shaped as a Korean pet's name told bare ("밤이", "콩이"): see `_beside_a_name`."""
        if not 2 <= len(word) <= 3 or not all("\uac00" <= ch <= "\ud7a3" for ch in word):
            return False
        root = word[:-1]
        closed = (ord(root[-1]) - 0xAC00) % 28 != 0
        suffixes = _words(self.vocabulary["understanding-name-suffix"])
        not_names = _words(self.vocabulary["understanding-name-intro-not-name"])
        return closed and word[-1] in suffixes and word not in not_names and root not in not_names

    @cached_property
    def _contrast_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words that deny what comes before them ("아니고") or, in English, open the denial
        ("not"); and the English words that open what it is instead ("just", "but")."""
        return _words(self.vocabulary["understanding-contrast-not"]), _words(
            self.vocabulary["understanding-contrast-but"]
        )

    @cached_property
    def _contrast_only(self) -> frozenset[str]:
        """The English words that say what follows is all there is ("just", "only")."""
        return _words(self.vocabulary["understanding-contrast-only"])

    def after_contrast(self, message: Folded, options: Sequence[Option]) -> Folded | None:
        """What a "not X, just Y" answer says it is: "으르렁까진 아니고 짖기만해요", "not growling, just
        barking" (owner trial 9: stored as the growl, the denied X) are "짖기만해요", "barking". None
        when the message is not so built or its X names none of `options` (a denial of something
        else is read whole)."""
        nots, buts = self._contrast_words
        words = message.text.split()
        bare = [w.strip(",.!?~").casefold() for w in words]
        denied: list[str] = []
        stands: list[str] = []
        said: list[str] = []  # the not-word with what it denies ("no kids"), English
        for i, word in enumerate(bare):
            if i and not word.isascii() and word in nots:  # "X 아니고 Y"
                denied, stands = words[:i], words[i + 1 :]
                break
            if i < 3 and word.isascii() and word in nots:  # "(she's) not X, just Y"
                rest = bare[i + 1 :]
                cut = next((j for j, w in enumerate(rest) if j and w in buts), None)
                if cut is None:
                    cut = next((j + 1 for j, w in enumerate(words[i + 1 : -1]) if w.endswith(",")), None)
                    if cut is None:
                        return None
                    denied, stands = words[i + 1 : i + 1 + cut], words[i + 1 + cut :]
                else:
                    # "just", "only" stay with what stands ("just barks" is an option's words)
                    keep = rest[cut] in self._contrast_only
                    denied, stands = words[i + 1 : i + 1 + cut], words[i + 2 + cut - keep :]
                said = [words[i], *denied]
                told = self.pick(Folded(" ".join(words[:i])), options, multi=False) if i else None
                if (isinstance(told, Picked) or (isinstance(told, Unclear) and told.understood)) and (
                    isinstance(
                        self.pick(Folded(" ".join(words[: i + 1 + len(denied)])), options, multi=False),
                        Picked,
                    )
                ):
                    # "girl, not spayed yet, vet said wait till 6 months" at the sex (stop 63,
                    # held-out 15: asked again, "vet said…" what stood): a part of the answer told
                    # first, the not-word denying its other part; the two picked together
                    return None
                break
        only = self._contrast_only
        stands = [w for w in stands if (b := w.strip(",.!?~").casefold()) not in buts or b in only] or stands
        if not denied or not stands:
            return None
        picked = self.pick(Folded(" ".join(denied)), options, multi=False)
        if picked is None:
            return None
        whole = self.pick(Folded(" ".join(said)), options, multi=False) if said else None
        if isinstance(whole, Picked) and isinstance(picked, Picked) and whole.ids != picked.ids:
            # "no kids, just us" at the children (held-out 5: asked again): "no kids" is the
            # question's no, said whole, no option denied for another; read as a whole
            return None
        return Folded(" ".join(stands))

    @cached_property
    def _clause_cut_endings(self) -> tuple[str, ...]:
        """The Korean endings that close a clause set against the next (`understanding-clause-contrast`:
        "-는데", "-지만")."""
        phrases = ("".join(p) for p in self.vocabulary["understanding-clause-contrast"].phrases)
        return tuple(p for p in phrases if not p.isascii())

    def besides_for_now(self, message: Folded, options: Sequence[Option]) -> Folded | None:
        """What a one-choice answer says once the option told only of now is set apart: "he's
        tiny now but labs get big so large i guess", "지금은 소형인데 크면 중형 될거래요" (held-out 15:
        small and large both read, asked which) are "labs get big so large i guess", "크면 중형
        될거래요": a puppy's size when grown, the worst reaction ever, not the one of these days.
        The message is cut at its contrast words ("but", "though") and at a Korean clause ending
        in "-는데"/"-지만" (`understanding-clause-contrast`); a piece with a now-word (`understanding-choice-for-now`) is left out.
        None unless exactly one piece is left out and the rest picks an option."""
        now = self.vocabulary["understanding-choice-for-now"]
        buts = self._contrast_words[1] - self._contrast_only
        pieces: list[list[str]] = [[]]
        for word in message.text.split():
            bare = word.strip(",.!?~").casefold()
            if bare in buts and pieces[-1]:
                pieces.append([])
            pieces[-1].append(word)
            if not word.isascii() and bare.endswith(self._clause_cut_endings):  # -데, -지만
                pieces.append([])
        said = [" ".join(p) for p in pieces if p]
        of_now = [p for p in said if now.contains(Folded(p))]
        if len(said) < 2 or len(of_now) != 1:
            return None
        rest = Folded(" ".join(p for p in said if p not in of_now))
        picked = self.pick(rest, options, multi=False)
        return rest if isinstance(picked, Picked) and len(picked.ids) == 1 else None

    def besides_denied(self, message: Folded, options: Sequence[Option]) -> Folded | None:
        """What a one-choice answer says once the option denied beside it is set apart: "only
        growls, never snapped", "으르렁만 하고 입질한 적은 없어요" (held-out 19: growl and snap
        both read, asked which) are "only growls", "으르렁만": the one told, not the one that
        never happened. The message is cut at commas, contrast words and Korean clause endings
        (`understanding-clause-contrast`, `understanding-clause-and`); a piece with a not-word
        (`understanding-negated`) is left out. None unless the rest picks exactly one option."""
        negated = self.vocabulary["understanding-negated"]
        buts = self._contrast_words[1] - self._contrast_only
        endings = (*self._clause_cut_endings, *self._clause_and_words)
        pieces: list[list[str]] = [[]]
        for word in message.text.split():
            bare = word.strip(",.!?~").casefold()
            if (bare in buts or bare in self._clause_and_english) and pieces[-1]:
                pieces.append([])
            pieces[-1].append(word)
            if word.endswith(",") or (not word.isascii() and bare.endswith(endings)):
                pieces.append([])
        said = [" ".join(p) for p in pieces if p]
        denied = [p for p in said if negated.contains(Folded(p))]
        if len(said) < 2 or not denied or len(denied) == len(said):
            return None
        rest = Folded(" ".join(p for p in said if p not in denied))
        picked = self.pick(rest, options, multi=False)
        return rest if isinstance(picked, Picked) and len(picked.ids) == 1 else None

    @cached_property
    def _clause_and_english(self) -> frozenset[str]:
        """The English words that open a clause joined to the one before (`understanding-clause-and`)."""
        return frozenset(w for w in _words(self.vocabulary["understanding-clause-and"]) if w.isascii())

    @cached_property
    def _clause_and_words(self) -> tuple[str, ...]:
        """The Korean words that close a clause joined to the next (`understanding-clause-and`)."""
        phrases = ("".join(p) for p in self.vocabulary["understanding-clause-and"].phrases)
        return tuple(p for p in phrases if not p.isascii())

    def taken_back(
        self, message: Folded, options: Sequence[Option]
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """At a multi-choice question, options said instead of others ("산책 말고 분리불안이요", "not
        leash pulling, I meant separation", "separation, not leash pulling"; stop 46: both ticked):
        (the ids taken back, the ids meant), or None when the message is not so built. The ones
        taken back may be named by a word of one option's label alone ("산책" of "산책 중 과잉
        반응", the button the owner tapped)."""
        nots, buts = self._contrast_words
        words = message.text.split()
        bare = [w.strip(",.!?~").casefold() for w in words]
        split: tuple[list[str], list[str]] | None = None
        for i, word in enumerate(bare):
            if i and not word.isascii() and word in nots:  # "X 말고 Y"
                split = words[:i], words[i + 1 :]
                break
            if word.isascii() and word in nots and i + 1 < len(words):
                rest = bare[i + 1 :]
                cut = next((j for j, w in enumerate(rest) if j and w in buts), None)
                if cut is not None:  # "not X, (I) meant Y", "not X but Y"
                    split = words[i + 1 : i + 1 + cut], words[i + 2 + cut :]
                    break
                comma = next((j + 1 for j, w in enumerate(words[i + 1 : -1]) if w.endswith(",")), None)
                if comma is not None and i == 0:  # "not X, Y"
                    split = words[i + 1 : i + 1 + comma], words[i + 1 + comma :]
                    break
                if i and self.vocabulary["understanding-correction-old-after"].whole(Folded(word)):
                    split = words[i + 1 :], words[:i]  # "Y, not X", "Y not X"; never "X isnt an issue"
                    break
        if split is None or not split[0] or not split[1]:
            return None
        denied_words, meant_words = split
        meant_words = [w for w in meant_words if w.strip(",.!?~").casefold() not in buts] or meant_words
        meant = self.pick(Folded(" ".join(meant_words)), options, multi=True)
        if not isinstance(meant, Picked):
            return None
        denied = self._denied(Folded(" ".join(denied_words).strip(",.!?~ ")), options)
        denied = tuple(d for d in denied if d not in meant.ids)
        return (denied, meant.ids) if denied else None

    def _denied(self, message: Folded, options: Sequence[Option]) -> tuple[str, ...]:
        """The options `message` names: picked, else the one option a label of which holds its
        words ("산책": "산책 중 과잉 반응")."""
        picked = self.pick(message, options, multi=True)
        if isinstance(picked, Picked):
            return picked.ids
        stem = self._strip_ending(message.text)
        if not stem:
            return ()
        said = Folded(stem)
        holding = [
            o.id
            for o in options
            if any(
                (said.compact and said.compact in "".join(p) and not said.text.isascii())
                or (said.text.isascii() and f" {said.spaced.strip()} " in f" {' '.join(p)} ")
                for p in self.vocabulary.labelled(o.msg_id).phrases
            )
        ]
        return (holding[0],) if len(holding) == 1 else ()

    def absent_said(self, message: Folded) -> Folded | None:
        """ "아이는 없고", "애들은 없는데": the "none" said mid-sentence read as it ends ("없어요"; owner
        trial 9: "아이" picked yes, the negation lost); None when no word ends so."""
        entry = self.vocabulary.labelled("understanding-absent-connective")
        canonical = self.messages.format("ko", "understanding-absent-connective")
        endings = sorted(
            (e for e in _words(entry) if not e.isascii() and e != canonical), key=len, reverse=True
        )
        words = message.text.split()
        changed = False
        for i, word in enumerate(words):
            bare = word.rstrip(",.!?~")
            ending = next((e for e in endings if bare.endswith(e)), None)
            if ending is not None:
                words[i] = bare[: -len(ending)] + canonical
                changed = True
        return Folded(" ".join(words)) if changed else None

    def without_condition(self, message: Folded) -> Folded | None:
        """`message` without the dog's energy or appetite told as gone (`understanding-absent-
        condition`: "기운도 없고요", "no appetite either"; stop 46's CI: a sick dog's lethargy read
        as "no" at the children and "none" at the other pets); None when it tells none."""
        kept = _blank(message, self.vocabulary["understanding-absent-condition"])
        return None if kept == message.text else Folded(kept)

    def _without_lead_in(self, message: Folded) -> Folded | None:
        """`message` without the sounds of thinking that open it (`understanding-lead-in`: "음",
        "흠", "um", "hmm"; Korean owner trial 8: "음 그냥 그래요" at a check-in was re-asked);
        None when none opens it or nothing else is left."""
        lead_in = self.vocabulary["understanding-lead-in"].phrases
        words = message.text.split()
        dropped = 0
        while dropped < len(words) - 1 and Folded(words[dropped]).units in lead_in:
            dropped += 1
        return Folded(" ".join(words[dropped:])) if dropped else None

    def _option_words(self, options: Sequence[Option]) -> list[Phrases]:
        """The vocabulary entries the options are read with: their labels, words and concepts."""
        concepts, _needs = self._needs(options)
        entries = [self.vocabulary.labelled(o.msg_id) for o in options]
        entries += [self.vocabulary[w] for o in options for w in o.words]
        return [*entries, *concepts.values()]

    def _pick(
        self, message: Folded, options: Sequence[Option], *, multi: bool, exclusive: str | None
    ) -> Picked | Unclear[tuple[str, ...]] | None:
        exact = self._exact(message.text, options) or self._one_option(message, options)
        once = _said_twice(message.text)
        if exact is None and once is not None:
            # "네네", "아니아니", "yes yes" (trial 4: "네네" at the children question was thanked as
            # small talk and the options listed again): one word said twice is that word
            exact = self._exact(once, options)
        if exact is not None:
            return Picked((exact,), True)
        if exclusive is not None and any(o.id == exclusive for o in options) and self._none(message):
            # "nah", "nope", "nah nothing" at the worst reaction too (English owner trial, batch
            # 77: "Please pick one of the options"): the option that clears the others
            return Picked((exclusive,), True)
        positions = self._by_position(message, options)
        if positions and (multi or len(positions) == 1):
            return Picked(positions, True)
        if multi:
            listed = self._list(message.text, options)
            if (
                listed
                and exclusive in listed
                and len(listed) > 1
                and self._options_denied(message, options, exclusive)
            ):
                return Picked((exclusive,), True)  # "개 없어요", "no dog", "dogs no": none (stop 50)
            if listed:
                return Picked(listed, True)
        weighed = self._by_weight(message, options)
        if weighed is not None:
            return Picked((weighed,), False)
        return self._in_sentence(message, options, multi=multi, exclusive=exclusive)

    def _options_denied(self, message: Folded, options: Sequence[Option], exclusive: str | None) -> bool:
        """Every word an option or a bare denial beside it ("개 없어요", "고양이는 없어요", "no
        dog", "dogs no"; stop 50 owner trial: the dog ticked beside none): the options named are
        what is denied, the answer is the exclusive option. "cat, no others" is no such message
        ("others" is neither), nor "고양이는 없고 개 한마리 더 있어요"."""
        chunks = [c for c in re.split(r"[,.;!?~]+", message.text) if c.strip()]
        return bool(chunks) and all(self._chunk_denied(c, options, exclusive) for c in chunks)

    def _chunk_denied(self, text: str, options: Sequence[Option], exclusive: str | None) -> bool:
        """One part of `_options_denied` between punctuation: options and a denial of them."""
        others = [o for o in options if o.id != exclusive]
        denies = self.vocabulary["understanding-none-denies"]
        words = text.split()
        denied = named = False
        i = 0
        while i < len(words):
            two = " ".join(words[i : i + 2])
            if i + 1 < len(words) and denies.whole(Folded(two)):
                denied, i = True, i + 2
                continue
            if denies.whole(Folded(words[i])):
                denied = True
            elif isinstance(self._pick(Folded(words[i]), others, multi=True, exclusive=None), Picked):
                named = True
            else:
                return False
            i += 1
        return denied and named

    def _exact(self, text: str, options: Sequence[Option]) -> str | None:
        by_msg = {o.msg_id: o.id for o in options}
        found = self.messages.match_any(text, by_msg)
        if found is None:
            stripped = self._strip_ending(text)
            found = self.messages.match_any(stripped, by_msg) if stripped != text else None
        return by_msg[found] if found else None

    def _one_option(self, message: Folded, options: Sequence[Option]) -> str | None:
        """The whole message made of one option's words, with polite endings, intensifiers,
        laughter, thanks and sighs around them: "네 맞아요", "ㅇㅇ맞아", "yep looks good" (each word a confirm
        alias); or an option's emoji (`.emoji`: "👍")."""
        if not message.units:
            return self._emoji(message.text, options)
        key = tuple((o.id, o.msg_id, o.words) for o in options)
        table = self._option_tables.get(key)
        if table is None:
            table = Table()
            # the options first: a phrase that is also a filler or a thanks ("much better",
            # "좋아졌어요") is the option, so "much better thanks!" is the answer with thanks
            # around it, not thanks alone (fresh owner trial)
            for o in options:
                table.add(f"option:{o.id}", self.vocabulary.labelled(o.msg_id))
                for words in o.words:
                    table.add(f"option:{o.id}", self.vocabulary[words])
            table.add("filler", self.vocabulary["understanding-polite-ending"])
            table.add("filler", self.vocabulary["understanding-talk-filler"])
            table.add("filler", self.vocabulary["understanding-talk-laughter"])
            table.add("filler", self.vocabulary["understanding-oops"])
            table.add("filler", self.vocabulary["understanding-talk-thanks"])
            table.add("filler", self.vocabulary["understanding-talk-sad"])
            if any(o.msg_id.startswith(NAV_PREFIX) for o in options):
                # "back pls", "뒤로 가주세요" (stop 47: stored as the dog's name): a button pressed
                table.add("filler", self.vocabulary["understanding-nav-polite"])
            self._option_tables[key] = table
        pieces = cover(message.units, table)
        if not pieces:
            return None
        picked = {tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("option:")}
        return picked.pop() if len(picked) == 1 else None

    def _emoji(self, text: str, options: Sequence[Option]) -> str | None:
        typed = _EMOJI_NOISE.sub("", text)
        if not typed:
            return None
        for o in options:
            for locale in LOCALES:
                if not self.messages.has(o.msg_id, locale):
                    continue
                listed = self.messages.attribute(locale, o.msg_id, "emoji")
                if listed and typed in {_EMOJI_NOISE.sub("", e) for e in listed.split(",")}:
                    return o.id
        return None

    def _strip_ending(self, text: str) -> str:
        key = normalize(text)
        for phrase in self._endings:
            if key.endswith(phrase) and len(key) > len(phrase):
                return key[: -len(phrase)]
        return text

    def _by_position(self, message: Folded, options: Sequence[Option]) -> tuple[str, ...]:
        numbered = [o for o in options if o.numbered]
        ordinal_only = not numbered
        if ordinal_only:
            numbered = [o for o in options if o.ordered]
        if not numbered:
            return ()
        units = message.units
        if cover(units, self._agreement):
            return ()
        pieces = self._position_pieces(message)
        if not pieces:
            return ()
        ordinals = self.vocabulary["understanding-ordinal-word"].phrases
        if ordinal_only and not any(tag in ("ordinal", "last") or piece in ordinals for tag, piece in pieces):
            return ()  # no number was shown: "2" is not the second button
        picked: list[str] = []
        for tag, piece in pieces:
            if tag in ("skip", "ordinal", "filler"):
                continue
            n = len(numbered) if tag == "last" else _position(tag, piece)
            if n is None or not 1 <= n <= len(numbered):
                return ()
            picked.append(numbered[n - 1].id)
        return tuple(dict.fromkeys(picked))

    def position_typed(self, message: Folded) -> bool:
        """The message is only an option's number said as one ("1번", "2번이요", "option 2",
        "두번째", "the first one"): a pick by position, which at a question without numbered
        options answers nothing there (owner trial 11: "1번" at the age filled every later
        choice question). A bare number ("2") is no position: it may be the answer."""
        units = message.units
        if not units or cover(units, self._agreement):
            return False
        pieces = self._position_pieces(message)
        if not pieces:
            return False
        ordinals = self.vocabulary["understanding-ordinal-word"].phrases
        # "#1" (owner trial 11: stored as 1 year at the age): the sign folding drops marks a number
        hashed = message.text.lstrip().startswith("#")
        marked = hashed or any(tag in ("ordinal", "last") or piece in ordinals for tag, piece in pieces)
        numbers = [tag for tag, _ in pieces if tag not in ("skip", "ordinal", "filler")]
        return marked and bool(numbers)

    def _position_pieces(self, message: Folded) -> list[tuple[str, tuple[str, ...]]] | None:
        """The message read as positions, the words around an ordinal let go ("the first one",
        "첫번째거요", "마지막꺼"; owner trial 11: asked again): fillers, and "one" after an ordinal
        word or "last" (it is no second position)."""
        pieces = cover(message.units, self._positions, single=_position_unit)
        if not pieces:
            return None
        ordinals = self.vocabulary["understanding-ordinal-word"].phrases
        out: list[tuple[str, tuple[str, ...]]] = []
        for tag, piece in pieces:
            after_ordinal = bool(out) and (out[-1][0] == "last" or out[-1][1] in ordinals)
            if after_ordinal and tag == "num:1" and piece[0].isascii() and not piece[0].isdigit():
                out.append(("filler", piece))  # "the first one": one option, the first
                continue
            out.append((tag, piece))
        return out

    def _list(self, text: str, options: Sequence[Option]) -> tuple[str, ...]:
        for splitter in self._splitters:
            parts = [p for p in splitter.split(text.casefold()) if p and p.strip()]
            if len(parts) < 2:
                continue
            found = [self._exact(p, options) for p in parts]
            if all(found):
                return tuple(dict.fromkeys(f for f in found if f))
        return ()

    def _by_weight(self, message: Folded, options: Sequence[Option]) -> str | None:
        ranged = [o for o in options if o.kg is not None]
        if not ranged:
            return None
        weight = self.quantities.read(message.text, WEIGHT_UNITS, None)
        if weight.value is None:
            return None
        for o in ranged:
            assert o.kg is not None
            if o.kg.holds(weight.value):
                return o.id
        return None

    def _needs(self, options: Sequence[Option]) -> tuple[dict[str, Phrases], dict[str, tuple[str, ...]]]:
        """The concepts looked for inside a sentence, and each option's needs among them."""
        concepts: dict[str, Phrases] = {}
        needs: dict[str, tuple[str, ...]] = {}
        for o in options:
            if not o.in_sentence:
                continue
            if o.concepts:
                for need in o.concepts:
                    for c in need.split(ALTERNATIVE):
                        concepts.setdefault(c, self.vocabulary[f"understanding-concept-{c}"])
                        # words holding a concept's phrase that do not name it ("주말" holds
                        # 말, a horse; owner trial 27: "Other" pet ticked): taken first, dropped
                        masked = self.vocabulary[f"understanding-concept-{c}-not"]
                        if masked:
                            concepts.setdefault(f"{NOT_CONCEPT}{c}", masked)
                        if c == OTHER_ANIMAL:
                            # a dog's breed holding an animal's name ("말티즈" holds 말; owner
                            # trial 30: typed at the sex, "Other" pet ticked) names no other animal
                            concepts.setdefault(f"{NOT_CONCEPT}breed", self.vocabulary["understanding-breed"])
                needs[o.id] = o.concepts
            else:
                own = self._sentence_phrases(o)
                if own is not None:
                    concepts[f"option:{o.id}"] = own
                    needs[o.id] = (f"option:{o.id}",)
        return concepts, needs

    def split(self, message: Folded, options: Sequence[Option]) -> tuple[str, ...]:
        """Options one word of `message` points at together, none of them named whole
        ("aggression" of "aggression, barking": toward people or toward dogs): the caller asks
        which, keeping what was ticked (acceptance trial: dropped without a word)."""
        concepts, needs = self._needs(options)
        present = _present(message, concepts)
        used = {oid: _used(need, present) for oid, need in needs.items()}
        full = {oid for oid, need in needs.items() if used[oid] and len(used[oid]) >= len(need)}
        covered = frozenset().union(*(used[o] for o in full))
        for c in present:
            if c in covered:
                continue
            pointed = tuple(o for o in needs if c in used[o] and o not in full)
            if len(pointed) > 1:
                return pointed
        return ()

    def told_apart(
        self, message: Folded, options: Sequence[Option], pointed: Sequence[str]
    ) -> tuple[str, ...]:
        """Of the options `pointed` that one earlier word named together (`split`: "공격성",
        toward people / toward dogs), those `message` tells apart ("사람한테요", "other dogs"):
        each whose concepts not shared by all of them are here. Empty when it tells none."""
        concepts, needs = self._needs([o for o in options if o.id in pointed])
        if len(needs) < 2:
            return ()
        shared = frozenset.intersection(*(frozenset(need) for need in needs.values()))
        present = _present(message, concepts)
        told: list[str] = []
        for oid, need in needs.items():
            own = tuple(n for n in need if n not in shared)
            if own and len(_used(own, present)) >= len(own):
                told.append(oid)
        return tuple(told)

    def without_dismissed(self, message: Folded, options: Sequence[Option], *, multi: bool) -> Folded:
        """`message` without what it says is not the problem (owner trial 29): a clause closed by
        "is fine", "isn't an issue", "괜찮은데", "문제 아니고" (`understanding-choice-dismissed`)
        and, at a multi-choice question, a deed told as not done ("never bit anyone":
        `understanding-deed-negated`; "짖지는 않는데", "he doesn't bark": `understanding-behaviour-
        negated`), so "짖는건 괜찮은데 분리불안이 문제에요" is separation alone.
        Only where several are picked or options are behaviours (the worst reaction): a check-in's
        "짖는 건 괜찮아요" tells how it went, "neutered is fine" at the sex is no denial."""
        if not (multi or any(c in _BEHAVIOUR_CONCEPTS for o in options for c in o.concepts)):
            return message
        dismissed = self.vocabulary["understanding-choice-dismissed"]
        words = message.text.split()
        drop: set[int] = set()
        for i in range(len(words)):
            end = next(
                (
                    j
                    for j in range(i + 1, min(i + 5, len(words)) + 1)
                    if dismissed.contains(Folded(" ".join(words[i:j])))
                ),
                None,
            )
            if end is None or dismissed.contains(Folded(" ".join(words[i + 1 : end]))):
                continue  # none here, or it starts at a later word
            start = i
            while start > 0 and not self._clause_ends(words[start - 1]):
                start -= 1
            drop.update(range(start, end))
        kept = " ".join(w for k, w in enumerate(words) if k not in drop)
        if multi:
            kept = _blank(Folded(kept), self.vocabulary["understanding-deed-negated"])
            # a behaviour told as not done by its verb ("짖지는 않는데", "안 짖는데", "he doesn't
            # bark but…"; stop 45 owner trial: barking ticked)
            kept = _blank(Folded(kept), self.vocabulary["understanding-behaviour-negated"])
        return message if kept == message.text else Folded(kept)

    def _clause_ends(self, word: str) -> bool:
        """`word` closes a clause: punctuation after it, a Korean ending that closes or joins
        ("있어요", "짖고", "짖는데"), or an English word that opens the next ("but", "just")."""
        if word[-1:] in ",.;!?~":
            return True
        if word.isascii():
            return self.vocabulary["understanding-contrast-but"].whole(Folded(word))
        return word.endswith(tuple(_words(self.vocabulary["understanding-clause-end"])))

    def _in_sentence(
        self, message: Folded, options: Sequence[Option], *, multi: bool, exclusive: str | None
    ) -> Picked | Unclear[tuple[str, ...]] | None:
        message = self.without_dismissed(message, options, multi=multi)
        if multi and exclusive is not None and self._this_one_alone(message, options, exclusive):
            return Picked((exclusive,), False)  # "강아지는 몽이 혼자예요" at the other pets: none
        concepts, needs = self._needs(options)
        present = _present(message, concepts)
        if all(sex in present for sex in SEXES):
            # a sex word beside a pronoun of the other ("sorry he's actually a girl"; stop 50: the
            # pronouns options50 added to the sexes made it both, the sex left as it was): the
            # pronoun, the dog as it was called until now, gives way
            pronouns = self.vocabulary["understanding-pronoun-male"].phrases | (
                self.vocabulary["understanding-pronoun-female"].phrases
            )
            worded = {
                c: replace(p, phrases=p.phrases - pronouns) if c in SEXES else p for c, p in concepts.items()
            }
            without = _present(message, worded)
            if any(sex in without for sex in SEXES):  # pronouns alone ("she bumped him") stay both
                concepts, present = worded, without
        if not present:
            return None
        used = {oid: _used(need, present) for oid, need in needs.items()}
        full = [oid for oid, need in needs.items() if len(used[oid]) >= len(need)]
        if not full and not multi:
            # a phrase that names two concepts names an option only when nothing else in the
            # sentence does ("she nipped once": a bite, no injury; owner trial 8: "Snap, no
            # contact"; "nipped and drew blood" stays the bite with injury)
            present = _present(message, concepts, shared=True)
            used = {oid: _used(need, present) for oid, need in needs.items()}
            full = [oid for oid, need in needs.items() if len(used[oid]) >= len(need)]
        if multi:
            # an option whose words are all part of a fuller one's is not named apart ("bites
            # people": aggression toward people, not mouthing as well)
            full = [o for o in full if not any(used[o] < used[other] for other in full)]
            if exclusive in full and len(full) > 1:
                if self._options_denied(message, options, exclusive):
                    return Picked((exclusive,), False)  # "고양이는 없어요", "개나 고양이 없어요"
                return Unclear(tuple(full))
            return Picked(tuple(full), False) if full else None
        if full and not multi:
            # one phrase that names the snap and, beside a word of injury, a bite ("입질은 좀
            # 있어요 피는 안났구요": teeth on skin, as "he nipped him, no blood"; owner trial 29)
            both = _present(message, concepts, shared=True)
            fuller = [o for o in needs if len(_used(needs[o], both)) >= len(needs[o])]
            if max(len(needs[o]) for o in fuller) > max(len(needs[o]) for o in full):
                full = fuller
        if full:
            most = max(len(needs[o]) for o in full)
            best = [o for o in full if len(needs[o]) == most]
            if exclusive in best and len(best) > 1:
                # "으르렁거리다 숨어요": the option named beside "none"'s words (hiding) is the answer
                best = [o for o in best if o != exclusive]
            if len(best) == 1:
                return Picked((best[0],), False)
            told = self._told_apart(message, options, best)
            return Picked((told,), False) if told else Unclear(tuple(best))
        named = tuple(c for c in present if not c.startswith("option:"))
        return Unclear(named) if named else None

    def _this_one_alone(self, message: Folded, options: Sequence[Option], exclusive: str) -> bool:
        """The dog the survey is about named as the topic and said to be alone ("강아지는 몽이
        혼자예요", "강아지는 한 마리예요", "as for dogs just max"; stop 51 owner trial: at the other
        pets asked "dog or none?"): no other pet, the exclusive option. The topic's words
        (`understanding-pets-self`) must name an option (the dog) and the rest tell one alone
        (`understanding-pets-alone`) and name no option: "강아지는 한 마리 더 있어요" is another
        dog, "강아지는 몽이 혼자고 고양이도 있어요" a cat."""
        topic = self.vocabulary["understanding-pets-self"]
        hits = topic.find(message)
        others = [o for o in options if o.id != exclusive]
        if not any(
            isinstance(self._pick(Folded(said), others, multi=True, exclusive=None), Picked)
            for said in {hit[0] for hit in hits}
        ):
            return False
        rest = Folded(_blank(message, topic))
        if not rest.text.strip() or self._pick(rest, others, multi=True, exclusive=None) is not None:
            return False
        return self.vocabulary["understanding-pets-alone"].contains(rest)

    def _told_apart(self, message: Folded, options: Sequence[Option], tied: list[str]) -> str | None:
        """The one of `tied` still named once the words that say how one came by it are set
        aside (`understanding-choice-how`: "입양", "adopted"): "지인한테 입양" is from a friend,
        "adopted him from a breeder" from a breeder (acceptance trial: asked again, though the
        hint itself gives "지인한테 받았어요"); "입양했어요" alone stays the shelter."""
        how = self.vocabulary["understanding-choice-how"].phrases
        concepts: dict[str, Phrases] = {}
        for o in options:
            own = self._sentence_phrases(o) if o.id in tied and not o.concepts else None
            if own is not None and own.phrases - how:
                concepts[f"option:{o.id}"] = Phrases(own.name, own.phrases - how)
        named = [c.split(":", 1)[1] for c in _present(message, concepts)]
        return named[0] if len(named) == 1 else None


def _blank(message: Folded, phrases: Phrases) -> str:
    """The words of `message` with the phrases found blanked out (Hangul in the compact text,
    whose spacing is then lost; Latin ones as words)."""
    hits = phrases.find(message)
    if not hits:
        return message.text
    spaced, compact = list(message.spaced), list(message.compact)
    for _phrase, start, end, hangul in hits:
        target = compact if hangul else spaced
        target[start:end] = " " * (end - start)
    return " ".join("".join(compact if any(h[3] for h in hits) else spaced).split())


def _words(entry: Phrases) -> frozenset[str]:
    """An entry's phrases as typed words: Hangul units joined, Latin ones spaced."""
    return frozenset("".join(p) if p and not p[0].isascii() else " ".join(p) for p in entry.phrases)


def _position_unit(unit: str) -> str | None:
    if unit.isdigit():
        return "digit"
    if _SINGLE_LETTER.match(unit):
        return "letter"
    return None


def _position(tag: str, piece: tuple[str, ...]) -> int | None:
    if tag == "digit":
        return int(piece[0])
    if tag == "letter":
        return ord(piece[0]) - ord("a") + 1
    if tag.startswith("num:"):
        return int(tag.split(":", 1)[1])
    return None


_LAUGHTER = re.compile(r"[\u3131-\u318e]+")  # "ㅋㅋ", "ㅎㅎ", "ㅠㅠ": letters alone, no word


def _long_enough(phrase: tuple[str, ...]) -> bool:
    """Labels searched inside a sentence: two Hangul letters or more, or a Latin word of two
    letters or more (the one-letter Korean "dog" and "s" would be found everywhere)."""
    if len(phrase) >= 2:
        return True
    return phrase[0].isascii() and len(phrase[0]) >= 2 and not phrase[0].isdigit()


def _used(need: tuple[str, ...], present: list[str]) -> frozenset[str]:
    """The concepts found that meet `need`, one per needed concept (each may be alternatives)."""
    found = (next((c for c in n.split(ALTERNATIVE) if c in present), None) for n in need)
    return frozenset(c for c in found if c is not None)


def _present(message: Folded, concepts: dict[str, Phrases], *, shared: bool = False) -> list[str]:
    """Concepts found, longest phrase first and without overlaps, in order of appearance. With
    `shared`, one phrase may name two concepts ("nipped": a bite, and no injury)."""
    hits: list[tuple[int, int, bool, str]] = []
    for name, phrases in concepts.items():
        for _phrase, start, end, hangul in phrases.find(message):
            hits.append((start, end, hangul, name))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
    kept: list[tuple[int, str]] = []
    for start, end, hangul, name in hits:
        if any(start < e and s < end and not (shared and (s, e) == (start, end)) for s, e in taken[hangul]):
            continue
        taken[hangul].append((start, end))
        kept.append((start if hangul else start * 1000, name))
    return list(dict.fromkeys(name for _pos, name in sorted(kept) if not name.startswith(NOT_CONCEPT)))


def _said_twice(text: str) -> str | None:
    """The word of a message that is one word said twice ("네네", "네 네", "yes yes", "아니요
    아니요"), else None."""
    bare = text.strip().rstrip("!.~?;,ㅎㅋ").strip()
    words = bare.split()
    if len(words) == 2 and words[0].casefold() == words[1].casefold():
        return words[0]
    half = len(bare) // 2
    if len(words) == 1 and len(bare) >= 2 and len(bare) % 2 == 0 and bare[:half] == bare[half:]:
        return bare[:half]
    return None
