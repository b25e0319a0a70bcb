"""The Kakao channel's per-user state, kept in the shared database so any replica answers any
request (issue 15): what one answer could not fit ("more", the page of a long choice list: `View`),
replies held for the user's next message, files offered as download links and callback URLs
waiting for a result. It lives in the store's `channel_state` (`services/store/channel_state.py`),
every entry expiring; the conversation itself (survey position, reports, results, transcript) is
in the store's own tables as before.

Cost per turn: one indexed read when the turn starts (the view and whether replies are held) and
one upsert when its answer is rendered (skipped when the view is unchanged and fresh), both inside
the turn's own transaction (`load_in`, `remember_in`, through `Engine.run`'s `prepare` and
`before_commit`): no session or commit of their own. Elsewhere (the channel's own buttons, a
report's answer) `load` and `remember` are one statement each without a transaction around it
(`Store.session(autocommit=True)`: on PostgreSQL one round trip instead of three);
`benchmarks/kakao_state.py` and `benchmarks/kakao_skill.py --postgres` measure it. Taking held replies and claiming a callback
run in transactions: running them twice after a lost connection would not be harmless. Every call waits at most its `wait` for the
database and degrades rather than fails: no view (a "more" tap says "no longer available"), held
replies kept in this process until the database takes them again, no callback (the result is
fetched with the next message).

Process memory keeps only what must work when the database does not answer: the user's last
language (`locales`) and replies the database could not take (`_local_held`).
"""

from __future__ import annotations

import base64
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Attachment, Choice, Reply
from dogcoach.services.store import Store, StoreSession, StoreUnavailable
from dogcoach.services.store.core import utcnow

from .render import more_replies

log = logging.getLogger(__name__)

K = TypeVar("K")
V = TypeVar("V")

