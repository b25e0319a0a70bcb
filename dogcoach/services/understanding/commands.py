"""Commands in words: a slash command, plain command words that are the whole message ("show me
the help", "팁 끄기"), one dog's view or a profile field asked by name ("초코 기록 보여줘", "change
her age"), a command asked in a sentence ("where's my result?"), and the words that name no
command the bot knows. The router's table is the authority on the command names.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import cached_property

from dogcoach.domain.survey import BY_KEY
from dogcoach.domain.survey import Kind as QuestionKind
from dogcoach.services.i18n import LOCALES
from dogcoach.services.safety.lexicon import aliases as raw_aliases
from dogcoach.services.understanding.answers import strip_end
from dogcoach.services.understanding.choices import Picked
from dogcoach.services.understanding.dogs import NAME_MAX_HANGUL, NAME_MAX_WORDS, DogReading, _name_starts
from dogcoach.services.understanding.events import past_told
from dogcoach.services.understanding.field_value import rename_at
from dogcoach.services.understanding.model import (
    Context,
    Expect,
    Kind,
    Option,
    Unclear,
    Understanding,
    Value,
)
from dogcoach.services.understanding.option_concepts import OPTION_CONCEPTS
from dogcoach.services.understanding.shared import _syllable
from dogcoach.services.understanding.signals import Signals
from dogcoach.services.understanding.text import Folded, clauses_of
from dogcoach.services.understanding.vocabulary import Table, Units, cover

# Commands also asked for in a sentence ("where's my result?", "이번주 어땠어?"): the phrases of
# `understanding-keyword-<name>` in a short message that names no behaviour.
ASKED_COMMANDS: tuple[str, ...] = (
    "result", "week", "history", "profile", "summary", "help", "tips", "checkins", "language", "newdog",
    "switchdog", "notifications", "progress", "export", "removedog",
)  # fmt: skip
# Asked commands whose phrases only ask when the message asks ("좀 나아졌나요?", "is he getting
# better?"): told, they are news ("he's getting better!"), at a check-in its answer.
ASKED_ONLY_AS_QUESTIONS: tuple[str, ...] = ("progress",)
# Commands about the owner's dogs asked in a sentence at a survey question too ("I got a second dog",
# "다른 강아지 얘기할래"): never an answer (eighth trial: re-asked, or stored as the breed).
DOG_COMMANDS: tuple[str, ...] = ("newdog", "switchdog")
# Commands whose words name a dog ("remove a dog", "what do you know about my dog", "which dog is
# this"): asked in a sentence at a survey question, never its "Dog" option (stop 61).
OPTION_WORD_COMMANDS: tuple[str, ...] = ("removedog", "profile", "switchdog")
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
# What stands where an English dog's name was in a view asked in a sentence ("how is Bella doing"
# reads as "how is she doing"): a word of `understanding-keyword-progress`'s phrases.
PRONOUN = "she"
# The same for a Latin name with its possessive ("Otis's week" read as "her week").
POSSESSIVE_PRONOUN = "her"
# A sentence asking for a command is this short at most.
ASKED_MAX_WORDS = 10
# A sentence asking what the step was (`understanding-plan-asked`: "hey sorry can you remind me what
# i was supposed to do again") is this short at most.
PLAN_ASKED_MAX_WORDS = 16
# Another dog told with its name at a survey question ("yes, we have a second dog too. his name is
# Bean"): this short at most (batch 73).
NAMED_DOG_MAX_WORDS = 16
# The views of one dog that may be asked with its name ("Show me Bella's history", "초코 기록 보여줘").
DOG_VIEWS: tuple[str, ...] = ("history", "week", "profile", "summary", "progress")
# Views whose words may stand beside the week's: the week named with them is the week's summary.
WEEK_WITH = frozenset({"week", "history", "progress"})
# A message wholly of command words is this long at most: "I would like to delete my data." is
# seven (ninth owner trial: the noise hint; at the household count "I" read as one person).
PLAIN_COMMAND_MAX_WORDS = 8
# The most words of a first clause that asks to change an answer before saying why ("wait can i go
# back and change the kids thing, my son is actually 13"; owner trial 33).
EDIT_CLAUSE_MAX_WORDS = 12
# A pause said in clauses, each of them the cancel's words, is this long at most ("ok I need to stop
# now, will finish this later tonight"; stop 55, batch 498: longer than `PLAIN_COMMAND_MAX_WORDS`,
# it was noise, or the survey question's unread answer).
PAUSE_MAX_WORDS = 16
# The reason of "what do I do?" asked alone right after a report ("어떡해요??"): a question about it.
HELP_NOW_ASKED = "what-now-asked"
# The reason of "what do I do?" asked alone with no report just told: the help command (right after
# an emergency the router shows its first aid again instead).
WHAT_TO_DO = "what-to-do"
# The history's argument when a time span was named with it ("지난달 기록").
PERIOD = "period"
# The history's argument when every dog's was asked ("둘 다 기록 보여줘", "history for all dogs").
ALL_DOGS = "all-dogs"
# The views that show every dog's part at once when asked for both or all ("둘다 이번주", stop 34:
# the active dog's week only).
ALL_DOGS_VIEWS = ("history", "week")
# Commands that take on/off after them ("팁 끄기", "check-ins on", "알림 꺼줘": both of the others).
SWITCHES: tuple[str, ...] = ("tips", "checkins", "notifications")
# The tips command's argument when a tip is asked for now ("give me a tip", "팁 좀 알려주세요",
# `understanding-tip-now`): one tip of the catalogue, not the on/off status.
TIP_NOW = "now"
# The reason of a command that asks when the bot's own messages come ("알림은 언제 보내요?", "when
# do you send messages?", "팁은 언제 와요?"): tips and check-ins, each as set for the owner.
SENT_WHEN = "sent-when-asked"
# The switchdog command's argument when the owner asks which dog is talked about ("which dog am i
# on", "지금 누구 얘기하는거에요?", `understanding-active-dog-asked`): said, nothing switched.
ACTIVE_DOG = "?"
# A request to remove a dog is its name and a few remove and request words around it: a message
# of more units is not one, and is not searched (the search tries every span: quadratic).
REMOVAL_MAX_UNITS = NAME_MAX_HANGUL + 18
# Command words that name no command ("change food", "사료 바꿔줘") in a message this short at
# most: the owner asked the bot to do something it does not know, not told what the dog did.
COMMAND_LIKE_MAX_WORDS = 4
# An English word is read as a command's word with one letter off ("resluts": results) from this
# many letters; alone in the message, from `TYPO_ALONE_MIN_LETTERS` (batch 79).
TYPO_MIN_LETTERS = 4
TYPO_ALONE_MIN_LETTERS = 6
# A Korean word is read as a command's word one jamo off ("도우말": 도움말) from this many
# syllables, the same count as the command's word (owner trial 11: offered as a dog's name).
TYPO_MIN_SYLLABLES = 3
# The timezone command's argument when the owner named a zone the vocabulary does not hold ("my
# timezone is Narnia"): asked again with examples.
# The views of one dog, asked with a word for the dog before them ("show me her progress", "우리애
# 기록 보여줘"; held-out 7): `understanding-view-possessive`.
VIEWS_OF_THE_DOG = frozenset({"history", "week", "progress", "profile", "summary", "result"})
ZONE_UNKNOWN = "unknown"
# The vocabulary of places and zone names (`understanding-zone-place-*`), each valued its IANA zone.
ZONE_PLACE = "understanding-zone-place-"
# Countries with several time zones ("we moved to the US", stop 53): the argument `country:<key>`,
# the zones to choose from offered as buttons (`handlers.zone`); the message's value lists them.
ZONE_COUNTRY = "understanding-zone-country-"
ZONE_COUNTRY_ARG = "country:"
# Words a message naming a zone has at most ("set my time zone to new york please").
ZONE_MAX_WORDS = 9
# The time zone's own words asked for with why ("… we just moved to the US") are this long at most.
ZONE_CHANGE_MAX_WORDS = 16
# Unknown words after the zone words that still name a zone, one the vocabulary has not.
ZONE_UNKNOWN_MAX_UNITS = 3
# An offset from UTC ("GMT+1", "UTC-5", "utc +9"): whole hours, as `Etc/GMT` zones (signs flipped).
_OFFSET = re.compile(r"\b(?:gmt|utc)\s*([+\-\u2212])\s*(\d{1,2})(?::?00)?\b", re.IGNORECASE)
_OFFSET_MAX_HOURS = 14
COMMAND_LIKE_MAX_LETTERS = 16


def _set_outright(found: Understanding) -> bool:
    """A command read from the first words with no mark after them that sets something outright:
    a switch turned on or off, a language named, a dog named to remove ("turn off tips theyre
    too frequent", "switch to korean my wife reads it", "remove luna shes going back"). Views and
    the rest are not ("my dog ate…", "last week he fell", "다른 강아지 볼 때": a view's word in a
    sentence; stop 53)."""
    if found.command in SWITCHES:
        return found.argument in ("on", "off")
    return found.command in ("language", "removedog") and bool(found.argument)


def switched(asked: Understanding) -> bool:
    """A message of a setting's words turned on or off ("I want stop the message every day",
    "매일 오는 메시지 그만") or of the check-ins' ("remind me every evening", "매일 알려줘"): asked,
    never a free-text answer nor a follow-up's (English trial 5: "every day" answered how often)."""
    return asked.command == "checkins" or (asked.command in SWITCHES and bool(asked.argument))


def _specific_switch(names: list[str]) -> list[str]:
    """ "팁 알림 꺼줘", "check-in notifications off": the one switch named, not all notifications."""
    if "notifications" in names and len(names) == 2 and set(names) & {"tips", "checkins"}:
        return [n for n in names if n != "notifications"]
    return names


