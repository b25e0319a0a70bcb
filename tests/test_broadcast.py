"""Broadcasts end to end: the real service and store (SQLite and Postgres), the real
python-telegram-bot `Bot` against the fake Bot API over HTTP, and the Kakao Event API fake.

Rates are high and retry delays tiny so the suite stays fast; the pacing itself is checked
against the fake's own Telegram-style rate limit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.domain.types import Incoming, UserRef
from dogcoach.services.broadcast import BroadcastService, Progress, make_spec, render, tip_keys, tip_title
from dogcoach.services.broadcast.content import InvalidBroadcast
from dogcoach.services.broadcast.daily import DailyTips, daily_key
from dogcoach.services.broadcast.kakao_sender import KakaoEventSender
from dogcoach.services.broadcast.outcome import INTERRUPTED, SKIP_KAKAO_OFF
from dogcoach.services.broadcast.report import report_text, took_text
from dogcoach.services.broadcast.telegram_sender import TelegramSender
from dogcoach.services.broadcast.tips import tip_for_day
from dogcoach.services.i18n import Messages, resolve_locale
from dogcoach.services.observability import BROADCAST_DELIVERIES
from dogcoach.services.store import Store
from dogcoach.services.store.base import BroadcastSpec, utcnow
from tests.fakes.kakao_event_api import BOT_ID, EVENT_NAME, REST_API_KEY, FakeKakaoEventApi
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram as _fake_telegram  # noqa: F401  (registers it)

FIRST_CHAT = 700_000


@pytest.fixture
async def bstore(store: Store) -> Store:
    """The shared store fixture, without broadcasts left by earlier tests (Postgres keeps the
    database for the whole run and only truncates the core tables)."""
    async with store.session() as s:
        await s.execute("DELETE FROM broadcasts")
    return store


@pytest.fixture
def kakao_api() -> Iterator[FakeKakaoEventApi]:
    with FakeKakaoEventApi() as api:
        yield api


def service_for(
    store: Store,
    messages: Messages,
    telegram: FakeTelegramServer | None = None,
    kakao: FakeKakaoEventApi | None = None,
    *,
    rate: float = 500.0,
    kakao_key: str = REST_API_KEY,
    **kwargs: Any,
) -> BroadcastService:
    return BroadcastService(
        store,
        messages,
        telegram=TelegramSender(telegram.token, telegram.url) if telegram else None,
        kakao=KakaoEventSender(kakao.url, kakao_key, BOT_ID, EVENT_NAME, poll_seconds=0.01, timeout_seconds=2)
        if kakao
        else None,
        rate_per_second=rate,
        retry_base_seconds=kwargs.pop("retry_base_seconds", 0.01),
        **kwargs,
    )


async def add_users(
    store: Store,
    n: int,
    *,
    channel: str = "telegram",
    start: int = FIRST_CHAT,
    locales: tuple[str | None, ...] = ("ko", "en"),
) -> list[int]:
    """n users whose stored locale cycles through `locales`; returns their ids."""
    ids = []
    async with store.session() as s:
        for i in range(n):
            user = await s.create_user(channel, str(start + i))
            locale = locales[i % len(locales)]
            if locale:
                await s.set_locale(user.id, locale)
            ids.append(user.id)
    return ids


async def eventually(condition: Callable[[], bool], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    for _ in range(1_000_000):
        if condition():
            return
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.005)


def per_chat(server: FakeTelegramServer) -> Counter[int]:
    return Counter(m.chat_id for m in server.sent_messages() if m.kind == "message")


# -- catalogue and content --------------------------------------------------------------------


def test_tips_catalogue_is_complete_and_short(messages: Messages) -> None:
    keys = tip_keys(messages)
    assert len(keys) >= 20
    assert len(set(keys)) == len(keys)
    for key in keys:
        for locale in ("ko", "en"):
            text = messages.format(locale, f"tip-{key}")
            assert 40 <= len(text) <= 400, (key, locale)
            assert tip_title(messages, locale, key) != key
        assert len(f"admin:bc:tip:{key}".encode()) <= 64  # Telegram's callback_data limit


def test_spec_validation(messages: Messages) -> None:
    with pytest.raises(InvalidBroadcast) as e:
        make_spec(messages, tip="no-such-tip")
    assert e.value.code == "unknown_tip"
    with pytest.raises(InvalidBroadcast) as e:
        make_spec(messages, text_ko="  ", text_en=None)
    assert e.value.code == "no_content"
    with pytest.raises(InvalidBroadcast) as e:
        make_spec(messages, tip="timing", text_en="x")
    assert e.value.code == "tip_and_text"
    with pytest.raises(InvalidBroadcast) as e:
        make_spec(messages, text_en="x" * 5000)
    assert e.value.code == "text_too_long"
    assert make_spec(messages, text_en=" hi ", channel="kakao").text_en == "hi"


def test_text_falls_back_to_the_other_language(messages: Messages) -> None:
    only_en = make_spec(messages, text_en="Vet clinic closed Friday")
    ko = render(messages, only_en, "ko")
    assert ko.startswith("Vet clinic closed Friday") and "/tips off" in ko
    assert "팁과 공지" in ko  # the footer stays in the reader's language
    both = make_spec(messages, text_ko="금요일 휴진", text_en="Closed Friday")
    assert render(messages, both, "ko").startswith("금요일 휴진")
    assert render(messages, both, "en").startswith("Closed Friday")


# -- recipients -------------------------------------------------------------------------------


async def test_recipients_targeting_and_locale_resolution(bstore: Store, messages: Messages) -> None:
    hints = ["en-US", "ko-KR", None, "fr", "EN", "en_GB.UTF-8", "english"]
    async with bstore.session() as s:
        users = [await s.create_user("telegram", str(100 + i), locale_hint=h) for i, h in enumerate(hints)]
        stored_en = await s.create_user("kakao", "k-en", locale_hint="ko")
        await s.set_locale(stored_en.id, "en")
        kakao_ko = await s.create_user("kakao", "k-ko")
        await s.create_user("console", "local")  # no push channel: never a recipient
        out = await s.create_user("telegram", "999")
        await s.set_tips_opt_out(out.id, True)
        gone = await s.create_user("telegram", "998")
        await s.execute("UPDATE users SET blocked_at = ? WHERE id = ?", s.d.ts_in(utcnow()), gone.id)
        both = await s.create_user("kakao", "k-both")  # blocked and opted out: counted blocked
        await s.set_tips_opt_out(both.id, True)
        await s.execute("UPDATE users SET blocked_at = ? WHERE id = ?", s.d.ts_in(utcnow()), both.id)
    service = service_for(bstore, messages)
    tip = make_spec(messages, tip="timing")
    assert await service.recipients(tip) == len(hints) + 2
    assert await service.recipients(make_spec(messages, tip="timing", channel="kakao")) == 2
    broadcast = await service.create(tip, "test")
    assert broadcast is not None and broadcast.total == len(hints) + 2
    async with bstore.session() as s:
        rows = {d["user_id"]: d for d in await s.list_broadcast_deliveries(broadcast.id)}
        assert out.id not in rows and gone.id not in rows
        for user in [*users, stored_en, kakao_ko]:
            fresh = await s.get_user_by_id(user.id)
            assert fresh is not None
            assert rows[user.id]["locale"] == resolve_locale(fresh.locale, fresh.locale_hint, "ko"), fresh
            assert rows[user.id]["status"] == "pending"
    en_count = sum(1 for d in rows.values() if d["locale"] == "en")
    assert await service.recipients(make_spec(messages, tip="timing", locale="en")) == en_count
    assert await service.recipients(make_spec(messages, tip="timing", locale="ko")) == len(rows) - en_count
    # The preview's audience is exactly the rows the fill wrote, by channel and locale, and names
    # who is left out and why.
    channel_of = {u.id: "telegram" for u in users} | {stored_en.id: "kakao", kakao_ko.id: "kakao"}
    async with bstore.session() as s:
        audience = await s.broadcast_audience(tip, "ko")
        only_en = await s.broadcast_audience(make_spec(messages, tip="timing", locale="en"), "ko")
    assert audience.recipients == dict(Counter((channel_of[u], d["locale"]) for u, d in rows.items()))
    assert audience.left_out == {"opted_out": 1, "blocked": 2}
    assert only_en.total == en_count
    # This service has no sender at all: every recipient would be skipped, and the preview says why.
    nothing = await service.preview(tip)
    assert (nothing.recipients, nothing.will_send) == (len(rows), 0)
    assert nothing.skipped == {"kakao_not_configured": 2, "telegram_not_configured": len(hints)}


# -- Telegram delivery ------------------------------------------------------------------------


async def test_tip_reaches_every_user_once_in_their_language(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(bstore, 30)
    service = service_for(bstore, messages, fake_telegram)
    seen: list[Progress] = []
    spec = make_spec(messages, tip="name-game")
    broadcast = await service.create(spec, "test")
    assert broadcast is not None
    report = await service.run(broadcast.id, seen.append)
    await service.close()
    assert report is not None and report.finished
    b = report.broadcast
    assert (b.status, b.total, b.sent, b.blocked, b.failed, b.skipped) == ("done", 30, 30, 0, 0, 0)
    assert set(per_chat(fake_telegram).values()) == {1} and len(per_chat(fake_telegram)) == 30
    for m in fake_telegram.sent_messages():
        locale = "ko" if (m.chat_id - FIRST_CHAT) % 2 == 0 else "en"
        assert m.text == render(messages, spec, locale).strip()
    assert seen[-1].done == 30 and [p.done for p in seen] == sorted(p.done for p in seen)
    assert report.duration is not None and report.duration >= 0


async def test_403_blocks_the_user_until_they_write_again(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    ids = await add_users(bstore, 5)
    fake_telegram.block_chat(FIRST_CHAT + 2)
    service = service_for(bstore, messages, fake_telegram)
    first = await service.create(make_spec(messages, tip="timing"), "test")
    assert first is not None
    before = {k: BROADCAST_DELIVERIES.labels(k)._value.get() for k in ("sent", "blocked")}
    report = await service.run(first.id)
    assert report is not None
    assert (report.broadcast.sent, report.broadcast.blocked) == (4, 1)
    after = {k: BROADCAST_DELIVERIES.labels(k)._value.get() for k in ("sent", "blocked")}
    assert (after["sent"] - before["sent"], after["blocked"] - before["blocked"]) == (4, 1)  # /metrics
    assert report.failure_reasons == {}
    async with bstore.session() as s:
        blocked = await s.get_user_by_id(ids[2])
        assert blocked is not None and blocked.blocked_at is not None
        rows = await s.list_broadcast_deliveries(first.id)
        assert [r["status"] for r in rows if r["user_id"] == ids[2]] == ["blocked"]
    second = await service.create(make_spec(messages, tip="cue-once"), "test")
    assert second is not None and second.total == 4  # the blocked user is left out
    # They unblock the bot and write: the engine clears blocked_at, the next broadcast includes them.
    fake_telegram.unblock_chat(FIRST_CHAT + 2)
    await Engine(bstore, messages).handle(Incoming(UserRef("telegram", str(FIRST_CHAT + 2)), text="/help"))
    third = await service.create(make_spec(messages, tip="sniff-walks"), "test")
    assert third is not None and third.total == 5
    await service.close()


async def test_429_waits_retry_after_then_continues(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 6)
    fake_telegram.inject_429(2, retry_after=1, methods=["sendMessage"])
    service = service_for(sqlite_store, messages, fake_telegram)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    started = time.monotonic()
    report = await service.run(broadcast.id)
    await service.close()
    assert time.monotonic() - started >= 1.0
    assert report is not None and (report.broadcast.sent, report.broadcast.failed) == (6, 0)
    assert set(per_chat(fake_telegram).values()) == {1} and len(per_chat(fake_telegram)) == 6
    calls = fake_telegram.calls("sendMessage")
    limited = [c.time for c in calls if c.status == 429]
    assert len(limited) == 2
    # Nobody sent during the pause (sends already on the wire when the 429 came may land just after).
    assert [c for c in calls if c.status == 200 and limited[-1] + 0.1 < c.time < limited[0] + 0.9] == []


async def test_pacing_stays_within_the_platform_limit(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    """Paced at 50/s against a limit of 60/s: the margin the default keeps (25/s against
    Telegram's ~30/s), since the limit counts arrivals and a loaded machine adds jitter between a
    send's start and its arrival that no client-side spacing can remove."""
    await add_users(sqlite_store, 90)
    fake_telegram.enable_rate_limit(per_second=60, per_chat_per_second=1)
    service = service_for(sqlite_store, messages, fake_telegram, rate=50)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    report = await service.run(broadcast.id)
    await service.close()
    assert report is not None and report.broadcast.sent == 90
    calls = fake_telegram.calls("sendMessage")
    assert [c for c in calls if c.status == 429] == []
    ok = sorted(c.time for c in calls if c.status == 200)
    rate = (len(ok) - 1) / (ok[-1] - ok[0])
    assert 50 * 0.9 <= rate <= 50


async def test_server_errors_are_retried_and_bad_requests_are_not(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    ids = await add_users(sqlite_store, 3)
    fake_telegram.inject_error(500, "Internal Server Error", n=2, methods=["sendMessage"])
    service = service_for(sqlite_store, messages, fake_telegram, concurrency=1)
    ok = await service.create(make_spec(messages, tip="timing"), "test")
    assert ok is not None
    report = await service.run(ok.id)
    assert report is not None and (report.broadcast.sent, report.broadcast.failed) == (3, 0)
    async with sqlite_store.session() as s:
        rows = await s.list_broadcast_deliveries(ok.id)
    assert rows[0]["attempts"] == 3 and {r["attempts"] for r in rows[1:]} == {1}

    fake_telegram.inject_error(400, "Bad Request: chat not found", n=1, methods=["sendMessage"])
    bad = await service.create(make_spec(messages, tip="cue-once"), "test")
    assert bad is not None
    report = await service.run(bad.id)
    assert report is not None and (report.broadcast.sent, report.broadcast.failed) == (2, 1)
    assert report.failure_reasons == {"Chat not found": 1}  # PTB's wording of the 400
    assert report_text(messages, "en", report).startswith(
        f"Tip #{bad.id} went to 2 of 3 recipients. 1 message could not be delivered; "
        f"dogcoach broadcast --status {bad.id} shows why. It took "
    )
    assert report_text(messages, "ko", report).startswith(
        f"{bad.id}번 팁을 3명 중 2명에게 보냈어요. 1명에게는 보내지 못했어요. "
        f"이유는 dogcoach broadcast --status {bad.id} 명령으로 볼 수 있어요. "
    )
    async with sqlite_store.session() as s:
        failed = [r for r in await s.list_broadcast_deliveries(bad.id) if r["status"] == "failed"]
        user = await s.get_user_by_id(ids[0])
    assert failed[0]["attempts"] == 1 and user is not None and user.blocked_at is None

    fake_telegram.inject_error(502, "Bad Gateway", n=100, methods=["sendMessage"])
    down = await service.create(make_spec(messages, tip="enough-sleep", locale="ko"), "test")
    assert down is not None
    report = await service.run(down.id)
    await service.close()
    assert report is not None and report.broadcast.failed == down.total == 2
    assert report.failure_reasons == {"Bad Gateway": 2}
    async with sqlite_store.session() as s:
        assert {r["attempts"] for r in await s.list_broadcast_deliveries(down.id)} == {service.max_attempts}


# -- crashes ----------------------------------------------------------------------------------


async def test_resume_after_the_sender_is_stopped_midway(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    """Cancel the sending task after some sends, start a new service (a restart), and every
    user ends up with exactly one message."""
    await add_users(bstore, 60)
    fake_telegram.latency = 0.005
    first = service_for(bstore, messages, fake_telegram, rate=150)
    broadcast = await first.create(make_spec(messages, tip="loose-leash"), "test")
    assert broadcast is not None
    task = asyncio.create_task(first.run(broadcast.id))
    await eventually(lambda: len(fake_telegram.sent_messages()) >= 20)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await first.close()
    async with bstore.session() as s:
        statuses = Counter(r["status"] for r in await s.list_broadcast_deliveries(broadcast.id))
        row = await s.get_broadcast(broadcast.id)
    assert statuses["sending"] == 0  # in-flight sends finished and were recorded
    assert 20 <= statuses["sent"] < 60 and statuses["pending"] == 60 - statuses["sent"]
    assert row is not None and row.status == "running" and row.sent == statuses["sent"]

    second = service_for(bstore, messages, fake_telegram, rate=150)
    report = await second.run(broadcast.id)  # the lease was released: resumes at once
    await second.close()
    assert report is not None and report.broadcast.status == "done"
    assert (report.broadcast.sent, report.broadcast.failed) == (60, 0)
    counts = per_chat(fake_telegram)
    assert len(counts) == 60 and set(counts.values()) == {1}


async def test_a_hard_crash_never_resends_what_was_in_flight(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    """A killed process leaves a claimed delivery and a lease behind. Once the lease expires the
    next process resumes; the claimed one is settled failed (outcome unknown), never resent."""
    ids = await add_users(bstore, 4)
    service = service_for(bstore, messages, fake_telegram, lease_seconds=0.2)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    async with bstore.session() as s:  # what the dead process did before dying
        assert await s.acquire_broadcast(broadcast.id, "dead-host:1", utcnow() + dt.timedelta(seconds=0.2))
        assert await s.claim_broadcast_deliveries(broadcast.id, [ids[1]]) == {ids[1]}
    assert await service.run(broadcast.id) is None  # its lease still holds
    await asyncio.sleep(0.25)
    report = await service.run(broadcast.id)
    await service.close()
    assert report is not None and report.broadcast.status == "done"
    assert (report.broadcast.sent, report.broadcast.failed) == (3, 1)
    assert report.failure_reasons == {INTERRUPTED: 1}
    assert report_text(messages, "ko", report).startswith(
        f"{broadcast.id}번 팁을 4명 중 3명에게 보냈어요. 1명은 전달됐는지 확인하지 못했어요. "
        "두 번 받는 일이 없도록 다시 보내지 않아요. "
    )
    assert FIRST_CHAT + 1 not in per_chat(fake_telegram)
    assert set(per_chat(fake_telegram).values()) == {1}


async def test_one_process_at_a_time_and_the_other_can_watch(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 20)
    a = service_for(sqlite_store, messages, fake_telegram, rate=100)
    b = service_for(sqlite_store, messages, fake_telegram, rate=100)
    broadcast = await a.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    running = asyncio.create_task(a.run(broadcast.id))
    await asyncio.sleep(0.05)
    assert await b.run(broadcast.id) is None
    watched = await b.watch(broadcast.id, interval=0.05)
    report = await running
    await a.close()
    await b.close()
    assert watched is not None and report is not None and watched.broadcast.sent == 20
    assert set(per_chat(fake_telegram).values()) == {1} and len(per_chat(fake_telegram)) == 20


async def test_cancel_skips_what_is_left(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 40)
    service = service_for(sqlite_store, messages, fake_telegram, rate=50, lease_seconds=0.3)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    running = asyncio.create_task(service.run(broadcast.id))
    await eventually(lambda: len(fake_telegram.sent_messages()) >= 5)
    cancelled = await service.cancel(broadcast.id)
    assert cancelled is not None and cancelled.status == "cancelled"
    await running
    report = await service.report(broadcast.id)
    await service.close()
    assert report is not None and report.broadcast.status == "cancelled"
    b = report.broadcast
    assert b.sent + b.skipped == 40 and b.skipped > 0 and report.skipped_reasons == {"cancelled": b.skipped}
    assert len(per_chat(fake_telegram)) == b.sent
    assert report_text(messages, "en", report).startswith(
        f"Tip #{b.id} went to {b.sent} of 40 recipients. It was cancelled before {b.skipped} "
    )


# -- KakaoTalk --------------------------------------------------------------------------------


async def test_kakao_users_through_the_event_api(
    bstore: Store, messages: Messages, kakao_api: FakeKakaoEventApi
) -> None:
    # 160 users: stored ko, stored en, no preference (-> ko): 107 Korean, 53 English.
    await add_users(bstore, 160, channel="kakao", start=1, locales=("ko", "en", None))
    kakao_api.fail_user("7", "user blocked the channel")
    kakao_api.keep_tasks_pending(2)
    service = service_for(bstore, messages, kakao=kakao_api)
    spec = make_spec(messages, text_ko="이번 주 토요일 퍼피 클래스", text_en="Puppy class this Saturday")
    broadcast = await service.create(spec, "test")
    assert broadcast is not None
    report = await service.run(broadcast.id)
    await service.close()
    assert report is not None
    b = report.broadcast
    assert (b.status, b.sent, b.failed, b.skipped) == ("done", 159, 1, 0)
    assert report.failure_reasons == {"kakao: user blocked the channel": 1}
    talks = kakao_api.talks
    assert all(t.authorization == f"KakaoAK {REST_API_KEY}" and t.status == 200 for t in talks)
    assert all(len(t.body["user"]) <= 100 and t.body["event"]["name"] == EVENT_NAME for t in talks)
    assert [len(t.body["user"]) for t in talks] == [100, 7, 53]  # one language (one text) per call
    assert kakao_api.polls() >= 3 * 3  # every task was polled until it finished
    received = kakao_api.received()
    assert isinstance(received, dict) and len(received) == 159
    assert all(len(texts) == 1 for texts in received.values())
    assert received["2"] == [render(messages, spec, "en", Channel.KAKAO)] and received["1"] == [
        render(messages, spec, "ko", Channel.KAKAO)
    ]


async def test_kakao_not_configured_is_counted_skipped_and_said_plainly(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 3)
    await add_users(sqlite_store, 2, channel="kakao", start=1)
    service = service_for(sqlite_store, messages, fake_telegram)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    report = await service.run(broadcast.id)
    await service.close()
    assert report is not None
    assert (report.broadcast.sent, report.broadcast.skipped) == (3, 2)
    assert report.skipped_reasons == {SKIP_KAKAO_OFF: 2}
    assert report_text(messages, "en", report).startswith(
        f"Tip #{broadcast.id} went to 3 of 5 recipients. "
        "2 KakaoTalk users were skipped because the Kakao Event API is not configured. It took "
    )
    assert report_text(messages, "ko", report).startswith(
        f"{broadcast.id}번 팁을 5명 중 3명에게 보냈어요. 2명은 카카오 이벤트 API가 설정되지 않아서 건너뛰었어요. "
    )


@pytest.mark.parametrize(
    ("seconds", "ko", "en"),
    [
        (0.0, "1초도 걸리지 않았어요.", "It took less than a second."),
        (0.99, "1초도 걸리지 않았어요.", "It took less than a second."),
        (1.2, "1초 걸렸어요.", "It took 1 second."),
        (42.4, "42초 걸렸어요.", "It took 42 seconds."),
        (59.6, "1분 걸렸어요.", "It took 1 minute."),  # rounded to what is shown, never "60초"
        (61, "1분 1초 걸렸어요.", "It took 1 minute and 1 second."),
        (125, "2분 5초 걸렸어요.", "It took 2 minutes and 5 seconds."),
        (3599.6, "1시간 걸렸어요.", "It took 1 hour."),
        (3660, "1시간 1분 걸렸어요.", "It took 1 hour and 1 minute."),
        (2 * 3600 + 30 * 60 + 20, "2시간 30분 걸렸어요.", "It took 2 hours and 30 minutes."),
    ],
)
def test_durations_read_as_people_say_them(messages: Messages, seconds: float, ko: str, en: str) -> None:
    assert took_text(messages, "ko", seconds) == ko
    assert took_text(messages, "en", seconds) == en


async def test_kakao_errors_retry_or_fail_the_batch(
    sqlite_store: Store, messages: Messages, kakao_api: FakeKakaoEventApi
) -> None:
    await add_users(sqlite_store, 4, channel="kakao", start=1, locales=("ko",))
    kakao_api.inject(500, n=1)
    service = service_for(sqlite_store, messages, kakao=kakao_api)
    ok = await service.create(make_spec(messages, tip="timing"), "test")
    assert ok is not None
    report = await service.run(ok.id)
    assert report is not None and report.broadcast.sent == 4
    assert [t.status for t in kakao_api.talks] == [500, 200]

    kakao_api.inject(400, n=1, message="invalid event data")
    bad_request = await service.create(make_spec(messages, tip="sniff-walks"), "test")
    assert bad_request is not None
    report = await service.run(bad_request.id)
    assert report is not None and report.broadcast.failed == 4  # a 4xx is not retried
    assert list(report.failure_reasons) == ["kakao: HTTP 400: invalid event data"]
    assert len(kakao_api.talks) == 3
    await service.close()

    # A refused key would fail every batch the same way: the Kakao part stops, its users stay
    # pending (nobody is marked failed), and the broadcast resumes once the key is fixed.
    wrong = service_for(sqlite_store, messages, kakao=kakao_api, kakao_key="wrong-key")
    halted = await wrong.create(make_spec(messages, tip="cue-once"), "test")
    assert halted is not None
    report = await wrong.run(halted.id)
    await wrong.close()
    assert report is not None and report.broadcast.status == "running"
    assert (report.broadcast.failed, report.broadcast.total - report.broadcast.settled) == (0, 4)
    assert len(kakao_api.talks) == 4
    fixed = service_for(sqlite_store, messages, kakao=kakao_api)
    report = await fixed.run(halted.id)
    await fixed.close()
    assert report is not None and (report.broadcast.status, report.broadcast.sent) == ("done", 4)


# -- daily tip --------------------------------------------------------------------------------


async def test_daily_tip_once_a_day_at_the_local_time(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(bstore, 3)
    seoul = dt.timezone(dt.timedelta(hours=9))
    service = service_for(bstore, messages, fake_telegram)
    daily = DailyTips(service, dt.time(9, 0), "Asia/Seoul")
    assert await daily.tick(dt.datetime(2026, 11, 25, 8, 59, tzinfo=seoul)) is None
    assert await daily.tick(dt.datetime(2026, 11, 25, 12, 30, tzinfo=seoul)) is None  # too late today
    made = await daily.tick(dt.datetime(2026, 11, 25, 9, 0, 30, tzinfo=seoul))
    assert made is not None and made.daily_key == daily_key(dt.date(2026, 11, 25))
    assert made.tip_key == tip_for_day(messages, dt.date(2026, 11, 25))
    other_service = service_for(bstore, messages, fake_telegram)
    other_process = DailyTips(other_service, dt.time(9, 0), "Asia/Seoul")
    assert await other_process.tick(dt.datetime(2026, 11, 25, 9, 1, tzinfo=seoul)) is None
    await other_service.close()
    assert await daily.tick(dt.datetime(2026, 11, 25, 10, 0, tzinfo=seoul)) is None
    for _ in range(200):
        report = await service.report(made.id)
        if report is not None and report.finished:
            break
        await asyncio.sleep(0.01)
    await service.close()
    assert report is not None and report.broadcast.sent == 3
    assert daily.next_run(dt.datetime(2026, 11, 25, 9, 0, tzinfo=seoul)) == dt.datetime(
        2026, 11, 26, 9, 0, tzinfo=daily.zone
    )
    assert tip_for_day(messages, dt.date(2026, 11, 26)) != made.tip_key


def test_daily_tip_walks_the_catalogue(messages: Messages) -> None:
    start = dt.date(2026, 1, 1)
    keys = [tip_for_day(messages, start + dt.timedelta(days=i)) for i in range(len(tip_keys(messages)))]
    assert sorted(keys) == sorted(tip_keys(messages))


def test_spec_of_a_stored_broadcast_round_trips(messages: Messages) -> None:
    spec = make_spec(messages, text_ko="가", text_en=None, locale="ko")
    assert spec == BroadcastSpec("text", text_ko="가", locale="ko")


async def test_export_shows_and_delete_erases_a_users_broadcasts(
    bstore: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    ids = await add_users(bstore, 2)
    service = service_for(bstore, messages, fake_telegram)
    broadcast = await service.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    await service.run(broadcast.id)
    await service.close()
    async with bstore.session() as s:
        await s.set_tips_opt_out(ids[0], True)
        doc = await s.export_user(ids[0])
    assert doc["user"]["tips_opt_out"] is True
    assert [(b["broadcast_id"], b["tip"], b["status"]) for b in doc["broadcasts"]] == [
        (broadcast.id, "timing", "sent")
    ]
    assert doc["broadcasts"][0]["sent_at"] is not None
    async with bstore.session() as s:
        await s.delete_user(ids[0])
        rows = await s.list_broadcast_deliveries(broadcast.id)
    assert [r["user_id"] for r in rows] == [ids[1]]


async def test_a_refused_bot_token_leaves_everyone_pending(
    sqlite_store: Store, messages: Messages, fake_telegram: FakeTelegramServer
) -> None:
    await add_users(sqlite_store, 20)
    wrong = BroadcastService(
        sqlite_store,
        messages,
        telegram=TelegramSender("123:wrong-token", fake_telegram.url),
        rate_per_second=500,
    )
    broadcast = await wrong.create(make_spec(messages, tip="timing"), "test")
    assert broadcast is not None
    report = await wrong.run(broadcast.id)
    await wrong.close()
    assert report is not None and report.broadcast.status == "running"
    assert (report.broadcast.failed, report.broadcast.total - report.broadcast.settled) == (0, 20)
    assert len(fake_telegram.calls("sendMessage")) <= 8  # stopped at the first refusals
    fixed = service_for(sqlite_store, messages, fake_telegram)
    report = await fixed.run(broadcast.id)
    await fixed.close()
    assert report is not None and (report.broadcast.status, report.broadcast.sent) == ("done", 20)
