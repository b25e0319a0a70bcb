"""Two real `dogcoach serve` processes on one throwaway PostgreSQL database (issue 15), each with
its own fake Ollama, both sending through one fake Bot API; owners' reports come through the
Telegram webhook, spread over both processes.

1. Both alive: every report is analysed exactly once (model requests per report, over both fake
   Ollamas) and its result shown exactly once (Bot API messages per report), and both share it.
2. A kill -9 of one process while it holds claimed reports: the other finishes them once their
   lease has expired. A report whose analysis was with the dead process's model at the kill is
   asked of the model again (at most twice, stored once); a push it had claimed and not settled
   may show the result twice (at least once); every other report exactly once.

Sizes: `OWNERS` x `PER_OWNER` reports per phase; the issue's 500 reports from 100 owners run in
benchmarks/claims.py (`--replicas`), whose figures are in the README.

And a second `dogcoach serve` on one SQLite file refuses to start, naming PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.replicas import (
    Fleet,
    analysis_with_token,
    fresh_database,
    holder_pid,
    model_requests,
    results_shown,
)
from tests.serve_process import ServeProcess

OWNERS = 10
PER_OWNER = 5
LEASE_SECONDS = 5.0  # renewed every third: room for a loaded machine


@pytest.fixture
def ollamas() -> Iterator[tuple[FakeOllama, FakeOllama]]:
    with FakeOllama() as a, FakeOllama() as b:
        for fake in (a, b):
            fake.behaviour.analysis = analysis_with_token
        yield a, b


def test_two_replicas_analyse_and_deliver_each_report_once_and_finish_a_killed_ones_work(
    pg_admin_url: str, fake_telegram: FakeTelegramServer, ollamas: tuple[FakeOllama, FakeOllama]
) -> None:
    a, b = ollamas
    with fresh_database(pg_admin_url) as url:
        fleet = Fleet(url, fake_telegram, [a, b], lease_seconds=LEASE_SECONDS)
        try:
            # 1. both alive
            first = asyncio.run(fleet.send(range(OWNERS), PER_OWNER, first_token=1000))
            fleet.wait_settled(len(first), within=60)
            asked = model_requests(a, b)
            shown = results_shown(fake_telegram)
            assert {t: asked[t] for t in first} == dict.fromkeys(first, 1)
            assert {t: shown[t] for t in first} == dict.fromkeys(first, 1)
            assert set(asked) == set(first)
            assert model_requests(a) and model_requests(b)  # both took their share

            # 2. process 0 is slow, holds a line of claimed reports, and is killed
            a.behaviour.delay = 0.3
            second = asyncio.run(fleet.send(range(OWNERS, 2 * OWNERS), PER_OWNER, first_token=5000))
            victim = fleet.procs[0]
            fleet.procs[0].kill()
            at_kill = fleet.rows()
            held = [r for r in at_kill if holder_pid(r.lease_owner) == victim.proc.pid]
            analysing = {r.token for r in held if r.status == "pending"}
            pushing = {r.token for r in held if r.status != "pending"}
            assert analysing  # the dead process held reports: the survivor must take them over
            asked_dead = model_requests(a)
            fleet.wait_settled(len(first) + len(second), within=60)
        finally:
            fleet.close()
        asked = model_requests(a, b)
        shown = results_shown(fake_telegram)
        rows = {r.token: r for r in fleet_rows_after(fleet)}
        for token in second:
            assert rows[token].status == "done"
            in_flight = token in analysing and asked_dead[token] > 0  # with the dead one's model
            assert 1 <= asked[token] <= (2 if in_flight else 1), (token, asked[token])
            assert 1 <= shown[token] <= (2 if token in pushing else 1), (token, shown[token])
        assert {t: shown[t] for t in first} == dict.fromkeys(first, 1)  # nothing shown again


def fleet_rows_after(fleet: Fleet) -> list:  # type: ignore[type-arg]
    return fleet.rows()


def test_a_second_server_on_one_sqlite_file_refuses_to_start(
    tmp_path: Path, fake_telegram: FakeTelegramServer
) -> None:
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'one.db'}",
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": "sqlite-one-process-secret",
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "DOGCOACH_OLLAMA_PULL": "false",
    }
    first = ServeProcess(env, name="sqlite-first").wait_ready()
    second = ServeProcess(env, name="sqlite-second")
    try:
        assert second.proc.wait(30) == 1
        output = second.output()
        assert "already running on the SQLite database" in output
        assert f"(pid {first.proc.pid})" in output
        assert "PostgreSQL" in output and "Traceback" not in output
        assert first.proc.poll() is None  # the first one is untouched
    finally:
        second.close()
        first.close()
    again = ServeProcess(env, name="sqlite-again").wait_ready()  # the lock went with the process
    again.close()
