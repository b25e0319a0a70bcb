"""How long a report will wait for its analysis, from how long recent analyses took.

An analysis holds a worker slot from the moment the worker takes it until its result was handed
to the channel; `WaitEstimator.record` keeps the last `window` such durations and their median is
the typical duration `d` (a median, not a mean: one corrective retry doubles an analysis and must
not move every estimate). The slots are all the analyses that can run at once: with several Ollama
hosts, the slots of every host not set aside (`hosts.HostPool.usable_capacity`), so two equal hosts
halve the wait of a long line. The durations are measured at the service's own concurrency (on a CPU,
two analyses at once each take longer), so the estimate holds for that concurrency.

A report with `ahead` reports queued before it, while analyses with the given elapsed times hold
the slots, gets its result when a slot frees for it and one analysis later:

    free slot times = [max(d - elapsed, 0) for each running analysis] + [0] for each idle slot
    each report ahead takes the earliest free slot and holds it for d
    wait = (earliest free slot after those) + d

With nothing measured yet the estimate uses `assumed` seconds per analysis
(`DOGCOACH_ANALYSIS_ASSUMED_SECONDS`; issue 12 puts qwen2.5:1.5b on a 2-vCPU box at about 24 s).

    estimator = WaitEstimator(slots=1, assumed=25.0)
    estimator.record(14.2)                                  # seconds, one finished analysis
    estimator.estimate(ahead=3, running=[5.0])              # seconds until the 5th report's result
"""

from __future__ import annotations

import heapq
import statistics
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_WINDOW = 20


@dataclass(frozen=True, slots=True)
class QueueOutlook:
    """Where a report stands (or would stand, if sent now) in the analysis line.

    `ahead`: reports that will be analysed before it, those being analysed included (0: it is
    analysed at once); `wait_seconds`: estimated seconds until its result; `owner_waiting`: the
    owner's other reports not analysed yet; `held`: the owner is over the per-owner cap, so the
    report waits until one of theirs is done; `measured`: the estimate comes from measured
    analyses rather than the configured assumption.
    """

    ahead: int
    wait_seconds: float
    owner_waiting: int = 0
    held: bool = False
    measured: bool = False

    @property
    def place(self) -> int:
        """1-based place in line (1: being analysed now)."""
        return self.ahead + 1


class WaitEstimator:
    """Moving median of recent analysis durations, and the wait it predicts (see module docstring)."""

    def __init__(self, slots: int = 1, assumed: float = 25.0, window: int = DEFAULT_WINDOW) -> None:
        if slots < 1 or assumed <= 0 or window < 1:
            raise ValueError("slots and window must be >= 1, assumed > 0")
        self.slots = slots
        self.assumed = assumed
        self._durations: deque[float] = deque(maxlen=window)

    @property
    def measured(self) -> bool:
        return bool(self._durations)

    @property
    def typical(self) -> float:
        """Seconds one analysis takes: the median of the recent ones, else the assumption."""
        return statistics.median(self._durations) if self._durations else self.assumed

    def record(self, seconds: float) -> None:
        """One analysis finished after holding its slot `seconds` (ignored when not positive)."""
        if seconds > 0:
            self._durations.append(seconds)

    def estimate(self, ahead: int, running: Sequence[float] = (), *, slots: int | None = None) -> float:
        """Seconds until the result of a report with `ahead` reports queued before it, while
        analyses that started `running` seconds ago hold slots (at most `slots` of them count).

        `slots` overrides the constructor's for this estimate: the capacity now, when it changes
        (several Ollama hosts, one of them set aside: `HostPool.usable_capacity`)."""
        slots = max(1, self.slots if slots is None else slots)
        typical = self.typical
        busy = sorted(running, reverse=True)[:slots]  # the oldest finish first
        free = [max(typical - elapsed, 0.0) for elapsed in busy]
        free += [0.0] * (slots - len(free))
        heapq.heapify(free)
        for _ in range(max(ahead, 0)):
            heapq.heappush(free, heapq.heappop(free) + typical)
        return heapq.heappop(free) + typical
