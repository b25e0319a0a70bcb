"""The one PTB `Application` setup both modes share, and polling mode.

Webhook mode (`dogcoach serve`): built with `.updater(None)`; the FastAPI route hands each update
to `Application.process_update`. Polling mode (`dogcoach run --polling`): the same start-up
(`bot.lifecycle.running`: runtime, broadcasts, the analysis service) without the web app, PTB's
updater long-polling `getUpdates`. Either way the only
handler is `TelegramAdapter.on_update`, the outbox sender for `Channel.TELEGRAM` is registered before the
analysis service starts, and the command menu is set at start.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from dogcoach.bot import lifecycle
from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import Runtime
from dogcoach.channels.telegram import ALLOWED_UPDATES
from dogcoach.channels.telegram.adapter import TelegramAdapter
from dogcoach.channels.telegram.ratelimit import RetryAfterLimiter
from dogcoach.channels.telegram.request import AiohttpRequest
from dogcoach.config import Settings
from dogcoach.services.proxies import proxy_for

log = logging.getLogger(__name__)

TelegramApp = Application[Any, Any, Any, Any, Any, Any]
# What setWebhook accepts as secret_token (Telegram sends it back in every webhook call).
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class TelegramNotConfigured(RuntimeError):
    """TELEGRAM_BOT_TOKEN is missing."""


def api_urls(settings: Settings) -> tuple[str, str]:
    """PTB's `base_url` and `base_file_url` for TELEGRAM_API_BASE_URL (it appends the token)."""
    base = settings.telegram_api_base_url.rstrip("/")
    return f"{base}/bot", f"{base}/file/bot"


def bot_token(settings: Settings) -> str:
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise TelegramNotConfigured("TELEGRAM_BOT_TOKEN is not set")
    return settings.telegram_bot_token.get_secret_value()


def build_application(settings: Settings, *, polling: bool) -> TelegramApp:
    base_url, base_file_url = api_urls(settings)
    proxy = proxy_for(settings.telegram_api_base_url)  # once, not per request
    builder = (
        ApplicationBuilder()
        .token(bot_token(settings))
        .base_url(base_url)
        .base_file_url(base_file_url)
        .rate_limiter(RetryAfterLimiter())
        .request(AiohttpRequest(proxy=proxy))
        .get_updates_request(AiohttpRequest(1, proxy=proxy))
    )
    # Polling: updates of different chats run concurrently (the adapter keeps each chat in
    # order). Webhook: no updater; the route calls process_update itself.
    builder = builder.concurrent_updates(True) if polling else builder.updater(None)
    app: TelegramApp = builder.build()
    return app


def plain_bot(settings: Settings) -> Bot:
    """A bare `Bot` for one-off calls (set-webhook) without the application machinery.

    Its getUpdates slot gets an (unused, lazily connecting) `AiohttpRequest` too: left empty, PTB
    builds an `HTTPXRequest` there, whose client reads the CA bundle for a TLS context (20-70 ms
    of CPU) at every set-webhook, i.e. at every Telegram webhook app start the test suite makes."""
    base_url, base_file_url = api_urls(settings)
    proxy = proxy_for(settings.telegram_api_base_url)
    return Bot(
        bot_token(settings),
        base_url=base_url,
        base_file_url=base_file_url,
        request=AiohttpRequest(1, proxy=proxy),
        get_updates_request=AiohttpRequest(1, proxy=proxy),
    )


async def _log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("telegram update %s failed", getattr(update, "update_id", "?"), exc_info=context.error)


@asynccontextmanager
async def running(
    application: TelegramApp, rt: Runtime, **adapter_options: Any
) -> AsyncIterator[TelegramAdapter]:
    """Initialize the application (getMe), route updates to the adapter, register the outbox
    sender and the command menu; undo it all on exit."""
    await application.initialize()
    adapter = TelegramAdapter(application.bot, rt, **adapter_options)
    application.add_handler(TypeHandler(Update, adapter.on_update))
    application.add_error_handler(_log_error)
    try:
        async with connected(rt.outbox, adapter):
            await adapter.set_commands()
            await application.start()
            try:
                yield adapter
            finally:
                await application.stop()
    finally:
        await adapter.close()
        await application.shutdown()


@asynccontextmanager
async def polling(
    rt: Runtime, *, drop_pending_updates: bool = False, poll_timeout: float = 10.0
) -> AsyncIterator[None]:
    """Polling mode: long-poll getUpdates (PTB deletes a webhook first: the two exclude each
    other) and feed the same adapter the webhook feeds."""
    application = build_application(rt.settings, polling=True)
    # getUpdates hands a batch out again when the process died before confirming it: the engine
    # (a turn) and the adapter (anything else it answers) take each update id once.
    async with running(application, rt):
        updater = application.updater
        assert updater is not None
        await updater.start_polling(
            timeout=int(poll_timeout),
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=drop_pending_updates,
        )
        log.info("polling Telegram as @%s", application.bot.username)
        try:
            yield
        finally:
            await updater.stop()


async def run_polling(
    settings: Settings, stop: asyncio.Event, *, drop_pending_updates: bool = False, poll_timeout: float = 10.0
) -> None:
    """The bot's start-up without the web app (`bot.lifecycle.running`: runtime, broadcasts,
    analysis), with Telegram updates fetched by polling instead of the webhook; until `stop`.
    The Kakao skill needs HTTP, so it does not run here."""

    def telegram(rt: Runtime) -> AbstractAsyncContextManager[None]:
        return polling(rt, drop_pending_updates=drop_pending_updates, poll_timeout=poll_timeout)

    async with lifecycle.running(settings, [telegram, lifecycle.broadcasting]):
        await stop.wait()


async def set_webhook(
    settings: Settings, url: str, *, drop_pending_updates: bool = False, max_connections: int = 40
) -> dict[str, Any]:
    """Register `url` with the secret and the update types the bot reads; getWebhookInfo after."""
    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else ""
    if not SECRET_PATTERN.fullmatch(secret):
        raise TelegramNotConfigured("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -")
    async with plain_bot(settings) as bot:
        await bot.set_webhook(
            url,
            secret_token=secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=drop_pending_updates,
            max_connections=max_connections,
        )
        info = await bot.get_webhook_info()
    return info.to_dict()
