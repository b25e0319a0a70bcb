"""The Compose file, the Dockerfile and .env.example agree with the code."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from dogcoach.cli import main
from dogcoach.config import Settings
from dogcoach.services.analysis.hosts import parse_hosts

ROOT = Path(__file__).resolve().parents[1]
VARIABLES = {field.alias for field in Settings.model_fields.values() if field.alias}


def _compose() -> dict[str, object]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def test_compose_services_ports_and_variables_match_the_code() -> None:
    services = _compose()["services"]
    assert isinstance(services, dict)
    assert set(services) == {"ollama", "bot", "postgres", "ollama-2", "replica", "proxy"}
    assert {name for name, service in services.items() if "profiles" not in service} == {"ollama", "bot"}
    bot = services["bot"]
    command = bot["command"]
    assert command[:2] == ["dogcoach", "serve"]
    assert command[1] in main.commands
    port = command[command.index("--port") + 1]
    assert any(p.endswith(f":{port}:{port}") for p in bot["ports"])
    assert set(bot["environment"]) <= VARIABLES
    assert bot["environment"]["OLLAMA_HOST"] == "http://ollama:11434"
    assert services["postgres"]["profiles"] == ["postgres", "scale"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"EXPOSE {port}" in dockerfile
    assert f"127.0.0.1:{port}/healthz" in dockerfile


def test_env_example_documents_every_setting() -> None:
    keys = set(
        re.findall(r"^(?:# (?=DATABASE_URL=))?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    assert keys == VARIABLES


def test_a_copied_env_example_keeps_the_compose_database_on_its_volume() -> None:
    """Compose reads .env for `${DATABASE_URL:-sqlite:////data/...}`: a value set there (the local
    `./dogcoach.db`) would put the container's database outside the data volume."""
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "${DATABASE_URL:-sqlite:////data/" in compose
    assert not re.search(r"^DATABASE_URL=", (ROOT / ".env.example").read_text(), re.M)


def test_env_example_defaults_are_the_code_defaults() -> None:
    """Loading .env.example as it is must give the same settings as no file at all."""
    example = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
    bare = Settings(_env_file=None)  # type: ignore[call-arg]
    assert example.model_dump() == bare.model_dump()


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    missing = sorted(v for v in VARIABLES if f"`{v}`" not in readme)
    assert missing == []


def test_the_scale_profile_runs_two_replicas_on_postgres_and_two_ollama_hosts_behind_caddy() -> None:
    """Issue 15, item 6: what `docker compose --profile scale up -d --scale bot=0` starts."""
    compose = _compose()
    services = compose["services"]
    assert isinstance(services, dict)
    scale = {name for name, service in services.items() if "scale" in service.get("profiles", [])}
    assert scale == {"ollama-2", "replica", "proxy", "postgres"}
    bot, replica, proxy = services["bot"], services["replica"], services["proxy"]

    # The replicas: the bot's image and command, two of them, reached only through the proxy.
    assert replica["deploy"]["replicas"] == 2
    assert (replica["image"], replica["command"]) == (bot["image"], bot["command"])
    assert "ports" not in replica
    assert set(replica["environment"]) <= VARIABLES
    settings = Settings(_env_file=None, **replica["environment"])  # type: ignore[call-arg]
    ollamas = {f"http://{name}:11434" for name, s in services.items() if s["image"].startswith("ollama/")}
    assert ollamas == {"http://ollama:11434", "http://ollama-2:11434"}
    assert set(parse_hosts(settings.ollama_host)) == ollamas
    assert settings.ollama_parallel_value == 1
    assert services["ollama-2"]["environment"]["OLLAMA_NUM_PARALLEL"] == "1"  # one each, as configured
    assert services["ollama"]["volumes"] != services["ollama-2"]["volumes"]  # each its own models
    database = urlsplit(settings.database_url.replace("${POSTGRES_PASSWORD:-change-me}", "pw"))
    postgres = services["postgres"]["environment"]
    assert (database.scheme, database.hostname, database.port) == ("postgresql", "postgres", 5432)
    assert (database.username, database.path) == (postgres["POSTGRES_USER"], f"/{postgres['POSTGRES_DB']}")
    assert replica["depends_on"]["postgres"]["condition"] == "service_healthy"

    # The proxy: a pinned Caddy on the single bot's address, balancing over the replicas by name.
    image, _, tag = proxy["image"].partition(":")
    assert image == "caddy" and re.fullmatch(r"\d+\.\d+\.\d+(-alpine)?", tag), proxy["image"]
    assert proxy["ports"] == bot["ports"]
    port = bot["command"][bot["command"].index("--port") + 1]
    [mount] = [v for v in proxy["volumes"] if v.endswith(":/etc/caddy/Caddyfile:ro")]
    caddyfile = (ROOT / mount.split(":")[0]).read_text()
    assert f":{port} {{" in caddyfile
    assert re.search(rf"dynamic a replica {port}\b", caddyfile)
    for volume in ("ollama-2", "caddy"):
        assert volume in compose["volumes"]
