"""Analyses per minute with one and with two Ollama hosts (issue 15): does a second host double it?

Each fake Ollama streams its answer like a CPU host: one qwen2.5 token per part at `--rate`
tokens/s after `--prompt-delay` seconds of prompt processing, and each host takes one analysis at
a time (`--parallel`, as `OLLAMA_NUM_PARALLEL=1`). `--reports` reports from as many owners (half
Korean, half English, each owner with a dog profile) go through the engine and the analysis
worker on SQLite, the real `ollama` client over loopback; the clock runs from the first report
typed to the last result handed to the outbox. Expect ≈ 2× with two hosts: the bot's own cost
per analysis is milliseconds (`analysis_overhead.py`) against seconds of model time.

    .venv/bin/python benchmarks/ollama_hosts.py [--reports 24] [--rate 60] [--prompt-delay 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the fakes and helpers in tests/

from dogcoach.services.analysis import Analyzer  # noqa: E402
from dogcoach.services.analysis.hosts import HostPool  # noqa: E402
from dogcoach.services.i18n import Messages  # noqa: E402
from dogcoach.services.store import make_store  # noqa: E402
from tests.analysis_support import add_dog, running_bot  # noqa: E402
from tests.chat import Chat  # noqa: E402
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama  # noqa: E402

REPORTS = {
    "ko": "우리 강아지 맥스가 손님이 올 때마다 현관에서 자꾸 짖어요. 그러면 간식을 줘서 조용히 시켜요",
    "en": "My dog barks at the door every time guests come over, so I give him a treat to calm him down",
}
PROFILES = {
    "ko": {"name": "맥스", "age_months": 36, "sex": "male_neutered", "breed": "말티즈", "size": "small"},
    "en": {"name": "Max", "age_months": 36, "sex": "male_neutered", "breed": "Maltese", "size": "small"},
}


async def run(
    hosts: int, reports: int, rate: float, prompt_delay: float, parallel: int
) -> tuple[float, list[int], int]:
    """(analyses per minute, chats per host, eval tokens per analysis) with `hosts` fake hosts."""
    fakes = [FakeOllama().start() for _ in range(hosts)]
    for fake in fakes:
        fake.behaviour.token_rate = rate
        fake.behaviour.prompt_delay = prompt_delay
    messages = Messages()
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        await store.open()
        await store.migrate()
        try:
            languages = ["ko" if i % 2 == 0 else "en" for i in range(reports)]
            for i, language in enumerate(languages):
                await add_dog(store, f"owner-{i}", PROFILES[language], hint=language)
            pool = HostPool.from_urls(
                [fake.url for fake in fakes],
                lambda url: Analyzer(url, DEFAULT_MODEL, timeout=120),
                parallel=parallel,
                models=None,
            )
            async with running_bot(store, messages, pool, owner_cap=None) as bot:
                started = time.perf_counter()
                for i, language in enumerate(languages):
                    await Chat(bot.engine, f"owner-{i}", hint=language).send(REPORTS[language])
                await bot.recorder.wait_for(reports, within=reports * 60)
                took = time.perf_counter() - started
            async with store.session() as session:
                rows = await session.all("SELECT eval_tokens FROM reports WHERE status = 'done'")
            eval_tokens = [int(row["eval_tokens"] or 0) for row in rows]
        finally:
            await store.close()
    for fake in fakes:
        fake.stop(wait=False)
    per_host = [len(fake.chat_bodies()) for fake in fakes]
    return reports / took * 60, per_host, round(sum(eval_tokens) / max(len(eval_tokens), 1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=24)
    parser.add_argument("--rate", type=float, default=60.0, help="answer tokens per second per host")
    parser.add_argument("--prompt-delay", type=float, default=0.5, help="seconds of prompt processing")
    parser.add_argument("--parallel", type=int, default=1, help="analyses at once per host")
    args = parser.parse_args()
    print(
        f"{args.reports} reports from as many owners; each fake host streams {args.rate:g} tokens/s after "
        f"{args.prompt_delay:g} s, {args.parallel} at a time"
    )
    results = {}
    for hosts in (1, 2):
        per_minute, per_host, tokens = asyncio.run(
            run(hosts, args.reports, args.rate, args.prompt_delay, args.parallel)
        )
        results[hosts] = per_minute
        print(
            f"{hosts} host(s): {per_minute:6.1f} analyses/min  (chats per host {per_host}, "
            f"{tokens} answer tokens per analysis)"
        )
    print(f"two hosts / one host: {results[2] / results[1]:.2f}x")


if __name__ == "__main__":
    main()
