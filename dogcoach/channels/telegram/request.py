"""PTB request backend on aiohttp.

Why not PTB's default `HTTPXRequest`: measured with benchmarks/telegram_webhook.py, httpx costs
about 1.4 ms more CPU per webhook update than aiohttp (its connection pool does per-request work
that grows with the pool), which halves what one core can serve. aiohttp is a well-kept client
with keep-alive pooling, TLS, proxies and multipart uploads, so PTB gets all of that behind its
documented `BaseRequest` interface; errors map to PTB's `NetworkError` and `TimedOut` as
`HTTPXRequest` maps httpx's.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from pydantic_core import PydanticSerializationError, from_json, to_json
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

_JSON_HEADERS = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connections: int = 64,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 5.0,
        write_timeout: float = 5.0,
        pool_timeout: float = 10.0,
        media_write_timeout: float = 20.0,
        proxy: str | None = None,
    ) -> None:
        """`proxy`: resolved once by the caller (`proxies.proxy_for`). The session never reads the
        environment: `trust_env` costs two thread-pool hops per call (netrc, proxy lookup); off,
        benchmarks/telegram_webhook.py served 1.26-1.51x the updates/s at 0.65-0.81x the CPU each."""
        self._proxy = proxy
        self._connections = connections
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._default_timeout = aiohttp.ClientTimeout(
            total=None,
            connect=pool_timeout,
            sock_connect=connect_timeout,
            sock_read=read_timeout + write_timeout,
        )

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    @staticmethod
    def parse_json_payload(payload: bytes) -> Any:
        """The Bot API's answer, read by pydantic-core's parser where PTB uses `json.loads`
        (PTB documents this method as the place to change the JSON library): a third of the
        cost, on every outbound call."""
        try:
            return from_json(payload.decode("utf-8", "replace"))
        except ValueError as exc:
            raise TelegramError("Invalid server response") from exc

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, keepalive_timeout=60)
            # No cookies (the Bot API sets none) and one timeout object: both are per-request work.
            self._session = aiohttp.ClientSession(
                connector=connector,
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=self._default_timeout,
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            await self.initialize()
        assert self._session is not None
        files = request_data is not None and request_data.contains_files
        default_write = self._media_write_timeout if files else self._write_timeout
        given = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        timeout = self._default_timeout
        if files or any(isinstance(v, int | float) or v is None for v in given):
            read_s = _given(read_timeout, self._read_timeout)
            write_s = _given(write_timeout, default_write)
            timeout = aiohttp.ClientTimeout(
                total=None,
                connect=_given(pool_timeout, self._pool_timeout),
                sock_connect=_given(connect_timeout, self._connect_timeout),
                sock_read=None if read_s is None else read_s + (write_s or 0),
            )
        headers: dict[str, str] | None = None
        body: bytes | None = None
        if request_data is not None and not files:
            # A JSON body, one of the Bot API's documented encodings, as PTB prepares it
            # (`json_payload`): the C JSON encoder, where a form body was percent-encoded in
            # Python byte by byte (urlencode: 2.5 % of a webhook update's CPU, Korean text).
            body = _json_body(request_data)
            headers = _JSON_HEADERS
        try:
            return await self._send(method, url, request_data, body, headers, timeout)
        except aiohttp.ServerDisconnectedError:
            # A pooled keep-alive connection the server had just closed: the request went
            # nowhere, and the reply would be lost (owner trial 14: two replies never came).
            # Once more on a new connection; a server that drops that one too is down.
            pass
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp error: {exc!r}") from exc
        try:
            return await self._send(method, url, request_data, body, headers, timeout)
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp error: {exc!r}") from exc

    async def _send(
        self,
        method: str,
        url: str,
        request_data: RequestData | None,
        body: bytes | None,
        headers: dict[str, str] | None,
        limits: aiohttp.ClientTimeout,
    ) -> tuple[int, bytes]:
        """One attempt; a form is read as it is sent, so it is built anew for each."""
        assert self._session is not None
        files = request_data is not None and request_data.contains_files
        data: Any = _form(request_data) if request_data is not None and files else body
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=limits, proxy=self._proxy
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc


def _json_body(request_data: RequestData) -> bytes:
    """PTB's `json_payload` (the same object), by pydantic-core's encoder: a fifth of the cost,
    and UTF-8 where `json.dumps` escapes every Korean character to six bytes. A lone surrogate
    (which UTF-8 cannot carry) falls back to PTB's escaped form."""
    try:
        return to_json(request_data.json_parameters)
    except PydanticSerializationError:
        return request_data.json_payload


def _given(value: Any, default: float | None) -> float | None:
    """PTB passes DEFAULT_NONE for "use the backend's own timeout"."""
    return value if value is None or isinstance(value, int | float) else default


def _form(request_data: RequestData) -> aiohttp.FormData:
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, part in (request_data.multipart_data or {}).items():
        filename, content, mime_type = part[0], part[1], part[2] if len(part) > 2 else None
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form
