"""A lean HTTP/1.1 keep-alive transport for the bot's Bot API calls.

Why not PTB's default `HTTPXRequest`: measured here, httpx spends about 0.6 ms of CPU per request
(its connection pool rescans every connection, with a syscall each, on every request and
completion), so a bot that sends ~2 calls per update could not pass ~500 updates/s on one core.
The Bot API needs a small subset of HTTP: POST a form to one host, read a JSON answer. This class
does exactly that over persistent asyncio connections (TLS with certifi's CA bundle when the URL
is https) at a tenth of the cost, and hands anything else to PTB's `HTTPXRequest`: uploads
(multipart), and every call when an HTTP(S) proxy is configured in the environment.

The body is the same form encoding `HTTPXRequest` sends (`RequestData.json_parameters`), so
Telegram sees identical requests. A request on a reused connection that the server had already
closed (no byte of answer received) is retried once on a fresh connection; nothing else is
retried here (429s are the rate limiter's job).
"""

from __future__ import annotations

import asyncio
import os
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


class _Stale(Exception):
    """The server closed a kept-alive connection before answering: safe to send again."""


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    def close(self) -> None:
        self.writer.close()


@dataclass
class _Host:
    scheme: str
    host: str
    port: int
    header: str
    idle: list[_Connection] = field(default_factory=list)


def proxy_configured() -> bool:
    return any(os.environ.get(name) for name in PROXY_VARIABLES)


def _ssl_context() -> ssl.SSLContext:
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - certifi comes with httpx
        return ssl.create_default_context()


class KeepAliveRequest(BaseRequest):
    """PTB request backend: persistent HTTP/1.1 connections, at most `connections` at once."""

    def __init__(
        self,
        connections: int = 64,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 5.0,
        write_timeout: float = 5.0,
        pool_timeout: float = 10.0,
        media_write_timeout: float = 20.0,
    ) -> None:
        self._connections = connections
        self._timeouts = (connect_timeout, read_timeout, write_timeout, pool_timeout)
        self._slots = asyncio.Semaphore(connections)
        self._hosts: dict[str, _Host] = {}
        self._ssl: ssl.SSLContext | None = None
        self._proxied = proxy_configured()  # read once: the environment does not change under us
        self._fallback = HTTPXRequest(
            connection_pool_size=8,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            pool_timeout=pool_timeout,
            media_write_timeout=media_write_timeout,
        )

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[1]

    async def initialize(self) -> None:
        await self._fallback.initialize()

    async def shutdown(self) -> None:
        for host in self._hosts.values():
            while host.idle:
                host.idle.pop().close()
        await self._fallback.shutdown()

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
        if self._proxied or (request_data is not None and request_data.contains_files):
            return await self._fallback.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        connect_s, read_s, write_s, pool_s = (  # PTB's DEFAULT_NONE means "ours"
            given if given is None or isinstance(given, int | float) else default
            for given, default in zip(
                (connect_timeout, read_timeout, write_timeout, pool_timeout), self._timeouts, strict=True
            )
        )
        body = urlencode(request_data.json_parameters).encode() if request_data is not None else b""
        host, target = self._route(url)
        head = (
            f"{method} {target} HTTP/1.1\r\nHost: {host.header}\r\nUser-Agent: {self.USER_AGENT}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        try:
            async with asyncio.timeout(pool_s):
                await self._slots.acquire()
        except TimeoutError as exc:
            raise TimedOut("Pool timeout: every connection is busy; the request was not sent") from exc
        try:
            return await self._send(host, head + body, connect_s, read_s, write_s)
        finally:
            self._slots.release()

    def _route(self, url: str) -> tuple[_Host, str]:
        base, _, _ = url.partition("/bot")
        host = self._hosts.get(base)
        parts = urlsplit(url)
        if host is None:
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise NetworkError(f"unsupported URL scheme in {parts.scheme}://")
            port = parts.port or (443 if parts.scheme == "https" else 80)
            default_port = port == (443 if parts.scheme == "https" else 80)
            header = parts.hostname if default_port else f"{parts.hostname}:{port}"
            host = self._hosts[base] = _Host(parts.scheme, parts.hostname, port, header)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return host, target or "/"

    async def _send(
        self, host: _Host, data: bytes, connect_s: float | None, read_s: float | None, write_s: float | None
    ) -> tuple[int, bytes]:
        for attempt in (0, 1):
            conn = None
            while host.idle and conn is None:
                candidate = host.idle.pop()
                if candidate.reader.at_eof():
                    candidate.close()
                else:
                    conn = candidate
            reused = conn is not None
            if conn is None:
                conn = await self._connect(host, connect_s)
            try:
                status, payload, keep = await self._exchange(conn, data, read_s, write_s)
            except _Stale as exc:
                conn.close()
                if reused and attempt == 0:
                    continue
                raise NetworkError("connection closed by the server before it answered") from exc
            except TimeoutError as exc:
                conn.close()
                raise TimedOut from exc
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
                conn.close()
                raise NetworkError(f"{exc.__class__.__name__}: {exc}") from exc
            if keep:
                host.idle.append(conn)
            else:
                conn.close()
            return status, payload
        raise NetworkError("unreachable")  # pragma: no cover

    async def _connect(self, host: _Host, connect_s: float | None) -> _Connection:
        context = None
        if host.scheme == "https":
            self._ssl = self._ssl or _ssl_context()
            context = self._ssl
        try:
            async with asyncio.timeout(connect_s):
                reader, writer = await asyncio.open_connection(
                    host.host, host.port, ssl=context, server_hostname=host.host if context else None
                )
        except TimeoutError as exc:
            raise TimedOut("connect timeout") from exc
        except OSError as exc:
            raise NetworkError(f"{exc.__class__.__name__}: {exc}") from exc
        return _Connection(reader, writer)

    @staticmethod
    async def _exchange(
        conn: _Connection, data: bytes, read_s: float | None, write_s: float | None
    ) -> tuple[int, bytes, bool]:
        conn.writer.write(data)
        async with asyncio.timeout(write_s):
            await conn.writer.drain()
        async with asyncio.timeout(read_s):
            try:
                head = await conn.reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                if not exc.partial:
                    raise _Stale from exc
                raise
            except ConnectionResetError as exc:
                raise _Stale from exc
            lines = head.decode("latin-1").split("\r\n")
            version, _, rest = lines[0].partition(" ")
            status = int(rest[:3])
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    headers[name.strip().lower()] = value.strip()
            keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
            if "chunked" in headers.get("transfer-encoding", "").lower():
                payload = await _read_chunked(conn.reader)
            elif "content-length" in headers:
                payload = await conn.reader.readexactly(int(headers["content-length"]))
            elif status in (204, 304) or 100 <= status < 200:
                payload = b""
            else:
                payload = await conn.reader.read()
                keep = False
        return status, payload, keep


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers, then the blank line
                pass
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)
