"""`dogcoach doctor`: is this deployment ready? Configuration, database, Ollama, Telegram, Kakao.

Each check gives pass, fail or skip (not applicable here) with a short detail, and every failure
comes with the fix an operator should apply. Nothing is changed, except that a database without
the migrations table gets an empty one (the same as the first `dogcoach migrate`). Secrets are
never printed.

Each check imports the stack it tests (store, `ollama`, python-telegram-bot) inside the check, so
a check that does not apply loads nothing and `dogcoach --help` stays instant.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from dogcoach.config import Settings
from dogcoach.domain.channel import Channel

Status = Literal["pass", "fail", "skip"]

# What setWebhook accepts as secret_token (the same rule as the Telegram application's).
TELEGRAM_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
MIN_ADMIN_TOKEN = 32
MIN_KAKAO_SECRET = 16
STEP_TIMEOUT = 15.0
RECENT_WEBHOOK_ERROR = timedelta(hours=1)
HEADER_NAME = re.compile(r"[A-Za-z0-9-]+")


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    status: Status
    detail: str = ""
    fix: str = ""


def _ok(name: str, detail: str = "") -> Check:
    return Check(name, "pass", detail)


def _skip(name: str, detail: str) -> Check:
    return Check(name, "skip", detail)


def _fail(name: str, detail: str, fix: str) -> Check:
    return Check(name, "fail", detail, fix)


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def redact_url(url: str) -> str:
    """A database URL with its password replaced by `***`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _is_local(host: str | None) -> bool:
    return host in {"localhost", "127.0.0.1", "::1"}


# -- configuration ---------------------------------------------------------------------------------


def configuration_checks(settings: Settings) -> list[Check]:
    checks: list[Check] = []
    telegram = bool(_secret(settings.telegram_bot_token))
    kakao = bool(_secret(settings.kakao_skill_secret))
    channels = [name for name, on in ((Channel.TELEGRAM, telegram), (Channel.KAKAO, kakao)) if on]
    if channels:
        checks.append(_ok("channels", ", ".join(channels)))
    else:
        checks.append(
            _fail(
                "channels",
                "no channel is configured",
                "set TELEGRAM_BOT_TOKEN (and TELEGRAM_WEBHOOK_SECRET) and/or KAKAO_SKILL_SECRET",
            )
        )

    if not telegram:
        checks.append(_skip("telegram secret", "Telegram is not configured"))
    else:
        secret = _secret(settings.telegram_webhook_secret)
        if not secret:
            checks.append(
                _fail(
                    "telegram secret",
                    "TELEGRAM_WEBHOOK_SECRET is not set: the webhook refuses every update",
                    "set TELEGRAM_WEBHOOK_SECRET to a random string, e.g. `openssl rand -hex 32`, "
                    "then run `dogcoach set-webhook`",
                )
            )
        elif not TELEGRAM_SECRET.fullmatch(secret):
            checks.append(
                _fail(
                    "telegram secret",
                    "TELEGRAM_WEBHOOK_SECRET has characters Telegram does not accept",
                    "use 1-256 characters of A-Z a-z 0-9 _ - (e.g. `openssl rand -hex 32`)",
                )
            )
        elif len(secret) < 16:
            checks.append(
                _fail(
                    "telegram secret",
                    f"TELEGRAM_WEBHOOK_SECRET is only {len(secret)} characters",
                    "use at least 16 random characters (e.g. `openssl rand -hex 32`)",
                )
            )
        else:
            checks.append(_ok("telegram secret", f"{len(secret)} characters"))

    base = settings.public_base_url
    if not base:
        checks.append(_skip("public URL", "PUBLIC_BASE_URL not set (Telegram polling mode only)"))
    else:
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            checks.append(
                _fail(
                    "public URL",
                    f"PUBLIC_BASE_URL is not a URL: {base!r}",
                    "set PUBLIC_BASE_URL to this server's public address, e.g. https://bot.example.com",
                )
            )
        elif parts.scheme != "https" and not _is_local(parts.hostname):
            checks.append(
                _fail(
                    "public URL",
                    f"{base} is not https",
                    "Telegram and Kakao call https URLs only: put HTTPS in front (Caddy or nginx) "
                    "and set PUBLIC_BASE_URL=https://...",
                )
            )
        else:
            checks.append(_ok("public URL", base))

    admin = _secret(settings.admin_api_token)
    if not admin:
        checks.append(_skip("admin API token", "ADMIN_API_TOKEN not set: the admin API is disabled"))
    elif len(admin) < MIN_ADMIN_TOKEN:
        checks.append(
            _fail(
                "admin API token",
                f"ADMIN_API_TOKEN is only {len(admin)} characters",
                f"use at least {MIN_ADMIN_TOKEN} random characters (e.g. `openssl rand -hex 32`)",
            )
        )
    else:
        checks.append(_ok("admin API token", f"{len(admin)} characters"))

    checks.extend(kakao_checks(settings))
    return checks


