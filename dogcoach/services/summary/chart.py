"""The summary's chart: analysed reports per week, stacked by behaviour, with the week's mean
intensity as a line (right axis). PNG bytes, drawn in the bundled Hangul font; blocking."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

from dogcoach.services.fonts import matplotlib_hangul_family
from dogcoach.services.summary.content import Week

COLORS: tuple[str, ...] = ("#4C8BF5", "#F5A04C", "#59B36B", "#B05CC6", "#A0A7B4")
DPI = 130  # sharp at A4 width in print (~1.3 × the 96 dpi screen), half the pixels of 180 dpi
_lock = threading.Lock()


def render_weekly_chart(
    weeks: Sequence[Week],
    categories: Sequence[str],
    *,
    labels: Sequence[str],
    other_label: str,
    week_labels: Sequence[str],
    count_axis: str,
    intensity_axis: str,
) -> bytes:
    """`categories` get their own colour (named by `labels`); the rest are stacked as `other_label`."""
    from matplotlib.figure import Figure

    family = matplotlib_hangul_family()
    series = [[w.counts.get(c, 0) for w in weeks] for c in categories]
    other = [sum(n for c, n in w.counts.items() if c not in categories) for w in weeks]
    names = list(labels)
    if any(other):
        series.append(other)
        names.append(other_label)
    with _lock:
        fig = Figure(figsize=(7.2, 2.3), dpi=DPI)
        ax = fig.add_subplot()
        x = list(range(len(weeks)))
        bottom = [0] * len(weeks)
        for index, (name, values) in enumerate(zip(names, series, strict=True)):
            ax.bar(x, values, bottom=bottom, color=COLORS[index % len(COLORS)], label=name, width=0.7)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_xticks(x, list(week_labels), fontsize=7, family=family)
        ax.set_ylabel(count_axis, fontsize=7, family=family)
        ax.tick_params(axis="y", labelsize=7)
        ax.set_ylim(0, max(bottom, default=0) * 1.25 + 1)
        line = ax.twinx()
        points = [(i, w.mean_intensity) for i, w in enumerate(weeks) if w.mean_intensity is not None]
        line.plot(
            [p[0] for p in points], [p[1] for p in points], color="#222222", marker="o", markersize=3, lw=1.2
        )
        line.set_ylim(0, 4.4)
        line.set_ylabel(intensity_axis, fontsize=7, family=family)
        line.tick_params(axis="y", labelsize=7)
        ax.legend(prop={"family": family, "size": 7}, loc="upper left", frameon=False, ncol=len(names))
        for axis in (ax, line):
            axis.spines["top"].set_visible(False)
        # Fixed margins: tight_layout would draw the figure twice (a third of the chart's time).
        fig.subplots_adjust(left=0.07, right=0.93, top=0.95, bottom=0.12)
        out = io.BytesIO()
        fig.savefig(out, format="png", pil_kwargs={"compress_level": 1})
    return out.getvalue()
