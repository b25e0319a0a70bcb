"""Check-ins for 100,000 owners (issue 13): what scheduling and sending them costs, in time and in
database statements, on SQLite and on PostgreSQL.

`--owners` owners (Telegram), each with one active plan and its pending check-in, are written in
SQL; then, at that size:

1. scheduling: `--schedule` more owners' plans started the way a result starts one
   (`StoreSession.start_plan`: the plan and its check-in, one transaction each);
2. an idle pass of the scheduler (`CheckinWorker.run_once`) while none is due: what every server
   pays every `DOGCOACH_CHECKIN_POLL_SECONDS`;
3. a burst: `--due` check-ins due at once (a morning after the quiet hours), sent by one pass with
   a push that answers at once, so the figures are the database's share (a real push adds the
   platform's round trip);
4. the same burst split between two workers (replicas) at once: each check-in sent exactly once.

Statements are counted at the store's one entry point (`_run`).

    .venv/bin/python benchmarks/checkins.py [--owners 100000] [--due 10000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.domain.channel import Channel
from dogcoach.services.coaching import CheckinPolicy, QuietHours
from dogcoach.services.coaching.worker import CheckinWorker, Pushed
from dogcoach.services.store import Store, make_store
from dogcoach.services.store.core import SessionCore
from dogcoach.services.store.models import CheckinTarget

NOW = datetime(2026, 3, 5, 0, 0, tzinfo=UTC)  # 09:00 in Seoul
STATEMENTS = [0]


def count_statements() -> None:
    """Count every statement any session runs (both backends' sessions override `_run`)."""
    from dogcoach.services.store.pg_session import PostgresSession
    from dogcoach.services.store.sqlite import SqliteSession

    for cls in (SqliteSession, PostgresSession):
        original = cls._run

        async def counted(self: SessionCore, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            STATEMENTS[0] += 1
            return await _original(self, *args, **kwargs)

        cls._run = counted  # type: ignore[method-assign]


async def timed(what: str, work: Callable[[], Awaitable[Any]], per: int = 1) -> Any:
    STATEMENTS[0] = 0
    t0 = time.perf_counter()
    result = await work()
    elapsed = time.perf_counter() - t0
    per_item = (
        f"; {elapsed / per * 1e3:.3f} ms and {STATEMENTS[0] / per:.2f} statements each" if per > 1 else ""
    )
    print(f"  {what:<52} {elapsed:8.2f} s {STATEMENTS[0]:8} statements{per_item}")
    return result


def numbers(store: Store, n: int) -> str:
    if store.dialect.name == "postgres":
        return f"INSERT INTO n SELECT generate_series(1, {n})"
    return f"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) INSERT INTO n SELECT i FROM s"


async def seed(store: Store, owners: int, due: int) -> None:
    """`owners` owners with a plan each; `due` of their check-ins due at NOW, `due` more an hour
    later, the rest in a week."""
    ts = store.dialect.ts_in
    async with store.session() as s:
        await s.execute("CREATE TEMP TABLE n (i integer)")
        await s.execute(numbers(store, owners), bulk=True)
        await s.execute(
            "INSERT INTO users (channel, external_id, locale, created_at, last_seen_at) "
            "SELECT 'telegram', 'owner-' || n.i, 'ko', ?, ? FROM n",
            ts(NOW),
            ts(NOW),
            bulk=True,
        )
        await s.execute(
            "INSERT INTO plans (user_id, dog_id, category, next_step, status, started_at, checkin_due_at, "
            "updated_at) SELECT id, NULL, 'barking', 'Treat quiet at the door', 'active', ?, ?, ? FROM users",
            ts(NOW - timedelta(days=3)),
            ts(NOW + timedelta(days=7)),
            ts(NOW),
            bulk=True,
        )
        await s.execute(
            "INSERT INTO checkins (plan_id, user_id, category, due_at, status, created_at) "
            "SELECT id, user_id, category, CASE WHEN id <= ? THEN ? WHEN id <= ? THEN ? ELSE ? END, 'pending', ? "
            "FROM plans",
            due,
            ts(NOW),
            2 * due,
            ts(NOW + timedelta(hours=1)),
            ts(NOW + timedelta(days=7)),
            ts(NOW),
            bulk=True,
        )
    if store.dialect.name == "postgres":
        async with store.session() as s:
            await s.execute("ANALYZE users")
            await s.execute("ANALYZE plans")
            await s.execute("ANALYZE checkins")


class InstantPush:
    """Answers "sent" at once: the figures are the scheduler's and the database's alone."""

    def __init__(self) -> None:
        self.sent: list[int] = []

    def channels(self) -> tuple[str, ...]:
        return (Channel.TELEGRAM,)

    async def push(self, target: CheckinTarget) -> Pushed:
        self.sent.append(target.checkin.id)
        return Pushed("sent")


async def measure(url: str, owners: int, due: int, schedule: int) -> None:
    store = make_store(url)
    await store.open()
    await store.migrate()
    print(f"{store.dialect.name}: {owners:,} owners with a plan and a pending check-in")
    t0 = time.perf_counter()
    await seed(store, owners, due)
    print(f"  seeded in {time.perf_counter() - t0:.1f} s")
    policy = CheckinPolicy(quiet=QuietHours(datetime.min.time(), datetime.min.time()))

    async def start_plans() -> None:
        for i in range(schedule):
            async with store.session() as s:
                user = await s.create_user(Channel.TELEGRAM, f"new-{i}")
                await s.start_plan(
                    user.id,
                    None,
                    "barking",
                    "Treat quiet at the door",
                    report_id=None,
                    started_at=NOW,
                    checkin_due_at=NOW + timedelta(days=3),
                )

    STATEMENTS[0] = 0
    t0 = time.perf_counter()
    await start_plans()
    elapsed = time.perf_counter() - t0
    print(
        f"  scheduling: {schedule:,} plans started (owner, plan, check-in) {elapsed:8.2f} s; "
        f"{elapsed / schedule * 1e3:.3f} ms and {(STATEMENTS[0] / schedule) - 1:.0f} statements "
        "each for the plan and its check-in (one more creates the owner)"
    )

    idle = CheckinWorker(store, InstantPush(), policy=policy, clock=lambda: NOW - timedelta(hours=1))
    await timed("idle pass, nothing due", idle.run_once)
    runs = []
    for _ in range(20):
        t0 = time.perf_counter()
        await idle.run_once()
        runs.append(time.perf_counter() - t0)
    runs.sort()
    print(f"  {'idle pass, median of 20':<52} {runs[10] * 1e3:8.2f} ms")

    push = InstantPush()
    burst = CheckinWorker(store, push, policy=policy, clock=lambda: NOW)
    await timed(f"burst: {due:,} due at once, one worker", burst.run_once, per=due)
    assert len(push.sent) == due, len(push.sent)

    later = NOW + timedelta(hours=1)
    pushes = [InstantPush(), InstantPush()]
    workers = [CheckinWorker(store, p, policy=policy, clock=lambda: later) for p in pushes]

    async def both() -> None:
        await asyncio.gather(*(w.run_once() for w in workers))

    await timed(f"burst: {due:,} due at once, two workers", both, per=due)
    sent = [i for p in pushes for i in p.sent]
    assert len(sent) == len(set(sent)) == due, (len(sent), len(set(sent)))
    print(f"  two workers: {len(pushes[0].sent):,} + {len(pushes[1].sent):,} sent, none twice")
    await store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--owners", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--schedule", type=int, default=1_000)
    parser.add_argument("--pg", default=os.environ.get("DOGCOACH_BENCH_PG_URL", ""))
    args = parser.parse_args()
    count_statements()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(measure(f"sqlite:///{Path(tmp) / 'checkins.db'}", args.owners, args.due, args.schedule))
    if args.pg:
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS dogcoach_checkins WITH (FORCE)")
            admin.execute("CREATE DATABASE dogcoach_checkins")
        try:
            url = args.pg.rsplit("/", 1)[0] + "/dogcoach_checkins"
            asyncio.run(measure(url, args.owners, args.due, args.schedule))
        finally:
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute("DROP DATABASE IF EXISTS dogcoach_checkins WITH (FORCE)")


if __name__ == "__main__":
    main()
