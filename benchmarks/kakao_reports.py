"""How long Kakao report turns take to answer, and when their callback comes: the figures
`tests/test_kakao_reports.py` used to assert as wall-clock bounds (stop 61: timing belongs here,
the tests assert what was answered and in which order).

The real app (`tests/test_kakao_skill.py:serve`, uvicorn in this process, SQLite in a temp dir), the
fake Ollama answering after a set delay (or refusing connections: a dead model), and Kakao's
callback endpoint played on 127.0.0.1 (`tests/test_kakao_reports.py:receiver`). Each case is run
`--runs` times with a new owner; printed: the skill answer's time and, with a callback, the time from
the request to the callback POST.

    .venv/bin/python benchmarks/kakao_reports.py [--runs 5]

Cases (what the test expects, and the bound it used to assert):
- callback, model 2 s: `useCallback` at once, the result POSTed after the model (was: POST >= 2 s, < 55 s);
- callback, model 1.5 s, `KAKAO_CALLBACK_WAIT_SECONDS` 0.4: "still working" POSTed (was: 0.4–1.4 s);
- no callback, model 0.2 s, analysis assumed 1 s: the result in the answer (was: 0.2–3.5 s);
- no callback, budget 0.2 s, model 1 s, assumed 0.1 s: waited the budget, then "queued" (was: 0.2–0.8 s);
- model 30 s, the real budgets: "queued" at once, `useCallback` at once, "show result" (was: < 0.5 s);
- dead model: the first report (was: < 4.5 s), the next ones once the outage is known (was: < 1 s).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.ollama_server import FakeOllama, refused_url  # noqa: E402
from tests.test_kakao_reports import REPORT_KO, SHOW_RESULT, idle_user, receiver, until_owed  # noqa: E402
from tests.test_kakao_skill import kakao_settings, serve  # noqa: E402


def line(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<58} -"
    return (
        f"{name:<58} n={len(values):>2}  median {statistics.median(values) * 1000:7.0f} ms  "
        f"max {max(values) * 1000:7.0f} ms"
    )


def settings_of(tmp: str, ollama_url: str, **overrides: Any) -> Callable[[str], Any]:
    def settings(base_url: str) -> Any:
        values: dict[str, Any] = {"DOGCOACH_ANALYSIS_RETRY_MAX": 0.5, **overrides}
        return kakao_settings(f"sqlite:///{Path(tmp) / 'reports.db'}", ollama_url, **values)

    return settings


async def callback_cases(ollama: FakeOllama, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ollama.behaviour.delay = 2.0
        answers: list[float] = []
        posts: list[float] = []
        async with receiver() as rx, serve(settings_of(tmp, ollama.url)) as srv:
            for _ in range(runs):
                user = await idle_user(srv)
                begun = time.monotonic()
                await user.send(REPORT_KO, callback_url=rx.url)
                answers.append(user.elapsed)
                [*_, post] = await rx.wait_posts(len(rx.posts) + 1, within=60)
                posts.append(post.at - begun)
                await until_owed(srv, user)
        print(line("callback, model 2 s: useCallback answer", answers))
        print(line("callback, model 2 s: request to the result POSTed", posts))
    with tempfile.TemporaryDirectory() as tmp:
        ollama.behaviour.delay = 1.5
        posts = []
        async with (
            receiver() as rx,
            serve(settings_of(tmp, ollama.url, KAKAO_CALLBACK_WAIT_SECONDS=0.4)) as srv,
        ):
            for _ in range(runs):
                user = await idle_user(srv)
                begun = time.monotonic()
                await user.send(REPORT_KO, callback_url=rx.url)
                [*_, post] = await rx.wait_posts(len(rx.posts) + 1, within=60)
                posts.append(post.at - begun)
                await until_owed(srv, user)
        print(line("callback wait 0.4 s, model 1.5 s: 'still working' POSTed", posts))


async def sync_cases(ollama: FakeOllama, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ollama.behaviour.delay = 0.2
        answers: list[float] = []
        async with serve(settings_of(tmp, ollama.url, DOGCOACH_ANALYSIS_ASSUMED_SECONDS=1)) as srv:
            for _ in range(runs):
                user = await idle_user(srv)
                await user.send(REPORT_KO)
                answers.append(user.elapsed)
                await until_owed(srv, user)
        print(line("no callback, model 0.2 s: the result in the answer", answers))
    with tempfile.TemporaryDirectory() as tmp:
        ollama.behaviour.delay = 1.0
        answers = []
        fast = settings_of(
            tmp, ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2, DOGCOACH_ANALYSIS_ASSUMED_SECONDS=0.1
        )
        async with serve(fast) as srv:
            for _ in range(runs):
                user = await idle_user(srv)
                await user.send(REPORT_KO)
                answers.append(user.elapsed)
                await until_owed(srv, user)
        print(line("no callback, budget 0.2 s, model 1 s: 'queued'", answers))


async def slow_and_dead(ollama: FakeOllama, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ollama.behaviour.delay = 30.0
        queued: list[float] = []
        deferred: list[float] = []
        shown: list[float] = []
        async with receiver() as rx, serve(settings_of(tmp, ollama.url)) as srv:
            for _ in range(runs):
                first, second = await idle_user(srv), await idle_user(srv)
                await first.send(REPORT_KO)
                queued.append(first.elapsed)
                await second.send(REPORT_KO, callback_url=rx.url)
                deferred.append(second.elapsed)
                await first.tap(SHOW_RESULT)
                shown.append(first.elapsed)
            ollama.stop(wait=False)  # cut the slow answers short so the app stops promptly
        print(line("model 30 s, no callback: 'queued'", queued))
        print(line("model 30 s, callback: useCallback", deferred))
        print(line("model 30 s: 'show result' too early", shown))
    with tempfile.TemporaryDirectory() as tmp:
        firsts: list[float] = []
        known: list[float] = []
        async with serve(settings_of(tmp, refused_url())) as srv:
            for n in range(runs):
                user = await idle_user(srv)
                await user.send(f"{REPORT_KO} {n}")
                (known if n else firsts).append(user.elapsed)
                await user.send(f"{REPORT_KO} {n} 또")
                known.append(user.elapsed)
        print(line("dead model: the first report of the process", firsts))
        print(line("dead model: once the outage is known", known))


async def run(runs: int) -> None:
    for case in (callback_cases, sync_cases):
        ollama = FakeOllama().start()
        try:
            await case(ollama, runs)
        finally:
            ollama.stop(wait=False)
    await slow_and_dead(FakeOllama().start(), runs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"cores: {len(os.sched_getaffinity(0))}  load: {os.getloadavg()[0]:.1f}")
    asyncio.run(run(args.runs))


if __name__ == "__main__":
    main()
