"""Reading what the store kept about one owner, for tests that drive a channel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dogcoach.handlers.coaching.checkins import clock_text
from dogcoach.services.store import Report, Store
from tests.test_kakao_skill import Server, open_store
from tests.test_survey_answers_misread import t


async def owner_reports(store: Store, channel: str, external_id: str) -> list[Report]:
    """Every report and question of one owner, oldest first ([] for an owner the store does not know)."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        reports = await s.list_reports(user.id) if user is not None else []
    return sorted(reports, key=lambda r: r.id)


async def kakao_dog_answers(server: Server, key: str) -> dict[str, Any]:
    """The survey answers of a Kakao owner's active dog (the owner and the dog must exist)."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None and user.active_dog_id is not None
        dog = await s.get_dog(user.active_dog_id)
        assert dog is not None
        return dog.answers


def clock_said(lang: str, at: dt.time) -> str:
    """A time of day as the bot says it in `lang` (`checkins.clock_text`: "오후 8시", "8:00 pm")."""
    return clock_text(lambda msg_id, **args: t(lang, msg_id, **args), at)  # type: ignore[arg-type]
