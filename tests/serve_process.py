"""`dogcoach serve` as a real child process (uvicorn and all), for tests that need several server
processes, a kill -9, or the command's own exit status and message."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def dogcoach(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run one `dogcoach` command to its end."""
    return subprocess.run(
        [sys.executable, "-m", "dogcoach", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _listens(pid: int, port: int) -> bool | None:
    """Whether process `pid` holds the socket listening on 127.0.0.1:`port`, from /proc (Linux);
    None where /proc does not tell."""
    table = Path("/proc/net/tcp")
    if not table.exists():
        return None
    inodes: set[str] = set()
    for line in table.read_text().splitlines()[1:]:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
            inodes.add(f"socket:[{inode}]")
    if not inodes:
        return False
    with contextlib.suppress(OSError):
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(fd) in inodes:
                    return True
    return False


class ServeProcess:
    """One `dogcoach serve --port N` child; its output goes to a temporary log file."""

    def __init__(self, env: dict[str, str], *, port: int | None = None, name: str = "serve") -> None:
        self.name = name
        self._env = env
        self._port_chosen = port is None
        self._log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (kept open for the child's life)
            prefix=f"dogcoach-{name}-", suffix=".log", delete=False
        )
        self.log_path = Path(self._log.name)
        self._spawn(port or free_port())

    def _spawn(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self._log.truncate(0)
        self._log.seek(0)
        self.proc = subprocess.Popen(
            [
                sys.executable, "-m", "dogcoach", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-format", "text", "--shutdown-timeout", "5",
            ],
            env={**os.environ, **self._env},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self, within: float = 60.0) -> ServeProcess:
        """Return once this child listens on its port and /healthz answers (start-up, migrations
        included, is done).

        The port is picked free before the child binds it, so another test's server may take it in
        between: /healthz alone could then be that server's answer (a full run once saw requests
        meant for this child go elsewhere). On Linux the listening socket must be this child's; a
        child that lost the race to a port it was not given is started again on another one."""
        deadline = time.monotonic() + within
        while True:
            if self.proc.poll() is not None:
                if self._port_chosen and "address already in use" in self.output().lower():
                    self._spawn(free_port())
                    continue
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.output()}")
            with contextlib.suppress(httpx.HTTPError):
                if (
                    _listens(self.proc.pid, self.port) is not False
                    and httpx.get(f"{self.url}/healthz", timeout=1, trust_env=False).status_code == 200
                ):
                    return self
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name} not ready in {within} s:\n{self.output()}")
            time.sleep(0.1)

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no lease released, as in a crash."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait for the graceful stop; the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode

    def close(self) -> None:
        self.stop()
        self._log.close()
        self.log_path.unlink(missing_ok=True)
