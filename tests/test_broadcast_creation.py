"""Creating a broadcast: its deliveries written in batches (each its own transaction), a fill cut
short by a restart resumed without writing anyone twice, a cancel that stops a fill, and the admin
API's `Idempotency-Key` (the same create sent twice sends once). Real store on both backends; the
API over real HTTP with Telegram played by the fake Bot API.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.broadcast import make_spec
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.webhook.admin import REPLAYED_HEADER
from tests.fakes.telegram_api import FakeTelegramServer
from tests.surfaces import BROADCASTS_PATH, Surfaces, surfaces
from tests.test_broadcast import add_users, eventually, per_chat, service_for
from tests.test_broadcast import bstore as bstore

KEY = "create-9f2c41d0"


async def deliveries(store: Store, broadcast_id: int) -> list[int]:
    async with store.session() as s:
        return [d["user_id"] for d in await s.list_broadcast_deliveries(broadcast_id)]


async def test_a_broadcast_is_written_in_batches_and_sent_once_to_each(
    bstore: Store,
    messages: Messages,
    fake_telegram: FakeTelegramServer,
) -> None:
    ids = await add_users(bstore, 7)
    # Users who may not get it sit between the batches: opted out, blocked, a console user.
    async with bstore.session() as s:
        await s.set_tips_opt_out(ids[2], True)
        await s.mark_blocked(ids[4])
        await s.create_user("console", "terminal")
        broadcast = await s.create_broadcast(make_spec(messages, text_en="Hi"), created_by="test")
        assert broadcast is not None and broadcast.filled_at is None
        first = await s.fill_broadcast(broadcast, "ko", after_user_id=0, limit=3)
        assert first == ids[2]  # users 1-3 looked at, the opted-out third one left out
    assert await deliveries(bstore, broadcast.id) == ids[:2]
    service = service_for(bstore, messages, fake_telegram)
    filled = await service.fill(broadcast)  # resumes after the last one written
    assert filled.filled_at is not None
    assert filled.total == 5
    assert await deliveries(bstore, broadcast.id) == [ids[0], ids[1], ids[3], ids[5], ids[6]]
    report = await service.run(broadcast.id)
    assert report is not None and report.broadcast.sent == 5
    assert set(per_chat(fake_telegram).values()) == {1} and len(per_chat(fake_telegram)) == 5
    await service.close()


async def test_a_fill_cut_short_is_finished_by_the_run_without_writing_anyone_twice(
    bstore: Store,
    messages: Messages,
    fake_telegram: FakeTelegramServer,
) -> None:
    await add_users(bstore, 9)
    async with bstore.session() as s:
        broadcast = await s.create_broadcast(make_spec(messages, tip="timing"), created_by="test")
        assert broadcast is not None
        # A process wrote two batches, the second twice (it died before noting its progress).
        await s.fill_broadcast(broadcast, "ko", after_user_id=0, limit=4)
    async with bstore.session() as s:
        position = await s.fill_broadcast(broadcast, "ko", after_user_id=2, limit=4)
        assert position is not None
        half = await s.get_broadcast(broadcast.id)
        assert half is not None and half.total == 6 and half.filled_at is None
    service = service_for(bstore, messages, fake_telegram)
    report = await service.run(broadcast.id)  # as a restart's supervisor would
    assert report is not None
    assert (report.broadcast.total, report.broadcast.sent) == (9, 9)
    assert sorted(per_chat(fake_telegram).values()) == [1] * 9
    await service.close()


async def test_a_cancel_stops_a_fill(bstore: Store, messages: Messages) -> None:
    await add_users(bstore, 6)
    async with bstore.session() as s:
        broadcast = await s.create_broadcast(make_spec(messages, tip="timing"), created_by="test")
        assert broadcast is not None
        await s.fill_broadcast(broadcast, "ko", after_user_id=0, limit=2)
        await s.cancel_broadcast(broadcast.id, "cancelled")
        assert await s.fill_broadcast(broadcast, "ko", after_user_id=2, limit=2) is None
        cancelled = await s.get_broadcast(broadcast.id)
    assert cancelled is not None and cancelled.status == "cancelled" and cancelled.total == 2
    assert len(await deliveries(bstore, broadcast.id)) == 2


# -- the admin API's Idempotency-Key --------------------------------------------------------------


@pytest.fixture
async def api(fake_telegram: FakeTelegramServer, tmp_path: Path) -> AsyncIterator[Surfaces]:
    async with surfaces(
        fake_telegram, f"sqlite:///{tmp_path / 'api.db'}", BROADCAST_RATE_PER_SECOND="1000"
    ) as s:
        await add_users(s.app.state.runtime.store, 6)
        yield s


async def _broadcasts(api: Surfaces) -> list[Any]:
    async with api.app.state.runtime.store.session() as s:
        return await s.list_broadcasts()


async def test_the_same_create_sent_twice_sends_once(api: Surfaces) -> None:
    body = {"text_ko": "안녕하세요", "text_en": "Hello"}
    first = await api.admin("POST", BROADCASTS_PATH, body, headers={"Idempotency-Key": KEY})
    again = await api.admin("POST", BROADCASTS_PATH, body, headers={"Idempotency-Key": KEY})
    assert first.status_code == 202 and REPLAYED_HEADER.lower() not in first.headers
    assert again.status_code == 200 and again.headers[REPLAYED_HEADER] == "true"
    assert again.json()["id"] == first.json()["id"] and first.json()["total"] == 6
    await eventually(lambda: len(per_chat(api.fake)) == 6)
    await asyncio.sleep(0.2)  # time enough for a second broadcast to start, if there were one
    assert set(per_chat(api.fake).values()) == {1}
    assert len(await _broadcasts(api)) == 1
    # Without a key, a create is a new broadcast, as before.
    other = await api.admin("POST", BROADCASTS_PATH, body)
    assert other.status_code == 202 and other.json()["id"] != first.json()["id"]


async def test_concurrent_creates_with_one_key_make_one_broadcast(api: Surfaces) -> None:
    body = {"tip": "timing"}
    answers = await asyncio.gather(
        *(api.admin("POST", BROADCASTS_PATH, body, headers={"Idempotency-Key": KEY}) for _ in range(4))
    )
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 202]
    assert len({a.json()["id"] for a in answers}) == 1
    assert len(await _broadcasts(api)) == 1


async def test_a_key_reused_for_another_broadcast_or_malformed_is_refused(api: Surfaces) -> None:
    made = await api.admin("POST", BROADCASTS_PATH, {"tip": "timing"}, headers={"Idempotency-Key": KEY})
    assert made.status_code == 202
    reused = await api.admin("POST", BROADCASTS_PATH, {"tip": "cue-once"}, headers={"Idempotency-Key": KEY})
    assert (reused.status_code, reused.json()["error"]) == (422, "idempotency_key_reused")
    bad_keys: list[str | bytes] = ["", "x" * 256, "tab\there", "한글".encode()]
    for bad in bad_keys:
        response = await api.admin(
            "POST", BROADCASTS_PATH, {"tip": "timing"}, headers={"Idempotency-Key": bad}
        )
        assert response.status_code == 400, bad
    assert len(await _broadcasts(api)) == 1
