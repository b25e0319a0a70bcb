"""A user's data export: everything stored about them, as plain JSON-ready data.

Erasure is `delete_user` (users.py): one DELETE that cascades over every table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dogcoach.services.store.core import iso

if TYPE_CHECKING:
    from dogcoach.services.store.session import StoreSession


async def export_user(s: StoreSession, user_id: int) -> dict[str, Any]:
    """{user, dogs, conversation_state, reports, messages, broadcasts}; {} for an unknown id.

    `broadcasts` lists the deliveries still kept: those of compacted broadcasts are gone.
    """
    user = await s.get_user_by_id(user_id)
    if user is None:
        return {}
    state = await s.get_state(user_id)
    reports = await s.list_reports(user_id, limit=1_000_000)
    return {
        "user": {
            "channel": user.channel,
            "external_id": user.external_id,
            "name": user.name,
            "locale": user.locale,
            "locale_hint": user.locale_hint,
            "active_dog_id": user.active_dog_id,
            "blocked_at": iso(user.blocked_at),
            "created_at": iso(user.created_at),
            "last_seen_at": iso(user.last_seen_at),
            "tips_opt_out": await s.tips_opt_out(user_id),
        },
        "dogs": [
            {
                "id": d.id,
                "answers": d.answers,
                "completed_at": iso(d.completed_at),
                "created_at": iso(d.created_at),
            }
            for d in await s.list_dogs(user_id)
        ],
        "conversation_state": {"flow": state.flow, "step": state.step, "data": state.data},
        "reports": [
            {
                "id": r.id,
                "dog_id": r.dog_id,
                "text": r.text,
                "language": r.language,
                "status": r.status,
                "analysis": r.analysis,
                "created_at": iso(r.created_at),
            }
            for r in reversed(reports)
        ],
        "messages": await s.list_messages(user_id),
        "broadcasts": await s.user_broadcast_deliveries(user_id),
    }
