"""The store contract, run unchanged against SQLite and a real PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dogcoach.services.store import ConversationState, Store
from dogcoach.services.store.base import utcnow
from dogcoach.services.store.migrations import migration_files


async def test_users_are_unique_per_channel_and_external_id(store: Store) -> None:
    async with store.session() as s:
        a = await s.create_user("telegram", "42", locale_hint="en-GB", name="Sam")
        again = await s.create_user("telegram", "42")
        other = await s.create_user("kakao", "42")
    assert again.id == a.id
    assert other.id != a.id
    async with store.session() as s:
        got = await s.get_user("telegram", "42")
        assert got is not None
        assert (got.locale, got.locale_hint, got.name, got.is_admin) == (None, "en-GB", "Sam", False)
        assert await s.get_user("telegram", "43") is None


async def test_touch_updates_hint_and_unblocks(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("telegram", "1")
        await s.execute("UPDATE users SET blocked_at = ? WHERE id = ?", s.d.ts_in(utcnow()), user.id)
        await s.touch_user(user, locale_hint="ko", name=None)
        await s.set_locale(user.id, "en")
        got = await s.get_user_by_id(user.id)
    assert got is not None
    assert got.blocked_at is None
    assert got.locale_hint == "ko"
    assert got.locale == "en"
    assert got.last_seen_at >= user.last_seen_at


async def test_a_visit_touches_the_user_and_reads_state_and_waiting_results(store: Store) -> None:
    async with store.session() as s:
        assert await s.visit("telegram", "7", locale_hint="ko", name="A") is None  # unknown: nothing
        assert await s.get_user("telegram", "7") is None
        user = await s.create_user("telegram", "7", name="A")
        await s.execute("UPDATE users SET blocked_at = ? WHERE id = ?", s.d.ts_in(utcnow()), user.id)
        first = await s.visit("telegram", "7", locale_hint="ko", name=None)
    assert first is not None
    assert (first.user.id, first.user.locale_hint, first.user.name, first.user.blocked_at) == (
        user.id,
        "ko",
        "A",
        None,
    )
    assert first.user.last_seen_at >= user.last_seen_at
    assert (first.state, first.undelivered) == (ConversationState(), False)
    async with store.session() as s:
        await s.save_state(user.id, ConversationState("onboarding", "size", {"dog_id": 3, "쪽": ["a"]}))
        report = await s.add_report(user.id, None, "barks", "en")
        pending = await s.visit("telegram", "7", locale_hint=None, name="B")
    assert pending is not None
    assert pending.state == ConversationState("onboarding", "size", {"dog_id": 3, "쪽": ["a"]})
    assert (pending.user.locale_hint, pending.user.name, pending.undelivered) == ("ko", "B", False)
    async with store.session() as s:
        report.status = "done"
        await s.update_report(report)
        done = await s.visit("telegram", "7", locale_hint=None, name=None)
        assert done is not None and done.undelivered  # a finished result waits to be shown
        await s.claim_undelivered(user.id)
        seen = await s.visit("telegram", "7", locale_hint=None, name=None)
    assert seen is not None and not seen.undelivered
    assert await store.applied_migrations()  # the session committed cleanly


async def test_dog_answers_round_trip_typed_and_json(store: Store) -> None:
    answers = {"name": "초코", "age_months": 18, "sex": "male_neutered", "other_pets": ["dog", "cat"]}
    async with store.session() as s:
        user = await s.create_user("console", "me")
        dog = await s.create_dog(user.id, {"name": "초코"})
        dog.answers.update(answers)
        dog.completed_at = utcnow()
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)
    async with store.session() as s:
        got = await s.get_dog(dog.id)
        row = await s.one("SELECT name, age_months, sex FROM dogs WHERE id = ?", dog.id)
        listed = await s.list_dogs(user.id)
        owner = await s.get_user_by_id(user.id)
    assert got is not None
    assert got.answers == answers
    assert got.completed_at is not None
    assert row is not None
    assert (row["name"], row["age_months"], row["sex"]) == ("초코", 18, "male_neutered")
    assert [d.id for d in listed] == [dog.id]
    assert owner is not None
    assert owner.active_dog_id == dog.id


async def test_state_is_upserted(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("console", "me")
        assert (await s.get_state(user.id)).idle
        await s.save_state(user.id, ConversationState("onboarding", "age_months", {"dog_id": 3}))
        await s.save_state(user.id, ConversationState("onboarding", "sex", {"dog_id": 3, "picks": ["a"]}))
    async with store.session() as s:
        state = await s.get_state(user.id)
    assert (state.flow, state.step, state.data) == ("onboarding", "sex", {"dog_id": 3, "picks": ["a"]})


async def test_reports_lifecycle(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("console", "me")
        dog = await s.create_dog(user.id, {"name": "Max"})
        first = await s.add_report(user.id, dog.id, "barks at the door", "en")
        second = await s.add_report(user.id, None, "짖어요", "ko")
    assert first.status == "pending"
    assert first.attempts == 0
    async with store.session() as s:
        first.status = "done"
        first.analysis = {"category": "barking", "summary": ["a", "b", "c"]}
        first.attempts = 1
        first.prompt_tokens = 310
        first.latency_ms = 812.5
        await s.update_report(first)
        pending = await s.pending_reports()
        for_dog = await s.list_reports(user.id, dog_id=dog.id)
        everything = await s.list_reports(user.id)
        got = await s.get_report(first.id)
    assert [r.id for r in pending] == [second.id]
    assert [r.id for r in for_dog] == [first.id]
    assert [r.id for r in everything] == [second.id, first.id]
    assert got is not None
    assert got.analysis == {"category": "barking", "summary": ["a", "b", "c"]}
    assert (got.prompt_tokens, got.latency_ms, got.attempts) == (310, 812.5, 1)


async def test_update_ids_are_claimed_once(store: Store) -> None:
    async with store.session() as s:
        assert await s.claim_update("telegram", "581203311") is True
        assert await s.claim_update("telegram", "581203311") is False
        assert await s.claim_update("kakao", "581203311") is True
        await s.prune_updates(utcnow() + timedelta(seconds=1))
        assert await s.claim_update("telegram", "581203311") is True


async def test_a_failed_session_rolls_back(store: Store) -> None:
    async def fail_midway() -> None:
        async with store.session() as s:
            await s.create_user("console", "ghost")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await fail_midway()
    async with store.session() as s:
        assert await s.get_user("console", "ghost") is None


async def test_export_and_delete_cover_everything(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("telegram", "7", name="Jieun")
        keep = await s.create_user("telegram", "8")
        dog = await s.create_dog(user.id, {"name": "별"})
        await s.set_active_dog(user.id, dog.id)
        await s.save_state(user.id, ConversationState("onboarding", "sex", {"dog_id": dog.id}))
        await s.add_message(user.id, "in", "hello", {"platform": {"update_id": 1}})
        await s.add_message(user.id, "out", "hi", {"text": "hi"})
        await s.add_report(user.id, dog.id, "짖어요", "ko")
        await s.add_message(keep.id, "in", "other user", None)
    async with store.session() as s:
        doc = await s.export_user(user.id)
    assert doc["user"]["name"] == "Jieun"
    assert [d["answers"]["name"] for d in doc["dogs"]] == ["별"]
    assert doc["conversation_state"]["step"] == "sex"
    assert [m["text"] for m in doc["messages"]] == ["hello", "hi"]
    assert [r["text"] for r in doc["reports"]] == ["짖어요"]
    async with store.session() as s:
        await s.delete_user(user.id)
    async with store.session() as s:
        for table in ("users", "dogs", "conversation_state", "messages", "reports"):
            column = "id" if table == "users" else "user_id"
            row = await s.one(f"SELECT COUNT(*) AS n FROM {table} WHERE {column} = ?", user.id)
            assert row is not None
            assert row["n"] == 0, table
        assert await s.get_user_by_id(keep.id) is not None
        assert len(await s.list_messages(keep.id)) == 1


async def test_a_turns_transcript_lines_keep_their_order_in_one_statement(store: Store) -> None:
    lines = [
        ("in", "우리 초코가 짖어요\x00ㅠㅠ", {"platform": {"update_id": 9}}),
        ("out", "기록했어요", {"text": "기록했어요", "buttons": [["a", "b"]]}),
        ("out", None, {"photo": "chart.png"}),
        ("out", "다음 질문이에요", None),
    ]
    async with store.session() as s:
        user = await s.create_user("kakao", "k1")
        await s.add_messages(user.id, lines)
        await s.add_messages(user.id, [])  # nothing to write: no statement
        await s.add_message(user.id, "in", "then", None)
    async with store.session() as s:
        stored = await s.list_messages(user.id)
    assert [(m["direction"], m["text"]) for m in stored] == [
        ("in", "우리 초코가 짖어요ㅠㅠ"),  # no NUL reaches the store
        ("out", "기록했어요"),
        ("out", None),
        ("out", "다음 질문이에요"),
        ("in", "then"),
    ]
    assert stored[1]["payload"] == {"text": "기록했어요", "buttons": [["a", "b"]]}
    assert stored[3]["payload"] is None


async def test_migrations_are_recorded_and_idempotent(store: Store) -> None:
    assert await store.applied_migrations() == [v for v, _ in migration_files(store.dialect.name)]
    assert await store.migrate() == []