def kakao_checks(settings: Settings) -> list[Check]:
    secret = _secret(settings.kakao_skill_secret)
    if not secret:
        return [_skip("kakao", "KAKAO_SKILL_SECRET not set: the Kakao channel is off")]
    checks: list[Check] = []
    header = settings.kakao_skill_secret_header
    if len(secret) < MIN_KAKAO_SECRET:
        checks.append(
            _fail(
                "kakao secret",
                f"KAKAO_SKILL_SECRET is only {len(secret)} characters",
                f"use at least {MIN_KAKAO_SECRET} random characters, and the same value in the "
                "skill's header in Open Builder",
            )
        )
    elif not HEADER_NAME.fullmatch(header):
        checks.append(
            _fail(
                "kakao secret",
                f"KAKAO_SKILL_SECRET_HEADER {header!r} is not a valid header name",
                "use letters, digits and dashes, e.g. X-DogCoach-Secret",
            )
        )
    else:
        checks.append(_ok("kakao secret", f"header {header}, {len(secret)} characters"))

    hosts = [h.strip() for h in settings.kakao_callback_hosts.split(",") if h.strip()]
    if not hosts:
        checks.append(
            _fail("kakao callbacks", "KAKAO_CALLBACK_HOSTS is empty", "set KAKAO_CALLBACK_HOSTS=kakao.com")
        )
    elif settings.kakao_callback_allow_http:
        checks.append(
            _fail(
                "kakao callbacks",
                "KAKAO_CALLBACK_ALLOW_HTTP is on (a test setting)",
                "unset KAKAO_CALLBACK_ALLOW_HTTP in production",
            )
        )
    else:
        checks.append(_ok("kakao callbacks", "hosts " + ", ".join(hosts)))

    event = {
        "KAKAO_REST_API_KEY": bool(_secret(settings.kakao_rest_api_key)),
        "KAKAO_BOT_ID": bool(settings.kakao_bot_id),
        "KAKAO_EVENT_NAME": bool(settings.kakao_event_name),
    }
    if all(event.values()):
        checks.append(
            _ok("kakao event API", f"bot {settings.kakao_bot_id}, event {settings.kakao_event_name}")
        )
    elif not any(event.values()):
        checks.append(_skip("kakao event API", "not configured: broadcasts skip Kakao users"))
    else:
        missing = ", ".join(name for name, on in event.items() if not on)
        checks.append(
            _fail(
                "kakao event API",
                f"partly configured; missing {missing}",
                f"set {missing} (from the Kakao developers console), or unset all three",
            )
        )
    return checks


# -- services --------------------------------------------------------------------------------------


async def database_checks(settings: Settings) -> list[Check]:
    from dogcoach.bot.wiring import store_from
    from dogcoach.services.store.migrations import migration_files

    where = redact_url(settings.database_url)
    try:
        store = store_from(settings)
        await asyncio.wait_for(store.open(), STEP_TIMEOUT)
    except Exception as exc:
        return [
            _fail(
                "database",
                f"cannot connect to {where}: {_reason(exc)}",
                "check DATABASE_URL (Supabase: the session pooler URL on IPv4 hosts) and that the "
                "database is running (a paused Supabase project must be restored)",
            )
        ]
    try:
        applied = await asyncio.wait_for(store.applied_migrations(), STEP_TIMEOUT)
    except Exception as exc:
        return [
            _fail("database", f"{where}: query failed: {_reason(exc)}", "check DATABASE_URL and its user")
        ]
    finally:
        await store.close()
    checks = [_ok("database", where)]
    available = [version for version, _ in migration_files(store.dialect.name)]
    pending = sorted(set(available) - set(applied))
    unknown = sorted(set(applied) - set(available))
    if pending:
        checks.append(
            _fail(
                "migrations",
                f"applied {_versions(applied)}, pending {_versions(pending)}",
                "run `dogcoach migrate` (the server also applies them at start)",
            )
        )
    elif unknown:
        checks.append(
            _fail(
                "migrations",
                f"the database has versions this code does not know: {_versions(unknown)}",
                "upgrade DogCoach to the version that created them",
            )
        )
    else:
        checks.append(_ok("migrations", f"up to date (version {max(applied, default=0)})"))
    return checks


