"""How fast the understanding service decides what a message is, and what Kiwi would add.

Prints:
- start-up: importing the package in a fresh interpreter, and building an `Understander` from the
  locale files with every vocabulary loaded (`warm`), with the memory that takes;
- per message: the time to classify each corpus message (median, p99, max), over several rounds;
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
import gc
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the corpus loader lives with the tests

from dogcoach.services.i18n import Messages  # noqa: E402
from dogcoach.services.understanding import Understander  # noqa: E402
from dogcoach.services.understanding.signals import SignalReader  # noqa: E402
from dogcoach.services.understanding.text import Folded  # noqa: E402
from tests.test_understanding_corpus import HELD_OUT, TUNED, Case, context_for, matches  # noqa: E402


def startup() -> None:
    code = "import time; t=time.perf_counter(); import dogcoach.services.understanding; print(time.perf_counter()-t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    print(
        f"import dogcoach.services.understanding (fresh interpreter, median of 5): {statistics.median(runs) * 1000:.0f} ms"
    )
    messages = Messages()
    gc.collect()
    tracemalloc.start()
    t0 = time.perf_counter()
    understander = Understander(messages)
    understander.warm()
    for case in TUNED:  # every vocabulary and table a message can touch
        understander.understand(case.typed, context_for(case.state), media=case.media)
    built = time.perf_counter() - t0
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Understander built and warmed: {built * 1000:.0f} ms, {current / 1e6:.1f} MB of Python objects")


def per_message(understander: Understander, cases: list[Case], rounds: int) -> None:
    prepared = [(c.typed, context_for(c.state), c.media) for c in cases]
    for text, context, media in prepared:
        understander.understand(text, context, media=media)
    times: list[float] = []
    for _ in range(rounds):
        for text, context, media in prepared:
            t0 = time.perf_counter()
            understander.understand(text, context, media=media)
            times.append(time.perf_counter() - t0)
    times.sort()
    q = statistics.quantiles(times, n=100)
    print(
        f"classify one message ({len(times)} runs): median {statistics.median(times) * 1e6:.0f} µs, "
        f"p99 {q[98] * 1e6:.0f} µs, max {times[-1] * 1e6:.0f} µs"
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
    texts = [c.typed for c in TUNED + HELD_OUT]
    times: list[float] = []
    for _ in range(max(1, rounds // 4)):
        for text in texts:
            t = time.perf_counter()
            kiwi.tokenize(text)
            times.append(time.perf_counter() - t)
    times.sort()
    q = statistics.quantiles(times, n=100)
    print(
        f"Kiwi {kiwipiepy.__version__}: import {imported * 1000:.0f} ms, model load {loaded:.2f} s, "
        f"peak memory +{grown:.0f} MB; tokenize one message median {statistics.median(times) * 1e6:.0f} µs, "
        f"p99 {q[98] * 1e6:.0f} µs"
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
    show_accuracy("rules only", understander)
    kiwi_comparison(understander, args.rounds)


if __name__ == "__main__":
    main()
