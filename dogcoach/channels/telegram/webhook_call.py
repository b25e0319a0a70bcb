"""The webhook POST being answered, as seen from inside the turn it started.

Telegram runs one Bot API method given as the webhook's HTTP answer ("method" in the body), with
no result reported back. The adapter uses that slot for the call whose result it does not need
and that would otherwise cost an outbound request: answering a button tap
(`answerCallbackQuery`), or removing the previous question's keyboard after a typed answer. The
route publishes the call in a context variable before handing the update to PTB, so it reaches
the adapter through `process_update` without PTB knowing; polling mode has none, and the adapter
then makes the request itself. The raw update travels along too: it is what the transcript keeps,
and re-serialising PTB's parsed objects would cost more than the rest of the turn.

The adapter also says, through `settle`, what became of the update's transaction, which decides
the HTTP answer: committed (200), a re-delivery of a committed one (200, "duplicate"), or not kept
because the database did not answer (503, so that Telegram delivers it again).
"""

from __future__ import annotations

import asyncio
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

COMMITTED = "committed"
DUPLICATE = "duplicate"
UNAVAILABLE = "unavailable"


@dataclass
class WebhookCall:
    raw: dict[str, Any]
    method: dict[str, Any] | None = None
    answered: bool = False
    settled: asyncio.Future[str] | None = None

    def settle(self, outcome: str) -> None:
        """What became of the update (`COMMITTED`, `DUPLICATE`, `UNAVAILABLE`); the first word counts."""
        if self.settled is not None and not self.settled.done():
            self.settled.set_result(outcome)

    def offer(self, method: str, **params: Any) -> bool:
        """Put `method` in the HTTP answer; False when the answer is gone or the slot is taken."""
        if self.answered or self.method is not None:
            return False
        self.method = {"method": method, **params}
        return True


CURRENT: ContextVar[WebhookCall | None] = ContextVar("telegram_webhook_call", default=None)
