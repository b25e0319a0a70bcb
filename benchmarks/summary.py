"""Render time of the hand-over summary PDF (issue 13), and what the other coaching parts cost.

Prints, for the seeded six-week history of the tests in Korean and English: the first render in a
fresh process (font registration, matplotlib import), then the median and worst of N renders, split
into the chart (matplotlib) and the page (ReportLab); the PDF's size; and, for scale, the safety
check per message and progress per dog.

    .venv/bin/python benchmarks/summary.py            # 20 renders per language
    .venv/bin/python benchmarks/summary.py --runs 50
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dogcoach.services.coaching import progress
from dogcoach.services.i18n import Messages, Translator
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.summary import document as summary_document
from dogcoach.services.summary import render_pdf, summarize
from tests.test_safety_corpus import AVERSIVE, NEGATIVE, POSITIVE
from tests.test_summary import NOW, ZONE, seeded_history


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    messages = Messages()
    chart_times: list[float] = []
    real_chart = summary_document.render_weekly_chart

    def timed_chart(*a: object, **kw: object) -> bytes:
        start = time.perf_counter()
        png = real_chart(*a, **kw)  # type: ignore[arg-type]
        chart_times.append(time.perf_counter() - start)
        return png

    summary_document.render_weekly_chart = timed_chart  # measure the chart's share without changing it
    for locale in ("ko", "en"):
        data = seeded_history(locale)
        t = Translator(messages, locale)
        times: list[float] = []
        size = 0
        chart_times.clear()
        for run in range(args.runs + 1):
            start = time.perf_counter()
            summary = summarize(data, now=NOW, timezone=ZONE)
            pdf = render_pdf(data, summary, t, now=NOW, timezone=ZONE)
            elapsed = time.perf_counter() - start
            if run == 0 and locale == "ko":
                print(f"first render in this process (font registration, matplotlib import): {ms(elapsed)}")
            else:
                times.append(elapsed)
            size = len(pdf)
        chart = statistics.median(chart_times)
        print(
            f"summary {locale}: median {ms(statistics.median(times))}, worst {ms(max(times))} over {len(times)} "
            f"renders; chart {ms(chart)}, page {ms(statistics.median(times) - chart)}; PDF {size / 1024:.0f} KiB"
        )
    checker = SafetyChecker(messages)
    texts = [c.text for c in POSITIVE + NEGATIVE] + [text for text, _ in AVERSIVE]
    start = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for text in texts:
            checker.check(text, age_months=100)
    per = (time.perf_counter() - start) / (rounds * len(texts))
    print(f"safety check: {per * 1e6:.0f} µs per message ({len(texts)} corpus messages × {rounds})")
    data = seeded_history("ko")
    start = time.perf_counter()
    for _ in range(1000):
        progress(data.reports, data.checkins, now=NOW, concerns=data.concerns, tracked_from=data.tracked_from)
    print(
        f"progress: {(time.perf_counter() - start) * 1000 / 1000 * 1000:.0f} µs per dog (20 reports, 4 check-ins)"
    )


if __name__ == "__main__":
    main()
