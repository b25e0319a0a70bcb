"""Where a py-spy profile spends its time: the top functions by own time and by time inside them.

    .venv/bin/python benchmarks/profile_summary.py PROFILE.txt [--top 25] [--match dogcoach]

PROFILE.txt is py-spy's raw (collapsed) output, as `benchmarks/telegram_webhook.py --profile`
writes it: one line per distinct stack, frames separated by ";", then the sample count. Idle
samples (the event loop waiting in `select`/`epoll`) are left out, so shares are of busy time.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

LINE = re.compile(r":\d+\)$")
IDLE = ("select (selectors.py", "epoll", "_run_once (asyncio/base_events.py", "poll (selectors.py")


def _package(frame: str) -> str:
    """`f (telegram/_bot.py)` -> "telegram"; DogCoach by subpackage (dogcoach/services/store)."""
    where = frame[frame.rfind("(") + 1 : -1]
    parts = where.split("/")
    if parts[0] == "dogcoach":
        return "/".join(parts[:3]) if parts[1] in ("services", "channels") else "/".join(parts[:2])
    return parts[0] if len(parts) > 1 else where


def summary(path: Path, top: int, match: str | None) -> None:
    own: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [LINE.sub(")", f) for f in stack.split(";")]  # per function, not per line
        if any(frames[-1].startswith(i) for i in IDLE):
            continue
        n = int(count)
        total += n
        own[frames[-1]] += n
        for frame in set(frames):
            inside[frame] += n
    print(f"{total} busy samples")
    print("\nown time by package:")
    packages: Counter[str] = Counter()
    for frame, n in own.items():
        packages[_package(frame)] += n
    for name, n in packages.most_common(20):
        print(f"{n / total * 100:6.1f}%  {name}")
    for title, table in (("own time", own), ("time inside (inclusive)", inside)):
        print(f"\n{title}:")
        rows = [(f, n) for f, n in table.most_common() if match is None or match in f][:top]
        for frame, n in rows:
            print(f"{n / total * 100:6.1f}%  {frame}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match")
    args = parser.parse_args()
    summary(args.profile, args.top, args.match)
