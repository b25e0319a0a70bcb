"""The `dogcoach` command. Subcommands import their stacks lazily so `--help` stays instant."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dogcoach.domain.channel import Channel

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from click.decorators import FC

    from dogcoach.config import Settings
    from dogcoach.services.store import StoreInUse

# The language of the broadcast preview and report the CLI prints: English, like the rest of the
# operator's output (the chat flow speaks the admin's language).
CLI_LOCALE = "en"
# The terminal waits this long at most for the first check of the model before the first message
# (a refused connection answers at once; an unreachable host is given up on after this).
MODEL_CHECK_SECONDS = 5.0


def _settings() -> Settings:
    from dogcoach.config import get_settings

    return get_settings()


def _logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _service_logging(level: str, log_format: str) -> None:
    """Logs of a long-running process: one JSON object per line (or plain text), httpx quiet."""
    from dogcoach.services.observability import configure_logging

    configure_logging(level, json_lines=log_format == "json")
    _quiet_http_client()


def _log_format_option(default: str) -> Callable[[FC], FC]:
    return click.option(
        "--log-format",
        type=click.Choice(["json", "text"]),
        default=default,
        show_default=True,
        envvar="DOGCOACH_LOG_FORMAT",
        help="Log lines as JSON objects or plain text [env DOGCOACH_LOG_FORMAT].",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dogcoach")
def main() -> None:
    """DogCoach: a behaviour-coaching chat bot for dog owners."""


@main.command()
@click.option(
    "--lang",
    type=click.Choice(["ko", "en"]),
    default=None,
    help="Language hint (default: from $LANG, else ko).",
)
@click.option("--user", "user", default=None, help="Whose conversation this is (default: your login name).")
def chat(lang: str | None, user: str | None) -> None:
    """Chat with DogCoach in this terminal (embedded SQLite by default)."""
    from dogcoach.bot.channel import connected
    from dogcoach.bot.wiring import runtime
    from dogcoach.channels.console import ConsoleChat

    settings = _settings()
    # The chat tells the user in their language when the model is away; warnings would only
    # interleave English log lines with the conversation.
    _logging("ERROR")
    hint = lang or os.environ.get("LANG") or None
    name = user or os.environ.get("USER") or "me"

    async def go() -> None:
        async with runtime(settings) as rt:
            console = ConsoleChat(rt.engine, name, locale_hint=hint)
            async with connected(rt.outbox, console):  # analysis results print as they come
                if rt.analysis is None:
                    await console.run()
                    return
                async with rt.analysis.running():
                    # A first report piped in at once must not be promised a time the check
                    # would take back a moment later (fresh owner trial): the model, checked first.
                    await rt.analysis.model_checked(MODEL_CHECK_SECONDS)
                    analysis = rt.analysis
                    # Input ended (a pipe, Ctrl-D, "exit"): the analyses under way print before goodbye.
                    await console.run(
                        model_down=analysis.notice is not None,
                        pending=lambda: analysis.queued,
                        drain=lambda: analysis.drain(settings.ollama_timeout),
                    )

    try:
        with _one_server(settings):  # it analyses pending reports: not beside a server on SQLite
            asyncio.run(go())
    except KeyboardInterrupt:
        click.echo()


@main.command()
def migrate() -> None:
    """Apply pending database migrations to DATABASE_URL (the server also applies them at start).

    On SQLite, not beside a running `serve`, `run --polling` or `chat` (exit 1): SQLite has one
    writer; restart that process instead, it migrates at start.
    """
    from dogcoach.bot.wiring import store_from

    settings = _settings()

    async def go() -> list[int]:
        async with store_from(settings) as store:
            return await store.migrate()

    # On SQLite it holds the server lock while it runs: it refuses beside a running process, and a
    # server starting meanwhile refuses for the moment it takes. PostgreSQL takes many writers and
    # serializes migrations itself (an advisory lock).
    with _one_server(settings, refused=_migrate_refused):
        applied = asyncio.run(go())
    click.echo(f"applied migrations: {applied}" if applied else "database is up to date")


def _one_writer(pid: str, path: str) -> str:
    """The start of the refusal of a one-off command that would write beside a running process."""
    return (
        f"a DogCoach process (pid {pid}) is running on the SQLite database {path}, and SQLite has "
        "one writer: this command does not write beside it"
    )


def _migrate_refused(exc: StoreInUse) -> str:
    """Why `dogcoach migrate` does not run beside a `serve`, `run --polling` or `chat` on SQLite
    (found in the broadcast round: it was a second process writing the file), and what to do: that
    process applied the migrations it knows at its start; a newer version's come with a restart."""
    return (
        f"{_one_writer(exc.holder_pid or '?', exc.database)}. That process migrates at start: restart "
        "it to apply new migrations, or stop it, run `dogcoach migrate`, then start it again"
    )


