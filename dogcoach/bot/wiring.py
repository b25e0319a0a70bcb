"""Builds the running parts from configuration: store (migrated), messages, engine, analysis."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dogcoach.bot.engine import Engine
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.handlers.parsing import Lexicon
from dogcoach.handlers.results.delivery import ResultDelivery
from dogcoach.handlers.turn import Services
from dogcoach.services.analysis import Analyzer
from dogcoach.services.analysis.grounding import tip_grounding
from dogcoach.services.analysis.hosts import HostBackoff, HostPool, parse_hosts
from dogcoach.services.analysis.service import AnalysisService, Backoff
from dogcoach.services.broadcast.kakao_sender import KakaoEventSender
from dogcoach.services.coaching import CheckinPolicy, QuietHours
from dogcoach.services.i18n import Messages, loaded
from dogcoach.services.leader import Leader
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Store, make_store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    store: Store
    messages: Messages
    engine: Engine
    outbox: Outbox
    # Built with the runtime, started by whoever runs the bot once its channels' senders are
    # registered (`async with rt.analysis.running()`), so resumed results find a way out.
    analysis: AnalysisService | None = None
    # Set once the database answered and its migrations are applied. A server starts without it
    # (`bot.database`): until then its webhooks answer "try again" rather than run turns.
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    # Runs the schedules in one process at a time (`bot.lifecycle.running` makes it); None: every
    # schedule runs here unconditionally (a runtime used without `running`).
    leader: Leader | None = None


def store_from(settings: Settings) -> Store:
    return make_store(
        settings.database_url,
        pool_size=settings.database_pool_size,
        prepared=settings.database_prepared_statements,
    )


def analyzer_from(settings: Settings, model: str | None = None, host: str | None = None) -> Analyzer:
    """The Ollama client as configured (`OLLAMA_*`, `DOGCOACH_OLLAMA_*`), for `host` (default: the
    first of `OLLAMA_HOST`)."""
    return Analyzer(
        host or parse_hosts(settings.ollama_host)[0],
        model or settings.ollama_model,
        keep_alive=settings.ollama_keep_alive_value,
        num_ctx=settings.ollama_num_ctx,
        num_predict=settings.ollama_num_predict,
        timeout=settings.ollama_timeout,
    )


def hosts_from(settings: Settings) -> HostPool:
    """Every Ollama host of `OLLAMA_HOST`, each with `DOGCOACH_OLLAMA_PARALLEL` slots; a failing
    host is set aside for up to `DOGCOACH_ANALYSIS_RETRY_MAX` seconds."""
    return HostPool.from_urls(
        parse_hosts(settings.ollama_host),
        lambda url: analyzer_from(settings, host=url),
        parallel=settings.ollama_parallel_value,
        backoff=HostBackoff(
            initial=min(2.0, settings.analysis_retry_max), maximum=settings.analysis_retry_max
        ),
        pull=settings.ollama_pull,
    )


def unpushed_channels(settings: Settings) -> frozenset[str]:
    """The channels no check-in can be pushed to (`handlers.coaching.delivery`): the terminal, and
    Kakao unless its Event API is configured. Their owners are asked at their next message, so
    a time of day for check-ins is not offered to them (it could not be kept)."""
    unpushed = {Channel.CONSOLE}
    if not KakaoEventSender.configured(settings):
        unpushed.add(Channel.KAKAO)
    return frozenset(unpushed)


def checkin_policy_from(settings: Settings) -> CheckinPolicy:
    """When check-ins are due: `DOGCOACH_CHECKIN_AFTER_DAYS` after a plan starts, out of
    `DOGCOACH_QUIET_HOURS` in the owner's zone (else `DOGCOACH_TIMEZONE`)."""
    start, end = settings.quiet_hours_value
    zone = timezone_from(settings)
    return CheckinPolicy(
        after=timedelta(days=settings.checkin_after_days),
        quiet=QuietHours(start, end),
        timezone=zone.key if isinstance(zone, ZoneInfo) else "UTC",
    )


def analysis_from(settings: Settings, store: Store, outbox: Outbox, messages: Messages) -> AnalysisService:
    return AnalysisService(
        store,
        hosts_from(settings),
        ResultDelivery(store, messages, outbox, policy=checkin_policy_from(settings)),
        backoff=Backoff(initial=min(2.0, settings.analysis_retry_max), maximum=settings.analysis_retry_max),
        pull=settings.ollama_pull,
        owner_cap=settings.analysis_owner_cap,
        assumed_seconds=settings.analysis_assumed_seconds,
        grounding=tip_grounding(messages),  # shared by the process's runtimes
        lease_seconds=settings.analysis_lease_seconds,
    )


def daily_tip_from(settings: Settings, zone: tzinfo) -> dt.time | None:
    """The daily tip's time of day as the owners' zone (`DOGCOACH_TIMEZONE`) reads it (`DAILY_TIP_TIME`
    in `DAILY_TIP_TIMEZONE`, on today's date); None when no daily tip is sent (`DAILY_TIP_ENABLED`)."""
    if not settings.daily_tip_enabled:
        return None
    try:
        tip_zone: tzinfo = ZoneInfo(settings.daily_tip_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return settings.daily_tip_time
    at = dt.datetime.combine(dt.datetime.now(tip_zone).date(), settings.daily_tip_time, tip_zone)
    return at.astimezone(zone).time().replace(tzinfo=None)


def timezone_from(settings: Settings) -> tzinfo:
    try:
        return ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown DOGCOACH_TIMEZONE %r; dates are shown in UTC", settings.timezone)
        return UTC


@asynccontextmanager
async def runtime(
    settings: Settings, *, analysis: bool = True, migrate: bool = True
) -> AsyncIterator[Runtime]:
    """Open the store, apply pending migrations, and build the engine and the analysis service
    (not started); stop and close everything on exit.

    `migrate` False: the caller connects (a server that starts while the database is down:
    `bot.database.connected`); the runtime is not `ready` until it has.
    """
    store = store_from(settings)
    await store.open()
    service: AnalysisService | None = None
    try:
        if migrate:
            await store.migrate()
        messages = loaded(default_locale=settings.default_locale)
        outbox = Outbox()
        if analysis:
            service = analysis_from(settings, store, outbox, messages)
        services = Services(
            Lexicon(messages),
            analysis=service,
            timezone=timezone_from(settings),
            daily_tip=daily_tip_from(settings, timezone_from(settings)),
            checkin_policy=checkin_policy_from(settings),
            exports=store,
            unpushed=unpushed_channels(settings),
            understanding_budget=settings.understanding_budget_seconds,
        )
        engine = Engine(store, messages, default_locale=messages.default_locale, services=services)
        rt = Runtime(settings, store, messages, engine, outbox, service)
        if migrate:
            rt.ready.set()
        yield rt
    finally:
        if service is not None:
            await service.stop()
            await service.aclose()
        await store.close()