def _one_letter_off(typed: str, word: str) -> bool:
    """`typed` is `word` with one letter added, dropped or changed, or two neighbours swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) != 2:
            return len(diff) == 1
        i, j = diff
        return j == i + 1 and typed[i] == word[j] and typed[j] == word[i]
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _hangul(unit: str) -> bool:
    """A word of Hangul syllables only, long enough to be read past a typo."""
    return len(unit) >= TYPO_MIN_SYLLABLES and all(_syllable(c) for c in unit)


def _one_jamo_off(typed: str, word: str) -> bool:
    """`typed` is `word` with one jamo added, dropped or changed, in as many syllables."""
    return len(typed) == len(word) and _one_letter_off(
        unicodedata.normalize("NFD", typed), unicodedata.normalize("NFD", word)
    )


def _lone_consonants() -> dict[str, str]:
    """Each consonant typed alone (a Hangul compatibility letter, U+3131-U+314E) and the leading
    consonant it stands for in a syllable (the conjoining choseong of the same name)."""
    found: dict[str, str] = {}
    for code in range(0x3131, 0x314F):
        letter = chr(code)
        try:
            lead = unicodedata.lookup(unicodedata.name(letter).replace("LETTER", "CHOSEONG"))
        except KeyError:  # a cluster (only ever a final) has no leading form
            continue
        if "\u1100" <= lead <= "\u1112":  # the modern leading consonants only
            found[letter] = lead
    return found


_LONE_CONSONANT = _lone_consonants()


def _vowel_dropped(typed: str, word: str) -> bool:
    """`typed` is `word` with one syllable's vowel left out, its consonant typed alone ("ㄷ움말":
    도움말; owner trial 12): one lone consonant, the rest syllables, as many characters, the
    same jamo once the vowel is put back."""
    lone = [c for c in typed if c in _LONE_CONSONANT]
    if len(lone) != 1 or len(typed) != len(word) or len(word) < TYPO_MIN_SYLLABLES:
        return False
    if not all(c in _LONE_CONSONANT or _syllable(c) for c in typed):
        return False
    spelt = unicodedata.normalize("NFD", "".join(_LONE_CONSONANT.get(c, c) for c in typed))
    whole = unicodedata.normalize("NFD", word)
    return len(spelt) + 1 == len(whole) and _one_letter_off(spelt, whole)


class CommandReading(DogReading):
    """Commands in words (a dog's view and an edit name a dog: `dogs`)."""

    def _slash(self, text: str, name: str, argument: str) -> Understanding:
        if name in (*SWITCHES, "language") and argument:
            words = self._command_words(Folded(argument))
            if words is not None and words[1]:
                argument = words[1]
        elif name == "edit" and argument:
            argument = self._field(Folded(argument), verb=False) or ""
        elif name == "timezone" and argument:
            argument = self.zone_named(argument, bare=True) or ZONE_UNKNOWN  # "/timezone London"
        return Understanding(Kind.COMMAND, text, command=name, argument=argument, reason="slash")

    @cached_property
    def _zones(self) -> Table:
        """Places and zone names (tagged `zone:<IANA zone>`), the words naming a zone around them."""
        v, messages = self.vocabulary, self.messages
        table = Table()
        for msg_id in sorted(i for i in messages.ids(LOCALES[0]) if i.startswith(ZONE_PLACE)):
            table.add(f"zone:{messages.format(LOCALES[0], msg_id)}", v[msg_id])
        for msg_id in sorted(i for i in messages.ids(LOCALES[0]) if i.startswith(ZONE_COUNTRY)):
            table.add(f"zone:{ZONE_COUNTRY_ARG}{msg_id.removeprefix(ZONE_COUNTRY)}", v[msg_id])
        table.add("lead", v["understanding-zone-lead"]).add("here", v["understanding-zone-here"])
        table.add("aside", v["understanding-zone-aside"])  # "I live in Busan now" (stop 60)
        return table.add("request", v["understanding-request"]).add(
            "request", v["understanding-polite-ending"]
        )

    def zone_named(self, text: str, *, bare: bool = False, said: bool = False) -> str | None:
        """The IANA zone `text` names (`ZONE_UNKNOWN`: zone words and a place the vocabulary has
        not), else None. A place needs words naming a zone or where the owner is ("my timezone is
        London", "I'm in New York", "한국 시간으로 해줘"), unless `bare` (after /timezone) or it is an
        offset ("UTC-5") or a zone's abbreviation in capitals ("EST"): "London" alone may be a
        dog's name. With `said`, only a zone said with such words (at a survey question "EST" or
        "UTC+9" alone is left to the question)."""
        zone = None
        offset = _OFFSET.search(text)
        if offset is not None:
            hours = int(offset.group(2))
            if hours > _OFFSET_MAX_HOURS:
                return None
            west = offset.group(1) != "+"
            zone = "UTC" if hours == 0 else f"Etc/GMT{'+' if west else '-'}{hours}"
            text = f"{text[: offset.start()]} {text[offset.end() :]}"
        units = Folded(text).units
        if not units:
            return zone
        pieces = cover(units, self._zones)
        if pieces is None:
            # "my timezone is Narnia", "/timezone Mars": zone words first, then a few unknown words
            other = cover(units, self._zones, single=lambda _unit: "other")
            if other is None or (other[0][0] != "lead" and not bare) or zone is not None:
                return None
            unknown = sum(len(p) for tag, p in other if tag == "other")
            known = [tag for tag, _ in other if tag.startswith("zone:")]
            return ZONE_UNKNOWN if 0 < unknown <= ZONE_UNKNOWN_MAX_UNITS and not known else None
        tags = [tag for tag, _ in pieces]
        places = {tag.removeprefix("zone:") for tag in tags if tag.startswith("zone:")}
        if zone is not None:
            places.add(zone)
        if len(places) != 1:
            return None
        worded = "lead" in tags or "here" in tags
        if said and not worded:
            return None
        if not (bare or zone is not None or worded) and not (
            text.strip().isupper() and text.strip().isascii()
        ):
            return None
        return places.pop()

    def _zone_told(self, message: Folded, context: Context) -> Understanding | None:
        """A time zone named ("my timezone is London", "im in the uk", "EST", "GMT+1", "한국 시간으로
        해줘"): the timezone command with it. Stop 50 (English owner trial): nothing let an owner
        set their zone; dates came in Seoul time. At a survey question or a name prompt only when
        said with words naming a zone or where the owner is (stop 51 trial: "i'm in london" at the
        name question named the dog "I'm In London", "한국 시간으로 해줘" was stored as the breed)."""
        if message.words > ZONE_MAX_WORDS:
            moved = self._zone_in_clause(message)
            if moved is not None:
                # "I live in Busan now, please set the time accordingly. Mark" (stop 60, held-out
                # 15: noise): where the owner lives in a clause, the clock asked to follow it
                return Understanding(
                    Kind.COMMAND, message.text, command="timezone", argument=moved, reason="zone-told"
                )
            # "i want to change my time zone, we just moved to the US" (stop 52 trial: offered to
            # be analysed): the zone's words with why, longer than a zone named
            if message.words <= ZONE_CHANGE_MAX_WORDS and self._zone_change_asked(message):
                country = self._country_in(message)  # "…, we just moved to the US": its zones offered
                return Understanding(
                    Kind.COMMAND, message.text, command="timezone", argument=country, reason="zone-told"
                )
            return None
        open_question = context.question is not None or context.expect is Expect.NAME
        zone = self.zone_named(message.text, said=open_question)
        if zone is None:
            zone = self._zone_in_clause(message)  # "부산 살아요 시간 맞춰 주세요" (stop 60)
        if zone is None and self._zone_change_asked(message):
            zone = self._country_in(message)  # the zone in use shown, with how to name another
        if zone is None:
            return None
        return Understanding(
            Kind.COMMAND, message.text, command="timezone", argument=zone, reason="zone-told"
        )

    def _zone_in_clause(self, message: Folded) -> str | None:
        """In a long message asking the clock to be set (`understanding-zone-set-time`: "set the
        time accordingly", "시간 맞춰 주세요"), the zone one clause names with where the owner is
        ("I live in Busan now"), else None. Not with a behaviour told."""
        if message.words > ZONE_CHANGE_MAX_WORDS:
            return None
        if not self.vocabulary["understanding-zone-set-time"].contains(message):
            return None
        said = self.signals.read(message)
        if said.behaviour or said.narrated:
            return None
        # cut at punctuation, and at a Korean sentence's end with no comma after it ("부산에 살아요
        # 시간 맞춰 주세요"; stop 61, the verification trial: noise): `SurveyAnswers.clauses`
        clauses = [*re.split(r"[,.;!?]+\s*", message.text), *self.answers.clauses(message.text)]
        for clause in clauses:
            zone = self.zone_named(clause, said=True) if clause.strip() else None
            if zone is not None and zone != ZONE_UNKNOWN:
                return zone
        return None

    def country_named(self, text: str) -> str:
        """`_country_in` of a whole message: "we moved to the US" (the move's small talk) offers the
        country's zones beside what a move changes for a dog (stop 53)."""
        return self._country_in(Folded(text))

    def _country_in(self, message: Folded) -> str:
        """`country:<key>` when the words name one country with several zones ("change my timezone,
        we moved to the US"), else "" (stop 53: the zone in use shown, with no way to pick one)."""
        found = {
            msg_id.removeprefix(ZONE_COUNTRY)
            for msg_id in self.messages.ids(LOCALES[0])
            if msg_id.startswith(ZONE_COUNTRY) and self.vocabulary[msg_id].contains(message)
        }
        return f"{ZONE_COUNTRY_ARG}{found.pop()}" if len(found) == 1 else ""

    def _zone_change_asked(self, message: Folded) -> bool:
        """The time zone's own words beside why, no zone named ("시간대 바꾸고싶어요 미국으로
        이사왔거든요", "change my timezone, i moved to the US"; held-out 7: the move's small talk,
        the zone never changed): the command, so the owner is shown the zone and how to set it. Not
        with a behaviour ("he barks at night since the time zone change")."""
        if not self.vocabulary["understanding-command-timezone"].contains(message):
            return False
        signals = self.signals.read(message)
        return not (signals.behaviour or signals.narrated)

    def _command_words(self, message: Folded) -> tuple[str | None, str] | None:
        """(command, argument) when the whole message is command words, else None."""
        pieces = cover(message.units, self._commands)
        if not pieces:
            return None
        names = {tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("command:")}
        if len(names) == 2 and "help" in names:
            names.discard("help")  # "language settings": help's generic words name no command
        names = set(_specific_switch(sorted(names)))
        tags = {tag for tag, _ in pieces}
        if {"start", "cancel"} <= names and self._survey_named_only(pieces):
            names.discard("start")  # "설문 나중에 할게요", "survey later": the survey put off (batch 79)
        if "no_wait" in tags and names != {"cancel"}:
            return None  # "no", "wait" lead only a cancel ("no wait cancel", "아 아니에요 취소")
        if "how" in tags and names != {"help"}:
            return None  # "이거 어떻게 하는거예요?" asks for help only beside help's word ("도움말좀")
        if "away" in tags and names != {"cancel"}:
            return None  # why the owner steps away ("애기 깼어요 나중에") only puts things off
        if "possessive" in tags and not (names and names <= VIEWS_OF_THE_DOG):
            return None  # "his", "얘" before a view of the dog only ("remove his toys": none)
        if "subject" in tags and not names <= {"start", "cancel"}:
            return None  # "설문은" names the survey alone: stopped or continued, nothing else
        langs = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("lang:")]
        args = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("arg:")]
        switched = names & set(SWITCHES)
        if "status" in tags:
            # "팁 상태", "tip settings?", "팁 설정 어떻게 돼있어요": a switch's on/off status, with
            # that switch's words alone (batch 65: the noise hint, or a question for the model)
            if (
                len(names) == 1
                and switched
                and not langs
                and "now" not in tags
                and self._status_not_set(args, message)
            ):
                return switched.pop(), ""
            return None
        if "now" in tags and names != {"tips"}:
            return None  # the words of a tip asked for ("a", "오늘의") make no other command
        if (
            not (args or langs)
            and names == {"tips"}
            and ("now" in tags or tags == {"command:tips", "request"})
            and not self.vocabulary["understanding-tips-settings"].contains(message)
        ):
            # "give me a tip", "tips plz", "팁 좀 알려주세요", "오늘의 팁": a tip now (owner trial: the
            # on/off status); "tips again please" stays on, "/tips" and "팁 설정" the status, also
            # asked for ("팁 설정 보여주세요": a tip before, trial K2)
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

    def _survey_named_only(self, pieces: list[tuple[str, tuple[str, ...]]]) -> bool:
        """The start's words in the message only name the survey ("설문", "survey": start words
        alone), beside a cancel's ("설문 나중에 할게요", "survey later please"): the survey is
        the subject of the cancel, not started (batch 79: re-asked at a survey question)."""
        bare = self.vocabulary["understanding-survey-subject"].phrases
        return all(piece in bare for tag, piece in pieces if tag == "command:start")

    def _status_not_set(self, args: list[str], message: Folded) -> bool:
        """The status words around a switch's name ask its state: with no on/off word, or with
        one asked as a yes/no question ("are tips on?", "is the reminder off?", "팁 켜져
        있어요?": batch 73, a question for the model or the reminders turned on), never one that
        turns it ("is it ok to turn tips off?")."""
        return not args or (set(args) <= {"on", "off"} and self._switch_status_asked(message))

    def _switch_status_asked(self, message: Folded) -> bool:
        """A switch's state asked as a yes/no question (`understanding-switch-status-asked`: an
        English phrase opening the message, "are", "is the", "do i still get"; a Korean one
        anywhere, "켜져 있"), with no word that turns it (`understanding-switch-turn`)."""
        v = self.vocabulary
        if v["understanding-switch-turn"].contains(message):
            return False
        found = v["understanding-switch-status-asked"].find(message)
        return any(
            hangul or start == 1 for _phrase, start, _end, hangul in found
        )  # (`spaced` opens with " ")

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

    def _records_removed(self, message: Folded) -> bool:
        """The records alone asked to be removed ("기록 다 지워줘", "내 기록 삭제", "delete my
        records"): a remove word and the records (`understanding-records`), nothing more named
        (`understanding-records-more`: "기록이랑 정보 다 지워", "delete my account" erase
        everything), in a short message. Acceptance trial K2: offered to erase everything."""
        v = self.vocabulary
        # "wipe the records but keep the dogs' profiles", "기록만 지우고 프로필은 남겨 주세요" (stop 62,
        # held-out 17: a question for the coach): what is said kept is not removed
        removed = self._records_not_kept(message)
        return (
            removed.words <= ASKED_MAX_WORDS
            and v["understanding-remove-verb"].contains(removed)
            and v["understanding-records"].contains(removed)
            and not v["understanding-records-more"].contains(removed)
        )

    def _records_not_kept(self, message: Folded) -> Folded:
        """`message` without what it says to keep (`understanding-records-kept`): in English the
        words from "keep" / "except" on, in Korean the word before "남기고" / "빼고" with it."""
        kept = self.vocabulary["understanding-records-kept"]
        words = message.text.split()
        for k, word in enumerate(words):
            if not kept.contains(Folded(word.strip(",.!?~"))):
                continue
            if word.isascii():
                return Folded(" ".join(words[:k]))
            return Folded(" ".join(words[: max(k - 1, 0)] + words[k + 1 :]))
        return message

    def _home(self, message: Folded, context: Context) -> Understanding | None:
        """ "처음으로", "back to start" (`understanding-home`, with request words and polite endings
        around): at a survey question the restart's question ("from the first question again?"),
        anywhere else the menu (help). Owner trials, batch 79: read as "resume where we stopped"
        mid-survey, after a cancel, at a result's question; "back to start" ticked the Back button."""
        if message.words > PLAIN_COMMAND_MAX_WORDS:
            return None
        pieces = cover(message.units, self._home_words)
        if not pieces or not any(tag == "home" for tag, _ in pieces):
            return None
        if context.question is not None:
            return Understanding(Kind.COMMAND, message.text, command="start", argument=RESTART, reason="home")
        return Understanding(Kind.COMMAND, message.text, command="help", reason="home")

    def _what_to_do(self, message: Folded, context: Context) -> Understanding | None:
        """Only "what do I do?" ("뭐해야돼요", `understanding-what-to-do`, polite endings and sad or
        laughing marks around): with no report in play, the menu (owner trial 15: a question sent
        to the coach model about nothing); right after a report (`Expect.PENDING`, a result's
        question open) None, a question about it."""
        if message.words > PLAIN_COMMAND_MAX_WORDS:
            return None
        pieces = cover(message.units, self._what_to_do_words)
        if not pieces or not any(tag == "ask" for tag, _ in pieces):
            return None
        if context.expect in (Expect.PENDING, Expect.FOLLOWUP) or context.detail:
            # right after a report: a question about it; after an emergency its first aid is shown
            # again at once (`HELP_NOW_ASKED`; owner trial 29: it only waited for the model), at a
            # survey question in its place (owner trial 30)
            return Understanding(Kind.QUESTION, message.text, reason=HELP_NOW_ASKED)
        return Understanding(Kind.COMMAND, message.text, command="help", reason=WHAT_TO_DO)

    @cached_property
    def _what_to_do_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("ask", v["understanding-what-to-do"])
        for entry in ("understanding-polite-ending", "understanding-talk-sad", "understanding-talk-laughter"):
            table.add("around", v[entry])
        return table

    @cached_property
    def _home_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("home", v["understanding-home"])
        table.add("request", v["understanding-request"])
        return table.add("request", v["understanding-polite-ending"])

    def _adding_said(self, message: Folded, command: Understanding) -> bool:
        """The add-a-dog command said with its verb ("강아지 추가", "add a dog", "새 강아지 등록",
        "new dog": `understanding-newdog-add`): the command, even at the other-pets question whose
        "Dog" it names (owner trial 61: "✔ Ticked: Dog", no dog added). Without the verb ("another
        dog", "강아지 한 마리 더요") it answers that question."""
        return command.command == "newdog" and self.vocabulary["understanding-newdog-add"].contains(message)

    def _plain_command(self, message: Folded) -> Understanding | None:
        found = (
            self._plain_command_read(message)
            or self._edit_in_first_clause(message)
            or self._command_in_first_clause(message)
            or self._pause_in_clauses(message)
        )
        if (
            found is not None
            and found.command in ("edit", "start")
            and not found.dog
            and self.vocabulary["understanding-restart-whole"].contains(message)
        ):
            # "i want to redo the whole survey", "설문 전부 다시 할래요" (owner trial 21: the list
            # of answers to edit): every answer again from the first question, once confirmed
            return dataclasses.replace(found, command="start", argument=RESTART)
        return found

    def _edit_in_first_clause(self, message: Folded) -> Understanding | None:
        """An answer asked to be changed in the message's first clause, why after it ("wait can i
        go back and change the kids thing, my son is actually 13"; owner trial 33: asked of the
        coach model): that answer, to edit. Only a clause of change words around one question
        named (`_field`) with a change verb (`understanding-edit-verb`), of at most
        `EDIT_CLAUSE_MAX_WORDS`."""
        head = re.split(r"[,.;!?]+\s", message.text, maxsplit=1)[0]
        if head == message.text or Folded(head).words > EDIT_CLAUSE_MAX_WORDS:
            return None
        clause = Folded(head)
        if not self.vocabulary["understanding-edit-verb"].contains(clause):
            return None  # "sex was wrong, she's a female, spayed": the correction with its value
        field = self._field(clause)
        if not field:
            return None
        return Understanding(Kind.COMMAND, message.text, command="edit", argument=field, reason="edit-clause")

    def _command_in_first_clause(self, message: Folded) -> Understanding | None:
        """A command's own words as the message's first clause, why after it ("add another dog
        pls, we adopted a second one", "보리는 이제 목록에서 빼주세요 친정에 보냈어요"; held-out 9: a
        correction of some answer to 2, noise): that command. The clause ends at a mark
        (",", "?", ".") or, in Korean, after a word asking for something
        (`understanding-clause-request`: "빼주세요", "보여줘"); the rest names no behaviour
        and no red flag (a report beside a command is read as before)."""
        head = self._first_clause(message)
        if head is not None:
            return self._clause_command(message, head)
        # no mark: the shortest run of first words that reads as the command with its argument
        # ("remove luna shes going back to the breeder": Luna, not "luna shes"); never asked how
        # ("how do i remove my other dog": read by `_asked_command`, stop 53's full run)
        if "?" in message.text or self.signals.read(message).question or self.signals.asks(message):
            return None
        read = [
            r
            for h in self._leading_words(message)
            if (r := self._clause_command(message, h)) is not None and _set_outright(r)
        ]
        if not read:
            return None
        same = [r for r in read if r.command == read[0].command]
        with_argument = [r for r in same if r.argument]
        return (with_argument or same)[-1]

    def _pause_in_clauses(self, message: Folded) -> Understanding | None:
        """A pause longer than a command, told in clauses that each say it ("ok I need to stop
        now, will finish this later tonight", "잠깐 그만할게요, 밥먹고 다시 할게요, 이따 저녁에 마저
        할게요"; stop 55, batch 498: noise, or the survey question's answer not understood): the
        cancel, as the same words in one short message are. Only when every clause (`clauses_of`)
        is the cancel's words alone, with when or why the owner steps away
        (`understanding-pause-when`, `-away-reason`), and nothing names a behaviour or a red flag:
        a report that holds such words ("he barks when I need to stop the car, …") stays one."""
        if not PLAIN_COMMAND_MAX_WORDS < message.words <= PAUSE_MAX_WORDS:
            return None
        clauses = [c.strip(" ,.;!?~") for c in clauses_of(message.text)]
        clauses = [c for c in clauses if c]
        if len(clauses) < 2 or not all(self._command_words(Folded(c)) == ("cancel", "") for c in clauses):
            return None
        if self.signals.read(message).behaviour or self.safety.check(message.text).alarm.flags:
            return None
        return Understanding(Kind.COMMAND, message.text, command="cancel", reason="pause-in-clauses")

    def _leading_words(self, message: Folded) -> list[str]:
        """The message's first words, longest first, at least two and at most
        `PLAIN_COMMAND_MAX_WORDS`, where no mark ends a clause ("turn off tips theyre too
        frequent", "팁 끄기 너무 자주와서요"; stop 53 owner trial: noise)."""
        words = message.text.split()
        top = min(PLAIN_COMMAND_MAX_WORDS, len(words) - 1)
        return [" ".join(words[:n]) for n in range(top, 1, -1)]

    def _clause_command(self, message: Folded, head: str) -> Understanding | None:
        """`head` of `message` read as a command, the rest telling no behaviour and no red flag.
        Not a cancel ("gotta go, bye": leaving) nor an edit ("wrong breed, she's a beagle": the
        correction, read by its own rules)."""
        found = self._plain_command_read(Folded(head))
        if found is None or found.kind is not Kind.COMMAND or found.command in ("cancel", "edit"):
            return None
        rest = Folded(message.text[len(head) :].strip(" ,.;!?"))
        said = self.signals.read(rest)
        if said.behaviour or said.narrated or self.safety.check(rest.text).alarm.flags:
            return None
        return dataclasses.replace(found, text=message.text, reason="clause-command")

    def _first_clause(self, message: Folded) -> str | None:
        """The words before the first mark or Korean request ending, when more words follow and
        the clause is short enough to be a command's (`PLAIN_COMMAND_MAX_WORDS`)."""
        text = message.text
        cut = re.search(r"[,.;!?]+\s", text)
        head = text[: cut.start()] if cut is not None else text
        if head == text:
            endings = tuple(self.vocabulary["understanding-clause-request"].typed)
            words = text.split()
            for i, word in enumerate(words[:-1]):
                if not word.isascii() and word.rstrip(".~!ㅠㅜ").endswith(endings):
                    head = " ".join(words[: i + 1])
                    break
        if head == text or not head.strip() or Folded(head).words > PLAIN_COMMAND_MAX_WORDS:
            return None
        return head

    def _plain_command_read(self, message: Folded) -> Understanding | None:
        if message.words > PLAIN_COMMAND_MAX_WORDS:
            return None
        words = self._command_words(message)
        if words is None or words[0] is None:
            words = self._command_words_misspelt(message) or words
        dog = ""
        if words is None or words[0] is None:
            dog, found = self._start_for_dog(message)
            words = found or words
        if words is not None and words[0] is not None:
            argument = words[1]
            if words[0] == "start" and self.vocabulary["understanding-restart"].contains(message):
                argument = RESTART  # "처음부터 다시", "start over": the survey again, once confirmed
            return Understanding(
                Kind.COMMAND, message.text, command=words[0], argument=argument, dog=dog, reason="words"
            )
        viewed = self._all_dogs_view(message) or self._dogs_view(message) or self._dog_added_by_name(message)
        if viewed is not None:
            return viewed
        if self._topic_asked(message):  # "can you talk about his walks?": no dog, the coach is asked
            return Understanding(Kind.QUESTION, message.text, reason="topic-asked")
        field = self._field(message)
        if not field:
            field = self._field_with_value(message) or field
        if field is not None:  # "change age", "나이 고치기": that answer, to edit
            return Understanding(Kind.COMMAND, message.text, command="edit", argument=field, reason="words")
        named = self._renamed(message) or self._named_edit(message)
        if named is not None:
            return named
        if self._other_dog(message):  # "다른 강아지로 바꿔", "switch to my other dog": no name
            return Understanding(
                Kind.COMMAND, message.text, command="switchdog", argument="", reason="other-dog"
            )
        for command, table in (("switchdog", self._switching), ("removedog", self._removal)):
            # a time word may be the dog removed ("밤이 지워줘": 밤이, "night"; stop 50 owner trial:
            # "not something I can do"); "밤으로 바꿔줘" may be the check-in time, so not to switch
            name = self._named(message, table, times=command == "removedog")
            if name is not None:
                return Understanding(
                    Kind.COMMAND, message.text, command=command, argument=name, reason="words"
                )
        return None

    def _command_words_misspelt(self, message: Folded) -> tuple[str | None, str] | None:
        """`_command_words` with one English word a letter off a command's word ("Show resluts",
        "show hsitory", "my proflie": one letter added, dropped, changed or two swapped), when
        exactly one command's word is that close. A word of 4 or 5 letters only beside other
        command or request words ("show sumary"), never alone ("water" is no "later"). Owner trial,
        batch 79: the noise hint. A Korean word typed alone one jamo off a command's word of as
        many syllables, three at least ("도우말": 도움말; owner trial 11: offered as a dog's name)."""
        units = list(message.units)
        if message.words == 1 and any(c in _LONE_CONSONANT for c in message.text):
            # "ㄷ움말": 도움말 with a vowel left out (owner trial 12)
            typed = message.text.strip()
            dropped = {"".join(w) for w in self._command_spellings_ko if _vowel_dropped(typed, "".join(w))}
            return self._command_words(Folded(dropped.pop())) if len(dropped) == 1 else None
        if _hangul("".join(units)) and message.words == 1:  # "도우말": 도움말 (owner trial 11)
            typos = {
                "".join(w) for w in self._command_spellings_ko if _one_jamo_off("".join(units), "".join(w))
            }
            return self._command_words(Folded(typos.pop())) if len(typos) == 1 else None
        changed = False
        for i, unit in enumerate(units):
            if (unit,) in self._commands.entries:
                continue
            if not (unit.isascii() and unit.isalpha()) or len(unit) < TYPO_MIN_LETTERS:
                continue
            lengths = self._command_spellings_by_length
            near = {
                w
                for n in (len(unit) - 1, len(unit), len(unit) + 1)
                for w in lengths.get(n, ())
                if _one_letter_off(unit, w)
            }
            if len(near) != 1 or (len(units) == 1 and len(unit) < TYPO_ALONE_MIN_LETTERS):
                continue
            units[i] = near.pop()
            changed = True
        if not changed:
            return None
        return self._command_words(Folded(" ".join(units)))

    @cached_property
    def _command_spellings(self) -> frozenset[str]:
        """The English one-word phrases of the commands' own words, as long as a typo is fixed."""
        return frozenset(
            p[0]
            for p, tag in self._commands.entries.items()
            if len(p) == 1
            and tag.startswith("command:")
            and p[0].isascii()
            and p[0].isalpha()
            and len(p[0]) >= TYPO_MIN_LETTERS
        )

    @cached_property
    def _command_spellings_by_length(self) -> dict[int, tuple[str, ...]]:
        """`_command_spellings` by length: only a word a letter longer or shorter, or as long, can
        be one letter off (stop 49's profile: every spelling tried against every English word)."""
        by_length: dict[int, list[str]] = {}
        for word in self._command_spellings:
            by_length.setdefault(len(word), []).append(word)
        return {n: tuple(words) for n, words in by_length.items()}

    @cached_property
    def _command_spellings_ko(self) -> frozenset[tuple[str, ...]]:
        """The Korean phrases of the commands' own words (syllables), as long as a typo is fixed."""
        return frozenset(
            p
            for p, tag in self._commands.entries.items()
            if tag.startswith("command:") and _hangul("".join(p))
        )

    def _start_for_dog(self, message: Folded) -> tuple[str, tuple[str | None, str] | None]:
        """The survey started or continued with the dog's name in the message ("모카 설문 이어서
        할게요", "continue Max's survey", "continue the survey for Max"): (name, the start's
        words) when the survey is named and the rest is the start's words, else ("", None). Owner trial, batch 79: the
        noise hint, while "설문 이어서 할게요" worked."""
        words = message.text.split()
        if len(words) < 2 or not self.vocabulary["understanding-survey-subject"].contains(message):
            return "", None  # the survey named: "네 시작할게요" is no dog called "네"
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            possessive = bare.endswith(("'s", "’s"))
            name = bare[:-2] if possessive else bare
            hangul = i == 0 and bool(name) and all(_syllable(ch) for ch in name)
            latin = name.isascii() and name.isalpha() and name[:1].isupper() and name != "I"
            if not (hangul or latin) or not self._could_be_name(name):
                continue
            rest = [*words[:i], *words[i + 1 :]]
            if latin and not possessive and i == len(words) - 1 and rest[-1].casefold() == "for":
                rest = rest[:-1]  # "continue the survey for Max"
            elif latin and not possessive:
                continue
            found = self._command_words(Folded(" ".join(rest)))
            if found is not None and found[0] == "start":
                return name, found
        return "", None

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

    def _all_dogs_view(self, message: Folded) -> Understanding | None:
        """Every dog's history or week asked ("둘 다 기록 보여줘", "show both dogs' history", "history
        for all dogs", "둘다 이번주", "both dogs this week"): that view, `argument` ALL_DOGS (owner
        trial 11: noise, or the active dog's only; stop 34: the week). The words that say every
        dog (`understanding-all-dogs`, a whole span of at most three words) and a linking word
        beside them ("for", "of") read past, the rest the view's own words."""
        phrases = self.vocabulary["understanding-all-dogs"]
        if not phrases.contains(message):
            return None
        words = [w.rstrip("'’") for w in message.text.split()]
        links = self.vocabulary["understanding-view-dog-link"].phrases
        for i in range(len(words)):
            for j in range(min(len(words), i + 3), i, -1):
                if cover(Folded(" ".join(words[i:j])).units, Table().add("x", phrases)) is None:
                    continue
                before, after = words[:i], words[j:]
                if before and tuple(Folded(before[-1]).units) in links:
                    before = before[:-1]  # "history for all dogs"
                found = self._command_words(Folded(" ".join(before + after)))
                if found is not None and found[0] in ALL_DOGS_VIEWS and not found[1]:
                    return Understanding(
                        Kind.COMMAND, message.text, command=found[0], argument=ALL_DOGS, reason="all-dogs"
                    )
        return None

    def _dogs_view(self, message: Folded) -> Understanding | None:
        """A view of one dog asked with the dog's name in it ("Show me Bella's history", "초코 기록
        보여주세요", "Milk profile", "history of Milo"): the command, `dog` the name as typed. A
        Korean name only as the first word; an English one anywhere, with its "'s" or without it
        in either word order (batch 73: "milk history" was the noise hint, "Milk profile" the
        active dog's card, the breed mid-survey), but never a word that is no name ("full
        history", "old history": `understanding-asked-not-name`). The rest is a view's own words
        only (ninth owner trial: the noise hint idle, and at the household count "me" read as one
        person)."""
        words = message.text.split()
        if len(words) < 2:
            return None
        links = self.vocabulary["understanding-view-dog-link"].phrases
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            possessive = bare.endswith(("'s", "’s")) and bare.isascii()
            latin = possessive or (bare.isascii() and bare.isalpha())
            if not (latin or (i == 0 and _syllable(word[0]))) or not self._name_like(bare):
                continue
            if tuple(Folded(bare).units) in self.vocabulary["understanding-view-not-dog"].phrases:
                # "우리 강아지 목록", "둘 다 기록 보여줘", "both history": no dog called so, the
                # view of the rest (owner trial 11: "no dog called 우리")
                plain = self._command_words(Folded(" ".join(words[:i] + words[i + 1 :])))
                if plain is not None and plain[0] in DOG_VIEWS and not plain[1]:
                    return Understanding(Kind.COMMAND, message.text, command=plain[0], reason="words-no-dog")
            if tuple(Folded(bare).units) in self.vocabulary["understanding-asked-not-name"].phrases:
                continue  # "이거 기록 보여줘": no dog called so (owner trial 11); the whole word, "두부" is no "두"
            if any(self.vocabulary[f"understanding-keyword-{v}"].contains(Folded(bare)) for v in DOG_VIEWS):
                continue  # "지난주 기록 보여주세요": last week's, no dog called "지난주" (trial K2)
            if tuple(Folded(bare).units) in self.vocabulary["understanding-newdog-before-name"].phrases:
                continue  # "add my dog", "register my dog": adding one, no dog called "add" (trial 9)
            rest = words[:i] + words[i + 1 :]
            plural = self.vocabulary["understanding-view-plural-not-dog"].phrases
            if len(rest) == 1 and tuple(Folded(rest[0]).units) in plural:
                continue  # "dogs trust" (a rescue charity, stop 50 trial): the plural names no one dog
            if latin and not possessive:
                if not self._could_be_name(bare) or self.vocabulary["understanding-asked-not-name"].contains(
                    Folded(bare)
                ):
                    continue  # "full history", "his profile": no dog called so
                if i > 0 and tuple(Folded(words[i - 1]).units) in links:
                    rest = words[: i - 1] + words[i + 1 :]  # "history of Milo": "of" read past
            found = self._command_words(Folded(" ".join(rest)))
            if found is None or found[0] not in DOG_VIEWS or found[1]:
                continue
            dog = self.names.bare(bare)
            typed = re.search(re.escape(dog), message.text, re.IGNORECASE)
            return Understanding(
                Kind.COMMAND,
                message.text,
                command=found[0],
                dog=typed.group() if typed is not None else dog,
                reason="words-dog",
            )
        return None

    def _dog_added_by_name(self, message: Folded) -> Understanding | None:
        """A dog added with its name first ("우유 등록할게요", "우유 추가해 주세요"): the newdog
        command, `argument` the name, offered to confirm (trial 4: read as the sex question's
        answer mid-survey, as noise idle). A Korean name only, as the first word, as `_dogs_view`."""
        words = message.text.split()
        last = self._dog_added_named_last(message)
        if last is not None:
            return last
        if len(words) < 2 or not _syllable(words[0][0]) or not self._name_like(words[0]):
            return None
        adding = self.vocabulary["understanding-newdog-after-name"].phrases
        if tuple(Folded(" ".join(words[1:])).units) not in adding:
            return None  # only the adding words after the name ("등록할게요"), nothing more
        name = self.names.bare(words[0])
        not_name = self.vocabulary["understanding-name-intro-not-name"].phrases
        if not self._could_be_name(name, times=True) or tuple(Folded(name).units) in not_name:
            return None  # "강아지 등록할게요", "둘째 등록할게요": no name in it
        return Understanding(
            Kind.COMMAND, message.text, command="newdog", argument=name, rename=False, reason="named-new-dog"
        )

    def _dog_added_named_last(self, message: Folded) -> Understanding | None:
        """A dog added with its name after the adding words ("add rex", "register Bella", "강아지
        추가 렉스"; `understanding-newdog-before-name`): the newdog command with the name taken, as
        the owner said it plainly (owner trial 9: "add rex" was the noise hint, "강아지 추가 렉스"
        asked the name again)."""
        words = message.text.split()
        tail = self.vocabulary["understanding-newdog-name-tail"].phrases
        for size in (2, 1):  # "can i add max too", "add bella as well" (stop 64 owner trial: unanswered)
            if len(words) > size + 1 and tuple(Folded(" ".join(words[-size:]).strip(",.!?~")).units) in tail:
                words = words[:-size]
                break
        if len(words) < 2 or len(words) > PLAIN_COMMAND_MAX_WORDS:
            return None
        typed = words[-1].strip(",.!?~")
        adding = self.vocabulary["understanding-newdog-before-name"].phrases
        if tuple(Folded(" ".join(words[:-1])).units) not in adding or not self._name_like(typed):
            return None
        if self.verb_ended(typed):
            return None  # "새 강아지 데려왔어요" (owner trial 22: a dog named "데려왔어요")
        name = self.names.bare(typed)
        not_name = self.vocabulary["understanding-name-intro-not-name"].phrases
        if not self._could_be_name(name) or tuple(Folded(name).units) in not_name:
            return None  # "add another dog", "강아지 추가 할래요": no name in it
        if name.isascii() and name.islower():
            name = name.capitalize()  # "add rex": typed lowercase, a name all the same
        return Understanding(
            Kind.COMMAND, message.text, command="newdog", argument=name, rename=True, reason="named-new-dog"
        )

    def _renamed(self, message: Folded) -> Understanding | None:
        """ "rename milo to max", "rename him to Max" (`understanding-rename` first, the new name
        after `understanding-retold-to`): the name question's answer changed, of the dog named
        between them when that is a name (owner trial 9: the noise hint). The new name is read by
        the edit (`FieldValueReader`), as in "change the name to Max"."""
        words = message.text.split()
        v = self.vocabulary
        at = rename_at(v, words)
        if at is None:
            return None
        words = words[at:]  # "I want to rename Pepper to Salt", "can you rename …" (owner trial 17)
        if len(words) < 3 or len(words) > PLAIN_COMMAND_MAX_WORDS:
            return None
        to = next(
            (
                i
                for i in range(1, len(words) - 1)
                if tuple(Folded(words[i]).units) in v["understanding-retold-to"].phrases
            ),
            None,
        )
        if to is None or to > 1 + NAME_MAX_WORDS:
            return None
        between = [w.strip(",.!?~") for w in words[1:to]]
        dog = " ".join(between)
        named = bool(between) and all(self._name_like(w) for w in between) and self._could_be_name(dog)
        return Understanding(
            Kind.COMMAND,
            message.text,
            command="edit",
            argument="name",
            dog=dog if named else "",
            reason="renamed",
        )

    def _named_edit(self, message: Folded) -> Understanding | None:
        """An answer to change, of the dog named ("콩이 나이 고쳐줘", "fix Max's age", "콩이 견종
        푸들로 바꿔줘"): the edit words of `_field` or `_field_with_value` once one word that may
        be a name is taken out; `dog` is that word (its particle off). Never a dog named "콩이
        견종 푸들" to switch to (eighth trial)."""
        words = message.text.split()
        v = self.vocabulary
        if len(words) < 2 or not any(
            v[entry].contains(message)
            for entry in ("understanding-edit-verb", "understanding-edit-wrong", "understanding-switch-verb")
        ):
            return None  # no change words: nothing `_field` or `_field_with_value` could read
        not_names = v["understanding-asked-not-name"].phrases | v["understanding-name-intro-not-name"].phrases
        # said wrong with no change word ("콩이 나이 틀렸어요"): the dog comes first; a word after
        # is the new value ("견종 틀렸어요 비글이에요"), never a dog called 비글
        first_only = not (
            v["understanding-edit-verb"].contains(message) or v["understanding-switch-verb"].contains(message)
        )
        for i, word in enumerate(words[:1] if first_only else words):
            if not self._name_like(word) or tuple(Folded(word.strip(",.!?~")).units) in not_names:
                continue  # "나이 어떻게 바꿔요?": no dog called 어떻게 (owner trial 11)
            rest = Folded(" ".join(words[:i] + words[i + 1 :]))
            field = self._field(rest)
            if not field:
                field = self._field_with_value(rest) or field
            if field is not None and self._option_of(field, word):
                continue  # "최악 반응 으르렁으로 바꿔주세요" (stop 46): the new value, no dog called 으르렁
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

    def _option_of(self, key: str, word: str) -> bool:
        """`word` picks one of the options of the choice question `key` ("으르렁으로", "소형으로")."""
        question = BY_KEY.get(key)
        if question is None or question.kind not in (QuestionKind.CHOICE, QuestionKind.MULTI):
            return False
        options = tuple(
            Option(v, question.option_msg(v), concepts=OPTION_CONCEPTS.get((key, v), ()), numbered=False)
            for v in question.options
        )
        picked = self.answers.choices.pick(Folded(word.strip(",.!?~")), options, multi=False)
        return isinstance(picked, Picked) or (isinstance(picked, Unclear) and bool(picked.understood))

    def _language_refused(self, message: Folded) -> str | None:
        """The other language when the message names one language the owner does not speak or
        read ("sorry I don't speak Korean", "영어 못해요"): trial 3 switched TO the one named."""
        v = self.vocabulary
        named = [loc for loc in LOCALES if v.labelled(f"language-name-{loc}").contains(message)]
        if len(named) == 2:
            return self._language_set_aside(message)
        if len(named) != 1 or not v["understanding-language-refused"].contains(message):
            return None
        others = [loc for loc in LOCALES if loc != named[0]]
        return others[0] if len(others) == 1 else None

    def _language_set_aside(self, message: Folded) -> str | None:
        """Both languages named, one set aside ("영어 말고 한국어요", "영어 대신 한국어로", "korean
        instead of english"; owner trial 11: noise with nothing open, stored as the breed in the
        survey): the other one. A Korean word (말고, 대신) follows the name it sets aside, an English
        one (instead of, rather than) comes before it (`understanding-language-aside`)."""
        v = self.vocabulary
        hits = {loc: v.labelled(f"language-name-{loc}").find(message) for loc in LOCALES}
        for _phrase, start, end, hangul in v["understanding-language-aside"].find(message):
            for loc, found in hits.items():
                aside = any(h == hangul and (e == start if hangul else s == end + 1) for _p, s, e, h in found)
                if aside:
                    others = [other for other in LOCALES if other != loc]
                    return others[0] if len(others) == 1 else None
        return None

    def _step_failed_told(self, message: Folded) -> bool:
        """A plan step told as tried that did not take ("알려주신 방법 해봤는데 쳐다도 안봐요"; stop 53,
        glue53: the result command, "알려주신" read as asking for it): no command asked."""
        v = self.vocabulary
        return v["understanding-talk-tried-it"].contains(message) and v["understanding-step-failed"].contains(
            message
        )

    def _asked_command(self, message: Folded, signals: Signals) -> Understanding | None:
        """A command asked for in a sentence, not in its own words ("where's my result?", "분석
        결과 어딨어요?", "what happened this week?", "I have another dog"): in a short message that
        names no behaviour, the phrases of exactly one command (`understanding-keyword-*`). The
        sixth fresh trial (corpus batch 10): each went to the coach model as a question, or was a report. On/off
        and a language name are read as with the command's own words ("stop reminders")."""
        if signals.behaviour or signals.narrated:
            return None
        if self._step_failed_told(message):
            return None  # "알려주신 방법 해봤는데 쳐다도 안봐요": the step tried, no result asked (stop 53)
        training = self.vocabulary["understanding-training-asked"].contains(message)
        planned = message.words <= PLAN_ASKED_MAX_WORDS and (
            training or self.vocabulary["understanding-plan-asked"].contains(message)
        )  # "wait can u remind me what i was supposed to do" (owner trial 29): the plan asked for
        if message.words > ASKED_MAX_WORDS and not planned:
            # "i'd like to add my parents' dog too, she stays with us on weekends" (owner trial
            # 21: "not sure what you mean"): a short first clause asks, the rest says why
            # (held-out 9: "can i download my records as a file? want to send it to our
            # trainer": a "?" ends the clause as a comma does)
            head = re.split(r"[,.;!?]+\s", message.text, maxsplit=1)[0]
            if head == message.text or Folded(head).words > ASKED_MAX_WORDS:
                return None
            asked = self._asked_command(Folded(head), signals)
            return dataclasses.replace(asked, text=message.text) if asked is not None else None
        v = self.vocabulary
        if v["understanding-active-dog-asked"].contains(message):  # owner trial 11: the coach model
            return Understanding(
                Kind.COMMAND, message.text, command="switchdog", argument=ACTIVE_DOG, reason="active"
            )
        found = self._keywords_found(message)
        if "language" in found and v["understanding-language-word-asked"].contains(message):
            # "what do i say in korean" (held-out 16: the language switched): a word asked in a
            # language, no language for the bot
            found = [name for name in found if name != "language"]
        if training:
            # "보리 지난주에 알려준 훈련 뭐였죠??", "what was the training you told me last week"
            # (stop 59, held-out 14: noise): the dog's step now; the week says when it was told
            found = ["progress"]
        dog, found = self._asked_dog(message, found)
        refused = self._language_refused(message)
        if refused is not None and "language" not in found:
            found.append("language")
        if "week" in found and set(found) <= WEEK_WITH:
            # the week named beside the records or how the dog is doing: this week's reports
            # ("이번 주 기록 보여줘", "how is she doing this week?", "요즘 어떤지 일주일 정리 좀
            # 보여주세요"; trials 4 and 5)
            found = ["week"]
        if found == ["week"] and self._week_told(message, signals):
            return None  # "지난주에 병원 다녀왔어요": when it happened, no summary asked for
        if "week" in found and "summary" in found and set(found) <= WEEK_WITH | {"summary"}:
            found = self._week_tidied(message, found)
        found = self._history_summarised(message, found)
        if found == ["result"] and self._result_told(message, signals):
            return None  # "the result of the training was great": news, no result asked for
        if "export" in found and set(found) <= {"export", "history", "week"}:
            # "can i download my records as a file?" (held-out 9: the records' and the file's
            # words, two commands, a question for the coach): the records in a file
            found = ["export"]
        found = _specific_switch(found)
        if not found:  # "고양이도 있고 다른 강아지 이름은 렉스예요": another dog told by its name
            return self._another_dog_named(message, signals)  # (owner trial 9: the profile's reply)
        kept = self._switch_kept(message, found)
        if kept is not None:  # "turn off the tips but keep the check-ins": the tips, not the check-ins
            found = [kept]
        if len(found) != 1:
            return None
        name = found[0]
        if name in ASKED_ONLY_AS_QUESTIONS and not signals.question and not training:
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
            if self._switch_status_asked(message):
                argument = ""  # "are my daily tips still on?": its status (batch 73)
        elif name == "language" and refused is not None:
            argument = refused
        elif name == "language":
            named = [loc for loc in LOCALES if v.labelled(f"language-name-{loc}").contains(message)]
            argument = named[0] if len(named) == 1 else ""
        reason = "refused" if name == "language" and refused is not None else "asked"
        told = self._new_dog_name(message) if name == "newdog" else None
        if told is not None:  # "i also have another dog named bruno": the name, sure or to confirm
            return Understanding(
                Kind.COMMAND,
                message.text,
                command=name,
                argument=told[0],
                rename=told[1],
                reason="named-new-dog",
            )
        return Understanding(
            Kind.COMMAND, message.text, command=name, argument=argument, dog=dog, reason=reason
        )

    def _keywords_found(self, message: Folded) -> list[str]:
        """The asked commands whose phrases `message` holds, less those found only inside a
        longer phrase of another: "remind me what i was supposed to do" is the plan asked for
        again (result), its "remind me" no check-ins' (owner trial 29: thanked for as the note)."""
        v = self.vocabulary
        hits = {name: v[f"understanding-keyword-{name}"].find(message) for name in ASKED_COMMANDS}
        found = [name for name in ASKED_COMMANDS if hits[name]]

        def inside(hit: tuple[str, int, int, bool], other: str) -> bool:
            return any(
                h[3] == hit[3] and h[1] <= hit[1] and hit[2] <= h[2] and h[2] - h[1] > hit[2] - hit[1]
                for h in hits[other]
            )

        kept = [
            name
            for name in found
            if not all(any(inside(hit, other) for other in found if other != name) for hit in hits[name])
        ]
        return kept or found

    def _switch_kept(self, message: Folded, found: list[str]) -> str | None:
        """Of tips and check-ins named together with a keep word (`understanding-switch-keep`),
        the one switched: not the one the keep word is about ("turn off the tips but keep the
        check-ins": tips; owner trial 21: the check-ins were turned off). None otherwise."""
        v = self.vocabulary
        keep = v["understanding-switch-keep"].find(message)
        if not keep or not set(found) <= {"tips", "checkins"}:
            return None
        at: dict[str, int] = {}
        for name in ("tips", "checkins"):
            hits = [
                start
                for entry in (f"understanding-command-{name}", f"understanding-keyword-{name}")
                for _p, start, _e, hangul in v[entry].find(message)
                if hangul == keep[0][3]
            ]
            if hits:
                at[name] = min(hits, key=lambda s: abs(s - keep[0][1]))
        if len(at) != 2:
            return None
        # the kept one follows "keep" in English ("keep the check-ins"), comes before 유지 in Korean
        hangul, start = keep[0][3], keep[0][1]
        side = {name: pos for name, pos in at.items() if (pos < start if hangul else pos > start)}
        if not side:
            return None
        kept_one = min(side, key=lambda name: abs(side[name] - start))
        return next(name for name in at if name != kept_one)

    def _week_told(self, message: Folded, signals: Signals) -> bool:
        """The week's words ("지난주", "this week") in something told as having happened, asking
        nothing ("지난주에 보호소에서 데려왔어요", "last week he fell down the stairs"): when it
        happened, not the week's summary asked for (CI, stop 31: each showed "no reports in
        the last 7 days", the introduction or incident lost). A question or a request ending
        ("이번주 어땠는지 알려줘") still asks for the summary."""
        if signals.question or self.vocabulary["understanding-request-ending"].contains(message):
            return False
        if self.signals.asks_by_ending(message):
            return False  # "이번주 보리 어땠어" (owner trial 21: noise): asked by its ending, no "?"
        if self.vocabulary["understanding-health-told"].contains(message):
            return True  # "fyi she's on allergy meds since last week" (held-out 8): since when
        if self.vocabulary["understanding-talk-news"].contains(message):
            return True  # "he's been so good this week" (held-out 11: the week's summary shown): news
        return past_told(self.vocabulary, message)

    def _command_requested(self, message: Folded, signals: Signals) -> bool:
        """A command that runs at any question (`ASKED_ANYWHERE`) asked with a request's ending
        ("잠깐만요 결과 먼저 볼게요", "wait, let me see the result first"; stop 59, held-out 14: the
        pause read as a correction, "결과 먼저" the breed): asked, no answer corrected."""
        asked = self._asked_command(message, signals)
        return (
            asked is not None
            and asked.command in ASKED_ANYWHERE
            and self.vocabulary["understanding-request-ending"].contains(message)
        )

    def _history_summarised(self, message: Folded, found: list[str]) -> list[str]:
        """What was analysed so far asked to be summarised ("지금까지 분석한거 요약해서 보여줄 수
        있어요?", "can you summarise everything so far"; stop 60: the vet's one-page summary, or a
        question for the coach): the reports so far (history), when the summary's words found are
        all inside those (`understanding-history-summarised`) and no week is named; a summary for
        the vet keeps its own words."""
        told = self.vocabulary["understanding-history-summarised"].find(message)
        if not told or not set(found) <= {"summary", "history", "result"}:
            return found
        summary = self.vocabulary["understanding-keyword-summary"].find(message)
        if all(any(t[3] == h[3] and t[1] <= h[2] and h[1] <= t[2] for t in told) for h in summary):
            return ["history"]
        return found

    def _week_tidied(self, message: Folded, found: list[str]) -> list[str]:
        """The week's records asked to be put together ("이번 주 기록 좀 정리해서 보여 주시겠습니까",
        "put together this week's log"; stop 59, held-out 13: the summary's words beside the week's,
        a question for the coach): the week, when every summary's word found is a tidying word
        (`understanding-week-tidied`); a summary for the vet keeps its own words."""
        v = self.vocabulary
        tidy = v["understanding-week-tidied"].find(message)
        summary = v["understanding-keyword-summary"].find(message)
        if tidy and all(any(t[3] == h[3] and t[1] <= h[2] and h[1] <= t[2] for t in tidy) for h in summary):
            return ["week"]
        return found

    def _result_told(self, message: Folded, signals: Signals) -> bool:
        """A result told as good or bad, asking nothing ("the result of the training was great",
        "결과가 좋았어요"; `understanding-result-told`): news, not the result asked for (stop 59)."""
        if signals.question or self.vocabulary["understanding-request-ending"].contains(message):
            return False
        if self.signals.asks_by_ending(message):
            return False
        return self.vocabulary["understanding-result-told"].contains(message)

    @cached_property
    def _possessives(self) -> tuple[str, ...]:
        """A name's possessive endings as typed ("꺼" of "콩이꺼"; `understanding-name-possessive`)."""
        return self.vocabulary["understanding-name-possessive"].typed

    def _asked_dog(self, message: Folded, found: list[str]) -> tuple[str, list[str]]:
        """(the dog's name as typed, the commands found) when a dog's view asked in a sentence
        names the dog ("how is Milo doing this week", "how is Bella doing", "초코 요즘 어때?"): a
        Latin word past the first (a Korean one first), that may be a name and asks the
        same view where a pronoun stands ("how is she doing"; `understanding-keyword-*`). English
        trial 5: Bella's week shown for Milo's, "how is Bella doing" sent to the model. ("", the
        commands found) when no dog is named."""
        words = message.text.split()
        v = self.vocabulary
        links = v["understanding-view-dog-link"].phrases
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            # "can i get the one page summary for rocky" (stop 62, held-out 17: the active dog's):
            # lowercase after a view's link word ("for", "of") is the dog's name too
            linked = i > 0 and tuple(Folded(words[i - 1]).units) in links
            # typed lowercase on a phone too ("how's cooper doing", owner trial 8: a coach
            # question), only where the view is asked with no pronoun at all ("how's she been
            # doing" names no dog "doing"); "he", "everyone" and the like are listed as no name
            lower = bare[:1].islower()
            latin = (
                i > 0
                and bare.isascii()
                and bare[:1].isalpha()
                and bare != "I"
                and not (lower and found and not linked)
            )
            # a Korean name first, or after "우리", "울" (our) and the like only ("울 보리 정보
            # 보여줘", owner trial 15: 울 read as a dog's name)
            # or last, after the view's own words, with the possessive ("이번주 콩이꺼", held-out 11:
            # the week of no dog named; not "저장된거 뭐있어요", "요즘 어떤지 …": no name)
            owned = i == len(words) - 1 and bare.endswith(self._possessives)
            lead = all(
                v["understanding-asked-not-name"].whole(Folded(w.strip(",.!?~")))
                or (
                    owned
                    and any(
                        v[f"understanding-keyword-{n}"].whole(Folded(w.strip(",.!?~"))) for n in DOG_VIEWS
                    )
                )
                for w in words[:i]
            )
            if not (latin or (lead and bare[:1] and _syllable(bare[0]))) or len(words) < 2:
                continue
            if not self._name_like(bare) or not self._could_be_name(self.names.bare(bare)):
                continue
            if v["understanding-asked-not-name"].contains(Folded(bare)):
                continue  # "우리 강아지 요즘 어때?", "옛날 기록 어떻게 봐요": no dog called so
            if any(v[f"understanding-keyword-{n}"].contains(Folded(bare)) for n in ASKED_COMMANDS):
                continue  # "지난주 …": last week, no dog called "지난주"
            # "how was Otis's week" (stop 56, held-out 12: a question for the coach): the name
            # with its possessive stands as "her", read as "how was her week"
            pronoun = POSSESSIVE_PRONOUN if latin and bare.casefold().endswith(self._possessives) else PRONOUN
            stand_in = [*words[:i], *([pronoun] if latin else []), *words[i + 1 :]]
            rest = Folded(" ".join(stand_in))
            named = [n for n in ASKED_COMMANDS if v[f"understanding-keyword-{n}"].contains(rest)]
            if v["understanding-training-asked"].contains(rest):
                named = ["progress"]  # "보리 지난주에 알려준 훈련 뭐였죠": 보리's step (stop 59)
            if set(named) == {"week", "progress"} or (owned and "week" in named and set(named) <= WEEK_WITH):
                # "how is Milo doing this week", "이번주 콩이꺼" ("이번주" reads as the records too;
                # held-out 11): that dog's week, as `_asked_command` reads the week named beside them
                named = ["week"]
            seen = set(named) | (WEEK_WITH if named == ["week"] and owned else set())
            if len(named) != 1 or named[0] not in DOG_VIEWS or not set(found) <= seen:
                continue
            dog = self.names.bare(bare)
            typed = re.search(re.escape(dog), message.text, re.IGNORECASE)
            return (typed.group() if typed is not None else dog), named
        return "", found

    def _dog_command_at_question(
        self, message: Folded, signals: Signals, context: Context, picked: object
    ) -> Understanding | None:
        """Adding or switching dogs asked in a sentence at a survey question ("I got a second dog",
        "둘째도 있어요", "다른 강아지 얘기할래"): the command, not an answer; not where the question
        may take those words as its answer (how many people, children, other pets, an option
        named in the message)."""
        v = self.vocabulary
        if v["understanding-keyword-newdog"].whole(message) and v["understanding-newdog-add"].contains(
            message
        ):
            # "add my other dog", the whole message, at the other pets (owner trial 26: "dog"
            # ticked, its name next "not an option"): the command, whatever option it names
            asked = self._asked_command(message, signals)
            if asked is not None and asked.command == "newdog":
                return asked
        if context.expect is Expect.COUNT or any(o.msg_id.startswith(HOME_OPTIONS) for o in context.options):
            return None
        if isinstance(picked, Picked) and picked.ids:
            return None
        if not any(v[f"understanding-keyword-{name}"].contains(message) for name in DOG_COMMANDS):
            # (most answers: not read further); at the name question the name is its answer
            return self._another_dog_named(message, signals) if context.expect is not Expect.NAME else None
        asked = self._asked_command(message, signals)
        if asked is not None and asked.command in DOG_COMMANDS:
            return asked
        return self._another_dog_named(message, signals) if context.expect is not Expect.NAME else None

    def _another_dog_named(self, message: Folded, signals: Signals) -> Understanding | None:
        """Another dog told with its name after a naming word ("다른 강아지 이름은 콩이예요", "the
        other dog's name is Bean": `understanding-another-dog`, `understanding-newdog-named`), at a
        survey question: that dog to add, its name kept, never the surveyed dog renamed (batch 73)."""
        if signals.behaviour or signals.question or message.words > NAMED_DOG_MAX_WORDS:
            return None
        v = self.vocabulary
        if not (
            v["understanding-another-dog"].contains(message)
            or v["understanding-keyword-newdog"].contains(message)
        ):
            return None
        told = self._new_dog_name(message)
        if told is None or not told[1]:
            return None
        return Understanding(
            Kind.COMMAND,
            message.text,
            command="newdog",
            argument=told[0],
            rename=True,
            reason="named-new-dog",
        )

    def _asks_over_answer(
        self, asked: Understanding, found: Understanding, signals: Signals, expect: Expect
    ) -> bool:
        """At a survey question, a command asked in a sentence ("how was this week", "이번주
        어땠어?", "what can u do") runs, as its own word does there, when the message is no
        plausible answer: the question reads it as a question to the coach or as noise; at a free
        text question (any text is an answer) it is asked; a request that names a specific
        command (`ASKED_ANYWHERE`) is not understood as an answer either. Fresh owner trial:
        each went to the coach model or was stored as the breed. A plausible answer ("we got her
        last week" at how long, "I have another dog" at other pets) stays the answer. Any
        command's words with a request's ending ("이번 주 기록 보여주세요", "can you show me last
        week please": `understanding-request-ending`) ask for it, where nothing of the answer was
        read or at a free-text question (acceptance trial K2: the size asked again, the breed
        stored)."""
        if found.kind in (Kind.QUESTION, Kind.NOISE) or asked.reason == "refused":
            return True  # "영어 못해요" at the name question: no dog called "영어 못해" (trial 3)
        requested = self.vocabulary["understanding-request-ending"].contains(Folded(found.text))
        unclear = found.kind is Kind.ANSWER and isinstance(found.answer, Unclear)
        if requested and found.kind is Kind.SMALL_TALK and asked.command in ASKED_ANYWHERE:
            # "wait, let me see the result first" at the name (stop 59, held-out 14: the dog named
            # "Wait"): a pause said before a command asked for, that command
            return True
        if (
            found.kind is Kind.CHOICE
            and found.reason == "option-in-sentence"
            and asked.command in OPTION_WORD_COMMANDS
        ):
            # "remove a dog", "what do you know about my dog" at the other pets (stop 61: "Dog"
            # ticked): an option's word inside a command's own words is no answer
            return True
        if requested and asked.command == "newdog":
            # "두번째 강아지 등록하고 싶어요" at the other pets: a dog to add asked for, no dog
            # living with this one (the "dog" option was ticked)
            return True
        # adding or switching dogs asked where nothing of the answer was read ("I would like to add
        # my second dog" at the household count: re-asked, ninth owner trial); at a free-text
        # question too for a specific command ("I want stop the message every day", "매일 오는
        # 메시지 그만" at the breed: stored as the breed, English trial 5)
        unread = unclear and isinstance(found.answer, Unclear) and found.answer.understood is None
        if expect is Expect.TEXT:
            return (
                signals.question
                or requested
                or switched(asked)
                or (unread and asked.command in ASKED_ANYWHERE)
            )
        if requested and unclear:
            return True  # (a number read in "이번 주" is no whole answer: "이" read as two)
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
        v = self.vocabulary
        if verb and not any(
            v[f"understanding-edit-{e}"].contains(message) for e in ("verb", "wrong", "again")
        ):
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
            if pieces and pieces[0][0] == "lead":
                return None  # "아 나이 잘못 썼어요 3살이에요": a correction with its value, read as one
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

    def _new_dog_name(self, message: Folded) -> tuple[str, bool] | None:
        """The new dog's name told with adding it (English trial 2: "i also have another dog named
        bruno" asked the name again): `(name, True)` after a naming word ("named", "called", "이름은",
        `understanding-newdog-named`, the longest found), taken as the answer; `(name, False)` for
        a capitalised last word ("add my other dog Luna"), offered to confirm; None without one or
        when what follows the naming word is no name ("이름은 아직 없어요", "called")."""
        text = message.text
        folded = text.casefold()
        markers = sorted(raw_aliases(self.messages, "understanding-newdog-named"), key=len, reverse=True)
        for marker in (m.casefold() for m in markers):
            latin = marker.isascii()
            found = re.search(
                rf"(?<![\w']){re.escape(marker)}(?![\w'])" if latin else re.escape(marker), folded
            )
            if found is None:
                continue
            rest = text[found.end() :].strip(" ,:.!~-")
            for said in (rest, rest.split()[0] if rest else ""):
                answer = self.answers.name(Folded(said)) if said else None
                if not isinstance(answer, Value):
                    return None  # "이름은 몰라요": no name, nothing guessed
                name = str(answer.value)
                if len(name.split()) <= NAME_MAX_WORDS and self._could_be_name(name):
                    return name, True
            return None
        word = text.split()[-1].strip(",.!?~") if len(text.split()) > 1 else ""
        # a capital is what makes a last word a name here: Hangul has none ("두번째 강아지
        # 등록하고 싶어요" offered "싶" after the add-a-dog words were widened); so does a comma
        # before a lone Latin word ("i have another one too, pip"; owner trial 34: not understood)
        after_comma = word.isascii() and word.isalpha() and text.rstrip(" .!?~").endswith(", " + word)
        last = _name_starts(word) if word[:1].isupper() else (word,) if after_comma else ()
        if last and last[0] != "I" and self._could_be_name(last[0]):
            return last[0][:1].upper() + last[0][1:], False
        return self._name_after_sentence(text)

    def _name_after_sentence(self, text: str) -> tuple[str, bool] | None:
        """A Hangul name typed last, after a sentence closed by its polite ending ("강아지 한마리
        더 있어요 콩떡이"; owner trial 21: the name asked with nothing offered): `(name, False)`,
        offered to confirm; None when the last word has an ending of its own ("등록하고
        싶어요") or reads as no name."""
        words = [w.strip(",.!?~") for w in text.split()]
        if len(words) >= 3 and words[-1]:  # "한마리 더 있어요 밤이라고" (owner trial 34: no name)
            bare = strip_end(words[-1], self.vocabulary["understanding-newdog-name-quoted"])
            told = self.answers.name(Folded(bare)) if bare != words[-1] else None
            if isinstance(told, Value) and all(_syllable(ch) for ch in bare):
                return (str(told.value), True) if self._could_be_name(str(told.value), times=True) else None
        if len(words) < 3 or not words[-1] or not all(_syllable(ch) for ch in words[-1]):
            return None
        polite = self.vocabulary["understanding-polite-ending"]
        if strip_end(words[-2], polite) == words[-2] or strip_end(words[-1], polite) != words[-1]:
            return None
        answer = self.answers.name(Folded(words[-1]))
        name = str(answer.value) if isinstance(answer, Value) else ""
        return (name, False) if name and self._could_be_name(name) else None

    def _could_be_name(self, span: str, *, times: bool = False) -> bool:
        """What a switch or remove word surrounds may be a dog's name: no possessive or pointing
        word ("his walks", "짖는 거"), no behaviour, time or place, no survey answer's name
        ("walks", "산책"), no one-word answer that is no name ("mornings", "leash"). `times`: a
        word of time or place may be one where nothing else could be meant ("밤이 등록할게요":
        밤이, "night", is a common dog's name; owner trial 17: the noise hint)."""
        folded = Folded(span)
        v = self.vocabulary
        not_name = v["understanding-switch-not-name"].phrases
        if any(tuple(Folded(word).units) in not_name for word in span.split()):
            return False
        signals = self.signals.read(folded)
        if signals.behaviour or (signals.situation and not times) or self._field(folded, verb=False):
            return False
        return tuple(folded.units) not in v["understanding-followup-not-name"].phrases

    def _bare_removal_stem(self, message: Folded) -> bool:
        """`message` has a removal verb's bare stem as a whole word (`understanding-remove-verb-bare`:
        "지우" with no ending), which is a given name, not the verb ("안녕하세요 저는 지우 엄마예요";
        stop 64, held-out 20: read as removing a dog called "저는"). A removal is never read then:
        a destructive command needs its verb with an ending ("지워", "지우기")."""
        bare = self.vocabulary["understanding-remove-verb-bare"].phrases
        return any(
            tuple(Folded(word).units) in bare for word in re.split(r"[\s,.;!?~]+", message.text) if word
        )

    def _named(self, message: Folded, table: Table, *, names: bool = True, times: bool = False) -> str | None:
        """The dog's name in "delete Max", "remove Max please", "보리 삭제해주세요", "콩이를 지워줘"
        (`_removal`), "switch to Choco", "초코로 바꿔줘" (`_switching`): the table's verbs and
        request words around one short name, the shortest that fits (trial F4). The name is as
        typed; None when the words around it are not all the table's, or it is command words
        itself ("delete history" is no dog), or cannot be a name ("his walks": `_could_be_name`;
        `names` False: whatever the words surround; `times`: as `_could_be_name`'s)."""
        units = message.units
        n = len(units)
        if n > REMOVAL_MAX_UNITS:
            return None
        if table is self._removal and self._bare_removal_stem(message):
            return None  # "저는 지우 엄마예요": 지우 is a person's name, no verb (stop 64, held-out 20)
        best: tuple[int, int] | None = None
        suffixes: dict[int, list[tuple[str, Units]] | None] = {n: []}  # each worked out once
        for a in range(n):
            prefix = cover(units[:a], table) if a else []
            if prefix is None:
                continue
            for b in range(n, a, -1):
                if b not in suffixes:
                    suffixes[b] = cover(units[b:], table)
                suffix = suffixes[b]
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
        if found is None or (names and not self._could_be_name(found.group(), times=times)):
            return None
        return found.group()
