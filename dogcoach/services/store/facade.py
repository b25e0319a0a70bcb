"""`Store`: what the rest of DogCoach holds: sessions, migrations, readiness and upkeep."""

from __future__ import annotations

import abc
import contextlib
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from datetime import timedelta

from dogcoach.services.store import maintenance, privacy
from dogcoach.services.store.core import Dialect
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.migrations import migration_files
from dogcoach.services.store.session import StoreSession

# How long a session waits for the database by default, in seconds: past a short outage, well under
# the 30 s after which a webhook caller gives up. Pass `wait` per path for tighter budgets
# (a Kakao skill must answer within 5 s).
DEFAULT_WAIT = 10.0
# How long `check()` waits: a readiness probe answers fast.
CHECK_WAIT = 2.0


class Store(abc.ABC):
    """A backend: hands out sessions and applies migrations."""

    dialect: Dialect
    default_wait: float = DEFAULT_WAIT
    # Whether several server processes may share it (PostgreSQL); SQLite serves one.
    shared: bool = True

    def serving(self) -> AbstractContextManager[None]:
        """Held for as long as a server process runs on this store. Nothing for a shared store;
        SQLite refuses a second server process (`sqlite_lock.one_server`, `StoreInUse`)."""
        return contextlib.nullcontext()

    @abc.abstractmethod
    def session(
        self, *, wait: float | None = None, autocommit: bool = False
    ) -> AbstractAsyncContextManager[StoreSession]:
        """One transaction: committed when the block ends, rolled back on an exception.

        Waits at most `wait` seconds (default `default_wait`) for the database and raises
        `StoreUnavailable` past it, or when the connection breaks inside the block.

        `autocommit`: no transaction around the block; each statement commits on its own. For one
        read or one idempotent write on a hot path: on PostgreSQL it saves the BEGIN and COMMIT
        round trips (two of three for a one-statement session). A first statement whose
        connection was lost is run again, so use it only where running it twice is harmless.
        """

    @abc.abstractmethod
    async def open(self) -> None:
        """Get ready to hand out sessions; never waits for the database to be up."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def applied_migrations(self, *, wait: float | None = None) -> list[int]: ...

    @abc.abstractmethod
    async def migrate(self, *, wait: float | None = None) -> list[int]:
        """Apply pending migrations; the versions applied now. Raises `StoreUnavailable`."""

    async def check(self, *, wait: float = CHECK_WAIT) -> str | None:
        """None when the store can serve turns; otherwise why not, in a line for /readyz and logs
        (unreachable, authentication failed, Supabase's IPv6-only direct host, migrations missing)."""
        try:
            applied = await self.applied_migrations(wait=wait)
        except StoreUnavailable as exc:
            return (await self.diagnose(exc)).reason
        missing = sorted({v for v, _ in migration_files(self.dialect.name)} - set(applied))
        if missing:
            return f"migrations missing: {', '.join(map(str, missing))} (run `dogcoach migrate`)"
        return None

    async def diagnose(self, exc: StoreUnavailable) -> StoreUnavailable:
        """`exc`, or a more telling one: a backend may look closer than the failed session did."""
        return exc

    async def export_json(self, user_id: int) -> bytes:
        """Everything stored about one user as compact JSON, read a page per transaction
        (`privacy.export_json`); `{}` for an unknown id."""
        return await privacy.export_json(self, user_id)

    async def prune_processed_updates(
        self, older_than: timedelta = maintenance.UPDATE_ID_RETENTION, *, batch: int = maintenance.BATCH
    ) -> int:
        """Forget update ids older than `older_than`, in batches; how many. Run periodically."""
        return await maintenance.prune_processed_updates(self, older_than, batch=batch)

    async def compact_deliveries(
        self, older_than: timedelta = maintenance.DELIVERY_RETENTION, *, batch: int = maintenance.BATCH
    ) -> int:
        """Fold delivery rows of broadcasts finished more than `older_than` ago into counts; how many
        broadcasts. Run periodically."""
        return await maintenance.compact_deliveries(self, older_than, batch=batch)

    async def prune_channel_state(self, *, batch: int = maintenance.BATCH) -> int:
        """Delete expired channel state (`channel_state`), in batches; how many. Run periodically."""
        return await maintenance.prune_channel_state(self, batch=batch)

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
