"""Database outages through the real app: a PostgreSQL server this module starts, stops, kills and
restarts (tests/pgcluster.py) under Telegram and Kakao traffic over real HTTP.

Telegram is played by the fake Bot API and re-delivers an update until it gets a 2xx, as Telegram
does; a Kakao owner sends a message again when the answer asks for it, as a person would. What
must hold, whatever the outage: every message is kept exactly once, answered at most once, and
no webhook waits past its platform's budget.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from tests.fakes.telegram_api import FakeTelegramServer
from tests.pgcluster import Cluster, find_pg_ctl
from tests.surfaces import Surfaces, kakao_body, surfaces

pytestmark = pytest.mark.skipif(
    find_pg_ctl() is None, reason="no PostgreSQL server binaries to start a cluster of our own"
)
MESSAGES = Messages()
ASK_AGAIN = (MESSAGES.format("ko", "store-unavailable"), MESSAGES.format("ko", "store-unavailable-late"))
HELP = MESSAGES.format("ko", "help-text").split("\n")[0]
TELEGRAM_BUDGET = 8.0  # the turn's 5 s database wait, the route's 2 s margin, and some slack
KAKAO_BUDGET = 5.0  # Kakao gives up on a skill after 5 s


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with Cluster() as c:
        yield c


def _accepting(cluster: Cluster) -> bool:
    try:
        with psycopg.connect(cluster.url, connect_timeout=2):
            return True
    except psycopg.OperationalError:
        return False


@pytest.fixture
async def database(cluster: Cluster) -> str:
    """The URL of a new database on the running cluster (started again if a test left it down)."""
    if not await asyncio.to_thread(_accepting, cluster):
        await asyncio.to_thread(cluster.start)
    name = f"outage_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(cluster.url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return cluster.dsn(name)


@pytest.fixture
async def app(fake_telegram: FakeTelegramServer, database: str) -> AsyncIterator[Surfaces]:
    async with surfaces(fake_telegram, database, DATABASE_POOL_SIZE="4") as s:
        yield s


@dataclass
class Traffic:
    """Owners sending `/help <n>` without pause: Telegram ones through the fake's re-delivering
    webhook, Kakao ones sending again when asked to. Records what was sent and how long each
    webhook took to answer."""

    app: Surfaces
    running: bool = True
    telegram_sent: dict[int, list[str]] = field(default_factory=dict)
    kakao_sent: dict[str, list[str]] = field(default_factory=dict)
    slowest: dict[str, float] = field(default_factory=lambda: {"telegram": 0.0, "kakao": 0.0})
    refused: dict[str, int] = field(default_factory=lambda: {"telegram": 0, "kakao": 0})

    def _timed(self, channel: str, started: float) -> None:
        self.slowest[channel] = max(self.slowest[channel], time.monotonic() - started)

    async def telegram(self, chat: int) -> None:
        n = 0
        while self.running:
            n += 1
            text = f"/help {chat}-{n}"
            update = self.app.fake.make_message(chat, text, language_code="ko")
            while True:  # Telegram delivers it again until it gets a 2xx
                started = time.monotonic()
                result = await self.app.fake.deliver_update(update, request_timeout=30)
                self._timed("telegram", started)
                if result.ok:
                    break
                assert result.status_code == 503, result.text
                self.refused["telegram"] += 1
                await asyncio.sleep(0.2)
            self.telegram_sent.setdefault(chat, []).append(text)
            await asyncio.sleep(0.02)

    async def kakao(self, user: str) -> None:
        n = 0
        while self.running:
            n += 1
            text = f"/help {user}-{n}"
            while True:  # asked to send it again: the owner does
                started = time.monotonic()
                response = await self.app.kakao(kakao_body(user, text))
                self._timed("kakao", started)
                assert response.status_code == 200, response.text
                shown = _texts(response.json())
                if not any(ask in shown for ask in ASK_AGAIN):
                    assert HELP in shown or MESSAGES.format("ko", "kakao-slow") in shown, shown
                    break
                self.refused["kakao"] += 1
                await asyncio.sleep(0.2)
            self.kakao_sent.setdefault(user, []).append(text)
            await asyncio.sleep(0.02)


def _texts(body: dict[str, Any]) -> str:
    outputs = body.get("template", {}).get("outputs", [])
    return "\n".join(o["simpleText"]["text"] for o in outputs if "simpleText" in o)


async def _inbound(url: str, channel: str) -> dict[str, list[str]]:
    """Each owner's kept messages, in order, read straight from the database."""
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(
            "SELECT u.external_id, m.text FROM messages m JOIN users u ON u.id = m.user_id "
            "WHERE m.direction = 'in' AND u.channel = %s ORDER BY m.id",
            (channel,),
        )
        kept: dict[str, list[str]] = {}
        for external_id, text in await cur.fetchall():
            kept.setdefault(external_id, []).append(text)
    return kept


