"""The Kakao "이번 주" (week view: text and a bar chart) under load, end to end over HTTP.

A verification trial (stop 60): about 11 owners at once on a 2-core box, "이번 주" missed Kakao's
5-second skill deadline four times, and the owner who tapped again got three week cards stacked.
This runs the real app (`tests/test_kakao_skill.py:serve`, uvicorn in this process, SQLite in a
temp dir, the fake Ollama) with a public base URL (so the chart is offered as an image link, as in
production), gives each owner a realistic history (2 dogs, `--reports` analysed reports this week
spread over both and over several behaviours), and times one "이번 주" skill request:

- the parts: the chart alone drawn in the chart worker (what `handlers/history.py` asks for), cold
  (first after start) and warm;
- one owner at a time: the first request after start-up (cold) and the following ones (warm);
- `--users` owners asking at once, `--rounds` times (each round after a new report of each owner,
  so every round's chart is a new one: the worst case for any cache), and the same owners asking
  again with nothing new (a chart seen already);
- how many answers passed `LIMIT` (Kakao's 5 s less the margin) and how many were the "taking a
  while" fallback (the deadline answered before the week did).

    .venv/bin/python benchmarks/kakao_week.py [--users 11] [--reports 30] [--rounds 3] [--cpus 0,1]
        [--callback] [--busy-start 15] [--hog 2]

`--callback`: every request carries a callback URL (each owner their own endpoint), as a block with
callback enabled does; the answer time is then the skill answer's (`useCallback` or the card), and
the time until the card is POSTed is printed too.

`--busy-start S`: the chart worker is busy for S seconds when the app starts (a sleep submitted to
the cold worker before it, which the app's own warm-up then queues behind), standing in for the
warm-up's 10–25 s on a loaded box (stop 61); the first request then tells what it answered: the
card with its chart, the card without it ("chart-later": the counts now, the chart next time), or
the "taking a while" fallback; and the next request once the worker is free.

`--cpus` pins this process (and the chart worker it starts) to those cores: `0` plays a one-core
box, `0,1` the trial's 2 cores. `--hog N` runs N busy processes on those cores beside it, standing
in for Ollama generating other owners' analyses (it takes every core it is given).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dogcoach.domain.channel import Channel  # noqa: E402
from dogcoach.services.analysis import chart  # noqa: E402
from tests.fakes.ollama_server import FakeOllama  # noqa: E402
from tests.test_kakao_reports import Receiver, receiver  # noqa: E402
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, open_store, serve, t, texts_of  # noqa: E402

LIMIT = 4.75  # Kakao's 5 s less what the network takes
CATEGORIES = ["barking", "separation", "leash_reactivity", "jumping", "fear", "mouthing"]
WEEK = "이번 주"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<44} -"
    return (
        f"{name:<44} n={len(values):>3}  median {statistics.median(values) * 1000:7.0f} ms  "
        f"p99 {pct(values, 0.99) * 1000:7.0f} ms  max {max(values) * 1000:7.0f} ms"
    )


async def owner(srv: Server, index: int, reports: int) -> KakaoUser:
    """An owner with two dogs (the second one active) and `reports` analysed reports this week."""
    user = srv.user(f"bench-week-{index}")
    await user.send("안녕하세요")
    await user.send("콩이")
    await user.send("/cancel")
    async with open_store(srv.settings.database_url) as store, store.session() as s:
        u = await s.get_user(Channel.KAKAO, user.key)
        assert u is not None
        dogs = await s.list_dogs(u.id)
        second = await s.create_dog(u.id, {"name": "보리"})
        ids = [dogs[0].id, second.id]
        for n in range(reports):
            await _analysed(s, u.id, ids[n % 2], n)
        await s.execute("UPDATE reports SET delivered_at = updated_at WHERE user_id = ?", u.id)
        await s.set_active_dog(u.id, second.id)
    return user


async def _analysed(s: Any, user_id: int, dog_id: int, n: int) -> None:
    report = await s.add_report(user_id, dog_id, f"보고 {n}: 손님이 오면 짖어요", "ko")
    report.status = "done"
    report.analysis = {
        "category": CATEGORIES[n % len(CATEGORIES)],
        "antecedent": f"상황 {n % 4}",
        "behavior": "짖음",
        "consequence": "안아 줌",
        "likely_function": "attention",
        "intensity": 2,
        "summary": ["a", "b", "c"],
        "next_step": "x",
        "safety_flag": False,
        "missing": [],
    }
    report.created_at = datetime.now(UTC) - timedelta(hours=n)
    await s.update_report(report)


async def add_report(srv: Server, user: KakaoUser, n: int) -> None:
    async with open_store(srv.settings.database_url) as store, store.session() as s:
        u = await s.get_user(Channel.KAKAO, user.key)
        assert u is not None and u.active_dog_id is not None
        await _analysed(s, u.id, u.active_dog_id, n)
        await s.execute("UPDATE reports SET delivered_at = updated_at WHERE user_id = ?", u.id)


CALLBACKS: dict[str, Receiver] = {}  # owner → their callback endpoint, with `--callback`
CARD_WAITS: list[float] = []  # with `--callback`: request to the card POSTed, when it went there
SHOWN: dict[str, list[str]] = {}  # owner → the texts of their last answer (or of the card POSTed)


async def ask(user: KakaoUser, slow: str) -> tuple[float, bool, bool]:
    """(seconds to the skill answer, answered with the week card, answered with the "taking a
    while" fallback). An answer `useCallback` counts as in time; the wait for its card is noted."""
    rx = CALLBACKS.get(user.key)
    posted = len(rx.posts) if rx is not None else 0
    started = time.perf_counter()
    begun = time.monotonic()  # the receiver's clock
    body = await user.send(WEEK, callback_url=rx.url if rx is not None else None)
    took = time.perf_counter() - started
    if body.get("useCallback") and rx is not None:
        [*_, post] = await rx.wait_posts(posted + 1, within=60)
        CARD_WAITS.append(post.at - begun)
        body = post.body
    outputs = body["template"]["outputs"]
    SHOWN[user.key] = texts_of(body)
    card = any("simpleImage" in o for o in outputs)
    return took, card, any(slow in x for x in texts_of(body))


def said_of(user: KakaoUser, card: bool, fell: bool) -> str:
    """What the last answer (or the card POSTed) was: the week with its chart, without it (said so
    in one line), or the "taking a while" fallback."""
    if card:
        return "card with chart"
    if fell:
        return "fallback"
    later = t("ko", "chart-later")
    return (
        "card without chart (chart-later)" if any(later in x for x in SHOWN.get(user.key, [])) else "NO CARD"
    )


async def parts() -> None:
    chart.stop_worker()
    labels, counts = ["짖음", "분리불안", "산책 중 반응", "점프", "두려움"], [5, 4, 3, 2, 1]
    started = time.perf_counter()
    font = await chart.in_worker(chart.hangul_font)
    await chart.in_worker(chart.render_bar_chart, "지난 7일", labels, counts, font=font)
    cold = time.perf_counter() - started
    warm: list[float] = []
    for _ in range(20):
        started = time.perf_counter()
        await chart.in_worker(chart.render_bar_chart, "지난 7일", labels, counts, font=font)
        warm.append(time.perf_counter() - started)
    chart.stop_worker()
    print(line("chart alone, cold worker (first)", [cold]))
    print(line("chart alone, warm worker", warm))


async def run(args: argparse.Namespace) -> None:
    await parts()
    ollama = FakeOllama().start()
    slow = t("ko", "kakao-slow")
    try:
        with tempfile.TemporaryDirectory() as tmp:

            def settings(base_url: str) -> Any:
                return kakao_settings(
                    f"sqlite:///{Path(tmp) / 'week.db'}", ollama.url, PUBLIC_BASE_URL=base_url
                )

            chart.stop_worker()
            busy = (
                asyncio.ensure_future(chart.in_worker(time.sleep, args.busy_start))
                if args.busy_start
                else None
            )
            async with contextlib.AsyncExitStack() as stack:
                srv = await stack.enter_async_context(serve(settings))
                owners = [await owner(srv, i, args.reports) for i in range(args.users)]
                if args.callback:
                    for user in owners:
                        CALLBACKS[user.key] = await stack.enter_async_context(receiver())
                first, card, fell = await ask(owners[0], slow)
                print(line("one owner, first after start (cold)", [first]), said_of(owners[0], card, fell))
                if busy is not None:
                    print(f"{'':<44} (the worker busy for {args.busy_start} s from the start)")
                    await busy
                    await chart.warm_up()  # the app's warm-up, queued behind the busy worker
                    took, card, fell = await ask(owners[0], slow)
                    print(
                        line("one owner, next ask once the worker is warm", [took]),
                        said_of(owners[0], card, fell),
                    )
                alone: list[float] = []
                for n in range(10):
                    await add_report(srv, owners[0], 100 + n)
                    took, _, _ = await ask(owners[0], slow)
                    alone.append(took)
                print(line("one owner, warm, a new report each time", alone))
                repeat = [(await ask(owners[0], slow))[0] for _ in range(10)]
                print(line("one owner, warm, nothing new", repeat))
                together: list[float] = []
                late = fallbacks = 0
                for r in range(args.rounds):
                    for i, user in enumerate(owners):
                        await add_report(srv, user, 200 + r * 100 + i)
                    got = await asyncio.gather(*(ask(u, slow) for u in owners))
                    together += [g[0] for g in got]
                    late += sum(g[0] > LIMIT for g in got)
                    fallbacks += sum(g[2] for g in got)
                print(line(f"{args.users} owners at once, a new report each", together))
                print(f"{'':<44} over {LIMIT} s: {late}, fallback answers: {fallbacks}")
                again = await asyncio.gather(*(ask(u, slow) for u in owners))
                print(line(f"{args.users} owners at once, nothing new", [g[0] for g in again]))
                if args.callback:
                    print(line("with callback: request to the card POSTed", CARD_WAITS))
    finally:
        ollama.stop(wait=False)
        chart.stop_worker()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=11)
    parser.add_argument("--reports", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpus", default="")
    parser.add_argument("--callback", action="store_true", help="Kakao gives a callback URL")
    parser.add_argument("--hog", type=int, default=0, help="busy processes standing in for Ollama")
    parser.add_argument(
        "--busy-start", type=float, default=0.0, help="seconds the chart worker is busy when the app starts"
    )
    args = parser.parse_args()
    if args.cpus:
        os.sched_setaffinity(0, {int(c) for c in args.cpus.split(",")})
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.hog)]
    print(f"cores: {sorted(os.sched_getaffinity(0))}  load: {os.getloadavg()[0]:.1f}  hogs: {args.hog}")
    try:
        asyncio.run(run(args))
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


if __name__ == "__main__":
    main()
