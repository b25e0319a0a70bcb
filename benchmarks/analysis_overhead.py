"""The bot's own cost around an analysis: report typed → result handed to the outbox, minus the model.

Runs reports one at a time (alternating Korean and English, each from its own user with a dog
profile) through the engine and the analysis service against the fake Ollama, which answers after
a fixed delay; what remains after subtracting that delay is the bot's overhead: the turn's
transaction, the queue, the HTTP round trip through the `ollama` client, validation, the result's
transaction and its rendering. Also prints the size of the prompt's fixed part per language (what
every report pays in prompt processing on a CPU). Target (issue 5): median overhead ≤ 30 ms.

    .venv/bin/python benchmarks/analysis_overhead.py [--reports 60] [--delay 0.2] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the fake Ollama in tests/fakes

from dogcoach.bot.engine import Engine  # noqa: E402
from dogcoach.domain.channel import Channel  # noqa: E402
from dogcoach.domain.types import Incoming, Reply, UserRef  # noqa: E402
from dogcoach.handlers.parsing import Lexicon  # noqa: E402
from dogcoach.handlers.results.delivery import ResultDelivery  # noqa: E402
from dogcoach.handlers.turn import Services  # noqa: E402
from dogcoach.services.analysis import Analyzer  # noqa: E402
from dogcoach.services.analysis.prompt import build_messages, build_profile_line, load_prompts  # noqa: E402
from dogcoach.services.analysis.service import AnalysisService  # noqa: E402
from dogcoach.services.i18n import Messages  # noqa: E402
from dogcoach.services.outbox import Outbox  # noqa: E402
from dogcoach.services.store import Store, User, make_store  # noqa: E402
from dogcoach.services.store.base import utcnow  # noqa: E402
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama  # noqa: E402

REPORTS = {
    "ko": "우리 강아지 맥스가 손님이 올 때마다 현관에서 자꾸 짖어요. 그러면 간식을 줘서 조용히 시켜요",
    "en": "My dog barks at the door every time guests come over, so I give him a treat to calm him down",
}
PROFILES = {
    "ko": {"name": "맥스", "age_months": 36, "sex": "male_neutered", "breed": "말티즈", "size": "small"},
    "en": {"name": "Max", "age_months": 36, "sex": "male_neutered", "breed": "Maltese", "size": "small"},
}


async def seed(store: Store, count: int) -> None:
    async with store.session() as s:
        for i in range(count):
            lang = "ko" if i % 2 == 0 else "en"
            user = await s.create_user("console", f"bench-{i}", locale_hint=lang)
            dog = await s.create_dog(user.id, PROFILES[lang])
            dog.completed_at = utcnow()
            await s.save_dog(dog)
            await s.set_active_dog(user.id, dog.id)


async def run(url: str, reports: int, delay: float) -> tuple[list[float], list[float]]:
    """(overheads, turn latencies) in milliseconds."""
    fake = FakeOllama().start()
    fake.behaviour.delay = delay
    store = make_store(url)
    await store.open()
    await store.migrate()
    await seed(store, reports + 1)
    delivered: dict[str, float] = {}
    arrived = asyncio.Event()

    async def sender(user: User, replies: list[Reply]) -> bool:
        delivered[user.external_id] = time.perf_counter()
        arrived.set()
        return True

    outbox = Outbox()
    outbox.register(Channel.CONSOLE, sender)
    messages = Messages()
    analyzer = Analyzer(fake.url, DEFAULT_MODEL)
    service = AnalysisService(store, analyzer, ResultDelivery(store, messages, outbox))
    engine = Engine(store, messages, services=Services(Lexicon(messages), analysis=service))
    overheads: list[float] = []
    turns: list[float] = []
    try:
        async with service.running():
            for i in range(reports + 1):  # the first one warms up connections and caches
                lang = "ko" if i % 2 == 0 else "en"
                who = f"bench-{i}"
                arrived.clear()
                t0 = time.perf_counter()
                await engine.handle(Incoming(UserRef("console", who), text=REPORTS[lang], locale_hint=lang))
                t1 = time.perf_counter()
                while who not in delivered:
                    await arrived.wait()
                    arrived.clear()
                if i:
                    turns.append((t1 - t0) * 1000)
                    overheads.append((delivered[who] - t0 - delay) * 1000)
    finally:
        await analyzer.aclose()
        await store.close()
        fake.stop()
    return overheads, turns


def prompt_sizes() -> None:
    for lang in ("ko", "en"):
        prompts = load_prompts(lang)
        sent = build_messages(prompts, REPORTS[lang], build_profile_line(PROFILES[lang], lang), None)
        total = sum(len(m["content"]) for m in sent)
        print(
            f"prompt {lang}: fixed part {prompts.fixed_chars} chars (system {len(prompts.system)}), "
            f"with a profile and this report {total} chars; budget for the fixed part 800"
        )


def show(name: str, overheads: list[float], turns: list[float]) -> None:
    q = statistics.quantiles(overheads, n=10)
    print(
        f"{name:<9} {len(overheads)} reports  overhead median {statistics.median(overheads):6.1f} ms  "
        f"p90 {q[8]:6.1f} ms  max {max(overheads):6.1f} ms  |  report turn median "
        f"{statistics.median(turns):5.2f} ms"
    )


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A throwaway database on the server, dropped afterwards."""
    import psycopg

    name = f"dogcoach_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reports", type=int, default=60)
    parser.add_argument("--delay", type=float, default=0.2, help="the fake model's fixed answer time (s)")
    parser.add_argument(
        "--pg", default=None, help="also measure on Postgres: a server URL (a scratch database is made there)"
    )
    args = parser.parse_args()
    prompt_sizes()
    with tempfile.TemporaryDirectory() as tmp:
        show("sqlite", *asyncio.run(run(f"sqlite:///{tmp}/bench.db", args.reports, args.delay)))
    if args.pg:
        with scratch_database(args.pg) as url:
            show("postgres", *asyncio.run(run(url, args.reports, args.delay)))


if __name__ == "__main__":
    main()
