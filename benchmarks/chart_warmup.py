"""The first /week chart of a process, cold and after the start-up warm-up (owner trial 7).

The weekly chart is drawn in the chart worker process (`services/analysis/chart.py:in_worker`).
Started on the first chart, the worker paid its spawn, matplotlib's import, the Hangul font and
the first figure inside that owner's turn: 3.97 s on the trial's box, past Kakao's 5-second skill
limit. `bot/lifecycle.py:charting` now starts and warms it in the background at start-up
(`chart.start_warm_up`). Per run, in a fresh worker each time, this prints:

- cold: the first chart as a turn drew it before (font looked up, then the chart drawn);
- warm-up: what the start-up's background warm-up takes (nobody waits for it);
- warmed: the first chart after the warm-up, and the next one for comparison.

    .venv/bin/python benchmarks/chart_warmup.py            # 3 runs
    .venv/bin/python benchmarks/chart_warmup.py --runs 5
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.services.analysis import chart

LABELS = ["짖음", "분리불안", "공격성"]
COUNTS = [4, 2, 1]


async def first_chart() -> float:
    """The chart of a Korean /week, as `handlers/history.py:_with_chart` asks for it."""
    started = time.perf_counter()
    font = await chart.in_worker(chart.hangul_font)
    await chart.in_worker(chart.render_bar_chart, "지난 7일", LABELS, COUNTS, font=font)
    return time.perf_counter() - started


async def run() -> tuple[float, float, float, float]:
    chart.stop_worker()
    cold = await first_chart()
    chart.stop_worker()
    warm_up = await chart.warm_up()
    warmed = await first_chart()
    after = await first_chart()
    chart.stop_worker()
    return cold, warm_up, warmed, after


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = [asyncio.run(run()) for _ in range(args.runs)]
    for name, column in zip(
        ("cold first chart", "warm-up (background)", "warmed first chart", "next chart"),
        zip(*rows, strict=True),
        strict=True,
    ):
        values = ", ".join(f"{v:.2f}" for v in column)
        print(f"{name:22} median {statistics.median(column):5.2f} s  ({values})")


if __name__ == "__main__":
    main()
