"""Shared fixtures: a store on SQLite and on a real PostgreSQL, and the engine over it.

PostgreSQL: one throwaway database per test run, dropped at the end; tables are emptied between
tests. Its server is the one DOGCOACH_TEST_PG_URL names (an admin URL), else a throwaway cluster
this run starts on first use and removes at the end (tests/pgcluster.py). Set
DOGCOACH_TEST_POSTGRES=skip to run without PostgreSQL.

Under pytest-xdist (scripts/test runs several workers) every fixture here is per worker: each
worker starts its own throwaway cluster (or, with DOGCOACH_TEST_PG_URL, creates its own database
on that server), so no two workers ever share a table.
"""

from __future__ import annotations

import gc
import itertools
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from dogcoach.bot.engine import Engine
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, make_store
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (registers the fixture)
from tests.pgcluster import Cluster

PG_ADMIN_URL = os.environ.get("DOGCOACH_TEST_PG_URL", "")
SKIP_PG = os.environ.get("DOGCOACH_TEST_POSTGRES") == "skip"
TABLES = (
    "channel_state", "processed_updates", "messages", "reports", "conversation_state", "dogs", "users", "leases",
)  # fmt: skip


# A full garbage collection before every test's full collection (see below); between two, what the
# tests leave is kept (frozen), so this also bounds that: about 50 apps' worth, under 200 MB per
# worker. Each full collection walks the ~500,000 objects of the collected suite (0.3-1 s of CPU
# on a busy core); every 20 tests that was ~10 % of test_understanding.py's CPU.
FULL_COLLECTION_EVERY = 50
_tests = itertools.count()


@pytest.fixture(scope="session", autouse=True)
def _unfrozen_at_the_end() -> Iterator[None]:
    yield
    gc.unfreeze()  # pytest's last collection then sees everything (finalizers, unraisable errors)


@pytest.fixture(scope="session", autouse=True)
def _chart_worker_warm(messages: Messages) -> None:
    """The chart worker warmed once per test process before its first test, as the server's
    start-up does (`bot/lifecycle.py:charting`), so no test's /week, /progress or /summary waits
    behind the warm-up its own start-up began (up to 10 s on two busy cores: past Kakao's
    deadline). Tests that need it cold stop it (`chart.stop_worker`)."""
    import asyncio

    from dogcoach.services.analysis import chart

    asyncio.run(chart.warm_up(messages))


@pytest.fixture(autouse=True)
def _no_charts_drawn_before() -> None:
    """Each test draws its own charts: one drawn by an earlier test (the same counts) is not taken
    from the chart cache (`chart.bar_chart`), so a test's slow worker is met as it means to be."""
    import sys

    chart = sys.modules.get("dogcoach.services.analysis.chart")
    if chart is not None:
        chart.forget_charts()


@pytest.fixture(autouse=True)
def _collected_heap_frozen() -> None:
    """Keep what the process holds (the collected test modules: ~500,000 objects) out of the app's
    start-up `gc.collect()` (`bot/lifecycle.py`, which then freezes its own objects, and unfreezes
    everything when it stops). In production that collection walks a fresh process; in a pytest
    process that collected the whole suite it walked half a million objects at every app start:
    0.22 s of CPU each time, 39 % of a Kakao test's CPU. `gc.freeze()` (O(1)) before each test
    hides the heap from it; every FULL_COLLECTION_EVERY tests the heap is collected in full first,
    so what earlier tests left behind is freed."""
    if next(_tests) % FULL_COLLECTION_EVERY == 0:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """Admin URL of the PostgreSQL server the tests use (see the module docstring)."""
    if SKIP_PG:
        pytest.skip("DOGCOACH_TEST_POSTGRES=skip")
    if PG_ADMIN_URL:
        yield PG_ADMIN_URL
        return
    with Cluster() as cluster:
        yield cluster.url


@pytest.fixture(scope="session")
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """URL of a fresh database for this run (migrated by the first store that opens it)."""
    name = f"dogcoach_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(pg_admin_url)
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def messages() -> Messages:
    return Messages()


def _backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url: str = request.getfixturevalue("pg_url")
    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('users') IS NOT NULL").fetchone()
        if exists and exists[0]:
            conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A migrated, empty store on each backend."""
    s = make_store(_backend_url(request, tmp_path))
    await s.open()
    await s.migrate()
    yield s
    await s.close()


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[Store]:
    s = make_store(f"sqlite:///{tmp_path / 'test.db'}")
    await s.open()
    await s.migrate()
    yield s
    await s.close()


@pytest.fixture
def engine(store: Store, messages: Messages) -> Engine:
    return Engine(store, messages)


@pytest.fixture
def sqlite_engine(sqlite_store: Store, messages: Messages) -> Engine:
    return Engine(sqlite_store, messages)
