"""/history (paginated, the active dog's reports) and /week (counts, triggers, a PNG chart)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from dogcoach.bot.engine import Engine
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers.history import frequent_antecedents
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Report, Store
from dogcoach.services.store.base import utcnow
from tests.analysis_support import add_dog
from tests.chat import Chat
from tests.fakes.ollama_server import sample_analysis, sample_answer

PNG = b"\x89PNG\r\n\x1a\n"


async def add_report(
    store: Store,
    external_id: str,
    *,
    when: datetime,
    status: str = "done",
    language: str = "en",
    text: str = "She barked at the mail carrier",
    kind: str = "report",
    **analysis: Any,
) -> Report:
    """A report (or a question) as the worker leaves it (its result already seen), written at `when`."""
    async with store.session() as s:
        user = await s.get_user("console", external_id)
        assert user is not None
        report = await s.add_report(user.id, user.active_dog_id, text, language, kind=kind)
        report.status = status
        if status == "done":
            make = sample_answer if kind == "question" else sample_analysis
            report.analysis = make(language, **analysis)
        await s.update_report(report)
        await s.execute(
            "UPDATE reports SET created_at = ?, delivered_at = ? WHERE id = ?",
            s.d.ts_in(when),
            s.d.ts_in(when) if status != "pending" else None,
            report.id,
        )
    return report


async def _dogs(store: Store, external_id: str) -> list[int]:
    async with store.session() as s:
        user = await s.get_user("console", external_id)
        assert user is not None
        return [d.id for d in await s.list_dogs(user.id)]


async def test_history_pages_through_the_active_dogs_reports(store: Store, messages: Messages) -> None:
    await add_dog(store, "u", {"name": "Bo"}, hint="en")
    base = datetime(2026, 11, 1, 15, 30, tzinfo=UTC)  # 00:30 the next day in Seoul
    for day in range(7):
        await add_report(
            store, "u", when=base + timedelta(days=day), text=f"She barked at the mail carrier, day {day}"
        )
    await add_report(store, "u", when=base + timedelta(days=7), status="pending", text="Chewed the  sofa")
    await add_report(store, "u", when=base + timedelta(days=8), status="failed", text="x" * 100)
    await add_dog(store, "u", {"name": "Other"}, hint="en")  # now active, no reports
    chat = Chat(Engine(store, messages), "u", hint="en")

    [empty] = await chat.send("/history")
    assert empty.text == messages.format("en", "history-empty-dog", name="Other")  # says which dog
    async with store.session() as s:
        user = await s.get_user("console", "u")
        assert user is not None
        await s.set_active_dog(user.id, (await s.list_dogs(user.id))[0].id)

    [page] = await chat.send("/history")
    hint = messages.format("en", "history-open-hint")
    assert page.text == "\n".join(
        [
            "📚 Bo's recent reports — page 1",
            "",
            f"1. Nov 10, 00:30 · ⚠️ not analysed — “{'x' * 39}…”",
            "2. Nov 9, 00:30 · ⏳ being analysed — “Chewed the sofa”",
            "3. Nov 8, 00:30 · Barking — “She barked at the mail carrier, day 6”",
            "4. Nov 7, 00:30 · Barking — “She barked at the mail carrier, day 5”",
            "5. Nov 6, 00:30 · Barking — “She barked at the mail carrier, day 4”",
            "",
            hint,
        ]
    )
    opens = [f"report:open:{n}" for n in (9, 8, 7, 6, 5)]
    bo = (await _dogs(store, "u"))[0]  # the page buttons carry the dog they page through
    assert [(c.id, c.label) for c in page.choices] == [
        *((id_, f"Open {n}") for n, id_ in enumerate(opens, 1)),
        (f"report:history:dog:{bo}:5", "Older ▶"),
    ]
    [older] = await chat.tap(f"report:history:dog:{bo}:5")
    assert older.text.splitlines()[0] == "📚 Bo's recent reports — page 2"
    assert older.text.splitlines()[2:] == [
        "1. Nov 5, 00:30 · Barking — “She barked at the mail carrier, day 3”",
        "2. Nov 4, 00:30 · Barking — “She barked at the mail carrier, day 2”",
        "3. Nov 3, 00:30 · Barking — “She barked at the mail carrier, day 1”",
        "4. Nov 2, 00:30 · Barking — “She barked at the mail carrier, day 0”",
        "",
        hint,
    ]
    assert [c.id for c in older.choices][-1] == f"report:history:dog:{bo}:0"
    [newest] = await chat.tap(f"report:history:dog:{bo}:0")
    assert newest.text == page.text


async def test_history_in_korean(sqlite_store: Store, messages: Messages) -> None:
    await add_dog(sqlite_store, "k", {"name": "콩이"})
    await add_report(sqlite_store, "k", when=datetime(2026, 3, 5, 2, tzinfo=UTC), language="ko")
    [page] = await Chat(Engine(sqlite_store, messages), "k", hint="ko").send("/history")
    assert page.text.splitlines()[:3] == [
        "📚 콩이의 최근 기록 (1쪽)",
        "",
        "1. 3월 5일 11:00 · 짖음 — “She barked at the mail carrier”",
    ]
    assert [c.label for c in page.choices] == ["1번 보기"]


async def test_week_counts_categories_and_triggers_with_a_chart(
    sqlite_store: Store, messages: Messages
) -> None:
    await add_dog(sqlite_store, "u", {"name": "Bo"}, hint="en")
    now = utcnow()
    door = "Guests ring the doorbell and come in"
    for hours, category, antecedent in [
        (1, "barking", door),
        (20, "barking", "guests ring the doorbell, and come in!"),
        (30, "jumping", door),
        (50, "barking", "The mail carrier walks past"),
        (70, "fear", "A truck drives by"),
    ]:
        await add_report(
            sqlite_store, "u", when=now - timedelta(hours=hours), category=category, antecedent=antecedent
        )
    await add_report(sqlite_store, "u", when=now - timedelta(days=8), category="chasing")  # too old
    await add_report(sqlite_store, "u", when=now - timedelta(hours=2), status="pending")

    [week] = await Chat(Engine(sqlite_store, messages), "u", hint="en").send("/week")
    assert week.text == "\n".join(
        [
            "📊 Bo, the last 7 days: 6 reports",
            "",
            "By kind:",
            "• Barking: 3",
            "• Fear / anxiety: 1",
            "• Jumping up: 1",
            "",
            "Most frequent triggers:",
            "• Guests ring the doorbell and come in (3×)",
            "• The mail carrier walks past (1×)",
            "• A truck drives by (1×)",
            "",
            "(1 report not analysed yet)",
        ]
    )
    assert week.image is not None
    assert week.image.mime_type == "image/png" and week.image.data.startswith(PNG)
    assert week.image.filename == "dogcoach-week.png"


async def test_week_in_korean_and_when_empty(sqlite_store: Store, messages: Messages) -> None:
    await add_dog(sqlite_store, "k", {"name": "콩이"})
    chat = Chat(Engine(sqlite_store, messages), "k", hint="ko")
    [empty] = await chat.send("/week")
    assert empty.text.startswith("지난 7일 동안 콩이의 기록이 없어요.")
    assert empty.image is None
    await add_report(sqlite_store, "k", when=utcnow(), language="ko")
    [week] = await chat.send("/week")
    assert week.text.splitlines()[:4] == ["📊 콩이의 지난 7일: 기록 1개", "", "종류별:", "• 짖음: 1번"]
    assert week.image is not None and week.image.data.startswith(PNG)


async def test_history_and_week_during_the_survey_come_back_to_the_question(
    sqlite_store: Store, messages: Messages
) -> None:
    chat = Chat(Engine(sqlite_store, messages), "new", hint="en")
    await chat.send("/start")
    for command in ("/history", "/week"):
        replies = await chat.send(command)
        assert replies[-1].meta.get("question") == "name", command


def test_frequent_antecedents_fold_case_and_punctuation() -> None:
    def report(antecedent: str) -> Report:
        now = utcnow()
        return Report(
            id=1, user_id=1, dog_id=None, text="", language="en", status="done",
            analysis={"antecedent": antecedent}, model=None, prompt_tokens=None, eval_tokens=None,
            latency_ms=None, attempts=1, error=None, created_at=now, updated_at=now,
        )  # fmt: skip

    found = frequent_antecedents([report("A knock"), report("a knock!"), report("Rain"), report("")])
    assert found == [("a knock!", 2), ("Rain", 1)]


async def test_history_tells_questions_from_reports_and_opens_each_line_again(
    store: Store, messages: Messages
) -> None:
    """Issue 16: two reports of one category read apart (the owner's words, not the summary), a
    question is marked as one, and each line's button shows its analysis or answer again."""
    await add_dog(store, "q", {"name": "Bo"}, hint="en")
    base = datetime(2026, 11, 30, 5, 7, tzinfo=UTC)  # 14:07 in Seoul
    first = await add_report(store, "q", when=base, text="Barked at the postman for ten minutes")
    second = await add_report(store, "q", when=base + timedelta(hours=2), text="Barked at a cat on the fence")
    asked = await add_report(
        store, "q", when=base + timedelta(hours=3), kind="question", text="How do I stop the barking?"
    )
    waiting = await add_report(
        store, "q", when=base + timedelta(hours=4), kind="question", status="pending", text="Is a crate ok?"
    )
    chat = Chat(Engine(store, messages), "q", hint="en")
    [page] = await chat.send("/history")
    assert page.text.splitlines()[2:6] == [
        "1. Nov 30, 18:07 · 💬 Question · ⏳ being answered — “Is a crate ok?”",
        "2. Nov 30, 17:07 · 💬 Question — “How do I stop the barking?”",
        "3. Nov 30, 16:07 · Barking — “Barked at a cat on the fence”",
        "4. Nov 30, 14:07 · Barking — “Barked at the postman for ten minutes”",
    ]
    assert [c.id for c in page.choices] == [f"report:open:{r.id}" for r in (waiting, asked, second, first)]

    [answer] = await chat.tap(f"report:open:{asked.id}")
    assert answer.text.startswith(messages.format("en", "coach-answer-title"))
    assert sample_answer("en")["answer"][0] in answer.text
    await chat.send("/history")
    [analysis] = await chat.tap(f"report:open:{first.id}")
    assert analysis.text.startswith("🔍 ABC analysis: Barking")
    assert "Barked" not in analysis.text  # the analysis itself, not the line
    await chat.send("/history")
    [pending] = await chat.tap(f"report:open:{waiting.id}")
    # a bare engine: no model; asked for again, it still waits (stop 62: not 'saved' a second time)
    assert pending.text == messages.format("en", "coach-still-unavailable")

    async with store.session() as s:  # questions never count as incidents
        user = await s.get_user("console", "q")
        assert user is not None
        incidents = await s.reports_since(user.id, None, base - timedelta(days=1))
    assert [r.id for r in incidents] == [first.id, second.id]


async def test_week_counts_no_question(sqlite_store: Store, messages: Messages) -> None:
    await add_dog(sqlite_store, "w", {"name": "Bo"}, hint="en")
    now = utcnow()
    await add_report(sqlite_store, "w", when=now - timedelta(hours=3), text="Barked at the postman")
    for hours, status in ((2, "done"), (1, "pending"), (0, "failed")):
        await add_report(sqlite_store, "w", when=now - timedelta(hours=hours), kind="question", status=status)
    [week] = await Chat(Engine(sqlite_store, messages), "w", hint="en").send("/week")
    assert week.text.splitlines()[:5] == [
        "📊 Bo, the last 7 days: 1 report",
        "",
        "By kind:",
        "• Barking: 1",
        "",
    ]
    assert "not analysed" not in week.text


async def test_history_line_of_another_users_report_is_refused(
    sqlite_store: Store, messages: Messages
) -> None:
    await add_dog(sqlite_store, "a", {"name": "A"}, hint="en")
    await add_dog(sqlite_store, "b", {"name": "B"}, hint="en")
    theirs = await add_report(sqlite_store, "a", when=utcnow())
    chat = Chat(Engine(sqlite_store, messages), "b", hint="en")
    await add_report(sqlite_store, "b", when=utcnow())
    await chat.send("/history")
    chat.replies = [Reply("", (Choice(f"report:open:{theirs.id}", "x"),))]  # a forged button
    [refused] = await chat.tap(f"report:open:{theirs.id}")
    assert refused.text == messages.format("en", "stale-button")
