"""Two real `dogcoach serve` processes on one throwaway PostgreSQL database answer one Kakao bot:
requests alternate between them and "더 보기" / choice pages, download links and the one callback
POST come out right whichever process answers (issue 15, item 2).

The processes are children (`tests/serve_process.py`), the model the fake Ollama server, Kakao's
callback endpoint a local receiver (`test_kakao_reports.Receiver`), the bodies the Kakao fixtures.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import pytest

from dogcoach.services.proxies import LOOPBACK_DIRECT
from tests.fakes.ollama_server import FakeOllama
from tests.serve_process import ServeProcess
from tests.test_kakao_reports import TITLE_KO, Receiver, receiver
from tests.test_kakao_skill import HEADER, SECRET, check_limits, quick_of, skill_body, t, texts_of

FILES_BASE = "http://files.test"
# The survey up to its multi-choice question with 17 options (paged behind "다른 선택지 ▶").
TO_CONCERNS: list[tuple[str, str | None]] = [
    ("/start", None), ("초코", None), ("3살", None), ("여아 (중성화 함)", "survey:sex:female_spayed"),
    ("믹스 / 모름", "survey:breed:mixed"), ("소형 (10kg 미만)", "survey:size:small"),
    ("보호소 / 구조", "survey:origin:shelter"), ("2년", None), ("3", None), ("아니요", "survey:children:no"),
    ("고양이", "survey:other_pets:cat"), ("완료 ✔", "survey:done"), ("4", None), ("60", None),
]  # fmt: skip
REPORT = "우리 콩이가 손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요."


@pytest.fixture
def database(pg_admin_url: str) -> Iterator[str]:
    """A database of its own, dropped afterwards (the servers migrate it)."""
    name = f"dogcoach_replicas_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield urlunsplit(urlsplit(pg_admin_url)._replace(path=f"/{name}"))
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_env(database: str, ollama: FakeOllama, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database,
        "OLLAMA_HOST": ollama.url,
        "DOGCOACH_OLLAMA_PULL": "false",
        "KAKAO_SKILL_SECRET": SECRET,
        "KAKAO_SKILL_SECRET_HEADER": HEADER,
        "KAKAO_CALLBACK_HOSTS": "127.0.0.1",
        "KAKAO_CALLBACK_ALLOW_HTTP": "true",
        "PUBLIC_BASE_URL": FILES_BASE,
        # a dead replica's claimed reports are taken over after this (production: 60 s)
        "DOGCOACH_ANALYSIS_LEASE_SECONDS": "5",
        **extra,
    }


async def started(env: dict[str, str], name: str) -> ServeProcess:
    # In a thread: the callback receiver runs on this test's event loop meanwhile.
    return await asyncio.to_thread(lambda: ServeProcess(env, name=name).wait_ready())


@asynccontextmanager
async def replicas(env: dict[str, str], count: int = 2) -> AsyncIterator[list[ServeProcess]]:
    procs: list[ServeProcess] = []
    try:
        for i in range(count):  # one after the other: the first one migrates
            procs.append(await started(env, f"kakao-replica-{i}"))
        yield procs
    finally:
        for proc in procs:
            await asyncio.to_thread(proc.close)


class Owner:
    """A KakaoTalk user whose requests reach whichever replica the test names."""

    def __init__(self, http: httpx.AsyncClient, key: str) -> None:
        self.http = http
        self.key = key
        self.last: dict[str, Any] = {}

    async def send(
        self, to: ServeProcess, text: str, choice: str | None = None, *, callback_url: str | None = None
    ) -> dict[str, Any]:
        body = skill_body(
            self.key, text, extra={"choice": choice} if choice else None, callback_url=callback_url
        )
        response = await self.http.post(
            to.url + "/kakao/skill", json=body, headers={HEADER: SECRET}, timeout=10
        )
        assert response.status_code == 200, response.text
        self.last = response.json()
        check_limits(self.last)
        return self.last

    @property
    def texts(self) -> list[str]:
        return texts_of(self.last)

    @property
    def choice_ids(self) -> list[str]:
        return [str((q.get("extra") or {}).get("choice")) for q in quick_of(self.last)]


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as client:
        yield client


async def test_pages_and_download_links_are_served_by_either_replica(
    database: str, http: httpx.AsyncClient
) -> None:
    with FakeOllama() as ollama:
        async with replicas(server_env(database, ollama)) as (a, b):
            owner = Owner(http, "replica-owner")
            for i, (text, choice) in enumerate(TO_CONCERNS):  # every step on the other replica
                await owner.send((a, b)[i % 2], text, choice)
            # The concerns question: 17 options on three pages. Each page turn goes to the other replica,
            # which knows the page only from the view the previous one stored.
            assert owner.choice_ids[-1] == "kakao.page:1", owner.choice_ids
            first_page = [c for c in owner.choice_ids if c.startswith("survey:concerns:")]
            await owner.send(b, "다른 선택지 ▶", "kakao.page:1")
            assert owner.texts == [t("ko", "kakao-page", n=2, total=3)]
            second_page = [c for c in owner.choice_ids if c.startswith("survey:concerns:")]
            assert second_page and not set(second_page) & set(first_page)
            # A tick on page 2, answered by replica A: the toggle stays on the page the user is on.
            await owner.send(a, "두려움", second_page[0])
            assert [c for c in owner.choice_ids if c.startswith("survey:concerns:")] == second_page
            # Typed instead of tapped (extra lost), on B: still the pager, from A's view.
            await owner.send(b, "다른 선택지 ▶")
            assert owner.texts == [t("ko", "kakao-page", n=3, total=3)]

            # /export on A offers a link; B serves the file; /delete on B takes it down for both.
            await owner.send(a, "/export")
            link = re.search(re.escape(FILES_BASE) + r"(/kakao/files/\S+)", " ".join(owner.texts))
            assert link is not None, owner.texts
            path = link.group(1)
            for proc in (b, a):
                got = await http.get(proc.url + path)
                assert got.status_code == 200 and b'"external_id":"replica-owner"' in got.content
            await owner.send(b, "/delete")
            await owner.send(a, "delete", "privacy:delete:yes")
            assert owner.texts == [t("ko", "delete-done")]
            for proc in (a, b):
                assert (await http.get(proc.url + path)).status_code == 404


async def report_with_callback(owner: Owner, to: ServeProcess, rx: Receiver) -> None:
    """An owner past the survey's first question sends a report with a callback URL: the answer
    is `useCallback` at once."""
    await owner.send(to, "안녕하세요")
    await owner.send(to, "콩이")
    await owner.send(to, "/cancel")
    answer = await owner.send(to, REPORT, callback_url=rx.url)
    assert answer.get("useCallback") is True, answer


async def test_a_callback_stored_by_a_dead_replica_is_used_once_by_the_one_that_analyses(
    database: str, http: httpx.AsyncClient
) -> None:
    with FakeOllama() as ollama:
        ollama.behaviour.delay = 4.0  # the analysis outlives the replica that took the report
        env = server_env(database, ollama)
        async with receiver() as rx, replicas(env, count=1) as (a,):
            owner = Owner(http, "orphaned-callback")
            await report_with_callback(owner, a, rx)
            a.kill()  # kill -9: its watchdog and its analysis die with it
            ollama.behaviour.delay = 0.5
            b = await started(env, "kakao-replica-late")  # takes the report over once A's lease ends
            try:
                posts = await rx.wait_posts(1, within=30)
                await asyncio.sleep(2.0)  # nothing else comes
                assert len(posts) == 1
                assert texts_of(posts[0].body)[0].startswith(TITLE_KO), posts[0].body
                # The next message, on B, shows nothing again (delivered once).
                await owner.send(b, "고마워요")
                assert not any(x.startswith(TITLE_KO) for x in owner.texts)
            finally:
                await asyncio.to_thread(b.close)


async def test_a_callback_both_replicas_could_use_is_posted_once(
    database: str, http: httpx.AsyncClient
) -> None:
    """Replica A answers `useCallback` and waits (its watchdog fires after 2 s); replica B starts
    while the report is pending (A holds its claim, so B leaves it). A's result, B's view of it and
    A's "still working" race for the one POST."""
    with FakeOllama() as ollama:
        ollama.behaviour.delay = 2.0
        env = server_env(database, ollama, KAKAO_CALLBACK_WAIT_SECONDS="2")
        async with receiver() as rx, replicas(env, count=1) as (a,):
            owner = Owner(http, "raced-callback")
            await report_with_callback(owner, a, rx)
            b = await started(env, "kakao-replica-racer")
            try:
                await rx.wait_posts(1, within=30)
                await asyncio.sleep(4.0)  # both analyses and the watchdog are over
                assert len(rx.posts) == 1, [texts_of(p.body) for p in rx.posts]
                shown = texts_of(rx.posts[0].body)
                if not shown[0].startswith(TITLE_KO):  # "still working": the next message has it
                    assert t("ko", "kakao-in-progress") in " ".join(shown), shown
                    await owner.send(b, "고마워요")
                    assert owner.texts[0].startswith(TITLE_KO), owner.texts
            finally:
                await asyncio.to_thread(b.close)
