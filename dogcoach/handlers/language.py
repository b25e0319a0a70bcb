"""/language: pick ko or en; the choice is stored and wins over the platform's hint."""

from __future__ import annotations

from dogcoach.domain.types import Reply
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.services.i18n import LOCALES

FLOW = "language"
PREFIX = "lang:"


def typed_language(turn: Turn) -> str | None:
    """A language named on its own, by its name in any language."""
    if turn.incoming.choice is not None or not turn.text:
        return None
    matched = turn.messages.match_any(turn.text, [f"language-name-{loc}" for loc in LOCALES])
    return matched.removeprefix("language-name-") if matched else None


async def start(turn: Turn) -> None:
    suspend(turn, FLOW, "pick")
    choices = tuple(turn.choice(f"{PREFIX}{loc}", f"language-name-{loc}") for loc in LOCALES)
    turn.reply(Reply(turn.t("language-ask"), choices))


async def handle(turn: Turn) -> None:
    choice = turn.incoming.choice or ""
    locale = choice.removeprefix(PREFIX) if choice.startswith(PREFIX) else typed_language(turn)
    if locale not in LOCALES:
        turn.say("survey-use-buttons")
        await start(turn)
        return
    await switch(turn, locale)


async def switch(turn: Turn, locale: str) -> None:
    await turn.session.set_locale(turn.user.id, locale)
    turn.set_locale(locale)
    turn.say("language-set")
    if turn.state.flow != FLOW or restore(turn):
        turn.resume_flow()
