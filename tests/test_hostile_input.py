"""Hostile requests on every HTTP surface get a 4xx with a JSON error, early: the secret is checked
before a byte of the body is read, bodies are capped while they stream in, malformed and ill-typed
bodies never reach a turn, forged button ids are stale buttons, and nothing outlives `/delete`.

Everything runs against the real app served on 127.0.0.1 (`tests/surfaces.py`), Telegram's side
played by the fake Bot API; raw sockets where the point is what the server does before a body has
arrived.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.webhook import admin, kakao, telegram
from tests.fakes.telegram_api import FakeTelegramServer
from tests.surfaces import (
    ADMIN_TOKEN,
    BROADCASTS_PATH,
    KAKAO_HEADER,
    KAKAO_PATH,
    KAKAO_SECRET,
    TELEGRAM_PATH,
    TELEGRAM_SECRET,
    Surfaces,
    kakao_body,
    surfaces,
)

MESSAGES = Messages()
DEEP = b'{"update_id": 1, "message": ' + b"[" * 30_000 + b"]" * 30_000 + b"}"
# (path, the header that authenticates, its value, the route's cap)
ROUTES = [
    (TELEGRAM_PATH, "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET, telegram.MAX_BODY_BYTES),
    (KAKAO_PATH, KAKAO_HEADER, KAKAO_SECRET, kakao.MAX_BODY_BYTES),
    (BROADCASTS_PATH, "Authorization", f"Bearer {ADMIN_TOKEN}", admin.MAX_BODY_BYTES),
]


@pytest.fixture
async def app(fake_telegram: FakeTelegramServer, tmp_path: Path) -> AsyncIterator[Surfaces]:
    async with surfaces(
        fake_telegram, f"sqlite:///{tmp_path / 'hostile.db'}", PUBLIC_BASE_URL="http://files.test"
    ) as s:
        yield s


def _head(path: str, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


async def _count(app: Surfaces, table: str) -> int:
    async with app.app.state.runtime.store.session() as s:
        row = await s.one(f"SELECT COUNT(*) AS n FROM {table}")
    assert row is not None
    return int(row["n"])


# -- before the body ---------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "header", "secret", "cap"), ROUTES)
async def test_no_body_is_read_before_the_secret_matches(
    app: Surfaces, path: str, header: str, secret: str, cap: int
) -> None:
    # A chunked body that never comes: the answer can only come from checking the headers.
    status, body = await app.raw_exchange(_head(path, {"Transfer-Encoding": "chunked", header: "wrong"}))
    assert status == 401 and b'"error":"unauthorized"' in body
    status, _ = await app.raw_exchange(_head(path, {"Transfer-Encoding": "chunked"}))
    assert status == 401


@pytest.mark.parametrize(("path", "header", "secret", "cap"), ROUTES)
async def test_bodies_are_capped_while_they_stream_in(
    app: Surfaces, path: str, header: str, secret: str, cap: int
) -> None:
    # Declared too large: refused at once, before a byte of it is sent (authenticated or not).
    for auth in ({header: secret}, {}):
        status, body = await app.raw_exchange(_head(path, {"Content-Length": str(100 * 2**20), **auth}))
        assert status == 413 and b'"error":"body_too_large"' in body
    # Chunked past the cap and never finished: refused as soon as the cap is passed.
    head = _head(path, {"Transfer-Encoding": "chunked", header: secret})
    status, body = await app.raw_exchange(head, _chunk(b" " * (cap + 1)))
    assert status == 413 and f'"max_bytes":{cap}'.encode() in body
    # Every other route has a small budget too.
    status, _ = await app.raw_exchange(
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n"
    )
    assert status == 413


# -- malformed bodies ----------------------------------------------------------------------------

MALFORMED: list[tuple[str, bytes, int]] = [
    ("not json", b"{not json", 400),
    ("deeply nested", DEEP, 400),
    ("NaN", b'{"update_id": NaN, "text_ko": NaN}', 400),
    ("lone surrogate", b'{"update_id": 1, "text_ko": "\\ud800", "userRequest": "\\udfff"}', 400),
    ("array", b"[1, 2]", 422),
    ("string", b'"hello"', 422),
    ("empty", b"", 400),
]


@pytest.mark.parametrize(("name", "raw", "status"), MALFORMED, ids=[m[0] for m in MALFORMED])
async def test_malformed_bodies_get_a_4xx_json_error(
    app: Surfaces, name: str, raw: bytes, status: int
) -> None:
    answers = [
        await app.telegram(None, raw=raw),
        await app.kakao(None, raw=raw),
        await app.admin("POST", BROADCASTS_PATH, raw=raw),
    ]
    for response in answers:
        assert response.status_code == status, (name, response.request.url, response.text)
        assert isinstance(response.json()["error"], str)
    assert app.fake.sent_messages() == []
    assert await _count(app, "users") == 0


async def test_admin_values_json_allows_but_text_cannot_hold(app: Surfaces) -> None:
    overflow = await app.admin("POST", BROADCASTS_PATH, raw=b'{"text_ko": 1e400}')
    assert overflow.status_code == 422, overflow.text
    for body in (
        {"text_en": ["a"]},
        {"text_ko": "안녕", "dry_run": "yes"},
        {"tip": "x" * 1000},
        {"text_ko": "안녕", "channel": "sms"},
    ):
        response = await app.admin("POST", BROADCASTS_PATH, body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"] in ("invalid_request", "unknown_tip")
    async with app.app.state.runtime.store.session() as s:
        assert await s.list_broadcasts() == []


async def test_admin_ids_beyond_a_row_id_are_422_not_a_driver_error(app: Surfaces) -> None:
    for path in ("/admin/broadcasts/9223372036854775808", "/admin/broadcasts/99999999999999999999999"):
        assert (await app.admin("GET", path)).status_code == 422
        assert (await app.admin("POST", path + "/cancel")).status_code == 422
    assert (await app.admin("GET", "/admin/broadcasts/9223372036854775807")).status_code == 404
    assert (await app.admin("GET", "/admin/broadcasts?limit=99999999999999999999")).status_code == 422


async def test_no_schema_is_published(app: Surfaces) -> None:
    for path in ("/openapi.json", "/docs", "/redoc", "/docs/oauth2-redirect"):
        response = await app.http.get(path)
        assert response.status_code == 404, path
        assert "broadcasts" not in response.text


# -- ill-typed updates ---------------------------------------------------------------------------


def _ill_typed(fake: FakeTelegramServer) -> list[tuple[str, dict[str, Any]]]:
    def message(**change: Any) -> dict[str, Any]:
        update = fake.make_message(5101, "/start", language_code="en")
        for path, value in change.items():
            node = update
            *parents, leaf = path.split("__")
            for key in parents:
                node = node[key]
            node[leaf] = value
        return update

    tap = fake.make_callback(5101, "lang:en", language_code="en")
    tap["callback_query"]["data"] = {"x": 1}
    return [
        ("numeric language_code", message(message__from__language_code=5)),
        ("list as chat id", message(message__chat__id=[5101])),
        ("string as user id", message(message__from__id="5101")),
        ("number as text", message(message__text=12345)),
        ("bool as chat id", message(message__chat__id=True)),
        ("chat id past int64", message(message__chat__id=2**63)),
        ("update id past int64", message(update_id=2**64)),
        ("float update id", message(update_id=1.5)),
        ("message is a string", message(message="oops")),
        ("object as callback data", tap),
    ]


async def test_ill_typed_updates_are_refused_before_any_turn(app: Surfaces) -> None:
    for name, update in _ill_typed(app.fake):
        response = await app.telegram(update)
        assert response.status_code == 422, (name, response.text)
        assert response.json()["error"] == "invalid_update", name
    assert app.fake.sent_messages() == []
    assert await _count(app, "users") == 0
    assert await _count(app, "processed_updates") == 0  # a corrected re-delivery is still taken
    good = await app.telegram(app.fake.make_message(5101, "/start", language_code="en"))
    assert good.status_code == 200
    assert app.fake.sent_messages(5101)


async def test_ill_typed_kakao_requests_are_refused(app: Surfaces) -> None:
    cases: list[dict[str, Any]] = []
    for path, value in (
        (("userRequest", "lang"), 5),
        (("userRequest", "user", "id"), ["u1"]),
        (("userRequest", "utterance"), 42),
        (("userRequest", "callbackUrl"), {"a": 1}),
        (("userRequest",), "x"),
    ):
        body = kakao_body("kakao-typed", "안녕")
        node: Any = body
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        cases.append(body)
    for body in cases:
        response = await app.kakao(body)
        assert response.status_code == 422, (body, response.text)
    assert await _count(app, "users") == 0


# -- forged buttons ------------------------------------------------------------------------------

FORGED = [
    "profile:dog:99999999999999999999999",
    "profile:dog:9223372036854775808",
    "profile:dog:abc",
    "report:history:99999999999999999999999",
    "report:history:²",
    "admin:page:99999999999999999999",
]


async def test_forged_button_ids_are_stale_buttons_on_telegram(app: Surfaces) -> None:
    chat = 5201
    await app.fake.deliver_message(chat, "/start", language_code="en")
    await app.fake.deliver_message(chat, "Rex", language_code="en")
    stale = (MESSAGES.format("en", "stale-button"), MESSAGES.format("en", "survey-stale-button"))
    failed = MESSAGES.format("en", "telegram-error")
    for data in FORGED:
        before = len(app.fake.sent_messages(chat))
        result = await app.fake.deliver_update(app.fake.make_callback(chat, data, language_code="en"))
        assert result.status_code == 200, (data, result.text)
        texts = [m.text or "" for m in app.fake.sent_messages(chat)[before:]]
        assert any(s in t for s in stale for t in texts), (data, texts)
        assert not any(failed in t for t in texts), (data, texts)


async def test_forged_button_ids_are_stale_buttons_on_kakao(app: Surfaces) -> None:
    user = "kakao-forger"
    assert (await app.kakao(kakao_body(user, "안녕"))).status_code == 200
    stale = (MESSAGES.format("ko", "stale-button"), MESSAGES.format("ko", "survey-stale-button"))
    for choice in [*FORGED, "kakao:page:²", "kakao:page:99999999999"]:
        response = await app.kakao(kakao_body(user, "button", choice=choice))
        assert response.status_code == 200, (choice, response.text)
        outputs = response.json()["template"]["outputs"]
        shown = " ".join(o["simpleText"]["text"] for o in outputs if "simpleText" in o)
        assert "오류" not in shown and MESSAGES.format("ko", "kakao-error") not in shown, choice
        if not choice.startswith("kakao:"):
            assert any(s in shown for s in stale), (choice, shown)


# -- nothing outlives /delete -----------------------------------------------------------------


async def test_a_kakao_export_link_dies_with_delete(app: Surfaces) -> None:
    user = "kakao-leaver"
    await app.kakao(kakao_body(user, "안녕"))
    exported = (await app.kakao(kakao_body(user, "/export"))).json()
    text = " ".join(o["simpleText"]["text"] for o in exported["template"]["outputs"] if "simpleText" in o)
    link = re.search(r"http://files\.test(/kakao/files/\S+)", text)
    assert link is not None, text
    path = link.group(1)
    download = await app.http.get(path)
    assert download.status_code == 200 and b'"external_id":"kakao-leaver"' in download.content
    await app.kakao(kakao_body(user, "/delete"))
    await app.kakao(kakao_body(user, "delete", choice="privacy:delete:yes"))
    assert await _count(app, "users") == 0
    gone = await app.http.get(path)
    assert gone.status_code == 404 and gone.json() == {"error": "not_found"}


async def test_a_number_too_large_to_be_finite_is_a_survey_error_not_a_crash(app: Surfaces) -> None:
    chat = 5301
    await app.fake.deliver_message(chat, "/start", language_code="en")
    await app.fake.deliver_message(chat, "Rex", language_code="en")
    for answer in ("9" * 400, "1" * 4000 + " years"):
        before = len(app.fake.sent_messages(chat))
        result = await app.fake.deliver_message(chat, answer, language_code="en")
        assert result.status_code == 200
        texts = [m.text or "" for m in app.fake.sent_messages(chat)[before:]]
        assert any(MESSAGES.format("en", "survey-err-age_months") in t for t in texts), texts
        assert not any(MESSAGES.format("en", "telegram-error") in t for t in texts), texts


@pytest.mark.parametrize(("path", "header", "secret"), [r[:3] for r in ROUTES[:2]])
async def test_webhook_paths_take_only_post(app: Surfaces, path: str, header: str, secret: str) -> None:
    # The webhooks' POSTs take a fast lane past FastAPI's routing (`webhook.lanes`); every other
    # method on their paths is still FastAPI's 405, and nothing reaches a turn.
    for method in ("GET", "PUT", "DELETE"):
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{header}: {secret}\r\nContent-Length: 0\r\n\r\n"
        )
        status, _ = await app.raw_exchange(head.encode())
        assert status == 405, (method, path)
    assert await _count(app, "users") == 0
    assert app.fake.sent_messages() == []
