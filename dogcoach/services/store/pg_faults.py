"""Telling a lost PostgreSQL connection from other errors, and saying why the database is out of
reach (for /readyz, the logs and `dogcoach doctor`)."""

from __future__ import annotations

import asyncio
import re
import select
from typing import Any
from urllib.parse import urlsplit

import psycopg

from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.pg_settings import describe_host

# SQLSTATEs that end the connection: class 08 (connection exception), and the server's shutdown
# and start-up refusals (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
_LOST_STATES = frozenset({"57P01", "57P02", "57P03"})

# Supabase's direct host (`db.<project ref>.supabase.co`) has only an IPv6 address.
_SUPABASE_DIRECT = re.compile(r"^db\.[a-z0-9]+\.supabase\.co$")
# Server messages at connection time (libpq gives no SQLSTATE for them).
_AUTH = re.compile(
    r"password\s+authentication\s+failed|no\s+pg_hba\.conf\s+entry|role\s+\S+\s+does\s+not\s+exist"
    r"|authentication\s+failed"
)
_NO_DATABASE = re.compile(r"database\s+\S+\s+does\s+not\s+exist")
_NOT_ACCEPTING = re.compile(r"the\s+database\s+system\s+is")


def connection_lost(conn: psycopg.AsyncConnection[Any], exc: BaseException) -> bool:
    """Whether `exc` means the connection is gone (so the server rolled back any open transaction),
    as opposed to an error in the statement itself."""
    if not isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    if conn.closed or conn.broken:
        return True
    state = getattr(exc, "sqlstate", None) or ""
    return state.startswith("08") or state in _LOST_STATES


def idle_socket_has_data(conn: psycopg.AsyncConnection[Any]) -> bool:
    """True when an idle connection's socket can be read: the server closed it or sent its
    termination notice (a restart, a pooler recycling it). Costs a poll, not a round trip."""
    if conn.closed:
        return True
    try:
        readable, _, _ = select.select([conn.pgconn.socket], [], [], 0)
    except (OSError, ValueError, psycopg.OperationalError):
        return True
    return bool(readable)


def describe_connect_error(url: str, exc: BaseException) -> StoreUnavailable:
    """Why a connection attempt failed, in one line naming the fix where one is known."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    where = f"{host}:{parts.port or 5432}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    detail = text.split(" failed: ", 1)[-1] if " failed: " in text else text
    if _AUTH.search(detail):
        return StoreUnavailable(
            f"authentication failed at {where} for user {parts.username or '?'}: {detail}"
        )
    if _NO_DATABASE.search(detail):
        return StoreUnavailable(f"database missing at {where}: {detail}")
    if _SUPABASE_DIRECT.match(host.lower()):
        return StoreUnavailable(
            f"cannot reach {where}: Supabase's direct host is IPv6-only; on a network without IPv6 "
            f"use the session pooler URL (Supabase: Connect > Session pooler, "
            f"<region>.pooler.supabase.com:5432) ({detail})"
        )
    if _NOT_ACCEPTING.search(detail):  # starting up, shutting down, in recovery mode
        return StoreUnavailable(f"database at {where} is not accepting connections yet: {detail}")
    return StoreUnavailable(f"database unreachable at {where}: {detail}")


async def diagnose(url: str, kwargs: dict[str, Any], within: float) -> StoreUnavailable:
    """Why sessions cannot get a connection: try one of our own and describe what happens."""
    try:
        conn = await asyncio.wait_for(psycopg.AsyncConnection.connect(url, **kwargs), within)
    except TimeoutError:
        return StoreUnavailable(
            f"database unreachable at {describe_host(url)}: no answer within {within:g} s"
        )
    except psycopg.Error as exc:
        return describe_connect_error(url, exc)
    await conn.close()
    return StoreUnavailable(
        "the database answers, but no pooled connection was free in time (pool too small, or slow queries)"
    )
