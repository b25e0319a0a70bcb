"""`dogcoach broadcast` beside a running `dogcoach serve` on SQLite (the owner's cheap box).

SQLite has one writer. The server serializes its own writes (one connection, an asyncio lock, a
checkpoint worker that runs alone); the CLI was a second process writing the same file: its
delivery fill, claims and settles competed with the server's turns for the write lock (both sides
polling `BEGIN IMMEDIATE` with backoff, the loser waiting up to its deadline) and its own
checkpoint worker ran beside the server's commits. Now, when a server holds the database, the CLI
hands the broadcast to it through the admin API and only follows it: one writer.

Real processes throughout: `dogcoach serve` on a SQLite file with the fake Bot API, owners
writing to it through the Telegram webhook while the real `dogcoach broadcast` runs in a
subprocess.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import psycopg

from dogcoach.services.broadcast import tip_title
from dogcoach.services.i18n import Messages
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import SECRET_HEADER, FakeTelegramServer
from tests.replicas import fresh_database
from tests.serve_process import ServeProcess, dogcoach, free_port

SECRET = "broadcast-cli-server-secret"
ADMIN_TOKEN = "broadcast-cli-admin-token-0123456789"
OWNERS = 30
FIRST_CHAT = 770_000


def _env(tmp_path: Path, telegram: FakeTelegramServer, ollama: FakeOllama, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'box.db'}",  # extra may name PostgreSQL instead
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": telegram.url,
        "OLLAMA_HOST": ollama.url,
        "DOGCOACH_OLLAMA_PULL": "false",
        "DOGCOACH_DEFAULT_LOCALE": "en",
        "DOGCOACH_LOG_LEVEL": "WARNING",
        "BROADCAST_RATE_PER_SECOND": "200",
        **extra,
    }


def _post(
    client: httpx.Client, server: ServeProcess, telegram: FakeTelegramServer, chat: int, text: str
) -> float:
    update = telegram.register_update(
        telegram.make_message(chat, text, language_code="en", first_name="Owner")
    )
    t0 = time.monotonic()
    response = client.post(f"{server.url}/telegram/webhook", json=update, headers={SECRET_HEADER: SECRET})
    assert response.status_code == 200, response.text
    return time.monotonic() - t0


class _Load:
    """Owners writing to the server (each turn a commit) from four threads until stopped."""

    def __init__(self, server: ServeProcess, telegram: FakeTelegramServer) -> None:
        self.latencies: list[float] = []
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._owner, args=(server, telegram, k), daemon=True) for k in range(4)
        ]

    def _owner(self, server: ServeProcess, telegram: FakeTelegramServer, k: int) -> None:
        with httpx.Client(timeout=30, trust_env=False) as client:
            n = 0
            while not self._stop.is_set():
                chat = FIRST_CHAT + (k + 4 * n) % OWNERS
                n += 1
                try:
                    self.latencies.append(_post(client, server, telegram, chat, "/help"))
                except BaseException as exc:
                    self.errors.append(exc)
                    return

    def __enter__(self) -> _Load:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(30)


def _broadcasts(tmp_path: Path) -> list[tuple[int, str, str, int, int]]:
    with sqlite3.connect(tmp_path / "box.db") as conn:
        rows = conn.execute(
            "SELECT id, created_by, status, total, sent FROM broadcasts ORDER BY id"
        ).fetchall()
    return [tuple(r) for r in rows]


def _started_owners(server: ServeProcess, telegram: FakeTelegramServer) -> None:
    with httpx.Client(timeout=30, trust_env=False) as client:
        for i in range(OWNERS):
            _post(client, server, telegram, FIRST_CHAT + i, "/start")


def test_the_cli_hands_its_broadcast_to_the_running_server_under_write_load(
    tmp_path: Path, fake_telegram: FakeTelegramServer, messages: Messages
) -> None:
    with FakeOllama() as ollama:
        env = _env(tmp_path, fake_telegram, ollama, ADMIN_API_TOKEN=ADMIN_TOKEN)
        server = ServeProcess(env, name="bc-cli-server").wait_ready()
        try:
            _started_owners(server, fake_telegram)
            before = len(fake_telegram.sent_messages())
            with _Load(server, fake_telegram) as load:
                time.sleep(0.5)
                done = dogcoach("broadcast", "--tip", "timing", "--yes", env=env, timeout=120)
            assert done.returncode == 0, done.stdout + done.stderr
            assert not load.errors, load.errors
            assert load.latencies  # the owners kept writing while it ran
            assert server.proc.poll() is None
            # One writer: the server made and sent the broadcast; the CLI only asked and followed.
            rows = _broadcasts(tmp_path)
            assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("api", "done", OWNERS, OWNERS)], rows
            assert f"broadcast #{rows[0][0]} done" in done.stdout
            assert f"sent {OWNERS}, blocked 0, failed 0" in done.stdout
            assert "handed to the running server" in done.stdout
            # Every owner got the tip exactly once.
            title = tip_title(messages, "en", "timing")
            got = Counter(
                m.chat_id
                for m in fake_telegram.sent_messages()[before:]
                if m.kind == "message" and title in (m.text or "")
            )
            assert got == Counter({FIRST_CHAT + i: 1 for i in range(OWNERS)})
            # --status and --resume go through the server too, and agree with it.
            status = dogcoach("broadcast", "--status", str(rows[0][0]), env=env)
            assert status.returncode == 0, status.stdout + status.stderr
            assert f"sent {OWNERS}, blocked 0, failed 0, skipped 0, pending 0 of {OWNERS}" in status.stdout
            resume = dogcoach("broadcast", "--resume", env=env)
            assert resume.returncode == 0 and "no unfinished broadcasts" in resume.stdout, resume.stdout
        finally:
            server.close()


def test_beside_a_server_without_an_admin_token_the_cli_writes_nothing_and_says_why(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    with FakeOllama() as ollama:
        env = _env(tmp_path, fake_telegram, ollama)
        server = ServeProcess(env, name="bc-cli-no-token").wait_ready()
        try:
            _started_owners(server, fake_telegram)
            done = dogcoach("broadcast", "--tip", "timing", "--yes", env=env, timeout=120)
            assert done.returncode == 1, done.stdout + done.stderr
            assert "ADMIN_API_TOKEN" in done.stderr and f"pid {server.proc.pid}" in done.stderr, done.stderr
            assert "Traceback" not in done.stderr
            assert _broadcasts(tmp_path) == []
        finally:
            server.close()


def test_on_postgres_the_cli_beside_a_server_still_sends_itself(
    tmp_path: Path, fake_telegram: FakeTelegramServer, pg_admin_url: str, messages: Messages
) -> None:
    """PostgreSQL takes many writers: no hand-over, the command sends as before (and no token is
    needed), while owners write to the server."""
    with FakeOllama() as ollama, fresh_database(pg_admin_url) as database:
        env = _env(tmp_path, fake_telegram, ollama, DATABASE_URL=database)
        server = ServeProcess(env, name="bc-cli-pg").wait_ready()
        try:
            _started_owners(server, fake_telegram)
            before = len(fake_telegram.sent_messages())
            with _Load(server, fake_telegram) as load:
                time.sleep(0.5)
                done = dogcoach("broadcast", "--tip", "timing", "--yes", env=env, timeout=120)
            assert done.returncode == 0, done.stdout + done.stderr
            assert not load.errors, load.errors
            assert f"sent {OWNERS}, blocked 0, failed 0" in done.stdout
            assert "handed to the running server" not in done.stdout
            with psycopg.connect(database, autocommit=True) as conn:
                rows = conn.execute("SELECT created_by, status, sent FROM broadcasts").fetchall()
            assert [(r[0].startswith("cli:"), r[1], r[2]) for r in rows] == [(True, "done", OWNERS)]
            title = tip_title(messages, "en", "timing")
            got = Counter(
                m.chat_id
                for m in fake_telegram.sent_messages()[before:]
                if m.kind == "message" and title in (m.text or "")
            )
            assert got == Counter({FIRST_CHAT + i: 1 for i in range(OWNERS)})
        finally:
            server.close()


def test_a_server_started_while_the_cli_sends_alone_waits_its_turn(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    """With no server running the command sends the broadcast itself: it holds the SQLite lock
    the while (found beside `migrate`: it only looked, so a server started meanwhile became a
    second writer). A server started while it waits at "send to N users?" is refused, names the
    command's pid and exits; the command goes on and ends as asked."""
    with FakeOllama() as ollama:
        env = _env(tmp_path, fake_telegram, ollama)
        server = ServeProcess(env, name="bc-cli-owners").wait_ready()
        try:
            _started_owners(server, fake_telegram)
        finally:
            server.close()
        cli = subprocess.Popen(
            [sys.executable, "-m", "dogcoach", "broadcast", "--tip", "timing"],
            env={**os.environ, **env},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert cli.stdout is not None and cli.stdin is not None
            seen = ""
            while f"send to {OWNERS} users?" not in seen:  # the prompt ends without a newline
                char = cli.stdout.read(1)
                assert char, seen + (cli.stderr.read() if cli.stderr else "")
                seen += char
            second = dogcoach("serve", "--port", str(free_port()), env=env, timeout=60)
            assert second.returncode != 0, second.stdout + second.stderr
            assert f"pid {cli.pid}" in second.stderr and "Traceback" not in second.stderr, second.stderr
            out, err = cli.communicate("n\n", timeout=60)
            assert cli.returncode == 0, out + err
            assert "cancelled; nothing sent" in out
            assert _broadcasts(tmp_path) == []
        finally:
            if cli.poll() is None:
                cli.kill()
                cli.wait(10)
