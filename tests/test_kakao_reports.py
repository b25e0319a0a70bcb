"""Kakao report turns over real HTTP: the 5-second rule, the AI callback and the result pick-up.

The whole stack runs: the app under uvicorn, the analysis service with the real `ollama` client
against the fake Ollama server (fast, slow or dead), and a local HTTP receiver on 127.0.0.1 playing
Kakao's callback endpoint (the host allow-list is configured for it explicitly).

What is asserted is behaviour: what was answered, in which order, and whether it came in the
skill's answer at once or through the callback. How long it took is measured in
`benchmarks/kakao_reports.py` (stop 61: the wall-clock bounds that were here failed on a loaded
box and said nothing the answers do not).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dogcoach.config import Settings
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, refused_url
from tests.test_kakao_skill import (
    KakaoUser,
    Server,
    check_limits,
    kakao_settings,
    quick_of,
    serve,
    t,
    texts_of,
)

REPORT_KO = "우리 콩이가 손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요."
REPORT_EN = "Kong barks at the door every time guests come in, and then I pick him up to calm him."
TITLE_KO = t("ko", "analysis-title", category=t("ko", "category-barking"))
TITLE_EN = t("en", "analysis-title", category=t("en", "category-barking"))
SHOW_RESULT = "report:result"
# An analysis assumed to take 1 s: the turn without a callback waits for it (as on a fast box).
FAST_BOX = {"DOGCOACH_ANALYSIS_ASSUMED_SECONDS": 1}


def working(locale: str, seconds: int = 25) -> str:
    """The acknowledgement of a report analysed at once, with nothing measured yet (25 s assumed)."""
    return t(locale, "analysis-working", wait=t(locale, "analysis-wait-seconds", seconds=seconds))


def queued(locale: str, place: int = 1, seconds: int = 25) -> str:
    """Kakao's first answer without a callback: saved, being analysed, place and wait."""
    return t(locale, "kakao-queued", place=place, wait=t(locale, "analysis-wait-seconds", seconds=seconds))


@dataclass
class Post:
    at: float
    body: dict[str, Any]


@dataclass
class Receiver:
    """Kakao's callback endpoint, played on 127.0.0.1: records each POST, answers `status`."""

    status: str = "SUCCESS"
    http_status: int = 200
    posts: list[Post] = field(default_factory=list)
    url: str = ""
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.decode("latin-1").split("\r\n"):
                name, _, value = line.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            body = json.loads(await reader.readexactly(length))
            self.posts.append(Post(time.monotonic(), body))
            self._arrived.set()
            answer = json.dumps(
                {"taskId": "t-1", "status": self.status, "message": "", "timestamp": 1}
            ).encode()
            writer.write(
                f"HTTP/1.1 {self.http_status} X\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(answer)}\r\nConnection: close\r\n\r\n".encode()
                + answer
            )
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def wait_posts(self, count: int, within: float = 10.0) -> list[Post]:
        deadline = time.monotonic() + within
        while len(self.posts) < count:
            self._arrived.clear()
            left = deadline - time.monotonic()
            assert left > 0, f"expected {count} callback POST(s), got {len(self.posts)}"
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), left)
        return self.posts


