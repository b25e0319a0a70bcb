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
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache, partial
from typing import Any, TypeVar

from dogcoach.services.fonts import matplotlib_hangul_family
from dogcoach.services.i18n import Messages

log = logging.getLogger(__name__)

# Font families that cover Hangul (Nanum, Noto Sans CJK/KR, Source Han, Malgun, Apple SD Gothic, Un,
# Baekmuk), matched on the family name with spaces ignored.
HANGUL_FAMILY = re.compile(
    r"nanum|notosans(cjk|kr)|sourcehansans|malgun|applesdgothic|applegothic|undotum|baekmuk"
)

BAR_COLOR = "#4C8BF5"
# Charts drawn already, by everything drawn on them (title, labels, counts, font): a /week asked
# again with no new report is answered without the worker (stop 60: 11 owners at once on 2 cores
# queued behind each other's charts in the one worker, and missed Kakao's 5 s). A new report
# changes the counts, so it never meets a stale picture. About 15 kB a chart.
CHART_CACHE_SIZE = 256
_charts: OrderedDict[tuple[str, tuple[str, ...], tuple[int, ...], str | None], bytes] = OrderedDict()
# The worker's Hangul font, asked once per worker (`worker_hangul_font`), not once per chart: the
# question queued behind every other owner's chart.
_font_of: tuple[ProcessPoolExecutor, str | None] | None = None
_lock = threading.Lock()  # pyplot-free, but the font cache and rcParams are process-global
T = TypeVar("T")
_worker: ProcessPoolExecutor | None = None
# The warm-up submitted to the worker (`start_warm_up`), the worker it was submitted to and when
# (time.monotonic). Process-wide, not per event loop: a process that runs the bot again (tests,
# a restart in place) finds it under way or done and submits no second one. Per loop, every test's
# start-up queued another chart in the worker and cancelled only its own wait for it: stop 26's
# suite ran at half speed on 2 cores.
_warming: Future[None] | None = None
_warming_in: ProcessPoolExecutor | None = None
_warming_since = 0.0
PARENT_POLL_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """In the worker: leave when the process that started it is gone. A worker idles in a blocking
    read of its task queue; a server killed (SIGKILL, an OOM kill) never closes it, and the orphan
    stayed for good (seen in the test suite: one per server subprocess)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _executor() -> ProcessPoolExecutor:
    global _worker
    if _worker is None:
        _worker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_exit_with_parent,
            initargs=(os.getpid(),),
        )
    return _worker


async def in_worker(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` in the chart worker process (started, with "spawn", on first use).

    A worker that died (killed, out of memory) is replaced on the next call; this one raises.
    """
    global _worker
    try:
        return await asyncio.get_running_loop().run_in_executor(_executor(), partial(fn, *args, **kwargs))
    except BrokenProcessPool:
        _worker = None
        raise


async def worker_hangul_font() -> str | None:
    """`hangul_font()` as the chart worker finds it, asked once per worker."""
    global _font_of
    worker = _executor()
    if _font_of is not None and _font_of[0] is worker:
        return _font_of[1]
    font = await in_worker(hangul_font)
    _font_of = (worker, font)
    return font


async def bar_chart(title: str, labels: Sequence[str], counts: Sequence[int], *, font: str | None) -> bytes:
    """`render_bar_chart` drawn in the worker, or the same chart drawn before (`CHART_CACHE_SIZE`)."""
    key = (title, tuple(labels), tuple(counts), font)
    png = _charts.get(key)
    if png is not None:
        _charts.move_to_end(key)
        return png
    png = await in_worker(render_bar_chart, title, list(labels), list(counts), font=font)
    _charts[key] = png
    while len(_charts) > CHART_CACHE_SIZE:
        _charts.popitem(last=False)
    return png


def forget_charts() -> None:
    """Forget the charts drawn (`bar_chart`): the next one is drawn again."""
    _charts.clear()


def _warm(messages: Messages | None) -> None:
    """In the worker: what the first chart paid for, paid now (matplotlib's import, the Agg
    backend, the Hangul font registered and its glyphs loaded, a figure drawn and saved); and what
    the first /summary paid for (`messages` unpickled: the locale files loaded here once;
    ReportLab's import and its font parsed)."""
    font = hangul_font()
    render_bar_chart("warm", ["warm"], [1], font=font)
    if font is not None:
        render_bar_chart("warm", ["warm"], [1])
    from dogcoach.services.summary.document import warm as warm_document

    warm_document()


def _submit_warm(messages: Messages | None) -> Future[None]:
    """The worker's warm-up: the one submitted already unless it was cancelled before it ran or
    went to a worker since replaced, else a new one."""
    global _warming, _warming_in, _warming_since
    worker = _executor()
    if _warming is None or _warming_in is not worker or _warming.cancelled():
        _warming, _warming_in, _warming_since = worker.submit(_warm, messages), worker, time.monotonic()
    return _warming


def start_warm_up(messages: Messages | None = None) -> asyncio.Task[float] | None:
    """Start the chart worker and draw one chart there, in the background, so that the first
    /week, /progress or /summary of a process is drawn as fast as the next (owner trial 7: the
    first /week took 3.97 s on Kakao, past its deadline; the first /summary 2.1 s against 0.4 s
    after it: `benchmarks/chart_warmup.py`, `benchmarks/summary_turn.py`). `messages`: the ones a
    /summary will be drawn with, loaded in the worker now. A task that waits for it (cancelling
    the task leaves a warm-up that has started running), or None when the worker is warm."""
    if warm():
        return None
    return asyncio.ensure_future(_timed_warm(messages))


async def warm_up(messages: Messages | None = None) -> float:
    """`start_warm_up` and wait for it: the seconds since the warm-up was submitted (0 when the
    worker was warm already, or the warm-up failed: the first chart then pays again)."""
    task = start_warm_up(messages)
    return 0.0 if task is None else await task


async def _timed_warm(messages: Messages | None) -> float:
    global _worker
    try:
        await asyncio.wrap_future(_submit_warm(messages))
    except BrokenProcessPool:
        _worker = None
        log.warning("chart worker not warmed", exc_info=True)
        return 0.0
    except Exception:  # a chart will say what is wrong when one is asked for
        log.warning("chart worker not warmed", exc_info=True)
        return 0.0
    return time.monotonic() - _warming_since


def warm() -> bool:
    """True while the chart worker is one whose warm-up has finished without an error."""
    done = _warming is not None and _warming_in is _worker and _worker is not None and _warming.done()
    return done and _warming is not None and not _warming.cancelled() and _warming.exception() is None


def stop_worker() -> None:
    """Stop the chart worker (the next chart starts a cold one)."""
    global _worker, _warming, _warming_in
    worker, _worker, _warming, _warming_in = _worker, None, None, None
    if worker is not None:
        worker.shutdown(wait=True, cancel_futures=True)


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


def _label_inches(label: str) -> float:
    """About how wide `label` is at 9 pt: a wide (Hangul, CJK) character 9 pt, another 5.5 pt."""
    return sum(9.0 if ord(c) >= 0x1100 else 5.5 for c in label) / 72


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
        # Margins from the labels' length, not `tight_layout` (which draws the figure once more
        # to measure them: 28 % of a chart's time, stop 60).
        width, height = fig.get_size_inches()
        left = min(0.6, (max((_label_inches(label) for label in labels), default=0.0) + 0.2) / width)
        fig.subplots_adjust(left=left, right=0.97, top=1 - 0.45 / height, bottom=0.1 / height)
        out = io.BytesIO()
        fig.savefig(out, format="png")
    return out.getvalue()
