"""The command menu Telegram shows beside the input field (`setMyCommands`), from the router's
commands and their `telegram-command-<name>` descriptions."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from telegram import BotCommand, BotCommandScope, BotCommandScopeChat
from telegram.error import TelegramError
from telegram.ext import ExtBot

from dogcoach.bot.router import COMMANDS
from dogcoach.services.i18n import LOCALES, Messages

log = logging.getLogger(__name__)

# The menu in the order of the help text; router commands not listed here follow.
MENU_ORDER = (
    "start",
    "result",
    "history",
    "week",
    "progress",
    "summary",
    "profile",
    "edit",
    "switchdog",
    "newdog",
    "removedog",
    "language",
    "tips",
    "checkins",
    "checkintime",
    "timezone",
    "notifications",
    "cancel",
    "export",
    "delete",
    "help",
)
ADMIN_COMMANDS = frozenset({"broadcast"})  # shown only in admins' chats


def menu_commands(defined: set[str], *, admin: bool = False) -> list[str]:
    """Router commands with a menu description (`telegram-command-<name>`), in menu order;
    admin commands only for `admin`."""
    names = [*MENU_ORDER, *(n for n in COMMANDS if n not in MENU_ORDER)]
    return [
        n
        for n in names
        if n in COMMANDS and f"telegram-command-{n}" in defined and (admin or n not in ADMIN_COMMANDS)
    ]


async def set_commands(bot: ExtBot[Any], messages: Messages, admin_ids: Iterable[int]) -> None:
    """The command menu per language (ko, en, and a default for other languages); admins
    (ADMIN_TELEGRAM_IDS) get theirs in their own chats, with the admin commands added."""
    admins = sorted(admin_ids)
    for language_code in (*LOCALES, None):
        locale = language_code or messages.default_locale
        defined = messages.ids(locale)
        scopes: list[tuple[BotCommandScope | None, list[str]]] = [(None, menu_commands(defined))]
        scopes += [(BotCommandScopeChat(a), menu_commands(defined, admin=True)) for a in admins]
        for scope, names in scopes:
            commands = [BotCommand(n, messages.format(locale, f"telegram-command-{n}")) for n in names]
            try:
                await bot.set_my_commands(commands, scope=scope, language_code=language_code)
            except TelegramError as exc:
                log.warning("setMyCommands (%s, %s) failed: %s", language_code or "default", scope, exc)
