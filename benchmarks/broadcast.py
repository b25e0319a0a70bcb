"""A broadcast to many users through the fake Telegram Bot API, whose flood limit is set to the
broadcast rate (so any send over the rate would come back as a 429).

Prints the achieved rate (accepted sends, first to last, as the fake saw them), 429 answers,
duplicates, and the bot's CPU time per delivery (store, pacing, python-telegram-bot, httpx). The
fake runs in a child process, so it neither counts in the CPU figure nor competes for this
process's GIL (which would add arrival jitter no real deployment has). Targets (issue 6): rate
within 5 % of the configured one, zero duplicates.

    .venv/bin/python benchmarks/broadcast.py                 # 10,000 users at 25/s: ~7 minutes
    .venv/bin/python benchmarks/broadcast.py --rate 500      # a quick figure
    .venv/bin/python benchmarks/broadcast.py --pg postgresql://postgres:postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.services.broadcast import BroadcastService, Progress, make_spec
from dogcoach.services.broadcast.telegram_sender import TelegramSender
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, make_store
from dogcoach.services.store.base import utcnow
from tests.fakes.telegram_api import FakeTelegramServer

FIRST_CHAT = 10_000_000


@asynccontextmanager
async def database(pg_admin_url: str | None) -> AsyncIterator[Store]:
    """A fresh SQLite file, or a throwaway database on the given Postgres server."""
    if pg_admin_url is None:
        with tempfile.TemporaryDirectory() as tmp:
            store = make_store(f"sqlite:///{tmp}/bench.db")
            await store.open()
            try:
                yield store
            finally:
                await store.close()
        return
    import psycopg

    name = f"dogcoach_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    store = make_store(urlunsplit(urlsplit(pg_admin_url)._replace(path=f"/{name}")))
    await store.open()
    try:
        yield store
    finally:
        await store.close()
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def seed(store: Store, users: int) -> None:
    async with store.session() as s:
        now = s.d.ts_in(utcnow())
        for i in range(users):
            await s.execute(
                "INSERT INTO users (channel, external_id, locale, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                "telegram",
                str(FIRST_CHAT + i),
                "ko" if i % 2 else "en",
                now,
                now,
            )


async def run(args: argparse.Namespace, token: str, url: str, fake: Connection) -> int:
    messages = Messages()
    async with database(args.pg) as store:
        await store.migrate()
        t0 = time.perf_counter()
        await seed(store, args.users)
        print(f"seeded {args.users} users in {time.perf_counter() - t0:.1f}s ({store.dialect.name})")
        sender = TelegramSender(token, url, pool_size=args.concurrency)
        service = BroadcastService(
            store, messages, telegram=sender, rate_per_second=args.rate, concurrency=args.concurrency
        )
        t0 = time.perf_counter()
        broadcast = await service.create(make_spec(messages, tip="timing"), "benchmark")
        assert broadcast is not None
        print(
            f"created broadcast #{broadcast.id} with {broadcast.total} deliveries in {time.perf_counter() - t0:.2f}s"
        )
        step = max(1, broadcast.total // 10)
        shown = 0

        def progress(p: Progress) -> None:
            nonlocal shown
            if p.done >= shown + step or p.done == p.total:
                shown = p.done
                print(
                    f"  {p.done:>6}/{p.total}  {p.elapsed:6.1f}s  {p.done / max(p.elapsed, 1e-9):6.1f}/s",
                    flush=True,
                )

        cpu0, wall0 = time.process_time(), time.perf_counter()
        report = await service.run(broadcast.id, progress)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        await service.close()
    assert report is not None
    b = report.broadcast
    fake.send("report")
    calls: list[tuple[float, int, int]] = fake.recv()
    accepted = sorted(t for t, status, _ in calls if status == 200)
    limited = sum(1 for _, status, _ in calls if status == 429)
    chats = Counter(chat for _, status, chat in calls if status == 200)
    duplicates = sum(n - 1 for n in chats.values() if n > 1)
    achieved = (len(accepted) - 1) / (accepted[-1] - accepted[0]) if len(accepted) > 1 else 0.0
    within = abs(achieved - args.rate) / args.rate
    print()
    print(f"configured rate      {args.rate:.1f}/s (fake's flood limit {int(args.rate)}/s, 1/s per chat)")
    print(
        f"achieved rate        {achieved:.2f}/s  ({within * 100:.1f} % below)"
        if achieved
        else "achieved rate  -"
    )
    print(
        f"sent / total         {b.sent} / {b.total}   blocked {b.blocked}  failed {b.failed}  skipped {b.skipped}"
    )
    print(f"429 answers          {limited}")
    print(f"duplicates           {duplicates}   (users reached: {len(chats)})")
    print(f"wall time            {wall:.1f}s")
    per = cpu / max(b.sent, 1) * 1000
    print(f"bot CPU / delivery   {per:.3f} ms  ({cpu:.2f}s in all; the fake is not included)")
    ok = within <= 0.05 and duplicates == 0 and b.sent == b.total
    print("targets: rate within 5 %, no duplicates, everyone reached:", "met" if ok else "NOT met")
    return 0 if ok else 1


def serve_fake(conn: Connection, rate: int) -> None:
    """Child process: the fake Bot API with Telegram's limits at `rate`; on request, what it saw."""
    with FakeTelegramServer() as server:
        server.enable_rate_limit(per_second=rate, per_chat_per_second=1)
        conn.send((server.token, server.url))
        conn.recv()
        conn.send([(c.time, c.status, c.params.get("chat_id")) for c in server.calls("sendMessage")])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=float(os.environ.get("BROADCAST_RATE_PER_SECOND", 25)))
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pg", default=None, help="Postgres server URL (a throwaway database is made)")
    args = parser.parse_args()
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("spawn").Process(target=serve_fake, args=(theirs, int(args.rate)))
    child.start()
    try:
        token, url = ours.recv()
        return asyncio.run(run(args, token, url, ours))
    finally:
        child.join(timeout=10)
        if child.is_alive():
            child.kill()


if __name__ == "__main__":
    sys.exit(main())
