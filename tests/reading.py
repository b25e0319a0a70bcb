"""Reading what the store kept about one owner, for tests that drive a channel."""

from __future__ import annotations

from dogcoach.services.store import Report, Store


async def owner_reports(store: Store, channel: str, external_id: str) -> list[Report]:
    """Every report and question of one owner, oldest first ([] for an owner the store does not know)."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        reports = await s.list_reports(user.id) if user is not None else []
    return sorted(reports, key=lambda r: r.id)
