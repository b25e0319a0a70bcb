"""What one delivery attempt came to, in terms the sender loop acts on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

# sent      the platform took the message
# blocked   the user blocked the bot (Telegram 403): settle, mark the user, skip them from now on
# failed    a permanent refusal (bad request, bad token): settle with the error, do not retry
# throttled the platform said "too many requests": pause everyone for `retry_after`, then retry
# retry     the message certainly did not go (no connection, a 5xx answer): retry with backoff
# unknown   the request may have reached the platform but no answer came (read timeout, dropped
#           connection): retrying could deliver twice, so it settles as failed (at-most-once)
# halt      the credentials are refused (bad token or key): nothing will go through, so the run
#           stops and the deliveries stay pending for when the configuration is fixed, instead of
#           marking every user failed
Kind = Literal["sent", "blocked", "failed", "throttled", "retry", "unknown", "halt"]


@dataclass(frozen=True, slots=True)
class Attempt:
    kind: Kind
    error: str | None = None
    retry_after: float = 0.0


SENT = Attempt("sent")

# Reasons kept in `deliveries.error` for deliveries that were not attempted or not resolved.
# Codes, not prose: the report and docs/broadcasts.md explain them.
SKIP_TELEGRAM_OFF = "telegram_not_configured"
SKIP_KAKAO_OFF = "kakao_not_configured"
SKIP_CANCELLED = "cancelled"
# The process stopped while the message was with the API: outcome unknown, so never resent.
INTERRUPTED = "interrupted_outcome_unknown"
# Prefix of the platform's error when a request got no answer (read timeout, dropped connection).
OUTCOME_UNKNOWN = "outcome_unknown: "
# httpx errors raised before the request was fully written: the platform cannot have acted on it,
# so a retry cannot deliver twice.
NOT_SENT: tuple[type[httpx.HTTPError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
)