async def ollama_checks(settings: Settings) -> list[Check]:
    """Version, model and a short generation on each host of `OLLAMA_HOST`; with several hosts
    every detail names its host, and one failing host fails the deployment check (the bot would
    run on the others, at their capacity)."""
    from dogcoach.services.analysis.hosts import parse_hosts

    urls = parse_hosts(settings.ollama_host)
    if len(urls) == 1:
        return await _ollama_host_checks(settings, settings.ollama_host, "")
    checks: list[Check] = []
    for url in urls:
        checks.extend(await _ollama_host_checks(settings, url, f" on {url}"))
    return checks


async def _ollama_host_checks(settings: Settings, host: str, where: str) -> list[Check]:
    """The checks of one Ollama server; `where` (" on http://…", or "" for the only host) is
    added to the details that do not name the host already."""
    from ollama import AsyncClient

    from dogcoach.services.analysis import AnalysisError, ModelManager
    from dogcoach.services.analysis.models import base_url
    from dogcoach.services.proxies import LOOPBACK_DIRECT

    model = settings.ollama_model
    manager = ModelManager(host, timeout=5.0)
    try:
        try:
            version = await manager.check_version()
        except AnalysisError as exc:
            return [
                _fail(
                    "ollama",
                    _reason(exc),
                    "start Ollama (`ollama serve`, or the ollama service in Compose) and check OLLAMA_HOST",
                ),
                _skip("model", f"Ollama is not reachable{where}"),
                _skip("generation", f"Ollama is not reachable{where}"),
            ]
        checks = [_ok("ollama", f"version {version} at {host}")]
        try:
            present = await manager.has_model(model)
        except AnalysisError as exc:
            present = False
            checks.append(_fail("model", _reason(exc), "check the Ollama server's logs"))
        else:
            if present:
                checks.append(_ok("model", f"{model}{where}"))
            else:
                checks.append(
                    _fail(
                        "model",
                        f"{model} is not on {where[4:] or 'the server'}",
                        f"run `dogcoach pull --model {model}`",
                    )
                )
        if not present:
            checks.append(_skip("generation", f"the model is not available{where}"))
            return checks
    finally:
        await manager.aclose()

    client = AsyncClient(host=base_url(host), timeout=settings.ollama_timeout, mounts=LOOPBACK_DIRECT)
    started = time.perf_counter()
    try:
        response = await client.chat(
            model=model,
            messages=[{"role": "user", "content": "Reply with the word OK."}],
            options={"num_predict": 8, "temperature": 0},
            keep_alive=settings.ollama_keep_alive_value,
        )
    except Exception as exc:
        failure = _generation_failure(model, exc)
        checks.append(Check(failure.name, failure.status, failure.detail + where, failure.fix))
    else:
        took = time.perf_counter() - started
        tokens = response.eval_count or 0
        checks.append(_ok("generation", f"{took:.2f} s, {tokens} tokens{where}"))
    finally:
        await client.close()  # type: ignore[no-untyped-call]  # ollama leaves it unannotated
    return checks


