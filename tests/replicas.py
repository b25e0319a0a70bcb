"""Several real `dogcoach serve` processes on one PostgreSQL database, each with its own fake
Ollama, all talking to one fake Bot API; owners' messages spread over the processes as a load
balancer would (issue 15). Used by tests/test_replicas.py and benchmarks/claims.py.

Every report carries a token ("visit N") that the fake Ollama copies into the analysis, so the test
can count the model requests per report (over every fake Ollama) and the results shown per report
(messages of the fake Bot API whose final text is the result, progress views left out).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_server import FakeOllama, sample_analysis, user_text
from tests.fakes.telegram_api import SECRET_HEADER, FakeTelegramServer
from tests.serve_process import ServeProcess

SECRET = "replicas-test-secret-42"
TOKEN = re.compile(r"visit (\d+)")
# Reports the understanding service reads as reports (none mentions punishment: no safety reply).
TEXTS = (
    "My dog barks at the door every time guests come over, so I give him a treat to calm him down",
    "My dog jumps on guests at the door and I push him away",
    "Our dog growls when someone walks near his bowl and we step back",
    "My dog pulls hard on the leash when he sees other dogs and I pull him back",
    "My puppy chews the sofa when we leave and we clean it up quietly",
)
_MESSAGES = Messages()
PROGRESS = tuple(
    _MESSAGES.format("en", key) for key in ("analysis-writing", "analysis-rewriting", "analysis-interrupted")
)


def analysis_with_token(body: dict[str, Any]) -> dict[str, Any]:
    """The fake Ollama's answer: a valid analysis whose behaviour names the report's token, and
    nothing missing: no follow-up question, which would hold the owner's next report for a
    "new or add to the last one?" choice."""
    found = TOKEN.search(user_text(body))
    token = found.group(1) if found else "?"
    return sample_analysis("en", behavior=f"Runs to the door and barks (visit {token})", missing=[])


@contextlib.contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the test server (the processes migrate it); dropped after."""
    name = f"dogcoach_replicas_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(admin_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Row:
    id: int
    token: int
    status: str
    delivered: bool
    lease_owner: str | None


class Fleet:
    """`len(ollamas)` serve processes; process i uses `ollamas[i]`."""

    def __init__(
        self,
        database_url: str,
        telegram: FakeTelegramServer,
        ollamas: Sequence[FakeOllama],
        *,
        lease_seconds: float,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.database_url = database_url
        self.telegram = telegram
        common = {
            "DATABASE_URL": database_url,
            "TELEGRAM_BOT_TOKEN": telegram.token,
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TELEGRAM_API_BASE_URL": telegram.url,
            "DOGCOACH_OLLAMA_PULL": "false",
            "DOGCOACH_DEFAULT_LOCALE": "en",
            "DOGCOACH_ANALYSIS_LEASE_SECONDS": str(lease_seconds),
            "DOGCOACH_SCHEDULE_LEASE_SECONDS": str(lease_seconds),
            "DOGCOACH_LOG_LEVEL": "WARNING",
            **(extra or {}),
        }
        self.procs = [
            ServeProcess({**common, "OLLAMA_HOST": ollama.url}, name=f"replica-{i}")
            for i, ollama in enumerate(ollamas)
        ]
        for proc in self.procs:
            proc.wait_ready()

    def close(self) -> None:
        for proc in self.procs:
            proc.close()

    def alive(self) -> list[int]:
        return [i for i, p in enumerate(self.procs) if p.proc.poll() is None]

    async def send(self, owners: range, per_owner: int, first_token: int, concurrency: int = 16) -> list[int]:
        """Each owner (a Telegram chat) sends `per_owner` reports one after another, message j of
        owner o to process (o + j) mod n of those alive; owners at once, at most `concurrency`
        requests in flight. The tokens sent; every webhook answered 200."""
        alive = self.alive()
        gate = asyncio.Semaphore(concurrency)
        tokens: list[int] = []
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(timeout=30, limits=limits, trust_env=False) as client:

            async def owner(o: int) -> None:
                for j in range(per_owner):
                    token = first_token + o * per_owner + j
                    tokens.append(token)
                    text = f"{TEXTS[j % len(TEXTS)]} (visit {token})"
                    update = self.telegram.register_update(
                        self.telegram.make_message(900_000 + o, text, language_code="en", first_name="Owner")
                    )
                    proc = self.procs[alive[(o + j) % len(alive)]]
                    async with gate:
                        response = await client.post(
                            f"{proc.url}/telegram/webhook", json=update, headers={SECRET_HEADER: SECRET}
                        )
                    assert response.status_code == 200, response.text

            await asyncio.gather(*(owner(o) for o in owners))
        return sorted(tokens)

    def rows(self) -> list[Row]:
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            found = conn.execute(
                "SELECT id, text, status, delivered_at IS NOT NULL, lease_owner FROM reports ORDER BY id"
            ).fetchall()
        rows = []
        for report_id, text, status, delivered, owner in found:
            match = TOKEN.search(text)
            assert match is not None, text
            rows.append(Row(report_id, int(match.group(1)), status, delivered, owner))
        return rows

    def wait_settled(self, count: int, within: float) -> list[Row]:
        """Until `count` reports are analysed and their pushes settled (delivered, no lease)."""
        deadline = time.monotonic() + within
        while True:
            rows = self.rows()
            settled = [r for r in rows if r.status != "pending" and r.delivered and r.lease_owner is None]
            if len(settled) >= count:
                return rows
            if time.monotonic() > deadline:
                states = Counter((r.status, r.delivered, r.lease_owner is not None) for r in rows)
                logs = "\n".join(
                    f"--- {p.name} (pid {p.proc.pid}):\n{p.output()[-3000:]}" for p in self.procs
                )
                raise AssertionError(f"{len(settled)} of {count} settled in {within} s: {states}\n{logs}")
            time.sleep(0.1)


def holder_pid(lease_owner: str | None) -> int | None:
    """The process id in a lease holder (`host:pid:random`)."""
    if not lease_owner:
        return None
    parts = lease_owner.split(":")
    return int(parts[-2]) if len(parts) >= 3 and parts[-2].isdigit() else None


def model_requests(*ollamas: FakeOllama) -> Counter[int]:
    """Analysis requests per report token, over the given fake Ollamas."""
    counts: Counter[int] = Counter()
    for ollama in ollamas:
        for body in ollama.chat_bodies():
            found = TOKEN.search(user_text(body)) if body.get("messages") else None
            if found:
                counts[int(found.group(1))] += 1
    return counts


def results_shown(telegram: FakeTelegramServer) -> Counter[int]:
    """Per report token, the Telegram messages that showed its result (a send or an edit whose text
    is the result, not a progress view); a result shown twice is in two messages."""
    shown: set[tuple[int, int, int]] = set()
    for message in telegram.sent_messages():
        text = message.text or ""
        if message.kind not in ("message", "edit_text") or text.endswith(PROGRESS):
            continue
        for found in TOKEN.finditer(text):
            shown.add((message.chat_id, message.message_id, int(found.group(1))))
    return Counter(token for _chat, _message, token in shown)
