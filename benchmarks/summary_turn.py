"""/summary and /progress as an owner's turn: how long the owner waits, how long the turn holds its
store transaction, and how long other owners' turns could be held up meanwhile (the event loop's
longest gap, measured by a 1 ms ticker). The document and the chart are drawn once the turn's
transaction is over (`Turn.reply_later`), in the chart worker process since stop 28: from a
thread, matplotlib and ReportLab kept the GIL for part of it, which is what the loop gap showed.

The worker is warmed first, as the server's start-up does (`--cold`: not, so the first turn
pays the worker's spawn and imports). The owner has `--reports` analysed reports over six weeks
(SQLite, a fresh file).

    .venv/bin/python benchmarks/summary_turn.py [--reports 200] [--runs 10] [--cold]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, make_store
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_server import sample_analysis

CATEGORIES = ("barking", "separation", "pulling", "jumping")


async def seed(store: Store, reports: int) -> None:
    now = utcnow()
    async with store.session() as s:
        user = await s.create_user(Channel.CONSOLE, "heavy", locale_hint="ko")
        dog = await s.create_dog(
            user.id, {"name": "초코", "age_months": 40, "concerns": ["barking", "separation"]}
        )
        dog.completed_at = now - timedelta(days=42)
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)
        for i in range(reports):
            report = await s.add_report(user.id, dog.id, "손님이 오면 현관에서 계속 짖어요", "ko")
            report.status = "done"
            report.analysis = sample_analysis("ko", category=CATEGORIES[i % 4], intensity=1 + i % 4)
            await s.update_report(report)
            await s.claim_delivery(report.id)
            at = now - timedelta(days=42) + timedelta(days=42 * i / reports)
            await s.execute("UPDATE reports SET created_at = ? WHERE id = ?", s.d.ts_in(at), report.id)
        await s.start_plan(
            user.id, dog.id, "barking", "매트로 보내고 조용하면 보상", report_id=None,
            started_at=now - timedelta(days=10), checkin_due_at=now - timedelta(days=7),
        )  # fmt: skip


async def ticker(gaps: list[float], stop: asyncio.Event) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def measure(store: Store, messages: Messages, command: str, runs: int) -> None:
    engine = Engine(store, messages)
    ref = UserRef(Channel.CONSOLE, "heavy")
    waits: list[float] = []
    worst_gap: list[float] = []
    for _ in range(runs + 1):
        gaps: list[float] = []
        stop = asyncio.Event()
        tick = asyncio.create_task(ticker(gaps, stop))
        await asyncio.sleep(0.01)
        t0 = time.perf_counter()
        replies = await engine.handle(Incoming(ref, text=command, locale_hint="ko"))
        waits.append(time.perf_counter() - t0)
        stop.set()
        await tick
        worst_gap.append(max(gaps))
        assert any(r.document or r.image for r in replies), "nothing attached"
    first, rest = waits[0], waits[1:]
    print(
        f"{command:<10} first {first * 1e3:7.1f} ms; then median {statistics.median(rest) * 1e3:7.1f} ms, "
        f"worst {max(rest) * 1e3:7.1f} ms; the loop's longest gap: median "
        f"{statistics.median(worst_gap[1:]) * 1e3:6.1f} ms, worst {max(worst_gap) * 1e3:6.1f} ms"
    )


async def store_share(store: Store) -> None:
    """The transaction's share: what the turn reads before the session closes."""
    from dogcoach.services.summary import SummaryInput

    t0 = time.perf_counter()
    async with store.session() as s:
        user = await s.get_user(Channel.CONSOLE, "heavy")
        assert user is not None
        data = SummaryInput("초코", (), await s.list_reports(user.id, limit=5000), (), (), ())
    print(
        f"reading {len(data.reports)} reports in the turn's transaction: {(time.perf_counter() - t0) * 1e3:.1f} ms"
    )


async def main(reports: int, runs: int, cold: bool) -> None:
    messages = Messages()
    if not cold:
        from dogcoach.services.analysis import chart

        print(f"chart worker warmed (in the background at start-up): {await chart.warm_up(messages):.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(f"sqlite:///{Path(tmp) / 'summary.db'}")
        await store.open()
        await store.migrate()
        await seed(store, reports)
        await store_share(store)
        await measure(store, messages, "/summary", runs)
        await measure(store, messages, "/progress", runs)
        await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold", action="store_true", help="no warm-up before the first turn")
    args = parser.parse_args()
    asyncio.run(main(args.reports, args.runs, args.cold))
