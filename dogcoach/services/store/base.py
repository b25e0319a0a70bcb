"""Names other modules import from `dogcoach.services.store.base`, now defined by aggregate.

Kept so existing imports work; new code imports from `dogcoach.services.store` or the module that
defines a name (core, facade, session, broadcast_rows).
"""

from __future__ import annotations

from dogcoach.services.store.broadcast_rows import Broadcast, BroadcastSpec, DeliveryTarget
from dogcoach.services.store.core import Dialect, Row, json_dumps, utcnow
from dogcoach.services.store.errors import StoreUnavailable
from dogcoach.services.store.facade import Store
from dogcoach.services.store.session import StoreSession

__all__ = [
    "Broadcast",
    "BroadcastSpec",
    "DeliveryTarget",
    "Dialect",
    "Row",
    "Store",
    "StoreSession",
    "StoreUnavailable",
    "json_dumps",
    "utcnow",
]