async def telegram_checks(settings: Settings) -> list[Check]:
    if not _secret(settings.telegram_bot_token):
        return [_skip("telegram bot", "TELEGRAM_BOT_TOKEN not set")]
    from dogcoach.channels.telegram.application import plain_bot
    from dogcoach.webhook.telegram import PATH

    try:
        async with plain_bot(settings) as bot:
            me = await asyncio.wait_for(bot.get_me(), STEP_TIMEOUT)
            info = await asyncio.wait_for(bot.get_webhook_info(), STEP_TIMEOUT)
    except Exception as exc:
        return [
            _fail(
                "telegram bot",
                _reason(exc),
                "check TELEGRAM_BOT_TOKEN (BotFather: /token) and that this host reaches "
                f"{settings.telegram_api_base_url}",
            ),
            _skip("telegram webhook", "the bot token did not work"),
        ]
    checks = [_ok("telegram bot", f"@{me.username} (id {me.id})")]
    expected = settings.public_base_url.rstrip("/") + PATH if settings.public_base_url else None
    pending = f"{info.pending_update_count} pending update(s)"
    recent_error = (
        info.last_error_message
        if info.last_error_message
        and (info.last_error_date is None or datetime.now(UTC) - info.last_error_date < RECENT_WEBHOOK_ERROR)
        else None
    )
    if not info.url:
        if expected is None:
            checks.append(_ok("telegram webhook", f"none (polling mode), {pending}"))
        else:
            checks.append(
                _fail(
                    "telegram webhook",
                    f"no webhook is set, {pending}",
                    "run `dogcoach set-webhook` (uses PUBLIC_BASE_URL)",
                )
            )
    elif expected is not None and info.url != expected:
        checks.append(
            _fail(
                "telegram webhook",
                f"set to {info.url}, expected {expected}",
                "run `dogcoach set-webhook`, or correct PUBLIC_BASE_URL",
            )
        )
    elif recent_error:
        checks.append(
            _fail(
                "telegram webhook",
                f"{info.url}: last error {recent_error!r}, {pending}",
                "make sure the URL reaches `dogcoach serve` over HTTPS with a valid certificate and "
                "that TELEGRAM_WEBHOOK_SECRET matches (then `dogcoach set-webhook`)",
            )
        )
    else:
        checks.append(_ok("telegram webhook", f"{info.url}, {pending}"))
    return checks


def _versions(values: list[int]) -> str:
    return ", ".join(map(str, values)) if values else "none"


def _generation_failure(model: str, exc: Exception) -> Check:
    """A failed test answer named by its cause (out of memory, too large, ...) with that fix."""
    from ollama import ResponseError

    from dogcoach.services.analysis.errors import (
        ModelUnavailable,
        classify_response_error,
        classify_transport_error,
    )

    classified: BaseException = exc
    if isinstance(exc, ResponseError):
        classified = classify_response_error(exc, model)
    elif isinstance(exc, ConnectionError | OSError | TimeoutError) or type(exc).__module__.startswith(
        "httpx"
    ):
        classified = classify_transport_error(exc, model)
    if isinstance(classified, ModelUnavailable):
        return _fail("generation", f"{classified.kind}: {_reason(classified)}", classified.fix)
    return _fail(
        "generation",
        f"{model}: {_reason(exc)}",
        "check the Ollama server's logs (memory: a 1.5B model needs about 2 GB free)",
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {STEP_TIMEOUT:g} s"
    text = str(exc) or type(exc).__name__
    return text[:200]


async def run_checks(settings: Settings) -> list[Check]:
    checks = configuration_checks(settings)
    steps: list[Callable[[Settings], Awaitable[list[Check]]]] = [
        database_checks,
        ollama_checks,
        telegram_checks,
    ]
    for step in steps:
        checks.extend(await step(settings))
    return checks


def format_table(checks: list[Check]) -> list[str]:
    """Aligned `status  check  detail` lines; each failure is followed by its fix."""
    width = max((len(c.name) for c in checks), default=0)
    lines: list[str] = []
    for check in checks:
        lines.append(f"{check.status.upper():<5} {check.name:<{width}}  {check.detail}".rstrip())
        if check.status == "fail" and check.fix:
            lines.append(f"{'':<5} {'':<{width}}  fix: {check.fix}")
    failed = sum(c.status == "fail" for c in checks)
    passed = sum(c.status == "pass" for c in checks)
    skipped = sum(c.status == "skip" for c in checks)
    lines.append("")
    lines.append(f"{passed} passed, {failed} failed, {skipped} skipped")
    return lines
