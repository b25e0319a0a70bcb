"""Hooking the broadcast service into a running bot."""

from __future__ import annotations

from dogcoach.bot.wiring import Runtime
from dogcoach.services.broadcast.service import BroadcastService


def attach(rt: Runtime) -> BroadcastService:
    """Build the service from the runtime's settings and give flows access to it (and to the
    settings, which say who the admins are) through the engine's services."""
    service = BroadcastService.from_settings(rt.store, rt.messages, rt.settings, outbox=rt.outbox)
    rt.engine.services.broadcasts = service
    rt.engine.services.admin_telegram_ids = rt.settings.admin_telegram_ids
    return service


def detach(rt: Runtime) -> None:
    rt.engine.services.broadcasts = None
