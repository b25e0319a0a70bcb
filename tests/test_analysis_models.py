"""Model presence check and pull with progress, against the fake Ollama."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from dogcoach.services.analysis import (
    ModelManager,
    ModelMissing,
    ModelOutOfMemory,
    ModelPullFailed,
    ModelTooLarge,
    ModelUnavailable,
    OllamaTooOld,
)
from dogcoach.services.analysis.models import base_url, normalize_model_name, parse_version
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama, refused_url

fake_ollama = ollama_fixture.fake_ollama


@pytest.fixture
async def manager(fake_ollama: FakeOllama) -> AsyncIterator[ModelManager]:
    m = ModelManager(fake_ollama.url, timeout=5)
    yield m
    await m.aclose()


@pytest.mark.asyncio
async def test_version_and_listing(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    assert await manager.check_version() == fake_ollama.behaviour.version
    assert await manager.list_models() == [DEFAULT_MODEL]
    assert await manager.has_model(DEFAULT_MODEL)
    assert not await manager.has_model("qwen2.5")  # means qwen2.5:latest
    assert [r.path for r in fake_ollama.requests] == ["/api/version", "/api/tags", "/api/tags", "/api/tags"]


@pytest.mark.asyncio
async def test_untagged_name_matches_latest(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    fake_ollama.behaviour.models = ["exaone3.5:latest"]
    assert await manager.has_model("exaone3.5")


@pytest.mark.asyncio
@pytest.mark.parametrize("version", ["0.4.7", "0.1.0"])
async def test_old_server_is_rejected(fake_ollama: FakeOllama, manager: ModelManager, version: str) -> None:
    fake_ollama.behaviour.version = version
    with pytest.raises(OllamaTooOld):
        await manager.ensure_model(DEFAULT_MODEL)
    assert all(r.path != "/api/pull" for r in fake_ollama.requests)


@pytest.mark.asyncio
@pytest.mark.parametrize("version", ["0.5.0", "0.0.0", "0.13.0-rc2"])
async def test_new_or_dev_server_is_accepted(
    fake_ollama: FakeOllama, manager: ModelManager, version: str
) -> None:
    fake_ollama.behaviour.version = version
    assert await manager.check_version() == version


@pytest.mark.asyncio
async def test_present_model_is_not_pulled(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    calls: list[tuple[str, int | None, int | None]] = []
    pulled = await manager.ensure_model(DEFAULT_MODEL, lambda s, c, t: calls.append((s, c, t)))
    assert pulled is False
    assert calls == []
    assert fake_ollama.bodies("/api/pull") == []


@pytest.mark.asyncio
async def test_missing_model_is_pulled_with_progress(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    fake_ollama.behaviour.models = []
    fake_ollama.behaviour.pull_layers = [1000, 10]
    calls: list[tuple[str, int | None, int | None]] = []

    pulled = await manager.ensure_model(DEFAULT_MODEL, lambda s, c, t: calls.append((s, c, t)))

    assert pulled is True
    assert fake_ollama.bodies("/api/pull") == [{"model": DEFAULT_MODEL, "insecure": False, "stream": True}]
    assert calls[0] == ("pulling manifest", None, None)
    assert calls[-1] == ("success", None, None)
    layers = [c for c in calls if c[0].startswith("pulling ") and c[2] is not None]
    assert [(c[1], c[2]) for c in layers] == [
        (0, 1000),
        (500, 1000),
        (1000, 1000),
        (0, 10),
        (5, 10),
        (10, 10),
    ]
    assert await manager.has_model(DEFAULT_MODEL)


@pytest.mark.asyncio
async def test_async_progress_callback_is_awaited(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    fake_ollama.behaviour.models = []
    seen: list[str] = []

    async def progress(status: str, completed: int | None, total: int | None) -> None:
        seen.append(status)

    assert await manager.ensure_model("exaone3.5:2.4b", progress)
    assert seen[-1] == "success"
    assert await manager.has_model("exaone3.5:2.4b")


@pytest.mark.asyncio
async def test_pull_error_raises_pull_failed(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    fake_ollama.behaviour.models = []
    fake_ollama.behaviour.pull_error = "pull model manifest: file does not exist"
    statuses: list[str] = []

    with pytest.raises(ModelPullFailed, match="file does not exist"):
        await manager.ensure_model("no-such-model:1b", lambda s, c, t: statuses.append(s))

    assert statuses == ["pulling manifest"]
    assert not await manager.has_model("no-such-model:1b")


@pytest.mark.asyncio
async def test_refused_connection_is_unavailable() -> None:
    manager = ModelManager(refused_url(), timeout=2)
    try:
        with pytest.raises(ModelUnavailable) as version_error:
            await manager.version()
        with pytest.raises(ModelUnavailable) as tags_error:
            await manager.list_models()
        with pytest.raises(ModelUnavailable):
            await manager.ensure_model(DEFAULT_MODEL)
    finally:
        await manager.aclose()
    assert version_error.value.kind == tags_error.value.kind == "connection"


@pytest.mark.asyncio
async def test_slow_tags_time_out(fake_ollama: FakeOllama) -> None:
    fake_ollama.behaviour.delay = 5
    fake_ollama.behaviour.delay_all = True
    manager = ModelManager(fake_ollama.url, timeout=0.2)
    try:
        with pytest.raises(ModelUnavailable) as caught:
            await manager.list_models()
    finally:
        await manager.aclose()
    assert caught.value.kind == "timeout"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("localhost", "http://localhost:11434"),
        ("127.0.0.1:9999", "http://127.0.0.1:9999"),
        ("http://ollama:11434/", "http://ollama:11434"),
        ("https://llm.example.com", "https://llm.example.com"),
    ],
)
def test_base_url(host: str, expected: str) -> None:
    assert base_url(host) == expected


def test_model_names_and_versions() -> None:
    assert normalize_model_name("qwen2.5") == "qwen2.5:latest"
    assert normalize_model_name("qwen2.5:1.5b") == "qwen2.5:1.5b"
    assert normalize_model_name("localhost:5000/me/model") == "localhost:5000/me/model:latest"
    assert parse_version("0.12.6") == (0, 12, 6)
    assert parse_version("v0.5") == (0, 5, 0)
    assert parse_version("0.6.0-rc1") == (0, 6, 0)
    assert parse_version("dev") is None


@pytest.mark.asyncio
async def test_readiness_loads_the_model_once(fake_ollama: FakeOllama, manager: ModelManager) -> None:
    assert await manager.loaded_models() == []
    assert await manager.readiness(DEFAULT_MODEL) == "loaded"
    assert await manager.loaded_models() == [DEFAULT_MODEL]
    assert await manager.readiness(DEFAULT_MODEL) == "loaded"
    loads = [b for b in fake_ollama.chat_bodies() if not b.get("messages")]
    assert len(loads) == 1 and loads[0]["keep_alive"] == -1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("mode", "exc_type", "kind"),
    [
        ("out_of_memory", ModelOutOfMemory, "out_of_memory"),
        ("too_large", ModelTooLarge, "model_too_large"),
        ("model_missing", ModelMissing, "model_missing"),
    ],
)
async def test_readiness_names_a_model_that_cannot_run(
    fake_ollama: FakeOllama, manager: ModelManager, mode: str, exc_type: type[ModelUnavailable], kind: str
) -> None:
    fake_ollama.behaviour.chat = mode  # type: ignore[assignment]
    with pytest.raises(exc_type) as caught:
        await manager.readiness(DEFAULT_MODEL)
    assert caught.value.kind == kind and caught.value.fix
    assert await manager.check_version()  # the server itself is up: only the model cannot run
