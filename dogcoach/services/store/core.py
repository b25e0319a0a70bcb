"""What every aggregate's queries stand on: the backend `Dialect` and `SessionCore`.

Queries are written once with `?` placeholders; the dialect adapts placeholders, JSON, booleans and
timestamps per backend. Every value crosses `SessionCore`, which is where NUL characters are
removed: PostgreSQL rejects U+0000 in `text` (22021) and in `jsonb` (22P05), so both backends drop
it and the store tests agree.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json

Row = Mapping[str, Any]

NUL = "\x00"


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def json_dumps(value: Any) -> str:
    """Compact JSON text without NUL characters (keys and string values alike).

    pydantic-core's encoder (here under pydantic): the text `json.dumps(ensure_ascii=False,
    separators=(",", ":"), default=str)` gives, at a fifth of its cost (3.5 → 0.8 µs for a
    survey state); a turn writes three or four of these."""
    text = to_json(value, fallback=str).decode()
    if "\\u0000" in text:  # U+0000 is always escaped, so this finds every one
        text = to_json(strip_nul(value), fallback=str).decode()
    return text


def strip_nul(value: Any) -> Any:
    """`value` with NUL removed from every string in it (dict keys included)."""
    if isinstance(value, str):
        return value.replace(NUL, "")
    if isinstance(value, Mapping):
        return {strip_nul(k): strip_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strip_nul(v) for v in value]
    return value


class Dialect(abc.ABC):
    """What differs between backends, beyond the connection itself."""

    name: str

    @abc.abstractmethod
    def sql(self, query: str) -> str: ...

    @abc.abstractmethod
    def json_in(self, value: Any) -> Any:
        """A JSON-able value as the driver takes it; NUL characters removed (see `json_dumps`)."""

    @abc.abstractmethod
    def json_out(self, value: Any) -> Any: ...

    @abc.abstractmethod
    def ts_in(self, value: datetime | None) -> Any: ...

    @abc.abstractmethod
    def ts_out(self, value: Any) -> datetime | None: ...

    def bool_out(self, value: Any) -> bool:
        return bool(value)


class SessionCore(abc.ABC):
    """One transaction's statements. Backends supply `_run`; aggregates add the queries."""

    def __init__(self, dialect: Dialect) -> None:
        self.d = dialect

    @abc.abstractmethod
    async def _run(self, query: str, params: Sequence[Any], fetch: str, *, bulk: bool = False) -> Any:
        """Execute one statement; `fetch` is "none", "one", "all" or "count" (rows changed).

        `bulk` marks a statement that may touch many rows (pruning, compaction, a broadcast's
        deliveries): a backend that runs statements on the event loop runs it on a thread instead.
        """

    async def execute(self, query: str, *params: Any, bulk: bool = False) -> None:
        await self._run(self.d.sql(query), _clean(params), "none", bulk=bulk)

    async def change(self, query: str, *params: Any, bulk: bool = False) -> int:
        """Execute an INSERT, UPDATE or DELETE; the number of rows it changed."""
        n: int = await self._run(self.d.sql(query), _clean(params), "count", bulk=bulk)
        return n

    async def one(self, query: str, *params: Any) -> Row | None:
        row: Row | None = await self._run(self.d.sql(query), _clean(params), "one")
        return row

    async def all(self, query: str, *params: Any, bulk: bool = False) -> list[Row]:
        rows: list[Row] = await self._run(self.d.sql(query), _clean(params), "all", bulk=bulk)
        return rows


def _clean(params: tuple[Any, ...]) -> tuple[Any, ...]:
    """Parameters with NUL removed from text; JSON values are cleaned by `Dialect.json_in`."""
    for p in params:
        if isinstance(p, str) and NUL in p:
            return tuple(p.replace(NUL, "") if isinstance(p, str) else p for p in params)
    return params
