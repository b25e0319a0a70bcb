"""Messages the bot sends on its own, later than the turn that caused them.

An analysis finishes seconds after its report; a broadcast goes to users who did not write.
Flows and services hand such replies to the outbox with the user they are for; each channel
registers the sender that knows how to reach its users (Telegram: sendMessage; Kakao: the
answer being built or the callback URL, else left undelivered for the user's next message;
console: print).

A channel may also register a progress sender: an analysis as it is being written (a reply with
`META_PROGRESS`), which the next progress reply and finally the result replace (Telegram edits
one message in place; the terminal prints the new lines). A channel without one (Kakao) simply
gets the result.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Reply
from dogcoach.services.store import User

log = logging.getLogger(__name__)

Sender = Callable[[User, list[Reply]], Awaitable[bool]]
ProgressSender = Callable[[User, Reply], Awaitable[bool]]


class Outbox:
    def __init__(self) -> None:
        self._senders: dict[str, Sender] = {}
        self._progress: dict[str, ProgressSender] = {}

    def register(self, channel: Channel, sender: Sender, progress: ProgressSender | None = None) -> None:
        self._senders[channel] = sender
        if progress is not None:
            self._progress[channel] = progress
        else:
            self._progress.pop(channel, None)

    def unregister(self, channel: Channel) -> None:
        self._senders.pop(channel, None)
        self._progress.pop(channel, None)

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

    async def progress(self, user: User, reply: Reply) -> bool:
        """Show an analysis being written (`META_PROGRESS`); True when the user's channel shows
        it (it returns at once and paces itself), False when it shows only results."""
        sender = self._progress.get(user.channel)
        if sender is None:
            return False
        try:
            return await sender(user, reply)
        except Exception:
            log.exception("progress to %s user %s failed", user.channel, user.id)
            return False
