# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 61, helper kakao61: the Kakao week view ("이번 주", "this week") right after start-up, and
the transcript of the "same message again" line.

Over real HTTP (the app under uvicorn, the fake Ollama, Kakao's callback endpoint played by
`tests.test_kakao_reports.receiver`). The chart worker's start-up warm-up takes 10–25 s on a loaded
box; here it is made slow deterministically by another chart held in the cold worker, submitted
before the app starts and released by the test (`test_stop60_kakao60.held_worker`): the app's own
warm-up, and then the week's chart, queue behind it. Nothing of the project is replaced. Timing is measured in `benchmarks/kakao_week.py
--busy-start`, never asserted here.

1. Without a callback URL, the first week view after start answered the deadline's "taking a while"
   (`kakao-slow`) and nothing else: the owner had to come back for their counts. Now the card goes
   out within the deadline with its text, without the picture, and one line saying the chart comes
   with the next ask (`chart-later`); the chart is drawn meanwhile, and the next ask shows it
   (Korean and English). With a callback URL whose wait runs out first, the callback carries the
   same card, not "taking a while" (Korean and English). Failed at 23c2ae41: 4 of 4.
2. The short line answering the same message sent again while the first is made
   (`kakao-repeat-coming`, `kakao-repeat-shown`) is written to the transcript, its message in and
   the line out, as every other answer is. Failed at 23c2ae41: 2 of 2 (neither line was kept).
3. Telegram, the same week view right after start-up (no deadline there): "typing…" while the
   chart waits, then the card as a photo with its counts. Reported, not changed: passed at
   23c2ae41 (Korean and English).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.analysis import chart
from tests.fakes.chart_worker import let_go
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_kakao_reports import FAST_BOX, receiver, settings_for
from tests.test_kakao_skill import KakaoUser, Server, serve, t, texts_of
from tests.test_stop60_kakao60 import REPORT, WEEK, busy_worker, held_worker, images, owner, week_title
from tests.test_telegram_e2e import eventually, harness
from tests.test_telegram_e2e import settings_for as tg_settings_for


@asynccontextmanager
async def slow_start(settings: Any, release: Path) -> AsyncIterator[tuple[Server, asyncio.Future[None]]]:
    """The app started with a cold chart worker that is busy first, until the test creates
    `release` (a warm-up longer than a turn's deadline and than the owner's set-up, on a loaded
    box): its own warm-up (`bot/lifecycle.py:charting`) and every chart queue behind that."""
    chart.stop_worker()
    busy = held_worker(release)
    try:
        async with serve(settings) as srv:
            yield srv, busy
    finally:
        let_go(str(release))
        await asyncio.gather(busy, return_exceptions=True)


async def transcript(srv: Server, user: KakaoUser) -> list[tuple[str, str | None]]:
    """The user's transcript as (direction, text)."""
    store = srv.app.state.runtime.store
    async with store.session() as s:
        u = await s.get_user(Channel.KAKAO, user.key)
        assert u is not None
        return [(m["direction"], m["text"]) for m in await s.list_messages(u.id)]


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_the_first_week_after_start_shows_its_counts_at_once_and_the_chart_next_time(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    def settings(base_url: str) -> Settings:
        return settings_for(
            tmp_path,
            fake_ollama.url,
            PUBLIC_BASE_URL=base_url,
            KAKAO_RESPONSE_DEADLINE_SECONDS=2.5,
            **FAST_BOX,
        )

    release = tmp_path / "release"
    async with slow_start(settings, release) as (srv, busy):
        user = await owner(srv, language)
        assert not busy.done()  # the worker is still starting
        first = await user.send(WEEK[language])
        assert t(language, "kakao-slow") not in user.texts
        assert user.texts[0].startswith(week_title(language, 1)), user.texts
        assert t(language, "category-barking") in user.text  # the counts
        assert images(first) == []
        assert t(language, "chart-later") in user.text
        let_go(str(release))
        await busy
        # the chart, drawn meanwhile, comes with the next ask, and the line is gone
        for _ in range(20):
            again = await user.send(WEEK[language])
            if images(again):
                break
            await asyncio.sleep(0.3)
        assert len(images(again)) == 1, user.texts
        assert user.texts[0].startswith(week_title(language, 1))
        assert t(language, "chart-later") not in user.text


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_with_a_callback_the_card_comes_with_its_counts_when_the_chart_is_not_ready(
    tmp_path: Path, fake_ollama: FakeOllama, language: str
) -> None:
    def settings(base_url: str) -> Settings:
        return settings_for(
            tmp_path,
            fake_ollama.url,
            PUBLIC_BASE_URL=base_url,
            KAKAO_CALLBACK_AFTER_SECONDS=0.5,
            KAKAO_CALLBACK_WAIT_SECONDS=2.0,
            **FAST_BOX,
        )

    async with receiver() as rx, slow_start(settings, tmp_path / "release") as (srv, busy):
        user = await owner(srv, language)
        assert not busy.done()
        body = await user.send(WEEK[language], callback_url=rx.url)
        assert body.get("useCallback") is True, body
        [post] = await rx.wait_posts(1)
        shown = texts_of(post.body)
        assert t(language, "kakao-slow") not in shown
        assert shown[0].startswith(week_title(language, 1)), shown
        assert images(post.body) == []
        assert t(language, "chart-later") in "\n".join(shown)


@pytest.mark.parametrize(("language", "callback"), [("ko", True), ("en", False)])
async def test_the_same_message_again_is_in_the_transcript_with_its_short_line(
    tmp_path: Path, fake_ollama: FakeOllama, language: str, callback: bool
) -> None:
    """With a callback the second tap is answered "coming" (the first went to the callback);
    without, it waits for the first, made within the deadline, and is answered "shown above"."""

    def settings(base_url: str) -> Settings:
        return settings_for(
            tmp_path, fake_ollama.url, PUBLIC_BASE_URL=base_url, KAKAO_CALLBACK_AFTER_SECONDS=0.5, **FAST_BOX
        )

    release = tmp_path / "release"
    async with receiver() as rx, serve(settings) as srv:
        user = await owner(srv, language)
        url = rx.url if callback else None
        # With a callback, the worker is held until the second tap has been answered (a timed busy
        # worker could finish inside the second tap's wait on a slow box: "shown above" then).
        busy = held_worker(release) if callback else busy_worker(1.0)
        try:
            await asyncio.sleep(0.2)
            first = asyncio.ensure_future(user.send(WEEK[language], callback_url=url))
            await asyncio.sleep(0.3 if not callback else 0.0)
            if callback:
                await first
            second = srv.user(user.key, lang=user.lang)
            await second.send(WEEK[language], callback_url=url)  # tapped again while it is made
        finally:
            let_go(str(release))
        line = "kakao-repeat-coming" if callback else "kakao-repeat-shown"
        assert second.texts == [t(language, line)]
        await first
        await busy
        if callback:
            await rx.wait_posts(1)
        await asyncio.sleep(0.3)
        lines = await transcript(srv, user)
        asked = [i for i, (d, x) in enumerate(lines) if d == "in" and x == WEEK[language]]
        assert len(asked) == 2, lines
        assert ("out", t(language, line)) in lines[asked[1] :], lines


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_telegram_week_right_after_start_shows_typing_then_the_card(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, language: str
) -> None:
    settings = tg_settings_for(
        fake_telegram,
        f"sqlite:///{tmp_path / 'tg.db'}",
        OLLAMA_HOST=fake_ollama.url,
        DOGCOACH_DEFAULT_LOCALE=language,
    )
    chat = 61_0061 + (language == "en")
    chart.stop_worker()
    release = tmp_path / "release"
    busy = held_worker(release)
    try:
        async with harness(fake_telegram, settings) as tg:
            tg.hook.adapter.typing.interval = 0.3
            await tg.say(chat, "English" if language == "en" else "안녕하세요")
            await tg.say(chat, "Kong" if language == "en" else "콩이")
            await tg.say(chat, "/cancel")
            await tg.say(chat, REPORT[language])
            title = t(language, "analysis-title", category=t(language, "category-barking"))
            await eventually(lambda: any(x.startswith(title) for x in tg.sent(chat)), within=20)
            assert not busy.done()
            typing_before = len(tg.fake.calls("sendChatAction"))
            delivered = await tg.fake.deliver_message(chat, WEEK[language])
            assert delivered.status_code == 200, delivered.text
            # "typing…" while the chart waits for the worker, then the card once it is drawn
            await eventually(lambda: len(tg.fake.calls("sendChatAction")) > typing_before)
            let_go(str(release))
            await eventually(lambda: bool([m for m in tg.fake.sent_messages(chat) if m.kind == "photo"]))
            photos = [m for m in tg.fake.sent_messages(chat) if m.kind == "photo"]
            assert len(photos) == 1
            assert (photos[0].text or "").startswith(week_title(language, 1)), photos[0].text
    finally:
        let_go(str(release))
        await asyncio.gather(busy, return_exceptions=True)
