"""A channel's expiring per-user state (`channel_state`), on SQLite and a real PostgreSQL: entries
expire, are taken once, die with the user's erasure and are pruned by the upkeep."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow

HOUR = timedelta(hours=1)


async def age(store: Store, key: str, by: timedelta) -> None:
    """Move an entry's expiry into the past by `by` (as if that much time had gone by)."""
    async with store.session() as s:
        row = await s.one("SELECT expires_at FROM channel_state WHERE key = ?", key)
        assert row is not None
        expires = s.d.ts_out(row["expires_at"])
        assert expires is not None
        await s.execute("UPDATE channel_state SET expires_at = ? WHERE key = ?", s.d.ts_in(expires - by), key)


async def test_an_entry_round_trips_and_is_replaced(store: Store) -> None:
    async with store.session() as s:
        await s.put_channel_state(
            "kakao", "view", "u1", owner="u1", value={"page": 1, "labels": ["가", "b"]}, ttl=HOUR
        )
        await s.put_channel_state(
            "kakao", "file", "tok", owner="u1", value={"name": "x.json"}, ttl=HOUR, data=b"\x00\x01"
        )
    async with store.session() as s:
        view = await s.get_channel_state("kakao", "view", "u1")
        file = await s.get_channel_state("kakao", "file", "tok")
        assert await s.get_channel_state("kakao", "view", "u2") is None
        assert await s.get_channel_state("telegram", "view", "u1") is None
    assert view is not None and view.value == {"page": 1, "labels": ["가", "b"]} and view.owner == "u1"
    assert view.expires_at - view.created_at == HOUR
    assert file is not None and file.data == b"\x00\x01"
    async with store.session() as s:
        await s.put_channel_state("kakao", "view", "u1", owner="u1", value={"page": 2}, ttl=HOUR)
        again = await s.get_channel_state("kakao", "view", "u1")
    assert again is not None and again.value == {"page": 2}


async def test_expired_entries_are_invisible_and_pruned_in_batches(store: Store) -> None:
    async with store.session() as s:
        for i in range(5):
            await s.put_channel_state("kakao", "held", f"old{i}", owner="u", value=[i], ttl=HOUR)
        await s.put_channel_state("kakao", "held", "fresh", owner="u", value=["f"], ttl=HOUR)
    for i in range(5):
        await age(store, f"old{i}", 2 * HOUR)
    async with store.session() as s:
        assert [e.key for e in await s.owner_channel_state("kakao", "u", ["held"])] == ["fresh"]
        assert await s.get_channel_state("kakao", "held", "old0") is None
        assert await s.take_channel_state("kakao", "held", "old1") is None  # an expired claim is no claim
    assert await store.prune_channel_state(batch=2) == 5
    async with store.session() as s:
        row = await s.one("SELECT COUNT(*) AS n FROM channel_state")
    assert row is not None and int(row["n"]) == 1


async def test_owner_state_reads_kinds_oldest_first_and_take_owner_state_empties_them(store: Store) -> None:
    async with store.session() as s:
        await s.put_channel_state("kakao", "held", "u:2", owner="u", value=["second"], ttl=HOUR)
    async with store.session() as s:
        await s.put_channel_state("kakao", "held", "u:1", owner="u", value=["third"], ttl=HOUR)
        await s.put_channel_state("kakao", "view", "u", owner="u", value={}, ttl=HOUR)
        await s.put_channel_state("kakao", "held", "v:1", owner="v", value=["other owner"], ttl=HOUR)
    async with store.session() as s:
        kinds = [(e.kind, e.value) for e in await s.owner_channel_state("kakao", "u", ["view", "held"])]
        assert sorted(kinds, key=str) == sorted(
            [("held", ["second"]), ("held", ["third"]), ("view", {})], key=str
        )
        taken = await s.take_owner_channel_state("kakao", "u", "held")
        assert [e.value for e in taken] == [["second"], ["third"]]
        assert await s.take_owner_channel_state("kakao", "u", "held") == []
        assert [e.kind for e in await s.owner_channel_state("kakao", "u", ["view", "held"])] == ["view"]


async def test_a_take_is_won_by_exactly_one_of_concurrent_takers(store: Store) -> None:
    async with store.session() as s:
        await s.put_channel_state("kakao", "callback", "cb", owner="u", value={"url": "https://x"}, ttl=HOUR)

    async def take() -> bool:
        async with store.session() as s:
            entry = await s.take_channel_state("kakao", "callback", "cb")
            await asyncio.sleep(0.01)  # hold the transaction open a little: the others must wait
        return entry is not None

    wins = await asyncio.gather(*(take() for _ in range(8)))
    assert wins.count(True) == 1


async def test_the_users_erasure_takes_their_channel_state_along(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("kakao", "leaver")
        await s.create_user("kakao", "stayer")
        await s.put_channel_state("kakao", "file", "t1", owner="leaver", value={}, ttl=HOUR, data=b"export")
        await s.put_channel_state("kakao", "view", "leaver", owner="leaver", value={}, ttl=HOUR)
        await s.put_channel_state("kakao", "view", "stayer", owner="stayer", value={}, ttl=HOUR)
        await s.put_channel_state(
            "telegram", "view", "leaver", owner="leaver", value={}, ttl=HOUR
        )  # another channel's
    async with store.session() as s:
        await s.delete_user(user.id)
    async with store.session() as s:
        assert await s.get_channel_state("kakao", "file", "t1") is None
        assert await s.get_channel_state("kakao", "view", "leaver") is None
        assert await s.get_channel_state("kakao", "view", "stayer") is not None
        assert await s.get_channel_state("telegram", "view", "leaver") is not None
        assert await s.forget_channel_owner("kakao", "stayer") == 1
        assert not await s.drop_channel_state("kakao", "view", "stayer")


async def test_expiry_is_measured_from_the_write(store: Store) -> None:
    before = utcnow()
    async with store.session() as s:
        await s.put_channel_state("kakao", "view", "u", owner="u", value={}, ttl=timedelta(minutes=10))
        entry = await s.get_channel_state("kakao", "view", "u")
    assert entry is not None
    assert before <= entry.created_at <= utcnow()
    assert entry.expires_at - entry.created_at == timedelta(minutes=10)


async def test_an_autocommit_session_commits_each_statement_on_its_own(store: Store) -> None:
    class Boom(Exception):
        pass

    try:
        async with store.session(autocommit=True) as s:
            await s.put_channel_state("kakao", "view", "kept", owner="u", value={}, ttl=HOUR)
            raise Boom
    except Boom:
        pass
    try:
        async with store.session() as s:
            await s.put_channel_state("kakao", "view", "rolled-back", owner="u", value={}, ttl=HOUR)
            raise Boom
    except Boom:
        pass
    async with store.session(autocommit=True) as s:
        assert await s.get_channel_state("kakao", "view", "kept") is not None
        assert await s.get_channel_state("kakao", "view", "rolled-back") is None
    async with store.session() as s:  # the connection went back to the pool in a usable state
        assert await s.get_channel_state("kakao", "view", "kept") is not None
