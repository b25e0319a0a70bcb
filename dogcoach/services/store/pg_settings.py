"""How DogCoach connects to PostgreSQL: the libpq URL, connection defaults, and whether server-side
prepared statements are safe.

A transaction-mode pooler (PgBouncer before 1.21, Supabase's Supavisor on 6543) hands each
transaction to any server connection, where psycopg's prepared statements (`_pg3_0`, ...) either
do not exist or exist already, so they are off there. `auto` recognises a transaction pooler by
`?pgbouncer=true` (our own flag, removed before libpq sees the URL), PgBouncer's port 6432,
Supabase's transaction port 6543, and a Supabase pooler host (`*.pooler.supabase.com`) on any port
but its session-mode 5432: session mode gives each client its own server connection, where
prepared statements work (Supabase's documentation says so). Leaving them off costs 15-30 % of
turns/s against a local server (benchmarks/turns.py prints both), which is why `auto` keeps them
wherever they are safe; a pooler it cannot recognise (another port, another host) needs
`DATABASE_PREPARED_STATEMENTS=off`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

POOLER_PORTS = frozenset({6432, 6543})
SUPABASE_POOLER = ".pooler.supabase.com"
SUPABASE_SESSION_PORT = 5432

# libpq defaults unless the URL sets them: give up a connection attempt after 5 s (libpq waits
# forever by default), and notice a silently dropped peer within about a minute instead of the
# kernel's two hours (keepalives) or its 15-minute retransmission limit (tcp_user_timeout, ms).
CONNECT_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}


def is_transaction_pooler(url: str) -> bool:
    """Whether `url` points at a transaction pooler we know (see the module docstring)."""
    parts = urlsplit(url)
    flagged = any(
        k == "pgbouncer" and v.lower() in ("1", "true", "yes")
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )
    supabase = (parts.hostname or "").lower().endswith(SUPABASE_POOLER)
    port = parts.port or 5432
    return flagged or port in POOLER_PORTS or (supabase and port != SUPABASE_SESSION_PORT)


def connection_settings(url: str, prepared: str = "auto") -> tuple[str, bool]:
    """The libpq URL (our own query flags removed) and whether prepared statements may be used.

    `prepared`: "on", "off", or "auto" = off behind a transaction pooler (`is_transaction_pooler`).
    """
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "pgbouncer"]
    clean = urlunsplit(parts._replace(query=urlencode(query)))
    if prepared == "on":
        return clean, True
    if prepared == "off":
        return clean, False
    return clean, not is_transaction_pooler(url)


def connect_kwargs(url: str, prepared: bool) -> dict[str, Any]:
    """Keyword arguments for `AsyncConnection.connect`: ours, and libpq defaults the URL leaves out."""
    given = {k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    kwargs = {k: v for k, v in CONNECT_DEFAULTS.items() if k not in given}
    kwargs["autocommit"] = True
    if not prepared:
        kwargs["prepare_threshold"] = None
    return kwargs


def describe_host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
