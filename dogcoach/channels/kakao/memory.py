"""Small per-user memories of the Kakao channel, kept in process memory on purpose.

What lives here is a view of the conversation, not the conversation: the text that did not fit
behind "more", the page of a long choice list, replies held for the user's next message, a file
offered as a download link. The store keeps everything that matters (survey position, reports and
their results, the transcript), so losing these on a restart costs at most one "that list is no
longer available" answer. Keeping them out of the store spares a migration and a write on every
turn; DogCoach runs as one process (one VPS, one uvicorn worker), so one process's memory is the
whole truth. Every map is bounded (LRU) and entries expire.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dogcoach.domain.types import Attachment, Choice, Reply

from .render import more_replies

K = TypeVar("K")
V = TypeVar("V")


class TtlLru(Generic[K, V]):
    """A dict with a size bound (least recently used goes first) and a time-to-live per entry."""

    def __init__(self, max_items: int, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_items = max_items
        self.ttl = ttl
        self._clock = clock
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: K) -> V | None:
        item = self._items.get(key)
        if item is None:
            return None
        stamp, value = item
        if self._clock() - stamp > self.ttl:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = (self._clock(), value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def drop(self, unwanted: Callable[[V], bool]) -> None:
        """Remove every entry whose value is `unwanted` (a scan: for small maps only)."""
        for key in [k for k, (_, v) in self._items.items() if unwanted(v)]:
            del self._items[key]

    def pop(self, key: K) -> V | None:
        item = self._items.pop(key, None)
        if item is None:
            return None
        stamp, value = item
        return value if self._clock() - stamp <= self.ttl else None


@dataclass(frozen=True, slots=True)
class View:
    """What the user sees now: enough to serve "more", the next choice page and label taps.

    `overflow` is the text beyond Kakao's 3 outputs; `choices` the options of the question on
    screen (all of them, not only the current page), `page`/`page_count` where the user is in them.
    """

    locale: str
    overflow: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    multi: bool = False
    page: int = 0
    page_count: int = 1

    def more_replies(self) -> list[Reply]:
        """The overflow as replies; the question's choices ride on the last one."""
        return more_replies(self.overflow, self.choices, self.multi)


@dataclass(slots=True)
class Held:
    """Replies that could not be shown when they were ready, for the user's next message."""

    replies: list[Reply] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OfferedFile:
    """A file behind a download link, and whose it is (so `/delete` takes the link down too)."""

    user_key: str
    attachment: Attachment


class Memory:
    """The channel's views, held replies and offered files, each bounded and expiring."""

    def __init__(
        self,
        *,
        max_users: int = 20_000,
        view_ttl: float = 6 * 3600,
        held_ttl: float = 24 * 3600,
        file_ttl: float = 600,
        max_files: int = 200,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.views: TtlLru[str, View] = TtlLru(max_users, view_ttl, clock)
        self.locales: TtlLru[str, str] = TtlLru(max_users, held_ttl, clock)
        self._held: TtlLru[str, Held] = TtlLru(max_users, held_ttl, clock)
        self._files: TtlLru[str, OfferedFile] = TtlLru(max_files, file_ttl, clock)

    def hold(self, user_key: str, replies: list[Reply]) -> None:
        if not replies:
            return
        held = self._held.get(user_key) or Held()
        held.replies.extend(replies)
        self._held.put(user_key, held)

    def take_held(self, user_key: str) -> list[Reply]:
        held = self._held.pop(user_key)
        return held.replies if held else []

    def has_held(self, user_key: str) -> bool:
        return self._held.get(user_key) is not None

    def offer_file(self, token: str, user_key: str, attachment: Attachment) -> None:
        self._files.put(token, OfferedFile(user_key, attachment))

    def file(self, token: str) -> Attachment | None:
        offered = self._files.get(token)
        return offered.attachment if offered is not None else None

    def forget(self, user_key: str) -> None:
        """Drop everything kept about a user (after /delete, or for a user the store does not know),
        download links included: an export must not outlive the data it copies."""
        self.views.pop(user_key)
        self.locales.pop(user_key)
        self._held.pop(user_key)
        self._files.drop(lambda offered: offered.user_key == user_key)