def _quiet_http_client() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the bot token."""
    logging.getLogger("httpx").setLevel(logging.WARNING)


@main.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to listen on (0.0.0.0 in a container)."
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option(
    "--shutdown-timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(0),
    envvar="DOGCOACH_SHUTDOWN_TIMEOUT",
    help="On SIGTERM, seconds open requests get to finish before they are cancelled "
    "[env DOGCOACH_SHUTDOWN_TIMEOUT].",
)
@_log_format_option("json")
def serve(host: str, port: int, shutdown_timeout: float, log_format: str) -> None:
    """Run the web app (Telegram webhook, Kakao skill, health, metrics) with uvicorn.

    On SIGTERM or Ctrl-C it stops accepting connections, lets open requests and in-flight turns
    finish, and leaves reports not yet analysed pending for the next start.
    """
    import uvicorn

    from dogcoach.webhook.app import create_app

    settings = _settings()
    _service_logging(settings.log_level, log_format)
    with _one_server(settings, _local_address(host, port)):
        uvicorn.run(
            create_app(settings),
            host=host,
            port=port,
            log_config=None,
            access_log=False,
            # Nothing reads the client's address, so uvicorn's X-Forwarded-For rewriting (a
            # middleware on every request) has nothing to do.
            proxy_headers=False,
            timeout_graceful_shutdown=int(shutdown_timeout) or None,
        )


def _local_address(host: str, port: int) -> str:
    """Where a command on this machine reaches `serve --host host --port port`."""
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


@contextlib.contextmanager
def _one_server(
    settings: Settings, address: str | None = None, *, refused: Callable[[StoreInUse], str] = str
) -> Iterator[None]:
    """A SQLite database serves one server process: a second `serve`, `run --polling` or `chat`
    (each runs an analysis service) on the same file stops here with the reason and the fix,
    before anything starts (a server's start-up takes the same lock again:
    `bot.lifecycle.running`). `address`: where `serve` listens, kept in the lock file for
    `dogcoach broadcast` (`_server_beside`). `refused`: the message when another process holds
    it (`dogcoach migrate` says its own)."""
    from dogcoach.services.store import StoreInUse
    from dogcoach.services.store.sqlite import sqlite_path
    from dogcoach.services.store.sqlite_lock import one_server

    if not settings.database_url.startswith("sqlite:"):
        yield
        return
    try:
        lock = one_server(sqlite_path(settings.database_url), address)
        lock.__enter__()
    except StoreInUse as exc:
        raise click.ClickException(refused(exc)) from exc
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


@main.command()
def doctor() -> None:
    """Check this deployment: configuration, database and migrations, Ollama and the model (one
    timed tiny generation), the Telegram token and webhook, the Kakao settings.

    Prints a pass/fail/skip table with the fix for each failure; exits with 1 if anything failed.
    """
    from dogcoach.doctor import format_table, run_checks

    settings = _settings()
    _logging("ERROR")
    _quiet_http_client()
    checks = asyncio.run(run_checks(settings))
    for line in format_table(checks):
        click.echo(line)
    if any(c.status == "fail" for c in checks):
        raise SystemExit(1)


@main.command("set-webhook")
@click.option(
    "--url",
    default=None,
    help="Public HTTPS URL of the webhook (default: $PUBLIC_BASE_URL/telegram/webhook).",
)
@click.option("--drop-pending-updates", is_flag=True, help="Discard the updates Telegram queued meanwhile.")
@click.option(
    "--max-connections",
    default=40,
    show_default=True,
    type=click.IntRange(1, 100),
    help="Parallel webhook calls.",
)
def set_webhook(url: str | None, drop_pending_updates: bool, max_connections: int) -> None:
    """Register the Telegram webhook, with TELEGRAM_WEBHOOK_SECRET and the update types the bot reads."""
    from telegram.error import TelegramError

    from dogcoach.channels.telegram.application import TelegramNotConfigured
    from dogcoach.channels.telegram.application import set_webhook as register
    from dogcoach.webhook.telegram import PATH

    settings = _settings()
    if url is None:
        if not settings.public_base_url:
            raise click.UsageError("give --url, or set PUBLIC_BASE_URL")
        url = settings.public_base_url.rstrip("/") + PATH
    try:
        info = asyncio.run(
            register(
                settings, url, drop_pending_updates=drop_pending_updates, max_connections=max_connections
            )
        )
    except (TelegramNotConfigured, TelegramError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"webhook set: {info.get('url')}")
    click.echo(f"allowed updates: {', '.join(info.get('allowed_updates') or [])}")
    click.echo(f"pending updates: {info.get('pending_update_count', 0)}")
    if info.get("last_error_message"):
        click.echo(f"last error: {info['last_error_message']}")


@main.command()
@click.option(
    "--polling", is_flag=True, help="Fetch Telegram updates by long polling (no public URL needed)."
)
@click.option("--drop-pending-updates", is_flag=True, help="Discard the updates Telegram queued meanwhile.")
@_log_format_option("text")
def run(polling: bool, drop_pending_updates: bool, log_format: str) -> None:
    """Run the Telegram bot by long polling (development). Webhook mode is `dogcoach serve`."""
    import signal
    from contextlib import suppress

    from dogcoach.channels.telegram.application import TelegramNotConfigured, run_polling

    if not polling:
        raise click.UsageError(
            "use --polling, or `dogcoach serve` (after `dogcoach set-webhook`) for webhook mode"
        )
    settings = _settings()
    _service_logging(settings.log_level, log_format)

    async def go() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await run_polling(settings, stop, drop_pending_updates=drop_pending_updates)

    try:
        with _one_server(settings):
            asyncio.run(go())
    except TelegramNotConfigured as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option(
    "--tip", metavar="KEY", default=None, help="Send this tip from the catalogue (see --list-tips)."
)
@click.option("--text-ko", default=None, help="Korean text of an announcement.")
@click.option(
    "--text-en", default=None, help="English text (either text may be left out: its users get the other)."
)
@click.option(
    "--channel",
    type=click.Choice([Channel.TELEGRAM.value, Channel.KAKAO.value]),
    default=None,
    help="Only users of this channel.",
)
@click.option(
    "--locale", type=click.Choice(["ko", "en"]), default=None, help="Only users who read this language."
)
@click.option("--resume", is_flag=True, help="Continue unfinished broadcasts (after a crash or Ctrl-C).")
@click.option(
    "--status", "status_id", type=int, metavar="ID", default=None, help="Show one broadcast's counts."
)
@click.option("--list-tips", is_flag=True, help="List the tip keys with their titles.")
@click.option("--yes", "-y", is_flag=True, help="Send without asking for confirmation.")
def broadcast(
    tip: str | None,
    text_ko: str | None,
    text_en: str | None,
    channel: str | None,
    locale: str | None,
    resume: bool,
    status_id: int | None,
    list_tips: bool,
    yes: bool,
) -> None:
    """Send a tip or an announcement to every user, rate-limited and resumable, with a progress bar.

    Opted-out users (/tips off) and users who blocked the bot are left out. Each delivery is
    recorded before and after its send, so an interrupted broadcast continues with
    `dogcoach broadcast --resume` (a running server also resumes it by itself) and nobody gets it
    twice.
    """
    from dogcoach.bot.wiring import store_from
    from dogcoach.services.broadcast import (
        BroadcastService,
        InvalidBroadcast,
        make_spec,
        render,
        tip_keys,
        tip_title,
    )
    from dogcoach.services.broadcast.report import preview_text
    from dogcoach.services.i18n import Messages

    settings = _settings()
    _logging("WARNING")
    _quiet_http_client()
    messages = Messages(default_locale=settings.default_locale)
    if list_tips:
        for key in tip_keys(messages):
            click.echo(f"{key:<24} {tip_title(messages, 'en', key)} / {tip_title(messages, 'ko', key)}")
        return
    spec = None
    if not (resume or status_id is not None):
        try:
            spec = make_spec(
                messages, tip=tip, text_ko=text_ko, text_en=text_en, channel=channel, locale=locale
            )
        except InvalidBroadcast as exc:
            raise click.UsageError(f"{exc} (use --tip KEY, or --text-ko/--text-en)") from exc
    server = _server_beside(settings)
    if server is not None:  # SQLite has one writer: the server sends it, this command follows
        try:
            _via_server(server, messages, spec, resume=resume, status_id=status_id, yes=yes)
        finally:
            server.close()
        return

    async def go() -> None:
        store = store_from(settings)
        await store.open()
        service = BroadcastService.from_settings(store, messages, settings)
        try:
            await store.migrate()
            if status_id is not None:
                report = await service.report(status_id)
                if report is None:
                    raise click.ClickException(f"no broadcast #{status_id}")
                _echo_report(report, service.messages)
                return
            unfinished = [b.id for b in await _unfinished(service)]
            if resume:
                if not unfinished:
                    click.echo("no unfinished broadcasts")
                for broadcast_id in unfinished:
                    await _send_with_bar(service, broadcast_id)
                return
            assert spec is not None
            if unfinished:
                click.echo(
                    f"note: unfinished broadcasts {unfinished}; `dogcoach broadcast --resume` continues them"
                )
            preview = await service.preview(spec)
            click.echo(preview_text(messages, CLI_LOCALE, preview, _audience_label(messages, spec)))
            for loc, n in preview.to_send.items():
                if n:
                    click.echo(
                        f"--- {loc} ---\n{render(messages, spec, loc, spec.channel or Channel.TELEGRAM)}\n"
                    )
            count = preview.will_send
            if count == 0:
                click.echo("nobody can receive this now (see above); nothing sent")
                return
            if not yes and not click.confirm(f"send to {count} users?", default=False):
                click.echo("cancelled; nothing sent")
                return
            created = await service.create(spec, f"cli:{os.environ.get('USER') or 'admin'}")
            assert created is not None
            await _send_with_bar(service, created.id)
        finally:
            await service.close()
            await store.close()

    try:
        # the one writer while it sends: a server started meanwhile waits its turn (on SQLite)
        with _one_server(settings, refused=_broadcast_refused):
            asyncio.run(go())
    except KeyboardInterrupt:
        click.echo("\nstopped; messages in flight were recorded. Continue with: dogcoach broadcast --resume")
        raise SystemExit(130) from None


def _broadcast_refused(exc: StoreInUse) -> str:
    """A process took the SQLite database between `_server_beside` looking and this command
    sending: run again, it hands the broadcast to that server (or says why it cannot)."""
    return f"{_one_writer(exc.holder_pid or '?', exc.database)}; it started just now: run the command again"


# How often the command reads a broadcast's counts back from the server it handed it to.
FOLLOW_SECONDS = 0.5


def _server_beside(settings: Settings) -> Any:
    """The admin API (`remote.AdminClient`) of the `dogcoach serve` holding this SQLite database,
    or None when no server holds it (or on PostgreSQL, which takes many writers). A process that
    holds it without serving HTTP, or a missing ADMIN_API_TOKEN, stops the command here: it
    would be a second writer beside the server's."""
    from dogcoach.services.broadcast.remote import AdminClient
    from dogcoach.services.store.sqlite import sqlite_path
    from dogcoach.services.store.sqlite_lock import running_server

    if not settings.database_url.startswith("sqlite:"):
        return None
    path = sqlite_path(settings.database_url)
    holder = running_server(path)
    if holder is None:
        return None
    pid, address = holder
    one_writer = _one_writer(pid, path)
    if address is None:
        raise click.ClickException(
            f"{one_writer}, and that process (`run --polling` or `chat`) has no admin API to hand "
            "the broadcast to. Stop it first, or use /broadcast in Telegram"
        )
    token = settings.admin_api_token.get_secret_value() if settings.admin_api_token else ""
    if not token:
        raise click.ClickException(
            f"{one_writer} but hands the broadcast to the server's admin API at {address}, which "
            "needs ADMIN_API_TOKEN: set the same value for the server and this command (or use "
            "/broadcast in Telegram)"
        )
    return AdminClient(address, token)


