"""Metrics (Prometheus) and structured logs: what an operator needs to see at a glance.

Metrics live in one registry so `/metrics` exposes exactly DogCoach's series. User ids never reach
logs or metrics in the clear: `user_hash` gives a short keyed digest that is stable for one
deployment, enough to follow one user's turns through the logs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from functools import cache
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from pydantic_core import to_json

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES = Counter(
    "dogcoach_updates_total", "Platform updates received", ["channel", "outcome"], registry=REGISTRY
)
TURNS = Counter(
    "dogcoach_turns_total", "Conversation turns handled", ["channel", "outcome"], registry=REGISTRY
)
TURN_SECONDS = Histogram(
    "dogcoach_turn_seconds",
    "Time to handle one turn in the engine",
    ["channel"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
    registry=REGISTRY,
)
ANALYSIS_SECONDS = Histogram(
    "dogcoach_analysis_seconds",
    "Wall time of one report analysis by the model",
    ["outcome"],
    buckets=(0.5, 1, 2, 3, 5, 8, 13, 20, 30, 60, 120),
    registry=REGISTRY,
)
ANALYSIS_TOKENS = Counter(
    "dogcoach_analysis_tokens_total", "Tokens processed by the model", ["kind"], registry=REGISTRY
)
PENDING_ANALYSES = Gauge("dogcoach_pending_analyses", "Reports waiting for their analysis", registry=REGISTRY)
# Per Ollama host of OLLAMA_HOST (services/analysis/hosts.py): model calls by outcome ("answered",
# or the kind of failure that set the host aside) and the calls in flight now; a host whose busy
# gauge sits at its slots through the busy hour is the sign to add one (docs/deploy.md).
OLLAMA_HOST_CALLS = Counter(
    "dogcoach_ollama_host_calls_total",
    "Model calls per Ollama host by outcome",
    ["host", "outcome"],
    registry=REGISTRY,
)
OLLAMA_HOST_BUSY = Gauge(
    "dogcoach_ollama_host_busy", "Model calls in flight per Ollama host", ["host"], registry=REGISTRY
)
BROADCAST_DELIVERIES = Counter(
    "dogcoach_broadcast_deliveries_total", "Broadcast deliveries by result", ["status"], registry=REGISTRY
)

_SALT = os.environ.get("DOGCOACH_LOG_SALT", "dogcoach").encode()

M = TypeVar("M", Counter, Histogram)


@cache
def child(metric: M, *values: str) -> M:
    """`metric.labels(*values)`, looked up once: `labels` checks the names and takes a lock on
    every call (1-2 % of a webhook update's CPU for three series). Label values are few
    (channels, outcomes), so the cache stays small."""
    return metric.labels(*values)


def user_hash(channel: str, external_id: str) -> str:
    return hashlib.blake2s(f"{channel}:{external_id}".encode(), key=_SALT[:32], digest_size=6).hexdigest()


class JsonFormatter(logging.Formatter):
    """One JSON object per line; fields passed as `extra={"fields": {...}}` are merged in."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            out.update(fields)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        # pydantic-core's encoder (already here under pydantic): the same compact UTF-8 line as
        # json.dumps(ensure_ascii=False, default=str), at a third of its cost on a turn's line.
        return to_json(out, fallback=str).decode()


def configure_logging(level: str = "INFO", *, json_lines: bool = True) -> None:
    handler = logging.StreamHandler()
    if json_lines:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