@asynccontextmanager
async def receiver(status: str = "SUCCESS", http_status: int = 200) -> AsyncIterator[Receiver]:
    rx = Receiver(status, http_status)
    server = await asyncio.start_server(rx._handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    rx.url = f"http://127.0.0.1:{port}/v1/bots/64f0a1b2/callback/token-{port}"
    try:
        yield rx
    finally:
        server.close()
        await server.wait_closed()


def settings_for(tmp_path: Path, ollama_url: str, **overrides: Any) -> Settings:
    base: dict[str, Any] = {"DOGCOACH_ANALYSIS_RETRY_MAX": 0.5}
    base.update(overrides)
    return kakao_settings(f"sqlite:///{tmp_path / 'kakao.db'}", ollama_url, **base)


async def idle_user(srv: Server, *, english: bool = False) -> KakaoUser:
    """A user who named their dog and stopped the survey: free text is now a behaviour report."""
    user = srv.user()
    await user.send("English" if english else "안녕하세요")
    await user.send("Kong" if english else "콩이")
    await user.send("/cancel")
    return user


async def until_owed(srv: Server, user: KakaoUser) -> None:
    """Wait until the service has finished with the user's reports (kept or delivered)."""
    service = srv.app.state.runtime.analysis
    for _ in range(200):
        if service.queued == 0:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("analysis still running")


# --------------------------------------------------------------------------- with callback


async def test_report_with_callback_answers_at_once_and_posts_the_result_once(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    # the model takes 2 s: the skill's answer comes before it (stop 60: a wall-clock bound here,
    # "under 0.5 s", failed under load; what it meant is the order, asserted as such)
    fake_ollama.behaviour.delay = 2.0
    async with receiver("SUCCESS") as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        body = await user.send(REPORT_KO, callback_url=rx.url)
        assert body == {"version": "2.0", "useCallback": True, "data": {"text": working("ko")}}
        assert rx.posts == []  # answered at once: the result not made yet
        posts = await rx.wait_posts(1)
        result = posts[0].body
        check_limits(result)
        assert texts_of(result)[0].startswith(TITLE_KO)  # after the model answered: its analysis
        await until_owed(srv, user)
        await asyncio.sleep(0.2)
        assert len(rx.posts) == 1  # exactly once
        await user.send("/help")  # delivered already: not shown again
        assert not any(x.startswith(TITLE_KO) for x in user.texts)


@pytest.mark.parametrize(("status", "http_status"), [("FAIL", 200), ("ERROR", 200), ("SUCCESS", 500)])
async def test_callback_refused_by_kakao_keeps_the_result_for_the_next_message(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    status: str,
    http_status: int,
) -> None:
    async with receiver(status, http_status) as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        body = await user.send(REPORT_KO, callback_url=rx.url)
        assert body["useCallback"] is True
        await rx.wait_posts(1)
        await until_owed(srv, user)
        await user.send("/help")
        assert user.texts[0].startswith(TITLE_KO)
        assert t("ko", "help-text").splitlines()[0] in user.text
        await asyncio.sleep(0.2)
        assert len(rx.posts) == 1  # a callback URL is used once, even when it failed


async def test_callback_host_not_allowed_is_never_posted_to(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    settings = settings_for(tmp_path, fake_ollama.url, KAKAO_CALLBACK_HOSTS="kakao.com", **FAST_BOX)
    async with receiver() as rx, serve(settings) as srv:
        user = await idle_user(srv)
        body = await user.send(REPORT_KO, callback_url=rx.url)
        assert "useCallback" not in body
        assert user.texts[0].startswith(TITLE_KO)  # the fast model fits the synchronous budget
        await asyncio.sleep(0.3)
    assert rx.posts == []


async def test_callback_says_still_working_when_the_result_is_late_and_keeps_it(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    fake_ollama.behaviour.delay = 1.5
    settings = settings_for(tmp_path, fake_ollama.url, KAKAO_CALLBACK_WAIT_SECONDS=0.4)
    async with receiver() as rx, serve(settings) as srv:
        user = await idle_user(srv)
        body = await user.send(REPORT_KO, callback_url=rx.url)
        assert body["useCallback"] is True
        posts = await rx.wait_posts(1)
        check_limits(posts[0].body)
        # the watchdog's line, before the result (a result finished by then would be POSTed instead)
        assert texts_of(posts[0].body) == [t("ko", "kakao-in-progress")]
        assert [q["extra"]["choice"] for q in quick_of(posts[0].body)] == [SHOW_RESULT]
        await until_owed(srv, user)
        assert len(rx.posts) == 1
        # The button came with the callback message; tapping it sends its label and extra.
        await user.send(t("ko", "analysis-show-result"), extra={"choice": SHOW_RESULT})
        assert user.texts[0].startswith(TITLE_KO)


async def test_english_report_with_callback(tmp_path: Path, fake_ollama: FakeOllama) -> None:  # noqa: F811
    async with receiver() as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv, english=True)
        body = await user.send(REPORT_EN, callback_url=rx.url)
        assert body["data"]["text"] == working("en")
        posts = await rx.wait_posts(1)
        assert texts_of(posts[0].body)[0].startswith(TITLE_EN)


# --------------------------------------------------------------------------- without callback


async def test_report_without_callback_answers_with_the_result_within_the_budget(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    fake_ollama.behaviour.delay = 0.2
    async with serve(settings_for(tmp_path, fake_ollama.url, **FAST_BOX)) as srv:
        user = await idle_user(srv)
        body = await user.send(REPORT_KO)
        assert "useCallback" not in body
        assert user.texts[0].startswith(TITLE_KO)  # waited for: the result in the first answer
        await until_owed(srv, user)
        await user.send("/help")
        assert not any(x.startswith(TITLE_KO) for x in user.texts)


async def test_report_without_callback_past_the_budget_then_show_result(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    fake_ollama.behaviour.delay = 1.0
    settings = settings_for(
        tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2, DOGCOACH_ANALYSIS_ASSUMED_SECONDS=0.1
    )
    async with serve(settings) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        # 0.1 s expected: worth waiting the 0.2 s budget, and not finished within it
        assert user.texts == [queued("ko", seconds=5)]
        assert user.choice_ids == [SHOW_RESULT]
        assert quick_of(user.last)[0]["label"] == t("ko", "analysis-show-result")
        await user.tap(SHOW_RESULT)  # too early: still working (the time left now), same button again
        assert user.texts == [t("ko", "kakao-result-not-yet", seconds=1)]
        assert user.choice_ids == [SHOW_RESULT]
        await until_owed(srv, user)
        await user.tap(SHOW_RESULT)
        assert user.texts[0].startswith(TITLE_KO)


async def test_result_past_the_budget_comes_with_the_next_message(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    fake_ollama.behaviour.delay = 0.6
    async with serve(settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.1)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        assert user.texts == [queued("ko")]
        await until_owed(srv, user)
        await user.send("/profile")
        assert user.texts[0].startswith(TITLE_KO)


async def test_show_result_typed_instead_of_tapped(tmp_path: Path, fake_ollama: FakeOllama) -> None:  # noqa: F811
    fake_ollama.behaviour.delay = 0.5
    async with serve(settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.1)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        await until_owed(srv, user)
        await user.send(t("ko", "analysis-show-result"))  # extra lost: the label is recognised
        assert user.texts[0].startswith(TITLE_KO)


# --------------------------------------------------------------------------- slow and dead models


async def test_thirty_second_model_never_delays_the_skill_past_4_5_s(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    """The real budgets (3.5 s wait, 4.2 s deadline) and a CPU's wait (25 s assumed): a report
    without a callback is not kept waiting for a result that cannot come in time (issue 12,
    item 7). The first answer says at once that it is saved and being analysed, with its place
    and the wait and the "Show result" button; with a callback, "analysing…" at once."""
    fake_ollama.behaviour.delay = 30.0
    settings = kakao_settings(f"sqlite:///{tmp_path / 'kakao.db'}", fake_ollama.url)
    assert settings.kakao_sync_budget_seconds == 3.5
    async with receiver() as rx, serve(settings) as srv:
        first, second = await idle_user(srv), await idle_user(srv)
        # no callback: answered at once, not after the result (the 25 s assumed do not fit the budget)
        await first.send(REPORT_KO)
        assert first.texts == [queued("ko")]
        assert first.choice_ids == [SHOW_RESULT]
        await second.send(REPORT_KO, callback_url=rx.url)  # callback: "analysing…" at once
        assert second.last["useCallback"] is True
        assert second.last["data"]["text"] == t(
            "ko", "analysis-queued", place=2, wait=t("ko", "analysis-wait-seconds", seconds=50)
        )  # behind the first, whose 25 s have just begun
        await first.tap(SHOW_RESULT)  # still working: being analysed, what is left of the 25 s
        assert first.texts[0] in {t("ko", "kakao-result-not-yet", seconds=s) for s in range(18, 26)}
        assert rx.posts == []  # nothing made yet: no callback has gone
        fake_ollama.stop()  # cut the slow answers short so the app stops promptly


async def test_dead_model_answers_fast_and_says_the_report_is_kept(tmp_path: Path) -> None:
    async with receiver() as rx, serve(settings_for(tmp_path, refused_url())) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        assert user.texts == [t("ko", "kakao-delayed")]  # as soon as the service knows
        assert user.choice_ids == [SHOW_RESULT]
        assert srv.app.state.runtime.analysis.delayed  # the outage is known now: nothing waits
        await user.send(REPORT_KO + " 또")
        assert user.texts == [t("ko", "kakao-delayed")]
        body = await user.send(REPORT_KO + " 다시", callback_url=rx.url)
        assert "useCallback" not in body  # said in the answer, not through the callback
        assert rx.posts == []


async def test_model_down_after_start_with_callback_says_so_through_the_callback(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    async with receiver() as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        fake_ollama.stop()  # up at start, gone now: nobody knows yet
        body = await user.send(REPORT_KO, callback_url=rx.url)
        assert body["useCallback"] is True
        posts = await rx.wait_posts(1)
        assert texts_of(posts[0].body) == [t("ko", "kakao-delayed")]
        assert [q["extra"]["choice"] for q in quick_of(posts[0].body)] == [SHOW_RESULT]
        await asyncio.sleep(0.3)
        assert len(rx.posts) == 1


async def test_model_out_of_memory_is_temporarily_unavailable_on_kakao(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    """Ollama answers but cannot load the model: "temporarily unavailable", never "can't reach"."""
    fake_ollama.behaviour.chat = "out_of_memory"
    async with receiver() as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO, callback_url=rx.url)
        posts = await rx.wait_posts(1)
        assert texts_of(posts[0].body) == [t("ko", "kakao-unavailable")]
        await user.send(REPORT_KO + " 또")  # known now: said at once, without a callback
        assert user.texts == [t("ko", "kakao-unavailable")]
        assert user.choice_ids == [SHOW_RESULT]


async def test_postgres_report_with_callback(pg_url: str, fake_ollama: FakeOllama) -> None:  # noqa: F811
    async with receiver() as rx, serve(kakao_settings(pg_url, fake_ollama.url)) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO, callback_url=rx.url)
        posts = await rx.wait_posts(1)
        assert texts_of(posts[0].body)[0].startswith(TITLE_KO)


async def test_week_chart_is_shown_as_an_image_from_a_short_lived_link(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    def settings(base_url: str) -> Settings:
        return settings_for(tmp_path, fake_ollama.url, PUBLIC_BASE_URL=base_url, **FAST_BOX)

    async with serve(settings) as srv:
        user = await idle_user(srv)
        await user.send(REPORT_KO)
        assert user.texts[0].startswith(TITLE_KO)
        await user.send("/week")
        images = [o["simpleImage"] for o in user.last["template"]["outputs"] if "simpleImage" in o]
        assert len(images) == 1
        url = images[0]["imageUrl"]
        assert url.startswith(srv.url + "/kakao/files/")
        response = await srv.http.get(url)
        assert response.status_code == 200
        assert response.headers["content-type"] == "image/png"
        assert response.content.startswith(b"\x89PNG")
