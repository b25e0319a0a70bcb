"""Pytest fixture for the fake Ollama server.

Import it into a conftest (``from tests.fakes.ollama_fixture import fake_ollama``); it is
registered under the name ``fake_ollama`` even if imported under an alias.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.ollama_server import FakeOllama


@pytest.fixture(name="fake_ollama")
def fake_ollama() -> Iterator[FakeOllama]:
    """A fresh fake Ollama per test (own port, default behaviour), stopped afterwards.

    Point the code under test at ``fake_ollama.url``; script it through ``fake_ollama.behaviour``;
    read what it received in ``fake_ollama.requests`` / ``fake_ollama.chat_bodies()``.
    """
    server = FakeOllama().start()
    try:
        yield server
    finally:
        server.stop(wait=False)
    assert not server.errors, f"fake Ollama raised internally: {server.errors!r}"
