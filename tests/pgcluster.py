"""A throwaway PostgreSQL cluster owned by the test run, on pytest-postgresql's executor.

`Cluster` runs initdb and `pg_ctl start/stop` through pytest-postgresql's `PostgreSQLExecutor`
(mirakuru underneath): data in a fresh temporary directory, a free TCP port on 127.0.0.1 (no Unix
socket), trust authentication for the superuser `postgres` that initdb creates (pytest-postgresql's
default: while it runs, any local user could connect). It reads and changes nothing of any other
server: no password, no configuration, no running state.

As root (CI, containers) initdb and postgres refuse to run, so the cluster runs as `nobody`
through `setpriv` (util-linux, present on every Debian and Ubuntu): `nobody` exists on every Linux
system and owns nothing, so the server can write only its own directory. Not `postgres`, which owns
the machine's own clusters; not an account made for the purpose, which would change /etc/passwd.
Root reaches pg_ctl through a two-line wrapper kept in a directory only root can write.

Lifetime: a guardian process reads a pipe from this process; when this process ends however it
ends (normal exit, Ctrl-C, a failure, SIGKILL) the pipe closes and the guardian stops the server
and removes the directory, so no server outlives the test run.

fsync is off: a killed server (`kill()`) still loses nothing it committed, because the kernel
keeps the pages it wrote; only a machine crash could, and this cluster does not outlive one.

`python -m tests.pgcluster` prints the pg_ctl it would use, or exits 1 when there is none
(scripts/install-postgres-server asks it before installing the server with apt).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import port_for
import psutil
from pytest_postgresql.executors import PostgreSQLExecutor

USER = "postgres"
"""The superuser initdb creates; trust authentication, so no password."""

UNPRIVILEGED = "nobody"
"""Who runs the server when the tests run as root."""

SERVER_SETTINGS = "-c listen_addresses=127.0.0.1 -c fsync=off"

_GUARDIAN = """
import shutil, subprocess, sys
sys.stdin.buffer.read()
subprocess.run([sys.argv[1], "stop", "-D", sys.argv[2], "-m", "immediate"], capture_output=True)
shutil.rmtree(sys.argv[3], ignore_errors=True)
"""
"""Waits for EOF on stdin (the owner's end closed: it stopped or died), then stops and removes."""


VERSIONED_BINDIRS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/opt/homebrew/opt/postgresql@*/bin",  # Homebrew's keg-only postgresql@N, Apple silicon
    "/usr/local/opt/postgresql@*/bin",  # the same on Intel
)


def find_pg_ctl() -> Path | None:
    """pg_ctl of an installed PostgreSQL server, or None.

    Looks where pytest-postgresql does (next to `pg_config --bindir`, then PATH) and in the
    VERSIONED_BINDIRS, newest major first; pg_config alone is not enough, since libpq-dev brings it
    without the server.
    """
    candidates: list[Path] = []
    try:
        bindir = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
        candidates.append(Path(bindir) / "pg_ctl")
    except (OSError, subprocess.SubprocessError):
        pass
    versioned = [Path(p) for pattern in VERSIONED_BINDIRS for p in glob.glob(f"{pattern}/pg_ctl")]
    candidates += sorted(versioned, key=_major, reverse=True)
    if on_path := shutil.which("pg_ctl"):
        candidates.append(Path(on_path))
    return next((p for p in candidates if p.is_file() and os.access(p, os.X_OK)), None)


