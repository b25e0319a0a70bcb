"""Storage: `make_store(url)` picks the backend from the URL scheme.

    async with store.session(wait=3.0) as s:   # one transaction; StoreUnavailable after 3 s without the database
        user = await s.get_user(Channel.TELEGRAM, "42")

`Store.check()` says why the store cannot serve (for /readyz); `prune_processed_updates()` and
`compact_deliveries()` bound its growth when run periodically.
"""

from __future__ import annotations

from dogcoach.services.store.errors import StoreInUse, StoreUnavailable
from dogcoach.services.store.facade import Store
from dogcoach.services.store.models import ConversationState, Dog, Report, User, Visit
from dogcoach.services.store.session import StoreSession

__all__ = [
    "ConversationState",
    "Dog",
    "Report",
    "Store",
    "StoreInUse",
    "StoreSession",
    "StoreUnavailable",
    "User",
    "Visit",
    "make_store",
]


def make_store(url: str, *, pool_size: int = 5, prepared: str = "auto", wait: float | None = None) -> Store:
    """A store for `DATABASE_URL` (not yet opened). `wait`: the default seconds a session waits
    for the database (`facade.DEFAULT_WAIT` when None)."""
    if url.startswith("sqlite:"):
        from dogcoach.services.store.sqlite import SqliteStore

        return SqliteStore(url, wait=wait)
    if url.startswith(("postgresql://", "postgres://")):
        from dogcoach.services.store.postgres import PostgresStore

        return PostgresStore(url, pool_size=pool_size, prepared=prepared, wait=wait)
    raise ValueError("DATABASE_URL must start with sqlite:/// or postgresql://")
