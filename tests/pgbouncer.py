"""A throwaway PgBouncer in transaction mode in front of a test PostgreSQL, for the store tests.

Runs the installed `pgbouncer` binary (Debian: `apt-get install pgbouncer`) on a free port of
127.0.0.1 with `auth_type = any` (the server behind it trusts local connections). PgBouncer
refuses to run as root, so as root it runs as `nobody` through `setpriv`, like tests/pgcluster.py.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit


def pgbouncer_version() -> tuple[int, int] | None:
    """(major, minor) of the installed PgBouncer, or None when there is none."""
    binary = shutil.which("pgbouncer") or (
        "/usr/sbin/pgbouncer" if Path("/usr/sbin/pgbouncer").exists() else None
    )
    if binary is None:
        return None
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False).stdout
    found = re.search(r"PgBouncer (\d+)\.(\d+)", out)
    return (int(found[1]), int(found[2])) if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgBouncer:
    """`PgBouncer(server_url, pool_size)` as a context manager; `dsn(dbname)` is the URL through it."""

    def __init__(self, server_url: str, *, pool_size: int = 2) -> None:
        binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
        server = urlsplit(server_url)
        self.port = _free_port()
        self._dir = Path(tempfile.mkdtemp(prefix="dogcoach-pgbouncer-"))
        config = self._dir / "pgbouncer.ini"
        config.write_text(
            "[databases]\n"
            f"* = host={server.hostname} port={server.port} user={server.username}\n"
            "[pgbouncer]\n"
            f"listen_addr = 127.0.0.1\nlisten_port = {self.port}\nunix_socket_dir =\n"
            "auth_type = any\npool_mode = transaction\n"
            f"default_pool_size = {pool_size}\nmin_pool_size = 0\nmax_client_conn = 200\n"
            f"logfile = {self._dir / 'pgbouncer.log'}\n"
            "ignore_startup_parameters = extra_float_digits,options\n"
        )
        command = [binary, str(config)]
        if os.geteuid() == 0:
            account = pwd.getpwnam("nobody")
            os.chown(self._dir, account.pw_uid, account.pw_gid)
            setpriv = shutil.which("setpriv") or "setpriv"
            command = [
                setpriv,
                f"--reuid={account.pw_uid}",
                f"--regid={account.pw_gid}",
                "--clear-groups",
                "--",
                *command,
            ]
        self._command = command
        self._proc: subprocess.Popen[bytes] | None = None

    def dsn(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def __enter__(self) -> PgBouncer:
        self._proc = subprocess.Popen(self._command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self._proc.poll() is not None or time.monotonic() > deadline:
                    err = self._proc.stderr.read().decode() if self._proc.stderr else ""
                    self.__exit__(None, None, None)
                    raise RuntimeError(f"pgbouncer did not start: {err}") from None
                time.sleep(0.05)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self._dir, ignore_errors=True)
