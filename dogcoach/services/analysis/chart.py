"""The weekly digest's bar chart, as PNG bytes.

matplotlib is imported on first use (it costs about half a second and 30 MB), with the Agg
backend, so nothing else in the bot pays for it. Korean labels need a font with Hangul: the one
bundled through PyPI (`services.fonts`) first, else an installed one; only when neither exists is
`hangul_font()` None and the caller labels the chart in English instead of drawing empty boxes.

The server draws in a worker process of its own (`in_worker`): matplotlib's import and drawing
hold the GIL for tens of milliseconds at a time, so from a thread they stalled every other
owner's turn (issue 14: p99 up to 250 ms during a /week); the worker also keeps matplotlib's
30 MB out of the server's memory.
"""

from __future__ import annotations

import asyncio
import io
import logging
import multiprocessing
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache, partial
from typing import Any, TypeVar

from dogcoach.services.fonts import matplotlib_hangul_family

log = logging.getLogger(__name__)

# Font families that cover Hangul (Nanum, Noto Sans CJK/KR, Source Han, Malgun, Apple SD Gothic, Un,
# Baekmuk), matched on the family name with spaces ignored.
HANGUL_FAMILY = re.compile(
    r"nanum|notosans(cjk|kr)|sourcehansans|malgun|applesdgothic|applegothic|undotum|baekmuk"
)

BAR_COLOR = "#4C8BF5"
_lock = threading.Lock()  # pyplot-free, but the font cache and rcParams are process-global
T = TypeVar("T")
_worker: ProcessPoolExecutor | None = None


async def in_worker(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` in the chart worker process (started, with "spawn", on first use).

    A worker that died (killed, out of memory) is replaced on the next call; this one raises.
    """
    global _worker
    if _worker is None:
        _worker = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        return await asyncio.get_running_loop().run_in_executor(_worker, partial(fn, *args, **kwargs))
    except BrokenProcessPool:
        _worker = None
        raise


@cache
def _matplotlib() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    return matplotlib


@cache
def hangul_font() -> str | None:
    """The bundled Hangul font's family, else the first installed one that can draw Korean, or None."""
    _matplotlib()
    from matplotlib import font_manager

    bundled = matplotlib_hangul_family()
    if bundled is not None:
        return bundled
    installed = sorted({f.name for f in font_manager.fontManager.ttflist})
    found = next((name for name in installed if HANGUL_FAMILY.search(name.replace(" ", "").lower())), None)
    if found is None:
        log.warning("no Korean font installed; weekly charts are labelled in English")
    return found


def render_bar_chart(
    title: str, labels: Sequence[str], counts: Sequence[int], *, font: str | None = None
) -> bytes:
    """A small horizontal bar chart (largest on top) as PNG; blocking, run it in a thread."""
    _matplotlib()
    from matplotlib.figure import Figure

    with _lock:
        fig = Figure(figsize=(5.0, 0.9 + 0.42 * max(1, len(labels))), dpi=110)
        ax = fig.add_subplot()
        rows = list(zip(labels, counts, strict=True))[::-1]
        family = [font] if font else None
        bars = ax.barh([label for label, _ in rows], [count for _, count in rows], color=BAR_COLOR)
        ax.bar_label(bars, padding=3, fontsize=9)
        ax.set_title(title, fontsize=11, loc="left", family=family)
        if family:
            for tick in ax.get_yticklabels():
                tick.set_fontfamily(family)
        ax.tick_params(axis="y", labelsize=9)
        ax.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.set_xlim(0, max(counts, default=1) * 1.15 + 0.5)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
    return out.getvalue()