def _via_server(
    client: Any, messages: Any, spec: Any, *, resume: bool, status_id: int | None, yes: bool
) -> None:
    """`dogcoach broadcast` through the running server: the same preview, question, progress bar
    and report, but the server creates and sends the broadcast (docs/broadcasts.md)."""
    import time
    import uuid

    from dogcoach.services.broadcast import render
    from dogcoach.services.broadcast.remote import ServerRefused
    from dogcoach.services.broadcast.report import preview_text

    def follow(report: Any) -> None:
        b = report.broadcast
        with click.progressbar(length=max(b.total, 1), label=f"broadcast #{b.id}", show_pos=True) as bar:
            shown = 0
            while True:
                done = report.broadcast.settled
                if done > shown:
                    bar.update(done - shown)
                    shown = done
                if report.finished:
                    break
                time.sleep(FOLLOW_SECONDS)
                report = client.report(b.id) or report
        _echo_report(report, messages)

    following: int | None = None
    try:
        if status_id is not None:
            report = client.report(status_id)
            if report is None:
                raise click.ClickException(f"no broadcast #{status_id}")
            _echo_report(report, messages)
            return
        if resume:
            unfinished = client.unfinished()
            if not unfinished:
                click.echo("no unfinished broadcasts")
            for report in unfinished:
                following = report.broadcast.id
                click.echo(f"the running server at {client.url} resumes broadcast #{following}; following it")
                follow(report)
            return
        assert spec is not None
        preview = client.preview(spec)
        click.echo(preview_text(messages, CLI_LOCALE, preview, _audience_label(messages, spec)))
        for loc, n in preview.to_send.items():
            if n:
                click.echo(
                    f"--- {loc} ---\n{render(messages, spec, loc, spec.channel or Channel.TELEGRAM)}\n"
                )
        if preview.will_send == 0:
            click.echo("nobody can receive this now (see above); nothing sent")
            return
        if not yes and not click.confirm(f"send to {preview.will_send} users?", default=False):
            click.echo("cancelled; nothing sent")
            return
        created = client.create(spec, f"cli:{uuid.uuid4()}")
        following = created.broadcast.id
        click.echo(f"broadcast #{following} handed to the running server at {client.url}, which sends it")
        follow(created)
    except ServerRefused as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        if following is not None:
            click.echo(
                f"\nstopped following; the server goes on sending broadcast #{following} "
                f"(dogcoach broadcast --status {following})"
            )
        raise SystemExit(130) from None