async def _run_through(
    app: Surfaces, database: str, outage: Any, *, chats: int = 3, users: int = 3
) -> Traffic:
    traffic = Traffic(app)
    for i in range(users):  # Kakao owners' first message becomes /start: write it before
        assert (await app.kakao(kakao_body(f"kakao-{i}", "안녕하세요"))).status_code == 200
    tasks = [asyncio.create_task(traffic.telegram(9000 + i)) for i in range(chats)]
    tasks += [asyncio.create_task(traffic.kakao(f"kakao-{i}")) for i in range(users)]
    await asyncio.sleep(1.0)
    await outage(traffic)
    await asyncio.sleep(3.0)  # traffic after the database is back
    traffic.running = False
    await asyncio.gather(*tasks)
    # Kept exactly once each, in the order sent; nothing kept that was not sent.
    telegram = await _inbound(database, Channel.TELEGRAM)
    assert {int(k): v for k, v in telegram.items()} == traffic.telegram_sent
    kakao = await _inbound(database, Channel.KAKAO)
    assert {k: v[1:] for k, v in kakao.items()} == traffic.kakao_sent  # [0] is the greeting
    # Answered at most once each (the help text is one message).
    for chat, sent in traffic.telegram_sent.items():
        answers = [m for m in app.fake.sent_messages(chat) if (m.text or "").startswith(HELP)]
        assert len(answers) <= len(sent) and len(answers) >= len(sent) - 1, chat
    assert traffic.slowest["telegram"] < TELEGRAM_BUDGET, traffic.slowest
    assert traffic.slowest["kakao"] < KAKAO_BUDGET, traffic.slowest
    return traffic


async def test_a_restart_mid_traffic_loses_nothing_and_doubles_nothing(
    app: Surfaces, cluster: Cluster, database: str
) -> None:
    async def restart(_traffic: Traffic) -> None:
        await asyncio.to_thread(cluster.restart)

    await _run_through(app, database, restart)


async def test_a_crash_mid_traffic_loses_nothing_and_doubles_nothing(
    app: Surfaces, cluster: Cluster, database: str
) -> None:
    async def crash(_traffic: Traffic) -> None:
        await asyncio.to_thread(cluster.kill)
        await asyncio.sleep(1.0)
        await asyncio.to_thread(cluster.start)

    await _run_through(app, database, crash)


async def test_an_outage_of_twelve_seconds(app: Surfaces, cluster: Cluster, database: str) -> None:
    back: list[float] = []

    async def outage(traffic: Traffic) -> None:
        await asyncio.to_thread(cluster.stop)
        await asyncio.sleep(12.0)
        await asyncio.to_thread(cluster.start)
        back.append(time.monotonic())
        # The first turn kept after the database is back comes within a few seconds.
        probe = app.fake.make_message(9500, "/help back", language_code="ko")
        for _ in range(300):
            if (await app.telegram(probe)).status_code == 200:
                break
            await asyncio.sleep(0.1)
        back.append(time.monotonic())
        traffic.telegram_sent[9500] = ["/help back"]

    traffic = await _run_through(app, database, outage)
    assert traffic.refused["telegram"] > 0 and traffic.refused["kakao"] > 0  # the outage was felt
    assert back[1] - back[0] < 5.0, back


async def test_the_server_starts_with_the_database_down_and_connects_when_it_comes(
    fake_telegram: FakeTelegramServer, cluster: Cluster, database: str
) -> None:
    await asyncio.to_thread(cluster.stop)
    started = time.monotonic()
    async with surfaces(fake_telegram, database) as app:
        # It starts instead of dying (it used to exit with a PoolTimeout); the bound only says it
        # did not sit out the database's timeouts (3 s start wait, 10 s pool wait) on a loaded box.
        assert time.monotonic() - started < 30.0
        assert (await app.http.get("/healthz")).status_code == 200
        ready = await app.http.get("/readyz")
        assert ready.status_code == 503
        assert "database" in ready.json()["failed"]
        assert ready.json()["checks"]["database"]["error"]  # why, in a line
        refused = await app.telegram(fake_telegram.make_message(9600, "/start", language_code="ko"))
        assert refused.status_code == 503 and refused.headers["retry-after"]
        asked = await app.kakao(kakao_body("kakao-early", "안녕하세요"))
        assert asked.status_code == 200 and ASK_AGAIN[0] in _texts(asked.json())
        assert (await app.admin("GET", "/admin/broadcasts")).status_code == 503

        await asyncio.to_thread(cluster.start)
        deadline = time.monotonic() + 30
        while (await app.http.get("/readyz")).json()["checks"]["database"]["ok"] is not True:
            assert time.monotonic() < deadline, "the server did not connect"
            await asyncio.sleep(0.2)
        update = fake_telegram.make_message(9600, "/start", language_code="ko")
        assert (await fake_telegram.deliver_update(update)).ok
        assert fake_telegram.sent_messages(9600)
        welcome = await app.kakao(kakao_body("kakao-early", "안녕하세요"))
        assert ASK_AGAIN[0] not in _texts(welcome.json())
    kept = await _inbound(database, Channel.TELEGRAM)
    assert kept == {"9600": ["/start"]}
