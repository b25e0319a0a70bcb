from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dogcoach.cli import main
from dogcoach.services.store.migrations import migration_files


def test_every_subcommand_has_help() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    assert main.commands, "no subcommands"
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_help_does_not_load_the_telegram_or_web_stack() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from dogcoach.cli import main; "
        "CliRunner().invoke(main, ['--help']); "
        "print(sorted(m for m in ('telegram', 'fastapi', 'uvicorn', 'ollama', 'psycopg', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_migrate_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dogcoach.config import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/m.db")
    get_settings.cache_clear()
    runner = CliRunner()
    first = runner.invoke(main, ["migrate"])
    second = runner.invoke(main, ["migrate"])
    get_settings.cache_clear()
    assert first.exit_code == 0
    assert f"applied migrations: {[v for v, _ in migration_files('sqlite')]}" in first.output
    assert "up to date" in second.output
