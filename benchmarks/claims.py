"""What claiming reports costs (issue 15), on SQLite and PostgreSQL, and the issue's two-replica run.

1. Claim overhead per report: `--reports` reports (of `--owners` owners) go through the store
   statements the analysis service runs for each, each in its own transaction as in the service:

   - before (one process, no leases): read the report, write the result, claim the push;
   - after: the claim right after the turn (`claim_reports`, one statement for the reports
     submitted together: `--batch`), the worker's claim (it replaces the read), the result written
     under the lease (`settle_report`, it replaces the write), the push claimed under the lease
     and settled after the platform answered (`settle_delivery`: new);
   - plus the keeper: one pass (renew every lease held, sweep, re-offer) every third of the lease,
     whatever the number of reports; its cost is printed per pass.

   Statements are counted at the store's one entry point (`_run`).

2. `--replicas`: two real `dogcoach serve` processes on one PostgreSQL database, each with its own
   fake Ollama, `--owners` owners sending `--reports` reports through the Telegram webhook spread
   over both (tests/replicas.py): the time until every result is delivered, and each report
   analysed and shown exactly once.

    .venv/bin/python benchmarks/claims.py [--reports 500] [--owners 100] [--pg postgresql://...] [--replicas]

Without `--pg`, a throwaway PostgreSQL cluster is started (tests/pgcluster.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store, make_store
from dogcoach.services.store.core import SessionCore, utcnow

STATEMENTS = [0]
LEASE = timedelta(seconds=60)


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


async def timed(work: Callable[[], Awaitable[None]]) -> tuple[float, int]:
    STATEMENTS[0] = 0
    t0 = time.perf_counter()
    await work()
    return time.perf_counter() - t0, STATEMENTS[0]


async def reports(store: Store, owners: int, per_owner: int) -> list[int]:
    ids = []
    async with store.session() as s:
        for o in range(owners):
            user = await s.create_user(Channel.TELEGRAM, f"bench-{o}-{time.monotonic_ns()}")
            for j in range(per_owner):
                ids.append((await s.add_report(user.id, None, f"report {o}/{j}", "en")).id)
    return ids


ANALYSIS = {"category": "barking", "summary": ["a", "b", "c"], "next_step": "x"}


async def before(store: Store, ids: list[int], batch: int) -> None:
    for report_id in ids:
        async with store.session() as s:
            report = await s.get_report(report_id)
        assert report is not None
        report.status, report.analysis = "done", ANALYSIS
        async with store.session() as s:
            await s.update_report(report)
        async with store.session() as s:
            assert await s.claim_delivery(report_id)


async def after(store: Store, ids: list[int], batch: int) -> None:
    holder = "bench:1:x"
    for start in range(0, len(ids), batch):  # the keeper claims what turns submitted meanwhile
        async with store.session() as s:
            await s.claim_reports(ids[start : start + batch], holder, utcnow() + LEASE, utcnow())
    for report_id in ids:
        async with store.session() as s:
            report = await s.claim_report(report_id, holder, utcnow() + LEASE, utcnow())
        assert report is not None
        report.status, report.analysis = "done", ANALYSIS
        async with store.session() as s:
            assert await s.settle_report(report, holder)
        async with store.session() as s:
            assert await s.claim_delivery(report_id, holder, utcnow() + LEASE)
        async with store.session() as s:
            assert await s.settle_delivery(report_id, holder)


async def keeper_pass(store: Store) -> None:
    now = utcnow()
    async with store.session() as s:
        await s.renew_report_leases("bench:1:x", now + LEASE)
    async with store.session() as s:
        await s.sweep_reports("bench:1:x", now + LEASE, now, now - LEASE)
    async with store.session() as s:
        await s.reoffer_deliveries("bench:1:x", now + LEASE, now)


async def overhead(url: str, name: str, n: int, owners: int, batch: int) -> None:
    store = make_store(url)
    await store.open()
    await store.migrate()
    per_owner = max(1, n // owners)
    results = {}
    for label, path in (("before", before), ("after", after)):
        ids = await reports(store, owners, per_owner)
        results[label] = await timed(lambda ids=ids, path=path: path(store, ids, batch))  # type: ignore[misc]
    passes = 20
    ids = await reports(store, 1, 3)
    async with store.session() as s:
        await s.claim_reports(ids, "bench:1:x", utcnow() + LEASE, utcnow())

    async def keep() -> None:
        for _ in range(passes):
            await keeper_pass(store)

    seconds, statements = await timed(keep)
    count = owners * per_owner
    (b_s, b_n), (a_s, a_n) = results["before"], results["after"]
    print(f"{name}: {count} reports of {owners} owners, the submitted claimed {batch} at a time")
    print(f"  before: {b_s / count * 1e3:.3f} ms, {b_n / count:.2f} statements per report")
    print(f"  after:  {a_s / count * 1e3:.3f} ms, {a_n / count:.2f} statements per report")
    print(
        f"  claim overhead: {(a_s - b_s) / count * 1e3:+.3f} ms, {(a_n - b_n) / count:+.2f} statements per report"
    )
    print(
        f"  keeper: {seconds / passes * 1e3:.3f} ms, {statements / passes:.0f} statements per pass "
        f"(one every {LEASE.total_seconds() / 3:.0f} s with the default lease, whatever the load)"
    )
    await store.close()


def replicas(admin_url: str, reports_n: int, owners: int) -> None:
    from tests.fakes.ollama_server import FakeOllama
    from tests.fakes.telegram_api import FakeTelegramServer
    from tests.replicas import Fleet, analysis_with_token, fresh_database, model_requests, results_shown

    per_owner = max(1, reports_n // owners)
    with (
        fresh_database(admin_url) as url,
        FakeTelegramServer() as telegram,
        FakeOllama() as a,
        FakeOllama() as b,
    ):
        for fake in (a, b):
            fake.behaviour.analysis = analysis_with_token
        t0 = time.monotonic()
        fleet = Fleet(url, telegram, [a, b], lease_seconds=10)
        started = time.monotonic() - t0
        try:
            t0 = time.monotonic()
            tokens = asyncio.run(fleet.send(range(owners), per_owner, first_token=1000))
            sent = time.monotonic() - t0
            fleet.wait_settled(len(tokens), within=600)
            done = time.monotonic() - t0
        finally:
            fleet.close()
        asked, shown = model_requests(a, b), results_shown(telegram)
        twice = [t for t in tokens if asked[t] != 1 or shown[t] != 1]
        print(f"two replicas: {len(tokens)} reports of {owners} owners through the Telegram webhook")
        print(f"  start of both processes: {started:.1f} s; webhooks answered in {sent:.1f} s")
        print(f"  every result delivered after {done:.1f} s ({len(tokens) / done * 60:.0f} reports a minute)")
        print(
            f"  analysed by process 0 / 1: {sum(model_requests(a).values())} / {sum(model_requests(b).values())}; "
            f"reports not analysed or shown exactly once: {len(twice)}"
        )


@contextlib.contextmanager
def postgres(url: str) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.pgcluster import Cluster

    with Cluster() as cluster:
        yield cluster.url


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--owners", type=int, default=100)
    parser.add_argument("--batch", type=int, default=1, help="reports claimed per keeper claim")
    parser.add_argument("--pg", default=os.environ.get("DOGCOACH_BENCH_PG_URL", ""))
    parser.add_argument("--replicas", action="store_true", help="also the two-process run")
    args = parser.parse_args()
    count_statements()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(
            overhead(f"sqlite:///{Path(tmp) / 'claims.db'}", "SQLite", args.reports, args.owners, args.batch)
        )
    with postgres(args.pg) as admin:
        from tests.replicas import fresh_database

        with fresh_database(admin) as url:
            asyncio.run(overhead(url, "PostgreSQL", args.reports, args.owners, args.batch))
        if args.replicas:
            replicas(admin, args.reports, args.owners)


if __name__ == "__main__":
    main()
