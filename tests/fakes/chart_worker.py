"""Another owner's chart holding the one chart worker for as long as a test needs.

The worker is a spawned process: what it runs is a module-level function it imports by name, so
this module imports nothing heavy. A hold released by a file instead of a fixed sleep keeps the
test's "the worker is still busy" true however slow the box is (stop 61: a 7-second sleep ran out
before a loaded box had set the owner up).
"""

from __future__ import annotations

import os
import time


def hold_until(path: str, limit: float) -> None:
    """Block until `path` exists, or `limit` seconds at most (a test that failed before releasing
    it does not hold the worker for ever)."""
    deadline = time.monotonic() + limit
    while not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.05)


def let_go(path: str) -> None:
    """Release a `hold_until(path)`."""
    with open(path, "a"):
        pass
