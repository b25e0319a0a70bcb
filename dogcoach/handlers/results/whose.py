"""Whose result it is: the dog's name on a result when the owner has more than one dog (owner
trial 23: two dogs' analyses arrived stacked in one Kakao reply, neither naming its dog)."""

from __future__ import annotations

from dogcoach.services.store import Report, StoreSession


async def dog_shown(session: StoreSession, report: Report) -> str:
    """The name of the dog `report` is filed under, when its owner has more than one dog; "" when
    it has one or none, or the report is filed under no dog (one dog needs no name)."""
    if report.dog_id is None:
        return ""
    dogs = await session.list_dogs(report.user_id)
    if len(dogs) < 2:
        return ""
    return next((d.name or "" for d in dogs if d.id == report.dog_id), "")
