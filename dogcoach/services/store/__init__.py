"""Storage: `open_store(url)` picks the backend from the URL scheme."""

from __future__ import annotations

from dogcoach.services.store.base import Store, StoreSession
from dogcoach.services.store.models import ConversationState, Dog, Report, User

__all__ = ["ConversationState", "Dog", "Report", "Store", "StoreSession", "User", "make_store"]


def make_store(url: str, *, pool_size: int = 5, prepared: str = "auto") -> Store:
    """A store for `DATABASE_URL` (not yet opened)."""
    if url.startswith("sqlite:"):
        from dogcoach.services.store.sqlite import SqliteStore

        return SqliteStore(url)
    if url.startswith(("postgresql://", "postgres://")):
        from dogcoach.services.store.postgres import PostgresStore

        return PostgresStore(url, pool_size=pool_size, prepared=prepared)
    raise ValueError("DATABASE_URL must start with sqlite:/// or postgresql://")