class Cluster:
    """One PostgreSQL server in a temporary directory; usable as a context manager.

    `start()` makes and starts it (later calls start it again on the same data and port),
    `stop()` shuts it down cleanly, `kill()` SIGKILLs every server process (a crash; the next
    `start()` recovers from the WAL), `restart()` is stop + start, `close()` stops it and removes
    everything. `url` is the admin URL (database `postgres`), `dsn(name)` the URL of another database.

    Raises RuntimeError when no server binaries are installed, or when running as root without
    `setpriv` or the `nobody` account.
    """

    def __init__(self) -> None:
        pg_ctl = find_pg_ctl()
        if pg_ctl is None:
            raise RuntimeError(
                "no PostgreSQL server binaries (pg_ctl) found; install them "
                "(Debian/Ubuntu: apt-get install postgresql) or set DOGCOACH_TEST_PG_URL"
            )
        self.port: int = port_for.select_random()
        self._base = Path(tempfile.mkdtemp(prefix="dogcoach-pg-"))
        own = self._base / "pg"  # everything the server writes; the server's user owns it
        own.mkdir()
        self._data = own / "data"
        self._pg_ctl = str(pg_ctl)
        if os.geteuid() == 0:
            self._pg_ctl = self._run_as_nobody(pg_ctl, own)
        self._executor = PostgreSQLExecutor(
            executable=self._pg_ctl,
            host="127.0.0.1",
            port=self.port,
            datadir=str(self._data),
            unixsocketdir="",  # TCP only: no socket path to fit in 107 bytes, no clash
            logfile=str(own / "server.log"),
            startparams="-w",
            dbname="postgres",
            user=USER,
            postgres_options=SERVER_SETTINGS,
        )
        self._guardian: subprocess.Popen[bytes] | None = None

    def _run_as_nobody(self, pg_ctl: Path, own: Path) -> str:
        """Write the wrapper that runs pg_ctl as `nobody`; return its path."""
        setpriv = shutil.which("setpriv")
        try:
            account = pwd.getpwnam(UNPRIVILEGED)
        except KeyError:
            account = None
        if setpriv is None or account is None:
            shutil.rmtree(self._base, ignore_errors=True)
            raise RuntimeError(
                f"running as root: the test PostgreSQL needs `setpriv` (util-linux) and the "
                f"`{UNPRIVILEGED}` account to run unprivileged; or set DOGCOACH_TEST_PG_URL"
            )
        self._base.chmod(0o711)  # nobody may pass through, not write
        os.chown(own, account.pw_uid, account.pw_gid)
        wrapper = self._base / "pg_ctl"
        wrapper.write_text(
            "#!/bin/sh\n"
            f"cd {shlex.quote(str(own))} || exit 1\n"
            f"exec {shlex.quote(setpriv)} --reuid={account.pw_uid} --regid={account.pw_gid} "
            f'--clear-groups -- {shlex.quote(str(pg_ctl))} "$@"\n'
        )
        wrapper.chmod(0o755)
        return str(wrapper)

    @property
    def url(self) -> str:
        """Admin URL: the superuser on database `postgres`."""
        return self.dsn("postgres")

    def dsn(self, dbname: str) -> str:
        """URL of database `dbname` on this server (it need not exist yet)."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> Cluster:
        """Initialise the cluster on first use, start the server, wait until it accepts connections."""
        if self._guardian is None:
            self._guardian = subprocess.Popen(
                [sys.executable, "-c", _GUARDIAN, self._pg_ctl, str(self._data), str(self._base)],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C in the terminal must not end it before cleanup
            )
        self._executor.start()
        # mirakuru returns once the port accepts, which during crash recovery is before the server
        # takes connections; `pg_ctl start -w` exits only when it does.
        launcher = self._executor.process
        if launcher is not None and launcher.wait(timeout=120) != 0:
            raise RuntimeError(
                f"pg_ctl start failed (exit {launcher.returncode}); see {self._executor.logfile}"
            )
        return self

    def stop(self) -> None:
        """Shut the server down (fast mode); the data stays for the next `start()`."""
        if self._executor.running():
            self._executor.stop()

    def kill(self) -> None:
        """SIGKILL the postmaster and every backend at once, as a crash would."""
        pid = int((self._data / "postmaster.pid").read_text().split()[0])
        postmaster = psutil.Process(pid)
        procs = [postmaster, *postmaster.children(recursive=True)]
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.send_signal(signal.SIGKILL)
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in procs):
            if time.monotonic() > deadline:
                raise TimeoutError(f"PostgreSQL processes still alive 30 s after SIGKILL: {procs}")
            time.sleep(0.05)
        # Where PID 1 does not reap orphans (some containers) the killed postmaster stays a zombie
        # whose PID still answers kill(pid, 0), so postgres would take its lock file as live.
        (self._data / "postmaster.pid").unlink(missing_ok=True)
        self._executor.kill()  # mirakuru's bookkeeping, so that start() launches pg_ctl again

    def restart(self) -> None:
        """Stop (if running) and start again on the same data and port."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove its directory; the cluster cannot be started again."""
        try:
            self.stop()
        finally:
            if self._guardian is not None:
                self._guardian.communicate()  # closes its stdin: it stops and removes, then exits
            shutil.rmtree(self._base, ignore_errors=True)

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _major(pg_ctl: Path) -> list[int]:
    """[15] for .../postgresql/15/bin/pg_ctl or .../postgresql@15/bin/pg_ctl."""
    return [int(n) for n in re.findall(r"\d+", pg_ctl.parents[1].name)]


def _alive(proc: psutil.Process) -> bool:
    try:
        return bool(proc.status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


if __name__ == "__main__":
    found = find_pg_ctl()
    if found is None:
        sys.exit(1)
    print(found)
