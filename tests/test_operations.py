"""Operations: `/readyz`, `/metrics`, the per-turn JSON log line, and `dogcoach doctor`, against the
real app under uvicorn, the fake Ollama, the fake Telegram Bot API and SQLite."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from click.testing import CliRunner
from prometheus_client import CONTENT_TYPE_LATEST

from dogcoach.bot.engine import Engine
from dogcoach.bot.router import COMMANDS
from dogcoach.cli import main
from dogcoach.config import get_settings
from dogcoach.domain.types import Incoming, Reply, UserRef
from dogcoach.handlers.turn import Turn
from dogcoach.services.observability import REGISTRY, JsonFormatter, user_hash
from dogcoach.services.proxies import LOOPBACK_DIRECT
from dogcoach.webhook.telegram import PATH as TELEGRAM_PATH
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, refused_url
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_skill import HEADER, SECRET, kakao_settings, serve, skill_body, texts_of

TG_SECRET = "doctor_Secret-0123456789"


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


# -- /readyz and /metrics ------------------------------------------------------------------------


async def test_readyz_ok_when_database_and_ollama_answer(tmp_path: Path, fake_ollama: FakeOllama) -> None:  # noqa: F811
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'r.db'}", fake_ollama.url)) as srv:
        live = await srv.http.get("/healthz")
        ready = await srv.http.get("/readyz")
    assert live.status_code == 200
    assert ready.status_code == 200, ready.text
    body = ready.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["database"]["schema_version"] >= 1
    assert body["checks"]["ollama"] == {
        "ok": True,
        "version": fake_ollama.behaviour.version,
        "model": "qwen2.5:1.5b",
        "model_state": "loaded",
        "ms": body["checks"]["ollama"]["ms"],
    }


async def test_readyz_503_when_the_model_does_not_fit_in_memory(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    fake_ollama.behaviour.chat = "out_of_memory"
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'r.db'}", fake_ollama.url)) as srv:
        ready = await srv.http.get("/readyz")
    assert ready.status_code == 503
    check = ready.json()["checks"]["ollama"]
    assert check["ok"] is False and check["kind"] == "out_of_memory"
    assert "requires more system memory" in check["error"]
    assert "smaller OLLAMA_MODEL" in check["fix"]


async def test_readyz_503_when_ollama_refuses(tmp_path: Path) -> None:
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'r.db'}", refused_url())) as srv:
        ready = await srv.http.get("/readyz")
    assert ready.status_code == 503
    body = ready.json()
    assert body["status"] == "not_ready"
    assert body["failed"] == ["ollama"]
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["ollama"]["ok"] is False
    assert body["checks"]["ollama"]["error"]


async def test_readyz_names_each_ollama_host_and_is_ready_while_one_can_analyse(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    down = refused_url()
    hosts = f"{fake_ollama.url},{down}"
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'r.db'}", hosts)) as srv:
        ready = await srv.http.get("/readyz")
        fake_ollama.behaviour.chat = "out_of_memory"
        fake_ollama.loaded.clear()
        none = await srv.http.get("/readyz")
    assert ready.status_code == 200, ready.text
    check = ready.json()["checks"]["ollama"]
    assert (check["ok"], check["ready_hosts"]) == (True, 1)
    up, gone = check["hosts"]
    assert (up["host"], up["ok"], up["model_state"]) == (fake_ollama.url, True, "loaded")
    assert (gone["host"], gone["ok"]) == (down, False)
    assert down in gone["error"]
    assert (up["busy"], up["parallel"], up["aside_seconds"]) == (0, 1, 0.0)  # the worker's view
    assert none.status_code == 503
    body = none.json()
    assert body["failed"] == ["ollama"]
    first, second = body["checks"]["ollama"]["hosts"]
    assert first["kind"] == "out_of_memory" and "smaller OLLAMA_MODEL" in first["fix"]
    assert second["ok"] is False


async def test_readyz_503_when_the_database_is_gone(tmp_path: Path, fake_ollama: FakeOllama) -> None:  # noqa: F811
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'r.db'}", fake_ollama.url)) as srv:
        await srv.app.state.runtime.store.close()  # the connection is lost
        ready = await srv.http.get("/readyz")
    assert ready.status_code == 503
    body = ready.json()
    assert body["failed"] == ["database"]
    assert body["checks"]["ollama"]["ok"] is True


async def test_metrics_count_updates_and_turns(tmp_path: Path, fake_ollama: FakeOllama) -> None:  # noqa: F811
    processed = _sample("dogcoach_updates_total", channel="kakao", outcome="processed")
    unauthorized = _sample("dogcoach_updates_total", channel="kakao", outcome="unauthorized")
    malformed = _sample("dogcoach_updates_total", channel="kakao", outcome="malformed")
    turns = _sample("dogcoach_turns_total", channel="kakao", outcome="ok")
    timed = _sample("dogcoach_turn_seconds_count", channel="kakao")
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'm.db'}", fake_ollama.url)) as srv:
        for text in ("안녕하세요", "도움말", "/help"):
            assert (await srv.post(skill_body("kakao-metrics-user", text))).status_code == 200
        assert (await srv.post(skill_body("x", "hi"), secret="wrong")).status_code == 401
        assert (await srv.post(None, raw=b"{not json")).status_code == 400
        response = await srv.http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"] == CONTENT_TYPE_LATEST
    text = response.text
    assert "# TYPE dogcoach_turn_seconds histogram" in text
    assert 'dogcoach_updates_total{channel="kakao",outcome="processed"}' in text
    assert "dogcoach_pending_analyses" in text
    assert _sample("dogcoach_updates_total", channel="kakao", outcome="processed") == processed + 3
    assert _sample("dogcoach_updates_total", channel="kakao", outcome="unauthorized") == unauthorized + 1
    assert _sample("dogcoach_updates_total", channel="kakao", outcome="malformed") == malformed + 1
    assert _sample("dogcoach_turns_total", channel="kakao", outcome="ok") == turns + 3
    assert _sample("dogcoach_turn_seconds_count", channel="kakao") == timed + 3


# -- the per-turn log line -----------------------------------------------------------------------


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def engine_log() -> Iterator[_Lines]:
    handler = _Lines()
    logger = logging.getLogger("dogcoach.bot.engine")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


async def test_one_json_line_per_turn_with_a_hashed_user(sqlite_engine: Engine, engine_log: _Lines) -> None:
    raw_id = "console-user-4242"
    text = "my dog barks at the door"
    await sqlite_engine.handle(Incoming(UserRef("console", raw_id), text=text, locale_hint="en"))
    [line] = [json.loads(x) for x in engine_log.lines if '"turn"' in x]
    assert line["event"] == "turn"
    assert line["channel"] == "console"
    assert line["outcome"] == "ok"
    assert line["user"] == user_hash("console", raw_id)
    assert isinstance(line["latency_ms"], float) and line["latency_ms"] >= 0
    joined = "\n".join(engine_log.lines)
    assert raw_id not in joined
    assert text not in joined


# -- dogcoach doctor -----------------------------------------------------------------------------


@pytest.fixture
def doctor_env(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    fake_telegram: FakeTelegramServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, Any]]:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'doctor.db'}",
        "OLLAMA_HOST": fake_ollama.url,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_WEBHOOK_SECRET": TG_SECRET,
        "TELEGRAM_API_BASE_URL": fake_telegram.url,
        "KAKAO_SKILL_SECRET": "kakao-doctor-secret-123",
    }
    for name in (
        "PUBLIC_BASE_URL",
        "ADMIN_API_TOKEN",
        "KAKAO_REST_API_KEY",
        "KAKAO_BOT_ID",
        "KAKAO_EVENT_NAME",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield env
    get_settings.cache_clear()


def _doctor() -> tuple[int, str]:
    get_settings.cache_clear()
    result = CliRunner().invoke(main, ["doctor"])
    return result.exit_code, result.output


def test_doctor_help() -> None:
    result = CliRunner().invoke(main, ["doctor", "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert "Ollama" in result.output


def test_doctor_all_pass_against_the_fakes(doctor_env: dict[str, Any], fake_ollama: FakeOllama) -> None:  # noqa: F811
    assert CliRunner().invoke(main, ["migrate"]).exit_code == 0
    code, out = _doctor()
    assert code == 0, out
    lines = out.splitlines()
    for name in ("channels", "telegram secret", "database", "migrations", "ollama", "model", "generation"):
        assert any(line.startswith("PASS") and f" {name} " in line for line in lines), (name, out)
    assert any(line.startswith("PASS") and "telegram bot" in line for line in lines), out
    assert any(line.startswith("PASS") and "polling mode" in line for line in lines), out
    assert "FAIL" not in out
    assert doctor_env["TELEGRAM_BOT_TOKEN"] not in out
    assert TG_SECRET not in out
    [chat] = fake_ollama.chat_bodies()
    assert chat["options"]["num_predict"] == 8


def test_doctor_fails_with_a_dead_ollama_and_says_how_to_fix_it(
    doctor_env: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CliRunner().invoke(main, ["migrate"]).exit_code == 0
    monkeypatch.setenv("OLLAMA_HOST", refused_url())
    code, out = _doctor()
    assert code == 1, out
    assert any(line.startswith("FAIL") and " ollama " in line for line in out.splitlines()), out
    assert "fix: start Ollama" in out
    assert any(line.startswith("SKIP") and " generation " in line for line in out.splitlines()), out


def test_doctor_checks_each_ollama_host_and_names_it(
    doctor_env: dict[str, Any],
    fake_ollama: FakeOllama,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert CliRunner().invoke(main, ["migrate"]).exit_code == 0
    second = FakeOllama().start()
    down = refused_url()
    try:
        second.behaviour.models = []
        monkeypatch.setenv("OLLAMA_HOST", f"{fake_ollama.url},{second.url},{down}")
        code, out = _doctor()
    finally:
        second.stop(wait=False)
    assert code == 1, out
    lines = out.splitlines()
    assert any(line.startswith("PASS") and f"at {fake_ollama.url}" in line for line in lines), out
    assert any(line.startswith("PASS") and f"tokens on {fake_ollama.url}" in line for line in lines), out
    assert any(line.startswith("PASS") and f"at {second.url}" in line for line in lines), out
    assert any(line.startswith("FAIL") and f"is not on {second.url}" in line for line in lines), out
    assert any(line.startswith("FAIL") and " ollama " in line and down in line for line in lines), out
    assert any(line.startswith("SKIP") and f"not reachable on {down}" in line for line in lines), out
    assert len(fake_ollama.chat_bodies()) == 1 and second.chat_bodies() == []


def test_doctor_names_a_model_that_does_not_fit_and_the_fix(
    doctor_env: dict[str, Any],
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    assert CliRunner().invoke(main, ["migrate"]).exit_code == 0
    fake_ollama.behaviour.chat = "out_of_memory"
    code, out = _doctor()
    assert code == 1, out
    [line] = [x for x in out.splitlines() if " generation " in x]
    assert line.startswith("FAIL") and "out_of_memory" in line, out
    assert "fix: free memory on the Ollama host" in out


def test_doctor_reports_pending_migrations_and_a_wrong_webhook(
    doctor_env: dict[str, Any], fake_telegram: FakeTelegramServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PUBLIC_BASE_URL", "http://127.0.0.1:9")
    httpx.post(
        f"{fake_telegram.url}/bot{fake_telegram.token}/setWebhook",
        json={"url": "https://elsewhere.example/hook", "secret_token": TG_SECRET},
        trust_env=False,  # a loopback fake: never through a proxy from the environment
    ).raise_for_status()
    code, out = _doctor()
    assert code == 1, out
    assert "fix: run `dogcoach migrate`" in out
    assert f"expected http://127.0.0.1:9{TELEGRAM_PATH}" in out
    assert "fix: run `dogcoach set-webhook`" in out


# -- graceful shutdown ---------------------------------------------------------------------------


async def _slow(turn: Turn) -> None:
    """A stand-in flow that takes a second (a slow database, say)."""
    await asyncio.sleep(1.0)
    turn.reply(Reply("done"))


async def test_shutdown_lets_the_turn_in_flight_finish(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `dogcoach serve` does on SIGTERM: the open request is answered, then the app stops."""
    from dogcoach.webhook.app import create_app

    app = create_app(kakao_settings(f"sqlite:///{tmp_path / 's.db'}", fake_ollama.url))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = uvicorn.Config(
        app, log_config=None, access_log=False, lifespan="on", timeout_graceful_shutdown=20
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        assert not task.done()
        await asyncio.sleep(0.01)
    monkeypatch.setitem(COMMANDS, "slow", _slow)
    ok = _sample("dogcoach_turns_total", channel="kakao", outcome="ok")
    async with httpx.AsyncClient(base_url=base, timeout=10, mounts=LOOPBACK_DIRECT) as http:
        headers = {HEADER: SECRET}
        pending = asyncio.create_task(
            http.post("/kakao/skill", json=skill_body("kakao-shutdown-user", "/slow"), headers=headers)
        )
        await asyncio.sleep(0.3)
        server.should_exit = True  # what uvicorn's SIGTERM handler sets
        response = await pending
        await asyncio.wait_for(task, 15)
    sock.close()
    assert response.status_code == 200
    assert texts_of(response.json()) == ["done"]
    assert _sample("dogcoach_turns_total", channel="kakao", outcome="ok") == ok + 1
