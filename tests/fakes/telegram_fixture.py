"""Pytest fixture for the fake Telegram Bot API.

Import it into a conftest (``from tests.fakes.telegram_fixture import fake_telegram``); the fixture
is registered under the name ``fake_telegram`` even if imported under an alias.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.telegram_api import FakeTelegramServer


@pytest.fixture(name="fake_telegram")
def fake_telegram() -> Iterator[FakeTelegramServer]:
    """A running fake Telegram per test: fresh state, own port, stopped afterwards.

    Point PTB at it with ``base_url=fake_telegram.base_url`` and
    ``base_file_url=fake_telegram.base_file_url``; the bot token is ``fake_telegram.token``.
    """
    with FakeTelegramServer() as server:
        yield server
        leaked = server.errors
        assert not leaked, f"fake Telegram server raised internally: {leaked!r}"