async def _unfinished(service: Any) -> list[Any]:
    async with service.store.session() as s:
        found: list[Any] = await s.list_broadcasts(unfinished=True, limit=100)
    return found


async def _send_with_bar(service: Any, broadcast_id: int) -> None:
    """Run one broadcast here with a live progress bar; follow it if another process has it."""
    first = await service.report(broadcast_id)
    total = first.broadcast.total if first else 0
    with click.progressbar(length=max(total, 1), label=f"broadcast #{broadcast_id}", show_pos=True) as bar:
        shown = 0

        def progress(p: Any) -> None:
            nonlocal shown
            if p.done > shown:
                bar.update(p.done - shown)
                shown = p.done

        report = await service.run(broadcast_id, progress)
        if report is None:
            click.echo(f"\nbroadcast #{broadcast_id} is being sent by another process; following it")
            report = await service.watch(broadcast_id, progress)
    if report is not None:
        _echo_report(report, service.messages)


def _echo_report(report: Any, messages: Any) -> None:
    """The counts on one line (for scripts), the admin's report sentences, then each failure
    reason (what the report's "--status shows why" points to)."""
    from dogcoach.services.broadcast.report import format_duration, report_text

    b = report.broadcast
    took = format_duration(report.duration) if report.duration is not None else "-"
    click.echo(
        f"broadcast #{b.id} {b.status} in {took}: sent {b.sent}, blocked {b.blocked}, failed {b.failed}, "
        f"skipped {b.skipped}, pending {b.total - b.settled} of {b.total}"
    )
    click.echo(report_text(messages, CLI_LOCALE, report))
    for reason, n in sorted(report.failure_reasons.items(), key=lambda kv: -kv[1]):
        click.echo(f"  failed {n}: {reason}")


