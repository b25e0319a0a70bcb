"""/export reads an owner's data a page per transaction once the turn is over: the document is
the same as the one-session read, on both backends, and reaches the owner through the engine."""

from __future__ import annotations

import json

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.handlers.parsing import Lexicon
from dogcoach.handlers.turn import Services
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.services.store.privacy import export_json


async def _owner(store: Store, reports: int, lines: int) -> int:
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "4100", locale_hint="en")
        dog = await s.create_dog(user.id, {"name": "Bori"})
        for i in range(reports):
            report = await s.add_report(user.id, dog.id, f"report {i}", "en")
            report.status = "done"
            report.analysis = {"category": "barking", "summary": [f"s{i}"]}
            await s.update_report(report)
        for i in range(lines):
            await s.add_message(user.id, "in" if i % 2 else "out", f"line {i}", {"n": i})
    return user.id


async def test_the_paged_export_is_the_one_session_export(store: Store) -> None:
    user_id = await _owner(store, reports=7, lines=11)
    async with store.session() as s:
        whole = await s.export_user(user_id)
    for page in (1, 2, 3, 7, 11, 500):
        data = await export_json(store, user_id, page)
        assert json.loads(data) == whole, page
        assert list(json.loads(data)) == list(whole)  # the same keys in the same order
    assert len(whole["reports"]) == 7 and len(whole["messages"]) == 11
    assert await export_json(store, 10**9) == b"{}"
    assert json.loads(await export_json(store, await _owner_without_rows(store))) == {
        **(await _export(store, "4200")),
    }


async def _owner_without_rows(store: Store) -> int:
    async with store.session() as s:
        return (await s.create_user(Channel.KAKAO, "4200")).id


async def _export(store: Store, external_id: str) -> dict[str, object]:
    async with store.session() as s:
        user = await s.get_user(Channel.KAKAO, external_id)
        assert user is not None
        return await s.export_user(user.id)


async def test_export_through_the_engine_reads_after_the_turn(store: Store, messages: Messages) -> None:
    user_id = await _owner(store, reports=3, lines=5)
    engine = Engine(store, messages, services=Services(Lexicon(messages), exports=store))
    replies = await engine.handle(Incoming(UserRef(Channel.TELEGRAM, "4100"), text="/export"))
    document = next(r.document for r in replies if r.document is not None)
    data = json.loads(document.data)
    assert data["user"]["external_id"] == "4100" and len(data["reports"]) == 3
    # Read after the turn committed: the /export line itself and its answer are in it.
    texts = [m["text"] for m in data["messages"]]
    assert texts[5] == "/export" and messages.format("en", "export-ready") in texts[6:]
    assert b"\n  " not in document.data  # compact
    # Read again later, the transcript differs from the file in one line only: the answer's, which
    # `Engine._amend` wrote again after the commit as the owner saw it (stop 62), with the attached
    # file's metadata; its size, never its bytes, and the same on both stores. The file itself was
    # built before that amendment, so it holds the line as first written.
    async with store.session() as s:
        later = (await s.export_user(user_id))["messages"]
    answer = next(
        i for i, m in enumerate(data["messages"]) if m["text"] == messages.format("en", "export-ready")
    )
    assert "document" not in data["messages"][answer]["payload"]
    assert later[answer]["payload"]["document"] == {
        "filename": document.filename,
        "mime_type": document.mime_type,
        "bytes": len(document.data),
    }
    assert later[:answer] + later[answer + 1 :] == data["messages"][:answer] + data["messages"][answer + 1 :]
    assert {k: v for k, v in later[answer]["payload"].items() if k != "document"} == data["messages"][answer][
        "payload"
    ]
    assert {k: v for k, v in later[answer].items() if k != "payload"} == {
        k: v for k, v in data["messages"][answer].items() if k != "payload"
    }
