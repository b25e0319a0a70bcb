"""The small surface every channel offers: payload → `Incoming`, `Reply` list → the platform, and
replies later (the outbox sender). `ConsoleChat`, `TelegramAdapter` and `KakaoSkill` each declare
it (`class KakaoSkill(ChannelAdapter[...])`), so mypy checks all three against one definition.

Each channel also has its own entry point that runs a turn (`ConsoleChat.run`,
`TelegramAdapter.on_update`, `KakaoSkill.answer`): the three differ in what a platform allows
(a terminal waits, Telegram pushes, Kakao answers one HTTP request within 5 s), so the engine is
called from there, not through this protocol.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, ClassVar, Protocol, TypeVar

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, Reply
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import User

PayloadT = TypeVar("PayloadT", contravariant=True)
TargetT = TypeVar("TargetT", contravariant=True)
RenderedT = TypeVar("RenderedT", covariant=True)


class ChannelAdapter(Protocol[PayloadT, TargetT, RenderedT]):
    """`PayloadT`: what the platform sends (a line, a Telegram `Update`, a Kakao `SkillRequest`);
    `TargetT`: where replies go (a stream, a chat id, a Kakao `Screen`); `RenderedT`: what rendering
    gives (nothing, the sending coroutine, the skill answer body)."""

    channel: ClassVar[Channel]

    def to_incoming(self, payload: PayloadT) -> Incoming | None:
        """The payload as one user turn for the engine; None when it is not one (the adapter
        answers it itself, such as a sticker, or ignores it, such as an edited message)."""
        ...

    def render(self, target: TargetT, replies: Sequence[Reply]) -> RenderedT:
        """The replies in the platform's form for `target` (printed, sent, or an answer body)."""
        ...

    async def send(self, user: User, replies: list[Reply]) -> bool:
        """The outbox sender: replies made after their turn (analysis results, broadcast reports).
        True only when the user will see them; False leaves them undelivered."""
        ...

    async def progress(self, user: User, reply: Reply) -> bool:
        """The outbox's progress sender: an analysis being written (`META_PROGRESS` in its meta),
        replaced by the next progress reply and finally by the result (`send`). Must return at
        once (the model's stream waits for it); True when the channel shows it."""
        ...


@asynccontextmanager
async def connected(outbox: Outbox, adapter: ChannelAdapter[Any, Any, Any]) -> AsyncIterator[None]:
    """`adapter.send` (and `adapter.progress`) serve its channel's outbox while the block runs."""
    outbox.register(adapter.channel, adapter.send, adapter.progress)
    try:
        yield
    finally:
        outbox.unregister(adapter.channel)
