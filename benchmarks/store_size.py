"""Database size per 100,000 owners, and what a broadcast adds before and after compaction.

One owner is made through the engine (the whole survey, then one behaviour report given a
schema-valid analysis), then cloned in SQL to `--owners` owners: user, dog, conversation state, the
survey's transcript (41 messages) and the report. Prints rows and bytes per table (tables with
their indexes: SQLite's dbstat, PostgreSQL's pg_total_relation_size), then 100,000 update ids
(a day of traffic), then one broadcast to everyone: created by the store, settled as sent, and
compacted by `Store.compact_deliveries`, with the time each step took.

    .venv/bin/python benchmarks/store_size.py [--owners 100000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/fakes for the sample analysis

from benchmarks.turns import SCRIPT
from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, make_store
from dogcoach.services.store.base import BroadcastSpec, utcnow
from tests.fakes.ollama_server import sample_analysis

REPORT = "우리 강아지가 손님 올 때마다 자꾸 짖어요. 초인종 소리만 나도 현관으로 뛰어가서 계속 짖고 안아줘야 겨우 멈춰요."
TABLES = ("users", "dogs", "conversation_state", "messages", "reports", "processed_updates", "deliveries")


async def template_owner(store: Store) -> int:
    engine = Engine(store, Messages())
    ref = UserRef(Channel.TELEGRAM, "owner")
    for text, choice in [*SCRIPT, (REPORT, None)]:
        await engine.handle(Incoming(ref, text=text, choice=choice, locale_hint="ko"))
    async with store.session() as s:
        user = await s.get_user("telegram", "owner")
        assert user is not None
        [report] = await s.list_reports(user.id)
        report.status, report.analysis = "done", sample_analysis("ko")
        await s.update_report(report)
        await s.claim_delivery(report.id)
        return user.id


def numbers(store: Store, n: int) -> str:
    """SQL that fills temp table `n` with 1..n-1 (the clones; the template is owner 0)."""
    if store.dialect.name == "postgres":
        return f"INSERT INTO n SELECT generate_series(1, {n - 1})"
    return f"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n - 1}) INSERT INTO n SELECT i FROM s"


async def clone(store: Store, owner: int, owners: int) -> None:
    """Owners 1..owners-1 as copies of `owner`, each with its own dog, state, transcript, report."""
    async with store.session() as s:
        await s.execute("CREATE TEMP TABLE n (i integer)")
        await s.execute(numbers(store, owners), bulk=True)
        await s.execute(
            "INSERT INTO users (channel, external_id, locale, locale_hint, name, is_admin, created_at, "
            "last_seen_at, tips_opt_out) SELECT u.channel, u.external_id || '-' || n.i, u.locale, u.locale_hint, "
            "u.name, u.is_admin, u.created_at, u.last_seen_at, u.tips_opt_out FROM users u, n WHERE u.id = ?",
            owner,
            bulk=True,
        )
        copies = "FROM users c JOIN users t ON t.id = ? AND c.external_id LIKE t.external_id || '-%' "
        await s.execute(
            "INSERT INTO dogs (user_id, name, age_months, sex, breed, size, profile, completed_at, created_at, "
            "updated_at) SELECT c.id, d.name, d.age_months, d.sex, d.breed, d.size, d.profile, d.completed_at, "
            f"d.created_at, d.updated_at {copies} JOIN dogs d ON d.user_id = t.id",
            owner,
            bulk=True,
        )
        await s.execute(
            "UPDATE users SET active_dog_id = (SELECT d.id FROM dogs d WHERE d.user_id = users.id) "
            "WHERE active_dog_id IS NULL",
            bulk=True,
        )
        await s.execute(
            "INSERT INTO conversation_state (user_id, flow, step, data, updated_at) SELECT c.id, cs.flow, "
            f"cs.step, cs.data, cs.updated_at {copies} JOIN conversation_state cs ON cs.user_id = t.id",
            owner,
            bulk=True,
        )
        await s.execute(
            "INSERT INTO messages (user_id, direction, text, payload, created_at) SELECT c.id, m.direction, "
            f"m.text, m.payload, m.created_at {copies} JOIN messages m ON m.user_id = t.id",
            owner,
            bulk=True,
        )
        await s.execute(
            "INSERT INTO reports (user_id, dog_id, text, language, status, analysis, model, prompt_tokens, "
            "eval_tokens, latency_ms, attempts, error, created_at, updated_at, delivered_at, followups) "
            "SELECT c.id, (SELECT id FROM dogs WHERE user_id = c.id), r.text, r.language, r.status, r.analysis, "
            "r.model, r.prompt_tokens, r.eval_tokens, r.latency_ms, r.attempts, r.error, r.created_at, "
            f"r.updated_at, r.delivered_at, r.followups {copies} JOIN reports r ON r.user_id = t.id",
            owner,
            bulk=True,
        )
        await s.execute("DROP TABLE n")


async def sizes(store: Store) -> dict[str, tuple[int, int]]:
    """table -> (rows, bytes with its indexes)."""
    out: dict[str, tuple[int, int]] = {}
    async with store.session() as s:
        for table in TABLES:
            row = await s.one(f"SELECT count(*) AS n FROM {table}")
            assert row is not None
            if store.dialect.name == "postgres":
                size = await s.one("SELECT pg_total_relation_size(?::regclass) AS b", table)
            else:
                size = await s.one(
                    "SELECT sum(pgsize) AS b FROM dbstat WHERE name IN "
                    "(SELECT name FROM sqlite_master WHERE tbl_name = ?)",
                    table,
                )
            assert size is not None
            out[table] = (int(row["n"]), int(size["b"] or 0))
    return out


async def vacuum(store: Store, table: str) -> None:
    """PostgreSQL: VACUUM, so space freed by deletes shows (SQLite's dbstat counts live pages)."""
    if store.dialect.name == "postgres":
        with psycopg.connect(store.url, autocommit=True) as conn:  # type: ignore[attr-defined]
            conn.execute(f"VACUUM ANALYZE {table}")


def mb(n: int) -> str:
    return f"{n / 1e6:8.1f} MB"


async def measure(url: str, owners: int) -> None:
    store = make_store(url)
    await store.open()
    await store.migrate()
    t0 = time.perf_counter()
    await clone(store, await template_owner(store), owners)
    print(f"[{store.dialect.name}] {owners} owners seeded in {time.perf_counter() - t0:.0f} s")
    async with store.session() as s:
        stamp = s.d.ts_in(utcnow())
        await s.execute(
            "INSERT INTO processed_updates (channel, update_id, created_at) SELECT 'telegram', "
            "CAST(id AS TEXT), ? FROM users",
            stamp,
            bulk=True,
        )
    for table in TABLES:
        await vacuum(store, table)
    before = await sizes(store)
    for table, (rows, size) in before.items():
        if table != "deliveries":
            print(f"  {table:<19} {rows:>9} rows {mb(size)}  {size / max(rows, 1):6.0f} B/row")
    total = sum(size for table, (_, size) in before.items() if table != "processed_updates")
    print(f"  {'per 100,000 owners':<29} {mb(total * 100_000 // owners)} (without update ids)")

    t0 = time.perf_counter()
    async with store.session() as s:
        broadcast = await s.create_broadcast(
            BroadcastSpec("tip", tip_key="timing"), created_by="bench", default_locale="ko"
        )
        assert broadcast is not None
    created = time.perf_counter() - t0
    await vacuum(store, "deliveries")
    rows, size = (await sizes(store))["deliveries"]
    print(
        f"  one broadcast: {rows} deliveries {mb(size)} ({size / max(rows, 1):.0f} B/row), created in {created:.2f} s"
    )
    async with store.session() as s:
        await s.execute(
            "UPDATE deliveries SET status = 'sent' WHERE broadcast_id = ?", broadcast.id, bulk=True
        )
        await s.execute(
            "UPDATE broadcasts SET status = 'done', sent = total, finished_at = ? WHERE id = ?",
            s.d.ts_in(utcnow() - timedelta(days=31)),
            broadcast.id,
        )
    t0 = time.perf_counter()
    assert await store.compact_deliveries(timedelta(days=30)) == 1
    compacted = time.perf_counter() - t0
    await vacuum(store, "deliveries")
    rows, size = (await sizes(store))["deliveries"]
    print(f"  after compaction: {rows} deliveries {mb(size)}, in {compacted:.2f} s (batches of 5,000)")
    await store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--owners", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("DOGCOACH_BENCH_PG_URL", ""))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(measure(f"sqlite:///{Path(tmp) / 'size.db'}", args.owners))
    if args.pg:
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS dogcoach_size WITH (FORCE)")
            admin.execute("CREATE DATABASE dogcoach_size")
        try:
            asyncio.run(measure(args.pg.rsplit("/", 1)[0] + "/dogcoach_size", args.owners))
        finally:
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute("DROP DATABASE IF EXISTS dogcoach_size WITH (FORCE)")


if __name__ == "__main__":
    main()