def _audience_label(messages: Any, spec: Any) -> str:
    """The group a spec reaches, as the chat flow names it ("Telegram users, Korean speakers")."""
    parts = [f"admin-bc-target-{v}" for v in (spec.channel, spec.locale) if v is not None]
    return ", ".join(messages.format(CLI_LOCALE, m) for m in parts or ["admin-bc-target-all"])


class _PullBar:
    """`ensure_model` progress as click progress bars, one per downloaded layer."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._status = ""
        self._done = 0

    def __call__(self, status: str, completed: int | None, total: int | None) -> None:
        if status != self._status:
            self.close()
            self._status = status
            if total:
                self._bar = click.progressbar(length=total, label=status, width=30, show_pos=False)
                self._bar.__enter__()
                self._done = 0
            else:
                click.echo(status)
        if self._bar is not None and completed is not None:
            self._bar.update(max(0, completed - self._done))
            self._done = completed

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@main.command()
@click.option("--model", default=None, help="Model tag (default: $OLLAMA_MODEL).")
def pull(model: str | None) -> None:
    """Make sure the analysis model is on the Ollama server ($OLLAMA_HOST; each of them when it
    lists several), pulling it where missing."""
    from dogcoach.services.analysis import AnalysisError, ModelManager
    from dogcoach.services.analysis.hosts import parse_hosts

    settings = _settings()
    name = model or settings.ollama_model
    urls = parse_hosts(settings.ollama_host)

    async def go(url: str) -> bool:
        bar = _PullBar()
        async with contextlib.AsyncExitStack() as stack:
            manager = ModelManager(url)
            stack.push_async_callback(manager.aclose)
            click.echo(
                f"Ollama {await manager.check_version()} at {url if len(urls) > 1 else settings.ollama_host}"
            )
            try:
                return await manager.ensure_model(name, on_progress=bar)
            finally:
                bar.close()

    for url in urls:
        try:
            pulled = asyncio.run(go(url))
        except AnalysisError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"{name}: pulled" if pulled else f"{name}: already present")


@main.command("eval")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", default=None, help="Model tag to evaluate (default: $OLLAMA_MODEL).")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N reports.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
def eval_(file: Path | None, model: str | None, limit: int | None, as_json: bool) -> None:
    """Score a model on labelled reports (JSONL of text, language, category, profile; default: the shipped set).

    Prints the schema-valid rate, category accuracy, reply-language match, median and p90 latency
    and prompt tokens, through the same analysis path (prompts, options, retry) the bot uses, on the
    first host of $OLLAMA_HOST.
    """
    import json

    from dogcoach.bot.wiring import analyzer_from
    from dogcoach.services.analysis import AnalysisError, ModelManager
    from dogcoach.services.analysis.evaluate import EvalItem, EvalMetrics, evaluate, load_eval_set
    from dogcoach.services.analysis.hosts import parse_hosts

    settings = _settings()
    name = model or settings.ollama_model
    try:
        cases = load_eval_set(file)[:limit]
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc

    host = parse_hosts(settings.ollama_host)[0]  # one box: latencies of several would not compare

    async def go() -> EvalMetrics:
        manager = ModelManager(host)
        try:
            await manager.check_version()
            if not await manager.has_model(name):
                raise click.ClickException(
                    f"model {name} is not on {host}; run `dogcoach pull --model {name}`"
                )
        finally:
            await manager.aclose()
        with click.progressbar(length=len(cases), label=f"{name}", file=sys.stderr) as bar:

            def advance(_item: EvalItem) -> None:
                bar.update(1)

            async with analyzer_from(settings, name, host) as analyzer:
                return await evaluate(analyzer, file, limit=limit, on_item=advance)

    try:
        metrics = asyncio.run(go())
    except AnalysisError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(metrics.as_dict(), ensure_ascii=False))
        return
    for line in _eval_lines(metrics):
        click.echo(line)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:,.0f}{unit}"


def _eval_lines(metrics: Any) -> list[str]:
    """The metrics as an aligned table, with a per-language breakdown of accuracy."""
    lines = [
        f"model              {metrics.model}   ({metrics.n} reports)",
        f"schema-valid       {_pct(metrics.schema_valid_rate)}",
        f"category accuracy  {_pct(metrics.category_accuracy)}",
        f"reply language     {_pct(metrics.language_match_rate)} (answers passing the gate on every field)",
        *(f"  {name:<16} {_pct(rate)}" for name, rate in metrics.field_pass_rates.items()),
        f"latency median     {_num(metrics.latency_median_ms, ' ms')}",
        f"latency p90        {_num(metrics.latency_p90_ms, ' ms')}",
        f"prompt tokens      {_num(metrics.mean_prompt_tokens)} (mean, first attempt)",
        f"retried            {_pct(metrics.retry_rate)}",
    ]
    for language in ("ko", "en"):
        items = [i for i in metrics.items if i.case.language == language]
        if items:
            correct = sum(i.correct for i in items) / len(items)
            lines.append(f"  {language}: {len(items)} reports, category accuracy {_pct(correct)}")
    return lines


if __name__ == "__main__":  # pragma: no cover
    main()
