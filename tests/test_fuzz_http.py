"""Fuzzing the three HTTP surfaces (Telegram webhook, Kakao skill, admin API) with hypothesis.

The real app runs on 127.0.0.1 in a thread of its own (uvicorn, SQLite, the fake Bot API for
Telegram's outbound calls); examples go through a real HTTP client. Bodies start from requests the
platforms really send and are mutated (a value swapped for any JSON value: huge numbers, lone
surrogates, nesting; keys dropped or added), or are arbitrary bytes. Every answer must be below
500 and JSON, and nothing may be logged at ERROR (a crashed turn, an unhandled exception).

Examples per surface: `HYPOTHESIS_PROFILE=ci` (default, 60: about half a minute in all) or
`deep` (1,000).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dogcoach.webhook import telegram as telegram_webhook
from dogcoach.webhook.app import create_app
from tests.fakes.telegram_api import FakeTelegramServer
from tests.surfaces import (
    ADMIN_TOKEN,
    KAKAO_HEADER,
    KAKAO_PATH,
    KAKAO_SECRET,
    TELEGRAM_PATH,
    TELEGRAM_SECRET,
    kakao_body,
    surfaces_settings,
)

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

# Any character, surrogates included (json.dumps writes a lone one as "\ud800").
CHARS = st.characters(codec=None, categories=None)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**62, max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(CHARS, max_size=40)
    | st.sampled_from(["", "/start", "/export", "/delete", "/week", "0", "-1", "\x00", "lang:en"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(CHARS, max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


class _Errors(logging.Handler):
    """Everything logged at ERROR or above, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Served:
    """The app served by uvicorn in its own thread and event loop."""

    def __init__(self, fake: FakeTelegramServer, database_url: str) -> None:
        config = uvicorn.Config(
            create_app(surfaces_settings(fake, database_url)),
            host="127.0.0.1",
            port=0,
            lifespan="on",
            log_config=None,
            access_log=False,
            ws="none",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve()), daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)


@pytest.fixture(scope="module")
def errors() -> Iterator[_Errors]:
    handler = _Errors()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture(scope="module")
def client(
    fake: FakeTelegramServer, errors: _Errors, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    database = Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.db"
    with (
        Served(fake, f"sqlite:///{database}") as base_url,
        httpx.Client(base_url=base_url, timeout=15, trust_env=False) as http,
    ):
        yield http
        time.sleep(0.6)  # turns answered in the background (over the route's budget) finish
    assert not errors.records, [r.getMessage() for r in errors.records]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path in a JSON value (the value itself is the empty path)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, template: Any) -> Any:
    """`template` with one to three changes: a value replaced, a key dropped, or a key added."""
    body = json.loads(json.dumps(template))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(body)))
        if not path:
            return draw(VALUES)
        parent = body
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "drop", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(VALUES)
        elif action == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(st.text(CHARS, max_size=12))] = draw(VALUES)
    return body


def _encode(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def _check(response: httpx.Response, errors: _Errors) -> None:
    assert response.status_code < 500, response.text
    response.json()  # every answer, refusals included, is JSON
    assert not errors.records, [r.getMessage() for r in errors.records]


def _telegram_templates(fake: FakeTelegramServer) -> list[Any]:
    return [
        fake.make_message(7001, "/start", language_code="ko", first_name="지은"),
        fake.make_message(7002, "Barks at the door when the bell rings", language_code="en"),
        fake.make_callback(7003, "lang:en", language_code="en"),
        fake.make_callback(7004, "report:history:5", language_code="ko"),
    ]


TELEGRAM_HEADERS = {telegram_webhook.SECRET_HEADER: TELEGRAM_SECRET, "Content-Type": "application/json"}


@given(data=st.data())
def test_telegram_webhook_never_fails(
    client: httpx.Client, fake: FakeTelegramServer, errors: _Errors, data: st.DataObject
) -> None:
    template = data.draw(st.sampled_from(_telegram_templates(fake)))
    body = data.draw(mutated(template) | st.binary(max_size=200).map(lambda b: {"raw": b.hex()}))
    content = bytes.fromhex(body["raw"]) if isinstance(body, dict) and set(body) == {"raw"} else _encode(body)
    _check(client.post(TELEGRAM_PATH, content=content, headers=TELEGRAM_HEADERS), errors)


KAKAO_TEMPLATES = [
    kakao_body("fuzz-kakao-1", "안녕하세요"),
    kakao_body("fuzz-kakao-2", "/start", lang="en"),
    kakao_body("fuzz-kakao-3", "이어 보기", choice="kakao:more"),
    kakao_body("fuzz-kakao-4", "예", choice="survey:neutered:yes"),
]
KAKAO_HEADERS = {KAKAO_HEADER: KAKAO_SECRET, "Content-Type": "application/json"}


@given(body=st.sampled_from(KAKAO_TEMPLATES).flatmap(mutated))
def test_kakao_skill_never_fails(client: httpx.Client, errors: _Errors, body: Any) -> None:
    _check(client.post(KAKAO_PATH, content=_encode(body), headers=KAKAO_HEADERS), errors)


ADMIN_HEADERS = {"Authorization": f"Bearer {ADMIN_TOKEN}", "Content-Type": "application/json"}
ADMIN_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "tip": VALUES | st.sampled_from(["timing", "walks"]),
        "text_ko": VALUES,
        "text_en": VALUES,
        "channel": VALUES | st.sampled_from(["telegram", "kakao"]),
        "locale": VALUES | st.sampled_from(["ko", "en"]),
        "dry_run": st.just(True) | VALUES,
    },
)
ADMIN_PATHS = st.one_of(
    st.just("/admin/broadcasts"),
    st.integers().map(lambda n: f"/admin/broadcasts/{n}"),
    st.integers().map(lambda n: f"/admin/broadcasts/{n}/cancel"),
    st.text(CHARS.filter(lambda c: c.isascii() and c.isalnum()), max_size=12).map(lambda s: f"/admin/{s}"),
)


@given(
    method=st.sampled_from(["GET", "POST"]),
    path=ADMIN_PATHS,
    body=ADMIN_BODIES | VALUES,
    key=st.none() | st.text(st.characters(codec="ascii", exclude_categories=["Cc"]), max_size=80),
)
def test_admin_api_never_fails(
    client: httpx.Client, errors: _Errors, method: str, path: str, body: Any, key: str | None
) -> None:
    headers = dict(ADMIN_HEADERS)
    if key is not None:
        headers["Idempotency-Key"] = key
    # Dry runs and refusals only: a created broadcast would message the fuzzed owners.
    if isinstance(body, dict) and path == "/admin/broadcasts" and method == "POST":
        body = {**body, "dry_run": True}
    _check(client.request(method, path, content=_encode(body), headers=headers), errors)
