"""Work that runs in one process at a time: the schedules (the daily tip, broadcast resumption,
the check-in scheduler), under the named lease `schedules` (`store/leases.py`).

Every server process runs a `Leader`. Each tries to take or renew the lease every third of
`lease_seconds`; the one that holds it runs the registered jobs, the others wait. When the holder
dies its lease expires and another process takes it over within `lease_seconds` (plus a third);
a graceful stop gives it up at once. A holder that cannot renew (the database away) stops its
jobs before its lease can have expired, so two processes never run them at once. On SQLite (one
process, `sqlite_lock`) the first try takes the lease whoever held it.

    leader = Leader(store, lease_seconds=30)
    leader.add("daily_tip", daily.run_forever)
    task = asyncio.create_task(leader.run_forever())
    ...
    await leader.remove("daily_tip", grace=0)     # a part stopping
    await leader.close()                           # jobs stopped, lease released
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from dogcoach.services.store import Store
from dogcoach.services.store.core import utcnow

log = logging.getLogger(__name__)

SCHEDULES = "schedules"
LEASE_SECONDS = 30.0

Job = Callable[[], Coroutine[Any, Any, object]]


class Leader:
    """See the module docstring. One per process."""

    def __init__(
        self,
        store: Store,
        *,
        name: str = SCHEDULES,
        lease_seconds: float = LEASE_SECONDS,
        holder: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        take_over: bool | None = None,
    ) -> None:
        """`take_over`: the first try takes the lease whoever holds it (default: on a store only
        one process serves, SQLite)."""
        self.store = store
        self.name = name
        self.lease = timedelta(seconds=lease_seconds)
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.clock = clock
        self._jobs: dict[str, Job] = {}
        self._tasks: dict[str, asyncio.Task[object]] = {}
        self._valid_until = 0.0  # monotonic: until when the lease is surely ours
        self._force = (not store.shared) if take_over is None else take_over
        self._closed = False
        self._leading = False
        self.changed = asyncio.Event()  # set whenever leadership is gained or lost (tests, logs)

    @property
    def leading(self) -> bool:
        """True while this process holds the lease (and runs the jobs)."""
        return self._leading

    def add(self, name: str, job: Job) -> None:
        """Run `job()` while this process leads (started at once if it leads now)."""
        self._jobs[name] = job
        if self._leading:
            self._start(name)

    async def remove(self, name: str, grace: float) -> None:
        """Stop running `name`: its task gets `grace` seconds to end by itself (a job told to
        stop), then is cancelled."""
        self._jobs.pop(name, None)
        task = self._tasks.pop(name, None)
        if task is None:
            return
        _, late = await asyncio.wait({task}, timeout=grace) if grace > 0 else (set(), {task})
        for hung in late:
            hung.cancel()
        await asyncio.gather(task, return_exceptions=True)

    async def run_forever(self) -> None:
        """Take or renew the lease every third of it; start or stop the jobs accordingly."""
        period = self.lease.total_seconds() / 3
        while not self._closed:
            started = time.monotonic()
            try:
                now = self.clock()
                async with self.store.session() as s:
                    held = await s.acquire_lease(
                        self.name, self.holder, now + self.lease, now, force=self._force
                    )
                self._force = False
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # cannot tell: run on while the lease is surely ours
                log.warning("schedules lease not renewed (%s)", exc)
                held = False
                if self._valid_until > time.monotonic() + period:
                    held = True
            else:
                if held:
                    self._valid_until = started + self.lease.total_seconds()
            if held and not self._leading:
                log.info("this process runs the schedules (%s)", ", ".join(self._jobs) or "none yet")
                self._leading = True
                self.changed.set()
            elif not held and self._leading:
                log.warning("schedules lease lost; another process runs them now")
                self._leading = False
                self._valid_until = 0.0
                await self._stop_all()
                self.changed.set()
            if self._leading:
                for name in self._jobs:  # started, or run again after ending by itself
                    self._start(name)
            await asyncio.sleep(max(0.0, started + period - time.monotonic()))

    def _start(self, name: str) -> None:
        old = self._tasks.get(name)
        if old is not None and not old.done():
            return
        self._tasks[name] = asyncio.create_task(self._jobs[name](), name=name)

    async def _stop_all(self) -> None:
        tasks, self._tasks = list(self._tasks.values()), {}
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def close(self) -> None:
        """Stop the jobs (cancelled: each part stops its own job gracefully first with `remove`)
        and give the lease up, so another process takes it at its next try."""
        self._closed = True
        self._leading = False
        self._valid_until = 0.0
        await self._stop_all()
        with contextlib.suppress(Exception):
            async with self.store.session(wait=2.0) as s:
                await s.release_lease(self.name, self.holder)
