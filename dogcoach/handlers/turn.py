"""The per-turn context a flow works with."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from dogcoach.domain.types import Choice, Incoming, Reply
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.store import ConversationState, Dog, StoreSession, User


@dataclass
class Turn:
    """One user turn inside one store transaction.

    Flows read the user and state, change `state`, and append replies; the engine saves the state
    and the transcript when the flow returns. Work that must wait for the commit (say, starting an
    analysis of a report that has just been saved) goes in `after_commit`.
    """

    incoming: Incoming
    session: StoreSession
    user: User
    state: ConversationState
    t: Translator
    messages: Messages
    replies: list[Reply] = field(default_factory=list)
    after_commit: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    services: dict[str, Any] = field(default_factory=dict)
    erased: bool = False

    @property
    def locale(self) -> str:
        return self.t.locale

    @property
    def text(self) -> str:
        return (self.incoming.text or "").strip()

    def say(self, msg_id: str, *, choices: tuple[Choice, ...] = (), **args: Any) -> None:
        self.replies.append(Reply(self.t(msg_id, **args), choices=choices))

    def reply(self, reply: Reply) -> None:
        self.replies.append(reply)

    def picked(self, choice_id: str, msg_id: str) -> bool:
        """A tap on `choice_id`, or its label (or an alias) typed in either language."""
        if self.incoming.choice is not None:
            return self.incoming.choice == choice_id
        return bool(self.text) and self.messages.matches(self.text, msg_id)

    def choice(self, choice_id: str, msg_id: str, **args: Any) -> Choice:
        return Choice(choice_id, self.t(msg_id, **args))

    async def active_dog(self) -> Dog | None:
        if self.user.active_dog_id is None:
            return None
        return await self.session.get_dog(self.user.active_dog_id)

    def set_locale(self, locale: str) -> None:
        self.t = Translator(self.messages, locale)
        self.user.locale = locale
