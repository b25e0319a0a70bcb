"""/progress, /week and /summary from a seeded four-week history, through the engine on SQLite and
PostgreSQL: the numbers the owner reads, the chart and the one-page PDF attached once the turn's
transaction is over; and the Kakao link to the PDF, which dies with the owner's /delete."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import httpx
import pypdfium2 as pdfium

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.handlers.privacy import CONFIRM
from dogcoach.services.i18n import Messages
from dogcoach.services.proxies import LOOPBACK_DIRECT
from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow
from dogcoach.services.store.models import QUESTION
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import kakao_settings, serve

PNG = b"\x89PNG\r\n\x1a\n"
NOW = utcnow()


def day(n: float) -> dt.datetime:
    """Day `n` of the four weeks (day 28 is now)."""
    return NOW - dt.timedelta(days=28 - n)


async def seed(store: Store, channel: str, key: str, locale: str = "ko") -> int:
    """A dog surveyed 28 days ago (concerns: barking, separation); barking six times in its first
    week (intensity 3), twice in the last two (intensity 1); a question to the coach; a plan from
    day 14 answered "better" on day 17. The owner's id."""
    async with store.session() as s:
        user = await s.get_user(channel, key) or await s.create_user(channel, key, locale_hint=locale)
        await s.set_locale(user.id, locale)
        dog = await s.create_dog(
            user.id,
            {"name": "초코", "age_months": 38, "breed": "poodle", "concerns": ["barking", "separation"]},
        )
        dog.completed_at = day(0)
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)
        for at, intensity in [*((day(n), 3) for n in range(1, 7)), (day(20), 1), (day(25), 1)]:
            report = await s.add_report(user.id, dog.id, "현관에서 짖었어요", locale)
            report.status = "done"
            report.analysis = {
                "category": "barking",
                "intensity": intensity,
                "antecedent": "초인종이 울림",
                "behavior": "현관으로 달려가 짖음",
                "consequence": "간식을 줌",
                "summary": ["a", "b", "c"],
                "next_step": "매트로 보내고 조용하면 보상",
            }
            await s.update_report(report)
            await s.claim_delivery(report.id)
            await s.execute("UPDATE reports SET created_at = ? WHERE id = ?", s.d.ts_in(at), report.id)
        question = await s.add_report(
            user.id, dog.id, "산책할 때 줄 당기는 거 어떻게 고쳐요?", locale, kind=QUESTION
        )
        question.status, question.analysis = "done", {"answer": ["a"], "next_step": "b", "safety_flag": False}
        await s.update_report(question)  # a question to the coach: never counted as an incident
        await s.claim_delivery(question.id)
        plan = await s.start_plan(
            user.id,
            dog.id,
            "barking",
            "매트로 보내고 조용하면 보상",
            report_id=None,
            started_at=day(14),
            checkin_due_at=day(17),
        )
        [checkin] = await s.list_checkins(user.id)
        await s.answer_checkin(checkin.id, user.id, "better", day(17))
        await s.renew_plan(plan.id, day(31))
    return user.id


def t(messages: Messages, msg_id: str, **args: Any) -> str:
    return messages.format("ko", msg_id, **args)


async def test_progress_says_what_changed_with_the_numbers_and_a_chart(
    engine: Engine, store: Store, messages: Messages
) -> None:
    chat = Chat(engine, "p", hint="ko")
    await chat.send("/help")
    await seed(store, Channel.CONSOLE, "p")
    [progress] = await chat.send("변화 보여줘")
    lines = progress.text.splitlines()
    assert lines[0] == t(messages, "coaching-progress-title-dog", name="초코")
    # First 14 days: 6 reports = 3 a week at intensity 3; last 14: 2 = 1 a week at intensity 1.
    barking = t(
        messages,
        "coaching-progress-line",
        category="짖음",
        before_days=14,
        before_rate="3",
        before_level="3",
        after_days=14,
        after_rate="1",
        after_level="1",
        trend=t(messages, "coaching-trend-better"),
    )
    assert lines[1:3] == [
        f"• {barking}",
        f"• {t(messages, 'coaching-progress-no-reports', category='분리불안')}",
    ]
    assert t(messages, "coaching-progress-plan-answers", answers="좋아졌어요") in lines
    assert progress.image is not None and progress.image.data.startswith(PNG)

    [week] = await chat.send("/week")
    assert t(messages, "week-progress") in week.text  # the digest says it too
    assert f"• {barking}" in week.text


async def test_progress_promises_no_check_in_date_once_check_ins_are_off(
    engine: Engine, store: Store, messages: Messages
) -> None:
    """Owner trial 12: "변화" still showed "↳ 다음 확인: 12월 2일" after "체크인 끄기", a check-in
    that never comes. With check-ins off the plan says so and how to turn them on again."""
    chat = Chat(engine, "p-off", hint="ko")
    await chat.send("/help")
    await seed(store, Channel.CONSOLE, "p-off")
    [progress] = await chat.send("변화 보여줘")
    nexts = [line for line in progress.text.splitlines() if line.startswith("↳ 다음 확인")]
    assert len(nexts) == 1, progress.text
    await chat.send("체크인 끄기")
    [progress] = await chat.send("변화 보여줘")
    assert not [line for line in progress.text.splitlines() if line.startswith("↳ 다음 확인")], progress.text
    assert t(messages, "coaching-progress-plan-off") in progress.text.splitlines()
    await chat.send("체크인 켜기")
    [progress] = await chat.send("변화 보여줘")
    assert nexts[0] in progress.text.splitlines(), progress.text


async def test_summary_is_a_one_page_pdf_with_the_history_in_it(engine: Engine, store: Store) -> None:
    chat = Chat(engine, "s", hint="ko")
    await chat.send("/help")
    await seed(store, Channel.CONSOLE, "s")
    [reply] = await chat.send("/summary")
    assert reply.document is not None and reply.document.mime_type == "application/pdf"
    pdf = pdfium.PdfDocument(reply.document.data)
    assert len(pdf) == 1
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    assert "초코 행동 요약 (상담용)" in text
    assert "기록 8개" in text  # the period line counts every report
    assert "매트로 보내고 조용하면 보상 → 좋아졌어요" in text  # what was tried and how it went
    assert "주 3회 · 강도 3" in text and "주 1회 · 강도 1" in text
    # The transcript keeps the reply's text, not the file.
    async with store.session() as s:
        user = await s.get_user(Channel.CONSOLE, "s")
        assert user is not None
        [out] = [m for m in await s.list_messages(user.id) if m["direction"] == "out"][-1:]
    assert out["text"] == reply.text


async def test_a_kakao_summary_link_dies_with_the_owners_delete(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
) -> None:
    def settings(base: str) -> Any:
        return kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, PUBLIC_BASE_URL=base)

    async with serve(settings) as srv:
        owner = srv.user(lang="ko")
        await owner.send("도움말")
        await seed(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        await owner.send("요약")
        [url] = [w for w in owner.text.split() if "/kakao/files/" in w]
        async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as http:
            first = await http.get(url)
            assert first.status_code == 200 and first.content.startswith(b"%PDF")
            await owner.send("/delete")
            await owner.tap(CONFIRM)
            gone = await http.get(url)
    assert gone.status_code == 404
