"""Fluent messages in ko and en, and the rule that picks a user's locale.

Every user-facing string lives in `dogcoach/locales/{ko,en}/*.ftl`. Messages may carry an
`.aliases` attribute: comma-separated words a user may type for that option or unit, in that
language. Typed answers are matched against labels and aliases of *both* languages, so a Korean
user typing "male" is understood too.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Resource

from dogcoach.domain.types import Choice
from dogcoach.services.josa import fluent_josa

log = logging.getLogger(__name__)

LOCALES: tuple[str, ...] = ("ko", "en")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


def resolve_locale(stored: str | None, hint: str | None, default: str = "ko") -> str:
    """Stored choice first, then the platform hint (`ko*` → ko, `en*` → en), then the default."""
    for candidate in (stored, hint):
        lang = hint_locale(candidate)
        if lang is not None:
            return lang
    return default if default in LOCALES else LOCALES[0]


def hint_locale(hint: str | None) -> str | None:
    """The language a platform's hint names (`ko-KR` → ko), None when it names none of ours
    (absent, or a terminal's `C.UTF-8`)."""
    if hint:
        lang = hint.strip().lower().replace("_", "-").split("-")[0]
        if lang in LOCALES:
            return lang
    return None


_HANGUL_LETTER = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ADDRESS = re.compile(r"\S+://\S+|\S+@\S+\.\S+")
# Latin letters it takes to tell English: "OK", "hi" or a dog's name may come from anyone.
ENGLISH_LETTERS = 4


def typed_locale(text: str) -> str | None:
    """The language a message is typed in by its script, for an owner whose channel says none;
    None when it does not tell (digits, emoji, a slash command, a word too short to count).
    Hangul syllables weigh twice a Latin letter, so "OK 알겠어요" is Korean: deterministic, no
    model, and one English word in Korean text decides nothing."""
    if text.lstrip().startswith("/"):
        return None
    text = _ADDRESS.sub(" ", text)
    hangul = len(_HANGUL_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if hangul and hangul * 2 >= latin:
        return "ko"
    if not hangul and latin >= ENGLISH_LETTERS:
        return "en"
    return None


_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# What it takes for a message to be clearly written in the other language than the chat's, for the
# offer to switch (stop 58; `written_locale`). Figures set on the tuned corpus (tests/corpus/
# messages.tsv, batch 580's rows and the Korean and English owners' rows before it): two words of
# the language, so a dog's name, "ㅋㅋ", "OK", a number or one word never offers; Korean at least
# 80 % of the letters (a syllable weighing two Latin letters, as in `typed_locale`), so "OK
# 알겠어요" or "Max 산책 갔어요 lol" (one-off mixed) offers nothing; English with no Hangul at all,
# three words or more, two of them common English words (`lex-english-words`).
OTHER_LANGUAGE_WORDS = 2
KOREAN_SHARE = 0.8
ENGLISH_WORDS_AT_LEAST = 3
ENGLISH_VOCABULARY = "lex-english-words"


def written_locale(text: str, vocabulary: frozenset[str], names: Iterable[str] = ()) -> str | None:
    """The language a message is clearly written in (ko or en), None when it is not clear: a
    command, digits, emoji, a dog's name (`names`), one word, a mixed message. `vocabulary`:
    the common English words, normalized (`lex-english-words`)."""
    if text.lstrip().startswith("/"):
        return None
    named = {normalize(n) for n in names if n}
    words = [w for w in _ADDRESS.sub(" ", text).split() if normalize(w) not in named]
    syllables = sum(len(_HANGUL_SYLLABLE.findall(w)) for w in words)
    latin = sum(len(_LATIN_LETTER.findall(w)) for w in words)
    if syllables:
        korean = [w for w in words if _HANGUL_SYLLABLE.search(w) and not _starts_with_name(w, named)]
        share = 2 * syllables / (2 * syllables + latin)
        return "ko" if len(korean) >= OTHER_LANGUAGE_WORDS and share >= KOREAN_SHARE else None
    if _HANGUL_LETTER.search(text):
        return None  # "ㅋㅋ lol": Hangul typed, not English alone
    latin_words = [w for w in words if _LATIN_LETTER.search(w)]
    english = [w for w in latin_words if normalize(w) in vocabulary]
    if len(latin_words) >= ENGLISH_WORDS_AT_LEAST and len(english) >= OTHER_LANGUAGE_WORDS:
        return "en"
    return None


def may_be_written(text: str, vocabulary: frozenset[str]) -> bool:
    """False when `written_locale` is None whatever the dogs' names: read before the owner's dogs
    are listed, so most turns cost no query. Names only take words away: English needs its words
    without them; Korean, two words with Hangul (a name among them or not)."""
    words = _ADDRESS.sub(" ", text).split()
    korean = sum(1 for w in words if _HANGUL_SYLLABLE.search(w))
    if korean:
        return korean >= OTHER_LANGUAGE_WORDS and not text.lstrip().startswith("/")
    return written_locale(text, vocabulary) is not None


def _starts_with_name(word: str, named: set[str]) -> bool:
    """A dog's name with a particle glued on ("보리가", "초코는"): the name, not a Korean word."""
    key = normalize(word)
    return any(key.startswith(n) and len(key) - len(n) <= 2 for n in named)


def latin_only(text: str) -> bool:
    """Letters, all Latin: a word typed in English script ("hi"), not in Hangul."""
    return bool(_LATIN_LETTER.search(text)) and not _HANGUL_LETTER.search(text)


_NORMALIZE_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Fold a typed answer for comparison: case, width, spaces and punctuation ignored."""
    return _NORMALIZE_DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=128)
def _parsed(source: str) -> Resource:
    """A locale file parsed, once per process for each content: parsing is most of what loading
    the bundles costs (0.1-0.2 s), and every runtime a process builds (the test suite builds
    thousands) loads them again. The parsed tree is only read: a bundle compiles its own objects
    from it. Keyed by the text, so an edited file is parsed afresh."""
    return FluentResource(source)


class Messages:
    """All Fluent bundles, loaded once."""

    def __init__(self, root: Path = LOCALES_DIR, default_locale: str = "ko") -> None:
        self.root = root
        self.default_locale = resolve_locale(default_locale, None)
        self._bundles: dict[str, FluentBundle] = {}
        self._sources: dict[str, dict[str, Path]] = {}
        for locale in LOCALES:
            functions: dict[str, Any] = {"JOSA": fluent_josa}
            bundle = FluentBundle([locale], functions=functions, use_isolating=False)
            ids: dict[str, Path] = {}
            for path in sorted((root / locale).glob("*.ftl")):
                resource = _parsed(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                for entry in resource.body:
                    entry_id = getattr(getattr(entry, "id", None), "name", None)
                    if entry_id and not entry_id.startswith("-"):
                        ids[entry_id] = path
            self._bundles[locale] = bundle
            self._sources[locale] = ids

    def __reduce__(self) -> tuple[Any, tuple[Path, str]]:
        """Pickled as where its files are: the chart worker process (`analysis.chart.in_worker`)
        loads them once (`loaded`) and draws a /summary in the owner's words with its own copy.
        Fluent bundles themselves do not pickle (their compiled functions are closures)."""
        return loaded, (self.root, self.default_locale)

    def ids(self, locale: str) -> set[str]:
        return set(self._sources[locale])

    def has(self, msg_id: str, locale: str | None = None) -> bool:
        return msg_id in self._sources[locale or self.default_locale]

    def format(self, locale: str, msg_id: str, **args: Any) -> str:
        """Format one message. A missing id is a bug: logged, and the id is shown instead of
        crashing the user's turn (the test suite proves no code path asks for one).

        Memoised (`_formatted`): a message is a pure function of its locale, id and arguments
        (the bundles never change after loading, JOSA is pure), and formatting one with numbers
        goes through Babel each time (Fluent and Babel: 5 % of a webhook survey update's CPU)."""
        try:
            return _formatted(self, locale, msg_id, tuple(args.items()))
        except TypeError:  # an unhashable argument: format it afresh
            return self._format(locale, msg_id, args)

    def _format(self, locale: str, msg_id: str, args: dict[str, Any]) -> str:
        bundle = self._bundles.get(locale) or self._bundles[self.default_locale]
        if not bundle.has_message(msg_id):
            log.error("missing fluent message %s in %s", msg_id, locale)
            return msg_id
        message = bundle.get_message(msg_id)
        if message.value is None:
            log.error("fluent message %s in %s has no value", msg_id, locale)
            return msg_id
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            log.warning("fluent errors in %s/%s: %s", locale, msg_id, errors)
        return str(text)

    def attribute(self, locale: str, msg_id: str, attr: str, **args: Any) -> str | None:
        bundle = self._bundles[locale]
        if not bundle.has_message(msg_id):
            return None
        pattern = bundle.get_message(msg_id).attributes.get(attr)
        if pattern is None:
            return None
        text, _errors = bundle.format_pattern(pattern, args)
        return str(text)

    def aliases(self, msg_id: str) -> frozenset[str]:
        """Normalized label and `.aliases` of a message across all locales."""
        return _aliases(self, msg_id)

    def matches(self, typed: str, msg_id: str) -> bool:
        return normalize(typed) in self.aliases(msg_id)

    def match_any(self, typed: str, msg_ids: Iterable[str]) -> str | None:
        """The first message id whose label or alias equals the typed text."""
        key = normalize(typed)
        if not key:
            return None
        for msg_id in msg_ids:
            if key in self.aliases(msg_id):
                return msg_id
        return None


@lru_cache(maxsize=4)
def loaded(root: Path = LOCALES_DIR, default_locale: str = "ko") -> Messages:
    """The messages of `root`, loaded once per process (about 0.8 s and 12 MB, both locales)."""
    return Messages(root, default_locale)


@lru_cache(maxsize=8192)
def _formatted(messages: Messages, locale: str, msg_id: str, args: tuple[tuple[str, Any], ...]) -> str:
    return messages._format(locale, msg_id, dict(args))


@lru_cache(maxsize=4096)
def _aliases(messages: Messages, msg_id: str) -> frozenset[str]:
    found: set[str] = set()
    for locale in LOCALES:
        if not messages.has(msg_id, locale):
            continue
        found.add(normalize(messages.format(locale, msg_id)))
        extra = messages.attribute(locale, msg_id, "aliases")
        if extra:
            found.update(normalize(a) for a in extra.split(","))
    found.discard("")
    return frozenset(found)


class Translator:
    """Messages bound to one locale: what a flow uses to speak to its user."""

    __slots__ = ("locale", "messages")

    def __init__(self, messages: Messages, locale: str) -> None:
        self.messages = messages
        self.locale = locale

    def __call__(self, msg_id: str, **args: Any) -> str:
        return self.messages.format(self.locale, msg_id, **args)

    def __reduce__(self) -> tuple[type[Translator], tuple[Messages, str]]:
        return Translator, (self.messages, self.locale)

    def short(self, msg_id: str, **args: Any) -> str | None:
        """The message's `.short` attribute (a label that fits a narrow button), if it has one."""
        if args:
            return self.messages.attribute(self.locale, msg_id, "short", **args)
        return _short(self.messages, self.locale, msg_id)

    def choice(self, choice_id: str, msg_id: str, *, selected: bool = False, **args: Any) -> Choice:
        """An option labelled by `msg_id`, with its `.short` for channels with narrow buttons.
        Without arguments it is made once (a `Choice` is frozen): a survey question offers six to
        ten of them every turn, 2 µs each to build."""
        if not args:
            return _choice(self.messages, self.locale, choice_id, msg_id, selected)
        return Choice(choice_id, self(msg_id, **args), selected, self.short(msg_id, **args))


@lru_cache(maxsize=8192)
def _choice(messages: Messages, locale: str, choice_id: str, msg_id: str, selected: bool) -> Choice:
    label = messages.format(locale, msg_id)
    return Choice(choice_id, label, selected, _short(messages, locale, msg_id))


@lru_cache(maxsize=4096)
def _short(messages: Messages, locale: str, msg_id: str) -> str | None:
    return messages.attribute(locale, msg_id, "short")
