"""What owners wait for, with a model that writes at CPU speed (issue 12, "Tests and figures").

The fake Ollama streams the eval set's reference answers (`tests/fakes/eval_answers.jsonl`) one
qwen2.5 token per part at `--rate` tokens/s after `--prompt-delay` seconds of "prompt
processing", through the real `ollama` client and the real analysis service:

1. Telegram (the real app under uvicorn, the fake Bot API, Telegram's pace of one send or edit of
   the live message every 1.5 s): from the webhook POST of a report to the first analysis words
   on screen (the live message is sent), to the first A/B/C line, and to the full reply (the
   final edit); the sends and edits each reply took. One report at a time, each from its own
   owner, alternating Korean and English.
2. The terminal (`dogcoach chat`'s parts: runtime, console, outbox): from the report line to
   the first analysis line printed and to "the analysis is complete".
3. Ten owners report at once (the engine's turns, the analysis service, a recording outbox;
   `--warm-up` analyses first, so the estimate has measurements): for each place in line, the
   wait the acknowledgement announced and the actual wait until the result was handed over.
   Target: the 10th owner's estimate within 30 % of the actual wait.

    .venv/bin/python benchmarks/owner_wait.py [--rate 15] [--prompt-delay 3] [--telegram 4]
        [--terminal 2] [--owners 10] [--warm-up 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the fakes and harnesses in tests/

from dogcoach.bot.channel import connected  # noqa: E402
from dogcoach.bot.engine import Engine  # noqa: E402
from dogcoach.bot.wiring import analysis_from, runtime  # noqa: E402
from dogcoach.channels.console import ConsoleChat  # noqa: E402
from dogcoach.config import Settings  # noqa: E402
from dogcoach.domain.channel import Channel  # noqa: E402
from dogcoach.domain.types import META_QUEUE, META_REPORT, Incoming, Reply, UserRef  # noqa: E402
from dogcoach.handlers.parsing import Lexicon  # noqa: E402
from dogcoach.handlers.results.acknowledge import wait_phrase  # noqa: E402
from dogcoach.handlers.turn import Services  # noqa: E402
from dogcoach.services.analysis.evaluate import EvalCase, load_eval_set  # noqa: E402
from dogcoach.services.i18n import Messages, Translator  # noqa: E402
from dogcoach.services.outbox import Outbox  # noqa: E402
from dogcoach.services.store import User  # noqa: E402
from dogcoach.services.store.base import utcnow  # noqa: E402
from tests.fakes.ollama_server import FakeOllama, eval_answer  # noqa: E402
from tests.fakes.telegram_api import FakeTelegramServer  # noqa: E402
from tests.test_streaming_channels import Keyboard, Screen  # noqa: E402
from tests.test_telegram_e2e import eventually, harness, settings_for  # noqa: E402

MESSAGES = Messages()
WRITING = {lang: (MESSAGES.format(lang, "analysis-writing"), MESSAGES.format(lang, "analysis-rewriting"))
           for lang in ("ko", "en")}  # fmt: skip
A_LINE = {"ko": "A — ", "en": "A — "}


def mixed(cases: list[EvalCase], count: int, skip: int = 0) -> list[EvalCase]:
    """`count` cases alternating Korean and English, after skipping `skip` of each."""
    ko = [c for c in cases if c.language == "ko"][skip:]
    en = [c for c in cases if c.language == "en"][skip:]
    return [(ko if i % 2 == 0 else en)[i // 2] for i in range(count)]


def fake_model(rate: float, prompt_delay: float) -> FakeOllama:
    fake = FakeOllama().start()
    fake.behaviour.analysis = eval_answer
    fake.behaviour.token_rate = rate
    fake.behaviour.prompt_delay = prompt_delay
    return fake


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# -- 1. Telegram ----------------------------------------------------------------------------------


@dataclass
class TelegramRun:
    language: str
    first_words: float
    first_abc: float
    full: float
    requests: int


async def telegram(cases: list[EvalCase], fake: FakeOllama, workdir: Path) -> list[TelegramRun]:
    runs: list[TelegramRun] = []
    with FakeTelegramServer() as bot_api:
        settings = settings_for(bot_api, f"sqlite:///{workdir / 'tg.db'}", OLLAMA_HOST=fake.url)
        async with harness(bot_api, settings) as tg:
            service = tg.rt.analysis
            assert service is not None
            for number, case in enumerate(cases):
                chat = 9000 + number
                async with tg.rt.store.session() as s:  # an owner with a finished profile
                    user = await s.create_user(Channel.TELEGRAM, str(chat), locale_hint=case.language)
                    dog = await s.create_dog(user.id, {"name": "Kong", "age_months": 30})
                    dog.completed_at = utcnow()
                    await s.save_dog(dog)
                    await s.set_active_dog(user.id, dog.id)
                started = time.time()
                await tg.say(chat, case.text, language_code=case.language)
                await asyncio.sleep(0.5)
                await eventually(lambda: service.queued == 0, within=120)
                shown = bot_api.sent_messages(chat)
                live = next(
                    m
                    for m in shown
                    if m.kind == "message" and (m.text or "").endswith(WRITING["ko"] + WRITING["en"])
                )
                versions = [
                    m for m in shown if m.message_id == live.message_id and m.kind in ("message", "edit_text")
                ]
                abc = next(v for v in versions if A_LINE[case.language] in (v.text or ""))
                runs.append(
                    TelegramRun(
                        case.language,
                        live.time - started,
                        abc.time - started,
                        versions[-1].time - started,
                        len(versions),
                    )
                )
    return runs


# -- 2. the terminal ------------------------------------------------------------------------------


async def terminal(cases: list[EvalCase], fake: FakeOllama, workdir: Path) -> list[tuple[str, float, float]]:
    runs = []
    settings = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{workdir / 'chat.db'}", OLLAMA_HOST=fake.url)  # type: ignore[call-arg]
    for number, case in enumerate(cases):
        screen, keys = Screen(), Keyboard()
        done = MESSAGES.format(case.language, "console-analysis-done")
        async with runtime(settings) as rt:
            assert rt.analysis is not None
            console = ConsoleChat(
                rt.engine, f"owner{number}", locale_hint=case.language, stdin=keys, stdout=screen
            )  # type: ignore[arg-type]
            async with connected(rt.outbox, console), rt.analysis.running():
                chat = asyncio.create_task(console.run())
                keys.type("/cancel")
                await asyncio.sleep(0.3)
                started = time.monotonic()
                keys.type(case.text)
                await eventually(lambda s=screen, d=done: any(line == d for _, line in s.lines), within=120)
                keys.close()
                await asyncio.wait_for(chat, 10)
        status = next(t for t, line in screen.lines if line in WRITING["ko"] + WRITING["en"])
        first = next(
            t
            for t, line in screen.lines
            if t >= status and line.strip() and line not in WRITING["ko"] + WRITING["en"]
        )
        runs.append((case.language, first - started, screen.at(done) - started))
    return runs


# -- 3. ten owners at once ------------------------------------------------------------------------


@dataclass
class Waited:
    place: int
    estimate: float
    actual: float
    told: str


async def simultaneous(
    cases: list[EvalCase], warm_up: list[EvalCase], fake: FakeOllama, workdir: Path
) -> list[Waited]:
    settings = Settings(_env_file=None, DATABASE_URL=f"sqlite:///{workdir / 'many.db'}", OLLAMA_HOST=fake.url)  # type: ignore[call-arg]
    delivered: dict[int, float] = {}

    async def record(user: User, replies: list[Reply]) -> bool:
        for reply in replies:
            report = reply.meta.get("analysis_result_id")
            if report is not None:
                delivered.setdefault(int(report), time.monotonic())
        return True

    async with runtime(settings, analysis=False) as rt:
        outbox = Outbox()
        outbox.register(Channel.CONSOLE, record)
        service = analysis_from(settings, rt.store, outbox, rt.messages)
        engine = Engine(rt.store, rt.messages, services=Services(Lexicon(rt.messages), analysis=service))
        async with service.running():

            async def report(owner: str, case: EvalCase) -> tuple[Reply, float]:
                sent = time.monotonic()
                replies = await engine.handle(
                    Incoming(UserRef(Channel.CONSOLE, owner), text=case.text, locale_hint=case.language)
                )
                return next(r for r in replies if META_REPORT in r.meta), sent

            for number, case in enumerate(warm_up):
                ack, _ = await report(f"warm{number}", case)
                report_id = int(ack.meta[META_REPORT])
                await eventually(lambda r=report_id: r in delivered, within=120)
            acks = await asyncio.gather(*(report(f"owner{i}", case) for i, case in enumerate(cases)))
            await eventually(lambda: all(int(a.meta[META_REPORT]) in delivered for a, _ in acks), within=600)
        await service.aclose()
    waited = []
    for ack, sent in acks:
        queue: dict[str, Any] = ack.meta[META_QUEUE]
        t = Translator(MESSAGES, "ko")
        waited.append(
            Waited(
                int(queue["place"]),
                float(queue["wait_seconds"]),
                delivered[int(ack.meta[META_REPORT])] - sent,
                wait_phrase(t, float(queue["wait_seconds"])),
            )
        )
    return sorted(waited, key=lambda w: w.place)


# -- main -----------------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> None:
    cases = load_eval_set()
    fake = fake_model(args.rate, args.prompt_delay)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            print(
                f"fake Ollama: eval-set reference answers at {args.rate:g} tokens/s after a "
                f"{args.prompt_delay:g} s prompt delay; Telegram's live message paced at 1.5 s"
            )
            if args.telegram:
                rows = await telegram(mixed(cases, args.telegram), fake, workdir)
                print(
                    "\n1. Telegram, report → (seconds)     first words   first A/B/C   full reply   sends+edits"
                )
                for lang in ("ko", "en"):
                    mine = [r for r in rows if r.language == lang]
                    if mine:
                        print(
                            f"   {lang} (n={len(mine)}, median){'':14}{_median([r.first_words for r in mine]):>9.1f}"
                            f"{_median([r.first_abc for r in mine]):>14.1f}{_median([r.full for r in mine]):>13.1f}"
                            f"{_median([float(r.requests) for r in mine]):>14.0f}"
                        )
            if args.terminal:
                rows_t = await terminal(mixed(cases, args.terminal, skip=4), fake, workdir)
                print("\n2. Terminal, report → (seconds)     first line    complete")
                for lang, first, done in rows_t:
                    print(f"   {lang}{'':30}{first:>9.1f}{done:>12.1f}")
            if args.owners:
                many = await simultaneous(
                    mixed(cases, args.owners, skip=6), mixed(cases, args.warm_up, skip=5), fake, workdir
                )
                print(
                    f"\n3. {args.owners} owners at once (after {args.warm_up} analyses measured): wait in seconds"
                )
                print("   place   estimated   actual   error   told (ko)")
                for w in many:
                    error = (w.estimate - w.actual) / w.actual * 100
                    print(f"   {w.place:>5}{w.estimate:>12.1f}{w.actual:>9.1f}{error:>7.0f} %   {w.told}")
                last = many[-1]
                ok = abs(last.estimate - last.actual) <= 0.3 * last.actual
                verdict = "within" if ok else "NOT within"
                print(f"   the owner at place {last.place}: estimate {verdict} 30 % of the actual wait")
    finally:
        fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rate", type=float, default=15.0, help="tokens per second (default 15)")
    parser.add_argument("--prompt-delay", type=float, default=3.0, help="seconds before the first token")
    parser.add_argument("--telegram", type=int, default=4, help="reports through Telegram (default 4)")
    parser.add_argument("--terminal", type=int, default=2, help="reports through the terminal (default 2)")
    parser.add_argument("--owners", type=int, default=10, help="owners reporting at once (default 10)")
    parser.add_argument("--warm-up", type=int, default=3, help="analyses measured before them (default 3)")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
