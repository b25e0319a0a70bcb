"""Messages the bot sends on its own, later than the turn that caused them.

An analysis finishes seconds after its report; a broadcast goes to users who did not write.
Flows and services hand such replies to the outbox with the user they are for; each channel
registers the sender that knows how to reach its users (Telegram: sendMessage; Kakao: the
answer being built or the callback URL, else left undelivered for the user's next message;
console: print).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Reply
from dogcoach.services.store import User

log = logging.getLogger(__name__)

Sender = Callable[[User, list[Reply]], Awaitable[bool]]


class Outbox:
    def __init__(self) -> None:
        self._senders: dict[str, Sender] = {}

    def register(self, channel: Channel, sender: Sender) -> None:
        self._senders[channel] = sender

    def unregister(self, channel: Channel) -> None:
        self._senders.pop(channel, None)

    def reaches(self, channel: Channel) -> bool:
        return channel in self._senders

    async def deliver(self, user: User, replies: list[Reply]) -> bool:
        """True when the channel took the replies; False when it could not (they stay undelivered)."""
        sender = self._senders.get(user.channel)
        if sender is None:
            log.warning("no sender registered for channel %s", user.channel)
            return False
        try:
            return await sender(user, replies)
        except Exception:
            log.exception("delivery to %s user %s failed", user.channel, user.id)
            return False
