"""/language: pick ko or en; the choice is stored and wins over the platform's hint."""

from __future__ import annotations

import re

from dogcoach.domain.types import Reply
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import LOCALES, hint_locale, latin_only, typed_locale
from dogcoach.services.understanding import DECLINE, Context, Expect, Kind, Option

FLOW = "language"
PREFIX = "lang:"
# "nevermind", "아니요" at the question (typed only, no button): nothing changed (English trial 2).
KEEP = "lang:keep"
GREETING = "understanding-talk-greeting"
# Words it takes at the name question to be a sentence, which tells, not a name ("Max Power").
SENTENCE_WORDS = 3
# A number with a short unit glued to it and nothing else ("3주", "5살", "10kg"): the unit's script
# tells no language (stop 34's test: "3주" typed by an English owner stays English).
_QUANTITY_ALONE = re.compile(r"\s*[\d.,~\-]+\s*[\uac00-\ud7a3]{1,2}\s*")


def context(turn: Turn) -> Context:
    """The language question: its options, typed by name in any language."""
    languages = tuple(Option(f"{PREFIX}{loc}", f"language-name-{loc}") for loc in LOCALES)
    return Context(
        Expect.CHOICE, (*languages, Option(KEEP, "language-keep", numbered=False, words=(DECLINE,)))
    )


def typed_language(turn: Turn) -> str | None:
    """A language picked by typing its name (or its position) at the language question."""
    u = turn.understanding
    if u is not None and u.kind is Kind.CHOICE and len(u.picks) == 1:
        return u.picks[0].removeprefix(PREFIX)
    if u is not None and u.kind is Kind.COMMAND and u.command == "language" and u.argument in LOCALES:
        return u.argument
    return None


async def start(turn: Turn) -> None:
    suspend(turn, FLOW, "pick")
    choices = tuple(turn.choice(f"{PREFIX}{loc}", f"language-name-{loc}") for loc in LOCALES)
    turn.reply(Reply(turn.t("language-ask"), choices))


async def handle(turn: Turn) -> None:
    u = turn.understanding
    if turn.incoming.choice is None and u is not None and u.kind is Kind.CHOICE and KEEP in u.picks:
        turn.say("language-kept")
        if restore(turn):
            turn.resume_flow()
        return
    choice = turn.incoming.choice or ""
    locale = choice.removeprefix(PREFIX) if choice.startswith(PREFIX) else typed_language(turn)
    if locale not in LOCALES:
        turn.say("survey-use-buttons")
        await start(turn)
        return
    await switch(turn, locale)


def set_aside(turn: Turn) -> None:
    """The language question dropped, unanswered: what it interrupted is open again."""
    if turn.state.flow == FLOW:
        restore(turn)


async def switch(turn: Turn, locale: str) -> None:
    """The owner's language from now on, for the reports still waiting for the model too (trial:
    one saved while the model was away came back in the language it was typed before "English")."""
    await turn.session.set_locale(turn.user.id, locale)
    await turn.session.relanguage_waiting(turn.user.id, locale)
    turn.set_locale(locale)
    turn.say("language-set")
    if turn.state.flow != FLOW or restore(turn):
        turn.resume_flow()


def _writes_english(turn: Turn, expect: Expect) -> bool:
    """A greeting in Latin letters, or a sentence of words outside the name question: English
    written, not a dog's name, "OK" or a command a Korean owner may type too."""
    if turn.services.lexicon.messages.matches(turn.text, GREETING) and latin_only(turn.text):
        return True
    return expect is not Expect.NAME and len(turn.text.split()) >= SENTENCE_WORDS


async def follow_typed(turn: Turn, expect: Expect) -> None:
    """An owner whose language nobody said (no choice stored, a channel without a language:
    KakaoTalk without `lang`, a terminal under `C`) gets the language of the script they type in
    (`typed_locale`), kept as their choice from the first message that tells, so that it stays
    put ("OK" in a Korean chat flips nothing) and the language command still changes it. A
    greeting of the vocabulary in Latin letters ("hi", "yo") is English: Korean owners greet in
    Hangul ("안녕", "ㅎㅇ"); so at the name question too (the terminal asks it first), and a
    Hangul greeting or name there tells Korean. A dog's name in Latin letters tells nothing (a
    Korean owner's dog may well be "Max"), but a sentence at the name question does (trial 3: an
    English report there). A platform's hint is followed until the owner types Korean.
    Latin letters typed under a Korean hint tell nothing ("OK", a dog's name, an English word)."""
    if turn.user.locale is not None or turn.incoming.choice is not None:
        return
    hinted = hint_locale(turn.incoming.locale_hint or turn.user.locale_hint)
    if hinted is not None:
        # the platform's language until the owner types Hangul: a Korean owner on a phone set to
        # English (Telegram's `language_code`, Kakao's `lang`) is answered in Korean from the first
        # Korean message (a greeting, command words, a survey answer), kept as their choice so it
        # sticks; /language still changes it (owner trial 16: English until the first Korean report)
        short = expect is Expect.NAME and len(turn.text.split()) < SENTENCE_WORDS
        name = short and not turn.services.lexicon.messages.matches(turn.text, GREETING)
        quantity = _QUANTITY_ALONE.fullmatch(turn.text) is not None
        typed = typed_locale(turn.text)
        if hinted != "ko" and typed == "ko" and not (name or quantity):  # a name in any script
            await turn.session.set_locale(turn.user.id, "ko")
            turn.set_locale("ko")
        elif hinted == "en" and typed == "en" and _writes_english(turn, expect):
            # "hello there" under an English hint: the owner writes English, kept as their choice,
            # so a Korean report later is answered in Korean and the chat stays English after it
            await turn.session.set_locale(turn.user.id, "en")
            turn.set_locale("en")
        return
    greets = turn.services.lexicon.messages.matches(turn.text, GREETING)
    greeting = greets and latin_only(turn.text)
    typed = typed_locale(turn.text)
    if expect is Expect.NAME and len(turn.text.split()) < SENTENCE_WORDS and not greets and typed != "ko":
        return  # a name in Latin letters tells nothing; in Hangul, or a greeting, it does (trial 14:
        # "안녕하세요" then "Max", and "male" at the sex turned a Korean terminal English)
    locale = "en" if greeting else typed
    if locale is not None:
        await turn.session.set_locale(turn.user.id, locale)
        turn.set_locale(locale)
