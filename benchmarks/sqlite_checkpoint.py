"""A turn's SQLite writes with SQLite's automatic WAL checkpoint (inside the commit that passes
1,000 pages, on the caller's thread: what the store did before) against passive checkpoints on a
worker thread, on a connection of their own, started every `--every` commits (what the store does:
`services/store/sqlite.py`): the commit latency the event loop sees, and the CPU of both threads
per transaction.

Each transaction writes what a survey turn writes (an update id, two transcript lines, the
conversation state), on a file database with WAL and `synchronous=NORMAL` as the store opens it.
An earlier worker checkpointed every second instead: the WAL grew between checkpoints and each
commit cost more CPU, so it was not kept; started by a count of commits, the WAL stays as small
as SQLite's own checkpoint keeps it.

    .venv/bin/python benchmarks/sqlite_checkpoint.py [--transactions 20000] [--every 100]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


def run(path: Path, worker: bool, transactions: int, every: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {10_000 if worker else 1000}")
    conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, user_id INT, text TEXT, payload TEXT)")
    conn.execute("CREATE INDEX messages_user_idx ON messages (user_id, id)")
    conn.execute("CREATE TABLE state (user_id INT PRIMARY KEY, data TEXT)")
    conn.execute("CREATE TABLE updates (channel TEXT, update_id TEXT, PRIMARY KEY (channel, update_id))")
    own = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    pool = ThreadPoolExecutor(1)
    running: Future[object] | None = None
    since = 0  # commits since the last checkpoint started (as the store counts them)
    latencies = []
    before = resource.getrusage(resource.RUSAGE_SELF)
    for i in range(transactions):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO updates VALUES ('telegram', ?)", (str(i),))
        conn.execute(
            "INSERT INTO messages (user_id, text, payload) VALUES (?, ?, ?), (?, ?, ?)",
            (i % 300, "초코가 짖어요" * 4, "{}" * 20, i % 300, "다음 질문이에요" * 12, "{}" * 80),
        )
        conn.execute(
            "INSERT INTO state VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET data = excluded.data",
            (i % 300, "d" * 300),
        )
        conn.execute("COMMIT")
        latencies.append(time.perf_counter() - started)
        since += 1
        if worker and since >= every and (running is None or running.done()):
            since = 0
            running = pool.submit(lambda: own.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall())
    if running is not None:
        running.result()
    after = resource.getrusage(resource.RUSAGE_SELF)
    pool.shutdown()
    own.close()
    conn.close()
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / transactions
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99)]
    print(
        f"{f'worker every {every} commits' if worker else 'automatic (in the commit)':28s} "
        f"mean {statistics.fmean(latencies) * 1e6:6.1f} us  p99 {p99 * 1e6:7.1f} us  "
        f"worst {latencies[-1] * 1e3:5.2f} ms  CPU {cpu * 1e6:5.1f} us/txn (all threads)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transactions", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=100, help="commits between worker checkpoints")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n, worker in enumerate((False, True, False, True)):
            run(Path(tmp) / f"t{n}.db", worker, args.transactions, args.every)


if __name__ == "__main__":
    main()
