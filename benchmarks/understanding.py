"""How fast the understanding service decides what a message is, and what Kiwi would add.

Prints:
- start-up: importing the package in a fresh interpreter, and building an `Understander` from the
  locale files with every vocabulary loaded (`warm`), with the memory that takes;
- per message: the time to classify each corpus message (median, p99, max), over several rounds;
- long messages: one walk told at length and ending in a question, at the open questions where
  an answer may come with a question beside it (the stop 57 trial: 963 characters held the
  server for over 20 minutes; 247 took 35 s), the slowest state's time for each length;
- the corpus accuracy (tuned and held-out parts, see tests/corpus/README.md);
- when `kiwipiepy` is importable (it is not a dependency: `pip install kiwipiepy` in a scratch
  environment to compare): its import and model load time, memory, per-message cost, and the
  corpus accuracy when Kiwi's morphology replaces the hand-written Korean ending lists in deciding
  whether a behaviour verb narrates an event ("he barks", "he barks, and") or names a topic
  ("barking" as a noun, "when he barks").

    .venv/bin/python benchmarks/understanding.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the corpus loader lives with the tests

from dogcoach.bot.budget import within  # noqa: E402
from dogcoach.services.i18n import Messages  # noqa: E402
from dogcoach.services.understanding import Understander  # noqa: E402
from dogcoach.services.understanding.signals import SignalReader  # noqa: E402
from dogcoach.services.understanding.text import Folded  # noqa: E402
from tests.test_understanding_corpus import HELD_OUT, TUNED, Case, context_for, matches  # noqa: E402

_FRESH = """
import resource, time, tracemalloc
t = time.perf_counter()
import dogcoach.services.understanding as u
from dogcoach.services.i18n import Messages
imported = time.perf_counter() - t
messages = Messages()
t = time.perf_counter()
understander = u.Understander(messages)
understander.warm()
built = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
again = u.Understander(messages)
again.warm()
held = tracemalloc.get_traced_memory()[0]
print(imported, built, rss / 1024, held / 1e6)
"""


def startup() -> None:
    """Import and build in fresh interpreters (median of 5), as a process start pays them."""
    runs = [
        tuple(map(float, subprocess.check_output([sys.executable, "-c", _FRESH], text=True).split()))
        for _ in range(5)
    ]
    imported, built, rss, grown = (statistics.median(r[i] for r in runs) for i in range(4))
    print(
        f"start-up (fresh interpreter, median of 5): import {imported * 1000:.0f} ms, "
        f"Understander built and warmed {built * 1000:.0f} ms; process peak RSS {rss:.0f} MB, "
        f"the Understander's own objects {grown:.1f} MB"
    )


def timed(calls: list[Callable[[], object]], rounds: int) -> str:
    """Median, p99 and max of each call, after one warm-up round."""
    for call in calls:
        call()
    times: list[float] = []
    for _ in range(rounds):
        for call in calls:
            t0 = time.perf_counter()
            call()
            times.append(time.perf_counter() - t0)
    times.sort()
    q = statistics.quantiles(times, n=100)
    return (
        f"({len(times)} runs): median {statistics.median(times) * 1e6:.0f} µs, "
        f"p99 {q[98] * 1e6:.0f} µs, max {times[-1] * 1e6:.0f} µs"
    )


def per_message(understander: Understander, cases: list[Case], rounds: int) -> None:
    calls: list[Callable[[], object]] = [
        partial(understander.understand, c.typed, context_for(c.state), media=c.media) for c in cases
    ]
    print("classify one message", timed(calls, rounds))
    print("its budget's overhead (off the loop, `bot.budget.within`)", budget_overhead(calls[:200], rounds))


def budget_overhead(calls: list[Callable[[], object]], rounds: int) -> str:
    """What running each reading in a worker thread under `asyncio.wait_for` (the router's
    `bot.budget.within`, stop 58) adds to it: the median per message, with and without."""

    async def timed_both() -> tuple[float, float]:
        direct: list[float] = []
        guarded: list[float] = []
        for _ in range(rounds):
            for call in calls:
                t0 = time.perf_counter()
                call()
                direct.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await within(call, 60.0)
                guarded.append(time.perf_counter() - t0)
        return statistics.median(direct), statistics.median(guarded)

    plain, off = asyncio.run(timed_both())
    return f"({len(calls) * rounds} runs): median {plain * 1e6:.0f} µs in place, {off * 1e6:.0f} µs off the loop, +{(off - plain) * 1e6:.0f} µs"


# One walk told, then a question (the stop 57 trial's text), ko and en; the lengths timed
LONG_TOLD = (
    "아침에 산책 나갔는데 보리가 다른 강아지를 보자마자 줄을 확 당기면서 짖기 시작했고 제가 줄을 "
    "당겨도 계속 짖어서 결국 안고 집에 왔어요. ",
    "so this morning we went out for a walk and as soon as she saw another dog she pulled hard on "
    "the leash and started barking, i pulled back but she kept going, so i carried her home. ",
)
LONG_ASKED = ("이거 어떻게 해야 돼요?", "what should i do about this?")
LONG_STATES = ("idle", "survey:concerns", "survey:other_pets", "survey:breed", "survey:age_months")
LONG_STATES += ("checkin", "note", "followup:frequency")


def long_messages(understander: Understander) -> None:
    for length in (100, 250, 500, 1000, 2000, 4000):
        worst = ("", 0.0)
        for told, asked in zip(LONG_TOLD, LONG_ASKED, strict=True):
            text = (told * (length // len(told) + 1))[:length].rstrip() + " " + asked
            for state in LONG_STATES:
                understander.understand(text, context_for(state))  # its vocabularies loaded
                t0 = time.perf_counter()
                understander.understand(text, context_for(state))
                took = time.perf_counter() - t0
                worst = max(worst, (state, took), key=lambda w: w[1])
        print(
            f"long message, {length:>4} characters + a question: slowest {worst[1] * 1e3:.0f} ms ({worst[0]})"
        )


def accuracy(understander: Understander, cases: list[Case]) -> tuple[int, int]:
    good = sum(
        matches(understander.understand(c.typed, context_for(c.state), media=c.media), c.expected)
        for c in cases
    )
    return good, len(cases)


def show_accuracy(label: str, understander: Understander) -> None:
    for name, cases in (("tuned", TUNED), ("held-out", HELD_OUT)):
        good, total = accuracy(understander, cases)
        print(f"{label:<28} {name:<9} {good}/{total} = {good / total:.1%}")


class KiwiSignals(SignalReader):
    """The same rules, with Kiwi deciding what follows a Korean behaviour verb."""

    def __init__(self, base: SignalReader, kiwi: Any) -> None:
        super().__init__(base.v)
        self.kiwi = kiwi

    def _narrates(self, message: Folded, hit: tuple[str, int, int, bool]) -> bool:
        _phrase, _start, end, hangul = hit
        if not hangul:
            return super()._narrates(message, hit)
        position = _original_position(message.folded, end)
        tokens = self.kiwi.tokenize(message.folded)
        after = [t for t in tokens if t.start >= position or t.start + t.len > position]
        # the verb's own token may straddle `end`; look at the endings that follow it
        for i, token in enumerate(after):
            if token.tag.startswith(("VV", "VA", "XSV", "NNG")) and i == 0:
                continue
            if token.tag == "ETN":
                return False  # a verb made a noun
            if token.tag == "ETM":
                following = after[i + 1] if i + 1 < len(after) else None
                return not (
                    following is not None and following.tag in ("NNB", "NNG")
                )  # "the pulling", "when"
            if token.tag == "EC":
                return not any(e.startswith(token.form) for e in self._endings[0])  # a conditional
            if token.tag in ("EF", "EP"):
                return True
            break
        return True


def _original_position(folded: str, compact_end: int) -> int:
    """Index in `folded` just after the `compact_end`-th letter or digit (spaces and marks skipped)."""
    seen = 0
    for i, ch in enumerate(folded):
        if ch.isalnum() or "\u3131" <= ch <= "\u318e":
            seen += 1
            if seen == compact_end:
                return i + 1
    return len(folded)


def kiwi_comparison(understander: Understander, rounds: int) -> None:
    try:
        t0 = time.perf_counter()
        import kiwipiepy  # type: ignore[import-not-found]
    except ImportError:
        print("kiwipiepy is not installed here: no Kiwi comparison (see the docstring)")
        return
    imported = time.perf_counter() - t0
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t1 = time.perf_counter()
    kiwi = kiwipiepy.Kiwi()
    kiwi.tokenize(TUNED[0].typed)
    loaded = time.perf_counter() - t1
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    calls: list[Callable[[], object]] = [partial(kiwi.tokenize, c.typed) for c in TUNED + HELD_OUT]
    print(
        f"Kiwi {kiwipiepy.__version__}: import {imported * 1000:.0f} ms, model load {loaded:.2f} s, "
        f"peak memory +{grown:.0f} MB; tokenize one message {timed(calls, rounds)}"
    )
    with_kiwi = Understander(understander.messages)
    with_kiwi.signals = KiwiSignals(with_kiwi.signals, kiwi)
    show_accuracy("rules + Kiwi morphology", with_kiwi)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    startup()
    understander = Understander(Messages())
    understander.warm()
    per_message(understander, TUNED + HELD_OUT, args.rounds)
    long_messages(understander)
    show_accuracy("rules only", understander)
    kiwi_comparison(understander, args.rounds)


if __name__ == "__main__":
    main()
