"""The before/after chart of /progress: reports a week per behaviour, first weeks against the last.

Drawn with matplotlib's object API (no pyplot state) in the bundled Hangul font, so Korean labels
render on any machine. Blocking: the server runs it in the chart worker process
(`analysis.chart.in_worker`).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

from dogcoach.services.coaching.progress import CategoryProgress
from dogcoach.services.fonts import matplotlib_hangul_family

BEFORE_COLOR = "#B0B7C3"
AFTER_COLOR = "#4C8BF5"
_lock = threading.Lock()  # matplotlib's font cache is process-global


def render_progress_chart(
    progress: Sequence[CategoryProgress],
    labels: Sequence[str],
    *,
    title: str,
    before_label: str,
    after_label: str,
    axis_label: str,
) -> bytes:
    """PNG bytes: per behaviour two bars (baseline and recent reports a week), each annotated with
    its mean intensity when known. `labels` are the behaviours' names in the owner's language, in the
    order of `progress`; behaviours without a recent window show the baseline bar only."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    family = matplotlib_hangul_family()
    rows = list(zip(labels, progress, strict=True))[::-1]
    with _lock:
        fig = Figure(figsize=(5.6, 1.2 + 0.6 * max(1, len(rows))), dpi=110)
        ax = fig.add_subplot()
        height = 0.38
        for index, (_, p) in enumerate(rows):
            for offset, window, color in (
                (height / 2, p.baseline, BEFORE_COLOR),
                (-height / 2, p.recent, AFTER_COLOR),
            ):
                if window is None:
                    continue
                bar = ax.barh(index + offset, window.per_week, height=height, color=color)
                note = f"{window.per_week:.1f}" + (
                    f" · {window.mean_intensity:.1f}/4" if window.mean_intensity is not None else ""
                )
                ax.bar_label(bar, labels=[note], padding=3, fontsize=8, family=family)
        ax.set_yticks(range(len(rows)), [label for label, _ in rows], family=family, fontsize=9)
        ax.set_xlabel(axis_label, family=family, fontsize=9)
        ax.set_title(title, family=family, fontsize=11, loc="left")
        handles = [Patch(color=BEFORE_COLOR, label=before_label), Patch(color=AFTER_COLOR, label=after_label)]
        ax.legend(handles=handles, prop={"family": family, "size": 8}, loc="lower right", frameon=False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        most = max(
            (w.per_week for p in progress for w in (p.baseline, p.recent) if w is not None), default=1.0
        )
        ax.set_xlim(0, most * 1.45 + 0.5)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
    return out.getvalue()
