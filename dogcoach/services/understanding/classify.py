"""Deciding what one message is, from its text and what is open. No model call; under a
millisecond (see `benchmarks/understanding.py`).

The order matters and is the product's rules (issue 11):
1. media (the channel says so, or the text is only links) — nothing to read;
2. a slash command, whatever is open;
3. an offered option typed as its label, position or list — before plain command words, so
   "cancel" typed at "really delete?" is the "keep" option there, not /cancel;
4. plain command words, when they are the whole message ("show me the help");
   then, right after a report (its follow-up question open, or its result pending or just
   shown), the behaviour told as happening again ("또 그랬어요", "she just did it again", "또
   짖었어요"): a new report of it, never the question's answer nor good news;
5. small talk, when the whole message is thanks, greetings, laughter, reactions or emoji;
   then, idle or after a follow-up question, a survey answer corrected in words ("아 잘못
   말했어요 3살이에요", "correction: she is 12 kg"): a correction word and a value, nothing told
   or asked (after a follow-up question the value must name its answer: "3살", "kg");
6. a red flag or an aversive method (`services.safety`) tells an incident: a report in every
   state — at a survey question, at first contact, idle, at a check-in — unless it is asked
   outright ("?", an interrogative ending), then a question; after a follow-up question only a
   red flag the open report did not raise makes it a new report (a method done right after is
   what "what did you do?" asks for);
7. then what is open decides: a survey question reads its answer (a command asked in a sentence
   — "how was this week", "what can u do" — runs when the question reads no plausible answer in it), but a narrated behaviour is a
   report and a question is a question — a report is never stored as an answer; after a follow-up
   question, a plausible answer is an answer, a new incident a report, and the unclear case is
   both (`alternative`), so the owner is asked; a narrated behaviour with its situation is a
   report of its own, never glued to the open one; at a check-in the outcome is read first, in a
   sentence about the dog too, and a new behaviour told there is a report as well (`_at_checkin`);
8. idle: a question, a report (a behaviour narrated or named in a sentence), else noise
   (digits, punctuation, keyboard mash, too short: one word such as "짖음" or "barking" names a
   behaviour, it does not describe an incident; a sentence that names no behaviour at all); idle while a report still
   waits for its result, a message that answers what the follow-up would ask (how often, since
   when, what happens before or after) is detail about that report, by the follow-up's rules.

At a survey question a trailing "?" alone does not make an answer-shaped text ("한 이년쯤?", "9~10시간?")
a question: the owner hedges, and the question reads it (or re-asks saying what it understood).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Any

from dogcoach.domain.survey import CATEGORIES, QUESTIONS
from dogcoach.services.i18n import LOCALES, Messages, normalize
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.understanding.answers import QUANTITY_KINDS as QUANTITY_READERS
from dogcoach.services.understanding.answers import SurveyAnswers
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.choices import Picked
from dogcoach.services.understanding.field_value import FieldValueReader
from dogcoach.services.understanding.model import (
    QUANTITIES,
    SURVEY,
    Approximate,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Since,
    SincePuppy,
    Unclear,
    Understanding,
    Value,
)
from dogcoach.services.understanding.names import INTRO_MAX_HANGUL, DogNames
from dogcoach.services.understanding.quantity import WEIGHT_UNITS
from dogcoach.services.understanding.signals import SignalReader, Signals
from dogcoach.services.understanding.text import Folded, Script
from dogcoach.services.understanding.vocabulary import Table, Vocabulary, cover, units_of

# Router command names that plain words may reach (the router's table is the authority).
COMMANDS: tuple[str, ...] = (
    "start", "help", "profile", "newdog", "language", "cancel", "export", "delete", "tips", "history", "week",
    "progress", "summary", "checkins", "result", "removedog", "switchdog", "edit", "notifications",
)  # fmt: skip
# Buttons whose label, typed, is the command ("🔁 Switch dog", "✏️ 답 고치기": Kakao users type them).
COMMAND_LABELS: dict[str, tuple[str, ...]] = {
    "start": ("profile-continue", "first-report-start"),
    "switchdog": ("profile-switch",),
    "edit": ("survey-edit",),
    "newdog": ("profile-newdog",),
    "removedog": ("profile-remove",),
}
# Commands also asked for in a sentence ("where's my result?", "이번주 어땠어?"): the phrases of
# `understanding-keyword-<name>` in a short message that names no behaviour.
ASKED_COMMANDS: tuple[str, ...] = (
    "result", "week", "history", "profile", "summary", "help", "tips", "checkins", "language", "newdog",
    "switchdog", "notifications", "progress",
)  # fmt: skip
# Asked commands whose phrases only ask when the message asks ("좀 나아졌나요?", "is he getting
# better?"): told, they are news ("he's getting better!"), at a check-in its answer.
ASKED_ONLY_AS_QUESTIONS: tuple[str, ...] = ("progress",)
# Commands about the owner's dogs asked in a sentence at a survey question too ("I got a second dog",
# "다른 강아지 얘기할래"): never an answer (eighth trial: re-asked, or stored as the breed).
DOG_COMMANDS: tuple[str, ...] = ("newdog", "switchdog")
# Options of the questions about who lives at home, where "둘째" (a second child) or "another dog"
# (another pet) may be the answer: there the question reads it.
HOME_OPTIONS: tuple[str, ...] = ("survey-opt-children-", "survey-opt-other_pets-")
# Commands whose phrases ask for them whatever question is open ("stop reminders", "how do I use
# this", "in english"): at a survey question, a message of them that is not understood as the answer
# runs them. The others' phrases ("last week", "profile", "another dog") may be part of an answer.
ASKED_ANYWHERE: tuple[str, ...] = (
    "help",
    "tips",
    "checkins",
    "notifications",
    "language",
    "result",
    "summary",
)
# The start command's argument when its words ask to answer the survey again from its first
# question ("처음부터 다시", "reset"; `understanding-restart`), not to resume it ("시작", "continue").
RESTART = "restart"
# A message saying the report just sent is about another dog ("아 초코 말고 보리요") is this
# short at most (folded, with the names as placeholders).
RETOLD_MAX_LETTERS = 120
# A sentence asking for a command is this short at most.
ASKED_MAX_WORDS = 10
# The views of one dog that may be asked with its name ("Show me Bella's history", "초코 기록 보여줘").
DOG_VIEWS: tuple[str, ...] = ("history", "week", "profile", "summary", "progress")
# A message wholly of command words is this long at most: "I would like to delete my data." is
# seven (ninth owner trial: the noise hint; at the household count "I" read as one person).
PLAIN_COMMAND_MAX_WORDS = 8
# The history's argument when a time span was named with it ("지난달 기록").
PERIOD = "period"
# Words at most in a message that announces a photo or video rather than telling something.
MEDIA_ANNOUNCED_MAX_WORDS = 8
# Commands that start another survey or dog: at a survey question, an option read in the same
# words is the answer instead ("another dog" at the other-pets question); cancel and help still win.
STARTERS: tuple[str, ...] = ("newdog", "start")
# Commands that take on/off after them ("팁 끄기", "check-ins on", "알림 꺼줘": both of the others).
SWITCHES: tuple[str, ...] = ("tips", "checkins", "notifications")
# The tips command's argument when a tip is asked for now ("give me a tip", "팁 좀 알려주세요",
# `understanding-tip-now`): one tip of the catalogue, not the on/off status.
TIP_NOW = "now"
# What the follow-up question asks about; detail about a pending report answers one of them.
FOLLOWUP_TOPICS: tuple[str, ...] = ("frequency", "antecedent", "consequence")
# Concepts of options that are things a dog did (the worst reaction's bite, with or without an
# injury): told as a habit or a memory at that question ("he has bitten before", "물어요 가끔"),
# they are the answer, asked to be completed, not a report (lead's trial, 2026-11-30).
DEED_CONCEPTS = frozenset({"bite", "injury", "no_injury"})
# A breed named in a message of this many words or more that ends with "?" (and is no hedged
# answer: "믹스에요 아마 푸들?") asks about the breed.
MIN_BREED_QUESTION_WORDS = 3
# The dog's sex said alone at the name question ("girl", "여아"): no name.
NAME_SEX_WORDS = "understanding-name-sex-word"
TALK: tuple[str, ...] = (
    "thanks", "greeting", "bye", "agree", "laughter", "reaction", "sad", "lost", "wait", "confused",
    "hedge",
)  # fmt: skip
# Closing small talk ("그게 다예요", "that's all"): only with nothing open (idle, or a report waiting
# or just shown); an open question takes the same words as its Done or Skip (an option) or answer.
CLOSING_EXPECTS = frozenset({Expect.NOTHING, Expect.PENDING})

_URL = re.compile(r"^(?:(?:https?://|www\.)\S+\s*)+$", re.IGNORECASE)
_REPEAT = re.compile(r"(\S{1,2}?)\1{2,}")
_DRAWN = re.compile(r"([a-z])\1+\b")
_SLASH = re.compile(r"^/([A-Za-z0-9_]+)(?:@\S+)?(?:\s+(.*))?$", re.DOTALL)
# A report needs room to say what happened: this many letters at least (Hangul syllables count
# one each, so "keeps barking" in Korean, 5 syllables, is enough while "hungry", 3, is not).
REPORT_MIN_LETTERS = 8
# Praise longer than this is read by the other rules (a long message about a cute dog tells more).
PRAISE_MAX_WORDS = 8
# What an owner says about a result's advice (a plan, that it worked or did not) is short; a longer
# message tells more and is read by the usual rules.
ADVICE_MAX_WORDS = 10
# States in which a result's advice may be what the owner talks about.
AFTER_RESULT = frozenset({Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP})
# A behaviour named alone ("separation anxiety 😢", "짖음 문제요") is this short at most.
LABEL_MAX_WORDS = 7  # every word a name or the words around one ("I want to fix his barking")
# A habit told as the answer at the concerns ("사람을 물어요", "다른 개를 물어요") is this short at
# most; longer, with its trigger, it is an account for the analysis (a report).
HABIT_MAX_WORDS = 3
# A dated incident told where no answer was understood is this long at least ("어제 신발 먹었어요"
# is three words; "yesterday" alone or "어제요" answers nothing and tells nothing).
DATED_MIN_WORDS = 3
# The reason given to health told before the health question: the survey keeps it as that answer.
HEALTH_TOLD = "health-told"
# A question about the survey itself ("이거 꼭 다 해야돼요?") is this short at most; longer, it tells
# more than that (a report or a question for the coach).
SURVEY_ASKED_MAX_WORDS = 8
# A bite told as a whole incident at the worst reaction (whom, where, what led to it) is this long
# at least; "he has bitten before", "bit my friend once" tell only the deed (asked to complete).
INCIDENT_MIN_WORDS = 5
# The concepts (`understanding-concept-*`) that name each concern, where one does ("toward dogs"
# names no behaviour by itself).
# How far after a behaviour's verb a word telling it as new may come, at the end of the message
# ("he whines at night now", "낑낑대기도 해요"): words (English), syllables (Korean, the verb's own
# ending included).
NEW_AFTER_WORDS = 3
NEW_AFTER_CHARS = 5
CONCERN_CONCEPTS: dict[str, tuple[str, ...]] = {
    **{name: (f"concern_{name}",) for name in CATEGORIES if name not in ("other", "aggression_people", "aggression_dogs")},
    "aggression_people": ("concern_aggression",),
    "mouthing": ("concern_mouthing", "concern_bite"),  # a bite aimed at nobody is mouthing
}  # fmt: skip
# A behaviour told as happening again ("또 짖었어요") is this short at most to be read so.
AGAIN_MAX_WORDS = 4
# A bare time or place told after a result ("mostly at night") is this short at most.
WHEN_FRAGMENT_MAX_WORDS = 4
# The moment or what the owner did, told after a result ("after I left for work"): this short at most.
MOMENT_MAX_WORDS = 6
# A dog's name typed with words that remove it ("delete Max", "보리 삭제해주세요"): this long at most.
NAME_MAX_WORDS = 2
NAME_MAX_HANGUL = 6
# A request to remove a dog is its name and a few remove and request words around it: a message
# of more units is not one, and is not searched (the search tries every span: quadratic).
REMOVAL_MAX_UNITS = NAME_MAX_HANGUL + 18
# Command words that name no command ("change food", "사료 바꿔줘") in a message this short at
# most: the owner asked the bot to do something it does not know, not told what the dog did.
COMMAND_LIKE_MAX_WORDS = 4
COMMAND_LIKE_MAX_LETTERS = 16


def _syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@lru_cache(maxsize=4)
def _signals(messages: Messages) -> SignalReader:
    return SignalReader(Vocabulary(messages))


def tells(messages: Messages, text: str, topic: str) -> bool:
    """Does `text` (a whole report) already say what the follow-up question about `topic` asks?
    The cues that read an answer to that question (`SignalReader.plausible_followup`), over the
    report: "매일 그래요 한달쯤 됐어요" and "every night … it started a month ago" tell how often."""
    return _signals(messages).told_in_report(Folded(text), topic)


def _specific_switch(names: list[str]) -> list[str]:
    """ "팁 알림 꺼줘", "check-in notifications off": the one switch named, not all notifications."""
    if "notifications" in names and len(names) == 2 and set(names) & {"tips", "checkins"}:
        return [n for n in names if n != "notifications"]
    return names


def _two_or_more(answer: object) -> bool:
    """Two or more options read at once (a check-in answer both ways: asked again)."""
    return (
        isinstance(answer, Unclear) and isinstance(answer.understood, tuple) and len(answer.understood) >= 2
    )


def _told_as_done(message: Folded) -> bool:
    """Told in the past tense, so what was done, not asked for ("간식으로 바꿔줬어요", "I changed
    his food"): a Hangul syllable closed by ㅆ (했, 줬, 었) or an English word ending in -ed."""
    if any("가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 20 for ch in message.text):
        return True
    return any(word.endswith("ed") for word in message.text.lower().split())


class Understander:
    """Built once per process from the locale files; `understand` is pure and thread-safe."""

    def __init__(self, messages: Messages, safety: SafetyChecker | None = None) -> None:
        """`safety`: the red-flag and aversive-method check the flows screen with (shared, so
        what is understood as an incident and what gets the safety reply are one decision)."""
        self.messages = messages
        self.vocabulary = Vocabulary(messages)
        self.answers = SurveyAnswers(messages, self.vocabulary)
        self.signals = SignalReader(self.vocabulary)
        self.safety = safety if safety is not None else SafetyChecker(messages)
        self.names = DogNames(messages)
        self.field_values = FieldValueReader(self.vocabulary)

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
        return found[0] if found else None

    def dogs_named(self, text: str, names: Sequence[str]) -> tuple[int, ...]:
        """The positions in `names` of the dogs' names `text` mentions ("보리가 짖어요": 보리)."""
        return self.names.named(text, names)

    def name_unregistered(self, text: str, names: Sequence[str], topic: str | None) -> str:
        """The name a one-word message at a result's follow-up question about `topic` gives
        when it is none of `names` ("Luna", "루나", "루나요"; owner trial: glued onto the report).
        Only a word read as nothing else: no answer to any follow-up question, no behaviour, time,
        place or trigger, no quantity, no small talk, command or button; an English word only
        capitalised ("mornings" is an answer). "" otherwise."""
        message = Folded(canonical(text))
        if message.words != 1 or message.text.rstrip().endswith(("?", "？")):
            return ""
        word = message.text.strip()
        if not (all(_syllable(ch) for ch in word) or _name_starts(word)) or self.both_dogs(text):
            return ""  # "둘다요": both dogs, no name
        if self.vocabulary["understanding-frequency-alone"].contains(message):
            return ""  # "매주", "weekends": how often, in one word
        read = self.understand(text, Context(Expect.FOLLOWUP, topic=topic))
        if read.reason not in ("short-answer", "question", "no-frequency"):
            return ""
        signals = self.signals.read(message)
        if signals.behaviour or signals.situation or signals.incident or self._not_a_name(message):
            return ""
        if any(self.signals.plausible_followup(message, t) for t in FOLLOWUP_TOPICS):
            return ""
        answer = self.answers.name(message)
        if not isinstance(answer, Value) or self._closing_words(message):
            return ""
        name = str(answer.value)
        folded = normalize(name).casefold()
        registered = {normalize(self.names.bare(n)).casefold() for n in names if n}
        if folded in registered or self.names.bare(name).casefold() in registered:
            return ""
        if tuple(Folded(folded).units) in self.vocabulary["understanding-followup-not-name"].phrases:
            return ""  # "Mornings", "배달원": a one-word answer
        return "" if folded in self._intro_not_names else name

    def both_dogs(self, text: str) -> bool:
        """The message tells something of two dogs at once ("둘 다 줄을 당겨요", "both pull on the
        leash", "they both bark at the door"): one report, about both."""
        message = Folded(canonical(text))
        v = self.vocabulary
        if v["understanding-both-dogs"].contains(message):
            return True
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
        table.add("filler", v["understanding-polite-ending"])
        table.add("filler", v["understanding-name-particle"])
        return table.add("filler", v["understanding-dog"])

    def may_retell(self, text: str) -> bool:
        """A cheap first look (no dogs' names needed): the message has words that say a report was
        about another dog (`dog_retold` decides)."""
        message = Folded(canonical(text))
        v = self.vocabulary
        return any(
            v[msg_id].contains(message)
            for msg_id in (
                "understanding-dog-retold",
                "understanding-dog-retold-not-before",
                "understanding-dog-retold-not-after",
                "understanding-correction",
            )
        )

    def may_pick(self, text: str, context: Context) -> bool:
        """A cheap first look (about a third of `understand`: 33-37 µs) for a flow that reads a message at
        another question than the open one (the survey's sex at the name or the age): False when
        `understand(text, context)` can read none of its options nor their concepts — nothing
        picks one (label, position, concept, weight: `ChoiceReader.pick`), and it is no correction,
        whose value is read again on its own. True does not say an option is read."""
        message = Folded(canonical(text))
        multi = context.expect is Expect.MULTI
        if self.answers.choices.pick(message, context.options, multi=multi, exclusive=context.exclusive):
            return True
        return self._correction(message, self.signals.read(message)) is not None

    def dog_retold(self, text: str, names: Sequence[str], current: int | None) -> int | None:
        """The position in `names` of the dog a message says the report just sent is about
        instead of the dog at `current` ("아 초코 말고 보리요", "보리 얘기예요", "oh not Choco, Bori",
        "sorry, that was Bori", "I meant Bori"): the whole message is the dogs' names and the words
        that correct which dog it was, and it names one dog other than `current` that is not the
        one said to be wrong ("not Choco"). None for anything else: a new incident about that dog
        ("보리도 밤마다 짖어요") tells something, so it is read as usual."""
        read = self._retold(text, names, current)
        return read[0].pop() if read is not None and len(read[0]) == 1 else None

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
        registered = {normalize(n).casefold() for n in names}

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
        found: set[str] = set()
        for locale in LOCALES:
            aliases = self.messages.attribute(locale, "understanding-name-suffix", "aliases") or ""
            found.update(normalize(a).strip().casefold() for a in aliases.split(",") if a.strip())
        return tuple(sorted(found))

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
        if not placeholders or len(marked) > RETOLD_MAX_LETTERS:
            return None
        pieces = cover(
            Folded(marked).units, self._retelling, single=lambda u: "dog" if u in placeholders else None
        )
        if pieces is None or not any(tag in ("cue", "not-before", "not-after") for tag, _ in pieces):
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

    def warm(self) -> None:
        """Load every vocabulary and table now (at start-up) rather than during the first messages."""
        probe = Folded("0")
        for msg_id in sorted(self.messages.ids(self.messages.default_locale)):
            if msg_id.startswith(("understanding-", "lex-")):
                self.vocabulary[msg_id].find(probe)
        option = (Option("0", "nav-back"),)
        for expect in Expect:
            for probe_text in ("0", "x"):  # a number, and a word no table knows: every path runs
                self.understand(probe_text, Context(expect, option, topic="frequency"))

    # -- tables ----------------------------------------------------------------------------------

    @cached_property
    def _commands(self) -> Table:
        v = self.vocabulary
        table = Table()
        for name in COMMANDS:
            table.add(f"command:{name}", v[f"understanding-command-{name}"])
            for msg_id in COMMAND_LABELS.get(name, ()):
                table.add(f"command:{name}", v.label(msg_id))
        for locale in LOCALES:
            table.add(f"lang:{locale}", v.labelled(f"language-name-{locale}"))
        table.add("period", v["understanding-history-period"])
        table.add("arg:on", v["understanding-argument-on"])
        table.add("arg:off", v["understanding-argument-off"])
        table.add("again", v["understanding-argument-again"])  # before the request's "다시"
        table.add("request", v["understanding-request"])
        table.add("request", v["understanding-talk-sad"])
        table.add("request", v["understanding-talk-laughter"])
        return table.add("now", v["understanding-tip-now"])  # last: a phrase of the others keeps its tag

    @cached_property
    def _labels(self) -> Table:
        """Names of behaviours and of the concerns (the analysis categories), and list joiners."""
        v = self.vocabulary
        table = Table().add("label", v["understanding-behaviour-noun"])
        for name in CATEGORIES:
            if name != "other":
                table.add("label", v.labelled(f"category-{name}"))
        return table.add("joiner", v["understanding-list-joiner"])

    @cached_property
    def _removal(self) -> Table:
        """The words around a dog's name that ask to remove it ("delete … please", "… 삭제해주세요")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-remove-verb"])
        table.add("request", v["understanding-request"])
        return table.add("request", v["understanding-polite-ending"])

    @cached_property
    def _not_names(self) -> Table:
        return Table().add("not-name", self.vocabulary["understanding-remove-not-name"])

    @cached_property
    def _switching(self) -> Table:
        """The words around a dog's name that switch to it ("switch to Choco", "초코로 바꿔줘")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-switch-verb"])
        table.add("request", v["understanding-switch-lead"])  # "이제 콩이 얘기 할게요"
        table.add("request", v["understanding-request"])
        return table.add("request", v["understanding-polite-ending"])

    @cached_property
    def _editing(self) -> Table:
        """A survey question named with words that change its answer ("change age", "나이 고치기")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-edit-verb"])
        for q in QUESTIONS:
            table.add(f"field:{q.key}", v[f"understanding-field-{q.key}"])
            table.add(f"field:{q.key}", v.label(f"survey-field-{q.key}"))
        table.add("object", v["understanding-edit-object"])
        table.add("filler", v["understanding-edit-filler"])
        table.add("filler", v["understanding-dog"])
        table.add("filler", v["understanding-request"])
        return table.add("filler", v["understanding-polite-ending"])

    @cached_property
    def _vocative(self) -> re.Pattern[str]:
        """A name called ("콩이야", "보리야", "밤아"): 1-3 Hangul syllables and a calling particle
        (`understanding-vocative`)."""
        endings = "|".join(sorted(map(re.escape, self.messages.aliases("understanding-vocative"))))
        return re.compile(rf"[\uac00-\ud7a3]{{1,3}}(?:{endings})[~!.]*")

    @cached_property
    def _talk(self) -> Table:
        v = self.vocabulary
        table = Table()
        for name in TALK:
            table.add(f"talk:{name}", v[f"understanding-talk-{name}"])
        table.add("filler", v["understanding-polite-ending"])
        table.add("filler", v["understanding-talk-filler"])
        return table

    @cached_property
    def _closing_talk(self) -> Table:
        """`_talk` and the closing words ("그게 다예요", "that's all"), read with nothing open."""
        table = Table(dict(self._talk.entries), self._talk.longest)
        return table.add("talk:done", self.vocabulary["understanding-talk-done"])

    @cached_property
    def _keyboard(self) -> tuple[str, ...]:
        return tuple("".join(p) for p in self.vocabulary["understanding-keyboard-rows"].phrases)

    # -- the decision ----------------------------------------------------------------------------

    def understand(self, text: str | None, context: Context, *, media: bool = False) -> Understanding:
        """What `text` is while `context` is open. `media`: the channel says the message is a
        photo, video, file or sticker (its text, if any, is a caption or a link to it)."""
        text = canonical(text)
        if media:
            # a caption is text: "look what max did to the couch 😭" under a photo tells an
            # incident and is kept as a report (third new-owner trial: answered as a photo)
            told = self.understand(text, context) if text else None
            if told is not None and told.kind is Kind.REPORT:
                return dataclasses.replace(told, reason=f"caption-{told.reason}")
            return Understanding(Kind.MEDIA, text, reason="media")
        if not text:
            return Understanding(Kind.NOISE, text, reason="empty")
        if _URL.match(text):
            return Understanding(Kind.MEDIA, text, reason="link")
        slash = _SLASH.match(text)
        if slash:
            return self._slash(text, slash.group(1).lower(), (slash.group(2) or "").strip())
        message = Folded(text)
        expect = context.expect
        picked = None
        if context.options:
            picked = self.answers.choices.pick(
                message, context.options, multi=expect is Expect.MULTI, exclusive=context.exclusive
            )
            if isinstance(picked, Picked) and picked.exact:
                return Understanding(Kind.CHOICE, text, picks=picked.ids, reason="option")
        if expect in (Expect.NOTE, Expect.FOLLOWUP) or (expect is Expect.TEXT and context.none):
            nothing = self._nothing_to_tell(message, context)
            if nothing is not None:
                return nothing
        if expect is Expect.FOLLOWUP and self._asks_why(message):
            # "왜요?", "why do you ask" at a result's follow-up question: why it is asked,
            # explained, and the question again; never a question for the coach (owner trial)
            return Understanding(Kind.SMALL_TALK, text, talk="followup-why", reason="followup-why")
        if self._one_record_removed(message):
            # "마지막 기록 삭제", "delete the last report": one record, which cannot be removed
            # alone; said so (owner trial K: read as removing a dog called "마지막 기록")
            return Understanding(Kind.SMALL_TALK, text, talk="one_record", reason="one-record")
        command = self._plain_command(message)
        if command is not None and self._frequency_word(message, command, context):
            # "weekly" at "how often?": the answer, not this week's summary (ninth owner trial)
            return Understanding(Kind.ANSWER, text, answer=Value(text), reason="frequency-word")
        if command is not None:
            if command.command == "edit" and command.argument and expect is not Expect.NOTE:
                # "나이 3살로 수정해주세요": the new value is given, so it is set, not asked for, in
                # any state (at a survey question, after a result)
                fixed = self._correction(message, self.signals.read(message))
                if fixed is not None:
                    return fixed
            if command.command in STARTERS and isinstance(picked, Picked) and expect in SURVEY:
                # "another dog" at the other-pets question ticks "Dog": an option read in the
                # message beats a plain command word that would start another survey (fresh trial)
                return Understanding(Kind.CHOICE, text, picks=picked.ids, reason="option-over-command")
            return command
        if expect in (Expect.FOLLOWUP, Expect.PENDING) and self._again(message):
            # "또 그랬어요", "she just did it again" right after a report: that behaviour again, a
            # new report of it (owner trial: glued onto the report as its answer, or good news)
            return Understanding(Kind.REPORT, text, again=True, reason="again")
        if expect is Expect.FOLLOWUP and self._again_told(message, context.topic):
            # "또 짖었어요" at the question: the behaviour told once more, its own report, never
            # asked whether it adds to the last one
            return self._report(message, "again-told")
        if self._media_announced(message):
            return Understanding(Kind.MEDIA, text, reason="media-announced")
        talk = self._small_talk(message, closing=expect in CLOSING_EXPECTS)
        if talk is not None and expect is Expect.CHOICE and isinstance(picked, Picked):
            # "better now thanks" at "how did it go?": the option read in it is the answer, the
            # thanks around it no message of its own (fresh owner trial)
            return Understanding(Kind.CHOICE, text, picks=picked.ids, reason="option-with-talk")
        if (
            talk is not None
            and talk != "done"
            and expect in AFTER_RESULT
            and self.vocabulary["understanding-talk-plan"].contains(message)
        ):
            # "ㅇㅋ 해볼게요", "ok will try", "will do, thanks": the plan is what is said, not the
            # okay or the thanks around it (owner trial: the generic small-talk reply)
            return Understanding(Kind.SMALL_TALK, text, talk="plan", reason="talk-plan")
        if talk == "hedge" and expect is not Expect.FOLLOWUP:
            talk = None  # "아마도", "maybe", "sorry" leading: a reply only to the follow-up's
            # question; at a survey question its own re-ask says what it needs (merged trial)
        if talk is not None:
            return Understanding(Kind.SMALL_TALK, text, talk=talk, reason="talk")
        signals = self.signals.read(message)
        alarm = self._alarm(message, signals, context)
        if alarm is None and expect not in (Expect.NOTE, Expect.FIRST_CONTACT):
            correction = self._correction(message, signals)
            # after a follow-up question ("since when?") only a value that names the answer it
            # corrects ("나이", "3살", "years old", "12 kg") is a correction: "I meant 5 years"
            # answers the question open; at a survey question one naming a dog ("콩이 나이 3살로
            # 고쳐줘") is that dog's; the survey's own dog's are read just below
            if correction is None and expect in AFTER_RESULT:
                # "보리 이제 5살이에요", "Bori is 5 now" after a result: a dog's age stated, the
                # profile's correction, never detail glued onto the report (owner trial)
                stated = self._correction(message, signals, now=True)
                if stated is not None and stated.dog:
                    return stated
            if correction is not None and (
                expect in (Expect.NOTHING, Expect.PENDING)
                or (expect is Expect.FOLLOWUP and correction.about)
                or (expect in SURVEY and correction.dog)
            ):
                return correction
        if alarm is None and expect in SURVEY and expect is not Expect.NAME and context.question is not None:
            # at a survey question, a correction naming another question ("아 나이 잘못 썼어요
            # 3살이에요" at the breed): that answer corrected, never this one (fresh trial); not
            # at the name, where this survey has no answer yet to correct
            correction = self._correction(message, signals)
            if correction is not None and correction.about and context.question not in correction.about:
                return correction
            if correction is not None and correction.argument:
                # "아 잘못 말했어요 3살이에요" at the age: its value, read as this question's answer
                value = self.understand(correction.argument, context)
                if value.kind is Kind.CHOICE or self._answers_question(value):
                    return dataclasses.replace(value, text=text, reason="corrected-answer")
                # "아 아까 4개월 말고 5개월이야" at the sex: a whole quantity of a unit this question
                # does not take, an earlier answer's correction (owner trial: re-asked); the flow
                # finds which ("not sure, maybe 4" at the age, "sure 4", stays this question's)
                if any(
                    self.answers.quantities.read(correction.argument, units_, None).whole
                    for units_, _default, _zero in (QUANTITY_READERS[e] for e in QUANTITIES)
                ):
                    return correction
        if alarm is None and expect in SURVEY:
            asked = self._dog_command_at_question(message, signals, context, picked)
            if asked is not None:
                return asked
        if alarm is None and expect is Expect.FOLLOWUP:  # "I got a second dog" answers no follow-up
            asked = self._asked_command(message, signals)
            if asked is not None and asked.command in DOG_COMMANDS:
                return asked
        asked = self._asked_command(message, signals) if alarm is None else None
        if asked is not None and (
            expect in (Expect.NOTHING, Expect.FIRST_CONTACT, Expect.PENDING)
            or (expect is Expect.FOLLOWUP and not self.signals.plausible_followup(message, context.topic))
        ):
            return asked
        if asked is not None and asked.command == "progress" and expect is Expect.CHOICE:
            # "좀 나아졌나요?" at a check-in's "how did it go?" asks how the dog is doing (the
            # progress), it does not answer "better" (new owner trial)
            return asked
        if alarm is None and expect in AFTER_RESULT:
            about = self._about_the_advice(message, signals, context)
            if about is not None:
                return about
        if (
            alarm is None
            and (
                expect in (Expect.NOTHING, Expect.FIRST_CONTACT, Expect.PENDING)
                or (expect is Expect.FOLLOWUP and not self.signals.plausible_followup(message, context.topic))
            )
            and self._praise(message, signals)
        ):
            return Understanding(Kind.SMALL_TALK, text, talk="praise", reason="praise")
        if (
            alarm is None
            and expect in (Expect.NOTHING, Expect.FIRST_CONTACT, Expect.PENDING)
            and (
                self._praise(message, signals, entry="understanding-talk-news")
                or self._fine_now(message, signals)
            )
        ):
            return Understanding(Kind.SMALL_TALK, text, talk="news", reason="news")
        if (
            alarm is None
            and expect in (Expect.NOTHING, Expect.FIRST_CONTACT)
            and self._calm(message, signals)
        ):
            return Understanding(Kind.SMALL_TALK, text, talk="news", reason="news-calm")
        if expect is Expect.NOTE:
            note = self._at_note(message, signals, alarmed=alarm is not None and alarm.kind is Kind.REPORT)
            # "how was this week?" at "anything to add?": the command, not a question to the coach
            return asked if asked is not None and note.kind is Kind.QUESTION else note
        if (
            alarm is None
            and expect in SURVEY
            and context.question is not None
            and self._about_survey(message)
        ):
            # "이거 꼭 다 해야돼요?", "how many more questions?" (acceptance trial: sent to the coach
            # model): asked about the survey, a fixed reply and the question again
            return Understanding(Kind.SMALL_TALK, text, talk="survey_left", reason="about-the-survey")
        if alarm is None and expect in SURVEY and self._health_early(message, signals, context):
            # "슬개골 약간 안좋아요" at the origin (acceptance trial: a question for the model): the
            # health question's answer told early, kept ahead by the survey (`HEALTH_TOLD`)
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason=HEALTH_TOLD)
        if alarm is None and self._label_list(message, signals, context):
            return Understanding(Kind.NOISE, text, reason="labels", label=True)
        if alarm is not None:
            if alarm.kind is Kind.REPORT:
                whole = self._whole_answer(message, context)
                if whole is not None:
                    return whole
            return alarm
        if expect in QUANTITIES or (expect is Expect.TEXT and not context.verbatim):
            renamed = self._rename(message, signals)
            if renamed is not None:
                return renamed
        if expect is Expect.TEXT and context.verbatim:
            note = self._at_text(message, signals, verbatim=True)
            return (
                asked if asked is not None and self._asks_over_answer(asked, note, signals, expect) else note
            )
        if expect is Expect.TEXT:
            found = self._at_text(message, signals, verbatim=False, options=context.options)
        elif expect is Expect.NAME:
            found = self._at_name(message, signals)
        elif expect in QUANTITIES:
            found = self._at_quantity(message, signals, expect)
        elif expect in (Expect.CHOICE, Expect.MULTI):
            found = self._at_choice(message, signals, context)
        else:
            found = None
        if found is not None:
            if asked is not None and self._asks_over_answer(asked, found, signals, expect):
                return asked
            if (
                context.detail
                and not self._answers_question(found)
                and not self._for_a_later_question(message, context)
                and not self._says_none(message)
            ):
                pending = self._at_pending(message, signals, seen=context.seen)
                # detail about the report waiting, not an answer; a moment told at a question
                # ("안돼라고 하고 밀어냈어요" at a yes/no) is asked again, as batch 47 has it
                if pending.detail and pending.reason != "moment":
                    return pending
            return found
        if (
            expect in (Expect.FOLLOWUP, Expect.PENDING)
            and self._command_like(message, signals)
            and not _told_as_done(message)
        ):
            # "나이 고칠래", "두부 나이 고칠래" after a result: a request that named no command, not
            # detail glued onto the report (seventh trial): told what can be typed; the report
            # and its question stay as they were
            return Understanding(Kind.COMMAND, message.text, command="", reason="no_command")
        if expect is Expect.FOLLOWUP:
            plausible = self.signals.plausible_followup(message, context.topic)
            return self._at_followup(message, signals, plausible=plausible, topic=context.topic)
        if expect is Expect.PENDING:
            return self._at_pending(message, signals, seen=context.seen)
        return self._idle(message, signals)

    # -- commands and small talk ---------------------------------------------------------------

    def _media_announced(self, message: Folded) -> bool:
        """ "사진 보낼게요", "can I send a video?": a photo or video announced, in a short message
        that tells no behaviour: the same "I read text only" as the picture itself would get (new
        owner trial: a not-sure reply, and at the name question the dog's name)."""
        if message.words > MEDIA_ANNOUNCED_MAX_WORDS:
            return False
        if not self.vocabulary["understanding-media-announced"].contains(message):
            return False
        signals = self.signals.read(message)
        return not (signals.behaviour or signals.narrated)

    def _slash(self, text: str, name: str, argument: str) -> Understanding:
        if name in (*SWITCHES, "language") and argument:
            words = self._command_words(Folded(argument))
            if words is not None and words[1]:
                argument = words[1]
        elif name == "edit" and argument:
            argument = self._field(Folded(argument), verb=False) or ""
        return Understanding(Kind.COMMAND, text, command=name, argument=argument, reason="slash")

    def _command_words(self, message: Folded) -> tuple[str | None, str] | None:
        """(command, argument) when the whole message is command words, else None."""
        pieces = cover(message.units, self._commands)
        if not pieces:
            return None
        names = {tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("command:")}
        if len(names) == 2 and "help" in names:
            names.discard("help")  # "language settings": help's generic words name no command
        names = set(_specific_switch(sorted(names)))
        langs = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("lang:")]
        args = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("arg:")]
        switched = names & set(SWITCHES)
        tags = {tag for tag, _ in pieces}
        if "now" in tags and names != {"tips"}:
            return None  # the words of a tip asked for ("a", "오늘의") make no other command
        if (
            not (args or langs)
            and names == {"tips"}
            and ("now" in tags or tags == {"command:tips", "request"})
        ):
            # "give me a tip", "tips plz", "팁 좀 알려주세요", "오늘의 팁": a tip now (owner trial: the
            # on/off status); "tips again please" stays on, "/tips" and "팁 설정" the status
            return "tips", TIP_NOW
        if not args and len(names) == 1 and switched and any(tag == "again" for tag, _ in pieces):
            args = ["on"]  # "I want tips again", "팁 다시 받을래요": wanted back, no on/off word
        if len(names) == 2 and "cancel" in names and switched and set(args) <= {"on"}:
            # "stop tips", "팁 그만": stopping a switch turns it off, also with a word that alone
            # would turn it on ("팁 그만 받을래": 받을래 is "I'll get them"; sixth owner trial)
            return switched.pop(), "off"
        if len(names) > 1 or len(set(langs)) > 1 or len(set(args)) > 1:
            return None
        if any(tag == "period" for tag, _ in pieces):
            # "지난달 기록", "last month's records": the history (not filtered by time: it says so)
            return ("history", PERIOD) if names == {"history"} and not (langs or args) else None
        if langs:
            if names - {"language"}:
                return None
            return "language", langs[0]
        name = next(iter(names), None)
        if args and name not in (*SWITCHES, None):
            return None
        return name, args[0] if args else ""

    def _one_record_removed(self, message: Folded) -> bool:
        """One record asked to be removed ("마지막 기록 삭제", "방금 기록 지워줘", "delete the last
        report"): a remove word and one record named (`understanding-one-record`), in a short
        message; "기록 지워줘" alone (all of them) stays the delete command."""
        v = self.vocabulary
        return (
            message.words <= ASKED_MAX_WORDS
            and v["understanding-remove-verb"].contains(message)
            and v["understanding-one-record"].contains(message)
        )

    def _plain_command(self, message: Folded) -> Understanding | None:
        if message.words > PLAIN_COMMAND_MAX_WORDS:
            return None
        words = self._command_words(message)
        if words is not None and words[0] is not None:
            argument = words[1]
            if words[0] == "start" and self.vocabulary["understanding-restart"].contains(message):
                argument = RESTART  # "처음부터 다시", "start over": the survey again, once confirmed
            return Understanding(
                Kind.COMMAND, message.text, command=words[0], argument=argument, reason="words"
            )
        viewed = self._dogs_view(message)
        if viewed is not None:
            return viewed
        if self._topic_asked(message):  # "can you talk about his walks?": no dog, the coach is asked
            return Understanding(Kind.QUESTION, message.text, reason="topic-asked")
        field = self._field(message)
        if not field:
            field = self._field_with_value(message) or field
        if field is not None:  # "change age", "나이 고치기": that answer, to edit
            return Understanding(Kind.COMMAND, message.text, command="edit", argument=field, reason="words")
        named = self._named_edit(message)
        if named is not None:
            return named
        if self._other_dog(message):  # "다른 강아지로 바꿔", "switch to my other dog": no name
            return Understanding(
                Kind.COMMAND, message.text, command="switchdog", argument="", reason="other-dog"
            )
        for command, table in (("switchdog", self._switching), ("removedog", self._removal)):
            name = self._named(message, table)
            if name is not None:
                return Understanding(
                    Kind.COMMAND, message.text, command=command, argument=name, reason="words"
                )
        return None

    def _other_dog(self, message: Folded) -> bool:
        """The other dog asked for without its name ("다른 강아지로 바꿔", "다른 애로", "switch to my
        other dog"): read as a dog named "른 강아지" before (acceptance trial); the picker."""
        if message.words > PLAIN_COMMAND_MAX_WORDS:
            return False
        pieces = cover(message.units, self._other_dog_words)
        return pieces is not None and any(tag == "other" for tag, _ in pieces)

    @cached_property
    def _other_dog_words(self) -> Table:
        """`_switching` and the words for the other dog ("다른 애", "my other dog")."""
        table = Table(dict(self._switching.entries), self._switching.longest)
        return table.add("other", self.vocabulary["understanding-switch-other"])

    def _dogs_view(self, message: Folded) -> Understanding | None:
        """A view of one dog asked with the dog's name in it ("Show me Bella's history", "초코 기록
        보여주세요"): the command, `dog` the name as typed. An English name only with its "'s", a
        Korean one only as the first word (ninth owner trial: the noise hint idle, and at the
        household count "me" read as one person)."""
        words = message.text.split()
        if len(words) < 2:
            return None
        for i, word in enumerate(words):
            latin = word.rstrip(".!?").endswith(("'s", "’s")) and word.isascii()
            if not (latin or (i == 0 and _syllable(word[0]))) or not self._name_like(word.rstrip(".!?")):
                continue
            found = self._command_words(Folded(" ".join(words[:i] + words[i + 1 :])))
            if found is None or found[0] not in DOG_VIEWS or found[1]:
                continue
            dog = self.names.bare(word.rstrip(".!?"))
            typed = re.search(re.escape(dog), message.text, re.IGNORECASE)
            return Understanding(
                Kind.COMMAND,
                message.text,
                command=found[0],
                dog=typed.group() if typed is not None else dog,
                reason="words-dog",
            )
        return None

    def _named_edit(self, message: Folded) -> Understanding | None:
        """An answer to change, of the dog named ("콩이 나이 고쳐줘", "fix Max's age", "콩이 견종
        푸들로 바꿔줘"): the edit words of `_field` or `_field_with_value` once one word that may
        be a name is taken out; `dog` is that word (its particle off). Never a dog named "콩이
        견종 푸들" to switch to (eighth trial)."""
        words = message.text.split()
        v = self.vocabulary
        if len(words) < 2 or not (
            v["understanding-edit-verb"].contains(message) or v["understanding-switch-verb"].contains(message)
        ):
            return None  # no change words: nothing `_field` or `_field_with_value` could read
        for i, word in enumerate(words):
            if not self._name_like(word):
                continue
            rest = Folded(" ".join(words[:i] + words[i + 1 :]))
            field = self._field(rest)
            if not field:
                field = self._field_with_value(rest) or field
            if field is not None:
                dog = self.names.bare(word)
                typed = re.search(re.escape(dog), message.text, re.IGNORECASE)
                return Understanding(
                    Kind.COMMAND,
                    message.text,
                    command="edit",
                    argument=field,
                    dog=typed.group() if typed is not None else dog,
                    reason="words-dog",
                )
        return None

    def _language_refused(self, message: Folded) -> str | None:
        """The other language when the message names one language the owner does not speak or
        read ("sorry I don't speak Korean", "영어 못해요"): trial 3 switched TO the one named."""
        v = self.vocabulary
        named = [loc for loc in LOCALES if v.labelled(f"language-name-{loc}").contains(message)]
        if len(named) != 1 or not v["understanding-language-refused"].contains(message):
            return None
        others = [loc for loc in LOCALES if loc != named[0]]
        return others[0] if len(others) == 1 else None

    def _asked_command(self, message: Folded, signals: Signals) -> Understanding | None:
        """A command asked for in a sentence, not in its own words ("where's my result?", "분석
        결과 어딨어요?", "what happened this week?", "I have another dog"): in a short message that
        names no behaviour, the phrases of exactly one command (`understanding-keyword-*`). The
        sixth fresh trial (corpus batch 10): each went to the coach model as a question, or was a report. On/off
        and a language name are read as with the command's own words ("stop reminders")."""
        if signals.behaviour or signals.narrated or message.words > ASKED_MAX_WORDS:
            return None
        v = self.vocabulary
        found = [name for name in ASKED_COMMANDS if v[f"understanding-keyword-{name}"].contains(message)]
        refused = self._language_refused(message)
        if refused is not None and "language" not in found:
            found.append("language")
        if set(found) == {"week", "history"}:
            found = ["week"]  # "이번 주 기록 보여줘": this week's reports
        found = _specific_switch(found)
        if len(found) != 1:
            return None
        name = found[0]
        if name in ASKED_ONLY_AS_QUESTIONS and not signals.question:
            return None
        argument = ""
        if name in SWITCHES:
            on, off = (v[f"understanding-argument-{a}"].contains(message) for a in ("on", "off"))
            stop = v["understanding-command-cancel"].contains(message)  # "stop reminders", "팁 그만"
            # "send me tips again", "다시 팁 보내줘": wanted back, with no off word
            on = on or (not (off or stop) and v["understanding-argument-again"].contains(message))
            # a stop or "not" word beside an on-word is off ("팁 그만 받을래", "체크인 안받을래": the
            # on-word 받을래 inside; sixth owner trial turned them on)
            argument = "off" if (off or stop) else "on" if on else ""
        elif name == "language" and refused is not None:
            argument = refused
        elif name == "language":
            named = [loc for loc in LOCALES if v.labelled(f"language-name-{loc}").contains(message)]
            argument = named[0] if len(named) == 1 else ""
        reason = "refused" if name == "language" and refused is not None else "asked"
        return Understanding(Kind.COMMAND, message.text, command=name, argument=argument, reason=reason)

    def _dog_command_at_question(
        self, message: Folded, signals: Signals, context: Context, picked: object
    ) -> Understanding | None:
        """Adding or switching dogs asked in a sentence at a survey question ("I got a second dog",
        "둘째도 있어요", "다른 강아지 얘기할래"): the command, not an answer; not where the question
        may take those words as its answer (how many people, children, other pets, an option
        named in the message)."""
        if context.expect is Expect.COUNT or any(o.msg_id.startswith(HOME_OPTIONS) for o in context.options):
            return None
        if isinstance(picked, Picked) and picked.ids:
            return None
        v = self.vocabulary
        if not any(v[f"understanding-keyword-{name}"].contains(message) for name in DOG_COMMANDS):
            return None  # (most answers: the whole table of asked commands is not read)
        asked = self._asked_command(message, signals)
        return asked if asked is not None and asked.command in DOG_COMMANDS else None

    @staticmethod
    def _asks_over_answer(
        asked: Understanding, found: Understanding, signals: Signals, expect: Expect
    ) -> bool:
        """At a survey question, a command asked in a sentence ("how was this week", "이번주
        어땠어?", "what can u do") runs, as its own word does there, when the message is no
        plausible answer: the question reads it as a question to the coach or as noise; at a free
        text question (any text is an answer) it is asked; a request that names a specific
        command (`ASKED_ANYWHERE`) is not understood as an answer either. Fresh owner trial:
        each went to the coach model or was stored as the breed. A plausible answer ("we got her
        last week" at how long, "I have another dog" at other pets) stays the answer."""
        if found.kind in (Kind.QUESTION, Kind.NOISE) or asked.reason == "refused":
            return True  # "영어 못해요" at the name question: no dog called "영어 못해" (trial 3)
        if expect is Expect.TEXT:
            return signals.question
        unread = (
            found.kind is Kind.ANSWER
            and isinstance(found.answer, Unclear)
            and found.answer.understood is None
        )
        # adding or switching dogs asked where nothing of the answer was read ("I would like to add
        # my second dog" at the household count: re-asked, ninth owner trial)
        return unread and asked.command in (*ASKED_ANYWHERE, *DOG_COMMANDS)

    def _field(self, message: Folded, *, verb: bool = True) -> str | None:
        """The survey question whose answer the message asks to change ("change age", "edit his
        weight", "나이 수정해 주세요"): one question named, with change words (`verb`) around it;
        "" when the answers are named without a question ("답 바꿀래요", "update my info")."""
        pieces = cover(message.units, self._editing)
        if not pieces:
            return None
        fields = {tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("field:")}
        if not fields and any(tag == "object" for tag, _ in pieces):
            fields = {""}
        if len(fields) != 1:
            return None
        if verb and not self.vocabulary["understanding-edit-verb"].contains(message):
            return None  # ("바꿔줘" is a request word too: its pieces may not say "verb")
        return fields.pop()

    def _field_with_value(self, message: Folded) -> str | None:
        """A survey question named first with its new answer after it, in a short message of
        change words that tells no behaviour ("change breed to poodle", "견종 푸들로 바꿔줘",
        "나이를 3살로 바꿔줘"): that question, asked again (the answer is typed there, read by the
        question's own rules); never a dog named "견종 푸들" to switch to."""
        units = message.units
        if len(units) > REMOVAL_MAX_UNITS or message.words > NAME_MAX_WORDS + 4:
            return None
        v = self.vocabulary
        if not (
            v["understanding-edit-verb"].contains(message) or v["understanding-switch-verb"].contains(message)
        ):
            return None
        for k in range(len(units) - 1, 0, -1):
            pieces = cover(units[:k], self._editing)
            fields = {tag.split(":", 1)[1] for tag, _ in pieces or () if tag.startswith("field:")}
            if len(fields) == 1 and pieces and pieces[-1][0].startswith("field:"):
                signals = self.signals.read(message)
                if signals.behaviour or signals.narrated or signals.question:
                    return None
                return fields.pop()
        return None

    def _command_like(self, message: Folded, signals: Signals) -> bool:
        """A short message of words that ask the bot to do something ("change food", "사료
        바꿔줘", "turn it off") that named no command: neither a report nor noise — the owner is
        told what can be typed. A behaviour, a question or a narration in it is read as usual."""
        if signals.behaviour or signals.narrated or signals.question:
            return False
        if message.words > COMMAND_LIKE_MAX_WORDS or message.letters > COMMAND_LIKE_MAX_LETTERS:
            return False
        return self.vocabulary["understanding-command-verb"].contains(message)

    def _topic_asked(self, message: Folded) -> bool:
        """The talk words of a dog switch around what cannot be a dog's name ("can you talk about
        his walks?", "산책 얘기할래요", "짖는 거 얘기할래"): a topic for the coach, never a switch
        to a dog named "his walks" (owner trial) nor the walks' answer to edit."""
        if not self.vocabulary["understanding-talk-about"].contains(message):
            return False
        span = self._named(message, self._switching, names=False)
        return span is not None and not self._could_be_name(span)

    def _could_be_name(self, span: str) -> bool:
        """What a switch or remove word surrounds may be a dog's name: no possessive or pointing
        word ("his walks", "짖는 거"), no behaviour, time or place, no survey answer's name
        ("walks", "산책"), no one-word answer that is no name ("mornings", "leash")."""
        folded = Folded(span)
        v = self.vocabulary
        not_name = v["understanding-switch-not-name"].phrases
        if any(tuple(Folded(word).units) in not_name for word in span.split()):
            return False
        signals = self.signals.read(folded)
        if signals.behaviour or signals.situation or self._field(folded, verb=False):
            return False
        return tuple(folded.units) not in v["understanding-followup-not-name"].phrases

    def _named(self, message: Folded, table: Table, *, names: bool = True) -> str | None:
        """The dog's name in "delete Max", "remove Max please", "보리 삭제해주세요", "콩이를 지워줘"
        (`_removal`), "switch to Choco", "초코로 바꿔줘" (`_switching`): the table's verbs and
        request words around one short name, the shortest that fits (trial F4). The name is as
        typed; None when the words around it are not all the table's, or it is command words
        itself ("delete history" is no dog), or cannot be a name ("his walks": `_could_be_name`;
        `names` False: whatever the words surround)."""
        units = message.units
        n = len(units)
        if n > REMOVAL_MAX_UNITS:
            return None
        best: tuple[int, int] | None = None
        for a in range(n):
            prefix = cover(units[:a], table) if a else []
            if prefix is None:
                continue
            for b in range(n, a, -1):
                suffix = cover(units[b:], table) if b < n else []
                if suffix is None:
                    continue
                if any(tag == "verb" for tag, _ in prefix + suffix) and (
                    best is None or b - a < best[1] - best[0]
                ):
                    best = (a, b)
        if best is None:
            return None
        name = list(units[best[0] : best[1]])
        particles = self.vocabulary["understanding-remove-particle"].phrases
        if len(name) > 2 and (name[-1],) in particles:
            name = name[:-1]
        dog = self.vocabulary["understanding-dog"].phrases
        while len(name) > 1 and (name[0],) in dog:  # "remove my dog Max": Max
            name = name[1:]
        hangul = [u for u in name if len(u) == 1 and "\uac00" <= u <= "\ud7a3"]
        latin = [u for u in name if u not in hangul]
        not_names = self.vocabulary["understanding-remove-not-name"].phrases
        if (hangul and cover(hangul, self._not_names)) or any((w,) in not_names for w in latin):
            return None  # "delete the report", "remove the tick", "데이터 다 지워줘": no dog named
        if (hangul and latin) or len(latin) > NAME_MAX_WORDS or len(hangul) > NAME_MAX_HANGUL:
            return None
        if any(u.isdigit() for u in name) or cover(tuple(name), self._commands):
            return None
        separator = r"\s+" if latin else r"\s*"
        found = re.search(separator.join(map(re.escape, name)), message.text, re.IGNORECASE)
        if found is None or (names and not self._could_be_name(found.group())):
            return None
        return found.group()

    def _small_talk(self, message: Folded, *, closing: bool = False) -> str | None:
        """What small talk the whole message is, if it is; `closing`: nothing is open, so "그게
        다예요" / "that's all" close the exchange (owner trial: they got "I'm not sure what you mean")."""
        if message.only(Script.EMOJI, Script.MARK):
            return "emoji" if message.has(Script.EMOJI) else None
        if normalize(message.text) in self.messages.aliases("understanding-talk-emoticon"):
            return "emoji"  # "(이모티콘)": what KakaoTalk sends for an emoticon (pre-merge trial)
        if message.words > 8:
            return None
        squeezed = _REPEAT.sub(r"\1\1", message.folded)
        table = self._closing_talk if closing else self._talk
        pieces = cover(units_of(squeezed), table)
        if not pieces:  # the last letter drawn out ("hiii", "heyy", "hellooo"): typed once
            pieces = cover(units_of(_DRAWN.sub(r"\1", squeezed)), table)
        if not pieces:  # the dog called by name ("잘자 콩이야~ 바이", acceptance trial): said to it
            called = " ".join(w for w in squeezed.split() if not self._vocative.fullmatch(w))
            if called != squeezed and called:
                pieces = cover(units_of(called), table)
        if not pieces:
            return None
        talk = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("talk:")]
        if "thanks" in talk:
            return "thanks"  # "ㅇㅋ 고마워", "ok thanks": the thanks is what is said (trial finding 16)
        if "done" in talk:
            return "done"  # "ok that's it", "네 그게 다예요": the closing, not the agreement
        return talk[0] if talk else None

    def _praise(self, message: Folded, signals: Signals, *, entry: str = "understanding-talk-praise") -> bool:
        """Praise or affection for the dog in a short message that tells no behaviour and asks
        nothing ("우리 초코 너무 귀엽죠", "she's the best girl"): small talk, never an incident to
        analyse (trial finding 3). A trailing "?" alone ("귀엽죠?") is rhetorical. With `entry`
        `understanding-talk-news`, good news alike ("오늘 처음으로 앉아 성공했어요!!", fresh trial:
        analysed as a problem, with a plan and a check-in)."""
        if message.words > PRAISE_MAX_WORDS or signals.behaviour or signals.narrated:
            return False
        if not self.signals.said(message, entry, "understanding-not-praise"):
            return False
        if entry == "understanding-talk-news" and self._taken_back(message) is not None:
            return False  # "finally stopped… nope he started again": no news (owner trial)
        v = self.vocabulary
        return not (
            v["understanding-question-word"].contains(message)
            or v["understanding-question-ask"].contains(message)
        )

    def _fine_now(self, message: Folded, signals: Signals) -> bool:
        """The dog is fine lately ("요즘은 괜찮아요", "이제 좀 나아요", "he's fine these days"): news,
        not a question, though "괜찮아요" and "나아요" ask ("이거 괜찮아요") when no time word is
        said (owner trial K: a question for the coach model). Asked outright ("?") it stays a
        question."""
        if message.words > PRAISE_MAX_WORDS or signals.behaviour or self.signals.asks(message):
            return False
        return self.vocabulary["understanding-talk-fine-now"].contains(message)

    def _about_the_advice(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """After a result, what the owner says about its advice, in a short message that tells no
        behaviour: a plan to try it ("내일부터 해볼게요", "will try tomorrow") or news that it worked
        ("tried your tip and it worked!") is small talk; that it did not ("그건 이미 해봤는데
        안돼요", "already tried that, doesn't work") is a question about the advice for the coach
        (it asks for something else to try). Never detail glued onto the report and analysed again
        (pre-merge trial: all of them were). Idle, only the plan and the news (no advice is in view).
        That the advice does not fit the dog ("간식 안 먹어요", "he won't take treats outside"), a
        refusal the behaviour words read as one, is small talk with a fixed line once the result
        was shown, its "how often?" open or not (batch 49: analysed as a new report); at "what
        happened before / after?" it may be the answer."""
        v = self.vocabulary
        shown = (context.expect is Expect.PENDING and context.seen) or (
            context.expect is Expect.FOLLOWUP and context.topic == "frequency"  # cannot answer it
        )
        if (
            message.words <= ADVICE_MAX_WORDS
            and shown
            and not signals.question
            and v["understanding-advice-misfit"].contains(message)
        ):
            return Understanding(Kind.SMALL_TALK, message.text, talk="misfit", reason="advice-misfit")
        if message.words > ADVICE_MAX_WORDS or signals.behaviour:
            return None
        after = context.expect is Expect.FOLLOWUP or (context.expect is Expect.PENDING and context.seen)
        if v["understanding-advice-failed"].contains(message):
            answers = context.expect is Expect.FOLLOWUP and self.signals.plausible_followup(
                message, context.topic
            )
            if not after or (answers and not v["understanding-advice-tried"].contains(message)):
                return None  # "혼냈는데 소용없어요" at "what happened after?": its answer
            return Understanding(Kind.QUESTION, message.text, reason="advice-failed")
        if v["understanding-talk-worked"].contains(message):
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="advice-worked")
        if v["understanding-talk-plan"].contains(message):
            return Understanding(Kind.SMALL_TALK, message.text, talk="plan", reason="advice-plan")
        return None

    def _calm(self, message: Folded, signals: Signals) -> bool:
        """A problem behaviour told as not happening, and no other behaviour ("today was a good
        day no barking!", "오늘 손님 와도 한번도 안 짖었어요!!"): good news, not an incident to
        analyse (lead's trial: sent to the model as a report). Not while a report waits for its
        result: there it may be detail ("어제는 안 짖었어요")."""
        if message.words > PRAISE_MAX_WORDS or signals.question:
            return False
        if not self.vocabulary["understanding-talk-calm"].contains(message):
            return False
        return not self.signals.behaviour_besides(message, "understanding-talk-calm")

    # -- corrections -----------------------------------------------------------------------------

    @cached_property
    def _correction_words(self) -> Table:
        """What a correction says besides its value: the correction words, and the words read
        past around them (interjections, apologies, the name of the answer corrected)."""
        v = self.vocabulary
        table = Table()
        for q in QUESTIONS:  # units stay with the value ("12 kg"), where a question's name has them too
            table.add("mark", v[f"understanding-correction-mark-{q.key}"])
        table.add("cue", v["understanding-correction"])
        table.add("old-after", v["understanding-correction-old-after"])
        table.add("old-before", v["understanding-correction-old-before"])
        table.add("filler", v["understanding-correction-filler"])
        for q in QUESTIONS:
            table.add("filler", v[f"understanding-correction-about-{q.key}"])
            table.add("filler", v[f"understanding-field-{q.key}"])
        table.add("verb", v["understanding-edit-verb"])
        table.add("filler", v["understanding-request"])
        return table.add("filler", v["understanding-polite-ending"])

    @cached_property
    def _age_now_words(self) -> Table:
        """`_correction_words` with the words that state an age now ("now", "이제") as cues."""
        table = Table().add("cue", self.vocabulary["understanding-age-now"])
        for phrase, tag in self._correction_words.entries.items():
            table.entries.setdefault(phrase, tag)
        table.longest = max(table.longest, self._correction_words.longest)
        return table

    def _correction(self, message: Folded, signals: Signals, *, now: bool = False) -> Understanding | None:
        """A survey answer corrected after the survey ("아 잘못 말했어요 3살이에요", "sorry I meant 5
        years old", "correction: she is 12 kg"), or a change asked with its new value and the
        answer it changes named ("나이 3살로 고쳐줘", "콩이 나이 3살로 고쳐줘", "fix max's age, he's
        3"): a correction word (or change words and a question's name) and a value, no behaviour
        told and nothing asked. The value is what is left once the correction's own words are taken
        out; `about` the questions its words name; `dog` a word beside the value that may be a dog's
        name. None without a correction word or a number."""
        if signals.behaviour or signals.narrated or signals.question or message.words > 12:
            return None
        table = self._age_now_words if now else self._correction_words
        units = message.units
        kept: list[str] = []
        cue = verb = False
        i = 0
        while i < len(units):  # the longest phrase of the table at each place, taken out
            for size in range(min(table.longest, len(units) - i), 0, -1):
                tag = table.entries.get(tuple(units[i : i + size]))
                if tag == "mark":
                    kept.extend(units[i : i + size])
                    i += size
                    break
                if tag == "old-after":  # "3 not 2": the old value after it is dropped, a correction
                    cue = True
                    i = self._past_value(units, i + size)
                    break
                if tag == "old-before" and kept:  # "두살 아니고 세살": what came before was the old value
                    cue = True
                    kept.clear()
                    i += size
                    break
                if tag is not None:
                    cue = cue or tag == "cue"
                    verb = verb or tag == "verb"
                    i += size
                    break
            else:
                kept.append(units[i])
                i += 1
        v = self.vocabulary
        verb = verb or v["understanding-edit-verb"].contains(message)  # "바꿔줘" is a request word too
        if not (cue or verb) or not kept:
            return None
        named = tuple(q.key for q in QUESTIONS if self._names_question(message, q.key))
        if not cue and len(named) != 1:  # change words count as a correction word with one question named
            return None
        # the value as typed where it is one piece ("2~3살": its range mark kept), else its units:
        # Hangul letters together and after a number ("3살"), words apart
        typed = re.search(r"[\W_]*?".join(map(re.escape, kept)), message.folded)
        rest = typed.group() if typed is not None else ""
        for unit in kept if typed is None else ():
            glued = rest and (_syllable(rest[-1]) or rest[-1].isdigit()) and _syllable(unit[0])
            rest += unit if glued or not rest else " " + unit
        value = Folded(rest)
        numbers = [self.answers.quantities.read(rest, WEIGHT_UNITS, None).value] + [
            self.answers.quantities.read(rest, units_, default).value
            for units_, default, _zero in (QUANTITY_READERS[e] for e in QUANTITIES)
        ]
        if all(n is None for n in numbers):
            return None
        about = tuple(
            q.key
            for q in QUESTIONS
            if q.key in named
            or v[f"understanding-correction-about-{q.key}"].contains(message)
            or v[f"understanding-correction-mark-{q.key}"].contains(message)
        )
        rest, dog = self._value_and_dog(message, value.text)
        if now and not about:  # "Bori is 5 now": a number stated with "now" is the dog's age
            about = ("age_months",)
        return Understanding(
            Kind.CORRECTION, message.text, argument=rest, about=about, dog=dog, reason="correction"
        )

    def _past_value(self, units: Sequence[str], i: int) -> int:
        """Where the value at `units[i]` ends: its number, and its unit when one follows ("2
        years"); `i` itself when no number is there ("not sure")."""
        if i >= len(units) or not self._whole_value(units[i]):
            return i
        end = i + 1
        if end < len(units) and self._whole_value(f"1 {units[end]}"):
            end += 1
        return end

    def names_answer(self, message: Folded, key: str) -> bool:
        """The message names survey question `key`, by its name ("나이", "his age") or by the unit
        only its answer has ("살", "years old")."""
        return self._names_question(message, key) or self.vocabulary[
            f"understanding-correction-mark-{key}"
        ].contains(message)

    def _names_question(self, message: Folded, key: str) -> bool:
        """The message names question `key` ("나이", "his age", "몸무게"), not by a unit alone:
        "2kg" names no question ("사료 2kg으로 바꿔줘" is about food, not the dog's size)."""
        v = self.vocabulary
        if v[f"understanding-correction-about-{key}"].contains(message):
            return True
        return any(
            phrase.replace(" ", "") not in self._unit_words
            for phrase, *_ in v[f"understanding-field-{key}"].find(message)
        )

    @cached_property
    def _unit_words(self) -> frozenset[str]:
        """The units that mark a corrected value's question ("살", "kg", "people"), run together."""
        v = self.vocabulary
        return frozenset(
            "".join(p) for q in QUESTIONS for p in v[f"understanding-correction-mark-{q.key}"].phrases
        )

    def _value_and_dog(self, message: Folded, rest: str) -> tuple[str, str]:
        """The corrected value and the word beside it that names a dog ("콩이 3살": 3살 and 콩이,
        "max's 3": 3 and Max, as typed, its particle taken off); the dog "" when the value is read
        whole as it is, or no first or last word leaves a whole value once taken out."""
        words = rest.split()
        while len(words) > 1 and self.names.is_particle(words[0]):  # "나이를 3살로": 를 is no name
            words = words[1:]
        rest = " ".join(words)
        if len(words) < 2 or self._whole_value(rest):
            return rest, ""
        for word, others in ((words[0], words[1:]), (words[-1], words[:-1])):
            left = " ".join(others)
            if not self._whole_value(left) or not self._name_like(word):
                continue
            bare = self.names.bare(word)
            typed = re.search(re.escape(bare), message.text, re.IGNORECASE)
            return left, typed.group() if typed is not None else bare
        return rest, ""

    def _whole_value(self, text: str) -> bool:
        """`text` is one whole value of a quantity question, or a weight."""
        if self.answers.quantities.read(text, WEIGHT_UNITS, None).whole:
            return True
        found = Folded(text)
        return any(isinstance(self.answers.quantity(found, e), Value | Approximate) for e in QUANTITIES)

    def _name_like(self, word: str) -> bool:
        """A word that may be a dog's name: letters only, short, no command or dog word."""
        bare = self.names.bare(word)
        if not bare or not all(ch.isalpha() for ch in bare.replace("'", "").replace("’", "")):
            return False
        hangul = sum(1 for ch in bare if _syllable(ch))
        if hangul > NAME_MAX_HANGUL or (not hangul and len(bare) > 20):
            return False
        units = Folded(bare).units
        dog = self.vocabulary["understanding-dog"].phrases
        return not (tuple(units) in dog or cover(units, self._commands) or cover(units, self._talk))

    # -- noise -----------------------------------------------------------------------------------

    def _noise(self, message: Folded) -> bool:
        """Digits or punctuation only, jamo or Latin keyboard mash, or a single letter."""
        if not message.has(Script.HANGUL, Script.LATIN, Script.JAMO):
            return True
        if message.has(Script.HANGUL):
            return False
        latin = [r.text for r in message.runs if r.script is Script.LATIN]
        if message.has(Script.JAMO) and not latin:
            return True  # a row of the keyboard (laughter and crying were small talk already)
        if not latin:
            return True
        if sum(len(w) for w in latin) <= 1:
            return True
        return all(self._mashed(w) for w in latin)

    def _mashed(self, word: str) -> bool:
        if len(word) >= 3 and any(word in row for row in self._keyboard):
            return True
        if len(word) >= 3 and not re.search(r"[aeiouy]", word):
            return True
        # dfgdfg, asasas: a short run typed again; never a word of few letters ("pepper", a
        # dog's name: acceptance trial, "I didn't catch a name there")
        return len(word) >= 6 and re.fullmatch(r"(\w{1,3})\1+\w{0,2}", word) is not None

    # -- safety ----------------------------------------------------------------------------------

    def _alarm(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """A message carrying a red flag or an aversive method describes an incident (issue 13): a
        report wherever it is typed, so it is kept, analysed and answered with safety first —
        never read as a survey answer, a check-in pick or noise. Asked outright, it is a question
        (screened the same way). After a follow-up question, only a red flag the open report did
        not raise is a new incident; anything else goes through the follow-up's own rules."""
        check = self.safety.check(message.text)
        if not check:
            return None
        if context.expect is Expect.FOLLOWUP and not {str(f.kind) for f in check.flags} - context.flags:
            return None
        if (
            context.expect is Expect.FOLLOWUP
            and {str(f.kind) for f in check.flags} == {"sudden_change"}
            and not signals.behaviour
            and self.signals.plausible_followup(message, context.topic)
        ):
            return None  # "어제부터요" answers "since when?": added to the report, screened there

        if self.signals.asks(message) and not signals.narrated:
            return Understanding(Kind.QUESTION, message.text, reason="question-red-flag")
        if not check.flags and self.signals.asks(message) and not signals.incident:
            # "짖음방지 목걸이 써도 돼요?": a tool asked about before it is used is a question (its
            # name may hold a behaviour, "짖음"), answered with the safety note; told as done
            # ("어제 때렸는데 괜찮나요?"), an incident (pre-merge trial: analysed as a report)
            return Understanding(Kind.QUESTION, message.text, reason="question-aversive")
        return self._report(message, "red-flag" if check.flags else "aversive")

    def _not_history(self, message: Folded) -> bool:
        """A red flag in an answer is an incident too (a report) unless it is told as the dog's
        past ("발작한 적 있어요", "bit my hand once, drew blood": `understanding-history`) and not
        dated now ("방금", "just now": the time anchor wins)."""
        return self.signals.read(message).anchored or not self.vocabulary["understanding-history"].contains(
            message
        )

    def _whole_answer(self, message: Folded, context: Context) -> Understanding | None:
        """The open question's answer read whole from a message that also tells an incident: the
        options of a choice ("한번 물었는데 피가 났어요" at the worst reaction) or a free note (the
        health question). None elsewhere: the incident alone is kept, the question asked again."""
        text = message.text
        if context.expect in (Expect.CHOICE, Expect.MULTI) and context.options:
            answer = self.answers.choice(
                message, context.options, multi=context.expect is Expect.MULTI, exclusive=context.exclusive
            )
            if isinstance(answer, Value):  # not told as the dog's past: an incident too, a report
                incident = self._not_history(message)
                return Understanding(
                    Kind.CHOICE,
                    text,
                    picks=answer.value,
                    reason="option-red-flag",
                    safety=True,
                    incident=incident,
                )
        if context.expect in QUANTITIES:
            head = self._leading_answer(message, context.expect)
            if head is not None:  # "8시간인데 그동안 벽을 긁어서 피가 나요": the hours, and the report
                return Understanding(Kind.ANSWER, text, answer=head, reason="quantity-red-flag", safety=True)
        if context.expect is Expect.TEXT and context.verbatim:
            note = self.answers.text(message, strip_ending=False)
            if isinstance(note, Value):
                incident = self._not_history(message)
                return Understanding(
                    Kind.ANSWER, text, answer=note, reason="note-red-flag", safety=True, incident=incident
                )
        return None

    def _at_note(self, message: Folded, signals: Signals, *, alarmed: bool) -> Understanding:
        """ "Anything to add?": the text is the note, whatever it tells ("간식 주니까 훨씬 덜 짖어요"
        is how the plan went, not a new incident); a red flag makes it a report as well
        (`safety`); a question asked outright is a question."""
        if self._noise(message):
            return Understanding(Kind.NOISE, message.text, reason="noise")
        if not alarmed and signals.question and self.signals.asks(message) and not signals.narrated:
            return Understanding(Kind.QUESTION, message.text, reason="question")
        answer = Value(message.text)
        return Understanding(Kind.ANSWER, message.text, answer=answer, reason="note", safety=alarmed)

    def _hedged(self, message: Folded, signals: Signals) -> bool:
        """A trailing "?" is the only sign of a question and the text carries a quantity: an
        answer said with a shrug ("한 이년쯤?", "출근하면 9~10시간?"), not a question to the coach."""
        if not signals.question or signals.behaviour:
            return False
        bare = Folded(message.text.rstrip().rstrip("?？").rstrip())
        if not bare.text or self.signals.is_question(bare):
            return False
        return any(
            isinstance(a, Value | Approximate) or (isinstance(a, Unclear) and a.understood is not None)
            for a in (self.answers.quantity(bare, e) for e in QUANTITIES)
        )

    # -- what is open ----------------------------------------------------------------------------

    def _report(self, message: Folded, reason: str) -> Understanding:
        return Understanding(Kind.REPORT, message.text, reason=reason)

    def _long(self, message: Folded) -> bool:
        return message.letters >= REPORT_MIN_LETTERS and message.words >= 2

    def _label_list(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Names of behaviours or concerns and nothing else ("짖음, 분리불안", "barking, separation
        anxiety"), or one such word after a follow-up question: what the owner worries about, not
        an incident (trial F6) — the hint, never a report nor an answer. At a choice question
        whose options take them (the concerns), they are its answer."""
        if message.words > 6:
            return False
        pieces = cover(message.units, self._labels)
        labels = [tag for tag, _ in pieces or () if tag == "label"]
        if not labels:
            if context.expect is Expect.FOLLOWUP:  # one word ("barking") answers nothing asked
                return signals.behaviour and self._label(message) and not signals.question
            return False
        if len(labels) < 2 and context.expect is not Expect.FOLLOWUP:
            return False  # one label: the rules below read it (a hint, or an option)
        if context.expect in (Expect.CHOICE, Expect.MULTI) and context.options:
            picked = self.answers.choice(
                message, context.options, multi=context.expect is Expect.MULTI, exclusive=context.exclusive
            )
            if isinstance(picked, Value):
                return False
        return True

    @cached_property
    def _behaviour_names(self) -> Table:
        """A behaviour's names (the labels, the concerns' words) and what owners type around a
        name alone ("ㅠㅠ", "이요", "problem"): a message of only these names a behaviour."""
        v = self.vocabulary
        table = Table()
        table.entries.update(self._labels.entries)
        table.longest = self._labels.longest
        for name in CATEGORIES:
            for concept in CONCERN_CONCEPTS.get(name, ()):
                table.add("concept", v[f"understanding-concept-{concept}"])
        for filler in (
            "understanding-label-filler", "understanding-talk-sad", "understanding-talk-laughter",
            "understanding-polite-ending", "understanding-label-degree",  # how bad, nothing told
        ):  # fmt: skip
            table.add("filler", v[filler])
        return table

    def _names_behaviour(self, message: Folded, signals: Signals) -> bool:
        """Only a behaviour's name, with nothing of what happened ("jumping up", "leash pulling",
        "분리불안 ㅠㅠ", "입질 문제"): no antecedent or consequence to analyse (fresh owner trial:
        each was analysed as an incident). A sentence that tells one ("he jumps on guests",
        "산책하다 다른개보고 짖었어요") has words no name has, so it is read as before."""
        if message.words > LABEL_MAX_WORDS:
            return False
        pieces = cover(message.units, self._behaviour_names)
        tags = {tag for tag, _ in pieces or ()}
        return bool(tags & {"label", "concept"}) and (signals.behaviour or "label" in tags)

    def _label(self, message: Folded) -> bool:
        """One word too short to tell what happened ("짖음", "barking", "짖어요"): it names a
        behaviour; a Korean sentence typed without spaces is one word too, but a long one."""
        return message.words <= 1 and (not message.has(Script.HANGUL) or message.letters < REPORT_MIN_LETTERS)

    def _besides_an_answer(
        self, message: Folded, signals: Signals, *, long_words: int | None
    ) -> Understanding | None:
        """A report, a question or noise, where an answer was expected (or nothing was open).

        A narrated behaviour is a report; then a question is a question; then digits, punctuation
        or mash are noise; then a behaviour mentioned is a report. A text of `long_words` words
        or more with room to describe a behaviour but naming none ("강아지 처음 키워봐요
        잘부탁드려요", "thank you coach", "my dog's name is Max") is no report either: nothing
        happened to analyse (fresh trial: each was analysed, with a plan and a check-in), so it
        is noise, answered with the hint (and the welcome at first contact). None: none of these."""
        text = message.text
        if (signals.behaviour and self._label(message)) or self._names_behaviour(message, signals):
            return Understanding(Kind.NOISE, text, reason="label", label=True)
        if signals.narrated:
            return self._report(message, "narrated")
        if signals.question:
            return Understanding(Kind.QUESTION, text, reason="question")
        if self._noise(message):
            return Understanding(Kind.NOISE, text, reason="noise")
        if long_words is None:
            return None
        if signals.behaviour and not signals.degree:  # "으르렁거리는 정도예요": how far, not what happened
            return self._report(message, "behaviour")
        if long_words and self._long(message) and message.words >= long_words:
            return Understanding(Kind.NOISE, text, reason="no-behaviour")
        return None

    def _idle(self, message: Folded, signals: Signals) -> Understanding:
        if self._command_like(message, signals):
            return Understanding(Kind.COMMAND, message.text, command="", reason="no_command")
        if (
            signals.question
            and not signals.behaviour
            and self._whole_value(message.text.rstrip().rstrip("?？"))
        ):
            # "8시간정도?" with no question open: a survey answer sent after the survey paused,
            # asking nothing; never a question to the coach (new-owner trial 3: a coach's answer
            # about leash pulling). The hint says what can be sent.
            return Understanding(Kind.NOISE, message.text, reason="bare-quantity")
        other = self._besides_an_answer(message, signals, long_words=2)
        return other or Understanding(Kind.NOISE, message.text, reason="short")

    def _at_name(self, message: Folded, signals: Signals) -> Understanding:
        if self.answers.no_name(message):  # "we haven't decided yet": no name, never a report
            return Understanding(
                Kind.ANSWER, message.text, answer=DontKnow(unnamed=True), reason="no-name-yet"
            )
        other = self._besides_an_answer(message, signals, long_words=None)
        if other is not None:
            return other
        answer = self.answers.name(message)
        if isinstance(answer, Value) and normalize(message.text) in self.messages.aliases(NAME_SEX_WORDS):
            # "girl", "여아" alone: the dog's sex, told early, is no name (acceptance trial: "How
            # old is Girl?"); the name's re-ask
            return Understanding(
                Kind.ANSWER, message.text, answer=Unclear(None, (message.text,)), reason="sex-not-name"
            )
        if isinstance(answer, Value) and self._closing_words(message):
            # "그게다에요", "완료", "없어요", "done", "none": closing, button or "none" words are no
            # name (sixth owner trial: a dog called "Done"); the name's re-ask
            return Understanding(
                Kind.ANSWER, message.text, answer=Unclear(None, (message.text,)), reason="not-a-name"
            )
        if isinstance(answer, Unclear) and signals.behaviour:
            return self._report(message, "not-a-name")
        if isinstance(answer, Unclear) and self._long(message):
            # "안녕하세요ㅎㅎ 강아지 처음키워봐요": no name and no behaviour, so no report either
            # (seventh trial: analysed, with a plan); the question's re-ask
            return Understanding(Kind.ANSWER, message.text, answer=answer, reason="not-a-name")
        if isinstance(answer, Value) and self._not_a_name(message):
            return Understanding(
                Kind.ANSWER, message.text, answer=Unclear(None, (message.text,)), reason="not-a-name"
            )
        return Understanding(Kind.ANSWER, message.text, answer=answer, reason="name")

    def _rename(self, message: Folded, signals: Signals) -> Understanding | None:
        """ "his name is Max" / "이름은 콩이예요" at a later question (a number or a free text): the
        dog's name said again, to correct it; never a question or a behaviour."""
        if signals.question or signals.behaviour:
            return None
        if not self.vocabulary["understanding-name-correction"].contains(message):
            return None
        answer = self.answers.name(message)
        if not isinstance(answer, Value):
            return None
        return Understanding(Kind.ANSWER, message.text, answer=answer, rename=True, reason="rename")

    def _not_a_name(self, message: Folded) -> bool:
        """How often or how long, not what the dog is called: a quantity of any unit ("한달쯤
        됐어요", "3살") or a frequency ("하루에 두세번이요", "2-3 times a day", "매일 그래요"), told
        with a digit or in more than one word; a one-word name that is also a number or a time
        word ("하나", "하루", "Sunday") stays a name."""
        if message.words < 2 and not any(c.isdigit() for c in message.text):
            return False
        if self.signals.plausible_followup(message, "frequency"):
            return True
        return any(isinstance(self.answers.quantity(message, e), Value | Approximate) for e in QUANTITIES)

    def _at_text(
        self, message: Folded, signals: Signals, *, verbatim: bool, options: tuple[Option, ...] = ()
    ) -> Understanding:
        """A free-text question: a narrated behaviour with its situation is a report, a question
        asked outright a question; a short answer (a breed, not a note) is never how often or
        how long ("매일 그래요", "it started a month ago"): not understood, so detail about a
        waiting report goes to it and otherwise the question comes again. A breed with a "?" and
        no question word ("믹스에요 아마 푸들?") is a hedged answer; a breed that says only "a mix"
        ("just a mutt lol", "mixed breed") is the option that `options` has for it."""
        text = message.text
        if verbatim and self._asks_coach(message, signals):
            # "what should i do when he growls?" at the health question (acceptance trial: stored
            # as the health note): a question to the coach, the question comes again
            return Understanding(Kind.QUESTION, text, reason="question-at-text")
        if signals.narrated and signals.situation:
            return self._report(message, "narrated")
        hedged = (  # "말티즈?", "믹스에요 아마 푸들?"; not "푸들은 털 많이 빠지나요?"
            not verbatim
            and bool(self.answers.breeds_named(message))
            and not self.vocabulary["understanding-question-word"].contains(message)
            and (message.words <= 2 or self.vocabulary["understanding-mix"].contains(message))
        )
        asked = message.text.rstrip().endswith("?") and not hedged
        if asked and signals.question and not signals.behaviour:
            return Understanding(Kind.QUESTION, text, reason="question")
        if (
            asked
            and not verbatim
            and message.words >= MIN_BREED_QUESTION_WORDS
            and self.answers.breeds_named(message)
        ):
            # "말티즈도 분리불안 많아요?", "진돗개는 원래 예민한가요?": asked about a breed, never the
            # breed (fifth owner trial: stored as "말티즈도 분리불안 많아")
            return Understanding(Kind.QUESTION, text, reason="question-about-breed")
        if not verbatim and (self._not_a_name(message) or self._whole_value(message.text)):
            # a number said in words ("three", "세 살") is no breed either (new-owner trial)
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason="not-an-answer")
        if verbatim:
            return Understanding(
                Kind.ANSWER, text, answer=self.answers.text(message, strip_ending=False), reason="text"
            )
        answer = self.answers.breed(message)
        if isinstance(answer, Value) and signals.behaviour and not self.answers.breeds_named(message):
            answer = Unclear(None, (text,))  # "짖어요 ㅠㅠ" names a behaviour, not a breed
        if isinstance(answer, Unclear):
            # no breed: a behaviour named ("he pulls on the leash") is a report, else asked again
            return self._unclear(message, signals, answer, "not-a-breed", behaviour_reports=True)
        if isinstance(answer, Value) and options:
            picked = self.answers.choices.pick(Folded(str(answer.value)), options, multi=False)
            if isinstance(picked, Picked) and picked.exact:  # "just a mutt lol": the "mix" option
                return Understanding(Kind.CHOICE, text, picks=picked.ids, reason="breed-option")
        return Understanding(Kind.ANSWER, text, answer=answer, reason="breed")

    def _at_quantity(self, message: Folded, signals: Signals, expect: Expect) -> Understanding:
        answer = self.answers.quantity(message, expect)
        if isinstance(answer, Value | Approximate | DontKnow | SincePuppy | Since):
            return Understanding(Kind.ANSWER, message.text, answer=answer, reason="quantity")
        if (
            not signals.behaviour
            and not message.text.rstrip().endswith(("?", "？"))
            and self.vocabulary["understanding-vague-quantity"].contains(message)
        ):
            # "몇개월정도요", "몇달 안됐어요", "several hours": a vague amount, not a question to the
            # coach (sixth owner trial: "몇" read as "how many", answered by the model); re-asked
            return Understanding(
                Kind.ANSWER, message.text, answer=Unclear(None, (message.text,)), reason="quantity-vague"
            )
        found = self._unclear(message, signals, answer, "quantity-unclear", behaviour_reports=True)
        if found.kind is Kind.REPORT:
            head = self._leading_answer(message, expect)
            if head is not None:  # "8시간인데 그동안 계속 짖어요": a report that holds the answer too
                return dataclasses.replace(found, answer=head, reason="quantity-in-report")
        return found

    def _leading_answer(self, message: Folded, expect: Expect) -> Value[Any] | Approximate | None:
        """The open quantity question's answer said whole in the first clause of a report, before
        a joining ending or word ("8시간인데 …", "8 hours, and she barks …"); None when the first
        clause is no whole answer ("3시간 전에 짖었어요": when it happened, not how long)."""
        joiner = self.vocabulary["understanding-answer-joiner"].phrases
        endings = sorted(("".join(p) for p in joiner if not p[0].isascii()), key=len, reverse=True)
        latin = {" ".join(p) for p in joiner if p[0].isascii()}
        words = message.text.split()
        for i, word in enumerate(words[:4]):
            bare = word.rstrip(",.;:!~")
            joined = i + 1 < len(words) and words[i + 1].casefold() in latin  # "8 hours and …"
            cut = next((e for e in endings if bare.endswith(e) and len(bare) > len(e)), None)
            if word == bare and not joined and cut is None:  # no clause ends here ("8 hours, …" does)
                continue
            if word == bare and not joined and cut is not None:
                bare = bare[: -len(cut)]  # "8시간인데" → 8시간
            head = [*words[:i], bare]
            answer = self.answers.quantity(Folded(" ".join(head)), expect)
            return answer if isinstance(answer, Value | Approximate) else None
        return None

    def _at_choice(self, message: Folded, signals: Signals, context: Context) -> Understanding:
        text = message.text
        multi = context.expect is Expect.MULTI
        answer = self.answers.choice(message, context.options, multi=multi, exclusive=context.exclusive)
        checkin = self._at_checkin(message, signals, context, answer)
        if checkin is not None:
            return checkin
        if self._asks_coach(message, signals):
            # "근데 분리불안은 어떻게 고쳐요?" at the concerns (acceptance trial: 분리불안 ticked, the
            # question never answered): asked of the coach, whatever option it names
            return Understanding(Kind.QUESTION, text, reason="question-at-choice")
        if self._deed_told(answer, multi) and self._incident_told(message, answer, signals):
            # a whole incident told at the worst reaction ("he bit my friends hand when she tried
            # to pet him", acceptance trial: only "tell me the rest", nothing kept): the bite it
            # tells is the answer and the account a report for the analysis
            return Understanding(Kind.CHOICE, text, picks=("bite",), reason="deed-incident", incident=True)
        if self._deed_told(answer, multi):
            # Half an option told as what the dog did ("bit my friend once": a bite, the injury
            # untold): the answer, asked to be completed; dated, an incident as well.
            return Understanding(
                Kind.ANSWER, text, answer=answer, reason="option-part-narrated", incident=signals.anchored
            )
        if signals.narrated and signals.situation:
            # At a one-choice question a narrated answer naming an option is the answer ("growled
            # once at the vet" at the worst reaction: trial finding 6); elsewhere, a report.
            # Dated ("yesterday…"), it is an incident as well, kept as a report (third trial).
            if isinstance(answer, Value) and self._behaviours_named(message, signals, context):
                return Understanding(Kind.CHOICE, text, picks=answer.value, reason="concerns-named")
            if multi and isinstance(answer, Value) and self._concern_told(message, signals, context):
                # dated ("어제 손님을 물었어요"): the concern ticked and the incident kept as a report
                return Understanding(
                    Kind.CHOICE, text, picks=answer.value, reason="concern-told", incident=signals.anchored
                )
            if multi or not isinstance(answer, Value):
                return self._report(message, "narrated")
            return Understanding(
                Kind.CHOICE, text, picks=answer.value, reason="option-narrated", incident=signals.anchored
            )
        if isinstance(answer, Value) and not multi and self._only_said_no(message, context):
            # "we told him no and pushed him down" at "children at home?": the "no" was said to
            # the dog, it answers nothing (ninth owner trial: stored as "no"); asked again
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason="said-no")
        if isinstance(answer, Value):
            dated = signals.narrated and signals.anchored and not multi
            return Understanding(
                Kind.CHOICE, text, picks=answer.value, reason="option-in-sentence", incident=dated
            )
        if isinstance(answer, DontKnow):
            return Understanding(Kind.ANSWER, text, answer=answer, reason="dont-know")
        if not multi and isinstance(answer, Unclear) and not answer.rest and len(answer.understood or ()) > 1:
            # options alone, several, at a one-choice question ("growl, snap", "으르렁이랑 입질" at
            # the strongest reaction; acceptance trial: a report for the model): which one, asked
            return Understanding(Kind.ANSWER, text, answer=answer, reason="options-several")
        return self._unclear(
            message,
            signals,
            answer,
            "choice-unclear",
            behaviour_reports=False,
            dated=context.question is not None,
        )

    def _at_checkin(
        self, message: Folded, signals: Signals, context: Context, answer: object
    ) -> Understanding | None:
        """At a check-in's "how did it go?" the outcome is read first, also in a sentence that
        tells what the dog does (new owner trial: "해봤는데 여전히 문앞에서 난리에요" was analysed
        as a new report and the check-in left open): the behaviour told as it still is, with no
        outcome word, is the same; "half and half" is both ways (asked which one overall); and
        another behaviour told as new ("짖는건 줄었는데 이제 낑낑대요") is a report as well
        (`incident`), never the behaviour followed up told again. None: not a check-in, or read
        as any other question's options are."""
        ids = {c: o.id for o in context.options for c in o.concepts if c.startswith("outcome_")}
        if not ids:
            return None
        v, text = self.vocabulary, message.text
        if isinstance(answer, Value) and signals.question and self.signals.asks(Folded(text.rstrip("?？ "))):
            # "산책할 때 줄 당기는 거 나아지고 있나요?" asks (an asking ending, not only a "?" that
            # hedges an answer: "좋아진 것 같아요?"): a question for the coach, the check-in asked again
            return Understanding(Kind.QUESTION, text, reason="checkin-asked")
        if isinstance(answer, Value):
            if not (signals.narrated or signals.behaviour):
                return None
            new = self._new_behaviour(message, context.about)
            return Understanding(
                Kind.CHOICE,
                text,
                picks=answer.value,
                reason="outcome-narrated",
                incident=new or signals.anchored,
            )
        if _two_or_more(answer) or isinstance(answer, DontKnow):
            return None
        if v["understanding-outcome-mixed"].contains(message):
            both = tuple(ids[c] for c in ("outcome_better", "outcome_worse") if c in ids)
            return Understanding(Kind.ANSWER, text, answer=Unclear(both, ()), reason="outcome-mixed")
        if (
            "outcome_same" in ids
            and v["understanding-outcome-still"].contains(message)
            and not signals.question
            and not v["understanding-dont-know"].contains(message)  # "not sure, still early days"
        ):
            new = self._new_behaviour(message, context.about)
            return Understanding(
                Kind.CHOICE,
                text,
                picks=(ids["outcome_same"],),
                reason="outcome-still",
                incident=new or signals.anchored,
            )
        return None

    def _new_behaviour(self, message: Folded, about: str | None) -> bool:
        """A behaviour told as new and not one of the names of `about`, the behaviour the
        check-in follows up: "less barking but now he whines" at a barking check-in tells a new
        one, "now he barks less" does not. Told as new: named after a word that says so ("이제",
        "now", "instead", "also"), or with that word after it at the end of the message, in either
        order (owner trial: "he whines too now" lost the whining that "now he also whines" kept;
        "낑낑거려요 이제", "낑낑대기도 해요")."""
        if about is None:
            return False
        v = self.vocabulary
        markers = v["understanding-outcome-new"].find(message)
        if not markers:
            return False
        concepts = CONCERN_CONCEPTS.get(about) or (
            ("concern_aggression",) if about.startswith("aggression") else ()
        )
        known = [span for c in concepts for span in v[f"understanding-concept-{c}"].find(message)]
        for _verb, start, end, hangul in v["understanding-behaviour-verb"].find(message):
            before = any(m[3] == hangul and m[1] <= start for m in markers)
            named = any(k[3] == hangul and k[1] < end and start < k[2] for k in known)
            if (before or self._new_at_the_end(message, end, hangul, markers)) and not named:
                return True
        return False

    @cached_property
    def _after_new(self) -> Table:
        v = self.vocabulary
        table = Table().add("new", v["understanding-outcome-new"])
        for entry in ("understanding-polite-ending", "understanding-talk-laughter", "understanding-talk-sad"):
            table.add("skip", v[entry])
        return table

    def _new_at_the_end(
        self, message: Folded, verb_end: int, hangul: bool, markers: Sequence[tuple[str, int, int, bool]]
    ) -> bool:
        """A word that tells the behaviour as new right after its verb (a few words or syllables
        on: "whines at night now", "낑낑거려요 이제") with nothing after it but more such words and
        endings: "he whines too now", never "he whined, but now he's calm"."""
        view = message.compact if hangul else message.spaced
        reach = NEW_AFTER_CHARS if hangul else NEW_AFTER_WORDS
        for _word, start, end, in_hangul in markers:
            if in_hangul != hangul or start < verb_end:
                continue
            between = view[verb_end:start]
            if (len(between) if hangul else len(between.split())) > reach:
                continue
            rest = Folded(view[end:])
            return not rest.units or cover(rest.units, self._after_new) is not None
        return False

    def _asks_coach(self, message: Folded, signals: Signals) -> bool:
        """Asked of the coach in words that ask even inside a statement ("어떻게 고쳐요?", "what
        should i do when…?"), nothing dated told: a question, never the survey's answer."""
        return (
            signals.question
            and not signals.anchored
            and self.vocabulary["understanding-question-ask"].contains(message)
        )

    def _health_early(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Health told at a survey question before the health one ("슬개골 약간 안좋아요", "he
        has bad hips"): no behaviour told, nothing asked of the coach, nothing dated."""
        if context.question in (None, "name", "health") or message.words > SURVEY_ASKED_MAX_WORDS:
            return False
        if (
            signals.narrated
            or signals.anchored
            or self.vocabulary["understanding-question-ask"].contains(message)
        ):
            return False
        return self.vocabulary["understanding-health-told"].contains(message)

    def _about_survey(self, message: Folded) -> bool:
        """Asked about the survey itself, in a short message that names no behaviour."""
        if message.words > SURVEY_ASKED_MAX_WORDS:
            return False
        return self.vocabulary["understanding-survey-asked"].contains(message)

    @staticmethod
    def _dated_incident(message: Folded, signals: Signals) -> bool:
        """Something that happened lately told with its situation ("also she ate my shoe
        yesterday while i was out", acceptance trial: only re-asked, nothing kept), where no answer
        was understood: a report, whatever the survey asked."""
        return (
            signals.anchored
            and signals.situation
            and not signals.question
            and message.words >= DATED_MIN_WORDS
        )

    @staticmethod
    def _incident_told(message: Folded, answer: object, signals: Signals) -> bool:
        """A bite told with its situation (who, where, what led to it), no injury said: the
        "bite" option and an incident, where "bit my friend once" alone is asked to complete."""
        whole = signals.narrated and signals.situation and not signals.question
        whole = whole and message.words >= INCIDENT_MIN_WORDS
        return whole and isinstance(answer, Unclear) and tuple(answer.understood or ()) == ("bite",)

    @staticmethod
    def _deed_told(answer: object, multi: bool) -> bool:
        """Part of a one-choice option understood, and all of it deeds (`DEED_CONCEPTS`)."""
        if multi or not isinstance(answer, Unclear) or not answer.understood or answer.rest:
            return False
        return all(isinstance(c, str) and c in DEED_CONCEPTS for c in answer.understood)

    def _behaviours_named(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Behaviours named as the answer where the options are behaviours (the concerns):
        "barking at other dogs", "jumping on people and biting" — English verbs in -ing, no dog as
        their subject, nothing dated — tick the concerns, never a report (fresh trial); adjectives
        and "-s" verbs with no subject alike (sixth owner trial). Told as
        something the dog did ("he barks at guests", "손님 오면 짖고 달려들어요") stays a report."""
        if not any(o.msg_id.startswith("category-") for o in context.options):
            return False
        if signals.anchored or signals.incident or self.vocabulary["understanding-dog"].contains(message):
            return False
        verbs = self.vocabulary["understanding-behaviour-verb"].find(message)
        # "-ing" ("barking at other dogs"), an adjective ("aggressive to other dogs", "reactive on
        # walks") or a verb in "-s" with no subject ("bites people", "barks at guests"): named as
        # the answer (sixth owner trial: each analysed as a report, nothing ticked)
        return bool(verbs) and all(
            not hangul and phrase.endswith(("ing", "ive", "ous", "s")) for phrase, _s, _e, hangul in verbs
        )

    def _concern_told(self, message: Folded, signals: Signals, context: Context) -> bool:
        """At the concerns, a behaviour the owner tells of the dog that names a concern (owner
        trial: "사람을 물어요" was analysed as a report, nothing ticked): dated ("어제 손님을
        물었어요", "yesterday he bit a guest"), the concern and a report both; told as a habit in
        a few words with no dog named ("사람을 물어요", "다른 개를 물어요"), the concern alone. A
        longer habit told with its trigger ("손님 오면 미친듯이 짖고 달려들어요") stays a report:
        an account for the analysis."""
        if signals.question or not any(o.msg_id.startswith("category-") for o in context.options):
            return False
        if signals.anchored:
            return True
        if self.vocabulary["understanding-dog"].contains(message):
            return False
        return len(message.text.split()) <= HABIT_MAX_WORDS

    def _unclear(
        self,
        message: Folded,
        signals: Signals,
        answer: Unclear[Any],
        reason: str,
        *,
        behaviour_reports: bool,
        dated: bool = True,
    ) -> Understanding:
        """An answer not understood whole: still a report or a question when it is one; else the
        caller re-asks, saying what it understood. `behaviour_reports`: a behaviour named without
        being narrated is a report too (not where the options are behaviours: the concerns).
        `dated`: something told with "yesterday" is a report (a survey question; at a check-in's
        "how did it go?" "어제 비 왔어요" is how the day went, asked again)."""
        if signals.question and not signals.narrated and self._hedged(message, signals):
            return Understanding(Kind.ANSWER, message.text, answer=answer, reason=f"{reason}-hedged")
        if dated and answer.understood is None and self._dated_incident(message, signals):
            return self._report(message, "dated")
        if answer.understood is None or signals.narrated or signals.question:
            other = self._besides_an_answer(message, signals, long_words=0 if behaviour_reports else None)
            if other is not None:
                return other
        return Understanding(Kind.ANSWER, message.text, answer=answer, reason=reason)

    def _only_said_no(self, message: Folded, context: Context) -> bool:
        """The option read in the message is only the "no" said to the dog (`understanding-said-no`):
        with those words blanked out, no option is left."""
        hits = self.vocabulary["understanding-said-no"].find(message)
        if not hits:
            return False
        spaced, compact = list(message.spaced), list(message.compact)
        for _, start, end, hangul in hits:
            target = compact if hangul else spaced
            target[start:end] = " " * (end - start)
        rest = "".join(compact) if any(h for *_, h in hits) else "".join(spaced)
        left = self.answers.choice(Folded(rest), context.options, multi=False, exclusive=context.exclusive)
        return not isinstance(left, Value)

    def _one_word_no_frequency(self, message: Folded, signals: Signals) -> bool:
        """One word, no behaviour or question in it, and none of the words that alone say how
        often or when (`understanding-frequency-alone`: "weekends", "매주")."""
        if message.words != 1 or signals.behaviour or signals.narrated or signals.question:
            return False
        if self.both_dogs(message.text):
            return False  # "둘다요": both dogs do it (`report.filed_once` says where it is filed)
        return not self.vocabulary["understanding-frequency-alone"].contains(message)

    def _frequency_word(self, message: Folded, command: Understanding, context: Context) -> bool:
        """A command word that alone answers "how often?" ("weekly"): at that question, the answer."""
        return (
            command.command == "week"
            and context.expect is Expect.FOLLOWUP
            and context.topic == "frequency"
            and message.words == 1
            and self.signals.plausible_followup(message, "frequency")
        )

    def _at_pending(self, message: Folded, signals: Signals, *, seen: bool = False) -> Understanding:
        """Idle while a report still waits for its result: a message that reads as an answer to
        any of the follow-up's questions (how often, since when, what happens right before or
        after: "매일 그래요 한달쯤 됐어요", "it gets worse when the doorbell rings") is detail
        about that report, read by the follow-up's own rules (a new incident stays a report, the
        unclear case is both; as nothing was asked, a behaviour told with a time anchor or with
        its situation is a report of its own); anything else is what it would be idle. Asked outright ("?"), a
        question. `seen`: the result was shown already, so a behaviour told again ("he chews the
        sofa every day") is a report of its own, whatever its cues."""
        if seen and not signals.behaviour:
            # after the result, with nothing of the dog's behaviour in it, only how often or since
            # when, or what makes it worse or stop ("제가 안아주면 멈춰요"), is still about that
            # report; a situation alone ("병원 갈때 보여줄거", "초코 산책 다녀왔어요") is not (final
            # trial: glued onto the report and analysed again)
            v = self.vocabulary
            plausible = self.signals.plausible_followup(message, "frequency") or (
                (
                    v["understanding-detail-change"].contains(message)
                    # "the doorbell rang right before", "그 전에 초인종이 울렸어요": pointing back
                    # at the moment analysed (ninth owner trial: the noise hint, the detail lost)
                    or v["understanding-detail-pointer"].contains(message)
                )
                and any(self.signals.plausible_followup(message, t) for t in ("antecedent", "consequence"))
            )
            moment = message.words <= MOMENT_MAX_WORDS and v["understanding-detail-moment"].contains(message)
            if (
                (self._when_detail(message, signals) or moment)  # "when I came in the door" (batch 49)
                and not signals.question
                and not message.text.rstrip().endswith(("?", "？"))
                and not self._says_none(message)
            ):
                # when or where it happens, no behaviour of its own ("주로 저녁에 공원 지나갈 때
                # 그래요", "only when guests come"): detail about that report (owner trial: the
                # noise hint, and the detail lost)
                reason = "moment" if moment else "when"
                return dataclasses.replace(
                    Understanding(Kind.ANSWER, message.text, answer=Value(message.text), reason=reason),
                    detail=True,
                )
        else:
            plausible = any(self.signals.plausible_followup(message, topic) for topic in FOLLOWUP_TOPICS)
        if not plausible or message.text.rstrip().endswith(("?", "？")) or self._says_none(message):
            # "nothing more", "없음": nothing to add, never detail glued onto the report (trial 3)
            return self._idle(message, signals)
        if signals.question and not signals.narrated:
            return self._idle(message, signals)  # "when do puppies stop biting": asked, not told
        if signals.incident and signals.narrated:  # "yesterday he lunged at…": nothing was asked
            return self._report(message, "new-incident")
        if seen and signals.narrated:  # told after the result: a behaviour of its own
            return self._report(message, "after-result")
        if signals.narrated and signals.situation and self._long(message):
            return self._report(message, "whole-report")  # a behaviour with its situation: its own
        u = self._at_followup(message, signals, plausible=True)
        if u.kind is Kind.ANSWER:
            return dataclasses.replace(u, detail=True)
        return u if u.kind is Kind.REPORT else self._idle(message, signals)

    def _when_detail(self, message: Folded, signals: Signals) -> bool:
        """When or where the behaviour just analysed happens, told without a behaviour: only then
        ("산책 나갈 때만 그래요", "only when guests come"), or mostly then, pointing back at it
        ("주로 저녁에 그래요", "it happens mostly at night") or as a bare time or place ("mostly
        at night"). "주로 저녁에 산책해요" (what the owner does) is not."""
        v = self.vocabulary
        if v["understanding-detail-only"].contains(message):
            return True
        if not v["understanding-detail-when"].contains(message):
            return False
        if v["understanding-detail-back"].contains(message):
            return True
        return signals.situation and message.words <= WHEN_FRAGMENT_MAX_WORDS and message.has(Script.LATIN)

    def _for_a_later_question(self, message: Folded, context: Context) -> bool:
        """Once the waiting report's result was shown (`seen`), a length of time in hours or
        minutes ("하루 두번 30분씩", typed early for the exercise question) answers another
        survey question, not what the follow-up would ask: the open question comes again."""
        if not context.seen:
            return False
        answers = [self.answers.quantity(message, e) for e in (Expect.HOURS, Expect.MINUTES)]
        return any(
            isinstance(a, Value | Approximate) or (isinstance(a, Unclear) and a.understood is not None)
            for a in answers
        )

    @cached_property
    def _none_reassured(self) -> Table:
        v = self.vocabulary
        table = Table().add("none", v["understanding-none"]).add("fine", v["understanding-reassured"])
        for entry in (
            "understanding-polite-ending",
            "understanding-talk-filler",
            "understanding-talk-laughter",
            "lex-filler",
        ):
            table.add("skip", v[entry])
        return table

    def _nothing_to_tell(self, message: Folded, context: Context) -> Understanding | None:
        """A none-word, alone or with a reassurance ("없어요 건강해요", "none, he's healthy", "no,
        all good", "없어요 잘 지내요"), at a free-text question that takes "none": the option its
        none-word alone picks ("nothing to add" at a check-in's note, "skip" at a follow-up), or the
        question's none value (the health); the words typed are never kept as the note (owner
        trial: "없어요 건강해요" was stored as the health note). None for anything else."""
        pieces = cover(message.units, self._none_reassured)
        if pieces is None or not any(tag == "none" for tag, _ in pieces):
            return None
        nones = [
            "".join(u) if all(_syllable(c) for c in "".join(u)) else " ".join(u)
            for t, u in pieces
            if t == "none"
        ]
        if context.options:
            picked = self.answers.choices.pick(Folded(" ".join(nones)), context.options, multi=False)
            if isinstance(picked, Picked) and picked.exact:
                return Understanding(Kind.CHOICE, message.text, picks=picked.ids, reason="none-reassured")
        if context.none is not None:
            return Understanding(Kind.ANSWER, message.text, answer=Value(context.none), reason="none")
        return None

    @cached_property
    def _nones(self) -> Table:
        table = Table()
        table.add("none", self.vocabulary["understanding-none"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        table.add("skip", self.vocabulary["understanding-talk-filler"])
        return table

    @cached_property
    def _closing(self) -> Table:
        v = self.vocabulary
        table = Table().add("closing", v["understanding-talk-done"])
        for msg_id in ("nav-done", "nav-skip", "survey-confirm"):
            table.add("closing", v.labelled(msg_id))
        table.add("skip", v["understanding-polite-ending"])
        return table.add("skip", v["understanding-talk-filler"])

    def _closing_words(self, message: Folded) -> bool:
        """Only closing words ("그게 다예요", "that's all"), a button's words ("완료", "확인",
        "done") or "none" words: never a name."""
        if self._says_none(message):
            return True
        pieces = cover(message.units, self._closing)
        return pieces is not None and any(tag == "closing" for tag, _ in pieces)

    @cached_property
    def _why(self) -> Table:
        table = Table().add("why", self.vocabulary["understanding-followup-why"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        return table.add("skip", self.vocabulary["understanding-talk-filler"])

    def _asks_why(self, message: Folded) -> bool:
        """Only "why" words ("왜요?", "그건 왜요?", "why do you ask"): why a question is asked."""
        pieces = cover(message.units, self._why)
        return pieces is not None and any(tag == "why" for tag, _ in pieces)

    @cached_property
    def _again_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("again", v["understanding-again"]).add("did", v["understanding-again-did"])
        for entry in (
            "understanding-again-filler",
            "understanding-polite-ending",
            "understanding-talk-sad",
            "understanding-talk-laughter",
        ):
            table.add("skip", v[entry])
        return table

    def _again(self, message: Folded) -> bool:
        """Only "again" and a word standing for what the dog did ("또 그랬어요", "방금 또 그래요 ㅠㅠ",
        "she just did it again"), told, not asked: the behaviour talked about happened once more.
        A behaviour named ("또 짖었어요") is read by the usual rules: it tells its own incident."""
        if self.signals.asks(message):
            return False
        if self.vocabulary["understanding-talk-news"].contains(message):
            # good news taken back ("드디어 멈췄나 했는데 또 시작했어요"): what follows it; not any
            # clause before ("혼냈는데 또 그래요" tells what happened after, the question's answer)
            message = self._taken_back(message) or message
        pieces = cover(message.units, self._again_words)
        return pieces is not None and {"again", "did"} <= {tag for tag, _ in pieces}

    def _taken_back(self, message: Folded) -> Folded | None:
        """What follows the last word that takes back what was said before it, good news above
        all ("finally stopped… nope he started again": "he started again"; "성공했나 싶었는데 또
        실패했어요"); None when no word takes anything back."""
        hits = self.vocabulary["understanding-taken-back"].find(message)
        if not hits:
            return None
        _phrase, _start, end, hangul = max(hits, key=lambda h: (h[3], h[2]))
        return Folded((message.compact if hangul else message.spaced)[end:])

    def _again_told(self, message: Folded, topic: str | None) -> bool:
        """A behaviour told as happening again in a few words ("또 짖었어요", "barked again"), not
        asked and no answer to the question about `topic` ("매일 또 짖어요" says how often)."""
        if message.words > AGAIN_MAX_WORDS or self.signals.asks(message):
            return False
        if self.signals.plausible_followup(message, topic):
            return False
        signals = self.signals.read(message)
        return signals.narrated and self.vocabulary["understanding-again"].contains(message)

    def _says_none(self, message: Folded) -> bool:
        """Only negative words ("nothing really", "nah nothing", "아무것도 없어요"): at a survey
        question a reply to it, never detail glued onto the report waiting (new-owner trial)."""
        pieces = cover(message.units, self._nones)
        return pieces is not None and any(tag == "none" for tag, _ in pieces)

    @staticmethod
    def _answers_question(u: Understanding) -> bool:
        """A plausible answer to the open survey question: an option picked, a name, a whole
        quantity of the question's unit (a range or a hedge too), "since a puppy" or "don't know"."""
        if u.kind is Kind.CHOICE:
            return True
        # "since she was a puppy" at how long you have had the dog answers it (sixth owner trial:
        # glued onto the report waiting as detail and analysed again, the answer lost)
        return u.kind is Kind.ANSWER and isinstance(u.answer, Value | Approximate | DontKnow | SincePuppy)

    def _at_followup(
        self, message: Folded, signals: Signals, *, plausible: bool, topic: str | None = None
    ) -> Understanding:
        text = message.text
        known = None if plausible else self.answers.dont_know(message)  # "not sure, sometimes?" answers
        if known is not None:
            return Understanding(Kind.ANSWER, text, answer=known, reason="dont-know")
        if self._noise(message):
            return Understanding(Kind.NOISE, text, reason="noise")
        if not plausible and topic == "frequency" and self._one_word_no_frequency(message, signals):
            # "Max", "초코" at "how often does this happen?": one word that says no frequency (the
            # owner was answering the survey offered beside it) is not glued onto the report and
            # analysed again (ninth owner trial, Kakao): not understood, the question asked again
            # (a dog's own name alone is said back by the flow)
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason="no-frequency")
        answer = Value(text)
        if signals.incident_strong and signals.behaviour:
            return self._report(message, "new-incident")
        if signals.incident and signals.narrated:
            if plausible:
                return Understanding(
                    Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="answer-or-incident"
                )
            return self._report(message, "new-incident")
        if signals.narrated and signals.situation and self._long(message):
            # a behaviour told with its situation is a whole report: never glued on silently
            if plausible:
                return Understanding(
                    Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="answer-or-report"
                )
            return self._report(message, "whole-report")
        if plausible:
            return Understanding(Kind.ANSWER, text, answer=answer, reason="plausible")
        if signals.narrated or signals.incident:
            return Understanding(Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="unclear")
        if self._hedged(message, signals):  # "음... 한 2주?": an answer with a shrug (fresh trial)
            return Understanding(Kind.ANSWER, text, answer=answer, reason="hedged")
        if signals.question:
            return Understanding(Kind.QUESTION, text, reason="question")
        return Understanding(Kind.ANSWER, text, answer=answer, reason="short-answer")


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
