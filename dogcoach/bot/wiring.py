"""Builds the running parts from configuration: store (migrated), messages, engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from dogcoach.bot.engine import Engine
from dogcoach.bot.outbox import Outbox
from dogcoach.config import Settings
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store, make_store


@dataclass
class Runtime:
    settings: Settings
    store: Store
    messages: Messages
    engine: Engine
    outbox: Outbox


def store_from(settings: Settings) -> Store:
    return make_store(
        settings.database_url,
        pool_size=settings.database_pool_size,
        prepared=settings.database_prepared_statements,
    )


@asynccontextmanager
async def runtime(settings: Settings) -> AsyncIterator[Runtime]:
    """Open the store, apply pending migrations, and build the engine; close on exit."""
    store = store_from(settings)
    await store.open()
    try:
        await store.migrate()
        messages = Messages(default_locale=settings.default_locale)
        outbox = Outbox()
        engine = Engine(store, messages, default_locale=messages.default_locale, services={"outbox": outbox})
        yield Runtime(settings, store, messages, engine, outbox)
    finally:
        await store.close()
