"""`dogcoach eval`, `dogcoach pull` and the terminal chat's analysis results, against the fake Ollama."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from dogcoach.cli import main
from dogcoach.config import get_settings
from dogcoach.domain.types import Reply
from dogcoach.services.store.base import utcnow
from dogcoach.services.store.models import User
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama, refused_url, sample_analysis

fake_ollama = ollama_fixture.fake_ollama
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ollama_env(
    fake_ollama: FakeOllama, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[FakeOllama]:
    monkeypatch.setenv("OLLAMA_HOST", fake_ollama.url)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    yield fake_ollama
    get_settings.cache_clear()


def test_eval_prints_the_scores(ollama_env: FakeOllama, tmp_path: Path) -> None:
    cases = tmp_path / "set.jsonl"
    rows = [
        {"text": "손님이 오면 짖어요", "language": "ko", "category": "barking"},
        {"text": "혼자 있으면 울어요", "language": "ko", "category": "separation"},
        {"text": "He barks at the door", "language": "en", "category": "barking"},
        {"text": "She pulls on the leash", "language": "en", "category": "pulling"},
    ]
    cases.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    ollama_env.behaviour.script = ["valid", "valid", "invalid_json", "invalid_json", "valid"]
    ollama_env.behaviour.prompt_eval_count = 180

    result = CliRunner().invoke(main, ["eval", str(cases)])

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"model              {DEFAULT_MODEL}   (4 reports)"
    assert "schema-valid       75.0%" in lines
    assert "category accuracy  25.0%" in lines  # the fake always says barking; one is invalid
    assert any(line.startswith("reply language     100.0%") for line in lines)
    assert "  next_step        100.0%" in lines
    assert "prompt tokens      180 (mean, first attempt)" in lines
    assert "retried            25.0%" in lines
    assert any(line.startswith("latency median") and line.endswith(" ms") for line in lines)
    assert any(line.startswith("latency p90") for line in lines)
    assert "  ko: 2 reports, category accuracy 50.0%" in lines
    assert "  en: 2 reports, category accuracy 0.0%" in lines


def test_eval_of_another_model_as_json(ollama_env: FakeOllama) -> None:
    ollama_env.behaviour.models = [DEFAULT_MODEL, "exaone3.5:2.4b"]
    result = CliRunner().invoke(main, ["eval", "--model", "exaone3.5:2.4b", "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["model"] == "exaone3.5:2.4b" and metrics["n"] == 3
    assert metrics["schema_valid_rate"] == 1.0
    assert {b["model"] for b in ollama_env.chat_bodies()} == {"exaone3.5:2.4b"}


def test_eval_refuses_a_model_that_is_not_pulled(ollama_env: FakeOllama) -> None:
    result = CliRunner().invoke(main, ["eval", "--model", "nope:1b"])
    assert result.exit_code == 1
    assert "model nope:1b is not on" in result.output and "dogcoach pull --model nope:1b" in result.output
    assert ollama_env.chat_bodies() == []


def test_eval_with_ollama_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", refused_url())
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["eval", "--limit", "1"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_pull_shows_progress_and_is_idempotent(ollama_env: FakeOllama) -> None:
    ollama_env.behaviour.models = []
    first = CliRunner().invoke(main, ["pull"])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == f"Ollama 0.12.6 at {ollama_env.url}"
    assert "pulling manifest" in first.output
    assert "pulling " in first.output and "writing manifest" in first.output
    assert first.output.rstrip().endswith(f"{DEFAULT_MODEL}: pulled")
    second = CliRunner().invoke(main, ["pull"])
    assert second.output.rstrip().endswith(f"{DEFAULT_MODEL}: already present")
    assert len(ollama_env.bodies("/api/pull")) == 1


def test_pull_goes_to_every_host_and_eval_to_the_first(
    ollama_env: FakeOllama, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = FakeOllama().start()
    try:
        second.behaviour.models = []
        monkeypatch.setenv("OLLAMA_HOST", f"{ollama_env.url},{second.url}")
        pulled = CliRunner().invoke(main, ["pull"])
        evaluated = CliRunner().invoke(main, ["eval", "--limit", "2", "--json"])
    finally:
        second.stop(wait=False)
    assert pulled.exit_code == 0, pulled.output
    lines = pulled.output.splitlines()
    assert f"Ollama 0.12.6 at {ollama_env.url}" in lines and f"Ollama 0.12.6 at {second.url}" in lines
    assert lines.count(f"{DEFAULT_MODEL}: already present") == 1 and lines[-1] == f"{DEFAULT_MODEL}: pulled"
    assert ollama_env.bodies("/api/pull") == [] and len(second.bodies("/api/pull")) == 1
    assert evaluated.exit_code == 0, evaluated.output
    assert len(ollama_env.chat_bodies()) == 2 and second.chat_bodies() == []


def test_pull_failure_is_an_error(ollama_env: FakeOllama) -> None:
    ollama_env.behaviour.models = []
    ollama_env.behaviour.pull_error = "pull model manifest: file does not exist"
    result = CliRunner().invoke(main, ["pull", "--model", "nope:1b"])
    assert result.exit_code == 1
    assert "file does not exist" in result.output


async def test_console_sender_prints_results_for_its_user_only() -> None:
    from dogcoach.bot.engine import Engine
    from dogcoach.channels.console import ConsoleChat
    from dogcoach.services.i18n import Messages
    from dogcoach.services.store import make_store

    store = make_store("sqlite:///:memory:")
    out = io.StringIO()
    console = ConsoleChat(Engine(store, Messages()), "ann", locale_hint="en", stdout=out)
    now = utcnow()
    ann = User(1, "console", "ann", None, "en", None, False, None, None, now, now)
    bob = User(2, "console", "bob", None, "en", None, False, None, None, now, now)
    assert await console.send(ann, [Reply("🔍 ABC analysis: Barking")])
    assert not await console.send(bob, [Reply("not for ann")])
    assert out.getvalue() == "\n🔍 ABC analysis: Barking\n\n> "


def test_terminal_chat_shows_the_analysis(fake_ollama: FakeOllama, tmp_path: Path) -> None:
    """`dogcoach chat` as a user runs it: the result of a report is printed before the chat ends."""
    fake_ollama.behaviour.analysis = sample_analysis("en", missing=[])
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["OLLAMA_HOST"] = fake_ollama.url
    result = subprocess.run(
        [sys.executable, "-m", "dogcoach", "chat", "--lang", "en", "--user", "ann"],
        input="/cancel\nMy dog barks at the door whenever guests come\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=True,
    )
    out = result.stdout
    assert "🔍 Got it — I'm analysing it now." in out
    assert "Show result" not in out  # the terminal prints the result by itself: nothing to pick
    assert "🔍 ABC analysis: Barking" in out
    assert out.index("Got it") < out.index("ABC analysis")
