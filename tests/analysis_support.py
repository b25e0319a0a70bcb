"""Test helpers for the analysis tests: a bot (engine + analysis service + outbox) over a store,
against the fake Ollama through the real `ollama` client, and a recording outbox sender."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Reply
from dogcoach.handlers.parsing import Lexicon
from dogcoach.handlers.results.delivery import ResultDelivery
from dogcoach.handlers.turn import Services
from dogcoach.services.analysis import Analyzer, ModelManager
from dogcoach.services.analysis.hosts import HostPool
from dogcoach.services.analysis.service import AnalysisService, Backoff
from dogcoach.services.coaching import CheckinPolicy
from dogcoach.services.i18n import Messages
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Dog, Store, User
from tests.fakes import ollama_server
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama

FAST = Backoff(initial=0.03, maximum=0.1)


@dataclass
class Recorder:
    """An outbox sender that keeps what it is given; `accept` is what it answers."""

    accept: bool = True
    sent: list[tuple[User, list[Reply]]] = field(default_factory=list)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def __call__(self, user: User, replies: list[Reply]) -> bool:
        self.sent.append((user, replies))
        self._changed.set()
        return self.accept

    async def wait_for(self, count: int, within: float = 5.0) -> list[tuple[User, list[Reply]]]:
        """Until `count` deliveries were offered (fails the test after `within` seconds)."""
        async with asyncio.timeout(within):
            while len(self.sent) < count:
                self._changed.clear()
                await self._changed.wait()
        return self.sent

    def texts(self, index: int = -1) -> list[str]:
        return [r.text for r in self.sent[index][1]]


@dataclass
class Bot:
    engine: Engine
    service: AnalysisService
    outbox: Outbox
    recorder: Recorder
    store: Store


@asynccontextmanager
async def running_bot(
    store: Store,
    messages: Messages,
    url: str | HostPool,
    *,
    concurrency: int = 1,
    http_timeout: float = 5.0,
    models: bool = True,
    pull: bool = True,
    backoff: Backoff = FAST,
    start: bool = True,
    owner_cap: int | None = 3,
    assumed_seconds: float = 25.0,
    policy: CheckinPolicy | None = None,
    lease_seconds: float = 60.0,
    holder: str | None = None,
    recorder: Recorder | None = None,
    **analyzer_options: Any,
) -> AsyncIterator[Bot]:
    """A started bot whose console users' results go to a `Recorder`; stopped and closed after.
    `url`: one Ollama, or a `HostPool` of several (it brings its own slots and model checks).
    `policy`: when check-ins are due (default: the product's)."""
    policy = policy or CheckinPolicy()
    outbox = Outbox()
    recorder = recorder or Recorder()
    outbox.register(Channel.CONSOLE, recorder)
    analyzer: Analyzer | HostPool = (
        url
        if isinstance(url, HostPool)
        else Analyzer(
            url, DEFAULT_MODEL, timeout=http_timeout, connect_timeout=http_timeout, **analyzer_options
        )
    )
    service = AnalysisService(
        store,
        analyzer,
        ResultDelivery(store, messages, outbox, policy=policy),
        concurrency=concurrency,
        backoff=backoff,
        models=ModelManager(url, timeout=http_timeout) if models and isinstance(url, str) else None,
        pull=pull,
        stop_grace=1.0,
        owner_cap=owner_cap,
        assumed_seconds=assumed_seconds,
        lease_seconds=lease_seconds,
        holder=holder,
    )
    engine = Engine(
        store, messages, services=Services(Lexicon(messages), analysis=service, checkin_policy=policy)
    )
    if start:
        await service.start()
    try:
        yield Bot(engine, service, outbox, recorder, store)
    finally:
        await service.stop()
        await service.aclose()


async def add_dog(store: Store, external_id: str, answers: dict[str, Any], *, hint: str = "ko") -> Dog:
    """A user with a finished profile, without going through the survey."""
    from dogcoach.services.store.base import utcnow

    async with store.session() as s:
        user = await s.get_user("console", external_id) or await s.create_user(
            "console", external_id, locale_hint=hint
        )
        dog = await s.create_dog(user.id, answers)
        dog.completed_at = utcnow()
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)
    return dog


def start_on_port(fake: FakeOllama, port: int) -> FakeOllama:
    """Start the fake on a chosen port (Ollama "comes back" where the client already points)."""
    real = socket.socket

    class _OnPort(real):  # type: ignore[misc, valid-type]
        def bind(self, address: Any) -> None:
            if address == ("127.0.0.1", 0):
                address = ("127.0.0.1", port)
            super().bind(address)

    with mock.patch.object(ollama_server.socket, "socket", _OnPort):
        return fake.start()


class CountingOllama(FakeOllama):
    """The fake, also counting how many chat requests it is answering at the same time."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most_at_once = 0
        super().__init__()

    async def _chat(self, request: Any) -> Any:
        self.in_flight += 1
        self.most_at_once = max(self.most_at_once, self.in_flight)
        try:
            return await super()._chat(request)
        finally:
            self.in_flight -= 1
