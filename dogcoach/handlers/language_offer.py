"""The offer to switch language when the owner clearly writes in the other one (stop 58).

Trial: an owner typing Korean on a chat whose language is English (Telegram takes it from the
client's `language_code`; the owner's first English words keep it) got every reply in English, and
nothing offered Korean; the reverse on KakaoTalk, Korean by default, for an owner writing English.
Now the message is handled as before and one line in both languages follows with two buttons:
switching (`language.switch`, as the language command does) and keeping the chat's language. It is
offered once per owner for a language (`users.language_offered`), again only after the owner's
language changed; never after a question's buttons (the survey's: they stay the last ones shown;
KakaoTalk shows the last reply's quick replies only, so there the turn's other buttons, "Show
result", ride on the offer's line first). Typed answers work while it is
open: "네 한국어로", "yes korean please", "아니요", "keep english", "네" / "yes" when nothing else asks.
"""

from __future__ import annotations

import dataclasses

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import language
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import (
    ENGLISH_VOCABULARY,
    LOCALES,
    Translator,
    may_be_written,
    resolve_locale,
    written_locale,
)
from dogcoach.services.understanding import DECLINE, Context, Expect, Folded, Kind, Option, canonical

PREFIX = "lang-offer:"
# The chat's language when nothing stored nor hinted says one (as `i18n.resolve_locale`'s).
DEFAULT_LOCALE = "ko"
KEEP = f"{PREFIX}keep"
# The state key of the offer open: the language offered, taken by the next message or not at all.
OPEN_KEY = "language_offer"
# KakaoTalk shows at most three speech bubbles a turn (more go behind a "continue" button): the
# offer is added only to a turn of at most this many replies, so it is never hidden behind it.
MOST_REPLIES_BEFORE = 2
# What the owner's message may be understood as for a typed answer to the offer to be read:
# nothing a flow acts on (a report, an answer, a question keep their meaning).
# Small talk typed in stock English words by Korean owners too (and the reverse): never offers.
STOCK_TALK = frozenset({"thanks", "bye", "done", "confirmed", "wait", "sorry", "dismiss", "praise"})
ANSWER_KINDS = frozenset({Kind.NOISE, Kind.SMALL_TALK, Kind.CHOICE, Kind.COMMAND})


async def offer(turn: Turn, *, open_question: bool) -> None:
    """One line offering the language the owner just wrote in, when it is clearly not the chat's
    (`i18n.written_locale`) and was not offered before. `open_question`: something else waits for
    the owner's answer (the survey offered, adding a dog offered): typed "네" is left to it."""
    turn.state.data.pop(OPEN_KEY, None)  # taken by the message just handled, or not at all
    if turn.erased or turn.incoming.choice is not None or not turn.text:
        return
    if turn.is_new:  # first contact: its welcome and the report's answer in its language are enough
        return  # (stop 58 full run: a third message on an owner's first turn); the next message offers
    if turn.state.flow is not None and any(r.choices for r in turn.replies):
        return  # a question's buttons just sent (the survey's): they stay the last ones on screen
    if len(turn.replies) > MOST_REPLIES_BEFORE or turn.state.flow == language.FLOW:
        return
    u = turn.understanding
    if u is not None and u.kind is Kind.COMMAND and u.command == "language":
        return
    if u is not None and u.kind is Kind.SMALL_TALK and u.talk in STOCK_TALK:
        return  # "thank you so much", "ok bye" on a Korean chat: stock words, not a language chosen
    vocabulary = turn.messages.aliases(ENGLISH_VOCABULARY)
    text = canonical(turn.text)
    if not may_be_written(text, vocabulary):
        return  # most turns: no query for the dogs, the user or the offer made
    dogs = await turn.session.list_dogs(turn.user.id)
    names = [n for d in dogs for n in (d.name or "", *d.former_names) if n]
    written = written_locale(text, vocabulary, names)
    owner = await _owner_locale(turn)
    if written is None or written == owner or written not in LOCALES:
        return
    if await turn.session.language_offered(turn.user.id) == written:
        return
    await turn.session.set_language_offered(turn.user.id, written)
    t = Translator(turn.messages, owner)  # the owner's language, not a report's (`speak_report_language`)
    choices: tuple[Choice, ...] = (
        t.choice(f"{PREFIX}{written}", f"language-offer-switch-{written}"),
        t.choice(KEEP, "language-offer-keep"),
    )
    line = Reply(t(f"language-offer-{written}"), choices)
    holder = next((i for i in reversed(range(len(turn.replies))) if turn.replies[i].choices), None)
    if turn.surface is Channel.KAKAO and holder is not None:
        # KakaoTalk shows the quick replies of one reply, the last with any, and moves a reply
        # held for its result ("Show result") last (`channels.kakao.late`): the offer's two ride
        # on that reply after its own, the offer's line without buttons
        held = turn.replies[holder]
        turn.replies[holder] = dataclasses.replace(held, choices=(*held.choices, *choices))
        line = Reply(line.text)
    turn.reply(line)
    turn.state.data[OPEN_KEY] = written if not open_question else f"{written}:asked"


async def _owner_locale(turn: Turn) -> str:
    """The chat's language as stored now (a switch this turn included), not the turn's: a report
    is answered in its own language for its turn only (`results.render.speak_report_language`)."""
    user = await turn.session.get_user_by_id(turn.user.id)
    stored = user.locale if user is not None else turn.user.locale
    hint = turn.incoming.locale_hint or turn.user.locale_hint
    return resolve_locale(stored, hint, turn.incoming.fallback_locale or DEFAULT_LOCALE)


async def tap(turn: Turn) -> None:
    """A tap on the offer's buttons: switched (said in the new language), or kept (said so)."""
    await _act(turn, turn.incoming.choice or "")


async def _act(turn: Turn, choice: str) -> None:
    turn.state.data.pop(OPEN_KEY, None)
    locale = choice.removeprefix(PREFIX)
    if locale in LOCALES:
        await language.switch(turn, locale)
        return
    turn.say("language-offer-kept")
    turn.resume_flow()


async def answered(turn: Turn) -> bool:
    """A typed answer to the offer made at the last message ("네 한국어로", "yes korean please",
    "아니요", "keep english"; "네" / "yes" alone when nothing else was asked): switched or kept as
    its buttons do. False, the offer dropped, for anything else: the message is read as usual."""
    opened = turn.state.data.pop(OPEN_KEY, None)
    u = turn.understanding
    if not isinstance(opened, str) or u is None or u.kind not in ANSWER_KINDS:
        return False
    if u.kind is Kind.COMMAND and u.command != "language":
        return False
    offered, _, asked = opened.partition(":")
    options = (
        Option(f"{PREFIX}{offered}", f"language-name-{offered}", numbered=False),
        Option(KEEP, "language-offer-keep", numbered=False, words=(DECLINE,)),
    )
    reading = turn.services.understander.understand(turn.text, Context(Expect.CHOICE, options))
    pick: str | None = None
    if reading.kind is Kind.CHOICE and len(reading.picks) == 1:
        pick = reading.picks[0]
    elif reading.kind is Kind.COMMAND and reading.command == "language" and reading.argument in LOCALES:
        pick = f"{PREFIX}{reading.argument}" if reading.argument == offered else KEEP
    elif (
        reading.kind is Kind.SMALL_TALK and reading.talk == "agree" and not asked and turn.state.flow is None
    ):
        declined = turn.services.understander.vocabulary[DECLINE].contains(Folded(turn.text))
        pick = KEEP if declined else f"{PREFIX}{offered}"
    if pick is None:
        return False
    await _act(turn, pick)
    return True
