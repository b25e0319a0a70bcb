"""The Compose file, the Dockerfile and .env.example agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from dogcoach.cli import main
from dogcoach.config import Settings

ROOT = Path(__file__).resolve().parents[1]
VARIABLES = {field.alias for field in Settings.model_fields.values() if field.alias}


def _compose() -> dict[str, object]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def test_compose_services_ports_and_variables_match_the_code() -> None:
    services = _compose()["services"]
    assert isinstance(services, dict)
    assert set(services) == {"ollama", "bot", "postgres"}
    bot = services["bot"]
    command = bot["command"]
    assert command[:2] == ["dogcoach", "serve"]
    assert command[1] in main.commands
    port = command[command.index("--port") + 1]
    assert any(p.endswith(f":{port}:{port}") for p in bot["ports"])
    assert set(bot["environment"]) <= VARIABLES
    assert bot["environment"]["OLLAMA_HOST"] == "http://ollama:11434"
    assert services["postgres"]["profiles"] == ["postgres"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"EXPOSE {port}" in dockerfile
    assert f"127.0.0.1:{port}/healthz" in dockerfile


def test_env_example_documents_every_setting() -> None:
    keys = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert keys == VARIABLES


def test_env_example_defaults_are_the_code_defaults() -> None:
    """Loading .env.example as it is must give the same settings as no file at all."""
    example = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
    bare = Settings(_env_file=None)  # type: ignore[call-arg]
    assert example.model_dump() == bare.model_dump()


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    missing = sorted(v for v in VARIABLES if f"`{v}`" not in readme)
    assert missing == []
