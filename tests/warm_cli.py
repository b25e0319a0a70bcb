"""`python -m dogcoach ARGS` for the terminal tests, forked from a warm process instead of cold.

A cold `python -m dogcoach chat` spends about 2.5 s of CPU before it reads its first line:
importing the stack (0.7 s), parsing the Fluent files (0.8 s) and building and warming the
Understander (1 s); on two shared cores that was 9-25 s of wall time per call, and the suite makes
some 200 of them (40 % of the worker time of tests/test_owner_trial_k.py). Those three are
immutable and cached per process (`i18n.loaded`, `understanding.warmed`), so a per-worker "zygote"
does them once and forks a child per call: the child takes the caller's working directory,
environment, stdin, stdout and stderr, and runs the very same `dogcoach.cli.main` with the same
arguments, exit code and interpreter shutdown (threads joined, atexit handlers run). What it reads
and prints, its database and its settings are the child's own, as in a fresh process.

Variables Python itself reads at start-up (PYTHON*) cannot change in a forked child: a call that
sets one runs cold, as does every call with DOGCOACH_TEST_WARM_CLI=0. Tests that start the command
with `subprocess` themselves (test_console.py, test_safety_channels.py, ...) keep the cold path
covered.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
ENABLED = os.environ.get("DOGCOACH_TEST_WARM_CLI", "1") != "0"

# Runs in the zygote: warm everything a chat builds, then fork one child per request line.
_ZYGOTE = r"""
import gc, json, os, sys

import dogcoach.bot.channel, dogcoach.bot.wiring, dogcoach.channels.console, dogcoach.cli
from dogcoach.services.i18n import loaded
from dogcoach.services.understanding import warmed

warmed(loaded(default_locale="ko"))
gc.collect()
gc.freeze()
requests, replies = os.fdopen(0, "r"), os.fdopen(1, "w")
replies.write("ready\n")
replies.flush()


def child(req):
    import atexit, io, random, threading
    os.setsid()
    os.chdir(req["cwd"])
    os.environ.clear()
    os.environ.update(req["env"])
    for fd, path, flags in ((0, req["stdin"], os.O_RDONLY), (1, req["stdout"], os.O_WRONLY), (2, req["stderr"], os.O_WRONLY)):
        opened = os.open(path, flags)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", line_buffering=True)
    sys.argv = [req["argv0"], *req["args"]]
    random.seed()
    code = 0
    try:
        dogcoach.cli.main(req["args"], prog_name="python -m dogcoach")
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        if not isinstance(exit_.code, int | None):
            print(exit_.code, file=sys.stderr)
    except BaseException:
        import traceback
        traceback.print_exc()
        code = 1
    try:
        threading._shutdown()
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


for line in requests:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        child(req)
    replies.write(json.dumps({"pid": pid}) + "\n")
    replies.flush()
    _, status = os.waitpid(pid, 0)
    replies.write(json.dumps({"rc": os.waitstatus_to_exitcode(status)}) + "\n")
    replies.flush()
"""


class _Zygote:
    """One warm process per test process, started on first use and stopped at its exit."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ),
        )
        self.lock = threading.Lock()
        assert self._line(None) == "ready"

    def _line(self, timeout: float | None) -> str:
        out: IO[str] = self.proc.stdout  # type: ignore[assignment]
        if timeout is not None and not select.select([out], [], [], timeout)[0]:
            raise TimeoutError
        line = out.readline()
        if not line:
            raise RuntimeError(f"the warm CLI process died (exit {self.proc.wait()})")
        return line.strip()

    def run(
        self, args: list[str], stdin: str, cwd: Path, env: dict[str, str], timeout: float
    ) -> tuple[int, str, str]:
        with self.lock, tempfile.TemporaryDirectory(prefix="dogcoach-cli-") as tmp:
            paths = {name: Path(tmp) / name for name in ("stdin", "stdout", "stderr")}
            paths["stdin"].write_text(stdin, encoding="utf-8")
            paths["stdout"].touch()
            paths["stderr"].touch()
            request: dict[str, Any] = {
                "args": args, "cwd": str(cwd), "env": env, "argv0": str(ROOT / "dogcoach" / "__main__.py"),
                **{name: str(path) for name, path in paths.items()},
            }  # fmt: skip
            pipe: IO[str] = self.proc.stdin  # type: ignore[assignment]
            pipe.write(json.dumps(request) + "\n")
            pipe.flush()
            pid = json.loads(self._line(30))["pid"]
            try:
                rc = json.loads(self._line(timeout))["rc"]
            except TimeoutError:
                os.killpg(pid, signal.SIGKILL)
                self._line(30)
                raise subprocess.TimeoutExpired(args, timeout) from None
            read = {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
        return rc, read["stdout"], read["stderr"]

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


_zygote: _Zygote | None = None
_started = threading.Lock()


def _warm() -> _Zygote:
    global _zygote
    with _started:
        if _zygote is None or _zygote.proc.poll() is not None:
            _zygote = _Zygote()
            atexit.register(_zygote.stop)
        return _zygote


def run_cli(args: list[str], stdin: str, cwd: Path, env: dict[str, str], timeout: float) -> str:
    """stdout of `python -m dogcoach *args` run in `cwd` with `env` and `stdin`; a non-zero exit
    raises `CalledProcessError`, as `subprocess.run(..., check=True)` does."""
    cold = not ENABLED or any(k.startswith("PYTHON") and os.environ.get(k) != v for k, v in env.items())
    command = [sys.executable, "-m", "dogcoach", *args]
    if cold:
        return subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            cwd=cwd,
            env=env,
            timeout=timeout,
            check=True,
        ).stdout
    rc, out, err = _warm().run(args, stdin, cwd, env, timeout)
    if rc != 0:
        raise subprocess.CalledProcessError(rc, command, out, err)
    return out