CHANNEL = Channel.KAKAO.value
VIEW, HELD, FILE, CALLBACK = "view", "held", "file", "callback"
VIEW_TTL = timedelta(hours=6)
HELD_TTL = timedelta(hours=24)
FILE_TTL = timedelta(minutes=10)
# A view written this recently and unchanged is not written again (most turns end on the same
# menu view): the upsert is the larger part of the per-turn cost on PostgreSQL.
VIEW_REFRESH = timedelta(hours=1)
STATE_WAIT = 1.0  # seconds a state read or write may wait for the database, at most


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

    def to_json(self) -> dict[str, Any]:
        return {
            "locale": self.locale,
            "overflow": list(self.overflow),
            "choices": [choice_to_json(c) for c in self.choices],
            "multi": self.multi,
            "page": self.page,
            "page_count": self.page_count,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> View:
        return cls(
            locale=str(data["locale"]),
            overflow=tuple(data.get("overflow", ())),
            choices=tuple(choice_from_json(c) for c in data.get("choices", ())),
            multi=bool(data.get("multi", False)),
            page=int(data.get("page", 0)),
            page_count=int(data.get("page_count", 1)),
        )


@dataclass(frozen=True, slots=True)
class Seen:
    """What a turn starts from (`Memory.load`): the user's view, whether replies are held for them,
    and when the stored view expires (None: nothing stored)."""

    view: View | None = None
    held: bool = False
    view_expires: datetime | None = None


@dataclass(frozen=True, slots=True)
class WaitingCallback:
    """A callback URL waiting for a report's result, as any replica reads it from the store.

    `token` is its key; `created_at` is when the `useCallback` answer was made (wall clock, UTC).
    """

    token: str
    user_key: str
    url: str
    report_id: Any
    locale: str
    before: list[Reply]
    waiting: Reply | None
    created_at: datetime

    @property
    def age(self) -> float:
        """Seconds since the `useCallback` answer (never negative)."""
        return max((utcnow() - self.created_at).total_seconds(), 0.0)


# ----------------------------------------------------------------------------- JSON forms


def choice_to_json(choice: Choice) -> dict[str, Any]:
    out: dict[str, Any] = {"id": choice.id, "label": choice.label}
    if choice.selected:
        out["selected"] = True
    if choice.short is not None:
        out["short"] = choice.short
    return out


def choice_from_json(data: dict[str, Any]) -> Choice:
    return Choice(str(data["id"]), str(data["label"]), bool(data.get("selected", False)), data.get("short"))


def _attachment_to_json(att: Attachment | None) -> dict[str, str] | None:
    if att is None:
        return None
    return {"filename": att.filename, "mime_type": att.mime_type, "data": base64.b64encode(att.data).decode()}


def _attachment_from_json(data: dict[str, str] | None) -> Attachment | None:
    if data is None:
        return None
    return Attachment(data["filename"], base64.b64decode(data["data"]), data["mime_type"])


def reply_to_json(reply: Reply) -> dict[str, Any]:
    """A reply whole (unlike `Reply.to_json`, the transcript form): attachments' bytes in base64,
    `meta` as is (its values are ids, numbers and small dicts)."""
    return {
        "text": reply.text,
        "choices": [choice_to_json(c) for c in reply.choices],
        "multi": reply.multi,
        "free_text": reply.free_text,
        "image": _attachment_to_json(reply.image),
        "document": _attachment_to_json(reply.document),
        "meta": reply.meta,
    }


def reply_from_json(data: dict[str, Any]) -> Reply:
    return Reply(
        text=str(data["text"]),
        choices=tuple(choice_from_json(c) for c in data.get("choices", ())),
        multi=bool(data.get("multi", False)),
        free_text=bool(data.get("free_text", False)),
        image=_attachment_from_json(data.get("image")),
        document=_attachment_from_json(data.get("document")),
        meta=dict(data.get("meta") or {}),
    )


# ----------------------------------------------------------------------------- the memory


class Memory:
    """The channel's views, held replies, offered files and waiting callbacks, in the store."""

    def __init__(
        self,
        store: Store,
        *,
        max_users: int = 20_000,
        view_ttl: timedelta = VIEW_TTL,
        held_ttl: timedelta = HELD_TTL,
        file_ttl: timedelta = FILE_TTL,
        wait: float = STATE_WAIT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.view_ttl = view_ttl
        self.held_ttl = held_ttl
        self.file_ttl = file_ttl
        self.wait = wait
        # The language a user's last turn ended in: for answers made while the database does not
        # answer (so it has to live here, not there).
        self.locales: TtlLru[str, str] = TtlLru(max_users, held_ttl.total_seconds(), clock)
        # Replies the database could not take when they were held; shown with the user's next
        # message to this process.
        self._local_held: TtlLru[str, list[Reply]] = TtlLru(max_users, held_ttl.total_seconds(), clock)

    def _wait(self, wait: float | None) -> float:
        return self.wait if wait is None else max(0.0, min(wait, self.wait))

    async def load(self, user_key: str, *, wait: float | None = None) -> Seen:
        """The user's view and whether replies are held for them, in one read; nothing (and a
        warning) when the database does not answer within `wait`."""
        try:
            async with self.store.session(wait=self._wait(wait), autocommit=True) as s:
                return await self.load_in(s, user_key)
        except StoreUnavailable as exc:
            log.warning("kakao state of a user not read: %s", exc.reason)
            return self.unread(user_key)

    def unread(self, user_key: str) -> Seen:
        """What `load` gives when the database does not answer: only whether this process holds
        replies for the user."""
        return Seen(held=self._local_held.get(user_key) is not None)

    async def load_in(self, session: StoreSession, user_key: str) -> Seen:
        """`load` in a session the caller holds (a turn's own transaction: no session of its own)."""
        held = self._local_held.get(user_key) is not None
        entries = await session.owner_channel_state(CHANNEL, user_key, (VIEW, HELD))
        view = next((e for e in entries if e.kind == VIEW and e.key == user_key), None)
        return Seen(
            view=None if view is None else View.from_json(view.value),
            held=held or any(e.kind == HELD for e in entries),
            view_expires=None if view is None else view.expires_at,
        )

    async def remember(
        self,
        user_key: str,
        view: View | None,
        files: Sequence[tuple[str, Attachment]] = (),
        *,
        seen: Seen | None = None,
        wait: float | None = None,
    ) -> None:
        """Keep the view an answer leaves (None: keep the one there) and the files it offers, in
        one transaction. An unchanged view stored within `VIEW_REFRESH` is not written again."""
        if not self._writes(view, files, seen):
            return
        try:  # one upsert (the common case) needs no transaction around it
            async with self.store.session(wait=self._wait(wait), autocommit=not files) as s:
                await self.remember_in(s, user_key, view, files, seen=seen)
        except StoreUnavailable as exc:
            log.warning("kakao view or file links not kept: %s", exc.reason)

    async def remember_in(
        self,
        session: StoreSession,
        user_key: str,
        view: View | None,
        files: Sequence[tuple[str, Attachment]] = (),
        *,
        seen: Seen | None = None,
    ) -> None:
        """`remember` in a session the caller holds (a turn's own transaction: one commit for
        the turn and its view instead of two)."""
        if view is not None and self._writes(view, (), seen):
            await session.put_channel_state(
                CHANNEL, VIEW, user_key, owner=user_key, value=view.to_json(), ttl=self.view_ttl
            )
        for token, att in files:
            await session.put_channel_state(
                CHANNEL,
                FILE,
                token,
                owner=user_key,
                value={"filename": att.filename, "mime_type": att.mime_type},
                data=att.data,
                ttl=self.file_ttl,
            )

    def _writes(self, view: View | None, files: Sequence[tuple[str, Attachment]], seen: Seen | None) -> bool:
        """Whether keeping `view` and `files` writes anything: not for no view (or one stored
        unchanged within `VIEW_REFRESH`) and no files."""
        unchanged = (
            view is not None
            and seen is not None
            and seen.view == view
            and seen.view_expires is not None
            and seen.view_expires - utcnow() > self.view_ttl - VIEW_REFRESH
        )
        return bool(files) or (view is not None and not unchanged)

    async def drop_view(self, user_key: str) -> None:
        """Forget the view (the user never saw the answer that left it)."""
        try:
            async with self.store.session(wait=self.wait) as s:
                await s.drop_channel_state(CHANNEL, VIEW, user_key)
        except StoreUnavailable as exc:
            log.warning("kakao view not dropped: %s", exc.reason)

    async def hold(self, user_key: str, replies: list[Reply], *, wait: float | None = None) -> None:
        """Keep replies for the user's next message (to any replica); in this process when the
        database does not take them."""
        if not replies:
            return
        key = f"{user_key}:{time.time_ns():020d}:{secrets.token_hex(4)}"  # sorts in holding order
        try:
            async with self.store.session(wait=self._wait(wait), autocommit=True) as s:
                await s.put_channel_state(
                    CHANNEL,
                    HELD,
                    key,
                    owner=user_key,
                    value=[reply_to_json(r) for r in replies],
                    ttl=self.held_ttl,
                )
        except StoreUnavailable as exc:
            log.warning("kakao replies held in this process only: %s", exc.reason)
            self._local_held.put(user_key, [*(self._local_held.get(user_key) or []), *replies])

    async def take_held(self, user_key: str, *, wait: float | None = None) -> list[Reply]:
        """The held replies, oldest first, each taken once across replicas; those this process
        kept itself first. What the database holds stays there when it does not answer."""
        replies = self._local_held.pop(user_key) or []
        try:
            async with self.store.session(wait=self._wait(wait)) as s:
                entries = await s.take_owner_channel_state(CHANNEL, user_key, HELD)
        except StoreUnavailable as exc:
            log.warning("kakao held replies not read: %s", exc.reason)
            return replies
        return [*replies, *(reply_from_json(r) for e in entries for r in e.value)]

    def take_local_held(self, user_key: str) -> list[Reply]:
        """Only what this process holds (when the database is known not to answer)."""
        return self._local_held.pop(user_key) or []

    async def file(self, token: str) -> Attachment | None:
        """An offered file while its link lives; None when unknown, expired or erased."""
        try:
            async with self.store.session(wait=self.wait, autocommit=True) as s:
                entry = await s.get_channel_state(CHANNEL, FILE, token)
        except StoreUnavailable as exc:
            log.warning("kakao file link not read: %s", exc.reason)
            return None
        if entry is None or entry.data is None:
            return None
        return Attachment(str(entry.value["filename"]), entry.data, str(entry.value["mime_type"]))

    async def forget(self, user_key: str) -> None:
        """Drop everything kept about a user (after /delete, or for a user the store does not know),
        download links included: an export must not outlive the data it copies. (`/delete` itself
        erases these rows with the user, in its transaction: `StoreSession.delete_user`.)"""
        self.locales.pop(user_key)
        self._local_held.pop(user_key)
        try:
            async with self.store.session(wait=self.wait) as s:
                await s.forget_channel_owner(CHANNEL, user_key)
        except StoreUnavailable as exc:
            log.warning("kakao state of a user not forgotten: %s", exc.reason)

    # -- callbacks -------------------------------------------------------------------------------

    async def open_callback(
        self,
        user_key: str,
        *,
        url: str,
        report_id: Any,
        locale: str,
        before: list[Reply],
        waiting: Reply | None,
        ttl: timedelta,
        wait: float | None = None,
    ) -> str | None:
        """Keep a callback URL for the report's result, for whichever replica has it first; its
        token, or None when the database does not take it (then answer without the callback)."""
        token = secrets.token_urlsafe(12)
        value = {
            "url": url,
            "report": report_id,
            "locale": locale,
            "before": [reply_to_json(r) for r in before],
            "waiting": None if waiting is None else reply_to_json(waiting),
        }
        try:
            async with self.store.session(wait=self._wait(wait)) as s:
                await s.put_channel_state(CHANNEL, CALLBACK, token, owner=user_key, value=value, ttl=ttl)
        except StoreUnavailable as exc:
            log.warning("kakao callback not kept: %s", exc.reason)
            return None
        return token

    async def waiting_callback(self, user_key: str, report_id: Any) -> WaitingCallback | None:
        """The user's callback waiting for this report, else their oldest waiting one; None when
        there is none (or the database does not answer). Read only: `claim_callback` takes it."""
        try:
            async with self.store.session(wait=self.wait, autocommit=True) as s:
                entries = await s.owner_channel_state(CHANNEL, user_key, (CALLBACK,))
        except StoreUnavailable as exc:
            log.warning("kakao waiting callbacks not read: %s", exc.reason)
            return None
        if not entries:
            return None
        chosen = next(
            (e for e in entries if report_id is not None and e.value["report"] == report_id), entries[0]
        )
        return _callback(chosen.key, chosen.owner, chosen.value, chosen.created_at)

    async def claim_callback(self, token: str) -> WaitingCallback | None:
        """Take the one use of a callback URL across replicas (the row is deleted); None when
        another process took it, it expired, or the database does not answer (then nobody POSTs:
        at most once)."""
        try:
            async with self.store.session(wait=self.wait) as s:
                entry = await s.take_channel_state(CHANNEL, CALLBACK, token)
        except StoreUnavailable as exc:
            log.warning("kakao callback not claimed: %s", exc.reason)
            return None
        return None if entry is None else _callback(entry.key, entry.owner, entry.value, entry.created_at)


def _callback(token: str, owner: str, value: dict[str, Any], created_at: datetime) -> WaitingCallback:
    waiting = value.get("waiting")
    return WaitingCallback(
        token=token,
        user_key=owner,
        url=str(value["url"]),
        report_id=value.get("report"),
        locale=str(value.get("locale", "ko")),
        before=[reply_from_json(r) for r in value.get("before", ())],
        waiting=None if waiting is None else reply_from_json(waiting),
        created_at=created_at,
    )
