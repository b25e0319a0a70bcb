"""The test run's own PostgreSQL cluster (tests/pgcluster.py): crash and restart keep committed
data, close() and the owner's death leave no server and no directory, root runs it as nobody."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import psycopg
import pytest

from tests.pgcluster import UNPRIVILEGED, Cluster
from tests.test_console import interruptible

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    os.environ.get("DOGCOACH_TEST_POSTGRES") == "skip", reason="DOGCOACH_TEST_POSTGRES=skip"
)


def accepts(port: int) -> bool:
    try:
        psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def eventually(check: Callable[[], bool], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_committed_rows_survive_a_kill_and_a_restart_and_close_removes_everything() -> None:
    cluster = Cluster().start()
    try:
        with psycopg.connect(cluster.url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE faults")
        with psycopg.connect(cluster.dsn("faults")) as conn:
            conn.execute("CREATE TABLE t (x int)")
            conn.execute("INSERT INTO t VALUES (1), (2)")
        with psycopg.connect(cluster.dsn("faults")) as conn:
            cluster.kill()
            with pytest.raises(psycopg.OperationalError):
                conn.execute("SELECT 1")
        assert not accepts(cluster.port)
        cluster.start()
        with psycopg.connect(cluster.dsn("faults")) as conn:
            assert conn.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,)]
            conn.execute("INSERT INTO t VALUES (3)")
        cluster.restart()
        with psycopg.connect(cluster.dsn("faults")) as conn:
            assert conn.execute("SELECT count(*) FROM t").fetchone() == (3,)
            if os.geteuid() == 0:
                pid = conn.execute("SELECT pg_backend_pid()").fetchone()
                assert pid is not None
                assert psutil.Process(pid[0]).username() == UNPRIVILEGED
        base = cluster._base
    finally:
        cluster.close()
    assert not accepts(cluster.port)
    assert not base.exists()


OWNER = """
import sys, time
from tests.pgcluster import Cluster
cluster = Cluster().start()
print(cluster.port, cluster._base, flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_no_server_outlives_its_owner(sig: signal.Signals) -> None:
    """However the process that started it ends, the server stops and its directory goes."""
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER], cwd=ROOT, stdout=subprocess.PIPE, text=True, preexec_fn=interruptible
    )
    try:
        assert owner.stdout is not None
        port_text, base_text = owner.stdout.readline().split()
        port, base = int(port_text), Path(base_text)
        assert accepts(port)
        owner.send_signal(sig)
        owner.wait(timeout=30)
    finally:
        owner.kill()
        owner.wait()
    assert eventually(lambda: not accepts(port))
    assert eventually(lambda: not base.exists())
