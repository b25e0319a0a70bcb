"""Check-ins survive a kill -9 of a real `dogcoach serve`: one sent before the crash is not sent
again, one whose request was with Telegram when the server died is settled once its lease expires
(sent, outcome unknown) and never repeated, and one that fell due while no server ran is sent by
the next one. The fake Bot API runs in this process; the servers are child processes."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.coaching.worker import INTERRUPTED
from dogcoach.services.i18n import Messages
from dogcoach.services.store import make_store
from dogcoach.services.store.models import CheckinRow
from tests.fakes.ollama_server import refused_url
from tests.fakes.telegram_api import FakeTelegramServer
from tests.serve_process import ServeProcess

T = TypeVar("T")
STEP = "Treat quiet at the door"
QUESTION = Messages().format("en", "coaching-checkin-question", text=STEP)
LEASE_SECONDS = 5


def wait_until(check: Callable[[], object], within: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + within
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not met in {within} s")
        time.sleep(0.05)


@pytest.fixture
def fake() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


class Owners:
    """Owners with a due check-in, written and read through the store from this process."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run(coro)

    def add(self, chat: int) -> int:
        async def go() -> int:
            store = make_store(self.url)
            await store.open()
            await store.migrate()
            now = dt.datetime.now(dt.UTC)
            async with store.session() as s:
                user = await s.create_user(Channel.TELEGRAM, str(chat), locale_hint="en")
                await s.start_plan(
                    user.id,
                    None,
                    "barking",
                    STEP,
                    report_id=None,
                    started_at=now - dt.timedelta(days=3),
                    checkin_due_at=now - dt.timedelta(minutes=1),
                )
                [row] = await s.list_checkins(user.id)
            await store.close()
            return row.id

        return self._run(go())

    def row(self, checkin_id: int) -> CheckinRow:
        async def go() -> CheckinRow:
            store = make_store(self.url)
            await store.open()
            async with store.session() as s:
                row = await s.get_checkin(checkin_id)
            await store.close()
            assert row is not None
            return row

        return self._run(go())


def asked(fake: FakeTelegramServer, chat: int) -> int:
    return sum(1 for m in fake.sent_messages(chat) if m.kind == "message" and m.text == QUESTION)


def test_check_ins_survive_a_kill_9_of_the_server(fake: FakeTelegramServer, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    env = {
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_WEBHOOK_SECRET": "crash-test-secret",
        "TELEGRAM_API_BASE_URL": fake.url,
        "OLLAMA_HOST": refused_url(),
        "DOGCOACH_OLLAMA_PULL": "false",
        "DOGCOACH_CHECKIN_POLL_SECONDS": "0.1",
        "DOGCOACH_CHECKIN_LEASE_SECONDS": str(LEASE_SECONDS),
        "DOGCOACH_QUIET_HOURS": "00:00-00:00",
    }
    owners = Owners(url)
    sent_before, in_flight, due_while_down = 801, 802, 803
    first = owners.add(sent_before)
    server = ServeProcess(env, name="checkins-1").wait_ready()
    try:
        wait_until(lambda: asked(fake, sent_before) == 1, what="the first check-in sent")
        fake.latency = 3.0  # Telegram takes its time: the next request is in flight at the kill
        second = owners.add(in_flight)
        wait_until(lambda: owners.row(second).status == "sending", what="the second check-in claimed")
        time.sleep(0.5)
        server.kill()
    finally:
        server.close()
    fake.latency = 0.0
    claimed = owners.row(second)
    assert (claimed.status, claimed.attempts) == ("sending", 1)  # left behind by the dead process
    third = owners.add(due_while_down)

    server = ServeProcess(env, name="checkins-2").wait_ready()
    try:
        wait_until(lambda: asked(fake, due_while_down) == 1, what="the check-in due while down sent")
        wait_until(
            lambda: owners.row(second).status == "sent", within=LEASE_SECONDS + 10, what="lease expiry"
        )
        time.sleep(0.5)  # more scheduler passes: nothing more goes out
    finally:
        server.close()
    assert asked(fake, sent_before) == 1
    assert asked(fake, in_flight) <= 1  # Telegram may have shown it; it is never sent again
    assert asked(fake, due_while_down) == 1
    assert [owners.row(i).status for i in (first, second, third)] == ["sent", "sent", "sent"]
    assert owners.row(second).error == INTERRUPTED
    assert owners.row(second).attempts == 1
