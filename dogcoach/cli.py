"""The `dogcoach` command. Subcommands import their stacks lazily so `--help` stays instant."""

from __future__ import annotations

import asyncio
import logging
import os
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from dogcoach.config import Settings


def _settings() -> Settings:
    from dogcoach.config import get_settings

    return get_settings()


def _logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


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
    from dogcoach.bot.wiring import runtime
    from dogcoach.channels.console import ConsoleChat

    settings = _settings()
    _logging("WARNING")
    hint = lang or os.environ.get("LANG") or None
    name = user or os.environ.get("USER") or "me"

    async def go() -> None:
        async with runtime(settings) as rt:
            await ConsoleChat(rt.engine, name, locale_hint=hint).run()

    try:
        asyncio.run(go())
    except KeyboardInterrupt:
        click.echo()


@main.command()
def migrate() -> None:
    """Apply pending database migrations to DATABASE_URL."""
    from dogcoach.services.store import make_store

    settings = _settings()

    async def go() -> list[int]:
        store = make_store(settings.database_url, prepared=settings.database_prepared_statements)
        await store.open()
        try:
            return await store.migrate()
        finally:
            await store.close()

    applied = asyncio.run(go())
    click.echo(f"applied migrations: {applied}" if applied else "database is up to date")


if __name__ == "__main__":  # pragma: no cover
    main()
