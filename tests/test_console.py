"""`dogcoach chat` as a user runs it: a real process, lines on stdin, zero configuration."""

from __future__ import annotations

import fnmatch
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from dogcoach.services.i18n import Messages
from tests.warm_cli import run_cli

ROOT = Path(__file__).resolve().parents[1]


def _chat(
    cwd: Path, lines: list[str], *args: str, env_extra: dict[str, str] | None = None, timeout: float = 60
) -> str:
    """stdout of `python -m dogcoach chat *args` in `cwd` given `lines`: forked from a warm
    process (tests/warm_cli.py), the same command as a cold start without its 2.5 s of CPU."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | (env_extra or {})
    return run_cli(["chat", *args], "\n".join(lines) + "\n", cwd, env, timeout)


def test_console_survey_with_a_restart_in_the_middle(tmp_path: Path) -> None:
    first = _chat(tmp_path, ["Choco", "nonsense", "2 years", "2"], "--lang", "en", "--user", "ann")
    assert "What is your dog's name?" in first
    assert 'I didn\'t catch the age. Try "3"' in first
    assert "Is Choco a boy or a girl" in first
    assert "What breed is Choco?" in first  # "2" picked the second option, male neutered
    assert (tmp_path / "dogcoach.db").exists()  # the embedded default, in the working directory

    second = _chat(
        tmp_path, ["a", "back", "Poodle", "3", "/profile", "/export"], "--lang", "en", "--user", "ann"
    )
    assert "Let's pick up where we left off." in second
    assert second.index("Let's pick up") < second.index("What breed is Choco?")
    assert "a) Mixed / don't know" in second  # letters where a typed answer is expected
    assert "• Breed: Poodle" in second
    assert "• Size: Large (over 25 kg)" in second
    assert "• Sex: Male, neutered" in second
    export = tmp_path / "dogcoach-ann-export.json"
    assert export.exists()
    assert '"Poodle"' in export.read_text()


def test_console_in_korean(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["별", "18개월"], "--lang", "ko", "--user", "ji")
    assert "별은 몇 살이에요?" in out
    assert "별은 남아인가요, 여아인가요?" in out


def test_the_terminal_speaks_the_language_the_owner_switched_to(tmp_path: Path) -> None:
    """Pre-merge trial (2026-11-30): after "English" in a terminal started in Korean, the
    terminal's own lines stayed Korean ("📎 … 에 저장했어요" under an English export)."""
    out = _chat(tmp_path, ["/cancel", "English", "/export"], "--lang", "ko", "--user", "min")
    path = tmp_path / "dogcoach-min-export.json"
    assert path.exists()
    english = Messages().format("en", "console-file-saved", path=path.name)  # relative to the cwd
    assert english in out, out[-600:]


def interruptible() -> None:
    """Ctrl-C as a terminal's foreground process has it: a test run started as a background job
    of a non-interactive shell (`pytest ... &`) ignores SIGINT, and a child inherits that, so
    without this the signal the test sends was ignored and the test failed."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_waiting_for_input_quits_at_once(tmp_path: Path) -> None:
    """stdin stays open and silent: Ctrl-C must not wait for the Enter that never comes."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    chat = subprocess.Popen(
        [sys.executable, "-m", "dogcoach", "chat", "--lang", "en", "--user", "cc"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env=env,
        preexec_fn=interruptible,
    )
    try:
        assert chat.stdout is not None
        shown = b""
        while not shown.endswith(b"> "):  # the prompt: the chat now waits for a line
            chunk = os.read(chat.stdout.fileno(), 4096)
            assert chunk, shown
            shown += chunk
        chat.send_signal(signal.SIGINT)
        started = time.monotonic()
        chat.wait(timeout=20)
        assert time.monotonic() - started < 5
    finally:
        chat.kill()
        chat.wait()


def test_files_the_chat_writes_are_ignored_by_git() -> None:
    patterns = [line.strip() for line in (ROOT / ".gitignore").read_text().splitlines()]
    written_files = (
        "dogcoach-ann-export.json", "dogcoach-ann-week.png", "dogcoach-j-doe-export.json",
        "dogcoach.db", "dogcoach.db-wal", "dogcoach.db.lock",  # the chat's database and its lock
    )  # fmt: skip
    for written in written_files:
        assert any(fnmatch.fnmatch(written, p.lstrip("/")) for p in patterns if p), written


SURVEY_EN = [
    "Choco", "3 years", "spayed", "mixed", "small", "shelter", "2y", "3", "no", "cat", "done", "4",
    "90 min", "barking, chasing", "done", "growl", "skip",
]  # fmt: skip


def test_a_number_picks_only_from_what_was_shown_last(tmp_path: Path) -> None:
    """Issue 11 trial: "1" typed after /history was taken as the profile review's first button,
    shown two answers earlier (a stale question). Keys belong to the last output that showed any:
    a later output without options leaves none to type."""
    out = _chat(
        tmp_path, [*SURVEY_EN, "/cancel", "/history", "1", "/profile"], "--lang", "en", "--user", "pat"
    )
    history = out.index(Messages().format("en", "history-empty-dog", name="Choco"))
    after = out[history:]
    assert Messages().format("en", "stale-button") not in after, after
    assert Messages().format("en", "survey-finished", name="Choco") not in after, after
    assert "Looks right" in out[:history]  # the review was shown, with its keys, before
