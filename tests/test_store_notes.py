"""Notes in the store, on SQLite and PostgreSQL (batch 74): what an owner told that is no report,
question or answer — feedback on advice told before any plan existed — kept, read back, given to
the first dog with the rest of what was told before it, unlinked when only its report goes, erased
with the user or dog, exported; only the kinds the table knows."""

from __future__ import annotations

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from dogcoach.services.store.models import FEEDBACK


async def test_notes_are_kept_adopted_unlinked_and_erased(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.KAKAO, "k")
        question = await s.add_report(user.id, None, "how do I stop him pulling?", "en", kind="question")
        await s.add_note(user.id, None, question.id, FEEDBACK, "we tried that already")
        await s.add_note(user.id, None, None, FEEDBACK, "해봤는데 안 돼요")
        rex = await s.create_dog(user.id, {"name": "Rex"})
        await s.adopt_dogless(user.id, rex.id)  # the first dog: what was told before is about it
        notes = await s.list_notes(user.id)
        assert [(n.dog_id, n.report_id, n.kind, n.text) for n in notes] == [
            (rex.id, question.id, FEEDBACK, "we tried that already"),
            (rex.id, None, FEEDBACK, "해봤는데 안 돼요"),
        ]
        assert notes[0].created_at <= notes[1].created_at
    async with store.session() as s:
        await s.execute("DELETE FROM reports WHERE id = ?", question.id)
        assert [n.report_id for n in await s.list_notes(user.id)] == [None, None]
        await s.delete_dog(rex.id)
        assert await s.list_notes(user.id) == []
        await s.add_note(user.id, None, None, FEEDBACK, "that didnt work")
        await s.delete_user(user.id)
        assert await s.list_notes(user.id) == []


async def test_the_export_lists_the_notes(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.CONSOLE, "ann")
        dog = await s.create_dog(user.id, {"name": "Rex"})
        await s.add_note(user.id, dog.id, None, FEEDBACK, "we tried that already")
        doc = await s.export_user(user.id)
    [note] = doc["notes"]
    assert (note["dog_id"], note["kind"], note["text"]) == (dog.id, FEEDBACK, "we tried that already")
    assert note["created_at"]


async def test_a_kind_the_table_does_not_know_is_refused(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
    with pytest.raises(Exception, match=r"(?i)check"):
        async with store.session() as s:
            await s.add_note(user.id, None, None, "gossip", "hi")
