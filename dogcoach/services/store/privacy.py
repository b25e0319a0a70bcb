"""A user's data export: everything stored about them, as plain JSON-ready data.

Erasure is `delete_user` (users.py): one DELETE that cascades over every table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dogcoach.services.store.core import iso

if TYPE_CHECKING:
    from dogcoach.services.store.session import StoreSession


async def export_user(s: StoreSession, user_id: int) -> dict[str, Any]:
    """{user, dogs, conversation_state, reports, red_flags, plans, checkins, messages, broadcasts};
    {} for an unknown id.

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
            "checkins_opt_out": await s.checkins_opt_out(user_id),
            "timezone": await s.user_timezone(user_id),
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
                "kind": r.kind,
                "dog_id": r.dog_id,
                "text": r.text,
                "language": r.language,
                "status": r.status,
                "analysis": r.analysis,
                "created_at": iso(r.created_at),
            }
            for r in reversed(reports)
        ],
        "red_flags": [
            {
                "dog_id": f.dog_id,
                "report_id": f.report_id,
                "kind": f.kind,
                "urgency": f.urgency,
                "evidence": f.evidence,
                "raised_at": iso(f.raised_at),
            }
            for f in await s.user_red_flags(user_id)
        ],
        "plans": [
            {
                "id": p.id,
                "dog_id": p.dog_id,
                "category": p.category,
                "next_step": p.next_step,
                "report_id": p.report_id,
                "status": p.status,
                "adoption": p.adoption,
                "started_at": iso(p.started_at),
                "checkin_due_at": iso(p.checkin_due_at),
            }
            for p in await s.list_plans(user_id)
        ],
        "checkins": [
            {
                "plan_id": c.plan_id,
                "category": c.category,
                "due_at": iso(c.due_at),
                "status": c.status,
                "sent_at": iso(c.sent_at),
                "outcome": c.outcome,
                "note": c.note,
                "answered_at": iso(c.answered_at),
            }
            for c in await s.list_checkins(user_id)
        ],
        "messages": await s.list_messages(user_id),
        "broadcasts": await s.user_broadcast_deliveries(user_id),
    }
