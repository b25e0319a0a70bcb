"""`StoreSession`: one transaction, with the queries of every aggregate.

A turn runs in one session, so a turn's state change and its transcript land together or not at
all. Each aggregate's queries live in their own module; this class only puts them together, so
callers keep one object (`async with store.session() as s: await s.get_user(...)`).
"""

from __future__ import annotations

from typing import Any

from dogcoach.services.store import privacy
from dogcoach.services.store.broadcasts import BroadcastQueries
from dogcoach.services.store.channel_state import ChannelStateQueries
from dogcoach.services.store.coaching import CoachingQueries
from dogcoach.services.store.compaction import CompactionQueries
from dogcoach.services.store.conversation import ConversationQueries
from dogcoach.services.store.deliveries import DeliveryQueries
from dogcoach.services.store.dogs import DogQueries
from dogcoach.services.store.leases import LeaseQueries
from dogcoach.services.store.reports import ReportQueries
from dogcoach.services.store.safety import NoteQueries, RedFlagQueries
from dogcoach.services.store.updates import UpdateQueries
from dogcoach.services.store.users import UserQueries


class StoreSession(
    CoachingQueries,  # first: it builds on UserQueries
    UserQueries,
    DogQueries,
    ConversationQueries,
    ReportQueries,
    RedFlagQueries,
    NoteQueries,
    UpdateQueries,
    BroadcastQueries,
    DeliveryQueries,
    CompactionQueries,
    ChannelStateQueries,
    LeaseQueries,
):
    """All queries of the product, written once. Backends supply `_run` and a dialect."""

    async def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about one user, as plain JSON-ready data (see `privacy.export_user`)."""
        return await privacy.export_user(self, user_id)
