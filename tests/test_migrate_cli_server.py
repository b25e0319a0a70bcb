"""`dogcoach migrate` beside a running DogCoach process on SQLite (the owner's cheap box).

SQLite has one writer, and a `dogcoach serve` (or `run --polling`, or `chat`) holds its database
for its whole life (`sqlite_lock.one_server`). `dogcoach migrate` took no lock: run beside a
server it was a second process writing the same file (the fault found in the broadcast round,
whose CLI now hands its broadcast to the server). It now refuses there, says why and what to do
(the server migrates at start: restart it), exits 1 and leaves the database as it was; with
nothing running it migrates as before. On PostgreSQL every migration runs in one transaction under
an advisory lock, so `migrate` beside a server, or two at once, stay safe: checked here too.

Real processes throughout: the command and the servers are `python -m dogcoach` subprocesses.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from dogcoach.services.store.migrations import migration_files
from dogcoach.services.store.sqlite_lock import running_server
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.replicas import fresh_database
from tests.serve_process import ServeProcess, dogcoach

SECRET = "migrate-cli-server-secret"
LATEST = max(version for version, _ in migration_files("sqlite"))


def _env(db: Path, telegram: FakeTelegramServer, ollama: FakeOllama, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{db}",
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": telegram.url,
        "OLLAMA_HOST": ollama.url,
        "DOGCOACH_OLLAMA_PULL": "false",
        "DOGCOACH_DEFAULT_LOCALE": "en",
        "DOGCOACH_LOG_LEVEL": "WARNING",
        **extra,
    }


# A column the latest SQLite migration adds ("ALTER TABLE users ADD COLUMN checkin_minute …").
_ADDED_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)


def _unrecord_latest(db: Path) -> None:
    """A migration pending beside the running process, as after an upgrade of the code: the latest
    one is no longer recorded as applied, and the columns it adds are dropped again (SQLite has no
    `ADD COLUMN IF NOT EXISTS`: migration 13 adds one), so applying it again finds the database
    as it was before it."""
    [latest] = [path for version, path in migration_files("sqlite") if version == LATEST]
    with sqlite3.connect(db, timeout=10) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version = ?", (LATEST,))
        for table, column in _ADDED_COLUMN.findall(latest.read_text(encoding="utf-8")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _snapshot(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The migrations recorded (with when) and the schema."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        recorded = conn.execute(
            "SELECT version, applied_at FROM schema_migrations ORDER BY version"
        ).fetchall()
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    return recorded, schema


def _assert_refused(done: subprocess.CompletedProcess[str], pid: int, db: Path) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert f"pid {pid}" in done.stderr and str(db) in done.stderr, done.stderr
    assert "SQLite has one writer" in done.stderr, done.stderr
    assert "migrates at start" in done.stderr, done.stderr  # what to do instead
    assert "applied migrations" not in done.stdout and "up to date" not in done.stdout, done.stdout


def _migrates_alone(env: dict[str, str]) -> None:
    """Nothing holds the database: the pending migration is applied, then nothing is left."""
    first = dogcoach("migrate", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.strip() == f"applied migrations: [{LATEST}]"
    second = dogcoach("migrate", env=env)
    assert second.returncode == 0 and second.stdout.strip() == "database is up to date", second.stdout


def _wait_for_holder(db: Path, proc: subprocess.Popen[str], within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while running_server(str(db)) is None:
        assert proc.poll() is None, f"exited with {proc.returncode}"
        assert time.monotonic() < deadline, "the process never took the database"
        time.sleep(0.1)


def _until_migrated(db: Path, within: float = 60.0) -> None:
    """`chat` and `run --polling` take the lock first and migrate just after."""
    deadline = time.monotonic() + within
    while True:
        try:
            recorded = _snapshot(db)[0]
            if recorded and max(int(str(v)) for v, _ in recorded) == LATEST:
                return
        except sqlite3.Error:
            pass
        assert time.monotonic() < deadline, "the process never migrated"
        time.sleep(0.1)


@contextmanager
def _process(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dogcoach", *args],
        env={**os.environ, **env},
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT if args[0] == "chat" else signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def test_migrate_beside_a_running_server_on_sqlite_refuses_and_leaves_the_database_alone(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    db = tmp_path / "box.db"
    with FakeOllama() as ollama:
        env = _env(db, fake_telegram, ollama)
        server = ServeProcess(env, name="migrate-beside-serve").wait_ready()
        try:
            _unrecord_latest(db)
            before = _snapshot(db)
            done = dogcoach("migrate", env=env)
            _assert_refused(done, server.proc.pid, db)
            assert "restart" in done.stderr, done.stderr
            assert _snapshot(db) == before  # the pending migration is still pending
            assert server.proc.poll() is None  # the server is untouched
        finally:
            server.close()
        _migrates_alone(env)


@pytest.mark.parametrize("command", [["chat", "--lang", "en"], ["run", "--polling"]], ids=["chat", "polling"])
def test_migrate_beside_chat_or_polling_on_sqlite_refuses_too(
    tmp_path: Path, fake_telegram: FakeTelegramServer, command: list[str]
) -> None:
    db = tmp_path / "box.db"
    with FakeOllama() as ollama:
        env = _env(db, fake_telegram, ollama)
        with _process(command, env) as proc:
            _wait_for_holder(db, proc)
            _until_migrated(db)
            _unrecord_latest(db)
            before = _snapshot(db)
            done = dogcoach("migrate", env=env)
            _assert_refused(done, proc.pid, db)
            assert _snapshot(db) == before
            assert proc.poll() is None
        _migrates_alone(env)


def test_on_postgres_migrate_beside_a_server_and_two_at_once_are_safe(
    tmp_path: Path, fake_telegram: FakeTelegramServer, pg_admin_url: str
) -> None:
    """PostgreSQL: migrations run in one transaction under `pg_advisory_xact_lock`, so a migrate
    beside a running server applies what is pending (no refusal), and two started together on a
    fresh database apply every version once between them."""
    with FakeOllama() as ollama, fresh_database(pg_admin_url) as database:
        env = _env(tmp_path / "unused.db", fake_telegram, ollama, DATABASE_URL=database)
        server = ServeProcess(env, name="migrate-beside-pg").wait_ready()
        try:
            with psycopg.connect(database, autocommit=True) as conn:
                conn.execute("DELETE FROM schema_migrations WHERE version = %s", (LATEST,))
            done = dogcoach("migrate", env=env)
            assert done.returncode == 0, done.stdout + done.stderr
            assert done.stdout.strip() == f"applied migrations: [{LATEST}]"
            assert server.proc.poll() is None
        finally:
            server.close()
    with fresh_database(pg_admin_url) as database:
        env = {"DATABASE_URL": database}
        results: list[subprocess.CompletedProcess[str]] = []
        threads = [
            threading.Thread(target=lambda: results.append(dogcoach("migrate", env=env))) for _ in range(2)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
        outputs = sorted(r.stdout.strip() for r in results)
        every = [v for v, _ in migration_files("postgres")]
        assert outputs == [f"applied migrations: {every}", "database is up to date"], outputs
        with psycopg.connect(database, autocommit=True) as conn:
            rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert [r[0] for r in rows] == every
