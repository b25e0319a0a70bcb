"""NUL characters never reach the database: PostgreSQL refuses them in text and jsonb, so both
backends drop them at the store boundary and store the same thing."""

from __future__ import annotations

from dogcoach.services.store import ConversationState, Store

NUL = "\x00"


async def test_nul_is_dropped_from_text_and_json_everywhere(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user("telegram", f"4{NUL}2", locale_hint=f"ko{NUL}", name=f"Ji{NUL}eun")
        dog = await s.create_dog(
            user.id, {"name": f"초{NUL}코", f"no{NUL}te": [f"a{NUL}", {f"k{NUL}": f"v{NUL}"}]}
        )
        await s.save_state(user.id, ConversationState("report", "text", {"draft": f"짖{NUL}어요", "n": 3}))
        await s.add_message(user.id, "in", f"hello{NUL}", {"platform": {"text": f"hello{NUL}", "id": 7}})
        report = await s.add_report(user.id, dog.id, f"barks{NUL} at the door", "en")
        report.analysis = {"summary": [f"one{NUL}", "two"], "function": f"attention{NUL}"}
        report.raw_output = f"{{{NUL}}}"
        await s.update_report(report)
        assert await s.claim_update("telegram", f"9{NUL}9")

    async with store.session() as s:
        got = await s.get_user("telegram", "42")
        assert got is not None
        assert (got.name, got.locale_hint) == ("Jieun", "ko")
        saved_dog = await s.get_dog(dog.id)
        assert saved_dog is not None
        assert saved_dog.answers == {"name": "초코", "note": ["a", {"k": "v"}]}
        assert (await s.get_state(user.id)).data == {"draft": "짖어요", "n": 3}
        assert await s.list_messages(user.id) == [
            {
                "direction": "in",
                "text": "hello",
                "payload": {"platform": {"text": "hello", "id": 7}},
                "created_at": (await s.list_messages(user.id))[0]["created_at"],
            }
        ]
        saved = await s.get_report(report.id)
        assert saved is not None
        assert (saved.text, saved.raw_output) == ("barks at the door", "{}")
        assert saved.analysis == {"summary": ["one", "two"], "function": "attention"}
        assert await s.claim_update("telegram", "99") is False


async def test_text_without_nul_is_stored_unchanged(store: Store) -> None:
    """Backslashes and the six characters `\\u0000` are text, not a NUL: they stay."""
    literal = "C:\\dog\\u0000 \\\\u0000"
    async with store.session() as s:
        user = await s.create_user("console", "me", name=literal)
        await s.add_message(user.id, "in", literal, {"raw": literal, literal: [literal]})
    async with store.session() as s:
        got = await s.get_user_by_id(user.id)
        assert got is not None
        assert got.name == literal
        [message] = await s.list_messages(user.id)
        assert (message["text"], message["payload"]) == (literal, {"raw": literal, literal: [literal]})
