"""Telegram sends for broadcasts, through python-telegram-bot's `Bot`.

The interesting part is the classification of failures (see `outcome.py`): only errors that prove
the message did not go out are retried. PTB wraps httpx errors and keeps the original as
`__cause__`, which is what tells "never connected" apart from "sent, then lost the answer".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import warnings

from telegram import Bot, LinkPreviewOptions
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from dogcoach.domain.channel import Channel
from dogcoach.services.broadcast.outcome import NOT_SENT, OUTCOME_UNKNOWN, SENT, Attempt
from dogcoach.services.proxies import LOOPBACK_DIRECT

log = logging.getLogger(__name__)


def bot_base_url(api_base_url: str) -> str:
    """PTB's `base_url` for a Bot API server root such as https://api.telegram.org."""
    return api_base_url.rstrip("/") + "/bot"


class TelegramSender:
    channel = Channel.TELEGRAM

    def __init__(self, token: str, api_base_url: str, *, pool_size: int = 8, timeout: float = 10.0) -> None:
        # Our own request objects (one pool slot per concurrent send), so we can close them; no
        # getMe at start: a broadcast must not fail to start because Telegram hiccuped once.
        self._requests = (
            HTTPXRequest(
                connection_pool_size=pool_size + 1,
                connect_timeout=timeout,
                read_timeout=timeout,
                write_timeout=timeout,
                pool_timeout=timeout,
                httpx_kwargs={"mounts": LOOPBACK_DIRECT},
            ),
            HTTPXRequest(connection_pool_size=1, httpx_kwargs={"mounts": LOOPBACK_DIRECT}),
        )
        self.bot = Bot(
            token,
            base_url=bot_base_url(api_base_url),
            request=self._requests[0],
            get_updates_request=self._requests[1],
        )
        self._no_preview = LinkPreviewOptions(is_disabled=True)

    async def close(self) -> None:
        await asyncio.gather(*(r.shutdown() for r in self._requests))

    async def send(self, external_id: str, text: str) -> Attempt:
        try:
            chat_id = int(external_id)
        except ValueError:
            return Attempt("failed", f"invalid_chat_id: {external_id!r}")
        try:
            await self.bot.send_message(chat_id, text, link_preview_options=self._no_preview)
        except RetryAfter as exc:
            return Attempt("throttled", str(exc), _seconds(exc))
        except Forbidden as exc:
            return Attempt("blocked", exc.message)
        except InvalidToken as exc:
            return Attempt("halt", exc.message)
        except BadRequest as exc:
            return Attempt("failed", exc.message)
        except NetworkError as exc:  # includes TimedOut
            return classify_network_error(exc)
        except TelegramError as exc:  # ChatMigrated, Conflict, ...: nothing a retry would change
            return Attempt("failed", exc.message)
        return SENT

    async def post(self, external_id: str, text: str) -> int | None:
        """A plain message (an admin's status line); its message id, or None when it failed."""
        try:
            message = await self.bot.send_message(
                int(external_id), text, link_preview_options=self._no_preview
            )
        except (ValueError, TelegramError) as exc:
            log.warning("status message to %s failed: %s", external_id, exc)
            return None
        return message.message_id

    async def edit(self, external_id: str, message_id: int, text: str) -> bool:
        """Replace the text of a message we sent ("not modified" counts as done)."""
        try:
            await self.bot.edit_message_text(
                text, chat_id=int(external_id), message_id=message_id, link_preview_options=self._no_preview
            )
        except BadRequest as exc:
            if "not modified" in exc.message.lower():
                return True
            log.warning("status edit in %s failed: %s", external_id, exc)
            return False
        except (ValueError, TelegramError) as exc:
            log.warning("status edit in %s failed: %s", external_id, exc)
            return False
        return True


def classify_network_error(exc: NetworkError) -> Attempt:
    cause = exc.__cause__
    if cause is None:
        # Telegram answered with an error status (5xx): it did not take the message.
        return Attempt("retry", exc.message)
    if isinstance(cause, NOT_SENT):
        return Attempt("retry", exc.message)
    return Attempt("unknown", OUTCOME_UNKNOWN + exc.message)


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form is deprecated; either works
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
